//! The outline: steps and annotations grouped by phase and lane, with a filter. Clicking an
//! entry selects it and centres the canvas on it.

use crate::layout::Layout;
use crate::model::{Blueprint, Target};
use crate::ui::state::{EditorState, Selection};
use crate::ui::text;
use egui::Ui;

/// Shows the outline; `filter` is the text in its filter box.
pub fn outline_ui(ui: &mut Ui, bp: &Blueprint, layout: &Layout, st: &mut EditorState, filter: &mut String) {
    ui.horizontal(|ui| {
        let label = ui.label(crate::i18n::tr("outline-filter"));
        ui.add(
            egui::TextEdit::singleline(filter)
                .hint_text(crate::i18n::tr("outline-filter-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    let needle = filter.to_lowercase();
    let matches = |s: &str| needle.is_empty() || s.to_lowercase().contains(&needle);
    let steps = bp.steps_in_order();
    // Each step's annotations, gathered once a frame.
    let mut notes: std::collections::HashMap<crate::model::StepId, Vec<&crate::model::Annotation>> =
        std::collections::HashMap::new();
    for a in bp.annotations() {
        if let Target::Step(s) = a.on {
            notes.entry(s).or_default().push(a);
        }
    }
    let notes_of = |s: crate::model::StepId| notes.get(&s).map_or(&[][..], Vec::as_slice);
    let phase_ranges: Vec<(String, std::ops::Range<u32>)> = if bp.phases().is_empty() {
        vec![(crate::i18n::tr("outline-all"), 0..u32::MAX)]
    } else {
        let end = bp.column_count();
        let mut v: Vec<(String, std::ops::Range<u32>)> = Vec::new();
        if bp.phases()[0].start > 0 {
            v.push((crate::i18n::tr("outline-before"), 0..bp.phases()[0].start));
        }
        v.extend((0..bp.phases().len()).map(|i| (bp.phases()[i].name.clone(), bp.phase_span(i, end))));
        v
    };
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for (pi, (phase, range)) in phase_ranges.iter().enumerate() {
            let in_phase: Vec<_> = steps.iter().filter(|s| range.contains(&s.column)).collect();
            let shown: Vec<_> = in_phase
                .iter()
                .filter(|s| matches(&s.title) || notes_of(s.id).iter().any(|a| matches(&a.text)))
                .collect();
            if shown.is_empty() && !needle.is_empty() {
                continue;
            }
            egui::CollapsingHeader::new(format!("{phase} ({})", in_phase.len()))
                .id_salt(("phase", pi))
                .default_open(true)
                .show(ui, |ui| {
                    for lane in bp.lanes() {
                        let here: Vec<_> = shown.iter().filter(|s| s.lane == lane.id).collect();
                        if here.is_empty() {
                            continue;
                        }
                        ui.label(egui::RichText::new(&lane.name).small().strong());
                        for s in here {
                            let selected = st.selection.steps.contains(&s.id);
                            let title =
                                if s.title.is_empty() { crate::i18n::tr("outline-untitled") } else { s.title.clone() };
                            if ui.selectable_label(selected, title).clicked() {
                                st.selection = Selection::step(s.id, s.lane, s.column);
                                if let Some(card) = layout.card(s.id) {
                                    st.view.zoom_to(card.rect.expand(300.0));
                                }
                            }
                            for a in notes_of(s.id).iter().filter(|a| matches(&a.text) || matches(&s.title)) {
                                let label = format!("    {}: {}", text::annotation_name(a.kind), a.text);
                                if ui
                                    .selectable_label(
                                        st.selection.annotation == Some(a.id),
                                        egui::RichText::new(label).small(),
                                    )
                                    .clicked()
                                {
                                    st.selection = Selection::step(s.id, s.lane, s.column);
                                    st.selection.annotation = Some(a.id);
                                    if let Some(card) = layout.card(s.id) {
                                        st.view.zoom_to(card.rect.expand(300.0));
                                    }
                                }
                            }
                        }
                    }
                });
        }
    });
}
