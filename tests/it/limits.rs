//! What the work at the limits changed keeps its behaviour: the lookups by id follow every
//! insertion, move and removal; phases added at once land as if added one by one; a long actor
//! list is checked like a short one; the Markdown report, the channel mix and the layout's flow
//! queries give what the plain (slower) way of working them out gives. The timing itself is in
//! `examples/limits.rs`, never in a test.

use proptest::prelude::*;
use sightline::analysis::interaction::{PhaseChannels, interaction};
use sightline::layout::{Layout, Metrics, Rect};
use sightline::model::*;
use sightline::templates::{Lang, standard};
use std::collections::BTreeMap;
use std::fmt::Write;

// ----- lookups by id -----

#[derive(Debug, Clone)]
enum Op {
    InsertLane(usize),
    MoveLane(usize, usize),
    RemoveLane(usize),
    InsertActor(usize),
    RemoveActor { index: usize, restore: bool },
    AddStep { lane: usize, column: u32, actors: usize },
    RemoveStep { index: usize, restore: bool },
    AddFlow(usize, usize),
    RemoveFlow { index: usize, restore: bool },
    InsertAnnotation { at: usize, target: usize, on_flow: bool },
    RemoveAnnotation { index: usize, restore: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        1 => (0..10usize).prop_map(Op::InsertLane),
        1 => (0..10usize, 0..10usize).prop_map(|(i, to)| Op::MoveLane(i, to)),
        1 => (0..10usize).prop_map(Op::RemoveLane),
        1 => (0..10usize).prop_map(Op::InsertActor),
        1 => (0..10usize, any::<bool>()).prop_map(|(index, restore)| Op::RemoveActor { index, restore }),
        3 => (0..10usize, 0..6u32, 0..4usize).prop_map(|(lane, column, actors)| Op::AddStep { lane, column, actors }),
        1 => (0..30usize, any::<bool>()).prop_map(|(index, restore)| Op::RemoveStep { index, restore }),
        2 => (0..30usize, 0..30usize).prop_map(|(a, b)| Op::AddFlow(a, b)),
        1 => (0..30usize, any::<bool>()).prop_map(|(index, restore)| Op::RemoveFlow { index, restore }),
        3 => (0..30usize, 0..30usize, any::<bool>())
            .prop_map(|(at, target, on_flow)| Op::InsertAnnotation { at, target, on_flow }),
        1 => (0..30usize, any::<bool>()).prop_map(|(index, restore)| Op::RemoveAnnotation { index, restore }),
    ]
}

fn nth<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

fn apply(bp: &mut Blueprint, op: &Op) {
    let lanes: Vec<LaneId> = bp.lanes().iter().map(|l| l.id).collect();
    let actors: Vec<ActorId> = bp.actors().iter().map(|a| a.id).collect();
    let steps: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let flows: Vec<FlowId> = bp.flows_in_order().iter().map(|f| f.id).collect();
    let notes: Vec<AnnotationId> = bp.annotations().iter().map(|a| a.id).collect();
    match *op {
        Op::InsertLane(at) => bp.insert_lane(at.min(lanes.len()), Lane::new(LaneKind::Custom, "L")).expect("insert"),
        Op::MoveLane(i, to) => {
            if let Some(l) = nth(&lanes, i) {
                bp.move_lane(l, to % lanes.len()).expect("move");
            }
        }
        Op::RemoveLane(i) => {
            if let Some(l) = nth(&lanes, i) {
                let _ = bp.remove_lane(l);
            }
        }
        Op::InsertActor(at) => {
            bp.insert_actor(at.min(actors.len()), Actor::new("A", ActorKind::Person)).expect("insert");
        }
        Op::RemoveActor { index, restore } => {
            if let Some(a) = nth(&actors, index) {
                let before = bp.clone();
                let removed = bp.remove_actor(a).expect("remove");
                if restore {
                    bp.restore_actor(removed).expect("restore");
                    assert_eq!(*bp, before);
                }
            }
        }
        Op::AddStep { lane, column, actors: n } => {
            if let Some(l) = nth(&lanes, lane) {
                let mut s = Step::new(l, column, "S");
                s.actors = actors.iter().copied().take(n).collect();
                let _ = bp.add_step(s);
            }
        }
        Op::RemoveStep { index, restore } => {
            if let Some(s) = nth(&steps, index) {
                let before = bp.clone();
                let removed = bp.remove_step(s).expect("remove");
                if restore {
                    bp.restore_step(removed).expect("restore");
                    assert_eq!(*bp, before);
                }
            }
        }
        Op::AddFlow(a, b) => {
            if let (Some(a), Some(b)) = (nth(&steps, a), nth(&steps, b))
                && a != b
            {
                bp.add_flow(Flow::new(a, b)).expect("flow");
            }
        }
        Op::RemoveFlow { index, restore } => {
            if let Some(f) = nth(&flows, index) {
                let before = bp.clone();
                let removed = bp.remove_flow(f).expect("remove");
                if restore {
                    bp.restore_flow(removed).expect("restore");
                    assert_eq!(*bp, before);
                }
            }
        }
        Op::InsertAnnotation { at, target, on_flow } => {
            let on =
                if on_flow { nth(&flows, target).map(Target::Flow) } else { nth(&steps, target).map(Target::Step) };
            if let Some(on) = on {
                let a = Annotation::new(AnnotationKind::ALL[target % 5], on, "n");
                bp.insert_annotation(at.min(notes.len()), a).expect("insert");
            }
        }
        Op::RemoveAnnotation { index, restore } => {
            if let Some(id) = nth(&notes, index) {
                let (at, a) = bp.remove_annotation(id).expect("remove");
                if restore {
                    bp.insert_annotation(at, a).expect("put back");
                }
            }
        }
    }
}

/// Every lookup by id gives what a search of the list gives.
fn lookups_agree(bp: &Blueprint) {
    for (i, l) in bp.lanes().iter().enumerate() {
        assert_eq!(bp.lane_index(l.id), Some(i));
        assert_eq!(bp.lane(l.id), Some(l));
    }
    for a in bp.actors() {
        assert_eq!(bp.actor(a.id), Some(a));
    }
    for a in bp.annotations() {
        assert_eq!(bp.annotation(a.id), Some(a));
    }
    let targets = bp.steps().map(|s| Target::Step(s.id)).chain(bp.flows().map(|f| Target::Flow(f.id)));
    for on in targets {
        let want: Vec<&Annotation> = bp.annotations().iter().filter(|a| a.on == on).collect();
        assert_eq!(bp.annotation_count_on(on), want.len());
        assert_eq!(bp.annotations_on(on).collect::<Vec<_>>(), want);
    }
    assert!(bp.lane(LaneId::random()).is_none() && bp.actor(ActorId::random()).is_none());
    assert!(bp.annotation(AnnotationId::random()).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn lookups_by_id_follow_every_insertion_move_and_removal(ops in prop::collection::vec(op(), 1..80)) {
        let mut bp = standard("Index", Lang::En);
        for op in &ops {
            apply(&mut bp, op);
            if let Err(e) = bp.check_invariants() {
                panic!("after {op:?}: {e}");
            }
            lookups_agree(&bp);
        }
    }
}

// ----- phases at once -----

#[test]
fn phases_added_at_once_land_as_if_added_one_by_one() {
    let phases: Vec<Phase> = (0..50).map(|i| Phase::new(format!("P{i}"), (i * 7) % 101)).collect();
    let mut one_by_one = standard("Phases", Lang::En);
    let mut at_once = one_by_one.clone();
    for p in phases.iter().cloned() {
        one_by_one.add_phase(p).expect("a free start");
    }
    at_once.add_phases(phases.into_iter().rev().collect()).expect("free starts");
    assert_eq!(at_once, one_by_one);
    at_once.check_invariants().expect("valid");
    assert!(at_once.phase_starting_at(14).is_some_and(|p| p.name == "P2"));
    assert!(at_once.phase_starting_at(100).is_none(), "7 i mod 101 is 100 only for i = 72");
}

#[test]
fn phases_added_at_once_are_all_refused_when_one_is() {
    let mut bp = standard("Phases", Lang::En);
    let taken = Phase::new("Taken", 4);
    bp.add_phase(taken.clone()).expect("free");
    let before = bp.clone();
    let fresh = |start| Phase::new("New", start);
    let same_id = Phase { start: 9, ..taken.clone() };
    for (batch, error) in [
        (vec![fresh(1), fresh(4)], ModelError::PhaseStartTaken(4)),
        (vec![fresh(1), fresh(2), fresh(2)], ModelError::PhaseStartTaken(2)),
        (vec![fresh(1), fresh(MAX_COLUMN + 1)], ModelError::ColumnTooLarge(u64::from(MAX_COLUMN) + 1)),
        (vec![fresh(1), same_id], ModelError::DuplicateId(taken.id.0)),
    ] {
        let ids: Vec<PhaseId> = batch.iter().map(|p| p.id).collect();
        assert_eq!(bp.add_phases(batch), Err(error));
        assert_eq!(bp, before, "nothing changed");
        bp.check_invariants().expect("still valid");
        assert!(ids.iter().filter(|id| **id != taken.id).all(|id| !bp.uses_id(id.0)), "no id kept");
    }
}

// ----- actor lists -----

#[test]
fn a_long_actor_list_is_checked_like_a_short_one() {
    for n in [3usize, 40] {
        let mut bp = standard("Actors", Lang::En);
        let lane = bp.lanes()[1].id;
        let actors: Vec<ActorId> = (0..n)
            .map(|i| {
                let a = Actor::new(format!("A{i}"), ActorKind::Team);
                let id = a.id;
                bp.insert_actor(i, a).expect("actor");
                id
            })
            .collect();
        let step = |list: Vec<ActorId>| Step { actors: list, ..Step::new(lane, 0, "S") };
        let mut twice = actors.clone();
        twice.push(actors[1]);
        assert_eq!(bp.add_step(step(twice)), Err(ModelError::DuplicateActor(actors[1])), "{n} actors");
        let stranger = ActorId::random();
        let mut unknown_first = actors.clone();
        unknown_first.insert(n - 1, stranger);
        unknown_first.push(actors[0]);
        assert_eq!(bp.add_step(step(unknown_first)), Err(ModelError::UnknownActor(stranger)), "{n} actors");
        let mut repeat_first = actors.clone();
        repeat_first.insert(2, actors[0]);
        repeat_first.push(stranger);
        assert_eq!(bp.add_step(step(repeat_first)), Err(ModelError::DuplicateActor(actors[0])), "{n} actors");
        bp.add_step(step(actors.clone())).expect("each actor once");
        bp.check_invariants().expect("valid");
    }
}

// ----- reports and layout against the plain way -----

/// A generated blueprint with what the plain ways must agree on: no phase at the start (steps
/// before the first phase), phase names that repeat, lanes out of their usual order, questions
/// and messages with channels, messages that answer questions.
fn varied(steps: usize, seed: u64) -> Blueprint {
    let mut bp = sightline::generate::generate(steps, seed);
    let first = bp.phases()[0].id;
    bp.remove_phase(first).expect("a phase");
    let support = bp.lanes()[4].id;
    bp.move_lane(support, 1).expect("move");
    let steps: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let channels = ["phone", "letter", " ", "website"];
    let mut questions = Vec::new();
    for (i, &s) in steps.iter().enumerate().step_by(3) {
        let kind = if i % 2 == 0 { AnnotationKind::Question } else { AnnotationKind::Message };
        let mut a = Annotation::new(kind, Target::Step(s), format!("n{i}"));
        a.channel = (i % 5 != 0).then(|| channels[i % 4].to_owned());
        if kind == AnnotationKind::Message {
            a.answers = questions.iter().rev().take(2).copied().collect();
        } else {
            questions.push(a.id);
        }
        bp.add_annotation(a).expect("valid");
    }
    bp
}

/// The phase sections of the Markdown report, worked out the plain way: every step and every
/// lane visited again for each phase, every annotation for each step.
fn plain_sections(bp: &Blueprint) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", bp.title);
    if let Some(d) = &bp.description {
        let _ = writeln!(out, "{d}\n");
    }
    let end = bp.column_count();
    let mut ranges: Vec<(String, std::ops::Range<u32>)> = Vec::new();
    if bp.phases().first().is_none_or(|p| p.start > 0) {
        ranges.push(("(before the first phase)".to_owned(), 0..bp.phases().first().map_or(end, |p| p.start)));
    }
    ranges.extend((0..bp.phases().len()).map(|i| (bp.phases()[i].name.clone(), bp.phase_span(i, end))));
    for (name, range) in ranges {
        let steps: Vec<&Step> = bp.steps_in_order().into_iter().filter(|s| range.contains(&s.column)).collect();
        if steps.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {name}\n");
        for lane in bp.lanes() {
            let here: Vec<&&Step> = steps.iter().filter(|s| s.lane == lane.id).collect();
            if here.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{}**\n", lane.name);
            for s in here {
                let plural = |n: u32| if n == 1 { "1 vote".to_owned() } else { format!("{n} votes") };
                let votes = if s.votes > 0 { format!(" ({})", plural(s.votes)) } else { String::new() };
                let _ = writeln!(out, "- {}{votes}", s.title);
                for a in bp.annotations().iter().filter(|a| a.on == Target::Step(s.id)) {
                    let detail = match (a.severity, a.perspective) {
                        (Some(sev), _) => format!(" (severity {sev})"),
                        (_, Some(p)) => format!(" ({})", p.as_str()),
                        _ => String::new(),
                    };
                    let votes = if a.votes > 0 { format!(", {}", plural(a.votes)) } else { String::new() };
                    let kind = sightline::i18n::tr_in(Lang::En, &format!("kind-{}", a.kind.as_str().replace('_', "-")));
                    let _ = writeln!(out, "  - {kind}{detail}{votes}: {}", a.text);
                }
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## Pain points\n");
    out
}

/// The channel mix of questions and messages, worked out the plain way.
fn plain_channel_mix(bp: &Blueprint) -> Vec<PhaseChannels> {
    let mut phases: Vec<PhaseChannels> = Vec::new();
    for a in bp.annotations() {
        if !matches!(a.kind, AnnotationKind::Question | AnnotationKind::Message) {
            continue;
        }
        let Some(column) = sightline::analysis::interaction::column_of(bp, a) else { continue };
        let phase = bp.phase_at(column).map_or_else(|| "(no phase)".to_owned(), |p| p.name.clone());
        let channel = a.channel.clone().filter(|c| !c.trim().is_empty()).unwrap_or_else(|| "(no channel)".to_owned());
        let i = phases.iter().position(|p| p.phase == phase).unwrap_or_else(|| {
            phases.push(PhaseChannels { phase, questions: BTreeMap::new(), messages: BTreeMap::new() });
            phases.len() - 1
        });
        let map = if a.kind == AnnotationKind::Question { &mut phases[i].questions } else { &mut phases[i].messages };
        *map.entry(channel).or_default() += 1;
    }
    let order: Vec<&str> = bp.phases().iter().map(|p| p.name.as_str()).collect();
    phases.sort_by_key(|p| order.iter().position(|n| *n == p.phase).map_or(0, |i| i + 1));
    phases
}

#[test]
fn the_markdown_report_and_the_channel_mix_agree_with_the_plain_way() {
    for (steps, seed) in [(40, 1), (300, 2), (900, 3)] {
        let bp = varied(steps, seed);
        let md = sightline::export::to_markdown(&bp);
        let plain = plain_sections(&bp);
        assert!(md.starts_with(&plain), "{steps} steps: the phase sections differ");
        assert!(plain.contains("## (before the first phase)") && plain.contains("**Ondersteunende processen**"));
        let mix = interaction(&bp, 3).interaction_channel_mix;
        assert_eq!(mix, plain_channel_mix(&bp), "{steps} steps");
        assert!(mix.len() > 1 && mix[0].phase == "(no phase)");
    }
}

fn grid_layout(cells: &[(usize, u32)], joins: &[(usize, usize)]) -> (Blueprint, Layout) {
    let mut bp = standard("Flows", Lang::En);
    bp.insert_lane(5, Lane::new(LaneKind::Custom, "Extra")).expect("lane");
    let lanes: Vec<LaneId> = bp.lanes().iter().map(|l| l.id).collect();
    let mut steps = Vec::new();
    for &(lane, column) in cells {
        let s = Step::new(lanes[lane % lanes.len()], column, "S");
        let id = s.id;
        if bp.add_step(s).is_ok() {
            steps.push(id);
        }
    }
    for &(a, b) in joins {
        if let (Some(&a), Some(&b)) = (steps.get(a % steps.len().max(1)), steps.get(b % steps.len().max(1)))
            && a != b
        {
            bp.add_flow(Flow::new(a, b)).expect("flow");
        }
    }
    let layout = Layout::compute(&bp, Metrics::default());
    (bp, layout)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn flows_in_view_and_detours_agree_with_the_plain_way(
        cells in prop::collection::vec((0..6usize, 0..40u32), 2..60),
        joins in prop::collection::vec((0..60usize, 0..60usize), 1..60),
        views in prop::collection::vec((-2.0f32..1.1, 0.0f32..1.0), 1..8),
    ) {
        let (bp, layout) = grid_layout(&cells, &joins);
        let width = layout.grid().max.x;
        for (x, w) in views {
            let view = Rect::new(x * width, -100.0, x * width + w * width, layout.grid().max.y + 100.0);
            if view.max.x < 0.0 {
                // Left of the grid nothing is looked for (a flow's arrowhead may reach a few units
                // into it).
                continue;
            }
            let got: Vec<FlowId> = layout.flows_in(view).map(|f| f.flow).collect();
            let want: Vec<FlowId> =
                layout.flows.iter().filter(|f| f.bounds.intersects(&view)).map(|f| f.flow).collect();
            prop_assert_eq!(got, want);
        }
        // A flow within one column goes around the cards between its ends, and only then.
        for f in &layout.flows {
            let (a, b) = (layout.card(f.from).expect("card"), layout.card(f.to).expect("card"));
            if a.column == b.column {
                let (lo, hi) = (a.lane.min(b.lane), a.lane.max(b.lane));
                let between = bp.steps().any(|s| {
                    s.column == a.column && bp.lane_index(s.lane).is_some_and(|l| lo < l && l < hi)
                });
                prop_assert_eq!(f.points.len() == 4, between, "{:?}", f.points);
            }
        }
    }
}

// ----- many steps at once -----

/// A generated blueprint with annotations on flows too, and a list of its steps picked by
/// `picks` (in that order, each once).
fn with_notes_on_flows(steps: usize, seed: u64, picks: &[usize]) -> (Blueprint, Vec<StepId>) {
    let mut bp = sightline::generate::generate(steps, seed);
    let flows: Vec<FlowId> = bp.flows_in_order().iter().map(|f| f.id).collect();
    for (i, &f) in flows.iter().enumerate().step_by(3) {
        bp.add_annotation(Annotation::new(AnnotationKind::Idea, Target::Flow(f), format!("f{i}"))).expect("note");
    }
    let all: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let mut ids: Vec<StepId> = Vec::new();
    for &p in picks {
        let id = all[p % all.len()];
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    (bp, ids)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 60, ..ProptestConfig::default() })]

    #[test]
    fn many_steps_at_once_go_and_come_back_as_one_by_one(
        steps in 5..120usize,
        seed in 0..1000u64,
        picks in prop::collection::vec(0..200usize, 1..40),
        fewer in 0..30usize,
    ) {
        let (original, ids) = with_notes_on_flows(steps, seed, &picks);
        let mut one_by_one = original.clone();
        let removed_one: Vec<RemovedStep> =
            ids.iter().map(|&id| one_by_one.remove_step(id).expect("a step")).collect();
        let mut at_once = original.clone();
        let removed = at_once.remove_steps(&ids).expect("steps");
        prop_assert_eq!(&removed, &removed_one);
        prop_assert_eq!(&at_once, &one_by_one);
        at_once.check_invariants().expect("valid after removal");

        // Back in reverse, as an undo does: the original again.
        let mut back: Vec<RemovedStep> = removed;
        back.reverse();
        let (mut undone, mut undone_one) = (at_once.clone(), one_by_one.clone());
        undone.restore_steps(&back).expect("restores");
        prop_assert_eq!(&undone, &original);
        for r in back.clone() {
            undone_one.restore_step(r).expect("restores");
        }
        prop_assert_eq!(&undone_one, &original);
        // After `fewer` other annotations went, the indices point past the end or elsewhere.
        let gone: Vec<AnnotationId> = at_once.annotations().iter().take(fewer).map(|a| a.id).collect();
        for id in gone {
            at_once.remove_annotation(id).expect("note");
            one_by_one.remove_annotation(id).expect("note");
        }
        for r in back.clone() {
            one_by_one.restore_step(r).expect("restores");
        }
        at_once.restore_steps(&back).expect("restores");
        prop_assert_eq!(&at_once, &one_by_one);
        at_once.check_invariants().expect("valid after restoring");
        // In the order removed, a flow may need a step that is not back yet: then both refuse,
        // and at once changes nothing.
        let forward: Vec<RemovedStep> = back.into_iter().rev().collect();
        let (mut seq, mut bulk) = (at_once.clone(), at_once.clone());
        for id in forward.iter().map(|r| r.step.id) {
            seq.remove_step(id).expect("there");
            bulk.remove_step(id).expect("there");
        }
        let before = bulk.clone();
        let seq_ok = forward.iter().cloned().try_for_each(|r| seq.restore_step(r)).is_ok();
        if bulk.restore_steps(&forward).is_ok() {
            prop_assert!(seq_ok);
            prop_assert_eq!(&bulk, &seq);
        } else {
            prop_assert!(!seq_ok);
            prop_assert_eq!(&bulk, &before);
        }
    }
}

#[test]
fn many_steps_at_once_are_refused_whole() {
    let (original, ids) = with_notes_on_flows(60, 5, &[3, 9, 27, 40]);
    let mut bp = original.clone();
    let stranger = StepId::random();
    let with_stranger = [ids[0], ids[1], stranger, ids[2]];
    assert_eq!(bp.remove_steps(&with_stranger), Err(ModelError::UnknownStep(stranger)));
    let twice = [ids[0], ids[1], ids[0]];
    assert_eq!(bp.remove_steps(&twice), Err(ModelError::UnknownStep(ids[0])));
    assert_eq!(bp, original);
    // Restoring into a blueprint where a cell is taken again: refused, nothing changes.
    let mut removed = bp.remove_steps(&ids).expect("steps");
    removed.reverse();
    let taken = &removed[2].step;
    bp.add_step(Step::new(taken.lane, taken.column, "In the way")).expect("free cell");
    let before = bp.clone();
    assert!(matches!(bp.restore_steps(&removed), Err(ModelError::CellTaken { .. })));
    assert_eq!(bp, before);
    bp.check_invariants().expect("valid");
}

#[test]
fn a_batch_of_step_deletions_undoes_and_fails_as_one_by_one() {
    use sightline::edit::{Edit, apply, batch};
    let (original, ids) = with_notes_on_flows(200, 9, &[1, 50, 2, 77, 3, 120, 4]);
    // Through the edit: the inverse restores exactly; undo of the undo removes again.
    let mut bp = original.clone();
    let undo = apply(&mut bp, batch(ids.iter().map(|&id| Edit::RemoveStep(id)).collect())).expect("removes");
    let mut one_by_one = original.clone();
    let mut inverses: Vec<Edit> =
        ids.iter().map(|&id| apply(&mut one_by_one, Edit::RemoveStep(id)).expect("removes")).collect();
    inverses.reverse();
    assert_eq!(undo, batch(inverses));
    assert_eq!(bp, one_by_one);
    let redo = apply(&mut bp, undo).expect("undoes");
    assert_eq!(bp, original);
    assert_eq!(redo, batch(ids.iter().map(|&id| Edit::RemoveStep(id)).collect()));
    // A batch that fails half-way changes nothing, and says why.
    let stranger = StepId::random();
    let mut edits: Vec<Edit> = ids.iter().map(|&id| Edit::RemoveStep(id)).collect();
    edits.insert(3, Edit::RemoveStep(stranger));
    assert_eq!(apply(&mut bp, Edit::Batch(edits)), Err(ModelError::UnknownStep(stranger)));
    assert_eq!(bp, original);
    bp.check_invariants().expect("valid");
}
