//! What the facilitator does with the inbox: what participants send arrives as edits, and
//! accepting or dismissing an entry is one edit (one undo step) too. No toolkit here: the editor,
//! `sightline serve` and the tests share these.

use super::{Edit, batch};
use crate::model::{
    Annotation, AnnotationId, Blueprint, InboxEntry, InboxKind, InboxStatus, LaneId, MAX_COLUMN, Step, StepId, Target,
};
use uuid::Uuid;

/// Something a participant sent, already checked by the server against the blueprint it showed.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// A note or a proposed step, for the inbox.
    Note(InboxEntry),
    /// A dot vote (its id made by the page) on a step or an annotation.
    Vote { id: Uuid, on: Uuid },
}

/// Why an entry could not be accepted, so the facilitator can place it by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The entry is not in the inbox, or no longer waiting.
    NotWaiting,
    /// The step (or annotation) it was aimed at is gone.
    TargetGone,
    /// The lane a proposed step was aimed at is gone.
    LaneGone,
    /// No free cell to the right.
    NoRoom,
}

/// The edit an arrival makes: a waiting inbox entry, or (`count_votes`) one more vote on the
/// step or annotation. `None` when there is nothing to do: the note is already in the inbox (sent
/// twice), its id is taken by another part, or the part voted on is gone.
#[must_use]
pub fn arrival_edit(bp: &Blueprint, arrival: Arrival, count_votes: bool) -> Option<Edit> {
    match arrival {
        Arrival::Note(entry) => (!bp.uses_id(entry.id)).then_some(Edit::AddInboxEntry { index: None, entry }),
        Arrival::Vote { on, .. } if count_votes => vote_edit(bp, on),
        Arrival::Vote { id, on } => {
            let mut entry = InboxEntry::new(id, InboxKind::Vote, "");
            entry.on = Some(on);
            (!bp.uses_id(id) && vote_edit(bp, on).is_some()).then_some(Edit::AddInboxEntry { index: None, entry })
        }
    }
}

/// One more vote on a step or an annotation.
fn vote_edit(bp: &Blueprint, on: Uuid) -> Option<Edit> {
    if let Some(s) = bp.step(StepId(on)) {
        return Some(Edit::UpdateStep(Step { votes: s.votes.saturating_add(1), ..s.clone() }));
    }
    bp.annotation(AnnotationId(on))
        .map(|a| Edit::UpdateAnnotation(Annotation { votes: a.votes.saturating_add(1), ..a.clone() }))
}

/// Where an accepted entry goes when the facilitator chose a place: a cell for a proposed step,
/// the step in that cell for a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub lane: LaneId,
    pub column: u32,
}

/// Accepting a waiting entry, with the facilitator's text (`None`: as sent) and place (`None`:
/// where the participant aimed it): the step or annotation it becomes and the entry marked
/// accepted, as one edit.
pub fn accept(bp: &Blueprint, id: Uuid, text: Option<&str>, place: Option<Place>) -> Result<Edit, Refusal> {
    let entry = bp.inbox_entry(id).filter(|e| e.status == InboxStatus::Waiting).ok_or(Refusal::NotWaiting)?;
    let text = text.map_or_else(|| entry.text.trim().to_owned(), |t| t.trim().to_owned());
    let mut edits = Vec::new();
    let made = match entry.kind {
        InboxKind::Step => {
            let (lane, column) = match place {
                Some(p) if bp.step_at(p.lane, p.column).is_none() => (p.lane, p.column),
                Some(p) => (p.lane, free_column(bp, p.lane, p.column, None).ok_or(Refusal::NoRoom)?),
                None => {
                    let (lane, column, insert) = aimed_cell(bp, entry)?;
                    if insert {
                        edits.push(Edit::InsertColumn(column));
                    }
                    (lane, column)
                }
            };
            let step = Step::new(lane, column, text.clone());
            let made = step.id.0;
            edits.push(Edit::AddStep(step));
            made
        }
        InboxKind::Vote => {
            let on = match place {
                Some(p) => bp.step_at(p.lane, p.column).map(|s| s.id.0).ok_or(Refusal::TargetGone)?,
                None => entry.on.ok_or(Refusal::TargetGone)?,
            };
            edits.push(vote_edit(bp, on).ok_or(Refusal::TargetGone)?);
            on
        }
        kind => {
            let on = match place {
                Some(p) => bp.step_at(p.lane, p.column).map(|s| s.id).ok_or(Refusal::TargetGone)?,
                None => entry.on.map(StepId).filter(|s| bp.step(*s).is_some()).ok_or(Refusal::TargetGone)?,
            };
            let Some(ak) = kind.annotation() else { return Err(Refusal::TargetGone) };
            let mut a = Annotation::new(ak, Target::Step(on), text.clone());
            if entry.severity.is_some() && ak == crate::model::AnnotationKind::PainPoint {
                a.severity = entry.severity;
            }
            let made = a.id.0;
            edits.push(Edit::AddAnnotation { index: None, annotation: a });
            made
        }
    };
    let shown_text = if entry.kind == InboxKind::Vote { entry.text.clone() } else { text };
    edits.push(Edit::UpdateInboxEntry(InboxEntry {
        status: InboxStatus::Accepted,
        made: Some(made),
        text: shown_text,
        ..entry.clone()
    }));
    Ok(batch(edits))
}

/// Dismissing a waiting entry (it stays in the inbox, marked, so the participant sees it).
pub fn dismiss(bp: &Blueprint, id: Uuid) -> Result<Edit, Refusal> {
    let entry = bp.inbox_entry(id).filter(|e| e.status == InboxStatus::Waiting).ok_or(Refusal::NotWaiting)?;
    Ok(Edit::UpdateInboxEntry(InboxEntry { status: InboxStatus::Dismissed, ..entry.clone() }))
}

/// Accepting every waiting entry that can go where it was aimed, as one edit; the others stay
/// waiting. `None` when none can.
#[must_use]
pub fn accept_all(bp: &Blueprint) -> Option<Edit> {
    // Each acceptance sees the ones before it (two proposals for one cell take two cells).
    let mut scratch = bp.clone();
    let mut edits = Vec::new();
    let waiting: Vec<Uuid> = bp.inbox().iter().filter(|e| e.status == InboxStatus::Waiting).map(|e| e.id).collect();
    for id in waiting {
        if let Ok(edit) = accept(&scratch, id, None, None)
            && super::apply(&mut scratch, edit.clone()).is_ok()
        {
            edits.push(edit);
        }
    }
    (!edits.is_empty()).then(|| Edit::Batch(edits))
}

/// The cell a proposed step was aimed at: its lane and the first free column of its phase, or a
/// new column at the phase's end when all are taken (`true`: insert that column first). Without
/// a phase: the first free column of the lane.
fn aimed_cell(bp: &Blueprint, entry: &InboxEntry) -> Result<(LaneId, u32, bool), Refusal> {
    let lane = entry.lane.filter(|l| bp.lane(*l).is_some()).ok_or(Refusal::LaneGone)?;
    let index = entry.phase.and_then(|p| bp.phases().iter().position(|x| x.id == p));
    let Some(index) = index else {
        return free_column(bp, lane, 0, None).map(|c| (lane, c, false)).ok_or(Refusal::NoRoom);
    };
    let span = bp.phase_span(index, bp.column_count());
    if let Some(c) = free_column(bp, lane, span.start, Some(span.end)) {
        return Ok((lane, c, false));
    }
    // The last phase ends where the steps end: its next column is free and needs no insert.
    let last = index + 1 == bp.phases().len();
    if span.end > MAX_COLUMN || (!last && bp.column_count() > MAX_COLUMN) {
        return Err(Refusal::NoRoom);
    }
    Ok((lane, span.end, !last))
}

/// The first free column in a lane from `from` on (before `before` when given).
fn free_column(bp: &Blueprint, lane: LaneId, from: u32, before: Option<u32>) -> Option<u32> {
    (from..=before.map_or(MAX_COLUMN, |b| b.saturating_sub(1)).min(MAX_COLUMN)).find(|c| bp.step_at(lane, *c).is_none())
}
