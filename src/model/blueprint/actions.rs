//! Actions (see [`Action`]).

use super::Blueprint;
use crate::model::action::{Action, is_date};
use crate::model::error::ModelError;
use crate::model::ids::{AnnotationId, StepId};
use uuid::Uuid;

impl Blueprint {
    /// Actions, in the order of the actions panel.
    #[must_use]
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    #[must_use]
    pub fn action(&self, id: Uuid) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// Whether an action may link to this id: a step, an annotation or a round of the blueprint.
    #[must_use]
    pub fn linkable(&self, id: Uuid) -> bool {
        self.step(StepId(id)).is_some() || self.annotation(AnnotationId(id)).is_some() || self.round(id).is_some()
    }

    /// The links of an action that name a part of the blueprint now.
    pub fn live_links<'a>(&'a self, action: &'a Action) -> impl Iterator<Item = Uuid> + 'a {
        action.links.iter().copied().filter(|id| self.linkable(*id))
    }

    /// Inserts an action at `index` (use `actions().len()` to append).
    pub fn insert_action(&mut self, index: usize, action: Action) -> Result<(), ModelError> {
        if index > self.actions.len() {
            return Err(ModelError::IndexOutOfRange(index));
        }
        check_action(&action)?;
        self.claim(action.id)?;
        self.actions.insert(index, action);
        Ok(())
    }

    /// Removes an action; returns where it was and what it was.
    pub fn remove_action(&mut self, id: Uuid) -> Result<(usize, Action), ModelError> {
        let index = self.actions.iter().position(|a| a.id == id).ok_or(ModelError::UnknownAction(id))?;
        self.used_ids.remove(&id);
        Ok((index, self.actions.remove(index)))
    }

    /// Replaces an action (same id); returns the old one.
    pub fn update_action(&mut self, action: Action) -> Result<Action, ModelError> {
        check_action(&action)?;
        let slot = self.actions.iter_mut().find(|a| a.id == action.id).ok_or(ModelError::UnknownAction(action.id))?;
        Ok(std::mem::replace(slot, action))
    }
}

/// The rules an action keeps by itself (what it links to may come and go).
pub(super) fn check_action(a: &Action) -> Result<(), ModelError> {
    if a.due.as_deref().is_some_and(|d| !is_date(d)) {
        return Err(ModelError::InvalidDate);
    }
    if a.matrix.is_some_and(|m| !m.is_valid()) {
        return Err(ModelError::InvalidPosition);
    }
    Ok(())
}
