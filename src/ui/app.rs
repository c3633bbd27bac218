//! The application: a start screen or an open blueprint, with its layout cached per revision.

use super::canvas::canvas_ui;
use super::paint::legend_ui;
use super::view::View;
use crate::io;
use crate::layout::{Layout, Metrics};
use crate::model::Blueprint;
use crate::style::Palette;
use std::path::{Path, PathBuf};

/// A blueprint open in the window.
pub struct Document {
    pub blueprint: Blueprint,
    pub path: Option<PathBuf>,
    pub layout: Layout,
    pub view: View,
}

impl Document {
    #[must_use]
    pub fn new(blueprint: Blueprint, path: Option<PathBuf>) -> Self {
        let layout = Layout::compute(&blueprint, Metrics::default());
        Self { blueprint, path, layout, view: View::default() }
    }

    /// The name shown in the title bar.
    #[must_use]
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| self.blueprint.title.clone(), |n| n.to_string_lossy().into_owned())
    }
}

/// The Sightline window.
pub struct SightlineApp {
    pub doc: Option<Document>,
    /// A problem to show the user (a file that did not open, …).
    pub error: Option<String>,
    palette: Palette,
    shown_title: String,
}

impl SightlineApp {
    /// The app, opening `file` if given.
    #[must_use]
    pub fn new(file: Option<&Path>) -> Self {
        let mut app = Self { doc: None, error: None, palette: Palette::light(), shown_title: String::new() };
        if let Some(path) = file {
            app.open_path(path);
        }
        app
    }

    /// Opens a file; on failure the error is shown and the current document stays.
    pub fn open_path(&mut self, path: &Path) {
        match io::load_file(path) {
            Ok(bp) => {
                self.doc = Some(Document::new(bp, Some(path.to_path_buf())));
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Opens one of the examples built into the program.
    pub fn open_example(&mut self, name: &str) {
        match crate::examples::load(name) {
            Some(Ok(bp)) => self.doc = Some(Document::new(bp, None)),
            Some(Err(e)) => self.error = Some(format!("{name}: {e}")),
            None => self.error = Some(format!("There is no example called “{name}”.")),
        }
    }

    fn start_ui(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.12);
            ui.heading(egui::RichText::new("Sightline").size(40.0).strong());
            ui.label(egui::RichText::new("Service blueprints for workshops and analysis").size(18.0));
            ui.add_space(28.0);
            ui.label(egui::RichText::new("Open an example").size(16.0).strong());
            ui.add_space(8.0);
            let mut chosen = None;
            for ex in crate::examples::ALL {
                let button =
                    egui::Button::new(egui::RichText::new(ex.title).size(17.0)).min_size(egui::vec2(460.0, 44.0));
                if ui.add(button).on_hover_text(ex.summary).clicked() {
                    chosen = Some(ex.name);
                }
                ui.add_space(4.0);
            }
            ui.add_space(20.0);
            ui.label("Or start Sightline with a file: sightline FILE.blueprint.json");
            if let Some(name) = chosen {
                self.open_example(name);
            }
        });
    }
}

impl eframe::App for SightlineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The canvas is drawn in the light palette; the controls around it match.
        if ui.ctx().theme() != egui::Theme::Light {
            ui.ctx().set_theme(egui::Theme::Light);
        }
        let title =
            self.doc.as_ref().map_or_else(|| "Sightline".to_owned(), |d| format!("{} — Sightline", d.display_name()));
        if title != self.shown_title {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                if self.doc.is_some() && ui.button("⏴ Start").on_hover_text("Back to the start screen").clicked() {
                    self.doc = None;
                }
                if let Some(doc) = &mut self.doc {
                    ui.strong(&doc.blueprint.title);
                    ui.separator();
                    ui.label(format!("{} steps · {} flows", doc.blueprint.step_count(), doc.blueprint.flow_count()));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button("Fit").on_hover_text("Show the whole blueprint (0)").clicked() {
                            doc.view.fit_pending = true;
                            doc.view.fit_whole = true;
                        }
                        ui.label(format!("{:.0} %", doc.view.zoom * 100.0));
                    });
                }
            });
        });
        if let Some(err) = self.error.clone() {
            let frame = egui::Frame::side_top_panel(ui.style()).fill(egui::Color32::from_rgb(253, 236, 236));
            egui::Panel::top("error").frame(frame).show(ui, |ui| {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    ui.label(
                        egui::RichText::new("Could not open the file")
                            .strong()
                            .color(egui::Color32::from_rgb(160, 20, 20)),
                    );
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button("Dismiss").clicked() {
                            self.error = None;
                        }
                    });
                });
                ui.add(egui::Label::new(egui::RichText::new(err).color(egui::Color32::from_rgb(120, 20, 20))).wrap());
                ui.add_space(4.0);
            });
        }
        if self.doc.is_some() {
            egui::Panel::bottom("legend").show(ui, |ui| legend_ui(ui, &self.palette));
        }
        match &mut self.doc {
            Some(doc) => {
                egui::CentralPanel::no_frame().show(ui, |ui| {
                    canvas_ui(ui, &doc.blueprint, &doc.layout, &mut doc.view, &self.palette);
                });
            }
            None => {
                egui::CentralPanel::default().show(ui, |ui| self.start_ui(ui));
            }
        }
    }
}
