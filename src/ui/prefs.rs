//! Preferences remembered across restarts (through eframe's storage; never documents).

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The colour themes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

/// Preferences remembered across restarts (through eframe storage; never documents).
#[allow(clippy::struct_excessive_bools, reason = "independent on/off preferences, stored as they are shown")]
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub recent: Vec<PathBuf>,
    pub show_outline: bool,
    pub show_inspector: bool,
    pub show_analysis: bool,
    /// The emotion curve above the customer lane (when any step has an emotion).
    pub show_emotion: bool,
    pub theme: ThemeChoice,
    /// The interface language (the first start follows the system).
    pub lang: crate::templates::Lang,
    /// The size of menus, panels and their text (egui's zoom factor).
    pub ui_scale: f32,
    /// Questions and messages per column, at the bottom of the customer lane.
    pub show_interaction: bool,
    /// The actors panel.
    pub show_actors: bool,
    /// The notes view: each step's notes as sticky notes under its card.
    pub show_notes: bool,
    /// More messages than this in one column is information overload.
    pub max_messages: usize,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            show_outline: false,
            show_inspector: true,
            show_analysis: false,
            show_emotion: true,
            theme: ThemeChoice::Light,
            ui_scale: 1.0,
            lang: crate::templates::Lang::En,
            show_interaction: false,
            show_actors: false,
            show_notes: false,
            max_messages: crate::analysis::interaction::DEFAULT_MAX_MESSAGES,
        }
    }
}

/// The smallest and largest interface scale.
pub const UI_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.6..=2.5;
