//! The properties the fuzz targets check (`fuzz/`), in the library so that `cargo test` replays
//! the fuzz corpora on stable without the fuzzer:
//!
//! - [`load`]: any bytes either load or are refused, never panic; what loads keeps the model's
//!   rules, and saves and loads again to an equal blueprint and the same bytes.
//! - [`edits`]: from a starting blueprint, any sequence of edits (chosen by [`Op`]s) through the
//!   history never panics, keeps the rules after every edit, changes nothing when refused; undoing
//!   everything gives the original back exactly and redoing everything the final document.
//!
//! A broken property panics, which the fuzzer reports as a crash.

use crate::edit::{Edit, History, MergeKey};
use crate::model::{
    Actor, ActorKind, Annotation, AnnotationKind, Blueprint, Flow, Lane, LaneKind, Phase, Step, Target,
};
use arbitrary::{Arbitrary, Unstructured};

/// The saved form of a blueprint read back: answers that name no question are not saved
/// (see `Annotation::answers`), so they are dropped before comparing.
fn as_saved(bp: &Blueprint) -> Blueprint {
    let mut out = bp.clone();
    let ids: Vec<_> = out.annotations().iter().map(|a| a.id).collect();
    for id in ids {
        let _ = out.update_annotation(id, |a| {
            a.answers.retain(|q| bp.annotation(*q).is_some_and(|q| q.kind == AnnotationKind::Question));
        });
    }
    // A round's places are of actors that are there; an action's links and owner name what is
    // there (the rest is not saved).
    for r in bp.rounds() {
        let mut kept = r.clone();
        kept.places = bp.live_places(r).cloned().collect();
        let _ = out.update_round(kept);
    }
    for a in bp.actions() {
        let mut kept = a.clone();
        kept.links = bp.live_links(a).collect();
        kept.owner = a.owner.filter(|o| bp.actor(*o).is_some());
        let _ = out.update_action(kept);
    }
    out
}

/// Loads, checks, saves and reloads.
///
/// # Panics
/// When a property breaks: that is the finding.
pub fn load(data: &[u8]) {
    let Ok(bp) = crate::io::from_bytes(data) else { return };
    if let Err(e) = bp.check_invariants() {
        panic!("a loaded blueprint breaks a rule: {e}");
    }
    if let Some(key) = duplicate_key(data) {
        panic!("a file with the key {key:?} twice in one object loaded");
    }
    let input = String::from_utf8_lossy(data);
    for n in unknown_numbers(&bp) {
        assert!(input.contains(&n), "the unknown number {n} is not written as the file wrote it");
    }
    let text = crate::io::to_string(&bp);
    let again = match crate::io::from_str(&text) {
        Ok(b) => b,
        Err(e) => panic!("a saved blueprint does not load: {e}\n{text}"),
    };
    let saved = as_saved(&bp);
    if again != saved {
        let differ: Vec<String> = saved
            .steps()
            .filter(|s| again.step(s.id) != Some(*s))
            .map(|s| format!("{s:?}\n  became {:?}", again.step(s.id)))
            .chain(
                saved
                    .annotations()
                    .iter()
                    .filter(|a| again.annotation(a.id) != Some(*a))
                    .map(|a| format!("{a:?}\n  became {:?}", again.annotation(a.id))),
            )
            .chain(
                saved
                    .actors()
                    .iter()
                    .filter(|a| again.actor(a.id) != Some(*a))
                    .map(|a| format!("{a:?}\n  became {:?}", again.actor(a.id))),
            )
            .collect();
        panic!("save and load changed the blueprint:\n{}", differ.join("\n"));
    }
    assert_eq!(crate::io::to_string(&again), text, "saving is not deterministic");
}

/// A key that stands twice in one object of the JSON text, if any (an oracle apart from the
/// reader's own check).
fn duplicate_key(data: &[u8]) -> Option<String> {
    use serde::de::{Deserializer as _, MapAccess, SeqAccess, Visitor};
    struct Dups;
    impl<'de> Visitor<'de> for Dups {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
            let mut seen = std::collections::HashSet::new();
            let mut found = None;
            while let Some(k) = m.next_key::<String>()? {
                let inner = m.next_value_seed(DupSeed)?;
                if found.is_none() {
                    found = if seen.insert(k.clone()) { inner } else { Some(k) };
                }
            }
            Ok(found)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(inner) = s.next_element_seed(DupSeed)? {
                found = found.or(inner);
            }
            Ok(found)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    struct DupSeed;
    impl<'de> serde::de::DeserializeSeed<'de> for DupSeed {
        type Value = Option<String>;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(Dups)
        }
    }
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut de = serde_json::Deserializer::from_slice(data);
    // Numbers arrive as a private one-key map under `arbitrary_precision`: no duplicates there.
    de.deserialize_any(Dups).ok().flatten()
}

/// The text of every number in the fields the model does not know, at every level.
fn unknown_numbers(bp: &Blueprint) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Number(n) => out.push(n.to_string()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            serde_json::Value::Object(m) => m.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let extras = std::iter::once(&bp.extra)
        .chain(bp.lanes().iter().map(|l| &l.extra))
        .chain(bp.phases().iter().map(|p| &p.extra))
        .chain(bp.steps().map(|s| &s.extra))
        .chain(bp.flows().map(|f| &f.extra))
        .chain(bp.annotations().iter().map(|a| &a.extra))
        .chain(bp.actors().iter().flat_map(|a| [&a.extra, &a.position_extra]))
        .chain(bp.actions().iter().map(|a| &a.extra))
        .chain(bp.rounds().iter().flat_map(|r| std::iter::once(&r.extra).chain(r.places.iter().map(|p| &p.extra))))
        .chain(bp.inbox().iter().map(|e| &e.extra));
    for e in extras {
        for v in e.values() {
            walk(v, &mut out);
        }
    }
    out
}

/// One change, or a batch of changes applied all or nothing. (A batch holds no batches: input
/// bytes must not be able to nest without bound.)
#[derive(Arbitrary, Debug, Clone)]
pub enum Op {
    One(Change),
    Batch(Vec<Change>),
}

/// One change, by position in the document's lists (taken modulo their length), so that most
/// choices name something that exists.
#[derive(Arbitrary, Debug, Clone)]
pub enum Change {
    AddStep {
        lane: u8,
        column: u8,
        title: String,
    },
    MoveStep {
        step: u8,
        lane: u8,
        column: u8,
    },
    RemoveStep {
        step: u8,
    },
    Retitle {
        step: u8,
        title: String,
    },
    Measures {
        step: u8,
        process: Option<f64>,
        wait: Option<f64>,
        emotion: Option<i8>,
    },
    AddFlow {
        from: u8,
        to: u8,
        two_way: bool,
    },
    ReverseFlow {
        flow: u8,
    },
    RemoveFlow {
        flow: u8,
    },
    Note {
        kind: u8,
        step: u8,
        text: String,
        severity: Option<u8>,
        answers: Vec<u8>,
        channel: Option<String>,
    },
    RemoveNote {
        note: u8,
    },
    InsertColumn {
        column: u8,
    },
    RemoveColumn {
        column: u8,
    },
    AddPhase {
        start: u8,
        name: String,
    },
    RemovePhase {
        phase: u8,
    },
    MovePhase {
        phase: u8,
        start: u8,
    },
    InsertLane {
        index: u8,
        kind: u8,
    },
    RemoveLane {
        lane: u8,
    },
    MoveLane {
        lane: u8,
        to: u8,
    },
    RelaneKind {
        lane: u8,
        kind: u8,
    },
    AddActor {
        name: String,
        kind: u8,
        position: Option<(f32, f32)>,
    },
    RemoveActor {
        actor: u8,
    },
    PlaceActor {
        actor: u8,
        x: f32,
        y: f32,
    },
    Involve {
        step: u8,
        actor: u8,
    },
    Info {
        title: String,
        description: Option<String>,
    },
    Lock(bool),
    /// An action answering a step or note, owned by an actor or a name, maybe due and placed.
    AddAction {
        title: String,
        link: u8,
        owner: u8,
        name: Option<String>,
        due: Option<(u16, u8, u8)>,
        status: u8,
    },
    RemoveAction {
        action: u8,
    },
    ChangeAction {
        action: u8,
        status: u8,
        link: u8,
        matrix: Option<(f32, f32)>,
    },
    PlaceIdea {
        note: u8,
        value: f32,
        effort: f32,
    },
    /// A participant's note arriving, then accepted or dismissed.
    Arrive {
        kind: u8,
        step: u8,
        lane: u8,
        phase: u8,
        text: String,
    },
    Accept {
        entry: u8,
        lane: u8,
        column: u8,
        placed: bool,
    },
    Dismiss {
        entry: u8,
    },
    /// A new round from the last one's places; a token moved, its feeling and quote; left out.
    AddRound {
        name: String,
    },
    RemoveRound {
        round: u8,
    },
    MoveToken {
        round: u8,
        actor: u8,
        x: f32,
        y: f32,
        feeling: Option<i8>,
        quote: Option<String>,
    },
    LeaveOut {
        round: u8,
        actor: u8,
    },
}

fn nth<T: Copy>(v: &[T], i: u8) -> Option<T> {
    (!v.is_empty()).then(|| v[usize::from(i) % v.len()])
}

/// The edit an op asks for in the current document (it may still be refused). A batch's changes
/// are chosen against the document as it is before the batch.
#[must_use]
pub fn edit_for(bp: &Blueprint, op: &Op) -> Option<Edit> {
    match op {
        Op::One(c) => change_for(bp, c),
        Op::Batch(cs) => Some(Edit::Batch(cs.iter().take(8).filter_map(|c| change_for(bp, c)).collect())),
    }
}

#[allow(clippy::too_many_lines, reason = "one short arm per change")]
fn change_for(bp: &Blueprint, op: &Change) -> Option<Edit> {
    let steps: Vec<_> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let flows: Vec<_> = bp.flows_in_order().iter().map(|f| f.id).collect();
    let lanes: Vec<_> = bp.lanes().iter().map(|l| l.id).collect();
    let notes: Vec<_> = bp.annotations().iter().map(|a| a.id).collect();
    let actors: Vec<_> = bp.actors().iter().map(|a| a.id).collect();
    let phases: Vec<_> = bp.phases().iter().map(|p| p.id).collect();
    let kind = |k: u8| LaneKind::ALL[usize::from(k) % LaneKind::ALL.len()];
    let step = |i: u8| nth(&steps, i).and_then(|s| bp.step(s)).cloned();
    Some(match op.clone() {
        Change::AddStep { lane, column, title } => Edit::AddStep(Step::new(nth(&lanes, lane)?, column.into(), title)),
        Change::MoveStep { step, lane, column } => {
            Edit::MoveSteps(vec![(nth(&steps, step)?, nth(&lanes, lane)?, column.into())])
        }
        Change::RemoveStep { step } => Edit::RemoveStep(nth(&steps, step)?),
        Change::Retitle { step: s, title } => Edit::UpdateStep(Step { title, ..step(s)? }),
        Change::Measures { step: s, process, wait, emotion } => {
            let mut st = step(s)?;
            st.measures.process_minutes = process;
            st.measures.wait_minutes = wait;
            st.measures.emotion = emotion;
            Edit::UpdateStep(st)
        }
        Change::AddFlow { from, to, two_way } => {
            Edit::AddFlow(Flow { two_way, ..Flow::new(nth(&steps, from)?, nth(&steps, to)?) })
        }
        Change::ReverseFlow { flow } => Edit::ReverseFlow(nth(&flows, flow)?),
        Change::RemoveFlow { flow } => Edit::RemoveFlow(nth(&flows, flow)?),
        Change::Note { kind, step, text, severity, answers, channel } => {
            let kind = AnnotationKind::ALL[usize::from(kind) % AnnotationKind::ALL.len()];
            let mut a = Annotation::new(kind, Target::Step(nth(&steps, step)?), text);
            a.severity = severity.or(a.severity);
            a.answers = answers.into_iter().filter_map(|i| nth(&notes, i)).collect();
            a.channel = channel;
            Edit::AddAnnotation { index: None, annotation: a }
        }
        Change::RemoveNote { note } => Edit::RemoveAnnotation(nth(&notes, note)?),
        Change::InsertColumn { column } => Edit::InsertColumn(column.into()),
        Change::RemoveColumn { column } => Edit::RemoveColumn(column.into()),
        Change::AddPhase { start, name } => Edit::AddPhase(Phase::new(name, start.into())),
        Change::RemovePhase { phase } => Edit::RemovePhase(nth(&phases, phase)?),
        Change::MovePhase { phase, start } => {
            let p = bp.phase(nth(&phases, phase)?)?;
            Edit::UpdatePhase(Phase { start: start.into(), ..p.clone() })
        }
        Change::InsertLane { index, kind: k } => {
            Edit::InsertLane { index: usize::from(index).min(bp.lanes().len()), lane: Lane::new(kind(k), "lane") }
        }
        Change::RemoveLane { lane } => crate::edit::remove_lane_with_steps(bp, nth(&lanes, lane)?),
        Change::MoveLane { lane, to } => Edit::MoveLane { id: nth(&lanes, lane)?, to: to.into() },
        Change::RelaneKind { lane, kind: k } => {
            let l = bp.lane(nth(&lanes, lane)?)?;
            Edit::UpdateLane(Lane { kind: kind(k), ..l.clone() })
        }
        Change::AddActor { name, kind: k, position } => {
            let mut a = Actor::new(name, ActorKind::ALL[usize::from(k) % ActorKind::ALL.len()]);
            a.position = position;
            Edit::AddActor { index: None, actor: a }
        }
        Change::RemoveActor { actor } => Edit::RemoveActor(nth(&actors, actor)?),
        Change::PlaceActor { actor, x, y } => {
            let a = bp.actor(nth(&actors, actor)?)?;
            Edit::UpdateActor(Actor { position: Some((x, y)), ..a.clone() })
        }
        Change::Involve { step: s, actor } => {
            let mut st = step(s)?;
            st.actors.push(nth(&actors, actor)?);
            Edit::UpdateStep(st)
        }
        Change::Info { title, description } => Edit::SetInfo { title, description },
        Change::Lock(on) => Edit::SetLocked(on),
        Change::AddAction { .. }
        | Change::RemoveAction { .. }
        | Change::ChangeAction { .. }
        | Change::PlaceIdea { .. } => action_change(bp, op, &steps, &notes, &actors)?,
        Change::Arrive { .. } | Change::Accept { .. } | Change::Dismiss { .. } => {
            inbox_change(bp, op, &steps, &lanes, &phases)?
        }
        Change::AddRound { .. } | Change::RemoveRound { .. } | Change::MoveToken { .. } | Change::LeaveOut { .. } => {
            round_change(bp, op, &actors)?
        }
    })
}

/// The edits of actions and the value/effort matrix.
fn action_change(
    bp: &Blueprint,
    op: &Change,
    steps: &[crate::model::StepId],
    notes: &[crate::model::AnnotationId],
    actors: &[crate::model::ActorId],
) -> Option<Edit> {
    use crate::model::{Action, ActionStatus, Annotation, Matrix};
    let links: Vec<uuid::Uuid> = steps.iter().map(|s| s.0).chain(notes.iter().map(|n| n.0)).collect();
    let actions: Vec<uuid::Uuid> = bp.actions().iter().map(|a| a.id).collect();
    let status = |s: u8| ActionStatus::ALL[usize::from(s) % ActionStatus::ALL.len()];
    Some(match op.clone() {
        Change::AddAction { title, link, owner, name, due, status: s } => {
            let mut a = Action::new(title);
            a.links.extend(nth(&links, link));
            a.owner = if name.is_some() { None } else { nth(actors, owner) };
            a.owner_name = name;
            a.due = due.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
            a.status = status(s);
            Edit::AddAction { index: None, action: a }
        }
        Change::RemoveAction { action } => Edit::RemoveAction(nth(&actions, action)?),
        Change::ChangeAction { action, status: s, link, matrix } => {
            let mut a = bp.action(nth(&actions, action)?)?.clone();
            a.status = status(s);
            a.links.extend(nth(&links, link));
            a.matrix = matrix.map(|(value, effort)| Matrix { value, effort });
            Edit::UpdateAction(a)
        }
        Change::PlaceIdea { note, value, effort } => {
            let a = bp.annotation(nth(notes, note)?)?;
            Edit::UpdateAnnotation(Annotation { matrix: Some(Matrix { value, effort }), ..a.clone() })
        }
        _ => return None,
    })
}

/// The rounds of the choreography.
fn round_change(bp: &Blueprint, op: &Change, actors: &[crate::model::ActorId]) -> Option<Edit> {
    use crate::model::{Place, Round};
    let rounds: Vec<uuid::Uuid> = bp.rounds().iter().map(|r| r.id).collect();
    Some(match op.clone() {
        Change::AddRound { name } => {
            let mut r = Round::new(name);
            r.places = bp.rounds().last().map(|l| l.places.clone()).unwrap_or_default();
            Edit::AddRound { index: None, round: r }
        }
        Change::RemoveRound { round } => Edit::RemoveRound(nth(&rounds, round)?),
        Change::MoveToken { round, actor, x, y, feeling, quote } => {
            let mut r = bp.round(nth(&rounds, round)?)?.clone();
            let actor = nth(actors, actor)?;
            r.places.retain(|p| p.actor != actor);
            r.places.push(Place { feeling, quote, ..Place::new(actor, x, y) });
            Edit::UpdateRound(r)
        }
        Change::LeaveOut { round, actor } => {
            let mut r = bp.round(nth(&rounds, round)?)?.clone();
            let actor = nth(actors, actor)?;
            r.places.retain(|p| p.actor != actor);
            Edit::UpdateRound(r)
        }
        _ => return None,
    })
}

/// What participants send, and the facilitator's answer to it.
fn inbox_change(
    bp: &Blueprint,
    op: &Change,
    steps: &[crate::model::StepId],
    lanes: &[crate::model::LaneId],
    phases: &[crate::model::PhaseId],
) -> Option<Edit> {
    use crate::edit::inbox::{Arrival, Place, accept, arrival_edit, dismiss};
    use crate::model::{InboxEntry, InboxKind};
    let entries: Vec<uuid::Uuid> = bp.inbox().iter().map(|e| e.id).collect();
    match op.clone() {
        Change::Arrive { kind, step, lane, phase, text } => {
            let kinds =
                [InboxKind::Step, InboxKind::PainPoint, InboxKind::Idea, InboxKind::Question, InboxKind::MomentOfTruth];
            let kind = kinds[usize::from(kind) % kinds.len()];
            let mut e = InboxEntry::new(uuid::Uuid::new_v4(), kind, text);
            e.received = "2026-11-29T22:40:05Z".into();
            if kind == InboxKind::Step {
                e.lane = nth(lanes, lane);
                e.phase = nth(phases, phase);
            } else {
                e.on = nth(steps, step).map(|s| s.0);
            }
            arrival_edit(bp, Arrival::Note(e), true)
        }
        Change::Accept { entry, lane, column, placed } => {
            let place = placed.then(|| Some(Place { lane: nth(lanes, lane)?, column: column.into() })).flatten();
            accept(bp, nth(&entries, entry)?, None, place).ok()
        }
        Change::Dismiss { entry } => dismiss(bp, nth(&entries, entry)?).ok(),
        _ => None,
    }
}

/// The blueprint an edit run starts from: an example, or an empty standard blueprint (read once).
fn start(choice: u8) -> Blueprint {
    static STARTS: std::sync::OnceLock<Vec<Blueprint>> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let mut v: Vec<Blueprint> = crate::examples::ALL
            .iter()
            .map(|e| crate::io::from_str(e.text).unwrap_or_else(|e| panic!("an example does not load: {e}")))
            .collect();
        v.push(crate::templates::standard("T", crate::templates::Lang::En));
        v
    });
    starts[usize::from(choice) % starts.len()].clone()
}

/// Applies a run of edits through the history and checks the properties.
///
/// # Panics
/// When a property breaks: that is the finding.
pub fn edits(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(choice) = u8::arbitrary(&mut u) else { return };
    let Ok(ops) = Vec::<(Op, bool)>::arbitrary(&mut u) else { return };
    let mut bp = start(choice);
    let original = bp.clone();
    let mut history = History::new(10_000);
    for (i, (op, merge)) in ops.iter().take(200).enumerate() {
        let Some(edit) = edit_for(&bp, op) else { continue };
        let before = bp.clone();
        // Some edits merge with the previous one, as typing does.
        let key = merge.then(|| MergeKey(format!("k{}", i / 3)));
        if history.apply(&mut bp, edit, key).is_err() {
            assert!(bp == before, "a refused edit changed the document");
        }
        if let Err(e) = bp.check_invariants() {
            panic!("edit {i} ({op:?}) broke a rule: {e}");
        }
    }
    let last = bp.clone();
    let applied = history.undo_len();
    for _ in 0..applied {
        assert!(matches!(history.undo(&mut bp), Ok(true)), "undo failed");
        if let Err(e) = bp.check_invariants() {
            panic!("undo broke a rule: {e}");
        }
    }
    assert!(matches!(history.undo(&mut bp), Ok(false)), "more undo steps than edits");
    assert!(bp == original, "undoing everything did not give the original back");
    assert_eq!(crate::io::to_string(&bp), crate::io::to_string(&original));
    for _ in 0..applied {
        assert!(matches!(history.redo(&mut bp), Ok(true)), "redo failed");
    }
    assert!(bp == last, "redoing everything did not give the final document");
    // And the final document survives a save.
    load(crate::io::to_string(&last).as_bytes());
}
