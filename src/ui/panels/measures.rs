//! The inspector's part for a step's customer-journey and LEAN details: minutes, value class,
//! waste type, evidence, emotion and Kano class.

use crate::edit::{Edit, MergeKey};
use crate::i18n::tr;
use crate::model::{Evidence, Kano, Measures, Step, ValueClass, WasteType};
use crate::ui::state::Action;
use egui::Ui;

/// A choice from a list, or none; returns the new value when it changed.
#[allow(clippy::option_option, reason = "outer None: unchanged; inner None: cleared")]
fn choose<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: (&str, crate::model::StepId),
    value: Option<T>,
    all: &[T],
    name: fn(T) -> String,
) -> Option<Option<T>> {
    let mut v = value;
    let shown = v.map_or_else(|| tr("measure-none"), name);
    let r = egui::ComboBox::from_id_salt(id).selected_text(shown).show_ui(ui, |ui| {
        ui.selectable_value(&mut v, None, tr("measure-none"));
        for &x in all {
            ui.selectable_value(&mut v, Some(x), name(x));
        }
    });
    let label = label.to_owned();
    r.response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
    (v != value).then_some(v)
}

/// A number of minutes, or empty for none; returns the new value when it changed.
#[allow(clippy::option_option, reason = "outer None: unchanged; inner None: cleared")]
fn minutes(ui: &mut Ui, label: &str, value: Option<f64>) -> Option<Option<f64>> {
    let mut text =
        value.map_or_else(String::new, |m| if m.fract() == 0.0 { format!("{m:.0}") } else { format!("{m}") });
    let l = ui.label(label);
    let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(70.0).hint_text("—")).labelled_by(l.id);
    if !r.changed() {
        return None;
    }
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Some(None);
    }
    t.parse::<f64>().ok().filter(|m| m.is_finite() && *m >= 0.0).map(Some)
}

fn word(key: &str) -> String {
    tr(&format!("measure-{}", key.replace('_', "-")))
}

/// Edits the measures of one step.
pub fn measures_ui(ui: &mut Ui, step: &Step, actions: &mut Vec<Action>) {
    let mut m: Measures = step.measures.clone();
    let mut changed = false;
    let mut typing = false;
    ui.heading(tr("measure-heading"));
    egui::Grid::new(("measures", step.id)).num_columns(2).show(ui, |ui| {
        for (label, field) in [
            ("measure-process", &mut m.process_minutes),
            ("measure-wait", &mut m.wait_minutes),
            ("measure-customer", &mut m.customer_minutes),
        ] {
            if let Some(v) = minutes(ui, &tr(label), *field) {
                *field = v;
                changed = true;
                typing = true;
            }
            ui.end_row();
        }
        ui.label(tr("measure-value"));
        if let Some(v) =
            choose(ui, &tr("measure-value"), ("value", step.id), m.value, ValueClass::ALL, |v| word(v.as_str()))
        {
            m.value = v;
            if v != Some(ValueClass::Waste) {
                m.waste_type = None;
            }
            changed = true;
        }
        ui.end_row();
        if m.value == Some(ValueClass::Waste) {
            ui.label(tr("measure-waste-type"));
            if let Some(v) =
                choose(ui, &tr("measure-waste-type"), ("waste", step.id), m.waste_type, WasteType::ALL, |v| {
                    word(v.as_str())
                })
            {
                m.waste_type = v;
                changed = true;
            }
            ui.end_row();
        }
        ui.label(tr("measure-evidence"));
        if let Some(v) =
            choose(ui, &tr("measure-evidence"), ("evidence", step.id), m.evidence, Evidence::ALL, |v| word(v.as_str()))
        {
            m.evidence = v;
            changed = true;
        }
        ui.end_row();
        ui.label(tr("measure-kano"));
        if let Some(v) = choose(ui, &tr("measure-kano"), ("kano", step.id), m.kano, Kano::ALL, |v| word(v.as_str())) {
            m.kano = v;
            changed = true;
        }
        ui.end_row();
        ui.label(tr("measure-emotion"));
        ui.horizontal(|ui| {
            for e in [None, Some(-2), Some(-1), Some(0), Some(1), Some(2)] {
                let text = e.map_or_else(|| tr("measure-none"), |e: i8| format!("{e:+}"));
                if ui.selectable_label(m.emotion == e, text).clicked() && m.emotion != e {
                    m.emotion = e;
                    changed = true;
                }
            }
        });
        ui.end_row();
    });
    if changed {
        let key = typing.then(|| MergeKey(format!("measures:{}", step.id)));
        actions.push(Action::Edit {
            edit: Edit::UpdateStep(Step { measures: m, ..step.clone() }),
            key,
            then_select: None,
        });
    }
}
