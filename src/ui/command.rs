//! One list of commands: each gives its menu text, tooltip and shortcut, so that menus, keyboard
//! shortcuts and the help window never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask for from a menu, a toolbar or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    New,
    Open,
    Import,
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
    Connect,
    FlipFlow,
    TwoWayFlow,
    AddPainPoint,
    AddMomentOfTruth,
    AddIdea,
    AddQuestion,
    AddMessage,
    InteractionView,
    NotesView,
    ActorsPanel,
    FieldView,
    CompareWith,
    History,
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
    Analysis,
    Conflicts,
    Invite,
    Inbox,
    ActionsPanel,
    AddAction,
    NextRound,
    PreviousRound,
    Matrix,
    ClosingList,
    CustomerView,
    ProcessView,
    EmotionCurve,
    Export,
    Shortcuts,
    About,
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
    pub const ALL: [Command; 63] = [
        Self::New,
        Self::Open,
        Self::Import,
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
        Self::Connect,
        Self::FlipFlow,
        Self::TwoWayFlow,
        Self::AddPainPoint,
        Self::AddMomentOfTruth,
        Self::AddIdea,
        Self::AddQuestion,
        Self::AddMessage,
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
        Self::Invite,
        Self::Inbox,
        Self::ClosingList,
        Self::AddAction,
        Self::ActionsPanel,
        Self::Matrix,
        Self::PreviousRound,
        Self::NextRound,
        Self::LockLayout,
        Self::VoteMode,
        Self::Projector,
        Self::NextPhase,
        Self::PreviousPhase,
        Self::BiggerText,
        Self::SmallerText,
        Self::NormalText,
        Self::Analysis,
        Self::Conflicts,
        Self::CustomerView,
        Self::ProcessView,
        Self::EmotionCurve,
        Self::InteractionView,
        Self::NotesView,
        Self::ActorsPanel,
        Self::FieldView,
        Self::Export,
        Self::CompareWith,
        Self::History,
        Self::Shortcuts,
        Self::About,
    ];

    /// The id of the command's messages in `assets/i18n` (`cmd-ID`, `cmd-ID-tip`).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Open => "open",
            Self::Import => "import",
            Self::Save => "save",
            Self::SaveAs => "save-as",
            Self::CloseDocument => "close",
            Self::Undo => "undo",
            Self::Redo => "redo",
            Self::Copy => "copy",
            Self::Paste => "paste",
            Self::Duplicate => "duplicate",
            Self::Delete => "delete",
            Self::EditTitle => "edit-title",
            Self::NextStepRight => "next-step",
            Self::AddStepHere => "step-here",
            Self::Connect => "connect",
            Self::FlipFlow => "flip-flow",
            Self::TwoWayFlow => "two-way",
            Self::AddPainPoint => "pain-point",
            Self::AddMomentOfTruth => "moment-of-truth",
            Self::AddIdea => "idea",
            Self::AddQuestion => "question",
            Self::InsertColumn => "insert-column",
            Self::RemoveColumn => "remove-column",
            Self::AddLane => "add-lane",
            Self::AddPhase => "add-phase",
            Self::ZoomIn => "zoom-in",
            Self::ZoomOut => "zoom-out",
            Self::FitAll => "fit",
            Self::ZoomToSelection => "zoom-selection",
            Self::ToggleOutline => "outline",
            Self::ToggleInspector => "inspector",
            Self::LockLayout => "lock",
            Self::VoteMode => "vote",
            Self::Projector => "projector",
            Self::NextPhase => "next-phase",
            Self::PreviousPhase => "previous-phase",
            Self::BiggerText => "bigger",
            Self::SmallerText => "smaller",
            Self::NormalText => "normal-size",
            Self::Analysis => "analysis",
            Self::Conflicts => "conflicts",
            Self::Invite => "invite",
            Self::Inbox => "inbox",
            Self::ActionsPanel => "actions-panel",
            Self::AddAction => "add-action",
            Self::Matrix => "matrix",
            Self::NextRound => "next-round",
            Self::PreviousRound => "previous-round",
            Self::ClosingList => "closing-list",
            Self::CustomerView => "customer-view",
            Self::ProcessView => "process-view",
            Self::EmotionCurve => "emotion-curve",
            Self::NotesView => "notes-view",
            Self::Export => "export",
            Self::AddMessage => "message",
            Self::InteractionView => "interaction-view",
            Self::ActorsPanel => "actors",
            Self::FieldView => "field-view",
            Self::CompareWith => "compare",
            Self::History => "history",
            Self::Shortcuts => "shortcuts",
            Self::About => "about",
        }
    }

    /// The menu text, in the interface language.
    #[must_use]
    pub fn label(self) -> String {
        crate::i18n::tr(&format!("cmd-{}", self.id()))
    }

    /// A sentence for the tooltip, in the interface language.
    #[must_use]
    pub fn tooltip(self) -> String {
        crate::i18n::tr(&format!("cmd-{}-tip", self.id()))
    }

    /// The main keyboard shortcut.
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Some(match self {
            Self::FlipFlow | Self::TwoWayFlow | Self::CompareWith | Self::History | Self::About | Self::ClosingList => {
                return None;
            }
            Self::AddMessage => ctrl(Key::M),
            Self::InteractionView => ctrl(Key::J),
            Self::ActorsPanel => ctrl(Key::G),
            Self::FieldView => ctrl_shift(Key::F),
            Self::Export => ctrl_shift(Key::E),
            Self::AddStepHere => plain(Key::Insert),
            Self::Connect => plain(Key::L),
            Self::New => ctrl(Key::N),
            Self::Open => ctrl(Key::O),
            Self::Import => ctrl_shift(Key::O),
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
            Self::EmotionCurve => ctrl(Key::E),
            Self::NotesView => ctrl_shift(Key::N),
            Self::Analysis => ctrl(Key::Num7),
            Self::Conflicts => ctrl_shift(Key::K),
            Self::Invite => ctrl_shift(Key::J),
            Self::Inbox => ctrl(Key::B),
            Self::ActionsPanel => ctrl_shift(Key::L),
            Self::AddAction => ctrl_shift(Key::A),
            Self::Matrix => ctrl_shift(Key::M),
            Self::NextRound => ctrl(Key::ArrowRight),
            Self::PreviousRound => ctrl(Key::ArrowLeft),
            Self::CustomerView => ctrl(Key::Num8),
            Self::ProcessView => ctrl(Key::Num9),
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
                | Self::Export
                | Self::CompareWith
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
            Self::New
                | Self::Open
                | Self::Import
                | Self::Shortcuts
                | Self::About
                | Self::BiggerText
                | Self::SmallerText
                | Self::NormalText
        )
    }
}

/// A shortcut as shown in menus and help ("Ctrl+Shift+Z"), with the keys whose names are words
/// ("Left", "Escape") in the interface language: egui names them in English only.
#[must_use]
pub fn shortcut_text(ctx: &egui::Context, s: &KeyboardShortcut) -> String {
    let text = ctx.format_shortcut(s);
    let id = match s.logical_key {
        Key::ArrowLeft => "key-name-left",
        Key::ArrowRight => "key-name-right",
        Key::ArrowUp => "key-name-up",
        Key::ArrowDown => "key-name-down",
        Key::Escape => "key-name-escape",
        Key::Insert => "key-name-insert",
        Key::Delete => "key-name-delete",
        Key::Backspace => "key-name-backspace",
        Key::PageUp => "key-name-page-up",
        Key::PageDown => "key-name-page-down",
        _ => return text,
    };
    let name = s.logical_key.name();
    match text.strip_suffix(name) {
        Some(modifiers) => format!("{modifiers}{}", crate::i18n::tr(id)),
        None => text,
    }
}
