//! The file's history in git, through the `git` command (when it is installed): the commits that
//! touched a file, and the file as it was in one of them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One commit that changed the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    pub date: String,
    pub author: String,
    pub message: String,
}

/// Why there is no history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GitError {
    /// `git` is not installed (or not on the PATH).
    Missing,
    /// The file is not in a git repository (or not committed yet).
    NotInRepository,
    /// git said something else went wrong.
    Failed(String),
}

/// Runs git in `dir`; its standard output, or why not.
pub fn run(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let o = Command::new("git").arg("-C").arg(dir).args(args).output().map_err(|_| GitError::Missing)?;
    if o.status.success() {
        Ok(o.stdout)
    } else {
        let err = String::from_utf8_lossy(&o.stderr).trim().to_owned();
        Err(if err.contains("not a git repository") { GitError::NotInRepository } else { GitError::Failed(err) })
    }
}

fn folder_and_name(file: &Path) -> (PathBuf, String) {
    let file = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let dir = file.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    (dir, name)
}

/// The commits that touched `file`, newest first (following renames).
pub fn history(file: &Path) -> Result<Vec<Commit>, GitError> {
    let (dir, name) = folder_and_name(file);
    let out = run(&dir, &["log", "--follow", "--date=short", "--format=%H%x1f%ad%x1f%an%x1f%s", "--", &name])?;
    let commits: Vec<Commit> = String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(4, '\u{1f}');
            Some(Commit {
                hash: parts.next()?.to_owned(),
                date: parts.next()?.to_owned(),
                author: parts.next()?.to_owned(),
                message: parts.next().unwrap_or_default().to_owned(),
            })
        })
        .collect();
    if commits.is_empty() { Err(GitError::NotInRepository) } else { Ok(commits) }
}

/// The bytes of `file` as commit `hash` had it (under the name it had then).
pub fn version(file: &Path, hash: &str) -> Result<Vec<u8>, GitError> {
    let (dir, name) = folder_and_name(file);
    // The path at that commit: renames followed, as the log shows them.
    let names = run(&dir, &["log", "--follow", "--format=%H", "--name-only", "--", &name])?;
    let text = String::from_utf8_lossy(&names);
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let mut path = None;
    while let Some(l) = lines.next() {
        if l == hash {
            path = lines.next().map(str::to_owned);
            break;
        }
    }
    let prefix = run(&dir, &["rev-parse", "--show-prefix"])?;
    let path = path.unwrap_or_else(|| format!("{}{name}", String::from_utf8_lossy(&prefix).trim()));
    run(&dir, &["show", &format!("{hash}:{path}")])
}
