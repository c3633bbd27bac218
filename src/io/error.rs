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
/// in words, and whether anything was changed.
#[derive(Debug, Error)]
pub enum FileError {
    #[error("{}: cannot read the file: {}", path.display(), io_words(source))]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}: {error}", path.display())]
    Invalid { path: PathBuf, error: LoadError },
    #[error("{}: is {what}, not a file; give the path of a file", path.display())]
    NotAFile { path: PathBuf, what: &'static str },
    #[error(
        "{}: cannot save the file: {}{}",
        path.display(),
        io_words(source),
        if *existed { " (the old version is unchanged)" } else { "" }
    )]
    Write { path: PathBuf, source: std::io::Error, existed: bool },
    #[error("{}: cannot save the file: the folder {} does not exist; create it first, or choose another folder", path.display(), folder.display())]
    NoFolder { path: PathBuf, folder: PathBuf },
    #[error(
        "{}: the file is read-only, so Sightline leaves it as it is; save under another name, or make the file \
         writable first",
        path.display()
    )]
    ReadOnly { path: PathBuf },
    #[error(
        "{}: this is the file being read ({}); writing there would replace it. Nothing was written: choose another \
         file to write to",
        path.display(),
        input.display()
    )]
    SameAsInput { path: PathBuf, input: PathBuf },
    /// The blueprint would not read back (a text too long, say); nothing was written.
    #[error("{}: not saved, because the file could not be opened again (the old version is unchanged): {error}", path.display())]
    WouldNotLoad { path: PathBuf, error: LoadError },
}

/// What went wrong with a file, in words: no temporary file names, no error numbers.
pub(crate) fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let words = match e.kind() {
        K::NotFound => "there is no such file or folder",
        K::PermissionDenied => "permission denied (ask for write access, or choose another folder)",
        K::StorageFull => "the disk is full; make room and try again",
        K::ReadOnlyFilesystem => "the disk or share is read-only",
        K::IsADirectory => "this is a folder, not a file",
        K::QuotaExceeded => "the disk quota is used up",
        K::FileTooLarge => "the file is too large for this disk",
        K::InvalidData => "the data could not be read",
        _ => "",
    };
    if !words.is_empty() {
        return words.to_owned();
    }
    // The system's own words, without the temporary file's path that tempfile adds.
    let raw = e.to_string();
    let raw = raw.split(" at path ").next().unwrap_or(&raw);
    raw.split(" (os error").next().unwrap_or(raw).to_owned()
}
