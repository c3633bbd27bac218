//! View → Value and effort: the ideas and the actions in four quadrants — quick wins (much value,
//! little effort), big bets, fill-ins, money pits. Drag an item from the list into the matrix,
//! or within it; each drop is one edit (saved with the file).

use crate::edit::Edit;
use crate::i18n::tr;
use crate::model::{Action, Annotation, AnnotationKind, Blueprint, Matrix};
use crate::ui::state::{Action as UiAction, EditorState};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, vec2};
use uuid::Uuid;

/// The dots' colours.
const ACTION: Color32 = Color32::from_rgb(31, 79, 191);
const IDEA: Color32 = Color32::from_rgb(196, 130, 0);

/// An idea or an action, as the matrix shows it.
struct Item {
    id: Uuid,
    label: String,
    action: bool,
    at: Option<Matrix>,
}

fn items(bp: &Blueprint) -> Vec<Item> {
    let ideas = bp.annotations().iter().filter(|a| a.kind == AnnotationKind::Idea).map(|a| Item {
        id: a.id.0,
        label: a.text.clone(),
        action: false,
        at: a.matrix,
    });
    let actions = bp.actions().iter().map(|a| Item { id: a.id, label: a.title.clone(), action: true, at: a.matrix });
    ideas.chain(actions).collect()
}

/// The edit that places an item.
fn place(bp: &Blueprint, id: Uuid, at: Matrix) -> Option<Edit> {
    if let Some(a) = bp.action(id) {
        return Some(Edit::UpdateAction(Action { matrix: Some(at), ..a.clone() }));
    }
    let a = bp.annotation(crate::model::AnnotationId(id))?;
    Some(Edit::UpdateAnnotation(Annotation { matrix: Some(at), ..a.clone() }))
}

/// The place in the matrix of a point of its square.
fn matrix_at(square: Rect, p: Pos2) -> Matrix {
    let effort = ((p.x - square.left()) / square.width()).clamp(0.0, 1.0);
    let value = ((square.bottom() - p.y) / square.height()).clamp(0.0, 1.0);
    Matrix { value, effort }
}

fn point_of(square: Rect, m: Matrix) -> Pos2 {
    Pos2::new(square.left() + m.effort * square.width(), square.bottom() - m.value * square.height())
}

/// The window's contents.
pub fn matrix_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    let all = items(bp);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(tr("matrix-help")).weak());
        // What the colours of the dots mean.
        for (colour, word) in [(ACTION, tr("matrix-kind-action")), (IDEA, tr("matrix-kind-idea"))] {
            let (dot, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            ui.painter().circle_filled(dot.center(), 6.0, colour);
            ui.label(word);
        }
    });
    ui.horizontal_top(|ui| {
        let side = (ui.available_height() - 40.0).min(ui.available_width() - 240.0).max(240.0);
        let (outer, _) = ui.allocate_exact_size(vec2(side + 24.0, side + 24.0), Sense::hover());
        let square = Rect::from_min_size(outer.min + vec2(24.0, 0.0), vec2(side, side));
        let area = ui.interact(square, ui.scope_id().with("matrix-square"), Sense::hover());
        area.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr("a11y-matrix")));
        draw_square(ui, square);
        // Labels that would cover one another move down a line.
        let mut taken: Vec<Rect> = Vec::new();
        for item in all.iter().filter(|i| i.at.is_some()) {
            let Some(m) = item.at else { continue };
            chip(ui, bp, st, square, item, point_of(square, m), &mut taken);
        }
        ui.vertical(|ui| {
            ui.set_width(220.0);
            ui.label(egui::RichText::new(tr("matrix-unplaced")).strong());
            let unplaced: Vec<&Item> = all.iter().filter(|i| i.at.is_none()).collect();
            if unplaced.is_empty() {
                ui.label(egui::RichText::new(tr("matrix-all-placed")).weak());
            }
            egui::ScrollArea::vertical().max_height(side).show(ui, |ui| {
                for item in unplaced {
                    let (r, _) = ui.allocate_exact_size(vec2(210.0, 26.0), Sense::hover());
                    chip(ui, bp, st, square, item, r.left_center() + vec2(10.0, 0.0), &mut Vec::new());
                }
            });
        });
    });
}

/// The quadrants, their names and the axes.
fn draw_square(ui: &Ui, square: Rect) {
    let p = ui.painter();
    let v = ui.visuals();
    let quick = Color32::from_rgb(226, 243, 228);
    p.rect_filled(Rect::from_min_max(square.min, square.center()), 0.0, quick);
    p.rect_stroke(square, 0.0, Stroke::new(1.5, v.text_color()), StrokeKind::Inside);
    p.line_segment([square.center_top(), square.center_bottom()], Stroke::new(1.0, v.weak_text_color()));
    p.line_segment([square.left_center(), square.right_center()], Stroke::new(1.0, v.weak_text_color()));
    let font = FontId::proportional(15.0);
    let pad = vec2(8.0, 6.0);
    let ink = Color32::from_gray(60);
    p.text(square.left_top() + pad, Align2::LEFT_TOP, tr("matrix-quick_wins"), font.clone(), ink);
    p.text(
        square.right_top() + vec2(-pad.x, pad.y),
        Align2::RIGHT_TOP,
        tr("matrix-big_bets"),
        font.clone(),
        v.text_color(),
    );
    p.text(
        square.left_bottom() + vec2(pad.x, -pad.y),
        Align2::LEFT_BOTTOM,
        tr("matrix-fill_ins"),
        font.clone(),
        v.text_color(),
    );
    p.text(square.right_bottom() - pad, Align2::RIGHT_BOTTOM, tr("matrix-money_pits"), font, v.text_color());
    let axis = FontId::proportional(13.0);
    p.text(
        square.center_bottom() + vec2(0.0, 4.0),
        Align2::CENTER_TOP,
        tr("matrix-effort-axis"),
        axis.clone(),
        v.text_color(),
    );
    let galley = p.layout_no_wrap(tr("matrix-value-axis"), axis, v.text_color());
    let at = square.left_center() + vec2(-20.0, galley.size().x / 2.0);
    p.add(egui::epaint::TextShape::new(at, galley, v.text_color()).with_angle(-std::f32::consts::FRAC_PI_2));
}

/// One item: a dot and its label, dragged to place it.
fn chip(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, square: Rect, item: &Item, at: Pos2, taken: &mut Vec<Rect>) {
    let label = crate::ui::text::one_line_cut(&item.label, 28);
    let font = FontId::proportional(14.0);
    let galley = ui.painter().layout_no_wrap(label.clone(), font, ui.visuals().text_color());
    let rect =
        Rect::from_min_size(at - vec2(8.0, galley.size().y / 2.0), vec2(galley.size().x + 22.0, galley.size().y));
    let id = ui.scope_id().with(("matrix-item", item.id));
    let r = ui.interact(rect, id, Sense::drag());
    let kind = if item.action { tr("matrix-kind-action") } else { tr("matrix-kind-idea") };
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{kind}: {}", item.label)));
    let dragging = st.matrix_drag.filter(|(d, _)| *d == item.id).map(|(_, p)| p);
    let shown = if let Some(p) = ui.input(|i| i.pointer.interact_pos()).filter(|_| r.dragged()) {
        st.matrix_drag = Some((item.id, p));
        p
    } else {
        dragging.unwrap_or(at)
    };
    if r.drag_stopped() {
        st.matrix_drag = None;
        if let Some(p) = ui.input(|i| i.pointer.interact_pos()).filter(|p| square.contains(*p))
            && let Some(edit) = place(bp, item.id, matrix_at(square, p))
        {
            st.actions.push(UiAction::Edit { edit, key: None, then_select: None });
        }
    }
    let painter = ui.painter();
    let colour = if item.action { ACTION } else { IDEA };
    painter.circle_filled(shown, 6.0, colour);
    let mut text_at = shown + vec2(10.0, -galley.size().y / 2.0);
    for _ in 0..6 {
        let r = Rect::from_min_size(text_at, galley.size());
        if !taken.iter().any(|t| t.intersects(r)) {
            break;
        }
        text_at.y += galley.size().y;
    }
    taken.push(Rect::from_min_size(text_at, galley.size()));
    painter.galley(text_at, galley, ui.visuals().text_color());
    r.on_hover_text(format!("{kind}: {}", item.label));
}
