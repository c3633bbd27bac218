//! The analysis panel: the box score and the tensions, updated as the blueprint changes.
//! Clicking a tension selects both of its steps.

use crate::analysis::report::Report;
use crate::i18n::{tr, tr_args};
use crate::layout::Layout;
use crate::model::Blueprint;
use crate::ui::state::{EditorState, Selection};
use egui::Ui;

fn minutes(m: f64) -> String {
    crate::layout::short_minutes_in(m, crate::i18n::language())
}

/// Shows the analysis of `report` for `bp`.
pub fn analysis_ui(
    ui: &mut Ui,
    bp: &Blueprint,
    layout: &Layout,
    report: &Report,
    st: &mut EditorState,
    max_messages: &mut usize,
) {
    ui.heading(tr("analysis-title"));
    let b = &report.box_score;
    egui::Grid::new("box score").num_columns(2).striped(true).show(ui, |ui| {
        for (label, value) in [
            ("analysis-lead-time", minutes(b.lead_time_minutes)),
            ("analysis-process", minutes(b.process_minutes)),
            ("analysis-customer", minutes(b.customer_minutes)),
            ("analysis-ratio", crate::analysis::percent(b.value_added_ratio, crate::i18n::language())),
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
        // The reasons in the interface language (the report's JSON keeps them in English).
        let reasons = crate::analysis::tension_reasons_in(bp, &report.tensions, crate::i18n::language());
        for (t, reason) in report.tensions.iter().zip(reasons) {
            let r = ui.add(egui::Button::new(egui::RichText::new(reason)).wrap());
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
        interaction_ui(ui, bp, report, st, max_messages);
    });
}

/// The interaction checks: unanswered questions (click to select), overload, pushing, and the
/// channels per phase; with the overload limit.
fn interaction_ui(ui: &mut Ui, bp: &Blueprint, report: &Report, st: &mut EditorState, max_messages: &mut usize) {
    let i = &report.interaction;
    if i.interaction_channel_mix.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(tr("analysis-interaction"));
    let select = |st: &mut EditorState, id: crate::model::AnnotationId| {
        let on = bp.annotation(id).map(|a| a.on);
        let mut sel = match on {
            Some(crate::model::Target::Step(s)) => {
                bp.step(s).map_or_else(Selection::default, |s| Selection::step(s.id, s.lane, s.column))
            }
            Some(crate::model::Target::Flow(f)) => Selection { flow: Some(f), ..Selection::default() },
            None => Selection::default(),
        };
        sel.annotation = Some(id);
        st.selection = sel;
    };
    for q in &i.unanswered_questions {
        let key = if q.answered_at.is_some() { "analysis-answered-late" } else { "analysis-unanswered" };
        let text = tr_args(key, &[("text", q.text.clone().into()), ("column", (q.column + 1).into())]);
        if ui.add(egui::Button::new(text).wrap()).clicked() {
            select(st, q.id);
        }
    }
    for m in &i.unprompted_messages {
        let text =
            tr_args("analysis-unprompted", &[("text", m.text.clone().into()), ("column", (m.column + 1).into())]);
        if ui.add(egui::Button::new(text).wrap()).clicked() {
            select(st, m.id);
        }
    }
    for o in &i.overloaded_columns {
        ui.label(tr_args("analysis-overload", &[("column", (o.column + 1).into()), ("count", o.messages.into())]));
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr("analysis-max-messages"));
        ui.add(egui::DragValue::new(max_messages).range(1..=20)).labelled_by(label.id);
    });
    for p in &i.interaction_channel_mix {
        let list = |m: &std::collections::BTreeMap<String, usize>| {
            m.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>().join(", ")
        };
        ui.label(tr_args(
            "analysis-channels",
            &[
                ("phase", p.phase.clone().into()),
                ("questions", list(&p.questions).into()),
                ("messages", list(&p.messages).into()),
            ],
        ));
    }
}
