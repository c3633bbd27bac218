//! View → Actions: what the workshop decided to do. Each action has a title, an owner (an actor
//! or a name), a due date, a status and what it answers (steps, pain points, ideas); filter by
//! status and owner; Ctrl+Shift+A makes one from the selected pain point, idea or step. Every
//! change is an edit (typing in a field is one undo step).

use crate::analysis::actions::{answered, owner_name};
use crate::edit::{Edit, MergeKey};
use crate::i18n::{tr, tr_args};
use crate::model::{Action, ActionStatus, ActorId, Blueprint, is_date};
use crate::ui::state::{Action as UiAction, EditorState, Selection};
use egui::{RichText, Ui};
use uuid::Uuid;

/// The filters of the panel (view state).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionFilter {
    pub status: Option<ActionStatus>,
    /// An owner's name.
    pub owner: Option<String>,
}

fn status_words(s: ActionStatus) -> String {
    tr(&format!("action-status-{}", s.as_str()))
}

/// What the selection offers to link: the selected note, else the selected steps.
#[must_use]
pub fn selected_parts(sel: &Selection) -> Vec<Uuid> {
    match sel.annotation {
        Some(a) => vec![a.0],
        None => sel.steps.iter().map(|s| s.0).collect(),
    }
}

/// A new action answering the selection (its title from the note or step), or `None` (with
/// the reason in words) when nothing is selected.
pub fn action_from_selection(bp: &Blueprint, sel: &Selection) -> Result<Action, String> {
    let parts = selected_parts(sel);
    let first = parts.first().and_then(|id| answered(bp, *id)).ok_or_else(|| tr("actions-select-first"))?;
    let mut action = Action::new(tr_args("actions-title-from", &[("text", first.text.into())]));
    action.links = parts;
    Ok(action)
}

fn push(st: &mut EditorState, edit: Edit, key: Option<String>) {
    st.actions.push(UiAction::Edit { edit, key: key.map(MergeKey), then_select: None });
}

/// The panel.
pub fn actions_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    ui.heading(tr("actions-heading"));
    ui.label(egui::RichText::new(tr("actions-help")).weak());
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr("actions-new")).clicked() {
            push(st, Edit::AddAction { index: Some(0), action: Action::new(tr("actions-new-title")) }, None);
        }
        let hint = crate::ui::command::Command::AddAction.tooltip();
        if ui.button(tr("actions-from-selection")).on_hover_text(hint).clicked() {
            st.run(crate::ui::command::Command::AddAction);
        }
    });
    filters_ui(ui, bp, st);
    ui.separator();
    let shown: Vec<&Action> = bp
        .actions()
        .iter()
        .filter(|a| st.action_filter.status.is_none_or(|s| s == a.status))
        .filter(|a| st.action_filter.owner.as_ref().is_none_or(|o| owner_name(bp, a).as_ref() == Some(o)))
        .collect();
    if bp.actions().is_empty() {
        ui.label(tr("actions-none"));
    } else if shown.is_empty() {
        ui.label(tr("actions-none-shown"));
    }
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for a in shown {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                action_ui(ui, bp, st, a);
            });
            ui.add_space(4.0);
        }
    });
}

fn filters_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr("actions-filter-status"));
        let f = &mut st.action_filter;
        let shown = f.status.map_or_else(|| tr("actions-all"), status_words);
        egui::ComboBox::from_id_salt("action-filter-status")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut f.status, None, tr("actions-all"));
                for s in ActionStatus::ALL {
                    ui.selectable_value(&mut f.status, Some(*s), status_words(*s));
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(tr("actions-filter-owner"));
        let mut owners: Vec<String> = bp.actions().iter().filter_map(|a| owner_name(bp, a)).collect();
        owners.sort();
        owners.dedup();
        let shown = f.owner.clone().unwrap_or_else(|| tr("actions-all"));
        egui::ComboBox::from_id_salt("action-filter-owner")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut f.owner, None, tr("actions-all"));
                for o in owners {
                    ui.selectable_value(&mut f.owner, Some(o.clone()), o);
                }
            })
            .response
            .labelled_by(label.id);
    });
}

#[allow(clippy::too_many_lines, reason = "one block per field of an action, in the order shown")]
fn action_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, a: &Action) {
    let key = |field: &str| Some(format!("action-{field}:{}", a.id));
    let mut title = a.title.clone();
    // Wrapped, so that a long title shows whole; a title is one line (Enter adds no break).
    let r = ui.add(egui::TextEdit::multiline(&mut title).desired_rows(1).desired_width(f32::INFINITY));
    let label = tr("actions-title");
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
    if r.changed() {
        let title = title.replace(['\n', '\r'], " ");
        push(st, Edit::UpdateAction(Action { title, ..a.clone() }), key("title"));
    }
    egui::Grid::new(("action", a.id)).num_columns(2).show(ui, |ui| {
        // The owner: one of the actors, or a name typed in.
        let label = ui.label(tr("actions-owner"));
        let owner = owner_name(bp, a).unwrap_or_else(|| tr("actions-no-owner"));
        let mut choice: Option<Option<ActorId>> = None;
        egui::ComboBox::from_id_salt(("action-owner", a.id))
            .selected_text(owner)
            .show_ui(ui, |ui| {
                if ui.selectable_label(a.owner.is_none() && a.owner_name.is_none(), tr("actions-no-owner")).clicked() {
                    choice = Some(None);
                }
                // People, teams and organisations own actions; a system or the case file does not.
                let owners = bp.actors().iter().filter(|a| {
                    !matches!(a.kind, crate::model::ActorKind::System | crate::model::ActorKind::Information)
                });
                for actor in owners {
                    if ui.selectable_label(a.owner == Some(actor.id), &actor.name).clicked() {
                        choice = Some(Some(actor.id));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if let Some(owner) = choice {
            push(st, Edit::UpdateAction(Action { owner, owner_name: None, ..a.clone() }), None);
        }
        ui.end_row();
        let label = ui.label(tr("actions-owner-name"));
        let mut name = a.owner_name.clone().unwrap_or_default();
        let r = ui.add(egui::TextEdit::singleline(&mut name).hint_text(tr("actions-owner-name-hint")));
        let r = r.labelled_by(label.id);
        if r.changed() {
            let owner_name = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
            let owner = if owner_name.is_some() { None } else { a.owner };
            push(st, Edit::UpdateAction(Action { owner, owner_name, ..a.clone() }), key("owner"));
        }
        ui.end_row();
        // The due date: typed freely, kept once it is a date (or empty).
        let label = ui.label(tr("actions-due"));
        let typed = st.action_due.as_ref().filter(|(id, _)| *id == a.id).map(|(_, t)| t.clone());
        let mut due = typed.clone().unwrap_or_else(|| a.due.clone().unwrap_or_default());
        ui.horizontal(|ui| {
            let r = ui.add(egui::TextEdit::singleline(&mut due).desired_width(110.0).hint_text("2027-03-31"));
            let r = r.labelled_by(label.id);
            if r.changed() {
                let text = due.trim();
                if text.is_empty() || is_date(text) {
                    st.action_due = None;
                    let due = Some(text.to_owned()).filter(|d| !d.is_empty());
                    push(st, Edit::UpdateAction(Action { due, ..a.clone() }), key("due"));
                } else {
                    st.action_due = Some((a.id, due.clone()));
                }
            }
            if typed.is_some_and(|t| !t.trim().is_empty() && !is_date(t.trim())) {
                let hint = RichText::new(tr("actions-due-invalid")).color(ui.visuals().error_fg_color);
                ui.add(egui::Label::new(hint).wrap());
            }
        });
        ui.end_row();
        let label = ui.label(tr("actions-status"));
        let mut status = a.status;
        egui::ComboBox::from_id_salt(("action-status", a.id))
            .selected_text(status_words(status))
            .show_ui(ui, |ui| {
                for s in ActionStatus::ALL {
                    ui.selectable_value(&mut status, *s, status_words(*s));
                }
            })
            .response
            .labelled_by(label.id);
        if status != a.status {
            push(st, Edit::UpdateAction(Action { status, ..a.clone() }), None);
        }
        ui.end_row();
    });
    // What it answers.
    let links: Vec<Uuid> = bp.live_links(a).collect();
    if links.is_empty() {
        ui.label(egui::RichText::new(tr("actions-answers-nothing")).weak());
    } else {
        ui.label(tr("actions-answers"));
    }
    for id in links {
        let Some(x) = answered(bp, id) else { continue };
        ui.horizontal_top(|ui| {
            let kind = tr(&format!("answers-kind-{}", x.kind));
            if ui.small_button("×").on_hover_text(tr("actions-unlink")).clicked() {
                let links = a.links.iter().copied().filter(|l| *l != id).collect();
                push(st, Edit::UpdateAction(Action { links, ..a.clone() }), None);
            }
            ui.add(egui::Label::new(format!("{kind}: {}", x.text)).wrap());
        });
    }
    ui.horizontal_wrapped(|ui| {
        let parts: Vec<Uuid> = selected_parts(&st.selection).into_iter().filter(|p| !a.links.contains(p)).collect();
        if ui.add_enabled(!parts.is_empty(), egui::Button::new(tr("actions-link-selection"))).clicked() {
            let mut links = a.links.clone();
            links.extend(parts);
            push(st, Edit::UpdateAction(Action { links, ..a.clone() }), None);
        }
        if let Some(m) = a.matrix {
            ui.label(egui::RichText::new(tr(&format!("matrix-{}", m.quadrant()))).weak());
        }
        if ui.button(tr("actions-delete")).clicked() {
            push(st, Edit::RemoveAction(a.id), None);
        }
    });
}
