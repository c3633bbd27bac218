//! The blueprint as a table (CSV) and as a readable Markdown report.

use crate::model::{Annotation, Blueprint, LaneId, Step, StepId, Target};
use std::collections::HashMap;
use std::fmt::Write;

const HEADER: [&str; 22] = [
    "record",
    "id",
    "kind",
    "lane",
    "phase",
    "column",
    "title",
    "description",
    "channel",
    "on",
    "severity",
    "perspective",
    "votes",
    "process_minutes",
    "wait_minutes",
    "customer_minutes",
    "value",
    "waste_type",
    "evidence",
    "emotion",
    "kano",
    "step_id",
];

/// A text cell as a spreadsheet must not take it for a formula: a text that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (what spreadsheets themselves
/// do). Participants' notes end up in these cells.
#[must_use]
pub fn guard(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// A cell read back: the `'` that [`guard`] put in front taken off again.
#[must_use]
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

fn num(x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| if v.fract() == 0.0 { format!("{v:.0}") } else { v.to_string() })
}

fn opt<T: ToString>(x: Option<T>) -> String {
    x.map_or_else(String::new, |v| v.to_string())
}

/// The step an annotation belongs to (a flow's annotation belongs to the flow's source).
fn step_of<'a>(bp: &'a Blueprint, a: &Annotation) -> Option<&'a Step> {
    match a.on {
        Target::Step(s) => bp.step(s),
        Target::Flow(f) => bp.flow(f).and_then(|f| bp.step(f.from)),
    }
}

/// One row per step and one per annotation, with lane, phase, column, title and every field,
/// so that a spreadsheet can filter and sort them.
pub fn to_csv(bp: &Blueprint) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    let lane = |s: &Step| bp.lane(s.lane).map_or(String::new(), |l| guard(&l.name));
    let phase = |s: &Step| bp.phase_at(s.column).map_or(String::new(), |p| guard(&p.name));
    for s in bp.steps_in_order() {
        let m = &s.measures;
        w.write_record([
            "step".to_owned(),
            s.id.to_string(),
            bp.lane(s.lane).map_or(String::new(), |l| l.kind.as_str().to_owned()),
            lane(s),
            phase(s),
            (s.column + 1).to_string(),
            guard(&s.title),
            guard(s.description.as_deref().unwrap_or_default()),
            guard(s.channel.as_deref().unwrap_or_default()),
            String::new(),
            String::new(),
            String::new(),
            s.votes.to_string(),
            num(m.process_minutes),
            num(m.wait_minutes),
            num(m.customer_minutes),
            opt(m.value.map(crate::model::ValueClass::as_str)),
            opt(m.waste_type.map(crate::model::WasteType::as_str)),
            opt(m.evidence.map(crate::model::Evidence::as_str)),
            opt(m.emotion),
            opt(m.kano.map(crate::model::Kano::as_str)),
            s.id.to_string(),
        ])?;
    }
    for a in bp.annotations() {
        let step = step_of(bp, a);
        let on = match a.on {
            Target::Step(_) => step.map_or(String::new(), |s| s.title.clone()),
            Target::Flow(f) => bp.flow(f).map_or(String::new(), |f| {
                let t = |id| bp.step(id).map_or(String::new(), |s: &Step| s.title.clone());
                format!("{} > {}", t(f.from), t(f.to))
            }),
        };
        w.write_record([
            "annotation".to_owned(),
            a.id.to_string(),
            a.kind.as_str().to_owned(),
            step.map_or(String::new(), lane),
            step.map_or(String::new(), phase),
            step.map_or(String::new(), |s| (s.column + 1).to_string()),
            guard(&a.text),
            String::new(),
            String::new(),
            guard(&on),
            opt(a.severity),
            opt(a.perspective.map(crate::model::Perspective::as_str)),
            a.votes.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            step.map_or(String::new(), |s| s.id.to_string()),
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// A readable report: per phase the steps per lane with their annotations, then the analysis
/// (box score, tensions, pain points, moments of truth, votes).
#[must_use]
pub fn to_markdown(bp: &Blueprint) -> String {
    to_markdown_in(bp, crate::templates::Lang::En)
}

/// The readable report in a language: its headings and words, and the analysis's.
#[must_use]
pub fn to_markdown_in(bp: &Blueprint, lang: crate::templates::Lang) -> String {
    use crate::i18n::{tr_args_in, tr_in};
    let kind_name = |k: crate::model::AnnotationKind| tr_in(lang, &format!("kind-{}", k.as_str().replace('_', "-")));
    let perspective = |p: crate::model::Perspective| tr_in(lang, &format!("perspective-{}", p.as_str()));
    let votes_word = |n: u32| tr_args_in(lang, "md-votes", &[("n", n.into())]);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", bp.title);
    if let Some(d) = &bp.description {
        let _ = writeln!(out, "{d}\n");
    }
    let end = bp.column_count();
    let mut ranges: Vec<(String, std::ops::Range<u32>)> = Vec::new();
    if bp.phases().first().is_none_or(|p| p.start > 0) {
        ranges.push((tr_in(lang, "md-before-first-phase"), 0..bp.phases().first().map_or(end, |p| p.start)));
    }
    ranges.extend((0..bp.phases().len()).map(|i| (bp.phases()[i].name.clone(), bp.phase_span(i, end))));
    // Everything below is gathered once, so that the report costs the same per step however many
    // phases, lanes and annotations the blueprint has: the steps in reading order (by column, so
    // each range of columns is one slice), the lane positions, the annotations of each step.
    let in_order = bp.steps_in_order();
    let lane_pos: HashMap<LaneId, usize> = bp.lanes().iter().enumerate().map(|(i, l)| (l.id, i)).collect();
    let mut notes: HashMap<StepId, Vec<&Annotation>> = HashMap::new();
    for a in bp.annotations() {
        if let Target::Step(s) = a.on {
            notes.entry(s).or_default().push(a);
        }
    }
    for (name, range) in ranges {
        let first = in_order.partition_point(|s| s.column < range.start);
        let last = in_order.partition_point(|s| s.column < range.end).max(first);
        if first == last {
            continue;
        }
        let mut steps: Vec<(usize, &Step)> =
            in_order[first..last].iter().filter_map(|&s| lane_pos.get(&s.lane).map(|&l| (l, s))).collect();
        // Lane by lane from the top; within a lane in reading order (the sort is stable).
        steps.sort_by_key(|&(lane, _)| lane);
        let _ = writeln!(out, "## {name}\n");
        for here in steps.chunk_by(|a, b| a.0 == b.0) {
            let lane = &bp.lanes()[here[0].0];
            let _ = writeln!(out, "**{}**\n", lane.name);
            for &(_, s) in here {
                let votes = if s.votes > 0 { format!(" ({})", votes_word(s.votes)) } else { String::new() };
                let _ = writeln!(out, "- {}{votes}", s.title);
                for a in notes.get(&s.id).map_or(&[][..], Vec::as_slice) {
                    let detail = match (a.severity, a.perspective) {
                        (Some(sev), _) => format!(" ({})", tr_args_in(lang, "md-severity", &[("n", sev.into())])),
                        (_, Some(p)) => format!(" ({})", perspective(p)),
                        _ => String::new(),
                    };
                    let votes = if a.votes > 0 { format!(", {}", votes_word(a.votes)) } else { String::new() };
                    let _ = writeln!(out, "  - {}{detail}{votes}: {}", kind_name(a.kind), a.text);
                }
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## {}\n", tr_in(lang, "md-pain-points"));
    for a in bp.annotations().iter().filter(|a| a.kind == crate::model::AnnotationKind::PainPoint) {
        let at = step_of(bp, a).map_or(String::new(), |s| format!(" — {}", s.title));
        let severity = a
            .severity
            .map_or_else(|| tr_in(lang, "md-no-severity"), |n| tr_args_in(lang, "md-severity", &[("n", n.into())]));
        let _ = writeln!(out, "- ({severity}) {}{at}", a.text);
    }
    let _ = writeln!(out, "\n## {}\n", tr_in(lang, "md-moments-of-truth"));
    for a in bp.annotations().iter().filter(|a| a.kind == crate::model::AnnotationKind::MomentOfTruth) {
        let at = step_of(bp, a).map_or(String::new(), |s| format!(" — {}", s.title));
        let who = a.perspective.map_or_else(|| tr_in(lang, "md-no-perspective"), perspective);
        let _ = writeln!(out, "- ({who}) {}{at}", a.text);
    }
    let report = crate::analysis::report::report(bp);
    let analysis = crate::analysis::report::markdown_in(bp, &report, lang);
    // The analysis has its own title line; the rest follows as sections of this report.
    let body = analysis.split_once('\n').map_or(analysis.as_str(), |(_, rest)| rest);
    let _ = write!(out, "\n{}", body.trim_start());
    out
}
