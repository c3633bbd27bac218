//! The blueprint as SVG, drawn from the same layout as the canvas (light theme): lanes, phases,
//! the three lines, flows with arrowheads, cards with wrapped titles, badges and a legend. Text is
//! real text, so it can be searched and selected.

use super::fold::{Fold, GAP_WIDTH, grouped};
use crate::layout::{FlowBox, Layout, LineKind, Pos, Rect};
use crate::model::{AnnotationKind, Blueprint, Perspective, Target};
use crate::style::{Palette, Rgba, badge_symbol};
use std::fmt::Write;

/// The one way text gets into the SVG, as element content or as an attribute value: `&`, `<`,
/// `>`, `"` and `'` become entities, tab, line feed and carriage return character references (so
/// that no XML reader changes them), and every character XML 1.0 cannot carry at all (NUL and the
/// other C0 controls, U+FFFE, U+FFFF) becomes U+FFFD, the replacement character.
#[must_use]
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

pub(super) fn hex(c: Rgba) -> String {
    c.hex()
}

/// Splits a title into lines of at most about `max_chars` characters, at spaces where possible.
#[must_use]
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let max_chars = max_chars.max(4);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_owned();
        // A word longer than a line is broken, so that nothing is cut off.
        while word.chars().count() > max_chars {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(max_chars).collect();
            word = word.chars().skip(max_chars).collect();
            lines.push(head);
        }
        if line.is_empty() {
            line = word;
        } else if line.chars().count() + 1 + word.chars().count() <= max_chars {
            line.push(' ');
            line.push_str(&word);
        } else {
            lines.push(std::mem::replace(&mut line, word));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The columns drawn: all of them, or a range.
fn drawn(layout: &Layout, columns: Option<&std::ops::Range<u32>>) -> std::ops::Range<u32> {
    columns.cloned().unwrap_or(0..layout.columns)
}

/// The columns drawn, in canvas units (before folding).
fn span(layout: &Layout, cols: &std::ops::Range<u32>) -> (f32, f32) {
    let w = layout.metrics.column_width;
    (cols.start as f32 * w, cols.end as f32 * w)
}

/// The size of the SVG drawing, in its own units (canvas units: 1 unit = 1 px at 100 %), with
/// long runs of empty columns folded into gaps.
#[must_use]
pub fn size(layout: &Layout, columns: Option<&std::ops::Range<u32>>) -> (f32, f32) {
    let cols = drawn(layout, columns);
    let fold = Fold::new(layout, &cols);
    let (cx0, cx1) = span(layout, &cols);
    let b = layout.bounds();
    (layout.metrics.lane_header_width + fold.x(cx1) - cx0, b.height() + LEGEND_HEIGHT)
}

/// The flows whose path may cross `view`: through the layout's index when the view is narrow,
/// else by looking at each flow once (a view over a folded run of 50,000 columns would walk the
/// index of every one of them).
fn flows_in(layout: &Layout, view: Rect) -> Vec<&FlowBox> {
    if view.width() / layout.metrics.column_width > layout.flows.len() as f32 {
        layout.flows.iter().filter(|f| f.bounds.intersects(&view)).collect()
    } else {
        layout.flows_in(view).collect()
    }
}

/// `r` moved sideways by `dx`.
fn shifted(r: Rect, dx: f32) -> Rect {
    Rect::new(r.min.x + dx, r.min.y, r.max.x + dx, r.max.y)
}

const LEGEND_HEIGHT: f32 = 60.0;

/// The average width of a character, in em, for wrapping without font metrics.
const CHAR_EM: f32 = 0.52;

/// How many characters of type `size` fit in `width`.
pub(super) fn chars_in(width: f32, size: f32) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small non-negative count")]
    let n = (width / (size * CHAR_EM) + 1e-3).max(0.0) as usize;
    n
}

/// The blueprint as an SVG document. `columns` limits it to a range of columns (lane names are
/// drawn at the left in any case); runs of empty columns are folded into marked gaps.
#[must_use]
#[allow(clippy::too_many_lines, reason = "one drawing, layer by layer, reads best in order")]
pub fn to_svg(bp: &Blueprint, layout: &Layout, columns: Option<&std::ops::Range<u32>>) -> String {
    let p = Palette::light();
    let m = &layout.metrics;
    let header = m.lane_header_width;
    let cols = drawn(layout, columns);
    let fold = Fold::new(layout, &cols);
    let fx = |x: f32| fold.x(x);
    let (cx0, cx1) = span(layout, &cols);
    // What is drawn is looked up in the layout's own (unfolded) units, then placed by the fold.
    let b = layout.bounds();
    let view = Rect::new(cx0, b.min.y, cx1, b.max.y);
    let fx1 = fx(cx1);
    let (width, height) = size(layout, columns);
    let dx = -cx0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {width} {height}" width="{width}" height="{height}" font-family="Ubuntu, 'Ubuntu Light', DejaVu Sans, Noto Sans, Arial, sans-serif">"#,
        -header, b.min.y,
    );
    let _ = writeln!(s, "<title>{}</title>", xml_escape(&bp.title));
    let _ = writeln!(
        s,
        r#"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{}"/></marker></defs>"#,
        hex(p.flow)
    );
    let _ = writeln!(
        s,
        r#"<rect x="{}" y="{}" width="{width}" height="{height}" fill="{}"/>"#,
        -header,
        b.min.y,
        hex(p.background)
    );
    // The grid moves left by the first column drawn.
    let _ = writeln!(s, r#"<g transform="translate({dx} 0)">"#);
    for lane in &layout.lanes {
        let r = Rect::new(cx0, lane.rect.min.y, fx1, lane.rect.max.y);
        rect(&mut s, r, hex(p.lane_fill(lane.kind)), None, 0.0);
    }
    for ph in layout.phases_in(view) {
        let span = Rect::new(fx(ph.span.min.x), ph.span.min.y, fx(ph.span.max.x), ph.span.max.y);
        if p.phase_fill[ph.index % 2].3 > 0 {
            let c = p.phase_fill[ph.index % 2];
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="{:.3}"/>"#,
                span.min.x,
                span.min.y,
                span.width(),
                span.height(),
                hex(c),
                f32::from(c.3) / 255.0
            );
        }
        let h = Rect::new(fx(ph.header.min.x), ph.header.min.y, fx(ph.header.max.x), ph.header.max.y);
        rect(
            &mut s,
            Rect::new(h.min.x + 1.0, h.min.y + 2.0, h.max.x - 1.0, h.max.y - 2.0),
            hex(p.header_fill),
            Some(hex(p.card_border)),
            4.0,
        );
        if let Some(phase) = bp.phases().get(ph.index) {
            text(
                &mut s,
                Pos { x: h.min.x + 10.0, y: h.center().y + 5.0 },
                &phase.name,
                15.0,
                hex(p.header_text),
                "start",
                true,
            );
        }
    }
    for gap in fold.gaps() {
        gap_mark(&mut s, layout, &p, gap);
    }
    let flows = flows_in(layout, view);
    for f in &flows {
        let pts: Vec<String> = f.points.iter().map(|q| format!("{},{}", fx(q.x), q.y)).collect();
        let start = if f.two_way { r#" marker-start="url(#arrow)""# } else { "" };
        let _ = writeln!(
            s,
            r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="1.6" marker-end="url(#arrow)"{start}/>"#,
            pts.join(" "),
            hex(p.flow)
        );
    }
    for card in layout.cards_in(view) {
        let mut card = card.clone();
        card.rect = shifted(card.rect, fx(card.rect.min.x) - card.rect.min.x);
        paint_card(&mut s, bp, layout, &p, &card);
    }
    // Labels go over the cards: a short flow's label may be wider than the gap it crosses.
    for f in &flows {
        if let Some(label) = bp.flow(f.flow).and_then(|fl| fl.label.as_deref()).filter(|l| !l.is_empty()) {
            let w = label.chars().count() as f32 * 6.5 + 8.0;
            let anchor = Pos { x: fx(f.anchor.x), y: f.anchor.y };
            rect(
                &mut s,
                Rect::new(anchor.x - w / 2.0, anchor.y - 9.0, anchor.x + w / 2.0, anchor.y + 9.0),
                hex(p.background),
                Some(hex(p.flow)),
                3.0,
            );
            text(&mut s, Pos { x: anchor.x, y: anchor.y + 4.0 }, label, m.small_size, hex(p.text), "middle", false);
        }
    }
    super::band::band(&mut s, bp, layout, &p, view, &fold);
    // A flow's badges sit in a row from its label's place; they move with it, so that a row in a
    // folded gap is not squeezed onto itself.
    let anchors: std::collections::HashMap<_, f32> = flows.iter().map(|f| (f.flow, f.anchor.x)).collect();
    for b in layout.badges_in(view) {
        let on_flow = bp.annotation(b.annotation).and_then(|a| match a.on {
            Target::Flow(f) => anchors.get(&f).copied(),
            Target::Step(_) => None,
        });
        let x = on_flow.map_or_else(|| fx(b.center.x), |ax| fx(ax) + b.center.x - ax);
        badge(&mut s, &p, Pos { x, y: b.center.y }, m.badge_radius, b.kind, b.severity, b.perspective);
    }
    let _ = writeln!(s, "</g>");
    // Lane headers and the three lines, at the left of the drawing.
    for lane in &layout.lanes {
        let Some(l) = bp.lane(lane.id) else { continue };
        let r = Rect::new(-header, lane.rect.min.y, 0.0, lane.rect.max.y);
        rect(&mut s, r, hex(p.header_fill), Some(hex(p.card_border)), 0.0);
        let lines = wrap(&l.name, chars_in(header - 20.0, 15.0));
        let mut y = r.center().y - (lines.len() as f32 - 1.0) * 9.0 + 5.0;
        for line in lines {
            text(&mut s, Pos { x: -header + 10.0, y }, &line, 15.0, hex(p.header_text), "start", true);
            y += 18.0;
        }
    }
    super::band::caption(&mut s, layout, &p);
    for line in &layout.lines {
        let (c, dash) = match line.kind {
            LineKind::Interaction => (p.lines[0], ""),
            LineKind::Visibility => (p.lines[1], r#" stroke-dasharray="14 6""#),
            LineKind::InternalInteraction => (p.lines[2], r#" stroke-dasharray="2 6""#),
        };
        let x1 = fx1 - cx0;
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{y}" x2="{x1}" y2="{y}" stroke="{}" stroke-width="2.5"{dash}/>"#,
            -header,
            hex(c),
            y = line.y
        );
        let name = match line.kind {
            LineKind::Interaction => "Line of interaction",
            LineKind::Visibility => "Line of visibility",
            LineKind::InternalInteraction => "Line of internal interaction",
        };
        text(&mut s, Pos { x: -header + 6.0, y: line.y - 4.0 }, name, 11.0, hex(c), "start", false);
    }
    legend(&mut s, &p, Pos { x: -header + 10.0, y: b.max.y + LEGEND_HEIGHT / 2.0 }, m.badge_radius);
    s.push_str("</svg>\n");
    s
}

/// A folded run of empty columns: a strip of paper between two dashed edges, from the phase
/// headers to the bottom of the grid, with the number of columns left out in the first lane.
fn gap_mark(s: &mut String, layout: &Layout, p: &Palette, gap: &super::fold::Gap) {
    let b = layout.bounds();
    let (x0, x1) = (gap.x, gap.x + GAP_WIDTH);
    rect(s, Rect::new(x0, b.min.y, x1, b.max.y), hex(p.background), None, 0.0);
    // The dashed edges stand a little inside, clear of flows that turn at the edge of a column.
    for x in [x0 + 12.0, x1 - 12.0] {
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1.2" stroke-dasharray="6 5"/>"#,
            b.min.y,
            b.max.y,
            hex(p.text_muted)
        );
    }
    let n = gap.columns.end - gap.columns.start;
    let centre = f32::midpoint(x0, x1);
    let lane = layout.lanes.first().map_or(Rect::new(x0, 0.0, x1, 150.0), |l| l.rect);
    let y = lane.center().y - 14.0;
    text(
        s,
        Pos { x: centre, y: b.min.y + layout.metrics.phase_header_height / 2.0 + 6.0 },
        "…",
        16.0,
        hex(p.text_muted),
        "middle",
        true,
    );
    text(s, Pos { x: centre, y }, &grouped(n), 12.0, hex(p.text_muted), "middle", true);
    text(s, Pos { x: centre, y: y + 15.0 }, "empty", 12.0, hex(p.text_muted), "middle", false);
    text(s, Pos { x: centre, y: y + 30.0 }, "columns", 12.0, hex(p.text_muted), "middle", false);
}

#[allow(clippy::needless_pass_by_value, reason = "colours are made inline at each call")]
pub(super) fn rect(s: &mut String, r: Rect, fill: String, stroke: Option<String>, radius: f32) {
    let stroke = stroke.map_or_else(String::new, |c| format!(r#" stroke="{c}" stroke-width="1""#));
    let _ = writeln!(
        s,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{radius}" fill="{fill}"{stroke}/>"#,
        r.min.x,
        r.min.y,
        r.width(),
        r.height()
    );
}

#[allow(clippy::needless_pass_by_value, reason = "colours are made inline at each call")]
pub(super) fn text(s: &mut String, at: Pos, t: &str, size: f32, fill: String, anchor: &str, bold: bool) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" font-size="{size}" fill="{fill}" text-anchor="{anchor}"{weight}>{}</text>"#,
        at.x,
        at.y,
        xml_escape(t)
    );
}

fn badge(
    s: &mut String,
    p: &Palette,
    c: Pos,
    r: f32,
    kind: AnnotationKind,
    severity: Option<u8>,
    perspective: Option<Perspective>,
) {
    let fill = hex(p.annotation(kind, perspective));
    if kind == AnnotationKind::MomentOfTruth {
        let d = r * 1.2;
        let _ = writeln!(
            s,
            r#"<polygon points="{},{} {},{} {},{} {},{}" fill="{fill}" stroke="white" stroke-width="1.5"/>"#,
            c.x,
            c.y - d,
            c.x + d,
            c.y,
            c.x,
            c.y + d,
            c.x - d,
            c.y
        );
    } else {
        let _ = writeln!(
            s,
            r#"<circle cx="{}" cy="{}" r="{r}" fill="{fill}" stroke="white" stroke-width="1.5"/>"#,
            c.x, c.y
        );
    }
    let symbol = if kind == AnnotationKind::MomentOfTruth { "!".to_owned() } else { badge_symbol(kind, severity) };
    text(s, Pos { x: c.x, y: c.y + r * 0.45 }, &symbol, r * 1.3, "#ffffff".to_owned(), "middle", true);
}

fn legend(s: &mut String, p: &Palette, at: Pos, r: f32) {
    let items: [(AnnotationKind, Option<Perspective>, &str); 7] = [
        (AnnotationKind::PainPoint, None, "Pain point (severity)"),
        (AnnotationKind::MomentOfTruth, Some(Perspective::Customer), "Moment of truth (customer)"),
        (AnnotationKind::MomentOfTruth, Some(Perspective::Organisation), "Moment of truth (organisation)"),
        (AnnotationKind::MomentOfTruth, Some(Perspective::Both), "Moment of truth (both)"),
        (AnnotationKind::Idea, None, "Idea"),
        (AnnotationKind::Question, None, "Question"),
        (AnnotationKind::Message, None, "Message"),
    ];
    let mut x = at.x;
    for (kind, persp, name) in items {
        badge(s, p, Pos { x: x + r, y: at.y }, r, kind, Some(2), persp);
        text(s, Pos { x: x + 2.0 * r + 6.0, y: at.y + 5.0 }, name, 13.0, hex(p.text), "start", false);
        x += 2.0 * r + 16.0 + name.chars().count() as f32 * 7.0;
    }
}

fn paint_card(s: &mut String, bp: &Blueprint, layout: &Layout, p: &Palette, card: &crate::layout::CardBox) {
    let m = &layout.metrics;
    {
        let Some(step) = bp.step(card.step) else { return };
        let kind = layout.lanes.get(card.lane).map_or(crate::model::LaneKind::Custom, |l| l.kind);
        let r = card.rect;
        rect(s, r, hex(p.card_fill(kind)), Some(hex(p.card_border)), 8.0);
        if let Some(v) = step.measures.value {
            rect(s, Rect::new(r.min.x, r.min.y, r.min.x + 6.0, r.max.y), hex(p.value(v)), None, 0.0);
        }
        // Roughly half an em per character: titles wrap to the card's width, and a word too long
        // for a line makes the type smaller rather than being broken.
        let room = r.width() - 20.0;
        let longest = step.title.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(1) as f32;
        let mut size = m.title_size.min(room / (longest * CHAR_EM)).max(9.0);
        // And a title too long for the card's height makes the type smaller too.
        let tall = r.height() - 20.0 - if step.channel.is_some() { m.small_size * 1.4 } else { 0.0 };
        let mut lines = wrap(&step.title, chars_in(room, size));
        while lines.len() as f32 * size * 1.25 > tall && size > 9.0 {
            size -= 0.5;
            lines = wrap(&step.title, chars_in(room, size));
        }
        let mut y = r.min.y + 10.0 + size;
        for line in lines {
            text(s, Pos { x: r.min.x + 10.0, y }, &line, size, hex(p.text), "start", false);
            y += size * 1.25;
        }
        if let Some(ch) = &step.channel {
            text(s, Pos { x: r.min.x + 10.0, y: r.max.y - 8.0 }, ch, m.small_size, hex(p.text_muted), "start", false);
        }
    }
}

/// Writes a short label in the empty corner above the lane names of an SVG made by [`to_svg`]
/// (the page number when a PDF is tiled).
#[must_use]
pub fn with_corner_label(svg: &str, layout: &Layout, label: &str) -> String {
    let m = &layout.metrics;
    let at = Pos { x: -m.lane_header_width + 10.0, y: layout.bounds().min.y + m.phase_header_height / 2.0 + 5.0 };
    let mut s = String::new();
    text(&mut s, at, label, 14.0, hex(Palette::light().text_muted), "start", true);
    let body = svg.trim_end().strip_suffix("</svg>").unwrap_or(svg);
    format!("{body}{s}</svg>\n")
}
