//! The `*.blueprint.json` file format: reading with checks that name place and problem,
//! canonical writing, atomic saving and the JSON Schema.

mod error;
mod json;
mod read;
mod save;
mod write;

pub use error::{FileError, LoadError, Problem};
pub use json::{MAX_LIST_ITEMS, MAX_TEXT_CHARS};
pub use read::{from_bytes, from_str, from_value};
pub use save::write_atomic;
pub use write::{schema_json, to_string};

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
    // Refuse a huge file before reading it all into memory.
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > MAX_FILE_BYTES as u64
    {
        return Err(FileError::Invalid { path: path.to_path_buf(), error: read::too_big(meta.len()) });
    }
    let bytes = std::fs::read(path).map_err(|source| FileError::Read { path: path.to_path_buf(), source })?;
    let bp = from_bytes(&bytes).map_err(|error| FileError::Invalid { path: path.to_path_buf(), error })?;
    Ok((bp, bytes))
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
