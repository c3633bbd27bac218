//! The application: a start screen or an open document, menus and panels around the canvas,
//! dialogs, and preferences kept by eframe (never documents).

use crate::document::Document;
use crate::style::Palette;
use crate::ui::canvas::{canvas_ui, keyboard};
use crate::ui::clipboard::Fragment;
use crate::ui::command::Command;
use crate::ui::dialogs::files::FileDialog;
use crate::ui::jobs::Jobs;
pub use crate::ui::prefs::{Prefs, ThemeChoice, UI_SCALE_RANGE};
use crate::ui::state::EditorState;
use std::path::{Path, PathBuf};

/// Layout sizes for projector mode: card text at least 24 px on a 1920×1080 screen when all
/// lanes fill its height.
#[must_use]
pub fn projector_metrics() -> crate::layout::Metrics {
    // With a phase filling a 1920×1080 screen (about 4/3 zoom), titles and marks are 24 px or
    // more; what would be smaller (a card's bottom row; all card text at "whole blueprint") is
    // left out rather than shrunk.
    crate::layout::Metrics {
        column_width: 280.0,
        lane_height: 138.0,
        lane_padding: 10.0,
        title_size: 22.0,
        small_size: 19.0,
        badge_radius: 15.0,
        title_shrink: 1.0,
        card_details: false,
        ..crate::layout::Metrics::default()
    }
}

/// What waits for an answer to "save your changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    New,
    NewFrom(crate::templates::Template),
    OpenDialog,
    OpenPath(PathBuf),
    OpenExample(String),
    /// A blueprint made by an import, as a new unsaved document.
    OpenImported(Box<crate::model::Blueprint>),
    Close,
    Quit,
}

/// An open modal.
pub enum Dialog {
    File(FileDialog),
    /// Save / Discard / Cancel before doing something that would lose work.
    Unsaved(Then),
    Shortcuts,
    /// Help → What is a service blueprint?
    About,
    /// Recovery copies found at start-up: restore or discard each.
    Recover(Vec<crate::io::recovery::Recovered>),
    /// The file changed on disk since it was opened: overwrite, save as, or reload.
    ChangedOnDisk,
    /// File → Import…: what a model or spreadsheet becomes, before anything is created.
    Import(Box<crate::ui::dialogs::import::Preview>),
    /// File → History: the commits that changed the file.
    History(Vec<crate::io::git::Commit>),
    /// File > Export: format, phases, scale, paper.
    Export(crate::ui::dialogs::export::ExportSettings),
}

/// The Sightline window.
pub struct SightlineApp {
    pub doc: Option<Document>,
    pub editor: EditorState,
    pub prefs: Prefs,
    pub dialog: Option<Dialog>,
    /// A problem to show (a file that did not open or save, …).
    pub error: Option<String>,
    /// A short message in the status bar.
    pub status: String,
    pub(crate) clipboard: Option<Fragment>,
    /// Text to put on the system clipboard at the end of the frame.
    pub(crate) copy_to_system: Option<String>,
    /// A full-screen change to send to the window.
    pub(crate) projector_fullscreen: Option<bool>,
    /// What waits for a first "Save as" to succeed (New, Open, Close, Quit asked to save first).
    pub(crate) after_save: Option<Then>,
    /// Set once the user agreed to close the window.
    pub(crate) closing: bool,
    pub outline_filter: String,
    /// Autosave to the recovery folder, the system file dialog, an export being written.
    pub jobs: Jobs,
    pub(crate) palette: Palette,
    shown_title: String,
    /// The last export settings, offered again.
    pub export_settings: crate::ui::dialogs::export::ExportSettings,
    /// Another version shown for comparison (File > Compare with).
    pub compare: Option<crate::ui::canvas::overlays::Comparison>,
    /// The document state the comparison was made for.
    pub(crate) compare_state: Option<u64>,
    /// Plain text pasted (a list), waiting for the Paste command to place it.
    pub(crate) pasted_text: Option<String>,
    /// Workshop → Invite participants: the participant server, while inviting.
    pub invitation: Option<crate::ui::invite::Invitation>,
    /// The window's context (the participant server wakes the window through it).
    pub(crate) egui_ctx: egui::Context,
}

impl SightlineApp {
    /// The app, opening `file` if given.
    #[must_use]
    pub fn new(file: Option<&Path>, prefs: Prefs) -> Self {
        let mut app = Self {
            doc: None,
            editor: EditorState::default(),
            prefs,
            dialog: None,
            error: None,
            status: String::new(),
            clipboard: None,
            copy_to_system: None,
            projector_fullscreen: None,
            after_save: None,
            export_settings: crate::ui::dialogs::export::ExportSettings::default(),
            compare: None,
            compare_state: None,
            pasted_text: None,
            invitation: None,
            egui_ctx: egui::Context::default(),
            closing: false,
            outline_filter: String::new(),
            jobs: Jobs::default(),
            palette: Palette::light(),
            shown_title: String::new(),
        };
        if let Some(path) = file {
            app.open_path(path);
        }
        app
    }

    /// Opens a file; on failure the error is shown and the current document stays. A recovery
    /// copy of that file newer than the file is offered at once, whatever the way in (File →
    /// Open, Open recent, a dropped file, the start screen).
    pub fn open_path(&mut self, path: &Path) {
        if self.open_saved(path) {
            self.offer_recovery_for(path);
        }
    }

    /// Opens a file as it is on disk, offering nothing; true when it opened.
    pub(crate) fn open_saved(&mut self, path: &Path) -> bool {
        match Document::open(path) {
            Ok(doc) => {
                self.set_document(doc);
                self.remember(path);
                true
            }
            Err(e) => {
                self.error = Some(crate::ui::text::file_error(&e));
                false
            }
        }
    }

    /// Opens one of the examples built into the program (as a new, unsaved document).
    pub fn open_example(&mut self, name: &str) {
        match crate::examples::load(name) {
            Some(Ok(bp)) => self.set_document(Document::new(bp, None)),
            Some(Err(e)) => self.error = Some(format!("{name}: {e}")),
            None => self.error = Some(crate::i18n::tr_args("no-example", &[("name", name.into())])),
        }
    }

    /// Uses a recovery folder: autosave goes there, and copies left by a crash are offered —
    /// those of the file being opened (the command line, a double-click) first.
    #[must_use]
    pub fn with_recovery(mut self, recovery: crate::io::recovery::Recovery) -> Self {
        let mut found = recovery.scan();
        if let Some(path) = self.doc.as_ref().and_then(|d| d.path.as_deref()) {
            found.sort_by_key(|r| !r.belongs_to(path));
        }
        if !found.is_empty() {
            self.dialog = Some(Dialog::Recover(found));
        }
        self.jobs.recovery = Some(recovery);
        self
    }

    pub fn set_document(&mut self, doc: Document) {
        self.forget_recovery_copy();
        // Participants were invited to the document that closes: the port closes with it.
        self.invitation = None;
        self.jobs.document_opened();
        // A file a merge left conflicts in opens with the conflicts beside it.
        let show_conflicts = !doc.blueprint().conflicts.is_empty();
        self.doc = Some(doc);
        self.editor = EditorState { show_conflicts, ..EditorState::default() };
        self.error = None;
    }

    pub(crate) fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.prefs.recent.retain(|p| p != &path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(10);
    }

    /// Does `then` now, or first asks to save when there is work to lose.
    pub fn guard(&mut self, then: Then) {
        if self.doc.as_ref().is_some_and(Document::has_unsaved_work) {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            self.proceed(then);
        }
    }

    /// Draws one frame of the whole window. (Also what tests drive.)
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.egui_ctx = ctx.clone();
        self.editor.order_input(&ctx);
        self.apply_look(&ctx);
        self.window_events(&ctx);
        self.shortcuts(&ctx);
        self.update_title(&ctx);
        self.take_in_arrivals();
        let projector = self.editor.projector && self.doc.is_some();
        self.apply_view_options(projector);

        if projector {
            egui::Panel::top("projector bar").show(ui, |ui| self.projector_bar(ui));
            if self.editor.vote_mode && self.editor.ranking_overlay {
                self.ranking_overlay(&ctx);
            }
        } else {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        }
        if let Some(err) = self.error.clone() {
            self.error_banner(ui, &err);
        }
        if !projector {
            egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        }
        if let Some(doc) = self.doc.as_mut() {
            Self::right_panel(ui, doc, &mut self.editor, &mut self.prefs, projector);
            if self.prefs.show_actors && !projector {
                egui::Panel::left("actors").default_size(240.0).show(ui, |ui| {
                    crate::ui::panels::actors::actors_ui(ui, doc.blueprint(), &mut self.editor);
                });
            }
            if self.prefs.show_outline && !projector {
                egui::Panel::left("outline").default_size(250.0).show(ui, |ui| {
                    let (bp, layout) = doc.parts();
                    crate::ui::panels::outline::outline_ui(ui, bp, layout, &mut self.editor, &mut self.outline_filter);
                });
            }
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let report = doc.report();
                let drawing = doc.drawing(crate::i18n::language());
                let (bp, layout) = doc.parts();
                let conflicted = crate::ui::canvas::overlays::conflict_steps(bp);
                let widget = ui.available_rect_before_wrap();
                if self.dialog.is_none() {
                    keyboard(ui, bp, layout, &mut self.editor);
                }
                let overlays = crate::ui::canvas::overlays::Overlays {
                    tensions: &report.tensions,
                    interaction: Some(&report.interaction),
                    highlight: self.editor.highlight_actor,
                    compare: self.compare.as_ref(),
                    critical: if self.prefs.show_analysis { &report.box_score.critical_path } else { &[] },
                    conflicts: &conflicted,
                };
                if self.editor.field_view {
                    crate::ui::panels::field::field_ui(ui, bp, &mut self.editor, &self.palette);
                } else {
                    canvas_ui(ui, bp, layout, &drawing, &mut self.editor, &self.palette, overlays);
                }
                crate::ui::canvas::typing::typing_ui(ui, bp, layout, &mut self.editor, widget);
                crate::ui::canvas::note::note_ui(ui, bp, layout, &mut self.editor, widget);
            });
        } else {
            egui::CentralPanel::default().show(ui, |ui| self.start_ui(ui));
        }
        self.compare_ui(&ctx);
        self.invite_window(&ctx);
        self.matrix_window(&ctx);
        self.closing_list(&ctx);
        self.dialogs(&ctx);
        self.process_actions();
        if let Some(on) = self.projector_fullscreen.take() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        }
        self.autosave(&ctx);
    }

    /// The one panel on the right: the inbox (also on the projector), the conflicts, the vote
    /// ranking, the analysis or the inspector.
    fn right_panel(
        ui: &mut egui::Ui,
        doc: &mut Document,
        editor: &mut EditorState,
        prefs: &mut Prefs,
        projector: bool,
    ) {
        if editor.show_inbox {
            // Also on the projector: the room sees its notes accepted.
            egui::Panel::right("inbox").default_size(300.0).show(ui, |ui| {
                crate::ui::panels::inbox::inbox_ui(ui, doc.blueprint(), editor);
            });
        } else if projector {
            // The canvas alone fills the screen.
        } else if editor.show_conflicts {
            egui::Panel::right("conflicts").default_size(330.0).show(ui, |ui| {
                crate::ui::panels::conflicts::conflicts_ui(ui, doc.blueprint(), editor);
            });
        } else if editor.show_actions {
            egui::Panel::right("actions").default_size(320.0).show(ui, |ui| {
                crate::ui::panels::actions::actions_ui(ui, doc.blueprint(), editor);
            });
        } else if editor.vote_mode {
            egui::Panel::right("ranking").default_size(290.0).show(ui, |ui| {
                crate::ui::panels::ranking::ranking_ui(ui, doc.blueprint());
            });
        } else if prefs.show_analysis {
            egui::Panel::right("analysis").default_size(290.0).show(ui, |ui| {
                let report = doc.report();
                let (bp, layout) = doc.parts();
                crate::ui::panels::analysis::analysis_ui(ui, bp, layout, &report, editor, &mut prefs.max_messages);
            });
        } else if prefs.show_inspector {
            // Narrow by default (a 1280×720 laptop keeps most of its width for the canvas);
            // Ctrl+6 folds it away.
            egui::Panel::right("inspector").default_size(270.0).show(ui, |ui| {
                crate::ui::panels::inspector::inspector_ui(ui, doc.blueprint(), editor);
            });
        }
    }

    /// The theme (high contrast in projector mode) and the interface scale.
    fn apply_look(&mut self, ctx: &egui::Context) {
        if crate::i18n::language() != self.prefs.lang {
            crate::i18n::set_language(self.prefs.lang);
        }
        let theme = if self.editor.projector { ThemeChoice::HighContrast } else { self.prefs.theme };
        self.palette = match theme {
            ThemeChoice::Light => Palette::light(),
            ThemeChoice::Dark => Palette::dark(),
            ThemeChoice::HighContrast => Palette::high_contrast(),
        };
        let egui_theme = if theme == ThemeChoice::Dark { egui::Theme::Dark } else { egui::Theme::Light };
        if ctx.theme() != egui_theme {
            ctx.set_theme(egui_theme);
        }
        // Sightline's own commands change the scale (one list of shortcuts), so egui's are off.
        if ctx.options(|o| o.zoom_with_keyboard) {
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
        }
        self.prefs.ui_scale = self.prefs.ui_scale.clamp(*UI_SCALE_RANGE.start(), *UI_SCALE_RANGE.end());
        if (ctx.zoom_factor() - self.prefs.ui_scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(self.prefs.ui_scale);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.as_ref().map_or_else(
            || "Sightline".to_owned(),
            |d| format!("{}{} — Sightline", d.display_name(), if d.is_dirty() { " *" } else { "" }),
        );
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn window_events(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing {
            if self.doc.as_ref().is_some_and(Document::has_unsaved_work) {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved(Then::Quit));
            } else {
                self.forget_recovery_copy();
                self.closing = true;
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            // A process model or a spreadsheet is imported (with the preview); anything else opened.
            let json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
            if !json && crate::import::Format::of_path(&path).is_some() {
                self.import_preview(&path);
            } else {
                self.guard(Then::OpenPath(path));
            }
        }
        // Copy and paste arrive as events (the platform turns Ctrl+C/V into them).
        let typing = ctx.egui_wants_keyboard_input() || self.editor.is_typing();
        if !typing && self.dialog.is_none() {
            let events = ctx.input(|i| i.events.clone());
            for e in events {
                match e {
                    egui::Event::Copy => self.editor.run(Command::Copy),
                    egui::Event::Cut => {
                        self.editor.run(Command::Copy);
                        self.editor.run(Command::Delete);
                    }
                    egui::Event::Paste(text) => {
                        if let Some(f) = crate::ui::clipboard::from_text(&text) {
                            self.clipboard = Some(f);
                        } else if !text.trim().is_empty() {
                            // Plain text: a list of steps for the selected cell.
                            self.pasted_text = Some(text);
                        }
                        self.editor.run(Command::Paste);
                    }
                    _ => {}
                }
            }
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input() || self.editor.is_typing();
        // Esc leaves projector mode (while typing, it ends the typing first).
        if self.editor.projector
            && !typing
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.editor.run(Command::Projector);
        }
        let mut all: Vec<(Command, egui::KeyboardShortcut)> = Command::ALL
            .into_iter()
            .filter(|c| !typing || c.works_while_typing())
            .filter(|c| self.doc.is_some() || !c.needs_document())
            .flat_map(|c| c.shortcut().into_iter().chain(c.alternatives().iter().copied()).map(move |s| (c, s)))
            .collect();
        // egui matches Shift loosely, so Ctrl+Shift+Z must be tried before Ctrl+Z.
        let weight = |m: egui::Modifiers| u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl);
        all.sort_by_key(|(_, s)| std::cmp::Reverse(weight(s.modifiers)));
        for (command, shortcut) in all {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.editor.run(command);
            }
        }
    }
}

impl SightlineApp {
    /// The layout's sizes for the view options chosen (projector, emotion curve, interaction
    /// band, notes view).
    fn apply_view_options(&mut self, projector: bool) {
        let Some(doc) = self.doc.as_mut() else { return };
        let mut m = if projector { projector_metrics() } else { crate::layout::Metrics::default() };
        if self.prefs.show_emotion && doc.blueprint().steps().any(|s| s.measures.emotion.is_some()) {
            // Slimmer on a projector, so that card text stays at least 24 px high.
            m.emotion_band = if projector { 48.0 } else { 96.0 };
        }
        if self.prefs.show_interaction {
            m.interaction_band = crate::layout::BAND_HEIGHT;
        }
        m.notes = self.prefs.show_notes;
        doc.set_metrics(m);
        doc.set_max_messages(self.prefs.max_messages);
    }

    /// The ranking of the dot vote over the canvas, large enough for the back of the room.
    fn ranking_overlay(&mut self, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_ref() else { return };
        let text = crate::ui::panels::ranking::ranking_text(doc.blueprint());
        egui::Window::new(crate::i18n::tr("ranking-title"))
            .id(egui::Id::unique("ranking overlay"))
            .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-16.0, 56.0))
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.set_max_width(ctx.content_rect().width() * 0.4);
                let text = if text.trim().is_empty() { crate::i18n::tr("ranking-empty") } else { text };
                ui.label(egui::RichText::new(text).size(24.0));
            });
    }
}

impl eframe::App for SightlineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, "prefs", &self.prefs);
    }
}
