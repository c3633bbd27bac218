//! Editor state that is not part of the document: selection, the title being typed, a drag in
//! progress, the view. Kept apart from the model so that undo never touches it.

use crate::edit::{Edit, MergeKey};
use crate::layout::Pos;
use crate::model::{AnnotationId, FlowId, LaneId, StepId};
use crate::ui::canvas::view::View;
use crate::ui::command::Command;
use std::collections::BTreeSet;

/// What is selected. Steps can be many; a flow or an annotation is selected alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub steps: BTreeSet<StepId>,
    pub flow: Option<FlowId>,
    pub annotation: Option<AnnotationId>,
    /// The cell the keyboard is on (a step's cell, or an empty one).
    pub cell: Option<(LaneId, u32)>,
}

impl Selection {
    /// Only this step (and its cell).
    #[must_use]
    pub fn step(id: StepId, lane: LaneId, column: u32) -> Self {
        Self { steps: BTreeSet::from([id]), cell: Some((lane, column)), ..Self::default() }
    }

    /// Only an empty cell.
    #[must_use]
    pub fn cell(lane: LaneId, column: u32) -> Self {
        Self { cell: Some((lane, column)), ..Self::default() }
    }

    /// The single selected step, if exactly one.
    #[must_use]
    pub fn single_step(&self) -> Option<StepId> {
        (self.steps.len() == 1 && self.flow.is_none()).then(|| self.steps.iter().next().copied()).flatten()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty() && self.flow.is_none() && self.annotation.is_none()
    }
}

/// A step title being typed in place.
#[derive(Clone, Debug)]
pub struct Typing {
    pub step: StepId,
    pub text: String,
    /// Typing into a step that was just made: its creation and title are one undo step, and an
    /// empty new step disappears when typing ends.
    pub new: bool,
    pub key: MergeKey,
    pub focus_pending: bool,
}

/// A note (annotation) being typed beside its step: Enter keeps it, Shift+Enter is a new line,
/// Esc leaves; a new note left empty disappears.
#[derive(Clone, Debug)]
pub struct NoteTyping {
    pub id: AnnotationId,
    pub text: String,
    /// Just made: its creation and text are one undo step (`key`), and empty it disappears.
    pub new: bool,
    pub key: MergeKey,
    pub focus_pending: bool,
}

/// A drag on the canvas, from press to release.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Drag {
    #[default]
    None,
    Pan,
    /// Moving steps; `grab` is where the pointer took hold, in canvas units.
    Move {
        steps: Vec<StepId>,
        grab: Pos,
    },
    /// Drawing a new flow from a step's handle.
    Connect {
        from: StepId,
    },
    /// Selecting with a rectangle.
    Rubber {
        start: Pos,
    },
}

/// What the user asked for during a frame; the app carries these out after drawing.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant, reason = "a few short-lived actions a frame; boxing buys nothing")]
pub enum Action {
    /// A change to the document, as one undo step (merged with the last when the keys match),
    /// and the selection to show afterwards.
    Edit { edit: Edit, key: Option<MergeKey>, then_select: Option<Box<Selection>> },
    /// Run a command (from a menu, a button, the keyboard or a context menu).
    Run(Command),
    /// Start typing the title of a step.
    Type { step: StepId, new: bool, key: Option<MergeKey> },
    /// Drop a new step that was left empty: undo its creation (the last undo step, with `key`).
    Abandon { key: MergeKey },
    /// A message for the status bar.
    Say(String),
}

/// Which view the canvas favours; the other one is dimmed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    Both,
    /// The customer journey: emotion, moments of truth, questions, Kano.
    Customer,
    /// The process: minutes, value class, waste.
    Process,
}

/// All editor state of one open document.
#[derive(Debug, Default)]
#[allow(clippy::struct_excessive_bools, reason = "independent switches of the editor's view")]
pub struct EditorState {
    pub view: View,
    pub selection: Selection,
    pub typing: Option<Typing>,
    pub drag: Drag,
    pub actions: Vec<Action>,
    /// Counter for merge keys of typing sessions.
    pub next_key: u64,
    /// Clicks give votes instead of selecting.
    pub vote_mode: bool,
    /// Full screen, large type, no side panels.
    pub projector: bool,
    /// On the projector while voting: the ranking shown over the canvas.
    pub ranking_overlay: bool,
    /// The view the facilitator had before projector mode, given back when it ends.
    pub view_before_projector: Option<View>,
    /// The phase shown by phase walking (`None`: the whole blueprint or free view).
    pub phase_in_view: Option<usize>,
    /// Customer view, process view, or both.
    pub focus: Focus,
    /// The actor whose steps stand out on the canvas.
    pub highlight_actor: Option<crate::model::ActorId>,
    /// The field view (actors on an open canvas) instead of the blueprint.
    pub field_view: bool,
    /// The actor being dragged in the field view, and where it started.
    pub field_drag: Option<(crate::model::ActorId, (f32, f32))>,
    /// The note being typed beside its step.
    pub note: Option<NoteTyping>,
    /// Connecting by keyboard: the flow starts at this step; arrows choose the target, Enter
    /// draws the flow, Esc cancels.
    pub connect_from: Option<StepId>,
    /// Input events held back to the next frame: those that came after a key that opens or
    /// moves a text field (Enter, Tab, F2, Ctrl+1 …) in the same frame belong to that field.
    pub type_ahead: Vec<egui::Event>,
    /// The conflicts panel (a file a merge left conflicts in opens with it).
    pub show_conflicts: bool,
    /// View → Actions: the filters.
    pub action_filter: crate::ui::panels::actions::ActionFilter,
    /// A due date being typed that is not a date yet: (action, text).
    pub action_due: Option<(uuid::Uuid, String)>,
    /// The round of the choreography shown in the field view (an index into the rounds).
    pub round: usize,
    /// Two rounds side by side (`compare_rounds`: which two; `None` the first and the last).
    pub round_compare: bool,
    pub compare_rounds: Option<(usize, usize)>,
    /// View → Actions is shown.
    pub show_actions: bool,
    /// Workshop → Closing list: the actions over the canvas, for the room.
    pub closing_list: bool,
    /// View → Value/effort matrix is shown; an item being dragged in it.
    pub show_matrix: bool,
    pub matrix_drag: Option<(uuid::Uuid, egui::Pos2)>,
    /// Workshop → Inbox is shown.
    pub show_inbox: bool,
    /// Text being changed in the inbox before accepting: (entry, text).
    pub inbox_text: Option<(uuid::Uuid, String)>,
    /// A value being typed by hand for a conflict: (conflict, text).
    pub conflict_text: Option<(uuid::Uuid, String)>,
}

impl EditorState {
    /// Whether a title or a note is being typed (the canvas's keys are off).
    #[must_use]
    pub fn is_typing(&self) -> bool {
        self.typing.is_some() || self.note.is_some()
    }

    /// Keeps typed keys in order across the frames a burst of typing spans: the events held back
    /// last frame go first, and this frame's events after the first key that opens or moves a
    /// text field wait for the next frame, when that field exists and has the keyboard.
    pub fn order_input(&mut self, ctx: &egui::Context) {
        let held = std::mem::take(&mut self.type_ahead);
        let rest = ctx.input_mut(|i| {
            if !held.is_empty() {
                let now = std::mem::take(&mut i.events);
                i.events = held;
                i.events.extend(now);
            }
            let cut = i.events.iter().position(opens_field)?;
            Some(i.events.split_off(cut + 1))
        });
        if let Some(rest) = rest.filter(|r| !r.is_empty()) {
            self.type_ahead = rest;
            ctx.request_repaint();
        }
    }

    /// A fresh merge key.
    pub fn key(&mut self, what: &str) -> MergeKey {
        self.next_key += 1;
        MergeKey(format!("{what}#{}", self.next_key))
    }

    pub fn edit(&mut self, edit: Edit, then_select: Option<Selection>) {
        self.actions.push(Action::Edit { edit, key: None, then_select: then_select.map(Box::new) });
    }

    pub fn run(&mut self, command: Command) {
        self.actions.push(Action::Run(command));
    }
}

/// A key press after which the keyboard may belong to another text field: the events that
/// follow it in the same frame must wait until that field is there.
fn opens_field(e: &egui::Event) -> bool {
    use egui::Key;
    match e {
        egui::Event::Key { key, pressed: true, modifiers, .. } => {
            matches!(key, Key::Enter | Key::Tab | Key::F2 | Key::Insert | Key::Escape)
                || (modifiers.command || modifiers.ctrl || modifiers.alt)
        }
        _ => false,
    }
}
