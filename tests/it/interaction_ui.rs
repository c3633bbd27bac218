//! The interaction view, the actors panel with highlighting, the field view and Compare with…,
//! driven through the app as a user would (`egui_kittest`).

use egui::{Key, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sightline::model::{ActorId, AnnotationKind, Blueprint};
use sightline::ui::app::{Prefs, SightlineApp};

fn harness() -> Harness<'static, SightlineApp> {
    let mut app = SightlineApp::new(None, Prefs::default());
    app.open_example("omgevingsvergunning");
    let mut h = Harness::builder()
        .with_size(vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app);
    h.run();
    h
}

fn bp<'a>(h: &'a Harness<'_, SightlineApp>) -> &'a Blueprint {
    h.state().doc.as_ref().expect("a document").blueprint()
}

fn actor(h: &Harness<'_, SightlineApp>, name: &str) -> ActorId {
    bp(h).actors().iter().find(|a| a.name == name).map(|a| a.id).expect("actor")
}

#[test]
fn choosing_an_actor_highlights_its_steps_with_a_count_per_lane() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run();
    assert!(h.state().prefs.show_actors, "Ctrl+G opens the actors panel");
    let file = actor(&h, "Het zaakdossier");
    let steps = bp(&h).steps_with_actor(file).count();
    assert_eq!(steps, 11);
    h.get_by_label(&format!("Highlight ({steps} steps)")).click();
    h.run();
    assert_eq!(h.state().editor.highlight_actor, Some(file));
    // The count per lane appears under the actor.
    h.get_by_label("Vergunningverlening: 5");
    h.get_by_label("Systemen en adviseurs: 4");
    h.get_by_label("KCC en balie: 1");
    // Clicking again turns the highlight off.
    h.get_by_label(&format!("Highlight ({steps} steps)")).click();
    h.run();
    assert_eq!(h.state().editor.highlight_actor, None);

    // Adding, renaming and removing an actor are edits that undo.
    let before = bp(&h).actors().len();
    h.get_by_label("+ Add actor").click();
    h.run();
    assert_eq!(bp(&h).actors().len(), before + 1);
    assert_eq!(bp(&h).actors().last().map(|a| a.name.as_str()), Some("New actor"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(bp(&h).actors().len(), before, "undo removes it again");
}

#[test]
fn the_interaction_view_shows_questions_and_messages_and_a_chip_selects_its_note() {
    let mut h = harness();
    assert!(h.state_mut().doc.as_mut().expect("doc").layout().interaction.is_none(), "off by default");
    h.key_press_modifiers(Modifiers::COMMAND, Key::J);
    h.run();
    let doc = h.state_mut().doc.as_mut().expect("doc");
    let report = doc.report();
    let (bp, layout) = doc.parts();
    let band = layout.interaction.as_ref().expect("the band is on");
    let notes =
        bp.annotations().iter().filter(|a| matches!(a.kind, AnnotationKind::Question | AnnotationKind::Message));
    let hidden: usize = band.hidden.values().map(|(q, m)| q + m).sum();
    assert_eq!(band.chips.len() + hidden, notes.count(), "every question and message is in the band");
    assert!(!band.links.is_empty(), "lines from messages to the questions they answer");
    assert_eq!(report.interaction.overloaded_columns.len(), 1, "the example overloads the application");
    assert!(!report.interaction.unanswered_questions.is_empty());
    // Cards never overlap the band.
    for card in &layout.cards {
        assert!(!card.rect.intersects(&band.rect), "a card overlaps the band");
    }
    let chip = band.chips[0].clone();
    // Click the chip on screen: its note is selected (and shown in the inspector).
    let view = h.state().editor.view;
    let rect = h.get_by_label("Blueprint canvas").rect();
    let t = sightline::ui::canvas::view::Transform::new(rect, &view);
    let at = t.screen_from_canvas(chip.rect.center());
    h.hover_at(at);
    h.drag_at(at);
    h.drop_at(at);
    h.run();
    assert_eq!(h.state().editor.selection.annotation, Some(chip.annotation));
}

#[test]
fn the_field_view_places_actors_and_the_place_is_saved_and_undone() {
    let mut h = harness();
    // Without rounds the field holds the actors' own positions (the example plays rounds).
    let rounds: Vec<_> = bp(&h).rounds().iter().map(|r| r.id).collect();
    for id in rounds {
        h.state_mut().doc.as_mut().expect("doc").apply(sightline::edit::Edit::RemoveRound(id), None).expect("remove");
    }
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    assert!(h.state().editor.field_view);
    let rect = h.get_by_label("Field view").rect();
    let kcc = actor(&h, "Klantcontactcentrum");
    let (x, y) = bp(&h).actor(kcc).and_then(|a| a.position).expect("placed in the example");
    let from = rect.center() + vec2(x, y);
    let to = from + vec2(60.0, 40.0);
    h.hover_at(from);
    h.drag_at(from);
    h.run();
    for i in 1..=4 {
        h.hover_at(from + (to - from) * (i as f32 / 4.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
    let (nx, ny) = bp(&h).actor(kcc).and_then(|a| a.position).expect("still placed");
    assert!((nx - x - 60.0).abs() < 2.0 && (ny - y - 40.0).abs() < 2.0, "moved to ({nx}, {ny}) from ({x}, {y})");
    // The new place survives a save and a load.
    let text = sightline::io::to_string(bp(&h));
    let back = sightline::io::from_str(&text).expect("reload");
    assert_eq!(back.actor(kcc).and_then(|a| a.position), Some((nx, ny)));
    // One drag is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(bp(&h).actor(kcc).and_then(|a| a.position), Some((x, y)));
}

#[test]
fn compare_with_marks_the_changes_and_sums_them_up() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness();
    // The older version had one more step; this one renamed another.
    let mut old = bp(&h).clone();
    let lane = old.lanes()[1].id;
    old.add_step(sightline::model::Step::new(lane, 3, "Belt om te vragen of alles binnen is")).expect("step");
    let path = dir.path().join("as-is.blueprint.json");
    sightline::io::save_file(&path, &old).expect("save");
    let renamed = bp(&h).steps().find(|s| s.title == "Betaalt de leges").map(|s| s.id).expect("step");
    let mut step = bp(&h).step(renamed).cloned().expect("step");
    step.title = "Betaalt de leges online".into();
    h.state_mut().doc.as_mut().expect("doc").apply(sightline::edit::Edit::UpdateStep(step), None).expect("edit");
    h.state_mut().compare_with(&path);
    h.run();
    let cmp = h.state().compare.as_ref().expect("comparing");
    assert_eq!(cmp.diff.removed.len(), 1);
    assert_eq!(cmp.diff.retitled, [renamed]);
    h.get_by_label("1 step removed");
    h.get_by_label("1 step renamed");
    // Edits update the comparison.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().compare.as_ref().expect("comparing").diff.retitled.is_empty());
    h.get_by_label("Close the comparison").click();
    h.run();
    assert!(h.state().compare.is_none());
}
