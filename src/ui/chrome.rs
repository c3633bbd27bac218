//! The window's chrome: menus, toolbar, status bar, error banner, start screen, projector bar.
//! Menus and toolbar are built from the one command list.

use crate::i18n::{tr, tr_args};
use crate::templates::Lang;
use crate::ui::app::{SightlineApp, ThemeChoice, Then};
use crate::ui::canvas::context::command_item;
use crate::ui::canvas::paint::legend_ui;
use crate::ui::command::Command;
use crate::ui::state::Action;

/// A tooltip with the command's shortcut.
fn tip(ui: &egui::Ui, c: Command) -> String {
    match c.shortcut() {
        Some(s) => format!("{} ({})", c.tooltip(), crate::ui::command::shortcut_text(ui.ctx(), &s)),
        None => c.tooltip(),
    }
}

impl SightlineApp {
    pub(crate) fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let has_doc = self.doc.is_some();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr("menu-file"), |ui| self.file_menu(ui, has_doc));
            let a = &mut self.editor.actions;
            ui.menu_button(tr("menu-edit"), |ui| {
                let groups: [&[Command]; 3] = [
                    &[Command::Undo, Command::Redo],
                    &[Command::Copy, Command::Paste, Command::Duplicate, Command::Delete],
                    &[Command::EditTitle, Command::NextStepRight, Command::AddStepHere, Command::Connect],
                ];
                menu_groups(ui, a, &groups, has_doc);
            });
            ui.menu_button(tr("menu-insert"), |ui| {
                let groups: [&[Command]; 3] = [
                    &[
                        Command::AddPainPoint,
                        Command::AddMomentOfTruth,
                        Command::AddIdea,
                        Command::AddQuestion,
                        Command::AddMessage,
                    ],
                    &[Command::InsertColumn, Command::RemoveColumn, Command::AddLane, Command::AddPhase],
                    &[Command::AddAction],
                ];
                menu_groups(ui, a, &groups, has_doc);
            });
            ui.menu_button(tr("menu-view"), |ui| self.view_menu(ui, has_doc));
            ui.menu_button(tr("menu-workshop"), |ui| self.workshop_menu(ui, has_doc));
            let a = &mut self.editor.actions;
            ui.menu_button(tr("menu-help"), |ui| {
                command_item(ui, a, Command::About, true);
                command_item(ui, a, Command::Shortcuts, true);
            });
            ui.separator();
            self.toolbar(ui, has_doc);
        });
    }

    fn file_menu(&mut self, ui: &mut egui::Ui, has_doc: bool) {
        let a = &mut self.editor.actions;
        for c in [Command::New, Command::Open, Command::Import] {
            command_item(ui, a, c, true);
        }
        ui.menu_button(tr("menu-new-from-template"), |ui| {
            for (t, name) in [
                (crate::templates::Template::Standard, tr("template-standard")),
                (crate::templates::Template::InternalProcess, tr("template-internal")),
                (crate::templates::Template::Interaction, tr("template-interaction")),
            ] {
                if ui.button(name).clicked() {
                    self.guard(Then::NewFrom(t));
                    ui.close();
                }
            }
        });
        ui.menu_button(tr("menu-open-recent"), |ui| {
            if self.prefs.recent.is_empty() {
                ui.label(tr("menu-no-recent"));
            }
            for p in self.prefs.recent.clone() {
                if ui.button(p.to_string_lossy()).clicked() {
                    self.guard(Then::OpenPath(p));
                    ui.close();
                }
            }
        });
        ui.menu_button(tr("menu-open-example"), |ui| {
            for ex in crate::examples::ALL {
                if ui.button(ex.title).clicked() {
                    self.guard(Then::OpenExample(ex.name.to_owned()));
                    ui.close();
                }
            }
        });
        ui.separator();
        let a = &mut self.editor.actions;
        for c in [Command::Save, Command::SaveAs] {
            command_item(ui, a, c, has_doc);
        }
        ui.separator();
        command_item(ui, a, Command::Export, has_doc);
        command_item(ui, a, Command::CompareWith, has_doc);
        command_item(ui, a, Command::History, has_doc);
        ui.separator();
        command_item(ui, a, Command::CloseDocument, has_doc);
    }

    /// Whether a command that switches something is on (`None`: not a switch).
    fn switched_on(&self, c: Command) -> Option<bool> {
        use crate::ui::state::Focus;
        let p = &self.prefs;
        Some(match c {
            Command::LockLayout => self.doc.as_ref().is_some_and(|d| d.blueprint().locked),
            Command::VoteMode => self.editor.vote_mode,
            Command::Projector => self.editor.projector,
            Command::Analysis => p.show_analysis,
            Command::Conflicts => self.editor.show_conflicts,
            Command::Invite => self.invitation.is_some(),
            Command::Inbox => self.editor.show_inbox,
            Command::ActionsPanel => self.editor.show_actions,
            Command::Matrix => self.editor.show_matrix,
            Command::ClosingList => self.editor.closing_list,
            Command::CustomerView => self.editor.focus == Focus::Customer,
            Command::ProcessView => self.editor.focus == Focus::Process,
            Command::EmotionCurve => p.show_emotion,
            Command::NotesView => p.show_notes,
            Command::InteractionView => p.show_interaction,
            Command::ActorsPanel => p.show_actors,
            Command::FieldView => self.editor.field_view,
            Command::ToggleOutline => p.show_outline,
            Command::ToggleInspector => p.show_inspector,
            _ => return None,
        })
    }

    fn view_menu(&mut self, ui: &mut egui::Ui, has_doc: bool) {
        let on: Vec<(Command, bool)> =
            Command::ALL.iter().filter_map(|&c| self.switched_on(c).map(|on| (c, on))).collect();
        let a = &mut self.editor.actions;
        let groups: [&[Command]; 4] = [
            &[Command::ZoomIn, Command::ZoomOut, Command::FitAll, Command::ZoomToSelection],
            &[
                Command::Analysis,
                Command::Conflicts,
                Command::CustomerView,
                Command::ProcessView,
                Command::EmotionCurve,
            ],
            &[
                Command::NotesView,
                Command::InteractionView,
                Command::ActorsPanel,
                Command::FieldView,
                Command::PreviousRound,
                Command::NextRound,
            ],
            &[Command::ActionsPanel, Command::Matrix],
        ];
        for (i, group) in groups.iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            for &c in *group {
                switch_item(ui, a, c, has_doc, on.iter().find(|(x, _)| *x == c).map(|(_, o)| *o));
            }
        }
        ui.separator();
        for c in [Command::ToggleOutline, Command::ToggleInspector] {
            switch_item(ui, a, c, true, on.iter().find(|(x, _)| *x == c).map(|(_, o)| *o));
        }
        ui.separator();
        ui.menu_button(tr("menu-theme"), |ui| {
            for (t, name) in [
                (ThemeChoice::Light, "theme-light"),
                (ThemeChoice::Dark, "theme-dark"),
                (ThemeChoice::HighContrast, "theme-high-contrast"),
            ] {
                ui.radio_value(&mut self.prefs.theme, t, tr(name));
            }
        });
        ui.menu_button(tr("menu-language"), |ui| {
            for (lang, name) in [(Lang::En, "English"), (Lang::Nl, "Nederlands")] {
                if ui.radio(self.prefs.lang == lang, name).clicked() {
                    self.prefs.lang = lang;
                    crate::i18n::set_language(lang);
                    ui.close();
                }
            }
        });
        for c in [Command::BiggerText, Command::SmallerText, Command::NormalText] {
            command_item(ui, a, c, true);
        }
    }

    /// Inviting participants and their inbox; the workshop switches.
    fn workshop_menu(&mut self, ui: &mut egui::Ui, has_doc: bool) {
        let on: Vec<(Command, bool)> =
            Command::ALL.iter().filter_map(|&c| self.switched_on(c).map(|on| (c, on))).collect();
        let a = &mut self.editor.actions;
        let groups: [&[Command]; 2] = [
            &[Command::Invite, Command::Inbox, Command::ClosingList],
            &[Command::LockLayout, Command::VoteMode, Command::Projector, Command::NextPhase, Command::PreviousPhase],
        ];
        for (i, group) in groups.iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            for &c in *group {
                switch_item(ui, a, c, has_doc, on.iter().find(|(x, _)| *x == c).map(|(_, o)| *o));
            }
        }
    }

    /// Workshop switches (lit while on) and the most used commands.
    fn toolbar(&mut self, ui: &mut egui::Ui, has_doc: bool) {
        let locked = self.doc.as_ref().is_some_and(|d| d.blueprint().locked);
        let waiting = self.inbox_waiting();
        let a = &mut self.editor.actions;
        for (c, on) in [
            (Command::Invite, self.invitation.is_some()),
            (Command::Inbox, self.editor.show_inbox),
            (Command::LockLayout, locked),
            (Command::VoteMode, self.editor.vote_mode),
        ] {
            let label = match c {
                Command::LockLayout if on => tr("layout-locked"),
                Command::Invite => tr("tool-invite"),
                Command::Inbox => tr_args("tool-inbox", &[("n", waiting.into())]),
                _ => c.label(),
            };
            if ui.add_enabled(has_doc, egui::Button::selectable(on, label)).on_hover_text(tip(ui, c)).clicked() {
                a.push(Action::Run(c));
            }
        }
        ui.separator();
        for (c, label) in [
            (Command::Undo, "tool-undo"),
            (Command::Redo, "tool-redo"),
            (Command::AddPainPoint, "tool-pain-point"),
            (Command::AddMomentOfTruth, "tool-moment-of-truth"),
            (Command::AddIdea, "tool-idea"),
            (Command::AddQuestion, "tool-question"),
            (Command::AddMessage, "tool-message"),
        ] {
            // A narrow window (a laptop at 1280 px, Dutch words) keeps the buttons that fit
            // whole; the rest are in the menus.
            let text = tr(label);
            let font = egui::TextStyle::Button.resolve(ui.style());
            let width = ui.fonts_mut(|f| f.layout_no_wrap(text.clone(), font, egui::Color32::WHITE).size().x)
                + 2.0 * ui.spacing().button_padding.x
                + ui.spacing().item_spacing.x;
            if width > ui.available_width() {
                break;
            }
            if ui.add_enabled(has_doc, egui::Button::new(text)).on_hover_text(tip(ui, c)).clicked() {
                a.push(Action::Run(c));
            }
        }
    }

    /// The bar shown in projector mode: which phase is in view, and how to move on.
    pub(crate) fn projector_bar(&mut self, ui: &mut egui::Ui) {
        let (inviting, waiting) = (self.invitation.is_some(), self.inbox_waiting());
        let has_actions = self.doc.as_ref().is_some_and(|d| !d.blueprint().actions().is_empty());
        let Some(doc) = self.doc.as_ref() else { return };
        let bp = doc.blueprint();
        ui.horizontal(|ui| {
            let size = 22.0;
            let here = match self.editor.phase_in_view.and_then(|i| bp.phases().get(i).map(|p| (i, p))) {
                Some((i, p)) => tr_args(
                    "projector-phase",
                    &[("n", (i + 1).into()), ("total", bp.phases().len().into()), ("name", p.name.clone().into())],
                ),
                None if self.editor.field_view => {
                    let title = ("title", bp.title.clone().into());
                    match bp.rounds().get(self.editor.round) {
                        Some(r) => tr_args("projector-field-round", &[title, ("round", r.name.clone().into())]),
                        None => tr_args("projector-field", &[title]),
                    }
                }
                None => tr_args("projector-whole", &[("title", bp.title.clone().into())]),
            };
            ui.label(egui::RichText::new(here).size(size).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for c in [Command::Projector, Command::NextPhase, Command::PreviousPhase, Command::FitAll] {
                    let label = match c {
                        Command::Projector => tr("projector-leave"),
                        Command::FitAll => tr("projector-whole-button"),
                        _ => c.label(),
                    };
                    if ui.button(egui::RichText::new(label).size(16.0)).on_hover_text(c.tooltip()).clicked() {
                        self.editor.run(c);
                    }
                }
                if self.doc.as_ref().is_some_and(|d| d.blueprint().locked) {
                    ui.label(egui::RichText::new(tr("layout-locked")).size(16.0));
                }
                // While participants are invited: the inbox's count, and the way back to the
                // invitation (its QR code) for latecomers.
                if inviting || waiting > 0 {
                    let label = tr_args("tool-inbox", &[("n", waiting.into())]);
                    let button =
                        egui::Button::selectable(self.editor.show_inbox, egui::RichText::new(label).size(16.0));
                    if ui.add(button).on_hover_text(Command::Inbox.tooltip()).clicked() {
                        self.editor.run(Command::Inbox);
                    }
                }
                // The workshop's last word: its actions, large.
                if has_actions {
                    let label = egui::RichText::new(Command::ClosingList.label()).size(16.0);
                    let button = egui::Button::selectable(self.editor.closing_list, label);
                    if ui.add(button).on_hover_text(Command::ClosingList.tooltip()).clicked() {
                        self.editor.run(Command::ClosingList);
                    }
                }
                if inviting
                    && ui
                        .button(egui::RichText::new(tr("tool-invite")).size(16.0))
                        .on_hover_text(Command::Invite.tooltip())
                        .clicked()
                {
                    self.editor.run(Command::Invite);
                }
                if self.editor.vote_mode {
                    // Voting is on, for the room to see; the ranking can go over the canvas.
                    let label = if self.editor.ranking_overlay {
                        tr("projector-hide-ranking")
                    } else {
                        tr("projector-show-ranking")
                    };
                    if ui.button(egui::RichText::new(label).size(16.0)).clicked() {
                        self.editor.ranking_overlay = !self.editor.ranking_overlay;
                    }
                    ui.label(
                        egui::RichText::new(tr("projector-voting"))
                            .size(20.0)
                            .strong()
                            .color(ui.visuals().selection.stroke.color),
                    );
                }
            });
        });
    }

    pub(crate) fn error_banner(&mut self, ui: &mut egui::Ui, err: &str) {
        let frame = egui::Frame::side_top_panel(ui.style()).fill(egui::Color32::from_rgb(253, 236, 236));
        egui::Panel::top("error").frame(frame).show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let red = egui::Color32::from_rgb(160, 20, 20);
                ui.label(egui::RichText::new(tr("error-title")).strong().color(red));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(tr("dismiss")).clicked() {
                        self.error = None;
                    }
                });
            });
            ui.add(egui::Label::new(egui::RichText::new(err).color(egui::Color32::from_rgb(120, 20, 20))).wrap());
            ui.add_space(4.0);
        });
    }

    pub(crate) fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(doc) = &self.doc {
                let bp = doc.blueprint();
                ui.label(tr_args(
                    "status-counts",
                    &[
                        ("steps", bp.step_count().into()),
                        ("flows", bp.flow_count().into()),
                        ("notes", bp.annotations().len().into()),
                    ],
                ));
                ui.separator();
                ui.label(format!("{:.0} %", self.editor.view.zoom * 100.0));
                ui.separator();
                // Which perspective is in front (the other is dimmed).
                let focus = match self.editor.focus {
                    crate::ui::state::Focus::Both => None,
                    crate::ui::state::Focus::Customer => Some("status-customer-view"),
                    crate::ui::state::Focus::Process => Some("status-process-view"),
                };
                if let Some(id) = focus {
                    ui.label(egui::RichText::new(tr(id)).strong().color(ui.visuals().selection.stroke.color));
                    ui.separator();
                }
            }
            ui.label(&self.status);
            self.export_status_ui(ui);
            if self.doc.is_some() {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    egui::CollapsingHeader::new(tr("status-legend")).default_open(false).show(ui, |ui| {
                        if let Some(doc) = self.doc.as_mut() {
                            let (bp, layout) = doc.parts();
                            legend_ui(ui, bp, layout, &self.palette);
                        }
                    });
                });
            }
        });
    }

    pub(crate) fn start_ui(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.1);
            ui.heading(egui::RichText::new(tr("app-name")).size(40.0).strong());
            ui.label(egui::RichText::new(tr("app-tagline")).size(18.0));
            ui.add_space(24.0);
            if ui
                .add(
                    egui::Button::new(egui::RichText::new(tr("start-new")).size(17.0))
                        .min_size(egui::vec2(460.0, 40.0)),
                )
                .clicked()
            {
                self.editor.run(Command::New);
            }
            if ui
                .add(
                    egui::Button::new(egui::RichText::new(tr("start-open")).size(17.0))
                        .min_size(egui::vec2(460.0, 40.0)),
                )
                .clicked()
            {
                self.editor.run(Command::Open);
            }
            ui.add_space(20.0);
            ui.label(egui::RichText::new(tr("start-examples")).size(16.0).strong());
            ui.add_space(6.0);
            for ex in crate::examples::ALL {
                let button =
                    egui::Button::new(egui::RichText::new(ex.title).size(17.0)).min_size(egui::vec2(460.0, 40.0));
                let mut r = ui.add(button);
                // No tooltip through a dialog that covers the start screen.
                if self.dialog.is_none() {
                    r = r.on_hover_text(tr(&format!("example-{}-summary", ex.name)));
                }
                if r.clicked() {
                    self.open_example(ex.name);
                }
            }
            if !self.prefs.recent.is_empty() {
                ui.add_space(20.0);
                ui.label(egui::RichText::new(tr("start-recent")).size(16.0).strong());
                for p in self.prefs.recent.clone().into_iter().take(5) {
                    if ui.link(p.to_string_lossy()).clicked() {
                        self.open_path(&p);
                    }
                }
            }
        });
    }
}

/// Menu items in groups, with a separator between groups.
/// A menu item that shows a tick while its switch is on (or a plain item when it is no switch).
fn switch_item(ui: &mut egui::Ui, a: &mut Vec<Action>, c: Command, enabled: bool, on: Option<bool>) {
    let Some(on) = on else {
        command_item(ui, a, c, enabled);
        return;
    };
    let mut button = egui::Button::selectable(on, c.label());
    if let Some(s) = c.shortcut() {
        button = button.shortcut_text(crate::ui::command::shortcut_text(ui.ctx(), &s));
    }
    if ui.add_enabled(enabled, button).on_hover_text(c.tooltip()).clicked() {
        a.push(Action::Run(c));
        ui.close();
    }
}

fn menu_groups(ui: &mut egui::Ui, a: &mut Vec<Action>, groups: &[&[Command]], enabled: bool) {
    for (i, group) in groups.iter().filter(|g| !g.is_empty()).enumerate() {
        if i > 0 {
            ui.separator();
        }
        for &c in *group {
            command_item(ui, a, c, enabled);
        }
    }
    if groups.iter().any(|g| !g.is_empty()) {
        ui.separator();
    }
}
