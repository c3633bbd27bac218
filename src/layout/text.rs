//! Measuring and breaking text with the bundled font's own glyph widths (Ubuntu Light, the
//! font egui draws with and the exports embed), so that a card breaks its title at the same
//! words on screen and on paper.

use std::sync::OnceLock;

/// Line height as a multiple of the font size.
pub const LINE: f32 = 1.25;

/// The widths of the bundled font, per character, in em.
struct Font {
    /// Advances of the characters U+0000..U+0250 (Latin with accents), in em.
    common: Vec<f32>,
    face: Option<ttf_parser::Face<'static>>,
    ascent: f32,
    descent: f32,
}

fn font() -> &'static Font {
    static FONT: OnceLock<Font> = OnceLock::new();
    FONT.get_or_init(|| {
        let face = ttf_parser::Face::parse(epaint_default_fonts::UBUNTU_LIGHT, 0).ok();
        let em = face.as_ref().map_or(1000.0, |f| f32::from(f.units_per_em()));
        let advance = |c: char| {
            face.as_ref()
                .and_then(|f| f.glyph_index(c).and_then(|g| f.glyph_hor_advance(g)))
                .map_or(FALLBACK_EM, |a| f32::from(a) / em)
        };
        let common = (0u32..0x250).map(|u| char::from_u32(u).map_or(FALLBACK_EM, advance)).collect();
        let ascent = face.as_ref().map_or(0.93, |f| f32::from(f.ascender()) / em);
        let descent = face.as_ref().map_or(0.19, |f| -f32::from(f.descender()) / em);
        Font { common, face, ascent, descent }
    })
}

/// The width of a character the font does not have (another script, an emoji), in em.
const FALLBACK_EM: f32 = 0.9;

fn advance(c: char) -> f32 {
    let f = font();
    if let Some(w) = f.common.get(c as usize) {
        return *w;
    }
    let em = f.face.as_ref().map_or(1000.0, |f| f32::from(f.units_per_em()));
    f.face
        .as_ref()
        .and_then(|face| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)))
        .map_or(FALLBACK_EM, |a| f32::from(a) / em)
}

/// The width of `text` at font size `size`.
#[must_use]
pub fn width(text: &str, size: f32) -> f32 {
    text.chars().map(advance).sum::<f32>() * size
}

/// The distance from the top of a line box (`LINE` × `size` high, the glyphs centred in it) to
/// the baseline.
#[must_use]
pub fn baseline(size: f32) -> f32 {
    let f = font();
    ((LINE - f.ascent - f.descent) / 2.0 + f.ascent) * size
}

/// A text broken into lines that fit a width.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// Some of the text did not fit in the lines allowed: the last line ends in "…".
    pub cut: bool,
}

/// Breaks `text` into lines of at most `max_width` at font size `size`, between words; a word
/// longer than a line is broken with a hyphen. With `max_lines`, what does not fit ends in "…".
#[must_use]
pub fn wrap(text: &str, size: f32, max_width: f32, max_lines: usize) -> Wrapped {
    let room = max_width.max(size);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let space = width(" ", size);
    let mut line_w = 0.0;
    for word in text.split_whitespace() {
        let w = width(word, size);
        if !line.is_empty() && line_w + space + w <= room {
            line.push(' ');
            line.push_str(word);
            line_w += space + w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if w <= room {
            word.clone_into(&mut line);
            line_w = w;
            continue;
        }
        // A word longer than the line: hyphenated pieces.
        let mut piece = String::new();
        let hyphen = width("-", size);
        for c in word.chars() {
            if !piece.is_empty() && width(&piece, size) + advance(c) * size + hyphen > room {
                piece.push('-');
                lines.push(std::mem::take(&mut piece));
            }
            piece.push(c);
        }
        line_w = width(&piece, size);
        line = piece;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if max_lines == 0 || lines.len() <= max_lines {
        return Wrapped { lines, cut: false };
    }
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        *last = ellipsis(last, size, room);
    }
    Wrapped { lines, cut: true }
}

/// `text` with "…" at the end, shortened until it fits `max_width`.
#[must_use]
pub fn ellipsis(text: &str, size: f32, max_width: f32) -> String {
    let dots = width("…", size);
    let mut out: String = text.trim_end_matches('-').to_owned();
    while !out.is_empty() && width(&out, size) + dots > max_width {
        out.pop();
    }
    let out = out.trim_end();
    format!("{out}…")
}

/// `text` on one line of at most `max_width`: whole, or cut with "…".
#[must_use]
pub fn fit_line(text: &str, size: f32, max_width: f32) -> String {
    if width(text, size) <= max_width { text.to_owned() } else { ellipsis(text, size, max_width) }
}

/// The title of a card in a box: the largest size from `size` down to `min_size` at which the
/// whole title fits `height`; at `min_size` what does not fit ends in "…".
#[must_use]
pub fn fit_block(text: &str, size: f32, min_size: f32, max_width: f32, height: f32) -> (f32, Wrapped) {
    // A word too long for the line makes the type smaller before it is hyphenated.
    let longest = text.split_whitespace().map(|w| width(w, 1.0)).fold(0.0, f32::max);
    let mut s = if longest > 0.0 { size.min(max_width / longest).max(min_size) } else { size };
    loop {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small positive count")]
        let rows = ((height / (s * LINE)).floor().max(1.0)) as usize;
        let w = wrap(text, s, max_width, rows);
        if !w.cut || s <= min_size {
            return (s, w);
        }
        s = (s - 1.0).max(min_size);
    }
}
