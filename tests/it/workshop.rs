//! Never lose a workshop: autosave to the recovery folder, the recovery offer after a crash,
//! `FILE.bak`, the changed-on-disk prompt, and saves that are killed half-way.

use egui::{Key, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sightline::document::{Document, backup_path};
use sightline::io::recovery::Recovery;
use sightline::ui::app::{Dialog, Prefs, SightlineApp};
use std::time::Duration;

fn harness(app: SightlineApp) -> Harness<'static, SightlineApp> {
    Harness::builder().with_size(vec2(1600.0, 1000.0)).build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app)
}

fn example() -> sightline::model::Blueprint {
    sightline::examples::load("omgevingsvergunning").expect("known").expect("valid")
}

#[test]
fn autosave_writes_a_recovery_copy_and_a_restart_offers_it() {
    let data = tempfile::tempdir().expect("dir");
    let recovery = Recovery::in_dir(data.path());
    let mut app = SightlineApp::new(None, Prefs::default()).with_recovery(recovery.clone());
    app.jobs.autosave_every = Duration::ZERO;
    let mut h = harness(app);
    h.run();
    h.get_by_label("New blueprint").click();
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::Insert);
    h.run();
    h.event(egui::Event::Text("Meldt verhuizing".into()));
    h.run();
    h.key_press(Key::Escape);
    h.run();
    let copies = recovery.scan();
    assert_eq!(copies.len(), 1, "one recovery copy");
    let saved = copies[0].blueprint.as_ref().expect("readable");
    assert!(saved.steps().any(|s| s.title == "Meldt verhuizing"));
    // The document's own file is never written by autosave: it has none.
    assert!(h.state().doc.as_ref().expect("doc").path.is_none());
    drop(h); // a crash: nothing is cleaned up

    // The next start offers the copy; restoring brings the work back, unsaved.
    let mut h = harness(SightlineApp::new(None, Prefs::default()).with_recovery(recovery.clone()));
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Recover(_))));
    h.get_by_label("Restore 1").click();
    h.run();
    let doc = h.state().doc.as_ref().expect("restored");
    assert!(doc.blueprint().steps().any(|s| s.title == "Meldt verhuizing"));
    assert!(doc.has_unsaved_work());
    assert_eq!(recovery.scan().len(), 1, "the restored work has a fresh copy; the old one is gone");
}

#[test]
fn a_recovery_copy_can_be_discarded() {
    let data = tempfile::tempdir().expect("dir");
    let recovery = Recovery::in_dir(data.path());
    recovery.write(uuid::Uuid::new_v4(), &example(), None).expect("write");
    let mut h = harness(SightlineApp::new(None, Prefs::default()).with_recovery(recovery.clone()));
    h.run();
    h.get_by_label("Discard 1").click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert!(recovery.scan().is_empty());
    assert!(h.state().doc.is_none());
}

#[test]
fn saving_keeps_the_previous_version_as_bak_and_removes_the_recovery_copy() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("a.blueprint.json");
    sightline::io::save_file(&path, &example()).expect("first version");
    let first = std::fs::read(&path).expect("read");
    let mut doc = Document::open(&path).expect("open");
    let step = doc.blueprint().steps_in_order()[0].clone();
    let edit = sightline::edit::Edit::UpdateStep(sightline::model::Step { title: "Nieuw".into(), ..step });
    doc.apply(edit, None).expect("edit");
    let recovery = Recovery::in_dir(&dir.path().join("recovery"));
    doc.autosave(&recovery).expect("autosave");
    assert_eq!(std::fs::read(&path).expect("read"), first, "autosave never writes the document");
    doc.save_as(&path).expect("save");
    assert_eq!(std::fs::read(backup_path(&path)).expect("bak"), first);
    assert!(sightline::io::load_file(&path).expect("new").steps().any(|s| s.title == "Nieuw"));
}

#[test]
fn save_notices_a_file_changed_by_someone_else() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gedeeld.blueprint.json");
    sightline::io::save_file(&path, &example()).expect("write");
    let mut app = SightlineApp::new(Some(&path), Prefs::default());
    app.jobs.autosave_every = Duration::from_hours(1);
    let mut h = harness(app);
    h.run();
    // A colleague saves another version.
    let mut theirs = example();
    theirs.title = "Versie van een collega".into();
    sightline::io::save_file(&path, &theirs).expect("write");
    // We edit and save: Sightline asks instead of overwriting.
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::ChangedOnDisk)));
    assert_eq!(sightline::io::load_file(&path).expect("theirs").title, "Versie van een collega");
    h.get_by_label("Reload theirs").click();
    h.run();
    assert_eq!(h.state().doc.as_ref().expect("doc").blueprint().title, "Versie van een collega");
    // Now change it again on disk, and overwrite on purpose.
    sightline::io::save_file(&path, &example()).expect("write");
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Overwrite").click();
    h.run();
    assert_eq!(sightline::io::load_file(&path).expect("ours").title, "Versie van een collega");
}

/// The child side of the kill tests: runs only when the parent asks for it.
#[test]
#[ignore = "run by the kill tests as a separate process"]
#[allow(clippy::print_stdout, reason = "the child reports to its parent on stdout")]
fn child_process() {
    let Ok(role) = std::env::var("SIGHTLINE_CHILD") else { return };
    let dir = std::path::PathBuf::from(std::env::var("SIGHTLINE_CHILD_DIR").expect("dir"));
    match role.as_str() {
        // Edits in a real app, autosaving each time, and reports every autosave on stdout.
        "session" => {
            let mut app = SightlineApp::new(None, Prefs::default()).with_recovery(Recovery::in_dir(&dir));
            app.jobs.autosave_every = Duration::ZERO;
            let mut h = harness(app);
            h.run();
            h.get_by_label("New blueprint").click();
            h.run();
            h.key_press(Key::ArrowDown);
            h.run();
            let started = std::time::Instant::now();
            // Never outlive a parent that failed to kill us.
            for i in 0..usize::MAX {
                if started.elapsed() > Duration::from_mins(2) {
                    return;
                }
                // The first note in the selected cell, then each next one to its right.
                if i == 0 {
                    h.key_press(Key::Insert);
                } else {
                    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
                }
                h.run();
                h.event(egui::Event::Text(format!("Stap {i}")));
                h.run();
                h.key_press(Key::Escape);
                h.run();
                println!("autosaved {i}");
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        // Saves two different versions over one file, forever.
        "saver" => {
            let path = dir.join("doc.blueprint.json");
            let a = sightline::generate::generate(3000, 1);
            let b = sightline::generate::generate(3000, 2);
            println!("ready");
            let started = std::time::Instant::now();
            while started.elapsed() < Duration::from_mins(2) {
                for bp in [&a, &b] {
                    sightline::io::save_file(&path, bp).expect("save");
                }
            }
        }
        _ => {}
    }
}

fn spawn_child(role: &str, dir: &std::path::Path) -> std::process::Child {
    std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["workshop::child_process", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env("SIGHTLINE_CHILD", role)
        .env("SIGHTLINE_CHILD_DIR", dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn child")
}

/// Reads the child's stdout until a line with `prefix` has come `n` times.
fn wait_for(child: &mut std::process::Child, prefix: &str, n: usize) {
    use std::io::BufRead;
    let out = child.stdout.as_mut().expect("stdout");
    let mut seen = 0;
    for line in std::io::BufReader::new(out).lines() {
        // The test harness may print its own words before ours on the first line.
        if line.expect("line").contains(prefix) {
            seen += 1;
            if seen == n {
                return;
            }
        }
    }
    panic!("the child ended before printing {prefix} {n} times");
}

#[cfg(unix)]
fn sigkill(child: &mut std::process::Child) {
    // Child::kill sends SIGKILL on Unix: no destructor, no clean-up runs.
    child.kill().expect("kill");
    child.wait().expect("wait");
}

#[cfg(unix)]
#[test]
fn killing_the_app_keeps_the_edits_up_to_the_last_autosave() {
    let dir = tempfile::tempdir().expect("dir");
    let mut child = spawn_child("session", dir.path());
    wait_for(&mut child, "autosaved", 5);
    // While the other window runs, its copy is its live work: a second window does not offer it.
    #[cfg(target_os = "linux")]
    assert!(Recovery::in_dir(dir.path()).scan().is_empty(), "a running window's copy is not offered");
    sigkill(&mut child);
    let copies = Recovery::in_dir(dir.path()).scan();
    assert_eq!(copies.len(), 1);
    let bp = copies[0].blueprint.as_ref().expect("the recovery copy is whole");
    for i in 0..5 {
        assert!(bp.steps().any(|s| s.title == format!("Stap {i}")), "step {i} survived: {bp:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_save_killed_half_way_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().expect("dir");
    let a = sightline::io::to_string(&sightline::generate::generate(3000, 1));
    let b = sightline::io::to_string(&sightline::generate::generate(3000, 2));
    for round in 0..8 {
        let mut child = spawn_child("saver", dir.path());
        wait_for(&mut child, "ready", 1);
        std::thread::sleep(Duration::from_millis(30 + 17 * round));
        sigkill(&mut child);
        let path = dir.path().join("doc.blueprint.json");
        if let Ok(text) = std::fs::read_to_string(&path) {
            assert!(text == a || text == b, "round {round}: the file is a mix of two saves");
        }
    }
}

fn open_example(h: &mut Harness<'static, SightlineApp>) {
    h.run();
    h.get_by_label("Omgevingsvergunning aanvragen (gemeente)").click();
    h.run();
}

fn bp<'h>(h: &'h Harness<'_, SightlineApp>) -> &'h sightline::model::Blueprint {
    h.state().doc.as_ref().expect("doc").blueprint()
}

#[test]
fn a_locked_layout_refuses_drag_and_delete_but_takes_annotations() {
    let mut h = harness(SightlineApp::new(None, Prefs::default()));
    open_example(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run();
    assert!(bp(&h).locked);
    assert!(h.query_by_label("Layout locked").is_some(), "the lock is shown");
    // Select the first customer step and try to delete it.
    h.key_press(Key::ArrowDown);
    h.run();
    let steps = bp(&h).step_count();
    let selected = h.state().editor.selection.single_step().expect("a step");
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(bp(&h).step_count(), steps, "delete refused");
    assert!(h.state().status.contains("locked"), "{}", h.state().status);
    // Dragging the step does not move it.
    let before = bp(&h).step(selected).map(|s| (s.lane, s.column));
    let card = {
        let doc = h.state_mut().doc.as_mut().expect("doc");
        doc.layout().card(selected).expect("card").rect.center()
    };
    let canvas = h.get_by_label("Blueprint canvas").rect();
    let from = sightline::ui::canvas::view::Transform::new(canvas, &h.state().editor.view).screen_from_canvas(card);
    h.drag_at(from);
    h.run();
    h.hover_at(from + vec2(0.0, 80.0));
    h.run();
    h.drop_at(from + vec2(0.0, 160.0));
    h.run();
    assert_eq!(bp(&h).step(selected).map(|s| (s.lane, s.column)), before, "drag refused");
    // An annotation is still welcome.
    let notes = bp(&h).annotations().len();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    assert_eq!(bp(&h).annotations().len(), notes + 1);
    // The lock is saved with the file.
    let text = sightline::io::to_string(bp(&h));
    assert!(text.contains("\"locked\": true"));
    assert!(sightline::io::from_str(&text).expect("loads").locked);
}

#[test]
fn dot_voting_and_the_ranking() {
    let mut h = harness(SightlineApp::new(None, Prefs::default()));
    open_example(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    h.run();
    assert!(h.state().editor.vote_mode);
    assert!(h.query_by_label("Copy ranking as text").is_some(), "the ranking panel shows");
    h.key_press(Key::Num0); // the whole blueprint in view
    h.run();
    // Vote three times for a pain point's badge, and take one back.
    let (note, center) = {
        let doc = h.state_mut().doc.as_mut().expect("doc");
        let a =
            doc.blueprint().annotations().iter().find(|a| a.text.starts_with("Aanvrager weet niet")).expect("note").id;
        let c = doc.layout().badges.iter().find(|b| b.annotation == a).expect("badge").center;
        (a, c)
    };
    let canvas = h.get_by_label("Blueprint canvas").rect();
    let at = sightline::ui::canvas::view::Transform::new(canvas, &h.state().editor.view).screen_from_canvas(center);
    let votes_before = bp(&h).annotation(note).expect("note").votes;
    for _ in 0..3 {
        h.drag_at(at);
        h.drop_at(at);
        h.run();
    }
    h.hover_at(at);
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    assert_eq!(bp(&h).annotation(note).expect("note").votes, votes_before + 2);
    let ranking = sightline::ui::panels::ranking::ranking_text(bp(&h));
    let first = ranking.lines().next().expect("a ranking");
    assert!(first.contains("KCC kan niet zien") || first.contains("Aanvrager weet niet"), "{ranking}");
    assert!(ranking.contains(&format!("({} votes): Aanvrager weet niet", votes_before + 2)), "{ranking}");
    // Votes are saved.
    let again = sightline::io::from_str(&sightline::io::to_string(bp(&h))).expect("loads");
    assert_eq!(again.annotation(note).expect("note").votes, votes_before + 2);
}

#[test]
fn projector_mode_on_and_off_and_phase_walking() {
    let mut h = Harness::builder()
        .with_size(vec2(1920.0, 1080.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), SightlineApp::new(None, Prefs::default()));
    open_example(&mut h);
    let view_before = h.state().editor.view;
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().editor.projector);
    assert!(h.query_by_label("Leave projector (Esc)").is_some());
    assert!(h.query_by_label("File").is_none(), "no menus in projector mode");
    // "Whole blueprint" shows all of it.
    {
        let canvas = h.get_by_label("Blueprint canvas").rect();
        let app = h.state_mut();
        let view = app.editor.view;
        let bounds = app.doc.as_mut().expect("doc").layout().bounds();
        let t = sightline::ui::canvas::view::Transform::new(canvas, &view);
        let shown = t.screen_rect(bounds);
        assert!(canvas.expand(1.0).contains_rect(shown), "the whole blueprint fits: {shown:?} in {canvas:?}");
        // The lane names (at least 260 px wide on a projector) cover no column.
        let grid_left = t.screen_from_canvas(sightline::layout::Pos { x: 0.0, y: 0.0 }).x;
        assert!(grid_left >= canvas.left() + 259.0, "the first column starts at {grid_left}, under the lane names");
    }
    // Page Down walks phase by phase, at a size where titles and small text are 24 px or more
    // on a 1920×1080 screen; Home shows everything.
    h.key_press(Key::PageDown);
    h.run();
    let (title_px, small_px) = {
        let app = h.state_mut();
        let zoom = app.editor.view.zoom;
        let m = app.doc.as_mut().expect("doc").layout().metrics;
        (m.title_size * zoom, m.small_size * zoom)
    };
    assert!(title_px >= 24.0 && small_px >= 23.0, "card text is {title_px} px, small text {small_px} px");
    assert_eq!(h.state().editor.phase_in_view, Some(0));
    assert!(h.query_by_label("Phase 1 of 6: Oriënteren").is_some());
    h.key_press(Key::PageDown);
    h.run();
    h.key_press(Key::PageDown);
    h.run();
    h.key_press(Key::PageUp);
    h.run();
    assert_eq!(h.state().editor.phase_in_view, Some(1));
    h.key_press(Key::Home);
    h.run();
    assert_eq!(h.state().editor.phase_in_view, None);
    // Editing still works.
    let before = bp(&h).annotations().len();
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    assert!(h.state().editor.note.is_some(), "the new note has the keyboard on the projector too");
    h.event(egui::Event::Text("Idee".into()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(bp(&h).annotations().len(), before + 1);
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().editor.projector, "Esc leaves projector mode");
    let after = h.state().editor.view;
    assert!(
        (after.zoom - view_before.zoom).abs() < 1e-3 && (after.pan - view_before.pan).length() < 1.0,
        "the view comes back"
    );
    assert!(h.query_by_label("File").is_some());
}

#[test]
fn interface_scale_and_theme_are_preferences() {
    let mut h = harness(SightlineApp::new(None, Prefs::default()));
    open_example(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    let bigger = h.state().prefs.ui_scale;
    assert!(bigger > 1.05, "{bigger}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert!(h.state().prefs.ui_scale < 1.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert!((h.state().prefs.ui_scale - 1.0).abs() < 1e-6);
    h.state_mut().prefs.theme = sightline::ui::app::ThemeChoice::Dark;
    h.run();
    // Preferences survive a restart as a serialised value (eframe storage keeps this string).
    let stored = serde_json::to_string(&h.state().prefs).expect("prefs serialise");
    let back: Prefs = serde_json::from_str(&stored).expect("prefs deserialise");
    assert_eq!(back.theme, sightline::ui::app::ThemeChoice::Dark);
    // Older or partial preferences still load.
    let partial: Prefs = serde_json::from_str("{\"show_outline\": true}").expect("defaults fill in");
    assert!(partial.show_outline && (partial.ui_scale - 1.0).abs() < 1e-6);
}
