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

/// A file could not be opened, read or saved.
#[derive(Debug, Error)]
pub enum FileError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}: {error}", path.display())]
    Invalid { path: PathBuf, error: LoadError },
    #[error("{}: cannot save the file (the old version is unchanged): {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
    /// The blueprint would not read back (a text too long, say); nothing was written.
    #[error("{}: not saved, because the file could not be opened again (the old version is unchanged): {error}", path.display())]
    WouldNotLoad { path: PathBuf, error: LoadError },
}
