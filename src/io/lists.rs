//! Reading the lists a blueprint gathers around its parts: the rounds of the choreography, the
//! actions, the conflicts a merge recorded and the inbox — each after the parts they refer to.

use super::json::{at, problem};
use super::read::{Reader, refused};
use crate::model::Blueprint;
use serde_json::Value;

impl Reader {
    /// The rounds of the choreography; every place names an actor.
    pub(super) fn rounds(&mut self, bp: &mut Blueprint, rounds: Vec<Value>) {
        for (i, v) in rounds.into_iter().enumerate() {
            let path = format!("rounds[{i}]");
            let Some(round) = self.part(v, &path, super::rounds::read_round).filter(|r| self.claim(r.id, "rounds", i))
            else {
                continue;
            };
            if let Some((j, p)) = round.places.iter().enumerate().find(|(_, p)| bp.actor(p.actor).is_none()) {
                let here = at(&format!("{}[{j}]", at(&path, "places")), "actor");
                self.report(problem(here, "read-no-actor", &[("id", p.actor.to_string())]));
                continue;
            }
            let at_end = bp.rounds().len();
            let r = bp.insert_round(at_end, round).map_err(|e| refused(bp, &path, &e));
            self.ok(r);
        }
    }

    /// The actions; each link must name a step or an annotation, the owner an actor.
    pub(super) fn actions(&mut self, bp: &mut Blueprint, actions: Vec<Value>) {
        for (i, v) in actions.into_iter().enumerate() {
            let path = format!("actions[{i}]");
            let Some(action) =
                self.part(v, &path, super::actions::read_action).filter(|a| self.claim(a.id, "actions", i))
            else {
                continue;
            };
            if let Some(owner) = action.owner.filter(|o| bp.actor(*o).is_none()) {
                self.report(problem(at(&path, "owner"), "read-no-actor", &[("id", owner.to_string())]));
                continue;
            }
            if let Some((j, id)) = action.links.iter().enumerate().find(|(_, id)| !bp.linkable(**id)) {
                if !self.broken.contains(id) {
                    let here = format!("{}[{j}]", at(&path, "links"));
                    self.report(problem(here, "read-no-link", &[("id", id.to_string())]));
                }
                continue;
            }
            let at_end = bp.actions().len();
            let r = bp.insert_action(at_end, action).map_err(|e| refused(bp, &path, &e));
            self.ok(r);
        }
    }

    /// The conflicts a merge recorded; their ids are unique like every other.
    pub(super) fn conflicts(&mut self, bp: &mut Blueprint, conflicts: Vec<Value>) {
        for (i, v) in conflicts.into_iter().enumerate() {
            let path = format!("conflicts[{i}]");
            if let Some(c) =
                self.part(v, &path, super::conflicts::read_conflict).filter(|c| self.claim(c.id, "conflicts", i))
            {
                bp.conflicts.push(c);
            }
        }
    }

    /// What participants sent; ids unique like every other.
    pub(super) fn inbox(&mut self, bp: &mut Blueprint, inbox: Vec<Value>) {
        for (i, v) in inbox.into_iter().enumerate() {
            let path = format!("inbox[{i}]");
            if let Some(entry) =
                self.part(v, &path, super::inbox::read_inbox_entry).filter(|e| self.claim(e.id, "inbox", i))
            {
                let at_end = bp.inbox().len();
                let r = bp.insert_inbox_entry(at_end, entry).map_err(|e| refused(bp, &path, &e));
                self.ok(r);
            }
        }
    }
}
