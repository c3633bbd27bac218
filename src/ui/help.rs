//! Help → Keyboard shortcuts: the command list, plus the keys of quick capture.

use super::command::Command;

/// Shows the shortcuts window; false once it is closed.
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let mut open = true;
    egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(crate::i18n::tr("help-title"));
        egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.7).show(ui, |ui| {
            egui::Grid::new("shortcut grid").striped(true).num_columns(2).show(ui, |ui| {
                for c in Command::ALL {
                    let mut keys: Vec<String> = c.shortcut().iter().map(|s| ctx.format_shortcut(s)).collect();
                    keys.extend(c.alternatives().iter().map(|s| ctx.format_shortcut(s)));
                    if keys.is_empty() {
                        continue;
                    }
                    ui.label(c.label());
                    ui.label(keys.join(&format!("  {}  ", crate::i18n::tr("help-or"))));
                    ui.end_row();
                }
                for (what, keys) in [
                    ("help-typing-right", "Enter".to_owned()),
                    ("help-typing-down", "Tab".to_owned()),
                    ("help-stop-typing", "Esc".to_owned()),
                    ("help-arrows", crate::i18n::tr("help-arrows-keys")),
                    ("help-select", crate::i18n::tr("help-select-keys")),
                    ("help-pan", crate::i18n::tr("help-pan-keys")),
                    ("help-zoom", crate::i18n::tr("help-zoom-keys")),
                    ("help-new-step", crate::i18n::tr("help-new-step-keys")),
                    ("help-new-flow", crate::i18n::tr("help-new-flow-keys")),
                ] {
                    ui.label(crate::i18n::tr(what));
                    ui.label(keys);
                    ui.end_row();
                }
            });
        });
        if ui.button(crate::i18n::tr("help-close")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            open = false;
        }
    });
    open
}
