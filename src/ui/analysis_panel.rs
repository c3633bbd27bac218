//! The analysis panel: the box score and the tensions, updated as the blueprint changes.
//! Clicking a tension selects both of its steps.

use super::state::{EditorState, Selection};
use crate::analysis::report::Report;
use crate::i18n::{tr, tr_args};
use crate::layout::Layout;
use crate::model::Blueprint;
use egui::Ui;

fn minutes(m: f64) -> String {
    super::card::short_minutes(m)
}

/// Shows the analysis of `report` for `bp`.
pub fn analysis_ui(ui: &mut Ui, bp: &Blueprint, layout: &Layout, report: &Report, st: &mut EditorState) {
    ui.heading(tr("analysis-title"));
    let b = &report.box_score;
    egui::Grid::new("box score").num_columns(2).striped(true).show(ui, |ui| {
        for (label, value) in [
            ("analysis-lead-time", minutes(b.lead_time_minutes)),
            ("analysis-process", minutes(b.process_minutes)),
            ("analysis-customer", minutes(b.customer_minutes)),
            ("analysis-ratio", format!("{:.1} %", b.value_added_ratio * 100.0)),
        ] {
            ui.label(tr(label));
            ui.strong(value);
            ui.end_row();
        }
    });
    if b.lead_time_minutes <= 0.0 {
        ui.label(egui::RichText::new(tr("analysis-no-minutes")).italics());
    }
    let title = |id: &crate::model::StepId| bp.step(*id).map_or_else(String::new, |s| s.title.clone());
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.separator();
        ui.strong(tr("analysis-tensions"));
        if report.tensions.is_empty() {
            ui.label(tr("analysis-no-tensions"));
        }
        for t in &report.tensions {
            let r = ui.add(egui::Button::new(egui::RichText::new(&t.reason)).wrap());
            if r.clicked() {
                let mut sel =
                    bp.step(t.step).map_or_else(Selection::default, |s| Selection::step(s.id, s.lane, s.column));
                sel.steps.insert(t.customer_step);
                st.selection = sel;
                let rects: Vec<_> =
                    [t.step, t.customer_step].iter().filter_map(|s| layout.card(*s)).map(|c| c.rect).collect();
                if let Some(r) = rects.into_iter().reduce(|a, b| a.union(&b)) {
                    st.view.zoom_to(r.expand(60.0));
                }
            }
        }
        if !b.critical_path.is_empty() {
            ui.separator();
            ui.strong(tr("analysis-critical-path"));
            for (i, s) in b.critical_path.iter().enumerate() {
                ui.label(format!("{}. {}", i + 1, title(s)));
            }
        }
        if !b.rework_loops.is_empty() {
            ui.separator();
            ui.strong(tr("analysis-rework"));
            for l in &b.rework_loops {
                ui.label(format!("{} > {}", title(&l.from), title(&l.to)));
            }
        }
        if !report.assumed_steps.is_empty() {
            ui.separator();
            ui.label(tr_args("analysis-assumed", &[("count", report.assumed_steps.len().into())]));
        }
    });
}
