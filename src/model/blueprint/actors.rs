//! Actors: people, teams, organisations, systems and information objects that take part in steps.

use super::{Blueprint, positions};
use crate::model::error::ModelError;
use crate::model::ids::{ActorId, StepId};
use crate::model::types::{Actor, Step};
use std::collections::HashSet;

/// A step's actor list longer than this is checked for repeats with a set, not by looking back.
const SHORT_LIST: usize = 16;

/// Everything an actor deletion took with it: its place in the list and the steps it was in.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedActor {
    pub index: usize,
    pub actor: Actor,
    /// The steps that named the actor, with the actor's place in each step's list.
    pub steps: Vec<(StepId, usize)>,
}

fn check_position(actor: &Actor) -> Result<(), ModelError> {
    match actor.position {
        Some((x, y)) if !(x.is_finite() && y.is_finite()) => Err(ModelError::InvalidPosition),
        _ => Ok(()),
    }
}

impl Blueprint {
    /// Actors, in the order of the actors panel.
    #[must_use]
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    #[must_use]
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.index.actors.get(&id).map(|&i| &self.actors[i])
    }

    /// The steps an actor takes part in.
    pub fn steps_with_actor(&self, id: ActorId) -> impl Iterator<Item = &Step> + '_ {
        self.steps().filter(move |s| s.actors.contains(&id))
    }

    /// Inserts an actor at `index` (use `actors().len()` to append).
    pub fn insert_actor(&mut self, index: usize, actor: Actor) -> Result<(), ModelError> {
        if index > self.actors.len() {
            return Err(ModelError::IndexOutOfRange(index));
        }
        check_position(&actor)?;
        self.claim(actor.id.0)?;
        self.actors.insert(index, actor);
        positions(&mut self.index.actors, &self.actors, index..self.actors.len(), |a| a.id);
        Ok(())
    }

    /// Changes an actor's name, kind, position or extra fields (not its id).
    pub fn update_actor(&mut self, id: ActorId, f: impl FnOnce(&mut Actor)) -> Result<(), ModelError> {
        let index = *self.index.actors.get(&id).ok_or(ModelError::UnknownActor(id))?;
        let mut changed = self.actors[index].clone();
        f(&mut changed);
        if changed.id != id {
            return Err(ModelError::IdentityChanged);
        }
        check_position(&changed)?;
        self.actors[index] = changed;
        Ok(())
    }

    /// Deletes an actor and takes it out of every step.
    pub fn remove_actor(&mut self, id: ActorId) -> Result<RemovedActor, ModelError> {
        let index = *self.index.actors.get(&id).ok_or(ModelError::UnknownActor(id))?;
        let mut steps = Vec::new();
        for node in self.graph.node_indices().collect::<Vec<_>>() {
            let step = &mut self.graph[node];
            if let Some(at) = step.actors.iter().position(|&a| a == id) {
                step.actors.remove(at);
                steps.push((step.id, at));
            }
        }
        self.used_ids.remove(&id.0);
        let actor = self.actors.remove(index);
        self.index.actors.remove(&id);
        positions(&mut self.index.actors, &self.actors, index..self.actors.len(), |a| a.id);
        Ok(RemovedActor { index, actor, steps })
    }

    /// Puts back a deleted actor, in the steps it was in (the inverse of `remove_actor`).
    pub fn restore_actor(&mut self, removed: RemovedActor) -> Result<(), ModelError> {
        for (step, _) in &removed.steps {
            if !self.step_nodes.contains_key(step) {
                return Err(ModelError::UnknownStep(*step));
            }
        }
        let id = removed.actor.id;
        self.insert_actor(removed.index.min(self.actors.len()), removed.actor)?;
        for (step, at) in removed.steps {
            let node = self.step_nodes[&step];
            let list = &mut self.graph[node].actors;
            if !list.contains(&id) {
                list.insert(at.min(list.len()), id);
            }
        }
        Ok(())
    }

    /// Checks a step's actor list: every actor exists, none twice.
    pub(super) fn check_step_actors(&self, step: &Step) -> Result<(), ModelError> {
        let long = step.actors.len() > SHORT_LIST;
        let mut seen: HashSet<ActorId> = HashSet::with_capacity(if long { step.actors.len() } else { 0 });
        for (i, a) in step.actors.iter().enumerate() {
            if !self.index.actors.contains_key(a) {
                return Err(ModelError::UnknownActor(*a));
            }
            let repeated = if long { !seen.insert(*a) } else { step.actors[..i].contains(a) };
            if repeated {
                return Err(ModelError::DuplicateActor(*a));
            }
        }
        Ok(())
    }
}
