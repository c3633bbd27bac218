//! Carrying out what the user asked for: edits through the document's one `apply`, commands,
//! and the dialogs that some of them need.

use crate::document::Document;
use crate::edit::Edit;
use crate::i18n::{tr, tr_args};

use crate::ui::app::{Dialog, SightlineApp, Then};
use crate::ui::canvas::quick::{Direction, next_step};
use crate::ui::command::Command;
use crate::ui::dialogs::files::{FileDialog, Purpose};
use crate::ui::state::{Action, NoteTyping, Selection, Typing};
use std::path::PathBuf;

impl SightlineApp {
    /// Carries out the actions collected during the frame, in order; follow-ups that they queue
    /// (typing after a new step, say) are carried out in the same pass, after them.
    pub fn process_actions(&mut self) {
        while !self.editor.actions.is_empty() {
            let actions = std::mem::take(&mut self.editor.actions);
            for action in actions {
                self.process(action);
            }
        }
    }

    fn process(&mut self, action: Action) {
        {
            #[allow(clippy::match_same_arms, reason = "each action reads on its own")]
            match action {
                Action::Edit { edit, key, then_select } => self.apply(edit, key, then_select.map(|s| *s)),
                Action::Run(c) => self.run(c),
                Action::Type { step, new, key } => {
                    let Some(doc) = &self.doc else { return };
                    let Some(s) = doc.blueprint().step(step) else { return };
                    self.editor.selection = Selection::step(s.id, s.lane, s.column);
                    let key = key.unwrap_or_else(|| self.editor.key("title"));
                    self.editor.typing = Some(Typing { step, text: s.title.clone(), new, key, focus_pending: true });
                    if let Some(card) = self.doc.as_mut().and_then(|d| d.layout().card(step).map(|c| c.rect)) {
                        self.editor.view.reveal(card);
                    }
                }
                Action::Abandon { key } => {
                    if let Some(doc) = self.doc.as_mut()
                        && doc.abandon(&key)
                    {
                        let bp = doc.blueprint();
                        self.editor.selection.steps.retain(|s| bp.step(*s).is_some());
                        self.editor.selection.annotation =
                            self.editor.selection.annotation.filter(|a| bp.annotation(*a).is_some());
                    }
                }
                Action::Say(s) => self.status = s,
            }
        }
    }

    /// Applies an edit as one undo step; a refused edit is reported, never half done.
    pub fn apply(&mut self, edit: Edit, key: Option<crate::edit::MergeKey>, then_select: Option<Selection>) {
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.blueprint().locked && edit.changes_layout(doc.blueprint()) {
            self.status = tr("msg-locked");
            return;
        }
        match doc.apply(edit, key) {
            Ok(()) => {
                if let Some(sel) = then_select {
                    self.editor.selection = sel;
                }
                self.prune_selection();
            }
            Err(e) => {
                let words = crate::ui::text::model_error(doc.blueprint(), &e);
                self.status = tr_args("msg-not-done", &[("error", words.into())]);
            }
        }
    }

    /// Drops what no longer exists from the selection (after undo, delete, …).
    fn prune_selection(&mut self) {
        let Some(doc) = &self.doc else { return };
        let bp = doc.blueprint();
        let sel = &mut self.editor.selection;
        sel.steps.retain(|s| bp.step(*s).is_some());
        sel.flow = sel.flow.filter(|f| bp.flow(*f).is_some());
        sel.annotation = sel.annotation.filter(|a| bp.annotation(*a).is_some());
        sel.cell = sel.cell.filter(|(l, _)| bp.lane(*l).is_some());
        if let Some(t) = &self.editor.typing
            && bp.step(t.step).is_none()
        {
            self.editor.typing = None;
        }
    }

    /// Runs a command.
    #[allow(clippy::too_many_lines, reason = "one arm a command; splitting would scatter them")]
    pub fn run(&mut self, command: Command) {
        match command {
            Command::New => self.guard(Then::New),
            Command::Open => self.guard(Then::OpenDialog),
            Command::CloseDocument => self.guard(Then::Close),
            Command::Save => self.save(),
            Command::SaveAs => self.save_as_dialog(),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::About => self.dialog = Some(Dialog::About),
            Command::ToggleOutline => self.prefs.show_outline = !self.prefs.show_outline,
            Command::ToggleInspector => {
                self.prefs.show_inspector = !self.prefs.show_inspector;
                self.prefs.show_analysis = false;
            }
            Command::Analysis => self.prefs.show_analysis = !self.prefs.show_analysis,
            Command::Conflicts => self.editor.show_conflicts = !self.editor.show_conflicts,
            Command::Inbox => self.editor.show_inbox = !self.editor.show_inbox,
            Command::ActionsPanel => self.editor.show_actions = !self.editor.show_actions,
            Command::Matrix => self.editor.show_matrix = !self.editor.show_matrix,
            Command::ClosingList => self.editor.closing_list = !self.editor.closing_list,
            Command::AddAction => self.add_action(),
            Command::NextRound | Command::PreviousRound => {
                // The field view shows the rounds; stepping opens it.
                let n = self.doc.as_ref().map_or(0, |d| d.blueprint().rounds().len());
                self.editor.field_view = true;
                let r = &mut self.editor.round;
                *r =
                    if command == Command::NextRound { (*r + 1).min(n.saturating_sub(1)) } else { r.saturating_sub(1) };
                if n == 0 {
                    self.status = tr("rounds-none");
                }
            }
            Command::Invite => self.invite(),
            Command::EmotionCurve => self.prefs.show_emotion = !self.prefs.show_emotion,
            Command::NotesView => self.prefs.show_notes = !self.prefs.show_notes,
            Command::Export => self.export_dialog(),
            Command::InteractionView => self.prefs.show_interaction = !self.prefs.show_interaction,
            Command::ActorsPanel => self.prefs.show_actors = !self.prefs.show_actors,
            Command::FieldView => {
                self.editor.field_view = !self.editor.field_view;
                // A token chosen on the field dims the canvas's other steps: not once the field
                // is left, where nothing says why.
                if !self.editor.field_view {
                    self.editor.highlight_actor = None;
                }
            }
            Command::CompareWith => self.compare_dialog(),
            Command::History => self.history_dialog(),
            Command::Import => self.import_dialog(),
            Command::CustomerView | Command::ProcessView => {
                use crate::ui::state::Focus;
                let want = if command == Command::CustomerView { Focus::Customer } else { Focus::Process };
                self.editor.focus = if self.editor.focus == want { Focus::Both } else { want };
            }
            Command::BiggerText => {
                self.prefs.ui_scale = (self.prefs.ui_scale * 1.1).min(*crate::ui::app::UI_SCALE_RANGE.end());
            }
            Command::SmallerText => {
                self.prefs.ui_scale = (self.prefs.ui_scale / 1.1).max(*crate::ui::app::UI_SCALE_RANGE.start());
            }
            Command::NormalText => self.prefs.ui_scale = 1.0,
            Command::VoteMode => {
                self.editor.vote_mode = !self.editor.vote_mode;
                self.editor.typing = None;
                self.status = if self.editor.vote_mode { tr("msg-vote-mode") } else { String::new() };
            }
            _ => self.run_on_document(command),
        }
    }

    #[allow(clippy::too_many_lines, reason = "one arm a command; splitting would scatter them")]
    fn run_on_document(&mut self, command: Command) {
        let Some(doc) = self.doc.as_mut() else { return };
        let sel = self.editor.selection.clone();
        let bp = doc.blueprint();
        let steps: Vec<_> = sel.steps.iter().copied().collect();
        match command {
            Command::Undo | Command::Redo => {
                self.editor.typing = None;
                let r = if command == Command::Undo { doc.undo() } else { doc.redo() };
                match r {
                    Ok(true) => self.status.clear(),
                    Ok(false) => {
                        self.status =
                            tr(if command == Command::Undo { "msg-nothing-to-undo" } else { "msg-nothing-to-redo" });
                    }
                    Err(e) => {
                        self.error = Some(tr_args("msg-history-cleared", &[("error", e.to_string().into())]));
                    }
                }
                self.prune_selection();
            }
            Command::Copy => {
                if let Some(f) = crate::ui::clipboard::copy(bp, &steps) {
                    let text = crate::ui::clipboard::to_text(bp, &f);
                    self.status = tr_args("msg-copied", &[("count", f.steps.len().into())]);
                    self.clipboard = Some(f);
                    self.copy_to_system = Some(text);
                }
            }
            Command::Paste if self.pasted_text.is_some() => {
                let text = self.pasted_text.take().unwrap_or_default();
                let Some((lane, column)) = sel.cell else {
                    self.status = tr("msg-paste-choose-cell");
                    return;
                };
                match crate::import::paste::steps(bp, lane, column, &text) {
                    Some(steps) => {
                        let last = steps.last().map(|s| Selection::step(s.id, s.lane, s.column));
                        self.status = tr_args("msg-pasted-lines", &[("n", steps.len().into())]);
                        self.apply(Edit::Batch(steps.into_iter().map(Edit::AddStep).collect()), None, last);
                    }
                    None => self.status = tr("msg-paste-no-room"),
                }
            }
            Command::Paste => {
                let Some(f) = self.clipboard.clone() else {
                    self.status = tr("msg-nothing-to-paste");
                    return;
                };
                let (lane, column) = match sel.cell.and_then(|(l, c)| bp.lane_index(l).map(|i| (i, c))) {
                    Some(cell) => cell,
                    None => (0, bp.column_count()),
                };
                match crate::ui::clipboard::paste(bp, &f, lane, column) {
                    Some((edit, then)) => self.apply(edit, None, Some(then)),
                    None => self.status = tr("msg-paste-no-room"),
                }
            }
            Command::EditTitle if self.editor.connect_from.is_some() => {
                // Enter while connecting by keyboard: the flow goes to the step chosen with the arrows.
                let from = self.editor.connect_from.take();
                match (from, sel.single_step()) {
                    (Some(from), Some(to)) if from != to => {
                        let flow = crate::model::Flow::new(from, to);
                        let then = Selection { flow: Some(flow.id), ..Selection::default() };
                        self.apply(Edit::AddFlow(flow), None, Some(then));
                    }
                    _ => self.status = tr("msg-connect-no-target"),
                }
            }
            Command::Connect => match sel.single_step().and_then(|s| bp.step(s)) {
                Some(step) => {
                    self.editor.connect_from = Some(step.id);
                    self.status = tr_args("msg-connect-from", &[("title", step.title.clone().into())]);
                }
                None => self.status = tr("msg-select-first"),
            },
            Command::EditTitle => {
                if let Some(s) = sel.single_step() {
                    self.editor.actions.push(Action::Type { step: s, new: false, key: None });
                } else if sel.cell.is_some() && sel.steps.is_empty() {
                    self.editor.run(Command::AddStepHere);
                }
            }
            Command::NextStepRight => {
                if let Some(s) = sel.single_step() {
                    next_step(bp, &mut self.editor, s, Direction::Right);
                }
            }
            Command::Projector => {
                let on = !self.editor.projector;
                self.editor.projector = on;
                self.editor.phase_in_view = None;
                if on {
                    // The bar says "whole blueprint": show all of it.
                    self.editor.view_before_projector = Some(self.editor.view);
                    self.editor.view.fit_pending = true;
                    self.editor.view.fit_whole = true;
                    self.editor.view.fit_cap = 2.0;
                } else if let Some(before) = self.editor.view_before_projector.take() {
                    // The facilitator's own view comes back (its size follows the window).
                    let size = self.editor.view.size;
                    self.editor.view = before;
                    self.editor.view.size = size;
                } else {
                    self.editor.view.fit_pending = true;
                    self.editor.view.fit_cap = 1.0;
                }
                self.projector_fullscreen = Some(on);
            }
            Command::NextPhase | Command::PreviousPhase => {
                let n = bp.phases().len();
                if n == 0 {
                    self.status = tr("msg-no-phases");
                    return;
                }
                let next = match (self.editor.phase_in_view, command) {
                    (None, Command::NextPhase) => 0,
                    (None, _) => n - 1,
                    (Some(i), Command::NextPhase) => (i + 1).min(n - 1),
                    (Some(i), _) => i.saturating_sub(1),
                };
                self.editor.phase_in_view = Some(next);
                let layout = doc.layout();
                if let Some(ph) = layout.phases.get(next) {
                    let m = layout.metrics;
                    let header = egui::vec2(m.lane_header_width, m.phase_header_height);
                    let min = crate::ui::canvas::paint::min_headers(self.editor.projector);
                    let v = &mut self.editor.view;
                    v.fit_whole = true;
                    v.fit(ph.span, header, min, v.size);
                    v.fit_pending = false;
                }
            }
            Command::ZoomIn | Command::ZoomOut => {
                let v = &mut self.editor.view;
                let center = egui::pos2(v.size.x / 2.0, v.size.y / 2.0);
                let widget = egui::Rect::from_min_size(egui::Pos2::ZERO, v.size);
                v.zoom_at(widget, center, if command == Command::ZoomIn { 1.25 } else { 0.8 });
            }
            Command::FitAll => {
                self.editor.phase_in_view = None;
                self.editor.view.fit_pending = true;
                self.editor.view.fit_whole = true;
            }
            Command::ZoomToSelection => {
                let layout = doc.layout();
                let rects: Vec<_> = steps.iter().filter_map(|s| layout.card(*s)).map(|c| c.rect).collect();
                if let Some(r) = rects.iter().copied().reduce(|a, b| a.union(&b)) {
                    self.editor.view.zoom_to(r);
                }
            }
            _ => self.run_edit(command),
        }
    }

    /// A command that is an edit of the document (see `edits::edit_for`), with what follows it:
    /// typing into a new step, the text field of a new note, a status line.
    fn run_edit(&mut self, command: Command) {
        let Some(doc) = self.doc.as_ref() else { return };
        let planned = match crate::ui::edits::edit_for(command, doc.blueprint(), &self.editor.selection) {
            Ok(Some(p)) => p,
            Ok(None) => return,
            Err(message) => {
                self.status = message;
                return;
            }
        };
        let added = match &planned.edit {
            Edit::AddStep(s) => Some(("new step", s.id.0)),
            Edit::AddAnnotation { annotation, .. } => Some(("new note", annotation.id.0)),
            _ => None,
        };
        // A new step's or note's creation and its text are one undo step.
        let key = added.map(|(what, _)| self.editor.key(what));
        self.apply(planned.edit, key.clone(), planned.then);
        let bp = self.doc.as_ref().map(Document::blueprint);
        match (command, added, key) {
            (Command::AddStepHere, Some((_, id)), Some(key)) => {
                let step = crate::model::StepId(id);
                if bp.is_some_and(|b| b.step(step).is_some()) {
                    self.editor.actions.push(Action::Type { step, new: true, key: Some(key) });
                }
            }
            (_, Some((_, id)), Some(key)) => {
                let id = crate::model::AnnotationId(id);
                if bp.is_some_and(|b| b.annotation(id).is_some()) {
                    self.editor.typing = None;
                    self.editor.note =
                        Some(NoteTyping { id, text: String::new(), new: true, key, focus_pending: true });
                    let kind = crate::ui::edits::note_kind(command).map(crate::ui::text::annotation_name);
                    self.status = tr_args("msg-annotation-added", &[("kind", kind.unwrap_or_default().into())]);
                }
            }
            (Command::LockLayout, ..) => {
                let locked = bp.is_some_and(|b| b.locked);
                self.status = tr(if locked { "msg-locked-on" } else { "msg-locked-off" });
            }
            _ => {}
        }
    }

    /// Carries out what waited for the unsaved-changes answer.
    pub fn proceed(&mut self, then: Then) {
        match then {
            Then::New => self.proceed(Then::NewFrom(crate::templates::Template::Standard)),
            Then::NewFrom(template) => {
                let bp = template.build(&tr("new-blueprint-title"), crate::i18n::language());
                self.set_document(Document::new(bp, None));
                if template == crate::templates::Template::Interaction {
                    self.prefs.show_interaction = true;
                }
            }
            Then::OpenDialog => {
                let dir = self.default_dir();
                self.dialog = Some(Dialog::File(FileDialog::new(Purpose::Open, dir, String::new())));
            }
            Then::OpenPath(p) => self.open_path(&p),
            Then::OpenExample(name) => self.open_example(&name),
            Then::OpenImported(bp) => {
                self.set_document(Document::new(*bp, None));
                self.status = tr("msg-imported");
            }
            Then::Close => {
                self.forget_recovery_copy();
                self.invitation = None;
                self.doc = None;
                self.editor = crate::ui::state::EditorState::default();
            }
            Then::Quit => {
                self.forget_recovery_copy();
                self.invitation = None;
                self.closing = true;
            }
        }
    }

    pub(crate) fn default_dir(&self) -> PathBuf {
        self.doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .or(self.prefs.recent.first())
            .and_then(|p| p.parent().map(std::path::Path::to_path_buf))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."))
    }

    fn save(&mut self) {
        let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else {
            self.save_as_dialog();
            return;
        };
        if self.doc.as_ref().is_some_and(Document::changed_on_disk) {
            self.dialog = Some(Dialog::ChangedOnDisk);
            return;
        }
        self.save_to(&path);
    }

    /// Saves the document to `path`; true when it worked.
    pub fn save_to(&mut self, path: &std::path::Path) -> bool {
        let Some(doc) = self.doc.as_mut() else { return false };
        match doc.save_as(path) {
            Ok(()) => {
                self.status = tr_args("msg-saved", &[("path", path.display().to_string().into())]);
                self.remember(path);
                self.forget_recovery_copy();
                true
            }
            Err(e) => {
                self.error = Some(crate::ui::text::file_error(&e));
                false
            }
        }
    }

    pub(crate) fn save_as_dialog(&mut self) {
        let Some(doc) = &self.doc else { return };
        let name = doc.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || format!("{}.blueprint.json", doc.blueprint().title.replace(['/', '\\'], "-")),
            |n| n.to_string_lossy().into_owned(),
        );
        self.dialog = Some(Dialog::File(FileDialog::new(Purpose::SaveAs, self.default_dir(), name)));
    }
}
