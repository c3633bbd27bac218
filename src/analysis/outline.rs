//! The blueprint as readable text (`sightline outline`): one line per item in reading order —
//! phase, lane, step with its notes and the flows that leave it — then the actors and any merge
//! conflicts. The same blueprint gives the same text, so that git can show a change in words
//! (`diff.sightline.textconv`).

use crate::i18n::{tr_args_in, tr_in};
use crate::model::{AnnotationKind, Blueprint, Conflict, Step, Target};
use crate::templates::Lang;
use std::fmt::Write as _;

/// The outline in `lang`.
#[must_use]
pub fn outline(bp: &Blueprint, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", bp.title);
    if let Some(d) = bp.description.as_deref().filter(|d| !d.trim().is_empty()) {
        for line in d.lines() {
            let _ = writeln!(out, "  {line}");
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
            Some(name) => tr_args_in(lang, "outline-phase", &[("name", name.into()), ("columns", columns.into())]),
            None => tr_args_in(lang, "outline-no-phase", &[("columns", columns.into())]),
        };
        let _ = writeln!(out, "{head}");
        for lane in bp.lanes() {
            let here: Vec<&&Step> =
                steps.iter().filter(|s| s.lane == lane.id && (from..to).contains(&s.column)).collect();
            if here.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {}", lane.name);
            for s in here {
                step_lines(&mut out, bp, s, lang);
            }
        }
    }
    if !bp.actors().is_empty() {
        let _ = writeln!(out, "{}", tr_in(lang, "outline-actors"));
        for a in bp.actors() {
            let kind = tr_in(lang, &format!("actor-kind-{}", a.kind.as_str()));
            let _ = writeln!(out, "  {} ({kind})", a.name);
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

fn step_lines(out: &mut String, bp: &Blueprint, s: &Step, lang: Lang) {
    let mut details: Vec<String> = Vec::new();
    if let Some(c) = s.channel.as_deref().filter(|c| !c.is_empty()) {
        details.push(c.to_owned());
    }
    let minutes = [s.measures.process_minutes, s.measures.wait_minutes].into_iter().flatten().sum::<f64>();
    if minutes > 0.0 {
        details.push(format!("{} min", crate::analysis::decimal(minutes, 1, lang)));
    }
    let details = if details.is_empty() { String::new() } else { format!(" [{}]", details.join(", ")) };
    let col = tr_args_in(lang, "outline-column", &[("n", (u64::from(s.column) + 1).into())]);
    let _ = writeln!(out, "    {col}: {}{details}", s.title);
    for a in bp.annotations_on(Target::Step(s.id)) {
        let kind = tr_in(lang, &format!("kind-{}", a.kind.as_str().replace('_', "-")));
        let severity = match (a.kind, a.severity) {
            (AnnotationKind::PainPoint, Some(n)) => {
                format!(" ({})", tr_args_in(lang, "md-severity", &[("n", n.into())]))
            }
            _ => String::new(),
        };
        let _ = writeln!(out, "      {kind}{severity}: {}", a.text);
    }
    let mut flows: Vec<(u32, usize, String)> = bp
        .flows_of(s.id)
        .filter(|f| f.from == s.id)
        .filter_map(|f| {
            let to = bp.step(f.to)?;
            let lane = bp.lanes().iter().position(|l| l.id == to.lane).unwrap_or(0);
            let label = f.label.as_deref().filter(|l| !l.is_empty()).map(|l| format!(" ({l})")).unwrap_or_default();
            let arrow = if f.two_way { "↔" } else { "→" };
            Some((to.column, lane, format!("{arrow} {}{label}", to.title)))
        })
        .collect();
    flows.sort();
    for (_, _, line) in flows {
        let _ = writeln!(out, "      {line}");
    }
}

/// One conflict in words: which part, which field, both values.
#[must_use]
pub fn conflict_line(bp: &Blueprint, c: &Conflict, lang: Lang) -> String {
    let shown = |v: Option<&serde_json::Value>| value_words(c.field.as_deref(), v, lang);
    let part = conflict_part(bp, c, lang);
    let field = c.field.as_deref().map(|f| format!(", {}", field_name(f, lang))).unwrap_or_default();
    tr_args_in(
        lang,
        &format!("conflict-{}", c.kind.as_str().replace('_', "-")),
        &[
            ("part", format!("{part}{field}").into()),
            ("ours", shown(c.ours.as_ref()).into()),
            ("theirs", shown(c.theirs.as_ref()).into()),
        ],
    )
}

/// The part a conflict is about, by name: "step “Belt de gemeente”".
#[must_use]
pub fn conflict_part(bp: &Blueprint, c: &Conflict, lang: Lang) -> String {
    use crate::model::PartKind as P;
    let id = c.part_id;
    // The name as the blueprint has it now, or as one of the sides had it.
    let from_sides = || {
        [&c.ours, &c.theirs, &c.base].into_iter().flatten().find_map(|v| {
            ["title", "name", "text"]
                .iter()
                .find_map(|k| v.get(k).and_then(serde_json::Value::as_str))
                .map(str::to_owned)
        })
    };
    let name = match c.part {
        P::Blueprint => None,
        P::Lane => id.and_then(|i| bp.lane(crate::model::LaneId(i))).map(|l| l.name.clone()),
        P::Phase => id.and_then(|i| bp.phase(crate::model::PhaseId(i))).map(|p| p.name.clone()),
        P::Step => id.and_then(|i| bp.step(crate::model::StepId(i))).map(|s| s.title.clone()),
        P::Flow => id
            .and_then(|i| bp.flow(crate::model::FlowId(i)))
            .and_then(|f| Some(format!("{} → {}", bp.step(f.from)?.title, bp.step(f.to)?.title))),
        P::Annotation => id.and_then(|i| bp.annotation(crate::model::AnnotationId(i))).map(|a| a.text.clone()),
        P::Actor => id.and_then(|i| bp.actors().iter().find(|a| a.id.0 == i)).map(|a| a.name.clone()),
    }
    .or_else(from_sides);
    let kind = tr_in(lang, &format!("part-{}", c.part.as_str()));
    match name {
        Some(n) => format!("{kind} “{n}”"),
        None => kind,
    }
}

/// A field of the file in words (`process_minutes` → "process minutes"); a field this version
/// does not know keeps its own name, in quotes.
#[must_use]
pub fn field_name(field: &str, lang: Lang) -> String {
    let id = format!("field-{}", field.replace('_', "-"));
    let words = tr_in(lang, &id);
    if words == id { format!("\"{field}\"") } else { words }
}

/// A value of a conflict as a person reads it: text in quotes, a part by its name, a column
/// counted from 1 as on screen.
#[must_use]
pub fn value_words(field: Option<&str>, v: Option<&serde_json::Value>, lang: Lang) -> String {
    use serde_json::Value;
    match v {
        None => tr_in(lang, "conflict-absent"),
        Some(Value::String(s)) => format!("“{s}”"),
        Some(Value::Object(o)) => {
            let name = ["title", "name", "text"].iter().find_map(|k| o.get(*k).and_then(Value::as_str));
            name.map_or_else(|| tr_in(lang, "conflict-present"), |n| format!("“{n}”"))
        }
        Some(Value::Array(a)) => tr_args_in(lang, "conflict-list", &[("n", a.len().into())]),
        Some(Value::Number(n)) if matches!(field, Some("column" | "start")) => match n.as_u64() {
            Some(c) => tr_args_in(lang, "outline-column", &[("n", (c + 1).into())]),
            None => n.to_string(),
        },
        Some(other) => other.to_string(),
    }
}
