//! Edits through `apply` and the history: any sequence undone gives the original document back
//! exactly, and redone gives the final one; a failing batch changes nothing.

use proptest::prelude::*;
use sightline::edit::{Edit, History, apply, batch};
use sightline::model::*;

#[derive(Debug, Clone)]
enum Pick {
    AddStep(usize, u32),
    Move(usize, usize, u32),
    Remove(usize),
    Title(usize, String),
    Flow(usize, usize),
    Reverse(usize),
    RemoveFlow(usize),
    Note(usize, usize),
    RemoveNote(usize),
    InsertColumn(u32),
    RemoveColumn(u32),
    Phase(u32),
    Lane(usize),
    RemoveLane(usize),
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![
        4 => (0..6usize, 0..10u32).prop_map(|(l, c)| Pick::AddStep(l, c)),
        2 => (0..30usize, 0..6usize, 0..10u32).prop_map(|(s, l, c)| Pick::Move(s, l, c)),
        1 => (0..30usize).prop_map(Pick::Remove),
        1 => (0..30usize, "[a-z]{0,6}").prop_map(|(s, t)| Pick::Title(s, t)),
        2 => (0..30usize, 0..30usize).prop_map(|(a, b)| Pick::Flow(a, b)),
        1 => (0..30usize).prop_map(Pick::Reverse),
        1 => (0..30usize).prop_map(Pick::RemoveFlow),
        2 => (0..4usize, 0..30usize).prop_map(|(k, s)| Pick::Note(k, s)),
        1 => (0..20usize).prop_map(Pick::RemoveNote),
        1 => (0..12u32).prop_map(Pick::InsertColumn),
        1 => (0..12u32).prop_map(Pick::RemoveColumn),
        1 => (0..12u32).prop_map(Pick::Phase),
        1 => (0..6usize).prop_map(Pick::Lane),
        1 => (0..6usize).prop_map(Pick::RemoveLane),
    ]
}

fn nth<T: Copy>(v: &[T], i: usize) -> Option<T> {
    (!v.is_empty()).then(|| v[i % v.len()])
}

/// Turns a pick into an edit for the current document (it may still be refused).
fn edit_for(bp: &Blueprint, p: &Pick) -> Option<Edit> {
    let steps: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let flows: Vec<FlowId> = bp.flows_in_order().iter().map(|f| f.id).collect();
    let lanes: Vec<LaneId> = bp.lanes().iter().map(|l| l.id).collect();
    Some(match p.clone() {
        Pick::AddStep(l, c) => Edit::AddStep(Step::new(nth(&lanes, l)?, c, "s")),
        Pick::Move(s, l, c) => Edit::MoveSteps(vec![(nth(&steps, s)?, nth(&lanes, l)?, c)]),
        Pick::Remove(s) => Edit::RemoveStep(nth(&steps, s)?),
        Pick::Title(s, t) => Edit::UpdateStep(Step { title: t, ..bp.step(nth(&steps, s)?)?.clone() }),
        Pick::Flow(a, b) => Edit::AddFlow(Flow::new(nth(&steps, a)?, nth(&steps, b)?)),
        Pick::Reverse(f) => Edit::ReverseFlow(nth(&flows, f)?),
        Pick::RemoveFlow(f) => Edit::RemoveFlow(nth(&flows, f)?),
        Pick::Note(k, s) => Edit::AddAnnotation {
            index: None,
            annotation: Annotation::new(AnnotationKind::ALL[k], Target::Step(nth(&steps, s)?), "n"),
        },
        Pick::RemoveNote(i) => {
            let ids: Vec<AnnotationId> = bp.annotations().iter().map(|a| a.id).collect();
            Edit::RemoveAnnotation(nth(&ids, i)?)
        }
        Pick::InsertColumn(c) => Edit::InsertColumn(c),
        Pick::RemoveColumn(c) => Edit::RemoveColumn(c),
        Pick::Phase(c) => Edit::AddPhase(Phase::new("p", c)),
        Pick::Lane(i) => Edit::InsertLane { index: i.min(bp.lanes().len()), lane: Lane::new(LaneKind::Custom, "x") },
        Pick::RemoveLane(i) => sightline::edit::remove_lane_with_steps(bp, nth(&lanes, i)?),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_restores_the_original_and_redo_all_the_final(picks in prop::collection::vec(pick(), 1..50)) {
        let mut bp = sightline::generate::generate(12, 5);
        let original = bp.clone();
        let mut history = History::new(1000);
        let mut applied = 0;
        for p in &picks {
            let Some(edit) = edit_for(&bp, p) else { continue };
            let before = bp.clone();
            if history.apply(&mut bp, edit, None).is_ok() {
                applied += 1;
            } else {
                prop_assert_eq!(&bp, &before, "a refused edit changes nothing");
            }
            bp.check_invariants().map_err(TestCaseError::fail)?;
        }
        let last = bp.clone();
        for _ in 0..applied {
            prop_assert!(history.undo(&mut bp).expect("undo"));
            bp.check_invariants().map_err(TestCaseError::fail)?;
        }
        prop_assert!(!history.undo(&mut bp).expect("nothing left"));
        prop_assert_eq!(&bp, &original);
        prop_assert_eq!(sightline::io::to_string(&bp), sightline::io::to_string(&original));
        for _ in 0..applied {
            prop_assert!(history.redo(&mut bp).expect("redo"));
        }
        prop_assert_eq!(&bp, &last);
    }
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut bp = sightline::generate::generate(20, 2);
    let before = bp.clone();
    let lane = bp.lanes()[0].id;
    let first = bp.steps_in_order()[0].id;
    let edit = batch(vec![
        Edit::InsertColumn(0),
        Edit::AddStep(Step::new(lane, 0, "new")),
        Edit::RemoveStep(first),
        Edit::AddFlow(Flow::new(first, first)), // refused: the step is gone (and a self-loop)
    ]);
    assert!(apply(&mut bp, edit).is_err());
    assert_eq!(bp, before);
}

#[test]
fn typing_runs_merge_into_one_undo_step_and_the_saved_state_is_tracked() {
    let mut bp = sightline::generate::generate(5, 1);
    let id = bp.steps_in_order()[0].id;
    let mut h = History::new(10);
    let start = h.state();
    let key = Some(sightline::edit::MergeKey("title".into()));
    for t in ["B", "Be", "Bel", "Belt"] {
        let step = Step { title: t.into(), ..bp.step(id).expect("step").clone() };
        h.apply(&mut bp, Edit::UpdateStep(step), key.clone()).expect("apply");
    }
    assert_eq!(h.undo_len(), 1);
    let after = h.state();
    h.undo(&mut bp).expect("undo");
    assert_eq!(h.state(), start, "undo returns to the saved state id");
    assert_ne!(bp.step(id).expect("step").title, "Belt");
    h.redo(&mut bp).expect("redo");
    assert_eq!(h.state(), after);
    assert_eq!(bp.step(id).expect("step").title, "Belt");
}

#[test]
fn history_keeps_at_least_two_hundred_steps() {
    let mut bp = sightline::templates::standard("T", sightline::templates::Lang::En);
    let lane = bp.lanes()[1].id;
    let mut h = History::default();
    for c in 0..250 {
        h.apply(&mut bp, Edit::AddStep(Step::new(lane, c, format!("{c}"))), None).expect("add");
    }
    for _ in 0..250 {
        assert!(h.undo(&mut bp).expect("undo"));
    }
    assert_eq!(bp.step_count(), 0);
}

#[test]
fn removing_the_only_column_of_a_phase_undoes_exactly() {
    let mut bp = sightline::templates::standard("T", sightline::templates::Lang::En);
    bp.add_phase(Phase::new("A", 7)).expect("a");
    bp.add_phase(Phase::new("B", 8)).expect("b");
    bp.add_phase(Phase::new("C", 10)).expect("c");
    let before = bp.clone();
    let undo = apply(&mut bp, Edit::RemoveColumn(7)).expect("empty column");
    assert_eq!(bp.phases().iter().map(|p| (p.name.as_str(), p.start)).collect::<Vec<_>>(), [("B", 7), ("C", 9)]);
    apply(&mut bp, undo).expect("undo");
    assert_eq!(bp, before);
}
