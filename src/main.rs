use clap::Parser;
use sightline::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => ExitCode::SUCCESS,
    }
}
