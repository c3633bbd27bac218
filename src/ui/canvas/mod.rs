//! The blueprint canvas widget: pan and zoom, select, drag steps, draw flows, type titles.
//! It never changes the document: it pushes [`Action`]s that the app carries out.

pub mod context;
pub mod hit;
pub mod note;
pub mod overlays;
pub mod paint;
pub mod quick;
pub mod shapes;
pub mod typing;
pub mod view;

use crate::edit::Edit;
use crate::layout::{Layout, Pos, Rect as CanvasRect};
use crate::model::{Annotation, Blueprint, Flow, Step, StepId};
use crate::style::Palette;
use crate::ui::canvas::hit::{HANDLE_RADIUS, Hit, handle_candidates, handle_center, hit};
use crate::ui::canvas::paint::{Scene, color, min_headers, paint};
use crate::ui::canvas::view::{Transform, View};
use crate::ui::keys::Binding;
use crate::ui::state::{Action, Drag, EditorState, Selection};
use egui::{Color32, CornerRadius, PointerButton, Sense, Stroke, StrokeKind, Ui, vec2};

/// Shows the canvas in all of the space `ui` has left.
pub fn canvas_ui(
    ui: &mut Ui,
    bp: &Blueprint,
    layout: &Layout,
    drawing: &crate::draw::Drawing,
    st: &mut EditorState,
    palette: &Palette,
    overlays: crate::ui::canvas::overlays::Overlays<'_>,
) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let widget = response.rect;
    st.view.size = widget.size();
    if st.view.fit_pending {
        fit(&mut st.view, layout, widget.size(), st.projector);
    }
    navigate(ui, &response, layout, &mut st.view);
    let t = Transform::new(widget, &st.view);

    // What shows a flow handle: the selected steps and the one under the pointer.
    let pointer = ui.input(|i| i.pointer.hover_pos());
    let mut handles: Vec<StepId> = st.selection.steps.iter().copied().collect();
    if let Some(p) = pointer {
        // The card under the pointer, and the card whose handle (just right of it) is there.
        handles.extend(handle_candidates(layout, &t, p));
    }
    let handles: Vec<StepId> = if t.zoom >= 0.3 && handles_enabled(st) { handles } else { Vec::new() };

    pointer_input(ui, &response, bp, layout, &t, st, &handles);
    crate::ui::canvas::overlays::inbox_drop(ui, &response, bp, layout, &t, st);

    let scene =
        Scene { bp, layout, drawing, palette, t, screen: widget, focus: st.focus, overlays, projector: st.projector };
    let clipped = painter.with_clip_rect(widget);
    paint(&clipped, &scene);
    paint_overlay(&clipped, &scene, st, &handles, pointer);
    if bp.step_count() == 0 && !st.projector {
        empty_hint(&clipped, &scene);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, crate::i18n::tr("a11y-canvas")));
    if st.drag == Drag::None
        && let Some(tip) = pointer.and_then(|p| hover_text(bp, layout, drawing, &t, p))
    {
        response.on_hover_text(tip);
    }
}

/// A new blueprint says how to start: in the middle of the grid's part in view.
fn empty_hint(p: &egui::Painter, s: &Scene<'_>) {
    let grid = s.t.screen_rect(s.layout.grid());
    // Right of the lane names, over the first cells and the free canvas beyond them.
    let area = s.screen.with_min_x(grid.left().max(s.screen.left())).with_max_y(grid.bottom().min(s.screen.bottom()));
    if !area.is_positive() {
        return;
    }
    let text = crate::i18n::tr("canvas-empty-hint");
    let width = area.width().min(560.0) - 32.0;
    let g = p.layout(text, egui::FontId::proportional(17.0), color(s.palette.text), width.max(120.0));
    let r = egui::Rect::from_center_size(area.center(), g.size() + vec2(32.0, 24.0));
    p.rect(r, 10.0, color(s.palette.background), Stroke::new(1.5, color(s.palette.selection)), StrokeKind::Inside);
    p.galley(r.min + vec2(16.0, 12.0), g, color(s.palette.text));
}

/// What a pointer over the canvas shows: a note's kind and whole text, or a card's whole title
/// (and channel) where the card had to cut it.
fn hover_text(
    bp: &Blueprint,
    layout: &Layout,
    drawing: &crate::draw::Drawing,
    t: &Transform,
    p: egui::Pos2,
) -> Option<String> {
    match hit(layout, t, p, &[]) {
        Hit::Badge(a) => {
            let note = bp.annotation(a)?;
            let kind = crate::ui::text::annotation_name(note.kind);
            let text =
                if note.text.trim().is_empty() { crate::i18n::tr("canvas-note-empty") } else { note.text.clone() };
            Some(format!("{kind}: {text}"))
        }
        Hit::Card(s) => {
            let at = t.canvas_from_screen(p);
            let i = layout.card_indices_in(CanvasRect { min: at, max: at }).find(|&i| layout.cards[i].step == s)?;
            drawing.cards.get(i)?.hover.clone()
        }
        _ => None,
    }
}

/// Fits the view to the layout (the whole blueprint, or all lanes from the left).
pub fn fit(view: &mut View, layout: &Layout, size: egui::Vec2, projector: bool) {
    let m = &layout.metrics;
    let header = vec2(m.lane_header_width, m.phase_header_height);
    view.fit(layout.grid(), header, min_headers(projector), size);
}

/// Pan and zoom: middle-drag, scroll, Ctrl+scroll or pinch; and keep part of the blueprint in view.
fn navigate(ui: &Ui, response: &egui::Response, layout: &Layout, view: &mut View) {
    let widget = response.rect;
    if response.dragged_by(PointerButton::Middle) {
        view.pan += response.drag_delta();
        view.touched();
    }
    if response.hovered() {
        let (scroll, zoom, pointer) =
            ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos().unwrap_or(widget.center())));
        if (zoom - 1.0).abs() > f32::EPSILON {
            view.zoom_at(widget, pointer, zoom);
        } else if scroll != egui::Vec2::ZERO {
            view.pan += scroll;
            view.touched();
        }
    }
    let t = Transform::new(widget, view);
    let b = t.screen_rect(layout.bounds());
    let keep = 80.0;
    let dx = (widget.left() + keep - b.right()).max(0.0) - (b.left() - (widget.right() - keep)).max(0.0);
    let dy = (widget.top() + keep - b.bottom()).max(0.0) - (b.top() - (widget.bottom() - keep)).max(0.0);
    view.pan += vec2(dx, dy);
}

fn pointer_input(
    ui: &Ui,
    response: &egui::Response,
    bp: &Blueprint,
    layout: &Layout,
    t: &Transform,
    st: &mut EditorState,
    handles: &[StepId],
) {
    let modifiers = ui.input(|i| i.modifiers);
    let adding = modifiers.shift || modifiers.command;
    let lane_id = |i: usize| layout.lanes.get(i).map(|l| l.id);

    if response.drag_started_by(PointerButton::Primary)
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        let grab = t.canvas_from_screen(origin);
        // A press on a handle starts a flow, wherever the pointer has moved since: the handles
        // are those shown where the press began, not where the pointer is now.
        let mut shown: Vec<StepId> = handles.to_vec();
        if handles_enabled(st) && t.zoom >= 0.3 {
            shown.extend(handle_candidates(layout, t, origin));
        }
        st.drag = match hit(layout, t, origin, &shown) {
            Hit::Handle(s) => Drag::Connect { from: s },
            Hit::Card(_) if bp.locked || st.vote_mode => Drag::Pan,
            Hit::Card(s) => {
                if !st.selection.steps.contains(&s) {
                    select_step(bp, st, s, adding);
                }
                Drag::Move { steps: st.selection.steps.iter().copied().collect(), grab }
            }
            _ if adding => Drag::Rubber { start: grab },
            _ => Drag::Pan,
        };
    }
    if response.dragged_by(PointerButton::Primary) && st.drag == Drag::Pan {
        st.view.pan += response.drag_delta();
        st.view.touched();
    }
    if response.drag_stopped() {
        let drag = std::mem::take(&mut st.drag);
        if let Some(p) = response.interact_pointer_pos().or_else(|| ui.input(|i| i.pointer.latest_pos())) {
            finish_drag(bp, layout, st, drag, t.canvas_from_screen(p));
        }
    }

    if st.vote_mode {
        vote_input(response, bp, layout, t, st);
        return;
    }
    if response.double_clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        match hit(layout, t, p, &[]) {
            Hit::Card(s) => st.actions.push(Action::Type { step: s, new: false, key: None }),
            Hit::Cell(lane, column) => {
                if let Some(lane) = lane_id(lane) {
                    let step = Step::new(lane, column, "");
                    let key = st.key("new step");
                    let id = step.id;
                    st.actions.push(Action::Edit {
                        edit: Edit::AddStep(step),
                        key: Some(key.clone()),
                        then_select: Some(Box::new(Selection::step(id, lane, column))),
                    });
                    st.actions.push(Action::Type { step: id, new: true, key: Some(key) });
                }
            }
            _ => {}
        }
    } else if (response.clicked() || response.secondary_clicked())
        && let Some(p) = response.interact_pointer_pos()
    {
        let what = hit(layout, t, p, handles);
        let keep = response.secondary_clicked() && matches!(what, Hit::Card(s) if st.selection.steps.contains(&s));
        if !keep {
            click(bp, layout, st, what, adding && response.clicked());
        }
    }
    response.context_menu(|ui| crate::ui::canvas::context::context_menu_ui(ui, bp, st));
}

/// Whether handles are shown at all (not while typing, voting or on the projector).
fn handles_enabled(st: &EditorState) -> bool {
    !st.is_typing() && !st.vote_mode && !st.projector
}

/// Dot voting: a click gives the step or annotation under the pointer a vote, a right-click
/// takes one back.
fn vote_input(response: &egui::Response, bp: &Blueprint, layout: &Layout, t: &Transform, st: &mut EditorState) {
    let delta: i64 = if response.clicked() {
        1
    } else if response.secondary_clicked() {
        -1
    } else {
        return;
    };
    let Some(p) = response.interact_pointer_pos() else { return };
    let add = |votes: u32| u32::try_from((i64::from(votes) + delta).max(0)).unwrap_or(votes);
    let edit = match hit(layout, t, p, &[]) {
        Hit::Badge(a) => {
            bp.annotation(a).map(|n| Edit::UpdateAnnotation(Annotation { votes: add(n.votes), ..n.clone() }))
        }
        Hit::Card(s) => bp.step(s).map(|s| Edit::UpdateStep(Step { votes: add(s.votes), ..s.clone() })),
        _ => None,
    };
    if let Some(edit) = edit {
        st.actions.push(Action::Edit { edit, key: None, then_select: None });
    }
}

fn select_step(bp: &Blueprint, st: &mut EditorState, s: StepId, adding: bool) {
    let Some(step) = bp.step(s) else { return };
    if adding {
        if !st.selection.steps.remove(&s) {
            st.selection.steps.insert(s);
        }
        st.selection.flow = None;
        st.selection.annotation = None;
        st.selection.cell = Some((step.lane, step.column));
    } else {
        st.selection = Selection::step(s, step.lane, step.column);
    }
}

fn click(bp: &Blueprint, layout: &Layout, st: &mut EditorState, what: Hit, adding: bool) {
    match what {
        Hit::Card(s) | Hit::Handle(s) => select_step(bp, st, s, adding),
        Hit::Badge(a) => {
            let step = bp.annotation(a).and_then(|n| match n.on {
                crate::model::Target::Step(s) => Some(s),
                crate::model::Target::Flow(_) => None,
            });
            let mut sel = step
                .and_then(|s| bp.step(s))
                .map_or_else(Selection::default, |s| Selection::step(s.id, s.lane, s.column));
            if let Some(crate::model::Target::Flow(f)) = bp.annotation(a).map(|n| n.on) {
                sel.flow = Some(f);
            }
            sel.annotation = Some(a);
            st.selection = sel;
        }
        Hit::Flow(f) => st.selection = Selection { flow: Some(f), ..Selection::default() },
        Hit::Cell(lane, column) => {
            // The margin around a card belongs to its cell: a click there selects the step.
            st.selection = match layout.lanes.get(lane) {
                Some(l) => match bp.step_at(l.id, column) {
                    Some(s) if !adding => Selection::step(s.id, l.id, column),
                    Some(s) => {
                        select_step(bp, st, s.id, true);
                        return;
                    }
                    None => Selection::cell(l.id, column),
                },
                None => Selection::default(),
            };
        }
        Hit::Nothing => st.selection = Selection::default(),
    }
}

/// Where a move would put the grabbed steps: the column/lane shift, and the column to insert
/// first when the pointer is over the gap between two columns.
pub(crate) fn move_target(layout: &Layout, grab: Pos, at: Pos) -> Option<(i64, i64, Option<u32>)> {
    let (gl, gc) = layout.cell_at(grab)?;
    let (l, c) = layout.cell_at(Pos { x: at.x.max(0.0), y: at.y.clamp(0.0, layout.grid().max.y - 1.0) })?;
    let m = &layout.metrics;
    let within = at.x.max(0.0) - c as f32 * m.column_width;
    // Over the gap between two columns: a new column goes there.
    let insert = if within < m.card_margin && c > 0 {
        Some(c)
    } else if within > m.column_width - m.card_margin {
        Some(c + 1)
    } else {
        None
    };
    let dc = match insert {
        Some(k) => i64::from(k) - i64::from(gc),
        None => i64::from(c) - i64::from(gc),
    };
    Some((diff(l, gl), dc, insert))
}

/// `a - b` for indices.
fn diff(a: usize, b: usize) -> i64 {
    i64::try_from(a).unwrap_or(i64::MAX) - i64::try_from(b).unwrap_or(i64::MAX)
}

/// An index moved by `d`, if it stays at 0 or more.
fn shift(i: usize, d: i64) -> Option<usize> {
    usize::try_from(i64::try_from(i).ok()?.checked_add(d)?).ok()
}

/// A column moved by `d`, if it stays at 0 or more.
fn shift_column(c: u32, d: i64) -> Option<u32> {
    u32::try_from(i64::from(c).checked_add(d)?).ok()
}

fn finish_drag(bp: &Blueprint, layout: &Layout, st: &mut EditorState, drag: Drag, at: Pos) {
    match drag {
        Drag::Move { steps, grab } => {
            let Some((dl, dc, insert)) = move_target(layout, grab, at) else { return };
            if dl == 0 && dc == 0 && insert.is_none() {
                return;
            }
            let mut moves = Vec::with_capacity(steps.len());
            for s in &steps {
                let Some(step) = bp.step(*s) else { continue };
                let lane = bp.lane_index(step.lane).and_then(|i| shift(i, dl));
                let (Some(lane), Some(column)) = (lane, shift_column(step.column, dc)) else {
                    st.actions.push(Action::Say(crate::i18n::tr("msg-edge")));
                    return;
                };
                let Some(lane_id) = bp.lanes().get(lane).map(|l| l.id) else {
                    st.actions.push(Action::Say(crate::i18n::tr("msg-last-lane-move")));
                    return;
                };
                moves.push((*s, lane_id, column));
            }
            let mut edits = Vec::new();
            if let Some(k) = insert {
                edits.push(Edit::InsertColumn(k));
            }
            edits.push(Edit::MoveSteps(moves.clone()));
            let then = moves.first().map(|&(s, l, c)| {
                let mut sel = Selection::step(s, l, c);
                sel.steps = moves.iter().map(|m| m.0).collect();
                sel
            });
            st.actions.push(Action::Edit {
                edit: crate::edit::batch(edits),
                key: None,
                then_select: then.map(Box::new),
            });
        }
        Drag::Connect { from } => {
            if let Some(card) = layout.card_at(at)
                && card.step != from
            {
                let flow = Flow::new(from, card.step);
                let id = flow.id;
                let then = Selection { flow: Some(id), ..Selection::default() };
                st.actions.push(Action::Edit {
                    edit: Edit::AddFlow(flow),
                    key: None,
                    then_select: Some(Box::new(then)),
                });
            }
        }
        Drag::Rubber { start } => {
            let r = CanvasRect::around(&[start, at]);
            let found: Vec<StepId> = layout.cards_in(r).map(|c| c.step).collect();
            st.selection.flow = None;
            st.selection.annotation = None;
            st.selection.steps.extend(found);
        }
        Drag::Pan | Drag::None => {}
    }
}

/// Selection highlights, handles, and what a drag in progress would do.
fn paint_overlay(p: &egui::Painter, s: &Scene<'_>, st: &EditorState, handles: &[StepId], pointer: Option<egui::Pos2>) {
    let sel = color(s.palette.selection);
    for id in &st.selection.steps {
        if let Some(card) = s.layout.card(*id) {
            p.rect_stroke(s.t.screen_rect(card.rect).expand(2.0), 9.0, Stroke::new(3.0, sel), StrokeKind::Outside);
        }
    }
    if let Some((lane, column)) = st.selection.cell
        && st.selection.steps.is_empty()
        && let Some(li) = s.bp.lane_index(lane)
    {
        let r = s.t.screen_rect(s.layout.card_rect(li, column));
        p.add(egui::Shape::dashed_line(
            &[r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()],
            Stroke::new(2.0, sel),
            8.0,
            5.0,
        ));
        p.text(r.center(), egui::Align2::CENTER_CENTER, "+", egui::FontId::proportional(s.t.zoom * 28.0), sel);
    }
    if let Some(f) = st.selection.flow.and_then(|f| s.layout.flows.iter().find(|b| b.flow == f)) {
        let pts: Vec<egui::Pos2> = f.points.iter().map(|&q| s.t.screen_from_canvas(q)).collect();
        p.line(pts, Stroke::new(5.0, sel.gamma_multiply(0.5)));
    }
    // Connecting by keyboard: a line from the source to the cell the arrows chose.
    if let Some(card) = st.connect_from.and_then(|f| s.layout.card(f)) {
        let from = handle_center(&s.t, card);
        let to = st
            .selection
            .cell
            .and_then(|(lane, column)| s.bp.lane_index(lane).map(|i| s.layout.card_rect(i, column)))
            .map_or(from, |r| s.t.screen_rect(r).center());
        p.add(egui::Shape::dashed_line(&[from, to], Stroke::new(3.0, sel), 10.0, 6.0));
        p.circle(from, HANDLE_RADIUS, sel, Stroke::new(2.0, Color32::WHITE));
    }
    for id in handles {
        if let Some(card) = s.layout.card(*id) {
            let c = handle_center(&s.t, card);
            p.circle(c, HANDLE_RADIUS, Color32::WHITE, Stroke::new(2.0, sel));
        }
    }
    let Some(pointer) = pointer else { return };
    let at = s.t.canvas_from_screen(pointer);
    match &st.drag {
        Drag::Move { steps, grab } => {
            if let Some((dl, dc, insert)) = move_target(s.layout, *grab, at) {
                if let Some(k) = insert {
                    let x = s.t.screen_from_canvas(Pos { x: k as f32 * s.layout.metrics.column_width, y: 0.0 }).x;
                    let y = s.t.screen_rect(s.layout.grid()).y_range();
                    p.vline(x, y, Stroke::new(4.0, sel));
                }
                for id in steps {
                    let Some(card) = s.layout.card(*id) else { continue };
                    if let (Some(lane), Some(col)) = (shift(card.lane, dl), shift_column(card.column, dc))
                        && lane < s.layout.lanes.len()
                    {
                        let r = s.t.screen_rect(s.layout.card_rect(lane, col));
                        p.rect(r, 8.0, sel.gamma_multiply(0.15), Stroke::new(2.0, sel), StrokeKind::Inside);
                    }
                }
            }
        }
        Drag::Connect { from } => {
            // The step a release would connect to stands out; the preview line follows the pointer.
            if let Some(target) = s.layout.card_at(at).filter(|c| c.step != *from) {
                let r = s.t.screen_rect(target.rect).expand(3.0);
                p.rect(r, 9.0, sel.gamma_multiply(0.12), Stroke::new(3.0, sel), StrokeKind::Outside);
            }
            if let Some(card) = s.layout.card(*from) {
                p.arrow(handle_center(&s.t, card), pointer - handle_center(&s.t, card), Stroke::new(2.5, sel));
            }
        }
        Drag::Rubber { start } => {
            let r = egui::Rect::from_two_pos(s.t.screen_from_canvas(*start), pointer);
            p.rect(r, CornerRadius::ZERO, sel.gamma_multiply(0.1), Stroke::new(1.0, sel), StrokeKind::Inside);
        }
        Drag::Pan | Drag::None => {}
    }
}

/// The keys that work on the canvas when no text is being typed: arrows move the selected cell.
pub fn keyboard(ui: &Ui, bp: &Blueprint, layout: &Layout, st: &mut EditorState) {
    if st.is_typing() || ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let (left, right, up, down, esc, tab) = ui.input_mut(|i| {
        (
            Binding::MoveLeft.take(i),
            Binding::MoveRight.take(i),
            Binding::MoveUp.take(i),
            Binding::MoveDown.take(i),
            Binding::Deselect.take(i),
            Binding::LaneBelow.take(i),
        )
    });
    if esc && st.connect_from.take().is_some() {
        st.actions.push(Action::Say(crate::i18n::tr("msg-connect-cancelled")));
    } else if esc {
        st.selection = Selection::default();
    }
    if tab && let Some(s) = st.selection.single_step() {
        crate::ui::canvas::quick::next_step(bp, st, s, crate::ui::canvas::quick::Direction::Down);
    }
    let (dl, dc): (i64, i64) = (i64::from(down) - i64::from(up), i64::from(right) - i64::from(left));
    if dl == 0 && dc == 0 {
        return;
    }
    let Some((lane, column)) = st.selection.cell.and_then(|(l, c)| bp.lane_index(l).map(|i| (i, c))) else {
        // Nothing selected yet: start at the first column of the customer lane.
        let lane = bp.lanes().iter().find(|l| l.kind == crate::model::LaneKind::Customer).or(bp.lanes().first());
        if let Some(lane) = lane {
            st.selection = match bp.step_at(lane.id, 0) {
                Some(s) => Selection::step(s.id, lane.id, 0),
                None => Selection::cell(lane.id, 0),
            };
        }
        return;
    };
    let lane = shift(lane, dl).unwrap_or(0).min(bp.lanes().len().saturating_sub(1));
    let column = shift_column(column, dc).unwrap_or(0).min(crate::model::MAX_COLUMN);
    let Some(lane_id) = bp.lanes().get(lane).map(|l| l.id) else { return };
    st.selection = match bp.step_at(lane_id, column) {
        Some(s) => Selection::step(s.id, lane_id, column),
        None => Selection::cell(lane_id, column),
    };
    st.view.reveal(layout.card_rect(lane, column));
}
