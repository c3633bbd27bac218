//! The field view: the actors as tokens on an open canvas, placed freely, joined by the flows
//! between the steps they take part in, so that a group can see who stands between the customer
//! and the answer. Played in rounds (see `rounds.rs`), each round holds its own places, and how
//! each actor feels, with a quote; between rounds the tokens move smoothly.

use crate::edit::{Edit, MergeKey};
use crate::model::{ActorId, ActorKind, Blueprint, Place, Round};
use crate::style::Palette;
use crate::ui::canvas::overlays::initials;
use crate::ui::canvas::paint::color;
use crate::ui::state::{Action, EditorState};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};
use std::collections::BTreeMap;

const TOKEN: f32 = 30.0;

/// Where each actor stands, relative to the middle of the view: its saved position, or a place
/// on a circle for actors not yet placed.
#[must_use]
pub fn positions(bp: &Blueprint, size: egui::Vec2) -> Vec<(ActorId, Pos2)> {
    let n = bp.actors().len().max(1) as f32;
    let radius = (size.x.min(size.y) * 0.35).max(120.0);
    bp.actors()
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let p = a.position.map_or_else(
                || {
                    let angle = std::f32::consts::TAU * i as f32 / n - std::f32::consts::FRAC_PI_2;
                    pos2(radius * angle.cos(), radius * angle.sin())
                },
                |(x, y)| pos2(x, y),
            );
            (a.id, p)
        })
        .collect()
}

/// The tokens of a round (places of actors still in the blueprint), or without rounds every
/// actor at its position.
#[must_use]
pub fn tokens(bp: &Blueprint, round: Option<&Round>, size: egui::Vec2) -> Vec<Place> {
    match round {
        Some(r) => bp.live_places(r).cloned().collect(),
        None => positions(bp, size).into_iter().map(|(a, p)| Place::new(a, p.x, p.y)).collect(),
    }
}

/// Who hands over to whom: for each flow between two steps, every actor of the first step to
/// every other actor of the second; with the number of such flows.
#[must_use]
pub fn links(bp: &Blueprint) -> BTreeMap<(ActorId, ActorId), usize> {
    let mut out = BTreeMap::new();
    for f in bp.flows() {
        let (Some(a), Some(b)) = (bp.step(f.from), bp.step(f.to)) else { continue };
        for x in &a.actors {
            for y in b.actors.iter().filter(|y| *y != x) {
                *out.entry((*x, *y)).or_insert(0) += 1;
            }
        }
    }
    out
}

/// A feeling in a word of colour: red for bad, green for good.
#[must_use]
pub fn feeling_colour(f: i8) -> Color32 {
    match f {
        i8::MIN..=-1 => Color32::from_rgb(179, 38, 30),
        0 => Color32::from_rgb(90, 90, 100),
        _ => Color32::from_rgb(29, 107, 58),
    }
}

/// "+2", "0", "−1".
#[must_use]
pub fn feeling_text(f: i8) -> String {
    match f {
        1.. => format!("+{f}"),
        0 => "0".into(),
        _ => format!("−{}", f.unsigned_abs()),
    }
}

/// How large the field is drawn: 1 on screen, more on the projector.
#[derive(Clone, Copy)]
pub struct Look<'a> {
    pub palette: &'a Palette,
    pub scale: f32,
}

/// Draws tokens (screen positions), with their links, names, feelings and quotes.
pub fn paint_tokens(
    painter: &egui::Painter,
    bp: &Blueprint,
    at: &[(Place, Pos2)],
    look: Look<'_>,
    highlight: Option<ActorId>,
    under: Option<ActorId>,
) {
    let (palette, k) = (look.palette, look.scale);
    let find = |id: ActorId| at.iter().find(|(p, _)| p.actor == id).map(|(_, q)| *q);
    paint_links(painter, bp, palette, &find, k);
    let counts = crate::ui::panels::actors::step_counts(bp);
    for (place, p) in at {
        let Some(actor) = bp.actor(place.actor) else { continue };
        let p = *p;
        let on = highlight == Some(actor.id);
        let fill = if on { color(palette.selection) } else { color(palette.header_fill) };
        let text = if on { Color32::WHITE } else { color(palette.text) };
        let stroke = Stroke::new(if under == Some(actor.id) { 3.0 } else { 1.5 }, color(palette.card_border));
        let r = TOKEN * k;
        if actor.kind == ActorKind::Information || actor.kind == ActorKind::System {
            // Things are square, people round.
            painter.rect(
                Rect::from_center_size(p, vec2(2.0 * r, 2.0 * r)),
                8.0,
                fill,
                stroke,
                egui::StrokeKind::Inside,
            );
        } else {
            painter.circle(p, r, fill, stroke);
        }
        painter.text(p, Align2::CENTER_CENTER, initials(&actor.name), FontId::proportional(20.0 * k), text);
        if let Some(f) = place.feeling {
            let badge = p + vec2(r * 0.8, -r * 0.8);
            painter.circle(badge, 13.0 * k, feeling_colour(f), Stroke::new(1.5, Color32::WHITE));
            painter.text(badge, Align2::CENTER_CENTER, feeling_text(f), FontId::proportional(14.0 * k), Color32::WHITE);
        }
        let label = format!("{} ({})", actor.name, crate::i18n::tr(&format!("actor-kind-{}", actor.kind.as_str())));
        let g = painter.layout_no_wrap(label, FontId::proportional(15.0 * k), color(palette.text));
        let below = p + vec2(0.0, r + 6.0);
        let box_ = Align2::CENTER_TOP.anchor_size(below, g.size());
        painter.rect_filled(box_.expand2(vec2(4.0, 2.0)), 4.0, color(palette.background).gamma_multiply(0.85));
        painter.galley(box_.min, g, color(palette.text));
        let mut y = box_.bottom() + 4.0;
        if let Some(q) = place.quote.as_deref().filter(|q| !q.trim().is_empty()) {
            let quote = format!("“{}”", crate::ui::text::one_line_cut(q, 48));
            let g = painter.layout_no_wrap(quote, FontId::proportional(14.0 * k), color(palette.text));
            let r = Align2::CENTER_TOP.anchor_size(pos2(p.x, y), g.size());
            painter.rect_filled(r.expand2(vec2(4.0, 2.0)), 4.0, color(palette.background).gamma_multiply(0.85));
            painter.galley(r.min, g, color(palette.text));
            y = r.bottom() + 4.0;
        }
        let count = counts.get(&actor.id).copied().unwrap_or(0);
        painter.text(
            pos2(p.x, y),
            Align2::CENTER_TOP,
            crate::i18n::tr_args("actor-steps", &[("count", count.into())]),
            FontId::proportional(13.0 * k),
            color(palette.text_muted),
        );
    }
}

/// Shows the field view in the space left: the round controls on top, the field below.
pub fn field_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, palette: &Palette) {
    let k = if st.projector { 1.4 } else { 1.0 };
    st.round = st.round.min(bp.rounds().len().saturating_sub(1));
    egui::Frame::new().fill(ui.visuals().panel_fill).inner_margin(egui::Margin::symmetric(10, 6)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        crate::ui::panels::rounds::rounds_bar(ui, bp, st, k);
    });
    if st.round_compare && bp.rounds().len() >= 2 {
        let frame = egui::Frame::new().fill(color(palette.background)).inner_margin(egui::Margin::symmetric(10, 6));
        frame.show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            crate::ui::panels::rounds::compare_ui(ui, bp, st, Look { palette, scale: k });
        });
        return;
    }
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let rect = response.rect;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, crate::i18n::tr("a11y-field-view")));
    painter.rect_filled(rect, 0.0, color(palette.background));
    // Below the help line (none on the projector: the room needs no instructions).
    let top = if st.projector { 0.0 } else { 36.0 };
    let center = rect.center() + vec2(0.0, top / 2.0);
    if !st.projector {
        // Wrapped to the canvas (a Dutch sentence is longer than a narrow field).
        let help = crate::i18n::tr("field-help");
        let g = painter.layout(help, FontId::proportional(15.0), color(palette.text_muted), rect.width() - 32.0);
        painter.galley(rect.left_top() + vec2(16.0, 12.0), g, color(palette.text_muted));
    }
    if bp.actors().is_empty() {
        painter.text(
            center,
            Align2::CENTER_CENTER,
            crate::i18n::tr("field-empty"),
            FontId::proportional(20.0),
            color(palette.text_muted),
        );
        return;
    }
    let round = bp.rounds().get(st.round);
    let places = tokens(bp, round, rect.size());
    // The field fits the window: every round's places (so that the scale stays while stepping
    // and dragging), with room for the names and quotes around the tokens.
    // On the projector a small field grows to fill the screen for the back of the room.
    let most = if st.projector { 1.6 } else { 1.0 };
    let k = k * fit_scale(bp, rect.size() - vec2(0.0, top), k, most);
    // Each token glides to its place in this round (not while it is being dragged).
    let at: Vec<(Place, Pos2)> = places
        .into_iter()
        .map(|p| {
            let dragging = st.field_drag.is_some_and(|(a, _)| a == p.actor);
            let time = if dragging || ui.style().animation_time <= 0.0 { 0.0 } else { 0.6 };
            let id = ui.scope_id().with(("token", p.actor));
            let x = ui.ctx().animate_value_with_time(id.with("x"), p.x, time);
            let y = ui.ctx().animate_value_with_time(id.with("y"), p.y, time);
            let screen = center + vec2(x, y) * k;
            (p, screen)
        })
        .collect();
    let pointer = ui.input(|i| i.pointer.interact_pos());
    let under = pointer.and_then(|p| at.iter().rev().find(|(_, q)| q.distance(p) <= TOKEN * k).map(|(pl, _)| pl.actor));
    paint_tokens(&painter, bp, &at, Look { palette, scale: k }, st.highlight_actor, under);
    drag_and_click(&response, bp, st, round, &at, under, k);
}

/// How much the field must shrink (at most to 0.5) for all places of all rounds, with their
/// labels, to fit a canvas of `size` at scale `k`; or grow, up to `most`.
fn fit_scale(bp: &Blueprint, size: egui::Vec2, k: f32, most: f32) -> f32 {
    let mut reach = vec2(1.0, 1.0);
    // With rounds, their places; without, the actors' own.
    let all: Vec<(f32, f32)> = if bp.rounds().is_empty() {
        positions(bp, size).into_iter().map(|(_, p)| (p.x, p.y)).collect()
    } else {
        bp.rounds().iter().flat_map(|r| r.places.iter().map(|p| (p.x, p.y))).collect()
    };
    for (x, y) in all {
        reach = reach.max(vec2(x.abs(), y.abs()));
    }
    // Half a label's width beside a token, its name, quote and count below it.
    let room = vec2(size.x / 2.0 - 150.0 * k, size.y / 2.0 - 105.0 * k);
    let s = (room.x / (reach.x * k)).min(room.y / (reach.y * k));
    s.clamp(0.5, most)
}

/// Drag a token to place it (one undo step for the whole drag); click it to choose it.
fn drag_and_click(
    response: &egui::Response,
    bp: &Blueprint,
    st: &mut EditorState,
    round: Option<&Round>,
    at: &[(Place, Pos2)],
    under: Option<ActorId>,
    k: f32,
) {
    if response.drag_started() {
        st.field_drag = under.and_then(|id| at.iter().find(|(p, _)| p.actor == id).map(|(p, _)| (p.actor, (p.x, p.y))));
    }
    if let Some((id, start)) = st.field_drag {
        let moved = response.drag_delta() / k;
        if moved != egui::Vec2::ZERO {
            let key = Some(MergeKey(format!("field-drag-{id}-{:.0}-{:.0}", start.0, start.1)));
            let edit = match round {
                Some(r) => {
                    let mut changed = r.clone();
                    if let Some(p) = changed.places.iter_mut().find(|p| p.actor == id) {
                        (p.x, p.y) = (p.x + moved.x, p.y + moved.y);
                    }
                    Some(Edit::UpdateRound(changed))
                }
                None => bp.actor(id).map(|actor| {
                    let now = actor.position.unwrap_or(start);
                    let mut changed = actor.clone();
                    changed.position = Some((now.0 + moved.x, now.1 + moved.y));
                    Edit::UpdateActor(changed)
                }),
            };
            if let Some(edit) = edit {
                st.actions.push(Action::Edit { edit, key, then_select: None });
            }
        }
        if response.drag_stopped() {
            st.field_drag = None;
        }
    }
    if response.clicked() {
        st.highlight_actor = match under {
            Some(id) if st.highlight_actor != Some(id) => Some(id),
            _ => None,
        };
    }
}

/// The arrows between actors: thicker for more flows, with the count when more than one.
fn paint_links(
    painter: &egui::Painter,
    bp: &Blueprint,
    palette: &Palette,
    at: &dyn Fn(ActorId) -> Option<Pos2>,
    k: f32,
) {
    for ((x, y), n) in links(bp) {
        let (Some(a), Some(b)) = (at(x), at(y)) else { continue };
        let dir = (b - a).normalized();
        // Each direction keeps to its own side, so that A to B and B to A do not overlap.
        let shift = vec2(-dir.y, dir.x) * 5.0;
        let (a, b) = (a + dir * TOKEN * k + shift, b - dir * (TOKEN * k + 4.0) + shift);
        let width = 1.5 + (n as f32).min(6.0);
        let stroke = Stroke::new(width, color(palette.flow).gamma_multiply(0.8));
        painter.line_segment([a, b], stroke);
        let side = vec2(-dir.y, dir.x) * 7.0;
        painter.add(egui::Shape::convex_polygon(
            vec![b + dir * 4.0, b - dir * 10.0 + side, b - dir * 10.0 - side],
            color(palette.flow),
            Stroke::NONE,
        ));
        if n > 1 {
            painter.text(
                a.lerp(b, 0.5) + side,
                Align2::CENTER_CENTER,
                n.to_string(),
                FontId::proportional(14.0 * k),
                color(palette.text),
            );
        }
    }
}
