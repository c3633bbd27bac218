//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test file uses a different part")]

use serde_json::{Value, json};
use std::path::PathBuf;

/// A small valid blueprint as JSON: five lanes, two phases, three steps, two flows, annotations.
pub fn sample() -> Value {
    json!({
        "format": "sightline-blueprint",
        "version": 1,
        "id": "c30728c9-fcf6-5cc0-8179-470b40f4e173",
        "title": "Parkeervergunning",
        "lanes": [
            {"id": "0e83cbea-5efa-59db-bf3d-4499d63dfdce", "kind": "evidence", "name": "Fysiek bewijs"},
            {"id": "58573365-c493-5d84-8fb0-b70da73f0fac", "kind": "customer", "name": "Klantacties"},
            {"id": "04484786-9fd1-5851-8a39-10ffebe31462", "kind": "frontstage", "name": "Frontstage"},
            {"id": "e7d63e6c-cd0d-510f-bac3-9f7f2aa3f509", "kind": "backstage", "name": "Backstage"},
            {"id": "9fb3308e-25d5-5874-ac2d-2def56261de9", "kind": "support", "name": "Ondersteuning"}
        ],
        "phases": [
            {"id": "ed490674-2b4a-5aab-81ed-d9e533941d3e", "name": "Aanvragen", "start": 0},
            {"id": "914abcf7-65d7-5c9f-9301-94c9bb7ed857", "name": "Besluit", "start": 2}
        ],
        "steps": [
            {"id": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "lane": "58573365-c493-5d84-8fb0-b70da73f0fac", "column": 0, "title": "Vult formulier in", "channel": "website"},
            {"id": "da32bdfe-5c92-5404-9c88-9561e1e1dc01", "lane": "9fb3308e-25d5-5874-ac2d-2def56261de9", "column": 0, "title": "Zaaksysteem maakt zaak aan"},
            {"id": "223793b4-97ad-5bb9-9593-dcac0c6ccd51", "lane": "e7d63e6c-cd0d-510f-bac3-9f7f2aa3f509", "column": 1, "title": "Behandelaar toetst"}
        ],
        "flows": [
            {"id": "e5b0e299-82db-5292-a120-0aef2ef1b1d8", "from": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "to": "da32bdfe-5c92-5404-9c88-9561e1e1dc01"},
            {"id": "f0845bd5-792e-5956-816b-b78fd242e166", "from": "da32bdfe-5c92-5404-9c88-9561e1e1dc01", "to": "223793b4-97ad-5bb9-9593-dcac0c6ccd51", "label": "zaak", "two_way": true}
        ],
        "annotations": [
            {"id": "dd7bd2ca-a82f-5df5-a5f4-bd4ba14f9e61", "kind": "pain_point", "on": "223793b4-97ad-5bb9-9593-dcac0c6ccd51", "text": "Termijn onbekend", "severity": 2},
            {"id": "7bd126cd-459b-58e5-9c6a-29c791be619f", "kind": "moment_of_truth", "on": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "text": "Lukt het?", "perspective": "customer", "votes": 3},
            {"id": "d66973fb-2307-5157-9696-4954212a458e", "kind": "idea", "on": "f0845bd5-792e-5956-816b-b78fd242e166", "text": "Status tonen"}
        ]
    })
}

/// The `*.blueprint.json` files in a folder, sorted; none when the folder is missing.
fn blueprint_files(dir: PathBuf) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".blueprint.json"))
        .collect();
    files.sort();
    files
}

/// The repository's example files.
pub fn example_files() -> Vec<PathBuf> {
    blueprint_files(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples"))
}

/// The contract's sample files, when the shared folder sits beside the repository.
pub fn contract_files(kind: &str) -> Vec<PathBuf> {
    blueprint_files(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/contract").join(kind))
}

/// The problems of loading `v`, one string each (`at: message`).
pub fn problems(v: &Value) -> Vec<String> {
    match sightline::io::from_value(v.clone()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts that loading fails with a problem at `at` whose message contains `words`.
#[track_caller]
pub fn assert_problem(v: &Value, at: &str, words: &str) {
    let got = match sightline::io::from_value(v.clone()) {
        Ok(_) => panic!("expected a problem at {at:?}, but the blueprint loaded"),
        Err(e) => e.problems,
    };
    assert!(
        got.iter().any(|p| p.at == at && p.message.contains(words)),
        "expected a problem at {at:?} containing {words:?}, got {got:#?}"
    );
}

/// The window (1600×1000, default preferences) with a blueprint given as JSON open in it.
pub fn window_with(v: &Value) -> egui_kittest::Harness<'static, sightline::ui::app::SightlineApp> {
    use sightline::ui::app::{Prefs, SightlineApp};
    let mut app = SightlineApp::new(None, Prefs::default());
    let bp = sightline::io::from_value(v.clone()).expect("a valid blueprint");
    app.set_document(sightline::document::Document::new(bp, None));
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app);
    h.run();
    h
}
