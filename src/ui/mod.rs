//! The desktop interface (eframe/egui). It reads the model and layout and never changes the
//! document directly.

mod actions;
mod actors;
mod analysis_panel;
pub mod app;
pub mod canvas;

mod chrome;
pub mod clipboard;
pub mod command;
mod compare;
mod context;
mod dialogs;
pub mod export_ui;
mod field;
pub mod files;
pub mod headless;
mod help;
mod hit;
mod inspector;
mod measures;
mod note;
mod outline;
pub mod overlays;
pub mod paint;
mod quick;
pub mod ranking;
mod shapes;
pub mod state;
pub mod text;
mod typing;
pub mod view;

pub use app::SightlineApp;

/// Opens the window; returns when it closes.
pub fn run(file: Option<&std::path::Path>, example: Option<&str>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Sightline")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let file = file.map(std::path::Path::to_path_buf);
    let example = example.map(str::to_owned);
    eframe::run_native(
        "Sightline",
        options,
        Box::new(move |cc| {
            // The first start (no preferences yet) follows the system's language.
            let prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, "prefs"))
                .unwrap_or_else(|| app::Prefs { lang: crate::i18n::system_language(), ..app::Prefs::default() });
            let mut app = SightlineApp::new(file.as_deref(), prefs);
            if let Some(recovery) = crate::recovery::Recovery::default_location() {
                app = app.with_recovery(recovery);
            }
            if let Some(name) = example {
                app.open_example(&name);
            }
            Ok(Box::new(app))
        }),
    )
}
