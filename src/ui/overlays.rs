//! What the canvas draws over the blueprint for the interaction, actors and comparison views:
//! the interaction band with its checks, actor avatars and highlighting, and the marks of a
//! comparison with another version.

use super::paint::{Scene, color};
use crate::analysis::diff::Diff;
use crate::analysis::interaction::Interaction;
use crate::model::{ActorId, Blueprint, Step};
use egui::{Align2, Color32, FontId, Painter, Rect, Stroke, StrokeKind, pos2};

/// Another version of the blueprint, compared with the one being edited.
pub struct Comparison {
    pub other: Blueprint,
    /// The other version's file name, for the summary.
    pub name: String,
    /// From the other version (A, as-is) to this one (B, to-be).
    pub diff: Diff,
}

/// The overlays of one paint pass.
#[derive(Default, Clone, Copy)]
pub struct Overlays<'a> {
    pub tensions: &'a [crate::analysis::Tension],
    pub interaction: Option<&'a Interaction>,
    /// The actor whose steps stand out (the rest dims).
    pub highlight: Option<ActorId>,
    pub compare: Option<&'a Comparison>,
}

/// Colours of the comparison: added, moved, retitled.
pub const ADDED: Color32 = Color32::from_rgb(20, 150, 60);
pub const MOVED: Color32 = Color32::from_rgb(30, 100, 220);
pub const RETITLED: Color32 = Color32::from_rgb(170, 90, 200);
pub const REMOVED: Color32 = Color32::from_rgb(200, 40, 40);
/// The tint of an overloaded column.
const WARN: Color32 =
    Color32::from_rgb(crate::style::CHECK_WARN.0, crate::style::CHECK_WARN.1, crate::style::CHECK_WARN.2);

/// The initials of an actor's name ("Het zaakdossier" → "HZ").
#[must_use]
pub fn initials(name: &str) -> String {
    let mut words = name.split_whitespace().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase);
    match (words.next(), words.next()) {
        (Some(a), Some(b)) => format!("{a}{b}"),
        (Some(a), None) => a.to_string(),
        _ => "?".to_owned(),
    }
}

/// After a card is painted: dims it when an actor is highlighted and it is not among its steps,
/// draws the actors as small avatars on the bottom edge, and the comparison's mark.
pub fn paint_card_overlays(p: &Painter, s: &Scene<'_>, step: &Step, r: Rect, small_px: f32) {
    let o = &s.overlays;
    if let Some(actor) = o.highlight {
        if step.actors.contains(&actor) {
            p.rect_stroke(r.expand(3.0), 10.0, Stroke::new(3.0, color(s.palette.selection)), StrokeKind::Outside);
        } else {
            p.rect_filled(r.expand(1.0), 8.0, color(s.palette.background).gamma_multiply(0.75));
        }
    }
    if !step.actors.is_empty() && small_px >= 6.0 {
        let radius = (small_px * 0.85).max(6.0);
        let mut x = r.max.x - radius - 4.0;
        for id in step.actors.iter().take(4) {
            let Some(actor) = s.bp.actor(*id) else { continue };
            let c = pos2(x, r.max.y);
            let on = o.highlight == Some(*id);
            p.circle(
                c,
                radius,
                if on { color(s.palette.selection) } else { color(s.palette.header_fill) },
                Stroke::new(1.0, color(s.palette.card_border)),
            );
            p.text(
                c,
                Align2::CENTER_CENTER,
                initials(&actor.name),
                FontId::proportional(radius * 0.95),
                if on { Color32::WHITE } else { color(s.palette.text) },
            );
            x -= 2.0 * radius + 3.0;
        }
    }
    if let Some(cmp) = o.compare {
        let d = &cmp.diff;
        let mark = if d.added.contains(&step.id) {
            Some((ADDED, "+"))
        } else if d.moved.contains(&step.id) {
            Some((MOVED, ">"))
        } else if d.retitled.contains(&step.id) {
            Some((RETITLED, "~"))
        } else {
            None
        };
        if let Some((c, sign)) = mark {
            p.rect_stroke(r.expand(4.0), 10.0, Stroke::new(3.0, c), StrokeKind::Outside);
            let at = pos2(r.min.x, r.min.y);
            p.circle_filled(at, 9.0, c);
            p.text(at, Align2::CENTER_CENTER, sign, FontId::proportional(13.0), Color32::WHITE);
        }
    }
}

/// The steps of the other version that are gone in this one, as dashed red ghosts at their old
/// place (when that cell is free here).
pub fn paint_removed(p: &Painter, s: &Scene<'_>) {
    let Some(cmp) = s.overlays.compare else { return };
    for id in &cmp.diff.removed {
        let Some(old) = cmp.other.step(*id) else { continue };
        let lane = cmp.other.lane(old.lane).map(|l| l.name.as_str()).unwrap_or_default();
        let Some(i) = s.bp.lanes().iter().position(|l| l.id == old.lane || l.name == lane) else { continue };
        if s.layout.card_at(s.layout.card_rect(i, old.column).center()).is_some() {
            continue;
        }
        let r = s.t.screen_rect(s.layout.card_rect(i, old.column));
        if !r.intersects(s.screen) {
            continue;
        }
        let pts = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()];
        p.extend(egui::Shape::dashed_line(&pts, Stroke::new(2.0, REMOVED), 8.0, 5.0));
        let px = s.layout.metrics.title_size * s.t.zoom;
        if px >= 6.0 {
            let g = p.layout(
                format!("- {}", old.title),
                FontId::proportional(px),
                REMOVED.gamma_multiply(0.8),
                r.width() - 16.0,
            );
            p.galley(r.min + egui::vec2(8.0, 8.0), g, REMOVED);
        }
    }
}

/// The interaction band: questions left, messages right in each column, lines from messages to
/// the questions they answer; unanswered questions in red (orange when answered later),
/// messages without a question with an amber edge, overloaded columns tinted.
pub fn paint_interaction(p: &Painter, s: &Scene<'_>) {
    let Some(band) = &s.layout.interaction else { return };
    let view = s.t.canvas_rect(s.screen);
    if !band.rect.intersects(&view) {
        return;
    }
    let checks = s.overlays.interaction;
    let findings = checks.map(Interaction::findings).unwrap_or_default();
    let screen_band = s.t.screen_rect(band.rect).intersect(s.screen);
    p.rect_filled(screen_band, 0.0, color(s.palette.background).gamma_multiply(0.7));
    let w = s.layout.metrics.column_width;
    let small = s.layout.metrics.small_size * s.t.zoom;
    for o in checks.map(|c| c.overloaded_columns.as_slice()).unwrap_or_default() {
        let col = crate::layout::Rect::new(
            o.column as f32 * w,
            band.rect.min.y,
            (o.column as f32 + 1.0) * w,
            band.rect.max.y,
        );
        p.rect_filled(s.t.screen_rect(col), 0.0, WARN.gamma_multiply(0.12));
    }
    for (_, _, from, to) in &band.links {
        let (a, b) = (s.t.screen_from_canvas(*from), s.t.screen_from_canvas(*to));
        p.line_segment([a, b], Stroke::new(1.5, color(s.palette.message).gamma_multiply(0.8)));
    }
    for chip in &band.chips {
        if !chip.rect.intersects(&view) {
            continue;
        }
        let r = s.t.screen_rect(chip.rect);
        let (base, edge, width) = s.palette.chip(chip.kind, findings.get(&chip.annotation).copied());
        let edge = Stroke::new(width, color(edge));
        p.rect(r, 5.0, color(s.palette.card_fill(crate::model::LaneKind::Customer)), edge, StrokeKind::Inside);
        p.rect_filled(Rect::from_min_max(r.min, pos2(r.min.x + 4.0, r.max.y)), 2.0, color(base));
        if small >= 6.0
            && let Some(a) = s.bp.annotation(chip.annotation)
        {
            let text = crate::analysis::interaction::label(a);
            let mut job = egui::text::LayoutJob::simple(
                text,
                FontId::proportional(small),
                color(s.palette.text),
                r.width() - 10.0,
            );
            job.wrap.max_rows = 2;
            let g = p.layout_job(job);
            p.galley(pos2(r.min.x + 7.0, r.center().y - g.size().y / 2.0), g, color(s.palette.text));
        }
    }
    if small >= 6.0 {
        for (column, (q, m)) in &band.hidden {
            for (n, x) in [(q, 0.25), (m, 0.75)] {
                if *n > 0 {
                    let at = s.t.screen_from_canvas(crate::layout::pos((*column as f32 + x) * w, band.rect.max.y));
                    p.text(
                        at,
                        Align2::CENTER_BOTTOM,
                        format!("+{n}"),
                        FontId::proportional(small),
                        color(s.palette.text),
                    );
                }
            }
        }
    }
}

/// The caption of the band in the lane header: what its two halves show.
pub fn paint_band_caption(p: &Painter, s: &Scene<'_>, header_right: f32) {
    let Some(band) = &s.layout.interaction else { return };
    let r = s.t.screen_rect(band.header);
    let px = (s.layout.metrics.small_size * s.t.zoom).max(11.0);
    let y = r.center().y;
    if y < s.screen.top() || y > s.screen.bottom() {
        return;
    }
    let x = header_right - 8.0;
    p.text(
        pos2(x, y - px * 0.7),
        Align2::RIGHT_CENTER,
        crate::i18n::tr("band-questions"),
        FontId::proportional(px),
        color(s.palette.question),
    );
    p.text(
        pos2(x, y + px * 0.7),
        Align2::RIGHT_CENTER,
        crate::i18n::tr("band-messages"),
        FontId::proportional(px),
        color(s.palette.message),
    );
}
