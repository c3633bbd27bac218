//! Every change to a document is an [`Edit`], applied by [`apply`], which returns the edit that
//! undoes it. This is the only way the document changes; [`History`] keeps undo and redo on top.

mod history;
pub mod inbox;

pub use history::{History, MergeKey};

use crate::model::{
    Action, Actor, ActorId, Annotation, AnnotationId, Blueprint, Flow, FlowId, InboxEntry, Lane, LaneId, ModelError,
    Phase, PhaseId, RemovedActor, RemovedFlow, RemovedStep, Round, Step, StepId,
};

/// One change to a blueprint. An edit that cannot be applied changes nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// New title and description of the blueprint.
    SetInfo {
        title: String,
        description: Option<String>,
    },
    /// Locks or unlocks the layout.
    SetLocked(bool),
    InsertLane {
        index: usize,
        lane: Lane,
    },
    /// Removes an empty lane.
    RemoveLane(LaneId),
    MoveLane {
        id: LaneId,
        to: usize,
    },
    /// Replaces a lane's name, kind and extra fields.
    UpdateLane(Lane),
    AddPhase(Phase),
    RemovePhase(PhaseId),
    /// Replaces a phase's name, start and extra fields.
    UpdatePhase(Phase),
    AddStep(Step),
    /// Deletes a step with its flows and their annotations.
    RemoveStep(StepId),
    /// Puts back a deleted step exactly (the inverse of `RemoveStep`).
    RestoreStep(RemovedStep),
    /// Moves steps to other cells, all at once.
    MoveSteps(Vec<(StepId, LaneId, u32)>),
    /// Replaces a step's text fields (title, description, channel, extra); not its place.
    UpdateStep(Step),
    AddFlow(Flow),
    RemoveFlow(FlowId),
    RestoreFlow(RemovedFlow),
    ReverseFlow(FlowId),
    /// Replaces a flow's label, two-way flag and extra fields; not its ends.
    UpdateFlow(Flow),
    /// Inserts an annotation at a place in the list (`None`: at the end).
    AddAnnotation {
        index: Option<usize>,
        annotation: Annotation,
    },
    RemoveAnnotation(AnnotationId),
    /// Replaces an annotation's kind, text, detail, votes and extra fields.
    UpdateAnnotation(Annotation),
    /// Inserts an actor at a place in the list (`None`: at the end).
    AddActor {
        index: Option<usize>,
        actor: Actor,
    },
    /// Deletes an actor and takes it out of every step.
    RemoveActor(ActorId),
    /// Puts back a deleted actor in its steps (the inverse of `RemoveActor`).
    RestoreActor(RemovedActor),
    /// Replaces an actor's name, kind, position and extra fields.
    UpdateActor(Actor),
    /// Inserts an empty column; steps and phases from there on move right.
    InsertColumn(u32),
    /// Removes an empty column; returns the phases it took with it in the inverse.
    RemoveColumn(u32),
    /// Inserts what a participant sent into the inbox (`None`: at the end).
    AddInboxEntry {
        index: Option<usize>,
        entry: InboxEntry,
    },
    RemoveInboxEntry(uuid::Uuid),
    /// Replaces an inbox entry (its status, text, where it is aimed, what accepting made).
    UpdateInboxEntry(InboxEntry),
    /// Inserts an action at a place in the list (`None`: at the end).
    AddAction {
        index: Option<usize>,
        action: Action,
    },
    RemoveAction(uuid::Uuid),
    /// Replaces an action (title, owner, due date, status, links, place in the matrix).
    UpdateAction(Action),
    /// Inserts a round of the choreography (`None`: at the end).
    AddRound {
        index: Option<usize>,
        round: Round,
    },
    RemoveRound(uuid::Uuid),
    /// Replaces a round (name, note, places, feelings, quotes).
    UpdateRound(Round),
    /// Several edits as one: all are applied, or none.
    Batch(Vec<Edit>),
    /// The whole blueprint at once (resolving a merge conflict, which may touch any part).
    Replace(Box<Blueprint>),
}

/// Applies an edit and returns its inverse. On error nothing has changed.
#[allow(clippy::too_many_lines, reason = "one short arm for each kind of edit reads best in one place")]
pub fn apply(bp: &mut Blueprint, edit: Edit) -> Result<Edit, ModelError> {
    Ok(match edit {
        Edit::SetInfo { title, description } => {
            let old = Edit::SetInfo { title: bp.title.clone(), description: bp.description.clone() };
            bp.title = title;
            bp.description = description;
            old
        }
        Edit::SetLocked(locked) => Edit::SetLocked(std::mem::replace(&mut bp.locked, locked)),
        Edit::InsertLane { index, lane } => {
            let id = lane.id;
            bp.insert_lane(index, lane)?;
            Edit::RemoveLane(id)
        }
        Edit::RemoveLane(id) => {
            let (index, lane) = bp.remove_lane(id)?;
            Edit::InsertLane { index, lane }
        }
        Edit::MoveLane { id, to } => Edit::MoveLane { id, to: bp.move_lane(id, to)? },
        Edit::UpdateLane(lane) => {
            let old = bp.lane(lane.id).cloned().ok_or(ModelError::UnknownLane(lane.id))?;
            bp.update_lane(lane.id, |l| *l = lane)?;
            Edit::UpdateLane(old)
        }
        Edit::AddPhase(phase) => {
            let id = phase.id;
            bp.add_phase(phase)?;
            Edit::RemovePhase(id)
        }
        Edit::RemovePhase(id) => Edit::AddPhase(bp.remove_phase(id)?),
        Edit::UpdatePhase(phase) => {
            let old = bp.phase(phase.id).cloned().ok_or(ModelError::UnknownPhase(phase.id))?;
            bp.update_phase(phase.id, |p| *p = phase)?;
            Edit::UpdatePhase(old)
        }
        Edit::AddStep(step) => {
            let id = step.id;
            bp.add_step(step)?;
            Edit::RemoveStep(id)
        }
        Edit::RemoveStep(id) => Edit::RestoreStep(bp.remove_step(id)?),
        Edit::RestoreStep(removed) => {
            let id = removed.step.id;
            bp.restore_step(removed)?;
            Edit::RemoveStep(id)
        }
        Edit::MoveSteps(moves) => Edit::MoveSteps(bp.move_steps(&moves)?),
        Edit::UpdateStep(step) => {
            let old = bp.step(step.id).cloned().ok_or(ModelError::UnknownStep(step.id))?;
            if (step.lane, step.column) != (old.lane, old.column) {
                return Err(ModelError::IdentityChanged);
            }
            bp.update_step(step.id, |s| *s = step)?;
            Edit::UpdateStep(old)
        }
        Edit::AddFlow(flow) => {
            let id = flow.id;
            bp.add_flow(flow)?;
            Edit::RemoveFlow(id)
        }
        Edit::RemoveFlow(id) => Edit::RestoreFlow(bp.remove_flow(id)?),
        Edit::RestoreFlow(removed) => {
            let id = removed.flow.id;
            bp.restore_flow(removed)?;
            Edit::RemoveFlow(id)
        }
        Edit::ReverseFlow(id) => {
            bp.reverse_flow(id)?;
            Edit::ReverseFlow(id)
        }
        Edit::UpdateFlow(flow) => {
            let old = bp.flow(flow.id).cloned().ok_or(ModelError::UnknownFlow(flow.id))?;
            bp.update_flow(flow.id, |f| *f = flow)?;
            Edit::UpdateFlow(old)
        }
        Edit::AddAnnotation { index, annotation } => {
            let id = annotation.id;
            bp.insert_annotation(index.unwrap_or(bp.annotations().len()), annotation)?;
            Edit::RemoveAnnotation(id)
        }
        Edit::RemoveAnnotation(id) => {
            let (index, annotation) = bp.remove_annotation(id)?;
            Edit::AddAnnotation { index: Some(index), annotation }
        }
        Edit::UpdateAnnotation(annotation) => {
            let old = bp.annotation(annotation.id).cloned().ok_or(ModelError::UnknownAnnotation(annotation.id))?;
            bp.update_annotation(annotation.id, |a| *a = annotation)?;
            Edit::UpdateAnnotation(old)
        }
        Edit::AddActor { index, actor } => {
            let id = actor.id;
            bp.insert_actor(index.unwrap_or(bp.actors().len()), actor)?;
            Edit::RemoveActor(id)
        }
        Edit::RemoveActor(id) => Edit::RestoreActor(bp.remove_actor(id)?),
        Edit::RestoreActor(removed) => {
            let id = removed.actor.id;
            bp.restore_actor(removed)?;
            Edit::RemoveActor(id)
        }
        Edit::UpdateActor(actor) => {
            let old = bp.actor(actor.id).cloned().ok_or(ModelError::UnknownActor(actor.id))?;
            bp.update_actor(actor.id, |a| *a = actor)?;
            Edit::UpdateActor(old)
        }
        Edit::InsertColumn(at) => {
            bp.insert_column(at)?;
            Edit::RemoveColumn(at)
        }
        Edit::RemoveColumn(at) => {
            let before: Vec<Phase> = bp.phases().to_vec();
            let removed = bp.remove_column(at)?;
            // Inserting the column back shifts the phases that started after it, except one
            // that started right after it (it now starts at `at`): put it back by hand, then
            // the phase that had only this column.
            let mut undo = vec![Edit::InsertColumn(at)];
            undo.extend(
                before
                    .into_iter()
                    .filter(|p| p.start == at + 1 && removed.iter().all(|r| r.id != p.id))
                    .map(Edit::UpdatePhase),
            );
            undo.extend(removed.into_iter().map(Edit::AddPhase));
            batch(undo)
        }
        Edit::AddInboxEntry { index, entry } => {
            let id = entry.id;
            bp.insert_inbox_entry(index.unwrap_or(bp.inbox().len()), entry)?;
            Edit::RemoveInboxEntry(id)
        }
        Edit::RemoveInboxEntry(id) => {
            let (index, entry) = bp.remove_inbox_entry(id)?;
            Edit::AddInboxEntry { index: Some(index), entry }
        }
        Edit::UpdateInboxEntry(entry) => Edit::UpdateInboxEntry(bp.update_inbox_entry(entry)?),
        Edit::AddAction { index, action } => {
            let id = action.id;
            bp.insert_action(index.unwrap_or(bp.actions().len()), action)?;
            Edit::RemoveAction(id)
        }
        Edit::RemoveAction(id) => {
            let (index, action) = bp.remove_action(id)?;
            Edit::AddAction { index: Some(index), action }
        }
        Edit::UpdateAction(action) => Edit::UpdateAction(bp.update_action(action)?),
        Edit::AddRound { index, round } => {
            let id = round.id;
            bp.insert_round(index.unwrap_or(bp.rounds().len()), round)?;
            Edit::RemoveRound(id)
        }
        Edit::RemoveRound(id) => {
            let (index, round) = bp.remove_round(id)?;
            Edit::AddRound { index: Some(index), round }
        }
        Edit::UpdateRound(round) => Edit::UpdateRound(bp.update_round(round)?),
        Edit::Replace(new) => Edit::Replace(Box::new(std::mem::replace(bp, *new))),
        Edit::Batch(edits) => {
            let mut inverses: Vec<Edit> = Vec::with_capacity(edits.len());
            let mut edits = edits.into_iter().peekable();
            while let Some(e) = edits.next() {
                // A run of step deletions (or of their undoing) goes to the model at once: one at
                // a time, each costs a pass over all annotations. Should the run be refused, the
                // steps go one by one, as they always did, to fail at the same place.
                let run = match e {
                    Edit::RemoveStep(id) if matches!(edits.peek(), Some(Edit::RemoveStep(_))) => {
                        let mut ids = vec![id];
                        while let Some(Edit::RemoveStep(id)) = edits.next_if(|e| matches!(e, Edit::RemoveStep(_))) {
                            ids.push(id);
                        }
                        match bp.remove_steps(&ids) {
                            Ok(removed) => {
                                inverses.extend(removed.into_iter().map(Edit::RestoreStep));
                                continue;
                            }
                            Err(_) => ids.into_iter().map(Edit::RemoveStep).collect(),
                        }
                    }
                    Edit::RestoreStep(r) if matches!(edits.peek(), Some(Edit::RestoreStep(_))) => {
                        let mut run = vec![r];
                        while let Some(Edit::RestoreStep(r)) = edits.next_if(|e| matches!(e, Edit::RestoreStep(_))) {
                            run.push(r);
                        }
                        if bp.restore_steps(&run).is_ok() {
                            inverses.extend(run.into_iter().map(|r| Edit::RemoveStep(r.step.id)));
                            continue;
                        }
                        run.into_iter().map(Edit::RestoreStep).collect()
                    }
                    e => vec![e],
                };
                for e in run {
                    match apply(bp, e) {
                        Ok(inv) => inverses.push(inv),
                        Err(err) => {
                            // Roll back what was applied, newest first: the batch is all or nothing.
                            for inv in inverses.into_iter().rev() {
                                let _ = apply(bp, inv);
                            }
                            return Err(err);
                        }
                    }
                }
            }
            inverses.reverse();
            batch(inverses)
        }
    })
}

impl Edit {
    /// Whether the edit changes what a locked layout freezes: lanes, phases, columns, step
    /// positions, or deletes a step. Text, annotations and votes stay open.
    #[must_use]
    pub fn changes_layout(&self, bp: &Blueprint) -> bool {
        match self {
            Edit::InsertLane { .. }
            | Edit::RemoveLane(_)
            | Edit::MoveLane { .. }
            | Edit::AddPhase(_)
            | Edit::RemovePhase(_)
            | Edit::RemoveStep(_)
            | Edit::MoveSteps(_)
            | Edit::InsertColumn(_)
            | Edit::RemoveColumn(_) => true,
            Edit::UpdateLane(l) => bp.lane(l.id).is_some_and(|old| old.kind != l.kind),
            Edit::UpdatePhase(p) => bp.phase(p.id).is_some_and(|old| old.start != p.start),
            Edit::Batch(edits) => edits.iter().any(|e| e.changes_layout(bp)),
            Edit::Replace(new) => {
                new.lanes() != bp.lanes()
                    || new.phases() != bp.phases()
                    || bp.steps().any(|s| new.step(s.id).is_none_or(|n| (n.lane, n.column) != (s.lane, s.column)))
            }
            _ => false,
        }
    }
}

/// A batch, or the edit itself when there is only one.
#[must_use]
pub fn batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 { edits.pop().unwrap_or(Edit::Batch(Vec::new())) } else { Edit::Batch(edits) }
}

/// The edits that delete a lane with everything in it (steps first, then the lane).
#[must_use]
pub fn remove_lane_with_steps(bp: &Blueprint, lane: LaneId) -> Edit {
    let mut edits: Vec<Edit> = bp.steps().filter(|s| s.lane == lane).map(|s| Edit::RemoveStep(s.id)).collect();
    edits.push(Edit::RemoveLane(lane));
    batch(edits)
}

/// The edit that deletes several steps.
#[must_use]
pub fn remove_steps(ids: &[StepId]) -> Edit {
    batch(ids.iter().map(|&id| Edit::RemoveStep(id)).collect())
}
