//! Prints what `sightline merge` costs on a large file, next to `git merge-file` (a line merge
//! that knows nothing of blueprints) on the same three files, for scale:
//! `merge_cost steps=N changes=C merge_ms=X merge_only_ms=M git_merge_file_ms=Y conflicts=K`,
//! each the median of 5 runs (`merge_ms`: read the three files, merge, write the result, as the
//! merge driver does; `merge_only_ms`: the merge of blueprints already read). The base is `sightline generate --steps N`; each side changes C parts of its own
//! (retitles steps, adds notes, moves steps to free cells) and both retitle the same 5 steps.
//!
//!     cargo run --release --example merge_cost -- 10000 300
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "an example binary prints its figures")]

use sightline::model::{Annotation, AnnotationKind, Blueprint, StepId, Target};
use std::time::Instant;

/// `changes` edits of one side: every `stride`-th step from `offset` on.
fn side(base: &Blueprint, changes: usize, offset: usize, name: &str) -> Blueprint {
    let mut bp = base.clone();
    let steps: Vec<StepId> = bp.steps_in_order().iter().map(|s| s.id).collect();
    let stride = (steps.len() / (changes * 2).max(1)).max(1);
    for (k, id) in steps.iter().skip(offset).step_by(stride).take(changes).enumerate() {
        match k % 3 {
            0 => drop(bp.update_step(*id, |s| s.title = format!("{} ({name})", s.title))),
            1 => {
                drop(bp.add_annotation(Annotation::new(
                    AnnotationKind::Idea,
                    Target::Step(*id),
                    format!("{name} {k}"),
                )));
            }
            _ => {
                let Some(s) = bp.step(*id).cloned() else { continue };
                let free = (s.column + 1..s.column + 50).find(|c| bp.step_at(s.lane, *c).is_none());
                if let Some(c) = free {
                    drop(bp.move_step(*id, s.lane, c));
                }
            }
        }
    }
    // Both retitle the same five steps: five conflicts.
    for id in steps.iter().take(5) {
        drop(bp.update_step(*id, |s| s.title = format!("{name}: {}", s.title)));
    }
    bp
}

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let steps: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let changes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let base = sightline::generate::generate(steps, 1);
    let (ours, theirs) = (side(&base, changes, 0, "ours"), side(&base, changes, 1, "theirs"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = |n: &str| dir.path().join(n);
    for (name, bp) in [("base", &base), ("ours", &ours), ("theirs", &theirs)] {
        sightline::io::save_file(&path(name), bp).expect("save");
    }
    let mut conflicts = 0;
    // The merge alone, on blueprints already read.
    let only_ms = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(sightline::merge::merge(Some(&base), &ours, &theirs));
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    // What the driver does: read three files, merge, write the result.
    let ours_ms = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                let read = |n: &str| sightline::io::load_file(&path(n)).expect("load");
                let merged = sightline::merge::merge(Some(&read("base")), &read("ours"), &read("theirs"));
                sightline::io::save_file(&path("out"), &merged).expect("save");
                conflicts = merged.conflicts.len();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    let git_ms = median(
        (0..5)
            .map(|_| {
                std::fs::copy(path("ours"), path("git-ours")).expect("copy");
                let t = Instant::now();
                let status = std::process::Command::new("git")
                    .args(["merge-file", "-q"])
                    .arg(path("git-ours"))
                    .arg(path("base"))
                    .arg(path("theirs"))
                    .status();
                if status.is_err() {
                    return f64::NAN;
                }
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    println!(
        "merge_cost steps={steps} changes={changes} merge_ms={ours_ms:.0} merge_only_ms={only_ms:.0} \
         git_merge_file_ms={git_ms:.0} conflicts={conflicts}"
    );
}
