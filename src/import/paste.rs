//! Lines of text pasted on a cell (a list from Word, a column from Excel) become a row of steps
//! to its right, one per line; on a line, tab-separated columns are the title and the
//! description. Bullets and numbering a list brings along are left off.

use crate::model::{Blueprint, LaneId, Step};

/// The most lines one paste turns into steps (a longer text is most likely not a list).
pub const MAX_LINES: usize = 1_000;

/// The title and description of each non-empty line.
#[must_use]
pub fn lines(text: &str) -> Vec<(String, Option<String>)> {
    text.lines()
        .filter_map(|line| {
            let mut cells = line.split('\t').map(str::trim);
            let title = strip_bullet(cells.next().unwrap_or_default());
            let description = cells.filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" ");
            (!title.is_empty()).then(|| (title.to_owned(), Some(description).filter(|d| !d.is_empty())))
        })
        .collect()
}

fn strip_bullet(s: &str) -> &str {
    let s = s.trim_start_matches(['-', '*', '•', '–', '·', '▪']).trim_start();
    // "1." or "12)" numbering.
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0
        && digits < 4
        && let Some(rest) = s[digits..].strip_prefix(['.', ')'])
    {
        return rest.trim_start();
    }
    s
}

/// The steps the lines become, from `column` in `lane` to the right, each in the next free cell;
/// `None` when there are more than [`MAX_LINES`] lines or they do not fit.
#[must_use]
pub fn steps(bp: &Blueprint, lane: LaneId, column: u32, text: &str) -> Option<Vec<Step>> {
    let lines = lines(text);
    if lines.is_empty() || lines.len() > MAX_LINES {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut at = column;
    for (title, description) in lines {
        let free = (at..=crate::model::MAX_COLUMN).find(|c| bp.step_at(lane, *c).is_none())?;
        let mut step = Step::new(lane, free, title);
        step.description = description;
        out.push(step);
        at = free + 1;
    }
    Some(out)
}
