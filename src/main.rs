//! `sightline`: the editor, or a command on blueprint files (see `sightline --help`).

use sightline::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    // The system's language first, so that a wrong argument is named in it too.
    sightline::i18n::set_language(sightline::i18n::system_language());
    let args: Cli = cli::help::parse();
    let lang = args.lang.map(sightline::templates::Lang::from);
    if let Some(lang) = lang {
        sightline::i18n::set_language(lang);
    }
    if let Some(command) = args.command {
        return cli::run(command);
    }
    match sightline::ui::run(args.file.as_deref(), args.example.as_deref(), lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", sightline::i18n::tr_args("cli-no-window", &[("reason", e.to_string().into())]));
            ExitCode::FAILURE
        }
    }
}
