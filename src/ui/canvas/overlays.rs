//! What the canvas draws over the blueprint for the interaction, actors and comparison views:
//! the interaction band with its checks, actor avatars and highlighting, and the marks of a
//! comparison with another version.

use crate::analysis::diff::Diff;
use crate::analysis::interaction::Interaction;
use crate::model::{ActorId, Blueprint, Step};
use crate::ui::canvas::paint::{Scene, color};
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
    /// The critical path, while the analysis panel is open.
    pub critical: &'a [crate::model::StepId],
    /// Steps a merge conflict is about (their own, or a note's or flow's on them).
    pub conflicts: &'a [crate::model::StepId],
}

/// The frame of a step a merge conflict is about.
pub const CONFLICT: Color32 = Color32::from_rgb(214, 0, 110);

/// The steps the conflicts of a blueprint are about: the step itself, or the step a note sits
/// on, or the two ends of a flow.
#[must_use]
pub fn conflict_steps(bp: &Blueprint) -> Vec<crate::model::StepId> {
    use crate::model::{AnnotationId, FlowId, PartKind, StepId, Target};
    let mut out = Vec::new();
    for c in &bp.conflicts {
        let Some(id) = c.part_id else { continue };
        match c.part {
            PartKind::Step => out.push(StepId(id)),
            PartKind::Flow => out.extend(bp.flow(FlowId(id)).map(|f| [f.from, f.to]).into_iter().flatten()),
            PartKind::Annotation => match bp.annotation(AnnotationId(id)).map(|a| a.on) {
                Some(Target::Step(s)) => out.push(s),
                Some(Target::Flow(f)) => out.extend(bp.flow(f).map(|f| [f.from, f.to]).into_iter().flatten()),
                None => {}
            },
            _ => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The frame of the steps on the critical path.
pub const CRITICAL: Color32 = Color32::from_rgb(235, 160, 0);

/// Colours of the comparison: added, moved, retitled.
pub const ADDED: Color32 = Color32::from_rgb(20, 150, 60);
pub const MOVED: Color32 = Color32::from_rgb(30, 100, 220);
pub const RETITLED: Color32 = Color32::from_rgb(170, 90, 200);
pub const REMOVED: Color32 = Color32::from_rgb(200, 40, 40);
/// The initials of an actor's name ("Het zaakdossier" → "HZ").
#[must_use]
pub fn initials(name: &str) -> String {
    crate::draw::initials(name)
}

/// After a card is painted: dims it when an actor is highlighted and it is not among its steps,
/// and draws the comparison's mark.
pub fn paint_card_overlays(p: &Painter, s: &Scene<'_>, step: &Step, r: Rect) {
    let o = &s.overlays;
    if o.conflicts.binary_search(&step.id).is_ok() {
        // A merge left a conflict here: a magenta frame with "!" (View → Conflicts).
        p.rect_stroke(r.expand(5.0), 10.0, Stroke::new(3.0, CONFLICT), StrokeKind::Outside);
        // On the frame's top-left corner, clear of the card's own marks.
        let at = pos2(r.min.x - 6.0, r.min.y - 6.0);
        p.circle_filled(at, 9.0, CONFLICT);
        p.text(at, Align2::CENTER_CENTER, "!", FontId::proportional(13.0), Color32::WHITE);
    }
    if o.critical.contains(&step.id) {
        // The critical path the analysis names: a thick amber frame.
        p.rect_stroke(r.expand(3.0), 10.0, Stroke::new(4.0, CRITICAL), StrokeKind::Outside);
    }
    if let Some(actor) = o.highlight {
        if step.actors.contains(&actor) {
            p.rect_stroke(r.expand(3.0), 10.0, Stroke::new(3.0, color(s.palette.selection)), StrokeKind::Outside);
        } else {
            p.rect_filled(r.expand(1.0), 8.0, color(s.palette.background).gamma_multiply(0.75));
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

/// An inbox entry dragged over the canvas: the cell under the pointer is framed, and dropping
/// accepts the entry there (a proposed step in that cell, a note on that cell's step).
pub fn inbox_drop(
    ui: &egui::Ui,
    response: &egui::Response,
    bp: &crate::model::Blueprint,
    layout: &crate::layout::Layout,
    t: &crate::ui::canvas::view::Transform,
    st: &mut crate::ui::state::EditorState,
) {
    use crate::ui::panels::inbox::{InboxDrag, accept_entry};
    let Some(dragged) = response.dnd_hover_payload::<InboxDrag>() else { return };
    let Some(p) = ui.input(|i| i.pointer.hover_pos()) else { return };
    let Some((lane, column)) = layout.cell_at(t.canvas_from_screen(p)) else { return };
    let Some(lane_id) = bp.lanes().get(lane).map(|l| l.id) else { return };
    let cell = layout.card_rect(lane, column);
    let stroke = egui::Stroke::new(3.0, ui.visuals().selection.stroke.color);
    ui.painter().rect_stroke(t.screen_rect(cell).shrink(2.0), 6.0, stroke, egui::StrokeKind::Inside);
    if response.dnd_release_payload::<InboxDrag>().is_some() {
        let text = st.inbox_text.clone().filter(|(id, _)| *id == dragged.0).map(|(_, t)| t);
        let place = crate::edit::inbox::Place { lane: lane_id, column };
        accept_entry(bp, dragged.0, text.as_deref(), Some(place), st);
    }
}
