//! Writing a blueprint: the file-format DTOs (also the source of the JSON Schema) and the
//! canonical text. The same blueprint always gives the same bytes: fields in a fixed order,
//! steps in reading order (column, then lane), flows by their ends, unknown fields sorted by key.

use super::VERSION;
use crate::model::{
    ActorId, ActorKind, AnnotationId, AnnotationKind, Blueprint, BlueprintId, Evidence, Extras, FlowId, Kano, LaneId,
    LaneKind, Perspective, PhaseId, StepId, ValueClass, WasteType,
};
use schemars::JsonSchema;
use serde::Serialize;
use uuid::Uuid;

/// The value of the `format` field.
#[derive(Serialize, JsonSchema)]
enum FormatTag {
    #[serde(rename = "sightline-blueprint")]
    SightlineBlueprint,
}

/// A Sightline service blueprint (`*.blueprint.json`). Fields not listed here are kept by
/// Sightline and written back unchanged.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "Sightline blueprint")]
pub(crate) struct FileDto<'a> {
    format: FormatTag,
    /// The format version; readers refuse versions newer than their own.
    #[schemars(range(min = 1, max = 1))]
    version: u32,
    id: BlueprintId,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    /// The layout is locked for a workshop: structure cannot be moved or deleted.
    #[serde(skip_serializing_if = "is_false")]
    #[schemars(default)]
    locked: bool,
    /// Lanes, top to bottom.
    lanes: Vec<LaneDto<'a>>,
    /// Journey stages; each runs from its start column to the next phase's start.
    #[schemars(default)]
    phases: Vec<PhaseDto<'a>>,
    steps: Vec<StepDto<'a>>,
    #[schemars(default)]
    flows: Vec<FlowDto<'a>>,
    #[schemars(default)]
    annotations: Vec<AnnotationDto<'a>>,
    /// Stakeholders and information objects that take part in steps.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    actors: Vec<ActorDto<'a>>,
    /// The information choreography, round by round: where every actor stands and how each feels
    /// (absent when there is none; the actors' positions are then the one round).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    rounds: Vec<RoundDto<'a>>,
    /// What the workshop decided to do: owner, due date, status, what it answers (absent when
    /// there is none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    actions: Vec<ActionDto<'a>>,
    /// What `sightline merge` could not decide: each with the base, ours and theirs values, until
    /// someone resolves it in the editor (absent when there is none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    conflicts: Vec<ConflictDto<'a>>,
    /// What participants sent from their phones (`sightline serve`, Invite participants), in the
    /// order it arrived; nothing in it is part of the blueprint until the facilitator accepts it
    /// (absent when empty).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    #[schemars(default)]
    inbox: Vec<InboxDto<'a>>,
    #[serde(flatten)]
    extra: &'a Extras,
}

/// One thing a participant sent.
#[derive(Serialize, JsonSchema)]
struct InboxDto<'a> {
    /// Made by the participant's page: sending the same note twice stores it once.
    id: Uuid,
    kind: crate::model::InboxKind,
    /// The note (at most 2,000 characters; empty for a vote).
    text: &'a str,
    /// A proposed step: the lane it was aimed at.
    #[serde(skip_serializing_if = "Option::is_none")]
    lane: Option<LaneId>,
    /// A proposed step: the phase it was aimed at.
    #[serde(skip_serializing_if = "Option::is_none")]
    phase: Option<crate::model::PhaseId>,
    /// A note: the step it is on; a vote: the step or annotation.
    #[serde(skip_serializing_if = "Option::is_none")]
    on: Option<Uuid>,
    /// A pain point: 1 (minor) to 3 (severe).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    severity: Option<u8>,
    /// The name the participant gave (absent: anonymous).
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    /// When it arrived, UTC (`2026-11-29T22:40:05Z`).
    received: &'a str,
    status: crate::model::InboxStatus,
    /// The step or annotation that accepting made.
    #[serde(skip_serializing_if = "Option::is_none")]
    made: Option<Uuid>,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct ConflictDto<'a> {
    id: Uuid,
    kind: crate::model::ConflictKind,
    part: crate::model::PartKind,
    /// The part's id (absent for the blueprint itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    part_id: Option<Uuid>,
    /// The field that differs (absent: the part as a whole).
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
    /// The value in the common ancestor (absent: it was not there).
    #[serde(skip_serializing_if = "Option::is_none")]
    base: Option<&'a serde_json::Value>,
    /// Our value (absent: not there, or deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    ours: Option<&'a serde_json::Value>,
    /// Their value (absent: not there, or deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    theirs: Option<&'a serde_json::Value>,
    /// Whose value the blueprint holds now (absent: neither, e.g. a step moved to a free cell).
    #[serde(skip_serializing_if = "Option::is_none")]
    kept: Option<crate::model::Side>,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct ActorDto<'a> {
    id: ActorId,
    name: &'a str,
    kind: ActorKind,
    /// Where the actor stands in the field view.
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<PositionDto<'a>>,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct PositionDto<'a> {
    #[schemars(range(min = -1_000_000, max = 1_000_000))]
    x: f32,
    #[schemars(range(min = -1_000_000, max = 1_000_000))]
    y: f32,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct LaneDto<'a> {
    id: LaneId,
    kind: LaneKind,
    name: &'a str,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct PhaseDto<'a> {
    id: PhaseId,
    name: &'a str,
    /// The first column of the phase.
    #[schemars(range(max = 99_999))]
    start: u32,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct StepDto<'a> {
    id: StepId,
    /// The id of the lane the step sits in.
    lane: LaneId,
    /// The column (time runs left to right); one step per lane and column.
    #[schemars(range(max = 99_999))]
    column: u32,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    /// Free text; suggestions: website, phone, counter, email, letter, app, chat, in person.
    #[serde(skip_serializing_if = "Option::is_none")]
    channel: Option<&'a str>,
    /// The organisation's effort, in minutes.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "minutes")]
    #[schemars(range(min = 0))]
    process_minutes: Option<f64>,
    /// Waiting before the step, in minutes.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "minutes")]
    #[schemars(range(min = 0))]
    wait_minutes: Option<f64>,
    /// The customer's own time, in minutes.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "minutes")]
    #[schemars(range(min = 0))]
    customer_minutes: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<ValueClass>,
    /// Only with `value` = `waste`.
    #[serde(skip_serializing_if = "Option::is_none")]
    waste_type: Option<WasteType>,
    /// How sure the team is about the step.
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<Evidence>,
    /// The customer's feeling at a customer step, −2 to +2.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = -2, max = 2))]
    emotion: Option<i8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kano: Option<Kano>,
    /// Dot votes from a workshop.
    #[serde(skip_serializing_if = "is_zero")]
    #[schemars(default)]
    votes: u32,
    /// The ids of the actors taking part, each once.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    #[schemars(default)]
    actors: &'a [ActorId],
    #[serde(flatten)]
    extra: &'a Extras,
}

/// Minutes as a whole number when they are one (`30`, not `30.0`), so files stay as people
/// wrote them.
#[allow(clippy::ref_option, reason = "serde's serialize_with passes a reference")]
fn minutes<S: serde::Serializer>(m: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *m {
        #[allow(clippy::cast_possible_truncation, reason = "only whole numbers below 2^53 take this path")]
        Some(f) if f.fract() == 0.0 && f.abs() < 9e15 => s.serialize_i64(f as i64),
        Some(f) => s.serialize_f64(f),
        None => s.serialize_none(),
    }
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn is_false(b: &bool) -> bool {
    !*b
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Serialize, JsonSchema)]
struct FlowDto<'a> {
    id: FlowId,
    /// The id of the step the flow starts at.
    from: StepId,
    /// The id of the step the flow ends at (never the same as `from`).
    to: StepId,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "is_false")]
    #[schemars(default)]
    two_way: bool,
    #[serde(flatten)]
    extra: &'a Extras,
}

#[derive(Serialize, JsonSchema)]
struct AnnotationDto<'a> {
    id: AnnotationId,
    kind: AnnotationKind,
    /// The id of the step or flow the annotation sits on.
    on: Uuid,
    text: &'a str,
    /// Pain points only: 1 (minor) to 3 (severe).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    severity: Option<u8>,
    /// Moments of truth only: whose moment it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    perspective: Option<Perspective>,
    /// Where the question is asked or the message given (free text, like a step's channel).
    #[serde(skip_serializing_if = "Option::is_none")]
    channel: Option<&'a str>,
    /// Messages only: the ids of the questions (annotations of kind `question`) it answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    answers: Vec<AnnotationId>,
    #[serde(skip_serializing_if = "is_zero")]
    #[schemars(default)]
    votes: u32,
    /// Ideas only: the place in the value/effort matrix.
    #[serde(flatten)]
    matrix: Option<MatrixDto>,
    #[serde(flatten)]
    extra: &'a Extras,
}

/// A place in the value/effort matrix: `value` and `effort`, each from 0 (low) to 1 (high).
#[derive(Serialize, JsonSchema)]
struct MatrixDto {
    #[schemars(range(min = 0, max = 1))]
    value: f32,
    #[schemars(range(min = 0, max = 1))]
    effort: f32,
}

impl MatrixDto {
    fn of(m: Option<crate::model::Matrix>) -> Option<Self> {
        m.map(|m| Self { value: m.value, effort: m.effort })
    }
}

/// One round of the information choreography.
#[derive(Serialize, JsonSchema)]
struct RoundDto<'a> {
    id: Uuid,
    name: &'a str,
    /// What happens in this round.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    /// The actor tokens in this round (only actors still in the blueprint are saved).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    places: Vec<PlaceDto<'a>>,
    #[serde(flatten)]
    extra: &'a Extras,
}

/// An actor in a round: where the token stands and how the actor feels.
#[derive(Serialize, JsonSchema)]
struct PlaceDto<'a> {
    actor: ActorId,
    /// Within ±1,000,000, as an actor's position.
    x: f32,
    y: f32,
    /// −2 (very bad) to +2 (very good).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = -2, max = 2))]
    feeling: Option<i8>,
    /// What the actor says in this round.
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    #[serde(flatten)]
    extra: &'a Extras,
}

/// What the workshop decided to do.
#[derive(Serialize, JsonSchema)]
struct ActionDto<'a> {
    id: Uuid,
    title: &'a str,
    /// The actor who owns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<ActorId>,
    /// Or the owner by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    owner_name: Option<&'a str>,
    /// The day it is due, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    due: Option<&'a str>,
    status: crate::model::ActionStatus,
    /// The steps, pain points and ideas it answers (only those still in the blueprint are saved).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    links: Vec<Uuid>,
    /// The place in the value/effort matrix.
    #[serde(flatten)]
    matrix: Option<MatrixDto>,
    #[serde(flatten)]
    extra: &'a Extras,
}

impl<'a> FileDto<'a> {
    #[allow(clippy::too_many_lines, reason = "one field list for each part of the file, in file order")]
    pub(crate) fn from_model(bp: &'a Blueprint) -> Self {
        let questions: std::collections::HashSet<AnnotationId> =
            bp.annotations().iter().filter(|a| a.kind == AnnotationKind::Question).map(|a| a.id).collect();
        FileDto {
            format: FormatTag::SightlineBlueprint,
            version: VERSION,
            id: bp.id,
            title: &bp.title,
            description: bp.description.as_deref(),
            locked: bp.locked,
            lanes: bp
                .lanes()
                .iter()
                .map(|l| LaneDto { id: l.id, kind: l.kind, name: &l.name, extra: &l.extra })
                .collect(),
            phases: bp
                .phases()
                .iter()
                .map(|p| PhaseDto { id: p.id, name: &p.name, start: p.start, extra: &p.extra })
                .collect(),
            steps: bp
                .steps_in_order()
                .into_iter()
                .map(|s| StepDto {
                    id: s.id,
                    lane: s.lane,
                    column: s.column,
                    title: &s.title,
                    description: s.description.as_deref(),
                    channel: s.channel.as_deref(),
                    process_minutes: s.measures.process_minutes,
                    wait_minutes: s.measures.wait_minutes,
                    customer_minutes: s.measures.customer_minutes,
                    value: s.measures.value,
                    waste_type: s.measures.waste_type,
                    evidence: s.measures.evidence,
                    emotion: s.measures.emotion,
                    kano: s.measures.kano,
                    votes: s.votes,
                    actors: &s.actors,
                    extra: &s.extra,
                })
                .collect(),
            flows: bp
                .flows_in_order()
                .into_iter()
                .map(|f| FlowDto {
                    id: f.id,
                    from: f.from,
                    to: f.to,
                    label: f.label.as_deref(),
                    two_way: f.two_way,
                    extra: &f.extra,
                })
                .collect(),
            annotations: bp
                .annotations()
                .iter()
                .map(|a| AnnotationDto {
                    id: a.id,
                    kind: a.kind,
                    on: a.on.uuid(),
                    text: &a.text,
                    severity: a.severity,
                    perspective: a.perspective,
                    channel: a.channel.as_deref(),
                    // Only the answers that name a question are saved (see `Annotation::answers`).
                    answers: a.answers.iter().copied().filter(|q| questions.contains(q)).collect(),
                    votes: a.votes,
                    matrix: MatrixDto::of(a.matrix),
                    extra: &a.extra,
                })
                .collect(),
            rounds: bp
                .rounds()
                .iter()
                .map(|r| RoundDto {
                    id: r.id,
                    name: &r.name,
                    note: r.note.as_deref(),
                    places: bp
                        .live_places(r)
                        .map(|p| PlaceDto {
                            actor: p.actor,
                            x: p.x,
                            y: p.y,
                            feeling: p.feeling,
                            quote: p.quote.as_deref(),
                            extra: &p.extra,
                        })
                        .collect(),
                    extra: &r.extra,
                })
                .collect(),
            actions: bp
                .actions()
                .iter()
                .map(|a| ActionDto {
                    id: a.id,
                    title: &a.title,
                    // An owner or a link whose part is deleted is left out (undo brings it back).
                    owner: a.owner.filter(|o| bp.actor(*o).is_some()),
                    owner_name: a.owner_name.as_deref(),
                    due: a.due.as_deref(),
                    status: a.status,
                    links: bp.live_links(a).collect(),
                    matrix: MatrixDto::of(a.matrix),
                    extra: &a.extra,
                })
                .collect(),
            actors: bp
                .actors()
                .iter()
                .map(|a| ActorDto {
                    id: a.id,
                    name: &a.name,
                    kind: a.kind,
                    position: a.position.map(|(x, y)| PositionDto { x, y, extra: &a.position_extra }),
                    extra: &a.extra,
                })
                .collect(),
            conflicts: bp
                .conflicts
                .iter()
                .map(|c| ConflictDto {
                    id: c.id,
                    kind: c.kind,
                    part: c.part,
                    part_id: c.part_id,
                    field: c.field.as_deref(),
                    base: c.base.as_ref(),
                    ours: c.ours.as_ref(),
                    theirs: c.theirs.as_ref(),
                    kept: c.kept,
                    extra: &c.extra,
                })
                .collect(),
            inbox: bp
                .inbox()
                .iter()
                .map(|e| InboxDto {
                    id: e.id,
                    kind: e.kind,
                    text: &e.text,
                    lane: e.lane,
                    phase: e.phase,
                    on: e.on,
                    severity: e.severity,
                    author: e.author.as_deref(),
                    received: &e.received,
                    status: e.status,
                    made: e.made,
                    extra: &e.extra,
                })
                .collect(),
            extra: &bp.extra,
        }
    }
}

/// The blueprint as the JSON tree of its canonical text (what `sightline merge` works on).
#[must_use]
pub fn to_value(bp: &Blueprint) -> serde_json::Value {
    serde_json::to_value(FileDto::from_model(bp)).unwrap_or_else(|e| unreachable!("a blueprint as JSON: {e}"))
}

/// The canonical text of a blueprint: pretty JSON, two-space indent, a final newline.
#[must_use]
pub fn to_string(bp: &Blueprint) -> String {
    let dto = FileDto::from_model(bp);
    // Serialising plain structs, strings, numbers and `Value`s into a String cannot fail.
    let mut text = serde_json::to_string_pretty(&dto).unwrap_or_else(|e| unreachable!("serialising a blueprint: {e}"));
    text.push('\n');
    text
}

/// The JSON Schema of the file format, as pretty JSON with a final newline.
#[must_use]
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(FileDto<'static>);
    let mut text =
        serde_json::to_string_pretty(&schema).unwrap_or_else(|e| unreachable!("serialising the schema: {e}"));
    text.push('\n');
    text
}
