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
