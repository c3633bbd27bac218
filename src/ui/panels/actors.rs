//! The actors panel: add, rename, re-kind and remove actors; choose one to highlight every step
//! it takes part in (the rest dims), with a count per lane.

use crate::edit::{Edit, MergeKey};
use crate::i18n::{tr, tr_args};
use crate::model::{Actor, ActorKind, Blueprint};
use crate::ui::state::{Action, EditorState};
use egui::Ui;

fn kind_name(kind: ActorKind) -> String {
    tr(&format!("actor-kind-{}", kind.as_str()))
}

/// Shows the panel.
pub fn actors_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    ui.heading(tr("actors-heading"));
    ui.label(tr("actors-help"));
    if ui.button(tr("actors-add")).clicked() {
        let actor = Actor::new(tr("actors-new-name"), ActorKind::Person);
        st.actions.push(Action::Edit { edit: Edit::AddActor { index: None, actor }, key: None, then_select: None });
    }
    ui.separator();
    // Each actor's steps, counted once a frame (not once per actor).
    let counts = step_counts(bp);
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for actor in bp.actors() {
            actor_row(ui, bp, st, actor, counts.get(&actor.id).copied().unwrap_or(0));
        }
    });
}

/// How many steps each actor takes part in.
#[must_use]
pub fn step_counts(bp: &Blueprint) -> std::collections::HashMap<crate::model::ActorId, usize> {
    let mut counts = std::collections::HashMap::new();
    for s in bp.steps() {
        for a in &s.actors {
            *counts.entry(*a).or_insert(0) += 1;
        }
    }
    counts
}

fn actor_row(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, actor: &Actor, count: usize) {
    let on = st.highlight_actor == Some(actor.id);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = tr_args("actors-highlight", &[("count", count.into())]);
            if ui.selectable_label(on, label).on_hover_text(tr("actors-highlight-tip")).clicked() {
                st.highlight_actor = if on { None } else { Some(actor.id) };
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button(tr("insp-remove")).clicked() {
                    if on {
                        st.highlight_actor = None;
                    }
                    st.actions.push(Action::Edit { edit: Edit::RemoveActor(actor.id), key: None, then_select: None });
                }
            });
        });
        let mut name = actor.name.clone();
        let r = ui.add(egui::TextEdit::singleline(&mut name).desired_width(f32::INFINITY));
        let label = tr("actors-name");
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
        if r.changed() {
            let edit = Edit::UpdateActor(Actor { name, ..actor.clone() });
            st.actions.push(Action::Edit {
                edit,
                key: Some(MergeKey(format!("actor-name:{}", actor.id))),
                then_select: None,
            });
        }
        let mut kind = actor.kind;
        let r =
            egui::ComboBox::from_id_salt(("actor-kind", actor.id)).selected_text(kind_name(kind)).show_ui(ui, |ui| {
                for k in ActorKind::ALL {
                    ui.selectable_value(&mut kind, *k, kind_name(*k));
                }
            });
        let label = tr("actors-kind");
        r.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
        if kind != actor.kind {
            st.actions.push(Action::Edit {
                edit: Edit::UpdateActor(Actor { kind, ..actor.clone() }),
                key: None,
                then_select: None,
            });
        }
        if on {
            for lane in bp.lanes() {
                let n = bp.steps_with_actor(actor.id).filter(|s| s.lane == lane.id).count();
                if n > 0 {
                    ui.label(format!("{}: {n}", lane.name));
                }
            }
        }
    });
}
