//! Any bytes into the loader: never a panic; what loads keeps the rules and survives a save.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sightline::fuzz::load(data));
