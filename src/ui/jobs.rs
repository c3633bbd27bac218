//! Work that runs beside the window: the recovery copy of unsaved work, a system file dialog on
//! its thread, and an export being written on its thread. The app asks each for what has
//! finished and acts on the answer; none of them touches the app.

use crate::document::Document;
use crate::io::recovery::Recovery;
use crate::ui::dialogs::export::ExportSpec;
use crate::ui::dialogs::files::{Purpose, native_dialog};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// The background work of one window.
pub struct Jobs {
    /// Where recovery copies go (none: autosave is off, e.g. no data folder).
    pub recovery: Option<Recovery>,
    /// How often unsaved work is copied to the recovery folder.
    pub autosave_every: Duration,
    last_autosave: Option<Instant>,
    native: Option<(Purpose, Receiver<Option<PathBuf>>)>,
    export: Option<ExportJob>,
    /// The last file exported (for Open and Show in folder).
    pub exported: Option<PathBuf>,
}

impl Default for Jobs {
    fn default() -> Self {
        Self {
            recovery: None,
            autosave_every: crate::io::recovery::autosave_interval(),
            last_autosave: None,
            native: None,
            export: None,
            exported: None,
        }
    }
}

/// An export running on a thread.
struct ExportJob {
    path: PathBuf,
    rx: Receiver<Result<(), String>>,
}

/// How an export ended.
pub enum ExportDone {
    Written(PathBuf),
    Failed {
        path: PathBuf,
        reason: String,
    },
    /// The thread ended without an answer (it panicked).
    Stopped,
}

/// What autosave did this frame.
pub enum Autosaved {
    Nothing,
    Copied,
    Failed(crate::io::FileError),
}

impl Jobs {
    /// A new document starts its autosave clock.
    pub fn document_opened(&mut self) {
        self.last_autosave = Some(Instant::now());
    }

    /// Copies unsaved work to the recovery folder when it is due (every `autosave_every`) or
    /// when the window lost the focus; never over the document's own file.
    pub fn autosave(&mut self, doc: &mut Document, focus_lost: bool) -> Autosaved {
        let Some(recovery) = &self.recovery else { return Autosaved::Nothing };
        let due = self.last_autosave.is_none_or(|t| t.elapsed() >= self.autosave_every);
        if !(doc.needs_autosave() && (due || focus_lost)) {
            return Autosaved::Nothing;
        }
        match doc.autosave(recovery) {
            Ok(()) => {
                self.last_autosave = Some(Instant::now());
                Autosaved::Copied
            }
            Err(e) => Autosaved::Failed(e),
        }
    }

    /// Writes a recovery copy at once (restored work gets one of its own).
    pub fn autosave_now(&mut self, doc: &mut Document) {
        if let Some(recovery) = &self.recovery {
            let _ = doc.autosave(recovery);
            self.last_autosave = Some(Instant::now());
        }
    }

    /// Deletes a document's recovery copy (it was saved, or closed on purpose).
    pub fn forget(&self, doc: &Document) {
        if let Some(recovery) = &self.recovery {
            recovery.remove(doc.session);
        }
    }

    /// The recovery copies of `path` newer than the file.
    #[must_use]
    pub fn copies_of(&self, path: &Path) -> Vec<crate::io::recovery::Recovered> {
        self.recovery.as_ref().map(|r| r.copies_of(path)).unwrap_or_default()
    }

    /// Opens the system's file dialog on its thread.
    pub fn ask_native(&mut self, purpose: Purpose, dir: &Path, name: &str) {
        self.native = Some((purpose, native_dialog(purpose, dir, name)));
    }

    /// The system file dialog's answer, once it is closed: the purpose and the file chosen
    /// (`None` when cancelled).
    pub fn native_answer(&mut self) -> Option<(Purpose, Option<PathBuf>)> {
        let (purpose, rx) = self.native.as_ref()?;
        let answer = rx.try_recv().ok()?;
        let purpose = *purpose;
        self.native = None;
        Some((purpose, answer))
    }

    /// Starts writing an export of `doc` to `path` on a thread (atomically); never over the
    /// blueprint's own file.
    pub fn start_export(&mut self, doc: &Document, spec: ExportSpec, path: &Path) {
        let bp = doc.blueprint().clone();
        let source = doc.path.clone();
        let (tx, rx) = channel();
        let target = path.to_path_buf();
        crate::i18n::spawn(move || {
            let inputs: Vec<&Path> = source.iter().map(PathBuf::as_path).collect();
            let words = |e: crate::io::FileError| crate::i18n::words::file_error(&e);
            let result = (|| -> Result<(), String> {
                crate::io::check_output(&target, &inputs).map_err(words)?;
                let columns = spec
                    .phases
                    .map(|(a, b)| crate::export::phase_columns(&bp, a, b))
                    .transpose()
                    .map_err(|e| e.to_string())?;
                let bytes = crate::export::export_with(&bp, spec.format, columns.as_ref(), spec.options)
                    .map_err(|e| e.to_string())?;
                crate::io::write_atomic(&target, &bytes).map_err(words)
            })();
            let _ = tx.send(result);
        });
        self.exported = None;
        self.export = Some(ExportJob { path: path.to_path_buf(), rx });
    }

    /// Whether an export is being written.
    #[must_use]
    pub fn exporting(&self) -> bool {
        self.export.is_some()
    }

    /// A finished export, once it has finished.
    pub fn export_done(&mut self) -> Option<ExportDone> {
        let job = self.export.as_ref()?;
        let done = match job.rx.try_recv() {
            Ok(Ok(())) => {
                self.exported = Some(job.path.clone());
                ExportDone::Written(job.path.clone())
            }
            Ok(Err(reason)) => ExportDone::Failed { path: job.path.clone(), reason },
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => ExportDone::Stopped,
        };
        self.export = None;
        Some(done)
    }
}

/// Opens a file with the system's program for it, or shows it in its folder.
pub fn open_with_system(path: &Path, reveal: bool) -> std::io::Result<()> {
    use std::process::Command;
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut cmd = if cfg!(target_os = "windows") {
        let mut c = Command::new("explorer");
        if reveal {
            c.arg(format!("/select,{}", path.display()));
        } else {
            c.arg(path);
        }
        c
    } else if cfg!(target_os = "macos") {
        let mut c = Command::new("open");
        if reveal {
            c.arg("-R");
        }
        c.arg(path);
        c
    } else {
        let mut c = Command::new("xdg-open");
        c.arg(if reveal { folder } else { path });
        c
    };
    cmd.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    cmd.spawn().map(drop)
}
