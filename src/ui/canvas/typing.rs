//! Typing a step's title in place, on its card. On a step just made (quick capture), Enter goes
//! on to the next step to the right; on an existing step (F2) Enter only confirms. Tab goes to
//! the lane below; Esc (or a click elsewhere) ends typing.

use crate::edit::Edit;
use crate::layout::Layout;
use crate::model::Blueprint;
use crate::ui::canvas::quick::{Direction, next_step};
use crate::ui::canvas::view::Transform;
use crate::ui::keys::Binding;
use crate::ui::state::{Action, EditorState};
use egui::Ui;

/// How typing ended this frame, if it did.
enum End {
    Stay,
    Next(Direction),
    Done,
}

/// Shows the title editor over the card being typed, if any.
pub fn typing_ui(ui: &mut Ui, bp: &Blueprint, layout: &Layout, st: &mut EditorState, widget: egui::Rect) {
    let Some(typing) = st.typing.as_mut() else { return };
    let Some(card) = layout.card(typing.step) else {
        st.typing = None;
        return;
    };
    let t = Transform::new(widget, &st.view);
    let rect = t.screen_rect(card.rect).shrink(2.0);
    // Take the keys that end typing before the text field sees them.
    let (enter, tab, esc) =
        ui.input_mut(|i| (Binding::TitleNext.take(i), Binding::TitleDown.take(i), Binding::StopTyping.take(i)));
    let size = (layout.metrics.title_size * t.zoom).clamp(12.0, 40.0);
    // The field has the keyboard before it reads this frame's keys: letters typed right after
    // the Enter that made this step belong here (see `EditorState::order_input`).
    let id = egui::Id::unique(("typing title", typing.step));
    if typing.focus_pending {
        ui.memory_mut(|m| m.request_focus(id));
        typing.focus_pending = false;
    }
    let edit = egui::TextEdit::multiline(&mut typing.text)
        .id(id)
        .font(egui::FontId::proportional(size))
        .frame(egui::Frame::NONE.fill(egui::Color32::WHITE).inner_margin(6.0))
        .desired_width(rect.width() - 12.0)
        .hint_text(crate::i18n::tr("canvas-type-title"))
        .return_key(None);
    let response = ui.put(rect, edit);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, crate::i18n::tr("canvas-step-title"))
    });
    let end = if enter && typing.new {
        End::Next(Direction::Right)
    } else if enter {
        End::Done
    } else if tab {
        End::Next(Direction::Down)
    } else if esc || response.lost_focus() {
        End::Done
    } else {
        End::Stay
    };
    if matches!(end, End::Stay) {
        return;
    }
    let Some(typing) = st.typing.take() else { return };
    let text = typing.text.trim().to_owned();
    let Some(step) = bp.step(typing.step) else { return };
    if typing.new && text.is_empty() {
        // An empty new note is not kept: undo its creation.
        st.actions.push(Action::Abandon { key: typing.key });
        return;
    }
    if text != step.title {
        let mut changed = step.clone();
        changed.title = text;
        st.actions.push(Action::Edit { edit: Edit::UpdateStep(changed), key: Some(typing.key), then_select: None });
    }
    if let End::Next(dir) = end {
        next_step(bp, st, step.id, dir);
    }
}
