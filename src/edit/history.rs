//! Undo and redo over [`apply`]: each entry holds the edit that undoes one user action.

use super::{Edit, apply};
use crate::model::{Blueprint, ModelError};

/// Edits with the same key, one right after the other, are one undo step (typing in a field,
/// creating a step and typing its title).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeKey(pub String);

struct Entry {
    undo: Edit,
    key: Option<MergeKey>,
    /// The document state before this entry, for the "unsaved changes" marker.
    state_before: u64,
}

/// The undo and redo stacks of one document, with a state counter that tells whether the
/// document differs from its saved version.
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    limit: usize,
    /// The id of the current document state; every change makes a new one.
    state: u64,
    next_state: u64,
}

impl Default for History {
    fn default() -> Self {
        Self::new(1000)
    }
}

impl History {
    /// A history that keeps at most `limit` undo steps.
    #[must_use]
    pub fn new(limit: usize) -> Self {
        Self { undo: Vec::new(), redo: Vec::new(), limit: limit.max(1), state: 0, next_state: 1 }
    }

    /// Applies an edit as a new undo step (or part of the last one, when the keys match).
    pub fn apply(&mut self, bp: &mut Blueprint, edit: Edit, key: Option<MergeKey>) -> Result<(), ModelError> {
        let undo = apply(bp, edit)?;
        self.redo.clear();
        let merge = key.is_some() && self.undo.last().is_some_and(|e| e.key == key);
        if merge {
            // The older entry's undo already goes back to the state before the whole run; the
            // new part is undone first.
            if let Some(last) = self.undo.last_mut() {
                let older = std::mem::replace(&mut last.undo, Edit::Batch(Vec::new()));
                last.undo = Edit::Batch(vec![undo, older]);
            }
        } else {
            self.undo.push(Entry { undo, key, state_before: self.state });
            if self.undo.len() > self.limit {
                self.undo.remove(0);
            }
        }
        self.state = self.fresh_state();
        Ok(())
    }

    /// Applies an edit that is not an undo step of its own (a participant's note arriving in the
    /// inbox while the facilitator works: undo takes back the facilitator's last change, not what
    /// someone sent). Every state undo or redo can reach now holds the arrival, so none of them
    /// counts as saved any more.
    pub fn apply_aside(&mut self, bp: &mut Blueprint, edit: Edit) -> Result<(), ModelError> {
        apply(bp, edit)?;
        for i in 0..self.undo.len() + self.redo.len() {
            let fresh = self.fresh_state();
            let entry = if i < self.undo.len() { &mut self.undo[i] } else { &mut self.redo[i - self.undo.len()] };
            entry.state_before = fresh;
        }
        self.state = self.fresh_state();
        Ok(())
    }

    fn fresh_state(&mut self) -> u64 {
        let s = self.next_state;
        self.next_state += 1;
        s
    }

    /// Moves to a new state without an undo step (a document restored from a recovery copy
    /// differs from every saved state).
    pub fn mark_changed(&mut self) {
        self.state = self.fresh_state();
    }

    /// Ends the current run of merged edits: the next edit starts a new undo step.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.key = None;
        }
    }

    /// Undoes the last step; false when there was nothing to undo.
    pub fn undo(&mut self, bp: &mut Blueprint) -> Result<bool, ModelError> {
        let Some(entry) = self.undo.pop() else { return Ok(false) };
        let state_before = entry.state_before;
        match apply(bp, entry.undo) {
            Ok(redo) => {
                self.redo.push(Entry { undo: redo, key: None, state_before: self.state });
                self.state = state_before;
                Ok(true)
            }
            Err(e) => {
                // The document no longer matches this step; drop the history rather than guess.
                self.undo.clear();
                self.redo.clear();
                Err(e)
            }
        }
    }

    /// Redoes the last undone step; false when there was nothing to redo.
    pub fn redo(&mut self, bp: &mut Blueprint) -> Result<bool, ModelError> {
        let Some(entry) = self.redo.pop() else { return Ok(false) };
        let state_after = entry.state_before;
        match apply(bp, entry.undo) {
            Ok(undo) => {
                self.undo.push(Entry { undo, key: None, state_before: self.state });
                self.state = state_after;
                Ok(true)
            }
            Err(e) => {
                self.redo.clear();
                Err(e)
            }
        }
    }

    /// Forgets the redo steps (used when a new, still-empty step is abandoned by undoing its
    /// creation: that is not something to redo).
    pub fn forget_redo(&mut self) {
        self.redo.clear();
    }

    /// The merge key of the last undo step, if it has one.
    #[must_use]
    pub fn top_key(&self) -> Option<&MergeKey> {
        self.undo.last().and_then(|e| e.key.as_ref())
    }

    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Number of undo steps kept.
    #[must_use]
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// The id of the current document state (changes with every edit, undo and redo).
    #[must_use]
    pub fn state(&self) -> u64 {
        self.state
    }
}
