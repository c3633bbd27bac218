//! The interaction blueprint's checks: which customer questions go unanswered, which moments carry
//! too many messages (overload), which messages answer no question (pushing without a need), and
//! the channel mix of questions and messages per phase.

use crate::model::{Annotation, AnnotationId, AnnotationKind, Blueprint, Target};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// More messages than this in one column is overload, unless the caller says otherwise.
pub const DEFAULT_MAX_MESSAGES: usize = 3;

/// A question no message answers at or before its moment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unanswered {
    pub id: AnnotationId,
    pub text: String,
    pub column: u32,
    /// The first later column where a message answers it, if any (the answer comes late).
    pub answered_at: Option<u32>,
}

/// A column that carries more messages than the limit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Overloaded {
    pub column: u32,
    /// The phase the column belongs to, if any.
    pub phase: Option<String>,
    pub messages: usize,
}

/// A message that answers no question.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unprompted {
    pub id: AnnotationId,
    pub text: String,
    pub column: u32,
}

/// Questions and messages of one phase by channel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PhaseChannels {
    pub phase: String,
    /// Channel ("(no channel)" when none is given) → number of questions.
    pub questions: BTreeMap<String, usize>,
    /// Channel → number of messages.
    pub messages: BTreeMap<String, usize>,
}

/// Everything the interaction view and the report tell about questions and messages.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Interaction {
    pub unanswered_questions: Vec<Unanswered>,
    pub overloaded_columns: Vec<Overloaded>,
    pub unprompted_messages: Vec<Unprompted>,
    pub interaction_channel_mix: Vec<PhaseChannels>,
    /// The limit used for overload.
    pub max_messages: usize,
}

/// What the checks say about one question or message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// A question no message answers.
    Unanswered,
    /// A question answered only in a later column.
    AnsweredLate,
    /// A message that answers no question.
    Unprompted,
}

impl Interaction {
    /// The finding for each question or message that has one.
    #[must_use]
    pub fn findings(&self) -> HashMap<AnnotationId, Finding> {
        let questions = self
            .unanswered_questions
            .iter()
            .map(|u| (u.id, if u.answered_at.is_some() { Finding::AnsweredLate } else { Finding::Unanswered }));
        questions.chain(self.unprompted_messages.iter().map(|u| (u.id, Finding::Unprompted))).collect()
    }
}

/// The text of a question or message with its channel: "How long will it take? (phone)".
#[must_use]
pub fn label(a: &Annotation) -> String {
    match &a.channel {
        Some(ch) if !ch.is_empty() => format!("{} ({ch})", a.text),
        _ => a.text.clone(),
    }
}

/// The column an annotation belongs to: its step's, or the start of its flow.
#[must_use]
pub fn column_of(bp: &Blueprint, a: &Annotation) -> Option<u32> {
    match a.on {
        Target::Step(s) => bp.step(s).map(|s| s.column),
        Target::Flow(f) => bp.flow(f).and_then(|f| bp.step(f.from)).map(|s| s.column),
    }
}

/// The questions a message really answers: the ids in its list that name a question.
pub fn answered_by<'a>(bp: &'a Blueprint, message: &'a Annotation) -> impl Iterator<Item = &'a Annotation> + 'a {
    message.answers.iter().filter_map(|id| bp.annotation(*id)).filter(|q| q.kind == AnnotationKind::Question)
}

/// Runs the checks; `max_messages` is the most messages a column may carry.
#[must_use]
pub fn interaction(bp: &Blueprint, max_messages: usize) -> Interaction {
    let placed = |kind: AnnotationKind| {
        bp.annotations().iter().filter(move |a| a.kind == kind).filter_map(|a| column_of(bp, a).map(|c| (a, c)))
    };
    // For each question, the first column where a message answers it: a question is answered in
    // time when that column is not after its own, and otherwise first answered there.
    let mut answers: HashMap<AnnotationId, u32> = HashMap::new();
    let mut per_column: BTreeMap<u32, usize> = BTreeMap::new();
    let mut unprompted = Vec::new();
    for (m, column) in placed(AnnotationKind::Message) {
        *per_column.entry(column).or_default() += 1;
        let mut any = false;
        for q in answered_by(bp, m) {
            answers.entry(q.id).and_modify(|c| *c = (*c).min(column)).or_insert(column);
            any = true;
        }
        if !any {
            unprompted.push(Unprompted { id: m.id, text: m.text.clone(), column });
        }
    }
    let mut unanswered = Vec::new();
    for (q, column) in placed(AnnotationKind::Question) {
        let first = answers.get(&q.id).copied();
        if first.is_none_or(|c| c > column) {
            unanswered.push(Unanswered { id: q.id, text: q.text.clone(), column, answered_at: first });
        }
    }
    unanswered.sort_by_key(|u| u.column);
    unprompted.sort_by_key(|u| u.column);
    let overloaded = per_column
        .into_iter()
        .filter(|&(_, n)| n > max_messages)
        .map(|(column, messages)| Overloaded { column, phase: bp.phase_at(column).map(|p| p.name.clone()), messages })
        .collect();
    Interaction {
        unanswered_questions: unanswered,
        overloaded_columns: overloaded,
        unprompted_messages: unprompted,
        interaction_channel_mix: channel_mix(bp),
        max_messages,
    }
}

fn channel_mix(bp: &Blueprint) -> Vec<PhaseChannels> {
    let mut phases: Vec<PhaseChannels> = Vec::new();
    // Where each phase name's entry is in `phases`.
    let mut entry_of: HashMap<String, usize> = HashMap::new();
    for a in bp.annotations() {
        if !matches!(a.kind, AnnotationKind::Question | AnnotationKind::Message) {
            continue;
        }
        let Some(column) = column_of(bp, a) else { continue };
        let phase = bp.phase_at(column).map_or_else(|| "(no phase)".to_owned(), |p| p.name.clone());
        let channel = a.channel.clone().filter(|c| !c.trim().is_empty()).unwrap_or_else(|| "(no channel)".to_owned());
        let i = *entry_of.entry(phase).or_insert_with_key(|phase| {
            phases.push(PhaseChannels { phase: phase.clone(), questions: BTreeMap::new(), messages: BTreeMap::new() });
            phases.len() - 1
        });
        let entry = &mut phases[i];
        let map = if a.kind == AnnotationKind::Question { &mut entry.questions } else { &mut entry.messages };
        *map.entry(channel).or_default() += 1;
    }
    // In the order of the phases (by the first phase of each name; "(no phase)" first).
    let mut order: HashMap<&str, usize> = HashMap::new();
    for (i, p) in bp.phases().iter().enumerate() {
        order.entry(p.name.as_str()).or_insert(i + 1);
    }
    phases.sort_by_key(|p| order.get(p.phase.as_str()).copied().unwrap_or(0));
    phases
}
