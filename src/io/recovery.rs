//! Never lose a workshop: recovery copies of open documents in the user's data folder (never
//! over the document itself), written atomically, and offered again after a crash.

use crate::io::{self, FileError};
use crate::model::Blueprint;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use uuid::Uuid;

/// The value of `format` in a recovery file.
const FORMAT: &str = "sightline-recovery";

/// How often a document with unsaved changes is copied to the recovery folder.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// The autosave interval: [`AUTOSAVE_EVERY`], or `SIGHTLINE_AUTOSAVE_SECS` when set (tests).
#[must_use]
pub fn autosave_interval() -> Duration {
    std::env::var("SIGHTLINE_AUTOSAVE_SECS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .map_or(AUTOSAVE_EVERY, Duration::from_secs_f64)
}

#[derive(Serialize, Deserialize)]
struct RecoveryFile {
    format: String,
    version: u32,
    /// Seconds since 1970 when the copy was made.
    saved_at: u64,
    /// The document's own file, if it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    original: Option<PathBuf>,
    /// The process that wrote the copy: while it runs, the copy is its live work, not a crash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pid: Option<u32>,
    /// When that process started (clock ticks after boot, Linux), so that another process that
    /// later got the same id is not taken for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    started: Option<u64>,
    blueprint: serde_json::Value,
}

/// The state letter and the start time of a process, from `/proc/PID/stat` (Linux).
fn proc_stat(pid: &str) -> Option<(char, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces and parentheses itself.
    let mut fields = text.get(text.rfind(')')? + 1..)?.split_whitespace();
    let state = fields.next()?.chars().next()?;
    // Field 22 of the line; the state is field 3.
    let started = fields.nth(18)?.parse().ok()?;
    Some((state, started))
}

/// Whether `pid` is another Sightline process that is still running (Linux: by `/proc`; elsewhere
/// never, so that a copy is always offered rather than hidden).
///
/// A window killed by a signal stays in `/proc`, under its own name, as a zombie until whoever
/// started it collects it, and a launcher that never does (a desktop's or a container's first
/// process, a script that does not wait) keeps it there for good: a zombie is not running. Nor
/// is a process that started at another time than the writer (its id was used again).
fn still_running(pid: u32, started: Option<u64>) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let comm = |p: &str| std::fs::read_to_string(format!("/proc/{p}/comm")).ok();
    let same_program = matches!((comm(&pid.to_string()), comm("self")), (Some(theirs), Some(ours)) if theirs == ours);
    same_program
        && match proc_stat(&pid.to_string()) {
            Some(('Z' | 'X' | 'x', _)) => false,
            Some((_, theirs)) => started.is_none_or(|s| s == theirs),
            // No stat to read: trust the name, as before.
            None => true,
        }
}

/// The start time of this process, as recorded in its recovery copies.
fn own_start() -> Option<u64> {
    static START: std::sync::OnceLock<Option<u64>> = std::sync::OnceLock::new();
    *START.get_or_init(|| proc_stat("self").map(|(_, started)| started))
}

/// A path made comparable: the file it names (links resolved) when it exists, else absolute.
fn comparable(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// A recovery copy left by a session that did not end normally.
#[derive(Debug)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    pub saved_at: SystemTime,
    /// The document's own file, if it had one (absolute, since copies name it so).
    pub original: Option<PathBuf>,
    /// The blueprint, or why it could not be read.
    pub blueprint: Result<Blueprint, String>,
}

impl Recovered {
    /// Whether this is a copy of the document in `path` (the same file, however it is named).
    #[must_use]
    pub fn belongs_to(&self, path: &Path) -> bool {
        self.original.as_deref().is_some_and(|o| comparable(o) == comparable(path))
    }

    /// Whether the copy was made after its file was last written (true when the file is gone,
    /// and for a copy of a document that never had a file). Whole seconds: a copy made in the
    /// same second as the save counts as newer, so that work is never hidden.
    #[must_use]
    pub fn newer_than_file(&self) -> bool {
        let Some(original) = &self.original else { return true };
        let secs = |t: SystemTime| t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        match std::fs::metadata(original).and_then(|m| m.modified()) {
            Ok(modified) => secs(self.saved_at) >= secs(modified),
            Err(_) => true,
        }
    }
}

/// The recovery folder.
#[derive(Clone, Debug)]
pub struct Recovery {
    dir: PathBuf,
}

impl Recovery {
    /// The folder in the user's data folder (`SIGHTLINE_DATA_DIR` overrides it, for tests).
    #[must_use]
    pub fn default_location() -> Option<Self> {
        let base = match std::env::var_os("SIGHTLINE_DATA_DIR") {
            Some(d) => PathBuf::from(d),
            None => directories::ProjectDirs::from("org", "Sightline", "Sightline")?.data_dir().to_path_buf(),
        };
        Some(Self { dir: base.join("recovery") })
    }

    #[must_use]
    pub fn in_dir(dir: &Path) -> Self {
        Self { dir: dir.to_path_buf() }
    }

    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, session: Uuid) -> PathBuf {
        self.dir.join(format!("{session}.recovery.json"))
    }

    /// Writes (atomically) the recovery copy of a document.
    pub fn write(&self, session: Uuid, bp: &Blueprint, original: Option<&Path>) -> Result<(), FileError> {
        let err = |source| FileError::Write { path: self.dir.clone(), source, existed: false };
        std::fs::create_dir_all(&self.dir).map_err(err)?;
        let blueprint: serde_json::Value =
            serde_json::from_str(&io::to_string(bp)).map_err(|e| err(std::io::Error::other(e)))?;
        let saved_at = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let file = RecoveryFile {
            format: FORMAT.to_owned(),
            version: 1,
            saved_at,
            // Absolute: the next start may run in another folder (a double-click, a launcher).
            original: original.map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())),
            pid: Some(std::process::id()),
            started: own_start(),
            blueprint,
        };
        let text = serde_json::to_string(&file).map_err(|e| err(std::io::Error::other(e)))?;
        io::write_atomic(&self.path_of(session), text.as_bytes())
    }

    /// Deletes the recovery copy of a document (it was saved or closed on purpose).
    pub fn remove(&self, session: Uuid) {
        let _ = std::fs::remove_file(self.path_of(session));
    }

    /// Deletes a recovery file found by [`Recovery::scan`].
    pub fn discard(file: &Path) {
        let _ = std::fs::remove_file(file);
    }

    /// The recovery copies left behind by sessions that did not end normally, newest first.
    /// Copies of another Sightline window that is still open are its live work and are left out.
    #[must_use]
    pub fn scan(&self) -> Vec<Recovered> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut found: Vec<Recovered> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".recovery.json"))
            .filter_map(|file| read(&file))
            .collect();
        found.sort_by_key(|r| std::cmp::Reverse(r.saved_at));
        found
    }

    /// The recovery copies of the document in `path` that are newer than the file itself,
    /// newest first: what to offer when that file is opened.
    #[must_use]
    pub fn copies_of(&self, path: &Path) -> Vec<Recovered> {
        self.scan().into_iter().filter(|r| r.belongs_to(path) && r.newer_than_file()).collect()
    }
}

fn read(file: &Path) -> Option<Recovered> {
    let parsed = std::fs::read(file)
        .map_err(|e| e.to_string())
        .and_then(|bytes| serde_json::from_slice::<RecoveryFile>(&bytes).map_err(|e| e.to_string()))
        .and_then(|r| if r.format == FORMAT { Ok(r) } else { Err("not a Sightline recovery file".to_owned()) });
    Some(match parsed {
        Ok(r) if r.pid.is_some_and(|pid| still_running(pid, r.started)) => return None,
        Ok(r) => Recovered {
            file: file.to_path_buf(),
            saved_at: UNIX_EPOCH + Duration::from_secs(r.saved_at),
            original: r.original,
            blueprint: io::from_value(r.blueprint).map_err(|e| e.to_string()),
        },
        Err(e) => Recovered {
            file: file.to_path_buf(),
            saved_at: std::fs::metadata(file).and_then(|m| m.modified()).unwrap_or(UNIX_EPOCH),
            original: None,
            blueprint: Err(e),
        },
    })
}
