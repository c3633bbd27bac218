//! Inserting and removing columns.

use super::{Blueprint, check_column};
use crate::model::error::ModelError;
use crate::model::types::Phase;
use petgraph::stable_graph::NodeIndex;

impl Blueprint {
    // ----- columns -----

    /// Inserts an empty column at `at`: steps from `at` on move one to the right, and so do the
    /// phases that start after `at` (the new column joins the phase that holds `at`).
    pub fn insert_column(&mut self, at: u32) -> Result<(), ModelError> {
        check_column(u64::from(at))?;
        if let Some(last) = self.last_column().filter(|&c| c >= at) {
            check_column(u64::from(last) + 1)?;
        }
        if let Some(last) = self.phases.last().filter(|p| p.start > at) {
            check_column(u64::from(last.start) + 1)?;
        }
        self.shift_columns(|c| (c >= at).then_some(c + 1));
        for p in &mut self.phases {
            if p.start > at {
                p.start += 1;
            }
        }
        Ok(())
    }

    /// Removes an empty column: steps and phase starts right of it move one to the left. A phase
    /// that only spanned this column disappears and is returned, so that an undo can put it back.
    pub fn remove_column(&mut self, at: u32) -> Result<Vec<Phase>, ModelError> {
        if self.steps().any(|s| s.column == at) {
            return Err(ModelError::ColumnNotEmpty(at));
        }
        self.shift_columns(|c| (c > at).then(|| c - 1));
        let mut removed = Vec::new();
        let mut kept: Vec<Phase> = Vec::with_capacity(self.phases.len());
        for mut p in std::mem::take(&mut self.phases) {
            if p.start > at {
                p.start -= 1;
            }
            // Two phases now start at the same column: the earlier one had only column `at`.
            if let Some(prev) = kept.last_mut().filter(|prev| prev.start == p.start) {
                let gone = std::mem::replace(prev, p);
                self.used_ids.remove(&gone.id.0);
                removed.push(gone);
            } else {
                kept.push(p);
            }
        }
        self.phases = kept;
        Ok(removed)
    }

    pub(super) fn shift_columns(&mut self, new_column: impl Fn(u32) -> Option<u32>) {
        let moves: Vec<(NodeIndex, u32)> =
            self.graph.node_indices().filter_map(|n| new_column(self.graph[n].column).map(|c| (n, c))).collect();
        for &(n, _) in &moves {
            let s = &self.graph[n];
            self.cells.remove(&(s.lane, s.column));
        }
        for (n, c) in moves {
            let s = &mut self.graph[n];
            s.column = c;
            self.cells.insert((s.lane, c), s.id);
        }
    }
}
