//! A three-way merge of blueprints by id (`sightline merge BASE OURS THEIRS`, git's merge driver).
//!
//! The three files are compared as the JSON trees of their canonical form. Lanes, phases, actors,
//! steps, flows and annotations are matched by id and merged field by field, the blueprint's own
//! fields (unknown ones too) the same way: a change made on one side only is taken, the same
//! change on both sides once. What cannot be decided is kept by a documented choice and recorded
//! as a [`Conflict`] in the file:
//!
//! - both sides changed a field differently: **ours** is kept (`both_changed`);
//! - one side deleted a part the other changed: the **changed part** is kept (`changed_deleted`);
//! - one side deleted a part the other still uses (a lane with a new step, a step with a new
//!   note or flow, a question a message answers, an actor): the part is **kept**
//!   (`deleted_used`);
//! - both put a step in the same cell, or started a phase in the same column: **theirs moves
//!   right** to the next free cell or column (`same_cell`, `same_phase_start`);
//! - anything else the format forbids (a flow that became a loop, …): the part is **ours** again,
//!   or left out when ours has none (`rule`).
//!
//! The result is always a valid blueprint; conflicts recorded before (a merge of merges) merge
//! by id like the other parts.

mod repair;
pub mod resolve;
pub mod words;

use crate::model::{Blueprint, Conflict, ConflictKind, PartKind, Side};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

pub(crate) type Obj = Map<String, Value>;

/// The lists of parts, in the order they are merged (a part's references come first).
pub(crate) const LISTS: [(&str, PartKind); 9] = [
    ("lanes", PartKind::Lane),
    ("phases", PartKind::Phase),
    ("actors", PartKind::Actor),
    ("steps", PartKind::Step),
    ("flows", PartKind::Flow),
    ("annotations", PartKind::Annotation),
    ("rounds", PartKind::Round),
    ("actions", PartKind::Action),
    ("inbox", PartKind::InboxEntry),
];

/// Merges `ours` and `theirs`, both changed from `base`. The new conflicts join those the two
/// sides already held, in `conflicts` of the result.
#[must_use]
pub fn merge(base: Option<&Blueprint>, ours: &Blueprint, theirs: &Blueprint) -> Blueprint {
    let tree = |bp: &Blueprint| match crate::io::to_value(bp) {
        Value::Object(m) => m,
        _ => Obj::new(),
    };
    let b = base.map(tree).unwrap_or_default();
    let (o, t) = (tree(ours), tree(theirs));
    let mut m = Merger::default();
    let mut out = Obj::new();
    let lists: HashSet<&str> = LISTS.iter().map(|(name, _)| *name).chain(["conflicts"]).collect();
    for key in keys([&b, &o, &t]).into_iter().filter(|k| !lists.contains(k.as_str())) {
        if let Some(v) = m.pick(PartKind::Blueprint, None, &key, b.get(&key), o.get(&key), t.get(&key)) {
            out.insert(key, v);
        }
    }
    for (name, kind) in LISTS {
        let merged = m.list(kind, items(&b, name), items(&o, name), items(&t, name));
        out.insert(name.to_owned(), Value::Array(merged));
    }
    let sides = repair::Sides::new(&b, &o, &t);
    let mut bp = repair::valid(out, &sides, &mut m.conflicts).unwrap_or_else(|| ours.clone());
    bp.conflicts = earlier_conflicts(base, ours, theirs);
    for c in m.conflicts {
        if !bp.conflicts.iter().any(|x| x.id == c.id) {
            bp.conflicts.push(c);
        }
    }
    bp
}

/// The conflicts recorded before: by id, those still open on both sides or new on one.
fn earlier_conflicts(base: Option<&Blueprint>, ours: &Blueprint, theirs: &Blueprint) -> Vec<Conflict> {
    let ids =
        |bp: Option<&Blueprint>| -> HashSet<Uuid> { bp.iter().flat_map(|b| &b.conflicts).map(|c| c.id).collect() };
    let (b, o, t) = (ids(base), ids(Some(ours)), ids(Some(theirs)));
    let mut out: Vec<Conflict> = Vec::new();
    for c in ours.conflicts.iter().chain(&theirs.conflicts) {
        let resolved_on_one_side = b.contains(&c.id) && !(o.contains(&c.id) && t.contains(&c.id));
        if !resolved_on_one_side && !out.iter().any(|x| x.id == c.id) {
            out.push(c.clone());
        }
    }
    out
}

/// Every key of the objects, in a stable order.
fn keys<'a>(objs: impl IntoIterator<Item = &'a Obj>) -> Vec<String> {
    let mut all: Vec<String> = objs.into_iter().flat_map(|m| m.keys().cloned()).collect();
    all.sort();
    all.dedup();
    all
}

fn items<'a>(m: &'a Obj, name: &str) -> &'a [Value] {
    m.get(name).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// The id of a part in the JSON tree.
pub(crate) fn id_of(v: &Value) -> Option<Uuid> {
    v.get("id").and_then(Value::as_str).and_then(|s| Uuid::parse_str(s).ok())
}

#[derive(Default)]
pub(crate) struct Merger {
    pub(crate) conflicts: Vec<Conflict>,
}

/// A new conflict.
#[allow(clippy::too_many_arguments, reason = "one conflict has these eight parts")]
pub(crate) fn conflict(
    kind: ConflictKind,
    part: PartKind,
    part_id: Option<Uuid>,
    field: Option<&str>,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    kept: Option<Side>,
) -> Conflict {
    // The same merge gives the same file: the id follows from what the conflict is about.
    let key = serde_json::json!([kind.as_str(), part.as_str(), part_id, field, base, ours, theirs]);
    Conflict {
        id: Uuid::new_v5(&Uuid::NAMESPACE_OID, key.to_string().as_bytes()),
        kind,
        part,
        part_id,
        field: field.map(str::to_owned),
        base: base.cloned(),
        ours: ours.cloned(),
        theirs: theirs.cloned(),
        kept,
        extra: crate::model::Extras::new(),
    }
}

impl Merger {
    /// One value, three ways: the side that changed it wins; both changed it differently: ours,
    /// and a conflict.
    fn pick(
        &mut self,
        part: PartKind,
        part_id: Option<Uuid>,
        field: &str,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        if o == t || t == b {
            return o.cloned();
        }
        if o == b {
            return t.cloned();
        }
        self.conflicts.push(conflict(ConflictKind::BothChanged, part, part_id, Some(field), b, o, t, Some(Side::Ours)));
        o.cloned()
    }

    /// A part on both sides, field by field.
    fn object(&mut self, part: PartKind, b: Option<&Value>, o: &Value, t: &Value) -> Value {
        let empty = Obj::new();
        let bm = b.and_then(Value::as_object).unwrap_or(&empty);
        let om = o.as_object().unwrap_or(&empty);
        let tm = t.as_object().unwrap_or(&empty);
        let id = id_of(o);
        let mut out = Obj::new();
        for key in keys([bm, om, tm]) {
            // A step's actors and a message's answers are sets: both sides' additions are kept,
            // both sides' removals made.
            let set = matches!((part, key.as_str()), (PartKind::Step, "actors") | (PartKind::Annotation, "answers"));
            let v = if set {
                set_merge(bm.get(&key), om.get(&key), tm.get(&key))
            } else {
                self.pick(part, id, &key, bm.get(&key), om.get(&key), tm.get(&key))
            };
            if let Some(v) = v {
                out.insert(key, v);
            }
        }
        Value::Object(out)
    }

    /// A list of parts, matched by id.
    fn list(&mut self, kind: PartKind, b: &[Value], o: &[Value], t: &[Value]) -> Vec<Value> {
        let by_id = |list: &[Value]| -> HashMap<Uuid, usize> {
            list.iter().enumerate().filter_map(|(i, v)| id_of(v).map(|id| (id, i))).collect()
        };
        let (bi, oi, ti) = (by_id(b), by_id(o), by_id(t));
        let ids = |list: &[Value]| -> Vec<Uuid> { list.iter().filter_map(id_of).collect() };
        let mut out = Vec::new();
        let mut reordered = false;
        let merged_order = order(&ids(b), &ids(o), &ids(t), &mut reordered);
        // Both moved lanes (or actors) differently: ours, and a conflict. (Other lists are shown
        // in an order of their own: steps by cell, phases by column.)
        if reordered && matches!(kind, PartKind::Lane | PartKind::Actor) {
            let field = LISTS.iter().find(|(_, k)| *k == kind).map(|(name, _)| *name);
            let as_value =
                |list: &[Value]| Value::Array(ids(list).iter().map(|x| Value::from(x.to_string())).collect());
            let (bv, ov, tv) = (as_value(b), as_value(o), as_value(t));
            let c = conflict(
                ConflictKind::BothChanged,
                PartKind::Blueprint,
                None,
                field,
                Some(&bv),
                Some(&ov),
                Some(&tv),
                Some(Side::Ours),
            );
            self.conflicts.push(c);
        }
        for id in merged_order {
            let (bv, ov, tv) = (bi.get(&id).map(|&i| &b[i]), oi.get(&id).map(|&i| &o[i]), ti.get(&id).map(|&i| &t[i]));
            match (bv, ov, tv) {
                (_, Some(ov), Some(tv)) if ov == tv => out.push(ov.clone()),
                (_, Some(ov), Some(tv)) => out.push(self.object(kind, bv, ov, tv)),
                (None, Some(v), None) | (None, None, Some(v)) => out.push(v.clone()),
                // Deleted on one side, changed on the other: the changed part stays.
                (Some(bv), Some(kept), None) | (Some(bv), None, Some(kept)) if kept != bv => {
                    let side = if ov.is_some() { Side::Ours } else { Side::Theirs };
                    let c = conflict(ConflictKind::ChangedDeleted, kind, Some(id), None, Some(bv), ov, tv, Some(side));
                    self.conflicts.push(c);
                    out.push(kept.clone());
                }
                _ => {} // deleted on one side and unchanged on the other, or on both
            }
        }
        out
    }
}

/// A list of ids merged as a set: what either side added is in, what either side removed is
/// out; ours' order first. Absent when empty.
fn set_merge(b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) -> Option<Value> {
    if o == t || t == b {
        return o.cloned();
    }
    if o == b {
        return t.cloned();
    }
    let items = |v: Option<&Value>| -> Vec<Value> { v.and_then(Value::as_array).cloned().unwrap_or_default() };
    let (b, o, t) = (items(b), items(o), items(t));
    let removed = |side: &[Value], x: &Value| b.contains(x) && !side.contains(x);
    let mut out: Vec<Value> = Vec::new();
    for x in o.iter().chain(&t) {
        if !out.contains(x) && !removed(&o, x) && !removed(&t, x) {
            out.push(x.clone());
        }
    }
    (!out.is_empty()).then_some(Value::Array(out))
}

/// The order of a merged list. The parts all three have keep the order of the side that
/// changed it (both changed it differently: ours, and `reordered` is set); the parts only some
/// have follow the part they followed there — ours and theirs by the same rule, so that the
/// result does not depend on which side is which.
fn order(b: &[Uuid], o: &[Uuid], t: &[Uuid], reordered: &mut bool) -> Vec<Uuid> {
    let (bs, os, ts): (HashSet<&Uuid>, HashSet<&Uuid>, HashSet<&Uuid>) =
        (b.iter().collect(), o.iter().collect(), t.iter().collect());
    let is_common = |x: &Uuid| bs.contains(x) && os.contains(x) && ts.contains(x);
    let common = |list: &[Uuid]| -> Vec<Uuid> { list.iter().filter(|x| is_common(x)).copied().collect() };
    let (cb, co, ct) = (common(b), common(o), common(t));
    let skeleton = if co == cb {
        ct
    } else {
        *reordered = ct != cb && ct != co;
        co
    };
    // The other parts of each list, grouped by the common part before them.
    let groups = |list: &[Uuid]| -> HashMap<Option<Uuid>, Vec<Uuid>> {
        let mut out: HashMap<Option<Uuid>, Vec<Uuid>> = HashMap::new();
        let mut last = None;
        for x in list {
            if is_common(x) {
                last = Some(*x);
            } else {
                out.entry(last).or_default().push(*x);
            }
        }
        out
    };
    let (go, gt, gb) = (groups(o), groups(t), groups(b));
    let mut out = Vec::with_capacity(o.len().max(t.len()));
    let mut placed: HashSet<Uuid> = HashSet::new();
    for anchor in std::iter::once(None).chain(skeleton.iter().map(|x| Some(*x))) {
        if let Some(x) = anchor {
            out.push(x);
        }
        let empty = Vec::new();
        let (mut first, mut second) = (go.get(&anchor).unwrap_or(&empty), gt.get(&anchor).unwrap_or(&empty));
        if second.first() < first.first() && !second.is_empty() {
            std::mem::swap(&mut first, &mut second);
        }
        for x in first.iter().chain(second).chain(gb.get(&anchor).unwrap_or(&empty)) {
            if placed.insert(*x) {
                out.push(*x);
            }
        }
    }
    out
}
