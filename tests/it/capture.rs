//! The facilitator's core loop without a stumble: notes take the keyboard, Enter after F2 only
//! confirms, a burst of keys lands letter for letter where it was typed, flows start from the
//! handle every time (and by keyboard), and refusals name lanes and columns in words.

use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sightline::layout::Pos;
use sightline::model::{AnnotationKind, LaneKind, StepId};
use sightline::ui::app::{Prefs, SightlineApp};
use sightline::ui::canvas::view::Transform;

fn new_blueprint() -> Harness<'static, SightlineApp> {
    let mut h = Harness::builder()
        .with_size(vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), SightlineApp::new(None, Prefs::default()));
    h.run();
    h.get_by_label("New blueprint").click();
    h.run();
    h
}

fn key(k: Key, modifiers: Modifiers) -> egui::Event {
    egui::Event::Key { key: k, physical_key: None, pressed: true, repeat: false, modifiers }
}

fn text(t: &str) -> egui::Event {
    egui::Event::Text(t.to_owned())
}

/// Sends events as one frame's input, as a burst from a slow frame would arrive (kittest's own
/// `event` gives every event a frame of its own).
fn burst(h: &mut Harness<'_, SightlineApp>, events: Vec<egui::Event>) {
    h.input_mut().events.extend(events);
    h.step();
    h.run();
}

fn press(h: &mut Harness<'_, SightlineApp>, k: Key) {
    burst(h, vec![key(k, Modifiers::NONE)]);
}

fn bp<'a>(h: &'a Harness<'_, SightlineApp>) -> &'a sightline::model::Blueprint {
    h.state().doc.as_ref().expect("doc").blueprint()
}

fn customer_row(h: &Harness<'_, SightlineApp>) -> Vec<String> {
    let bp = bp(h);
    let lane = bp.lanes().iter().find(|l| l.kind == LaneKind::Customer).expect("customer lane").id;
    bp.steps_in_order().into_iter().filter(|s| s.lane == lane).map(|s| s.title.clone()).collect()
}

/// Three steps in the customer lane, typed one frame at a time; the first one selected after.
fn three_steps(h: &mut Harness<'_, SightlineApp>) {
    press(h, Key::ArrowDown);
    press(h, Key::Insert);
    burst(h, vec![text("Een")]);
    press(h, Key::Enter);
    burst(h, vec![text("Twee")]);
    press(h, Key::Enter);
    burst(h, vec![text("Drie")]);
    press(h, Key::Escape);
    press(h, Key::ArrowLeft);
    press(h, Key::ArrowLeft);
    assert_eq!(customer_row(h), ["Een", "Twee", "Drie"]);
}

fn step_id(h: &Harness<'_, SightlineApp>, title: &str) -> StepId {
    bp(h).steps().find(|s| s.title == title).expect("step").id
}

fn screen(h: &Harness<'_, SightlineApp>, p: Pos) -> Pos2 {
    let canvas = h.get_by_label("Blueprint canvas").rect();
    Transform::new(canvas, &h.state().editor.view).screen_from_canvas(p)
}

fn card_rect(h: &mut Harness<'_, SightlineApp>, step: StepId) -> sightline::layout::Rect {
    h.state_mut().doc.as_mut().expect("doc").layout().card(step).expect("card").rect
}

#[test]
fn a_new_note_takes_the_keyboard_and_enter_keeps_it() {
    let mut h = new_blueprint();
    three_steps(&mut h);
    let zoom = h.state().editor.view.zoom;
    // Ctrl+1 and the text in one burst: no letter fires a canvas shortcut ("+" would zoom).
    burst(&mut h, vec![key(Key::Num1, Modifiers::COMMAND), text("Te lang + onduidelijk")]);
    assert!(h.state().editor.note.is_some(), "the note is being typed");
    press(&mut h, Key::Enter);
    let notes = bp(&h).annotations();
    assert_eq!(notes.len(), 1);
    assert_eq!((notes[0].kind, notes[0].text.as_str()), (AnnotationKind::PainPoint, "Te lang + onduidelijk"));
    assert!(h.state().editor.note.is_none(), "Enter gives the keyboard back to the canvas");
    assert!((h.state().editor.view.zoom - zoom).abs() < f32::EPSILON, "no letter zoomed the view");
    // One undo takes the note away, text and all.
    burst(&mut h, vec![key(Key::Z, Modifiers::COMMAND)]);
    assert!(bp(&h).annotations().is_empty());
}

#[test]
fn shift_enter_is_a_new_line_esc_leaves_and_an_empty_new_note_disappears() {
    let mut h = new_blueprint();
    three_steps(&mut h);
    burst(&mut h, vec![key(Key::Num3, Modifiers::COMMAND), text("Eerste regel")]);
    burst(&mut h, vec![key(Key::Enter, Modifiers::SHIFT), text("tweede regel")]);
    press(&mut h, Key::Escape);
    assert_eq!(bp(&h).annotations()[0].text, "Eerste regel\ntweede regel");
    assert!(h.state().editor.note.is_none());
    // Every way of adding a note puts the cursor in it; left empty it disappears.
    for k in [Key::Num1, Key::Num2, Key::Num4, Key::M] {
        burst(&mut h, vec![key(k, Modifiers::COMMAND)]);
        assert!(h.state().editor.note.is_some(), "{k:?} opens the note");
        press(&mut h, Key::Enter);
        assert_eq!(bp(&h).annotations().len(), 1, "an empty new note is not kept ({k:?})");
    }
    assert!(h.state().doc.as_ref().expect("doc").blueprint().annotations()[0].kind == AnnotationKind::Idea);
}

#[test]
fn enter_after_f2_confirms_and_adds_nothing() {
    let mut h = new_blueprint();
    three_steps(&mut h);
    let columns = bp(&h).column_count();
    press(&mut h, Key::F2);
    burst(&mut h, vec![text(" (online)")]);
    press(&mut h, Key::Enter);
    assert_eq!(customer_row(&h), ["Een (online)", "Twee", "Drie"]);
    assert_eq!(bp(&h).step_count(), 3, "no new step");
    assert_eq!(bp(&h).column_count(), columns, "no column inserted");
    assert!(h.state().editor.typing.is_none());
}

#[test]
fn a_burst_of_keys_lands_letter_for_letter_in_order() {
    let mut h = new_blueprint();
    press(&mut h, Key::ArrowDown);
    // Everything a fast typist sends before the next frame, Enter and Tab included.
    let mut events = vec![key(Key::Insert, Modifiers::NONE), text("Alpha bravo")];
    for word in ["Charlie delta", "Echo foxtrot", "Golf hotel"] {
        events.push(key(Key::Enter, Modifiers::NONE));
        events.extend(word.chars().map(|c| text(&c.to_string())));
    }
    events.push(key(Key::Tab, Modifiers::NONE));
    events.push(text("India"));
    events.push(key(Key::Escape, Modifiers::NONE));
    burst(&mut h, events);
    assert_eq!(customer_row(&h), ["Alpha bravo", "Charlie delta", "Echo foxtrot", "Golf hotel"]);
    let below: Vec<String> = bp(&h)
        .steps()
        .filter(|s| bp(&h).lane(s.lane).is_some_and(|l| l.kind == LaneKind::Frontstage))
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(below, ["India"]);
    assert!(h.state().editor.typing.is_none());
}

#[test]
fn a_press_anywhere_on_the_handle_draws_a_flow_never_a_move() {
    let mut h = new_blueprint();
    three_steps(&mut h);
    let (a, c) = (step_id(&h, "Een"), step_id(&h, "Drie"));
    let before: Vec<(StepId, u32)> = bp(&h).steps().map(|s| (s.id, s.column)).collect();
    let r = card_rect(&mut h, a);
    // The outer edge of the handle, outside the card, on a step that is selected.
    let edge = screen(&h, Pos { x: r.max.x, y: r.center().y }) + vec2(12.0, 0.0);
    let to_rect = card_rect(&mut h, c);
    let to = screen(&h, to_rect.center());
    h.drag_at(edge);
    h.run();
    h.hover_at(Pos2::new(f32::midpoint(edge.x, to.x), to.y + 4.0));
    h.run();
    h.drop_at(to);
    h.run();
    let f = bp(&h).flows().next().expect("a flow");
    assert_eq!((f.from, f.to), (a, c));
    // From the handle to empty space: nothing at all changes.
    let undo_depth = h.state().doc.as_ref().expect("doc").state();
    h.drag_at(edge);
    h.run();
    let empty = screen(&h, Pos { x: r.center().x, y: r.max.y + 300.0 });
    h.hover_at(empty);
    h.run();
    h.drop_at(empty);
    h.run();
    let after: Vec<(StepId, u32)> = bp(&h).steps().map(|s| (s.id, s.column)).collect();
    assert_eq!(after, before, "no step moved, no column inserted");
    assert_eq!(h.state().doc.as_ref().expect("doc").state(), undo_depth);
}

#[test]
fn connect_by_keyboard_arrows_and_enter() {
    let mut h = new_blueprint();
    three_steps(&mut h);
    press(&mut h, Key::L);
    assert!(h.state().editor.connect_from.is_some());
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Enter);
    let f = bp(&h).flows().next().expect("a flow");
    assert_eq!((f.from, f.to), (step_id(&h, "Een"), step_id(&h, "Drie")));
    assert!(h.state().editor.connect_from.is_none());
    assert!(h.state().editor.typing.is_none(), "Enter connected; it did not start typing");
    // Esc cancels.
    press(&mut h, Key::L);
    press(&mut h, Key::Escape);
    assert!(h.state().editor.connect_from.is_none());
    assert_eq!(bp(&h).flow_count(), 1);
}

#[test]
fn a_refusal_names_the_lane_and_counts_columns_from_one() {
    let mut h = new_blueprint();
    three_steps(&mut h);
    let lane = bp(&h).lanes().iter().find(|l| l.kind == LaneKind::Customer).expect("lane").clone();
    let step = sightline::model::Step::new(lane.id, 1, "Dubbel");
    h.state_mut().editor.edit(sightline::edit::Edit::AddStep(step), None);
    h.run();
    let status = h.state().status.clone();
    assert!(status.contains(&format!("“{}”", lane.name)) && status.contains("column 2"), "{status}");
    assert!(status.contains("“Twee”"), "{status}");
    assert!(!status.contains(&lane.id.to_string()[..8]), "no id: {status}");
}

#[test]
fn no_two_commands_share_a_shortcut() {
    use sightline::ui::command::Command;
    let mut seen: Vec<(egui::KeyboardShortcut, Command)> = Vec::new();
    for c in Command::ALL {
        for s in c.shortcut().into_iter().chain(c.alternatives().iter().copied()) {
            if let Some((_, other)) = seen.iter().find(|(k, _)| *k == s) {
                panic!("{c:?} and {other:?} share {s:?}");
            }
            seen.push((s, c));
        }
    }
    // The keys of typing and connecting (Enter, Tab, Esc, arrows) are the canvas's own: no command
    // takes them without a modifier, except Enter (edit the title), which typing takes first.
    for (s, c) in &seen {
        if s.modifiers.is_none() {
            assert!(
                !matches!(
                    s.logical_key,
                    Key::Tab | Key::Escape | Key::ArrowLeft | Key::ArrowRight | Key::ArrowUp | Key::ArrowDown
                ),
                "{c:?} takes {s:?}"
            );
        }
    }
}

#[test]
fn help_explains_the_service_blueprint_and_opens_an_example() {
    let mut h = new_blueprint();
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("What is a service blueprint?").click();
    h.run();
    assert!(h.query_by_label("Line of visibility").is_some(), "the three lines are explained");
    h.get_by_label("Open an example").click();
    h.run();
    // The new blueprint has no changes, so the example opens at once.
    assert_eq!(bp(&h).title, "Omgevingsvergunning aanvragen");
}
