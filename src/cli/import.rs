//! `sightline import IN -o OUT`: a blueprint from a BPMN model or a spreadsheet.

use crate::i18n::{tr, tr_args};
use crate::import::{Format, Options};
use crate::io;
use std::path::Path;

/// Imports `input` into a new blueprint at `output`; prints what it made and what it left out.
pub fn run(input: &Path, output: &Path, format: Option<Format>, options: &Options, json: bool, force: bool) -> bool {
    let Some(format) = format.or_else(|| Format::of_path(input)) else {
        eprintln!("{}", tr_args("cli-unknown-format", &[("file", input.display().to_string().into())]));
        return false;
    };
    let to_stdout = output == Path::new("-");
    if !to_stdout && output.exists() && !force {
        eprintln!("{}", tr_args("cli-exists", &[("file", output.display().to_string().into())]));
        return false;
    }
    if !to_stdout && let Err(e) = io::check_output(output, &[input]) {
        eprintln!("{}", io::visible(&crate::i18n::words::file_error(&e)));
        return false;
    }
    let bytes = match io::read_bytes(input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}", io::visible(&crate::i18n::words::file_error(&e)));
            return false;
        }
    };
    let imported = match crate::import::import(&bytes, format, options) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{}", io::visible(&format!("{}: {e}", input.display())));
            return false;
        }
    };
    let mut bp = imported.blueprint;
    if let Some(stem) = input.file_stem().map(|s| s.to_string_lossy().into_owned()) {
        bp.title = stem;
    }
    if to_stdout {
        // The blueprint on standard output; what was made goes to standard error.
        out_raw!("{}", io::to_string(&bp));
        let args = [
            ("file", "-".to_owned().into()),
            ("lanes", bp.lanes().len().into()),
            ("steps", bp.step_count().into()),
            ("flows", bp.flow_count().into()),
        ];
        eprintln!("{}", tr_args("cli-imported", &args));
        for l in &imported.left_out {
            eprintln!("  - {}", io::visible(l));
        }
        return true;
    }
    if let Err(e) = io::save_file(output, &bp) {
        eprintln!("{}", io::visible(&crate::i18n::words::file_error(&e)));
        return false;
    }
    if json {
        let v = serde_json::json!({
            "lanes": imported.lanes,
            "steps": bp.step_count(),
            "flows": bp.flow_count(),
            "annotations": bp.annotations().len(),
            "actors": bp.actors().len(),
            "left_out": imported.left_out,
        });
        out!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        return true;
    }
    let args = [
        ("file", output.display().to_string().into()),
        ("lanes", bp.lanes().len().into()),
        ("steps", bp.step_count().into()),
        ("flows", bp.flow_count().into()),
    ];
    out!("{}", tr_args("cli-imported", &args));
    for l in &imported.lanes {
        let kind = tr(&format!("lane-kind-{}", l.kind.as_str()));
        let guessed = if l.guessed { "yes" } else { "no" };
        out!(
            "  {}",
            tr_args(
                "cli-imported-lane",
                &[("name", l.name.clone().into()), ("kind", kind.into()), ("guessed", guessed.into())]
            )
        );
    }
    if !imported.left_out.is_empty() {
        out!("{}", tr("cli-imported-left-out"));
        for l in &imported.left_out {
            out!("  - {}", io::visible(l));
        }
    }
    true
}

/// The import's choices from `--lane NAME=KIND`, `--customer NAME` and `--map COLUMN=FIELD`;
/// `None` (after saying why) when one is not of that form.
pub(super) fn options(lanes: &[String], customer: Option<String>, map: &[String]) -> Option<crate::import::Options> {
    let mut options = crate::import::Options { customer, ..crate::import::Options::default() };
    for l in lanes {
        let kind = l.rsplit_once('=').and_then(|(n, k)| {
            crate::model::LaneKind::ALL.iter().find(|x| x.as_str() == k.trim()).map(|k| (n.trim().to_owned(), *k))
        });
        let Some(kind) = kind else {
            eprintln!("{}", tr_args("cli-bad-lane-option", &[("text", l.clone().into())]));
            return None;
        };
        options.lanes.push(kind);
    }
    for m in map {
        let Some((column, field)) = m.rsplit_once('=') else {
            eprintln!("{}", tr_args("cli-bad-map-option", &[("text", m.clone().into())]));
            return None;
        };
        options.map.push((column.to_owned(), field.to_owned()));
    }
    Some(options)
}
