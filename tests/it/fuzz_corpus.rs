//! The fuzz seed corpora and crash reproducers (`fuzz/seeds`, `fuzz/regressions`) replayed on stable,
//! so that CI checks every input the fuzzer kept without running the fuzzer.

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files: Vec<PathBuf> = ["seeds", "regressions"]
        .iter()
        .filter_map(|d| std::fs::read_dir(root.join(d).join(target)).ok())
        .flat_map(|rd| rd.flatten().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, run: fn(&[u8])) {
    let files = inputs(target);
    assert!(files.len() >= 5, "the {target} corpus is in the repository");
    let failed: Vec<String> = files
        .iter()
        .filter(|f| {
            let data = std::fs::read(f).expect("read");
            std::panic::catch_unwind(|| run(&data)).is_err()
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "inputs that break a property (cargo run --example fuzz_replay -- {target} FILE): {failed:#?}"
    );
}

#[test]
fn the_load_corpus_keeps_every_property() {
    replay("load", sightline::fuzz::load);
}

#[test]
fn the_edits_corpus_keeps_every_property() {
    replay("edits", sightline::fuzz::edits);
}
