//! The report: the box score, the tensions and the workshop's findings, as one JSON object or as
//! Markdown (`sightline report FILE [--json]`).

use super::interaction::{DEFAULT_MAX_MESSAGES, Interaction, interaction};
use super::{BoxScore, Tension, box_score, tensions};
use crate::model::{AnnotationKind, Blueprint, Evidence, Perspective, StepId, Target};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Pain points counted by severity.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PainCount {
    pub count: usize,
    /// Severity ("1", "2", "3", or "unset") → count.
    pub by_severity: BTreeMap<String, usize>,
}

/// An annotation in the votes ranking.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub kind: AnnotationKind,
    pub text: String,
    pub votes: u32,
}

/// Everything `sightline report` tells.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub title: String,
    #[serde(flatten)]
    pub box_score: BoxScore,
    pub tensions: Vec<Tension>,
    /// Phase name → pain points ("(no phase)" before the first phase).
    pub pain_points_by_phase: BTreeMap<String, PainCount>,
    /// Lane name → pain points.
    pub pain_points_by_lane: BTreeMap<String, PainCount>,
    /// Perspective → number of moments of truth.
    pub moments_of_truth: BTreeMap<String, usize>,
    /// Pain points and ideas with votes, most first.
    pub votes_ranking: Vec<Ranked>,
    /// Channel → number of steps.
    pub channel_mix: BTreeMap<String, usize>,
    /// Steps whose evidence is still `assumed`.
    pub assumed_steps: Vec<StepId>,
    /// The interaction blueprint's checks: unanswered questions, overloaded columns,
    /// unprompted messages, the channel mix of questions and messages per phase.
    #[serde(flatten)]
    pub interaction: Interaction,
}

/// Builds the report, with overload above [`DEFAULT_MAX_MESSAGES`] messages a column.
#[must_use]
pub fn report(bp: &Blueprint) -> Report {
    report_with(bp, DEFAULT_MAX_MESSAGES)
}

/// Builds the report; a column with more than `max_messages` messages is overloaded.
#[must_use]
pub fn report_with(bp: &Blueprint, max_messages: usize) -> Report {
    let mut by_phase: BTreeMap<String, PainCount> = BTreeMap::new();
    let mut by_lane: BTreeMap<String, PainCount> = BTreeMap::new();
    let mut mot: BTreeMap<String, usize> = BTreeMap::new();
    for a in bp.annotations() {
        let step = match a.on {
            Target::Step(s) => bp.step(s),
            Target::Flow(f) => bp.flow(f).and_then(|f| bp.step(f.from)),
        };
        match a.kind {
            AnnotationKind::PainPoint => {
                let severity = a.severity.map_or_else(|| "unset".to_owned(), |s| s.to_string());
                let phase = step.and_then(|s| bp.phase_at(s.column)).map_or("(no phase)", |p| p.name.as_str());
                let lane = step.and_then(|s| bp.lane(s.lane)).map_or("(no lane)", |l| l.name.as_str());
                for (map, key) in [(&mut by_phase, phase), (&mut by_lane, lane)] {
                    let e = map.entry(key.to_owned()).or_default();
                    e.count += 1;
                    *e.by_severity.entry(severity.clone()).or_default() += 1;
                }
            }
            AnnotationKind::MomentOfTruth => {
                let p = a.perspective.map_or("unset", Perspective::as_str);
                *mot.entry(p.to_owned()).or_default() += 1;
            }
            _ => {}
        }
    }
    let mut votes_ranking: Vec<Ranked> = bp
        .annotations()
        .iter()
        .filter(|a| matches!(a.kind, AnnotationKind::PainPoint | AnnotationKind::Idea) && a.votes > 0)
        .map(|a| Ranked { kind: a.kind, text: a.text.clone(), votes: a.votes })
        .collect();
    votes_ranking.sort_by(|a, b| b.votes.cmp(&a.votes).then_with(|| a.text.cmp(&b.text)));
    let mut channel_mix = BTreeMap::new();
    for s in bp.steps() {
        if let Some(c) = &s.channel {
            *channel_mix.entry(c.clone()).or_default() += 1;
        }
    }
    Report {
        title: bp.title.clone(),
        box_score: box_score(bp),
        tensions: tensions(bp),
        pain_points_by_phase: by_phase,
        pain_points_by_lane: by_lane,
        moments_of_truth: mot,
        votes_ranking,
        channel_mix,
        assumed_steps: bp
            .steps_in_order()
            .into_iter()
            .filter(|s| s.measures.evidence == Some(Evidence::Assumed))
            .map(|s| s.id)
            .collect(),
        interaction: interaction(bp, max_messages),
    }
}

fn minutes(m: f64) -> String {
    if m >= 60.0 * 24.0 {
        format!("{m:.0} min ({:.1} days)", m / (60.0 * 24.0))
    } else if m >= 60.0 {
        format!("{m:.0} min ({:.1} h)", m / 60.0)
    } else {
        format!("{m:.0} min")
    }
}

/// The report as Markdown.
#[must_use]
pub fn markdown(bp: &Blueprint, r: &Report) -> String {
    let title = |id: &StepId| bp.step(*id).map_or_else(|| id.to_string(), |s| s.title.clone());
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", r.title);
    let b = &r.box_score;
    let _ = writeln!(out, "## Box score\n");
    let _ = writeln!(out, "| measure | value |\n| --- | --- |");
    let _ = writeln!(out, "| lead time (critical path) | {} |", minutes(b.lead_time_minutes));
    let _ = writeln!(out, "| process time (all steps) | {} |", minutes(b.process_minutes));
    let _ = writeln!(out, "| customer's own time | {} |", minutes(b.customer_minutes));
    let _ = writeln!(out, "| value-added ratio | {:.0} % |", b.value_added_ratio * 100.0);
    if !b.critical_path.is_empty() {
        let path: Vec<String> = b.critical_path.iter().map(title).collect();
        let _ = writeln!(out, "\nCritical path: {}", path.join(" → "));
    }
    if !b.rework_loops.is_empty() {
        let _ = writeln!(out, "\nRework loops (left out of the lead time):\n");
        for l in &b.rework_loops {
            let _ = writeln!(out, "- {} → {}", title(&l.from), title(&l.to));
        }
    }
    let _ = writeln!(out, "\n## Tensions between LEAN and the customer\n");
    if r.tensions.is_empty() {
        let _ = writeln!(out, "None found.");
    }
    for t in &r.tensions {
        let _ = writeln!(out, "- {}", t.reason);
    }
    let _ = writeln!(out, "\n## Pain points by phase\n");
    for (phase, c) in &r.pain_points_by_phase {
        let _ = writeln!(out, "- {phase}: {} ({:?})", c.count, c.by_severity);
    }
    let _ = writeln!(out, "\n## Moments of truth\n");
    for (p, n) in &r.moments_of_truth {
        let _ = writeln!(out, "- {p}: {n}");
    }
    if !r.votes_ranking.is_empty() {
        let _ = writeln!(out, "\n## Votes\n");
        for (i, v) in r.votes_ranking.iter().enumerate() {
            let _ = writeln!(out, "{}. {} ({} votes): {}", i + 1, v.kind.as_str(), v.votes, v.text);
        }
    }
    if !r.channel_mix.is_empty() {
        let _ = writeln!(out, "\n## Channels\n");
        for (c, n) in &r.channel_mix {
            let _ = writeln!(out, "- {c}: {n}");
        }
    }
    interaction_markdown(&mut out, &r.interaction);
    if !r.assumed_steps.is_empty() {
        let _ = writeln!(out, "\n## Steps still assumed\n");
        for s in &r.assumed_steps {
            let _ = writeln!(out, "- {}", title(s));
        }
    }
    out
}

fn interaction_markdown(out: &mut String, i: &Interaction) {
    if i.interaction_channel_mix.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## Questions and messages\n");
    if i.unanswered_questions.is_empty() {
        let _ = writeln!(out, "Every question is answered in time.");
    }
    for q in &i.unanswered_questions {
        match q.answered_at {
            Some(c) => {
                let _ = writeln!(out, "- Answered late (column {} → {}): {}", q.column + 1, c + 1, q.text);
            }
            None => {
                let _ = writeln!(out, "- Unanswered (column {}): {}", q.column + 1, q.text);
            }
        }
    }
    for o in &i.overloaded_columns {
        let phase = o.phase.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "- Overload: column {}{phase} carries {} messages (more than {})",
            o.column + 1,
            o.messages,
            i.max_messages
        );
    }
    for m in &i.unprompted_messages {
        let _ = writeln!(out, "- Message without a question (column {}): {}", m.column + 1, m.text);
    }
    let _ = writeln!(out, "\n| phase | questions by channel | messages by channel |\n| --- | --- | --- |");
    let list = |m: &BTreeMap<String, usize>| m.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>().join(", ");
    for p in &i.interaction_channel_mix {
        let _ = writeln!(out, "| {} | {} | {} |", p.phase, list(&p.questions), list(&p.messages));
    }
}
