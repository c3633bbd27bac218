//! Load and save a generated 10,000-step blueprint, next to a bare `serde_json::Value` parse and
//! print of the same bytes. Goal: load (with all checks) ≤ 3× the bare parse, save ≤ 3× the bare
//! print. After criterion's own report, a summary line gives both ratios measured in this run.
#![allow(clippy::print_stdout, reason = "a benchmark prints its figures")]

use criterion::{Criterion, criterion_group};
use serde_json::Value;
use std::hint::black_box;
use std::time::{Duration, Instant};

const STEPS: usize = 10_000;

fn fixture() -> (String, Value, sightline::model::Blueprint) {
    let bp = sightline::generate::generate(STEPS, 1);
    let text = sightline::io::to_string(&bp);
    let value: Value = serde_json::from_str(&text).expect("valid json");
    (text, value, bp)
}

fn io(c: &mut Criterion) {
    let (text, value, bp) = fixture();
    let mut g = c.benchmark_group("io_10k");
    g.sample_size(20);
    g.bench_function("load", |b| b.iter(|| sightline::io::from_str(black_box(&text)).expect("loads")));
    g.bench_function("bare_parse", |b| b.iter(|| serde_json::from_str::<Value>(black_box(&text)).expect("parses")));
    g.bench_function("save", |b| b.iter(|| sightline::io::to_string(black_box(&bp))));
    g.bench_function("bare_print", |b| b.iter(|| serde_json::to_string_pretty(black_box(&value)).expect("prints")));
    g.finish();
}

/// Median time of `f` over interleaved runs.
fn median(f: &mut dyn FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..15)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ratios() {
    let (text, value, bp) = fixture();
    let load = median(&mut || drop(black_box(sightline::io::from_str(&text))));
    let parse = median(&mut || drop(black_box(serde_json::from_str::<Value>(&text))));
    let save = median(&mut || drop(black_box(sightline::io::to_string(&bp))));
    let print = median(&mut || drop(black_box(serde_json::to_string_pretty(&value))));
    println!(
        "io_ratio steps={STEPS} bytes={} load_ms={:.1} parse_ms={:.1} load/parse={:.2} save_ms={:.1} print_ms={:.1} save/print={:.2}",
        text.len(),
        load.as_secs_f64() * 1e3,
        parse.as_secs_f64() * 1e3,
        load.as_secs_f64() / parse.as_secs_f64(),
        save.as_secs_f64() * 1e3,
        print.as_secs_f64() * 1e3,
        save.as_secs_f64() / print.as_secs_f64(),
    );
}

criterion_group!(benches, io);

fn main() {
    benches();
    criterion::Criterion::default().configure_from_args().final_summary();
    ratios();
}
