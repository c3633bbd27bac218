//! The participants' API: every request checked against the published view, the participant's
//! limits and the vote budget, then turned into an [`Arrival`] for the facilitator's side. What
//! the page sends never touches the blueprint here.

use super::view::View;
use crate::edit::inbox::Arrival;
use crate::model::{InboxEntry, InboxKind, MAX_INBOX_TEXT};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use uuid::Uuid;

/// At most this many participants in one session.
pub const MAX_PARTICIPANTS: usize = 200;
/// Notes and votes one participant may send in a minute.
pub const MAX_PER_MINUTE: usize = 30;
/// Joins from one address in a minute.
const MAX_JOINS_PER_MINUTE: usize = 20;
/// Participants one address may make in a session (a shared laptop, a few people): one
/// machine cannot fill the session or collect everyone's dots.
pub const MAX_JOINS_PER_ADDRESS: usize = 10;
/// Notes one participant may send in a session.
pub const MAX_NOTES_EACH: u32 = 200;
/// Entries that may wait in the inbox (the facilitator reads them all).
pub const MAX_WAITING: usize = 2_000;
/// Entries the inbox may hold in all: 5,000 notes of 2,000 characters (up to 8 bytes each) stay
/// well below the 100 MB Sightline opens.
pub const MAX_INBOX: usize = 5_000;
/// The longest name a participant may give.
const MAX_NAME: usize = 60;
/// The most ids one status request may ask about.
const MAX_STATUS_IDS: usize = 100;
const MINUTE: Duration = Duration::from_mins(1);

/// A participant, known by the token the page got when joining.
pub(crate) struct Participant {
    /// Counted from 1 in the order they joined ("Participant 3" when anonymous).
    pub number: u32,
    pub name: Option<String>,
    pub recent: VecDeque<Instant>,
    pub votes: u32,
    pub notes: u32,
    pub blocked: bool,
}

/// Everything the server knows, behind one lock.
pub(crate) struct Shared {
    pub code: String,
    pub open: bool,
    pub budget: u32,
    pub view: Arc<View>,
    pub participants: HashMap<String, Participant>,
    joins: HashMap<IpAddr, VecDeque<Instant>>,
    /// Participants made from each address, in all.
    joined: HashMap<IpAddr, usize>,
    /// Notes sent through this server: who sent them.
    pub sent: HashMap<Uuid, String>,
    /// Votes given through this server: who gave them.
    votes: HashMap<Uuid, String>,
    pub out: std::sync::mpsc::Sender<Arrival>,
    pub wake: Arc<dyn Fn() + Send + Sync>,
}

/// An answer: status and JSON body.
pub(crate) type Answer = (u16, Value);

fn error(status: u16, code: &str, words: &str) -> Answer {
    (status, json!({ "error": words, "code": code }))
}

/// Drops the moments older than a minute; true when fewer than `max` are left.
fn within(recent: &mut VecDeque<Instant>, now: Instant, max: usize) -> bool {
    while recent.front().is_some_and(|t| now.duration_since(*t) > MINUTE) {
        recent.pop_front();
    }
    recent.len() < max
}

/// A participant's text: control characters other than line breaks and tabs dropped, and the
/// invisible format characters that could turn text around or hide it (bidi overrides,
/// zero-width characters), trimmed.
fn clean(text: &str) -> String {
    let invisible = |c: char| {
        matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
    };
    text.chars()
        .filter(|c| (!c.is_control() || *c == '\n' || *c == '\t') && !invisible(*c))
        .collect::<String>()
        .trim()
        .to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JoinIn {
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteIn {
    id: Uuid,
    kind: String,
    text: String,
    lane: Option<Uuid>,
    phase: Option<Uuid>,
    on: Option<Uuid>,
    severity: Option<u8>,
    author: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteIn {
    id: Uuid,
    on: Uuid,
}

fn parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Answer> {
    serde_json::from_slice(body).map_err(|_| error(400, "bad_json", "the request is not the JSON this API expects"))
}

impl Shared {
    pub(crate) fn new(
        code: String,
        budget: u32,
        view: View,
        out: std::sync::mpsc::Sender<Arrival>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Self {
        Self {
            code,
            open: true,
            budget,
            view: Arc::new(view),
            participants: HashMap::new(),
            joins: HashMap::new(),
            joined: HashMap::new(),
            sent: HashMap::new(),
            votes: HashMap::new(),
            out,
            wake,
        }
    }

    fn votes_left(&self, p: &Participant) -> u32 {
        self.budget.saturating_sub(p.votes)
    }

    /// `POST api/join`.
    pub(crate) fn join(&mut self, body: &[u8], from: IpAddr, now: Instant) -> Answer {
        let name = if body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            match parse::<JoinIn>(body) {
                Ok(j) => j.name.map(|n| clean(&n)).filter(|n| !n.is_empty()),
                Err(e) => return e,
            }
        };
        if name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME) {
            return error(400, "too_long", "the name is too long");
        }
        if !self.open {
            return error(403, "closed", "joining is closed");
        }
        if self.participants.len() >= MAX_PARTICIPANTS {
            return error(503, "full", "this session is full");
        }
        if self.joined.get(&from).copied().unwrap_or(0) >= MAX_JOINS_PER_ADDRESS {
            return error(429, "rate_limited", "this device has joined often enough");
        }
        let recent = self.joins.entry(from).or_default();
        if !within(recent, now, MAX_JOINS_PER_MINUTE) {
            return error(429, "rate_limited", "too many joins from this address; wait a minute");
        }
        recent.push_back(now);
        *self.joined.entry(from).or_insert(0) += 1;
        let token = Uuid::new_v4().simple().to_string();
        let number = u32::try_from(self.participants.len()).unwrap_or(u32::MAX).saturating_add(1);
        let p = Participant { number, name: name.clone(), recent: VecDeque::new(), votes: 0, notes: 0, blocked: false };
        let left = self.votes_left(&p);
        self.participants.insert(token.clone(), p);
        (200, json!({ "participant": token, "votes_left": left, "votes_budget": self.budget, "name": name }))
    }

    /// The participant a request names, if it may send.
    fn sender(&mut self, token: Option<&str>, now: Instant) -> Result<&mut Participant, Answer> {
        let p = token
            .and_then(|t| self.participants.get_mut(t))
            .ok_or_else(|| error(401, "participant", "join first: this participant is not known"))?;
        if p.blocked {
            return Err(error(403, "blocked", "the facilitator has blocked this participant"));
        }
        if !within(&mut p.recent, now, MAX_PER_MINUTE) {
            return Err(error(429, "rate_limited", "too many notes in a minute; wait a little"));
        }
        Ok(p)
    }

    /// `GET api/blueprint`: the published view with the participant's dots left (when known).
    pub(crate) fn blueprint(&self, token: Option<&str>) -> (Vec<u8>, String) {
        let left = token.and_then(|t| self.participants.get(t)).map(|p| self.votes_left(p));
        let mut body = Vec::with_capacity(self.view.json.len() + 32);
        body.extend_from_slice(b"{\"votes_left\":");
        body.extend_from_slice(left.map_or_else(|| "null".to_owned(), |n| n.to_string()).as_bytes());
        body.push(b',');
        body.extend_from_slice(self.view.json.get(1..).unwrap_or(b"}"));
        let etag = format!("\"{}-{}-{}\"", self.view.generation, left.map_or(-1, i64::from), u8::from(self.open));
        (body, etag)
    }

    /// `POST api/notes`.
    pub(crate) fn note(&mut self, token: Option<&str>, body: &[u8], now: Instant) -> Answer {
        let n: NoteIn = match parse(body) {
            Ok(n) => n,
            Err(e) => return e,
        };
        let Some(kind) = InboxKind::ALL.iter().copied().find(|k| k.as_str() == n.kind && *k != InboxKind::Vote) else {
            return error(400, "bad_kind", "kind must be step, pain_point, idea, question or moment_of_truth");
        };
        let text = clean(&n.text);
        if text.is_empty() {
            return error(400, "empty", "the note has no text");
        }
        if text.chars().count() > MAX_INBOX_TEXT {
            return error(400, "too_long", "a note is at most 2000 characters");
        }
        let author = n.author.as_deref().map(clean).filter(|a| !a.is_empty());
        if author.as_ref().is_some_and(|a| a.chars().count() > MAX_NAME) {
            return error(400, "too_long", "the name is too long");
        }
        let severity = match (kind, n.severity) {
            (InboxKind::PainPoint, Some(s @ 1..=3)) => Some(s),
            (InboxKind::PainPoint, None) => Some(2),
            (_, None) => None,
            _ => return error(400, "bad_severity", "only a pain point has a severity, 1 to 3"),
        };
        let view = Arc::clone(&self.view);
        let known = |set: &std::collections::HashSet<Uuid>, id: Option<Uuid>| id.filter(|i| set.contains(i));
        let (lane, phase, on) = if kind == InboxKind::Step {
            let Some(lane) = known(&view.lanes, n.lane) else {
                return error(400, "unknown_target", "that lane is not in the blueprint");
            };
            if n.phase.is_some() && known(&view.phases, n.phase).is_none() {
                return error(400, "unknown_target", "that phase is not in the blueprint");
            }
            (Some(lane), n.phase, None)
        } else {
            let Some(on) = known(&view.steps, n.on) else {
                return error(400, "unknown_target", "that step is not in the blueprint");
            };
            (None, None, Some(on))
        };
        // The same note again (the page retries after a lost answer): stored once.
        let token = token.unwrap_or_default().to_owned();
        if self.votes.contains_key(&n.id) {
            return error(409, "duplicate_id", "that id is taken; make a new one");
        }
        match self.sent.get(&n.id) {
            Some(owner) if *owner == token => return (200, json!({ "id": n.id, "status": "sent" })),
            Some(_) => return error(409, "duplicate_id", "that id is taken; make a new one"),
            None => {}
        }
        if let Some(status) = view.inbox.get(&n.id) {
            return (200, json!({ "id": n.id, "status": status.as_str() }));
        }
        if view.ids.contains(&n.id) {
            return error(409, "duplicate_id", "that id is taken; make a new one");
        }
        let pending = self.sent.keys().filter(|id| !view.inbox.contains_key(id)).count();
        let waiting = view.inbox.values().filter(|s| **s == crate::model::InboxStatus::Waiting).count();
        if view.inbox.len() + pending >= MAX_INBOX || waiting + pending >= MAX_WAITING {
            return error(409, "inbox_full", "the inbox is full; the facilitator has enough to read");
        }
        let p = match self.sender(Some(&token), now) {
            Ok(p) => p,
            Err(e) => return e,
        };
        if p.notes >= MAX_NOTES_EACH {
            return error(429, "too_many", "you have sent the most notes one person may send");
        }
        p.recent.push_back(now);
        p.notes += 1;
        let author = author.or_else(|| p.name.clone());
        let mut entry = InboxEntry::new(n.id, kind, text);
        (entry.lane, entry.phase, entry.on, entry.severity, entry.author) =
            (lane.map(crate::model::LaneId), phase.map(crate::model::PhaseId), on, severity, author);
        self.sent.insert(n.id, token);
        let _ = self.out.send(Arrival::Note(entry));
        (self.wake)();
        (201, json!({ "id": n.id, "status": "sent" }))
    }

    /// `POST api/votes`.
    pub(crate) fn vote(&mut self, token: Option<&str>, body: &[u8], now: Instant) -> Answer {
        let v: VoteIn = match parse(body) {
            Ok(v) => v,
            Err(e) => return e,
        };
        if !self.view.steps.contains(&v.on) && !self.view.notes.contains(&v.on) {
            return error(400, "unknown_target", "that step or note is not in the blueprint");
        }
        let token = token.unwrap_or_default().to_owned();
        let budget = self.budget;
        if let Some(owner) = self.votes.get(&v.id) {
            if *owner != token {
                return error(409, "duplicate_id", "that id is taken; make a new one");
            }
            let left = self.participants.get(&token).map_or(0, |p| budget.saturating_sub(p.votes));
            return (200, json!({ "id": v.id, "votes_left": left }));
        }
        if self.view.ids.contains(&v.id) || self.sent.contains_key(&v.id) {
            return error(409, "duplicate_id", "that id is taken; make a new one");
        }
        let p = match self.sender(Some(&token), now) {
            Ok(p) => p,
            Err(e) => return e,
        };
        if p.votes >= budget {
            return error(409, "budget", "no dots left");
        }
        p.votes += 1;
        p.recent.push_back(now);
        let left = budget.saturating_sub(p.votes);
        self.votes.insert(v.id, token);
        let _ = self.out.send(Arrival::Vote { id: v.id, on: v.on });
        (self.wake)();
        (201, json!({ "id": v.id, "votes_left": left }))
    }

    /// `GET api/status?ids=…`: where each of one's own notes stands (an id is known only to
    /// the page that made it).
    pub(crate) fn status(&self, token: Option<&str>, query: Option<&str>) -> Answer {
        if token.and_then(|t| self.participants.get(t)).is_none() {
            return error(401, "participant", "join first: this participant is not known");
        }
        // A browser may send the commas encoded; nothing else in a list of uuids is.
        let list = query.unwrap_or_default().split('&').find_map(|kv| kv.strip_prefix("ids=")).unwrap_or_default();
        let list = list.replace("%2C", ",").replace("%2c", ",");
        let ids = list.split(',').filter(|s| !s.is_empty()).map(Uuid::parse_str).collect::<Result<Vec<_>, _>>();
        let Ok(ids) = ids else { return error(400, "bad_json", "ids must be note ids separated by commas") };
        if ids.len() > MAX_STATUS_IDS {
            return error(400, "too_long", "ask for at most 100 notes at once");
        }
        let statuses: serde_json::Map<String, Value> = ids
            .iter()
            .map(|id| {
                let s = match self.view.inbox.get(id) {
                    Some(s) => s.as_str(),
                    None if self.sent.contains_key(id) => "sent",
                    None => "unknown",
                };
                (id.to_string(), Value::from(s))
            })
            .collect();
        (200, json!({ "statuses": statuses }))
    }
}
