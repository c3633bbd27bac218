//! Sightline: a desktop service-blueprint editor.
//!
//! The model (`model`) knows nothing of the UI; every file goes through `io`; `layout` turns a
//! blueprint into geometry that the canvas and every export draw.

pub mod analysis;
pub mod cli;
pub mod generate;
pub mod io;
pub mod model;
pub mod templates;
