//! Why a file could not be read: a list of problems, each with where and what.

use std::fmt;
use std::path::PathBuf;
use thiserror::Error;

/// One thing wrong with a file: where (a JSON path such as `steps[3].lane`, or `line 4, column 7`
/// for text that is not JSON) and what, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

impl Problem {
    pub(crate) fn new(at: impl Into<String>, message: impl Into<String>) -> Self {
        Self { at: at.into(), message: message.into() }
    }

    /// A problem with the file as a whole.
    pub(crate) fn whole(message: impl Into<String>) -> Self {
        Self::new(String::new(), message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() { f.write_str(&self.message) } else { write!(f, "{}: {}", self.at, self.message) }
    }
}

/// The blueprint in a file or a text could not be read. Holds every problem found (up to a
/// limit), so a user can fix them in one go.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

impl LoadError {
    pub(crate) fn one(problem: Problem) -> Self {
        Self { problems: vec![problem] }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// A file could not be opened, read or saved. Each message names the file, says what happened
/// in words (in the interface language, see [`crate::i18n::words::file_error`]), and whether
/// anything was changed.
#[derive(Debug)]
pub enum FileError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Invalid {
        path: PathBuf,
        error: LoadError,
    },
    NotAFile {
        path: PathBuf,
        what: NotAFile,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
        existed: bool,
    },
    NoFolder {
        path: PathBuf,
        folder: PathBuf,
    },
    /// The file is read-only; Sightline leaves it as it is.
    ReadOnly {
        path: PathBuf,
    },
    /// Writing there would replace the file being read.
    SameAsInput {
        path: PathBuf,
        input: PathBuf,
    },
    /// The blueprint would not read back (a text too long, say); nothing was written.
    WouldNotLoad {
        path: PathBuf,
        error: LoadError,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::words::file_error(self))
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } | Self::Write { source, .. } => Some(source),
            Self::Invalid { error, .. } | Self::WouldNotLoad { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// What stands where a file was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    Pipe,
    Device,
    Socket,
    Other,
}

impl NotAFile {
    /// The id of its name in the message files.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Folder => "not-file-folder",
            Self::Pipe => "not-file-pipe",
            Self::Device => "not-file-device",
            Self::Socket => "not-file-socket",
            Self::Other => "not-file-other",
        }
    }
}
