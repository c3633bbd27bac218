//! The ranking of a dot vote: pain points and ideas (and voted steps) by votes, copyable as text.

use crate::i18n::{tr, tr_args};
use crate::model::{AnnotationKind, Blueprint, Target};
use crate::ui::text;
use egui::Ui;

/// The ranking as lines of text, most votes first.
#[must_use]
pub fn ranking_text(bp: &Blueprint) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (i, (votes, what, text, on)) in ranked(bp).iter().enumerate() {
        let place = if on.is_empty() { String::new() } else { format!(" — {on}") };
        let line = tr_args(
            "ranking-line",
            &[
                ("n", (i + 1).into()),
                ("what", what.clone().into()),
                ("votes", (*votes).into()),
                ("text", text.clone().into()),
            ],
        );
        let _ = writeln!(out, "{line}{place}");
    }
    out
}

/// (votes, what, text, where) for pain points, ideas and voted steps, most votes first.
fn ranked(bp: &Blueprint) -> Vec<(u32, String, String, String)> {
    let title_of = |on: Target| match on {
        Target::Step(s) => bp.step(s).map(|s| s.title.clone()).unwrap_or_default(),
        Target::Flow(f) => bp
            .flow(f)
            .map(|f| {
                let t = |s| bp.step(s).map_or(String::new(), |s: &crate::model::Step| s.title.clone());
                format!("{} – {}", t(f.from), t(f.to))
            })
            .unwrap_or_default(),
    };
    let mut rows: Vec<(u32, String, String, String)> = bp
        .annotations()
        .iter()
        .filter(|a| matches!(a.kind, AnnotationKind::PainPoint | AnnotationKind::Idea))
        .map(|a| (a.votes, text::annotation_name(a.kind), a.text.clone(), title_of(a.on)))
        .collect();
    rows.extend(
        bp.steps().filter(|s| s.votes > 0).map(|s| (s.votes, tr("ranking-step"), s.title.clone(), String::new())),
    );
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
    rows
}

/// The ranking panel.
pub fn ranking_ui(ui: &mut Ui, bp: &Blueprint) {
    ui.heading(tr("ranking-title"));
    ui.label(tr("ranking-help"));
    if ui.button(tr("ranking-copy")).clicked() {
        ui.ctx().copy_text(ranking_text(bp));
    }
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("ranking").striped(true).num_columns(3).show(ui, |ui| {
            for (votes, what, text, on) in ranked(bp) {
                ui.label(egui::RichText::new(votes.to_string()).strong());
                ui.label(what);
                let line = if on.is_empty() { text } else { format!("{text}\n{on}") };
                ui.add(egui::Label::new(line).wrap());
                ui.end_row();
            }
        });
    });
}
