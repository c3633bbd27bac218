//! The customer-journey and LEAN marks on a card: the value class as a colour strip, the waste
//! type as its DOWNTIME letter, the minutes, the votes. Marks of the view not in focus are dimmed.

use super::paint::{Scene, color};
use super::state::Focus;
use crate::model::{Step, WasteType};
use egui::{Align2, Color32, FontId, Painter, Rect, pos2, vec2};

/// The letter of a waste in the DOWNTIME mnemonic.
#[must_use]
pub fn waste_letter(w: WasteType) -> &'static str {
    match w {
        WasteType::Defects => "D",
        WasteType::Overproduction => "O",
        WasteType::Waiting => "W",
        WasteType::NonUtilisedTalent => "N",
        WasteType::Transport => "T",
        WasteType::Inventory => "I",
        WasteType::Motion => "M",
        WasteType::ExtraProcessing => "E",
    }
}

/// "10 min", "2 h", "3 d".
#[must_use]
pub fn short_minutes(m: f64) -> String {
    if m >= 1440.0 {
        format!("{:.0} d", m / 1440.0)
    } else if m >= 60.0 {
        format!("{:.0} h", m / 60.0)
    } else {
        format!("{m:.0} min")
    }
}

/// How strongly to draw a mark of the process view and of the customer view.
#[must_use]
pub fn weights(focus: Focus) -> (f32, f32) {
    match focus {
        Focus::Both => (1.0, 1.0),
        Focus::Customer => (0.25, 1.0),
        Focus::Process => (1.0, 0.25),
    }
}

/// Paints the marks of a card at `r` (screen), with text of `small_px`.
pub fn paint_marks(p: &Painter, s: &Scene<'_>, step: &Step, r: Rect, small_px: f32, radius: f32) {
    let (process, customer) = weights(s.focus);
    let m = &step.measures;
    if let Some(v) = m.value {
        // The strip sits inside the card's left edge.
        let strip = Rect::from_min_max(r.min, pos2(r.min.x + (radius * 0.8).max(4.0), r.max.y));
        p.rect_filled(strip, left_corners(radius), color(s.palette.value(v)).gamma_multiply(process));
    }
    let show_text = small_px >= 6.0;
    if let Some(w) = m.waste_type
        && show_text
    {
        let size = small_px * 1.4;
        let c = pos2(r.min.x + size * 0.9, r.min.y);
        let rect = Rect::from_center_size(c, vec2(size, size));
        p.rect_filled(rect, 3.0, color(s.palette.pain).gamma_multiply(process));
        p.text(
            c,
            Align2::CENTER_CENTER,
            waste_letter(w),
            FontId::proportional(small_px),
            Color32::WHITE.gamma_multiply(process),
        );
    }
    let total = m.process_minutes.unwrap_or(0.0) + m.wait_minutes.unwrap_or(0.0);
    if show_text && (m.process_minutes.is_some() || m.wait_minutes.is_some()) {
        let text = match m.wait_minutes.filter(|w| *w > 0.0) {
            Some(w) => format!("{} + {}", short_minutes(w), short_minutes(total - w)),
            None => short_minutes(total),
        };
        let pad = (small_px * 0.8).max(4.0);
        p.text(
            pos2(r.max.x - pad, r.max.y - pad * 0.5),
            Align2::RIGHT_BOTTOM,
            text,
            FontId::proportional(small_px),
            color(s.palette.text_muted).gamma_multiply(process),
        );
    }
    if let Some(k) = m.kano.filter(|_| show_text) {
        let label = match k {
            crate::model::Kano::Basic => "K:b",
            crate::model::Kano::Performance => "K:p",
            crate::model::Kano::Delighter => "K:d",
            crate::model::Kano::Indifferent => "K:i",
        };
        p.text(
            pos2(r.max.x - small_px, r.min.y + small_px * 1.6),
            Align2::RIGHT_TOP,
            label,
            FontId::proportional(small_px * 0.9),
            color(s.palette.text_muted).gamma_multiply(customer),
        );
    }
}

/// Rounded corners on the left only (for the value strip along a card's left edge).
fn left_corners(radius: f32) -> egui::CornerRadius {
    let mut c = egui::CornerRadius::from(radius);
    c.ne = 0;
    c.se = 0;
    c
}

/// The emotion curve: in the band at the top of each customer lane, a line through the
/// customer's feeling at each step (−2 at the bottom, +2 at the top) with a dashed zero line.
pub fn paint_emotion(p: &Painter, s: &Scene<'_>) {
    let (_, customer) = weights(s.focus);
    let view = s.t.canvas_rect(s.screen);
    for band in &s.layout.emotion_bands {
        if !band.intersects(&view) {
            continue;
        }
        let r = s.t.screen_rect(*band).intersect(s.screen);
        p.rect_filled(r, 0.0, color(s.palette.background).gamma_multiply(0.6 * customer));
        let zero = s.t.screen_from_canvas(crate::layout::pos(0.0, band.center().y)).y;
        p.extend(egui::Shape::dashed_line(
            &[pos2(r.left(), zero), pos2(r.right(), zero)],
            egui::Stroke::new(1.0, color(s.palette.text_muted).gamma_multiply(0.5 * customer)),
            6.0,
            6.0,
        ));
        let points: Vec<egui::Pos2> = s
            .layout
            .emotion_points
            .iter()
            .filter(|(_, _, q)| band.contains(*q))
            .map(|(_, _, q)| s.t.screen_from_canvas(*q))
            .collect();
        if points.len() >= 2 {
            p.line(points.clone(), egui::Stroke::new(2.5, color(s.palette.text).gamma_multiply(0.7 * customer)));
        }
        for (_, e, q) in s.layout.emotion_points.iter().filter(|(_, _, q)| band.contains(*q)) {
            let c = match e.cmp(&0) {
                std::cmp::Ordering::Less => s.palette.pain,
                std::cmp::Ordering::Greater => s.palette.mot_customer,
                std::cmp::Ordering::Equal => s.palette.text_muted,
            };
            p.circle_filled(s.t.screen_from_canvas(*q), 5.0, color(c).gamma_multiply(customer));
        }
    }
}
