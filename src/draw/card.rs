//! A step's card as shapes: each part in the place `layout::card_parts` gives it.

use super::{Align, Aspect, Group, Paint, Role, Shape, Stroke};
use crate::layout::{CardBox, Layout, Mark, Rect, card_parts, kano_mark, minutes_label_in, text, waste_letter};
use crate::model::{Blueprint, LaneKind, Step};

/// The radius of a card's corners.
pub const RADIUS: f32 = 8.0;

/// The shapes of one card.
#[must_use]
pub fn card(bp: &Blueprint, layout: &Layout, card: &CardBox, lang: crate::templates::Lang) -> Group {
    let m = &layout.metrics;
    let r = card.rect;
    let mut g = Group { bounds: r, ..Group::default() };
    let Some(step) = bp.step(card.step) else { return g };
    let kind = layout.lanes.get(card.lane).map_or(LaneKind::Custom, |l| l.kind);
    let notes = bp.annotation_count_on(crate::model::Target::Step(step.id));
    let parts = card_parts(m, r, step, notes);
    g.push(Shape::Rect {
        rect: r,
        radius: RADIUS,
        fill: Some(Role::CardFill(kind).into()),
        stroke: Some(Stroke::solid(1.0, Role::CardBorder)),
    });
    if let (Some(strip), Some(v)) = (parts.strip, step.measures.value) {
        g.push_for(
            Shape::Rect { rect: strip, radius: 2.0, fill: Some(Role::Value(v).into()), stroke: None },
            Aspect::Process,
        );
    }
    marks(&mut g, step, &parts.marks, m.small_size);
    if let Some(more) = parts.more {
        let hidden = card.hidden_badges;
        if hidden > 0 {
            g.push(text_line(more, &format!("+{hidden}"), m.small_size, Role::TextMuted.into(), Align::End));
        }
    }
    // The title: as large as fits (down to `title_shrink`, so that cards side by side keep
    // nearly the same type), between words; cut with "…" (and shown whole on hover) when even
    // the smallest type does not hold it.
    let t = parts.title;
    let (size, wrapped) =
        text::fit_block(&step.title, m.title_size, m.title_shrink * m.title_size, t.width(), t.height());
    for (i, line) in wrapped.lines.iter().enumerate() {
        g.push(Shape::Text {
            x: t.min.x,
            top: t.min.y + i as f32 * size * text::LINE,
            text: line.clone(),
            size,
            paint: Role::Text.into(),
            bold: false,
            align: Align::Start,
        });
    }
    if wrapped.cut {
        g.hover = Some(step.title.clone());
    }
    if let (Some(place), Some(ch)) = (parts.channel, step.channel.as_deref()) {
        let shown = text::fit_line(ch, m.small_size, place.width());
        if shown != ch {
            // The whole title and channel on hover.
            g.hover = Some(format!("{}\n{ch}", step.title));
        }
        g.push(text_line(place, &shown, m.small_size, Role::TextMuted.into(), Align::Start));
    }
    if let (Some(place), Some(label)) = (parts.minutes, minutes_label_in(step, lang)) {
        let shown = text::fit_line(&label, m.small_size, place.width() + 1.0);
        g.items.push(super::Item::for_view(
            text_line(place, &shown, m.small_size, Role::TextMuted.into(), Align::End),
            Aspect::Process,
        ));
    }
    for (id, c) in step.actors.iter().zip(&parts.avatars) {
        let name = bp.actor(*id).map_or("?", |a| a.name.as_str());
        g.push(Shape::Circle {
            center: *c,
            radius: parts.avatar_radius,
            fill: Some(Role::HeaderFill.into()),
            stroke: Some(Stroke::solid(1.0, Role::CardBorder)),
        });
        let size = parts.avatar_radius * 0.95;
        g.push(Shape::Text {
            x: c.x,
            top: c.y - size * text::LINE / 2.0,
            text: initials(name),
            size,
            paint: Role::Text.into(),
            bold: false,
            align: Align::Middle,
        });
    }
    if let Some(place) = parts.more_actors {
        let n = step.actors.len().saturating_sub(parts.avatars.len());
        g.push(text_line(place, &format!("+{n}"), m.small_size, Role::TextMuted.into(), Align::End));
    }
    g
}

/// Votes, the waste letter and the Kano mark in the top row.
fn marks(g: &mut Group, step: &Step, marks: &[(Mark, Rect)], small: f32) {
    for (mark, r) in marks {
        match mark {
            Mark::Votes => {
                g.push(Shape::Rect { rect: *r, radius: r.height() / 2.0, fill: Some(Role::Text.into()), stroke: None });
                let label = step.votes.to_string();
                g.push(text_line(*r, &label, small, Role::Background.into(), Align::Middle));
            }
            Mark::Waste => {
                let Some(w) = step.measures.waste_type else { continue };
                g.push_for(
                    Shape::Rect { rect: *r, radius: 3.0, fill: Some(Role::Pain.into()), stroke: None },
                    Aspect::Process,
                );
                g.push_for(text_line(*r, waste_letter(w), small, Role::White.into(), Align::Middle), Aspect::Process);
            }
            Mark::Kano => {
                let Some(k) = step.measures.kano else { continue };
                g.push_for(
                    Shape::Rect {
                        rect: *r,
                        radius: 3.0,
                        fill: Some(Paint::alpha(Role::Background, 0.85)),
                        stroke: Some(Stroke::solid(1.0, Role::TextMuted)),
                    },
                    Aspect::Customer,
                );
                g.push_for(
                    text_line(*r, kano_mark(k), small * 0.9, Role::TextMuted.into(), Align::Middle),
                    Aspect::Customer,
                );
            }
        }
    }
}

/// One line of text centred vertically in `r`, at its start, middle or end.
#[must_use]
pub fn text_line(r: Rect, t: &str, size: f32, paint: Paint, align: Align) -> Shape {
    let x = match align {
        Align::Start => r.min.x,
        Align::Middle => r.center().x,
        Align::End => r.max.x,
    };
    Shape::Text { x, top: r.center().y - size * text::LINE / 2.0, text: t.to_owned(), size, paint, bold: false, align }
}

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
