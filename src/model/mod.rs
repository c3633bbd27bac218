//! The blueprint model: lanes, phases, steps (a petgraph `StableGraph`), flows and annotations.
//!
//! No UI toolkit here. Ids are uuids; petgraph indices never leave this module.

mod action;
mod blueprint;
mod conflict;
mod error;
mod ids;
mod inbox;
mod round;
mod types;

pub use action::{Action, ActionStatus, Matrix, is_date};
pub use blueprint::{Blueprint, RemovedActor, RemovedFlow, RemovedStep};
pub use conflict::{Conflict, ConflictKind, PartKind, Side};
pub use error::ModelError;
pub use ids::{ActorId, AnnotationId, BlueprintId, FlowId, LaneId, PhaseId, StepId};
pub use inbox::{InboxEntry, InboxKind, InboxStatus, MAX_INBOX_TEXT};
pub use round::{FEELING_RANGE, Place, Round};
pub use types::{
    Actor, ActorKind, Annotation, AnnotationKind, CHANNEL_SUGGESTIONS, Evidence, Extras, Flow, Kano, Lane, LaneKind,
    MAX_COLUMN, MAX_MINUTES, Measures, Perspective, Phase, SEVERITY_RANGE, Step, Target, ValueClass, WasteType,
};
