//! Help → Keyboard shortcuts: the command list, plus the keys of quick capture.

use super::command::Command;

/// Shows the shortcuts window; false once it is closed.
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let mut open = true;
    egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading("Keyboard shortcuts");
        egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.7).show(ui, |ui| {
            egui::Grid::new("shortcut grid").striped(true).num_columns(2).show(ui, |ui| {
                for c in Command::ALL {
                    let mut keys: Vec<String> = c.shortcut().iter().map(|s| ctx.format_shortcut(s)).collect();
                    keys.extend(c.alternatives().iter().map(|s| ctx.format_shortcut(s)));
                    if keys.is_empty() {
                        continue;
                    }
                    ui.label(c.label());
                    ui.label(keys.join("  or  "));
                    ui.end_row();
                }
                for (what, keys) in [
                    ("While typing a title: next step to the right", "Enter"),
                    ("While typing a title: next step one lane down", "Tab"),
                    ("Stop typing", "Esc"),
                    ("Move the selection between cells", "Arrow keys"),
                    ("Select several steps", "Shift+click, Ctrl+click, Shift+drag"),
                    ("Pan", "Drag the background, middle mouse, scroll"),
                    ("Zoom", "Ctrl+scroll, pinch"),
                    ("New step", "Double-click an empty cell"),
                    ("New flow", "Drag from a step's round handle to another step"),
                ] {
                    ui.label(what);
                    ui.label(keys);
                    ui.end_row();
                }
            });
        });
        if ui.button("Close").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            open = false;
        }
    });
    open
}
