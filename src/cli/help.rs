//! The command line's help and its usage errors in the interface language. clap builds the
//! commands from the types in `cli`; the words come from the message files (`cli-about-*`,
//! `cli-arg-*`), so `sightline --help` and a mistyped option speak Dutch on a Dutch system.

use super::Cli;
use crate::i18n::{tr, tr_args};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

/// The message id of a command's description: `cli-about` for Sightline itself.
fn about_id(path: &[&str]) -> String {
    std::iter::once("cli-about").chain(path.iter().copied()).collect::<Vec<_>>().join("-")
}

/// The message id of an argument's help: `cli-arg-export-output`, `cli-arg-lang`.
fn arg_id(path: &[&str], arg: &str) -> String {
    let global = ["lang", "help", "version"].contains(&arg);
    let mut parts = vec!["cli", "arg"];
    if !global {
        parts.extend(path.iter().copied());
    }
    parts.push(arg);
    parts.join("-").replace('_', "-")
}

/// The command line with its help in the interface language.
#[must_use]
pub fn command() -> Command {
    localize(Cli::command().disable_help_subcommand(true), &[])
}

fn localize(cmd: Command, path: &[&str]) -> Command {
    let template = format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", tr("cli-help-usage"));
    let mut cmd = cmd
        .about(tr(&about_id(path)))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(tr("cli-help-commands"))
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help));
    let line = usage(&cmd, path);
    cmd = cmd.override_usage(line);
    if path.is_empty() {
        cmd = cmd
            .disable_version_flag(true)
            .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version));
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() { "cli-help-arguments" } else { "cli-help-options" };
            let takes_values = a.get_action().takes_values();
            a.help(tr(&arg_id(path, &id))).long_help(None).help_heading(tr(heading)).hide_possible_values(takes_values)
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in subs {
        let mut inner = path.to_vec();
        inner.push(&name);
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &inner));
    }
    cmd
}

/// clap's usage line without its "Usage:" heading (the template adds it in the language).
fn usage(cmd: &Command, path: &[&str]) -> String {
    let mut c =
        cmd.clone().bin_name(std::iter::once("sightline").chain(path.iter().copied()).collect::<Vec<_>>().join(" "));
    let text = c.render_usage().to_string();
    text.trim_start_matches("Usage:").trim().to_owned()
}

/// Reads the command line; help, version and usage errors are printed in the language and end
/// the program (exit 0 for help, 2 for a usage error).
#[must_use]
pub fn parse() -> Cli {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `--lang` chooses the language of the help and of the errors too, wherever it stands (before
    // or after the command), so it is taken out first; a value other than en or nl is left for
    // clap to refuse.
    let mut lang = None;
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy().into_owned();
        let (value, len) = match arg.strip_prefix("--lang=") {
            Some(v) => (Some(v.to_owned()), 1),
            None if arg == "--lang" => (args.get(i + 1).map(|v| v.to_string_lossy().into_owned()), 2),
            None => (None, 0),
        };
        let chosen = match value.as_deref() {
            Some("en") => Some(super::LangArg::En),
            Some("nl") => Some(super::LangArg::Nl),
            _ => None,
        };
        if let Some(l) = chosen {
            lang = Some(l);
            args.drain(i..i + len);
        } else {
            i += 1;
        }
    }
    if let Some(l) = lang {
        crate::i18n::set_language(l.into());
    }
    let cmd = command();
    // The first word that is neither a command nor a file is most often a mistyped command.
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned());
    let mut first = None;
    while let Some(w) = words.next() {
        if w == "--example" || w == "--lang" {
            words.next();
        } else if w == "--" {
            first = words.next();
            break;
        } else if !w.starts_with('-') {
            first = Some(w);
            break;
        }
    }
    if let Some(word) = first
        && cmd.find_subcommand(&word).is_none()
        && !std::path::Path::new(&word).exists()
    {
        let name = crate::io::visible(&word).into_owned();
        eprintln!("{}", tr_args("cli-no-such-file-or-command", &[("name", name.into())]));
        std::process::exit(2);
    }
    let matches = cmd.try_get_matches_from(args).unwrap_or_else(|e| exit(&e));
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(&e));
    cli.lang = lang.or(cli.lang);
    cli
}

fn exit(e: &clap::Error) -> ! {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        e.exit();
    }
    eprintln!("{}", error_words(e));
    std::process::exit(2);
}

/// A usage error in the language: what is wrong, a suggestion when clap has one, and the way
/// to the help.
#[must_use]
pub fn error_words(e: &clap::Error) -> String {
    let get = |k: ContextKind| e.get(k).map(shown).unwrap_or_default();
    let arg = Some(get(ContextKind::InvalidArg))
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| get(ContextKind::InvalidSubcommand));
    let text = match e.kind() {
        ErrorKind::UnknownArgument => tr_args("cli-error-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => {
            tr_args("cli-error-unknown-command", &[("arg", get(ContextKind::InvalidSubcommand).into())])
        }
        ErrorKind::InvalidValue if get(ContextKind::InvalidValue).is_empty() => {
            tr_args("cli-error-missing-value", &[("arg", arg.into())])
        }
        ErrorKind::InvalidValue => tr_args(
            "cli-error-invalid-value",
            &[
                ("value", get(ContextKind::InvalidValue).into()),
                ("arg", arg.into()),
                ("valid", get(ContextKind::ValidValue).into()),
            ],
        ),
        ErrorKind::ValueValidation => {
            // The reason is the value parser's own message, already in the language.
            let reason = std::error::Error::source(e).map(ToString::to_string).unwrap_or_default();
            tr_args("cli-error-bad-value", &[("arg", arg.into()), ("reason", reason.into())])
        }
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            tr_args("cli-error-missing", &[("args", arg.into())])
        }
        ErrorKind::ArgumentConflict => {
            tr_args("cli-error-conflict", &[("arg", arg.into()), ("other", get(ContextKind::PriorArg).into())])
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr_args("cli-error-too-many", &[("arg", arg.into())])
        }
        _ => {
            let detail = e.kind().as_str().unwrap_or("").to_owned();
            tr_args("cli-error-other", &[("detail", detail.into())])
        }
    };
    let mut out = format!("{}: {text}", tr("cli-error"));
    for k in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg] {
        if let Some(s) = e.get(k) {
            out.push_str("\n  ");
            out.push_str(&tr_args("cli-error-suggestion", &[("suggestion", shown(s).into())]));
        }
    }
    if let Some(ContextValue::String(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        out = out + "\n\n" + &tr("cli-help-usage") + " " + usage;
    }
    out = out + "\n\n" + &tr("cli-error-more");
    out
}

fn shown(v: &ContextValue) -> String {
    match v {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}
