//! The blueprint as readable text (`sightline outline`): one line per item in reading order —
//! phase, lane, step with its notes and the flows that leave it — then the actors and any merge
//! conflicts. The same blueprint gives the same text, so that git can show a change in words
//! (`diff.sightline.textconv`).

use crate::i18n::{tr_args_in, tr_in};
use crate::merge::words::{conflict_line, one_line};
use crate::model::{AnnotationKind, Blueprint, Step, Target};
use crate::templates::Lang;
use std::fmt::Write as _;

/// The outline in `lang`.
#[must_use]
pub fn outline(bp: &Blueprint, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", title(&bp.title, lang));
    if bp.locked {
        let _ = writeln!(out, "  {}", tr_in(lang, "outline-locked"));
    }
    if let Some(d) = bp.description.as_deref().filter(|d| !d.trim().is_empty()) {
        for line in d.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(out, "  {}", one_line(line));
        }
    }
    let steps = bp.steps_in_order();
    let last = bp.column_count();
    // The stretches of columns: before the first phase (when steps are there), then each phase.
    let mut stretches: Vec<(Option<String>, u32, u32)> = Vec::new();
    let first_start = bp.phases().first().map_or(last, |p| p.start);
    if first_start > 0 && steps.iter().any(|s| s.column < first_start) {
        stretches.push((None, 0, first_start));
    }
    for (i, p) in bp.phases().iter().enumerate() {
        let end = bp.phases().get(i + 1).map_or(last.max(p.start + 1), |n| n.start);
        stretches.push((Some(p.name.clone()), p.start, end));
    }
    for (name, from, to) in stretches {
        let (first, end) = (u64::from(from) + 1, u64::from(to.max(from + 1)));
        let columns = if first == end {
            tr_args_in(lang, "outline-column", &[("n", first.into())])
        } else {
            tr_args_in(lang, "outline-columns", &[("from", first.into()), ("to", end.into())])
        };
        let head = match name {
            Some(name) => {
                tr_args_in(lang, "outline-phase", &[("name", one_line(&name).into()), ("columns", columns.into())])
            }
            None => tr_args_in(lang, "outline-no-phase", &[("columns", columns.into())]),
        };
        let _ = writeln!(out, "{head}");
        for lane in bp.lanes() {
            let here: Vec<&&Step> =
                steps.iter().filter(|s| s.lane == lane.id && (from..to).contains(&s.column)).collect();
            if here.is_empty() {
                continue;
            }
            let kind = tr_in(lang, &format!("lane-kind-{}", lane.kind.as_str()));
            let _ = writeln!(out, "  {} ({kind})", one_line(&lane.name));
            for s in here {
                step_lines(&mut out, bp, s, lang);
            }
        }
    }
    if !bp.actors().is_empty() {
        let _ = writeln!(out, "{}", tr_in(lang, "outline-actors"));
        for a in bp.actors() {
            let kind = tr_in(lang, &format!("actor-kind-{}", a.kind.as_str()));
            let _ = writeln!(out, "  {} ({kind})", one_line(&a.name));
        }
    }
    rounds(&mut out, bp, lang);
    let actions = crate::analysis::actions::summaries(bp);
    if !actions.is_empty() {
        let _ = writeln!(out, "{}", tr_in(lang, "report-actions"));
        for a in &actions {
            let _ = writeln!(out, "  {}", one_line(&crate::analysis::actions::line(a, lang)));
            for x in &a.answers {
                let kind = tr_in(lang, &format!("answers-kind-{}", x.kind));
                let _ = writeln!(out, "    {} {kind} “{}”", tr_in(lang, "actions-answers"), one_line(&x.text));
            }
        }
    }
    if !bp.conflicts.is_empty() {
        let _ = writeln!(out, "{}", tr_args_in(lang, "outline-conflicts", &[("n", bp.conflicts.len().into())]));
        for c in &bp.conflicts {
            let _ = writeln!(out, "  {}", conflict_line(bp, c, lang));
        }
    }
    out
}

/// The rounds of the choreography: each with what happens, then each actor with feeling and
/// quote, and who is not in it.
fn rounds(out: &mut String, bp: &Blueprint, lang: Lang) {
    if bp.rounds().is_empty() {
        return;
    }
    let _ = writeln!(out, "{}", tr_in(lang, "outline-rounds"));
    for (i, r) in bp.rounds().iter().enumerate() {
        let head = tr_args_in(lang, "outline-round", &[("n", (i + 1).into()), ("name", one_line(&r.name).into())]);
        let note = r.note.as_deref().map(|n| format!(": {}", one_line(n))).unwrap_or_default();
        let _ = writeln!(out, "  {head}{note}");
        for p in bp.live_places(r) {
            let Some(a) = bp.actor(p.actor) else { continue };
            let mut line = one_line(&a.name);
            if let Some(f) = p.feeling {
                let f = if f > 0 { format!("+{f}") } else { f.to_string() };
                let _ = write!(line, " ({})", tr_args_in(lang, "outline-feeling", &[("f", f.into())]));
            }
            if let Some(q) = p.quote.as_deref().filter(|q| !q.trim().is_empty()) {
                let _ = write!(line, ": “{}”", one_line(q));
            }
            let _ = writeln!(out, "    {line}");
        }
        let out_of: Vec<String> =
            bp.actors().iter().filter(|a| r.place(a.id).is_none()).map(|a| one_line(&a.name)).collect();
        if !out_of.is_empty() {
            let _ = writeln!(
                out,
                "    {}",
                tr_args_in(lang, "outline-not-in-round", &[("names", out_of.join(", ").into())])
            );
        }
    }
}

fn step_lines(out: &mut String, bp: &Blueprint, s: &Step, lang: Lang) {
    let m = &s.measures;
    let minutes = |id: &str, v: Option<f64>| {
        v.map(|v| tr_args_in(lang, id, &[("m", crate::analysis::decimal(v, 1, lang).into())]))
    };
    let mut details: Vec<String> = Vec::new();
    details.extend(s.channel.as_deref().filter(|c| !c.is_empty()).map(one_line));
    details.extend(minutes("outline-process", m.process_minutes));
    details.extend(minutes("outline-wait", m.wait_minutes));
    details.extend(minutes("outline-customer", m.customer_minutes));
    let details = if details.is_empty() { String::new() } else { format!(" [{}]", details.join("; ")) };
    let col = tr_args_in(lang, "outline-column", &[("n", (u64::from(s.column) + 1).into())]);
    let _ = writeln!(out, "    {col}: {}{details}", title(&s.title, lang));
    if let Some(d) = s.description.as_deref().filter(|d| !d.trim().is_empty()) {
        let _ = writeln!(out, "      {}", one_line(d));
    }
    // The measures and who takes part, in one line of words.
    let measure = |w: &str| tr_in(lang, &format!("measure-{}", w.replace('_', "-")));
    let mut facts: Vec<String> = Vec::new();
    if let Some(v) = m.value {
        let waste = m.waste_type.map(|w| format!(" ({})", measure(w.as_str()))).unwrap_or_default();
        facts.push(format!("{}{waste}", measure(v.as_str())));
    }
    facts.extend(m.emotion.map(|e| tr_args_in(lang, "outline-emotion", &[("n", i64::from(e).into())])));
    facts.extend(m.kano.map(|k| format!("Kano {}", measure(k.as_str()))));
    facts.extend(m.evidence.map(|e| measure(e.as_str())));
    if s.votes > 0 {
        facts.push(tr_args_in(lang, "outline-votes", &[("n", s.votes.into())]));
    }
    let actors: Vec<String> =
        s.actors.iter().filter_map(|a| bp.actors().iter().find(|x| x.id == *a)).map(|a| one_line(&a.name)).collect();
    if !actors.is_empty() {
        facts.push(tr_args_in(lang, "outline-actors-on", &[("names", actors.join(", ").into())]));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "      {}", facts.join("; "));
    }
    note_lines(out, bp, Target::Step(s.id), "      ", lang);
    let mut flows: Vec<(u32, usize, String, crate::model::FlowId)> = bp
        .flows_of(s.id)
        .filter(|f| f.from == s.id)
        .filter_map(|f| {
            let to = bp.step(f.to)?;
            let lane = bp.lanes().iter().position(|l| l.id == to.lane).unwrap_or(0);
            let label =
                f.label.as_deref().filter(|l| !l.is_empty()).map(|l| format!(" ({})", one_line(l))).unwrap_or_default();
            let arrow = if f.two_way { "↔" } else { "→" };
            Some((to.column, lane, format!("{arrow} {}{label}", title(&to.title, lang)), f.id))
        })
        .collect();
    flows.sort();
    for (_, _, line, id) in flows {
        let _ = writeln!(out, "      {line}");
        note_lines(out, bp, Target::Flow(id), "        ", lang);
    }
}

/// A title on one line; an empty one said so.
fn title(t: &str, lang: Lang) -> String {
    if t.trim().is_empty() { tr_in(lang, "outline-no-title") } else { one_line(t) }
}

/// The notes on a step or a flow: kind, severity or perspective, votes, text, what a message
/// answers.
fn note_lines(out: &mut String, bp: &Blueprint, on: Target, indent: &str, lang: Lang) {
    for a in bp.annotations_on(on) {
        let kind = tr_in(lang, &format!("kind-{}", a.kind.as_str().replace('_', "-")));
        let mut extra: Vec<String> = Vec::new();
        if let (AnnotationKind::PainPoint, Some(n)) = (a.kind, a.severity) {
            extra.push(tr_args_in(lang, "md-severity", &[("n", n.into())]));
        }
        if let (AnnotationKind::MomentOfTruth, Some(p)) = (a.kind, a.perspective) {
            extra.push(tr_in(lang, &format!("perspective-{}", p.as_str())));
        }
        extra.extend(a.channel.as_deref().filter(|c| !c.is_empty()).map(one_line));
        if a.votes > 0 {
            extra.push(tr_args_in(lang, "outline-votes", &[("n", a.votes.into())]));
        }
        let extra = if extra.is_empty() { String::new() } else { format!(" ({})", extra.join(", ")) };
        let _ = writeln!(out, "{indent}{kind}{extra}: {}", one_line(&a.text));
        let answers: Vec<String> =
            a.answers.iter().filter_map(|q| bp.annotation(*q)).map(|q| format!("“{}”", one_line(&q.text))).collect();
        if !answers.is_empty() {
            let _ = writeln!(
                out,
                "{indent}  {}",
                tr_args_in(lang, "outline-answers", &[("questions", answers.join(", ").into())])
            );
        }
    }
}
