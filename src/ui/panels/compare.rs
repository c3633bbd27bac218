//! File → Compare with…: another version (as-is, or a competing proposal) next to the open one
//! (to-be), with added, moved and retitled steps marked on the canvas, removed ones as dashed
//! ghosts, and a summary window.

use crate::analysis::diff::diff;
use crate::i18n::{tr, tr_args};
use crate::ui::app::{Dialog, SightlineApp};
use crate::ui::canvas::overlays::{ADDED, Comparison, MOVED, REMOVED, RETITLED};
use crate::ui::dialogs::files::{FileDialog, Purpose};

impl SightlineApp {
    pub(crate) fn compare_dialog(&mut self) {
        if self.doc.is_some() {
            self.dialog = Some(Dialog::File(FileDialog::new(Purpose::Compare, self.default_dir(), String::new())));
        }
    }

    /// Loads the other version and compares; a file that does not load says why.
    pub fn compare_with(&mut self, path: &std::path::Path) {
        match crate::io::load_file(path) {
            Ok(other) => {
                let name =
                    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                self.compare_with_version(other, name);
            }
            Err(e) => self.error = Some(crate::ui::text::file_error(&e)),
        }
    }

    /// Compares with another version (a file, or the file as a commit had it).
    pub fn compare_with_version(&mut self, other: crate::model::Blueprint, name: String) {
        let Some(doc) = &self.doc else { return };
        let d = diff(&other, doc.blueprint());
        self.status = tr_args("msg-comparing", &[("name", name.clone().into())]);
        self.compare = Some(Comparison { other, name, diff: d });
        self.compare_state = Some(doc.state());
    }

    /// Keeps the comparison up to date with edits, and shows its summary.
    pub(crate) fn compare_ui(&mut self, ctx: &egui::Context) {
        let (Some(doc), Some(cmp)) = (&self.doc, &mut self.compare) else { return };
        if self.compare_state != Some(doc.state()) {
            cmp.diff = diff(&cmp.other, doc.blueprint());
            self.compare_state = Some(doc.state());
        }
        let d = &cmp.diff;
        let mut open = true;
        let mut close = false;
        egui::Window::new(tr("compare-heading"))
            .id(egui::Id::unique("compare-window"))
            .open(&mut open)
            .default_pos(ctx.content_rect().right_bottom() - egui::vec2(360.0, 300.0))
            .default_width(320.0)
            .show(ctx, |ui| {
                ui.label(tr_args("compare-with", &[("name", cmp.name.clone().into())]));
                for (colour, key, n) in [
                    (ADDED, "compare-added", d.added.len()),
                    (REMOVED, "compare-removed", d.removed.len()),
                    (MOVED, "compare-moved", d.moved.len()),
                    (RETITLED, "compare-retitled", d.retitled.len()),
                ] {
                    ui.colored_label(colour, tr_args(key, &[("count", n.into())]));
                }
                ui.label(tr_args(
                    "compare-notes",
                    &[("added", d.annotations_added.len().into()), ("removed", d.annotations_removed.len().into())],
                ));
                if let Some(c) = &d.lead_time_minutes {
                    ui.label(tr_args(
                        "compare-lead-time",
                        &[("before", format!("{:.0}", c.before).into()), ("after", format!("{:.0}", c.after).into())],
                    ));
                }
                if let Some(c) = &d.value_added_ratio {
                    ui.label(tr_args(
                        "compare-value",
                        &[
                            ("before", format!("{:.0}", c.before * 100.0).into()),
                            ("after", format!("{:.0}", c.after * 100.0).into()),
                        ],
                    ));
                }
                if let Some(c) = &d.tensions {
                    ui.label(tr_args(
                        "compare-tensions",
                        &[("before", format!("{:.0}", c.before).into()), ("after", format!("{:.0}", c.after).into())],
                    ));
                }
                ui.separator();
                egui::ScrollArea::vertical().max_height(180.0).show(ui, |ui| {
                    for m in &d.moves {
                        ui.label(format!(
                            "{}: {}, {} -> {}, {}",
                            m.title,
                            m.from_lane,
                            m.from_column + 1,
                            m.to_lane,
                            m.to_column + 1
                        ));
                    }
                    for id in &d.removed {
                        if let Some(s) = cmp.other.step(*id) {
                            ui.colored_label(REMOVED, format!("- {}", s.title));
                        }
                    }
                });
                if ui.button(tr("compare-close")).clicked() {
                    close = true;
                }
            });
        if !open || close {
            self.compare = None;
        }
    }
}
