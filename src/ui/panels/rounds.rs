//! The rounds of the information choreography in the field view: step through them (buttons,
//! Ctrl+Left and Ctrl+Right, on the projector too), start a new round from the last one's places, name
//! it and say what happens in it, say how the chosen actor feels and what they say, leave a token
//! out or bring one in, and show two rounds side by side with what changed. Every change is an
//! edit.

use crate::edit::{Edit, MergeKey};
use crate::i18n::{tr, tr_args};
use crate::model::{ActorId, Blueprint, FEELING_RANGE, Place, Round};
use crate::ui::panels::field::{Look, feeling_text, paint_tokens, tokens};
use crate::ui::state::{Action, EditorState};
use egui::{Pos2, RichText, Sense, Ui, vec2};

fn push(st: &mut EditorState, edit: Edit, key: Option<String>) {
    st.actions.push(Action::Edit { edit, key: key.map(MergeKey), then_select: None });
}

/// The first round, from the field as it is (the actors' positions).
#[must_use]
pub fn first_round(bp: &Blueprint, size: egui::Vec2) -> Round {
    let mut r = Round::new(tr_args("rounds-name", &[("n", 1.into())]));
    r.places = tokens(bp, None, size);
    r
}

/// A new round after the last, starting from its places and feelings; what was said then is
/// not said again.
#[must_use]
pub fn next_round(bp: &Blueprint) -> Round {
    let mut r = Round::new(tr_args("rounds-name", &[("n", (bp.rounds().len() + 1).into())]));
    if let Some(last) = bp.rounds().last() {
        r.places = bp.live_places(last).map(|p| Place { quote: None, ..p.clone() }).collect();
    }
    r
}

/// The bar over the field: which round, stepping, naming, the chosen actor's feeling.
pub fn rounds_bar(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, k: f32) {
    let size = 15.0 * k;
    let text = |s: String| RichText::new(s).size(size);
    let rounds = bp.rounds();
    ui.horizontal_wrapped(|ui| {
        if rounds.is_empty() {
            ui.label(text(tr("rounds-none")));
            if ui.button(text(tr("rounds-start"))).on_hover_text(tr("rounds-start-tip")).clicked() {
                push(st, Edit::AddRound { index: None, round: first_round(bp, ui.available_size()) }, None);
                st.round = 0;
            }
            return;
        }
        let i = st.round.min(rounds.len() - 1);
        let hint = |c: crate::ui::command::Command| c.tooltip();
        let previous = egui::Button::new(text(tr("rounds-previous")));
        if ui.add_enabled(i > 0, previous).on_hover_text(hint(crate::ui::command::Command::PreviousRound)).clicked() {
            st.round = i - 1;
        }
        ui.label(text(tr_args("rounds-of", &[("n", (i + 1).into()), ("total", rounds.len().into())])).strong());
        let next = egui::Button::new(text(tr("rounds-next")));
        if ui
            .add_enabled(i + 1 < rounds.len(), next)
            .on_hover_text(hint(crate::ui::command::Command::NextRound))
            .clicked()
        {
            st.round = i + 1;
        }
        let round = &rounds[i];
        let mut name = round.name.clone();
        let r = ui
            .add(egui::TextEdit::singleline(&mut name).desired_width(260.0 * k).font(egui::FontId::proportional(size)));
        let label = tr("rounds-round-name");
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
        if r.changed() {
            push(st, Edit::UpdateRound(Round { name, ..round.clone() }), Some(format!("round-name:{}", round.id)));
        }
        if ui.button(text(tr("rounds-new"))).on_hover_text(tr("rounds-new-tip")).clicked() {
            push(st, Edit::AddRound { index: None, round: next_round(bp) }, None);
            st.round = rounds.len();
            // Side by side shows the first and the new last.
            st.compare_rounds = None;
        }
        let compare = ui.add(egui::Button::selectable(st.round_compare, text(tr("rounds-compare"))));
        if compare.on_hover_text(tr("rounds-compare-tip")).clicked() {
            st.round_compare = !st.round_compare;
        }
        if ui.button(text(tr("rounds-delete"))).on_hover_text(tr("rounds-delete-tip")).clicked() {
            push(st, Edit::RemoveRound(round.id), None);
            st.round = i.saturating_sub(1);
        }
    });
    let Some(round) = rounds.get(st.round) else { return };
    ui.horizontal(|ui| {
        let label = ui.label(text(tr("rounds-note")));
        let mut note = round.note.clone().unwrap_or_default();
        let field =
            egui::TextEdit::singleline(&mut note).desired_width(f32::INFINITY).hint_text(tr("rounds-note-hint"));
        let r = ui.add(field.font(egui::FontId::proportional(size))).labelled_by(label.id);
        if r.changed() {
            let note = Some(note).filter(|n| !n.trim().is_empty());
            push(st, Edit::UpdateRound(Round { note, ..round.clone() }), Some(format!("round-note:{}", round.id)));
        }
    });
    if !st.round_compare {
        actor_line(ui, bp, st, round, k);
    }
}

/// The chosen actor in this round: how they feel, what they say, in or out of the round; and
/// the actors not in it, to bring in.
fn actor_line(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, round: &Round, k: f32) {
    let size = 15.0 * k;
    let text = |s: String| RichText::new(s).size(size);
    if let Some(actor) = st.highlight_actor.and_then(|a| bp.actor(a)) {
        ui.horizontal_wrapped(|ui| match round.place(actor.id) {
            Some(place) => {
                ui.label(text(tr_args("rounds-feels", &[("name", actor.name.clone().into())])));
                for f in FEELING_RANGE {
                    let on = place.feeling == Some(f);
                    let b = egui::Button::selectable(on, text(feeling_text(f)));
                    if ui.add(b).on_hover_text(tr(&format!("feeling-{}", f + 2))).clicked() {
                        let feeling = if on { None } else { Some(f) };
                        push(st, Edit::UpdateRound(with_place(round, Place { feeling, ..place.clone() })), None);
                    }
                }
                let label = ui.label(text(tr("rounds-quote")));
                let mut quote = place.quote.clone().unwrap_or_default();
                let field =
                    egui::TextEdit::singleline(&mut quote).desired_width(260.0 * k).hint_text(tr("rounds-quote-hint"));
                if ui.add(field.font(egui::FontId::proportional(size))).labelled_by(label.id).changed() {
                    let quote = Some(quote).filter(|q| !q.trim().is_empty());
                    let key = Some(format!("round-quote:{}:{}", round.id, actor.id));
                    push(st, Edit::UpdateRound(with_place(round, Place { quote, ..place.clone() })), key);
                }
                if ui.button(text(tr("rounds-leave-out"))).clicked() {
                    let mut r = round.clone();
                    r.places.retain(|p| p.actor != actor.id);
                    push(st, Edit::UpdateRound(r), None);
                }
            }
            None => {
                ui.label(text(tr_args("rounds-not-in", &[("name", actor.name.clone().into())])));
            }
        });
    } else {
        // The line is there before a token is chosen, so that choosing one does not push the
        // field down under the pointer.
        ui.horizontal(|ui| {
            ui.add_space(0.0);
            ui.label(text(tr("rounds-choose-token")).weak());
            // As tall as the line with buttons and a text field.
            ui.allocate_space(vec2(0.0, ui.spacing().interact_size.y * k));
        });
    }
    let out: Vec<_> = bp.actors().iter().filter(|a| round.place(a.id).is_none()).collect();
    if !out.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(text(tr("rounds-bring-in")));
            for a in out {
                if ui.button(text(format!("+ {}", a.name))).on_hover_text(tr("rounds-bring-in-tip")).clicked() {
                    // Where it stood last, or where the field would put it.
                    let before = bp.rounds().iter().rev().find_map(|r| r.place(a.id)).cloned();
                    let place = before.map_or_else(
                        || {
                            let p = crate::ui::panels::field::positions(bp, ui.available_size());
                            let (_, at) = p.into_iter().find(|(x, _)| *x == a.id).unwrap_or((a.id, Pos2::ZERO));
                            Place::new(a.id, at.x, at.y)
                        },
                        |p| Place { feeling: None, quote: None, ..p },
                    );
                    let mut r = round.clone();
                    r.places.push(place);
                    push(st, Edit::UpdateRound(r), None);
                }
            }
        });
    }
}

/// A round with one place replaced.
fn with_place(round: &Round, place: Place) -> Round {
    let mut r = round.clone();
    if let Some(p) = r.places.iter_mut().find(|p| p.actor == place.actor) {
        *p = place;
    }
    r
}

/// What changed from one round to another, in lines of words.
#[must_use]
pub fn changes(bp: &Blueprint, a: &Round, b: &Round) -> Vec<String> {
    let name = |id: ActorId| bp.actor(id).map(|x| x.name.clone()).unwrap_or_default();
    let mut moved = Vec::new();
    let mut feelings = Vec::new();
    let mut came = Vec::new();
    let mut left = Vec::new();
    for q in bp.live_places(b) {
        match a.place(q.actor) {
            None => came.push(name(q.actor)),
            Some(p) => {
                if (p.x - q.x).hypot(p.y - q.y) > 20.0 {
                    moved.push(name(q.actor));
                }
                if p.feeling != q.feeling {
                    let f = |v: Option<i8>| v.map_or_else(|| "?".to_owned(), feeling_text);
                    let args =
                        [("name", name(q.actor).into()), ("from", f(p.feeling).into()), ("to", f(q.feeling).into())];
                    feelings.push(tr_args("rounds-feeling-from-to", &args));
                }
            }
        }
    }
    for p in bp.live_places(a) {
        if b.place(p.actor).is_none() {
            left.push(name(p.actor));
        }
    }
    let mut out = Vec::new();
    for (id, list) in
        [("rounds-moved", moved), ("rounds-feeling-changed", feelings), ("rounds-came-in", came), ("rounds-left", left)]
    {
        if !list.is_empty() {
            out.push(tr_args(id, &[("list", list.join(", ").into())]));
        }
    }
    if out.is_empty() {
        out.push(tr("rounds-no-change"));
    }
    out
}

/// Two rounds side by side, each fitted to its half, with what changed below.
pub fn compare_ui(ui: &mut Ui, bp: &Blueprint, st: &mut EditorState, look: Look<'_>) {
    let n = bp.rounds().len();
    let (mut a, mut b) = st.compare_rounds.unwrap_or((0, n - 1));
    (a, b) = (a.min(n - 1), b.min(n - 1));
    let name =
        |i: usize| tr_args("rounds-numbered", &[("n", (i + 1).into()), ("name", bp.rounds()[i].name.clone().into())]);
    ui.horizontal(|ui| {
        for (salt, which) in [("compare-a", &mut a), ("compare-b", &mut b)] {
            egui::ComboBox::from_id_salt(salt).selected_text(name(*which)).show_ui(ui, |ui| {
                for i in 0..n {
                    ui.selectable_value(which, i, name(i));
                }
            });
        }
    });
    st.compare_rounds = Some((a, b));
    let (ra, rb) = (&bp.rounds()[a], &bp.rounds()[b]);
    let lines = changes(bp, ra, rb);
    let size = 15.0 * look.scale;
    let summary_height = (lines.len() as f32 + 0.5) * size * 1.6;
    let avail = ui.available_size();
    let (rect, _) = ui.allocate_exact_size(vec2(avail.x, (avail.y - summary_height).max(200.0)), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, crate::ui::canvas::paint::color(look.palette.background));
    let halves = [rect.with_max_x(rect.center().x - 4.0), rect.with_min_x(rect.center().x + 4.0)];
    for (half, round, i) in [(halves[0], ra, a), (halves[1], rb, b)] {
        painter.text(
            half.left_top() + vec2(12.0, 8.0),
            egui::Align2::LEFT_TOP,
            name(i),
            egui::FontId::proportional(18.0 * look.scale),
            crate::ui::canvas::paint::color(look.palette.text),
        );
        // Both halves at one scale, tokens and labels shrunk with the field, so that the two
        // rounds compare place for place.
        let s = half_scale(bp, ra, rb, half.size(), look.scale);
        let middle = half.center() + vec2(0.0, 16.0);
        let at: Vec<(Place, Pos2)> = tokens(bp, Some(round), half.size())
            .into_iter()
            .map(|p| (p.clone(), middle + vec2(p.x, p.y) * s))
            .collect();
        let small = Look { scale: s, ..look };
        paint_tokens(&painter.with_clip_rect(half), bp, &at, small, st.highlight_actor, None);
    }
    painter.vline(rect.center().x, rect.y_range(), egui::Stroke::new(1.0, ui.visuals().weak_text_color()));
    for line in lines {
        ui.label(RichText::new(line).size(size));
    }
}

/// The scale at which two rounds fit a half: their places with room for the labels (a label is
/// some 260 points wide and 110 high at scale 1), at most the field's own scale.
fn half_scale(bp: &Blueprint, a: &Round, b: &Round, size: egui::Vec2, k: f32) -> f32 {
    let mut reach = vec2(1.0, 1.0);
    for p in bp.live_places(a).chain(bp.live_places(b)) {
        reach = reach.max(vec2(p.x.abs(), p.y.abs()));
    }
    let need = vec2(2.0 * reach.x + 260.0, 2.0 * reach.y + 150.0);
    (size.x / need.x).min((size.y - 40.0) / need.y).min(k).max(0.3)
}
