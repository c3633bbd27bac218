//! Tensions between the LEAN view and the customer's: a step marked as waste that carries a
//! customer need itself, or is joined by a flow to a customer step that does.

use crate::model::{
    Annotation, AnnotationKind, Blueprint, Kano, LaneKind, Perspective, Step, StepId, Target, ValueClass,
};
use serde::Serialize;
use std::collections::HashMap;

/// One waste step and one step that carries a customer need (the waste step itself, or a
/// customer step joined to it directly by a flow), with the reason in words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tension {
    /// The waste step.
    pub step: StepId,
    /// The step that carries the customer need.
    pub customer_step: StepId,
    /// One line a workshop can read aloud.
    pub reason: String,
}

/// Why a step matters to the customer, in phrases ("a moment of truth for the customer: '…'");
/// `notes` are the annotations on the step, in order.
fn needs(s: &Step, notes: &[&Annotation]) -> Vec<String> {
    let mut out = Vec::new();
    for a in notes {
        match a.kind {
            AnnotationKind::MomentOfTruth
                if matches!(a.perspective, Some(Perspective::Customer | Perspective::Both)) =>
            {
                out.push(format!("a moment of truth for the customer: '{}'", a.text));
            }
            AnnotationKind::Question => out.push(format!("a question the customer has: '{}'", a.text)),
            _ => {}
        }
    }
    if s.measures.kano == Some(Kano::Basic) {
        out.push("a basic expectation (Kano)".to_owned());
    }
    if let Some(e) = s.measures.emotion.filter(|&e| e <= -1) {
        out.push(format!("a customer who feels bad here (emotion {e})"));
    }
    out
}

/// All tensions, waste steps in reading order.
#[must_use]
pub fn tensions(bp: &Blueprint) -> Vec<Tension> {
    let is_customer = |s: &Step| bp.lane(s.lane).is_some_and(|l| l.kind == LaneKind::Customer);
    // The annotations of each step, gathered once (in list order) rather than looked for per step.
    let mut notes: HashMap<StepId, Vec<&Annotation>> = HashMap::new();
    for a in bp.annotations() {
        if let Target::Step(s) = a.on {
            notes.entry(s).or_default().push(a);
        }
    }
    // What each step means to the customer, in words, worked out once per step: a customer step
    // may be joined to many waste steps.
    let mut why: HashMap<StepId, String> = HashMap::new();
    let mut out = Vec::new();
    for waste in bp.steps_in_order().into_iter().filter(|s| s.measures.value == Some(ValueClass::Waste)) {
        // The waste step itself, then the customer steps joined to it, each once.
        let mut candidates: Vec<&Step> = vec![waste];
        let mut joined: Vec<&Step> = bp
            .flows_of(waste.id)
            .map(|f| if f.from == waste.id { f.to } else { f.from })
            .filter_map(|id| bp.step(id))
            .filter(|s| s.id != waste.id && is_customer(s))
            .collect();
        joined.sort_by_key(|s| (s.column, s.id));
        joined.dedup_by_key(|s| s.id);
        candidates.extend(joined);
        for c in candidates {
            let why =
                why.entry(c.id).or_insert_with(|| needs(c, notes.get(&c.id).map_or(&[], Vec::as_slice)).join(" and "));
            if why.is_empty() {
                continue;
            }
            let reason = format!("Removing '{}' hits {why}", waste.title);
            out.push(Tension { step: waste.id, customer_step: c.id, reason });
        }
    }
    out
}

/// The reasons of `tensions` worded in `lang`, in the same order (in English the same text as
/// each `reason`): for the report, which speaks the reader's language while the JSON keeps
/// `reason` as it is. A tension whose steps are not in `bp` keeps its `reason`.
#[must_use]
pub fn tension_reasons_in(bp: &Blueprint, tensions: &[Tension], lang: crate::templates::Lang) -> Vec<String> {
    use crate::i18n::{tr_args_in, tr_in};
    // The annotations of each step, gathered once; the needs of each step, worded once.
    let mut notes: std::collections::HashMap<StepId, Vec<&crate::model::Annotation>> = std::collections::HashMap::new();
    for a in bp.annotations() {
        if let Target::Step(s) = a.on {
            notes.entry(s).or_default().push(a);
        }
    }
    let mut why: std::collections::HashMap<StepId, String> = std::collections::HashMap::new();
    let words = |s: &Step| {
        let mut out: Vec<String> = Vec::new();
        for a in notes.get(&s.id).map_or(&[][..], Vec::as_slice) {
            let id = match a.kind {
                AnnotationKind::MomentOfTruth
                    if matches!(a.perspective, Some(Perspective::Customer | Perspective::Both)) =>
                {
                    "tension-need-moment"
                }
                AnnotationKind::Question => "tension-need-question",
                _ => continue,
            };
            out.push(tr_args_in(lang, id, &[("text", a.text.as_str().into())]));
        }
        if s.measures.kano == Some(Kano::Basic) {
            out.push(tr_in(lang, "tension-need-basic"));
        }
        if let Some(e) = s.measures.emotion.filter(|&e| e <= -1) {
            out.push(tr_args_in(lang, "tension-need-emotion", &[("emotion", e.into())]));
        }
        out.into_iter()
            .reduce(|first, second| {
                tr_args_in(lang, "tension-and", &[("first", first.into()), ("second", second.into())])
            })
            .unwrap_or_default()
    };
    tensions
        .iter()
        .map(|t| {
            let (Some(waste), Some(customer)) = (bp.step(t.step), bp.step(t.customer_step)) else {
                return t.reason.clone();
            };
            let why = why.entry(customer.id).or_insert_with(|| words(customer));
            if why.is_empty() {
                return t.reason.clone();
            }
            tr_args_in(
                lang,
                "tension-reason",
                &[("waste", waste.title.as_str().into()), ("needs", why.as_str().into())],
            )
        })
        .collect()
}
