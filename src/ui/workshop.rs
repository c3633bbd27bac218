//! The app's side of inviting participants: starting and stopping the server, taking in what
//! arrives each frame, the invitation window.

use crate::i18n::{tr, tr_args};
use crate::ui::app::SightlineApp;
use crate::ui::invite::{Invitation, InviteAnswer, invite_ui};

impl SightlineApp {
    /// Workshop → Invite participants: starts the server (or shows its window again).
    pub(crate) fn invite(&mut self) {
        if let Some(inv) = self.invitation.as_mut() {
            inv.window = true;
            return;
        }
        let Some(doc) = self.doc.as_ref() else { return };
        match Invitation::start(doc.blueprint(), &self.egui_ctx) {
            Ok(inv) => {
                self.status = tr_args("msg-inviting", &[("url", inv.url().into())]);
                self.invitation = Some(inv);
                self.editor.show_inbox = true;
            }
            Err(e) => {
                let reason = crate::i18n::words::io_reason(&e);
                self.error = Some(tr_args("msg-invite-failed", &[("reason", reason.into())]));
            }
        }
    }

    /// What participants sent since the last frame goes into the document.
    pub(crate) fn take_in_arrivals(&mut self) {
        if let (Some(inv), Some(doc)) = (self.invitation.as_mut(), self.doc.as_mut()) {
            inv.pump(doc);
        }
    }

    /// The invitation window, while shown.
    pub(crate) fn invite_window(&mut self, ctx: &egui::Context) {
        let projector = self.editor.projector;
        let Some(inv) = self.invitation.as_mut().filter(|i| i.window) else { return };
        match invite_ui(ctx, inv, projector) {
            Some(InviteAnswer::Hide) => inv.window = false,
            Some(InviteAnswer::Stop) => {
                self.invitation = None;
                self.status = tr("msg-invite-stopped");
            }
            None => {}
        }
    }

    /// Insert → Action from the selection (Ctrl+Shift+A): an action answering the selected
    /// pain point, idea or steps; the Actions panel shows it.
    pub(crate) fn add_action(&mut self) {
        let Some(doc) = self.doc.as_ref() else { return };
        match crate::ui::panels::actions::action_from_selection(doc.blueprint(), &self.editor.selection) {
            Ok(action) => {
                self.editor.show_actions = true;
                // First in the list, where the panel shows it.
                self.apply(crate::edit::Edit::AddAction { index: Some(0), action }, None, None);
            }
            Err(why) => self.status = why,
        }
    }

    /// The actions over the canvas, large, as the workshop's closing list.
    pub(crate) fn closing_list(&mut self, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_ref().filter(|_| self.editor.closing_list) else { return };
        let lang = crate::i18n::language();
        let actions = crate::analysis::actions::summaries(doc.blueprint());
        let size = if self.editor.projector { 26.0 } else { 18.0 };
        let mut open = true;
        egui::Window::new(tr("closing-title"))
            .id(egui::Id::unique("closing list"))
            .open(&mut open)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.set_max_width(ctx.content_rect().width() * 0.7);
                if actions.is_empty() {
                    ui.label(egui::RichText::new(tr("closing-empty")).size(size));
                }
                egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.75).show(ui, |ui| {
                    for (i, a) in actions.iter().enumerate() {
                        let line = crate::analysis::actions::line(a, lang);
                        ui.label(egui::RichText::new(format!("{}. {line}", i + 1)).size(size));
                    }
                });
            });
        if !open {
            self.editor.closing_list = false;
        }
    }

    /// View → Value and effort, while shown.
    pub(crate) fn matrix_window(&mut self, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_ref().filter(|_| self.editor.show_matrix) else { return };
        let mut open = true;
        egui::Window::new(tr("matrix-title"))
            .id(egui::Id::unique("matrix"))
            .open(&mut open)
            .default_size(egui::vec2(760.0, 560.0))
            .default_pos(ctx.content_rect().left_top() + egui::vec2(40.0, 70.0))
            .show(ctx, |ui| crate::ui::panels::matrix::matrix_ui(ui, doc.blueprint(), &mut self.editor));
        if !open {
            self.editor.show_matrix = false;
        }
    }

    /// How many entries wait in the inbox.
    #[must_use]
    pub fn inbox_waiting(&self) -> usize {
        self.doc.as_ref().map_or(0, |d| {
            d.blueprint().inbox().iter().filter(|e| e.status == crate::model::InboxStatus::Waiting).count()
        })
    }
}
