//! Help → Keyboard shortcuts: the command list, plus the keys of quick capture.

use crate::ui::command::{Command, shortcut_text};

/// Shows the shortcuts window; false once it is closed.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let mut open = true;
    egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(crate::i18n::tr("help-title"));
        egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.7).show(ui, |ui| {
            // The grid and, to its right, room for the scroll bar, which floats over the content.
            ui.horizontal_top(|ui| {
                egui::Grid::new("shortcut grid").striped(true).num_columns(2).show(ui, |ui| {
                    for c in Command::ALL {
                        let mut keys: Vec<String> = c.shortcut().iter().map(|s| shortcut_text(ctx, s)).collect();
                        keys.extend(c.alternatives().iter().map(|s| shortcut_text(ctx, s)));
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(c.label());
                        ui.label(keys.join(&format!("  {}  ", crate::i18n::tr("help-or"))));
                        ui.end_row();
                    }
                    // The keys of one context, from the same list the canvas and the text fields read.
                    for b in crate::ui::keys::Binding::ALL {
                        ui.label(crate::i18n::tr(b.id()));
                        ui.label(shortcut_text(ctx, &b.shortcut()));
                        ui.end_row();
                    }
                    for (what, keys) in [
                        ("help-connect", crate::i18n::tr("help-connect-keys")),
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
                ui.add_space(16.0);
            });
        });
        if ui.button(crate::i18n::tr("help-close")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            open = false;
        }
    });
    open
}

/// What the "What is a service blueprint?" window asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    Open,
    Closed,
    /// Open the permit example.
    Example,
}

/// Help → What is a service blueprint?: the lanes and the three lines on one screen.
#[must_use]
pub fn about_ui(ctx: &egui::Context) -> About {
    let tr = crate::i18n::tr;
    let mut outcome = About::Open;
    egui::Modal::new(egui::Id::unique("about blueprints")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(tr("about-title"));
        ui.add_space(4.0);
        ui.label(tr("about-intro"));
        ui.add_space(6.0);
        egui::Grid::new("about lanes").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            for (name, what) in [
                ("lane-kind-evidence", "about-evidence"),
                ("lane-kind-customer", "about-customer"),
                ("line-interaction", "about-line-interaction"),
                ("lane-kind-frontstage", "about-frontstage"),
                ("line-visibility", "about-line-visibility"),
                ("lane-kind-backstage", "about-backstage"),
                ("line-internal", "about-line-internal"),
                ("lane-kind-support", "about-support"),
            ] {
                let name = tr(name);
                let mut chars = name.chars();
                let name: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
                ui.label(egui::RichText::new(name).strong());
                ui.add(egui::Label::new(tr(what)).wrap());
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        ui.label(tr("about-marks"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr("about-example")).clicked() {
                outcome = About::Example;
            }
            if ui.button(tr("help-close")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                outcome = About::Closed;
            }
        });
    });
    outcome
}
