//! `sightline merge` as git's merge driver, in real repositories set up by `sightline git-setup`:
//! every case checks git's exit code, that the result opens, its content and the conflicts.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FILE: &str = "permit.blueprint.json";

struct Repo {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn run(dir: &Path, program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "en_GB.UTF-8")
        .env("GIT_AUTHOR_DATE", "2026-11-29T12:00:00")
        .env("GIT_COMMITTER_DATE", "2026-11-29T12:00:00")
        .output()
        .expect("run")
}

impl Repo {
    /// A repository set up by `sightline git-setup`, the permit example committed on main.
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().to_path_buf();
        let r = Self { _dir: dir, path };
        r.git(&["init", "-q", "-b", "main"]);
        r.git(&["config", "user.name", "Analist"]);
        r.git(&["config", "user.email", "analist@example.org"]);
        let o = run(&r.path, env!("CARGO_BIN_EXE_sightline"), &["git-setup"]);
        assert!(o.status.success(), "git-setup: {}", String::from_utf8_lossy(&o.stderr));
        let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
        sightline::io::save_file(&r.path.join(FILE), &bp).expect("save");
        r.git(&["add", "."]);
        r.git(&["commit", "-q", "-m", "base"]);
        r
    }

    fn git(&self, args: &[&str]) -> Output {
        let o = run(&self.path, "git", args);
        assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
        o
    }

    fn read(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(self.path.join(FILE)).expect("read")).expect("json")
    }

    /// Changes the file on a new branch from `from` and commits it.
    fn branch(&self, name: &str, from: &str, change: impl FnOnce(&mut Value)) {
        self.git(&["checkout", "-q", "-b", name, from]);
        let mut v = self.read();
        change(&mut v);
        let bp = sightline::io::from_value(v).expect("the change gives a valid blueprint");
        sightline::io::save_file(&self.path.join(FILE), &bp).expect("save");
        self.git(&["commit", "-q", "-am", name]);
    }

    /// Checks out `ours` and merges `theirs`: git's exit code, and the result (which must open).
    fn merge(&self, ours: &str, theirs: &str) -> (i32, Value) {
        self.git(&["checkout", "-q", ours]);
        let o = run(&self.path, "git", &["merge", "-q", "--no-edit", theirs]);
        let text = std::fs::read_to_string(self.path.join(FILE)).expect("read");
        assert!(!text.contains("<<<<<<<"), "no text markers, ever");
        sightline::io::from_str(&text).expect("the merged file opens");
        (o.status.code().expect("code"), serde_json::from_str(&text).expect("json"))
    }
}

fn step_id(v: &Value, title: &str) -> String {
    v["steps"].as_array().expect("steps").iter().find(|s| s["title"] == title).expect(title)["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn step<'a>(v: &'a mut Value, title: &str) -> &'a mut Value {
    v["steps"].as_array_mut().expect("steps").iter_mut().find(|s| s["title"] == title).expect(title)
}

fn lane_id(v: &Value, i: usize) -> Value {
    v["lanes"][i]["id"].clone()
}

fn add(v: &mut Value, list: &str, item: Value) {
    v[list].as_array_mut().expect(list).push(item);
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn conflicts(v: &Value) -> Vec<Value> {
    v.get("conflicts").and_then(Value::as_array).cloned().unwrap_or_default()
}

const CALLS: &str = "Belt de gemeente over de regels";
const CHECK: &str = "Zoekt uit of een vergunning nodig is";

#[test]
fn both_add_notes_to_different_steps() {
    let r = Repo::new();
    let (calls, check) = (step_id(&r.read(), CALLS), step_id(&r.read(), CHECK));
    let (a, b) = (new_id(), new_id());
    r.branch("kcc", "main", |v| {
        add(v, "annotations", json!({"id": a, "kind": "pain_point", "on": calls, "text": "Wachtrij", "severity": 2}));
    });
    r.branch("proces", "main", |v| {
        add(v, "annotations", json!({"id": b, "kind": "idea", "on": check, "text": "Checklist"}));
    });
    let (code, v) = r.merge("kcc", "proces");
    assert_eq!(code, 0);
    let texts: Vec<&str> =
        v["annotations"].as_array().expect("notes").iter().filter_map(|n| n["text"].as_str()).collect();
    assert!(texts.contains(&"Wachtrij") && texts.contains(&"Checklist"));
    assert!(conflicts(&v).is_empty());
    // History in words: the outline shows the merge's effect through textconv.
    let log = run(&r.path, "git", &["log", "-p", "-1", "--first-parent", "-m", "--", FILE]);
    assert!(
        String::from_utf8_lossy(&log.stdout).contains("+      Idea: Checklist"),
        "{}",
        String::from_utf8_lossy(&log.stdout)
    );
}

#[test]
fn both_add_steps_in_different_cells_and_flows() {
    let r = Repo::new();
    let base = r.read();
    let (customer, front) = (lane_id(&base, 1), lane_id(&base, 2));
    let calls = step_id(&base, CALLS);
    let (s1, s2) = (new_id(), new_id());
    r.branch("a", "main", |v| {
        add(v, "steps", json!({"id": s1, "lane": customer, "column": 11, "title": "Leest het besluit"}));
        add(v, "flows", json!({"id": new_id(), "from": calls, "to": s1}));
    });
    r.branch("b", "main", |v| {
        add(v, "steps", json!({"id": s2, "lane": front, "column": 11, "title": "Belt na"}));
        add(v, "flows", json!({"id": new_id(), "from": s2, "to": calls, "label": "terugbellen"}));
    });
    let (code, v) = r.merge("a", "b");
    assert_eq!(code, 0);
    assert_eq!(
        (
            step(&mut v.clone(), "Leest het besluit")["column"].clone(),
            step(&mut v.clone(), "Belt na")["column"].clone()
        ),
        (json!(11), json!(11))
    );
    let flows = v["flows"].as_array().expect("flows");
    assert_eq!(flows.len(), base["flows"].as_array().expect("flows").len() + 2);
    assert!(conflicts(&v).is_empty());
}

#[test]
fn both_add_a_step_in_the_same_cell() {
    let r = Repo::new();
    let customer = lane_id(&r.read(), 1);
    r.branch("a", "main", |v| {
        add(v, "steps", json!({"id": new_id(), "lane": customer, "column": 11, "title": "Ours"}));
    });
    r.branch("b", "main", |v| {
        add(v, "steps", json!({"id": new_id(), "lane": customer, "column": 11, "title": "Theirs"}));
    });
    let (code, mut v) = r.merge("a", "b");
    assert_eq!(code, 1, "git marks the file as conflicted");
    assert_eq!(step(&mut v, "Ours")["column"], 11);
    assert_eq!(step(&mut v, "Theirs")["column"], 12, "theirs moves right to the next free cell");
    let c = conflicts(&v);
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0]["kind"].as_str(), c[0]["field"].as_str(), c[0]["theirs"].clone()),
        (Some("same_cell"), Some("column"), json!(11))
    );
    // Validate says so, as a warning; --strict makes it an error.
    let o = run(&r.path, env!("CARGO_BIN_EXE_sightline"), &["validate", FILE]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("1 conflict from a merge still to resolve"));
    assert_eq!(run(&r.path, env!("CARGO_BIN_EXE_sightline"), &["validate", "--strict", FILE]).status.code(), Some(1));
    let o = run(&r.path, env!("CARGO_BIN_EXE_sightline"), &["stats", "--json", FILE]);
    let stats: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(stats["conflicts"], 1);
}

#[test]
fn one_renames_a_step_the_other_moves_it() {
    let r = Repo::new();
    r.branch("a", "main", |v| step(v, CALLS)["title"] = json!("Belt het KCC"));
    r.branch("b", "main", |v| step(v, CALLS)["column"] = json!(11));
    let (code, mut v) = r.merge("a", "b");
    assert_eq!(code, 0);
    assert_eq!(step(&mut v, "Belt het KCC")["column"], 11);
}

#[test]
fn both_rename_the_same_step_differently() {
    let r = Repo::new();
    r.branch("a", "main", |v| step(v, CALLS)["title"] = json!("Belt het KCC"));
    r.branch("b", "main", |v| step(v, CALLS)["title"] = json!("Belt 14 020"));
    let (code, v) = r.merge("a", "b");
    assert_eq!(code, 1);
    let c = conflicts(&v);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0]["kind"], "both_changed");
    assert_eq!(
        (c[0]["base"].as_str(), c[0]["ours"].as_str(), c[0]["theirs"].as_str()),
        (Some(CALLS), Some("Belt het KCC"), Some("Belt 14 020"))
    );
    assert_eq!(c[0]["kept"], "ours");
    assert!(v["steps"].as_array().expect("steps").iter().any(|s| s["title"] == "Belt het KCC"));
}

#[test]
fn one_deletes_a_step_the_other_annotated() {
    let r = Repo::new();
    let calls = step_id(&r.read(), CALLS);
    r.branch("a", "main", |v| {
        let steps = v["steps"].as_array_mut().expect("steps");
        steps.retain(|s| s["id"] != calls.as_str());
        let gone = |x: &Value| x["from"] == calls.as_str() || x["to"] == calls.as_str() || x["on"] == calls.as_str();
        let flows: Vec<String> = v["flows"]
            .as_array()
            .expect("f")
            .iter()
            .filter(|f| gone(f))
            .filter_map(|f| f["id"].as_str().map(str::to_owned))
            .collect();
        v["flows"].as_array_mut().expect("f").retain(|f| !gone(f));
        v["annotations"]
            .as_array_mut()
            .expect("a")
            .retain(|a| !gone(a) && !flows.iter().any(|f| a["on"] == f.as_str()));
    });
    r.branch("b", "main", |v| {
        add(
            v,
            "annotations",
            json!({"id": new_id(), "kind": "pain_point", "on": calls, "text": "Lang in de wacht", "severity": 3}),
        );
    });
    let (code, v) = r.merge("a", "b");
    assert_eq!(code, 1);
    assert!(
        v["steps"].as_array().expect("steps").iter().any(|s| s["id"] == calls.as_str()),
        "the annotated step is kept"
    );
    let c = conflicts(&v);
    assert!(
        c.iter().any(|c| c["kind"] == "deleted_used" && c["part_id"] == calls.as_str() && c["kept"] == "theirs"),
        "{c:#?}"
    );
}

#[test]
fn phases_added_on_both_sides() {
    let r = Repo::new();
    r.branch("a", "main", |v| add(v, "phases", json!({"id": new_id(), "name": "Nazorg", "start": 11})));
    r.branch("b", "main", |v| add(v, "phases", json!({"id": new_id(), "name": "Evaluatie", "start": 11})));
    let (code, v) = r.merge("a", "b");
    assert_eq!(code, 1);
    let start = |name: &str| {
        v["phases"].as_array().expect("p").iter().find(|p| p["name"] == name).expect(name)["start"].clone()
    };
    assert_eq!((start("Nazorg"), start("Evaluatie")), (json!(11), json!(12)));
    assert_eq!(conflicts(&v)[0]["kind"], "same_phase_start");
    r.git(&["merge", "--abort"]);
    // In different columns: clean.
    r.branch("c", "main", |v| add(v, "phases", json!({"id": new_id(), "name": "Nazorg", "start": 11})));
    r.branch("d", "main", |v| add(v, "phases", json!({"id": new_id(), "name": "Evaluatie", "start": 13})));
    assert_eq!(r.merge("c", "d").0, 0);
}

#[test]
fn an_unknown_field_changed_on_one_side_is_taken() {
    let r = Repo::new();
    r.branch("a", "main", |v| step(v, CALLS)["x-kcc"] = json!({"wachttijd": 12}));
    r.branch("b", "main", |v| v["x-bron"] = json!("procesteam"));
    let (code, mut v) = r.merge("a", "b");
    assert_eq!(code, 0);
    assert_eq!(
        (step(&mut v, CALLS)["x-kcc"].clone(), v["x-bron"].clone()),
        (json!({"wachttijd": 12}), json!("procesteam"))
    );
}

/// Two branches that merged each other before (a criss-cross): git merges the merge bases with
/// the driver first, then the branches.
#[test]
fn a_criss_cross_merge() {
    let r = Repo::new();
    let (calls, check) = (step_id(&r.read(), CALLS), step_id(&r.read(), CHECK));
    r.branch("a", "main", |v| {
        add(v, "annotations", json!({"id": new_id(), "kind": "idea", "on": calls, "text": "A1"}));
    });
    r.branch("b", "main", |v| {
        add(v, "annotations", json!({"id": new_id(), "kind": "idea", "on": check, "text": "B1"}));
    });
    // a merges b, and b merges (the old) a: two merge bases for what follows.
    r.git(&["checkout", "-q", "-b", "a2", "a"]);
    r.git(&["merge", "-q", "--no-edit", "b"]);
    r.git(&["checkout", "-q", "-b", "b2", "b"]);
    r.git(&["merge", "-q", "--no-edit", "a"]);
    r.branch("a3", "a2", |v| step(v, CALLS)["title"] = json!("Belt het KCC"));
    r.branch("b3", "b2", |v| {
        add(v, "annotations", json!({"id": new_id(), "kind": "question", "on": check, "text": "B2?"}));
    });
    let (code, mut v) = r.merge("a3", "b3");
    assert_eq!(code, 0);
    let texts: Vec<String> = v["annotations"]
        .as_array()
        .expect("notes")
        .iter()
        .filter_map(|n| n["text"].as_str().map(str::to_owned))
        .collect();
    for t in ["A1", "B1", "B2?"] {
        assert_eq!(texts.iter().filter(|x| *x == t).count(), 1, "{t} once");
    }
    assert!(step(&mut v, "Belt het KCC")["id"].is_string());
}

#[test]
fn git_setup_twice_changes_nothing() {
    let r = Repo::new();
    let attributes = std::fs::read_to_string(r.path.join(".gitattributes")).expect("attributes");
    assert_eq!(attributes, "*.blueprint.json merge=sightline diff=sightline\n");
    let o = run(&r.path, env!("CARGO_BIN_EXE_sightline"), &["git-setup"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("already set up; nothing changed"));
    assert_eq!(std::fs::read_to_string(r.path.join(".gitattributes")).expect("attributes"), attributes);
    let driver = r.git(&["config", "merge.sightline.driver"]);
    assert!(String::from_utf8_lossy(&driver.stdout).ends_with(" merge %O %A %B\n"));
    let outside = tempfile::tempdir().expect("dir");
    let o = run(outside.path(), env!("CARGO_BIN_EXE_sightline"), &["git-setup"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not in a git repository"));
}

mod properties {
    use crate::properties::{apply, op};
    use proptest::prelude::*;
    use sightline::merge::merge;
    use sightline::model::Blueprint;
    use sightline::templates::{Lang, standard};

    fn text(bp: &Blueprint) -> String {
        sightline::io::to_string(bp)
    }

    /// A base and two versions made from it by random operations.
    fn versions() -> impl Strategy<Value = (Blueprint, Blueprint, Blueprint)> {
        let ops = || prop::collection::vec(op(), 0..25);
        (ops(), ops(), ops()).prop_map(|(a, x, y)| {
            let mut base = standard("Samen", Lang::Nl);
            for o in &a {
                apply(&mut base, o);
            }
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            for o in &x {
                apply(&mut ours, o);
            }
            for o in &y {
                apply(&mut theirs, o);
            }
            (base, ours, theirs)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

        #[test]
        fn one_sided_and_equal_changes_merge_to_that_side((base, x, y) in versions()) {
            for (a, b, expect) in [(&x, &base, &x), (&base, &y, &y), (&x, &x, &x)] {
                let m = merge(Some(&base), a, b);
                prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
                prop_assert_eq!(text(&m), text(expect));
            }
        }

        #[test]
        fn swapping_the_sides_changes_only_the_recorded_side((base, x, y) in versions()) {
            let (m1, m2) = (merge(Some(&base), &x, &y), merge(Some(&base), &y, &x));
            sightline::io::from_str(&text(&m1)).expect("the merge is a valid blueprint");
            // A conflict on one side is a conflict on the other; the repairs that follow from the
            // value kept (a step moved right out of the cell ours kept) may differ.
            prop_assert_eq!(m1.conflicts.is_empty(), m2.conflicts.is_empty());
            let both = |m: &Blueprint| {
                let mut v: Vec<String> = m
                    .conflicts
                    .iter()
                    .filter(|c| c.kind == sightline::model::ConflictKind::BothChanged)
                    .map(|c| format!("{:?} {:?} {:?}", c.part, c.part_id, c.field))
                    .collect();
                v.sort();
                v
            };
            prop_assert_eq!(both(&m1), both(&m2));
            if m1.conflicts.is_empty() {
                prop_assert_eq!(text(&m1), text(&m2));
            }
            for c in &m1.conflicts {
                if let Some(d) = m2.conflicts.iter().find(|d| (d.kind, d.part, d.part_id, &d.field) == (c.kind, c.part, c.part_id, &c.field))
                    && c.kind == sightline::model::ConflictKind::BothChanged {
                        prop_assert_eq!((&c.ours, &c.theirs), (&d.theirs, &d.ours));
                    }
            }
        }
    }
}

/// A file a merge left conflicts in opens with the Conflicts panel; resolving by theirs and by
/// keeping ours gives the expected blueprint; undo brings the conflicts back.
#[test]
fn conflicts_are_resolved_in_the_editor_and_undo_brings_them_back() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use sightline::ui::app::{Prefs, SightlineApp};
    let base = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let retitle = |a: &str, b: &str| {
        let mut v = sightline::io::to_value(&base);
        step(&mut v, CALLS)["title"] = json!(a);
        step(&mut v, CHECK)["title"] = json!(b);
        sightline::io::from_value(v).expect("valid")
    };
    let (ours, theirs) = (retitle("Belt het KCC", "Zoekt het uit"), retitle("Belt 14 020", "Kijkt online"));
    let merged = sightline::merge::merge(Some(&base), &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 2);
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("samen.blueprint.json");
    sightline::io::save_file(&file, &merged).expect("save");

    let app = SightlineApp::new(Some(&file), Prefs::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app);
    h.run();
    assert!(h.state().editor.show_conflicts, "the panel opens with the file");
    h.get_by_label("Conflicts from a merge");
    let titles = |h: &Harness<'_, SightlineApp>| {
        let bp = h.state().doc.as_ref().expect("doc").blueprint();
        let t: Vec<String> = bp.steps().map(|s| s.title.clone()).collect();
        (t.contains(&"Belt 14 020".to_owned()), t.contains(&"Zoekt het uit".to_owned()), bp.conflicts.len())
    };
    assert_eq!(titles(&h), (false, true, 2));
    // The first conflict in the list is the step in column 1 (reading order): "Zoekt uit…".
    h.get_all_by_label("Take theirs").next().expect("button").click();
    h.run();
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    assert_eq!(bp.conflicts.len(), 1);
    assert!(bp.steps().any(|s| s.title == "Kijkt online"), "theirs taken");
    h.get_by_label("Keep as it is").click();
    h.run();
    h.run();
    assert_eq!(titles(&h), (false, false, 0));
    assert!(h.state().doc.as_ref().expect("doc").blueprint().steps().any(|s| s.title == "Belt het KCC"), "ours kept");
    h.get_by_label("No conflicts left: the merge is resolved. Save the file and commit it.");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc.as_ref().expect("doc").blueprint().conflicts.len(), 1, "undo brings a conflict back");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    assert_eq!(bp.conflicts.len(), 2);
    assert!(bp.steps().any(|s| s.title == "Zoekt het uit"), "and the value it had");
}

/// File → History lists the commits of the open file; Compare compares with that version.
#[test]
fn history_lists_the_commits_and_compares_with_one() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use sightline::ui::app::{Dialog, Prefs, SightlineApp};
    use sightline::ui::command::Command;
    let r = Repo::new();
    r.branch("later", "main", |v| step(v, CALLS)["title"] = json!("Belt het KCC"));
    let app = SightlineApp::new(Some(&r.path.join(FILE)), Prefs::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app);
    h.run();
    h.state_mut().editor.run(Command::History);
    h.run();
    let Some(Dialog::History(commits)) = &h.state().dialog else { panic!("the history opens: {:?}", h.state().error) };
    let messages: Vec<&str> = commits.iter().map(|c| c.message.as_str()).collect();
    assert_eq!(messages, ["later", "base"]);
    assert_eq!(commits[0].author, "Analist");
    h.run();
    assert!(h.query_by_label_contains("History of").is_some(), "the history window shows");
    h.get_all_by_label("Compare").nth(1).expect("the base commit").click();
    h.run();
    h.run();
    let cmp = h.state().compare.as_ref().expect("comparing with the base version");
    assert_eq!(cmp.diff.retitled.len(), 1, "the retitled step shows");
    assert!(cmp.name.starts_with("base (2026-11-29, Analist)"), "{}", cmp.name);
    // A file outside git says so.
    let dir = tempfile::tempdir().expect("dir");
    let loose = dir.path().join("los.blueprint.json");
    sightline::io::save_file(&loose, &sightline::examples::load("omgevingsvergunning").expect("k").expect("v"))
        .expect("save");
    h.state_mut().open_path(&loose);
    h.state_mut().editor.run(Command::History);
    h.run();
    assert!(h.state().error.as_deref().is_some_and(|e| e.contains("not in a git repository")), "{:?}", h.state().error);
}

/// An id both sides used for different kinds of part (ours a step, theirs a lane): only that
/// part is left out, recorded with its value; the rest of theirs is merged.
#[test]
fn an_id_used_for_two_kinds_loses_only_that_part() {
    let base = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let x = new_id();
    let mut o = sightline::io::to_value(&base);
    let lane = lane_id(&o, 0);
    add(&mut o, "steps", json!({"id": x, "lane": lane, "column": 40, "title": "Ours X"}));
    let mut t = sightline::io::to_value(&base);
    add(&mut t, "lanes", json!({"id": x, "kind": "custom", "name": "Theirs X"}));
    t["title"] = json!("Theirs title");
    step(&mut t, CALLS)["title"] = json!("Theirs retitled");
    let (o, t) = (sightline::io::from_value(o).expect("ours"), sightline::io::from_value(t).expect("theirs"));
    let m = sightline::merge::merge(Some(&base), &o, &t);
    assert_eq!(m.title, "Theirs title");
    assert!(m.steps().any(|s| s.title == "Theirs retitled") && m.steps().any(|s| s.title == "Ours X"));
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(
        (c.kind, c.part, c.kept),
        (sightline::model::ConflictKind::Rule, sightline::model::PartKind::Lane, None)
    );
    assert_eq!(c.theirs.as_ref().and_then(|v| v["name"].as_str()), Some("Theirs X"), "the value is kept in the record");
}

/// `merge -o` never writes over BASE or THEIRS; `-o -` writes to standard output; the textconv
/// shows an unreadable file as it is.
#[test]
fn merge_output_and_textconv_edges() {
    let dir = tempfile::tempdir().expect("dir");
    let p = |n: &str| dir.path().join(n);
    let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    for n in ["b.json", "o.json", "t.json"] {
        sightline::io::save_file(&p(n), &bp).expect("save");
    }
    let before = std::fs::read(p("t.json")).expect("read");
    let s = |args: &[&Path]| {
        Command::new(env!("CARGO_BIN_EXE_sightline")).args(args).env("LC_ALL", "en_GB.UTF-8").output().expect("run")
    };
    let o = s(&[Path::new("merge"), &p("b.json"), &p("o.json"), &p("t.json"), Path::new("-o"), &p("t.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("this is the file being read"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(std::fs::read(p("t.json")).expect("read"), before, "THEIRS untouched");
    let o = s(&[Path::new("merge"), &p("b.json"), &p("o.json"), &p("t.json"), Path::new("-o"), Path::new("-")]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(o.stdout, before, "the merge of three equal files is that file, on standard output");
    std::fs::write(p("bad.json"), "{\"format\": tru}").expect("write");
    let o = s(&[Path::new("outline"), Path::new("--textconv"), &p("bad.json")]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.starts_with("(this file cannot be read as a blueprint: line 1, column 15")
            && text.ends_with("{\"format\": tru}"),
        "{text}"
    );
    assert_eq!(s(&[Path::new("outline"), &p("bad.json")]).status.code(), Some(1), "without --textconv: an error");
}
