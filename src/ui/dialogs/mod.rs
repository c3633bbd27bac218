//! The modal dialogs: files, export settings, unsaved changes, recovery after a crash, a file
//! changed on disk, and help. Each one shows itself and returns the user's answer; the app acts
//! on it (`ui::respond`), so no dialog reaches back into the app.

pub mod export;
pub mod files;
pub mod help;
pub mod history;
pub mod import;
pub mod recover;

use crate::i18n::{tr, tr_args};

/// The answers to "save the changes first?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsaved {
    Save,
    Discard,
    Cancel,
}

/// The answers to "the file changed on disk".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDisk {
    Overwrite,
    SaveAs,
    Reload,
    Cancel,
}

/// "Save the changes to NAME first?"; the answer, once there is one.
#[must_use]
pub fn unsaved_ui(ctx: &egui::Context, name: &str) -> Option<Unsaved> {
    question(
        ctx,
        "unsaved",
        &tr("unsaved-title"),
        &tr_args("unsaved-text", &[("name", name.into())]),
        &[("unsaved-save", None, Unsaved::Save), ("unsaved-discard", None, Unsaved::Discard)],
        Unsaved::Cancel,
    )
}

/// "NAME changed on disk since it was opened"; the answer, once there is one.
#[must_use]
pub fn changed_on_disk_ui(ctx: &egui::Context, name: &str) -> Option<OnDisk> {
    question(
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
    )
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
