//! One canvas frame — egui layout and tessellation of the real canvas code, no GPU — for 50,
//! 1,000 and 5,000 steps at the same 1920×1080 viewport (100 % zoom, top-left), and for 1,000
//! steps fitted to the screen. The goal: 5,000 steps cost at most 1.3× 50 steps in view.

use criterion::{Criterion, criterion_group, criterion_main};
use sightline::document::Document;
use sightline::ui::headless::{Framing, HeadlessCanvas};
use std::hint::black_box;

fn canvas(steps: usize, framing: Framing) -> HeadlessCanvas {
    let doc = Document::new(sightline::generate::generate(steps, 1), None);
    let mut c = HeadlessCanvas::new(doc, 1920.0, 1080.0);
    c.frame_at(framing);
    for _ in 0..5 {
        c.frame();
    }
    c
}

fn frames(c: &mut Criterion) {
    let mut g = c.benchmark_group("canvas_frame");
    g.sample_size(30);
    for (steps, framing, name) in [
        (50, Framing::TopLeft, "visible_50"),
        (1000, Framing::TopLeft, "visible_1000"),
        (5000, Framing::TopLeft, "visible_5000"),
        (1000, Framing::Fit, "fit_1000"),
    ] {
        let mut canvas = canvas(steps, framing);
        g.bench_function(name, |b| b.iter(|| black_box(canvas.frame())));
    }
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
