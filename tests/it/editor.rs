//! The editor driven through its accessibility labels and keys, as a user would: quick capture,
//! annotations, flows, moving, undo/redo, saving and reloading.

use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sightline::layout::Pos;
use sightline::model::{AnnotationKind, LaneKind, StepId};
use sightline::ui::app::{Prefs, SightlineApp};
use sightline::ui::canvas::view::Transform;

fn harness(app: SightlineApp) -> Harness<'static, SightlineApp> {
    Harness::builder().with_size(vec2(1600.0, 1000.0)).build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app)
}

fn new_blueprint() -> Harness<'static, SightlineApp> {
    let mut h = harness(SightlineApp::new(None, Prefs::default()));
    h.run();
    h.get_by_label("New blueprint").click();
    h.run();
    assert!(h.state().doc.is_some());
    h
}

fn type_text(h: &mut Harness<'_, SightlineApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

fn press(h: &mut Harness<'_, SightlineApp>, key: Key) {
    h.key_press(key);
    h.run();
}

fn ctrl(h: &mut Harness<'_, SightlineApp>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

/// Titles of the customer lane's steps, left to right.
fn customer_row(h: &Harness<'_, SightlineApp>) -> Vec<String> {
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    let lane = bp.lanes().iter().find(|l| l.kind == LaneKind::Customer).expect("customer lane").id;
    bp.steps_in_order().into_iter().filter(|s| s.lane == lane).map(|s| s.title.clone()).collect()
}

/// Quick-captures three steps in the customer lane by keyboard only.
fn capture_row(h: &mut Harness<'_, SightlineApp>) {
    press(h, Key::ArrowDown); // selects the first cell of the customer lane
    press(h, Key::Insert); // a step there, typing its title
    type_text(h, "Vult formulier in");
    press(h, Key::Enter); // next step to the right
    type_text(h, "Wacht op antwoord");
    press(h, Key::Enter);
    type_text(h, "Belt het KCC");
    press(h, Key::Escape);
}

/// The screen position of a canvas point.
fn screen(h: &Harness<'_, SightlineApp>, p: Pos) -> Pos2 {
    let canvas = h.get_by_label("Blueprint canvas").rect();
    Transform::new(canvas, &h.state().editor.view).screen_from_canvas(p)
}

fn card_center(h: &mut Harness<'_, SightlineApp>, step: StepId) -> Pos2 {
    let doc = h.state_mut().doc.as_mut().expect("doc");
    let c = doc.layout().card(step).expect("card").rect.center();
    screen(h, c)
}

fn step_id(h: &Harness<'_, SightlineApp>, title: &str) -> StepId {
    h.state().doc.as_ref().expect("doc").blueprint().steps().find(|s| s.title == title).expect("step").id
}

#[test]
fn quick_capture_a_row_then_undo_and_redo() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    assert_eq!(customer_row(&h), ["Vult formulier in", "Wacht op antwoord", "Belt het KCC"]);
    assert!(h.state().editor.typing.is_none(), "Esc ends typing");

    // Each sticky note (creation and title) is one undo step.
    ctrl(&mut h, Key::Z);
    assert_eq!(customer_row(&h), ["Vult formulier in", "Wacht op antwoord"]);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(customer_row(&h).len(), 3);
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Y);
    assert_eq!(customer_row(&h).len(), 3);
}

#[test]
fn enter_on_an_empty_new_step_leaves_no_empty_step() {
    let mut h = new_blueprint();
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Insert);
    type_text(&mut h, "Eerste");
    press(&mut h, Key::Enter);
    press(&mut h, Key::Escape); // the new second step was left empty
    assert_eq!(customer_row(&h), ["Eerste"]);
    ctrl(&mut h, Key::Z);
    assert!(customer_row(&h).is_empty(), "one undo removes the first note");
}

#[test]
fn tab_goes_one_lane_down() {
    let mut h = new_blueprint();
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Insert);
    type_text(&mut h, "Klant belt");
    press(&mut h, Key::Tab);
    type_text(&mut h, "KCC neemt op");
    press(&mut h, Key::Escape);
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    let kcc = bp.steps().find(|s| s.title == "KCC neemt op").expect("step below");
    assert_eq!(bp.lane(kcc.lane).expect("lane").kind, LaneKind::Frontstage);
    assert_eq!(kcc.column, 0);
}

#[test]
fn annotations_from_toolbar_and_shortcut_with_undo() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    press(&mut h, Key::ArrowLeft); // the middle step
    h.get_by_label("Pain point").click();
    h.run();
    type_text(&mut h, "Lang wachten");
    press(&mut h, Key::Enter); // keeps the note, the canvas has the keyboard again
    ctrl(&mut h, Key::Num2); // moment of truth
    type_text(&mut h, "Bericht komt aan");
    press(&mut h, Key::Enter);
    let kinds = |h: &Harness<'_, SightlineApp>| -> Vec<AnnotationKind> {
        h.state().doc.as_ref().expect("doc").blueprint().annotations().iter().map(|a| a.kind).collect()
    };
    assert_eq!(kinds(&h), [AnnotationKind::PainPoint, AnnotationKind::MomentOfTruth]);
    let on = h.state().doc.as_ref().expect("doc").blueprint().annotations()[0].on;
    assert_eq!(on, sightline::model::Target::Step(step_id(&h, "Wacht op antwoord")));
    ctrl(&mut h, Key::Z);
    assert_eq!(kinds(&h), [AnnotationKind::PainPoint]);
    ctrl(&mut h, Key::Y);
    assert_eq!(kinds(&h).len(), 2);
}

#[test]
fn connect_two_steps_by_dragging_the_handle() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    let (a, c) = (step_id(&h, "Vult formulier in"), step_id(&h, "Belt het KCC"));
    // Click the first step so that its handle shows, then drag from the handle.
    let from = card_center(&mut h, a);
    h.drag_at(from);
    h.drop_at(from);
    h.run();
    assert_eq!(h.state().editor.selection.single_step(), Some(a), "a click selects");
    let doc = h.state_mut().doc.as_mut().expect("doc");
    let r = doc.layout().card(a).expect("card").rect;
    let handle = screen(&h, Pos { x: r.max.x, y: r.center().y });
    let to = card_center(&mut h, c);
    h.drag_at(handle);
    h.run();
    h.hover_at(Pos2::new(f32::midpoint(handle.x, to.x), to.y + 3.0));
    h.run();
    h.drop_at(to);
    h.run();
    let bp = h.state().doc.as_ref().expect("doc").blueprint();
    assert_eq!(bp.flow_count(), 1, "{:?}", h.state().status);
    let f = bp.flows().next().expect("flow");
    assert_eq!((f.from, f.to), (a, c));
    ctrl(&mut h, Key::Z);
    assert_eq!(h.state().doc.as_ref().expect("doc").blueprint().flow_count(), 0);
    ctrl(&mut h, Key::Y);
    assert_eq!(h.state().doc.as_ref().expect("doc").blueprint().flow_count(), 1);
}

#[test]
fn move_a_step_by_dragging_it_is_one_undo_step() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    let b = step_id(&h, "Wacht op antwoord");
    let from = card_center(&mut h, b);
    // One lane down (frontstage), same column.
    let lane_h = h.state().editor.view.zoom * sightline::layout::Metrics::default().lane_height;
    let to = from + vec2(0.0, lane_h);
    h.drag_at(from);
    h.run();
    h.hover_at(from + vec2(0.0, lane_h / 2.0));
    h.run();
    h.drop_at(to);
    h.run();
    let where_is = |h: &Harness<'_, SightlineApp>| {
        let bp = h.state().doc.as_ref().expect("doc").blueprint();
        let s = bp.step(b).expect("step");
        (bp.lane(s.lane).expect("lane").kind, s.column)
    };
    assert_eq!(where_is(&h), (LaneKind::Frontstage, 1));
    ctrl(&mut h, Key::Z);
    assert_eq!(where_is(&h), (LaneKind::Customer, 1));
    ctrl(&mut h, Key::Y);
    assert_eq!(where_is(&h), (LaneKind::Frontstage, 1));
}

#[test]
fn save_through_the_save_command_and_reload() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("werksessie.blueprint.json");
    let mut h = new_blueprint();
    capture_row(&mut h);
    press(&mut h, Key::ArrowLeft);
    ctrl(&mut h, Key::Num1);
    type_text(&mut h, "Lang wachten");
    press(&mut h, Key::Enter);
    assert!(h.state().doc.as_ref().expect("doc").is_dirty());
    // Save as: the in-app dialog, with a typed file name.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    if let Some(sightline::ui::app::Dialog::File(fd)) = h.state_mut().dialog.as_mut() {
        fd.dir = dir.path().to_path_buf();
        fd.name = "werksessie".into();
    } else {
        panic!("Save as opens the file dialog");
    }
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(!h.state().doc.as_ref().expect("doc").is_dirty(), "saved: {:?} {:?}", h.state().error, h.state().status);
    let reloaded = sightline::io::load_file(&path).expect("the saved file loads");
    assert_eq!(&reloaded, h.state().doc.as_ref().expect("doc").blueprint());
    // Edit more, then Ctrl+S writes to the same file.
    press(&mut h, Key::ArrowRight);
    ctrl(&mut h, Key::Num3);
    type_text(&mut h, "Status tonen");
    press(&mut h, Key::Enter);
    ctrl(&mut h, Key::S);
    let reloaded = sightline::io::load_file(&path).expect("loads");
    assert_eq!(reloaded.annotations().len(), 2);
    assert_eq!(&reloaded, h.state().doc.as_ref().expect("doc").blueprint());
}

#[test]
fn a_file_that_fails_to_load_shows_its_error_and_keeps_the_document() {
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("kapot.blueprint.json");
    std::fs::write(&bad, "{ \"format\": \"sightline-blueprint\", \"version\": 1, ").expect("write");
    let mut h = new_blueprint();
    capture_row(&mut h);
    h.state_mut().open_path(&bad);
    h.run();
    let err = h.state().error.clone().expect("an error is shown");
    assert!(err.contains("kapot.blueprint.json") && err.contains("line"), "{err}");
    assert_eq!(customer_row(&h).len(), 3, "the open document stays");
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().error.is_none());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    ctrl(&mut h, Key::W);
    assert!(matches!(h.state().dialog, Some(sightline::ui::app::Dialog::Unsaved(_))));
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().doc.is_some(), "cancel keeps the document");
    ctrl(&mut h, Key::W);
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().doc.is_none(), "discard closes it");
}

#[test]
fn delete_removes_selected_step_with_its_flows() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::Delete);
    assert_eq!(customer_row(&h), ["Vult formulier in", "Belt het KCC"]);
    ctrl(&mut h, Key::Z);
    assert_eq!(customer_row(&h).len(), 3);
}

#[test]
fn duplicate_and_paste() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::ArrowLeft); // first step
    ctrl(&mut h, Key::D);
    let row = customer_row(&h);
    assert_eq!(row.len(), 4);
    assert_eq!(row.iter().filter(|t| *t == "Vult formulier in").count(), 2);
}

#[test]
fn enter_or_f2_on_a_selected_step_edits_its_title() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::Enter);
    assert!(h.state().editor.typing.is_some(), "Enter starts typing");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, "Wacht drie weken");
    press(&mut h, Key::Escape);
    assert_eq!(customer_row(&h)[1], "Wacht drie weken");
    press(&mut h, Key::F2);
    assert!(h.state().editor.typing.is_some(), "F2 starts typing");
    press(&mut h, Key::Escape);
}

#[test]
fn lean_and_customer_fields_in_the_inspector_and_the_analysis_panel() {
    let mut h = new_blueprint();
    capture_row(&mut h);
    press(&mut h, Key::ArrowLeft); // "Wacht op antwoord"
    // Minutes typed into the inspector.
    h.get_by_label("Process minutes").click();
    h.run();
    type_text(&mut h, "45");
    h.get_by_label("Waiting minutes (before)").click();
    h.run();
    type_text(&mut h, "1440");
    let id = step_id(&h, "Wacht op antwoord");
    let m = |h: &Harness<'_, SightlineApp>| {
        h.state().doc.as_ref().expect("doc").blueprint().step(id).expect("step").measures.clone()
    };
    assert_eq!((m(&h).process_minutes, m(&h).wait_minutes), (Some(45.0), Some(1440.0)));
    // Value class and emotion by their controls.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Value").click();
    h.run();
    h.get_by_label("waste").click();
    h.run();
    assert_eq!(m(&h).value, Some(sightline::model::ValueClass::Waste));
    h.get_by_label("-2").click();
    h.run();
    assert_eq!(m(&h).emotion, Some(-2));
    // The analysis panel shows the box score and the tension this makes (the step is in the
    // customer lane, is waste, and the customer feels bad there).
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num7);
    h.run();
    assert!(h.query_by_label("Lead time (critical path)").is_some());
    let reason = "Removing 'Wacht op antwoord' hits a customer who feels bad here (emotion -2)";
    h.get_by_label(reason).click();
    h.run();
    assert!(h.state().editor.selection.steps.contains(&id), "clicking a tension selects its steps");
    // One undo takes the emotion back; the minutes typed were one step too.
    ctrl(&mut h, Key::Z);
    assert_eq!(m(&h).emotion, None);
}

#[test]
fn saving_a_new_blueprint_from_the_close_prompt_saves_then_closes() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = new_blueprint();
    capture_row(&mut h);
    ctrl(&mut h, Key::W);
    h.get_by_label("Save").click();
    h.run();
    match h.state_mut().dialog.as_mut() {
        Some(sightline::ui::app::Dialog::File(fd)) => {
            fd.dir = dir.path().to_path_buf();
            fd.name = "nieuw".into();
        }
        _ => panic!("a never-saved blueprint asks where to save it"),
    }
    h.run();
    h.get_by_label("Save").click();
    h.run();
    let saved = sightline::io::load_file(&dir.path().join("nieuw.blueprint.json")).expect("saved");
    assert_eq!(saved.step_count(), 3);
    assert!(h.state().doc.is_none(), "the close that asked goes on after saving");
}
