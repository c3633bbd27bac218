//! The information choreography, played in rounds: each round has a name, a short note, where
//! every actor token stands and how each feels (−2…+2, with a short quote). The story of the
//! workshop is the change between rounds.

use super::{ActorId, Extras};
use uuid::Uuid;

/// How an actor feels: −2 (very bad) to +2 (very good).
pub const FEELING_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// One actor in one round.
#[derive(Clone, PartialEq, Debug)]
pub struct Place {
    pub actor: ActorId,
    /// Where the token stands in the field view (each within ±1,000,000).
    pub x: f32,
    pub y: f32,
    pub feeling: Option<i8>,
    /// What they say ("my colleague is just a bit slow").
    pub quote: Option<String>,
    pub extra: Extras,
}

/// One round of the choreography.
#[derive(Clone, PartialEq, Debug)]
pub struct Round {
    pub id: Uuid,
    pub name: String,
    /// What happens in it ("the customer asks: how long must I wait?").
    pub note: Option<String>,
    /// The tokens in this round, each actor at most once. A place of an actor that is deleted
    /// is ignored, and not saved; undo brings it back.
    pub places: Vec<Place>,
    pub extra: Extras,
}

impl Round {
    /// An empty round with a fresh id.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self { id: Uuid::new_v4(), name: name.into(), note: None, places: Vec::new(), extra: Extras::new() }
    }

    /// The place of an actor in this round.
    #[must_use]
    pub fn place(&self, actor: ActorId) -> Option<&Place> {
        self.places.iter().find(|p| p.actor == actor)
    }
}

impl Place {
    /// An actor at a point, feeling unsaid.
    #[must_use]
    pub fn new(actor: ActorId, x: f32, y: f32) -> Self {
        Self { actor, x, y, feeling: None, quote: None, extra: Extras::new() }
    }
}
