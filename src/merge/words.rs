//! Conflicts in words, for the outline, the Conflicts panel and the command line: the part by
//! its name, the field in words, each value as a person reads it (a lane by its name, a step by
//! its title, a column counted from 1, a kind in the interface language) and which side the
//! blueprint holds now.

use crate::i18n::{tr_args_in, tr_in};
use crate::model::{Blueprint, Conflict, ConflictKind, PartKind, Side};
use crate::templates::Lang;
use serde_json::Value;
use uuid::Uuid;

/// Text on one line, with control characters shown by their codes (a title with a line break
/// must not start a line of its own in the outline or in `git diff`).
#[must_use]
pub fn one_line(text: &str) -> String {
    let flat: String = text.chars().map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c }).collect();
    crate::io::visible(&flat).into_owned()
}

/// A field of the file in words (`process_minutes` → "process minutes"); a field this version
/// does not know keeps its own name, in quotes.
#[must_use]
pub fn field_name(field: &str, lang: Lang) -> String {
    let id = format!("field-{}", field.replace('_', "-"));
    let words = tr_in(lang, &id);
    if words == id { format!("\"{}\"", one_line(field)) } else { words }
}

/// A word of the file (`pain_point`, `support`, `waste` …) in the interface language.
fn word(part: PartKind, field: &str, w: &str, lang: Lang) -> Option<String> {
    let w = w.replace('_', "-");
    let id = match (part, field) {
        (PartKind::Annotation, "kind") => format!("kind-{w}"),
        (PartKind::Lane, "kind") => format!("lane-kind-{w}"),
        (PartKind::Actor, "kind") => format!("actor-kind-{w}"),
        (_, "value" | "waste_type" | "evidence" | "kano") => format!("measure-{w}"),
        (_, "perspective") => format!("perspective-{w}"),
        _ => return None,
    };
    let words = tr_in(lang, &id);
    (words != id).then_some(words)
}

/// The name of a part by its id, as the blueprint has it.
fn name_of(bp: &Blueprint, id: Uuid) -> Option<String> {
    use crate::model::{AnnotationId, FlowId, LaneId, PhaseId, StepId};
    bp.lane(LaneId(id))
        .map(|l| l.name.clone())
        .or_else(|| bp.step(StepId(id)).map(|s| s.title.clone()))
        .or_else(|| bp.phase(PhaseId(id)).map(|p| p.name.clone()))
        .or_else(|| bp.actors().iter().find(|a| a.id.0 == id).map(|a| a.name.clone()))
        .or_else(|| bp.annotation(AnnotationId(id)).map(|a| a.text.clone()))
        .or_else(|| {
            let f = bp.flow(FlowId(id))?;
            Some(format!("{} → {}", bp.step(f.from)?.title, bp.step(f.to)?.title))
        })
}

/// The name of a part of one kind, as the blueprint has it now.
fn name_of_kind(bp: &Blueprint, part: PartKind, id: Uuid) -> Option<String> {
    use crate::model::{AnnotationId, FlowId, LaneId, PhaseId, StepId};
    match part {
        PartKind::Blueprint => None,
        PartKind::Lane => bp.lane(LaneId(id)).map(|l| l.name.clone()),
        PartKind::Phase => bp.phase(PhaseId(id)).map(|p| p.name.clone()),
        PartKind::Step => bp.step(StepId(id)).map(|s| s.title.clone()),
        PartKind::Actor => bp.actors().iter().find(|a| a.id.0 == id).map(|a| a.name.clone()),
        PartKind::Annotation => bp.annotation(AnnotationId(id)).map(|a| a.text.clone()),
        PartKind::InboxEntry => bp.inbox_entry(id).map(|e| e.text.clone()),
        PartKind::Action => bp.action(id).map(|a| a.title.clone()),
        PartKind::Round => bp.round(id).map(|r| r.name.clone()),
        PartKind::Flow => {
            bp.flow(FlowId(id)).and_then(|f| Some(format!("{} → {}", bp.step(f.from)?.title, bp.step(f.to)?.title)))
        }
    }
}

/// A value of a conflict as a person reads it.
#[must_use]
pub fn value_words(bp: &Blueprint, c: &Conflict, v: Option<&Value>, lang: Lang) -> String {
    let field = c.field.as_deref().unwrap_or_default();
    let quoted = |s: &str| format!("“{}”", one_line(s));
    let id_name = |s: &str| Uuid::parse_str(s).ok().and_then(|id| name_of(bp, id));
    match v {
        None => tr_in(lang, "conflict-absent"),
        Some(Value::String(s)) => {
            word(c.part, field, s, lang).or_else(|| id_name(s).map(|n| quoted(&n))).unwrap_or_else(|| quoted(s))
        }
        Some(Value::Object(o)) => {
            let name = ["title", "name", "text"].iter().find_map(|k| o.get(*k).and_then(Value::as_str));
            name.map_or_else(|| tr_in(lang, "conflict-present"), quoted)
        }
        Some(Value::Array(a)) => {
            let names: Vec<String> =
                a.iter().filter_map(|x| x.as_str().map(|s| id_name(s).unwrap_or_else(|| s.to_owned()))).collect();
            if names.is_empty() {
                tr_in(lang, "conflict-none")
            } else {
                names.iter().map(|n| quoted(n)).collect::<Vec<_>>().join(", ")
            }
        }
        Some(Value::Number(n)) if matches!(field, "column" | "start") => match n.as_u64() {
            Some(col) => tr_args_in(lang, "outline-column", &[("n", (col + 1).into())]),
            None => n.to_string(),
        },
        Some(Value::Bool(b)) => tr_in(lang, if *b { "conflict-yes" } else { "conflict-no" }),
        Some(other) => other.to_string(),
    }
}

/// The part a conflict is about, by name: "step “Belt de gemeente”".
#[must_use]
pub fn conflict_part(bp: &Blueprint, c: &Conflict, lang: Lang) -> String {
    // The name as the blueprint has it now, or as one of the sides had it.
    let from_sides = || {
        [&c.ours, &c.theirs, &c.base].into_iter().flatten().find_map(|v| {
            ["title", "name", "text"].iter().find_map(|k| v.get(k).and_then(Value::as_str)).map(str::to_owned)
        })
    };
    let name = c.part_id.and_then(|id| name_of_kind(bp, c.part, id)).or_else(from_sides);
    let kind = tr_in(lang, &format!("part-{}", c.part.as_str()));
    match name {
        Some(n) => format!("{kind} “{}”", one_line(&n)),
        None => kind,
    }
}

/// What happened, in words: which side did what.
#[must_use]
pub fn what_happened(bp: &Blueprint, c: &Conflict, lang: Lang) -> String {
    let side = |s: Side| tr_in(lang, if s == Side::Ours { "conflict-side-ours" } else { "conflict-side-theirs" });
    let other = |s: Side| side(if s == Side::Ours { Side::Theirs } else { Side::Ours });
    let kept = c.kept.unwrap_or(Side::Ours);
    let args = |a: Vec<(&'static str, String)>| -> Vec<(&'static str, fluent_bundle::FluentValue<'static>)> {
        a.into_iter().map(|(k, v)| (k, v.into())).collect()
    };
    match c.kind {
        ConflictKind::BothChanged => tr_in(lang, "conflicts-kind-both-changed"),
        ConflictKind::ChangedDeleted => tr_args_in(
            lang,
            "conflict-what-changed-deleted",
            &args(vec![("deleted", other(kept)), ("changed", side(kept))]),
        ),
        ConflictKind::DeletedUsed => {
            tr_args_in(lang, "conflict-what-deleted-used", &args(vec![("deleted", other(kept)), ("uses", side(kept))]))
        }
        ConflictKind::SameCell | ConflictKind::SamePhaseStart => {
            let now = match (c.part, c.part_id) {
                (PartKind::Step, Some(id)) => bp.step(crate::model::StepId(id)).map(|s| s.column),
                (PartKind::Phase, Some(id)) => bp.phase(crate::model::PhaseId(id)).map(|p| p.start),
                _ => None,
            };
            let now = now
                .map_or_else(String::new, |n| tr_args_in(lang, "outline-column", &[("n", (u64::from(n) + 1).into())]));
            let id =
                if c.kind == ConflictKind::SameCell { "conflict-what-same-cell" } else { "conflict-what-same-start" };
            tr_args_in(lang, id, &args(vec![("now", now)]))
        }
        ConflictKind::Rule => tr_in(lang, "conflicts-kind-rule"),
    }
}

/// Which side the blueprint holds now, in words ("ours is kept", "it is left out").
#[must_use]
pub fn kept_words(c: &Conflict, lang: Lang) -> String {
    let kept = match (c.kind, c.kept) {
        (ConflictKind::SameCell | ConflictKind::SamePhaseStart, _) => return String::new(),
        (_, Some(Side::Ours)) => "ours",
        (_, Some(Side::Theirs)) => "theirs",
        (_, None) => "gone",
    };
    tr_args_in(lang, "conflict-kept", &[("kept", kept.into())])
}

/// One conflict on one line: the part and field, what happened, both values, what is kept.
#[must_use]
pub fn conflict_line(bp: &Blueprint, c: &Conflict, lang: Lang) -> String {
    let part = conflict_part(bp, c, lang);
    let field = c.field.as_deref().map(|f| format!(", {}", field_name(f, lang))).unwrap_or_default();
    let mut line = format!("{part}{field}: {}", what_happened(bp, c, lang));
    if matches!(c.kind, ConflictKind::BothChanged | ConflictKind::ChangedDeleted) {
        let values = tr_args_in(
            lang,
            "conflict-values",
            &[
                ("ours", value_words(bp, c, c.ours.as_ref(), lang).into()),
                ("theirs", value_words(bp, c, c.theirs.as_ref(), lang).into()),
            ],
        );
        line = format!("{line} — {values}");
    }
    let kept = kept_words(c, lang);
    if !kept.is_empty() {
        line = format!("{line} ({kept})");
    }
    line
}
