//! The modal dialogs: files, unsaved changes, recovery after a crash, and a file changed on disk.

pub mod export;
pub mod files;
pub mod help;

use crate::document::Document;
use crate::i18n::{tr, tr_args};
use crate::ui::app::{Dialog, SightlineApp, Then};
use crate::ui::dialogs::files::{Outcome, Purpose, native_dialog};

impl SightlineApp {
    /// Shows the open dialog, if any, and acts on its answer.
    pub fn dialogs(&mut self, ctx: &egui::Context) {
        if let Some(text) = self.copy_to_system.take() {
            ctx.copy_text(text);
        }
        if let Some((purpose, rx)) = &self.native
            && let Ok(answer) = rx.try_recv()
        {
            let purpose = *purpose;
            self.native = None;
            if let Some(path) = answer {
                self.dialog = None;
                self.chosen(purpose, &path);
            }
        }
        self.poll_export(ctx);
        let Some(dialog) = self.dialog.take() else { return };
        match dialog {
            Dialog::File(mut fd) => match fd.show(ctx) {
                Outcome::Open => self.dialog = Some(Dialog::File(fd)),
                Outcome::Cancelled => self.after_save = None,
                Outcome::Chosen(path) => self.chosen(fd.purpose, &path),
                Outcome::Native => {
                    self.native = Some((fd.purpose, native_dialog(fd.purpose, &fd.dir, &fd.name)));
                    self.dialog = Some(Dialog::File(fd));
                }
            },
            Dialog::Unsaved(then) => self.unsaved_ui(ctx, then),
            Dialog::Export(settings) => self.export_settings_ui(ctx, settings),
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
            Dialog::Recover(found) => self.recover_ui(ctx, found),
            Dialog::ChangedOnDisk => self.changed_on_disk_ui(ctx),
        }
        if self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn chosen(&mut self, purpose: Purpose, path: &std::path::Path) {
        match purpose {
            Purpose::Open => self.open_path(path),
            Purpose::Compare => self.compare_with(path),
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

    fn unsaved_ui(&mut self, ctx: &egui::Context, then: Then) {
        let name = self.doc.as_ref().map(Document::display_name).unwrap_or_default();
        let answer = question(
            ctx,
            "unsaved",
            &tr("unsaved-title"),
            &tr_args("unsaved-text", &[("name", name.into())]),
            &[("unsaved-save", None, Unsaved::Save), ("unsaved-discard", None, Unsaved::Discard)],
            Unsaved::Cancel,
        );
        match answer {
            Some(Unsaved::Save) => {
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
            Some(Unsaved::Discard) => {
                self.forget_recovery_copy();
                if let Some(doc) = self.doc.as_mut() {
                    doc.mark_discarded();
                }
                self.proceed(then);
            }
            Some(Unsaved::Cancel) => {}
            None => self.dialog = Some(Dialog::Unsaved(then)),
        }
    }
}

/// The answers to "save the changes first?".
#[derive(Clone, Copy)]
enum Unsaved {
    Save,
    Discard,
    Cancel,
}

/// The answers to "the file changed on disk".
#[derive(Clone, Copy)]
enum OnDisk {
    Overwrite,
    SaveAs,
    Reload,
    Cancel,
}

/// A question in a modal window: a heading, a text and a row of buttons (message id, optional
/// tooltip id, answer), then Cancel, which Esc also gives. The answer, once there is one.
fn question<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    text: &str,
    buttons: &[(&str, Option<&str>, T)],
    cancel: T,
) -> Option<T> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique(("question", id))).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(title);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for &(label, tip, value) in buttons {
                let mut b = ui.button(tr(label));
                if let Some(tip) = tip {
                    b = b.on_hover_text(tr(tip));
                }
                if b.clicked() {
                    answer = Some(value);
                }
            }
            if ui.button(tr("dlg-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                answer = Some(cancel);
            }
        });
    });
    answer
}

/// "3 minutes ago", for a recovery copy.
fn ago(t: std::time::SystemTime) -> String {
    let secs = std::time::SystemTime::now().duration_since(t).map_or(0, |d| d.as_secs());
    match secs {
        0..60 => tr("ago-now"),
        60..3600 => tr_args("ago-minutes", &[("n", (secs / 60).into())]),
        3600..86_400 => tr_args("ago-hours", &[("n", (secs / 3600).into())]),
        _ => tr_args("ago-days", &[("n", (secs / 86_400).into())]),
    }
}

/// What the user chose for one recovery copy.
#[derive(Clone, Copy)]
enum Choice {
    Restore,
    Discard,
}

/// One recovery copy in the offer: which file it belongs to, what it holds, when it was made.
fn recovered_ui(ui: &mut egui::Ui, n: usize, r: &crate::io::recovery::Recovered) -> Option<Choice> {
    let mut choice = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(530.0);
        let file_name = r.original.as_deref().and_then(std::path::Path::file_name);
        match (&r.blueprint, file_name) {
            (Ok(bp), Some(name)) => {
                ui.strong(name.to_string_lossy());
                ui.label(&bp.title);
            }
            (Ok(bp), None) => {
                ui.strong(&bp.title);
            }
            (Err(e), _) => {
                ui.strong(tr("recover-unreadable"));
                ui.label(e);
            }
        }
        if let Ok(bp) = &r.blueprint {
            ui.label(tr_args("recover-steps", &[("steps", bp.step_count().into()), ("ago", ago(r.saved_at).into())]));
        }
        match &r.original {
            Some(p) => {
                ui.label(tr_args("recover-file", &[("path", p.display().to_string().into())]));
                if !r.newer_than_file() {
                    ui.label(tr("recover-older"));
                }
            }
            None if r.blueprint.is_ok() => {
                ui.label(tr("recover-no-file"));
            }
            None => {}
        }
        ui.horizontal(|ui| {
            if r.blueprint.is_ok() && ui.button(tr_args("recover-restore", &[("n", n.into())])).clicked() {
                choice = Some(Choice::Restore);
            }
            if ui.button(tr_args("recover-discard", &[("n", n.into())])).clicked() {
                choice = Some(Choice::Discard);
            }
        });
    });
    choice
}

impl SightlineApp {
    /// Offers the recovery copies of `path` that are newer than the file, before anything else;
    /// copies already on offer stay in the list, after them.
    pub(crate) fn offer_recovery_for(&mut self, path: &std::path::Path) {
        let Some(recovery) = &self.recovery else { return };
        let mut found = recovery.copies_of(path);
        if found.is_empty() {
            return;
        }
        if let Some(Dialog::Recover(others)) = self.dialog.take() {
            let new: Vec<std::path::PathBuf> = found.iter().map(|r| r.file.clone()).collect();
            found.extend(others.into_iter().filter(|o| !new.contains(&o.file)));
        }
        self.dialog = Some(Dialog::Recover(found));
    }

    fn recover_ui(&mut self, ctx: &egui::Context, mut found: Vec<crate::io::recovery::Recovered>) {
        let mut chosen = None;
        let mut later = false;
        egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(tr("recover-title"));
            ui.label(tr("recover-text"));
            ui.add_space(6.0);
            // Many copies scroll; the buttons below stay on the screen.
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.6).show(ui, |ui| {
                for (i, r) in found.iter().enumerate() {
                    if let Some(choice) = recovered_ui(ui, i + 1, r) {
                        chosen = Some((i, choice));
                    }
                }
            });
            if ui.button(tr("recover-later")).on_hover_text(tr("recover-later-tip")).clicked() {
                later = true;
            }
        });
        match chosen {
            Some((i, Choice::Discard)) => {
                let r = found.remove(i);
                crate::io::recovery::Recovery::discard(&r.file);
                // Nothing open yet (a start without a file): the saved version is what is left.
                if self.doc.is_none()
                    && let Some(original) = r.original.filter(|p| p.is_file())
                {
                    self.open_saved(&original);
                }
            }
            Some((i, Choice::Restore)) => {
                let r = found.remove(i);
                if let Ok(bp) = r.blueprint {
                    let doc = Document::recovered(bp, r.original);
                    self.set_document(doc);
                    // The restored work gets a recovery copy of its own at once; the old one goes.
                    if let (Some(doc), Some(rec)) = (self.doc.as_mut(), self.recovery.as_ref()) {
                        let _ = doc.autosave(rec);
                    }
                    crate::io::recovery::Recovery::discard(&r.file);
                    self.status = tr("msg-restored");
                }
            }
            None => {}
        }
        if !later && !found.is_empty() {
            self.dialog = Some(Dialog::Recover(found));
        }
    }

    fn changed_on_disk_ui(&mut self, ctx: &egui::Context) {
        let name = self.doc.as_ref().map(Document::display_name).unwrap_or_default();
        let answer = question(
            ctx,
            "changed on disk",
            &tr("disk-title"),
            &tr_args("disk-text", &[("name", name.into())]),
            &[
                ("disk-overwrite", None, OnDisk::Overwrite),
                ("disk-save-as", None, OnDisk::SaveAs),
                ("disk-reload", Some("disk-reload-tip"), OnDisk::Reload),
            ],
            OnDisk::Cancel,
        );
        let path = self.doc.as_ref().and_then(|d| d.path.clone());
        match (answer, path) {
            (Some(OnDisk::Overwrite), Some(p)) => {
                self.save_to(&p);
            }
            (Some(OnDisk::SaveAs), _) => self.save_as_dialog(),
            (Some(OnDisk::Reload), Some(p)) => {
                self.forget_recovery_copy();
                self.open_path(&p);
            }
            (None, _) => self.dialog = Some(Dialog::ChangedOnDisk),
            _ => {}
        }
    }
}
