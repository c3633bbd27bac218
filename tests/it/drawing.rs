//! One drawing for screen and paper: the canvas and the SVG draw the same list, a card's parts
//! lie inside it without overlapping, and the examples' SVGs are kept as snapshots so that a
//! change to the drawing is seen in review (`UPDATE_SNAPSHOTS=1 cargo test --test it drawing`).

use proptest::prelude::*;
use sightline::document::Document;
use sightline::layout::{Layout, Metrics, card_parts};
use sightline::templates::Lang;
use sightline::ui::headless::{Framing, HeadlessCanvas};
use std::collections::BTreeMap;

/// Texts of the drawing's blueprint layers (cards, flow labels, badges, the band), counted.
fn drawn_texts(d: &sightline::draw::Drawing) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for g in d.cards.iter().chain(&d.labels).chain(&d.badges).chain(&d.band) {
        for item in &g.items {
            if let sightline::draw::Shape::Text { text, .. } = &item.shape {
                *out.entry(text.clone()).or_insert(0) += 1;
            }
        }
    }
    out
}

fn counted<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for t in texts {
        *out.entry(t.to_owned()).or_insert(0) += 1;
    }
    out
}

#[test]
fn the_canvas_and_the_svg_draw_the_same_list() {
    for ex in sightline::examples::ALL {
        let bp = sightline::examples::load(ex.name).expect("known").expect("valid");
        let metrics = Metrics { interaction_band: sightline::layout::BAND_HEIGHT, ..Metrics::default() };
        let layout = Layout::compute(&bp, metrics);
        let drawing = sightline::draw::build(&bp, &layout, &sightline::draw::Options::default());
        let wanted = drawn_texts(&drawing);
        assert!(wanted.len() > 20, "{}: the drawing has texts", ex.name);
        // Every card title and every flow label is in the list.
        for s in bp.steps() {
            let first = s.title.split_whitespace().next().unwrap_or_default();
            assert!(wanted.keys().any(|t| t.contains(first)), "{}: {}", ex.name, s.title);
        }
        // The SVG writes the same list…
        let o = sightline::export::Options { interaction: true, ..sightline::export::Options::default() };
        let svg = sightline::export::write_svg(&bp, &layout, &drawing, None, &o, None);
        let doc = roxmltree::Document::parse(&svg).expect("parses");
        let svg_texts = counted(doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()));
        // …and the canvas paints it, at 100 % on a screen that holds the whole blueprint.
        let mut doc = Document::new(bp.clone(), None);
        doc.set_metrics(metrics);
        let size = layout.bounds();
        let mut canvas = HeadlessCanvas::new(doc, size.width() + 400.0, size.height() + 400.0);
        canvas.frame_at(Framing::TopLeft);
        let _ = canvas.painted_texts();
        let painted = counted(canvas.painted_texts().iter().map(String::as_str));
        for (text, n) in &wanted {
            assert!(svg_texts.get(text).copied().unwrap_or(0) >= *n, "{}: SVG lacks {text:?}", ex.name);
            assert!(painted.get(text).copied().unwrap_or(0) >= *n, "{}: canvas lacks {text:?}", ex.name);
        }
    }
}

/// A blueprint with the marks that crowd a card: votes, waste, Kano, minutes, channels, actors
/// and many notes.
fn crowded(seed: u64, steps: usize) -> sightline::model::Blueprint {
    sightline::generate::generate(steps, seed)
}

fn check_parts(bp: &sightline::model::Blueprint, metrics: Metrics) {
    let layout = Layout::compute(bp, metrics);
    for card in &layout.cards {
        let step = bp.step(card.step).expect("step");
        let notes = bp.annotations_on(sightline::model::Target::Step(step.id)).count();
        let parts = card_parts(&layout.metrics, card.rect, step, notes);
        let rects = parts.rects(layout.metrics.badge_radius);
        let inside = card.rect.expand(0.01);
        for r in &rects {
            assert!(inside.contains(r.min) && inside.contains(r.max), "{}: {r:?} outside {:?}", step.title, card.rect);
        }
        // The value strip lies along the edge; every other part has its own place.
        let strip = usize::from(parts.strip.is_some());
        for (i, a) in rects.iter().enumerate().skip(strip) {
            for b in rects.iter().skip(i + 1) {
                let w = a.max.x.min(b.max.x) - a.min.x.max(b.min.x);
                let h = a.max.y.min(b.max.y) - a.min.y.max(b.min.y);
                assert!(w <= 0.01 || h <= 0.01, "{}: {a:?} overlaps {b:?}", step.title);
            }
        }
        assert!(parts.title.height() > 0.0, "{}: the title has room", step.title);
    }
}

#[test]
fn the_parts_of_every_card_of_the_examples_lie_inside_it_and_do_not_overlap() {
    let projector = Metrics {
        title_size: 24.0,
        small_size: 18.0,
        badge_radius: 14.0,
        column_width: 300.0,
        lane_height: 200.0,
        ..Metrics::default()
    };
    for ex in sightline::examples::ALL {
        let bp = sightline::examples::load(ex.name).expect("known").expect("valid");
        check_parts(&bp, Metrics::default());
        check_parts(&bp, projector);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn the_parts_of_every_generated_card_lie_inside_it_and_do_not_overlap(seed in 0u64..10_000, steps in 5usize..120) {
        check_parts(&crowded(seed, steps), Metrics::default());
    }
}

#[test]
fn the_examples_svgs_match_their_snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut changed = Vec::new();
    for ex in sightline::examples::ALL {
        for (lang, code) in [(Lang::En, "en"), (Lang::Nl, "nl")] {
            let file = format!("{}/examples/{}.blueprint.json", env!("CARGO_MANIFEST_DIR"), ex.name);
            // The command line, with the date fixed, as a user would export it.
            let o = std::process::Command::new(env!("CARGO_BIN_EXE_sightline"))
                .args(["export", &file, "--format", "svg", "-o", "-", "--lang", code, "--interaction", "--emotion"])
                .env("SOURCE_DATE_EPOCH", "1790000000")
                .output()
                .expect("run");
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            let svg = String::from_utf8(o.stdout).expect("utf8");
            let path = dir.join(format!("{}.{code}.svg", ex.name));
            if update {
                std::fs::create_dir_all(&dir).expect("dir");
                std::fs::write(&path, &svg).expect("write");
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(svg.as_str()) {
                changed.push(path.display().to_string());
            }
            let _ = lang;
        }
    }
    assert!(changed.is_empty(), "the drawing changed; look at it, then UPDATE_SNAPSHOTS=1: {changed:?}");
}

#[test]
fn the_notes_view_shows_every_note_under_its_card_covering_no_card() {
    let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let metrics = Metrics { notes: true, ..Metrics::default() };
    let layout = Layout::compute(&bp, metrics);
    let on_steps = bp.annotations().iter().filter(|a| matches!(a.on, sightline::model::Target::Step(_))).count();
    let shown: usize = layout.notes.iter().map(|n| 1 + n.more).sum();
    assert_eq!(shown, on_steps, "every note on a step is shown or counted");
    for n in &layout.notes {
        for c in &layout.cards {
            let w = n.rect.max.x.min(c.rect.max.x) - n.rect.min.x.max(c.rect.min.x);
            let h = n.rect.max.y.min(c.rect.max.y) - n.rect.min.y.max(c.rect.min.y);
            assert!(w <= 0.0 || h <= 0.0, "a note covers a card");
        }
        let card = layout.card(n.step).expect("card");
        assert!(
            n.rect.min.y >= card.rect.max.y && (n.rect.center().x - card.rect.center().x).abs() < 0.1,
            "under its card"
        );
    }
    let o = sightline::export::Options { notes: true, ..sightline::export::Options::default() };
    let svg =
        String::from_utf8(sightline::export::export_with(&bp, sightline::export::Format::Svg, None, o).expect("svg"))
            .expect("utf8");
    // Each note's first line is in the SVG (and in no drawing without the notes view).
    let plain = String::from_utf8(
        sightline::export::export_with(
            &bp,
            sightline::export::Format::Svg,
            None,
            sightline::export::Options::default(),
        )
        .expect("svg"),
    )
    .expect("utf8");
    let drawing = sightline::draw::build(&bp, &layout, &sightline::draw::Options::default());
    assert_eq!(drawing.notes.len(), layout.notes.len());
    for g in &drawing.notes {
        let line = g.items.iter().find_map(|i| match &i.shape {
            sightline::draw::Shape::Text { text, .. } => Some(text.clone()),
            _ => None,
        });
        let line = line.expect("a note has text");
        let line = sightline::export::xml_escape(&line);
        assert!(svg.contains(&format!(">{line}<")), "{line}");
        assert!(!plain.contains(&format!(">{line}<")), "{line}");
    }
}

/// A dashed line far longer than the window is cut to the window before it is dashed, and the
/// piece starts on the line's own dash pattern (whole periods from its start), so dashes do not
/// move while the view pans.
#[test]
fn dashed_lines_are_cut_to_the_window_on_their_own_pattern() {
    use sightline::ui::canvas::shapes::visible_pieces;
    let clip = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1920.0, 1080.0));
    let period = 12.0;
    // A line of visibility across 5,000 columns, starting far left of the window.
    let line = [egui::pos2(-700_003.0, 500.0), egui::pos2(900_000.0, 500.0)];
    let pieces = visible_pieces(&line, period, clip);
    assert_eq!(pieces.len(), 1);
    let [a, b] = pieces[0];
    assert!(a.x <= 0.0 && a.x > -period, "starts just left of the window: {a:?}");
    assert!((b.x - 1920.0).abs() < 0.01, "ends at the window's edge: {b:?}");
    let from_start = a.x - line[0].x;
    assert!((from_start / period - (from_start / period).round()).abs() < 1e-3, "on the pattern: {from_start}");
    // Outside the window: nothing; a corner path keeps only its visible legs.
    assert!(visible_pieces(&[egui::pos2(0.0, 2000.0), egui::pos2(1000.0, 2000.0)], period, clip).is_empty());
    let corner = [egui::pos2(100.0, -5000.0), egui::pos2(100.0, 100.0), egui::pos2(5000.0, 100.0)];
    let legs = visible_pieces(&corner, period, clip);
    assert_eq!(legs.len(), 2);
    assert!(legs.iter().flatten().all(|p| p.x >= -period && p.x <= 1920.0 && p.y >= -period && p.y <= 1080.0));
}
