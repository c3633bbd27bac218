//! The field view: the actors as tokens on an open canvas, placed freely (the positions are
//! saved in the file), joined by the flows between the steps they take part in, so that a group
//! can see who stands between the customer and the answer.

use crate::edit::Edit;
use crate::model::{ActorId, ActorKind, Blueprint};
use crate::style::Palette;
use crate::ui::canvas::overlays::initials;
use crate::ui::canvas::paint::color;
use crate::ui::state::{Action, EditorState};
use egui::{Align2, FontId, Pos2, Sense, Stroke, Ui, pos2, vec2};
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

fn kind_symbol(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Team => "team",
        ActorKind::Organisation => "organisation",
        ActorKind::System => "system",
        ActorKind::Information => "information",
    }
}

/// Shows the field view in the space left.
pub fn field_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, palette: &Palette) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let rect = response.rect;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, crate::i18n::tr("a11y-field-view")));
    painter.rect_filled(rect, 0.0, color(palette.background));
    let center = rect.center();
    let placed = positions(bp, rect.size());
    let at = |id: ActorId| placed.iter().find(|(a, _)| *a == id).map(|(_, p)| center + p.to_vec2());
    painter.text(
        rect.left_top() + vec2(16.0, 12.0),
        Align2::LEFT_TOP,
        crate::i18n::tr("field-help"),
        FontId::proportional(15.0),
        color(palette.text_muted),
    );
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
    paint_links(&painter, bp, palette, &at);
    let pointer = ui.input(|i| i.pointer.interact_pos());
    let under = pointer
        .and_then(|p| placed.iter().rev().find(|(_, q)| (center + q.to_vec2()).distance(p) <= TOKEN).map(|(a, _)| *a));
    let counts = crate::ui::panels::actors::step_counts(bp);
    for actor in bp.actors() {
        let Some(p) = at(actor.id) else { continue };
        let on = st.highlight_actor == Some(actor.id);
        let fill = if on { color(palette.selection) } else { color(palette.header_fill) };
        let text = if on { egui::Color32::WHITE } else { color(palette.text) };
        let stroke = Stroke::new(if under == Some(actor.id) { 3.0 } else { 1.5 }, color(palette.card_border));
        if actor.kind == ActorKind::Information || actor.kind == ActorKind::System {
            // Things are square, people round.
            painter.rect(
                egui::Rect::from_center_size(p, vec2(2.0 * TOKEN, 2.0 * TOKEN)),
                8.0,
                fill,
                stroke,
                egui::StrokeKind::Inside,
            );
        } else {
            painter.circle(p, TOKEN, fill, stroke);
        }
        painter.text(p, Align2::CENTER_CENTER, initials(&actor.name), FontId::proportional(20.0), text);
        let label = format!("{} ({})", actor.name, crate::i18n::tr(&format!("actor-kind-{}", kind_symbol(actor.kind))));
        let g = painter.layout_no_wrap(label, FontId::proportional(15.0), color(palette.text));
        let r = Align2::CENTER_TOP.anchor_size(p + vec2(0.0, TOKEN + 6.0), g.size());
        painter.rect_filled(
            r.expand2(vec2(4.0, 14.0)).translate(vec2(0.0, 12.0)),
            4.0,
            color(palette.background).gamma_multiply(0.85),
        );
        painter.galley(r.min, g, color(palette.text));
        let count = counts.get(&actor.id).copied().unwrap_or(0);
        painter.text(
            p + vec2(0.0, TOKEN + 26.0),
            Align2::CENTER_TOP,
            crate::i18n::tr_args("actor-steps", &[("count", count.into())]),
            FontId::proportional(13.0),
            color(palette.text_muted),
        );
    }
    // Drag a token to place it (one undo step for the whole drag); click it to highlight.
    if response.drag_started() {
        st.field_drag = under.and_then(|id| placed.iter().find(|(a, _)| *a == id).map(|(a, p)| (*a, (p.x, p.y))));
    }
    if let Some((id, start)) = st.field_drag {
        let moved = response.drag_delta();
        if moved != egui::Vec2::ZERO
            && let Some(actor) = bp.actor(id)
        {
            let now = actor.position.unwrap_or(start);
            let mut changed = actor.clone();
            changed.position = Some((now.0 + moved.x, now.1 + moved.y));
            let key = crate::edit::MergeKey(format!("field-drag-{id}-{:.0}-{:.0}", start.0, start.1));
            st.actions.push(Action::Edit { edit: Edit::UpdateActor(changed), key: Some(key), then_select: None });
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
fn paint_links(painter: &egui::Painter, bp: &Blueprint, palette: &Palette, at: &dyn Fn(ActorId) -> Option<Pos2>) {
    for ((x, y), n) in links(bp) {
        let (Some(a), Some(b)) = (at(x), at(y)) else { continue };
        let dir = (b - a).normalized();
        // Each direction keeps to its own side, so that A to B and B to A do not overlap.
        let shift = vec2(-dir.y, dir.x) * 5.0;
        let (a, b) = (a + dir * TOKEN + shift, b - dir * (TOKEN + 4.0) + shift);
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
                FontId::proportional(14.0),
                color(palette.text),
            );
        }
    }
}
