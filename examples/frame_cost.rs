//! Prints the cost of one canvas frame (egui layout and tessellation, no GPU) at 1920×1080:
//! `frame_cost steps=N visible_ms=X fit_ms=Y`, each the median of 60 frames after 30 frames of warm-up.
//! `visible` is 100 % zoom on the top-left of the blueprint, `fit` the whole blueprint fitted.
//!
//!     cargo run --release --example frame_cost -- FILE.blueprint.json
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "an example binary prints its figures")]

use sightline::document::Document;
use sightline::ui::headless::{Framing, HeadlessCanvas};
use std::time::Instant;

fn median_ms(canvas: &mut HeadlessCanvas, framing: Framing) -> f64 {
    canvas.frame_at(framing);
    // Warm up: fonts are rasterised and text layouts cached in the first frames.
    for _ in 0..30 {
        std::hint::black_box(canvas.frame());
    }
    let mut times: Vec<f64> = (0..60)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(canvas.frame());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: frame_cost FILE.blueprint.json");
        std::process::exit(2);
    };
    let doc = match Document::open(std::path::Path::new(&path)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let steps = doc.blueprint().step_count();
    let mut canvas = HeadlessCanvas::new(doc, 1920.0, 1080.0);
    let visible = median_ms(&mut canvas, Framing::TopLeft);
    if std::env::var_os("FRAME_COST_DEBUG").is_some() {
        eprintln!("vertices visible={} view={:?}", canvas.frame(), canvas.editor.view);
    }
    let fit = median_ms(&mut canvas, Framing::Fit);
    println!("frame_cost steps={steps} visible_ms={visible:.3} fit_ms={fit:.3}");
}
