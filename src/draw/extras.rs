//! The bands that some views add: the interaction band (questions and messages per column, with
//! the checks) and the emotion curve (the customer's feeling, −2 to +2).

use super::card::text_line;
use super::{Align, Aspect, Group, Options, Paint, Role, Shape, Stroke};
use crate::analysis::interaction::{Finding, interaction, label};
use crate::layout::{Layout, Rect, pos, text};
use crate::model::{AnnotationKind, Blueprint};

/// The interaction band: chips, the lines from messages to the questions they answer, the
/// overloaded columns tinted, and "+n" for what did not fit.
pub(super) fn band(bp: &Blueprint, layout: &Layout, o: &Options) -> Vec<Group> {
    let Some(band) = &layout.interaction else { return Vec::new() };
    let checks = interaction(bp, o.max_messages);
    let findings = checks.findings();
    let w = layout.metrics.column_width;
    let size = layout.metrics.small_size;
    let mut out = Vec::new();
    let mut ground = Group { bounds: band.rect, ..Group::default() };
    ground.push(Shape::Rect {
        rect: band.rect,
        radius: 0.0,
        fill: Some(Paint::alpha(Role::Background, 0.7)),
        stroke: None,
    });
    for over in &checks.overloaded_columns {
        let r = Rect::new(over.column as f32 * w, band.rect.min.y, (over.column as f32 + 1.0) * w, band.rect.max.y);
        ground.push(Shape::Rect { rect: r, radius: 0.0, fill: Some(Paint::alpha(Role::Warn, 0.12)), stroke: None });
    }
    for (_, _, from, to) in &band.links {
        ground.push(Shape::Path {
            points: vec![*from, *to],
            stroke: Stroke::solid(1.5, Paint::alpha(Role::Message, 0.8)),
            arrow_start: false,
            arrow_end: false,
        });
    }
    out.push(ground);
    for chip in &band.chips {
        let Some(a) = bp.annotation(chip.annotation) else { continue };
        let r = chip.rect;
        let mut g = Group { bounds: r, ..Group::default() };
        let base = if chip.kind == AnnotationKind::Question { Role::Question } else { Role::Message };
        let (edge, width) = match findings.get(&a.id) {
            Some(Finding::Unanswered) => (Role::Warn, 2.5),
            Some(Finding::AnsweredLate) => (Role::Late, 2.5),
            Some(Finding::Unprompted) => (Role::Idea, 2.5),
            None => (base, 1.0),
        };
        g.push(Shape::Rect {
            rect: r,
            radius: 5.0,
            fill: Some(super::build::customer_card().into()),
            stroke: Some(Stroke::solid(width, edge)),
        });
        g.push(Shape::Rect {
            rect: Rect::new(r.min.x, r.min.y, r.min.x + 4.0, r.max.y),
            radius: 2.0,
            fill: Some(base.into()),
            stroke: None,
        });
        let full = label(a);
        let wrapped = text::wrap(&full, size, r.width() - 12.0, 2);
        g.push_lines(&wrapped, &full, r.min.x + 8.0, r.center().y, size, Role::Text.into(), false);
        out.push(g);
    }
    let mut hidden: Vec<_> = band.hidden.iter().collect();
    hidden.sort_by_key(|(c, _)| **c);
    for (column, (q, m)) in hidden {
        for (n, x) in [(q, 0.25), (m, 0.75)] {
            if *n > 0 {
                let cx = (*column as f32 + x) * w;
                let r = Rect::new(cx - 20.0, band.rect.max.y - size * 1.4, cx + 20.0, band.rect.max.y);
                let mut g = Group { bounds: r, ..Group::default() };
                g.push(text_line(r, &format!("+{n}"), size, Role::Text.into(), Align::Middle));
                out.push(g);
            }
        }
    }
    out
}

/// The band's caption in the lane header: what its two halves show.
pub(super) fn band_caption(layout: &Layout, o: &Options) -> Option<Group> {
    let band = layout.interaction.as_ref()?;
    let r = band.header;
    let size = layout.metrics.small_size;
    let mut g = Group { bounds: r, ..Group::default() };
    let half = r.height() / 2.0;
    let top = Rect::new(r.min.x, r.min.y, r.max.x - 8.0, r.min.y + half);
    let bottom = Rect::new(r.min.x, r.min.y + half, r.max.x - 8.0, r.max.y);
    g.push(text_line(top, &crate::i18n::tr_in(o.lang, "band-questions"), size, Role::Question.into(), Align::End));
    g.push(text_line(bottom, &crate::i18n::tr_in(o.lang, "band-messages"), size, Role::Message.into(), Align::End));
    Some(g)
}

/// The emotion band of each customer lane: a dashed zero line, the axis marked +2 and −2, and a
/// line through the customer's feeling at each step.
pub(super) fn emotion(_bp: &Blueprint, layout: &Layout) -> Vec<Group> {
    let mut out = Vec::new();
    let size = (layout.metrics.small_size * 0.85).max(9.0);
    for band in &layout.emotion_bands {
        let mut g = Group { bounds: *band, ..Group::default() };
        let c = Aspect::Customer;
        g.push_for(
            Shape::Rect { rect: *band, radius: 0.0, fill: Some(Paint::alpha(Role::Background, 0.6)), stroke: None },
            c,
        );
        let zero = band.center().y;
        g.push_for(
            Shape::Path {
                points: vec![pos(band.min.x, zero), pos(band.max.x, zero)],
                stroke: Stroke::dashed(1.0, Paint::alpha(Role::TextMuted, 0.5), 6.0, 6.0),
                arrow_start: false,
                arrow_end: false,
            },
            c,
        );
        // The axis at the band's left: where +2, 0 and −2 lie (as the layout places the points).
        let top = band.min.y - 4.0 + 12.0;
        let height = band.height() + 4.0 - 16.0;
        for (value, label) in [(2.0_f32, "+2"), (0.0, "0"), (-2.0, "−2")] {
            let y = top + (2.0 - value) / 4.0 * height;
            let r = Rect::new(band.min.x + 4.0, y - size * 0.7, band.min.x + 30.0, y + size * 0.7);
            g.push_for(text_line(r, label, size, Role::TextMuted.into(), Align::Start), c);
        }
        let points: Vec<_> = layout.emotion_points.iter().filter(|(_, _, q)| band.contains(*q)).collect();
        if points.len() >= 2 {
            g.push_for(
                Shape::Path {
                    points: points.iter().map(|(_, _, q)| *q).collect(),
                    stroke: Stroke::solid(2.5, Paint::alpha(Role::Text, 0.7)),
                    arrow_start: false,
                    arrow_end: false,
                },
                c,
            );
        }
        for (_, e, q) in points {
            let role = match e.cmp(&0) {
                std::cmp::Ordering::Less => Role::Pain,
                std::cmp::Ordering::Greater => Role::MotCustomer,
                std::cmp::Ordering::Equal => Role::TextMuted,
            };
            g.push_for(Shape::Circle { center: *q, radius: 5.0, fill: Some(role.into()), stroke: None }, c);
        }
        out.push(g);
    }
    out
}
