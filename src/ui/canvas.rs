//! The blueprint canvas widget: pan, zoom and paint. Editing comes through intents later; this
//! widget never changes the document.

use super::paint::{MIN_LANE_HEADER_PX, MIN_PHASE_HEADER_PX, Scene, paint};
use super::view::{Transform, View};
use crate::layout::Layout;
use crate::model::Blueprint;
use crate::style::Palette;
use egui::{Key, Sense, Ui, vec2};

/// Shows the canvas in all of the space `ui` has left.
pub fn canvas_ui(ui: &mut Ui, bp: &Blueprint, layout: &Layout, view: &mut View, palette: &Palette) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let widget = response.rect;
    let fit = |view: &mut View| {
        let m = &layout.metrics;
        let header = vec2(m.lane_header_width, m.phase_header_height);
        view.fit(layout.grid(), header, vec2(MIN_LANE_HEADER_PX, MIN_PHASE_HEADER_PX), widget.size());
    };
    if view.fit_pending {
        fit(view);
    }

    // Pan: drag the background (primary or middle button), or scroll.
    if response.dragged() {
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
    let typing = ui.ctx().egui_wants_keyboard_input();
    let keys = ui.input(|i| {
        let plain = !i.modifiers.command && !typing;
        (
            plain && (i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals)),
            plain && i.key_pressed(Key::Minus),
            plain && i.key_pressed(Key::Num0),
        )
    });
    if keys.0 {
        view.zoom_at(widget, widget.center(), 1.25);
    }
    if keys.1 {
        view.zoom_at(widget, widget.center(), 1.0 / 1.25);
    }
    if keys.2 {
        view.fit_pending = true;
        view.fit_whole = true;
        fit(view);
    }
    // Keep some of the blueprint in view, so that it cannot be lost by panning.
    let t = Transform::new(widget, view);
    let b = t.screen_rect(layout.bounds());
    let keep = 80.0;
    let dx = (widget.left() + keep - b.right()).max(0.0) - (b.left() - (widget.right() - keep)).max(0.0);
    let dy = (widget.top() + keep - b.bottom()).max(0.0) - (b.top() - (widget.bottom() - keep)).max(0.0);
    view.pan += vec2(dx, dy);

    let scene = Scene { bp, layout, palette, t: Transform::new(widget, view), screen: widget };
    paint(&painter.with_clip_rect(widget), &scene);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Blueprint canvas"));
}
