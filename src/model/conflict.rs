//! A conflict that `sightline merge` recorded in the file: both sides of a three-way merge
//! changed the same thing differently, or one deleted what the other changed or still used, or
//! the merged parts broke a rule. The document holds one value (see [`Conflict::kept`]); the
//! conflict keeps the others, so that a person can choose.

use super::Extras;
use super::types::words_for;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

/// What happened.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Both sides changed the same field (or added the same part) differently; ours is kept.
    BothChanged,
    /// One side deleted a part the other changed; the changed part is kept.
    ChangedDeleted,
    /// One side deleted a part the other still refers to (a step in a lane, a flow to a step, a
    /// note on a step …); the part is kept.
    DeletedUsed,
    /// Both sides put a step in the same cell; theirs moved right to the next free cell.
    SameCell,
    /// Both sides started a phase in the same column; theirs moved right to the next free column.
    SamePhaseStart,
    /// The merged part broke a rule of the format; ours (or nothing) is kept.
    Rule,
}

/// Which part of the blueprint.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    Blueprint,
    Lane,
    Phase,
    Step,
    Flow,
    Annotation,
    Actor,
    /// Something a participant sent (see [`super::InboxEntry`]).
    InboxEntry,
    /// What the workshop decided to do (see [`super::Action`]).
    Action,
    /// A round of the choreography (see [`super::Round`]).
    Round,
}

/// Which side's value the document holds now.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Ours,
    Theirs,
}

words_for!(ConflictKind: BothChanged = "both_changed", ChangedDeleted = "changed_deleted", DeletedUsed = "deleted_used",
    SameCell = "same_cell", SamePhaseStart = "same_phase_start", Rule = "rule");
words_for!(PartKind: Blueprint = "blueprint", Lane = "lane", Phase = "phase", Step = "step", Flow = "flow",
    Annotation = "annotation", Actor = "actor", InboxEntry = "inbox_entry", Action = "action", Round = "round");
words_for!(Side: Ours = "ours", Theirs = "theirs");

/// One recorded conflict. `base`, `ours` and `theirs` are the values as the three files wrote
/// them (`None`: absent there — not in that file, or the part deleted).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub id: Uuid,
    pub kind: ConflictKind,
    pub part: PartKind,
    /// The part's id (`None` for the blueprint itself).
    pub part_id: Option<Uuid>,
    /// The field (`None`: the part as a whole).
    pub field: Option<String>,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
    /// Whose value the document holds (`None`: neither, e.g. a step moved to a free cell).
    pub kept: Option<Side>,
    pub extra: Extras,
}
