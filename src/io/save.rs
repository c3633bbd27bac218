//! Saving safely: write a temporary file in the same folder, flush it to disk, then rename it
//! over the target. A crash or a full disk at any moment leaves either the old file or the new
//! one, never a mix.
//!
//! A link is written through, as editors do: the file it points to gets the new text and the
//! link stays a link. A read-only file is refused, even where the folder would allow replacing
//! it. Temporary files carry the writer's process id, so that one left behind by a killed
//! Sightline is removed on the next save to that folder.

use super::error::FileError;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The name every temporary file of ours starts with.
const TMP_PREFIX: &str = ".sightline-";
const TMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let target = resolve_links(path);
    let existing = std::fs::metadata(&target).ok();
    if let Some(meta) = &existing {
        if !meta.is_file() {
            return Err(FileError::NotAFile { path: path.to_path_buf(), what: kind_of(meta) });
        }
        if meta.permissions().readonly() {
            return Err(FileError::ReadOnly { path: path.to_path_buf() });
        }
    }
    let existed = existing.is_some();
    let err = |source| FileError::Write { path: path.to_path_buf(), source, existed };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(FileError::NoFolder { path: path.to_path_buf(), folder: dir });
    }
    remove_stale_temporaries(&dir);
    let mut builder = tempfile::Builder::new();
    let prefix = format!("{TMP_PREFIX}{}-", std::process::id());
    builder.prefix(&prefix).suffix(TMP_SUFFIX);
    // A new file is readable by others, as files an editor saves usually are (not 0600).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut tmp = builder.tempfile_in(&dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    // Keep the permissions of the file being replaced (a shared file stays shared).
    if let Some(meta) = existing {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(&target).map_err(|e| err(e.error))?;
    // Make the rename itself durable where the platform allows it.
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The file a path finally names, following links (also a link to a file not yet there).
#[must_use]
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    // A loop of links ends here, and the rename then fails with the system's own message.
    for _ in 0..40 {
        match std::fs::read_link(&p) {
            Ok(to) if to.is_absolute() => p = to,
            Ok(to) => p = p.parent().map_or_else(|| to.clone(), |d| d.join(&to)),
            Err(_) => break,
        }
    }
    p
}

/// What a path that is not a regular file is, in words.
pub(crate) fn kind_of(meta: &std::fs::Metadata) -> super::error::NotAFile {
    use super::error::NotAFile as N;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return N::Pipe;
        }
        if t.is_char_device() || t.is_block_device() {
            return N::Device;
        }
        if t.is_socket() {
            return N::Socket;
        }
    }
    if meta.is_dir() { N::Folder } else { N::Other }
}

/// Removes temporary files of ours whose writer is gone (killed while saving).
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(middle) = name.strip_prefix(TMP_PREFIX).and_then(|n| n.strip_suffix(TMP_SUFFIX)) else {
            continue;
        };
        if writer_is_gone(middle, &entry) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// `middle` is "PID-random" (or, from older versions, just "random").
fn writer_is_gone(middle: &str, entry: &std::fs::DirEntry) -> bool {
    let pid = middle.split_once('-').and_then(|(p, _)| p.parse::<u32>().ok());
    match pid {
        Some(pid) if pid == std::process::id() => false,
        #[cfg(target_os = "linux")]
        Some(pid) => !Path::new(&format!("/proc/{pid}")).exists(),
        // Without a way to ask whether the writer lives, an hour-old temporary file is stale.
        _ => entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600),
    }
}

/// Whether two paths name the same file (through links, `.` and `..`, or a hard link).
#[must_use]
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        // An output that does not exist yet is no input.
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    }
}

/// Refuses an output that is one of the command's inputs: writing there would destroy it.
pub fn check_output(output: &Path, inputs: &[&Path]) -> Result<(), FileError> {
    match inputs.iter().find(|i| same_file(output, i)) {
        Some(input) => Err(FileError::SameAsInput { path: output.to_path_buf(), input: input.to_path_buf() }),
        None => Ok(()),
    }
}
