//! The canvas context menu: what can be done with what is selected.

use crate::model::Blueprint;
use crate::ui::command::Command;
use crate::ui::state::{Action, EditorState};
use egui::Ui;

/// A menu item for a command, with its shortcut; pushes the command when clicked.
pub fn command_item(ui: &mut Ui, actions: &mut Vec<Action>, command: Command, enabled: bool) {
    let mut button = egui::Button::new(command.label());
    if let Some(s) = command.shortcut() {
        button = button.shortcut_text(crate::ui::command::shortcut_text(ui.ctx(), &s));
    }
    if ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked() {
        actions.push(Action::Run(command));
        ui.close();
    }
}

/// The context menu's contents.
pub fn context_menu_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState) {
    let sel = st.selection.clone();
    let a = &mut st.actions;
    let annotations = [Command::AddPainPoint, Command::AddMomentOfTruth, Command::AddIdea, Command::AddQuestion];
    if !sel.steps.is_empty() {
        let one = sel.steps.len() == 1;
        command_item(ui, a, Command::EditTitle, one);
        command_item(ui, a, Command::NextStepRight, one);
        command_item(ui, a, Command::Connect, one);
        ui.separator();
        for c in annotations {
            command_item(ui, a, c, one);
        }
        ui.separator();
        command_item(ui, a, Command::Copy, true);
        command_item(ui, a, Command::Duplicate, true);
        command_item(ui, a, Command::Delete, true);
    } else if let Some(f) = sel.flow.and_then(|f| bp.flow(f)) {
        command_item(ui, a, Command::FlipFlow, true);
        let mut two_way = f.two_way;
        if ui.checkbox(&mut two_way, Command::TwoWayFlow.label()).clicked() {
            a.push(Action::Run(Command::TwoWayFlow));
            ui.close();
        }
        ui.separator();
        for c in annotations {
            command_item(ui, a, c, true);
        }
        ui.separator();
        command_item(ui, a, Command::Delete, true);
    } else if sel.cell.is_some() {
        command_item(ui, a, Command::AddStepHere, true);
        command_item(ui, a, Command::Paste, true);
        ui.separator();
        command_item(ui, a, Command::InsertColumn, true);
        command_item(ui, a, Command::RemoveColumn, true);
        command_item(ui, a, Command::AddPhase, true);
        command_item(ui, a, Command::AddLane, true);
    } else {
        command_item(ui, a, Command::FitAll, true);
    }
}
