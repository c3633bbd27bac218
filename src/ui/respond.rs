//! The app acts on the dialogs' answers and on finished background work: what each answer
//! means for the document, the files and the status bar.

use crate::document::Document;
use crate::i18n::{tr, tr_args};
use crate::ui::app::{Dialog, SightlineApp, Then};
use crate::ui::dialogs::export::{ExportAnswer, ExportSettings, ExportSpec};
use crate::ui::dialogs::files::{FileDialog, Outcome, Purpose};
use crate::ui::dialogs::history::HistoryAnswer;
use crate::ui::dialogs::import::{ImportAnswer, Preview};
use crate::ui::dialogs::recover::RecoverAnswer;
use crate::ui::dialogs::{OnDisk, Unsaved};
use crate::ui::jobs::{Autosaved, ExportDone};
use std::path::Path;

impl SightlineApp {
    /// Shows the open dialog, if any, and acts on its answer; picks up finished background work.
    pub fn dialogs(&mut self, ctx: &egui::Context) {
        if let Some(text) = self.copy_to_system.take() {
            ctx.copy_text(text);
        }
        if let Some((purpose, answer)) = self.jobs.native_answer()
            && let Some(path) = answer
        {
            self.dialog = None;
            self.chosen(purpose, &path);
        }
        self.export_finished(ctx);
        let Some(dialog) = self.dialog.take() else { return };
        let name = self.doc.as_ref().map(Document::display_name).unwrap_or_default();
        match dialog {
            Dialog::File(mut fd) => match fd.show(ctx) {
                Outcome::Open => self.dialog = Some(Dialog::File(fd)),
                Outcome::Cancelled => self.after_save = None,
                Outcome::Chosen(path) => self.chosen(fd.purpose, &path),
                Outcome::Native => {
                    self.jobs.ask_native(fd.purpose, &fd.dir, &fd.name);
                    self.dialog = Some(Dialog::File(fd));
                }
            },
            Dialog::Unsaved(then) => match crate::ui::dialogs::unsaved_ui(ctx, &name) {
                Some(answer) => self.unsaved(answer, then),
                None => self.dialog = Some(Dialog::Unsaved(then)),
            },
            Dialog::Export(mut settings) => {
                let phases: Vec<String> =
                    self.doc.iter().flat_map(|d| d.blueprint().phases()).map(|p| p.name.clone()).collect();
                let answer = crate::ui::dialogs::export::settings_ui(ctx, &mut settings, &phases);
                self.export_settings = settings.clone();
                match answer {
                    None => self.dialog = Some(Dialog::Export(settings)),
                    Some(ExportAnswer::Cancel) => {}
                    Some(ExportAnswer::Go) => self.choose_export_file(&settings),
                }
            }
            Dialog::Shortcuts => {
                if crate::ui::dialogs::help::shortcuts_ui(ctx) {
                    self.dialog = Some(Dialog::Shortcuts);
                }
            }
            Dialog::About => match crate::ui::dialogs::help::about_ui(ctx) {
                crate::ui::dialogs::help::About::Open => self.dialog = Some(Dialog::About),
                crate::ui::dialogs::help::About::Closed => {}
                crate::ui::dialogs::help::About::Example => {
                    self.guard(Then::OpenExample("omgevingsvergunning".to_owned()));
                }
            },
            Dialog::Recover(found) => match crate::ui::dialogs::recover::recover_ui(ctx, &found) {
                Some(answer) => self.recover(answer, found),
                None => self.dialog = Some(Dialog::Recover(found)),
            },
            Dialog::Import(mut preview) => match crate::ui::dialogs::import::preview_ui(ctx, &preview) {
                Some(ImportAnswer::Kind(lane, kind)) => {
                    preview.options.lanes.retain(|(n, _)| *n != lane);
                    preview.options.lanes.push((lane, kind));
                    self.reimport(*preview);
                }
                Some(ImportAnswer::Map(column, field)) => {
                    preview.options.map.retain(|(c, _)| *c != column);
                    preview.options.map.push((column, field.unwrap_or("-").to_owned()));
                    self.reimport(*preview);
                }
                Some(ImportAnswer::Create) => {
                    let Ok(imported) = preview.imported else { return };
                    let mut bp = imported.blueprint;
                    if let Some(stem) = preview.path.file_stem() {
                        bp.title = stem.to_string_lossy().into_owned();
                    }
                    self.guard(Then::OpenImported(Box::new(bp)));
                }
                Some(ImportAnswer::Cancel) => {}
                None => self.dialog = Some(Dialog::Import(preview)),
            },
            Dialog::History(commits) => match crate::ui::dialogs::history::history_ui(ctx, &name, &commits) {
                Some(HistoryAnswer::Compare(commit)) => self.compare_with_commit(&commit),
                Some(HistoryAnswer::Close) => {}
                None => self.dialog = Some(Dialog::History(commits)),
            },
            Dialog::ChangedOnDisk => match crate::ui::dialogs::changed_on_disk_ui(ctx, &name) {
                Some(answer) => self.changed_on_disk(answer),
                None => self.dialog = Some(Dialog::ChangedOnDisk),
            },
        }
        if self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn chosen(&mut self, purpose: Purpose, path: &Path) {
        match purpose {
            Purpose::Open => self.open_path(path),
            Purpose::Compare => self.compare_with(path),
            Purpose::Import => self.import_preview(path),
            Purpose::Export(spec) => self.export_to(spec, path),
            Purpose::SaveAs => {
                if self.save_to(path)
                    && let Some(then) = self.after_save.take()
                {
                    self.proceed(then);
                }
            }
        }
    }

    fn unsaved(&mut self, answer: Unsaved, then: Then) {
        match answer {
            Unsaved::Save => {
                let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else {
                    // Not saved before: choose a file first, then go on with what was asked.
                    self.after_save = Some(then);
                    self.save_as_dialog();
                    return;
                };
                if self.save_to(&path) {
                    self.proceed(then);
                }
            }
            Unsaved::Discard => {
                self.forget_recovery_copy();
                if let Some(doc) = self.doc.as_mut() {
                    doc.mark_discarded();
                }
                self.proceed(then);
            }
            Unsaved::Cancel => {}
        }
    }

    fn changed_on_disk(&mut self, answer: OnDisk) {
        let path = self.doc.as_ref().and_then(|d| d.path.clone());
        match (answer, path) {
            (OnDisk::Overwrite, Some(p)) => {
                self.save_to(&p);
            }
            (OnDisk::SaveAs, _) => self.save_as_dialog(),
            (OnDisk::Reload, Some(p)) => {
                self.forget_recovery_copy();
                self.open_path(&p);
            }
            _ => {}
        }
    }

    /// Offers the recovery copies of `path` that are newer than the file, before anything else;
    /// copies already on offer stay in the list, after them.
    pub(crate) fn offer_recovery_for(&mut self, path: &Path) {
        let mut found = self.jobs.copies_of(path);
        if found.is_empty() {
            return;
        }
        if let Some(Dialog::Recover(others)) = self.dialog.take() {
            let new: Vec<std::path::PathBuf> = found.iter().map(|r| r.file.clone()).collect();
            found.extend(others.into_iter().filter(|o| !new.contains(&o.file)));
        }
        self.dialog = Some(Dialog::Recover(found));
    }

    fn recover(&mut self, answer: RecoverAnswer, mut found: Vec<crate::io::recovery::Recovered>) {
        match answer {
            RecoverAnswer::Discard(i) if i < found.len() => {
                let r = found.remove(i);
                crate::io::recovery::Recovery::discard(&r.file);
                // Nothing open yet (a start without a file): the saved version is what is left.
                if self.doc.is_none()
                    && let Some(original) = r.original.filter(|p| p.is_file())
                {
                    self.open_saved(&original);
                }
            }
            RecoverAnswer::Restore(i) if i < found.len() => {
                let r = found.remove(i);
                if let Ok(bp) = r.blueprint {
                    self.set_document(Document::recovered(bp, r.original));
                    // The restored work gets a recovery copy of its own at once; the old one goes.
                    if let Some(doc) = self.doc.as_mut() {
                        self.jobs.autosave_now(doc);
                    }
                    crate::io::recovery::Recovery::discard(&r.file);
                    self.status = tr("msg-restored");
                }
            }
            RecoverAnswer::Later => return,
            _ => {}
        }
        if !found.is_empty() {
            self.dialog = Some(Dialog::Recover(found));
        }
    }

    /// Copies unsaved work to the recovery folder when due, and when the window loses focus.
    pub(crate) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_mut() else { return };
        let focus_lost = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(false))));
        if let Autosaved::Failed(e) = self.jobs.autosave(doc, focus_lost) {
            let error = crate::i18n::words::file_error(&e);
            self.status = tr_args("msg-autosave-failed", &[("error", error.into())]);
        }
        if doc.needs_autosave() && self.jobs.recovery.is_some() {
            ctx.request_repaint_after(self.jobs.autosave_every);
        }
    }

    /// Deletes the current document's recovery copy (it was saved, or closed on purpose).
    pub(crate) fn forget_recovery_copy(&mut self) {
        if let Some(doc) = &self.doc {
            self.jobs.forget(doc);
        }
    }

    /// File → Import…: the file dialog for a model or a spreadsheet.
    pub(crate) fn import_dialog(&mut self) {
        self.dialog = Some(Dialog::File(FileDialog::new(Purpose::Import, self.default_dir(), String::new())));
    }

    /// Reads a model or spreadsheet and shows what it becomes; a file that does not import says
    /// why (with the element or row).
    pub fn import_preview(&mut self, path: &Path) {
        let Some(format) = crate::import::Format::of_path(path) else {
            self.error = Some(tr_args("cli-unknown-format", &[("file", path.display().to_string().into())]));
            return;
        };
        let preview = Preview {
            path: path.to_path_buf(),
            format,
            options: crate::import::Options::default(),
            imported: Err(String::new()),
            columns: Vec::new(),
        };
        self.reimport(preview);
    }

    fn reimport(&mut self, mut preview: Preview) {
        let bytes = match crate::io::read_bytes(&preview.path) {
            Ok(b) => b,
            Err(e) => {
                self.error = Some(crate::i18n::words::file_error(&e));
                return;
            }
        };
        let spreadsheet = matches!(preview.format, crate::import::Format::Csv | crate::import::Format::Xlsx);
        preview.columns = if spreadsheet {
            crate::import::table::columns(&bytes, preview.format, &preview.options).unwrap_or_default()
        } else {
            Vec::new()
        };
        let name = preview.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        preview.imported =
            crate::import::import(&bytes, preview.format, &preview.options).map_err(|e| format!("{name}: {e}"));
        // A spreadsheet whose columns need mapping opens the preview with the error; anything
        // else that does not import is said in the error bar.
        match &preview.imported {
            Err(e) if !spreadsheet || preview.columns.is_empty() => self.error = Some(e.clone()),
            _ => self.dialog = Some(Dialog::Import(Box::new(preview))),
        }
    }

    /// File → History: the commits that changed the open file, or why there are none.
    pub(crate) fn history_dialog(&mut self) {
        use crate::io::git::GitError;
        let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else {
            self.error = Some(tr("history-unsaved"));
            return;
        };
        match crate::io::git::history(&path) {
            Ok(commits) => self.dialog = Some(Dialog::History(commits)),
            Err(GitError::Missing) => self.error = Some(tr("history-no-git")),
            Err(GitError::NotInRepository) => self.error = Some(tr("history-not-in-git")),
            Err(GitError::Failed(why)) => self.error = Some(tr_args("history-failed", &[("reason", why.into())])),
        }
    }

    fn compare_with_commit(&mut self, commit: &crate::io::git::Commit) {
        let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else { return };
        let Ok(bytes) = crate::io::git::version(&path, &commit.hash) else {
            self.error = Some(tr("history-not-in-git"));
            return;
        };
        match crate::io::from_bytes(&bytes) {
            Ok(other) => {
                let name = format!("{} ({}, {})", commit.message, commit.date, commit.author);
                self.compare_with_version(other, name);
            }
            Err(e) => {
                self.error = Some(tr_args(
                    "history-unreadable",
                    &[("date", commit.date.clone().into()), ("problems", e.to_string().into())],
                ));
            }
        }
    }

    /// File → Export…: the settings dialog.
    pub(crate) fn export_dialog(&mut self) {
        if self.doc.is_some() {
            let mut settings = self.export_settings.clone();
            settings.interaction = self.prefs.show_interaction;
            self.dialog = Some(Dialog::Export(settings));
        }
    }

    fn choose_export_file(&mut self, settings: &ExportSettings) {
        let Some(doc) = &self.doc else { return };
        let spec = settings.spec(self.prefs.show_emotion, self.prefs.show_notes);
        let title = doc.blueprint().title.replace(['/', '\\', ':'], "-");
        let name = format!("{title}{}", spec.format.extension());
        self.dialog = Some(Dialog::File(FileDialog::new(Purpose::Export(spec), self.default_dir(), name)));
    }

    /// Starts writing the export to `path` on a thread; the status bar shows it.
    pub(crate) fn export_to(&mut self, spec: ExportSpec, path: &Path) {
        let Some(doc) = &self.doc else { return };
        self.jobs.start_export(doc, spec, path);
        self.status = tr_args("msg-exporting", &[("path", path.display().to_string().into())]);
    }

    fn export_finished(&mut self, ctx: &egui::Context) {
        match self.jobs.export_done() {
            Some(ExportDone::Written(path)) => {
                self.status = tr_args("msg-exported", &[("path", path.display().to_string().into())]);
            }
            Some(ExportDone::Failed { path, reason }) => {
                self.status.clear();
                let args = [("path", path.display().to_string().into()), ("reason", reason.into())];
                self.error = Some(tr_args("msg-export-failed", &args));
            }
            Some(ExportDone::Stopped) => self.error = Some(tr("msg-export-stopped")),
            None if self.jobs.exporting() => ctx.request_repaint_after(std::time::Duration::from_millis(50)),
            None => {}
        }
    }

    /// The status bar's part: a spinner while exporting, then Open and Show in folder.
    pub(crate) fn export_status_ui(&mut self, ui: &mut egui::Ui) {
        if self.jobs.exporting() {
            ui.spinner();
        }
        let Some(path) = self.jobs.exported.clone() else { return };
        for (key, reveal) in [("export-open", false), ("export-reveal", true)] {
            if ui.small_button(tr(key)).clicked()
                && let Err(e) = crate::ui::jobs::open_with_system(&path, reveal)
            {
                self.error = Some(tr_args("msg-open-failed", &[("reason", e.to_string().into())]));
            }
        }
    }
}
