//! File → Import…: a preview of what a BPMN model or a spreadsheet becomes — the lanes with their
//! kinds (each can be changed before anything is created), the counts, and what was left out.

use crate::i18n::{tr, tr_args};
use crate::import::Imported;
use crate::model::LaneKind;

/// An import waiting for the user's yes.
pub struct Preview {
    pub path: std::path::PathBuf,
    pub format: crate::import::Format,
    pub options: crate::import::Options,
    /// What the file becomes, or why it does not (a missing column: map one below).
    pub imported: Result<Imported, String>,
    /// A spreadsheet's columns and the field each gives (the mapping step).
    pub columns: Vec<(String, Option<&'static str>)>,
}

/// The answer of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportAnswer {
    /// A lane's kind was changed: import again with it.
    Kind(String, LaneKind),
    /// A spreadsheet column was mapped to a field (`None`: not used).
    Map(String, Option<&'static str>),
    Create,
    Cancel,
}

/// The preview; the answer, once there is one.
#[must_use]
pub fn preview_ui(ctx: &egui::Context, p: &Preview) -> Option<ImportAnswer> {
    let mut answer = None;
    let name = p.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    egui::Modal::new(egui::Id::unique("import preview")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(tr_args("import-preview-title", &[("name", name.into())]));
        if !p.columns.is_empty() {
            columns_ui(ui, p, &mut answer);
        }
        let imported = match &p.imported {
            Ok(i) => i,
            Err(e) => {
                ui.colored_label(egui::Color32::from_rgb(170, 20, 20), e);
                ui.add_space(8.0);
                if ui.button(tr("dlg-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(ImportAnswer::Cancel);
                }
                return;
            }
        };
        let bp = &imported.blueprint;
        ui.label(tr_args(
            "import-preview-counts",
            &[
                ("steps", bp.step_count().into()),
                ("flows", bp.flow_count().into()),
                ("notes", bp.annotations().len().into()),
                ("actors", bp.actors().len().into()),
            ],
        ));
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr("import-preview-lanes")).strong());
        egui::Grid::new("import lanes").num_columns(3).spacing([12.0, 6.0]).show(ui, |ui| {
            for lane in &imported.lanes {
                let steps = bp
                    .lanes()
                    .iter()
                    .find(|l| l.name == lane.name)
                    .map_or(0, |l| bp.steps().filter(|s| s.lane == l.id).count());
                crate::ui::text::column_label(ui, &lane.name, 190.0);
                let mut kind = lane.kind;
                let r = egui::ComboBox::from_id_salt(("import kind", &lane.name))
                    .width(150.0)
                    .selected_text(crate::ui::text::lane_kind_name(kind))
                    .show_ui(ui, |ui| {
                        for k in LaneKind::ALL {
                            ui.selectable_value(&mut kind, k, crate::ui::text::lane_kind_name(k));
                        }
                    });
                let label = tr_args("import-preview-kind-of", &[("name", lane.name.clone().into())]);
                r.response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
                if kind != lane.kind {
                    answer = Some(ImportAnswer::Kind(lane.name.clone(), kind));
                }
                let note = if lane.guessed { tr("import-preview-guessed") } else { String::new() };
                ui.label(format!("{} {note}", tr_args("import-preview-steps", &[("n", steps.into())])));
                ui.end_row();
            }
        });
        if !imported.left_out.is_empty() {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(tr("import-preview-left-out")).strong());
            egui::ScrollArea::vertical().max_height(120.0).show(ui, |ui| {
                for l in &imported.left_out {
                    ui.label(format!("• {l}"));
                }
            });
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(tr("import-create")).clicked() {
                answer = Some(ImportAnswer::Create);
            }
            if ui.button(tr("dlg-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                answer = Some(ImportAnswer::Cancel);
            }
        });
    });
    answer
}

/// The mapping step: each column of the spreadsheet and the field it gives.
fn columns_ui(ui: &mut egui::Ui, p: &Preview, answer: &mut Option<ImportAnswer>) {
    ui.label(egui::RichText::new(tr("import-preview-columns")).strong());
    egui::ScrollArea::vertical().id_salt("import columns").max_height(160.0).show(ui, |ui| {
        egui::Grid::new("import columns grid").num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
            for (header, field) in &p.columns {
                crate::ui::text::column_label(ui, header, 190.0);
                let name = |f: Option<&str>| {
                    f.map_or_else(
                        || tr("import-field-none"),
                        |f| crate::merge::words::field_name(f, crate::i18n::language()),
                    )
                };
                let mut chosen = *field;
                let r = egui::ComboBox::from_id_salt(("import column", header))
                    .width(200.0)
                    .selected_text(name(chosen))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut chosen, None, name(None));
                        for f in crate::import::table::field_ids() {
                            ui.selectable_value(&mut chosen, Some(f), name(Some(f)));
                        }
                    });
                let label = tr_args("import-preview-column-of", &[("name", header.clone().into())]);
                r.response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
                if chosen != *field {
                    *answer = Some(ImportAnswer::Map(header.clone(), chosen));
                }
                ui.end_row();
            }
        });
    });
    ui.add_space(6.0);
}
