//! As-is and to-be: what changed between two versions of a blueprint. Steps match by id first,
//! then by title within a lane (lanes match by id, then by name); annotations match by id.

use super::{box_score, tensions};
use crate::model::{AnnotationId, Blueprint, Step, StepId};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A step in both versions, at a different place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Moved {
    /// The step's id in B.
    pub id: StepId,
    pub title: String,
    pub from_lane: String,
    pub from_column: u32,
    pub to_lane: String,
    pub to_column: u32,
}

/// A change in a figure of the box score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub before: f64,
    pub after: f64,
}

/// What changed from A to B.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    /// Steps only in B (B's ids).
    pub added: Vec<StepId>,
    /// Steps only in A (A's ids).
    pub removed: Vec<StepId>,
    /// Steps in both at another lane or column (B's ids).
    pub moved: Vec<StepId>,
    /// Steps in both with another title (B's ids; only steps matched by id can be retitled).
    pub retitled: Vec<StepId>,
    pub annotations_added: Vec<AnnotationId>,
    pub annotations_removed: Vec<AnnotationId>,
    /// The moves in words.
    pub moves: Vec<Moved>,
    /// A's step for each matched B step (B id → A id), for drawing the comparison.
    #[serde(skip)]
    pub matched: HashMap<StepId, StepId>,
    /// Lead time in minutes, when either version has minutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_minutes: Option<Change>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_added_ratio: Option<Change>,
    /// Number of tensions between LEAN and the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tensions: Option<Change>,
}

impl Diff {
    /// Whether the two versions hold the same steps and annotations at the same places.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.retitled.is_empty()
            && self.annotations_added.is_empty()
            && self.annotations_removed.is_empty()
    }
}

fn lane_name(bp: &Blueprint, s: &Step) -> String {
    bp.lane(s.lane).map(|l| l.name.clone()).unwrap_or_default()
}

/// A key for matching by title within a lane: the lane's name and the title, ignoring case and
/// spacing.
fn title_key(bp: &Blueprint, s: &Step) -> (String, String) {
    let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    (norm(&lane_name(bp, s)), norm(&s.title))
}

/// Compares version `a` (as-is) with version `b` (to-be).
#[must_use]
pub fn diff(a: &Blueprint, b: &Blueprint) -> Diff {
    let mut d = Diff::default();
    // By id first.
    let mut matched: HashMap<StepId, StepId> = HashMap::new();
    for s in b.steps() {
        if a.step(s.id).is_some() {
            matched.insert(s.id, s.id);
        }
    }
    // Then by title within a lane, one to one, in reading order.
    let taken: HashSet<StepId> = matched.values().copied().collect();
    let mut by_title: HashMap<(String, String), Vec<StepId>> = HashMap::new();
    for s in a.steps_in_order().into_iter().rev() {
        if !taken.contains(&s.id) {
            by_title.entry(title_key(a, s)).or_default().push(s.id);
        }
    }
    for s in b.steps_in_order() {
        if matched.contains_key(&s.id) {
            continue;
        }
        if let Some(old) = by_title.get_mut(&title_key(b, s)).and_then(Vec::pop) {
            matched.insert(s.id, old);
        }
    }
    let in_a: HashSet<StepId> = matched.values().copied().collect();
    for s in b.steps_in_order() {
        let Some(old) = matched.get(&s.id).and_then(|id| a.step(*id)) else {
            d.added.push(s.id);
            continue;
        };
        let (from_lane, to_lane) = (lane_name(a, old), lane_name(b, s));
        let same_lane = old.lane == s.lane || from_lane == to_lane;
        if !same_lane || old.column != s.column {
            d.moved.push(s.id);
            d.moves.push(Moved {
                id: s.id,
                title: s.title.clone(),
                from_lane,
                from_column: old.column,
                to_lane,
                to_column: s.column,
            });
        }
        if old.title != s.title {
            d.retitled.push(s.id);
        }
    }
    d.removed = a.steps_in_order().into_iter().filter(|s| !in_a.contains(&s.id)).map(|s| s.id).collect();
    d.annotations_added = b.annotations().iter().filter(|x| a.annotation(x.id).is_none()).map(|x| x.id).collect();
    d.annotations_removed = a.annotations().iter().filter(|x| b.annotation(x.id).is_none()).map(|x| x.id).collect();
    d.matched = matched;
    let (sa, sb) = (box_score(a), box_score(b));
    let has_minutes = |bp: &Blueprint| {
        bp.steps().any(|s| {
            let m = &s.measures;
            m.process_minutes.is_some() || m.wait_minutes.is_some() || m.customer_minutes.is_some()
        })
    };
    if has_minutes(a) || has_minutes(b) {
        d.lead_time_minutes = Some(Change { before: sa.lead_time_minutes, after: sb.lead_time_minutes });
        d.value_added_ratio = Some(Change { before: sa.value_added_ratio, after: sb.value_added_ratio });
        #[allow(clippy::cast_precision_loss, reason = "a count of tensions")]
        let count = |bp: &Blueprint| tensions(bp).len() as f64;
        d.tensions = Some(Change { before: count(a), after: count(b) });
    }
    d
}

/// The differences in words, one line each, in `lang` (the command line's `diff`).
#[must_use]
pub fn text_in(a: &Blueprint, b: &Blueprint, d: &Diff, lang: crate::templates::Lang) -> String {
    use crate::i18n::{tr_args_in, tr_in};
    use std::fmt::Write;
    let labels = [
        "diff-added",
        "diff-removed",
        "diff-moved",
        "diff-retitled",
        "diff-note",
        "diff-lead-time",
        "diff-value-added",
        "diff-tensions",
    ]
    .map(|id| tr_in(lang, id));
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let [added, removed, moved, retitled, note_label, lead, value, tension] = &labels;
    let mut out = String::new();
    let mut line = |mark: &str, label: &str, rest: &str| {
        let _ = writeln!(out, "  {mark}{label:<width$}  {rest}");
    };
    let title = |bp: &Blueprint, id: &StepId| bp.step(*id).map_or_else(|| id.to_string(), |s| s.title.clone());
    let note = |bp: &Blueprint, id: &AnnotationId| bp.annotation(*id).map(|n| n.text.clone()).unwrap_or_default();
    for id in &d.added {
        line("+ ", added, &title(b, id));
    }
    for id in &d.removed {
        line("- ", removed, &title(a, id));
    }
    for m in &d.moves {
        let args = [
            ("title", m.title.clone().into()),
            ("from_lane", m.from_lane.clone().into()),
            ("from", (m.from_column + 1).into()),
            ("to_lane", m.to_lane.clone().into()),
            ("to", (m.to_column + 1).into()),
        ];
        line("> ", moved, &tr_args_in(lang, "diff-move", &args));
    }
    for id in &d.retitled {
        let old = d.matched.get(id).map(|o| title(a, o)).unwrap_or_default();
        line("~ ", retitled, &format!("{old} → {}", title(b, id)));
    }
    for id in &d.annotations_added {
        line("+ ", note_label, &note(b, id));
    }
    for id in &d.annotations_removed {
        line("- ", note_label, &note(a, id));
    }
    let minutes = |m: f64| super::decimal(m, 0, lang);
    if let Some(c) = &d.lead_time_minutes {
        line("  ", lead, &format!("{} → {} min", minutes(c.before), minutes(c.after)));
    }
    if let Some(c) = &d.value_added_ratio {
        line("  ", value, &format!("{} → {}", super::percent(c.before, lang), super::percent(c.after, lang)));
    }
    if let Some(c) = &d.tensions {
        line("  ", tension, &format!("{:.0} → {:.0}", c.before, c.after));
    }
    let mut head = format!("{} → {}\n", a.title, b.title);
    if d.is_empty() {
        let _ = writeln!(head, "  {}", tr_in(lang, "diff-same"));
    }
    head + &out
}
