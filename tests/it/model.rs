//! The model keeps its rules: one step per cell, no dangling references, no duplicate ids,
//! deleting a step takes its flows and annotations with it.

use sightline::layout::{LineKind, lines_of};
use sightline::model::*;
use sightline::templates::{Lang, standard};

fn two_steps() -> (Blueprint, StepId, StepId) {
    let mut bp = standard("Test", Lang::En);
    let customer = bp.lanes()[1].id;
    let backstage = bp.lanes()[3].id;
    let a = Step::new(customer, 0, "A");
    let b = Step::new(backstage, 1, "B");
    let (ia, ib) = (a.id, b.id);
    bp.add_step(a).expect("a");
    bp.add_step(b).expect("b");
    (bp, ia, ib)
}

#[test]
fn a_cell_holds_one_step() {
    let (mut bp, a, _) = two_steps();
    let lane = bp.step(a).expect("a").lane;
    let err = bp.add_step(Step::new(lane, 0, "C")).expect_err("taken");
    assert!(matches!(err, ModelError::CellTaken { .. }));
    assert!(err.to_string().contains("“A”"));
    let other = bp.lanes()[0].id;
    bp.add_step(Step::new(other, 0, "C")).expect("another lane, same column is fine");
    bp.check_invariants().expect("ok");
}

#[test]
fn steps_need_an_existing_lane_and_a_sane_column() {
    let (mut bp, a, _) = two_steps();
    assert!(matches!(bp.add_step(Step::new(LaneId::random(), 0, "X")), Err(ModelError::UnknownLane(_))));
    let lane = bp.lanes()[0].id;
    assert!(matches!(bp.add_step(Step::new(lane, MAX_COLUMN + 1, "X")), Err(ModelError::ColumnTooLarge(_))));
    assert!(matches!(bp.move_step(a, lane, MAX_COLUMN + 1), Err(ModelError::ColumnTooLarge(_))));
    bp.check_invariants().expect("ok");
}

#[test]
fn moving_a_step_frees_its_cell_and_refuses_a_taken_one() {
    let (mut bp, a, b) = two_steps();
    let (lane_b, col_b) = bp.step(b).map(|s| (s.lane, s.column)).expect("b");
    assert!(bp.move_step(a, lane_b, col_b).is_err());
    let from = bp.move_step(a, lane_b, 5).expect("free cell");
    assert_eq!(bp.step_at(from.0, from.1), None);
    assert_eq!(bp.step_at(lane_b, 5).map(|s| s.id), Some(a));
    bp.check_invariants().expect("ok");
}

#[test]
fn no_self_loops_and_no_flows_to_missing_steps() {
    let (mut bp, a, _) = two_steps();
    assert!(matches!(bp.add_flow(Flow::new(a, a)), Err(ModelError::SelfLoop(_))));
    assert!(matches!(bp.add_flow(Flow::new(a, StepId::random())), Err(ModelError::UnknownStep(_))));
    assert_eq!(bp.flow_count(), 0);
}

#[test]
fn ids_are_unique_across_all_kinds() {
    let (mut bp, a, b) = two_steps();
    let lane = bp.lanes()[0].id;
    let mut dup = Step::new(lane, 3, "dup");
    dup.id = StepId(bp.lanes()[2].id.0);
    assert!(matches!(bp.add_step(dup), Err(ModelError::DuplicateId(_))));
    let mut f = Flow::new(a, b);
    f.id = FlowId(a.0);
    assert!(matches!(bp.add_flow(f), Err(ModelError::DuplicateId(_))));
    let mut note = Annotation::new(AnnotationKind::Idea, Target::Step(a), "x");
    note.id = AnnotationId(bp.id.0);
    assert!(matches!(bp.add_annotation(note), Err(ModelError::DuplicateId(_))));
    bp.check_invariants().expect("ok");
}

#[test]
fn deleting_a_step_takes_its_flows_and_annotations_and_restores_exactly() {
    let (mut bp, a, b) = two_steps();
    let lane = bp.lanes()[4].id;
    let c = Step::new(lane, 2, "C");
    let c_id = c.id;
    bp.add_step(c).expect("c");
    let ab = Flow::new(a, b);
    let ab_id = ab.id;
    bp.add_flow(ab).expect("flow");
    bp.add_flow(Flow::new(b, c_id)).expect("flow");
    bp.add_annotation(Annotation::new(AnnotationKind::PainPoint, Target::Step(a), "on c?")).expect("note");
    bp.add_annotation(Annotation::new(AnnotationKind::Idea, Target::Step(b), "on b")).expect("note");
    bp.add_annotation(Annotation::new(AnnotationKind::Question, Target::Flow(ab_id), "on flow")).expect("note");
    let before = bp.clone();

    let removed = bp.remove_step(b).expect("remove");
    assert_eq!(removed.flows.len(), 2);
    assert_eq!(removed.annotations.len(), 2, "its own note and the one on its flow");
    assert_eq!(bp.flow_count(), 0);
    assert_eq!(bp.annotations().len(), 1);
    bp.check_invariants().expect("ok after delete");

    bp.restore_step(removed).expect("restore");
    bp.check_invariants().expect("ok after restore");
    assert_eq!(bp, before);
}

#[test]
fn deleting_a_flow_takes_its_annotations() {
    let (mut bp, a, b) = two_steps();
    let f = Flow::new(a, b);
    let id = f.id;
    bp.add_flow(f).expect("flow");
    bp.add_annotation(Annotation::new(AnnotationKind::Idea, Target::Flow(id), "x")).expect("note");
    let before = bp.clone();
    let removed = bp.remove_flow(id).expect("remove");
    assert_eq!(removed.annotations.len(), 1);
    assert!(bp.annotations().is_empty());
    bp.restore_flow(removed).expect("restore");
    assert_eq!(bp, before);
}

#[test]
fn reversing_a_flow_keeps_its_id_and_swaps_the_ends() {
    let (mut bp, a, b) = two_steps();
    let f = Flow::new(a, b);
    let id = f.id;
    bp.add_flow(f).expect("flow");
    bp.reverse_flow(id).expect("reverse");
    let f = bp.flow(id).expect("still there");
    assert_eq!((f.from, f.to), (b, a));
    bp.check_invariants().expect("ok");
}

#[test]
fn updates_cannot_change_identity_or_position() {
    let (mut bp, a, _) = two_steps();
    let err = bp.update_step(a, |s| s.column = 9).expect_err("position changes only by moving");
    assert_eq!(err, ModelError::IdentityChanged);
    assert_eq!(bp.step(a).expect("a").column, 0);
    bp.update_step(a, |s| s.title = "New".into()).expect("title");
    assert_eq!(bp.step(a).expect("a").title, "New");
    bp.check_invariants().expect("ok");
}

#[test]
fn annotation_details_follow_their_kind() {
    let (mut bp, a, _) = two_steps();
    let mut note = Annotation::new(AnnotationKind::Idea, Target::Step(a), "x");
    note.severity = Some(2);
    assert_eq!(bp.add_annotation(note), Err(ModelError::SeverityNotAllowed));
    let mut pain = Annotation::new(AnnotationKind::PainPoint, Target::Step(a), "x");
    pain.severity = Some(4);
    assert_eq!(bp.add_annotation(pain.clone()), Err(ModelError::SeverityOutOfRange(4)));
    pain.severity = Some(3);
    let id = pain.id;
    bp.add_annotation(pain).expect("valid");
    assert!(bp.update_annotation(id, |n| n.perspective = Some(Perspective::Both)).is_err());
    assert!(bp.annotation(id).expect("kept").perspective.is_none());
}

#[test]
fn a_lane_with_steps_cannot_be_removed() {
    let (mut bp, a, _) = two_steps();
    let lane = bp.step(a).expect("a").lane;
    assert_eq!(bp.remove_lane(lane), Err(ModelError::LaneNotEmpty(1)));
    let empty = bp.lanes()[0].id;
    let (index, _) = bp.remove_lane(empty).expect("empty lane");
    assert_eq!(index, 0);
    assert_eq!(bp.lanes().len(), 4);
    bp.check_invariants().expect("ok");
}

#[test]
fn columns_insert_and_remove_shift_steps_and_phases() {
    let (mut bp, a, b) = two_steps();
    bp.add_phase(Phase::new("One", 0)).expect("phase");
    bp.add_phase(Phase::new("Two", 1)).expect("phase");
    bp.insert_column(1).expect("insert");
    assert_eq!(bp.step(a).expect("a").column, 0);
    assert_eq!(bp.step(b).expect("b").column, 2);
    // The new column joins the phase that held column 1 ("Two" starts there still).
    assert_eq!(bp.phases().iter().map(|p| p.start).collect::<Vec<_>>(), vec![0, 1]);
    assert!(matches!(bp.remove_column(2), Err(ModelError::ColumnNotEmpty(2))));
    let gone = bp.remove_column(1).expect("empty column");
    assert!(gone.is_empty());
    assert_eq!(bp.step(b).expect("b").column, 1);
    // Removing the only column of phase "One" (column 0 after moving A away) removes that phase.
    let lane = bp.lanes()[0].id;
    bp.move_step(a, lane, 5).expect("move");
    let gone = bp.remove_column(0).expect("empty column");
    assert_eq!(gone.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), vec!["One"]);
    bp.check_invariants().expect("ok");
}

#[test]
fn phases_are_ordered_and_cover_columns() {
    let mut bp = standard("T", Lang::Nl);
    bp.add_phase(Phase::new("Later", 4)).expect("p");
    bp.add_phase(Phase::new("Eerst", 0)).expect("p");
    assert!(matches!(bp.add_phase(Phase::new("Dubbel", 4)), Err(ModelError::PhaseStartTaken(4))));
    assert_eq!(bp.phases()[0].name, "Eerst");
    assert_eq!(bp.phase_at(3).map(|p| p.name.as_str()), Some("Eerst"));
    assert_eq!(bp.phase_at(4).map(|p| p.name.as_str()), Some("Later"));
    assert_eq!(bp.phase_span(1, 10), 4..10);
    assert_eq!(bp.lanes()[4].name, "Ondersteunende processen");
}

#[test]
fn the_three_lines_follow_the_lane_kinds() {
    use LaneKind::*;
    let standard = [Evidence, Customer, Frontstage, Backstage, Support];
    assert_eq!(
        lines_of(&standard),
        vec![(LineKind::Interaction, 2), (LineKind::Visibility, 3), (LineKind::InternalInteraction, 4)]
    );
    // A custom lane between customer and frontstage: the line stays right below the customer.
    let custom = [Customer, Custom, Frontstage, Backstage];
    assert_eq!(lines_of(&custom), vec![(LineKind::Interaction, 1), (LineKind::Visibility, 3)]);
    // No line below the last lane.
    assert!(lines_of(&[Evidence, Customer]).is_empty());
}
