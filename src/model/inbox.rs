//! What participants sent from their phones (`sightline serve`, Workshop → Invite participants):
//! proposed steps, notes on steps and, when the facilitator holds them, dot votes. An entry waits
//! in the inbox until the facilitator accepts it (it becomes a step or an annotation) or dismisses
//! it; nothing a participant sends reaches the blueprint by itself.

use super::Extras;
use super::types::words_for;
use super::{AnnotationKind, LaneId, PhaseId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The longest text a participant may send (characters).
pub const MAX_INBOX_TEXT: usize = 2000;

/// What a participant sent.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InboxKind {
    /// A proposed step (a sticky note for a lane and a phase).
    Step,
    PainPoint,
    Idea,
    Question,
    MomentOfTruth,
    /// A dot vote, held for the facilitator when votes are not counted as they come.
    Vote,
}

words_for!(InboxKind: Step = "step", PainPoint = "pain_point", Idea = "idea", Question = "question",
    MomentOfTruth = "moment_of_truth", Vote = "vote");

impl InboxKind {
    /// The annotation a note of this kind becomes (`None`: a step or a vote).
    #[must_use]
    pub fn annotation(self) -> Option<AnnotationKind> {
        match self {
            Self::PainPoint => Some(AnnotationKind::PainPoint),
            Self::Idea => Some(AnnotationKind::Idea),
            Self::Question => Some(AnnotationKind::Question),
            Self::MomentOfTruth => Some(AnnotationKind::MomentOfTruth),
            Self::Step | Self::Vote => None,
        }
    }
}

/// Where an entry stands.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InboxStatus {
    /// Waiting for the facilitator.
    Waiting,
    /// Taken into the blueprint (see [`InboxEntry::made`]).
    Accepted,
    Dismissed,
}

words_for!(InboxStatus: Waiting = "waiting", Accepted = "accepted", Dismissed = "dismissed");

/// One thing a participant sent. Where it was aimed may no longer exist (a step deleted since);
/// the entry keeps the id, and the facilitator places it by hand.
#[derive(Clone, PartialEq, Debug)]
pub struct InboxEntry {
    /// Made by the participant's page, so that sending the same note twice stores it once.
    pub id: Uuid,
    pub kind: InboxKind,
    /// Empty for a vote.
    pub text: String,
    /// For a proposed step: the lane and the phase it was aimed at.
    pub lane: Option<LaneId>,
    pub phase: Option<PhaseId>,
    /// For a note: the step it is on; for a vote: the step or annotation.
    pub on: Option<Uuid>,
    /// For a pain point: 1 (minor) to 3 (severe).
    pub severity: Option<u8>,
    /// The name the participant gave (anonymous when absent).
    pub author: Option<String>,
    /// When it arrived: UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub received: String,
    pub status: InboxStatus,
    /// The step or annotation accepting made (or the part a vote went to).
    pub made: Option<Uuid>,
    pub extra: Extras,
}

impl InboxEntry {
    /// A waiting entry of this kind, received now.
    #[must_use]
    pub fn new(id: Uuid, kind: InboxKind, text: impl Into<String>) -> Self {
        Self {
            id,
            kind,
            text: text.into(),
            lane: None,
            phase: None,
            on: None,
            severity: None,
            author: None,
            received: crate::analysis::timestamp_now(),
            status: InboxStatus::Waiting,
            made: None,
            extra: Extras::new(),
        }
    }
}
