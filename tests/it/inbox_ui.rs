//! The inbox in the editor: Workshop → Invite participants opens the port; a note sent over HTTP
//! appears in the Inbox panel; accepting makes the step (or note) where it was aimed, as one undo
//! step; undo puts it back in the inbox; Stop inviting closes the port.

use crate::common::sample;
use crate::http;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::json;
use sightline::model::InboxStatus;
use sightline::ui::app::SightlineApp;
use std::net::SocketAddr;
use uuid::Uuid;

const STEP: &str = "242410e5-d3ea-55d8-ba8a-5b11fc4cd998";
const CUSTOMER: &str = "58573365-c493-5d84-8fb0-b70da73f0fac";
const PHASE_2: &str = "914abcf7-65d7-5c9f-9301-94c9bb7ed857";

fn app() -> Harness<'static, SightlineApp> {
    crate::common::window_with(&sample())
}

/// Invites through the menu; returns the server's loopback address and the page's base path.
fn invite(h: &mut Harness<'static, SightlineApp>) -> (SocketAddr, String) {
    h.get_by_label("Workshop").click();
    h.run();
    h.get_by_label_contains("Invite participants").click();
    h.run();
    let inv = h.state().invitation.as_ref().expect("inviting");
    let addr = SocketAddr::from(([127, 0, 0, 1], inv.server.local_addr().port()));
    let code = inv.server.code();
    assert!(h.query_by_label(&sightline::ui::invite::grouped(&code)).is_some(), "the join code is shown");
    (addr, format!("/j/{code}/"))
}

/// Sends a note as a participant; waits until the window has taken it in.
fn send(h: &mut Harness<'static, SightlineApp>, addr: SocketAddr, base: &str, note: &serde_json::Value) {
    let token = http::post(addr, &format!("{base}api/join"), &[], &json!({ "name": "Fatima" })).json()["participant"]
        .as_str()
        .expect("token")
        .to_owned();
    let before = h.state().doc.as_ref().map_or(0, |d| d.blueprint().inbox().len());
    let a = http::post(addr, &format!("{base}api/notes"), &[("X-Participant", &token)], note);
    assert_eq!(a.status, 201, "{}", a.text());
    for _ in 0..200 {
        h.run();
        if h.state().doc.as_ref().is_some_and(|d| d.blueprint().inbox().len() > before) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the note did not arrive");
}

#[test]
fn a_note_arrives_in_the_inbox_and_accepting_makes_the_step_one_undo_step() {
    let mut h = app();
    let (addr, base) = invite(&mut h);
    let id = Uuid::new_v4();
    let note = json!({ "id": id, "kind": "step", "text": "Bel <b>terug</b>", "lane": CUSTOMER, "phase": PHASE_2 });
    send(&mut h, addr, &base, &note);
    // Hide the invitation; the inbox is open beside the canvas.
    h.get_by_label("Hide this window").click();
    h.run();
    assert!(h.query_by_label("Proposed step").is_some(), "the entry shows its kind");
    assert!(h.query_by_label_contains("Fatima").is_some(), "and who sent it");
    assert!(h.query_by_label("Inbox (1)").is_some(), "the toolbar counts it");
    let doc = h.state().doc.as_ref().expect("doc");
    assert!(!doc.blueprint().steps().any(|s| s.title.contains("terug")), "nothing reaches the blueprint by itself");

    h.get_by_label("Accept").click();
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    let step = bp.steps().find(|s| s.title == "Bel <b>terug</b>").expect("the step, its text as sent");
    assert_eq!((step.lane.0.to_string(), step.column), (CUSTOMER.to_owned(), 2), "where the participant put it");
    assert_eq!(bp.inbox()[0].status, InboxStatus::Accepted);
    assert!(h.query_by_label("Inbox (0)").is_some());

    // One undo: the step goes, the note waits again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    assert!(!bp.steps().any(|s| s.title.contains("terug")));
    assert_eq!(bp.inbox()[0].status, InboxStatus::Waiting);
    assert!(h.query_by_label("Inbox (1)").is_some());

    // The participant sees where it stands.
    let token = http::post(addr, &format!("{base}api/join"), &[], &json!({})).json()["participant"]
        .as_str()
        .expect("token")
        .to_owned();
    let status = http::get(addr, &format!("{base}api/status?ids={id}"), &[("X-Participant", &token)]).json();
    assert_eq!(status["statuses"][id.to_string()], "waiting");

    // Stop inviting: the port closes.
    h.get_by_label("Workshop").click();
    h.run();
    h.get_by_label_contains("Invite participants").click();
    h.run();
    h.get_by_label("Stop inviting").click();
    h.run();
    assert!(h.state().invitation.is_none());
    assert!(std::net::TcpStream::connect(addr).is_err(), "nothing listens after Stop inviting");
}

#[test]
fn a_note_edited_then_accepted_and_one_dismissed() {
    let mut h = app();
    let (addr, base) = invite(&mut h);
    send(
        &mut h,
        addr,
        &base,
        &json!({ "id": Uuid::new_v4(), "kind": "pain_point", "text": "Lang wachten", "on": STEP, "severity": 3 }),
    );
    send(&mut h, addr, &base, &json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "Spam", "on": STEP }));
    h.get_by_label("Hide this window").click();
    h.run();
    // Change the pain point's text, then accept it.
    let field = h.get_all_by_role(egui::accesskit::Role::MultilineTextInput).next().expect("the first note's text");
    field.click();
    h.run();
    h.get_all_by_role(egui::accesskit::Role::MultilineTextInput).next().expect("text").type_text(" bij de balie");
    h.run();
    h.get_all_by_label("Accept").next().expect("accept").click();
    h.run();
    h.get_by_label("Dismiss").click();
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    let pain = bp.annotations().iter().find(|a| a.text.starts_with("Lang wachten")).expect("the pain point");
    assert_eq!(pain.text, "Lang wachten bij de balie");
    assert_eq!(pain.severity, Some(3), "the severity the participant chose");
    assert_eq!(bp.inbox()[1].status, InboxStatus::Dismissed);
    assert!(!bp.annotations().iter().any(|a| a.text == "Spam"));
    // Closing the document closes the port too.
    h.state_mut()
        .set_document(sightline::document::Document::new(sightline::io::from_value(sample()).expect("sample"), None));
    h.run();
    assert!(std::net::TcpStream::connect(addr).is_err(), "a new document: the invitation ended");
}
