//! `sightline`: the editor, or a command on blueprint files (see `sightline --help`).

use clap::Parser;
use sightline::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    // The system's language first, so that a wrong argument is named in it too.
    sightline::i18n::set_language(sightline::i18n::system_language());
    let args = Cli::parse();
    let lang = args.lang.map(sightline::templates::Lang::from);
    if let Some(lang) = lang {
        sightline::i18n::set_language(lang);
    }
    if let Some(command) = args.command {
        if args.file.is_some() || args.example.is_some() {
            // `sightline FILE validate …`: a file to open and a command do not go together.
            eprintln!("{}", sightline::i18n::tr("cli-file-and-command"));
            return ExitCode::from(2);
        }
        return cli::run(command);
    }
    if let Some(file) = &args.file
        && !file.exists()
    {
        // Most often a mistyped command; either way there is nothing to open.
        let name = sightline::io::visible(&file.display().to_string()).into_owned();
        eprintln!("{}", sightline::i18n::tr_args("cli-no-such-file-or-command", &[("name", name.into())]));
        return ExitCode::from(2);
    }
    match sightline::ui::run(args.file.as_deref(), args.example.as_deref(), lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", sightline::i18n::tr_args("cli-no-window", &[("reason", e.to_string().into())]));
            ExitCode::FAILURE
        }
    }
}
