//! Is it UTF-8 text? When not, say which encoding it seems to be, or where the first byte that is
//! not UTF-8 sits, and what to do — instead of calling every such file "binary data".

use super::error::Problem;
use super::json::problem;
use super::read::line_column as place;

/// The bytes as UTF-8 text (a byte order mark already removed), or the reason they are not.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, Problem> {
    if let Some(name) = wide_encoding(bytes) {
        return Err(problem("", "read-wide-encoding", &[("name", name.to_owned())]));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = line_column(bytes, nul);
        return Err(problem(place(line, column), "read-binary", &[]));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let (line, column) = line_column(bytes, at);
        let byte = bytes[at];
        let id = if looks_like_latin1(bytes) { "read-not-utf8-latin1" } else { "read-not-utf8" };
        problem(place(line, column), id, &[("byte", format!("{byte:02X}"))])
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
