//! File → History: the commits that changed the open file (date, author, message); choosing one
//! compares the open blueprint with that version.

use crate::i18n::{tr, tr_args};
use crate::io::git::Commit;

/// The answer of the history window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryAnswer {
    /// Compare with the version of this commit.
    Compare(Commit),
    Close,
}

/// The list of commits; the answer, once there is one.
#[must_use]
pub fn history_ui(ctx: &egui::Context, name: &str, commits: &[Commit]) -> Option<HistoryAnswer> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("history")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(tr_args("history-title", &[("name", name.into())]));
        ui.label(tr("history-text"));
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.6).show(ui, |ui| {
            for c in commits {
                ui.horizontal(|ui| {
                    // Fixed columns; a long author or message ends in … and shows whole on hover.
                    for (text, width) in [(&c.date, 86.0), (&c.author, 140.0), (&c.message, 270.0)] {
                        crate::ui::text::column_label(ui, text, width);
                    }
                    if ui.button(tr("history-compare")).on_hover_text(&c.hash[..c.hash.len().min(12)]).clicked() {
                        answer = Some(HistoryAnswer::Compare(c.clone()));
                    }
                });
            }
        });
        ui.add_space(6.0);
        if ui.button(tr("dlg-close")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            answer = Some(HistoryAnswer::Close);
        }
    });
    answer
}
