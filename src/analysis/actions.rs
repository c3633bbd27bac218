//! The workshop's actions in words: for the report (Markdown and `--json`, key `actions`), the
//! actions' own CSV export, the outline and the projector's closing list.

use crate::i18n::tr_in;
use crate::model::{Action, ActorId, AnnotationId, Blueprint, StepId};
use crate::templates::Lang;
use serde::Serialize;
use std::fmt::Write;
use uuid::Uuid;

/// What an action answers, by name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Answered {
    pub id: Uuid,
    /// `step`, or the annotation's kind (`pain_point`, `idea`, …).
    pub kind: &'static str,
    /// The step's title or the note's text.
    pub text: String,
}

/// One action as the report gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActionSummary {
    pub id: Uuid,
    pub title: String,
    /// The owner's name (an actor's, or the name given).
    pub owner: Option<String>,
    pub owner_actor: Option<ActorId>,
    pub due: Option<String>,
    pub status: &'static str,
    pub answers: Vec<Answered>,
    pub value: Option<f32>,
    pub effort: Option<f32>,
    /// `quick_wins`, `big_bets`, `fill_ins` or `money_pits` (from value and effort).
    pub quadrant: Option<&'static str>,
}

/// The owner's name, if any.
#[must_use]
pub fn owner_name(bp: &Blueprint, a: &Action) -> Option<String> {
    a.owner.and_then(|o| bp.actor(o)).map(|o| o.name.clone()).or_else(|| a.owner_name.clone())
}

/// What a link names now (`None`: deleted).
#[must_use]
pub fn answered(bp: &Blueprint, id: Uuid) -> Option<Answered> {
    if let Some(s) = bp.step(StepId(id)) {
        return Some(Answered { id, kind: "step", text: s.title.clone() });
    }
    if let Some(r) = bp.round(id) {
        return Some(Answered { id, kind: "round", text: r.name.clone() });
    }
    bp.annotation(AnnotationId(id)).map(|n| Answered { id, kind: n.kind.as_str(), text: n.text.clone() })
}

/// Every action, in list order.
#[must_use]
pub fn summaries(bp: &Blueprint) -> Vec<ActionSummary> {
    bp.actions()
        .iter()
        .map(|a| ActionSummary {
            id: a.id,
            title: a.title.clone(),
            owner: owner_name(bp, a),
            owner_actor: a.owner.filter(|o| bp.actor(*o).is_some()),
            due: a.due.clone(),
            status: a.status.as_str(),
            answers: bp.live_links(a).filter_map(|id| answered(bp, id)).collect(),
            value: a.matrix.map(|m| m.value),
            effort: a.matrix.map(|m| m.effort),
            quadrant: a.matrix.map(crate::model::Matrix::quadrant),
        })
        .collect()
}

/// One line for an action: "Build a status page — owner: KCC, due 2027-03-31, open".
#[must_use]
pub fn line(s: &ActionSummary, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(o) = &s.owner {
        parts.push(format!("{} {o}", tr_in(lang, "actions-owner-word")));
    }
    if let Some(d) = &s.due {
        parts.push(format!("{} {d}", tr_in(lang, "actions-due-word")));
    }
    parts.push(tr_in(lang, &format!("action-status-{}", s.status)));
    format!("{} — {}", s.title, parts.join(", "))
}

/// The Markdown section of the report ("" when there are no actions).
#[must_use]
pub fn markdown(summaries: &[ActionSummary], lang: Lang) -> String {
    if summaries.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let _ = writeln!(out, "\n## {}\n", tr_in(lang, "report-actions"));
    for s in summaries {
        let _ = writeln!(out, "- {}", line(s, lang));
        if !s.answers.is_empty() {
            let what: Vec<String> = s
                .answers
                .iter()
                .map(|a| format!("{} “{}”", tr_in(lang, &format!("answers-kind-{}", a.kind)), a.text))
                .collect();
            let _ = writeln!(out, "  - {}: {}", tr_in(lang, "actions-answers"), what.join("; "));
        }
    }
    out
}

/// The actions as CSV, one row each: stable English column names for scripts.
pub fn to_csv(bp: &Blueprint) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "title", "owner", "due", "status", "answers", "answer_ids", "value", "effort", "quadrant"])?;
    for s in summaries(bp) {
        let num = |x: Option<f32>| x.map_or_else(String::new, |v| v.to_string());
        w.write_record([
            s.id.to_string(),
            crate::export::guard(&s.title),
            crate::export::guard(s.owner.as_deref().unwrap_or_default()),
            s.due.clone().unwrap_or_default(),
            s.status.to_owned(),
            crate::export::guard(&s.answers.iter().map(|a| a.text.clone()).collect::<Vec<_>>().join("; ")),
            s.answers.iter().map(|a| a.id.to_string()).collect::<Vec<_>>().join(" "),
            num(s.value),
            num(s.effort),
            s.quadrant.unwrap_or_default().to_owned(),
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
