//! Exports: the SVG holds every step title as text and parses as SVG, the CSV has one row per
//! step and per annotation, the Markdown report has every pain point; phases limit the drawing.

use std::process::Command;

fn example(name: &str) -> sightline::model::Blueprint {
    sightline::examples::load(name).expect("known").expect("valid")
}

#[test]
fn svg_contains_every_title_as_text_and_is_well_formed() {
    for ex in sightline::examples::ALL {
        let bp = example(ex.name);
        let svg = String::from_utf8(sightline::export::export(&bp, sightline::export::Format::Svg, None).expect("svg"))
            .expect("utf-8");
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let texts: String =
            doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect::<Vec<_>>().join(" ");
        let flat = texts.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in bp.steps() {
            // Titles are wrapped over lines: every word is there, in order within the title.
            for word in s.title.split_whitespace() {
                assert!(flat.contains(word), "{}: “{word}” of “{}” missing", ex.name, s.title);
            }
        }
        for lane in bp.lanes() {
            assert!(flat.contains(lane.name.split_whitespace().next().expect("word")), "lane {}", lane.name);
        }
        assert!(flat.contains("Line of visibility") && flat.contains("Pain point"));
    }
}

#[test]
fn svg_of_a_phase_range_draws_only_those_columns() {
    let bp = example("omgevingsvergunning");
    let cols = sightline::export::phase_columns(&bp, 2, 3).expect("range");
    let layout = sightline::layout::Layout::compute(&bp, sightline::layout::Metrics::default());
    let svg = sightline::export::to_svg(&bp, &layout, Some(&cols), &sightline::export::Options::default(), None);
    let inside = bp.steps().filter(|s| cols.contains(&s.column)).count();
    assert!(inside > 0);
    assert!(svg.contains("Dient aanvraag in"), "a step of phase 2");
    assert!(!svg.contains("Betaalt de leges"), "a step of the last phase is left out");
    let (w, _) = sightline::export::size(&bp, &layout, Some(&cols), &sightline::export::Options::default());
    let (full, _) = sightline::export::size(&bp, &layout, None, &sightline::export::Options::default());
    assert!(w < full);
    assert!(sightline::export::phase_columns(&bp, 3, 2).is_err());
    assert!(sightline::export::phase_columns(&bp, 1, 99).is_err());
}

#[test]
fn long_words_wrap_and_nothing_is_cut_off() {
    use sightline::layout::text;
    // A word longer than the line is hyphenated; every line fits; no letter is lost.
    let w = text::wrap("Omgevingsvergunningaanvraagformulier wordt gecontroleerd", 16.0, 120.0, 0);
    assert!(w.lines.iter().all(|l| text::width(l, 16.0) <= 120.0), "{w:?}");
    assert!(w.lines[0].ends_with('-'), "{w:?}");
    let joined: String = w.lines.concat().replace(['-', ' '], "");
    assert_eq!(joined, "Omgevingsvergunningaanvraagformulierwordtgecontroleerd");
    let greek = text::wrap("Αίτηση για άδεια — Заявка на разрешение, łódź, ğüş", 14.0, 160.0, 0);
    assert_eq!(greek.lines.join(" "), "Αίτηση για άδεια — Заявка на разрешение, łódź, ğüş");
    // With a limit of lines, what does not fit ends in "…" and says so.
    let cut = text::wrap("een heel lange titel die niet op twee regels past in deze smalle kaart", 16.0, 100.0, 2);
    assert!(cut.cut && cut.lines.len() == 2 && cut.lines[1].ends_with('…'), "{cut:?}");
    // The largest type that holds the whole title, else the smallest with "…".
    let (size, fit) = text::fit_block("Ontvangstbevestiging per e-mail", 16.0, 11.0, 150.0, 60.0);
    assert!(!fit.cut && size <= 16.0 && fit.lines.iter().all(|l| !l.ends_with('-')), "{size} {fit:?}");
}

#[test]
fn csv_has_one_row_per_step_and_per_annotation() {
    let bp = example("archiefonderzoek");
    let bytes = sightline::export::to_csv(&bp).expect("csv");
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let headers = r.headers().expect("header").clone();
    for h in ["record", "lane", "phase", "column", "title", "value", "process_minutes", "votes"] {
        assert!(headers.iter().any(|x| x == h), "{h}");
    }
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    assert_eq!(rows.iter().filter(|r| &r[0] == "step").count(), bp.step_count());
    assert_eq!(rows.iter().filter(|r| &r[0] == "annotation").count(), bp.annotations().len());
}

#[test]
fn markdown_report_lists_every_pain_point_and_the_analysis() {
    let bp = example("eerste-werkweek");
    let md = sightline::export::to_markdown(&bp);
    for a in bp.annotations().iter().filter(|a| a.kind == sightline::model::AnnotationKind::PainPoint) {
        assert!(md.contains(&a.text), "{}", a.text);
    }
    assert!(md.contains("## Box score") && md.contains("## Tensions"));
    for p in bp.phases() {
        assert!(md.contains(&format!("## {}", p.name)));
    }
}

#[test]
fn the_export_command_writes_each_format() {
    let dir = tempfile::tempdir().expect("dir");
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/omgevingsvergunning.blueprint.json");
    for (format, name) in [("svg", "out.svg"), ("csv", "out.csv"), ("md", "out.md")] {
        let out = dir.path().join(name);
        let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
            .args(["export", file, "--format", format, "-o"])
            .arg(&out)
            .output()
            .expect("run");
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(std::fs::metadata(&out).expect("written").len() > 100);
    }
    let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export", file, "--format", "svg", "--phases", "9..12", "-o"])
        .arg(dir.path().join("x.svg"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("the phases go from 1 to 6"));
    let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export", file, "--format", "gif", "-o", "x"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2), "an unknown format is a usage error");
}

/// Runs frames until the export thread has finished (at most about five seconds).
fn wait_for_export(h: &mut egui_kittest::Harness<'_, sightline::ui::app::SightlineApp>) {
    for _ in 0..500 {
        h.step();
        if !h.state().jobs.exporting() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the export did not finish");
}

/// Opens File > Export…, picks `choices` by their labels, and saves as `name` in `dir`.
fn export_in_editor(
    h: &mut egui_kittest::Harness<'_, sightline::ui::app::SightlineApp>,
    choices: &[&str],
    dir: &std::path::Path,
    name: &str,
) {
    use egui_kittest::kittest::Queryable;
    h.get_by_label("File").click();
    h.run();
    // The menu item's name carries its shortcut too.
    h.get(egui_kittest::kittest::by().label_contains("Export…")).click();
    h.run();
    for c in choices {
        h.get_by_label(c).click();
        h.run();
    }
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Export…").click();
    h.run();
    match h.state_mut().dialog.as_mut() {
        Some(sightline::ui::app::Dialog::File(fd)) => {
            fd.dir = dir.to_path_buf();
            fd.name = name.into();
        }
        _ => panic!("the file dialog follows the export settings"),
    }
    h.run();
    h.get_by_label("Save").click();
    wait_for_export(h);
}

#[test]
fn export_from_the_editor_writes_the_file() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().expect("dir");
    let app = sightline::ui::app::SightlineApp::new(None, sightline::ui::app::Prefs::default());
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut sightline::ui::app::SightlineApp| app.show(ui), app);
    h.run();
    h.get_by_label("Eerste werkweek van een nieuwe medewerker (intern)").click();
    h.run();
    export_in_editor(
        &mut h,
        &["CSV table: one row per step and per annotation (spreadsheets)"],
        dir.path(),
        "werkweek",
    );
    let out = dir.path().join("werkweek.csv");
    let text = std::fs::read_to_string(&out).expect("the export is written, with its extension");
    assert!(text.starts_with("record,id,kind,lane"));
    assert!(h.state().status.contains("werkweek.csv"), "{}", h.state().status);
    assert_eq!(h.state().jobs.exported.as_deref(), Some(out.as_path()));
    h.get_by_label("Open");
    h.get_by_label("Show in folder");

    // A PDF of some phases, tiled on A4: the settings are remembered for the next export.
    export_in_editor(&mut h, &["PDF (printing, sharing)", "Some", "A4 pages (landscape)"], dir.path(), "wall");
    let pdf = std::fs::read(dir.path().join("wall.pdf")).expect("the PDF is written");
    assert!(pdf_pages(&pdf) >= 1);
    let settings = &h.state().export_settings;
    assert_eq!(settings.pages, sightline::export::Pages::Tiled(sightline::export::Paper::A4));
    assert!(settings.phases.is_some());

    // A PNG too large to draw says why, and writes nothing.
    h.state_mut().export_settings.scale = 100.0;
    export_in_editor(&mut h, &["PNG picture (slides, e-mail)"], dir.path(), "huge");
    assert!(!dir.path().join("huge.png").exists());
    let error = h.state().error.clone().unwrap_or_default();
    assert!(error.contains("huge.png") && error.contains("smaller scale"), "{error}");
}

#[test]
fn png_has_the_expected_size_and_pdf_one_page() {
    let bp = example("omgevingsvergunning");
    let layout = sightline::layout::Layout::compute(&bp, sightline::layout::Metrics::default());
    let (w, h) = sightline::export::size(&bp, &layout, None, &sightline::export::Options::default());
    for scale in [1.0_f32, 2.0] {
        let png = sightline::export::export(&bp, sightline::export::Format::Png(scale), None).expect("png");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("a PNG");
        assert!((pixmap.width() as f32 - w * scale).abs() <= 1.0, "width at {scale}x");
        assert!((pixmap.height() as f32 - h * scale).abs() <= 1.0, "height at {scale}x");
    }
    let pdf = sightline::export::export(&bp, sightline::export::Format::Pdf(sightline::export::Pages::One), None)
        .expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pdf_pages(&pdf), 1, "one page");
    // Without a scale (0), the picture is at least 2,000 pixels wide.
    let png = sightline::export::export(&bp, sightline::export::Format::Png(0.0), None).expect("png");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("a PNG");
    assert!(pixmap.width() >= 2000, "{}", pixmap.width());
    assert!(sightline::export::export(&bp, sightline::export::Format::Png(100.0), None).is_err(), "too large");
}

/// The `/MediaBox` sizes of a PDF's pages, in points.
fn media_boxes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let text = String::from_utf8_lossy(pdf);
    text.split("/MediaBox [")
        .skip(1)
        .map(|rest| {
            let n: Vec<f32> =
                rest.split(']').next().unwrap_or("").split_whitespace().filter_map(|x| x.parse().ok()).collect();
            assert_eq!(n.len(), 4, "a media box has four numbers");
            (n[2] - n[0], n[3] - n[1])
        })
        .collect()
}

/// A one-page PDF is the size of the drawing, but never larger than PDF readers open (200 inches):
/// a wider drawing is scaled down to fit, whole.
#[test]
fn a_one_page_pdf_stays_within_the_largest_page_readers_open() {
    use sightline::export::{Format, MAX_PAGE_PT, Options, Pages};
    let one = |bp: &sightline::model::Blueprint| {
        let pdf = sightline::export::export(bp, Format::Pdf(Pages::One), None).expect("pdf");
        let boxes = media_boxes(&pdf);
        assert_eq!(boxes.len(), 1, "one page");
        boxes[0]
    };
    let size = |bp: &sightline::model::Blueprint| {
        let layout = sightline::layout::Layout::compute(bp, sightline::layout::Metrics::default());
        sightline::export::size(bp, &layout, None, &Options::default())
    };
    let small = example("omgevingsvergunning");
    let ((pw, ph), (w, h)) = (one(&small), size(&small));
    assert!((pw - w).abs() < 1.0 && (ph - h).abs() < 1.0, "a small drawing keeps its size: {pw}×{ph} vs {w}×{h}");
    let wide = sightline::generate::generate(400, 1);
    let ((pw, ph), (w, h)) = (one(&wide), size(&wide));
    assert!(w > MAX_PAGE_PT, "the test blueprint is wider than a page may be: {w}");
    assert!((pw - MAX_PAGE_PT).abs() < 1.0, "scaled to the largest page: {pw}");
    assert!((ph / pw - h / w).abs() < 0.01, "in proportion: {pw}×{ph} vs {w}×{h}");
}

/// The pages of a PDF made by the export (pdf-writer writes one `/Type /Page` per page).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    ["/Type /Page\n", "/Type /Page ", "/Type /Page/", "/Type /Page>"].iter().map(|m| text.matches(m).count()).sum()
}

#[test]
fn tiled_pdf_covers_every_column_once_with_lane_names_on_every_page() {
    use sightline::export::{Format, Pages, Paper, page_svgs, tiles};
    for (bp, name) in
        [(example("omgevingsvergunning"), "example"), (sightline::generate::generate(300, 3), "300 steps")]
    {
        let layout = sightline::layout::Layout::compute(&bp, sightline::layout::Metrics::default());
        let all = 0..layout.columns;
        for paper in [Paper::A4, Paper::A3] {
            let (scale, pages) = tiles(&bp, &layout, &all, paper, &sightline::export::Options::default());
            assert!(pages.len() > 1, "{name} on {paper:?} needs more than one page");
            assert_eq!(pages.first().map(|r| r.start), Some(0));
            assert_eq!(pages.last().map(|r| r.end), Some(layout.columns));
            for pair in pages.windows(2) {
                assert_eq!(pair[0].end, pair[1].start, "{name}: no column lost or repeated");
            }
            let (pw, ph) = paper.size();
            for r in &pages {
                assert!(!r.is_empty());
                let (w, h) = sightline::export::size(&bp, &layout, Some(r), &sightline::export::Options::default());
                assert!(w * scale <= pw && h * scale <= ph, "{name}: page {r:?} fits the paper");
            }
            let svgs = page_svgs(&bp, &layout, &all, paper, &sightline::export::Options::default());
            for (i, page) in svgs.iter().enumerate() {
                let doc = roxmltree::Document::parse(&page.svg).expect("page SVG parses");
                // Long lane names wrap over lines: read the texts as one run.
                let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
                let all = texts.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
                for lane in bp.lanes() {
                    assert!(all.contains(&lane.name), "{name}: lane {} on page {}", lane.name, i + 1);
                }
                assert!(texts.contains(&format!("page {} of {}", i + 1, svgs.len()).as_str()), "page number");
            }
            let pdf = sightline::export::export(&bp, Format::Pdf(Pages::Tiled(paper)), None).expect("pdf");
            assert!(pdf.starts_with(b"%PDF-"));
            assert_eq!(pdf_pages(&pdf), pages.len(), "{name}: one PDF page per tile");
            let media = format!("/MediaBox [0 0 {pw} {ph}]");
            assert_eq!(String::from_utf8_lossy(&pdf).matches(&media).count(), pages.len(), "{media}");
        }
    }
    // A range of phases is tiled on its own.
    let bp = example("omgevingsvergunning");
    let one = sightline::export::phase_columns(&bp, 2, 2).expect("phase 2");
    let pdf = sightline::export::export(&bp, Format::Pdf(Pages::Tiled(Paper::A4)), Some(&one)).expect("pdf");
    assert_eq!(pdf_pages(&pdf), 1, "one phase fits one page");
}

#[test]
fn the_export_command_tiles_a_pdf_and_refuses_pages_for_other_formats() {
    let dir = tempfile::tempdir().expect("dir");
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/omgevingsvergunning.blueprint.json");
    let out = dir.path().join("wall.pdf");
    let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export", file, "--format", "pdf", "--pages", "a3", "-o"])
        .arg(&out)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(pdf_pages(&std::fs::read(&out).expect("written")) > 1);
    let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export", file, "--format", "svg", "--pages", "a4", "-o"])
        .arg(dir.path().join("x.svg"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--pages is for --format pdf only"));
    let png = dir.path().join("x.png");
    let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export", file, "--format", "png", "--scale", "48dpi", "-o"])
        .arg(&png)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let bp = example("omgevingsvergunning");
    let layout = sightline::layout::Layout::compute(&bp, sightline::layout::Metrics::default());
    let (w, _) = sightline::export::size(&bp, &layout, None, &sightline::export::Options::default());
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&png).expect("png")).expect("a PNG");
    assert!((pixmap.width() as f32 - w / 2.0).abs() <= 1.0, "48 dpi is half size");
}

#[test]
fn drawings_can_carry_the_interaction_band() {
    use sightline::export::{Format, Options, export, export_with};
    let bp = example("omgevingsvergunning");
    let plain = String::from_utf8(export(&bp, Format::Svg, None).expect("svg")).expect("utf8");
    let with = export_with(&bp, Format::Svg, None, Options { interaction: true, ..Options::default() }).expect("svg");
    let with = String::from_utf8(with).expect("utf8");
    assert!(!plain.contains(">Questions<") && with.contains(">Questions<") && with.contains(">Messages<"));
    let height = |svg: &str| {
        let doc = roxmltree::Document::parse(svg).expect("parses");
        doc.root_element().attribute("height").and_then(|h| h.parse::<f32>().ok()).expect("height")
    };
    // The band adds its height (and the legend its colours).
    assert!(height(&with) - height(&plain) >= sightline::layout::BAND_HEIGHT - 0.5);
    // The example leaves questions unanswered: their chips carry the warning colour.
    assert!(with.contains(&sightline::style::CHECK_WARN.hex()));
    // The same through the command line, tiled.
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("band.pdf");
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/omgevingsvergunning.blueprint.json");
    let o = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["export", file, "--format", "pdf", "--pages", "a4", "--interaction", "-o"])
        .arg(&out)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(pdf_pages(&std::fs::read(&out).expect("written")) > 1);
}
