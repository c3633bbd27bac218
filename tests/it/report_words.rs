//! `sightline report` in words, in English and Dutch: no JSON or internal names in the Markdown,
//! singular and plural right, a blueprint without minutes says so (and `--json` gives null), and
//! the report and the app's analysis panel round the value-added ratio the same way.

use crate::common;

use egui::{Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sightline::analysis::percent;
use sightline::analysis::report::{markdown_in, report};
use sightline::templates::Lang;
use sightline::ui::app::{Prefs, SightlineApp};
use std::path::Path;
use std::process::{Command, Output};

fn sightline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sightline")).args(args).output().expect("run sightline")
}

/// The Markdown report of `file` in `lang`, by the command line.
fn report_text(file: &Path, lang: &str) -> String {
    let o = sightline(&["report", &file.to_string_lossy(), "--lang", lang]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// Words counted in the report, singular and plural, in both languages.
const COUNTED: [(&str, &str); 12] = [
    ("pain point", "pain points"),
    ("moment of truth", "moments of truth"),
    ("vote", "votes"),
    ("step", "steps"),
    ("message", "messages"),
    ("day", "days"),
    ("pijnpunt", "pijnpunten"),
    ("moment van de waarheid", "momenten van de waarheid"),
    ("stem", "stemmen"),
    ("stap", "stappen"),
    ("boodschap", "boodschappen"),
    ("dag", "dagen"),
];

/// Every "N word" in `text` with a counted word: (N, the word as written, singular?). N may
/// have decimals ("1,5 dagen").
fn counts(text: &str) -> Vec<(f64, String, bool)> {
    let mut out = Vec::new();
    for (singular, plural) in COUNTED {
        for (word, is_singular) in [(singular, true), (plural, false)] {
            let needle = format!(" {word}");
            for (i, _) in text.match_indices(&needle) {
                // The whole word only: "stap" is not the start of "stappen".
                let after = text[i + needle.len()..].chars().next();
                if after.is_some_and(char::is_alphabetic) {
                    continue;
                }
                let before = text[..i].rsplit([' ', '(', '\n']).next().unwrap_or_default();
                if let Ok(n) = before.replace(',', ".").parse::<f64>() {
                    out.push((n, word.to_owned(), is_singular));
                }
            }
        }
    }
    out
}

#[test]
fn the_report_is_in_words_in_english_and_in_dutch() {
    let files = common::example_files();
    assert!(files.len() >= 3, "the examples");
    for file in &files {
        let mut seen = (false, false);
        for lang in ["en", "nl"] {
            let text = report_text(file, lang);
            let name = format!("{} --lang {lang}", file.display());
            for bad in ['{', '}', '"'] {
                assert!(!text.contains(bad), "{name}: {bad} in\n{text}");
            }
            for internal in [
                "pain_point",
                "moment_of_truth",
                "(no phase)",
                "(no channel)",
                "(no lane)",
                "unset",
                "report-",
                "tension-",
                "kind-",
            ] {
                assert!(!text.contains(internal), "{name}: {internal} in\n{text}");
            }
            for (n, word, singular) in counts(&text) {
                #[allow(clippy::float_cmp, reason = "a count as written")]
                let one = n == 1.0;
                assert_eq!(one, singular, "{name}: {n} {word}");
                if singular {
                    seen.0 = true;
                } else {
                    seen.1 = true;
                }
            }
        }
        assert!(seen.0 && seen.1, "{}: both a singular and a plural are checked", file.display());
    }
    // The two languages are not the same text, and each speaks its own.
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omgevingsvergunning.blueprint.json");
    let (en, nl) = (report_text(&file, "en"), report_text(&file, "nl"));
    for line in ["## Tensions between LEAN and the customer", "## Pain points by phase", "| value-added ratio |"] {
        assert!(en.contains(line) && !nl.contains(line), "{line}");
    }
    for line in ["## Spanningen tussen LEAN en de klant", "## Pijnpunten per fase", "| aandeel waardetoevoegend |"] {
        assert!(nl.contains(line) && !en.contains(line), "{line}");
    }
    assert!(nl.contains("- Het weghalen van ‘") && en.contains("- Removing '"), "the tensions too");
}

#[test]
fn tension_reasons_in_english_are_the_reasons_of_the_json() {
    for file in common::example_files() {
        let bp = sightline::io::load_file(&file).expect("valid");
        let t = sightline::analysis::tensions(&bp);
        let reasons: Vec<String> = t.iter().map(|t| t.reason.clone()).collect();
        assert_eq!(sightline::analysis::tension_reasons_in(&bp, &t, Lang::En), reasons, "{}", file.display());
        for r in sightline::analysis::tension_reasons_in(&bp, &t, Lang::Nl) {
            assert!(r.starts_with("Het weghalen van ‘") && r.contains("’ raakt "), "{r}");
        }
    }
}

/// The common sample (no minutes recorded) with three pain points on "Behandelaar toetst"
/// (phase Aanvragen, lane Backstage): severity 2, 3 and none; and an idea with one vote.
fn sample_file(dir: &Path) -> String {
    let mut v = common::sample();
    let notes = v["annotations"].as_array_mut().expect("annotations");
    notes.push(serde_json::json!({"id": "5b1e8f7a-0c4d-4e59-8a7b-1d2c3e4f5a60", "kind": "pain_point",
        "on": "223793b4-97ad-5bb9-9593-dcac0c6ccd51", "text": "Niemand belt terug", "severity": 3}));
    notes.push(serde_json::json!({"id": "6c2f9a8b-1d5e-4f6a-9b8c-2e3d4f5a6b71", "kind": "pain_point",
        "on": "223793b4-97ad-5bb9-9593-dcac0c6ccd51", "text": "Formulier te lang"}));
    notes.push(serde_json::json!({"id": "7d3a0b9c-2e6f-4a7b-8c9d-3f4e5a6b7c82", "kind": "idea",
        "on": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "text": "Korter formulier", "votes": 1}));
    let p = dir.join("sample.blueprint.json");
    std::fs::write(&p, serde_json::to_string(&v).expect("json")).expect("write");
    p.to_string_lossy().into_owned()
}

#[test]
fn pain_points_votes_and_moments_read_as_words() {
    let dir = tempfile::tempdir().expect("dir");
    let file = sample_file(dir.path());
    let en = report_text(Path::new(&file), "en");
    for line in [
        "- Aanvragen: 3 pain points (1 of severity 3, 1 of severity 2, 1 without a severity)",
        "- Backstage: 3 pain points (1 of severity 3, 1 of severity 2, 1 without a severity)",
        "- For the customer: 1 moment of truth",
        "1. Idea, 1 vote: Korter formulier",
        "- website: 1 step",
    ] {
        assert!(en.lines().any(|l| l == line), "{line} in\n{en}");
    }
    let nl = report_text(Path::new(&file), "nl");
    for line in [
        "- Aanvragen: 3 pijnpunten (1 met ernst 3, 1 met ernst 2, 1 zonder ernst)",
        "- Voor de klant: 1 moment van de waarheid",
        "1. Idee, 1 stem: Korter formulier",
        "- website: 1 stap",
    ] {
        assert!(nl.lines().any(|l| l == line), "{line} in\n{nl}");
    }
    // One pain point of one severity: "Arrival: 1 pain point, severity 2".
    let bp = sightline::io::load_file(Path::new(&file)).expect("valid");
    let mut one = bp.clone();
    let extra: Vec<_> = one.annotations().iter().skip(3).map(|a| a.id).collect();
    for id in extra {
        one.remove_annotation(id).expect("remove");
    }
    let r = report(&one);
    assert!(markdown_in(&one, &r, Lang::En).contains("- Aanvragen: 1 pain point, severity 2\n"));
    assert!(markdown_in(&one, &r, Lang::Nl).contains("- Aanvragen: 1 pijnpunt, ernst 2\n"));
}

#[test]
fn a_blueprint_without_minutes_says_so_and_its_json_gives_null() {
    let dir = tempfile::tempdir().expect("dir");
    let file = sample_file(dir.path());
    let en = report_text(Path::new(&file), "en");
    assert!(en.contains("No minutes are recorded yet"), "{en}");
    assert!(!en.contains("0 min") && !en.contains("0 %") && !en.contains("lead time (critical path)"), "{en}");
    let nl = report_text(Path::new(&file), "nl");
    assert!(nl.contains("Er zijn nog geen minuten vastgelegd"), "{nl}");
    let o = sightline(&["report", &file, "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    for key in ["lead_time_minutes", "process_minutes", "customer_minutes", "value_added_ratio"] {
        assert!(v.get(key).is_some_and(serde_json::Value::is_null), "{key}: {v}");
    }
    assert!(v["critical_path"].as_array().is_some_and(Vec::is_empty) && v["tensions"].is_array());
    // A blueprint with minutes keeps its numbers.
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omgevingsvergunning.blueprint.json");
    let o = sightline(&["report", &example.to_string_lossy(), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    for key in ["lead_time_minutes", "process_minutes", "customer_minutes", "value_added_ratio"] {
        assert!(v[key].as_f64().is_some_and(|x| x > 0.0), "{key}: {}", v[key]);
    }
}

#[test]
fn percentages_are_rounded_one_way() {
    for (ratio, en, nl) in [
        (0.0, "0 %", "0 %"),
        (0.00001, "< 0.1 %", "< 0,1 %"),
        (0.007, "0.7 %", "0,7 %"),
        (0.05, "5 %", "5 %"),
        (0.0996, "10 %", "10 %"),
        (0.2346, "23 %", "23 %"),
        (1.0, "100 %", "100 %"),
    ] {
        assert_eq!((percent(ratio, Lang::En).as_str(), percent(ratio, Lang::Nl).as_str()), (en, nl), "{ratio}");
    }
}

/// The common sample with minutes: "Vult formulier in" (7 value-adding minutes) then
/// "Zaaksysteem maakt zaak aan" after 23 minutes of waiting: a value-added ratio of 7/30.
fn timed_sample(dir: &Path) -> std::path::PathBuf {
    let mut v = common::sample();
    v["steps"][0]["process_minutes"] = 7.into();
    v["steps"][0]["value"] = "value_adding".into();
    v["steps"][1]["wait_minutes"] = 23.into();
    let p = dir.join("timed.blueprint.json");
    std::fs::write(&p, serde_json::to_string(&v).expect("json")).expect("write");
    p
}

/// The value-added ratio shown by the analysis panel (Ctrl+7) of the app opened on `file` is
/// one of `shown`.
fn app_shows(file: &Path, shown: &[String]) -> bool {
    let app = SightlineApp::new(Some(file), Prefs::default());
    let mut h = Harness::builder()
        .with_size(vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Num7);
    h.run();
    shown.iter().any(|p| h.query_by_label(p).is_some())
}

#[test]
fn the_app_and_the_report_show_the_same_percentage() {
    let dir = tempfile::tempdir().expect("dir");
    // 0.7 % (the report said 1 %) and 23 % (the app said 23.3 %).
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omgevingsvergunning.blueprint.json");
    for (file, expected) in [(example, "0.7 %"), (timed_sample(dir.path()), "23 %")] {
        let bp = sightline::io::load_file(&file).expect("valid");
        let r = report(&bp);
        let ratio = r.box_score.value_added_ratio;
        assert_eq!(percent(ratio, Lang::En), expected);
        for (lang, label) in [(Lang::En, "value-added ratio"), (Lang::Nl, "aandeel waardetoevoegend")] {
            let line = format!("| {label} | {} |", percent(ratio, lang));
            assert!(markdown_in(&bp, &r, lang).contains(&line), "{line}");
        }
        // Another test may switch the interface language for a moment; either language's form
        // is the shared function's.
        let shown = [Lang::En, Lang::Nl].map(|l| percent(ratio, l));
        assert!(app_shows(&file, &shown), "the analysis panel shows {shown:?} for {}", file.display());
    }
}
