//! Making a merged tree a valid blueprint, by the choices documented in the module above:
//! parts still used are kept, a second step in a cell or a second phase in a column moves right,
//! and a part that breaks another rule goes back to ours.

use super::{LISTS, Obj, conflict, id_of};
use crate::model::{Blueprint, Conflict, ConflictKind, MAX_COLUMN, PartKind, Side};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The parts of one tree by list and id: their index in the list, and the part.
type Parts<'a> = HashMap<(&'static str, Uuid), (usize, &'a Value)>;

/// The parts of the three trees the merge started from, by list and id.
pub(super) struct Sides<'a> {
    parts: [Parts<'a>; 3],
}

impl<'a> Sides<'a> {
    pub(super) fn new(base: &'a Obj, ours: &'a Obj, theirs: &'a Obj) -> Self {
        let index = |tree: &'a Obj| {
            let mut m = HashMap::new();
            for (name, _) in LISTS {
                for (i, v) in tree.get(name).and_then(Value::as_array).map_or(&[][..], Vec::as_slice).iter().enumerate()
                {
                    if let Some(id) = id_of(v) {
                        m.insert((name, id), (i, v));
                    }
                }
            }
            m
        };
        Self { parts: [index(base), index(ours), index(theirs)] }
    }

    fn list_key(list: &str) -> Option<&'static str> {
        LISTS.iter().map(|(name, _)| *name).find(|name| *name == list)
    }

    /// A part of `list` in base, ours and theirs.
    fn three(&self, list: &str, id: Uuid) -> [Option<&'a Value>; 3] {
        let Some(list) = Self::list_key(list) else { return [None, None, None] };
        [0, 1, 2].map(|side| self.parts[side].get(&(list, id)).map(|(_, v)| *v))
    }

    /// Where a part stands in ours (or else theirs): its index there.
    fn index(&self, list: &str, id: Uuid) -> Option<usize> {
        let list = Self::list_key(list)?;
        self.parts[1].get(&(list, id)).or_else(|| self.parts[2].get(&(list, id))).map(|(i, _)| *i)
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
    unique_ids(&mut out, sides, conflicts);
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
        // Each part a problem names goes back to ours (or out, when ours has none); when ours'
        // own part is named, it goes out too (it broke a rule only with theirs around it).
        let mut changed = false;
        let first = problems.iter().find_map(|p| place(&p.at));
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
            let Some((list, index)) = first else { break };
            let items = list_mut(&mut out, list);
            let Some(id) = items.get(index).and_then(id_of) else { break };
            items.remove(index);
            let [b, o, t] = sides.three(list, id);
            conflicts.push(conflict(ConflictKind::Rule, kind_of(list), Some(id), None, b, o, t, None));
        }
    }
    conflicts.push(conflict(ConflictKind::Rule, PartKind::Blueprint, None, None, None, None, None, Some(Side::Ours)));
    None
}

/// An id used by two parts of different kinds (ours added a step, theirs a lane with the same
/// id): ours' part stays, the other goes out, recorded with its value.
fn unique_ids(out: &mut Obj, sides: &Sides<'_>, conflicts: &mut Vec<Conflict>) {
    let mut seen: HashMap<Uuid, &'static str> = HashMap::new();
    let mut clashes: Vec<(&'static str, Uuid)> = Vec::new();
    for (name, _) in LISTS {
        for v in list_mut(out, name).iter() {
            if let Some(id) = id_of(v)
                && let Some(first) = seen.insert(id, name)
            {
                clashes.push((first, id));
                clashes.push((name, id));
            }
        }
    }
    clashes.dedup();
    let mut kept: HashSet<Uuid> = HashSet::new();
    // Ours' occurrence is kept (the first when ours has the id in neither list).
    let ours_has = |list: &str, id: Uuid| sides.three(list, id)[1].is_some();
    let mut order = clashes.clone();
    order.sort_by_key(|(list, id)| (*id, !ours_has(list, *id)));
    for (list, id) in order {
        if kept.insert(id) {
            continue;
        }
        let items = list_mut(out, list);
        if let Some(i) = items.iter().position(|v| id_of(v) == Some(id)) {
            let removed = items.remove(i);
            let [b, o, _] = sides.three(list, id);
            conflicts.push(conflict(ConflictKind::Rule, kind_of(list), Some(id), None, b, o, Some(&removed), None));
        }
    }
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
        // A round's places are actors'.
        "rounds" => v
            .get("places")
            .and_then(Value::as_array)
            .map(|ps| {
                ps.iter()
                    .filter_map(|p| p.get("actor").and_then(Value::as_str).and_then(|s| Uuid::parse_str(s).ok()))
                    .map(|a| ("actors", a))
                    .collect()
            })
            .unwrap_or_default(),
        // An action's owner is an actor; what it answers, a step, a note or a round.
        "actions" => id("owner")
            .map(|a| ("actors", a))
            .into_iter()
            .chain(ids("links").into_iter().map(|l| ("link", l)))
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
            let candidates: &[&str] = match list {
                "on" => &["steps", "flows"],
                "link" => &["steps", "annotations", "rounds"],
                _ => &[list],
            };
            for &list in candidates {
                let [b, o, t] = sides.three(list, id);
                let Some(found) = o.or(t) else { continue };
                if list_mut(out, list).iter().any(|v| id_of(v) == Some(id)) {
                    break;
                }
                // Lanes and actors come back at their place (after the part before them there).
                let items = list_mut(out, list);
                let at = if matches!(list, "lanes" | "actors") {
                    sides.index(list, id).map_or(items.len(), |i| i.min(items.len()))
                } else {
                    items.len()
                };
                items.insert(at, found.clone());
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
                .and_then(|id| sides.three(list, id)[1])
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
