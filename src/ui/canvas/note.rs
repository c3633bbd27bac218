//! Typing a note (pain point, idea, question …) beside its step, right after Ctrl+1 and the
//! like: the text field has the keyboard at once. Enter keeps the note and gives the keyboard
//! back to the canvas, Shift+Enter starts a new line, Esc (or a click elsewhere) leaves; a new
//! note left empty disappears.

use crate::edit::Edit;
use crate::layout::Layout;
use crate::model::{Annotation, Blueprint, Target};
use crate::ui::canvas::view::Transform;
use crate::ui::keys::Binding;
use crate::ui::state::{Action, EditorState};
use egui::Ui;

/// The width of the note field on screen.
const WIDTH: f32 = 280.0;

/// Shows the note being typed, if any, beside its badge (or its step's card).
pub fn note_ui(ui: &mut Ui, bp: &Blueprint, layout: &Layout, st: &mut EditorState, widget: egui::Rect) {
    let Some(typing) = st.note.as_mut() else { return };
    let Some(note) = bp.annotation(typing.id) else {
        st.note = None;
        return;
    };
    let t = Transform::new(widget, &st.view);
    let anchor = layout
        .badges
        .iter()
        .find(|b| b.annotation == note.id)
        .map(|b| t.screen_from_canvas(b.center))
        .or_else(|| match note.on {
            Target::Step(s) => layout.card(s).map(|c| t.screen_rect(c.rect).right_top()),
            Target::Flow(f) => layout.flows.iter().find(|b| b.flow == f).map(|b| t.screen_from_canvas(b.anchor)),
        })
        .unwrap_or(widget.center());
    // Below and right of the badge, kept inside the canvas.
    let size = egui::vec2(WIDTH, 96.0);
    let mut min = anchor + egui::vec2(-12.0, 16.0);
    min.x = min.x.clamp(widget.left() + 4.0, (widget.right() - size.x - 4.0).max(widget.left()));
    min.y = min.y.clamp(widget.top() + 4.0, (widget.bottom() - size.y - 4.0).max(widget.top()));
    let rect = egui::Rect::from_min_size(min, size);

    let id = egui::Id::unique(("typing note", typing.id));
    let focused = ui.memory(|m| m.has_focus(id));
    let (enter, esc) = if focused || typing.focus_pending {
        ui.input_mut(|i| (Binding::KeepNote.take(i), Binding::LeaveNote.take(i)))
    } else {
        (false, false)
    };
    if typing.focus_pending {
        ui.memory_mut(|m| m.request_focus(id));
        typing.focus_pending = false;
    }
    let kind = crate::ui::text::annotation_name(note.kind);
    let response = ui
        .scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            egui::Frame::popup(ui.style())
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(&kind).strong());
                    let edit = egui::TextEdit::multiline(&mut typing.text)
                        .id(id)
                        .desired_rows(2)
                        .desired_width(WIDTH - 24.0)
                        .hint_text(crate::i18n::tr("canvas-type-note"))
                        .return_key(Some(Binding::NoteNewLine.shortcut()));
                    let r = ui.add(edit);
                    r.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::MultilineTextInput,
                            true,
                            crate::i18n::tr_args("canvas-note-text", &[("kind", kind.clone().into())]),
                        )
                    });
                    r
                })
                .inner
        })
        .inner;
    if !(enter || esc || response.lost_focus()) {
        return;
    }
    let Some(typing) = st.note.take() else { return };
    let text = typing.text.trim_end().to_owned();
    if text.trim().is_empty() && typing.new {
        // A new note left empty is not kept: undo its creation.
        st.actions.push(Action::Abandon { key: typing.key });
    } else if text != note.text {
        let changed = Annotation { text, ..note.clone() };
        st.actions.push(Action::Edit {
            edit: Edit::UpdateAnnotation(changed),
            key: Some(typing.key),
            then_select: None,
        });
    }
    if enter || esc {
        ui.memory_mut(|m| m.surrender_focus(id));
    }
}
