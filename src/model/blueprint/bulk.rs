//! Removing and restoring many steps at once. One at a time, each step's annotations cost a pass
//! over the annotation list (to take them out, or to put them back at their places), so deleting a
//! lane of a large blueprint grew with the steps times the annotations; here the list is passed
//! once for all of them. The results are exactly those of [`Blueprint::remove_step`] and
//! [`Blueprint::restore_step`] called for each step in turn.

use super::{Blueprint, RemovedStep, check_annotation_detail, positions};
use crate::model::error::ModelError;
use crate::model::ids::{FlowId, StepId};
use crate::model::types::{Annotation, Flow, Target};
use petgraph::Direction;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Counts over positions `0..n` (a Fenwick tree): how many are marked before a position, and
/// where the k-th marked one is.
struct Counts(Vec<usize>);

impl Counts {
    fn new(n: usize) -> Self {
        Self(vec![0; n + 1])
    }

    /// Every position marked once.
    fn all(n: usize) -> Self {
        let mut tree = vec![0; n + 1];
        for (i, t) in tree.iter_mut().enumerate().skip(1) {
            *t = i & i.wrapping_neg();
        }
        Self(tree)
    }

    fn add(&mut self, at: usize, delta: isize) {
        let mut i = at + 1;
        while i < self.0.len() {
            self.0[i] = self.0[i].wrapping_add_signed(delta);
            i += i & i.wrapping_neg();
        }
    }

    /// How many marks lie before `at`.
    fn before(&self, at: usize) -> usize {
        let (mut i, mut sum) = (at, 0);
        while i > 0 {
            sum += self.0[i];
            i -= i & i.wrapping_neg();
        }
        sum
    }

    /// The position of the `k`-th mark (counting from 1); there must be at least `k`.
    fn kth(&self, mut k: usize) -> usize {
        let n = self.0.len() - 1;
        let (mut at, mut step) = (0, if n == 0 { 0 } else { 1 << n.ilog2() });
        while step > 0 {
            if at + step <= n && self.0[at + step] < k {
                at += step;
                k -= self.0[at];
            }
            step >>= 1;
        }
        at
    }
}

impl Blueprint {
    /// Deletes several steps, each with its flows and every annotation on it or on those flows:
    /// what [`Blueprint::remove_step`] for each in turn would return, in the same order (a flow
    /// between two of them goes with the first). All or nothing: when an id names no step, or
    /// names one twice, nothing changes.
    pub fn remove_steps(&mut self, ids: &[StepId]) -> Result<Vec<RemovedStep>, ModelError> {
        let mut seen = HashSet::with_capacity(ids.len());
        for &id in ids {
            if !self.step_nodes.contains_key(&id) || !seen.insert(id) {
                return Err(ModelError::UnknownStep(id));
            }
        }
        // Each step's flows: those not already taken by an earlier step of the list.
        let mut taken_flows: HashSet<FlowId> = HashSet::new();
        let mut flows_of: Vec<Vec<FlowId>> = Vec::with_capacity(ids.len());
        for id in ids {
            let node = self.step_nodes[id];
            let edges = self.graph.edges_directed(node, Direction::Outgoing);
            let edges = edges.chain(self.graph.edges_directed(node, Direction::Incoming));
            flows_of.push(edges.map(|e| e.weight().id).filter(|&f| taken_flows.insert(f)).collect());
        }
        // Which step takes the annotations on each target that carries any.
        let mut owner: HashMap<Target, usize> = HashMap::new();
        for (j, id) in ids.iter().enumerate() {
            let targets = std::iter::once(Target::Step(*id)).chain(flows_of[j].iter().map(|&f| Target::Flow(f)));
            for t in targets.filter(|&t| self.index.noted(t)) {
                owner.insert(t, j);
            }
        }
        let notes = self.take_notes(&owner, ids.len());
        let mut removed = Vec::with_capacity(ids.len());
        for ((id, flow_ids), annotations) in ids.iter().zip(flows_of).zip(notes) {
            let mut flows: Vec<Flow> = Vec::with_capacity(flow_ids.len());
            for fid in flow_ids {
                if let Some(edge) = self.flow_edges.remove(&fid) {
                    flows.extend(self.graph.remove_edge(edge));
                }
                self.used_ids.remove(&fid.0);
            }
            flows.sort_by_key(|f| f.id);
            let node = self.step_nodes.remove(id).ok_or(ModelError::UnknownStep(*id))?;
            let step = self.graph.remove_node(node).ok_or(ModelError::UnknownStep(*id))?;
            self.cells.remove(&(step.lane, step.column));
            self.used_ids.remove(&id.0);
            removed.push(RemovedStep { step, flows, annotations });
        }
        Ok(removed)
    }

    /// Takes out the annotations on the targets of `owner`, for each of `steps` owners in rising
    /// index order, each index as it was when that owner's turn came (after the earlier owners
    /// took theirs).
    fn take_notes(&mut self, owner: &HashMap<Target, usize>, steps: usize) -> Vec<Vec<(usize, Annotation)>> {
        let mut out: Vec<Vec<(usize, Annotation)>> = vec![Vec::new(); steps];
        if owner.is_empty() {
            return out;
        }
        // Each taken annotation's owner and place, in list order.
        let taken: Vec<(usize, usize)> =
            self.annotations.iter().enumerate().filter_map(|(p, a)| owner.get(&a.on).map(|&j| (p, j))).collect();
        // Its index when its owner's turn comes: its place, less the annotations before it that
        // earlier owners took.
        let mut by_owner: Vec<Vec<usize>> = vec![Vec::new(); steps];
        for &(p, j) in &taken {
            by_owner[j].push(p);
        }
        let mut gone = Counts::new(self.annotations.len());
        let mut index_at: HashMap<usize, usize> = HashMap::with_capacity(taken.len());
        for places in &by_owner {
            for &p in places {
                index_at.insert(p, p - gone.before(p));
            }
            for &p in places {
                gone.add(p, 1);
            }
        }
        let first = taken.first().map_or(0, |&(p, _)| p);
        let mut next = taken.iter().peekable();
        let mut kept = Vec::with_capacity(self.annotations.len() - taken.len());
        for (p, a) in std::mem::take(&mut self.annotations).into_iter().enumerate() {
            match next.peek() {
                Some(&&(q, j)) if q == p => {
                    next.next();
                    self.used_ids.remove(&a.id.0);
                    self.index.annotations.remove(&a.id);
                    self.index.unnote(a.on);
                    out[j].push((index_at[&p], a));
                }
                _ => kept.push(a),
            }
        }
        self.annotations = kept;
        positions(&mut self.index.annotations, &self.annotations, first..self.annotations.len(), |a| a.id);
        out
    }

    /// Puts back steps that were removed, in the order given: the result of
    /// [`Blueprint::restore_step`] for each in turn. All or nothing: when one of them would be
    /// refused, nothing changes and the error says why (restore them one by one to see how far
    /// they get).
    pub fn restore_steps(&mut self, removed: &[RemovedStep]) -> Result<(), ModelError> {
        // Steps and flows first, in order: cheap each, and undone again when one is refused.
        let mut added: Vec<StepId> = Vec::with_capacity(removed.len());
        // The turn at which each restored step or flow comes back.
        let mut turn_of: HashMap<Target, usize> = HashMap::new();
        let mut result = Ok(());
        'restore: for (j, r) in removed.iter().enumerate() {
            if let Err(e) = self.add_step(r.step.clone()) {
                result = Err(e);
                break;
            }
            added.push(r.step.id);
            turn_of.insert(Target::Step(r.step.id), j);
            for f in &r.flows {
                if let Err(e) = self.add_flow(f.clone()) {
                    result = Err(e);
                    break 'restore;
                }
                turn_of.insert(Target::Flow(f.id), j);
            }
        }
        // Every annotation would go back: its step or flow is there by its turn, its details
        // hold, its id is free.
        if result.is_ok() {
            let mut ids: HashSet<Uuid> = HashSet::new();
            'check: for (j, r) in removed.iter().enumerate() {
                for (_, a) in &r.annotations {
                    let there = self.target_exists(a.on) && turn_of.get(&a.on).is_none_or(|&t| t <= j);
                    let verdict =
                        if there { check_annotation_detail(a) } else { Err(ModelError::UnknownTarget(a.on.uuid())) };
                    let verdict = verdict.and_then(|()| {
                        if self.used_ids.contains(&a.id.0) || !ids.insert(a.id.0) {
                            Err(ModelError::DuplicateId(a.id.0))
                        } else {
                            Ok(())
                        }
                    });
                    if let Err(e) = verdict {
                        result = Err(e);
                        break 'check;
                    }
                }
            }
        }
        if let Err(e) = result {
            for id in added.into_iter().rev() {
                let _ = self.remove_step(id);
            }
            return Err(e);
        }
        self.put_notes_back(removed);
        Ok(())
    }

    /// Inserts every annotation of `removed`, in order, each at its index (or at the end when the
    /// list is shorter then), as one pass: the places are worked out from the last insertion back.
    fn put_notes_back(&mut self, removed: &[RemovedStep]) {
        let inserts: Vec<&(usize, Annotation)> = removed.iter().flat_map(|r| &r.annotations).collect();
        if inserts.is_empty() {
            return;
        }
        let before = self.annotations.len();
        let total = before + inserts.len();
        let mut free = Counts::all(total);
        let mut slots: Vec<Option<Annotation>> = vec![None; total];
        for (t, &(index, a)) in inserts.iter().enumerate().rev() {
            // The t-th insertion went into a list of `before + t` at `index` (or the end); what
            // came later took their places already.
            let at = free.kth((*index).min(before + t) + 1);
            free.add(at, -1);
            self.used_ids.insert(a.id.0);
            self.index.note(a.on);
            slots[at] = Some(a.clone());
        }
        let first = slots.iter().position(Option::is_some).unwrap_or(total);
        let mut old = std::mem::take(&mut self.annotations).into_iter();
        for slot in slots.iter_mut().filter(|s| s.is_none()) {
            *slot = old.next();
        }
        self.annotations = slots.into_iter().flatten().collect();
        positions(&mut self.index.annotations, &self.annotations, first..self.annotations.len(), |a| a.id);
    }
}
