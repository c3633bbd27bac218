//! The interaction band in the SVG (when the layout has one): the same chips, lines and check
//! colours as on the canvas.

use super::fold::Fold;
use super::svg::{chars_in, hex, rect, text, wrap};
use crate::analysis::interaction::{DEFAULT_MAX_MESSAGES, interaction};
use crate::layout::{Layout, Pos, Rect};
use crate::model::{Blueprint, LaneKind};
use crate::style::{CHECK_WARN, Palette};
use std::fmt::Write;

/// Draws the band's chips and links within `view` (grid coordinates), placed by `fold`.
pub(super) fn band(s: &mut String, bp: &Blueprint, layout: &Layout, p: &Palette, view: Rect, fold: &Fold) {
    let Some(band) = &layout.interaction else { return };
    let checks = interaction(bp, DEFAULT_MAX_MESSAGES);
    let findings = checks.findings();
    let w = layout.metrics.column_width;
    // Half see-through, as on the canvas: flows crossing the band stay visible.
    let _ = writeln!(
        s,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.7"/>"#,
        fold.x(view.min.x),
        band.rect.min.y,
        fold.x(view.max.x) - fold.x(view.min.x),
        band.rect.height(),
        hex(p.background)
    );
    for o in checks.overloaded_columns.iter().filter(|o| (view.min.x..view.max.x).contains(&(o.column as f32 * w))) {
        let x = fold.x(o.column as f32 * w);
        let r = Rect::new(x, band.rect.min.y, x + w, band.rect.max.y);
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.12"/>"#,
            r.min.x,
            r.min.y,
            r.width(),
            r.height(),
            hex(CHECK_WARN)
        );
    }
    let crosses = |a: f32, b: f32| a.min(b) <= view.max.x && a.max(b) >= view.min.x;
    for (_, _, from, to) in band.links.iter().filter(|(_, _, from, to)| crosses(from.x, to.x)) {
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1.5"/>"#,
            fold.x(from.x),
            from.y,
            fold.x(to.x),
            to.y,
            hex(p.message)
        );
    }
    let size = layout.metrics.small_size;
    for chip in band.chips.iter().filter(|c| c.rect.intersects(&view)) {
        let Some(a) = bp.annotation(chip.annotation) else { continue };
        let (base, edge, width) = p.chip(chip.kind, findings.get(&a.id).copied());
        let r = chip.rect;
        let r = Rect::new(fold.x(r.min.x), r.min.y, fold.x(r.min.x) + r.width(), r.max.y);
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="5" fill="{}" stroke="{}" stroke-width="{width}"/>"#,
            r.min.x,
            r.min.y,
            r.width(),
            r.height(),
            hex(p.card_fill(LaneKind::Customer)),
            hex(edge)
        );
        rect(s, Rect::new(r.min.x, r.min.y, r.min.x + 4.0, r.max.y), hex(base), None, 2.0);
        let label = crate::analysis::interaction::label(a);
        let mut lines = wrap(&label, chars_in(r.width() - 12.0, size));
        if lines.len() > 2 {
            lines.truncate(2);
            lines[1].push('…');
        }
        for (i, line) in lines.iter().enumerate() {
            let y = r.min.y + 4.0 + size * (i as f32 + 1.0);
            text(s, Pos { x: r.min.x + 8.0, y }, line, size, hex(p.text), "start", false);
        }
    }
}

/// The band's caption in the lane header (header coordinates, left of x = 0).
pub(super) fn caption(s: &mut String, layout: &Layout, p: &Palette) {
    let Some(band) = &layout.interaction else { return };
    let y = band.header.center().y;
    text(s, Pos { x: -10.0, y: y - 4.0 }, "Questions", 12.0, hex(p.question), "end", false);
    text(s, Pos { x: -10.0, y: y + 12.0 }, "Messages", 12.0, hex(p.message), "end", false);
}
