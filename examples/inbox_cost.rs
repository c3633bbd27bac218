//! Prints what the Inbox panel costs per frame (egui layout and tessellation, no GPU) with N
//! waiting entries: `inbox_cost entries=N frame_ms=X`, the median of 40 frames after 10 of
//! warm-up, in a 1920×1080 window with the panel 300 points wide.
//!
//!     cargo run --release --example inbox_cost -- 1000
#![allow(clippy::print_stdout, reason = "an example binary prints its figures")]

use sightline::edit::{Edit, apply};
use sightline::model::{InboxEntry, InboxKind};
use sightline::ui::state::EditorState;
use std::time::Instant;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let mut bp = sightline::examples::load("omgevingsvergunning").expect("example").expect("valid");
    let steps: Vec<uuid::Uuid> = bp.steps_in_order().iter().map(|s| s.id.0).collect();
    for i in 0..n {
        let mut e =
            InboxEntry::new(uuid::Uuid::new_v4(), InboxKind::Idea, format!("Idea {i}: a status page in Mijn Gemeente"));
        e.on = Some(steps[i % steps.len()]);
        e.author = Some("Fatima".into());
        apply(&mut bp, Edit::AddInboxEntry { index: None, entry: e }).expect("entry");
    }
    let ctx = egui::Context::default();
    let mut editor = EditorState::default();
    let mut frame = || {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0))),
            ..Default::default()
        };
        let output = ctx.run_ui(input, |ui| {
            egui::Panel::right("inbox").exact_size(300.0).show(ui, |ui| {
                sightline::ui::panels::inbox::inbox_ui(ui, &bp, &mut editor);
            });
        });
        ctx.tessellate(output.shapes, output.pixels_per_point).len()
    };
    for _ in 0..10 {
        std::hint::black_box(frame());
    }
    let mut times: Vec<f64> = (0..40)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(frame());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("inbox_cost entries={n} frame_ms={:.2}", times[times.len() / 2]);
}
