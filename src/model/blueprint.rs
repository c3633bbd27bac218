//! The blueprint document and the operations that keep its rules.
//!
//! Rules kept by every method here (and checked by [`Blueprint::check_invariants`]):
//! every id is unique across the whole document; every step sits in an existing lane and a
//! column no further than [`MAX_COLUMN`]; a cell (lane, column) holds at most one step; flows join
//! two different existing steps; annotations sit on an existing step or flow; severity belongs to
//! pain points (1–3) and perspective to moments of truth; phases are sorted by a strictly rising
//! start column. petgraph indices stay inside this module.

use super::error::ModelError;
use super::ids::{BlueprintId, FlowId, LaneId, StepId};
use super::types::{
    Actor, Annotation, AnnotationKind, Extras, Flow, Lane, MAX_COLUMN, Phase, SEVERITY_RANGE, Step, Target,
};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

mod actions;
mod actors;
mod annotations;
mod bulk;
mod check;
mod columns;
mod inbox;
mod index;
mod phases;
mod rounds;
use index::{Index, positions};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

pub use actors::RemovedActor;

/// A service blueprint: lanes top to bottom, phases left to right, steps in cells, flows
/// between steps and annotations on steps and flows.
#[derive(Clone, Debug)]
pub struct Blueprint {
    pub id: BlueprintId,
    pub title: String,
    pub description: Option<String>,
    /// Lanes, phases, columns and step positions are frozen, and steps cannot be deleted (a
    /// workshop setting, saved with the file; enforced by the editor).
    pub locked: bool,
    /// Top-level fields this version does not know.
    pub extra: Extras,
    /// What a merge could not decide (`sightline merge`), until someone resolves it.
    pub conflicts: Vec<super::Conflict>,
    /// What participants sent (changed only through edits, see [`Blueprint::inbox`]).
    inbox: Vec<super::InboxEntry>,
    /// What the workshop decided to do.
    actions: Vec<super::Action>,
    /// The information choreography, round by round.
    rounds: Vec<super::Round>,
    lanes: Vec<Lane>,
    phases: Vec<Phase>,
    graph: StableDiGraph<Step, Flow>,
    step_nodes: HashMap<StepId, NodeIndex>,
    flow_edges: HashMap<FlowId, EdgeIndex>,
    cells: HashMap<(LaneId, u32), StepId>,
    annotations: Vec<Annotation>,
    actors: Vec<Actor>,
    used_ids: HashSet<Uuid>,
    /// Lanes, actors and annotations by id (see [`Index`]).
    index: Index,
}

/// Everything a step deletion took with it, so that it can be put back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedStep {
    pub step: Step,
    pub flows: Vec<Flow>,
    /// Annotations with their index in the annotation list, in rising index order.
    pub annotations: Vec<(usize, Annotation)>,
}

/// Everything a flow deletion took with it.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedFlow {
    pub flow: Flow,
    /// Annotations with their index in the annotation list, in rising index order.
    pub annotations: Vec<(usize, Annotation)>,
}

impl Blueprint {
    /// An empty blueprint (no lanes) with a fresh id.
    #[must_use]
    pub fn empty(title: impl Into<String>) -> Self {
        let id = BlueprintId::random();
        Self {
            id,
            title: title.into(),
            description: None,
            locked: false,
            extra: Extras::new(),
            conflicts: Vec::new(),
            inbox: Vec::new(),
            actions: Vec::new(),
            rounds: Vec::new(),
            lanes: Vec::new(),
            phases: Vec::new(),
            graph: StableDiGraph::new(),
            step_nodes: HashMap::new(),
            flow_edges: HashMap::new(),
            cells: HashMap::new(),
            annotations: Vec::new(),
            actors: Vec::new(),
            used_ids: HashSet::from([id.0]),
            index: Index::default(),
        }
    }

    /// A blueprint with the given lanes, top to bottom.
    pub fn with_lanes(title: impl Into<String>, lanes: Vec<Lane>) -> Result<Self, ModelError> {
        let mut bp = Self::empty(title);
        for lane in lanes {
            bp.insert_lane(bp.lanes.len(), lane)?;
        }
        Ok(bp)
    }

    /// Gives the document a new id (the old one is freed).
    pub fn set_id(&mut self, id: BlueprintId) -> Result<(), ModelError> {
        if id == self.id {
            return Ok(());
        }
        self.claim(id.0)?;
        self.used_ids.remove(&self.id.0);
        self.id = id;
        Ok(())
    }

    fn claim(&mut self, id: Uuid) -> Result<(), ModelError> {
        if self.used_ids.insert(id) { Ok(()) } else { Err(ModelError::DuplicateId(id)) }
    }

    /// Whether some part of the document already uses this id.
    #[must_use]
    pub fn uses_id(&self, id: Uuid) -> bool {
        self.used_ids.contains(&id)
    }

    // ----- lanes -----

    /// Lanes, top to bottom.
    #[must_use]
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    #[must_use]
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.index.lanes.get(&id).map(|&i| &self.lanes[i])
    }

    /// The position of a lane, counted from the top.
    #[must_use]
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.index.lanes.get(&id).copied()
    }

    /// Inserts a lane at `index` (0 = top).
    pub fn insert_lane(&mut self, index: usize, lane: Lane) -> Result<(), ModelError> {
        if index > self.lanes.len() {
            return Err(ModelError::IndexOutOfRange(index));
        }
        self.claim(lane.id.0)?;
        self.lanes.insert(index, lane);
        positions(&mut self.index.lanes, &self.lanes, index..self.lanes.len(), |l| l.id);
        Ok(())
    }

    /// Removes an empty lane and returns it with its former index.
    pub fn remove_lane(&mut self, id: LaneId) -> Result<(usize, Lane), ModelError> {
        let index = self.lane_index(id).ok_or(ModelError::UnknownLane(id))?;
        let held = self.steps().filter(|s| s.lane == id).count();
        if held > 0 {
            return Err(ModelError::LaneNotEmpty(held));
        }
        self.used_ids.remove(&id.0);
        let lane = self.lanes.remove(index);
        self.index.lanes.remove(&id);
        positions(&mut self.index.lanes, &self.lanes, index..self.lanes.len(), |l| l.id);
        Ok((index, lane))
    }

    /// Moves a lane to another position; returns its former position.
    pub fn move_lane(&mut self, id: LaneId, to: usize) -> Result<usize, ModelError> {
        let from = self.lane_index(id).ok_or(ModelError::UnknownLane(id))?;
        if to >= self.lanes.len() {
            return Err(ModelError::IndexOutOfRange(to));
        }
        let lane = self.lanes.remove(from);
        self.lanes.insert(to, lane);
        positions(&mut self.index.lanes, &self.lanes, from.min(to)..from.max(to) + 1, |l| l.id);
        Ok(from)
    }

    /// Changes a lane's name, kind or extra fields (not its id).
    pub fn update_lane(&mut self, id: LaneId, f: impl FnOnce(&mut Lane)) -> Result<(), ModelError> {
        let index = self.lane_index(id).ok_or(ModelError::UnknownLane(id))?;
        let lane = &mut self.lanes[index];
        f(lane);
        if lane.id != id {
            lane.id = id;
            return Err(ModelError::IdentityChanged);
        }
        Ok(())
    }

    // ----- steps -----

    /// Number of steps.
    #[must_use]
    pub fn step_count(&self) -> usize {
        self.step_nodes.len()
    }

    /// All steps, in no particular order (see [`Blueprint::steps_in_order`]).
    pub fn steps(&self) -> impl Iterator<Item = &Step> + '_ {
        self.graph.node_weights()
    }

    /// All steps in reading order: by column, then lane from top to bottom. This is the order of
    /// the file, and it depends on the content only, never on the editing history.
    #[must_use]
    pub fn steps_in_order(&self) -> Vec<&Step> {
        let lane_pos = self.lane_positions();
        let mut steps: Vec<((u32, usize), &Step)> = self.steps().map(|s| (reading_key(&lane_pos, s), s)).collect();
        // Keys are unique (one step per cell), so an unstable sort is deterministic.
        steps.sort_unstable_by_key(|&(k, _)| k);
        steps.into_iter().map(|(_, s)| s).collect()
    }

    fn lane_positions(&self) -> HashMap<LaneId, usize> {
        self.lanes.iter().enumerate().map(|(i, l)| (l.id, i)).collect()
    }

    #[must_use]
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.step_nodes.get(&id).map(|&n| &self.graph[n])
    }

    /// The step in a cell, if any.
    #[must_use]
    pub fn step_at(&self, lane: LaneId, column: u32) -> Option<&Step> {
        self.cells.get(&(lane, column)).and_then(|&id| self.step(id))
    }

    /// The highest column that holds a step, or `None` when there are no steps.
    #[must_use]
    pub fn last_column(&self) -> Option<u32> {
        self.steps().map(|s| s.column).max()
    }

    /// Number of columns in use: up to the last step or the last phase start, whichever is further.
    #[must_use]
    pub fn column_count(&self) -> u32 {
        let by_steps = self.last_column().map_or(0, |c| c + 1);
        let by_phases = self.phases.last().map_or(0, |p| p.start + 1);
        by_steps.max(by_phases)
    }

    /// Adds a step to a free cell of an existing lane.
    pub fn add_step(&mut self, step: Step) -> Result<(), ModelError> {
        self.check_cell(step.lane, step.column, None)?;
        check_measures(&step.measures)?;
        self.check_step_actors(&step)?;
        self.claim(step.id.0)?;
        let id = step.id;
        self.cells.insert((step.lane, step.column), id);
        let node = self.graph.add_node(step);
        self.step_nodes.insert(id, node);
        Ok(())
    }

    fn check_cell(&self, lane: LaneId, column: u32, moving: Option<StepId>) -> Result<(), ModelError> {
        if self.lane(lane).is_none() {
            return Err(ModelError::UnknownLane(lane));
        }
        check_column(u64::from(column))?;
        match self.cells.get(&(lane, column)) {
            Some(&other) if Some(other) != moving => Err(ModelError::CellTaken {
                lane,
                column,
                title: self.step(other).map(|s| s.title.clone()).unwrap_or_default(),
            }),
            _ => Ok(()),
        }
    }

    /// Moves a step to another cell; returns the cell it came from.
    pub fn move_step(&mut self, id: StepId, lane: LaneId, column: u32) -> Result<(LaneId, u32), ModelError> {
        let node = *self.step_nodes.get(&id).ok_or(ModelError::UnknownStep(id))?;
        self.check_cell(lane, column, Some(id))?;
        let step = &mut self.graph[node];
        let old = (step.lane, step.column);
        step.lane = lane;
        step.column = column;
        self.cells.remove(&old);
        self.cells.insert((lane, column), id);
        Ok(old)
    }

    /// Moves several steps at once (so that they may swap or shift into each other's cells);
    /// returns the cells they came from. Nothing moves when any target is refused.
    pub fn move_steps(&mut self, moves: &[(StepId, LaneId, u32)]) -> Result<Vec<(StepId, LaneId, u32)>, ModelError> {
        let mut old = Vec::with_capacity(moves.len());
        for &(id, lane, column) in moves {
            let s = self.step(id).ok_or(ModelError::UnknownStep(id))?;
            old.push((id, s.lane, s.column));
            if self.lane(lane).is_none() {
                return Err(ModelError::UnknownLane(lane));
            }
            check_column(u64::from(column))?;
        }
        let moving: HashSet<StepId> = moves.iter().map(|m| m.0).collect();
        let mut targets = HashSet::new();
        for &(id, lane, column) in moves {
            let taken_by_other = self.cells.get(&(lane, column)).is_some_and(|o| !moving.contains(o));
            if taken_by_other || !targets.insert((lane, column)) {
                let title = self
                    .cells
                    .get(&(lane, column))
                    .and_then(|&o| self.step(o))
                    .map_or_else(|| self.step(id).map(|s| s.title.clone()).unwrap_or_default(), |s| s.title.clone());
                return Err(ModelError::CellTaken { lane, column, title });
            }
        }
        for &(_, lane, column) in &old {
            self.cells.remove(&(lane, column));
        }
        for &(id, lane, column) in moves {
            let node = self.step_nodes[&id];
            let s = &mut self.graph[node];
            s.lane = lane;
            s.column = column;
            self.cells.insert((lane, column), id);
        }
        Ok(old)
    }

    /// Changes a step's text fields (not its id, lane or column: see [`Blueprint::move_step`]).
    pub fn update_step(&mut self, id: StepId, f: impl FnOnce(&mut Step)) -> Result<(), ModelError> {
        let node = *self.step_nodes.get(&id).ok_or(ModelError::UnknownStep(id))?;
        let mut changed = self.graph[node].clone();
        f(&mut changed);
        let before = &self.graph[node];
        let verdict = if (changed.id, changed.lane, changed.column) == (before.id, before.lane, before.column) {
            check_measures(&changed.measures).and_then(|()| self.check_step_actors(&changed))
        } else {
            Err(ModelError::IdentityChanged)
        };
        // All or nothing: a refused change leaves the step as it was.
        if verdict.is_ok() {
            self.graph[node] = changed;
        }
        verdict
    }

    /// Deletes a step with its flows and every annotation on it or on those flows.
    pub fn remove_step(&mut self, id: StepId) -> Result<RemovedStep, ModelError> {
        let node = *self.step_nodes.get(&id).ok_or(ModelError::UnknownStep(id))?;
        let flow_ids: HashSet<FlowId> = self
            .graph
            .edges_directed(node, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(node, petgraph::Direction::Incoming))
            .map(|e| e.weight().id)
            .collect();
        let on: Vec<Target> =
            std::iter::once(Target::Step(id)).chain(flow_ids.iter().map(|&f| Target::Flow(f))).collect();
        let annotations = self.take_annotations(&on);
        let mut flows: Vec<Flow> = Vec::with_capacity(flow_ids.len());
        for fid in &flow_ids {
            if let Some(edge) = self.flow_edges.remove(fid) {
                flows.extend(self.graph.remove_edge(edge));
            }
            self.used_ids.remove(&fid.0);
        }
        flows.sort_by_key(|f| f.id);
        let step = self.graph.remove_node(node).ok_or(ModelError::UnknownStep(id))?;
        self.step_nodes.remove(&id);
        self.cells.remove(&(step.lane, step.column));
        self.used_ids.remove(&id.0);
        Ok(RemovedStep { step, flows, annotations })
    }

    /// Puts back what [`Blueprint::remove_step`] took.
    pub fn restore_step(&mut self, removed: RemovedStep) -> Result<(), ModelError> {
        let id = removed.step.id;
        self.add_step(removed.step)?;
        for flow in removed.flows {
            if let Err(e) = self.add_flow(flow) {
                let _ = self.remove_step(id);
                return Err(e);
            }
        }
        self.restore_annotations(removed.annotations)
    }

    // ----- flows -----

    /// Number of flows.
    #[must_use]
    pub fn flow_count(&self) -> usize {
        self.flow_edges.len()
    }

    /// All flows, in no particular order (see [`Blueprint::flows_in_order`]).
    pub fn flows(&self) -> impl Iterator<Item = &Flow> + '_ {
        self.graph.edge_weights()
    }

    /// All flows in file order: by the reading order of their source, then of their target, then id.
    #[must_use]
    pub fn flows_in_order(&self) -> Vec<&Flow> {
        let lane_pos = self.lane_positions();
        let key = |n: NodeIndex| reading_key(&lane_pos, &self.graph[n]);
        let mut flows: Vec<_> = self
            .graph
            .edge_references()
            .map(|e| ((key(e.source()), key(e.target()), e.weight().id), e.weight()))
            .collect();
        flows.sort_unstable_by_key(|&(k, _)| k);
        flows.into_iter().map(|(_, f)| f).collect()
    }

    #[must_use]
    pub fn flow(&self, id: FlowId) -> Option<&Flow> {
        self.flow_edges.get(&id).map(|&e| &self.graph[e])
    }

    /// The flows that start or end at a step.
    pub fn flows_of(&self, step: StepId) -> impl Iterator<Item = &Flow> + '_ {
        let node = self.step_nodes.get(&step).copied();
        node.into_iter().flat_map(move |n| {
            self.graph
                .edges_directed(n, petgraph::Direction::Outgoing)
                .chain(self.graph.edges_directed(n, petgraph::Direction::Incoming))
                .map(|e| e.weight())
        })
    }

    /// Adds a flow between two different existing steps.
    pub fn add_flow(&mut self, flow: Flow) -> Result<(), ModelError> {
        let from = *self.step_nodes.get(&flow.from).ok_or(ModelError::UnknownStep(flow.from))?;
        let to = *self.step_nodes.get(&flow.to).ok_or(ModelError::UnknownStep(flow.to))?;
        if from == to {
            return Err(ModelError::SelfLoop(flow.from));
        }
        self.claim(flow.id.0)?;
        let id = flow.id;
        let edge = self.graph.add_edge(from, to, flow);
        self.flow_edges.insert(id, edge);
        Ok(())
    }

    /// Changes a flow's label, direction flag or extra fields (not its id or ends).
    pub fn update_flow(&mut self, id: FlowId, f: impl FnOnce(&mut Flow)) -> Result<(), ModelError> {
        let edge = *self.flow_edges.get(&id).ok_or(ModelError::UnknownFlow(id))?;
        let flow = &mut self.graph[edge];
        let (from, to) = (flow.from, flow.to);
        f(flow);
        if (flow.id, flow.from, flow.to) != (id, from, to) {
            (flow.id, flow.from, flow.to) = (id, from, to);
            return Err(ModelError::IdentityChanged);
        }
        Ok(())
    }

    /// Turns a flow around.
    pub fn reverse_flow(&mut self, id: FlowId) -> Result<(), ModelError> {
        let edge = self.flow_edges.remove(&id).ok_or(ModelError::UnknownFlow(id))?;
        let (a, b) = self.graph.edge_endpoints(edge).ok_or(ModelError::UnknownFlow(id))?;
        let mut flow = self.graph.remove_edge(edge).ok_or(ModelError::UnknownFlow(id))?;
        std::mem::swap(&mut flow.from, &mut flow.to);
        let edge = self.graph.add_edge(b, a, flow);
        self.flow_edges.insert(id, edge);
        Ok(())
    }

    /// Deletes a flow and the annotations on it.
    pub fn remove_flow(&mut self, id: FlowId) -> Result<RemovedFlow, ModelError> {
        let edge = self.flow_edges.remove(&id).ok_or(ModelError::UnknownFlow(id))?;
        let flow = self.graph.remove_edge(edge).ok_or(ModelError::UnknownFlow(id))?;
        self.used_ids.remove(&id.0);
        let annotations = self.take_annotations(&[Target::Flow(id)]);
        Ok(RemovedFlow { flow, annotations })
    }

    /// Puts back what [`Blueprint::remove_flow`] took.
    pub fn restore_flow(&mut self, removed: RemovedFlow) -> Result<(), ModelError> {
        self.add_flow(removed.flow)?;
        self.restore_annotations(removed.annotations)
    }
}

/// Where a step comes in reading order: (column, lane position).
fn reading_key(lane_pos: &HashMap<LaneId, usize>, s: &Step) -> (u32, usize) {
    (s.column, lane_pos.get(&s.lane).copied().unwrap_or(usize::MAX))
}

/// The rules of a step's measures: minutes 0 or more and finite, emotion −2..+2, a waste type
/// only on waste.
pub(crate) fn check_measures(m: &super::types::Measures) -> Result<(), ModelError> {
    let minutes_ok = |x: Option<f64>| x.is_none_or(|v| (0.0..=super::types::MAX_MINUTES).contains(&v));
    if !(minutes_ok(m.process_minutes) && minutes_ok(m.wait_minutes) && minutes_ok(m.customer_minutes)) {
        return Err(ModelError::InvalidMeasure("minutes must be a number from 0 up"));
    }
    if m.emotion.is_some_and(|e| !(-2..=2).contains(&e)) {
        return Err(ModelError::InvalidMeasure("emotion must be from -2 to +2"));
    }
    if m.waste_type.is_some() && m.value != Some(super::types::ValueClass::Waste) {
        return Err(ModelError::InvalidMeasure("a waste type only goes with the value class waste"));
    }
    Ok(())
}

fn check_column(column: u64) -> Result<(), ModelError> {
    if column > u64::from(MAX_COLUMN) { Err(ModelError::ColumnTooLarge(column)) } else { Ok(()) }
}

fn check_annotation_detail(a: &Annotation) -> Result<(), ModelError> {
    match a.severity {
        Some(_) if a.kind != AnnotationKind::PainPoint => return Err(ModelError::SeverityNotAllowed),
        Some(s) if !SEVERITY_RANGE.contains(&s) => return Err(ModelError::SeverityOutOfRange(s)),
        _ => {}
    }
    if a.perspective.is_some() && a.kind != AnnotationKind::MomentOfTruth {
        return Err(ModelError::PerspectiveNotAllowed);
    }
    if !a.answers.is_empty() && a.kind != AnnotationKind::Message {
        return Err(ModelError::AnswersNotAllowed);
    }
    match a.matrix {
        Some(_) if a.kind != AnnotationKind::Idea => Err(ModelError::MatrixNotAllowed),
        Some(m) if !m.is_valid() => Err(ModelError::InvalidPosition),
        _ => Ok(()),
    }
}
