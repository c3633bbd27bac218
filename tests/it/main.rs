//! All integration tests in one binary: one link instead of fourteen (each links egui, resvg and
//! svg2pdf), which keeps a clean build well inside the CI machine's time and disk.

mod actions;
mod analysis;
mod bad_input;
mod browser;
mod capture;
mod cli;
mod commands;
mod common;
mod drawing;
mod editor;
mod examples;
mod export;
mod export_bounds;
#[cfg(feature = "fuzzing")]
mod fuzz_corpus;
mod history;
mod http;
mod i18n;
mod import;
mod inbox_ui;
mod interaction;
mod interaction_ui;
mod io_roundtrip;
mod keys;
mod layout;
mod limits;
mod merge;
mod model;
mod no_loss;
mod properties;
mod recovery_ui;
mod report_words;
mod rounds;
mod schema;
mod serve;
mod workshop;
