//! The drawing's shapes on screen: each `draw::Shape` mapped to egui shapes through the view's
//! `screen_from_canvas`, text too small to read left out, the view not in focus dimmed.

use crate::draw::{Align, Aspect, Dash, Group, Item, Paint, Shape, Stroke};
use crate::layout::text;
use crate::style::Palette;
use crate::ui::canvas::view::Transform;
use egui::{Color32, FontId, Painter, Pos2, vec2};

/// Below this many pixels, text is not drawn (it could not be read).
pub const MIN_TEXT_PX: f32 = 6.0;

/// How a group is put on screen.
#[derive(Clone, Copy)]
pub struct Pen<'a> {
    pub t: Transform,
    pub palette: &'a Palette,
    /// How strongly marks of the process view and of the customer view are drawn.
    pub weights: (f32, f32),
    /// Text smaller than this on screen is left out (larger on a projector).
    pub min_text: f32,
}

impl Pen<'_> {
    fn color(&self, paint: Paint, aspect: Aspect) -> Color32 {
        let c = paint.resolve(self.palette);
        let w = match aspect {
            Aspect::Both => 1.0,
            Aspect::Process => self.weights.0,
            Aspect::Customer => self.weights.1,
        };
        Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3).gamma_multiply(w)
    }

    fn px(&self, units: f32) -> f32 {
        units * self.t.zoom
    }

    fn pos(&self, p: crate::layout::Pos) -> Pos2 {
        self.t.screen_from_canvas(p)
    }

    fn stroke(&self, s: Stroke, aspect: Aspect) -> egui::Stroke {
        let width = self.px(s.width).clamp(0.5, s.width.max(1.0) * 1.6);
        egui::Stroke::new(width, self.color(s.paint, aspect))
    }
}

/// Paints a group's shapes.
pub fn group(p: &Painter, pen: &Pen<'_>, g: &Group) {
    for item in &g.items {
        shape(p, pen, item);
    }
}

/// Paints one shape.
pub fn shape(p: &Painter, pen: &Pen<'_>, item: &Item) {
    let a = item.aspect;
    match &item.shape {
        Shape::Rect { rect, radius, fill, stroke } => {
            let r = pen.t.screen_rect(*rect);
            let radius = pen.px(*radius).min(r.width() / 2.0).min(r.height() / 2.0).max(0.0);
            if let Some(f) = fill {
                p.rect_filled(r, radius, pen.color(*f, a));
            }
            if let Some(s) = stroke {
                if s.dash == Dash::Solid {
                    p.rect_stroke(r, radius, pen.stroke(*s, a), egui::StrokeKind::Inside);
                } else {
                    let pts = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()];
                    line(p, pen, &pts, *s, a);
                }
            }
        }
        Shape::Text { x, top, text: t, size, paint, align, .. } => {
            let px = pen.px(*size);
            if px + 1.0 < pen.min_text.max(MIN_TEXT_PX) {
                return;
            }
            let color = pen.color(*paint, a);
            let g = p.layout_no_wrap(t.clone(), FontId::proportional(px), color);
            let at = pen.pos(crate::layout::Pos { x: *x, y: *top });
            let w = g.size().x;
            let dx = match align {
                Align::Start => 0.0,
                Align::Middle => -w / 2.0,
                Align::End => -w,
            };
            let dy = (px * text::LINE - g.size().y) / 2.0;
            p.galley(at + vec2(dx, dy), g, color);
        }
        Shape::Path { points, stroke, arrow_start, arrow_end } => {
            let pts: Vec<Pos2> = points.iter().map(|&q| pen.pos(q)).collect();
            if pts.len() < 2 {
                return;
            }
            line(p, pen, &pts, *stroke, a);
            let head = pen.px(10.0).clamp(3.0, 16.0);
            let c = pen.color(stroke.paint, a);
            if head >= 4.0 {
                if *arrow_end {
                    arrow_head(p, pts[pts.len() - 2], pts[pts.len() - 1], head, c);
                }
                if *arrow_start {
                    arrow_head(p, pts[1], pts[0], head, c);
                }
            }
        }
        Shape::Circle { center, radius, fill, stroke } => {
            let c = pen.pos(*center);
            let r = pen.px(*radius).max(1.5);
            let fill = fill.map_or(Color32::TRANSPARENT, |f| pen.color(f, a));
            let stroke = stroke.filter(|_| r >= 4.0).map_or(egui::Stroke::NONE, |s| pen.stroke(s, a));
            p.circle(c, r, fill, stroke);
        }
        Shape::Polygon { points, fill, stroke } => {
            let pts: Vec<Pos2> = points.iter().map(|&q| pen.pos(q)).collect();
            let stroke = stroke.map_or(egui::Stroke::NONE, |s| pen.stroke(s, a));
            p.add(egui::Shape::convex_polygon(pts, pen.color(*fill, a), stroke));
        }
    }
}

/// A solid, dashed or dotted line through screen points.
fn line(p: &Painter, pen: &Pen<'_>, pts: &[Pos2], s: Stroke, a: Aspect) {
    let stroke = pen.stroke(s, a);
    match s.dash {
        Dash::Solid => {
            p.line(pts.to_vec(), stroke);
        }
        Dash::Dashed(on, off) => {
            let (on, off) = (pen.px(on).max(2.0), pen.px(off).max(2.0));
            for seg in visible_pieces(pts, on + off, p.clip_rect().expand(on + off + stroke.width)) {
                p.extend(egui::Shape::dashed_line(&seg, stroke, on, off));
            }
        }
        Dash::Dotted(every) => {
            let every = pen.px(every).max(3.0);
            for seg in visible_pieces(pts, every, p.clip_rect().expand(every + stroke.width)) {
                p.extend(egui::Shape::dotted_line(&seg, stroke.color, every, stroke.width * 0.65));
            }
        }
    }
}

/// The parts of a polyline inside `clip`, each cut so that it starts a whole number of `period`s
/// from the start of the line: dashes and dots outside the window are never made (a line of
/// visibility across 5,000 columns would otherwise be thousands of dashes a frame), and those
/// inside stay where they were while the view pans.
#[must_use]
pub fn visible_pieces(pts: &[Pos2], period: f32, clip: egui::Rect) -> Vec<[Pos2; 2]> {
    let mut out = Vec::new();
    let mut walked = 0.0_f32;
    for w in pts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let len = (b - a).length();
        if let Some((t0, t1)) = clip_segment(a, b, clip).filter(|_| len > 0.0 && period > 0.0) {
            // Back to the start of the period the clipped start falls in.
            let from = (t0 * len - (walked + t0 * len) % period).max(0.0);
            let dir = (b - a) / len;
            out.push([a + dir * from, a + dir * (t1 * len)]);
        }
        walked += len;
    }
    out
}

/// The part of the segment a→b inside `clip`, as fractions of its length (Liang–Barsky).
fn clip_segment(a: Pos2, b: Pos2, clip: egui::Rect) -> Option<(f32, f32)> {
    let d = b - a;
    let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
    for (p, q) in [(-d.x, a.x - clip.min.x), (d.x, clip.max.x - a.x), (-d.y, a.y - clip.min.y), (d.y, clip.max.y - a.y)]
    {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    (t0 <= t1).then_some((t0, t1))
}

fn arrow_head(p: &Painter, from: Pos2, tip: Pos2, size: f32, c: Color32) {
    let dir = (tip - from).normalized();
    if !dir.x.is_finite() {
        return;
    }
    let normal = vec2(-dir.y, dir.x);
    let base = tip - dir * size;
    p.add(egui::Shape::convex_polygon(
        vec![tip, base + normal * size * 0.45, base - normal * size * 0.45],
        c,
        egui::Stroke::NONE,
    ));
}
