//! What a command changes in the document, worked out from the blueprint and the selection
//! alone: the pure half of carrying out a command (no window, no view, no history), which the app
//! applies through `Document::apply` and tests call directly.

use super::command::Command;
use super::state::Selection;
use crate::edit::{Edit, remove_steps};
use crate::i18n::tr;
use crate::model::{Annotation, AnnotationKind, Blueprint, Flow, Lane, LaneKind, Phase, Step, Target};

/// A change to make, and the selection to show after it.
#[derive(Clone, Debug)]
pub struct Planned {
    pub edit: Edit,
    pub then: Option<Selection>,
}

impl Planned {
    fn new(edit: Edit, then: Option<Selection>) -> Self {
        Self { edit, then }
    }
}

/// The kind of note an "add" command makes.
#[must_use]
pub fn note_kind(command: Command) -> Option<AnnotationKind> {
    Some(match command {
        Command::AddPainPoint => AnnotationKind::PainPoint,
        Command::AddMomentOfTruth => AnnotationKind::MomentOfTruth,
        Command::AddIdea => AnnotationKind::Idea,
        Command::AddQuestion => AnnotationKind::Question,
        Command::AddMessage => AnnotationKind::Message,
        _ => return None,
    })
}

/// The edit `command` makes on `bp` with `sel` selected: `Ok(None)` when it changes nothing in
/// the document (or is not about the document), `Err` with a message in the interface language
/// when it cannot be done as asked.
pub fn edit_for(command: Command, bp: &Blueprint, sel: &Selection) -> Result<Option<Planned>, String> {
    let steps: Vec<_> = sel.steps.iter().copied().collect();
    Ok(Some(match command {
        Command::Delete if !steps.is_empty() => {
            Planned::new(remove_steps(&steps), Some(Selection { cell: sel.cell, ..Selection::default() }))
        }
        Command::Delete => match (sel.annotation, sel.flow) {
            (Some(a), _) => Planned::new(Edit::RemoveAnnotation(a), None),
            (None, Some(f)) => Planned::new(Edit::RemoveFlow(f), Some(Selection::default())),
            (None, None) => return Ok(None),
        },
        Command::Duplicate => {
            let Some(f) = super::clipboard::copy(bp, &steps) else { return Ok(None) };
            let top = steps.iter().filter_map(|&s| bp.step(s)).filter_map(|s| bp.lane_index(s.lane)).min().unwrap_or(0);
            let right = steps.iter().filter_map(|&s| bp.step(s)).map(|s| s.column).max().unwrap_or(0) + 1;
            let Some((edit, then)) = super::clipboard::paste(bp, &f, top, right) else { return Ok(None) };
            Planned::new(edit, Some(then))
        }
        Command::AddStepHere => match sel.cell {
            Some((lane, column)) if bp.step_at(lane, column).is_none() => {
                let step = Step::new(lane, column, "");
                let id = step.id;
                Planned::new(Edit::AddStep(step), Some(Selection::step(id, lane, column)))
            }
            _ => return Ok(None),
        },
        Command::LockLayout => Planned::new(Edit::SetLocked(!bp.locked), None),
        Command::FlipFlow => match sel.flow {
            Some(f) => Planned::new(Edit::ReverseFlow(f), None),
            None => return Ok(None),
        },
        Command::TwoWayFlow => match sel.flow.and_then(|f| bp.flow(f)) {
            Some(f) => Planned::new(Edit::UpdateFlow(Flow { two_way: !f.two_way, ..f.clone() }), None),
            None => return Ok(None),
        },
        Command::AddPainPoint
        | Command::AddMomentOfTruth
        | Command::AddIdea
        | Command::AddQuestion
        | Command::AddMessage => {
            let on = match (sel.single_step(), sel.flow) {
                (Some(s), _) => Target::Step(s),
                (None, Some(f)) => Target::Flow(f),
                _ => return Err(tr("msg-select-first")),
            };
            let kind = note_kind(command).unwrap_or(AnnotationKind::Question);
            let note = Annotation::new(kind, on, "");
            let then = Selection { annotation: Some(note.id), ..sel.clone() };
            Planned::new(Edit::AddAnnotation { index: None, annotation: note }, Some(then))
        }
        Command::InsertColumn => match sel.cell {
            Some((_, c)) => Planned::new(Edit::InsertColumn(c), None),
            None => return Ok(None),
        },
        Command::RemoveColumn => match sel.cell {
            Some((_, c)) if bp.steps().any(|s| s.column == c) => return Err(tr("msg-column-not-empty")),
            Some((_, c)) => Planned::new(Edit::RemoveColumn(c), None),
            None => return Ok(None),
        },
        Command::AddLane => {
            let index = sel.cell.and_then(|(l, _)| bp.lane_index(l)).map_or(bp.lanes().len(), |i| i + 1);
            Planned::new(Edit::InsertLane { index, lane: Lane::new(LaneKind::Custom, tr("new-lane")) }, None)
        }
        Command::AddPhase => {
            let column = sel.cell.map_or_else(|| bp.column_count(), |(_, c)| c);
            if bp.phases().iter().any(|p| p.start == column) {
                return Err(tr("msg-phase-taken"));
            }
            Planned::new(Edit::AddPhase(Phase::new(tr("new-phase"), column)), None)
        }
        _ => return Ok(None),
    }))
}
