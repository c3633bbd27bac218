//! What the participants' page may see of the blueprint, built by the facilitator's side each
//! time the document changes: titles and places only (no file path, no descriptions, no
//! measures), and the ids the server checks requests against.

use crate::model::{Blueprint, InboxStatus, Target};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// One published state of the blueprint.
#[derive(Default)]
pub(crate) struct View {
    /// The JSON object the page reads (without the participant's own `votes_left`).
    pub json: Vec<u8>,
    /// Counts publications, for the page's `If-None-Match`.
    pub generation: u64,
    pub lanes: HashSet<Uuid>,
    pub phases: HashSet<Uuid>,
    pub steps: HashSet<Uuid>,
    /// Annotations on steps (a vote may go to one).
    pub notes: HashSet<Uuid>,
    /// Every id the document uses (a page's note id must not clash with one).
    pub ids: HashSet<Uuid>,
    /// Where each inbox entry stands.
    pub inbox: HashMap<Uuid, InboxStatus>,
}

#[derive(Serialize)]
struct Json<'a> {
    title: &'a str,
    open: bool,
    votes_budget: u32,
    columns: u32,
    lanes: Vec<LaneJson<'a>>,
    phases: Vec<PhaseJson<'a>>,
    steps: Vec<StepJson<'a>>,
    notes: Vec<NoteJson<'a>>,
}

#[derive(Serialize)]
struct LaneJson<'a> {
    id: Uuid,
    name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
struct PhaseJson<'a> {
    id: Uuid,
    name: &'a str,
    start: u32,
    /// The last column of the phase (inclusive).
    end: u32,
}

#[derive(Serialize)]
struct StepJson<'a> {
    id: Uuid,
    lane: Uuid,
    column: u32,
    title: &'a str,
    votes: u32,
}

#[derive(Serialize)]
struct NoteJson<'a> {
    id: Uuid,
    on: Uuid,
    kind: &'static str,
    text: &'a str,
    severity: Option<u8>,
    votes: u32,
}

impl View {
    pub(crate) fn of(bp: &Blueprint, open: bool, votes_budget: u32, generation: u64) -> Self {
        let columns = bp.column_count().max(1);
        let phases = bp.phases();
        let mut steps: Vec<_> = bp.steps().collect();
        let lane_order: HashMap<_, _> = bp.lanes().iter().enumerate().map(|(i, l)| (l.id, i)).collect();
        steps.sort_by_key(|s| (s.column, lane_order.get(&s.lane).copied().unwrap_or(usize::MAX)));
        let notes: Vec<NoteJson<'_>> = bp
            .annotations()
            .iter()
            .filter_map(|a| match a.on {
                Target::Step(s) => Some(NoteJson {
                    id: a.id.0,
                    on: s.0,
                    kind: a.kind.as_str(),
                    text: &a.text,
                    severity: a.severity,
                    votes: a.votes,
                }),
                Target::Flow(_) => None,
            })
            .collect();
        let json = Json {
            title: &bp.title,
            open,
            votes_budget,
            columns,
            lanes: bp.lanes().iter().map(|l| LaneJson { id: l.id.0, name: &l.name, kind: l.kind.as_str() }).collect(),
            phases: (0..phases.len())
                .map(|i| {
                    let span = bp.phase_span(i, columns);
                    PhaseJson { id: phases[i].id.0, name: &phases[i].name, start: span.start, end: span.end - 1 }
                })
                .collect(),
            steps: steps
                .iter()
                .map(|s| StepJson { id: s.id.0, lane: s.lane.0, column: s.column, title: &s.title, votes: s.votes })
                .collect(),
            notes,
        };
        let bytes = serde_json::to_vec(&json).unwrap_or_else(|_| b"{}".to_vec());
        let mut ids: HashSet<Uuid> = HashSet::new();
        ids.insert(bp.id.0);
        ids.extend(bp.lanes().iter().map(|l| l.id.0));
        ids.extend(phases.iter().map(|p| p.id.0));
        ids.extend(bp.steps().map(|s| s.id.0));
        ids.extend(bp.flows().map(|f| f.id.0));
        ids.extend(bp.annotations().iter().map(|a| a.id.0));
        ids.extend(bp.actors().iter().map(|a| a.id.0));
        ids.extend(bp.inbox().iter().map(|e| e.id));
        Self {
            json: bytes,
            generation,
            lanes: bp.lanes().iter().map(|l| l.id.0).collect(),
            phases: phases.iter().map(|p| p.id.0).collect(),
            steps: bp.steps().map(|s| s.id.0).collect(),
            notes: json_note_ids(bp),
            ids,
            inbox: bp.inbox().iter().map(|e| (e.id, e.status)).collect(),
        }
    }
}

fn json_note_ids(bp: &Blueprint) -> HashSet<Uuid> {
    bp.annotations().iter().filter(|a| matches!(a.on, Target::Step(_))).map(|a| a.id.0).collect()
}
