//! Choosing a file: the system's dialog (through rfd, on a thread so the window keeps drawing)
//! and an in-app dialog that always works, also where no system dialog is available.

use crate::i18n::{tr, tr_args};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// What the file is chosen for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Purpose {
    Open,
    SaveAs,
    /// Export in a format (the name gets its extension).
    Export(crate::ui::dialogs::export::ExportSpec),
    /// Another version to compare the open blueprint with.
    Compare,
    /// A BPMN model or a spreadsheet to import.
    Import,
}

/// Asks the system dialog on a thread; the answer (None when cancelled or unavailable) arrives
/// on the receiver.
#[must_use]
pub fn native_dialog(purpose: Purpose, dir: &Path, name: &str) -> Receiver<Option<PathBuf>> {
    let (tx, rx) = channel();
    let dir = dir.to_path_buf();
    let name = name.to_owned();
    crate::i18n::spawn(move || {
        let dialog = match purpose {
            Purpose::Export(spec) => {
                let ext = spec.format.extension().trim_start_matches('.');
                rfd::FileDialog::new().add_filter(ext.to_uppercase(), &[ext])
            }
            Purpose::Open | Purpose::SaveAs | Purpose::Compare => {
                rfd::FileDialog::new().add_filter(crate::i18n::tr("file-filter-blueprint"), &["json"])
            }
            Purpose::Import => rfd::FileDialog::new().add_filter(
                crate::i18n::tr("file-filter-import"),
                &["bpmn", "bpmn2", "xml", "csv", "tsv", "txt", "xlsx"],
            ),
        }
        .set_directory(&dir)
        .set_file_name(&name);
        let chosen = match purpose {
            Purpose::Open | Purpose::Compare | Purpose::Import => dialog.pick_file(),
            Purpose::SaveAs | Purpose::Export(_) => dialog.save_file(),
        };
        let _ = tx.send(chosen);
    });
    rx
}

/// The in-app file dialog: a folder listing, a name field and a path field.
#[derive(Debug)]
pub struct FileDialog {
    pub purpose: Purpose,
    pub dir: PathBuf,
    pub name: String,
    entries: Vec<(String, bool)>,
    listed: Option<PathBuf>,
    pub error: Option<String>,
    /// The name field has had the keyboard once (it gets it when the dialog opens).
    focused: bool,
}

/// What the user did in the dialog this frame.
pub enum Outcome {
    Open,
    Chosen(PathBuf),
    Cancelled,
    /// Use the system dialog instead.
    Native,
}

impl FileDialog {
    #[must_use]
    pub fn new(purpose: Purpose, dir: PathBuf, name: String) -> Self {
        Self { purpose, dir, name, entries: Vec::new(), listed: None, error: None, focused: false }
    }

    fn refresh(&mut self) {
        if self.listed.as_deref() == Some(self.dir.as_path()) {
            return;
        }
        self.entries.clear();
        match std::fs::read_dir(&self.dir) {
            Ok(rd) => {
                for e in rd.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
                    let wanted = if self.purpose == Purpose::Import {
                        crate::import::Format::of_path(Path::new(&name)).is_some()
                    } else {
                        has_json_extension(&name)
                    };
                    if name.starts_with('.') || !(is_dir || wanted) {
                        continue;
                    }
                    self.entries.push((name, is_dir));
                }
                self.entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.to_lowercase().cmp(&b.0.to_lowercase())));
                self.error = None;
            }
            Err(e) => {
                self.error = Some(tr_args(
                    "dlg-cannot-read-folder",
                    &[("path", self.dir.display().to_string().into()), ("error", e.to_string().into())],
                ));
            }
        }
        self.listed = Some(self.dir.clone());
    }

    /// Shows the dialog as a modal window.
    pub fn show(&mut self, ctx: &egui::Context) -> Outcome {
        self.refresh();
        let mut outcome = Outcome::Open;
        let title = match self.purpose {
            Purpose::Open => tr("dlg-open-title"),
            Purpose::SaveAs => tr("dlg-save-title"),
            Purpose::Export(_) => tr("dlg-export-title"),
            Purpose::Compare => tr("dlg-compare-title"),
            Purpose::Import => tr("dlg-import-title"),
        };
        egui::Modal::new(egui::Id::unique("file dialog")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(title);
            ui.horizontal(|ui| {
                let label = ui.label(tr("dlg-folder"));
                let mut dir = self.dir.to_string_lossy().into_owned();
                if ui.add(egui::TextEdit::singleline(&mut dir).desired_width(400.0)).labelled_by(label.id).changed() {
                    self.dir = PathBuf::from(dir);
                }
                if ui.button(tr("dlg-up")).clicked()
                    && let Some(parent) = self.dir.parent()
                {
                    self.dir = parent.to_path_buf();
                }
            });
            // A fixed height: the dialog keeps its size (and its buttons their place) in every folder.
            egui::ScrollArea::vertical().max_height(300.0).min_scrolled_height(300.0).show(ui, |ui| {
                ui.set_min_width(540.0);
                ui.set_min_height(300.0);
                for (name, is_dir) in self.entries.clone() {
                    let label = if is_dir { format!("{name}/") } else { name.clone() };
                    let r = ui.selectable_label(!is_dir && name == self.name, label);
                    if r.clicked() {
                        if is_dir {
                            self.dir.push(&name);
                        } else {
                            self.name.clone_from(&name);
                        }
                    }
                    if r.double_clicked() && !is_dir {
                        outcome = Outcome::Chosen(self.dir.join(&name));
                    }
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label(tr("dlg-file-name"));
                let r = ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(400.0)).labelled_by(label.id);
                if !self.focused {
                    // Typing a name (or a whole path) works at once, replacing the suggestion.
                    r.request_focus();
                    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), r.id) {
                        state.cursor.set_char_range(Some(egui::text::CCursorRange::select_all_str(&self.name)));
                        state.store(ui.ctx(), r.id);
                    }
                    self.focused = true;
                }
                if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && !self.name.is_empty() {
                    outcome = Outcome::Chosen(self.target());
                }
            });
            if let Some(e) = &self.error {
                ui.colored_label(egui::Color32::from_rgb(170, 20, 20), e);
            }
            ui.separator();
            ui.horizontal(|ui| {
                let verb = tr(match self.purpose {
                    Purpose::Open => "dlg-open",
                    Purpose::Compare => "dlg-compare",
                    Purpose::Import => "dlg-import",
                    Purpose::SaveAs | Purpose::Export(_) => "dlg-save",
                });
                if ui.add_enabled(!self.name.is_empty(), egui::Button::new(verb)).clicked() {
                    outcome = Outcome::Chosen(self.target());
                }
                if ui.button(tr("dlg-cancel")).clicked() {
                    outcome = Outcome::Cancelled;
                }
                if ui.button(tr("dlg-system")).on_hover_text(tr("dlg-system-tip")).clicked() {
                    outcome = Outcome::Native;
                }
            });
        });
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            outcome = Outcome::Cancelled;
        }
        outcome
    }

    /// The chosen path; a name typed without the extension gets `.blueprint.json` when saving.
    #[must_use]
    pub fn target(&self) -> PathBuf {
        let name = match self.purpose {
            Purpose::SaveAs if !has_json_extension(&self.name) => format!("{}.blueprint.json", self.name),
            Purpose::Export(spec) if !self.name.to_lowercase().ends_with(spec.format.extension()) => {
                format!("{}{}", self.name, spec.format.extension())
            }
            _ => self.name.clone(),
        };
        let p = PathBuf::from(&name);
        if p.is_absolute() { p } else { self.dir.join(p) }
    }
}

fn has_json_extension(name: &str) -> bool {
    Path::new(name).extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}
