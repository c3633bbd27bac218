//! The participant server on 127.0.0.1: joining, every kind of note, the same note twice, bad
//! input, limits, path tricks, and `sightline serve` saving the inbox when it is stopped.

use crate::common::sample;
use crate::http::{self, Answer};
use serde_json::{Value, json};
use sightline::edit::inbox::{self as inbox, arrival_edit};
use sightline::edit::{History, apply};
use sightline::model::{Blueprint, InboxKind, InboxStatus};
use sightline::serve::{Config, Server};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use uuid::Uuid;

const STEP: &str = "242410e5-d3ea-55d8-ba8a-5b11fc4cd998";
const CUSTOMER: &str = "58573365-c493-5d84-8fb0-b70da73f0fac";
const PHASE_2: &str = "914abcf7-65d7-5c9f-9301-94c9bb7ed857";
const NOTE: &str = "7bd126cd-459b-58e5-9c6a-29c791be619f";

/// A server on the sample blueprint and the facilitator's side of it.
struct Session {
    server: Server,
    bp: Blueprint,
    history: History,
    base: String,
    addr: SocketAddr,
}

impl Session {
    fn new(votes: u32) -> Self {
        let bp = sightline::io::from_value(sample()).expect("sample");
        let config = Config { host: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0, votes };
        let server = Server::start(&config, &bp, Arc::new(|| {})).expect("server starts");
        let addr = server.local_addr();
        let base = format!("/j/{}/", server.code());
        Self { server, bp, history: History::default(), base, addr }
    }

    fn path(&self, rest: &str) -> String {
        format!("{}{rest}", self.base)
    }

    /// Joins; returns the participant token.
    fn join(&self, name: Option<&str>) -> String {
        let body = name.map_or_else(|| json!({}), |n| json!({ "name": n }));
        let a = http::post(self.addr, &self.path("api/join"), &[], &body);
        assert_eq!(a.status, 200, "{}", a.text());
        a.json()["participant"].as_str().expect("token").to_owned()
    }

    fn note(&self, token: &str, body: &Value) -> Answer {
        http::post(self.addr, &self.path("api/notes"), &[("X-Participant", token)], body)
    }

    fn vote(&self, token: &str, on: &str) -> Answer {
        let body = json!({ "id": Uuid::new_v4(), "on": on });
        http::post(self.addr, &self.path("api/votes"), &[("X-Participant", token)], &body)
    }

    /// Takes in what arrived (notes aside from undo, votes as undo steps) and shows the result.
    fn pump(&mut self) {
        for a in self.server.arrivals() {
            let is_vote = matches!(a, inbox::Arrival::Vote { .. });
            if let Some(edit) = arrival_edit(&self.bp, a, true) {
                if is_vote {
                    self.history.apply(&mut self.bp, edit, None).expect("vote applies");
                } else {
                    self.history.apply_aside(&mut self.bp, edit).expect("note applies");
                }
            }
        }
        self.server.publish(&self.bp, self.history.state());
    }
}

fn note(kind: &str, text: &str) -> Value {
    let mut n = json!({ "id": Uuid::new_v4(), "kind": kind, "text": text });
    if kind == "step" {
        n["lane"] = json!(CUSTOMER);
        n["phase"] = json!(PHASE_2);
    } else {
        n["on"] = json!(STEP);
    }
    n
}

#[test]
fn joining_needs_the_code_and_a_wrong_code_looks_like_any_unknown_path() {
    let s = Session::new(3);
    let page = http::get(s.addr, &s.base, &[]);
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").is_some_and(|t| t.starts_with("text/html")));
    let csp = page.header("content-security-policy").expect("a content security policy");
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("nonce");
    assert!(page.text().contains(&format!("nonce=\"{nonce}\"")), "the page's script carries the nonce");
    assert!(!page.text().contains("{{NONCE}}"));
    let second = http::get(s.addr, &s.base, &[]);
    assert_ne!(second.header("content-security-policy"), Some(csp), "a fresh nonce for every answer");

    let unknown = http::get(s.addr, "/nothing/here", &[]);
    assert_eq!(unknown.status, 404);
    let code = s.server.code();
    let mut wrong = code.clone();
    wrong.replace_range(0..1, if code.starts_with('2') { "3" } else { "2" });
    for path in [
        format!("/j/{wrong}/"),
        format!("/j/{wrong}/api/blueprint"),
        "/j//api/blueprint".to_owned(),
        format!("/j/{}/", &code[..code.len() - 1]),
        format!("/j/{code}x/"),
        format!("/j/{}/", code.to_uppercase()),
    ] {
        let a = http::get(s.addr, &path, &[]);
        assert_eq!((a.status, a.body.clone()), (unknown.status, unknown.body.clone()), "{path}");
    }
    let join = http::post(s.addr, &format!("/j/{wrong}/api/join"), &[], &json!({}));
    assert_eq!((join.status, join.body), (404, unknown.body.clone()));

    // The code: at least 40 bits from letters without look-alikes.
    assert!(code.len() >= 9 && code.chars().all(|c| "23456789abcdefghjkmnpqrstuvwxyz".contains(c)), "{code}");
    let redirect = http::get(s.addr, &format!("/j/{code}"), &[]);
    assert_eq!((redirect.status, redirect.header("location")), (308, Some(s.base.as_str())));

    let anonymous = http::post(s.addr, &s.path("api/join"), &[], &json!({}));
    assert_eq!(anonymous.json()["votes_left"], 3);
    assert_eq!(anonymous.json()["name"], Value::Null);
    let empty_body = http::request(s.addr, "POST", &s.path("api/join"), &[], b"");
    assert_eq!(empty_body.status, 200, "joining needs no body: {}", empty_body.text());
    s.join(Some("Anna"));
    let names: Vec<_> = s.server.participants().into_iter().map(|p| p.name).collect();
    assert_eq!(names, [None, None, Some("Anna".to_owned())]);
}

#[test]
fn the_blueprint_shows_titles_and_places_only() {
    let s = Session::new(3);
    let token = s.join(None);
    let a = http::get(s.addr, &s.path("api/blueprint"), &[("X-Participant", &token)]);
    assert_eq!(a.status, 200);
    let v = a.json();
    assert_eq!(v["title"], "Parkeervergunning");
    assert_eq!((v["votes_left"].as_u64(), v["votes_budget"].as_u64()), (Some(3), Some(3)));
    assert_eq!(v["lanes"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        v["phases"][0],
        json!({"id": "ed490674-2b4a-5aab-81ed-d9e533941d3e", "name": "Aanvragen", "start": 0, "end": 1})
    );
    assert_eq!(v["steps"].as_array().map(Vec::len), Some(3));
    let step = &v["steps"][0];
    let keys: Vec<&str> = step.as_object().expect("object").keys().map(String::as_str).collect();
    assert_eq!(keys, ["column", "id", "lane", "title", "votes"], "no description, channel or measures");
    assert!(!a.text().contains("website"), "a step's channel is not shared");
    // Notes on steps, not on flows.
    let notes: Vec<&str> = v["notes"].as_array().expect("notes").iter().filter_map(|n| n["text"].as_str()).collect();
    assert_eq!(notes, ["Termijn onbekend", "Lukt het?"]);

    // Unchanged: 304 with the same tag.
    let tag = a.header("etag").expect("etag").to_owned();
    let again = http::get(s.addr, &s.path("api/blueprint"), &[("X-Participant", &token), ("If-None-Match", &tag)]);
    assert_eq!(again.status, 304);
}

#[test]
fn every_kind_of_note_arrives_in_the_inbox_once() {
    let mut s = Session::new(3);
    let token = s.join(Some("Bram"));
    let kinds = ["step", "pain_point", "idea", "question", "moment_of_truth"];
    let mut ids = Vec::new();
    for kind in kinds {
        let n = note(kind, &format!("{kind} from a phone"));
        let a = s.note(&token, &n);
        assert_eq!((a.status, a.json()["status"].as_str()), (201, Some("sent")), "{kind}: {}", a.text());
        // The same note again (a retry after a lost answer): stored once.
        let again = s.note(&token, &n);
        assert_eq!(again.status, 200, "{kind}");
        ids.push(n["id"].as_str().expect("id").to_owned());
    }
    s.pump();
    assert_eq!(s.bp.inbox().len(), 5);
    let got: Vec<InboxKind> = s.bp.inbox().iter().map(|e| e.kind).collect();
    assert_eq!(
        got,
        [InboxKind::Step, InboxKind::PainPoint, InboxKind::Idea, InboxKind::Question, InboxKind::MomentOfTruth]
    );
    assert!(s.bp.inbox().iter().all(|e| e.status == InboxStatus::Waiting && e.author.as_deref() == Some("Bram")));
    assert_eq!(s.bp.inbox()[1].severity, Some(2), "a pain point without a severity is medium");
    assert!(!s.history.can_undo(), "arrivals are not the facilitator's undo steps");

    // Sent once more after it reached the inbox: still once.
    let n = json!({ "id": ids[0], "kind": "step", "text": "again", "lane": CUSTOMER });
    assert_eq!(s.note(&token, &n).status, 200);
    s.pump();
    assert_eq!(s.bp.inbox().len(), 5);

    // Status: waiting, then accepted and dismissed as the facilitator decides.
    let accept = inbox::accept(&s.bp, Uuid::parse_str(&ids[0]).expect("id"), None, None).expect("accept");
    s.history.apply(&mut s.bp, accept, None).expect("accepted");
    let dismiss = inbox::dismiss(&s.bp, Uuid::parse_str(&ids[1]).expect("id")).expect("dismiss");
    s.history.apply(&mut s.bp, dismiss, None).expect("dismissed");
    s.pump();
    let unknown = Uuid::new_v4().to_string();
    let q = format!("api/status?ids={}%2C{},{},{unknown}", ids[0], ids[1], ids[2]);
    let st = http::get(s.addr, &s.path(&q), &[("X-Participant", &token)]).json();
    assert_eq!(st["statuses"][&ids[0]], "accepted");
    assert_eq!(st["statuses"][&ids[1]], "dismissed");
    assert_eq!(st["statuses"][&ids[2]], "waiting");
    assert_eq!(st["statuses"][&unknown], "unknown");
    // The accepted step sits in the phase it was aimed at, in the customer's lane.
    let made = s.bp.inbox()[0].made.expect("made");
    let step = s.bp.steps().find(|x| x.id.0 == made).expect("the new step");
    assert_eq!(
        (step.lane.0.to_string(), step.column, step.title.as_str()),
        (CUSTOMER.to_owned(), 2, "step from a phone")
    );
    s.bp.check_invariants().expect("a valid blueprint");
}

#[test]
fn bad_input_gets_a_short_error_and_changes_nothing() {
    let mut s = Session::new(3);
    let token = s.join(None);
    let t: &[(&str, &str)] = &[("X-Participant", &token)];
    let cases: Vec<(Value, u16, &str)> = vec![
        (json!({ "id": Uuid::new_v4(), "kind": "complaint", "text": "x", "on": STEP }), 400, "bad_kind"),
        (json!({ "id": Uuid::new_v4(), "kind": "vote", "text": "x", "on": STEP }), 400, "bad_kind"),
        (json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "x", "on": Uuid::new_v4() }), 400, "unknown_target"),
        (json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "x" }), 400, "unknown_target"),
        (json!({ "id": Uuid::new_v4(), "kind": "step", "text": "x", "lane": STEP }), 400, "unknown_target"),
        (
            json!({ "id": Uuid::new_v4(), "kind": "step", "text": "x", "lane": CUSTOMER, "phase": STEP }),
            400,
            "unknown_target",
        ),
        (json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "é".repeat(2001), "on": STEP }), 400, "too_long"),
        (json!({ "id": Uuid::new_v4(), "kind": "idea", "text": " \u{0007} ", "on": STEP }), 400, "empty"),
        (json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "x", "on": STEP, "severity": 2 }), 400, "bad_severity"),
        (
            json!({ "id": Uuid::new_v4(), "kind": "pain_point", "text": "x", "on": STEP, "severity": 4 }),
            400,
            "bad_severity",
        ),
        (json!({ "id": "not-a-uuid", "kind": "idea", "text": "x", "on": STEP }), 400, "bad_json"),
        (json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "x", "on": STEP, "admin": true }), 400, "bad_json"),
        (json!({ "id": STEP, "kind": "idea", "text": "x", "on": STEP }), 409, "duplicate_id"),
        (json!(["an", "array"]), 400, "bad_json"),
    ];
    for (body, status, code) in cases {
        let a = s.note(&token, &body);
        assert_eq!((a.status, a.json()["code"].as_str()), (status, Some(code)), "{body}");
        assert!(a.json()["error"].as_str().is_some_and(|e| !e.is_empty() && e.len() < 120));
    }
    // Exactly 2,000 characters is fine.
    assert_eq!(
        s.note(&token, &json!({ "id": Uuid::new_v4(), "kind": "idea", "text": "é".repeat(2000), "on": STEP })).status,
        201
    );
    let raw = |body: &[u8], ct: &str| {
        http::request(s.addr, "POST", &s.path("api/notes"), &[("Content-Type", ct), t[0]], body)
    };
    for body in [&b"{"[..], b"\xff\xfe", b"null", b"{\"id\": 1e999}"] {
        let a = raw(body, "application/json");
        assert_eq!((a.status, a.json()["code"].as_str()), (400, Some("bad_json")), "{}", String::from_utf8_lossy(body));
    }
    assert_eq!(raw(b"kind=idea", "application/x-www-form-urlencoded").status, 415, "a form post from another site");
    let huge = format!(
        "{{\"id\":\"{}\",\"kind\":\"idea\",\"on\":\"{STEP}\",\"text\":\"{}\"}}",
        Uuid::new_v4(),
        "x".repeat(20_000)
    );
    let a = raw(huge.as_bytes(), "application/json");
    assert_eq!((a.status, a.json()["code"].as_str()), (413, Some("too_large")));
    // A body larger than it says, sent in chunks without a length: cut off at 16 KB too.
    let mut chunked = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nX-Participant: {token}\r\nTransfer-Encoding: chunked\r\n\r\n",
        s.path("api/notes")
    )
    .into_bytes();
    for _ in 0..20 {
        chunked.extend_from_slice(format!("400\r\n{}\r\n", "y".repeat(1024)).as_bytes());
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(http::raw(s.addr, &chunked).status, 413);
    // No participant, or an unknown one.
    let anon = http::post(s.addr, &s.path("api/notes"), &[], &note("idea", "x"));
    assert_eq!((anon.status, anon.json()["code"].as_str()), (401, Some("participant")));
    let forged = http::post(s.addr, &s.path("api/notes"), &[("X-Participant", "0123")], &note("idea", "x"));
    assert_eq!(forged.status, 401);
    let status = http::get(s.addr, &s.path("api/status?ids=x"), t);
    assert_eq!(status.status, 400);
    let many: Vec<String> = (0..101).map(|_| Uuid::new_v4().to_string()).collect();
    assert_eq!(http::get(s.addr, &s.path(&format!("api/status?ids={}", many.join(","))), t).status, 400);
    s.pump();
    assert_eq!(s.bp.inbox().len(), 1, "only the one good note arrived");
}

#[test]
fn votes_keep_to_the_budget_and_count_as_undoable_edits() {
    let mut s = Session::new(2);
    let token = s.join(None);
    let first = s.vote(&token, STEP);
    assert_eq!((first.status, first.json()["votes_left"].as_u64()), (201, Some(1)));
    assert_eq!(s.vote(&token, NOTE).json()["votes_left"], 1 - 1);
    let over = s.vote(&token, STEP);
    assert_eq!((over.status, over.json()["code"].as_str()), (409, Some("budget")));
    let bad = s.vote(&token, &Uuid::new_v4().to_string());
    assert_eq!((bad.status, bad.json()["code"].as_str()), (400, Some("unknown_target")));
    // The same vote sent twice counts once.
    let other = s.join(None);
    let id = Uuid::new_v4();
    for _ in 0..2 {
        let a =
            http::post(s.addr, &s.path("api/votes"), &[("X-Participant", &other)], &json!({ "id": id, "on": STEP }));
        assert_eq!(a.json()["votes_left"], 1);
    }
    s.pump();
    let votes = |bp: &Blueprint| bp.steps().find(|x| x.id.0.to_string() == STEP).map(|x| x.votes);
    assert_eq!(votes(&s.bp), Some(2));
    assert_eq!(s.bp.annotations().iter().find(|a| a.id.0.to_string() == NOTE).map(|a| a.votes), Some(4));
    assert!(s.history.undo(&mut s.bp).expect("undo"));
    assert_eq!(votes(&s.bp), Some(1), "undo takes back the last vote");
    // Held for the facilitator instead: a vote waits in the inbox until accepted.
    let held =
        arrival_edit(&s.bp, inbox::Arrival::Vote { id: Uuid::new_v4(), on: Uuid::parse_str(STEP).expect("id") }, false)
            .expect("an inbox entry");
    apply(&mut s.bp, held).expect("held");
    let entry = s.bp.inbox().last().expect("entry").clone();
    assert_eq!((entry.kind, entry.status), (InboxKind::Vote, InboxStatus::Waiting));
    let accept = inbox::accept(&s.bp, entry.id, None, None).expect("accept");
    apply(&mut s.bp, accept).expect("accepted");
    assert_eq!(votes(&s.bp), Some(2));
}

#[test]
fn limits_per_participant_and_on_joining() {
    let mut s = Session::new(3);
    let token = s.join(None);
    for i in 0..sightline::serve::MAX_PER_MINUTE {
        assert_eq!(s.note(&token, &note("idea", &format!("idea {i}"))).status, 201, "note {i}");
    }
    let limited = s.note(&token, &note("idea", "one too many"));
    assert_eq!((limited.status, limited.json()["code"].as_str()), (429, Some("rate_limited")));
    // Someone else is not held up.
    let other = s.join(None);
    assert_eq!(s.note(&other, &note("idea", "mine")).status, 201);
    // Blocked: nothing more from them.
    let number = s.server.participants()[1].number;
    s.server.set_blocked(number, true);
    let blocked = s.note(&other, &note("idea", "again"));
    assert_eq!((blocked.status, blocked.json()["code"].as_str()), (403, Some("blocked")));
    // Joining closed: no one new.
    s.server.set_open(false);
    let closed = http::post(s.addr, &s.path("api/join"), &[], &json!({}));
    assert_eq!((closed.status, closed.json()["code"].as_str()), (403, Some("closed")));
    s.pump();
    let open = http::get(s.addr, &s.path("api/blueprint"), &[]).json()["open"].clone();
    assert_eq!(open, false);
    s.server.set_open(true);
    let long_name = http::post(s.addr, &s.path("api/join"), &[], &json!({ "name": "n".repeat(61) }));
    assert_eq!(long_name.status, 400);
    // Joins from one address are limited too (a script cannot fill the session).
    let mut answers = Vec::new();
    for _ in 0..25 {
        answers.push(http::post(s.addr, &s.path("api/join"), &[], &json!({ "name": "x" })).status);
    }
    assert!(answers.contains(&429), "{answers:?}");
    assert!(s.server.participants().len() <= sightline::serve::MAX_PARTICIPANTS);
    // And any address that asks too fast is slowed down.
    let statuses: Vec<u16> = (0..80).map(|_| http::get(s.addr, &s.base, &[]).status).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
}

#[test]
fn path_tricks_and_other_methods_read_nothing_from_disk() {
    let s = Session::new(3);
    // A file a path trick might reach, in the folder the tests run in and its parents.
    let secret = std::env::current_dir().expect("cwd").join("Cargo.toml");
    let marker = std::fs::read_to_string(&secret).expect("Cargo.toml");
    let code = s.server.code();
    for path in [
        "/../Cargo.toml".to_owned(),
        "/Cargo.toml".to_owned(),
        format!("/j/{code}/../../Cargo.toml"),
        format!("/j/{code}/%2e%2e/%2e%2e/Cargo.toml"),
        format!("/j/{code}/..%2f..%2fCargo.toml"),
        format!("/j/{code}%2f"),
        format!("/j/{code}/api%2fblueprint"),
        format!("/j/{code}/api/blueprint/"),
        format!("/j/{code}/api/../api/blueprint"),
        format!("/j/{code}//"),
        format!("/j/{code}/index.html"),
        "/j/".to_owned(),
        "/etc/passwd".to_owned(),
        "//etc/passwd".to_owned(),
        "/%2e%2e/%2e%2e/etc/passwd".to_owned(),
    ] {
        let a = http::get(s.addr, &path, &[]);
        assert_eq!(a.status, 404, "{path}");
        assert!(!a.text().contains("[package]") && !a.text().contains("root:"), "{path}");
    }
    assert!(marker.contains("[package]"));
    for (method, path, allowed) in [
        ("DELETE", s.path("api/notes"), "POST"),
        ("PUT", s.path("api/votes"), "POST"),
        ("GET", s.path("api/join"), "POST"),
        ("POST", s.path("api/blueprint"), "GET, HEAD"),
        ("OPTIONS", s.path("api/notes"), "POST"),
        ("POST", s.base.clone(), "GET, HEAD"),
        ("TRACE", "/".to_owned(), "GET, HEAD"),
    ] {
        let a = http::request(s.addr, method, &path, &[], b"");
        assert_eq!((a.status, a.header("allow")), (405, Some(allowed)), "{method} {path}");
    }
    // Not HTTP at all, or a head too large: answered or closed, and the server goes on.
    let _ = http::raw(s.addr, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n");
    let big_head = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n", "a".repeat(100_000));
    let a = http::raw(s.addr, big_head.as_bytes());
    assert!(a.status == 431 || a.status == 400 || a.status == 0, "{}", a.status);
    assert_eq!(http::get(s.addr, &s.base, &[]).status, 200, "still serving");
}

#[test]
fn stopping_closes_the_port() {
    let s = Session::new(3);
    let addr = s.addr;
    assert_eq!(http::get(addr, &s.base, &[]).status, 200);
    s.server.stop();
    assert!(std::net::TcpStream::connect(addr).is_err(), "nothing listens after stop");
}

#[test]
fn serve_saves_the_inbox_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("workshop.blueprint.json");
    std::fs::write(&file, serde_json::to_string_pretty(&sample()).expect("json")).expect("write");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["--lang", "en", "serve"])
        .arg(&file)
        .args(["--host", "127.0.0.1", "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("serve starts");
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().expect("stdout")), &mut line)
        .expect("a line");
    let url = line.trim().strip_prefix("participants: ").unwrap_or_else(|| panic!("{line:?}")).to_owned();
    let rest = url.strip_prefix("http://").expect("http");
    let (host, path) = rest.split_once('/').expect("path");
    let addr: SocketAddr = host.parse().expect("address");
    let base = format!("/{path}");
    let token = http::post(addr, &format!("{base}api/join"), &[], &json!({})).json()["participant"]
        .as_str()
        .expect("token")
        .to_owned();
    let sent = note("question", "Hoe lang duurt het?");
    let a = http::post(addr, &format!("{base}api/notes"), &[("X-Participant", &token)], &sent);
    assert_eq!(a.status, 201);
    let v = http::post(
        addr,
        &format!("{base}api/votes"),
        &[("X-Participant", &token)],
        &json!({ "id": Uuid::new_v4(), "on": STEP }),
    );
    assert_eq!(v.status, 201);
    // SIGTERM right away: what arrived is saved before it stops.
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let out = child.wait_with_output().expect("exit");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("json");
    assert_eq!(saved["inbox"][0]["text"], "Hoe lang duurt het?");
    assert_eq!(saved["inbox"][0]["id"], sent["id"]);
    assert_eq!(saved["inbox"][0]["status"], "waiting");
    let step = saved["steps"].as_array().expect("steps").iter().find(|x| x["id"] == STEP).cloned().expect("step");
    assert_eq!(step["votes"], 1);
    assert!(std::net::TcpStream::connect(addr).is_err(), "the port is closed");
    assert!(sightline::io::load_file(&file).is_ok());
}

/// Connects from a loopback address of its own (as a phone has its own address on the Wi-Fi).
fn connect_from(from: [u8; 4], to: SocketAddr) -> std::net::TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let s = rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().expect("socket");
        socket.bind(SocketAddr::from((from, 0))).expect("bind");
        socket.connect(to).await.expect("connect")
    });
    let s = s.into_std().expect("std");
    s.set_nonblocking(false).expect("blocking");
    s
}

#[test]
fn one_address_cannot_hold_every_connection_or_send_slowly() {
    use std::io::{Read, Write};
    let s = Session::new(3);
    // Sixteen idle connections from one address; the seventeenth is closed at once.
    let idle: Vec<_> = (0..16).map(|_| connect_from([127, 0, 0, 9], s.addr)).collect();
    std::thread::sleep(std::time::Duration::from_millis(100));
    let mut extra = connect_from([127, 0, 0, 9], s.addr);
    extra.set_read_timeout(Some(std::time::Duration::from_secs(5))).expect("timeout");
    let _ = extra.write_all(format!("GET {} HTTP/1.1\r\nHost: x\r\n\r\n", s.base).as_bytes());
    let mut buf = [0u8; 64];
    assert!(matches!(extra.read(&mut buf), Ok(0) | Err(_)), "closed without an answer");
    // Someone else is served meanwhile.
    assert_eq!(http::get(s.addr, &s.base, &[]).status, 200);
    drop(idle);
    // A body that never comes: 408 after a few seconds, and the connection is free again.
    let token = s.join(None);
    let mut slow = connect_from([127, 0, 0, 10], s.addr);
    slow.set_read_timeout(Some(std::time::Duration::from_secs(20))).expect("timeout");
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Participant: {token}\r\nContent-Length: 100\r\n\r\n{{",
        s.path("api/notes")
    );
    slow.write_all(head.as_bytes()).expect("send");
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 408"), "{}", String::from_utf8_lossy(&answer));
}

#[test]
fn one_address_makes_few_participants_and_ids_do_not_cross() {
    let mut s = Session::new(3);
    let statuses: Vec<u16> = (0..=sightline::serve::MAX_JOINS_PER_ADDRESS)
        .map(|_| http::post(s.addr, &s.path("api/join"), &[], &json!({})).status)
        .collect();
    assert_eq!(statuses.iter().filter(|c| **c == 200).count(), sightline::serve::MAX_JOINS_PER_ADDRESS);
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    // A note's id cannot be a vote's, nor the other way round.
    let s2 = Session::new(3);
    let token = s2.join(None);
    let n = note("idea", "Een \u{202e}omgekeerde\u{200b} tekst");
    assert_eq!(s2.note(&token, &n).status, 201);
    let vote = json!({ "id": n["id"], "on": STEP });
    let a = http::post(s2.addr, &s2.path("api/votes"), &[("X-Participant", &token)], &vote);
    assert_eq!((a.status, a.json()["code"].as_str()), (409, Some("duplicate_id")));
    let v = Uuid::new_v4();
    assert_eq!(
        http::post(s2.addr, &s2.path("api/votes"), &[("X-Participant", &token)], &json!({ "id": v, "on": STEP }))
            .status,
        201
    );
    let mut n2 = note("idea", "x");
    n2["id"] = json!(v);
    assert_eq!(s2.note(&token, &n2).json()["code"], "duplicate_id");
    // Invisible characters that turn or hide text are dropped.
    let mut s2 = s2;
    s2.pump();
    assert_eq!(s2.bp.inbox()[0].text, "Een omgekeerde tekst");
    s.pump();
}

#[test]
fn a_full_inbox_refuses_more_and_says_so() {
    let mut s = Session::new(3);
    // The inbox nearly full of waiting notes.
    for i in 0..sightline::serve::MAX_WAITING - 1 {
        let mut e = sightline::model::InboxEntry::new(Uuid::new_v4(), InboxKind::Idea, format!("idea {i}"));
        e.on = Some(Uuid::parse_str(STEP).expect("id"));
        apply(&mut s.bp, sightline::edit::Edit::AddInboxEntry { index: None, entry: e }).expect("entry");
    }
    s.server.publish(&s.bp, 1);
    let token = s.join(None);
    assert_eq!(s.note(&token, &note("idea", "the last one")).status, 201);
    let full = s.note(&token, &note("idea", "one too many"));
    assert_eq!((full.status, full.json()["code"].as_str()), (409, Some("inbox_full")));
}

#[test]
fn serve_refuses_a_file_it_cannot_save_and_takes_localhost() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ro.blueprint.json");
    std::fs::write(&file, serde_json::to_string_pretty(&sample()).expect("json")).expect("write");
    let mut perms = std::fs::metadata(&file).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&file, perms).expect("read-only");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["--lang", "en", "serve"])
        .arg(&file)
        .args(["--host", "localhost", "--port", "0"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no address when nothing can be saved");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot be written"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["--lang", "nl", "serve"])
        .arg(&file)
        .args(["--host", "mijn-laptop"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is geen adres"), "{}", String::from_utf8_lossy(&bad.stderr));
}
