//! A stress run at scale, as the editor would do it: a generated blueprint of N steps is written,
//! opened (every check), laid out and drawn (one canvas frame, the whole blueprint fitted),
//! edited (200 edits through the history, then all undone and redone), saved and opened again.
//! Prints one line per size with the times and the peak memory of the process so far:
//!
//!     cargo run --release --example stress -- 1000 20000
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "an example binary prints its figures")]

use sightline::document::Document;
use sightline::edit::Edit;
use sightline::model::Step;
use sightline::ui::headless::{Framing, HeadlessCanvas};
use std::time::Instant;

/// The peak resident memory of this process, in MB (Linux; 0 elsewhere).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_owned))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn run(steps: usize, dir: &std::path::Path) {
    let path = dir.join(format!("stress-{steps}.blueprint.json"));
    sightline::io::save_file(&path, &sightline::generate::generate(steps, 7)).expect("write the generated file");
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());

    let t = Instant::now();
    let doc = Document::open(&path).expect("open");
    let open_ms = ms(t);

    let mut canvas = HeadlessCanvas::new(doc, 1920.0, 1080.0);
    let t = Instant::now();
    canvas.frame_at(Framing::Fit);
    std::hint::black_box(canvas.frame());
    let first_frame_ms = ms(t);

    let t = Instant::now();
    let doc = &mut canvas.doc;
    let lane = doc.blueprint().lanes()[1].id;
    let end = doc.blueprint().column_count();
    for i in 0..200u32 {
        let edit = match i % 4 {
            0 => Edit::AddStep(Step::new(lane, end + i, format!("extra {i}"))),
            1 => Edit::InsertColumn(i * 7),
            2 => {
                let s = doc.blueprint().steps_in_order()[(i as usize * 31) % steps].clone();
                Edit::UpdateStep(Step { title: format!("{} (edited)", s.title), ..s })
            }
            _ => Edit::RemoveColumn(i * 7),
        };
        let _ = doc.apply(edit, None);
        doc.layout();
    }
    let edits_ms = ms(t);
    let edited = doc.blueprint().clone();
    let t = Instant::now();
    while doc.undo().expect("undo") {}
    while doc.redo().expect("redo") {}
    let undo_redo_ms = ms(t);
    assert!(*doc.blueprint() == edited, "undo and redo give the edited blueprint back");

    let t = Instant::now();
    doc.save_as(&path).expect("save");
    let save_ms = ms(t);
    let t = Instant::now();
    let again = Document::open(&path).expect("reopen");
    let reopen_ms = ms(t);
    assert!(*again.blueprint() == edited, "the saved file opens to the edited blueprint");
    println!(
        "stress steps={steps} file_mb={:.1} open_ms={open_ms:.0} first_frame_ms={first_frame_ms:.0} edits200_ms={edits_ms:.0} \
         undo_redo_ms={undo_redo_ms:.0} save_ms={save_ms:.0} reopen_ms={reopen_ms:.0} peak_mb={:.0}",
        bytes as f64 / 1e6,
        peak_mb()
    );
}

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1000, 20_000] } else { sizes };
    let dir = tempfile::tempdir().expect("temp dir");
    for n in sizes {
        run(n, dir.path());
    }
}
