//! The desktop interface (eframe/egui). It reads the model and layout and never changes the
//! document directly.

pub mod app;
pub mod canvas;
pub mod paint;
pub mod text;
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
    let mut app = SightlineApp::new(file);
    if let Some(name) = example {
        app.open_example(name);
    }
    eframe::run_native("Sightline", options, Box::new(|_cc| Ok(Box::new(app))))
}
