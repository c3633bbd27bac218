//! The interface in English and Dutch: every message in both files, every message the code asks
//! for exists, and switching to Dutch shows Dutch labels.

use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sightline::i18n::{EN_FTL, NL_FTL, message_ids};
use sightline::templates::Lang;
use sightline::ui::app::{Prefs, SightlineApp};
use std::collections::BTreeSet;

#[test]
fn both_languages_have_the_same_messages() {
    let en: BTreeSet<String> = message_ids(EN_FTL).into_iter().collect();
    let nl: BTreeSet<String> = message_ids(NL_FTL).into_iter().collect();
    assert_eq!(message_ids(EN_FTL).len(), en.len(), "a message id appears twice in en.ftl");
    assert_eq!(message_ids(NL_FTL).len(), nl.len(), "a message id appears twice in nl.ftl");
    let only_en: Vec<_> = en.difference(&nl).collect();
    let only_nl: Vec<_> = nl.difference(&en).collect();
    assert!(only_en.is_empty() && only_nl.is_empty(), "only in English: {only_en:?}; only in Dutch: {only_nl:?}");
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let en: BTreeSet<String> = message_ids(EN_FTL).into_iter().collect();
    let mut missing = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("src").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.ends_with("i18n/mod.rs") {
                continue; // its doc comments show made-up ids
            }
            let text = std::fs::read_to_string(&p).expect("read");
            // Every literal that names a message by one of these prefixes, wherever it is passed.
            for prefix in [
                "\"read-",
                "\"err-",
                "\"file-",
                "\"io-",
                "\"not-file-",
                "\"cli-",
                "\"diff-",
                "\"export-err-",
                "\"import-",
                "\"conflict-",
                "\"conflicts-",
                "\"history-",
                "\"git-",
            ] {
                for (i, _) in text.match_indices(prefix) {
                    let rest = &text[i + 1..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !en.contains(id)
                    {
                        missing.push(format!("{}: {id}", p.display()));
                    }
                }
            }
            for call in ["tr(\"", "tr_args(\"", "tr(if ", "tr(match"] {
                for (i, _) in text.match_indices(call) {
                    // The literal ids in this call: the first one, or every arm of an if/match.
                    let rest = &text[i + call.len() - 1..];
                    let end = rest.find(')').unwrap_or(rest.len()).min(400);
                    let all = call.ends_with(' ') || call.ends_with("match");
                    let take = if all { usize::MAX } else { 1 };
                    for id in rest[..end].split('"').skip(1).step_by(2).take(take) {
                        if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !en.contains(id)
                        {
                            missing.push(format!("{}: {id}", p.display()));
                        }
                    }
                }
            }
        }
    }
    // Command ids become cmd-ID and cmd-ID-tip.
    for c in sightline::ui::command::Command::ALL {
        for id in [format!("cmd-{}", c.id()), format!("cmd-{}-tip", c.id())] {
            if !en.contains(&id) {
                missing.push(id);
            }
        }
    }
    assert!(missing.is_empty(), "messages used but not defined: {missing:#?}");
}

#[test]
fn switching_to_dutch_shows_dutch_labels_and_dutch_lanes() {
    let app = SightlineApp::new(None, Prefs::default());
    let mut h = Harness::builder()
        .with_size(vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app);
    h.run();
    assert!(h.query_by_label("New blueprint").is_some());
    h.state_mut().prefs.lang = Lang::Nl;
    h.run();
    assert!(h.query_by_label("Nieuwe blauwdruk").is_some(), "the start screen speaks Dutch");
    h.get_by_label("Nieuwe blauwdruk").click();
    h.run();
    assert!(h.query_by_label("Bestand").is_some() && h.query_by_label("Beeld").is_some(), "Dutch menus");
    assert!(h.query_by_label("Pijnpunt").is_some(), "Dutch toolbar");
    let lanes: Vec<String> =
        h.state().doc.as_ref().expect("doc").blueprint().lanes().iter().map(|l| l.name.clone()).collect();
    assert_eq!(lanes[1], "Klantacties", "new blueprints get Dutch lane names");
    // And back.
    h.state_mut().prefs.lang = Lang::En;
    h.run();
    assert!(h.query_by_label("File").is_some());
    sightline::i18n::set_language(Lang::En);
}

/// Every problem the reader finds in the fuzzer's ~3,700 kept inputs (hostile and broken files
/// of every kind) is put in Dutch when the language is Dutch: at the same place, in other words.
#[test]
fn the_reader_names_every_problem_in_dutch_too() {
    use sightline::i18n::set_language;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/load");
    let (mut compared, mut english) = (0, Vec::new());
    for e in std::fs::read_dir(root).expect("seeds").flatten() {
        let bytes = std::fs::read(e.path()).expect("read");
        let read = |lang| {
            set_language(lang);
            sightline::io::from_bytes(&bytes).err().map(|e| e.problems).unwrap_or_default()
        };
        let (en, nl) = (read(Lang::En), read(Lang::Nl));
        assert_eq!(en.len(), nl.len(), "{}", e.path().display());
        for (a, b) in en.iter().zip(&nl) {
            compared += 1;
            let place = |p: &str| p.replace("line ", "regel ").replace(", column ", ", kolom ");
            assert_eq!(place(&a.at), b.at, "{}", e.path().display());
            if a.message == b.message {
                english.push(format!("{}: {}", e.path().display(), a.message));
            }
        }
    }
    set_language(Lang::En);
    assert!(compared > 1000, "the corpus holds broken files ({compared} problems)");
    assert!(english.is_empty(), "problems left in English: {english:#?}");
}

/// Every field a spreadsheet column can be mapped to has words in both languages.
#[test]
fn every_mappable_field_has_words() {
    for lang in [Lang::En, Lang::Nl] {
        for f in sightline::import::table::field_ids() {
            let words = sightline::merge::words::field_name(f, lang);
            assert!(!words.starts_with('"'), "{lang:?}: no words for the field {f}");
        }
    }
}
