//! The keys that work only in one context — on the canvas, while typing a title or a note,
//! while connecting by keyboard — in one list beside the commands (`command.rs`), so that the
//! code that reads them, the shortcuts window and the test for clashes use the same table.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Where a key works.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// The canvas has the keyboard (nothing is typed).
    Canvas,
    /// A step's title is being typed on its card.
    Title,
    /// A note is being typed beside its step.
    Note,
}

/// A key of one context.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Binding {
    MoveLeft,
    MoveRight,
    MoveUp,
    MoveDown,
    /// Clear the selection, or cancel connecting.
    Deselect,
    /// The next step one lane down (a new one where the cell is empty).
    LaneBelow,
    /// Keep the title; on a new step, go on to the next one to the right.
    TitleNext,
    /// Keep the title and go one lane down.
    TitleDown,
    StopTyping,
    /// Keep the note and give the keyboard back to the canvas.
    KeepNote,
    /// A new line in the note.
    NoteNewLine,
    LeaveNote,
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Binding {
    /// Every binding, in the order the shortcuts window lists them.
    pub const ALL: [Binding; 12] = [
        Self::MoveLeft,
        Self::MoveRight,
        Self::MoveUp,
        Self::MoveDown,
        Self::Deselect,
        Self::LaneBelow,
        Self::TitleNext,
        Self::TitleDown,
        Self::StopTyping,
        Self::KeepNote,
        Self::NoteNewLine,
        Self::LeaveNote,
    ];

    #[must_use]
    pub fn context(self) -> Context {
        match self {
            Self::MoveLeft | Self::MoveRight | Self::MoveUp | Self::MoveDown | Self::Deselect | Self::LaneBelow => {
                Context::Canvas
            }
            Self::TitleNext | Self::TitleDown | Self::StopTyping => Context::Title,
            Self::KeepNote | Self::NoteNewLine | Self::LeaveNote => Context::Note,
        }
    }

    #[must_use]
    pub fn shortcut(self) -> KeyboardShortcut {
        match self {
            Self::MoveLeft => plain(Key::ArrowLeft),
            Self::MoveRight => plain(Key::ArrowRight),
            Self::MoveUp => plain(Key::ArrowUp),
            Self::MoveDown => plain(Key::ArrowDown),
            Self::Deselect | Self::StopTyping | Self::LeaveNote => plain(Key::Escape),
            Self::LaneBelow | Self::TitleDown => plain(Key::Tab),
            Self::TitleNext | Self::KeepNote => plain(Key::Enter),
            Self::NoteNewLine => KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter),
        }
    }

    /// The message that says what the key does.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::MoveLeft => "key-move-left",
            Self::MoveRight => "key-move-right",
            Self::MoveUp => "key-move-up",
            Self::MoveDown => "key-move-down",
            Self::Deselect => "key-deselect",
            Self::LaneBelow => "key-lane-below",
            Self::TitleNext => "key-title-next",
            Self::TitleDown => "key-title-down",
            Self::StopTyping => "key-stop-typing",
            Self::KeepNote => "key-keep-note",
            Self::NoteNewLine => "key-note-new-line",
            Self::LeaveNote => "key-leave-note",
        }
    }

    /// Takes a press of this binding's key from this frame's input, with exactly its modifiers
    /// (egui's `consume_key` would also take Shift+Enter for Enter).
    pub fn take(self, i: &mut egui::InputState) -> bool {
        let s = self.shortcut();
        let found = i.events.iter().position(|e| {
            matches!(e, egui::Event::Key { key, pressed: true, modifiers, .. }
                if *key == s.logical_key && modifiers.shift == s.modifiers.shift && !modifiers.command && !modifiers.ctrl && !modifiers.alt)
        });
        if let Some(at) = found {
            i.events.remove(at);
        }
        found.is_some()
    }
}
