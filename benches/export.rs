//! Exporting a generated 1,000-step blueprint to SVG, PNG, PDF (one page and tiled on A3) and CSV,
//! all from the same layout.

use criterion::{Criterion, criterion_group, criterion_main};
use sightline::export::{Format, export};
use std::hint::black_box;

fn exports(c: &mut Criterion) {
    let bp = sightline::generate::generate(1000, 1);
    let mut g = c.benchmark_group("export_1000");
    g.sample_size(10);
    for (name, format) in [
        ("svg", Format::Svg),
        ("png", Format::Png(0.2)),
        ("pdf", Format::Pdf(sightline::export::Pages::One)),
        ("pdf_a3_tiled", Format::Pdf(sightline::export::Pages::Tiled(sightline::export::Paper::A3))),
        ("csv", Format::Csv),
    ] {
        g.bench_function(name, |b| b.iter(|| export(black_box(&bp), format, None).expect("export")));
    }
    g.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
