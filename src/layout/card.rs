//! The places inside a card: each part — the value strip, the votes, the waste letter, the Kano
//! mark, the badges and their "+n", the title, the channel, the minutes and the actors — gets a
//! rectangle of its own inside the card, and no two of them overlap. The canvas and the exports
//! draw into these places; the badges' places are the ones the layout hands to hit-testing.

use super::text;
use super::{Metrics, Pos, Rect, pos};
use crate::model::{Kano, Step, WasteType};

/// A mark in the card's top row, left of the badges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Votes,
    Waste,
    Kano,
}

/// Where each part of one card goes (canvas units).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardParts {
    /// The value class's colour strip along the left edge.
    pub strip: Option<Rect>,
    /// The marks of the top row, left to right.
    pub marks: Vec<(Mark, Rect)>,
    /// The badge places, right to left (centres); annotations beyond them are counted in `more`.
    pub badges: Vec<Pos>,
    /// Where "+n" stands for the annotations that have no badge place.
    pub more: Option<Rect>,
    pub title: Rect,
    pub channel: Option<Rect>,
    pub minutes: Option<Rect>,
    /// The actors' avatars, right to left (centres), with their radius.
    pub avatars: Vec<Pos>,
    pub avatar_radius: f32,
    /// Where "+n" stands for the actors without an avatar.
    pub more_actors: Option<Rect>,
}

impl CardParts {
    /// Every part's rectangle (badges and avatars as their squares), for the overlap checks.
    #[must_use]
    pub fn rects(&self, badge_radius: f32) -> Vec<Rect> {
        let square = |c: &Pos, r: f32| Rect::new(c.x - r, c.y - r, c.x + r, c.y + r);
        let mut all: Vec<Rect> = self.strip.iter().copied().collect();
        all.extend(self.marks.iter().map(|(_, r)| *r));
        all.extend(self.badges.iter().map(|c| square(c, badge_radius)));
        all.extend(self.more);
        all.push(self.title);
        all.extend(self.channel);
        all.extend(self.minutes);
        all.extend(self.avatars.iter().map(|c| square(c, self.avatar_radius)));
        all.extend(self.more_actors);
        all
    }
}

/// Avatars drawn on a card at most; the rest are counted.
pub const MAX_AVATARS: usize = 3;

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

/// The Kano mark on a card.
#[must_use]
pub fn kano_mark(k: Kano) -> &'static str {
    match k {
        Kano::Basic => "K:b",
        Kano::Performance => "K:p",
        Kano::Delighter => "K:d",
        Kano::Indifferent => "K:i",
    }
}

/// "10 min", "2 h", "3 d".
#[must_use]
pub fn short_minutes(m: f64) -> String {
    short_minutes_in(m, crate::templates::Lang::En)
}

/// "10 min", "2 h" ("2 u" in Dutch), "3 d".
#[must_use]
pub fn short_minutes_in(m: f64, lang: crate::templates::Lang) -> String {
    let hour = if lang == crate::templates::Lang::Nl { "u" } else { "h" };
    if m >= 1440.0 {
        format!("{:.0} d", m / 1440.0)
    } else if m >= 60.0 {
        format!("{:.0} {hour}", m / 60.0)
    } else {
        format!("{m:.0} min")
    }
}

/// The minutes on a card: waiting + process time, or the process time alone.
#[must_use]
pub fn minutes_label(step: &Step) -> Option<String> {
    minutes_label_in(step, crate::templates::Lang::En)
}

/// The minutes on a card in a language: waiting + process time ("3 d" alone when the process
/// takes no time), or the process time alone.
#[must_use]
pub fn minutes_label_in(step: &Step, lang: crate::templates::Lang) -> Option<String> {
    let m = &step.measures;
    if m.process_minutes.is_none() && m.wait_minutes.is_none() {
        return None;
    }
    let total = m.process_minutes.unwrap_or(0.0) + m.wait_minutes.unwrap_or(0.0);
    let short = |x| short_minutes_in(x, lang);
    Some(match m.wait_minutes.filter(|w| *w > 0.0) {
        Some(w) if total - w > 0.0 => format!("{} + {}", short(w), short(total - w)),
        Some(w) => short(w),
        None => short(total),
    })
}

/// The places of a card's parts, for a step with `notes` annotations.
#[must_use]
pub fn card_parts(m: &Metrics, r: Rect, step: &Step, notes: usize) -> CardParts {
    let small = m.small_size;
    let k = small / 12.0;
    let (pad, gap) = (6.0 * k, 3.0 * k);
    let radius = m.badge_radius;
    let mut parts = CardParts { avatar_radius: radius * 0.8, ..CardParts::default() };
    let mut left = r.min.x + pad;
    if step.measures.value.is_some() {
        let w = 6.0 * k;
        parts.strip = Some(Rect::new(r.min.x, r.min.y, r.min.x + w, r.max.y));
        left = r.min.x + w + pad;
    }
    let right = r.max.x - pad;

    // The top row: marks from the left, badges from the right.
    let (t0, t1) = (r.min.y + gap, r.min.y + gap + 2.0 * radius);
    let mut x = left;
    let mut mark = |kind: Mark, w: f32, x: &mut f32| {
        parts.marks.push((kind, Rect::new(*x, t0, *x + w, t1)));
        *x += w + gap;
    };
    if step.votes > 0 {
        mark(Mark::Votes, text::width(&step.votes.to_string(), small) + 2.0 * radius, &mut x);
    }
    if step.measures.waste_type.is_some() {
        mark(Mark::Waste, 2.0 * radius, &mut x);
    }
    if let Some(kano) = step.measures.kano {
        mark(Mark::Kano, text::width(kano_mark(kano), small * 0.9) + 8.0 * k, &mut x);
    }
    let slot = 2.0 * radius + 4.0 * k;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small non-negative count")]
    let fit = |room: f32| ((room + 4.0 * k) / slot).floor().max(0.0) as usize;
    let mut shown = fit(right - x).min(m.max_badges).min(notes);
    if shown < notes {
        let more_w = text::width(&format!("+{notes}"), small) + 2.0 * k;
        shown = fit(right - x - more_w - gap).min(m.max_badges);
        let more_right = right - shown as f32 * slot;
        parts.more = Some(Rect::new(more_right - more_w, t0, more_right, t1));
    }
    parts.badges = (0..shown).map(|i| pos(right - radius - i as f32 * slot, t0 + radius)).collect();
    let top_used = notes > 0 || !parts.marks.is_empty();

    // The bottom row: avatars from the right, then the minutes, the channel from the left.
    let row_h = (small * text::LINE).max(2.0 * parts.avatar_radius);
    let (b0, b1) = (r.max.y - gap - row_h, r.max.y - gap);
    let mut end = right;
    let ar = parts.avatar_radius;
    let actors = if m.card_details { step.actors.len() } else { 0 };
    let avatars = actors.min(MAX_AVATARS);
    if actors > avatars {
        let w = text::width(&format!("+{}", actors - avatars), small);
        parts.more_actors = Some(Rect::new(end - w, b0, end, b1));
        end -= w + gap;
    }
    for _ in 0..avatars {
        parts.avatars.push(pos(end - ar, f32::midpoint(b0, b1)));
        end -= 2.0 * ar + gap;
    }
    if let Some(label) = minutes_label(step).filter(|_| m.card_details) {
        let w = text::width(&label, small).min((end - left).max(0.0));
        parts.minutes = Some(Rect::new(end - w, b0, end, b1));
        end -= w + 2.0 * gap;
    }
    if m.card_details && step.channel.as_deref().is_some_and(|c| !c.is_empty()) && end - left > small {
        parts.channel = Some(Rect::new(left, b0, end, b1));
    }
    let bottom_used = parts.channel.is_some() || parts.minutes.is_some() || !parts.avatars.is_empty();

    let top = if top_used { t1 + gap } else { r.min.y + pad };
    let bottom = if bottom_used { b0 - gap } else { r.max.y - pad };
    parts.title = Rect::new(left, top, right, bottom.max(top + small));
    parts
}
