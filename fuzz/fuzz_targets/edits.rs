//! Any run of edits from an example: the rules hold, undo and redo are exact.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sightline::fuzz::edits(data));
