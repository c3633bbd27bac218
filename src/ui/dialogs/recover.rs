//! The offer of recovery copies left by a crash: which file each belongs to, what it holds,
//! when it was made; restore or discard each, or decide later.

use crate::i18n::{tr, tr_args};
use crate::io::recovery::Recovered;

/// What the user chose in the offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverAnswer {
    /// Open copy `i` as the document.
    Restore(usize),
    /// Delete copy `i`.
    Discard(usize),
    /// Close the offer; the copies stay for the next start.
    Later,
}

/// The offer of recovery copies; the answer, once there is one.
#[must_use]
pub fn recover_ui(ctx: &egui::Context, found: &[Recovered]) -> Option<RecoverAnswer> {
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
    match (chosen, later) {
        (Some((i, Choice::Restore)), _) => Some(RecoverAnswer::Restore(i)),
        (Some((i, Choice::Discard)), _) => Some(RecoverAnswer::Discard(i)),
        (None, true) => Some(RecoverAnswer::Later),
        (None, false) => None,
    }
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
fn recovered_ui(ui: &mut egui::Ui, n: usize, r: &Recovered) -> Option<Choice> {
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
