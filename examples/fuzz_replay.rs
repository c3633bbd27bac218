//! Replays one fuzz input with the full message: `cargo run --example fuzz_replay -- load|edits FILE`.
#![allow(clippy::print_stdout, reason = "a tool that reports")]

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(target), Some(file)) = (args.next(), args.next()) else {
        println!("usage: fuzz_replay load|edits FILE");
        return;
    };
    let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    match target.as_str() {
        "load" => sightline::fuzz::load(&data),
        "edits" => sightline::fuzz::edits(&data),
        other => println!("unknown target {other}; use load or edits"),
    }
    println!("{file}: every property holds");
}
