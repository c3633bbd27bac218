//! The information choreography in rounds: the file (round trip, unknown fields, bad input, an
//! older file without rounds), an actor deleted from every round and back with undo, and the
//! field view (start, a new round, a token moved, stepping back and forth, undo).

use crate::common::sample;
use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::{Value, json};
use sightline::edit::{Edit, History};
use sightline::model::{ActorId, Blueprint};
use sightline::ui::app::SightlineApp;
use uuid::Uuid;

const CUSTOMER: &str = "0a6f1b7c-2d3e-4f50-8a1b-2c3d4e5f6a7b";
const FILE: &str = "1b7f2c8d-3e4f-4a51-9b2c-3d4e5f6a7b8c";
const ROUND_1: &str = "2c8a3d9e-4f50-4b62-8c3d-4e5f6a7b8c9d";
const ROUND_2: &str = "3d9b4eaf-5061-4c73-9d4e-5f6a7b8c9dae";

/// The sample with two actors and two rounds: the case file comes in in round 2.
fn with_rounds() -> Value {
    let mut v = sample();
    v["actors"] = json!([
        { "id": CUSTOMER, "name": "Klant", "kind": "person", "position": { "x": -100, "y": 0 } },
        { "id": FILE, "name": "Zaakdossier", "kind": "information" }
    ]);
    v["rounds"] = json!([
        { "id": ROUND_1, "name": "De klant belt", "note": "hoe lang moet ik wachten?",
          "places": [ { "actor": CUSTOMER, "x": -100, "y": 0, "feeling": -2, "quote": "Ik wacht al weken", "x_pose": "zittend" } ] },
        { "id": ROUND_2, "name": "Het dossier erbij", "x_facilitator": { "minutes": 12.50 },
          "places": [ { "actor": CUSTOMER, "x": -80, "y": 10, "feeling": 1 }, { "actor": FILE, "x": 40, "y": 0 } ] }
    ]);
    v
}

fn load(v: &Value) -> Blueprint {
    sightline::io::from_value(v.clone()).expect("valid")
}

#[test]
fn rounds_round_trip_with_unknown_fields_and_older_files_open_unchanged() {
    let bp = load(&with_rounds());
    assert_eq!(bp.rounds().len(), 2);
    let place = &bp.rounds()[0].places[0];
    assert_eq!((place.feeling, place.quote.as_deref()), (Some(-2), Some("Ik wacht al weken")));
    let text = sightline::io::to_string(&bp);
    assert!(text.contains("\"x_pose\": \"zittend\"") && text.contains("\"x_facilitator\""), "unknown fields kept");
    let again = sightline::io::from_str(&text).expect("reads back");
    assert!(again == bp);
    assert_eq!(sightline::io::to_string(&again), text);
    // A file without rounds: none, and nothing added on save.
    let old = load(&sample());
    assert!(old.rounds().is_empty());
    assert!(!sightline::io::to_string(&old).contains("\"rounds\""));
}

#[test]
fn bad_rounds_are_refused_with_their_place() {
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/rounds/0/places/0/actor", json!(Uuid::new_v4().to_string()), "rounds[0].places[0].actor"),
        ("/rounds/0/places/0/feeling", json!(3), "rounds[0].places[0].feeling"),
        ("/rounds/0/places/0/x", json!(2e6), "rounds[0].places[0].x"),
        ("/rounds/1/places/1/actor", json!(CUSTOMER), "rounds[1].places[1].actor"),
        ("/rounds/1/id", json!(ROUND_1), "rounds[1].id"),
    ];
    for (pointer, value, place) in cases {
        let mut v = with_rounds();
        *v.pointer_mut(pointer).expect(pointer) = value;
        let e = sightline::io::from_value(v).expect_err(place);
        assert!(e.problems.iter().any(|p| p.at.starts_with(place)), "{place}: {e}");
    }
}

#[test]
fn a_deleted_actor_leaves_every_round_and_undo_brings_it_back() {
    let mut bp = load(&with_rounds());
    let mut h = History::default();
    h.apply(&mut bp, Edit::RemoveActor(ActorId(Uuid::parse_str(CUSTOMER).expect("id"))), None).expect("delete");
    let saved: Value = serde_json::from_str(&sightline::io::to_string(&bp)).expect("json");
    assert!(saved["rounds"][0].get("places").is_none(), "gone from round 1");
    assert_eq!(saved["rounds"][1]["places"].as_array().map(Vec::len), Some(1), "and from round 2");
    h.undo(&mut bp).expect("undo");
    let saved: Value = serde_json::from_str(&sightline::io::to_string(&bp)).expect("json");
    assert_eq!(saved["rounds"][0]["places"][0]["quote"], "Ik wacht al weken", "back in every round");
    assert_eq!(saved["rounds"][1]["places"].as_array().map(Vec::len), Some(2));
    // An action may answer a round.
    let mut v = with_rounds();
    v["actions"] =
        json!([{ "id": Uuid::new_v4(), "title": "Dossier naast het KCC", "status": "open", "links": [ROUND_2] }]);
    let bp = load(&v);
    let a = &sightline::analysis::actions::summaries(&bp)[0];
    assert_eq!((a.answers[0].kind, a.answers[0].text.as_str()), ("round", "Het dossier erbij"));
}

fn app(v: &Value) -> Harness<'static, SightlineApp> {
    crate::common::window_with(v)
}

fn bp(h: &Harness<'static, SightlineApp>) -> Blueprint {
    h.state().doc.as_ref().expect("doc").blueprint().clone()
}

#[test]
fn play_in_rounds_move_a_token_step_back_and_forth_and_undo() {
    let mut v = sample();
    v["actors"] = json!([
        { "id": CUSTOMER, "name": "Klant", "kind": "person", "position": { "x": -200, "y": 0 } },
        { "id": FILE, "name": "Zaakdossier", "kind": "information", "position": { "x": 200, "y": 0 } }
    ]);
    let mut h = app(&v);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::F);
    h.run();
    h.get_by_label("Play in rounds").click();
    h.run();
    assert_eq!(bp(&h).rounds().len(), 1, "the field as it was is round 1");
    assert_eq!(bp(&h).rounds()[0].places.len(), 2);
    h.get_by_label("New round").click();
    h.run();
    assert_eq!(bp(&h).rounds().len(), 2);
    assert_eq!(h.state().editor.round, 1, "the new round is shown");
    // Drag the customer's token 150 points to the right in round 2 (the field's middle is half
    // a help line below the canvas's).
    let field = h.get_by_label("Field view").rect();
    let from = field.center() + vec2(-200.0, 18.0);
    let to = from + vec2(150.0, 0.0);
    h.drag_at(from);
    h.run();
    for k in 1..=5 {
        h.hover_at(from + (to - from) * (k as f32 / 5.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
    let customer = ActorId(Uuid::parse_str(CUSTOMER).expect("id"));
    let now = bp(&h);
    let moved = now.rounds()[1].place(customer).expect("in round 2").x;
    assert!((moved - -50.0).abs() < 2.0, "moved in round 2: {moved}");
    assert!((now.rounds()[0].place(customer).expect("in round 1").x - -200.0).abs() < 0.01, "round 1 as it was");
    // Step back and forth by key.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().editor.round, 0);
    assert!(h.query_by_label_contains("Round 1 of 2").is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().editor.round, 1);
    // Undo: the move (one step for the whole drag), then the new round, then the start.
    for expected in [2, 1, 0] {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run();
        assert_eq!(bp(&h).rounds().len(), expected);
    }
}
