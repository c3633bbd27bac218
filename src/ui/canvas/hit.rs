//! What is under the pointer: a step's flow handle, a badge, a card, a flow, or a cell.

use crate::layout::{FlowBox, Layout, Pos};
use crate::model::{AnnotationId, FlowId, StepId};
use crate::ui::canvas::view::Transform;
use egui::Pos2;

/// The thing under a point, most specific first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hit {
    /// The handle on a card's right edge, for drawing a flow.
    Handle(StepId),
    Badge(AnnotationId),
    Card(StepId),
    Flow(FlowId),
    /// An empty cell (lane index, column).
    Cell(usize, u32),
    Nothing,
}

/// Where a card's flow handle is, on screen: just outside the card's right edge, so that the
/// whole handle can be grabbed and none of it is the card.
#[must_use]
pub fn handle_center(t: &Transform, card: &crate::layout::CardBox) -> Pos2 {
    let r = t.screen_rect(card.rect);
    egui::pos2(r.right() + HANDLE_RADIUS - 2.0, r.center().y)
}

/// The radius of the flow handle on screen (a 16 px target, plus a little slack when hit).
pub const HANDLE_RADIUS: f32 = 8.0;

/// The steps whose handle may be under a screen point: the handle sits just right of its card,
/// so the card is found a handle's width to the left.
#[must_use]
pub fn handle_candidates(layout: &Layout, t: &Transform, screen: Pos2) -> Vec<StepId> {
    let reach = (2.0 * HANDLE_RADIUS + 4.0) / t.zoom;
    let p = t.canvas_from_screen(screen);
    [p, Pos { x: p.x - reach, y: p.y }].iter().filter_map(|q| layout.card_at(*q)).map(|c| c.step).collect()
}

/// Hit-tests a screen point. `handles_for` lists the steps that show a handle (hovered or
/// selected ones).
#[must_use]
pub fn hit(layout: &Layout, t: &Transform, screen: Pos2, handles_for: &[StepId]) -> Hit {
    let p = t.canvas_from_screen(screen);
    for &s in handles_for {
        if let Some(card) = layout.card(s)
            && handle_center(t, card).distance(screen) <= HANDLE_RADIUS + 4.0
        {
            return Hit::Handle(s);
        }
    }
    let r = layout.metrics.badge_radius * t.zoom.max(0.5);
    let near = crate::layout::Rect { min: p, max: p }.expand((r + 2.0) / t.zoom);
    if let Some(b) = layout.badges_in(near).find(|b| t.screen_from_canvas(b.center).distance(screen) <= r + 2.0) {
        return Hit::Badge(b.annotation);
    }
    // A note in the notes view acts like its badge.
    if let Some(note) = layout.note_at(p) {
        return Hit::Badge(note.annotation);
    }
    // A question or message in the interaction band acts like its badge.
    if let Some(chip) = layout.interaction.as_ref().and_then(|band| band.chip_at(p)) {
        return Hit::Badge(chip.annotation);
    }
    if let Some(card) = layout.card_at(p) {
        return Hit::Card(card.step);
    }
    let tolerance = 6.0 / t.zoom;
    let near = layout
        .flows_in(crate::layout::Rect { min: p, max: p }.expand(tolerance))
        .map(|f| (distance_to_flow(f, p), f.flow))
        .filter(|(d, _)| *d <= tolerance)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, flow)) = near {
        return Hit::Flow(flow);
    }
    match layout.cell_at(p) {
        Some((lane, column)) if lane < layout.lanes.len() => Hit::Cell(lane, column),
        _ => Hit::Nothing,
    }
}

/// The distance from a point to a flow's path, in canvas units.
fn distance_to_flow(f: &FlowBox, p: Pos) -> f32 {
    f.points
        .windows(2)
        .map(|s| {
            let (a, b) = (s[0], s[1]);
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let len2 = dx * dx + dy * dy;
            let u = if len2 > 0.0 { (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
            let (x, y) = (a.x + u * dx, a.y + u * dy);
            ((p.x - x).powi(2) + (p.y - y).powi(2)).sqrt()
        })
        .fold(f32::INFINITY, f32::min)
}
