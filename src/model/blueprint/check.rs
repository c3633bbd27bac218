//! Checking every rule of the model, and what makes two blueprints equal.

use super::{Blueprint, check_annotation_detail};
use crate::model::types::MAX_COLUMN;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

impl Blueprint {
    // ----- checking -----

    /// Checks every rule of the model; `Err` names the first broken one. Used by tests and by
    /// the loader's own tests; the methods above keep these rules by construction.
    pub fn check_invariants(&self) -> Result<(), String> {
        let mut ids = HashSet::with_capacity(self.used_ids.len());
        ids.insert(self.id.0);
        let mut claim = |id: Uuid, what: &str| {
            if ids.insert(id) { Ok(()) } else { Err(format!("duplicate id {id} ({what})")) }
        };
        for lane in &self.lanes {
            claim(lane.id.0, "lane")?;
        }
        for phase in &self.phases {
            claim(phase.id.0, "phase")?;
        }
        for actor in &self.actors {
            claim(actor.id.0, "actor")?;
        }
        if self.phases.windows(2).any(|w| w[0].start >= w[1].start) {
            return Err("phases are not sorted by a strictly rising start".into());
        }
        if self.step_nodes.len() != self.graph.node_count() || self.cells.len() != self.graph.node_count() {
            return Err("step index out of step with the graph".into());
        }
        for node in self.graph.node_indices() {
            let s = &self.graph[node];
            claim(s.id.0, "step")?;
            if self.step_nodes.get(&s.id) != Some(&node) {
                return Err(format!("step {} not indexed", s.id));
            }
            if self.lane(s.lane).is_none() {
                return Err(format!("step {} in missing lane {}", s.id, s.lane));
            }
            super::check_measures(&s.measures).map_err(|e| format!("step {}: {e}", s.id))?;
            self.check_step_actors(s).map_err(|e| format!("step {}: {e}", s.id))?;
            if s.column > MAX_COLUMN {
                return Err(format!("step {} beyond the last column", s.id));
            }
            if self.cells.get(&(s.lane, s.column)) != Some(&s.id) {
                return Err(format!("cell of step {} not indexed", s.id));
            }
        }
        if self.flow_edges.len() != self.graph.edge_count() {
            return Err("flow index out of step with the graph".into());
        }
        for edge in self.graph.edge_references() {
            let f = edge.weight();
            claim(f.id.0, "flow")?;
            if self.flow_edges.get(&f.id) != Some(&edge.id()) {
                return Err(format!("flow {} not indexed", f.id));
            }
            if self.graph[edge.source()].id != f.from || self.graph[edge.target()].id != f.to {
                return Err(format!("flow {} ends differ from its edge", f.id));
            }
            if f.from == f.to {
                return Err(format!("flow {} is a self-loop", f.id));
            }
        }
        for a in &self.annotations {
            claim(a.id.0, "annotation")?;
            if !self.target_exists(a.on) {
                return Err(format!("annotation {} on a missing target", a.id));
            }
            check_annotation_detail(a).map_err(|e| format!("annotation {}: {e}", a.id))?;
        }
        for e in &self.inbox {
            claim(e.id, "inbox entry")?;
            super::inbox::check_entry(e).map_err(|err| format!("inbox entry {}: {err}", e.id))?;
        }
        for r in &self.rounds {
            claim(r.id, "round")?;
            super::rounds::check_round(r).map_err(|err| format!("round {}: {err}", r.id))?;
        }
        for a in &self.actions {
            claim(a.id, "action")?;
            super::actions::check_action(a).map_err(|err| format!("action {}: {err}", a.id))?;
        }
        if ids != self.used_ids {
            return Err("the set of used ids is out of date".into());
        }
        self.check_index()
    }

    /// The lookups by id agree with the lists.
    fn check_index(&self) -> Result<(), String> {
        fn agrees<T, K: std::hash::Hash + Eq>(map: &HashMap<K, usize>, items: &[T], key: impl Fn(&T) -> K) -> bool {
            map.len() == items.len() && items.iter().enumerate().all(|(i, x)| map.get(&key(x)) == Some(&i))
        }
        if !agrees(&self.index.lanes, &self.lanes, |l| l.id) {
            return Err("the lane index is out of date".into());
        }
        if !agrees(&self.index.actors, &self.actors, |a| a.id) {
            return Err("the actor index is out of date".into());
        }
        if !agrees(&self.index.annotations, &self.annotations, |a| a.id) {
            return Err("the annotation index is out of date".into());
        }
        let mut notes_on = HashMap::with_capacity(self.index.notes_on.len());
        for a in &self.annotations {
            *notes_on.entry(a.on).or_insert(0) += 1;
        }
        if notes_on != self.index.notes_on {
            return Err("the count of annotations per step and flow is out of date".into());
        }
        Ok(())
    }
}

/// Two blueprints are equal when they hold the same content; the order of steps and flows (a
/// matter of storage) does not count, the order of lanes, phases and annotations does.
impl PartialEq for Blueprint {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.description == other.description
            && self.locked == other.locked
            && self.extra == other.extra
            && self.conflicts == other.conflicts
            && self.inbox == other.inbox
            && self.actions == other.actions
            && self.rounds == other.rounds
            && self.lanes == other.lanes
            && self.phases == other.phases
            && self.annotations == other.annotations
            && self.actors == other.actors
            && self.step_count() == other.step_count()
            && self.flow_count() == other.flow_count()
            && self.steps().all(|s| other.step(s.id) == Some(s))
            && self.flows().all(|f| other.flow(f.id) == Some(f))
    }
}
