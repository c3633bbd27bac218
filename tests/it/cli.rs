//! The `sightline` command line: exit codes 0 (fine), 1 (invalid file or failed action),
//! 2 (usage error), and what each command prints.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

/// Runs the command line as on a machine set to English (the language follows the system's).
fn sightline(args: &[&str]) -> Output {
    in_locale("en_GB.UTF-8", args)
}

fn in_locale(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(args)
        .env("LC_ALL", locale)
        .env("LC_MESSAGES", locale)
        .env("LANG", locale)
        .output()
        .expect("run sightline")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn write_sample(dir: &Path, name: &str, v: &serde_json::Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_string(v).expect("json")).expect("write");
    p.to_string_lossy().into_owned()
}

#[test]
fn validate_exit_codes() {
    let dir = tempfile::tempdir().expect("dir");
    let good = write_sample(dir.path(), "good.blueprint.json", &common::sample());
    let mut broken = common::sample();
    broken["steps"][0]["column"] = serde_json::json!(-4);
    let bad = write_sample(dir.path(), "bad.blueprint.json", &broken);

    let o = sightline(&["validate", &good]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("ok"));

    let o = sightline(&["validate", &good, &bad]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(err.contains("bad.blueprint.json: steps[0].column: must be a whole number from 0"), "{err}");
    assert!(!err.contains("panicked"));

    let o = sightline(&["validate", &dir.path().join("missing.blueprint.json").to_string_lossy()]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("missing.blueprint.json: cannot read"));

    assert_eq!(code(&sightline(&["validate"])), 2, "no file is a usage error");
    assert_eq!(code(&sightline(&["validate", "--no-such-flag", &good])), 2);
    assert_eq!(code(&sightline(&["frobnicate"])), 2, "an unknown command is a usage error");
}

#[test]
fn stats_json_has_the_contract_keys() {
    let dir = tempfile::tempdir().expect("dir");
    let f = write_sample(dir.path(), "s.blueprint.json", &common::sample());
    let o = sightline(&["stats", &f, "--json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    for (key, want) in [
        ("lanes", 5),
        ("phases", 2),
        ("steps", 3),
        ("flows", 2),
        ("pain_points", 1),
        ("moments_of_truth", 1),
        ("ideas", 1),
        ("questions", 0),
    ] {
        assert_eq!(v[key], want, "{key}");
    }
    let o = sightline(&["stats", &f]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Parkeervergunning") && stdout(&o).contains("steps"));
}

#[test]
fn fmt_rewrites_canonically_and_check_reports() {
    let dir = tempfile::tempdir().expect("dir");
    let f = write_sample(dir.path(), "f.blueprint.json", &common::sample());
    let o = sightline(&["fmt", "--check", &f]);
    assert_eq!(code(&o), 1, "compact JSON is not canonical");
    assert!(stdout(&o).contains("would be reformatted"));
    assert_eq!(code(&sightline(&["fmt", &f])), 0);
    let once = std::fs::read(&f).expect("read");
    assert_eq!(code(&sightline(&["fmt", &f])), 0);
    assert_eq!(std::fs::read(&f).expect("read"), once, "fmt is idempotent");
    assert_eq!(code(&sightline(&["fmt", "--check", &f])), 0);

    // An invalid file is reported and left untouched.
    let bad = dir.path().join("bad.blueprint.json");
    std::fs::write(&bad, "{ not json").expect("write");
    let o = sightline(&["fmt", &bad.to_string_lossy()]);
    assert_eq!(code(&o), 1);
    assert_eq!(std::fs::read_to_string(&bad).expect("read"), "{ not json");
}

#[test]
fn new_writes_five_standard_lanes_and_does_not_overwrite() {
    let dir = tempfile::tempdir().expect("dir");
    let f = dir.path().join("n.blueprint.json");
    let fs = f.to_string_lossy().into_owned();
    assert_eq!(code(&sightline(&["new", &fs, "--title", "Nieuw", "--lang", "nl"])), 0);
    let bp = sightline::io::load_file(&f).expect("valid");
    assert_eq!(bp.title, "Nieuw");
    let kinds: Vec<&str> = bp.lanes().iter().map(|l| l.kind.as_str()).collect();
    assert_eq!(kinds, ["evidence", "customer", "frontstage", "backstage", "support"]);
    assert_eq!(bp.lanes()[1].name, "Klantacties");
    let o = sightline(&["new", &fs]);
    assert_eq!(code(&o), 1, "an existing file is not replaced");
    assert!(stderr(&o).contains("already exists"));
    assert_eq!(code(&sightline(&["new", &fs, "--force"])), 0);
}

#[test]
fn generate_is_exact_and_deterministic() {
    let dir = tempfile::tempdir().expect("dir");
    let a = dir.path().join("a.blueprint.json").to_string_lossy().into_owned();
    let b = dir.path().join("b.blueprint.json").to_string_lossy().into_owned();
    let c = dir.path().join("c.blueprint.json").to_string_lossy().into_owned();
    assert_eq!(code(&sightline(&["generate", "--steps", "500", &a])), 0);
    assert_eq!(code(&sightline(&["generate", "--steps", "500", &b])), 0);
    assert_eq!(code(&sightline(&["generate", "--steps", "500", "--seed", "9", &c])), 0);
    let (ta, tb, tc) = (std::fs::read(&a).expect("a"), std::fs::read(&b).expect("b"), std::fs::read(&c).expect("c"));
    assert_eq!(ta, tb, "same N and seed give the same bytes");
    assert_ne!(ta, tc, "another seed gives another blueprint");
    let bp = sightline::io::load_file(Path::new(&a)).expect("valid");
    let s = sightline::analysis::Stats::of(&bp);
    assert_eq!(s.steps, 500);
    assert!(s.flows > 500 && s.flows < 1000, "flows in proportion: {}", s.flows);
    assert!(s.annotations > 50, "annotations in proportion: {}", s.annotations);
    assert!(s.phases >= (s.columns / 10) as usize, "a phase about every ten columns");
    for lane in bp.lanes() {
        assert!(bp.steps().filter(|st| st.lane == lane.id).count() > 20, "steps in every lane");
    }
    assert_eq!(code(&sightline(&["generate", "--steps", "many", &a])), 2);
}

#[test]
fn schema_prints_the_schema() {
    let o = sightline(&["schema"]);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), sightline::io::schema_json());
}

#[test]
fn help_lists_every_command() {
    let o = sightline(&["--help"]);
    assert_eq!(code(&o), 0);
    for cmd in ["validate", "stats", "fmt", "new", "generate", "schema", "--example"] {
        assert!(stdout(&o).contains(cmd), "{cmd} missing from --help");
    }
}

#[test]
fn report_prints_markdown_or_json_with_the_contract_keys() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/omgevingsvergunning.blueprint.json");
    let o = sightline(&["report", file, "--json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    for key in [
        "lead_time_minutes",
        "process_minutes",
        "customer_minutes",
        "value_added_ratio",
        "critical_path",
        "rework_loops",
        "tensions",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert!(v["lead_time_minutes"].as_f64().expect("number") > 0.0);
    assert!(v["tensions"][0]["step"].is_string() && v["tensions"][0]["customer_step"].is_string());
    let o = sightline(&["report", file]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("## Box score") && stdout(&o).contains("Removing '"));
    assert_eq!(code(&sightline(&["report", "/nonexistent.blueprint.json"])), 1);
}

#[test]
fn new_titles_the_blueprint_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("dir");
    for (lang, title) in [("en", "New blueprint"), ("nl", "Nieuwe blauwdruk")] {
        let f = dir.path().join(format!("{lang}.blueprint.json"));
        let f = f.to_string_lossy();
        assert_eq!(code(&sightline(&["new", &f, "--lang", lang])), 0);
        let bp = sightline::io::load_file(Path::new(&*f)).expect("valid");
        assert_eq!(bp.title, title);
    }
    let f = dir.path().join("t.blueprint.json");
    let f = f.to_string_lossy();
    assert_eq!(code(&sightline(&["new", &f, "--title", "Huurtoeslag"])), 0);
    assert_eq!(sightline::io::load_file(Path::new(&*f)).expect("valid").title, "Huurtoeslag");
}

/// Everything the command line says follows the language: `--lang`, or else the system's.
#[test]
fn the_command_line_speaks_dutch() {
    let dir = tempfile::tempdir().expect("dir");
    let d = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    // A new blueprint, by the system's language and by --lang.
    let o = in_locale("nl_NL.UTF-8", &["new", &d("a.blueprint.json")]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).ends_with(": geschreven (5 banen, 0 stappen)\n"), "{}", stdout(&o));
    let bp = sightline::io::load_file(Path::new(&d("a.blueprint.json"))).expect("load");
    assert_eq!((bp.title.as_str(), bp.lanes()[1].name.as_str()), ("Nieuwe blauwdruk", "Klantacties"));
    let o = sightline(&["new", &d("a.blueprint.json"), "--lang", "nl"]);
    assert!(stderr(&o).contains("het bestand bestaat al; kies een andere naam of voeg --force toe"), "{}", stderr(&o));
    let o = sightline(&["--lang", "nl", "validate", &d("a.blueprint.json")]);
    assert!(stdout(&o).ends_with(": in orde (0 stappen)\n"), "{}", stdout(&o));
    // Stats: the Dutch labels, lined up.
    let o = sightline(&["stats", &d("a.blueprint.json"), "--lang", "nl"]);
    let text = stdout(&o);
    assert!(text.contains("  banen ") && text.contains("  momenten van de waarheid "), "{text}");
    let ends: Vec<usize> = text.lines().skip(1).map(|l| l.chars().count()).collect();
    assert!(ends.windows(2).all(|w| w[0] == w[1]), "the counts line up: {text}");
    // A file that does not read: the place and the problem in Dutch.
    let bad = write_sample(
        dir.path(),
        "bad.blueprint.json",
        &serde_json::json!({"format": "sightline-blueprint", "version": 1, "id": "x"}),
    );
    let o = in_locale("nl_NL.UTF-8", &["validate", &bad]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(err.contains(": id: \"x\" is geen geldige id"), "{err}");
    assert!(err.contains(": het veld \"title\" ontbreekt"), "{err}");
    assert!(!err.contains("missing") && !err.contains("not a valid"), "no English: {err}");
    std::fs::write(&bad, "{\"format\": \"sightline-blueprint\",\n  \"version\": 1,,}").expect("write");
    let err = stderr(&in_locale("nl_NL.UTF-8", &["validate", &bad]));
    assert!(err.contains("regel 2, kolom 16: dit is geen geldige JSON: de naam van een veld moet tekst"), "{err}");
    // A file that is not there, and a command that is not one.
    let err = stderr(&sightline(&["--lang", "nl", "stats", &d("missing.json")]));
    assert!(err.contains("kan het bestand niet lezen: dat bestand of die map bestaat niet"), "{err}");
    let err = stderr(&in_locale("nl_NL.UTF-8", &["valideer"]));
    assert!(err.contains("is geen bestand en geen opdracht"), "{err}");
    // fmt and export.
    std::fs::write(
        d("b.blueprint.json"),
        std::fs::read_to_string(d("a.blueprint.json")).expect("read").replace("  ", " "),
    )
    .expect("write");
    let o = sightline(&["fmt", "--check", &d("b.blueprint.json"), "--lang", "nl"]);
    assert!(stdout(&o).ends_with(": zou anders worden opgemaakt\n"), "{}", stdout(&o));
    let o = sightline(&["fmt", &d("b.blueprint.json"), "--lang", "nl"]);
    assert!(stdout(&o).ends_with(": opgemaakt\n"), "{}", stdout(&o));
    let o = sightline(&["export", &d("a.blueprint.json"), "--format", "pdf", "-o", "-", "--lang", "nl"]);
    assert!(stderr(&o).contains("geef een bestandsnaam voor een PNG of PDF"), "{}", stderr(&o));
    let o = sightline(&["export", &d("a.blueprint.json"), "--format", "csv", "-o", &d("a.csv"), "--lang", "nl"]);
    assert!(stdout(&o).ends_with(": geschreven\n"), "{}", stdout(&o));
}

/// `--help` and usage errors speak the language; every command and option has its help in both.
#[test]
fn help_and_usage_errors_follow_the_language() {
    use sightline::i18n::{set_language, tr};
    use sightline::templates::Lang;
    sightline::cli::help::command().debug_assert();
    for lang in [Lang::En, Lang::Nl] {
        set_language(lang);
        let cmd = sightline::cli::help::command();
        let mut stack = vec![cmd];
        while let Some(mut c) = stack.pop() {
            let about = c.get_about().map(ToString::to_string).unwrap_or_default();
            assert!(!about.starts_with("cli-"), "{lang:?}: no description for {}", c.get_name());
            for a in c.get_arguments() {
                let help = a.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    !help.is_empty() && !help.starts_with("cli-"),
                    "{lang:?}: no help for {} {}",
                    c.get_name(),
                    a.get_id()
                );
            }
            stack.extend(c.get_subcommands_mut().map(|s| s.clone()));
        }
    }
    set_language(Lang::En);
    assert_eq!(tr("cli-help-usage"), "Usage:");
    let o = in_locale("nl_NL.UTF-8", &["export", "--help"]);
    let text = stdout(&o);
    assert_eq!(code(&o), 0);
    for words in [
        "Gebruik: sightline export",
        "Opties:",
        "Argumenten:",
        "Alleen PNG: pixels per canvaseenheid",
        "Toon deze hulp.",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    let text = stdout(&sightline(&["--help", "--lang", "nl"]));
    assert!(text.contains("Opdrachten:") && text.contains("Controleer blauwdrukbestanden"), "{text}");
    let o = sightline(&["--lang", "nl", "export", "x", "--format", "gif", "-o", "y"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).starts_with("fout: “gif” is geen mogelijke waarde voor --format"), "{}", stderr(&o));
    let o = sightline(&["--lang", "nl", "valdate", "x"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("“valdate” is geen bestand en geen opdracht"), "{}", stderr(&o));
    let o = sightline(&["stats", "x", "--lang", "de"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("“de” is not a possible value for --lang"), "{}", stderr(&o));
}
