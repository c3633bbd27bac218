//! The inspector: every field of the selection, and the annotations on it. With nothing
//! selected it shows the blueprint itself: title, description, lanes and phases.

use crate::edit::{Edit, MergeKey, remove_lane_with_steps};
use crate::i18n::{tr, tr_args};
use crate::model::{
    Annotation, AnnotationKind, Blueprint, CHANNEL_SUGGESTIONS, Lane, LaneKind, Perspective, Phase, Target,
};
use crate::ui::state::{Action, EditorState};
use crate::ui::text;
use egui::Ui;

/// Typing in one field of one object is one undo step.
fn merge(field: &str, id: impl std::fmt::Display) -> MergeKey {
    MergeKey(format!("{field}:{id}"))
}

/// Gives a widget without a visible label its name for screen readers (and tests).
fn named(r: &egui::Response, role: egui::Role, name: &str) {
    let name = name.to_owned();
    r.widget_info(move || egui::WidgetInfo::labeled(role, true, &name));
}

fn push(a: &mut Vec<Action>, edit: Edit, key: Option<MergeKey>) {
    a.push(Action::Edit { edit, key, then_select: None });
}

/// A labelled single-line text field; returns the new text when it changed.
fn text_field(ui: &mut Ui, label: String, value: &str, multiline: bool) -> Option<String> {
    let label = ui.label(label);
    let mut s = value.to_owned();
    let edit =
        if multiline { egui::TextEdit::multiline(&mut s).desired_rows(2) } else { egui::TextEdit::singleline(&mut s) };
    let r = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(label.id);
    r.changed().then_some(s)
}

/// Shows the inspector for the current selection.
pub fn inspector_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        let sel = st.selection.clone();
        if let Some(id) = sel.single_step() {
            step_ui(ui, bp, st, id);
        } else if sel.steps.len() > 1 {
            ui.heading(tr_args("insp-many", &[("count", sel.steps.len().into())]));
            ui.label(tr("insp-many-help"));
        } else if let Some(f) = sel.flow {
            flow_ui(ui, bp, st, f);
        } else {
            blueprint_ui(ui, bp, st);
        }
    });
}

fn step_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, id: crate::model::StepId) {
    let Some(step) = bp.step(id) else { return };
    let a = &mut st.actions;
    ui.heading(tr("insp-step"));
    if let Some(t) = text_field(ui, tr("insp-title"), &step.title, false) {
        push(a, Edit::UpdateStep(crate::model::Step { title: t, ..step.clone() }), Some(merge("title", id)));
    }
    if let Some(d) = text_field(ui, tr("insp-description"), step.description.as_deref().unwrap_or(""), true) {
        let description = (!d.is_empty()).then_some(d);
        push(a, Edit::UpdateStep(crate::model::Step { description, ..step.clone() }), Some(merge("description", id)));
    }
    ui.horizontal(|ui| {
        if let Some(c) = text_field(ui, tr("insp-channel"), step.channel.as_deref().unwrap_or(""), false) {
            let channel = (!c.is_empty()).then_some(c);
            push(a, Edit::UpdateStep(crate::model::Step { channel, ..step.clone() }), Some(merge("channel", id)));
        }
    });
    ui.horizontal_wrapped(|ui| {
        // The usual channels, in the interface language (a channel is free text).
        for suggestion in CHANNEL_SUGGESTIONS {
            let word = tr(&format!("channel-{}", suggestion.replace(' ', "-")));
            if ui.small_button(&word).clicked() {
                let channel = Some(word);
                push(a, Edit::UpdateStep(crate::model::Step { channel, ..step.clone() }), None);
            }
        }
    });
    ui.add_space(4.0);
    let lane_name = bp.lane(step.lane).map_or("?", |l| l.name.as_str());
    let column = step.column + 1;
    ui.label(match bp.phase_at(step.column) {
        Some(p) => tr_args(
            "insp-where-phase",
            &[("lane", lane_name.into()), ("column", column.into()), ("phase", p.name.clone().into())],
        ),
        None => tr_args("insp-where", &[("lane", lane_name.into()), ("column", column.into())]),
    });
    ui.separator();
    crate::ui::panels::measures::measures_ui(ui, step, &mut st.actions);
    ui.separator();
    step_actors_ui(ui, bp, step, &mut st.actions);
    annotations_ui(ui, bp, st, Target::Step(id));
}

/// The actors taking part in a step, as checkboxes.
fn step_actors_ui(ui: &mut Ui, bp: &Blueprint, step: &crate::model::Step, a: &mut Vec<Action>) {
    if bp.actors().is_empty() {
        return;
    }
    ui.label(egui::RichText::new(tr("insp-actors")).strong());
    ui.horizontal_wrapped(|ui| {
        for actor in bp.actors() {
            let mut on = step.actors.contains(&actor.id);
            if ui.checkbox(&mut on, &actor.name).changed() {
                let mut changed = step.clone();
                if on {
                    changed.actors.push(actor.id);
                } else {
                    changed.actors.retain(|x| *x != actor.id);
                }
                push(a, Edit::UpdateStep(changed), None);
            }
        }
    });
    ui.separator();
}

/// The channel of a question or message, and the questions a message answers.
fn interaction_fields(ui: &mut Ui, bp: &Blueprint, note: &Annotation, a: &mut Vec<Action>) {
    if !matches!(note.kind, AnnotationKind::Question | AnnotationKind::Message) {
        return;
    }
    if let Some(c) = text_field(ui, tr("insp-channel"), note.channel.as_deref().unwrap_or(""), false) {
        let channel = (!c.is_empty()).then_some(c);
        push(a, Edit::UpdateAnnotation(Annotation { channel, ..note.clone() }), Some(merge("note-channel", note.id)));
    }
    if note.kind != AnnotationKind::Message {
        return;
    }
    let mut questions: Vec<(u32, &Annotation)> = bp
        .annotations()
        .iter()
        .filter(|q| q.kind == AnnotationKind::Question)
        .filter_map(|q| crate::analysis::interaction::column_of(bp, q).map(|c| (c, q)))
        .collect();
    questions.sort_by_key(|(c, _)| *c);
    ui.label(egui::RichText::new(tr("insp-answers")).strong());
    if questions.is_empty() {
        ui.label(tr("insp-no-questions"));
    }
    for (column, q) in questions {
        let mut on = note.answers.contains(&q.id);
        let text = if q.text.is_empty() { tr("insp-empty-question") } else { q.text.clone() };
        if ui.checkbox(&mut on, format!("{} ({})", text, column + 1)).changed() {
            let mut changed = note.clone();
            if on {
                changed.answers.push(q.id);
            } else {
                changed.answers.retain(|x| *x != q.id);
            }
            push(a, Edit::UpdateAnnotation(changed), None);
        }
    }
}

fn flow_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, id: crate::model::FlowId) {
    let Some(flow) = bp.flow(id) else { return };
    let a = &mut st.actions;
    ui.heading(tr("insp-flow"));
    let title = |s| bp.step(s).map_or("?", |s: &crate::model::Step| s.title.as_str());
    ui.label(tr_args("insp-from-to", &[("from", title(flow.from).into()), ("to", title(flow.to).into())]));
    if let Some(l) = text_field(ui, tr("insp-label"), flow.label.as_deref().unwrap_or(""), false) {
        let label = (!l.is_empty()).then_some(l);
        push(a, Edit::UpdateFlow(crate::model::Flow { label, ..flow.clone() }), Some(merge("label", id)));
    }
    let mut two_way = flow.two_way;
    if ui.checkbox(&mut two_way, crate::ui::command::Command::TwoWayFlow.label()).changed() {
        push(a, Edit::UpdateFlow(crate::model::Flow { two_way, ..flow.clone() }), None);
    }
    ui.horizontal(|ui| {
        if ui.button(crate::ui::command::Command::FlipFlow.label()).clicked() {
            push(a, Edit::ReverseFlow(id), None);
        }
        if ui.button(tr("insp-delete-flow")).clicked() {
            a.push(Action::Edit { edit: Edit::RemoveFlow(id), key: None, then_select: Some(Box::default()) });
        }
    });
    ui.separator();
    annotations_ui(ui, bp, st, Target::Flow(id));
}

fn annotations_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, on: Target) {
    ui.heading(tr("insp-annotations"));
    let selected = st.selection.annotation;
    let a = &mut st.actions;
    ui.horizontal_wrapped(|ui| {
        for kind in AnnotationKind::ALL {
            if ui.button(tr_args("insp-add", &[("kind", text::annotation_name(kind).into())])).clicked() {
                let note = Annotation::new(kind, on, "");
                push(a, Edit::AddAnnotation { index: None, annotation: note }, None);
            }
        }
    });
    for note in bp.annotations_on(on) {
        let frame = egui::Frame::group(ui.style());
        let frame = if selected == Some(note.id) {
            frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color))
        } else {
            frame
        };
        frame.show(ui, |ui| {
            ui.horizontal(|ui| {
                let mut kind = note.kind;
                let r = egui::ComboBox::from_id_salt(("kind", note.id))
                    .selected_text(text::annotation_name(kind))
                    .show_ui(ui, |ui| {
                        for k in AnnotationKind::ALL {
                            ui.selectable_value(&mut kind, k, text::annotation_name(k));
                        }
                    });
                named(&r.response, egui::Role::ComboBox, &tr("insp-kind-of"));
                if kind != note.kind {
                    let mut changed = Annotation::new(kind, on, note.text.clone());
                    changed.id = note.id;
                    changed.votes = note.votes;
                    changed.channel.clone_from(&note.channel);
                    if kind == AnnotationKind::Message {
                        changed.answers.clone_from(&note.answers);
                    }
                    changed.extra = note.extra.clone();
                    push(a, Edit::UpdateAnnotation(changed), None);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.small_button(tr("insp-remove")).clicked() {
                        push(a, Edit::RemoveAnnotation(note.id), None);
                    }
                });
            });
            let mut t = note.text.clone();
            let r = ui.add(
                egui::TextEdit::multiline(&mut t)
                    .desired_rows(1)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr("insp-what")),
            );
            named(&r, egui::Role::MultilineTextInput, &tr("insp-text-of"));
            if r.changed() {
                push(a, Edit::UpdateAnnotation(Annotation { text: t, ..note.clone() }), Some(merge("note", note.id)));
            }
            ui.horizontal(|ui| {
                if note.kind == AnnotationKind::PainPoint {
                    ui.label(tr("insp-severity"));
                    for s in 1..=3u8 {
                        if ui.selectable_label(note.severity == Some(s), s.to_string()).clicked() {
                            push(a, Edit::UpdateAnnotation(Annotation { severity: Some(s), ..note.clone() }), None);
                        }
                    }
                }
                if note.kind == AnnotationKind::MomentOfTruth {
                    for p in Perspective::ALL {
                        if ui.selectable_label(note.perspective == Some(p), text::perspective_name(p)).clicked() {
                            push(a, Edit::UpdateAnnotation(Annotation { perspective: Some(p), ..note.clone() }), None);
                        }
                    }
                }
                let mut votes = note.votes;
                let label = ui.label(tr("insp-votes"));
                if ui.add(egui::DragValue::new(&mut votes).range(0..=999)).labelled_by(label.id).changed() {
                    push(
                        a,
                        Edit::UpdateAnnotation(Annotation { votes, ..note.clone() }),
                        Some(merge("votes", note.id)),
                    );
                }
            });
            interaction_fields(ui, bp, note, a);
        });
    }
}

/// The widths in a lane row: one for every kind box (the widest kind name in this language plus
/// the arrow), so the buttons after it line up from row to row; the buttons; the gap between
/// items. The name takes what the row leaves.
fn lane_row_widths(ui: &Ui) -> (f32, f32, f32) {
    let measure = |t: &str| {
        egui::WidgetText::from(t)
            .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, egui::TextStyle::Button)
            .size()
            .x
    };
    let sp = ui.spacing();
    let kind_width = LaneKind::ALL.iter().map(|&k| measure(&text::lane_kind_name(k))).fold(0.0, f32::max)
        + sp.icon_width
        + sp.icon_spacing
        + 2.0 * sp.button_padding.x
        + 4.0;
    let gap = sp.item_spacing.x;
    let buttons = measure(&tr("insp-up")) + measure(&tr("insp-down")) + measure("×") + 3.0 * (8.0 + gap);
    (kind_width, buttons, gap)
}

fn blueprint_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    let a = &mut st.actions;
    ui.heading(tr("insp-blueprint"));
    if let Some(t) = text_field(ui, tr("insp-title"), &bp.title, false) {
        push(a, Edit::SetInfo { title: t, description: bp.description.clone() }, Some(merge("info-title", bp.id)));
    }
    if let Some(d) = text_field(ui, tr("insp-description"), bp.description.as_deref().unwrap_or(""), true) {
        let description = (!d.is_empty()).then_some(d);
        push(a, Edit::SetInfo { title: bp.title.clone(), description }, Some(merge("info-description", bp.id)));
    }
    ui.separator();
    ui.heading(tr("insp-lanes"));
    let n = bp.lanes().len();
    let (kind_width, buttons, gap) = lane_row_widths(ui);
    for (i, lane) in bp.lanes().iter().enumerate() {
        ui.horizontal(|ui| {
            let mut name = lane.name.clone();
            // A name longer than its field shows whole on hover.
            let width = (ui.available_width() - kind_width - buttons - 2.0 * gap - 6.0).clamp(70.0, 110.0);
            let long = crate::layout::text::width(&lane.name, 14.0) > width - 8.0;
            let mut r = ui.add(egui::TextEdit::singleline(&mut name).desired_width(width));
            if long {
                r = r.on_hover_text(&lane.name);
            }
            named(&r, egui::Role::TextInput, &tr_args("insp-lane-name", &[("n", (i + 1).into())]));
            if r.changed() {
                push(a, Edit::UpdateLane(Lane { name, ..lane.clone() }), Some(merge("lane", lane.id)));
            }
            let mut kind = lane.kind;
            let r = egui::ComboBox::from_id_salt(("lane kind", lane.id))
                .width(kind_width)
                .selected_text(text::lane_kind_name(kind))
                .show_ui(ui, |ui| {
                    for k in LaneKind::ALL {
                        ui.selectable_value(&mut kind, k, text::lane_kind_name(k));
                    }
                });
            named(&r.response, egui::Role::ComboBox, &tr_args("insp-lane-kind", &[("n", (i + 1).into())]));
            if kind != lane.kind {
                push(a, Edit::UpdateLane(Lane { kind, ..lane.clone() }), None);
            }
            let up = ui.add_enabled(i > 0, egui::Button::new(tr("insp-up")).small()).on_hover_text(tr("insp-move-up"));
            named(&up, egui::Role::Button, &tr("insp-move-up"));
            if up.clicked() {
                push(a, Edit::MoveLane { id: lane.id, to: i - 1 }, None);
            }
            let down = ui
                .add_enabled(i + 1 < n, egui::Button::new(tr("insp-down")).small())
                .on_hover_text(tr("insp-move-down"));
            named(&down, egui::Role::Button, &tr("insp-move-down"));
            if down.clicked() {
                push(a, Edit::MoveLane { id: lane.id, to: i + 1 }, None);
            }
            let held = bp.steps().filter(|s| s.lane == lane.id).count();
            let tip = if held > 0 {
                tr_args("insp-remove-lane-steps", &[("count", held.into())])
            } else {
                tr("insp-remove-lane")
            };
            if ui.add_enabled(n > 1, egui::Button::new("×").small()).on_hover_text(tip).clicked() {
                push(a, remove_lane_with_steps(bp, lane.id), None);
            }
        });
    }
    if ui.button(tr("insp-add-lane")).clicked() {
        let lane = Lane::new(LaneKind::Custom, crate::templates::lane_name(LaneKind::Custom, crate::i18n::language()));
        push(a, Edit::InsertLane { index: n, lane }, None);
    }
    ui.separator();
    ui.heading(tr("insp-phases"));
    for (i, phase) in bp.phases().iter().enumerate() {
        ui.horizontal(|ui| {
            let mut name = phase.name.clone();
            let r = ui.add(egui::TextEdit::singleline(&mut name).desired_width(150.0));
            named(&r, egui::Role::TextInput, &tr_args("insp-phase-name", &[("n", (i + 1).into())]));
            if r.changed() {
                push(a, Edit::UpdatePhase(Phase { name, ..phase.clone() }), Some(merge("phase", phase.id)));
            }
            ui.label(tr("insp-from-column"));
            let mut start = phase.start + 1;
            let r = ui.add(egui::DragValue::new(&mut start).range(1..=crate::model::MAX_COLUMN + 1));
            named(&r, egui::Role::SpinButton, &tr_args("insp-phase-start", &[("n", (i + 1).into())]));
            if r.changed() && !bp.phases().iter().any(|p| p.start + 1 == start) {
                push(
                    a,
                    Edit::UpdatePhase(Phase { start: start - 1, ..phase.clone() }),
                    Some(merge("phase-start", phase.id)),
                );
            }
            if ui.small_button("×").on_hover_text(tr("insp-remove-phase")).clicked() {
                push(a, Edit::RemovePhase(phase.id), None);
            }
        });
    }
    if ui.button(tr("insp-add-phase")).clicked() {
        let start = bp.phases().last().map_or(0, |p| p.start + 1).max(bp.column_count());
        push(a, Edit::AddPhase(Phase::new(tr("new-phase"), start)), None);
    }
}
