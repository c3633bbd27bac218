//! Is it UTF-8 text? When not, say which encoding it seems to be, or where the first byte that is
//! not UTF-8 sits, and what to do — instead of calling every such file "binary data".

use super::error::Problem;

/// What to do about any file that is not UTF-8.
const SAVE_AS_UTF8: &str = "open it in a text editor and save it again with the encoding UTF-8";

/// The bytes as UTF-8 text (a byte order mark already removed), or the reason they are not.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, Problem> {
    if let Some(name) = wide_encoding(bytes) {
        return Err(Problem::whole(format!(
            "the file is written in {name}, and Sightline reads blueprints in UTF-8; {SAVE_AS_UTF8}"
        )));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = line_column(bytes, nul);
        return Err(Problem::new(
            format!("line {line}, column {column}"),
            "this is not a text file (it contains binary data: a zero byte here); a blueprint is a JSON text file \
             ending in .blueprint.json",
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let (line, column) = line_column(bytes, at);
        let byte = bytes[at];
        let guess = if looks_like_latin1(bytes) {
            " The file seems to be in Latin-1 or Windows-1252, an older encoding for Western European text."
        } else {
            ""
        };
        Problem::new(
            format!("line {line}, column {column}"),
            format!("the byte 0x{byte:02X} here is not UTF-8 text.{guess} Sightline reads blueprints in UTF-8; {SAVE_AS_UTF8}"),
        )
    })
}

/// UTF-16 or UTF-32, by their byte order marks, or by the zero bytes around a leading `{`.
fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] => Some("UTF-32 (little-endian)"),
        [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32 (big-endian)"),
        [0xFF, 0xFE, ..] => Some("UTF-16 (little-endian)"),
        [0xFE, 0xFF, ..] => Some("UTF-16 (big-endian)"),
        [b, 0, 0, 0, ..] if b.is_ascii_graphic() || b.is_ascii_whitespace() => Some("UTF-32 (little-endian)"),
        [0, 0, 0, b, ..] if b.is_ascii_graphic() || b.is_ascii_whitespace() => Some("UTF-32 (big-endian)"),
        [b, 0, ..] if b.is_ascii_graphic() || b.is_ascii_whitespace() => Some("UTF-16 (little-endian)"),
        [0, b, ..] if b.is_ascii_graphic() || b.is_ascii_whitespace() => Some("UTF-16 (big-endian)"),
        _ => None,
    }
}

/// Every byte over 0x7F stands alone between ASCII bytes, as é or ü do in Latin-1; in UTF-8 they
/// come in runs of two to four.
fn looks_like_latin1(bytes: &[u8]) -> bool {
    let high = |i: usize| bytes.get(i).is_some_and(|b| *b >= 0x80);
    let mut any = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x80 {
            any = true;
            if (i > 0 && high(i - 1)) || high(i + 1) {
                return false;
            }
        }
    }
    any
}

/// Line and column (counted from 1, the column in characters) of byte `at`.
fn line_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = before.split(|&b| b == b'\n').count();
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}
