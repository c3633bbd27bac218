//! The report: the box score, the tensions and the workshop's findings, as one JSON object or as
//! Markdown in English or Dutch (`sightline report FILE [--json] [--lang en|nl]`). The JSON keeps
//! its keys and values whatever the language; the Markdown says everything in words, from the
//! `report-…` messages of `assets/i18n/`.

use super::interaction::{DEFAULT_MAX_MESSAGES, Interaction, interaction};
use super::{BoxScore, Tension, box_score, decimal, percent, tension_reasons_in, tensions};
use crate::i18n::{tr_args_in, tr_in};
use crate::model::{AnnotationKind, Blueprint, Evidence, Perspective, StepId, Target};
use crate::templates::Lang;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
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
    /// What the workshop decided to do (see [`super::actions`]).
    pub actions: Vec<super::actions::ActionSummary>,
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
        actions: super::actions::summaries(bp),
    }
}

/// A message of the report in `lang` with arguments.
fn say(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_args_in(lang, id, args)
}

/// "20338 min (14.1 days)", "243 min (4 h)", "45 min"; Dutch "14,1 dagen", "4 uur".
fn minutes(m: f64, lang: Lang) -> String {
    let whole = decimal(m, 0, lang);
    let (id, unit, amount) = if m >= 60.0 * 24.0 {
        ("report-minutes-days", "days", m / (60.0 * 24.0))
    } else if m >= 60.0 {
        ("report-minutes-hours", "hours", m / 60.0)
    } else {
        return say(lang, "report-minutes", &[("minutes", whole.into())]);
    };
    // The plural follows the number as shown: "1 day", "1.5 days".
    let shown = (amount * 10.0).round() / 10.0;
    say(lang, id, &[("minutes", whole.into()), (unit, decimal(shown, 1, lang).into()), ("count", shown.into())])
}

/// The name of an annotation kind in words ("Pain point", "Pijnpunt").
fn kind_name(kind: AnnotationKind, lang: Lang) -> String {
    tr_in(
        lang,
        match kind {
            AnnotationKind::PainPoint => "kind-pain-point",
            AnnotationKind::MomentOfTruth => "kind-moment-of-truth",
            AnnotationKind::Idea => "kind-idea",
            AnnotationKind::Question => "kind-question",
            AnnotationKind::Message => "kind-message",
        },
    )
}

/// A phase or lane as the report's maps name it, with the stand-ins for "none" in words.
fn place(name: &str, lang: Lang) -> String {
    match name {
        "(no phase)" => tr_in(lang, "report-no-phase"),
        "(no lane)" => tr_in(lang, "report-no-lane"),
        _ => name.to_owned(),
    }
}

/// The report as Markdown in English (see [`markdown_in`]).
#[must_use]
pub fn markdown(bp: &Blueprint, r: &Report) -> String {
    markdown_in(bp, r, Lang::En)
}

/// The report as Markdown in `lang`: every measure, count and finding in words.
#[must_use]
pub fn markdown_in(bp: &Blueprint, r: &Report, lang: Lang) -> String {
    let title = |id: &StepId| bp.step(*id).map_or_else(|| id.to_string(), |s| s.title.clone());
    let t = |id: &str| tr_in(lang, id);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", r.title);
    let b = &r.box_score;
    let _ = writeln!(out, "## {}\n", t("report-box-score"));
    if b.minutes_recorded {
        let _ = writeln!(out, "| {} | {} |\n| --- | --- |", t("report-measure"), t("report-value"));
        for (id, value) in [
            ("report-lead-time", minutes(b.lead_time_minutes, lang)),
            ("report-process", minutes(b.process_minutes, lang)),
            ("report-customer", minutes(b.customer_minutes, lang)),
            ("report-ratio", percent(b.value_added_ratio, lang)),
        ] {
            let _ = writeln!(out, "| {} | {value} |", t(id));
        }
    } else {
        let _ = writeln!(out, "{}", t("report-no-minutes"));
    }
    if !b.critical_path.is_empty() {
        let path: Vec<String> = b.critical_path.iter().map(title).collect();
        let _ = writeln!(out, "\n{}", say(lang, "report-critical-path", &[("path", path.join(" → ").into())]));
    }
    if !b.rework_loops.is_empty() {
        let _ = writeln!(out, "\n{}\n", t("report-rework"));
        for l in &b.rework_loops {
            let _ = writeln!(out, "- {} → {}", title(&l.from), title(&l.to));
        }
    }
    let _ = writeln!(out, "\n## {}\n", t("report-tensions"));
    if r.tensions.is_empty() {
        let _ = writeln!(out, "{}", t("report-no-tensions"));
    }
    for reason in tension_reasons_in(bp, &r.tensions, lang) {
        let _ = writeln!(out, "- {reason}");
    }
    pain_markdown(&mut out, bp, r, lang);
    let _ = writeln!(out, "\n## {}\n", t("report-moments"));
    if r.moments_of_truth.is_empty() {
        let _ = writeln!(out, "{}", t("report-no-moments"));
    }
    let rank = |p: &str| ["customer", "organisation", "both", "unset"].iter().position(|x| *x == p);
    let mut mot: Vec<(&String, &usize)> = r.moments_of_truth.iter().collect();
    mot.sort_by_key(|(p, _)| rank(p).unwrap_or(usize::MAX));
    for (p, n) in mot {
        let who = match p.as_str() {
            "customer" => t("report-mot-customer"),
            "organisation" => t("report-mot-organisation"),
            "both" => t("report-mot-both"),
            "unset" => t("report-mot-unset"),
            other => other.to_owned(),
        };
        let _ = writeln!(out, "- {}", say(lang, "report-mot-line", &[("who", who.into()), ("n", (*n).into())]));
    }
    if !r.votes_ranking.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-votes"));
        for (i, v) in r.votes_ranking.iter().enumerate() {
            let line = say(
                lang,
                "report-vote-line",
                &[
                    ("rank", (i + 1).into()),
                    ("kind", kind_name(v.kind, lang).into()),
                    ("n", v.votes.into()),
                    ("text", v.text.as_str().into()),
                ],
            );
            let _ = writeln!(out, "{line}");
        }
    }
    if !r.channel_mix.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-channels"));
        for (c, n) in &r.channel_mix {
            let channel = if c.trim().is_empty() { tr_in(lang, "report-no-channel") } else { c.clone() };
            let _ = writeln!(
                out,
                "- {}",
                say(lang, "report-channel-line", &[("channel", channel.into()), ("n", (*n).into())])
            );
        }
    }
    interaction_markdown(&mut out, &r.interaction, lang);
    if !r.assumed_steps.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-assumed"));
        for s in &r.assumed_steps {
            let _ = writeln!(out, "- {}", title(s));
        }
    }
    out.push_str(&super::actions::markdown(&r.actions, lang));
    out
}

/// The pain points per phase (in the blueprint's order of phases) and per lane (top to bottom),
/// each as a count with its severities in words; without pain points, one line that says so.
fn pain_markdown(out: &mut String, bp: &Blueprint, r: &Report, lang: Lang) {
    // Where each name first appears; the stand-in for "no phase" (or lane) comes first.
    let mut phase_rank: HashMap<&str, usize> = HashMap::new();
    for (i, p) in bp.phases().iter().enumerate() {
        phase_rank.entry(p.name.as_str()).or_insert(i + 1);
    }
    let mut lane_rank: HashMap<&str, usize> = HashMap::new();
    for (i, l) in bp.lanes().iter().enumerate() {
        lane_rank.entry(l.name.as_str()).or_insert(i + 1);
    }
    if r.pain_points_by_phase.is_empty() {
        let _ = writeln!(out, "\n## {}\n\n{}", tr_in(lang, "report-pain-by-phase"), tr_in(lang, "report-no-pain"));
        return;
    }
    for (heading, map, rank) in [
        ("report-pain-by-phase", &r.pain_points_by_phase, &phase_rank),
        ("report-pain-by-lane", &r.pain_points_by_lane, &lane_rank),
    ] {
        let _ = writeln!(out, "\n## {}\n", tr_in(lang, heading));
        let mut rows: Vec<(&String, &PainCount)> = map.iter().collect();
        // The sort is stable: names not in the blueprint keep their (alphabetical) order.
        rows.sort_by_key(|(name, _)| rank.get(name.as_str()).copied().unwrap_or(0));
        for (name, c) in rows {
            let _ = writeln!(out, "- {}", pain_line(&place(name, lang), c, lang));
        }
    }
}

/// "Arrival: 1 pain point, severity 2"; "Aanvullen: 3 pain points (1 of severity 3, 2 of
/// severity 2)", the most severe first.
fn pain_line(name: &str, c: &PainCount, lang: Lang) -> String {
    let n = ("n", FluentValue::from(c.count));
    let at = ("where", FluentValue::from(name));
    let mut parts: Vec<(&String, &usize)> = c.by_severity.iter().collect();
    // "3", "2", "1", then "unset".
    parts.sort_by_key(|(s, _)| std::cmp::Reverse(s.parse::<u8>().map_or(0, |v| v + 1)));
    match parts.as_slice() {
        [(s, _)] if s.as_str() == "unset" => say(lang, "report-pain-no-severity", &[at, n]),
        [(s, _)] => say(lang, "report-pain-severity", &[at, n, ("severity", s.as_str().into())]),
        _ => {
            let words: Vec<String> = parts
                .iter()
                .map(|(s, k)| match s.as_str() {
                    "unset" => say(lang, "report-severity-unset-part", &[("n", (**k).into())]),
                    s => say(lang, "report-severity-part", &[("n", (**k).into()), ("severity", s.into())]),
                })
                .collect();
            say(lang, "report-pain-mixed", &[at, n, ("parts", words.join(", ").into())])
        }
    }
}

fn interaction_markdown(out: &mut String, i: &Interaction, lang: Lang) {
    if i.interaction_channel_mix.is_empty() {
        return;
    }
    let t = |id: &str| tr_in(lang, id);
    let _ = writeln!(out, "\n## {}\n", t("report-interaction"));
    if i.unanswered_questions.is_empty() {
        let _ = writeln!(out, "{}", t("report-all-answered"));
    }
    for q in &i.unanswered_questions {
        let column = ("column", FluentValue::from(q.column + 1));
        let text = ("text", FluentValue::from(q.text.as_str()));
        let line = match q.answered_at {
            Some(c) => say(lang, "report-answered-late", &[column, ("answered", (c + 1).into()), text]),
            None => say(lang, "report-unanswered", &[column, text]),
        };
        let _ = writeln!(out, "- {line}");
    }
    for o in &i.overloaded_columns {
        let mut args =
            vec![("column", FluentValue::from(o.column + 1)), ("n", o.messages.into()), ("max", i.max_messages.into())];
        let id = if let Some(p) = &o.phase {
            args.push(("phase", p.as_str().into()));
            "report-overload-in-phase"
        } else {
            "report-overload"
        };
        let _ = writeln!(out, "- {}", say(lang, id, &args));
    }
    for m in &i.unprompted_messages {
        let line =
            say(lang, "report-unprompted", &[("column", (m.column + 1).into()), ("text", m.text.as_str().into())]);
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(
        out,
        "\n| {} | {} | {} |\n| --- | --- | --- |",
        t("report-column-phase"),
        t("report-column-questions"),
        t("report-column-messages")
    );
    // "website 1, email 3"; questions and messages without a channel as "1 without a channel".
    let list = |m: &BTreeMap<String, usize>| {
        m.iter()
            .map(|(c, n)| match c.as_str() {
                "(no channel)" => say(lang, "report-without-channel", &[("n", (*n).into())]),
                c => format!("{c} {n}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    for p in &i.interaction_channel_mix {
        let _ = writeln!(out, "| {} | {} | {} |", place(&p.phase, lang), list(&p.questions), list(&p.messages));
    }
}
