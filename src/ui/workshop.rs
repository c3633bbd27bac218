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

    /// How many entries wait in the inbox.
    #[must_use]
    pub fn inbox_waiting(&self) -> usize {
        self.doc.as_ref().map_or(0, |d| {
            d.blueprint().inbox().iter().filter(|e| e.status == crate::model::InboxStatus::Waiting).count()
        })
    }
}
