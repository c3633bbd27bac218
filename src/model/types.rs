//! The plain parts of a blueprint: lanes, phases, steps, flows and annotations.
//!
//! These are in-memory types; the file format has its own DTOs in `crate::io`. Every part keeps
//! the fields a newer version or another tool wrote (`extra`) so that nothing is lost on save.

use super::ids::{ActorId, AnnotationId, FlowId, LaneId, PhaseId, StepId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Fields this version does not know, kept verbatim and written back in key order.
pub type Extras = BTreeMap<String, serde_json::Value>;

/// The highest column a step may sit in. Canvas coordinates are `f32`; beyond this they lose
/// precision, and no real service has this many moments.
pub const MAX_COLUMN: u32 = 99_999;

/// What a lane stands for. The three lines of a blueprint are derived from these kinds.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LaneKind {
    /// Physical evidence: what the customer sees or receives.
    Evidence,
    /// Customer actions.
    Customer,
    /// Frontstage: what staff do in sight of the customer.
    Frontstage,
    /// Backstage: what staff do out of sight.
    Backstage,
    /// Support processes: systems, other departments, suppliers.
    Support,
    /// Any lane the team adds itself.
    Custom,
}

impl LaneKind {
    /// All kinds, in the order of the standard blueprint.
    pub const ALL: [LaneKind; 6] =
        [Self::Evidence, Self::Customer, Self::Frontstage, Self::Backstage, Self::Support, Self::Custom];

    /// The word used in the file format.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Evidence => "evidence",
            Self::Customer => "customer",
            Self::Frontstage => "frontstage",
            Self::Backstage => "backstage",
            Self::Support => "support",
            Self::Custom => "custom",
        }
    }

    /// The kind for a word of the file format.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A horizontal band of the blueprint.
#[derive(Clone, PartialEq, Debug)]
pub struct Lane {
    pub id: LaneId,
    pub kind: LaneKind,
    pub name: String,
    pub extra: Extras,
}

impl Lane {
    /// A lane with a fresh id.
    #[must_use]
    pub fn new(kind: LaneKind, name: impl Into<String>) -> Self {
        Self { id: LaneId::random(), kind, name: name.into(), extra: Extras::new() }
    }
}

/// A named stage of the journey; it runs from `start` to the next phase's start.
#[derive(Clone, PartialEq, Debug)]
pub struct Phase {
    pub id: PhaseId,
    pub name: String,
    pub start: u32,
    pub extra: Extras,
}

impl Phase {
    /// A phase with a fresh id.
    #[must_use]
    pub fn new(name: impl Into<String>, start: u32) -> Self {
        Self { id: PhaseId::random(), name: name.into(), start, extra: Extras::new() }
    }
}

/// One moment in one lane: a card on the canvas, a node of the flow graph.
#[derive(Clone, PartialEq, Debug)]
pub struct Step {
    pub id: StepId,
    pub lane: LaneId,
    pub column: u32,
    pub title: String,
    pub description: Option<String>,
    pub channel: Option<String>,
    /// Dot votes from a workshop.
    pub votes: u32,
    /// Minutes, value class, evidence, emotion and Kano class.
    pub measures: Measures,
    /// The actors that take part in the step, each once.
    pub actors: Vec<ActorId>,
    pub extra: Extras,
}

impl Step {
    /// A step with a fresh id and no optional fields.
    #[must_use]
    pub fn new(lane: LaneId, column: u32, title: impl Into<String>) -> Self {
        Self {
            id: StepId::random(),
            lane,
            column,
            title: title.into(),
            description: None,
            channel: None,
            votes: 0,
            measures: Measures::default(),
            actors: Vec::new(),
            extra: Extras::new(),
        }
    }
}

/// LEAN's value class of a step.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ValueClass {
    ValueAdding,
    /// Necessary but not value adding.
    Necessary,
    Waste,
}

/// The eight wastes of LEAN.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WasteType {
    Defects,
    Overproduction,
    Waiting,
    NonUtilisedTalent,
    Transport,
    Inventory,
    Motion,
    ExtraProcessing,
}

/// How sure the team is about a step.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Observed,
    Assumed,
    Proposed,
}

/// The Kano class of a touchpoint.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kano {
    Basic,
    Performance,
    Delighter,
    Indifferent,
}

/// `ALL` and `as_str` (the word in the file) for an enum of words.
macro_rules! words_for {
    ($t:ty: $($v:ident = $s:literal),+ $(,)?) => {
        impl $t {
            /// Every value, in order.
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];

            /// The word used in the file format.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
        }
    };
}
pub(crate) use words_for;

words_for!(ValueClass: ValueAdding = "value_adding", Necessary = "necessary", Waste = "waste");
words_for!(WasteType: Defects = "defects", Overproduction = "overproduction", Waiting = "waiting",
    NonUtilisedTalent = "non_utilised_talent", Transport = "transport", Inventory = "inventory", Motion = "motion",
    ExtraProcessing = "extra_processing");
words_for!(Evidence: Observed = "observed", Assumed = "assumed", Proposed = "proposed");
words_for!(ActorKind: Person = "person", Team = "team", Organisation = "organisation", System = "system",
    Information = "information");
words_for!(Kano: Basic = "basic", Performance = "performance", Delighter = "delighter", Indifferent = "indifferent");

/// What kind of actor: someone, or a thing that acts like a colleague (when it is missing,
/// everyone waits).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Team,
    Organisation,
    System,
    /// An information object: the case file, the website, a letter.
    Information,
}

/// A stakeholder or information object that takes part in steps.
#[derive(Clone, PartialEq, Debug)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    /// Where the actor stands in the field view, when placed.
    pub position: Option<(f32, f32)>,
    /// Fields of the position this version does not know (a `z`, say), kept as they were.
    pub position_extra: Extras,
    pub extra: Extras,
}

impl Actor {
    /// An actor with a fresh id, not yet placed.
    #[must_use]
    pub fn new(name: impl Into<String>, kind: ActorKind) -> Self {
        Self {
            id: ActorId::random(),
            name: name.into(),
            kind,
            position: None,
            position_extra: Extras::new(),
            extra: Extras::new(),
        }
    }
}

/// The largest number of minutes a step may carry (about 1,900 years).
pub const MAX_MINUTES: f64 = 1e9;

/// The customer-journey and LEAN details of a step; every field is optional.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Measures {
    /// The organisation's effort, in minutes.
    pub process_minutes: Option<f64>,
    /// Waiting before the step, in minutes.
    pub wait_minutes: Option<f64>,
    /// The customer's own time, in minutes.
    pub customer_minutes: Option<f64>,
    pub value: Option<ValueClass>,
    /// Only with `value` = waste.
    pub waste_type: Option<WasteType>,
    pub evidence: Option<Evidence>,
    /// The customer's feeling, −2 to +2.
    pub emotion: Option<i8>,
    pub kano: Option<Kano>,
}

/// Channel suggestions offered for a step; the field itself is free text.
pub const CHANNEL_SUGGESTIONS: [&str; 8] =
    ["website", "phone", "counter", "email", "letter", "app", "chat", "in person"];

/// A directed connection between two steps (an edge of the flow graph).
#[derive(Clone, PartialEq, Debug)]
pub struct Flow {
    pub id: FlowId,
    pub from: StepId,
    pub to: StepId,
    pub label: Option<String>,
    pub two_way: bool,
    pub extra: Extras,
}

impl Flow {
    /// A one-way, unlabelled flow with a fresh id.
    #[must_use]
    pub fn new(from: StepId, to: StepId) -> Self {
        Self { id: FlowId::random(), from, to, label: None, two_way: false, extra: Extras::new() }
    }
}

/// The kind of an annotation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnnotationKind {
    PainPoint,
    MomentOfTruth,
    Idea,
    /// What the customer wants to know at that moment.
    Question,
    /// What the organisation tells the customer; it may answer questions.
    Message,
}

impl AnnotationKind {
    /// All kinds, in legend order.
    pub const ALL: [AnnotationKind; 5] =
        [Self::PainPoint, Self::MomentOfTruth, Self::Idea, Self::Question, Self::Message];

    /// The word used in the file format.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PainPoint => "pain_point",
            Self::MomentOfTruth => "moment_of_truth",
            Self::Idea => "idea",
            Self::Question => "question",
            Self::Message => "message",
        }
    }

    /// The kind for a word of the file format.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Whose moment of truth it is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    Customer,
    Organisation,
    Both,
}

impl Perspective {
    /// All perspectives.
    pub const ALL: [Perspective; 3] = [Self::Customer, Self::Organisation, Self::Both];

    /// The word used in the file format.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Organisation => "organisation",
            Self::Both => "both",
        }
    }

    /// The perspective for a word of the file format.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What an annotation is attached to.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Target {
    Step(StepId),
    Flow(FlowId),
}

impl Target {
    /// The bare uuid, as written in the file's `on` field.
    #[must_use]
    pub fn uuid(self) -> uuid::Uuid {
        match self {
            Self::Step(id) => id.0,
            Self::Flow(id) => id.0,
        }
    }
}

/// The lowest and highest severity of a pain point.
pub const SEVERITY_RANGE: std::ops::RangeInclusive<u8> = 1..=3;

/// A note on a step or a flow: a pain point, a moment of truth, an idea or a question.
#[derive(Clone, PartialEq, Debug)]
pub struct Annotation {
    pub id: AnnotationId,
    pub kind: AnnotationKind,
    pub on: Target,
    pub text: String,
    /// Only for pain points: 1 (minor) to 3 (severe).
    pub severity: Option<u8>,
    /// Only for moments of truth.
    pub perspective: Option<Perspective>,
    /// Where the question is asked or the message given (website, letter, phone, …).
    pub channel: Option<String>,
    /// Only for messages: the questions it answers. A reference to an annotation that is not (or
    /// no longer) a question is ignored, and not saved; undo brings it back to life.
    pub answers: Vec<AnnotationId>,
    pub votes: u32,
    /// Only for ideas: the place in the value/effort matrix.
    pub matrix: Option<super::Matrix>,
    pub extra: Extras,
}

impl Annotation {
    /// An annotation with a fresh id, no votes and the kind's default detail (severity 2 for a
    /// pain point, the customer's perspective for a moment of truth).
    #[must_use]
    pub fn new(kind: AnnotationKind, on: Target, text: impl Into<String>) -> Self {
        Self {
            id: AnnotationId::random(),
            kind,
            on,
            text: text.into(),
            severity: (kind == AnnotationKind::PainPoint).then_some(2),
            perspective: (kind == AnnotationKind::MomentOfTruth).then_some(Perspective::Customer),
            channel: None,
            answers: Vec::new(),
            votes: 0,
            matrix: None,
            extra: Extras::new(),
        }
    }
}
