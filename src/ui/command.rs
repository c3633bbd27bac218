//! One list of commands: each gives its menu text, tooltip and shortcut, so that menus, keyboard
//! shortcuts and the help window never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask for from a menu, a toolbar or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    CloseDocument,
    Undo,
    Redo,
    Copy,
    Paste,
    Duplicate,
    Delete,
    EditTitle,
    NextStepRight,
    AddStepHere,
    FlipFlow,
    TwoWayFlow,
    AddPainPoint,
    AddMomentOfTruth,
    AddIdea,
    AddQuestion,
    InsertColumn,
    RemoveColumn,
    AddLane,
    AddPhase,
    ZoomIn,
    ZoomOut,
    FitAll,
    ZoomToSelection,
    ToggleOutline,
    ToggleInspector,
    LockLayout,
    VoteMode,
    Projector,
    NextPhase,
    PreviousPhase,
    BiggerText,
    SmallerText,
    NormalText,
    Shortcuts,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 39] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::CloseDocument,
        Self::Undo,
        Self::Redo,
        Self::Copy,
        Self::Paste,
        Self::Duplicate,
        Self::Delete,
        Self::EditTitle,
        Self::NextStepRight,
        Self::AddStepHere,
        Self::FlipFlow,
        Self::TwoWayFlow,
        Self::AddPainPoint,
        Self::AddMomentOfTruth,
        Self::AddIdea,
        Self::AddQuestion,
        Self::InsertColumn,
        Self::RemoveColumn,
        Self::AddLane,
        Self::AddPhase,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::FitAll,
        Self::ZoomToSelection,
        Self::ToggleOutline,
        Self::ToggleInspector,
        Self::LockLayout,
        Self::VoteMode,
        Self::Projector,
        Self::NextPhase,
        Self::PreviousPhase,
        Self::BiggerText,
        Self::SmallerText,
        Self::NormalText,
        Self::Shortcuts,
    ];

    /// The menu text.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::CloseDocument => "Close",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Copy => "Copy",
            Self::Paste => "Paste",
            Self::Duplicate => "Duplicate",
            Self::Delete => "Delete",
            Self::EditTitle => "Edit title",
            Self::NextStepRight => "Add next step",
            Self::AddStepHere => "Add step here",
            Self::FlipFlow => "Flip direction",
            Self::TwoWayFlow => "Two-way",
            Self::AddPainPoint => "Add pain point",
            Self::AddMomentOfTruth => "Add moment of truth",
            Self::AddIdea => "Add idea",
            Self::AddQuestion => "Add question",
            Self::InsertColumn => "Insert column",
            Self::RemoveColumn => "Remove empty column",
            Self::AddLane => "Add lane",
            Self::AddPhase => "Start a phase here",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::FitAll => "Fit to content",
            Self::ZoomToSelection => "Zoom to selection",
            Self::ToggleOutline => "Outline",
            Self::ToggleInspector => "Inspector",
            Self::LockLayout => "Lock layout",
            Self::VoteMode => "Dot voting",
            Self::Projector => "Projector mode",
            Self::NextPhase => "Next phase",
            Self::PreviousPhase => "Previous phase",
            Self::BiggerText => "Bigger interface",
            Self::SmallerText => "Smaller interface",
            Self::NormalText => "Normal interface size",
            Self::Shortcuts => "Keyboard shortcuts",
        }
    }

    /// A sentence for the tooltip.
    #[must_use]
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Start a new blueprint with the five standard lanes",
            Self::Open => "Open a blueprint file",
            Self::Save => "Save the blueprint to its file",
            Self::SaveAs => "Save the blueprint to a new file",
            Self::CloseDocument => "Close the blueprint and go back to the start screen",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::Copy => "Copy the selected steps, with their flows and annotations",
            Self::Paste => "Paste steps at the selected cell",
            Self::Duplicate => "Copy the selected steps one column to the right",
            Self::Delete => "Delete the selection (steps take their flows and annotations with them)",
            Self::EditTitle => "Type a new title for the selected step (Enter also works)",
            Self::NextStepRight => "Add a step to the right of the selected one and type its title",
            Self::AddStepHere => "Add a step in the selected empty cell and type its title",
            Self::FlipFlow => "Turn the selected flow around",
            Self::TwoWayFlow => "Make the selected flow go both ways, or one way again",
            Self::AddPainPoint => "Add a pain point to the selected step or flow",
            Self::AddMomentOfTruth => "Add a moment of truth to the selected step or flow",
            Self::AddIdea => "Add an idea to the selected step or flow",
            Self::AddQuestion => "Add a question to the selected step or flow",
            Self::InsertColumn => "Insert an empty column at the selected cell; later steps move right",
            Self::RemoveColumn => "Remove the selected column if it is empty; later steps move left",
            Self::AddLane => "Add a custom lane below the selected one",
            Self::AddPhase => "Start a new phase at the selected column",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::FitAll => "Show the whole blueprint",
            Self::ZoomToSelection => "Zoom to the selected steps",
            Self::ToggleOutline => "Show or hide the outline of phases, lanes and steps",
            Self::ToggleInspector => "Show or hide the inspector",
            Self::LockLayout => {
                "Freeze lanes, phases, columns and step positions; text, annotations and votes stay open"
            }
            Self::Projector => "Full screen, large type, high contrast, no side panels; Esc leaves",
            Self::NextPhase => "Show the next phase of the journey",
            Self::PreviousPhase => "Show the previous phase of the journey",
            Self::BiggerText => "Make menus, panels and their text bigger",
            Self::SmallerText => "Make menus, panels and their text smaller",
            Self::NormalText => "Menus, panels and text at their normal size",
            Self::VoteMode => {
                "Click a step or a badge to give it a vote, right-click to take one back; the ranking shows the result"
            }
            Self::Shortcuts => "All keyboard shortcuts",
        }
    }

    /// The main keyboard shortcut.
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Some(match self {
            Self::FlipFlow | Self::TwoWayFlow => return None,
            Self::AddStepHere => plain(Key::Insert),
            Self::New => ctrl(Key::N),
            Self::Open => ctrl(Key::O),
            Self::Save => ctrl(Key::S),
            Self::SaveAs => ctrl_shift(Key::S),
            Self::CloseDocument => ctrl(Key::W),
            Self::Undo => ctrl(Key::Z),
            Self::Redo => ctrl_shift(Key::Z),
            Self::Copy => ctrl(Key::C),
            Self::Paste => ctrl(Key::V),
            Self::Duplicate => ctrl(Key::D),
            Self::Delete => plain(Key::Delete),
            Self::EditTitle => plain(Key::F2),
            Self::NextStepRight => ctrl(Key::Enter),
            Self::AddPainPoint => ctrl(Key::Num1),
            Self::AddMomentOfTruth => ctrl(Key::Num2),
            Self::AddIdea => ctrl(Key::Num3),
            Self::AddQuestion => ctrl(Key::Num4),
            Self::InsertColumn => ctrl(Key::I),
            Self::RemoveColumn => ctrl_shift(Key::I),
            Self::AddLane => ctrl(Key::L),
            Self::AddPhase => ctrl(Key::P),
            Self::ZoomIn => plain(Key::Plus),
            Self::ZoomOut => plain(Key::Minus),
            Self::FitAll => plain(Key::Num0),
            Self::ZoomToSelection => plain(Key::F),
            Self::ToggleOutline => ctrl(Key::Num5),
            Self::ToggleInspector => ctrl(Key::Num6),
            Self::LockLayout => ctrl(Key::K),
            Self::Projector => plain(Key::F5),
            Self::NextPhase => plain(Key::PageDown),
            Self::PreviousPhase => plain(Key::PageUp),
            Self::BiggerText => ctrl(Key::Plus),
            Self::SmallerText => ctrl(Key::Minus),
            Self::NormalText => ctrl(Key::Num0),
            Self::VoteMode => ctrl_shift(Key::V),
            Self::Shortcuts => plain(Key::F1),
        })
    }

    /// Other shortcuts that do the same.
    #[must_use]
    pub fn alternatives(self) -> &'static [KeyboardShortcut] {
        const REDO: [KeyboardShortcut; 1] = [ctrl(Key::Y)];
        const DELETE: [KeyboardShortcut; 1] = [plain(Key::Backspace)];
        const EDIT: [KeyboardShortcut; 1] = [plain(Key::Enter)];
        const ZOOM_IN: [KeyboardShortcut; 1] = [plain(Key::Equals)];
        const BIGGER: [KeyboardShortcut; 1] = [ctrl(Key::Equals)];
        const FIT: [KeyboardShortcut; 1] = [plain(Key::Home)];
        match self {
            Self::Redo => &REDO,
            Self::Delete => &DELETE,
            Self::EditTitle => &EDIT,
            Self::ZoomIn => &ZOOM_IN,
            Self::BiggerText => &BIGGER,
            Self::FitAll => &FIT,
            _ => &[],
        }
    }

    /// Whether the command works while a text field has the keyboard (file commands do; the
    /// rest would fight with typing).
    #[must_use]
    pub fn works_while_typing(self) -> bool {
        matches!(
            self,
            Self::New
                | Self::Open
                | Self::Save
                | Self::SaveAs
                | Self::Shortcuts
                | Self::BiggerText
                | Self::SmallerText
                | Self::NormalText
        )
    }

    /// Whether the command changes the document (greyed out without a document).
    #[must_use]
    pub fn needs_document(self) -> bool {
        !matches!(
            self,
            Self::New | Self::Open | Self::Shortcuts | Self::BiggerText | Self::SmallerText | Self::NormalText
        )
    }
}

/// A shortcut as shown in menus and help ("Ctrl+Shift+Z").
#[must_use]
pub fn shortcut_text(ctx: &egui::Context, s: &KeyboardShortcut) -> String {
    ctx.format_shortcut(s)
}
