//! Why the model refused a change. Messages are shown to users, so they say what to do.

use super::ids::{ActorId, AnnotationId, FlowId, LaneId, PhaseId, StepId};
use thiserror::Error;
use uuid::Uuid;

/// A change the model refused because it would break one of its rules.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ModelError {
    #[error("the id {0} is already used by another part of this blueprint")]
    DuplicateId(Uuid),
    #[error("there is no lane with id {0}")]
    UnknownLane(LaneId),
    #[error("there is no phase with id {0}")]
    UnknownPhase(PhaseId),
    #[error("there is no step with id {0}")]
    UnknownStep(StepId),
    #[error("there is no flow with id {0}")]
    UnknownFlow(FlowId),
    #[error("there is no annotation with id {0}")]
    UnknownAnnotation(AnnotationId),
    #[error("there is no actor with id {0}")]
    UnknownActor(ActorId),
    #[error("the step names the actor {0} twice")]
    DuplicateActor(ActorId),
    #[error("only a message answers questions")]
    AnswersNotAllowed,
    #[error("the field position must be a finite number")]
    InvalidPosition,
    #[error("there is no step or flow with id {0} to attach the annotation to")]
    UnknownTarget(Uuid),
    #[error("that cell is already taken by the step “{title}” (lane {lane}, column {column})")]
    CellTaken { lane: LaneId, column: u32, title: String },
    #[error("a flow cannot go from a step to itself")]
    SelfLoop(StepId),
    #[error("column {0} is too far to the right (the last column is {max})", max = super::types::MAX_COLUMN)]
    ColumnTooLarge(u64),
    #[error("the lane still holds {0} step(s); move or delete them first")]
    LaneNotEmpty(usize),
    #[error("column {0} still holds steps; move or delete them first")]
    ColumnNotEmpty(u32),
    #[error("another phase already starts at column {0}")]
    PhaseStartTaken(u32),
    #[error("a pain point's severity must be 1, 2 or 3 (got {0})")]
    SeverityOutOfRange(u8),
    #[error("only a pain point has a severity")]
    SeverityNotAllowed,
    #[error("only a moment of truth has a perspective")]
    PerspectiveNotAllowed,
    #[error("a step's id, lane and column change only by moving it; a flow's ends only by reconnecting it")]
    IdentityChanged,
    #[error("{0}")]
    InvalidMeasure(&'static str),
    #[error("there is no inbox entry with id {0}")]
    UnknownInboxEntry(Uuid),
    #[error("a participant's text is at most {max} characters", max = super::inbox::MAX_INBOX_TEXT)]
    InboxTextTooLong,
    #[error("there is no round with id {0}")]
    UnknownRound(Uuid),
    #[error("there is no action with id {0}")]
    UnknownAction(Uuid),
    #[error("a due date is written YYYY-MM-DD and is a day of the calendar")]
    InvalidDate,
    #[error("only an idea has a place in the value/effort matrix")]
    MatrixNotAllowed,
    #[error("the index {0} is outside the list")]
    IndexOutOfRange(usize),
}
