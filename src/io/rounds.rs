//! Reading the `rounds` list (see [`crate::model::Round`]).

use super::error::Problem;
use super::json::{at, describe, extras, object, opt_list, opt_str, problem, req, req_str, take, uuid, whole};
use crate::model::{ActorId, Place, Round};
use serde_json::Value;

/// A coordinate of a place: a number within a million units of the middle.
fn coordinate(m: &mut super::json::Obj, key: &str, path: &str) -> Result<f32, Problem> {
    const LIMIT: f64 = 1e6;
    match req(m, key, path)? {
        Value::Number(n) => match n.as_f64() {
            #[allow(clippy::cast_possible_truncation, reason = "checked to lie within a million")]
            Some(f) if f.abs() <= LIMIT => Ok(f as f32),
            _ => Err(problem(
                at(path, key),
                "read-coordinate-range",
                &[("limit", LIMIT.to_string()), ("found", n.to_string())],
            )),
        },
        other => Err(problem(at(path, key), "read-coordinate-type", &[("found", describe(&other))])),
    }
}

fn read_place(v: Value, path: &str) -> Result<Place, Problem> {
    let mut m = object(v, path, "read-what-place")?;
    let actor = ActorId(uuid(req(&mut m, "actor", path)?, path, "actor")?);
    let (x, y) = (coordinate(&mut m, "x", path)?, coordinate(&mut m, "y", path)?);
    let feeling = match take(&mut m, "feeling").filter(|v| !v.is_null()) {
        Some(v) => Some(i8::try_from(whole(&v, path, "feeling", -2, 2)?).unwrap_or_default()),
        None => None,
    };
    let quote = opt_str(&mut m, "quote", path)?;
    Ok(Place { actor, x, y, feeling, quote, extra: extras(m) })
}

pub(crate) fn read_round(v: Value, path: &str) -> Result<Round, Problem> {
    let mut m = object(v, path, "read-what-round")?;
    let id = uuid(req(&mut m, "id", path)?, path, "id")?;
    let name = req_str(&mut m, "name", path)?;
    let note = opt_str(&mut m, "note", path)?;
    let mut places: Vec<Place> = Vec::new();
    for (j, p) in opt_list(&mut m, "places", path)?.into_iter().enumerate() {
        let here = format!("{}[{j}]", at(path, "places"));
        let place = read_place(p, &here)?;
        if places.iter().any(|q| q.actor == place.actor) {
            return Err(problem(at(&here, "actor"), "read-place-twice", &[("id", place.actor.to_string())]));
        }
        places.push(place);
    }
    Ok(Round { id, name, note, places, extra: extras(m) })
}
