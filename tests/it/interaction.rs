//! The interaction blueprint (questions, messages and their checks), actors, and the diff of two
//! versions, on small blueprints built by hand.

use crate::common::{assert_problem, sample};
use serde_json::json;
use sightline::analysis::diff::diff;
use sightline::analysis::interaction::interaction;
use sightline::edit::{Edit, apply};
use sightline::io;
use sightline::model::*;
use sightline::templates::{Lang, standard};

/// A standard blueprint with a customer step in each of `columns` columns.
fn customer_steps(columns: u32) -> (Blueprint, Vec<StepId>) {
    let mut bp = standard("T", Lang::En);
    let lane = bp.lanes().iter().find(|l| l.kind == LaneKind::Customer).expect("customer lane").id;
    let ids = (0..columns)
        .map(|c| {
            let s = Step::new(lane, c, format!("step {c}"));
            let id = s.id;
            bp.add_step(s).expect("step");
            id
        })
        .collect();
    (bp, ids)
}

fn note(bp: &mut Blueprint, on: StepId, kind: AnnotationKind, text: &str, answers: &[AnnotationId]) -> AnnotationId {
    let mut a = Annotation::new(kind, Target::Step(on), text);
    a.answers = answers.to_vec();
    a.channel = Some("letter".into());
    let id = a.id;
    bp.add_annotation(a).expect("annotation");
    id
}

#[test]
fn questions_answered_in_time_late_or_never() {
    let (mut bp, s) = customer_steps(4);
    let in_time = note(&mut bp, s[1], AnnotationKind::Question, "Is my request complete?", &[]);
    let late = note(&mut bp, s[0], AnnotationKind::Question, "How long will it take?", &[]);
    let never = note(&mut bp, s[2], AnnotationKind::Question, "Who is my contact?", &[]);
    note(&mut bp, s[1], AnnotationKind::Message, "Confirmation: complete", &[in_time]);
    note(&mut bp, s[3], AnnotationKind::Message, "Decision within 8 weeks", &[late]);
    let push = note(&mut bp, s[3], AnnotationKind::Message, "Newsletter", &[]);
    let i = interaction(&bp, 3);
    let ids: Vec<AnnotationId> = i.unanswered_questions.iter().map(|u| u.id).collect();
    assert_eq!(ids, [late, never], "sorted by column; the one answered in its own column is fine");
    assert_eq!(i.unanswered_questions[0].answered_at, Some(3), "answered late, in column 3");
    assert_eq!(i.unanswered_questions[1].answered_at, None);
    assert_eq!(i.unprompted_messages.iter().map(|u| u.id).collect::<Vec<_>>(), [push]);
    assert!(i.overloaded_columns.is_empty());
    // An answer to something that is not a question does not count (and is not saved).
    bp.update_annotation(in_time, |a| a.kind = AnnotationKind::Idea).expect("kind");
    let i = interaction(&bp, 3);
    assert_eq!(i.unprompted_messages.len(), 2, "the confirmation now answers nothing");
    let back = io::from_str(&io::to_string(&bp)).expect("reload");
    assert!(back.annotations().iter().all(|a| a.answers.iter().all(|q| back.annotation(*q).is_some())));
}

#[test]
fn more_messages_than_the_limit_in_one_column_is_overload() {
    let (mut bp, s) = customer_steps(2);
    let q = note(&mut bp, s[0], AnnotationKind::Question, "What now?", &[]);
    for i in 0..4 {
        note(&mut bp, s[0], AnnotationKind::Message, &format!("message {i}"), &[q]);
    }
    note(&mut bp, s[1], AnnotationKind::Message, "one more", &[q]);
    let i = interaction(&bp, 3);
    assert_eq!(i.overloaded_columns.len(), 1);
    assert_eq!((i.overloaded_columns[0].column, i.overloaded_columns[0].messages), (0, 4));
    assert!(interaction(&bp, 4).overloaded_columns.is_empty(), "the limit is a setting");
    let mix = &i.interaction_channel_mix;
    assert_eq!(mix.len(), 1);
    assert_eq!(mix[0].messages.get("letter"), Some(&5));
    assert_eq!(mix[0].questions.get("letter"), Some(&1));
}

#[test]
fn the_report_json_has_the_interaction_keys() {
    let (mut bp, s) = customer_steps(1);
    note(&mut bp, s[0], AnnotationKind::Question, "Q", &[]);
    let v = serde_json::to_value(sightline::analysis::report::report(&bp)).expect("json");
    for key in ["unanswered_questions", "overloaded_columns", "unprompted_messages"] {
        assert!(v.get(key).is_some_and(serde_json::Value::is_array), "{key}");
    }
    assert_eq!(v["unanswered_questions"][0]["text"], "Q");
}

#[test]
fn answers_must_name_questions_and_only_messages_answer() {
    let mut v = sample();
    let step = v["steps"][0]["id"].clone();
    v["annotations"] = json!([
        {"id": "11111111-1111-4111-8111-111111111111", "kind": "idea", "on": step, "text": "idea"},
        {"id": "22222222-2222-4222-8222-222222222222", "kind": "message", "on": step, "text": "m",
         "answers": ["11111111-1111-4111-8111-111111111111"]},
        {"id": "33333333-3333-4333-8333-333333333333", "kind": "message", "on": step, "text": "m2",
         "answers": ["44444444-4444-4444-8444-444444444444"]},
        {"id": "55555555-5555-4555-8555-555555555555", "kind": "question", "on": step, "text": "q",
         "answers": ["11111111-1111-4111-8111-111111111111"]}
    ]);
    assert_problem(&v, "annotations[1].answers[0]", "has \"kind\": \"idea\"");
    assert_problem(&v, "annotations[2].answers[0]", "there is no question with id");
    assert_problem(&v, "annotations[3].answers", "only a message answers questions");
}

#[test]
fn actors_round_trip_with_positions_and_bad_references_are_named() {
    let (mut bp, s) = customer_steps(2);
    let mut file = Actor::new("Het zaakdossier", ActorKind::Information);
    file.position = Some((120.5, -40.0));
    let clerk = Actor::new("Vergunningverlener", ActorKind::Person);
    let (fid, cid) = (file.id, clerk.id);
    bp.insert_actor(0, file).expect("actor");
    bp.insert_actor(1, clerk).expect("actor");
    bp.update_step(s[0], |st| st.actors = vec![fid, cid]).expect("actors");
    assert!(bp.update_step(s[1], |st| st.actors = vec![fid, fid]).is_err(), "an actor once per step");
    let text = io::to_string(&bp);
    let back = io::from_str(&text).expect("reload");
    assert_eq!(back, bp);
    assert_eq!(back.actor(fid).and_then(|a| a.position), Some((120.5, -40.0)));
    assert_eq!(io::to_string(&back), text, "saving is deterministic");

    // Removing an actor takes it out of its steps; undo puts it back in the same place.
    let inverse = apply(&mut bp, Edit::RemoveActor(fid)).expect("remove");
    assert_eq!(bp.step(s[0]).map(|st| st.actors.clone()), Some(vec![cid]));
    bp.check_invariants().expect("rules");
    apply(&mut bp, inverse).expect("undo");
    assert_eq!(bp.step(s[0]).map(|st| st.actors.clone()), Some(vec![fid, cid]));
    assert_eq!(bp, back);

    let mut v = sample();
    v["actors"] = json!([{"id": "66666666-6666-4666-8666-666666666666", "name": "Balie", "kind": "robot",
                          "position": {"x": 1, "y": "up"}}]);
    v["steps"][0]["actors"] = json!(["77777777-7777-4777-8777-777777777777"]);
    assert_problem(&v, "actors[0].kind", "robot");
    v["actors"][0]["kind"] = json!("team");
    assert_problem(&v, "actors[0].position.y", "must be a number");
    v["actors"][0]["position"] = json!({"x": 1, "y": 2});
    assert_problem(&v, "steps[0].actors[0]", "there is no actor with id");
}

/// Two versions of a small service: the same lanes, steps by title.
fn version(steps: &[(usize, u32, &str)]) -> Blueprint {
    let mut bp = standard("T", Lang::En);
    for &(lane, column, title) in steps {
        bp.add_step(Step::new(bp.lanes()[lane].id, column, title)).expect("step");
    }
    bp
}

#[test]
fn diff_finds_added_removed_moved_and_retitled_steps() {
    let a = version(&[(1, 0, "Applies online"), (2, 1, "Calls the contact centre"), (3, 2, "Checks the file")]);
    // To-be: the phone call (a contact moment) is gone, the check moved one column left and
    // was renamed by id, and a new confirmation appears.
    let mut b = a.clone();
    let call = b.steps().find(|s| s.title == "Calls the contact centre").map(|s| s.id).expect("call");
    let check = b.steps().find(|s| s.title == "Checks the file").map(|s| s.id).expect("check");
    b.remove_step(call).expect("remove");
    b.move_step(check, b.lanes()[3].id, 1).expect("move");
    b.update_step(check, |s| s.title = "Checks the file automatically".into()).expect("retitle");
    let confirm = Step::new(b.lanes()[0].id, 2, "Confirmation e-mail");
    let confirm_id = confirm.id;
    b.add_step(confirm).expect("add");
    let q = Annotation::new(AnnotationKind::Question, Target::Step(check), "When?");
    let qid = q.id;
    b.add_annotation(q).expect("note");
    let d = diff(&a, &b);
    assert_eq!(d.added, [confirm_id]);
    assert_eq!(d.removed, [call]);
    assert_eq!(d.moved, [check]);
    assert_eq!(d.retitled, [check]);
    assert_eq!(d.annotations_added, [qid]);
    assert!(d.annotations_removed.is_empty());
    assert!(d.lead_time_minutes.is_none(), "no minutes, no box score change");

    // Two files written separately (different ids) still match by title within a lane.
    let c = version(&[(1, 0, "Applies online"), (2, 3, "Calls  the contact centre")]);
    let d = diff(&a, &c);
    assert!(d.added.is_empty(), "{d:?}");
    assert_eq!(d.removed.len(), 1, "the check is gone");
    assert_eq!(d.moved.len(), 1, "the call moved to column 3; B's id is listed");
    assert!(c.step(d.moved[0]).is_some());
    assert!(diff(&a, &a).is_empty());
}

#[test]
fn the_diff_command_prints_json_and_words() {
    let dir = tempfile::tempdir().expect("dir");
    let a = version(&[(1, 0, "Applies online"), (2, 1, "Calls the contact centre")]);
    let mut b = version(&[(1, 0, "Applies online")]);
    let first = b.steps().next().map(|s| s.id).expect("step");
    b.update_step(first, |s| s.measures.process_minutes = Some(5.0)).expect("minutes");
    let (pa, pb) = (dir.path().join("a.blueprint.json"), dir.path().join("b.blueprint.json"));
    io::save_file(&pa, &a).expect("save");
    io::save_file(&pb, &b).expect("save");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_sightline")).args(args).output().expect("run")
    };
    let o = run(&["diff".as_ref(), pa.as_os_str(), pb.as_os_str(), "--json".as_ref()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    for key in ["added", "removed", "moved", "retitled", "annotations_added", "annotations_removed"] {
        assert!(v[key].is_array(), "{key}");
    }
    assert_eq!(v["removed"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["lead_time_minutes"]["after"], 5.0);
    for (lang, removed, lead) in [("en", "- removed ", "lead time "), ("nl", "- verwijderd ", "doorlooptijd ")] {
        let o = run(&["diff".as_ref(), pa.as_os_str(), pb.as_os_str(), "--lang".as_ref(), lang.as_ref()]);
        let text = String::from_utf8_lossy(&o.stdout);
        let line = |start: &str| text.lines().find(|l| l.trim_start().starts_with(start)).unwrap_or_default();
        assert!(line(removed).ends_with(" Calls the contact centre"), "{text}");
        assert!(line(lead).ends_with(" 0 → 5 min"), "{text}");
        // The labels are padded to one width, so the texts line up.
        assert_eq!(line(removed).find("Calls"), line(lead).find('0'), "{text}");
    }
    let o = run(&["diff".as_ref(), pa.as_os_str(), dir.path().join("missing.json").as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn the_permit_example_has_an_interaction_layer_and_actors() {
    let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let file = bp.actors().iter().find(|a| a.name == "Het zaakdossier").expect("the case file");
    assert_eq!(file.kind, ActorKind::Information);
    assert!(bp.steps_with_actor(file.id).count() > 5, "the case file takes part in many steps");
    assert!(bp.actors().iter().all(|a| a.position.is_some()), "placed in the field view");
    let i = interaction(&bp, 3);
    assert!(bp.annotations().iter().any(|a| a.kind == AnnotationKind::Message && !a.answers.is_empty()));
    assert!(
        !i.unanswered_questions.is_empty() && !i.overloaded_columns.is_empty() && !i.unprompted_messages.is_empty()
    );
}

#[test]
fn the_interaction_template_sets_it_up_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("i.blueprint.json");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_sightline")).args(args).output().expect("run")
    };
    let o = run(&[
        "new".as_ref(),
        path.as_os_str(),
        "--template".as_ref(),
        "interaction".as_ref(),
        "--lang".as_ref(),
        "nl".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let bp = io::load_file(&path).expect("valid");
    assert!(bp.actors().iter().any(|a| a.name == "Het zaakdossier"));
    let o = run(&["report".as_ref(), path.as_os_str(), "--json".as_ref(), "--max-messages".as_ref(), "0".as_ref()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["unanswered_questions"].as_array().map(Vec::len), Some(1), "one question is left open on purpose");
    assert_eq!(v["unanswered_questions"][0]["text"], "Hoe lang gaat het duren?");
    assert_eq!(
        v["overloaded_columns"].as_array().map(Vec::len),
        Some(2),
        "with a limit of 0, every column with a message"
    );
    assert_eq!(v["max_messages"], 0);
}
