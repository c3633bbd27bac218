//! The phases: sorted by a strictly rising start column, none past the last column.

use super::{Blueprint, check_column};
use crate::model::error::ModelError;
use crate::model::ids::PhaseId;
use crate::model::types::Phase;
use std::collections::HashSet;

impl Blueprint {
    // ----- phases -----

    /// Phases, sorted by start column.
    #[must_use]
    pub fn phases(&self) -> &[Phase] {
        &self.phases
    }

    #[must_use]
    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The phase a column belongs to (none before the first phase).
    #[must_use]
    pub fn phase_at(&self, column: u32) -> Option<&Phase> {
        let after = self.phases.partition_point(|p| p.start <= column);
        after.checked_sub(1).map(|i| &self.phases[i])
    }

    /// The columns a phase spans: from its start to the next phase's start (exclusive), or to
    /// `end` for the last phase.
    #[must_use]
    pub fn phase_span(&self, index: usize, end: u32) -> std::ops::Range<u32> {
        let start = self.phases[index].start;
        let stop = self.phases.get(index + 1).map_or(end.max(start + 1), |p| p.start);
        start..stop
    }

    /// The phase that starts at a column, if any.
    #[must_use]
    pub fn phase_starting_at(&self, column: u32) -> Option<&Phase> {
        self.phases.binary_search_by_key(&column, |p| p.start).ok().map(|i| &self.phases[i])
    }

    /// Adds a phase; it takes its place by start column.
    pub fn add_phase(&mut self, phase: Phase) -> Result<(), ModelError> {
        check_column(u64::from(phase.start))?;
        if self.phase_starting_at(phase.start).is_some() {
            return Err(ModelError::PhaseStartTaken(phase.start));
        }
        self.claim(phase.id.0)?;
        let at = self.phases.partition_point(|p| p.start < phase.start);
        self.phases.insert(at, phase);
        Ok(())
    }

    /// Adds many phases at once, in any order: all of them, or none when one is refused (for the
    /// same reasons as [`Blueprint::add_phase`]). Adding them one by one costs a shift of the
    /// list for each phase that does not come last; this sorts once.
    pub fn add_phases(&mut self, phases: Vec<Phase>) -> Result<(), ModelError> {
        let mut starts: HashSet<u32> = self.phases.iter().map(|p| p.start).collect();
        for p in &phases {
            check_column(u64::from(p.start))?;
            if !starts.insert(p.start) {
                return Err(ModelError::PhaseStartTaken(p.start));
            }
        }
        for (i, p) in phases.iter().enumerate() {
            if let Err(e) = self.claim(p.id.0) {
                for earlier in &phases[..i] {
                    self.used_ids.remove(&earlier.id.0);
                }
                return Err(e);
            }
        }
        self.phases.extend(phases);
        // Starts are unique, so an unstable sort is deterministic.
        self.phases.sort_unstable_by_key(|p| p.start);
        Ok(())
    }

    /// Removes a phase.
    pub fn remove_phase(&mut self, id: PhaseId) -> Result<Phase, ModelError> {
        let index = self.phases.iter().position(|p| p.id == id).ok_or(ModelError::UnknownPhase(id))?;
        self.used_ids.remove(&id.0);
        Ok(self.phases.remove(index))
    }

    /// Changes a phase's name, start or extra fields (not its id).
    pub fn update_phase(&mut self, id: PhaseId, f: impl FnOnce(&mut Phase)) -> Result<(), ModelError> {
        let index = self.phases.iter().position(|p| p.id == id).ok_or(ModelError::UnknownPhase(id))?;
        let mut phase = self.phases[index].clone();
        f(&mut phase);
        if phase.id != id {
            return Err(ModelError::IdentityChanged);
        }
        check_column(u64::from(phase.start))?;
        if self.phase_starting_at(phase.start).is_some_and(|p| p.id != id) {
            return Err(ModelError::PhaseStartTaken(phase.start));
        }
        self.phases.remove(index);
        let at = self.phases.partition_point(|p| p.start < phase.start);
        self.phases.insert(at, phase);
        Ok(())
    }
}
