//! Resolving a recorded conflict: the blueprint with one value chosen and the conflict gone.
//! (The editor applies the result as one undoable edit.)

use super::{LISTS, Obj, id_of};
use crate::model::{Blueprint, Conflict, PartKind};
use serde_json::Value;
use uuid::Uuid;

/// What to take.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// Leave the blueprint as it is; only the conflict goes.
    AsItIs,
    Ours,
    Theirs,
    /// A value typed by hand (text fields).
    Value(Value),
}

/// Why a choice cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub String);

/// The blueprint with `choice` taken for conflict `id`, and the conflict removed.
pub fn resolve(bp: &Blueprint, id: Uuid, choice: &Choice) -> Result<Blueprint, Refused> {
    let Some(c) = bp.conflicts.iter().find(|c| c.id == id) else {
        return Err(Refused(crate::i18n::tr("conflict-gone")));
    };
    let value = match choice {
        Choice::AsItIs => return Ok(without(bp.clone(), id)),
        Choice::Ours => c.ours.clone(),
        Choice::Theirs => c.theirs.clone(),
        Choice::Value(v) => Some(v.clone()),
    };
    // A whole part that one side deleted goes through the model, which takes its flows and
    // notes with it (a lane must be empty first).
    if c.field.is_none() && value.is_none() {
        let mut out = bp.clone();
        remove_part(&mut out, c)?;
        return Ok(without(out, id));
    }
    let Value::Object(mut tree) = crate::io::to_value(bp) else { return Err(Refused(String::new())) };
    set(&mut tree, c, value);
    if let Some(Value::Array(list)) = tree.get_mut("conflicts") {
        list.retain(|v| id_of(v) != Some(id));
    }
    crate::io::from_value(Value::Object(tree)).map_err(|e| Refused(e.to_string()))
}

fn without(mut bp: Blueprint, id: Uuid) -> Blueprint {
    bp.conflicts.retain(|c| c.id != id);
    bp
}

fn list_name(part: PartKind) -> Option<&'static str> {
    LISTS.iter().find(|(_, k)| *k == part).map(|(name, _)| *name)
}

/// Puts `value` where the conflict points (absent: the field or part is removed).
fn set(tree: &mut Obj, c: &Conflict, value: Option<Value>) {
    match (c.part, c.part_id, c.field.as_deref()) {
        // Both moved lanes (or actors): the list in the chosen order.
        (PartKind::Blueprint, _, Some(list @ ("lanes" | "actors"))) => {
            let order: Vec<Uuid> = value
                .as_ref()
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|x| x.as_str()?.parse().ok()).collect())
                .unwrap_or_default();
            if let Some(Value::Array(items)) = tree.get_mut(list) {
                items
                    .sort_by_key(|v| id_of(v).and_then(|id| order.iter().position(|x| *x == id)).unwrap_or(usize::MAX));
            }
        }
        (PartKind::Blueprint, _, Some(field)) => put(tree, field, value),
        (part, Some(pid), field) => {
            let Some(name) = list_name(part) else { return };
            let Some(Value::Array(items)) = tree.get_mut(name) else { return };
            let at = items.iter().position(|v| id_of(v) == Some(pid));
            match (field, at, value) {
                (Some(f), Some(i), value) => {
                    if let Some(obj) = items[i].as_object_mut() {
                        put(obj, f, value);
                    }
                }
                (None, Some(i), Some(v)) => items[i] = v,
                (None, None, Some(v)) => items.push(v),
                _ => {}
            }
        }
        _ => {}
    }
}

fn put(obj: &mut Obj, key: &str, value: Option<Value>) {
    match value {
        Some(v) => obj.insert(key.to_owned(), v),
        None => obj.remove(key),
    };
}

fn remove_part(bp: &mut Blueprint, c: &Conflict) -> Result<(), Refused> {
    use crate::model::{ActorId, AnnotationId, FlowId, LaneId, PhaseId, StepId};
    let Some(id) = c.part_id else { return Ok(()) };
    let words = |e: crate::model::ModelError, bp: &Blueprint| Refused(crate::i18n::words::model_error(bp, &e));
    let r = match c.part {
        PartKind::Step if bp.step(StepId(id)).is_some() => bp.remove_step(StepId(id)).map(drop),
        PartKind::Flow if bp.flow(FlowId(id)).is_some() => bp.remove_flow(FlowId(id)).map(drop),
        PartKind::Annotation if bp.annotation(AnnotationId(id)).is_some() => {
            bp.remove_annotation(AnnotationId(id)).map(drop)
        }
        PartKind::Lane if bp.lane(LaneId(id)).is_some() => bp.remove_lane(LaneId(id)).map(drop),
        PartKind::Phase if bp.phase(PhaseId(id)).is_some() => bp.remove_phase(PhaseId(id)).map(drop),
        PartKind::Actor if bp.actors().iter().any(|a| a.id.0 == id) => bp.remove_actor(ActorId(id)).map(drop),
        PartKind::InboxEntry if bp.inbox_entry(id).is_some() => bp.remove_inbox_entry(id).map(drop),
        PartKind::Action if bp.action(id).is_some() => bp.remove_action(id).map(drop),
        PartKind::Round if bp.round(id).is_some() => bp.remove_round(id).map(drop),
        _ => Ok(()),
    };
    r.map_err(|e| words(e, bp))
}
