//! `sightline git-setup [DIR]`: makes git merge blueprints by id and show their changes in words.

use crate::i18n::{tr, tr_args};
use std::path::{Path, PathBuf};

/// The line `.gitattributes` needs.
pub const ATTRIBUTES: &str = "*.blueprint.json merge=sightline diff=sightline";

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    crate::io::git::run(dir, args).ok().map(|out| String::from_utf8_lossy(&out).trim_end().to_owned())
}

/// Sets up the repository at `dir`; prints what it did. False when it could not.
pub fn setup(dir: &Path) -> bool {
    if crate::io::git::run(dir, &["--version"]) == Err(crate::io::git::GitError::Missing) {
        eprintln!("{}", tr("git-missing"));
        return false;
    }
    if !dir.is_dir() {
        eprintln!("{}", tr_args("git-no-folder", &[("dir", dir.display().to_string().into())]));
        return false;
    }
    let Some(top) = git(dir, &["rev-parse", "--show-toplevel"]).map(PathBuf::from) else {
        eprintln!("{}", tr_args("git-not-a-repository", &[("dir", dir.display().to_string().into())]));
        return false;
    };
    let exe = std::env::current_exe().ok().and_then(|p| std::fs::canonicalize(p).ok());
    let Some(exe) = exe else {
        eprintln!("{}", tr("git-no-exe"));
        return false;
    };
    // Git runs drivers through the shell: the path goes in double quotes (spaces are fine).
    let Some(quoted) = shell_quote(&exe.display().to_string()) else {
        eprintln!("{}", tr("git-no-exe"));
        return false;
    };
    let wanted = [
        ("merge.sightline.name", tr("git-driver-name")),
        ("merge.sightline.driver", format!("{quoted} merge %O %A %B")),
        ("diff.sightline.textconv", format!("{quoted} outline --textconv")),
    ];
    let mut changed = false;
    let attributes = top.join(".gitattributes");
    let text = std::fs::read_to_string(&attributes).unwrap_or_default();
    if !text.lines().any(|l| l.trim() == ATTRIBUTES) {
        // The file's own line ends (Windows repositories often use CRLF).
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let mut new = text.clone();
        if !new.is_empty() && !new.ends_with('\n') {
            new.push_str(eol);
        }
        new.push_str(ATTRIBUTES);
        new.push_str(eol);
        if let Err(e) = crate::io::write_atomic(&attributes, new.as_bytes()) {
            eprintln!("{}", crate::i18n::words::file_error(&e));
            return false;
        }
        out!("{}", tr_args("git-attributes-added", &[("file", attributes.display().to_string().into())]));
        changed = true;
    }
    for (key, value) in wanted {
        if git(&top, &["config", "--local", "--get", key]).as_deref() == Some(value.as_str()) {
            continue;
        }
        if git(&top, &["config", "--local", key, &value]).is_none() {
            eprintln!("{}", tr_args("git-config-failed", &[("key", key.into())]));
            return false;
        }
        out!("{}", tr_args("git-config-set", &[("key", key.into()), ("value", value.into())]));
        changed = true;
    }
    if !changed {
        out!("{}", tr_args("git-nothing-to-do", &[("dir", top.display().to_string().into())]));
    }
    true
}

/// A path in double quotes for the shell; `None` when it holds a character that needs care.
fn shell_quote(path: &str) -> Option<String> {
    (!path.contains(['"', '\\', '$', '`', '\n'])).then(|| format!("\"{path}\""))
}
