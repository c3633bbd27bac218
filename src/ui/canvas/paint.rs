//! Painting the drawing onto the canvas: the same shapes as every export (`crate::draw`), only
//! what is in view, text left out where it could not be read; then the headers, which stay at the
//! screen's edges when the blueprint is panned past them.

use crate::draw::Drawing;
use crate::layout::{Layout, Pos, Rect as CanvasRect};
use crate::model::Blueprint;
use crate::style::{Palette, Rgba};
use crate::ui::canvas::shapes::{MIN_TEXT_PX, Pen, group};
use crate::ui::canvas::view::Transform;
use crate::ui::text;
use egui::{Align2, Color32, CornerRadius, FontId, Painter, Rect, Stroke, StrokeKind, pos2, vec2};

/// Lane and phase headers keep at least this size on screen, so their names stay readable.
const MIN_HEADER_TEXT_PX: f32 = 13.0;
/// On a projector no text is smaller than this (at 1920×1080, legible from the back of the room).
pub const PROJECTOR_TEXT_PX: f32 = 24.0;
/// The narrowest a lane header gets on screen.
pub const MIN_LANE_HEADER_PX: f32 = 140.0;
/// The lowest a phase header gets on screen.
pub const MIN_PHASE_HEADER_PX: f32 = 28.0;

/// The smallest lane and phase headers on screen (wider and higher on a projector, where their
/// names are at least [`PROJECTOR_TEXT_PX`]).
#[must_use]
pub fn min_headers(projector: bool) -> egui::Vec2 {
    if projector { vec2(260.0, 44.0) } else { vec2(MIN_LANE_HEADER_PX, MIN_PHASE_HEADER_PX) }
}

pub(crate) fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

/// How strongly to draw a mark of the process view and of the customer view.
#[must_use]
pub fn weights(focus: crate::ui::state::Focus) -> (f32, f32) {
    match focus {
        crate::ui::state::Focus::Both => (1.0, 1.0),
        crate::ui::state::Focus::Customer => (0.25, 1.0),
        crate::ui::state::Focus::Process => (1.0, 0.25),
    }
}

/// Everything a paint pass needs.
pub struct Scene<'a> {
    pub bp: &'a Blueprint,
    pub layout: &'a Layout,
    pub drawing: &'a Drawing,
    pub palette: &'a Palette,
    pub t: Transform,
    /// The widget's rectangle on screen.
    pub screen: Rect,
    /// Which perspective is in front; the other is dimmed.
    pub focus: crate::ui::state::Focus,
    /// Tensions, interaction checks, the highlighted actor, a comparison.
    pub overlays: crate::ui::canvas::overlays::Overlays<'a>,
    /// On a projector: text under [`PROJECTOR_TEXT_PX`] is left out, headers are larger.
    pub projector: bool,
}

impl Scene<'_> {
    fn px(&self, canvas_units: f32) -> f32 {
        canvas_units * self.t.zoom
    }

    /// The part of the canvas in view.
    fn view(&self) -> CanvasRect {
        self.t.canvas_rect(self.screen)
    }

    fn pen(&self) -> Pen<'_> {
        let min_text = if self.projector { PROJECTOR_TEXT_PX } else { MIN_TEXT_PX };
        Pen { t: self.t, palette: self.palette, weights: weights(self.focus), min_text }
    }
}

/// Paints the whole canvas: the drawing's layers in view, the view's own marks on the cards,
/// then the sticky headers.
pub fn paint(p: &Painter, s: &Scene<'_>) {
    p.rect_filled(s.screen, CornerRadius::ZERO, color(s.palette.background));
    let view = s.view();
    let d = s.drawing;
    let pen = s.pen();
    let in_view = |g: &&crate::draw::Group| g.bounds.intersects(&view);
    for g in d.ground.iter().filter(in_view) {
        group(p, &pen, g);
    }
    let flows = s.layout.flow_indices_in(view);
    for &i in &flows {
        if let Some(g) = d.flows.get(i) {
            group(p, &pen, g);
        }
    }
    for g in d.tension_links.iter().filter(in_view) {
        group(p, &pen, g);
    }
    let readable = s.px(s.layout.metrics.title_size) >= MIN_TEXT_PX;
    for i in s.layout.card_indices_in(view) {
        let (Some(card), Some(g)) = (s.layout.cards.get(i), d.cards.get(i)) else { continue };
        if readable {
            group(p, &pen, g);
        } else if let Some(first) = g.items.first() {
            // Too small to read: the card's block shows where the step is.
            crate::ui::canvas::shapes::shape(p, &pen, first);
        }
        if let Some(step) = s.bp.step(card.step) {
            crate::ui::canvas::overlays::paint_card_overlays(p, s, step, s.t.screen_rect(card.rect));
        }
    }
    for g in d.notes.iter().filter(in_view) {
        group(p, &pen, g);
    }
    crate::ui::canvas::overlays::paint_removed(p, s);
    for g in d.band.iter().filter(in_view) {
        group(p, &pen, g);
    }
    // Labels go over the cards: a short flow's label may be wider than the gap it crosses.
    for &i in &flows {
        if let Some(g) = d.labels.get(i) {
            group(p, &pen, g);
        }
    }
    for g in d.tensions.iter().filter(in_view) {
        group(p, &pen, g);
    }
    for i in s.layout.badge_indices_in(view) {
        if let Some(g) = d.badges.get(i) {
            group(p, &pen, g);
        }
    }
    paint_headers(p, s);
}

/// Column numbers, counted from 1 as the analysis and the messages count them, in a thin ruler
/// just under the phase headers (every column while there is room, else every fifth or tenth).
fn column_ruler(p: &Painter, s: &Scene<'_>, y: f32, left: f32) {
    let w = s.px(s.layout.metrics.column_width);
    let size = if s.projector { PROJECTOR_TEXT_PX * 0.75 } else { 11.0 };
    let every = if w >= 40.0 {
        1
    } else if w >= 10.0 {
        5
    } else {
        10
    };
    let view = s.view();
    let cw = s.layout.metrics.column_width;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to the grid")]
    let (first, last) =
        ((view.min.x / cw).floor().max(0.0) as u32, ((view.max.x / cw).ceil().max(0.0) as u32).min(s.layout.columns));
    let c = color(s.palette.text_muted);
    for col in first..last {
        if (col + 1) % every != 0 && every > 1 {
            continue;
        }
        let x = s.t.screen_from_canvas(Pos { x: (col as f32 + 0.5) * cw, y: 0.0 }).x;
        if x < left + 8.0 {
            continue;
        }
        p.text(pos2(x, y + 1.0), Align2::CENTER_TOP, (col + 1).to_string(), FontId::proportional(size), c);
    }
}

fn line_color(s: &Scene<'_>, kind: crate::layout::LineKind) -> Color32 {
    color(crate::draw::line_stroke(kind).paint.resolve(s.palette))
}

fn paint_headers(p: &Painter, s: &Scene<'_>) {
    let m = &s.layout.metrics;
    // On a projector the names are at least 24 px, and the headers wide and high enough for them.
    let (min_text, max_text) = if s.projector { (PROJECTOR_TEXT_PX, 32.0) } else { (MIN_HEADER_TEXT_PX, 22.0) };
    let min = min_headers(s.projector);
    let (min_w, min_h) = (min.x, min.y);
    let header_w = s.px(m.lane_header_width).max(min_w).min(s.screen.width() * 0.3);
    let phase_h = s.px(m.phase_header_height).max(min_h);
    let text_px = s.px(15.0).clamp(min_text, max_text);
    // Headers end where the grid begins, and stay at the screen edge when it is panned past them.
    let grid_min = s.t.screen_from_canvas(Pos { x: 0.0, y: 0.0 });
    let left = (grid_min.x - header_w).max(s.screen.left());
    let top = (grid_min.y - phase_h).max(s.screen.top());

    column_ruler(p, s, top + phase_h, left + header_w);
    for ph in s.layout.phases_in(s.view()) {
        let Some(phase) = s.bp.phases().get(ph.index) else { continue };
        let x0 = s.t.screen_from_canvas(ph.header.min).x;
        let x1 = s.t.screen_from_canvas(ph.header.max).x;
        let r = Rect::from_x_y_ranges(x0..=x1, top..=top + phase_h);
        if !r.intersects(s.screen) {
            continue;
        }
        p.rect(
            r.shrink2(vec2(1.0, 2.0)),
            4.0,
            color(s.palette.header_fill),
            Stroke::new(1.0, color(s.palette.card_border).gamma_multiply(0.5)),
            StrokeKind::Inside,
        );
        // The name stays in view while its phase is partly scrolled off.
        let visible = r.intersect(s.screen.with_min_x(left + header_w));
        if visible.width() > text_px {
            // A name longer than its header ends in "…", as in the exports.
            let g = fitted(p, &phase.name, text_px, color(s.palette.header_text), visible.width() - 12.0, 1);
            let x = (visible.left() + 8.0).min(visible.right() - g.size().x - 8.0).max(visible.left() + 4.0);
            p.with_clip_rect(visible).galley(pos2(x, r.center().y - g.size().y / 2.0), g, color(s.palette.header_text));
        }
    }
    // Where the lane names are: a line's label that would cover one is left out (on a projector,
    // with the whole blueprint on a small screen, lanes are barely higher than their names).
    let mut names: Vec<Rect> = Vec::new();
    for lane_box in &s.layout.lanes {
        let Some(lane) = s.bp.lane(lane_box.id) else { continue };
        let y0 = s.t.screen_from_canvas(lane_box.rect.min).y;
        let y1 = s.t.screen_from_canvas(lane_box.rect.max).y;
        let r = Rect::from_x_y_ranges(left..=left + header_w, y0..=y1);
        if !r.intersects(s.screen) {
            continue;
        }
        p.rect(
            r,
            0.0,
            color(s.palette.header_fill),
            Stroke::new(1.0, color(s.palette.card_border).gamma_multiply(0.4)),
            StrokeKind::Inside,
        );
        p.rect_filled(
            Rect::from_x_y_ranges(left..=left + 5.0, y0..=y1),
            0.0,
            color(s.palette.card_fill(lane.kind)).gamma_multiply(1.0),
        );
        // As many lines as the lane's height holds; a name cut short ends in "…".
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 1..=20 first")]
        let rows = ((r.height() - 4.0) / (text_px * 1.25)).floor().clamp(1.0, 20.0) as usize;
        let g = fitted(p, &lane.name, text_px, color(s.palette.header_text), header_w - 16.0, rows);
        let at = pos2(left + 10.0, r.center().y - g.size().y / 2.0);
        names.push(Rect::from_min_size(at, g.size()).intersect(r));
        p.with_clip_rect(r).galley(at, g, color(s.palette.header_text));
    }
    crate::ui::canvas::overlays::paint_band_caption(p, s, left + header_w);
    // Line labels sit in the header column, right on their line.
    for line in &s.layout.lines {
        let y = s.t.screen_from_canvas(Pos { x: 0.0, y: line.y }).y;
        if y < s.screen.top() || y > s.screen.bottom() {
            continue;
        }
        let c = line_color(s, line.kind);
        p.hline(left..=left + header_w, y, Stroke::new(2.5, c));
        let small = if s.projector { text_px } else { (text_px * 0.72).max(10.5) };
        // On a projector the name keeps its size on one line (it may reach over the grid, on its
        // own line); elsewhere it wraps within the header.
        let g = if s.projector {
            p.layout_no_wrap(text::line_name(line.kind), FontId::proportional(small), c)
        } else {
            p.layout(text::line_name(line.kind), FontId::proportional(small), c, header_w - 14.0)
        };
        let r = Align2::LEFT_CENTER.anchor_size(pos2(left + 8.0, y), g.size()).expand(2.0);
        if names.iter().any(|n| n.intersects(r)) {
            continue;
        }
        p.rect_filled(r, 3.0, color(s.palette.header_fill));
        p.galley(r.min + vec2(2.0, 2.0), g, c);
    }
    // The corner above the lane names.
    let corner = Rect::from_x_y_ranges(left..=left + header_w, top..=top + phase_h);
    if corner.intersects(s.screen) {
        p.rect_filled(corner, 0.0, color(s.palette.background));
    }
}

/// The legend: every mark the canvas draws for this blueprint — the same legend as the exports,
/// in the interface language, drawn with the canvas's own shapes.
pub fn legend_ui(ui: &mut egui::Ui, bp: &Blueprint, layout: &Layout, palette: &Palette) {
    let width = ui.available_width().clamp(280.0, 900.0);
    let o = crate::draw::Options { lang: crate::i18n::language(), ..crate::draw::Options::default() };
    let g = crate::draw::legend(bp, layout, &o, 0.0, 0.0, width);
    let (rect, _) = ui.allocate_exact_size(vec2(width, g.bounds.height()), egui::Sense::hover());
    let t = Transform { origin: rect.min, pan: egui::Vec2::ZERO, zoom: 1.0 };
    let pen = Pen { t, palette, weights: (1.0, 1.0), min_text: 0.0 };
    group(ui.painter(), &pen, &g);
}

/// A text laid out within `width` on at most `rows` lines, between words where it can; what does
/// not fit is cut and ends in "…" (never silently clipped).
fn fitted(p: &Painter, text: &str, px: f32, c: Color32, width: f32, rows: usize) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), FontId::proportional(px), c, width.max(px));
    job.wrap = egui::text::TextWrapping {
        max_width: width.max(px),
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    p.layout_job(job)
}
