//! An open document: the blueprint, where it is saved, its history and a cached layout.
//! Free of any UI toolkit, so that tests and benchmarks drive it directly.

use crate::edit::{Edit, History, MergeKey};
use crate::io::{self, FileError};
use crate::layout::{Layout, Metrics};
use crate::model::{Blueprint, ModelError};
use std::path::{Path, PathBuf};

/// A blueprint being edited.
pub struct Document {
    blueprint: Blueprint,
    pub path: Option<PathBuf>,
    pub history: History,
    /// The history state that matches the file on disk (`None`: never saved).
    saved_state: Option<u64>,
    layout: Layout,
    layout_state: u64,
    metrics: Metrics,
}

impl Document {
    /// A document for a blueprint; `path` is where it was read from, if anywhere.
    #[must_use]
    pub fn new(blueprint: Blueprint, path: Option<PathBuf>) -> Self {
        let metrics = Metrics::default();
        let layout = Layout::compute(&blueprint, metrics);
        let history = History::default();
        let saved_state = path.as_ref().map(|_| history.state());
        Self { blueprint, path, history, saved_state, layout, layout_state: 0, metrics }
    }

    /// Opens a file.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        Ok(Self::new(io::load_file(path)?, Some(path.to_path_buf())))
    }

    /// The blueprint (read-only: changes go through [`Document::apply`]).
    #[must_use]
    pub fn blueprint(&self) -> &Blueprint {
        &self.blueprint
    }

    /// The layout of the current state, recomputed only after a change.
    pub fn layout(&mut self) -> &Layout {
        if self.layout_state != self.history.state() {
            self.layout = Layout::compute(&self.blueprint, self.metrics);
            self.layout_state = self.history.state();
        }
        &self.layout
    }

    /// The blueprint and its current layout together.
    pub fn parts(&mut self) -> (&Blueprint, &Layout) {
        self.layout();
        (&self.blueprint, &self.layout)
    }

    /// Applies an edit as one undo step (merged with the last one when `key` matches).
    pub fn apply(&mut self, edit: Edit, key: Option<MergeKey>) -> Result<(), ModelError> {
        self.history.apply(&mut self.blueprint, edit, key)
    }

    pub fn undo(&mut self) -> Result<bool, ModelError> {
        self.history.undo(&mut self.blueprint)
    }

    pub fn redo(&mut self) -> Result<bool, ModelError> {
        self.history.redo(&mut self.blueprint)
    }

    /// Whether the document differs from its file (always true for a document never saved
    /// that has changes, or was made from an example).
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.history.state())
    }

    /// Whether there is anything to lose: unsaved changes to a file, or any change at all to a
    /// document that has no file yet.
    #[must_use]
    pub fn has_unsaved_work(&self) -> bool {
        match self.saved_state {
            Some(s) => s != self.history.state(),
            None => self.history.can_undo(),
        }
    }

    /// Treats the current state as the one to keep: after "Discard", nothing asks again.
    pub fn mark_discarded(&mut self) {
        self.saved_state = Some(self.history.state());
    }

    /// Saves to `path` (atomically) and remembers it as the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), FileError> {
        io::save_file(path, &self.blueprint)?;
        self.path = Some(path.to_path_buf());
        self.saved_state = Some(self.history.state());
        self.history.seal();
        Ok(())
    }

    /// The name shown in the title bar.
    #[must_use]
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| self.blueprint.title.clone(), |n| n.to_string_lossy().into_owned())
    }
}
