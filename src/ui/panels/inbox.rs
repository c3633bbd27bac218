//! Workshop → Inbox: what participants sent from their phones, waiting for the facilitator.
//! Accept (it becomes a step or a note where the participant put it; one undo step), change the
//! text first, drag it onto another cell of the canvas, accept all, or dismiss. Participants'
//! texts are shown as plain text, never as markup.

use crate::edit::inbox::{self, Place, Refusal};
use crate::i18n::{tr, tr_args};
use crate::model::{Blueprint, InboxEntry, InboxKind, InboxStatus, StepId};
use crate::ui::state::{Action, EditorState};
use egui::Ui;
use uuid::Uuid;

/// Waiting entries shown at once.
const SHOWN: usize = 100;

/// What is dragged from the inbox onto the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InboxDrag(pub Uuid);

/// The panel.
pub fn inbox_ui(ui: &mut Ui, bp: &Blueprint, editor: &mut EditorState) {
    let waiting: Vec<&InboxEntry> = bp.inbox().iter().filter(|e| e.status == InboxStatus::Waiting).collect();
    ui.heading(tr("inbox-title"));
    if bp.inbox().is_empty() {
        ui.label(tr("inbox-empty"));
        return;
    }
    ui.label(tr_args("inbox-waiting", &[("n", waiting.len().into())]));
    if !waiting.is_empty() && ui.button(tr("inbox-accept-all")).on_hover_text(tr("inbox-accept-all-tip")).clicked() {
        match inbox::accept_all(bp) {
            Some(edit) => editor.actions.push(Action::Edit { edit, key: None, then_select: None }),
            None => editor.actions.push(Action::Say(tr("inbox-none-fits"))),
        }
    }
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        // The oldest first, a hundred at a time: a thousand notes cost a frame ten times as long.
        for e in waiting.iter().take(SHOWN) {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                entry_ui(ui, bp, e, editor);
            });
            ui.add_space(4.0);
        }
        if waiting.len() > SHOWN {
            ui.label(tr_args("inbox-more", &[("n", (waiting.len() - SHOWN).into())]));
        }
        let handled: Vec<&InboxEntry> = bp.inbox().iter().filter(|e| e.status != InboxStatus::Waiting).collect();
        if !handled.is_empty() {
            egui::CollapsingHeader::new(tr_args("inbox-handled", &[("n", handled.len().into())]))
                .id_salt("inbox-handled")
                .show(ui, |ui| {
                    for e in handled.iter().rev().take(SHOWN) {
                        let status =
                            tr(if e.status == InboxStatus::Accepted { "inbox-accepted" } else { "inbox-dismissed" });
                        ui.label(format!(
                            "{status} · {} · {}",
                            kind_words(e.kind),
                            crate::ui::text::one_line_cut(&e.text, 60)
                        ));
                    }
                });
        }
    });
}

/// The kind in words.
#[must_use]
pub fn kind_words(kind: InboxKind) -> String {
    tr(&format!("inbox-kind-{}", kind.as_str()))
}

/// Where the participant aimed it, in words.
#[must_use]
pub fn aimed_words(bp: &Blueprint, e: &InboxEntry) -> String {
    let gone = || tr("inbox-gone");
    if e.kind == InboxKind::Step {
        let lane = e.lane.and_then(|l| bp.lane(l)).map_or_else(gone, |l| l.name.clone());
        return match e.phase.and_then(|p| bp.phase(p)) {
            Some(p) => tr_args("inbox-aimed-cell", &[("lane", lane.into()), ("phase", p.name.clone().into())]),
            None => lane,
        };
    }
    let on = e.on.and_then(|id| {
        bp.step(StepId(id))
            .map(|s| s.title.clone())
            .or_else(|| bp.annotation(crate::model::AnnotationId(id)).map(|a| a.text.clone()))
    });
    tr_args("inbox-aimed-on", &[("title", on.map_or_else(gone, |t| crate::ui::text::one_line_cut(&t, 40)).into())])
}

/// Why an entry could not be accepted, in words.
#[must_use]
pub fn refusal_words(r: Refusal) -> String {
    tr(match r {
        Refusal::NotWaiting => "inbox-refused-handled",
        Refusal::TargetGone => "inbox-refused-target",
        Refusal::LaneGone => "inbox-refused-lane",
        Refusal::NoRoom => "inbox-refused-room",
    })
}

fn entry_ui(ui: &mut Ui, bp: &Blueprint, e: &InboxEntry, editor: &mut EditorState) {
    let author = e.author.clone().unwrap_or_else(|| tr("inbox-anonymous"));
    let severity = e
        .severity
        .filter(|_| e.kind == InboxKind::PainPoint)
        .map(|s| format!(" · {}", tr(&format!("inbox-severity-{s}"))));
    // The handle: drag the entry onto a cell of the canvas.
    let drag_id = ui.scope_id().with(("inbox-drag", e.id));
    let handle = ui.dnd_drag_source(drag_id, InboxDrag(e.id), |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(kind_words(e.kind)).strong());
            ui.label(format!("{}{}", author, severity.unwrap_or_default()));
        });
    });
    let handle_id = handle.response.id;
    handle.response.on_hover_text(tr("inbox-drag-tip"));
    ui.label(egui::RichText::new(aimed_words(bp, e)).weak());
    let mut text = match &editor.inbox_text {
        Some((id, t)) if *id == e.id => t.clone(),
        _ => e.text.clone(),
    };
    let mut accept = false;
    if e.kind != InboxKind::Vote {
        let field = ui.add(
            egui::TextEdit::multiline(&mut text)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text(tr("inbox-text-hint")),
        );
        let field = field.labelled_by(handle_id);
        if field.changed() {
            editor.inbox_text = Some((e.id, text.clone()));
        }
        accept |= field.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter) && i.modifiers.command);
    }
    ui.horizontal(|ui| {
        accept |= ui.button(tr("inbox-accept")).on_hover_text(tr("inbox-accept-tip")).clicked();
        if ui.button(tr("inbox-dismiss")).on_hover_text(tr("inbox-dismiss-tip")).clicked()
            && let Ok(edit) = inbox::dismiss(bp, e.id)
        {
            editor.actions.push(Action::Edit { edit, key: None, then_select: None });
        }
    });
    if accept {
        let changed = editor.inbox_text.clone().filter(|(id, _)| *id == e.id).map(|(_, t)| t);
        accept_entry(bp, e.id, changed.as_deref(), None, editor);
    }
}

/// Accepts an entry (with the text typed, at a place when dropped on the canvas), or says why not.
pub fn accept_entry(bp: &Blueprint, id: Uuid, text: Option<&str>, place: Option<Place>, editor: &mut EditorState) {
    if text.is_some_and(|t| t.trim().is_empty()) {
        editor.actions.push(Action::Say(tr("inbox-refused-empty")));
        return;
    }
    match inbox::accept(bp, id, text, place) {
        Ok(edit) => {
            editor.inbox_text = None;
            editor.actions.push(Action::Edit { edit, key: None, then_select: None });
        }
        Err(r) => editor.actions.push(Action::Say(refusal_words(r))),
    }
}
