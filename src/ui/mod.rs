//! The desktop interface (eframe/egui). It reads the model and layout and never changes the
//! document directly.

//
// Rooms: `canvas/` (the blueprint on screen: view, hit-testing, input, typing, quick capture,
// the context menu, painting), `panels/` (inspector, measures, outline, actors, analysis,
// ranking, field view, compare) and `dialogs/` (files, export, unsaved changes, recovery, help);
// at the top the app, its menus (chrome), the command list, the actions that carry commands out,
// and the editor state.

mod actions;
pub mod app;
pub mod canvas;
mod chrome;
pub mod clipboard;
pub mod command;
pub mod dialogs;
pub mod edits;
pub mod headless;
pub mod invite;
pub mod jobs;
pub mod keys;
pub mod panels;
pub mod prefs;
pub mod respond;
pub mod state;
pub mod text;
mod workshop;

pub use app::SightlineApp;

/// Opens the window; returns when it closes.
pub fn run(
    file: Option<&std::path::Path>,
    example: Option<&str>,
    lang: Option<crate::templates::Lang>,
) -> eframe::Result {
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
            // `--lang` on the command line chooses the language (and keeps it, as the menu does).
            let prefs = app::Prefs { lang: lang.unwrap_or(prefs.lang), ..prefs };
            let mut app = SightlineApp::new(file.as_deref(), prefs);
            if let Some(recovery) = crate::io::recovery::Recovery::default_location() {
                app = app.with_recovery(recovery);
            }
            if let Some(name) = example {
                app.open_example(&name);
            }
            Ok(Box::new(app))
        }),
    )
}
