//! Drawings stay well-formed and bounded whatever the file holds: every text reaches the SVG
//! through one escape (what XML 1.0 cannot carry becomes U+FFFD), every loadable fuzz seed and
//! example exports an SVG a real XML parser reads, and a sparse blueprint (a few steps spread over
//! 100,000 columns) costs pages and bytes by what it holds, not by its column numbers.

use crate::common;
use serde_json::json;
use sightline::export::{Format, Options, Pages, Paper, export_with, xml_escape};
use sightline::layout::{Layout, Metrics};
use std::path::Path;

/// The characters XML 1.0 allows (production `Char`).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// A text as the drawing should carry it.
fn carried(s: &str) -> String {
    s.chars().map(|c| if xml_char(c) { c } else { '\u{FFFD}' }).collect()
}

fn svg(bp: &sightline::model::Blueprint, interaction: bool) -> String {
    let bytes = export_with(bp, Format::Svg, None, Options { interaction, ..Options::default() }).expect("svg");
    String::from_utf8(bytes).expect("utf-8")
}

/// Parses an SVG with a real XML parser; the drawing's `<title>` is the blueprint's title.
fn check_svg(svg: &str, bp: &sightline::model::Blueprint, what: &str) {
    assert!(svg.chars().all(xml_char), "{what}: a character XML cannot carry");
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{what}: not well-formed XML: {e}"));
    let root = doc.root_element();
    assert!(root.has_tag_name("svg"), "{what}");
    let title = root.children().find(|n| n.has_tag_name("title")).and_then(|n| n.text()).unwrap_or_default();
    assert_eq!(title, carried(&bp.title), "{what}: the title as written");
    let width: f32 = root.attribute("width").and_then(|w| w.parse().ok()).expect("width");
    assert!(width.is_finite() && width > 0.0, "{what}: width {width}");
}

#[test]
fn the_escape_keeps_every_character_xml_allows_and_replaces_the_rest() {
    // Every Unicode scalar value, in an attribute and as element content, in one document.
    let all: String = (0..=0x10_FFFF_u32).filter_map(char::from_u32).collect();
    let e = xml_escape(&all);
    let xml = format!("<a b=\"{e}\" c='{e}'>{e}</a>");
    let doc = roxmltree::Document::parse(&xml).expect("parses");
    let root = doc.root_element();
    let want = carried(&all);
    assert_eq!(root.text(), Some(want.as_str()), "element content");
    assert_eq!(root.attribute("b"), Some(want.as_str()), "attribute in double quotes");
    assert_eq!(root.attribute("c"), Some(want.as_str()), "attribute in single quotes");
    assert_eq!(xml_escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    assert_eq!(xml_escape("\u{0}\u{1}\u{1F}\u{FFFE}\u{FFFF}"), "\u{FFFD}".repeat(5));
    assert_eq!(xml_escape("\u{202E}ltr\u{2066}"), "\u{202E}ltr\u{2066}", "bidi controls are legal XML");
}

#[test]
fn every_loadable_seed_and_example_exports_svg_that_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("fuzz/seeds/load"))
        .expect("the load corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.extend(common::example_files());
    files.sort();
    let mut loaded = 0;
    for f in &files {
        let Ok(bp) = sightline::io::from_bytes(&std::fs::read(f).expect("read")) else { continue };
        loaded += 1;
        for interaction in [false, true] {
            check_svg(&svg(&bp, interaction), &bp, &format!("{} (interaction {interaction})", f.display()));
        }
        // And each page of a tiled PDF.
        let layout = Layout::compute(&bp, Metrics::default());
        let pages = sightline::export::page_svgs(
            &bp,
            &layout,
            &(0..layout.columns),
            Paper::A3,
            &sightline::export::Options::default(),
        );
        for (i, page) in pages.iter().enumerate() {
            check_svg(&page.svg, &bp, &format!("{} page {}", f.display(), i + 1));
        }
    }
    // Most seeds are the fuzzer's broken inputs; the examples, the contract files and the hostile
    // ones load.
    assert!(loaded >= 15, "only {loaded} of {} files load", files.len());
}

/// Every text field of the sample blueprint set to `text` (and a variant of it, so that titles
/// and names stay different).
fn hostile(text: &str) -> serde_json::Value {
    let mut v = common::sample();
    v["title"] = json!(format!("T {text}"));
    for (i, lane) in v["lanes"].as_array_mut().expect("lanes").iter_mut().enumerate() {
        lane["name"] = json!(format!("L{i} {text}"));
    }
    for (i, phase) in v["phases"].as_array_mut().expect("phases").iter_mut().enumerate() {
        phase["name"] = json!(format!("P{i} {text}"));
    }
    for (i, step) in v["steps"].as_array_mut().expect("steps").iter_mut().enumerate() {
        step["title"] = json!(format!("S{i} {text}"));
        step["channel"] = json!(format!("C{i} {text}"));
    }
    for flow in v["flows"].as_array_mut().expect("flows") {
        flow["label"] = json!(format!("F {text}"));
    }
    let questions = [
        json!({"id": "5d6c3a52-55d8-4c0b-9f0e-7d3b0a7e1a01", "kind": "question",
               "on": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "text": format!("Q {text}")}),
        json!({"id": "5d6c3a52-55d8-4c0b-9f0e-7d3b0a7e1a02", "kind": "message",
               "on": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "text": format!("M {text}")}),
    ];
    let annotations = v["annotations"].as_array_mut().expect("annotations");
    for a in annotations.iter_mut() {
        a["text"] = json!(format!("A {text}"));
    }
    annotations.extend(questions);
    v
}

#[test]
fn texts_full_of_control_characters_export_to_well_formed_drawings() {
    let nasty = "\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}[31m\u{1F}\u{7F}\u{85}\u{9F} \u{FFFE}\u{FFFF}\u{FEFF} \
                 \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200F}\u{061C} & &amp; < > \" ' ]]> <!-- --> <![CDATA[x]]> \
                 \t\r\n end";
    let value = hostile(nasty);
    // Through the file format: serde_json writes the control characters as \u escapes.
    let text = serde_json::to_string_pretty(&value).expect("json");
    assert!(text.contains("\\u0000") && text.contains("\\u001f"), "escaped in the JSON");
    let bp = sightline::io::from_bytes(text.as_bytes()).expect("JSON escapes of control characters load");
    assert_eq!(bp.title, format!("T {nasty}"));
    for interaction in [false, true] {
        let s = svg(&bp, interaction);
        check_svg(&s, &bp, "hostile texts");
        let doc = roxmltree::Document::parse(&s).expect("parses");
        // A text cut with "…" to fit its place keeps its whole text in the group's <title>.
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text") || n.has_tag_name("title"))
            .filter_map(|n| n.text())
            .collect();
        let all = texts.join(" ");
        // Names, channels and labels are written whole (or cut, with the whole in a <title>),
        // with the replacement character where XML has none; titles are wrapped into lines.
        for name in ["P0", "P1", "F", "C0", "C1", "C2"] {
            assert!(all.contains(carried(&format!("{name} {nasty}")).as_str()), "{name}, whole");
        }
        for name in ["S0", "S1", "S2", "L0", "L4"] {
            assert!(texts.iter().any(|t| t.starts_with(name)), "{name}");
        }
        assert!(all.contains('\u{FFFD}') && all.contains("&amp;") && all.contains("<!--") && all.contains('\''));
        assert!(all.contains("\u{202E}evil"), "bidi controls are kept");
        if interaction {
            assert!(all.contains("Q ") && all.contains("M "), "question and message chips");
        }
        // Each text element stands alone: nothing of a title leaks into the markup.
        assert_eq!(doc.descendants().filter(roxmltree::Node::is_comment).count(), 0, "no comment was opened");
    }
    // The rendered formats read the same SVG.
    for format in [Format::Png(0.5), Format::Pdf(Pages::One), Format::Pdf(Pages::Tiled(Paper::A4))] {
        let bytes =
            export_with(&bp, format, None, Options { interaction: true, ..Options::default() }).expect("rendered");
        assert!(bytes.len() > 100, "{format:?}");
    }
    let layout = Layout::compute(&bp, Metrics::default());
    let pages = sightline::export::page_svgs(
        &bp,
        &layout,
        &(0..layout.columns),
        Paper::A4,
        &sightline::export::Options::default(),
    );
    for page in &pages {
        check_svg(&page.svg, &bp, "a tiled page");
    }
}

/// The pages of a PDF made by the export (pdf-writer writes one `/Type /Page` per page).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    ["/Type /Page\n", "/Type /Page ", "/Type /Page/", "/Type /Page>"].iter().map(|m| text.matches(m).count()).sum()
}

/// The sample's lanes with one step at each of `columns` (lanes in turn), a flow from each step
/// to the next, and a flow back from the last to the first.
fn sparse(columns: &[u32], phases: &[u32]) -> sightline::model::Blueprint {
    let mut v = common::sample();
    let lanes: Vec<String> =
        v["lanes"].as_array().expect("lanes").iter().map(|l| l["id"].as_str().expect("id").to_owned()).collect();
    let id = |kind: u128, i: usize| uuid::Uuid::from_u128((kind << 64) | i as u128).to_string();
    let steps: Vec<_> = columns
        .iter()
        .enumerate()
        .map(|(i, &c)| json!({"id": id(1, i), "lane": lanes[1 + i % 4], "column": c, "title": format!("Step {i} at {c}")}))
        .collect();
    let mut flows: Vec<_> =
        (1..columns.len()).map(|i| json!({"id": id(2, i), "from": id(1, i - 1), "to": id(1, i)})).collect();
    flows.push(json!({"id": id(2, 0), "from": id(1, columns.len() - 1), "to": id(1, 0), "label": "rework"}));
    v["steps"] = json!(steps);
    v["flows"] = json!(flows);
    v["phases"] = json!(
        phases
            .iter()
            .enumerate()
            .map(|(i, &s)| json!({"id": id(3, i), "name": format!("Phase {i}"), "start": s}))
            .collect::<Vec<_>>()
    );
    v["annotations"] = json!([
        {"id": id(4, 0), "kind": "question", "on": id(1, 1), "text": "How long?"},
        {"id": id(4, 1), "kind": "pain_point", "on": id(2, 1), "text": "Far apart", "severity": 3},
        {"id": id(4, 2), "kind": "idea", "on": id(2, 1), "text": "Closer"},
    ]);
    sightline::io::from_value(v).expect("a valid sparse blueprint")
}

#[test]
fn a_sparse_blueprint_exports_in_bounded_pages_and_bytes() {
    let bp = sparse(&[0, 50_000, 99_999], &[]);
    let layout = Layout::compute(&bp, Metrics::default());
    assert_eq!(layout.columns, 100_000);
    let m = layout.metrics;
    // Two folded gaps: 49,999 and 49,998 empty columns.
    let (w, _) = sightline::export::size(&bp, &layout, None, &sightline::export::Options::default());
    let expected = m.lane_header_width
        + 3.0 * m.column_width
        + 2.0 * sightline::export::GAP_WIDTH
        + sightline::export::RIGHT_MARGIN;
    assert!((w - expected).abs() < 0.5, "width {w}, expected {expected}");
    for interaction in [false, true] {
        let s = svg(&bp, interaction);
        assert!(s.len() < 40_000, "SVG of {} bytes", s.len());
        check_svg(&s, &bp, "sparse");
        let doc = roxmltree::Document::parse(&s).expect("parses");
        let texts: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
        for t in ["49,999", "49,998", "empty", "columns", "Step 0 at 0", "Step 2 at 99999", "rework"] {
            assert!(texts.iter().any(|x| x.contains(t)), "{t} in the drawing");
        }
        // Everything drawn lies within the drawing: nothing was placed at its unfolded x.
        for n in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let x: f32 = n.attribute("x").and_then(|x| x.parse().ok()).expect("x");
            assert!(x < w + 10.0, "text {:?} at x {x}", n.text());
        }
    }
    let opts = Options::default();
    let pdf = export_with(&bp, Format::Pdf(Pages::One), None, opts).expect("one page");
    assert_eq!(pdf_pages(&pdf), 1);
    assert!(pdf.len() < 150_000, "one-page PDF of {} bytes", pdf.len());
    for paper in [Paper::A4, Paper::A3] {
        let pdf = export_with(&bp, Format::Pdf(Pages::Tiled(paper)), None, opts).expect("tiled");
        assert_eq!(pdf_pages(&pdf), 1, "{paper:?}: the three steps and two gaps fit one page");
        assert!(pdf.len() < 150_000, "{paper:?}: {} bytes", pdf.len());
    }
    let png = export_with(&bp, Format::Png(1.0), None, opts).expect("png");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("a PNG");
    assert!((pixmap.width() as f32 - w).abs() <= 1.0, "{} pixels wide", pixmap.width());
    assert!(png.len() < 500_000, "PNG of {} bytes", png.len());
}

#[test]
fn tiles_of_a_sparse_blueprint_follow_its_content() {
    use sightline::export::tiles;
    // A hundred steps about a thousand columns apart, and phases in some of the gaps.
    let columns: Vec<u32> = (0..100).map(|i| i * 1_009 + i % 3).collect();
    let bp = sparse(&columns, &[0, 7, 30_000, 60_500, 99_999]);
    let layout = Layout::compute(&bp, Metrics::default());
    let all = 0..layout.columns;
    for paper in [Paper::A4, Paper::A3] {
        let (scale, pages) = tiles(&bp, &layout, &all, paper, &sightline::export::Options::default());
        assert!(pages.len() <= 50, "{paper:?}: {} pages for 100 steps", pages.len());
        assert_eq!(pages.first().map(|r| r.start), Some(0));
        assert_eq!(pages.last().map(|r| r.end), Some(layout.columns));
        for pair in pages.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "no column lost or repeated");
        }
        let (pw, ph) = paper.size();
        for r in &pages {
            let (w, h) = sightline::export::size(&bp, &layout, Some(r), &sightline::export::Options::default());
            assert!(w * scale <= pw && h * scale <= ph, "page {r:?} fits the paper");
        }
        let pdf = export_with(&bp, Format::Pdf(Pages::Tiled(paper)), None, Options::default()).expect("pdf");
        assert_eq!(pdf_pages(&pdf), pages.len());
        assert!(pdf.len() < 200_000 * pages.len(), "{} bytes", pdf.len());
    }
    // A range of phases folds within itself: the empty phase from 30,000 is one column and a gap.
    let cols = sightline::export::phase_columns(&bp, 3, 3).expect("phase 3");
    let (w, _) = sightline::export::size(&bp, &layout, Some(&cols), &sightline::export::Options::default());
    let steps = columns.iter().filter(|c| cols.contains(c)).count() as f32;
    assert!(w < 170.0 + (steps + 1.0) * 210.0 + (steps + 2.0) * 80.0, "{w}");
}

#[test]
fn dense_blueprints_are_drawn_as_before_and_a_huge_png_names_the_scale_that_fits() {
    for ex in sightline::examples::ALL {
        let bp = sightline::examples::load(ex.name).expect("known").expect("valid");
        let layout = Layout::compute(&bp, Metrics::default());
        let m = layout.metrics;
        let (w, _) = sightline::export::size(&bp, &layout, None, &sightline::export::Options::default());
        let expected = m.lane_header_width + layout.columns as f32 * m.column_width + sightline::export::RIGHT_MARGIN;
        assert!((w - expected).abs() < 0.01, "{}", ex.name);
        assert!(!svg(&bp, false).contains(">empty<"), "{}: nothing folded", ex.name);
    }
    let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let e = export_with(&bp, Format::Png(10.0), None, Options::default()).expect_err("too many pixels").to_string();
    assert!(e.contains("smaller scale (at most") && e.contains("50 million"), "{e}");
    let fits: f32 =
        e.split("at most ").nth(1).and_then(|s| s.split(')').next()).and_then(|s| s.parse().ok()).expect("a scale");
    let (w, h) = sightline::export::size(
        &bp,
        &Layout::compute(&bp, Metrics::default()),
        None,
        &sightline::export::Options::default(),
    );
    assert!(fits > 1.0 && w * fits <= 16_384.0 && h * fits <= 16_384.0 && w * h * fits * fits <= 5e7, "{fits}");
    assert!(w * h * (fits + 0.02).powi(2) > 5e7 || w * (fits + 0.02) > 16_384.0, "{fits} is the largest that fits");
}
