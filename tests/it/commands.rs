//! Commands as edits, without a window: `edit_for(command, blueprint, selection)` is the pure half
//! of every command that changes the document.

use sightline::edit::History;
use sightline::model::{AnnotationKind, Target};
use sightline::ui::command::Command;
use sightline::ui::edits::edit_for;
use sightline::ui::state::Selection;

fn example() -> sightline::model::Blueprint {
    sightline::examples::load("omgevingsvergunning").expect("known").expect("valid")
}

/// Applies what a command plans; the planned selection comes back.
fn run(bp: &mut sightline::model::Blueprint, command: Command, sel: &Selection) -> Option<Selection> {
    let planned = edit_for(command, bp, sel).expect("allowed").expect("an edit");
    History::default().apply(bp, planned.edit, None).expect("applies");
    planned.then
}

#[test]
fn delete_removes_the_selected_step_and_its_notes_and_flows() {
    let mut bp = example();
    let step = bp.steps_in_order()[3].clone();
    let notes = bp.annotations_on(Target::Step(step.id)).count();
    let before = bp.annotations().len();
    let then = run(&mut bp, Command::Delete, &Selection::step(step.id, step.lane, step.column));
    assert!(bp.step(step.id).is_none());
    assert_eq!(bp.annotations().len(), before - notes);
    assert_eq!(then.and_then(|s| s.cell), Some((step.lane, step.column)), "the cell stays selected");
}

#[test]
fn adding_a_note_needs_a_step_or_a_flow_and_selects_the_note() {
    let mut bp = example();
    let err = edit_for(Command::AddPainPoint, &bp, &Selection::default()).expect_err("nothing selected");
    assert!(!err.is_empty());
    let step = bp.steps_in_order()[0].clone();
    let then = run(&mut bp, Command::AddIdea, &Selection::step(step.id, step.lane, step.column)).expect("then");
    let note = bp.annotation(then.annotation.expect("the note is selected")).expect("note");
    assert_eq!((note.kind, note.on), (AnnotationKind::Idea, Target::Step(step.id)));
}

#[test]
fn structure_commands_refuse_what_would_break_the_blueprint() {
    let mut bp = example();
    let step = bp.steps_in_order()[0].clone();
    let on_step = Selection::step(step.id, step.lane, step.column);
    assert!(edit_for(Command::RemoveColumn, &bp, &on_step).is_err(), "a column with steps stays");
    let start = bp.phases()[0].start;
    let sel = Selection::cell(step.lane, start);
    assert!(edit_for(Command::AddPhase, &bp, &sel).is_err(), "two phases cannot start in one column");
    assert!(edit_for(Command::AddStepHere, &bp, &on_step).expect("fine").is_none(), "the cell is taken");
    let lanes = bp.lanes().len();
    let at = bp.lane_index(step.lane).expect("lane");
    run(&mut bp, Command::AddLane, &on_step);
    assert_eq!(bp.lanes().len(), lanes + 1);
    assert_eq!(bp.lanes()[at + 1].kind, sightline::model::LaneKind::Custom, "the new lane goes below the selected one");
    // Commands that are not edits plan nothing.
    for c in [Command::ZoomIn, Command::Save, Command::Projector, Command::Undo] {
        assert!(edit_for(c, &bp, &on_step).expect("fine").is_none(), "{c:?}");
    }
}
