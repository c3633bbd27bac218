//! The box score and the tensions on small blueprints computed by hand.

use sightline::analysis::{box_score, tensions};
use sightline::model::*;
use sightline::templates::{Lang, standard};

/// A blueprint builder: steps by (lane index, column, title, wait, process).
struct B {
    bp: Blueprint,
}

impl B {
    fn new() -> Self {
        Self { bp: standard("T", Lang::En) }
    }

    fn step(&mut self, lane: usize, column: u32, title: &str, wait: Option<f64>, process: Option<f64>) -> StepId {
        let mut s = Step::new(self.bp.lanes()[lane].id, column, title);
        s.measures.wait_minutes = wait;
        s.measures.process_minutes = process;
        let id = s.id;
        self.bp.add_step(s).expect("step");
        id
    }

    fn flow(&mut self, a: StepId, b: StepId) -> FlowId {
        let f = Flow::new(a, b);
        let id = f.id;
        self.bp.add_flow(f).expect("flow");
        id
    }

    fn set(&mut self, id: StepId, f: impl FnOnce(&mut Measures)) {
        self.bp.update_step(id, |s| f(&mut s.measures)).expect("measures");
    }

    fn note(&mut self, on: StepId, kind: AnnotationKind, text: &str, perspective: Option<Perspective>) {
        let mut a = Annotation::new(kind, Target::Step(on), text);
        if kind == AnnotationKind::MomentOfTruth {
            a.perspective = perspective;
        }
        self.bp.add_annotation(a).expect("note");
    }
}

const CUSTOMER: usize = 1;
const BACK: usize = 3;

#[test]
fn a_straight_line_adds_up() {
    let mut b = B::new();
    let s1 = b.step(CUSTOMER, 0, "a", Some(5.0), Some(10.0));
    let s2 = b.step(BACK, 1, "b", Some(60.0), Some(20.0));
    let s3 = b.step(CUSTOMER, 2, "c", None, Some(5.0));
    b.flow(s1, s2);
    b.flow(s2, s3);
    b.set(s2, |m| m.value = Some(ValueClass::ValueAdding));
    let bs = box_score(&b.bp);
    assert!((bs.lead_time_minutes - 100.0).abs() < 1e-9);
    assert_eq!(bs.critical_path, vec![s1, s2, s3]);
    assert!((bs.process_minutes - 35.0).abs() < 1e-9);
    assert!((bs.value_added_ratio - 0.2).abs() < 1e-9, "20 value-adding minutes of 100");
    assert!(bs.rework_loops.is_empty());
}

#[test]
fn parallel_branches_count_once_the_longer_one_wins() {
    let mut b = B::new();
    let start = b.step(CUSTOMER, 0, "start", None, Some(1.0));
    let short = b.step(2, 1, "short", None, Some(10.0));
    let long = b.step(BACK, 1, "long", Some(30.0), Some(20.0));
    let end = b.step(CUSTOMER, 2, "end", None, Some(1.0));
    for (x, y) in [(start, short), (start, long), (short, end), (long, end)] {
        b.flow(x, y);
    }
    let bs = box_score(&b.bp);
    assert!((bs.lead_time_minutes - 52.0).abs() < 1e-9, "1 + 50 + 1, not a plain sum");
    assert_eq!(bs.critical_path, vec![start, long, end]);
    assert!((bs.process_minutes - 32.0).abs() < 1e-9);
}

#[test]
fn a_rework_loop_is_left_out_and_reported() {
    let mut b = B::new();
    let a = b.step(BACK, 0, "draft", None, Some(10.0));
    let c = b.step(BACK, 1, "check", None, Some(5.0));
    b.flow(a, c);
    let back = b.flow(c, a);
    let bs = box_score(&b.bp);
    assert!((bs.lead_time_minutes - 15.0).abs() < 1e-9);
    assert_eq!(bs.rework_loops.len(), 1);
    assert_eq!(bs.rework_loops[0].flow, back);
    assert_eq!((bs.rework_loops[0].from, bs.rework_loops[0].to), (c, a));
}

#[test]
fn missing_minutes_count_as_zero_and_zero_lead_time_gives_zero_ratio() {
    let mut b = B::new();
    let a = b.step(CUSTOMER, 0, "a", None, None);
    let c = b.step(BACK, 1, "b", None, Some(4.0));
    b.flow(a, c);
    assert!((box_score(&b.bp).lead_time_minutes - 4.0).abs() < 1e-9);
    let mut empty = B::new();
    let x = empty.step(CUSTOMER, 0, "x", None, None);
    empty.set(x, |m| m.value = Some(ValueClass::ValueAdding));
    let bs = box_score(&empty.bp);
    assert!(bs.lead_time_minutes.abs() < 1e-12 && bs.value_added_ratio.abs() < 1e-12);
    assert!(bs.critical_path.is_empty());
}

#[test]
fn customer_minutes_come_from_the_customer_lane() {
    let mut b = B::new();
    let a = b.step(CUSTOMER, 0, "fills in form", None, None);
    let c = b.step(BACK, 0, "checks", None, None);
    b.set(a, |m| m.customer_minutes = Some(25.0));
    b.set(c, |m| m.customer_minutes = Some(99.0));
    assert!((box_score(&b.bp).customer_minutes - 25.0).abs() < 1e-9);
}

/// A waste step in the frontstage, joined to a customer step.
fn waste_pair() -> (B, StepId, StepId) {
    let mut b = B::new();
    let customer = b.step(CUSTOMER, 0, "Calls about status", None, None);
    let waste = b.step(2, 0, "Answer status calls", None, Some(10.0));
    b.set(waste, |m| m.value = Some(ValueClass::Waste));
    b.flow(customer, waste);
    (b, waste, customer)
}

#[test]
fn no_trigger_no_tension() {
    let (b, _, _) = waste_pair();
    assert!(tensions(&b.bp).is_empty());
}

#[test]
fn each_trigger_alone_makes_a_tension() {
    type Trigger = fn(&mut B, StepId);
    let triggers: [(&str, Trigger); 5] = [
        ("moment of truth for the customer", |b, s| {
            b.note(s, AnnotationKind::MomentOfTruth, "Is my application complete?", Some(Perspective::Customer));
        }),
        ("moment of truth for the customer", |b, s| {
            b.note(s, AnnotationKind::MomentOfTruth, "Both", Some(Perspective::Both));
        }),
        ("question", |b, s| b.note(s, AnnotationKind::Question, "How long?", None)),
        ("basic expectation", |b, s| b.set(s, |m| m.kano = Some(Kano::Basic))),
        ("feels bad", |b, s| b.set(s, |m| m.emotion = Some(-1))),
    ];
    for (words, add) in triggers {
        let (mut b, waste, customer) = waste_pair();
        add(&mut b, customer);
        let t = tensions(&b.bp);
        assert_eq!(t.len(), 1, "{words}");
        assert_eq!((t[0].step, t[0].customer_step), (waste, customer));
        assert!(t[0].reason.starts_with("Removing 'Answer status calls' hits"), "{}", t[0].reason);
        assert!(t[0].reason.contains(words), "{words}: {}", t[0].reason);
    }
}

#[test]
fn the_waste_step_itself_can_carry_the_need() {
    let (mut b, waste, _) = waste_pair();
    b.set(waste, |m| m.kano = Some(Kano::Basic));
    let t = tensions(&b.bp);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].customer_step, waste);
}

#[test]
fn an_organisation_moment_or_a_mild_emotion_is_no_tension() {
    let (mut b, _, customer) = waste_pair();
    b.note(customer, AnnotationKind::MomentOfTruth, "Ours", Some(Perspective::Organisation));
    b.set(customer, |m| m.emotion = Some(0));
    assert!(tensions(&b.bp).is_empty());
}

#[test]
fn several_triggers_on_one_pair_join_in_one_reason() {
    let (mut b, _, customer) = waste_pair();
    b.note(customer, AnnotationKind::MomentOfTruth, "Is my application complete?", Some(Perspective::Customer));
    b.note(customer, AnnotationKind::Question, "When do I hear?", None);
    b.set(customer, |m| m.emotion = Some(-2));
    let t = tensions(&b.bp);
    assert_eq!(t.len(), 1, "one tension per pair");
    assert!(t[0].reason.contains(" and "), "{}", t[0].reason);
    assert!(t[0].reason.contains("Is my application complete?") && t[0].reason.contains("When do I hear?"));
}

#[test]
fn measures_are_checked_and_round_trip() {
    let (mut b, waste, customer) = waste_pair();
    let bad = b.bp.update_step(customer, |s| s.measures.emotion = Some(3));
    assert!(bad.is_err());
    assert_eq!(b.bp.step(customer).expect("step").measures.emotion, None, "a refused change changes nothing");
    b.set(waste, |m| {
        m.waste_type = Some(WasteType::Waiting);
        m.wait_minutes = Some(2.5);
        m.evidence = Some(Evidence::Assumed);
    });
    let text = sightline::io::to_string(&b.bp);
    assert!(text.contains("\"process_minutes\": 10,") && text.contains("\"wait_minutes\": 2.5"), "{text}");
    assert_eq!(sightline::io::from_str(&text).expect("loads"), b.bp);
    // A waste type without the waste class is refused when reading, with its place.
    let broken = text.replace("\"value\": \"waste\"", "\"value\": \"necessary\"");
    let err = sightline::io::from_str(&broken).expect_err("refused");
    assert!(err.to_string().contains("waste_type"), "{err}");
}

#[test]
fn the_report_json_has_the_contract_keys() {
    let (b, _, _) = waste_pair();
    let v = serde_json::to_value(sightline::analysis::report::report(&b.bp)).expect("json");
    for key in [
        "lead_time_minutes",
        "process_minutes",
        "customer_minutes",
        "value_added_ratio",
        "critical_path",
        "rework_loops",
        "tensions",
    ] {
        assert!(v.get(key).is_some(), "{key} missing: {v}");
    }
}
