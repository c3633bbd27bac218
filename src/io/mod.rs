//! The `*.blueprint.json` file format: reading with checks that name place and problem,
//! canonical writing, atomic saving and the JSON Schema.

mod actions;
mod conflicts;
mod encoding;
mod error;
pub mod git;
mod inbox;
mod json;
mod lists;
mod read;
pub mod recovery;
mod rounds;
mod save;
mod scan;
mod write;

pub use error::{FileError, LoadError, NotAFile, Problem};
pub use json::{MAX_LIST_ITEMS, MAX_TEXT_CHARS, visible};
pub use read::{from_bytes, from_str, from_value};
pub use save::{check_output, resolve_links, same_file, write_atomic};
pub use scan::MAX_DEPTH;
pub use write::{schema_json, to_string, to_value};

use crate::model::Blueprint;
use std::path::Path;

/// The value of the `format` field of every blueprint file.
pub const FORMAT: &str = "sightline-blueprint";
/// The format version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// Reads and checks a blueprint file.
pub fn load_file(path: &Path) -> Result<Blueprint, FileError> {
    read_file(path).map(|(bp, _)| bp)
}

/// Reads and checks a blueprint file; also returns the bytes read (to notice later changes).
pub fn read_file(path: &Path) -> Result<(Blueprint, Vec<u8>), FileError> {
    let bytes = read_bytes(path)?;
    let bp = from_bytes(&bytes).map_err(|error| FileError::Invalid { path: path.to_path_buf(), error })?;
    Ok((bp, bytes))
}

/// "line 4, column 7" in the interface language.
#[must_use]
pub fn line_column_words(line: usize, column: usize) -> String {
    read::line_column(line, column)
}

/// Bytes as UTF-8 text (a byte order mark removed), or where and why they are not — for the
/// importers, with the same words as the reader.
pub fn from_utf8_text(bytes: &[u8]) -> Result<&str, Problem> {
    encoding::utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// The bytes of a file of at most [`MAX_FILE_BYTES`]. A pipe, a device or a folder is refused
/// before it is opened (a pipe with no writer would wait forever), and the limit holds for what
/// is read, whatever the size the system reports.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, FileError> {
    use std::io::Read;
    let read_err = |source| FileError::Read { path: path.to_path_buf(), source };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if !meta.is_file() {
        return Err(FileError::NotAFile { path: path.to_path_buf(), what: save::kind_of(&meta) });
    }
    let too_big = |len| FileError::Invalid { path: path.to_path_buf(), error: read::too_big(len) };
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(read_err)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).min(MAX_FILE_BYTES) + 1);
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(read_err)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Saves a blueprint in canonical form, atomically — after checking that the text reads back,
/// so that a save never replaces a good file with one that will not open.
pub fn save_file(path: &Path, bp: &Blueprint) -> Result<(), FileError> {
    write_atomic(path, checked_text(path, bp)?.as_bytes())
}

/// The canonical text of a blueprint, once it is known to read back (for saving to `path`).
pub fn checked_text(path: &Path, bp: &Blueprint) -> Result<String, FileError> {
    let text = to_string(bp);
    match from_str(&text) {
        Ok(_) => Ok(text),
        Err(error) => Err(FileError::WouldNotLoad { path: path.to_path_buf(), error }),
    }
}
