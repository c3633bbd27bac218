//! Painting the layout onto the canvas. Only what is in view is drawn, and what cannot be read
//! at the current zoom is drawn as shapes instead of text.

use super::text;
use super::view::Transform;
use crate::layout::{FlowBox, Layout, LineKind, Pos, Rect as CanvasRect};
use crate::model::{AnnotationKind, Blueprint, Perspective};
use crate::style::{Palette, Rgba, badge_symbol};
use egui::{Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};

/// Below this many pixels, text is not drawn (it could not be read).
const MIN_TEXT_PX: f32 = 6.0;
/// Lane and phase headers keep at least this size on screen, so their names stay readable.
const MIN_HEADER_TEXT_PX: f32 = 13.0;
/// The narrowest a lane header gets on screen.
pub const MIN_LANE_HEADER_PX: f32 = 140.0;
/// The lowest a phase header gets on screen.
pub const MIN_PHASE_HEADER_PX: f32 = 28.0;

pub(crate) fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

/// Everything a paint pass needs.
pub struct Scene<'a> {
    pub bp: &'a Blueprint,
    pub layout: &'a Layout,
    pub palette: &'a Palette,
    pub t: Transform,
    /// The widget's rectangle on screen.
    pub screen: Rect,
    /// Which perspective is in front; the other is dimmed.
    pub focus: super::state::Focus,
    /// Tensions, interaction checks, the highlighted actor, a comparison.
    pub overlays: super::overlays::Overlays<'a>,
}

impl Scene<'_> {
    fn px(&self, canvas_units: f32) -> f32 {
        canvas_units * self.t.zoom
    }

    /// The part of the canvas in view.
    fn view(&self) -> CanvasRect {
        self.t.canvas_rect(self.screen)
    }
}

/// Paints the whole canvas: bands, lines, flows, cards, badges, then the sticky headers.
pub fn paint(p: &Painter, s: &Scene<'_>) {
    p.rect_filled(s.screen, CornerRadius::ZERO, color(s.palette.background));
    let view = s.view();
    paint_bands(p, s);
    super::card::paint_emotion(p, s);
    paint_lines(p, s);
    for f in s.layout.flows_in(view) {
        paint_flow(p, s, f);
    }
    for card in s.layout.cards_in(view) {
        paint_card(p, s, card);
        if let Some(step) = s.bp.step(card.step) {
            let small = s.px(s.layout.metrics.small_size);
            super::overlays::paint_card_overlays(p, s, step, s.t.screen_rect(card.rect), small);
        }
    }
    super::overlays::paint_removed(p, s);
    super::overlays::paint_interaction(p, s);
    // Labels go over the cards: a short flow's label may be wider than the gap it crosses.
    for f in s.layout.flows_in(view) {
        paint_flow_label(p, s, f);
    }
    paint_tensions(p, s, view);
    for b in s.layout.badges_in(view) {
        paint_badge(p, s, b);
    }
    paint_headers(p, s);
}

fn paint_bands(p: &Painter, s: &Scene<'_>) {
    let grid = s.t.screen_rect(s.layout.grid());
    for lane in &s.layout.lanes {
        let r = s.t.screen_rect(lane.rect).intersect(s.screen);
        if r.is_positive() {
            p.rect_filled(
                r.intersect(grid.expand2(vec2(f32::INFINITY, 0.0))),
                0.0,
                color(s.palette.lane_fill(lane.kind)),
            );
        }
    }
    for ph in s.layout.phases_in(s.view()) {
        let fill = s.palette.phase_fill[ph.index % 2];
        if fill.3 > 0 {
            let r = s.t.screen_rect(ph.span).intersect(s.screen);
            if r.is_positive() {
                p.rect_filled(r, 0.0, color(fill));
            }
        }
        // A thin rule where a phase begins.
        let x = s.t.screen_from_canvas(ph.span.min).x;
        p.vline(x, grid.y_range(), Stroke::new(1.0, color(s.palette.card_border).gamma_multiply(0.35)));
    }
    // Lane boundaries.
    for lane in &s.layout.lanes {
        let y = s.t.screen_from_canvas(lane.rect.max).y;
        p.hline(grid.x_range(), y, Stroke::new(1.0, color(s.palette.card_border).gamma_multiply(0.25)));
    }
}

fn line_color(s: &Scene<'_>, kind: LineKind) -> Color32 {
    let i = match kind {
        LineKind::Interaction => 0,
        LineKind::Visibility => 1,
        LineKind::InternalInteraction => 2,
    };
    color(s.palette.lines[i])
}

fn paint_lines(p: &Painter, s: &Scene<'_>) {
    for line in &s.layout.lines {
        let y = s.t.screen_from_canvas(Pos { x: 0.0, y: line.y }).y;
        if y < s.screen.top() - 2.0 || y > s.screen.bottom() + 2.0 {
            continue;
        }
        let c = line_color(s, line.kind);
        let x0 = s.t.screen_from_canvas(Pos { x: line.x0, y: 0.0 }).x.max(s.screen.left());
        let x1 = s.t.screen_from_canvas(Pos { x: line.x1, y: 0.0 }).x.min(s.screen.right());
        let stroke = Stroke::new(2.5, c);
        match line.kind {
            LineKind::Interaction => {
                p.hline(x0..=x1, y, stroke);
            }
            LineKind::Visibility => {
                p.extend(Shape::dashed_line(&[pos2(x0, y), pos2(x1, y)], stroke, 14.0, 6.0));
            }
            LineKind::InternalInteraction => {
                p.extend(Shape::dotted_line(&[pos2(x0, y), pos2(x1, y)], c, 8.0, 1.6));
            }
        }
    }
}

fn paint_flow(p: &Painter, s: &Scene<'_>, f: &FlowBox) {
    let pts: Vec<Pos2> = f.points.iter().map(|&q| s.t.screen_from_canvas(q)).collect();
    if pts.len() < 2 {
        return;
    }
    let c = color(s.palette.flow);
    let width = s.px(1.6).clamp(0.8, 3.0);
    p.line(pts.clone(), Stroke::new(width, c));
    let head = s.px(10.0).clamp(3.0, 16.0);
    if head >= 4.0 {
        arrow_head(p, pts[pts.len() - 2], pts[pts.len() - 1], head, c);
        if f.two_way {
            arrow_head(p, pts[1], pts[0], head, c);
        }
    }
}

fn paint_flow_label(p: &Painter, s: &Scene<'_>, f: &FlowBox) {
    let label = s.bp.flow(f.flow).and_then(|fl| fl.label.as_deref()).filter(|l| !l.is_empty());
    let size = s.px(s.layout.metrics.small_size);
    if let Some(label) = label
        && size >= MIN_TEXT_PX
    {
        let at = s.t.screen_from_canvas(f.anchor);
        let g = p.layout_no_wrap(label.to_owned(), FontId::proportional(size), color(s.palette.text));
        let r = Align2::CENTER_CENTER.anchor_size(at, g.size()).expand(2.0);
        p.rect(r, 3.0, color(s.palette.background), Stroke::new(0.5, color(s.palette.flow)), StrokeKind::Outside);
        p.galley(r.min + vec2(2.0, 2.0), g, color(s.palette.text));
    }
}

fn arrow_head(p: &Painter, from: Pos2, tip: Pos2, size: f32, c: Color32) {
    let dir = (tip - from).normalized();
    if !dir.x.is_finite() {
        return;
    }
    let normal = vec2(-dir.y, dir.x);
    let base = tip - dir * size;
    p.add(Shape::convex_polygon(vec![tip, base + normal * size * 0.45, base - normal * size * 0.45], c, Stroke::NONE));
}

fn paint_card(p: &Painter, s: &Scene<'_>, card: &crate::layout::CardBox) {
    let Some(step) = s.bp.step(card.step) else { return };
    let kind = s.layout.lanes.get(card.lane).map_or(crate::model::LaneKind::Custom, |l| l.kind);
    let r = s.t.screen_rect(card.rect);
    let fill = color(s.palette.card_fill(kind));
    let radius = s.px(8.0).min(8.0);
    let title_px = s.px(s.layout.metrics.title_size);
    if title_px < MIN_TEXT_PX {
        // Too small to read: a coloured block shows where the step is.
        p.rect_filled(r, radius, fill.gamma_multiply(1.0));
        p.rect_stroke(r, radius, Stroke::new(0.5, color(s.palette.card_border)), StrokeKind::Inside);
        return;
    }
    p.rect(r, radius, fill, Stroke::new(1.0, color(s.palette.card_border)), StrokeKind::Inside);
    let pad = s.px(10.0);
    let inner = r.shrink(pad);
    let small_px = s.px(s.layout.metrics.small_size);
    let channel_h = if step.channel.is_some() && small_px >= MIN_TEXT_PX { small_px * 1.3 } else { 0.0 };
    let mut job = egui::text::LayoutJob::simple(
        step.title.clone(),
        FontId::proportional(title_px),
        color(s.palette.text),
        inner.width().max(1.0),
    );
    let line_h = title_px * 1.25;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small positive row count")]
    let rows = ((inner.height() - channel_h) / line_h).floor().max(1.0) as usize;
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    let g = p.layout_job(job);
    p.galley(inner.min, g, color(s.palette.text));
    if let Some(ch) = step.channel.as_deref()
        && channel_h > 0.0
    {
        let g = p.layout(ch.to_owned(), FontId::proportional(small_px), color(s.palette.text_muted), inner.width());
        p.galley(pos2(inner.min.x, inner.max.y - g.size().y), g, color(s.palette.text_muted));
    }
    super::card::paint_marks(p, s, step, r, small_px, radius);
    if step.votes > 0 {
        // Votes as a dark dot with the count, on the top edge.
        let r_dot = (small_px * 0.9).max(5.0);
        let c = pos2(r.min.x + r.width() * 0.45, r.min.y);
        p.circle_filled(c, r_dot, color(s.palette.text));
        if small_px >= MIN_TEXT_PX {
            p.text(c, Align2::CENTER_CENTER, step.votes.to_string(), FontId::proportional(small_px), Color32::WHITE);
        }
    }
    if card.hidden_badges > 0 && small_px >= MIN_TEXT_PX {
        p.text(
            pos2(r.max.x - pad, r.max.y - pad * 0.5),
            Align2::RIGHT_BOTTOM,
            format!("+{}", card.hidden_badges),
            FontId::proportional(small_px),
            color(s.palette.text_muted),
        );
    }
}

/// A thick dashed orange outline around each waste step in tension and the customer step whose
/// need it touches, and a dashed line between them.
fn paint_tensions(p: &Painter, s: &Scene<'_>, view: crate::layout::Rect) {
    let c = Color32::from_rgb(240, 120, 0);
    let stroke = Stroke::new(3.0, c);
    for t in s.overlays.tensions {
        let (Some(a), Some(b)) = (s.layout.card(t.step), s.layout.card(t.customer_step)) else { continue };
        if !a.rect.union(&b.rect).intersects(&view) {
            continue;
        }
        for card in [a, b] {
            let r = s.t.screen_rect(card.rect).expand(5.0);
            p.extend(Shape::dashed_line(
                &[r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()],
                stroke,
                10.0,
                5.0,
            ));
        }
        if a.step != b.step {
            let (pa, pb) = (s.t.screen_rect(a.rect).center(), s.t.screen_rect(b.rect).center());
            p.extend(Shape::dashed_line(&[pa, pb], Stroke::new(2.0, c.gamma_multiply(0.6)), 6.0, 6.0));
        }
    }
}

/// Paints one badge: a filled shape in the kind's colour with its symbol (a dot when small),
/// and its votes beside it.
pub fn paint_badge(p: &Painter, s: &Scene<'_>, b: &crate::layout::BadgeBox) {
    let c = s.t.screen_from_canvas(b.center);
    let radius = s.px(s.layout.metrics.badge_radius);
    // Moments of truth and questions belong to the customer view: dimmed in the process view.
    let customer_mark = matches!(b.kind, AnnotationKind::MomentOfTruth | AnnotationKind::Question);
    let mut p = p.clone();
    if customer_mark {
        p.multiply_opacity(super::card::weights(s.focus).1);
    }
    let p = &p;
    badge_shape(p, c, radius, b.kind, b.severity, b.perspective, s.palette);
    if b.votes > 0 && radius >= 4.0 {
        let g = p.layout_no_wrap(b.votes.to_string(), FontId::proportional(radius * 1.1), Color32::WHITE);
        let r = Align2::LEFT_CENTER.anchor_size(c + vec2(radius * 1.1, radius * 0.7), g.size()).expand2(vec2(3.0, 1.0));
        p.rect_filled(r, 4.0, color(s.palette.text));
        p.galley(r.min + vec2(3.0, 1.0), g, Color32::WHITE);
    }
}

pub(crate) fn badge_shape(
    p: &Painter,
    c: Pos2,
    radius: f32,
    kind: AnnotationKind,
    severity: Option<u8>,
    perspective: Option<Perspective>,
    palette: &Palette,
) {
    let fill = color(palette.annotation(kind, perspective));
    if radius < 4.0 {
        p.circle_filled(c, radius.max(2.0), fill);
        return;
    }
    if kind == AnnotationKind::MomentOfTruth {
        // A diamond sets moments of truth apart from the round badges even without colour.
        let pts = vec![
            c + vec2(0.0, -radius * 1.2),
            c + vec2(radius * 1.2, 0.0),
            c + vec2(0.0, radius * 1.2),
            c + vec2(-radius * 1.2, 0.0),
        ];
        p.add(Shape::convex_polygon(pts, fill, Stroke::new(1.5, Color32::WHITE)));
    } else {
        p.circle(c, radius, fill, Stroke::new(1.5, Color32::WHITE));
    }
    let symbol = if kind == AnnotationKind::MomentOfTruth { "!".to_owned() } else { badge_symbol(kind, severity) };
    p.text(c, Align2::CENTER_CENTER, symbol, FontId::proportional(radius * 1.3), Color32::WHITE);
}

fn paint_headers(p: &Painter, s: &Scene<'_>) {
    let m = &s.layout.metrics;
    let header_w = s.px(m.lane_header_width).max(MIN_LANE_HEADER_PX).min(s.screen.width() * 0.3);
    let phase_h = s.px(m.phase_header_height).max(MIN_PHASE_HEADER_PX);
    let text_px = s.px(15.0).clamp(MIN_HEADER_TEXT_PX, 22.0);
    // Headers end where the grid begins, and stay at the screen edge when it is panned past them.
    let grid_min = s.t.screen_from_canvas(Pos { x: 0.0, y: 0.0 });
    let left = (grid_min.x - header_w).max(s.screen.left());
    let top = (grid_min.y - phase_h).max(s.screen.top());

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
            let g = p.layout_no_wrap(phase.name.clone(), FontId::proportional(text_px), color(s.palette.header_text));
            let x = (visible.left() + 8.0).min(visible.right() - g.size().x - 8.0).max(visible.left() + 4.0);
            p.with_clip_rect(visible).galley(pos2(x, r.center().y - g.size().y / 2.0), g, color(s.palette.header_text));
        }
    }
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
        let g =
            p.layout(lane.name.clone(), FontId::proportional(text_px), color(s.palette.header_text), header_w - 16.0);
        p.with_clip_rect(r).galley(pos2(left + 10.0, r.center().y - g.size().y / 2.0), g, color(s.palette.header_text));
    }
    super::overlays::paint_band_caption(p, s, left + header_w);
    // Line labels sit in the header column, right on their line.
    for line in &s.layout.lines {
        let y = s.t.screen_from_canvas(Pos { x: 0.0, y: line.y }).y;
        if y < s.screen.top() || y > s.screen.bottom() {
            continue;
        }
        let c = line_color(s, line.kind);
        p.hline(left..=left + header_w, y, Stroke::new(2.5, c));
        let small = (text_px * 0.72).max(10.5);
        let g = p.layout(text::line_name(line.kind), FontId::proportional(small), c, header_w - 14.0);
        let r = Align2::LEFT_CENTER.anchor_size(pos2(left + 8.0, y), g.size()).expand(2.0);
        p.rect_filled(r, 3.0, color(s.palette.header_fill));
        p.galley(r.min + vec2(2.0, 2.0), g, c);
    }
    // The corner above the lane names.
    let corner = Rect::from_x_y_ranges(left..=left + header_w, top..=top + phase_h);
    if corner.intersects(s.screen) {
        p.rect_filled(corner, 0.0, color(s.palette.background));
    }
}

/// The legend: what each badge and line means.
pub fn legend_ui(ui: &mut egui::Ui, palette: &Palette) {
    ui.horizontal_wrapped(|ui| {
        for kind in AnnotationKind::ALL {
            let perspectives: &[Option<Perspective>] = if kind == AnnotationKind::MomentOfTruth {
                &[Some(Perspective::Customer), Some(Perspective::Organisation), Some(Perspective::Both)]
            } else {
                &[None]
            };
            for &persp in perspectives {
                let (rect, _) = ui.allocate_exact_size(vec2(22.0, 22.0), egui::Sense::hover());
                badge_shape(ui.painter(), rect.center(), 8.0, kind, Some(2), persp, palette);
                let name = match persp {
                    Some(p) => crate::i18n::tr_args(
                        "legend-mot",
                        &[
                            ("kind", text::annotation_name(kind).into()),
                            ("perspective", text::perspective_name(p).into()),
                        ],
                    ),
                    None => text::annotation_name(kind),
                };
                ui.label(name);
                ui.add_space(6.0);
            }
        }
    });
}
