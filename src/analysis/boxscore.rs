//! The box score of a blueprint: lead time along the critical path, effort, the customer's time
//! and the value-added ratio. Rework loops (flows that close a cycle) are set apart.

use crate::model::{Blueprint, FlowId, LaneKind, StepId, ValueClass};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;
use std::collections::HashMap;

/// A flow that closes a cycle: it is left out of the lead time and reported on its own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReworkLoop {
    pub flow: FlowId,
    pub from: StepId,
    pub to: StepId,
}

/// The numbers of the box score. In JSON the four measures are `null` when no step has any
/// minutes recorded (rather than a lead time of 0 that no one measured).
#[derive(Clone, Debug, PartialEq)]
pub struct BoxScore {
    /// The longest path through the flows by summed step durations (wait + process).
    pub lead_time_minutes: f64,
    /// The organisation's effort over all steps.
    pub process_minutes: f64,
    /// The customer's own time over the customer-lane steps.
    pub customer_minutes: f64,
    /// Process minutes of value-adding steps on the critical path, divided by the lead time.
    pub value_added_ratio: f64,
    /// The steps of the critical path, in order.
    pub critical_path: Vec<StepId>,
    pub rework_loops: Vec<ReworkLoop>,
    /// Whether any step has process, waiting or customer minutes: without them the numbers
    /// above are 0 because nothing was measured, not because nothing takes time.
    pub minutes_recorded: bool,
}

impl Serialize for BoxScore {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The JSON form: the measures, or `null` when no minutes are recorded.
        #[derive(Serialize)]
        struct Json<'a> {
            lead_time_minutes: Option<f64>,
            process_minutes: Option<f64>,
            customer_minutes: Option<f64>,
            value_added_ratio: Option<f64>,
            critical_path: &'a [StepId],
            rework_loops: &'a [ReworkLoop],
        }
        let known = |v: f64| self.minutes_recorded.then_some(v);
        Json {
            lead_time_minutes: known(self.lead_time_minutes),
            process_minutes: known(self.process_minutes),
            customer_minutes: known(self.customer_minutes),
            value_added_ratio: known(self.value_added_ratio),
            critical_path: &self.critical_path,
            rework_loops: &self.rework_loops,
        }
        .serialize(serializer)
    }
}

/// Whether any step has process, waiting or customer minutes.
#[must_use]
pub fn minutes_recorded(bp: &Blueprint) -> bool {
    bp.steps().any(|s| {
        let m = &s.measures;
        m.process_minutes.is_some() || m.wait_minutes.is_some() || m.customer_minutes.is_some()
    })
}

/// A step's duration: waiting before it plus its processing (missing counts as 0).
#[must_use]
pub fn duration(step: &crate::model::Step) -> f64 {
    step.measures.wait_minutes.unwrap_or(0.0) + step.measures.process_minutes.unwrap_or(0.0)
}

/// Computes the box score.
#[must_use]
pub fn box_score(bp: &Blueprint) -> BoxScore {
    let steps = bp.steps_in_order();
    let mut graph: DiGraph<StepId, FlowId> = DiGraph::new();
    let index: HashMap<StepId, NodeIndex> = steps.iter().map(|s| (s.id, graph.add_node(s.id))).collect();
    let rework = rework_loops(bp, &index, steps.len());
    let is_rework: std::collections::HashSet<FlowId> = rework.iter().map(|r| r.flow).collect();
    for f in bp.flows_in_order() {
        if !is_rework.contains(&f.id) {
            graph.add_edge(index[&f.from], index[&f.to], f.id);
        }
    }
    let dur: HashMap<StepId, f64> = steps.iter().map(|s| (s.id, duration(s))).collect();
    // Longest path by node weights over the acyclic rest, in topological order.
    let order = petgraph::algo::toposort(&graph, None).unwrap_or_default();
    let mut best: HashMap<NodeIndex, (f64, Option<NodeIndex>)> = HashMap::new();
    for &n in &order {
        let own = dur[&graph[n]];
        let from = graph
            .neighbors_directed(n, petgraph::Direction::Incoming)
            .filter_map(|p| best.get(&p).map(|&(d, _)| (d, p)))
            // Ties go to the earlier step in reading order (lower index), so the result is stable.
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)));
        let entry = match from {
            Some((d, p)) => (d + own, Some(p)),
            None => (own, None),
        };
        best.insert(n, entry);
    }
    let end = best.iter().max_by(|a, b| a.1.0.total_cmp(&b.1.0).then_with(|| b.0.cmp(a.0))).map(|(&n, &(d, _))| (n, d));
    let (lead_time_minutes, critical_path) = match end {
        Some((mut n, total)) if total > 0.0 => {
            let mut path = vec![graph[n]];
            while let Some(p) = best[&n].1 {
                path.push(graph[p]);
                n = p;
            }
            path.reverse();
            (total, path)
        }
        _ => (0.0, Vec::new()),
    };
    let customer_lanes: std::collections::HashSet<_> =
        bp.lanes().iter().filter(|l| l.kind == LaneKind::Customer).map(|l| l.id).collect();
    let value_minutes: f64 = critical_path
        .iter()
        .filter_map(|id| bp.step(*id))
        .filter(|s| s.measures.value == Some(ValueClass::ValueAdding))
        .map(|s| s.measures.process_minutes.unwrap_or(0.0))
        .sum();
    BoxScore {
        lead_time_minutes,
        process_minutes: steps.iter().map(|s| s.measures.process_minutes.unwrap_or(0.0)).sum(),
        customer_minutes: steps
            .iter()
            .filter(|s| customer_lanes.contains(&s.lane))
            .map(|s| s.measures.customer_minutes.unwrap_or(0.0))
            .sum(),
        value_added_ratio: if lead_time_minutes > 0.0 { value_minutes / lead_time_minutes } else { 0.0 },
        critical_path,
        rework_loops: rework,
        minutes_recorded: minutes_recorded(bp),
    }
}

/// The flows that close a cycle: back edges of a depth-first search that visits the steps in
/// reading order (so "back" means back in time, as a rework loop is).
fn rework_loops(bp: &Blueprint, index: &HashMap<StepId, NodeIndex>, n: usize) -> Vec<ReworkLoop> {
    let mut out_edges: Vec<Vec<(usize, FlowId)>> = vec![Vec::new(); n];
    for f in bp.flows_in_order() {
        out_edges[index[&f.from].index()].push((index[&f.to].index(), f.id));
    }
    let ids: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    // 0 = unseen, 1 = on the stack, 2 = done; iterative to stay safe on long chains.
    let mut state = vec![0u8; n];
    let mut loops = Vec::new();
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&(w, flow)) = out_edges[v].get(*next) {
                *next += 1;
                match state[w] {
                    0 => {
                        state[w] = 1;
                        stack.push((w, 0));
                    }
                    1 => loops.push(ReworkLoop { flow, from: ids[v], to: ids[w] }),
                    _ => {}
                }
            } else {
                state[v] = 2;
                stack.pop();
            }
        }
    }
    loops
}
