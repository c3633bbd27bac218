//! What the workshop decided to do: an action with an owner, a due date and a status, tied to the
//! steps, pain points and ideas it answers, and placed in the value/effort matrix.

use super::types::words_for;
use super::{ActorId, Extras};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where an action stands.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    Doing,
    Done,
}

words_for!(ActionStatus: Open = "open", Doing = "doing", Done = "done");

/// A place in the value/effort matrix: both from 0 (low) to 1 (high).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Matrix {
    pub value: f32,
    pub effort: f32,
}

impl Matrix {
    /// Within the matrix (and a number at all).
    #[must_use]
    pub fn is_valid(self) -> bool {
        (0.0..=1.0).contains(&self.value) && (0.0..=1.0).contains(&self.effort)
    }

    /// The quadrant: `quick_wins` (high value, low effort), `big_bets`, `fill_ins`,
    /// `money_pits`.
    #[must_use]
    pub fn quadrant(self) -> &'static str {
        match (self.value >= 0.5, self.effort >= 0.5) {
            (true, false) => "quick_wins",
            (true, true) => "big_bets",
            (false, false) => "fill_ins",
            (false, true) => "money_pits",
        }
    }
}

/// One action.
#[derive(Clone, PartialEq, Debug)]
pub struct Action {
    pub id: Uuid,
    pub title: String,
    /// An actor of the blueprint who owns it (ignored while that actor is deleted: undo brings it
    /// back).
    pub owner: Option<ActorId>,
    /// Or an owner by name (a team, a person not on the field).
    pub owner_name: Option<String>,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub status: ActionStatus,
    /// The steps, pain points and ideas it answers. An id whose part is deleted is ignored, and
    /// not saved; undo brings it back to life (as a message's answers).
    pub links: Vec<Uuid>,
    pub matrix: Option<Matrix>,
    pub extra: Extras,
}

impl Action {
    /// An open action with a fresh id.
    #[must_use]
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            id: Uuid::new_v4(),
            title: title.into(),
            owner: None,
            owner_name: None,
            due: None,
            status: ActionStatus::Open,
            links: Vec::new(),
            matrix: None,
            extra: Extras::new(),
        }
    }
}

/// Whether a due date is a real calendar date written `YYYY-MM-DD`.
#[must_use]
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num =
        |r: std::ops::Range<usize>| text.get(r).filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
