//! View → Conflicts: what a merge could not decide, in words (step titles, lane names), with
//! both values; keep the blueprint as it is, take ours, take theirs, or type a value. Each choice
//! is one edit (undo brings the conflict back).

use crate::i18n::{language, tr, tr_args};
use crate::merge::resolve::{Choice, resolve};
use crate::merge::words::{conflict_part, kept_words, what_happened};
use crate::model::{Blueprint, Conflict, ConflictKind, Side};
use crate::ui::state::{Action, EditorState};
use egui::Ui;
use serde_json::Value;

/// The panel.
pub fn conflicts_ui(ui: &mut Ui, bp: &Blueprint, editor: &mut EditorState) {
    ui.heading(tr("conflicts-title"));
    if bp.conflicts.is_empty() {
        ui.label(tr("conflicts-none"));
        return;
    }
    ui.label(tr_args("conflicts-intro", &[("n", bp.conflicts.len().into())]));
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for c in &bp.conflicts {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if let Some(choice) = conflict_ui(ui, bp, c, editor) {
                    choose(bp, c, &choice, editor);
                }
            });
            ui.add_space(4.0);
        }
    });
}

fn conflict_ui(ui: &mut Ui, bp: &Blueprint, c: &Conflict, editor: &mut EditorState) -> Option<Choice> {
    let mut choice = None;
    let part = conflict_part(bp, c, language());
    let field = c
        .field
        .as_deref()
        .map(|f| format!(" · {}", crate::merge::words::field_name(f, language())))
        .unwrap_or_default();
    ui.label(egui::RichText::new(format!("{part}{field}")).strong());
    let kept_now = kept_words(c, language());
    let what = what_happened(bp, c, language());
    // A sentence of its own in the panel: a capital first.
    let mut chars = what.chars();
    let what = chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
    ui.label(if kept_now.is_empty() { what } else { format!("{what} ({kept_now})") });
    let kept =
        |side| if c.kept == Some(side) { format!("  ({})", tr("conflicts-in-blueprint")) } else { String::new() };
    let shown = |v: Option<&Value>| crate::merge::words::value_words(bp, c, v, language());
    // A step (or phase) moved out of a cell ours holds: only keeping it where it is fits; moving
    // it is done on the canvas.
    let moved = matches!(c.kind, ConflictKind::SameCell | ConflictKind::SamePhaseStart);
    egui::Grid::new(("conflict", c.id)).num_columns(2).show(ui, |ui| {
        if c.base.is_some() && !moved {
            ui.label(tr("conflicts-base"));
            ui.label(shown(c.base.as_ref()));
            ui.end_row();
        }
        if !moved {
            ui.label(tr("conflicts-ours"));
            ui.label(format!("{}{}", shown(c.ours.as_ref()), kept(Side::Ours)));
            ui.end_row();
        }
        ui.label(tr("conflicts-theirs"));
        ui.label(format!("{}{}", shown(c.theirs.as_ref()), kept(Side::Theirs)));
        ui.end_row();
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr("conflicts-keep")).on_hover_text(tr("conflicts-keep-tip")).clicked() {
            choice = Some(Choice::AsItIs);
        }
        if moved {
            return;
        }
        if c.kept != Some(Side::Ours) && ui.button(tr("conflicts-take-ours")).clicked() {
            choice = Some(Choice::Ours);
        }
        if c.kept != Some(Side::Theirs) && ui.button(tr("conflicts-take-theirs")).clicked() {
            choice = Some(Choice::Theirs);
        }
    });
    // Text can be written by hand: a title that keeps something of both.
    let texts = [&c.ours, &c.theirs].iter().all(|v| v.as_ref().is_none_or(Value::is_string));
    if texts && c.field.is_some() && !moved {
        let open = editor.conflict_text.as_ref().is_some_and(|(id, _)| *id == c.id);
        if open {
            let mut done = false;
            if let Some((_, text)) = editor.conflict_text.as_mut() {
                ui.horizontal(|ui| {
                    let r = ui.add(egui::TextEdit::singleline(text).desired_width(ui.available_width() - 90.0));
                    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr("conflicts-own-value")));
                    if ui.button(tr("conflicts-apply")).clicked() {
                        choice = Some(Choice::Value(Value::String(text.clone())));
                        done = true;
                    }
                });
            }
            if done {
                editor.conflict_text = None;
            }
        } else if ui.small_button(tr("conflicts-write")).clicked() {
            let start = c.ours.as_ref().and_then(Value::as_str).unwrap_or_default().to_owned();
            editor.conflict_text = Some((c.id, start));
        }
    }
    choice
}

fn choose(bp: &Blueprint, c: &Conflict, choice: &Choice, editor: &mut EditorState) {
    match resolve(bp, c.id, choice) {
        Ok(new) => editor.actions.push(Action::Edit {
            edit: crate::edit::Edit::Replace(Box::new(new)),
            key: None,
            then_select: None,
        }),
        Err(refused) => {
            editor.actions.push(Action::Say(tr_args("conflicts-refused", &[("reason", refused.0.into())])));
        }
    }
}
