//! The rounds of the information choreography (see [`Round`]).

use super::Blueprint;
use crate::model::error::ModelError;
use crate::model::round::{FEELING_RANGE, Place, Round};
use std::collections::HashSet;
use uuid::Uuid;

/// The largest distance from the middle of the field (as for an actor's position).
const LIMIT: f32 = 1e6;

impl Blueprint {
    /// The rounds, in playing order.
    #[must_use]
    pub fn rounds(&self) -> &[Round] {
        &self.rounds
    }

    #[must_use]
    pub fn round(&self, id: Uuid) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// The places of a round whose actor is in the blueprint now.
    pub fn live_places<'a>(&'a self, round: &'a Round) -> impl Iterator<Item = &'a Place> + 'a {
        round.places.iter().filter(|p| self.actor(p.actor).is_some())
    }

    /// Inserts a round at `index` (use `rounds().len()` to append).
    pub fn insert_round(&mut self, index: usize, round: Round) -> Result<(), ModelError> {
        if index > self.rounds.len() {
            return Err(ModelError::IndexOutOfRange(index));
        }
        check_round(&round)?;
        self.claim(round.id)?;
        self.rounds.insert(index, round);
        Ok(())
    }

    /// Removes a round; returns where it was and what it was.
    pub fn remove_round(&mut self, id: Uuid) -> Result<(usize, Round), ModelError> {
        let index = self.rounds.iter().position(|r| r.id == id).ok_or(ModelError::UnknownRound(id))?;
        self.used_ids.remove(&id);
        Ok((index, self.rounds.remove(index)))
    }

    /// Replaces a round (same id); returns the old one.
    pub fn update_round(&mut self, round: Round) -> Result<Round, ModelError> {
        check_round(&round)?;
        let slot = self.rounds.iter_mut().find(|r| r.id == round.id).ok_or(ModelError::UnknownRound(round.id))?;
        Ok(std::mem::replace(slot, round))
    }
}

/// The rules a round keeps by itself: finite places within the field, feelings −2…+2, each actor
/// once.
pub(super) fn check_round(r: &Round) -> Result<(), ModelError> {
    let mut seen = HashSet::with_capacity(r.places.len());
    for p in &r.places {
        if !(p.x.is_finite() && p.y.is_finite() && p.x.abs() <= LIMIT && p.y.abs() <= LIMIT) {
            return Err(ModelError::InvalidPosition);
        }
        if p.feeling.is_some_and(|f| !FEELING_RANGE.contains(&f)) {
            return Err(ModelError::InvalidMeasure("a feeling is from −2 to +2"));
        }
        if !seen.insert(p.actor) {
            return Err(ModelError::DuplicateActor(p.actor));
        }
    }
    Ok(())
}
