//! Workshop → Invite participants: the participant server while the facilitator invites, and
//! the window that shows participants how to join — a QR code, the address and the join code,
//! large enough for the back of the room. Stopping, closing the document or quitting closes the
//! port.

use crate::document::Document;
use crate::edit::inbox::{Arrival, arrival_edit};
use crate::i18n::{tr, tr_args};
use crate::serve::{Config, Server};
use egui::{Color32, RichText, Ui};
use std::net::IpAddr;
use std::sync::Arc;

/// The port tried first (any free one when it is taken).
pub const PORT: u16 = 7878;

/// A running invitation.
pub struct Invitation {
    pub server: Server,
    /// The address shown (one of the machine's).
    pub address: IpAddr,
    /// Votes count on the blueprint as they come (else they wait in the inbox).
    pub count_votes: bool,
    /// The window is shown (the server runs on when it is hidden).
    pub window: bool,
    qr: Option<(String, Vec<bool>, usize)>,
}

/// What the facilitator chose in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InviteAnswer {
    Hide,
    Stop,
}

impl Invitation {
    /// Starts serving the document on every network address of the machine.
    pub fn start(bp: &crate::model::Blueprint, ctx: &egui::Context) -> std::io::Result<Self> {
        let ctx = ctx.clone();
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || ctx.request_repaint());
        let mut config = Config { port: PORT, ..Config::default() };
        let server = if let Ok(s) = Server::start(&config, bp, Arc::clone(&wake)) {
            s
        } else {
            // Taken (another Sightline, another program): any free port.
            config.port = 0;
            Server::start(&config, bp, wake)?
        };
        let address = server.addresses()[0];
        Ok(Self { server, address, count_votes: true, window: true, qr: None })
    }

    /// The page's address as shown.
    #[must_use]
    pub fn url(&self) -> String {
        self.server.url(self.address)
    }

    /// Takes in what participants sent and shows them the blueprint as it is now. Notes go into
    /// the inbox outside the undo steps; votes are undo steps of their own (or wait in the inbox).
    pub fn pump(&mut self, doc: &mut Document) {
        for arrival in self.server.arrivals() {
            let vote = matches!(arrival, Arrival::Vote { .. });
            let Some(edit) = arrival_edit(doc.blueprint(), arrival, self.count_votes) else { continue };
            let _ = if vote && self.count_votes { doc.apply(edit, None) } else { doc.apply_aside(edit) };
        }
        self.server.publish(doc.blueprint(), doc.state());
    }

    /// The QR code of the address: dark modules row by row, and the width.
    fn qr(&mut self) -> Option<(&[bool], usize)> {
        let url = self.url();
        if self.qr.as_ref().is_none_or(|(u, _, _)| *u != url) {
            let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
            let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
            self.qr = Some((url, dark, code.width()));
        }
        self.qr.as_ref().map(|(_, d, w)| (d.as_slice(), *w))
    }
}

/// The join code in groups of four, easier to read out and type.
#[must_use]
pub fn grouped(code: &str) -> String {
    code.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// Paints a QR code with a quiet zone, `size` points wide, black on white whatever the theme.
fn qr_ui(ui: &mut Ui, dark: &[bool], width: usize, size: f32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let quiet = 4.0;
    let module = size / (width as f32 + 2.0 * quiet);
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (x, y) = ((i % width) as f32 + quiet, (i / width) as f32 + quiet);
        let r = egui::Rect::from_min_size(rect.min + egui::vec2(x * module, y * module), egui::vec2(module, module));
        // A hair wider, so that no seam shows between modules.
        painter.rect_filled(r.expand(0.3), 0.0, Color32::BLACK);
    }
    response
}

/// The window; `projector`: larger type.
pub fn invite_ui(ctx: &egui::Context, inv: &mut Invitation, projector: bool) -> Option<InviteAnswer> {
    let mut answer = None;
    let mut open = true;
    let big: f32 = if projector { 44.0 } else { 32.0 };
    let screen = ctx.content_rect();
    egui::Window::new(tr("invite-title"))
        .id(egui::Id::unique("invite"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(screen.center())
        .show(ctx, |ui| {
            let qr_size = (screen.height() * if projector { 0.5 } else { 0.36 }).clamp(180.0, 560.0);
            // The words beside the code: wide enough for the address on one line.
            let words = (big * 17.0).min(screen.width() - qr_size - 80.0).max(240.0);
            ui.horizontal_top(|ui| {
                if let Some((dark, width)) = inv.qr().map(|(d, w)| (d.to_vec(), w)) {
                    qr_ui(ui, &dark, width, qr_size).on_hover_text(tr("invite-qr-tip"));
                }
                ui.add_space(12.0);
                let layout = egui::Layout::top_down(egui::Align::Min);
                ui.allocate_ui_with_layout(egui::vec2(words, qr_size), layout, |ui| {
                    ui.set_width(words);
                    ui.label(RichText::new(tr("invite-scan")).size(big * 0.6));
                    ui.add_space(8.0);
                    ui.label(RichText::new(tr("invite-or-open")).size(big * 0.5));
                    ui.label(RichText::new(inv.url()).monospace().size(big * 0.62).strong());
                    ui.add_space(8.0);
                    ui.label(RichText::new(tr("invite-code")).size(big * 0.5));
                    ui.label(RichText::new(grouped(&inv.server.code())).monospace().size(big).strong());
                    ui.add_space(8.0);
                    let n = inv.server.participants().len();
                    ui.label(RichText::new(tr_args("invite-joined", &[("n", n.into())])).size(big * 0.5));
                    if !inv.server.is_open() {
                        ui.label(RichText::new(tr("invite-closed")).size(big * 0.5).strong());
                    }
                });
            });
            ui.separator();
            settings_ui(ui, inv);
            ui.separator();
            ui.horizontal(|ui| {
                let open_label =
                    if inv.server.is_open() { tr("invite-close-joining") } else { tr("invite-open-joining") };
                if ui.button(open_label).clicked() {
                    let now = !inv.server.is_open();
                    inv.server.set_open(now);
                }
                if ui.button(tr("invite-hide")).on_hover_text(tr("invite-hide-tip")).clicked() {
                    answer = Some(InviteAnswer::Hide);
                }
                if ui.button(tr("invite-stop")).on_hover_text(tr("invite-stop-tip")).clicked() {
                    answer = Some(InviteAnswer::Stop);
                }
            });
        });
    if !open {
        answer = Some(InviteAnswer::Hide);
    }
    answer
}

/// The address to show, dots per participant, how votes count, and who joined (to block one).
fn settings_ui(ui: &mut Ui, inv: &mut Invitation) {
    let addresses = inv.server.addresses();
    if addresses.len() > 1 {
        ui.horizontal(|ui| {
            let label = ui.label(tr("invite-address"));
            egui::ComboBox::from_id_salt("invite-address")
                .selected_text(inv.address.to_string())
                .show_ui(ui, |ui| {
                    for a in &addresses {
                        ui.selectable_value(&mut inv.address, *a, a.to_string());
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.label(RichText::new(tr("invite-address-tip")).weak());
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr("invite-votes"));
        let mut votes = inv.server.votes();
        if ui.add(egui::DragValue::new(&mut votes).range(0..=20)).labelled_by(label.id).changed() {
            inv.server.set_votes(votes);
        }
        ui.checkbox(&mut inv.count_votes, tr("invite-count-votes")).on_hover_text(tr("invite-count-votes-tip"));
    });
    let people = inv.server.participants();
    if !people.is_empty() {
        let header = tr_args("invite-people", &[("n", people.len().into())]);
        egui::CollapsingHeader::new(header).id_salt("invite-people").show(ui, |ui| {
            egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
                for p in people {
                    ui.horizontal(|ui| {
                        let name =
                            p.name.clone().unwrap_or_else(|| tr_args("invite-participant", &[("n", p.number.into())]));
                        let args = [("name", name.into()), ("notes", p.notes.into()), ("votes", p.votes.into())];
                        ui.label(tr_args("invite-person", &args));
                        let label = if p.blocked { tr("invite-unblock") } else { tr("invite-block") };
                        if ui.small_button(label).clicked() {
                            inv.server.set_blocked(p.number, !p.blocked);
                        }
                    });
                }
            });
        });
    }
}
