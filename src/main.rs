//! `sightline`: the editor, or a command on blueprint files (see `sightline --help`).

use clap::Parser;
use sightline::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = args.command {
        return cli::run(command);
    }
    if let Some(file) = &args.file
        && !file.exists()
    {
        // Most often a mistyped command; either way there is nothing to open.
        eprintln!("sightline: “{}” is neither a file nor a command (see `sightline --help`)", file.display());
        return ExitCode::from(2);
    }
    match sightline::ui::run(args.file.as_deref(), args.example.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sightline: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
