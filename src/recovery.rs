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
    blueprint: serde_json::Value,
}

/// Whether `pid` is another Sightline process that is still running (Linux: by `/proc`; elsewhere
/// never, so that a copy is always offered rather than hidden).
fn still_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let comm = |p: &str| std::fs::read_to_string(format!("/proc/{p}/comm")).ok();
    matches!((comm(&pid.to_string()), comm("self")), (Some(theirs), Some(ours)) if theirs == ours)
}

/// A recovery copy found at start-up.
#[derive(Debug)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    pub saved_at: SystemTime,
    pub original: Option<PathBuf>,
    /// The blueprint, or why it could not be read.
    pub blueprint: Result<Blueprint, String>,
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
            original: original.map(Path::to_path_buf),
            pid: Some(std::process::id()),
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
}

fn read(file: &Path) -> Option<Recovered> {
    let parsed = std::fs::read(file)
        .map_err(|e| e.to_string())
        .and_then(|bytes| serde_json::from_slice::<RecoveryFile>(&bytes).map_err(|e| e.to_string()))
        .and_then(|r| if r.format == FORMAT { Ok(r) } else { Err("not a Sightline recovery file".to_owned()) });
    Some(match parsed {
        Ok(r) if r.pid.is_some_and(still_running) => return None,
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
