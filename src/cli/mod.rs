//! The `sightline` command line: start the editor, or validate, count, format, create and
//! generate blueprint files. Exit codes: 0 all well, 1 a file is invalid or an action failed,
//! 2 the command itself was wrong (clap's usage errors).
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "a command line prints its results")]

use crate::analysis::Stats;
use crate::export::{Pages, Paper};
use crate::i18n::{tr, tr_args};
use crate::io;
use crate::templates::{self, Lang};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub mod help;

/// Prints a line to standard output. When the reader has gone (`sightline report F | head -1`)
/// the command stops quietly instead of panicking on the closed pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::emit(&format!($($arg)*), true) };
}

/// Prints text to standard output as it is (no newline added).
macro_rules! out_raw {
    ($($arg:tt)*) => { $crate::cli::emit(&format!($($arg)*), false) };
}

pub(crate) fn emit(text: &str, newline: bool) {
    let mut o = std::io::stdout().lock();
    let r = o.write_all(text.as_bytes()).and_then(|()| if newline { o.write_all(b"\n") } else { Ok(()) });
    if r.and_then(|()| o.flush()).is_err() {
        // Nobody reads what follows; stop as `head` and `grep -q` expect.
        std::process::exit(0);
    }
}

mod git;
mod import;
mod serve;

/// Sightline: a service-blueprint editor for workshops and analysis. The help of every command
/// and option is in the message files (`cli-about-*`, `cli-arg-*` in `assets/i18n/`), in English
/// and Dutch; see [`help`].
#[derive(Parser, Debug)]
#[command(name = "sightline", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    pub file: Option<PathBuf>,
    #[arg(long, value_name = "NAME", conflicts_with = "file")]
    pub example: Option<String>,
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        strict: bool,
    },
    Stats {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    Fmt {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        check: bool,
    },
    New {
        file: PathBuf,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, value_enum, default_value_t = TemplateArg::Standard)]
        template: TemplateArg,
        #[arg(long)]
        force: bool,
    },
    Generate {
        #[arg(long)]
        steps: usize,
        file: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        force: bool,
    },
    Report {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "N", default_value_t = crate::analysis::interaction::DEFAULT_MAX_MESSAGES)]
        max_messages: usize,
    },
    Export {
        file: PathBuf,
        #[arg(long, value_enum)]
        format: FormatArg,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, value_name = "A..B")]
        phases: Option<String>,
        #[arg(long, value_parser = parse_scale)]
        scale: Option<f32>,
        #[arg(long, value_enum)]
        pages: Option<PagesArg>,
        #[arg(long)]
        interaction: bool,
        #[arg(long)]
        emotion: bool,
        #[arg(long)]
        notes: bool,
    },
    Diff {
        a: PathBuf,
        b: PathBuf,
        #[arg(long)]
        json: bool,
    },
    Schema,
    Outline {
        file: PathBuf,
        #[arg(long)]
        textconv: bool,
    },
    Import {
        input: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, value_enum)]
        format: Option<ImportFormatArg>,
        #[arg(long, value_name = "NAME=KIND")]
        lane: Vec<String>,
        #[arg(long, value_name = "NAME")]
        customer: Option<String>,
        #[arg(long, value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        force: bool,
    },
    GitSetup {
        dir: Option<PathBuf>,
    },
    Serve {
        file: PathBuf,
        #[arg(long, default_value = "0.0.0.0", value_name = "ADDR", value_parser = serve::host)]
        host: std::net::IpAddr,
        #[arg(long, default_value_t = 7878, value_name = "N")]
        port: u16,
        #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=99))]
        votes: u32,
    },
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ImportFormatArg {
    Bpmn,
    Csv,
    Xlsx,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PagesArg {
    A4,
    A3,
}

/// "2", "2x" or "300dpi" as a scale (96 dpi = 1).
fn parse_scale(text: &str) -> Result<f32, String> {
    let t = text.trim().to_ascii_lowercase();
    let (number, per) =
        if let Some(n) = t.strip_suffix("dpi") { (n, 96.0) } else { (t.strip_suffix('x').unwrap_or(&t), 1.0) };
    match number.trim().parse::<f32>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v / per),
        _ => Err(tr_args("cli-bad-scale", &[("text", text.to_owned().into())])),
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Svg,
    Png,
    Pdf,
    Csv,
    Md,
    Actions,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TemplateArg {
    Standard,
    Internal,
    Interaction,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    En,
    Nl,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => Lang::En,
            LangArg::Nl => Lang::Nl,
        }
    }
}

/// Runs a subcommand and returns the process exit code. Everything it says is in the language
/// of this thread ([`crate::i18n::set_language`]).
#[must_use]
pub fn run(command: Command) -> ExitCode {
    let lang = crate::i18n::language();
    let ok = match command {
        Command::Validate { files, strict } => validate(&files, strict),
        Command::Outline { file, textconv } => match io::load_file(&file) {
            Ok(bp) => {
                out_raw!("{}", crate::analysis::outline::outline(&bp, lang));
                true
            }
            // For git: a file that does not read (a typo, a half-resolved conflict) is shown as
            // it is, after a line that says why, so that `git diff` still shows what changed.
            Err(e) if textconv => {
                let why = match &e {
                    io::FileError::Invalid { error, .. } => {
                        error.problems.first().map(ToString::to_string).unwrap_or_default()
                    }
                    other => crate::i18n::words::file_error(other),
                };
                out!("{}", io::visible(&tr_args("cli-outline-unreadable", &[("reason", why.into())])));
                let raw = std::fs::read(&file).unwrap_or_default();
                out_raw!("{}", String::from_utf8_lossy(&raw));
                true
            }
            Err(e) => {
                report_error(&e);
                false
            }
        },
        Command::Import { input, output, format, lane, customer, map, json, force } => {
            let format = format.map(|f| match f {
                ImportFormatArg::Bpmn => crate::import::Format::Bpmn,
                ImportFormatArg::Csv => crate::import::Format::Csv,
                ImportFormatArg::Xlsx => crate::import::Format::Xlsx,
            });
            let Some(options) = import::options(&lane, customer, &map) else { return ExitCode::from(2) };
            import::run(&input, &output, format, &options, json, force)
        }
        Command::GitSetup { dir } => git::setup(dir.as_deref().unwrap_or(Path::new("."))),
        Command::Serve { file, host, port, votes } => serve::run(&file, host, port, votes),
        Command::Merge { base, ours, theirs, output } => {
            return merge(&base, &ours, &theirs, output.as_deref().unwrap_or(&ours));
        }
        Command::Stats { file, json } => stats(&file, json),
        Command::Fmt { files, check } => fmt(&files, check),
        Command::New { file, title, template, force } => {
            let template = match template {
                TemplateArg::Standard => templates::Template::Standard,
                TemplateArg::Internal => templates::Template::InternalProcess,
                TemplateArg::Interaction => templates::Template::Interaction,
            };
            let title = title.unwrap_or_else(|| tr("new-title"));
            write_new(&file, force, &template.build(&title, lang))
        }
        Command::Generate { steps, file, seed, force } => {
            write_new(&file, force, &crate::generate::generate(steps, seed))
        }
        Command::Report { file, json, max_messages } => report(&file, json, max_messages, lang),
        Command::Diff { a, b, json } => diff(&a, &b, json),
        Command::Export { file, format, output, phases, scale, pages, interaction, emotion, notes } => {
            if pages.is_some() && !matches!(format, FormatArg::Pdf) {
                eprintln!("{}", tr("cli-pages-pdf-only"));
                return ExitCode::from(2);
            }
            let options = crate::export::Options { interaction, emotion, notes, lang };
            let scale = scale.unwrap_or(crate::export::AUTO_SCALE);
            export(&file, format, scale, pages, options, &output, phases.as_deref())
        }
        Command::Schema => {
            out_raw!("{}", io::schema_json());
            true
        }
    };
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn validate(files: &[PathBuf], strict: bool) -> bool {
    let mut all_ok = true;
    for file in files {
        match io::load_file(file) {
            Ok(bp) => {
                let args = [("file", file.display().to_string().into()), ("n", bp.step_count().into())];
                out!("{}", tr_args("cli-valid", &args));
                if !bp.conflicts.is_empty() {
                    let args = [("file", file.display().to_string().into()), ("n", bp.conflicts.len().into())];
                    eprintln!("{}", tr_args("cli-conflicts-left", &args));
                    all_ok &= !strict;
                }
            }
            Err(e) => {
                report_error(&e);
                all_ok = false;
            }
        }
    }
    all_ok
}

/// Prints a file error, one problem a line, each starting with the file name.
fn report_error(e: &io::FileError) {
    // A file name or text with control or bidi characters is shown by their codes.
    match e {
        io::FileError::Invalid { path, error } => {
            for p in &error.problems {
                eprintln!("{}", io::visible(&format!("{}: {p}", path.display())));
            }
        }
        other => eprintln!("{}", io::visible(&crate::i18n::words::file_error(other))),
    }
}

fn stats(file: &Path, json: bool) -> bool {
    let Some(bp) = load(file) else { return false };
    let s = Stats::of(&bp);
    if json {
        return print_json(file, &s);
    }
    out!("{}", bp.title);
    let rows = [
        ("cli-stats-lanes", s.lanes),
        ("cli-stats-phases", s.phases),
        ("cli-stats-columns", s.columns as usize),
        ("cli-stats-steps", s.steps),
        ("cli-stats-flows", s.flows),
        ("cli-stats-pain-points", s.pain_points),
        ("cli-stats-moments-of-truth", s.moments_of_truth),
        ("cli-stats-ideas", s.ideas),
        ("cli-stats-questions", s.questions),
        ("cli-stats-messages", s.messages),
        ("cli-stats-actors", s.actors),
    ]
    .map(|(id, n)| (tr(id), n))
    .into_iter()
    .chain((s.conflicts > 0).then(|| (tr("cli-stats-conflicts"), s.conflicts)))
    .collect::<Vec<_>>();
    let width = rows.iter().map(|(name, _)| name.chars().count()).max().unwrap_or(0) + 2;
    for (name, n) in rows {
        out!("  {name:<width$}{n:>7}");
    }
    true
}

fn diff(a: &Path, b: &Path, json: bool) -> bool {
    let (Some(x), Some(y)) = (load(a), load(b)) else { return false };
    let d = crate::analysis::diff::diff(&x, &y);
    if json {
        return print_json(b, &d);
    }
    out_raw!("{}", crate::analysis::diff::text_in(&x, &y, &d, crate::i18n::language()));
    true
}

fn report(file: &Path, json: bool, max_messages: usize, lang: Lang) -> bool {
    let Some(bp) = load(file) else { return false };
    let r = crate::analysis::report::report_with(&bp, max_messages);
    if json {
        return print_json(file, &r);
    }
    out_raw!("{}", crate::analysis::report::markdown_in(&bp, &r, lang));
    true
}

fn export(
    file: &Path,
    format: FormatArg,
    scale: f32,
    pages: Option<PagesArg>,
    options: crate::export::Options,
    output: &Path,
    phases: Option<&str>,
) -> bool {
    let Some(bp) = load(file) else { return false };
    let columns = match phases.map(|p| parse_phases(&bp, p)).transpose() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}: --phases {}: {e}", file.display(), io::visible(phases.unwrap_or_default()));
            return false;
        }
    };
    let format = match format {
        FormatArg::Svg => crate::export::Format::Svg,
        FormatArg::Png => crate::export::Format::Png(scale),
        FormatArg::Pdf => crate::export::Format::Pdf(match pages {
            None => Pages::One,
            Some(PagesArg::A4) => Pages::Tiled(Paper::A4),
            Some(PagesArg::A3) => Pages::Tiled(Paper::A3),
        }),
        FormatArg::Csv => crate::export::Format::Csv,
        FormatArg::Md => crate::export::Format::Markdown,
        FormatArg::Actions => crate::export::Format::ActionsCsv,
    };
    let to_stdout = output == Path::new("-");
    if to_stdout && matches!(format, crate::export::Format::Png(_) | crate::export::Format::Pdf(_)) {
        eprintln!("{}", tr("cli-stdout-text-only"));
        return false;
    }
    if let Err(e) = io::check_output(output, &[file]) {
        report_error(&e);
        return false;
    }
    match crate::export::export_with(&bp, format, columns.as_ref(), options) {
        Ok(bytes) if to_stdout => {
            out_raw!("{}", String::from_utf8_lossy(&bytes));
            true
        }
        Ok(bytes) => match io::write_atomic(output, &bytes) {
            Ok(()) => {
                out!("{}", tr_args("cli-written", &[("file", output.display().to_string().into())]));
                true
            }
            Err(e) => {
                report_error(&e);
                false
            }
        },
        Err(e) => {
            eprintln!("{}: {e}", output.display());
            false
        }
    }
}

/// "2..3" or "2": phases counted from 1.
fn parse_phases(bp: &crate::model::Blueprint, text: &str) -> Result<std::ops::Range<u32>, String> {
    let (a, b) = text.split_once("..").unwrap_or((text, text));
    let num =
        |s: &str| s.trim().parse::<usize>().map_err(|_| tr_args("cli-not-a-phase", &[("text", io::visible(s).into())]));
    crate::export::phase_columns(bp, num(a)?, num(b)?).map_err(|e| e.to_string())
}

/// Reads a file, or reports why it cannot be read.
fn load(file: &Path) -> Option<crate::model::Blueprint> {
    io::load_file(file).map_err(|e| report_error(&e)).ok()
}

/// Prints one JSON object.
fn print_json(file: &Path, value: &impl serde::Serialize) -> bool {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            out!("{text}");
            true
        }
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            false
        }
    }
}

fn fmt(files: &[PathBuf], check: bool) -> bool {
    let mut all_ok = true;
    for file in files {
        let before = match io::read_bytes(file) {
            Ok(b) => b,
            Err(e) => {
                report_error(&e);
                all_ok = false;
                continue;
            }
        };
        let bp = match io::from_bytes(&before) {
            Ok(bp) => bp,
            Err(error) => {
                report_error(&io::FileError::Invalid { path: file.clone(), error });
                all_ok = false;
                continue;
            }
        };
        let after = io::to_string(&bp);
        if after.as_bytes() == before.as_slice() {
            continue;
        }
        if check {
            out!("{}", tr_args("cli-would-reformat", &[("file", file.display().to_string().into())]));
            all_ok = false;
        } else if let Err(e) = io::write_atomic(file, after.as_bytes()) {
            report_error(&e);
            all_ok = false;
        } else {
            out!("{}", tr_args("cli-formatted", &[("file", file.display().to_string().into())]));
        }
    }
    all_ok
}

/// `sightline merge BASE OURS THEIRS [-o OUT]`: exit 0 merged cleanly, 1 with conflicts (or
/// a file that could not be read: nothing written then), as git's merge drivers expect.
fn merge(base: &Path, ours: &Path, theirs: &Path, output: &Path) -> ExitCode {
    // Git gives an empty file as the base when the two sides have no common ancestor.
    let base_bp = match io::read_bytes(base) {
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => None,
        Ok(_) => match load(base) {
            Some(bp) => Some(bp),
            None => return ExitCode::FAILURE,
        },
        Err(e) => {
            report_error(&e);
            return ExitCode::FAILURE;
        }
    };
    let (Some(o), Some(t)) = (load(ours), load(theirs)) else { return ExitCode::FAILURE };
    let to_stdout = output == Path::new("-");
    // The result replaces OURS (git's way); never BASE or THEIRS.
    if !to_stdout && let Err(e) = io::check_output(output, &[base, theirs]) {
        report_error(&e);
        return ExitCode::FAILURE;
    }
    let merged = crate::merge::merge(base_bp.as_ref(), &o, &t);
    // Exit 1 for conflicts this merge found; those recorded before and still open are counted,
    // but do not make git mark the file again.
    let earlier: std::collections::HashSet<uuid::Uuid> = o.conflicts.iter().chain(&t.conflicts).map(|c| c.id).collect();
    let new = merged.conflicts.iter().filter(|c| !earlier.contains(&c.id)).count();
    let open = merged.conflicts.len() - new;
    if to_stdout {
        out_raw!("{}", io::to_string(&merged));
    } else if let Err(e) = io::save_file(output, &merged) {
        report_error(&e);
        return ExitCode::FAILURE;
    }
    let file = if to_stdout { ours.display().to_string() } else { output.display().to_string() };
    let args = [("file", file.into()), ("n", new.into()), ("open", open.into())];
    let words = match (new, open) {
        (0, 0) => tr_args("cli-merged", &args),
        (0, _) => tr_args("cli-merged-open", &args),
        _ => tr_args("cli-merged-conflicts", &args),
    };
    // With the result on standard output, the words go to standard error.
    if to_stdout {
        eprintln!("{words}");
    } else {
        out!("{words}");
    }
    if new == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn write_new(file: &Path, force: bool, bp: &crate::model::Blueprint) -> bool {
    if file.exists() && !force {
        eprintln!("{}", tr_args("cli-exists", &[("file", file.display().to_string().into())]));
        return false;
    }
    match io::save_file(file, bp) {
        Ok(()) => {
            let args = [
                ("file", file.display().to_string().into()),
                ("lanes", bp.lanes().len().into()),
                ("steps", bp.step_count().into()),
            ];
            out!("{}", tr_args("cli-written-new", &args));
            true
        }
        Err(e) => {
            report_error(&e);
            false
        }
    }
}
