//! An open document: the blueprint, where it is saved, its history and a cached layout.
//! Free of any UI toolkit, so that tests and benchmarks drive it directly.

use crate::edit::{Edit, History, MergeKey};
use crate::io::recovery::Recovery;
use crate::io::{self, FileError};
use crate::layout::{Layout, Metrics};
use crate::model::{Blueprint, ModelError};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use uuid::Uuid;

fn fingerprint(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// The name of the backup kept next to a file: `FILE.bak`.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// A blueprint being edited.
pub struct Document {
    blueprint: Blueprint,
    pub path: Option<PathBuf>,
    /// Undo and redo; changed only through `apply`, `undo`, `redo` and `abandon`.
    history: History,
    /// The history state that matches the file on disk (`None`: never saved).
    saved_state: Option<u64>,
    layout: Layout,
    layout_state: u64,
    metrics: Metrics,
    /// The report's limit of messages in one column.
    max_messages: usize,
    /// Names this editing session's recovery copy.
    pub session: Uuid,
    /// The history state last copied to the recovery folder.
    autosaved_state: Option<u64>,
    /// A fingerprint of the file as last read or written, to notice changes by others.
    disk_fingerprint: Option<u64>,
    /// The analysis of the current state, computed when first asked for.
    report: Option<(u64, std::sync::Arc<crate::analysis::report::Report>)>,
    /// The drawing of the current layout (and the language of its words), built when first asked for.
    drawing: Option<(u64, Metrics, crate::templates::Lang, std::sync::Arc<crate::draw::Drawing>)>,
}

impl Document {
    /// A document for a blueprint; `path` is where it was read from, if anywhere.
    #[must_use]
    pub fn new(blueprint: Blueprint, path: Option<PathBuf>) -> Self {
        let metrics = Metrics::default();
        let layout = Layout::compute(&blueprint, metrics);
        let history = History::default();
        let saved_state = path.as_ref().map(|_| history.state());
        Self {
            blueprint,
            path,
            history,
            saved_state,
            layout,
            layout_state: 0,
            metrics,
            max_messages: crate::analysis::interaction::DEFAULT_MAX_MESSAGES,
            session: Uuid::new_v4(),
            autosaved_state: None,
            disk_fingerprint: None,
            report: None,
            drawing: None,
        }
    }

    /// Opens a file.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        let (bp, bytes) = io::read_file(path)?;
        let mut doc = Self::new(bp, Some(path.to_path_buf()));
        doc.disk_fingerprint = Some(fingerprint(&bytes));
        Ok(doc)
    }

    /// A document restored from a recovery copy: it has unsaved work, and remembers its file.
    #[must_use]
    pub fn recovered(blueprint: Blueprint, original: Option<PathBuf>) -> Self {
        let disk = original.as_deref().and_then(|p| std::fs::read(p).ok()).map(|b| fingerprint(&b));
        let mut doc = Self::new(blueprint, original);
        doc.saved_state = None;
        doc.disk_fingerprint = disk;
        // Nothing to undo, but the work is not on disk yet.
        doc.history.mark_changed();
        doc
    }

    /// Whether the file was changed on disk by someone else since it was opened or saved here.
    /// A file that disappeared counts as unchanged: saving simply writes it again.
    #[must_use]
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, self.disk_fingerprint) {
            (Some(p), Some(known)) => std::fs::read(p).is_ok_and(|b| fingerprint(&b) != known),
            _ => false,
        }
    }

    /// Whether a recovery copy is due: there is unsaved work not yet copied.
    #[must_use]
    pub fn needs_autosave(&self) -> bool {
        self.has_unsaved_work() && self.autosaved_state != Some(self.history.state())
    }

    /// Copies the document to the recovery folder (never over its own file).
    pub fn autosave(&mut self, recovery: &Recovery) -> Result<(), FileError> {
        recovery.write(self.session, &self.blueprint, self.path.as_deref())?;
        self.autosaved_state = Some(self.history.state());
        Ok(())
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

    /// Changes the sizes used for the layout (the projector uses larger type).
    pub fn set_metrics(&mut self, metrics: Metrics) {
        if self.metrics != metrics {
            self.metrics = metrics;
            self.layout = Layout::compute(&self.blueprint, metrics);
            self.layout_state = self.history.state();
        }
    }

    /// Sets the limit of messages a column may carry before the report calls it overload.
    pub fn set_max_messages(&mut self, max: usize) {
        if self.max_messages != max {
            self.max_messages = max;
            self.report = None;
            self.drawing = None;
        }
    }

    /// The report (box score, tensions, …) of the current state, recomputed only after a change.
    /// (Shared: the canvas and the analysis panel use it in the same frame without copying it.)
    pub fn report(&mut self) -> std::sync::Arc<crate::analysis::report::Report> {
        let state = self.history.state();
        if self.report.as_ref().is_some_and(|(s, _)| *s != state) {
            self.report = None;
        }
        let blueprint = &self.blueprint;
        self.report
            .get_or_insert_with(|| {
                (state, std::sync::Arc::new(crate::analysis::report::report_with(blueprint, self.max_messages)))
            })
            .1
            .clone()
    }

    /// The drawing of the current state (what the canvas paints), rebuilt only after a change.
    pub fn drawing(&mut self, lang: crate::templates::Lang) -> std::sync::Arc<crate::draw::Drawing> {
        self.layout();
        let (state, metrics) = (self.layout_state, self.metrics);
        if let Some((s, m, l, d)) = &self.drawing
            && *s == state
            && *m == metrics
            && *l == lang
        {
            return d.clone();
        }
        let options = crate::draw::Options { lang, max_messages: self.max_messages, ..crate::draw::Options::default() };
        let d = std::sync::Arc::new(crate::draw::build(&self.blueprint, &self.layout, &options));
        self.drawing = Some((state, metrics, lang, d.clone()));
        d
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

    /// Applies an edit outside the undo steps (see [`crate::edit::History::apply_aside`]).
    pub fn apply_aside(&mut self, edit: Edit) -> Result<(), ModelError> {
        self.history.apply_aside(&mut self.blueprint, edit)
    }

    /// Where the history stands: changes with every edit, undo and redo (to notice changes).
    #[must_use]
    pub fn state(&self) -> u64 {
        self.history.state()
    }

    /// Takes back the last change if it was made under `key` (a new step or note left empty),
    /// leaving nothing to redo; true when it did.
    pub fn abandon(&mut self, key: &MergeKey) -> bool {
        if self.history.top_key() != Some(key) {
            return false;
        }
        let undone = self.history.undo(&mut self.blueprint).unwrap_or(false);
        self.history.forget_redo();
        undone
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
            None => self.history.state() != 0,
        }
    }

    /// Treats the current state as the one to keep: after "Discard", nothing asks again.
    pub fn mark_discarded(&mut self) {
        self.saved_state = Some(self.history.state());
    }

    /// Saves to `path` (atomically) and remembers it as the document's file. The file's
    /// previous version is kept as `FILE.bak`.
    pub fn save_as(&mut self, path: &Path) -> Result<(), FileError> {
        let text = io::checked_text(path, &self.blueprint)?;
        // Refuse a read-only file before anything is written, the backup included.
        if std::fs::metadata(io::resolve_links(path)).is_ok_and(|m| m.permissions().readonly()) {
            return Err(FileError::ReadOnly { path: path.to_path_buf() });
        }
        if let Ok(old) = std::fs::read(path) {
            io::write_atomic(&backup_path(path), &old)?;
        }
        io::write_atomic(path, text.as_bytes())?;
        self.path = Some(path.to_path_buf());
        self.saved_state = Some(self.history.state());
        self.disk_fingerprint = Some(fingerprint(text.as_bytes()));
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
