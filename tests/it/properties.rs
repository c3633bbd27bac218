//! Random sequences of model operations keep every rule, and the file round trip holds after
//! each one.

use proptest::prelude::*;
use sightline::io;
use sightline::model::*;
use sightline::templates::{Lang, standard};

#[derive(Debug, Clone)]
pub(crate) enum Op {
    AddStep { lane: usize, column: u32 },
    MoveStep { step: usize, lane: usize, column: u32 },
    RemoveAndRestoreStep { step: usize, restore: bool },
    EditStep { step: usize, title: String },
    AddFlow { from: usize, to: usize, two_way: bool },
    ReverseFlow { flow: usize },
    RemoveFlow { flow: usize },
    Annotate { kind: usize, on_flow: bool, target: usize, votes: u32 },
    RemoveAnnotation { index: usize },
    InsertColumn { at: u32 },
    RemoveColumn { at: u32 },
    AddPhase { start: u32 },
    RemovePhase { index: usize },
    AddLane { at: usize },
    RemoveLane { index: usize },
    MoveLane { index: usize, to: usize },
}

pub(crate) fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..8usize, 0..12u32).prop_map(|(lane, column)| Op::AddStep { lane, column }),
        2 => (0..40usize, 0..8usize, 0..12u32).prop_map(|(step, lane, column)| Op::MoveStep { step, lane, column }),
        1 => (0..40usize, any::<bool>()).prop_map(|(step, restore)| Op::RemoveAndRestoreStep { step, restore }),
        1 => (0..40usize, "[a-zé ]{0,12}").prop_map(|(step, title)| Op::EditStep { step, title }),
        3 => (0..40usize, 0..40usize, any::<bool>()).prop_map(|(from, to, two_way)| Op::AddFlow { from, to, two_way }),
        1 => (0..40usize).prop_map(|flow| Op::ReverseFlow { flow }),
        1 => (0..40usize).prop_map(|flow| Op::RemoveFlow { flow }),
        2 => (0..4usize, any::<bool>(), 0..40usize, 0..5u32)
            .prop_map(|(kind, on_flow, target, votes)| Op::Annotate { kind, on_flow, target, votes }),
        1 => (0..20usize).prop_map(|index| Op::RemoveAnnotation { index }),
        1 => (0..14u32).prop_map(|at| Op::InsertColumn { at }),
        1 => (0..14u32).prop_map(|at| Op::RemoveColumn { at }),
        1 => (0..14u32).prop_map(|start| Op::AddPhase { start }),
        1 => (0..6usize).prop_map(|index| Op::RemovePhase { index }),
        1 => (0..8usize).prop_map(|at| Op::AddLane { at }),
        1 => (0..8usize).prop_map(|index| Op::RemoveLane { index }),
        1 => (0..8usize, 0..8usize).prop_map(|(index, to)| Op::MoveLane { index, to }),
    ]
}

fn nth<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

/// Applies one operation; the model may refuse it, but must stay valid either way.
pub(crate) fn apply(bp: &mut Blueprint, op: &Op) {
    let steps: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let flows: Vec<FlowId> = bp.flows_in_order().iter().map(|f| f.id).collect();
    let lanes: Vec<LaneId> = bp.lanes().iter().map(|l| l.id).collect();
    match op.clone() {
        Op::AddStep { lane, column } => {
            if let Some(lane) = nth(&lanes, lane) {
                let _ = bp.add_step(Step::new(lane, column, format!("S{column}")));
            }
        }
        Op::MoveStep { step, lane, column } => {
            if let (Some(s), Some(l)) = (nth(&steps, step), nth(&lanes, lane)) {
                let _ = bp.move_step(s, l, column);
            }
        }
        Op::RemoveAndRestoreStep { step, restore } => {
            if let Some(s) = nth(&steps, step) {
                let before = bp.clone();
                let removed = bp.remove_step(s).expect("existing step");
                bp.check_invariants().expect("after remove");
                if restore {
                    bp.restore_step(removed).expect("restore");
                    assert_eq!(*bp, before, "remove then restore is exact");
                }
            }
        }
        Op::EditStep { step, title } => {
            if let Some(s) = nth(&steps, step) {
                bp.update_step(s, |st| st.title = title).expect("text edit");
            }
        }
        Op::AddFlow { from, to, two_way } => {
            if let (Some(a), Some(b)) = (nth(&steps, from), nth(&steps, to)) {
                let r = bp.add_flow(Flow { two_way, ..Flow::new(a, b) });
                assert_eq!(r.is_err(), a == b, "only a self-loop is refused");
            }
        }
        Op::ReverseFlow { flow } => {
            if let Some(f) = nth(&flows, flow) {
                bp.reverse_flow(f).expect("reverse");
            }
        }
        Op::RemoveFlow { flow } => {
            if let Some(f) = nth(&flows, flow) {
                bp.remove_flow(f).expect("remove");
            }
        }
        Op::Annotate { kind, on_flow, target, votes } => {
            let target =
                if on_flow { nth(&flows, target).map(Target::Flow) } else { nth(&steps, target).map(Target::Step) };
            if let Some(t) = target {
                let mut a = Annotation::new(AnnotationKind::ALL[kind], t, "note");
                a.votes = votes;
                bp.add_annotation(a).expect("valid annotation");
            }
        }
        Op::RemoveAnnotation { index } => {
            let ids: Vec<AnnotationId> = bp.annotations().iter().map(|a| a.id).collect();
            if let Some(id) = nth(&ids, index) {
                bp.remove_annotation(id).expect("remove");
            }
        }
        Op::InsertColumn { at } => {
            let _ = bp.insert_column(at);
        }
        Op::RemoveColumn { at } => {
            let occupied = bp.steps().any(|s| s.column == at);
            assert_eq!(bp.remove_column(at).is_err(), occupied);
        }
        Op::AddPhase { start } => {
            let _ = bp.add_phase(Phase::new("P", start));
        }
        Op::RemovePhase { index } => {
            let ids: Vec<PhaseId> = bp.phases().iter().map(|p| p.id).collect();
            if let Some(id) = nth(&ids, index) {
                bp.remove_phase(id).expect("remove");
            }
        }
        Op::AddLane { at } => {
            let at = at.min(bp.lanes().len());
            bp.insert_lane(at, Lane::new(LaneKind::Custom, "Extra")).expect("insert");
        }
        Op::RemoveLane { index } => {
            if let Some(l) = nth(&lanes, index) {
                let holds = bp.steps().any(|s| s.lane == l);
                assert_eq!(bp.remove_lane(l).is_err(), holds);
            }
        }
        Op::MoveLane { index, to } => {
            if let Some(l) = nth(&lanes, index) {
                let to = to % lanes.len();
                bp.move_lane(l, to).expect("move");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_operations_keep_the_rules_and_round_trip(ops in prop::collection::vec(op(), 1..60)) {
        let mut bp = standard("Eigenschappen", Lang::Nl);
        for op in &ops {
            apply(&mut bp, op);
            if let Err(e) = bp.check_invariants() {
                return Err(TestCaseError::fail(format!("after {op:?}: {e}")));
            }
            let text = io::to_string(&bp);
            let again = io::from_str(&text).map_err(|e| TestCaseError::fail(format!("after {op:?}: {e}")))?;
            prop_assert_eq!(&again, &bp, "round trip after {:?}", op);
            prop_assert_eq!(io::to_string(&again), text);
        }
    }
}
