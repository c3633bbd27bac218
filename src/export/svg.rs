//! The blueprint as SVG: the drawing (`crate::draw`) written out shape by shape, in the light
//! theme, under a title block and over a legend, both in the chosen language. Text is real text,
//! so it can be searched and selected. Long runs of empty columns are folded (see `fold`).

use super::Options;
use super::fold::{Fold, GAP_WIDTH, grouped};
use crate::draw::{self, Align, Dash, Drawing, Group, Paint, Shape, Stroke};
use crate::layout::{Layout, Pos, Rect, text};
use crate::model::Blueprint;
use crate::style::{Palette, Rgba};
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

/// The columns drawn: all of them, or a range.
fn drawn(layout: &Layout, columns: Option<&std::ops::Range<u32>>) -> std::ops::Range<u32> {
    columns.cloned().unwrap_or(0..layout.columns)
}

/// The size of the title's and the description's type.
const TITLE_SIZE: f32 = 24.0;
const INFO_SIZE: f32 = 13.0;
/// Space around the title block and the legend.
const MARGIN: f32 = 16.0;
/// Space right of the grid, where a flow may turn around the last column's cards.
pub const RIGHT_MARGIN: f32 = 32.0;

/// The parts of an exported drawing around the blueprint: the title block above, the legend
/// below, and how wide the whole is.
struct Frame {
    title: Group,
    legend: Group,
    width: f32,
    /// The top of the drawing (above the phase headers: the title block).
    top: f32,
    height: f32,
}

fn frame(
    bp: &Blueprint,
    layout: &Layout,
    fold: &Fold,
    cols: &std::ops::Range<u32>,
    o: Options,
    page: Option<(usize, usize)>,
) -> Frame {
    let m = &layout.metrics;
    let header = m.lane_header_width;
    let w = m.column_width;
    let grid_w = fold.x(cols.end as f32 * w) - fold.x(cols.start as f32 * w);
    // Room right of the last column: flows that return around a card there stay on the page.
    let width = header + grid_w + RIGHT_MARGIN;
    let b = layout.bounds();
    let title = title_block(bp, o, -header + MARGIN, width - 2.0 * MARGIN, page);
    let top = b.min.y - title.bounds.height() - MARGIN;
    let title = Group {
        items: title
            .items
            .into_iter()
            .map(|i| draw::Item { shape: draw::shift(i.shape, 0.0, top + MARGIN / 2.0), ..i })
            .collect(),
        ..title
    };
    let legend = draw::legend(bp, layout, &o.draw(), -header + MARGIN, b.max.y + MARGIN / 2.0, width - 2.0 * MARGIN);
    let height = legend.bounds.max.y + MARGIN / 2.0 - top;
    Frame { title, legend, width, top, height }
}

/// The title, then the date and the number of steps, then the description (two lines at most),
/// from y = 0; and the page label at the right when the drawing is a page of several.
fn title_block(bp: &Blueprint, o: Options, x: f32, width: f32, page: Option<(usize, usize)>) -> Group {
    let mut g = Group::default();
    let mut y = 0.0;
    let title = text::fit_line(&bp.title, TITLE_SIZE, width * 0.8);
    g.items.push(draw::Item::new(Shape::Text {
        x,
        top: y,
        text: title,
        size: TITLE_SIZE,
        paint: draw::Role::Text.into(),
        bold: true,
        align: Align::Start,
    }));
    if let Some((n, of)) = page {
        let label = crate::i18n::tr_args_in(o.lang, "export-page", &[("page", n.into()), ("pages", of.into())]);
        g.items.push(draw::Item::new(Shape::Text {
            x: x + width,
            top: y + (TITLE_SIZE - INFO_SIZE) / 2.0,
            text: label,
            size: INFO_SIZE,
            paint: draw::Role::TextMuted.into(),
            bold: true,
            align: Align::End,
        }));
    }
    y += TITLE_SIZE * text::LINE + 2.0;
    let made =
        crate::i18n::tr_args_in(o.lang, "export-made", &[("date", today().into()), ("steps", bp.step_count().into())]);
    let mut lines = vec![made];
    if let Some(d) = bp.description.as_deref().filter(|d| !d.trim().is_empty()) {
        lines.extend(text::wrap(d, INFO_SIZE, width, 2).lines);
    }
    for line in lines {
        g.items.push(draw::Item::new(Shape::Text {
            x,
            top: y,
            text: line,
            size: INFO_SIZE,
            paint: draw::Role::TextMuted.into(),
            bold: false,
            align: Align::Start,
        }));
        y += INFO_SIZE * text::LINE;
    }
    g.bounds = Rect::new(x, 0.0, x + width, y);
    g
}

/// Today's date as YYYY-MM-DD (the same in every language); `SOURCE_DATE_EPOCH` (seconds, the
/// convention for reproducible output) fixes it, for snapshots and builds.
fn today() -> String {
    let fixed = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<u64>().ok());
    let secs = fixed.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    });
    let days = secs / 86_400;
    crate::analysis::civil_date(i64::try_from(days).unwrap_or(0))
}

/// The size of the SVG drawing, in its own units (canvas units: 1 unit = 1 px at 100 %), with
/// the title block and the legend, and long runs of empty columns folded into gaps.
#[must_use]
pub fn size(bp: &Blueprint, layout: &Layout, columns: Option<&std::ops::Range<u32>>, o: &Options) -> (f32, f32) {
    let cols = drawn(layout, columns);
    let fold = Fold::new(layout, &cols);
    let f = frame(bp, layout, &fold, &cols, *o, None);
    (f.width, f.height)
}

/// The blueprint as an SVG document. `columns` limits it to a range of columns (lane names are
/// drawn at the left in any case); `page` adds "page n of m" to the title block.
#[must_use]
pub fn to_svg(
    bp: &Blueprint,
    layout: &Layout,
    columns: Option<&std::ops::Range<u32>>,
    o: &Options,
    page: Option<(usize, usize)>,
) -> String {
    let drawing = draw::build(bp, layout, &o.draw());
    write(bp, layout, &drawing, columns, o, page)
}

/// Writes a drawing that was already built.
#[must_use]
pub fn write(
    bp: &Blueprint,
    layout: &Layout,
    drawing: &Drawing,
    columns: Option<&std::ops::Range<u32>>,
    o: &Options,
    page: Option<(usize, usize)>,
) -> String {
    let p = Palette::light();
    let m = &layout.metrics;
    let header = m.lane_header_width;
    let cols = drawn(layout, columns);
    let fold = Fold::new(layout, &cols);
    let f = frame(bp, layout, &fold, &cols, *o, page);
    let w = m.column_width;
    let (cx0, cx1) = (cols.start as f32 * w, cols.end as f32 * w);
    let b = layout.bounds();
    // What is drawn is looked up in the layout's own (unfolded) units, then placed by the fold.
    let view = Rect::new(cx0, b.min.y - 1.0, cx1, b.max.y + 1.0);
    let dx = -fold.x(cx0);
    let mut s = String::new();
    let (width, height) = (f.width, f.height);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {width} {height}" width="{width}" height="{height}" font-family="Ubuntu, 'Ubuntu Light', DejaVu Sans, Noto Sans, Arial, sans-serif">"#,
        -header, f.top,
    );
    let _ = writeln!(s, "<title>{}</title>", xml_escape(&bp.title));
    let _ = writeln!(
        s,
        r#"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{}"/></marker><clipPath id="grid"><rect x="0" y="{}" width="{}" height="{}"/></clipPath></defs>"#,
        p.flow.hex(),
        b.min.y - 1.0,
        fold.x(cx1) - fold.x(cx0) + RIGHT_MARGIN,
        b.height() + 2.0
    );
    let _ = writeln!(
        s,
        r#"<rect x="{}" y="{}" width="{width}" height="{height}" fill="{}"/>"#,
        -header,
        f.top,
        p.background.hex()
    );
    let to_page = |q: Pos| Pos { x: fold.x(q.x) + dx, y: q.y };
    // The grid, moved left by the first column drawn and clipped to the columns drawn.
    s.push_str("<g clip-path=\"url(#grid)\">\n");
    // Cards, flows and badges are found through the layout's indexes (a page of a tiled PDF costs
    // what is on it); the other layers are few or small.
    let flows = layout.flow_indices_in(view);
    let cards: Vec<usize> = layout.card_indices_in(view).collect();
    let badges: Vec<usize> = layout.badge_indices_in(view).collect();
    let first_note = layout.notes.partition_point(|n| n.rect.max.x < view.min.x);
    let last_note = layout.notes.partition_point(|n| n.rect.min.x <= view.max.x).max(first_note);
    let within = |g: &&Group| g.bounds.intersects(&view);
    let mut shown: Vec<&Group> = drawing.ground.iter().filter(within).collect();
    shown.extend(flows.iter().filter_map(|&i| drawing.flows.get(i)));
    shown.extend(drawing.tension_links.iter().filter(within));
    shown.extend(cards.iter().filter_map(|&i| drawing.cards.get(i)));
    shown.extend(drawing.notes.get(first_note..last_note).unwrap_or_default());
    shown.extend(drawing.band.iter().filter(within));
    shown.extend(flows.iter().filter_map(|&i| drawing.labels.get(i)));
    shown.extend(drawing.tensions.iter().filter(within));
    shown.extend(badges.iter().filter_map(|&i| drawing.badges.get(i)));
    for g in shown {
        group(&mut s, g, &p, &to_page);
    }
    for gap in fold.gaps() {
        gap_mark(&mut s, layout, &p, gap, dx, *o);
    }
    s.push_str("</g>\n");
    // Phase headers move with the grid; lane headers and line labels stay at the left.
    for g in &drawing.headers {
        if g.bounds.max.x <= 0.0 {
            group(&mut s, g, &p, &|q| q);
        } else if g.bounds.intersects(&Rect::new(cx0, b.min.y - 1.0, cx1, 0.0)) {
            let clip = Rect::new(0.0, b.min.y, fold.x(cx1) + dx, 0.0);
            let _ = writeln!(
                s,
                r#"<svg x="{}" y="{}" width="{}" height="{}" viewBox="{} {} {} {}" overflow="hidden">"#,
                clip.min.x,
                clip.min.y,
                clip.width(),
                clip.height(),
                clip.min.x,
                clip.min.y,
                clip.width(),
                clip.height()
            );
            // A phase that began on an earlier page keeps its name at this page's left edge.
            let keep = |q: Pos| {
                let at = to_page(q);
                Pos { x: at.x.max(8.0), y: at.y }
            };
            let named = Group {
                items: g
                    .items
                    .iter()
                    .map(|i| match &i.shape {
                        Shape::Text { .. } => draw::Item { shape: draw::map(i.shape.clone(), &keep), ..i.clone() },
                        _ => draw::Item { shape: draw::map(i.shape.clone(), &to_page), ..i.clone() },
                    })
                    .collect(),
                ..g.clone()
            };
            group(&mut s, &named, &p, &|q| q);
            s.push_str("</svg>\n");
        }
    }
    group(&mut s, &f.title, &p, &|q| q);
    group(&mut s, &f.legend, &p, &|q| q);
    s.push_str("</svg>\n");
    s
}

/// Writes one group's shapes, each point placed by `at`.
fn group(s: &mut String, g: &Group, p: &Palette, at: &impl Fn(Pos) -> Pos) {
    if g.items.is_empty() {
        return;
    }
    if let Some(h) = &g.hover {
        // A title cut with "…" keeps its whole text for readers and search.
        let _ = writeln!(s, "<g><title>{}</title>", xml_escape(h));
    }
    for item in &g.items {
        shape(s, &draw::map(item.shape.clone(), at), p);
    }
    if g.hover.is_some() {
        s.push_str("</g>\n");
    }
}

fn color(paint: Paint, p: &Palette) -> (String, f32) {
    let c: Rgba = paint.resolve(p);
    (c.hex(), f32::from(c.3) / 255.0)
}

fn fill_attr(fill: Option<Paint>, p: &Palette) -> String {
    match fill {
        None => r#" fill="none""#.to_owned(),
        Some(f) => {
            let (c, a) = color(f, p);
            if a < 1.0 { format!(r#" fill="{c}" fill-opacity="{a:.3}""#) } else { format!(r#" fill="{c}""#) }
        }
    }
}

fn stroke_attr(stroke: Option<Stroke>, p: &Palette) -> String {
    let Some(st) = stroke else { return String::new() };
    let (c, a) = color(st.paint, p);
    let mut out = format!(r#" stroke="{c}" stroke-width="{}""#, st.width);
    if a < 1.0 {
        let _ = write!(out, r#" stroke-opacity="{a:.3}""#);
    }
    match st.dash {
        Dash::Solid => {}
        Dash::Dashed(on, off) => {
            let _ = write!(out, r#" stroke-dasharray="{on} {off}""#);
        }
        Dash::Dotted(every) => {
            let _ = write!(out, r#" stroke-dasharray="0.1 {every}" stroke-linecap="round""#);
        }
    }
    out
}

fn points(pts: &[Pos]) -> String {
    pts.iter().map(|q| format!("{},{}", q.x, q.y)).collect::<Vec<_>>().join(" ")
}

/// One shape as an SVG element.
fn shape(s: &mut String, shape: &Shape, p: &Palette) {
    match shape {
        Shape::Rect { rect, radius, fill, stroke } => {
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{radius}"{}{}/>"#,
                rect.min.x,
                rect.min.y,
                rect.width().max(0.0),
                rect.height().max(0.0),
                fill_attr(*fill, p),
                stroke_attr(*stroke, p)
            );
        }
        Shape::Text { x, top, text: t, size, paint, bold, align } => {
            let anchor = match align {
                Align::Start => "start",
                Align::Middle => "middle",
                Align::End => "end",
            };
            let weight = if *bold { r#" font-weight="bold""# } else { "" };
            let (c, a) = color(*paint, p);
            let opacity = if a < 1.0 { format!(r#" fill-opacity="{a:.3}""#) } else { String::new() };
            // The width the bundled font gives: any viewer fits the line to it, so a line that
            // fits on screen fits on paper, whatever font the viewer has.
            let fit = text::width(t, *size);
            let length = if t.chars().count() > 3 {
                format!(r#" textLength="{fit:.1}" lengthAdjust="spacingAndGlyphs""#)
            } else {
                String::new()
            };
            let _ = writeln!(
                s,
                r#"<text x="{x}" y="{}" font-size="{size}" fill="{c}"{opacity} text-anchor="{anchor}"{weight}{length}>{}</text>"#,
                top + text::baseline(*size),
                xml_escape(t)
            );
        }
        Shape::Path { points: pts, stroke, arrow_start, arrow_end } => {
            let start = if *arrow_start { r#" marker-start="url(#arrow)""# } else { "" };
            let end = if *arrow_end { r#" marker-end="url(#arrow)""# } else { "" };
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none"{}{start}{end}/>"#,
                points(pts),
                stroke_attr(Some(*stroke), p)
            );
        }
        Shape::Circle { center, radius, fill, stroke } => {
            let _ = writeln!(
                s,
                r#"<circle cx="{}" cy="{}" r="{radius}"{}{}/>"#,
                center.x,
                center.y,
                fill_attr(*fill, p),
                stroke_attr(*stroke, p)
            );
        }
        Shape::Polygon { points: pts, fill, stroke } => {
            let _ = writeln!(
                s,
                r#"<polygon points="{}"{}{}/>"#,
                points(pts),
                fill_attr(Some(*fill), p),
                stroke_attr(*stroke, p)
            );
        }
    }
}

/// A folded run of empty columns: a strip of paper between two dashed edges, from the phase
/// headers to the bottom of the grid, with the number of columns left out in the first lane.
fn gap_mark(s: &mut String, layout: &Layout, p: &Palette, gap: &super::fold::Gap, dx: f32, o: Options) {
    let b = layout.bounds();
    let (x0, x1) = (gap.x + dx, gap.x + dx + GAP_WIDTH);
    let mut g = Group::default();
    g.items.push(draw::Item::new(Shape::Rect {
        rect: Rect::new(x0, b.min.y, x1, b.max.y),
        radius: 0.0,
        fill: Some(draw::Role::Background.into()),
        stroke: None,
    }));
    // The dashed edges stand a little inside, clear of flows that turn at the edge of a column.
    for x in [x0 + 12.0, x1 - 12.0] {
        g.items.push(draw::Item::new(Shape::Path {
            points: vec![Pos { x, y: b.min.y }, Pos { x, y: b.max.y }],
            stroke: Stroke::dashed(1.2, draw::Role::TextMuted, 6.0, 5.0),
            arrow_start: false,
            arrow_end: false,
        }));
    }
    let n = gap.columns.end - gap.columns.start;
    let lane = layout.lanes.first().map_or(Rect::new(x0, 0.0, x1, 150.0), |l| l.rect);
    let muted: Paint = draw::Role::TextMuted.into();
    let dots = Rect::new(x0, b.min.y, x1, 0.0);
    g.items.push(draw::Item::new(draw::text_line(dots, "…", 16.0, muted, Align::Middle)));
    let words = crate::i18n::tr_args_in(o.lang, "export-gap", &[("n", grouped(n).into())]);
    let wrapped = text::wrap(&words, 12.0, GAP_WIDTH - 8.0, 4);
    let mut y = lane.center().y - wrapped.lines.len() as f32 * 8.0;
    for line in wrapped.lines {
        g.items.push(draw::Item::new(draw::text_line(
            Rect::new(x0, y, x1, y + 15.0),
            &line,
            12.0,
            muted,
            Align::Middle,
        )));
        y += 15.0;
    }
    group(s, &g, p, &|q| q);
}
