//! Making a merged tree a valid blueprint, by the choices documented in the module above:
//! parts still used are kept, a second step in a cell or a second phase in a column moves right,
//! and a part that breaks another rule goes back to ours.

use super::{LISTS, Obj, conflict, id_of};
use crate::model::{Blueprint, Conflict, ConflictKind, MAX_COLUMN, PartKind, Side};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The three trees the merge started from.
pub(super) struct Sides<'a> {
    pub base: &'a Obj,
    pub ours: &'a Obj,
    pub theirs: &'a Obj,
}

impl Sides<'_> {
    /// A part of `list` in one tree.
    fn find<'v>(tree: &'v Obj, list: &str, id: Uuid) -> Option<&'v Value> {
        tree.get(list)?.as_array()?.iter().find(|v| id_of(v) == Some(id))
    }

    fn three(&self, list: &str, id: Uuid) -> [Option<&Value>; 3] {
        [Self::find(self.base, list, id), Self::find(self.ours, list, id), Self::find(self.theirs, list, id)]
    }
}

fn list_mut<'a>(out: &'a mut Obj, name: &str) -> &'a mut Vec<Value> {
    let slot = out.entry(name.to_owned()).or_insert_with(|| Value::Array(Vec::new()));
    if !slot.is_array() {
        *slot = Value::Array(Vec::new());
    }
    match slot {
        Value::Array(items) => items,
        _ => unreachable!("made a list just above"),
    }
}

fn kind_of(list: &str) -> PartKind {
    LISTS.iter().find(|(name, _)| *name == list).map_or(PartKind::Blueprint, |(_, k)| *k)
}

/// The merged tree as a valid blueprint, with the conflicts its repair needed; `None` when even
/// the repairs do not make it one (the caller then keeps ours, with a conflict saying so).
pub(super) fn valid(mut out: Obj, sides: &Sides<'_>, conflicts: &mut Vec<Conflict>) -> Option<Blueprint> {
    keep_used(&mut out, sides, conflicts);
    move_right(&mut out, sides, conflicts, "steps", "column", Some("lane"), ConflictKind::SameCell);
    move_right(&mut out, sides, conflicts, "phases", "start", None, ConflictKind::SamePhaseStart);
    for _ in 0..20 {
        out.insert("format".into(), Value::String(crate::io::FORMAT.into()));
        out.insert("version".into(), Value::from(crate::io::VERSION));
        let problems = match crate::io::from_value(Value::Object(out.clone())) {
            Ok(bp) => return Some(bp),
            Err(e) => e.problems,
        };
        // Each part a problem names goes back to ours (or out, when ours has none).
        let mut changed = false;
        for p in problems {
            let Some((list, index)) = place(&p.at) else { continue };
            let items = list_mut(&mut out, list);
            let Some(id) = items.get(index).and_then(id_of) else { continue };
            let [b, o, t] = sides.three(list, id);
            let items = list_mut(&mut out, list);
            match o {
                Some(o) if items[index] != *o => items[index] = o.clone(),
                Some(_) => continue,
                None => {
                    items.remove(index);
                }
            }
            let kept = o.map(|_| Side::Ours);
            conflicts.push(conflict(ConflictKind::Rule, kind_of(list), Some(id), None, b, o, t, kept));
            changed = true;
            break; // indices move; read the problems again
        }
        if !changed {
            break;
        }
    }
    conflicts.push(conflict(ConflictKind::Rule, PartKind::Blueprint, None, None, None, None, None, Some(Side::Ours)));
    None
}

/// `steps[3].lane` → ("steps", 3).
fn place(at: &str) -> Option<(&'static str, usize)> {
    let (list, rest) = at.split_once('[')?;
    let index = rest.split_once(']')?.0.parse().ok()?;
    LISTS.iter().map(|(name, _)| *name).find(|name| *name == list).map(|name| (name, index))
}

/// The ids a part refers to: (list, id).
fn references(list: &str, v: &Value) -> Vec<(&'static str, Uuid)> {
    let id = |key: &str| v.get(key).and_then(Value::as_str).and_then(|s| Uuid::parse_str(s).ok());
    let ids = |key: &str| -> Vec<Uuid> {
        v.get(key)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|x| x.as_str().and_then(|s| Uuid::parse_str(s).ok())).collect())
            .unwrap_or_default()
    };
    match list {
        "steps" => id("lane")
            .map(|l| ("lanes", l))
            .into_iter()
            .chain(ids("actors").into_iter().map(|a| ("actors", a)))
            .collect(),
        "flows" => ["from", "to"].iter().filter_map(|k| id(k)).map(|s| ("steps", s)).collect(),
        // A note sits on a step or a flow; which one is found when it is missing.
        "annotations" => id("on")
            .map(|s| ("on", s))
            .into_iter()
            .chain(ids("answers").into_iter().map(|a| ("annotations", a)))
            .collect(),
        _ => Vec::new(),
    }
}

/// A part deleted on one side that the merged parts still use comes back.
fn keep_used(out: &mut Obj, sides: &Sides<'_>, conflicts: &mut Vec<Conflict>) {
    loop {
        let present: HashSet<Uuid> = LISTS
            .iter()
            .flat_map(|(name, _)| list_mut(out, name).iter().filter_map(id_of).collect::<Vec<_>>())
            .collect();
        let mut missing: Vec<(&'static str, Uuid)> = Vec::new();
        for (name, _) in LISTS {
            for v in list_mut(out, name).iter() {
                missing.extend(references(name, v).into_iter().filter(|(_, id)| !present.contains(id)));
            }
        }
        missing.dedup();
        let mut restored = false;
        for (list, id) in missing {
            let candidates: &[&str] = if list == "on" { &["steps", "flows"] } else { &[list] };
            for &list in candidates {
                let [b, o, t] = sides.three(list, id);
                let Some(found) = o.or(t) else { continue };
                if list_mut(out, list).iter().any(|v| id_of(v) == Some(id)) {
                    break;
                }
                list_mut(out, list).push(found.clone());
                let kept = if o.is_some() { Side::Ours } else { Side::Theirs };
                conflicts.push(conflict(ConflictKind::DeletedUsed, kind_of(list), Some(id), None, b, o, t, Some(kept)));
                restored = true;
                break;
            }
        }
        if !restored {
            return;
        }
    }
}

/// A second step in one cell (or a second phase starting in one column) moves right to the
/// next free place: the one whose place is not ours.
fn move_right(
    out: &mut Obj,
    sides: &Sides<'_>,
    conflicts: &mut Vec<Conflict>,
    list: &str,
    key: &str,
    group: Option<&str>,
    kind: ConflictKind,
) {
    let items = list_mut(out, list);
    let group_of = |v: &Value| group.and_then(|g| v.get(g)).and_then(Value::as_str).unwrap_or("").to_owned();
    let at = |v: &Value| v.get(key).and_then(Value::as_u64);
    let mut taken: HashMap<String, HashSet<u64>> = HashMap::new();
    let mut by_place: HashMap<(String, u64), Vec<usize>> = HashMap::new();
    for (i, v) in items.iter().enumerate() {
        if let Some(c) = at(v) {
            taken.entry(group_of(v)).or_default().insert(c);
            by_place.entry((group_of(v), c)).or_default().push(i);
        }
    }
    let mut crowded: Vec<((String, u64), Vec<usize>)> = by_place.into_iter().filter(|(_, v)| v.len() > 1).collect();
    crowded.sort();
    for ((g, c), mut indices) in crowded {
        // Ours stays: the part whose place is the place ours gives it.
        let ours_here = |i: &usize| {
            id_of(&items[*i])
                .and_then(|id| Sides::find(sides.ours, list, id))
                .is_some_and(|o| at(o) == Some(c) && group_of(o) == g)
        };
        indices.sort_by_key(|i| !ours_here(i));
        for &i in &indices[1..] {
            let free = (c + 1..=u64::from(MAX_COLUMN)).find(|x| !taken.get(&g).is_some_and(|t| t.contains(x)));
            let Some(free) = free else { continue };
            taken.entry(g.clone()).or_default().insert(free);
            let id = id_of(&items[i]);
            let [b, o, t] = id.map_or([None, None, None], |id| sides.three(list, id));
            let value = |v: Option<&Value>| v.and_then(|v| v.get(key)).cloned();
            let (b, o, t) = (value(b), value(o), value(t));
            if let Some(obj) = items[i].as_object_mut() {
                obj.insert(key.to_owned(), Value::from(free));
            }
            conflicts.push(conflict(kind, kind_of(list), id, Some(key), b.as_ref(), o.as_ref(), t.as_ref(), None));
        }
    }
}
