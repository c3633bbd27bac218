//! Sightline: a desktop service-blueprint editor.
//!
//! The model (`model`) knows nothing of the UI; every file goes through `io` (recovery copies
//! too); `layout` turns a blueprint into geometry, and `draw` that geometry into the one list of
//! shapes that the canvas and every export draw.

pub mod analysis;
pub mod cli;
pub mod document;
pub mod draw;
pub mod edit;
pub mod examples;
pub mod export;
#[cfg(feature = "fuzzing")]
pub mod fuzz;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod io;
pub mod layout;
pub mod merge;
pub mod model;
pub mod serve;
pub mod style;
pub mod templates;
pub mod ui;
