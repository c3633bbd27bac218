//! A load run of the participant server (issue 14): 50 simulated participants — each from its
//! own loopback address, as phones on a Wi-Fi are — join at once and send 20 notes and 3 votes
//! each over real HTTP on 127.0.0.1, while the facilitator's side takes them into the document
//! as `sightline serve` does. Checks that every note arrives exactly once and every vote counts,
//! then prints one line:
//! `serve_load participants=50 notes=1000 votes=150 notes_per_s=N median_ms=M p99_ms=P`
//! (latency of each request from the participant's side).
//!
//!     cargo run --release --example serve_load [-- PARTICIPANTS NOTES VOTES]
#![allow(clippy::print_stdout, reason = "an example binary prints its figures")]

use sightline::edit::History;
use sightline::edit::inbox::arrival_edit;
use sightline::serve::{Config, Server};
use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// One request from `from`; returns the status and body.
async fn request(from: Ipv4Addr, to: SocketAddr, method: &str, path: &str, token: &str, body: &str) -> (u16, String) {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket.bind(SocketAddr::new(IpAddr::V4(from), 0)).expect("bind to a loopback address");
    let s = socket.connect(to).await.expect("connect");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {to}\r\nConnection: close\r\nContent-Type: application/json\r\n\
         X-Participant: {token}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut rest = head.as_bytes();
    while !rest.is_empty() {
        s.writable().await.expect("writable");
        match s.try_write(rest) {
            Ok(n) => rest = &rest[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => panic!("send: {e}"),
        }
    }
    let mut answer = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        s.readable().await.expect("readable");
        match s.try_read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => panic!("read: {e}"),
        }
    }
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

/// A participant: joins, then sends its notes and votes one after the other; returns the
/// latency of each request and the ids of its notes.
async fn participant(
    i: u8,
    to: SocketAddr,
    base: String,
    steps: Arc<Vec<String>>,
    notes: usize,
    votes: usize,
) -> (Vec<Duration>, Vec<String>) {
    let from = Ipv4Addr::new(127, 0, 1, i);
    let mut took = Vec::new();
    let t = Instant::now();
    let (status, body) = request(from, to, "POST", &format!("{base}api/join"), "", "{}").await;
    took.push(t.elapsed());
    assert_eq!(status, 200, "join: {body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    let token = v["participant"].as_str().expect("token").to_owned();
    let mut ids = Vec::new();
    for n in 0..notes {
        let id = uuid::Uuid::new_v4().to_string();
        let on = &steps[(usize::from(i) * 7 + n) % steps.len()];
        let note =
            serde_json::json!({ "id": id, "kind": "idea", "text": format!("idea {n} of participant {i}"), "on": on });
        let t = Instant::now();
        let (status, body) = request(from, to, "POST", &format!("{base}api/notes"), &token, &note.to_string()).await;
        took.push(t.elapsed());
        assert_eq!(status, 201, "note: {body}");
        ids.push(id);
    }
    for n in 0..votes {
        let vote = serde_json::json!({ "id": uuid::Uuid::new_v4(), "on": steps[(usize::from(i) + n) % steps.len()] });
        let t = Instant::now();
        let (status, body) = request(from, to, "POST", &format!("{base}api/votes"), &token, &vote.to_string()).await;
        took.push(t.elapsed());
        assert_eq!(status, 201, "vote: {body}");
    }
    (took, ids)
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (people, notes, votes) = (
        args.first().copied().unwrap_or(50).min(250),
        args.get(1).copied().unwrap_or(20),
        args.get(2).copied().unwrap_or(3),
    );
    assert!(notes + votes < sightline::serve::MAX_PER_MINUTE, "keep within the per-minute limit");
    let mut bp = sightline::examples::load("omgevingsvergunning").expect("example").expect("valid");
    let config = Config { host: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0, votes: u32::try_from(votes).unwrap_or(3) };
    let mut server = Server::start(&config, &bp, Arc::new(|| {})).expect("server");
    let to = server.local_addr();
    let base = format!("/j/{}/", server.code());
    let steps: Arc<Vec<String>> = Arc::new(bp.steps_in_order().iter().map(|s| s.id.to_string()).collect());
    let votes_before: u32 = bp.steps().map(|s| s.votes).sum();

    // The participants, all at once, on a runtime of their own.
    let start = Instant::now();
    let clients = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(async {
            let tasks: Vec<_> = (0..people)
                .map(|i| {
                    let i = u8::try_from(i + 1).unwrap_or(u8::MAX);
                    tokio::spawn(participant(i, to, base.clone(), Arc::clone(&steps), notes, votes))
                })
                .collect();
            let mut all = Vec::new();
            for t in tasks {
                all.push(t.await.expect("a participant"));
            }
            all
        })
    });
    // The facilitator's side, as `sightline serve` runs it.
    let mut history = History::default();
    let expected = people * notes;
    let deadline = Instant::now() + Duration::from_mins(2);
    while bp.inbox().len() < expected || !clients.is_finished() {
        for a in server.arrivals() {
            if let Some(edit) = arrival_edit(&bp, a, true) {
                history.apply_aside(&mut bp, edit).expect("arrival");
            }
        }
        server.publish(&bp, history.state());
        assert!(Instant::now() < deadline, "only {} of {expected} notes arrived", bp.inbox().len());
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = start.elapsed();
    for a in server.arrivals() {
        if let Some(edit) = arrival_edit(&bp, a, true) {
            history.apply_aside(&mut bp, edit).expect("arrival");
        }
    }
    let results = clients.join().expect("clients");
    let sent: Vec<String> = results.iter().flat_map(|(_, ids)| ids.clone()).collect();
    let arrived: HashSet<String> = bp.inbox().iter().map(|e| e.id.to_string()).collect();
    assert_eq!(bp.inbox().len(), sent.len(), "every note once");
    assert!(sent.iter().all(|id| arrived.contains(id)), "every note arrived");
    let counted: u32 = bp.steps().map(|s| s.votes).sum::<u32>() - votes_before;
    assert_eq!(counted as usize, people * votes, "every vote counted once");
    bp.check_invariants().expect("a valid blueprint");
    let mut took: Vec<Duration> = results.into_iter().flat_map(|(t, _)| t).collect();
    took.sort();
    // The nearest rank: index ⌈q·n⌉ − 1 of the sorted latencies.
    let at = |percent: usize| took[(took.len() * percent).div_ceil(100).max(1) - 1].as_secs_f64() * 1000.0;
    println!(
        "serve_load participants={people} notes={} votes={} notes_per_s={:.0} median_ms={:.2} p99_ms={:.2}",
        sent.len(),
        counted,
        sent.len() as f64 / elapsed.as_secs_f64(),
        at(50),
        at(99)
    );
    server.stop();
}
