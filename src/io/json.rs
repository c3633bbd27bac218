//! Small readers over a parsed JSON object that say where and what when a field is wrong.
//!
//! Each reader takes the field out of the map, so what is left afterwards are the fields this
//! version does not know: they are kept as `extra` and written back unchanged.

use super::error::Problem;
use crate::model::Extras;
use serde_json::{Map, Value};
use uuid::Uuid;

pub(crate) type Obj = Map<String, Value>;

/// A JSON value's type in plain words.
pub(crate) fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty (null)",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Joins a path and a key: `steps[2]` + `lane` = `steps[2].lane`.
pub(crate) fn at(path: &str, key: &str) -> String {
    match (path.is_empty(), key.is_empty()) {
        (_, true) => path.to_owned(),
        (true, false) => key.to_owned(),
        (false, false) => format!("{path}.{key}"),
    }
}

pub(crate) fn object(v: Value, path: &str, what: &str) -> Result<Obj, Problem> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(Problem::new(
            path,
            format!("should be {what} (an object in braces {{ }}), but is {}", describe(&other)),
        )),
    }
}

pub(crate) fn missing(path: &str, key: &str) -> Problem {
    Problem::new(path, format!("the field \"{key}\" is missing"))
}

/// A field that may be absent; `null` counts as absent.
pub(crate) fn take(m: &mut Obj, key: &str) -> Option<Value> {
    m.remove(key).filter(|v| !v.is_null())
}

pub(crate) fn req(m: &mut Obj, key: &str, path: &str) -> Result<Value, Problem> {
    take(m, key).ok_or_else(|| missing(path, key))
}

// The value readers below take the place as `path` and `key` and join them only when there is a
// problem to report: reading a large file allocates nothing for places that are fine.

/// The longest text a field may hold, in characters (a long description is a few thousand).
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most items a list may hold (a 100 MB file holds about 200,000 steps).
pub const MAX_LIST_ITEMS: usize = 1_000_000;

pub(crate) fn string(v: Value, path: &str, key: &str) -> Result<String, Problem> {
    match v {
        Value::String(s) if s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS => Err(Problem::new(
            at(path, key),
            format!(
                "this text is {} characters long; Sightline keeps texts of up to {MAX_TEXT_CHARS} characters. Shorten \
                 it, or check that this is the right file",
                s.chars().count()
            ),
        )),
        Value::String(s) => Ok(s),
        other => Err(Problem::new(at(path, key), format!("should be text in quotes, but is {}", describe(&other)))),
    }
}

pub(crate) fn req_str(m: &mut Obj, key: &str, path: &str) -> Result<String, Problem> {
    string(req(m, key, path)?, path, key)
}

pub(crate) fn opt_str(m: &mut Obj, key: &str, path: &str) -> Result<Option<String>, Problem> {
    take(m, key).map(|v| string(v, path, key)).transpose()
}

pub(crate) fn uuid(v: Value, path: &str, key: &str) -> Result<Uuid, Problem> {
    let s = match &v {
        Value::String(s) => s.as_str(),
        _ => return string(v, path, key).map(|_| Uuid::nil()),
    };
    Uuid::parse_str(s).map_err(|_| {
        Problem::new(
            at(path, key),
            format!(
                "\"{}\" is not a valid id; ids are uuids such as \"0e83cbea-5efa-59db-bf3d-4499d63dfdce\"",
                clip(s)
            ),
        )
    })
}

pub(crate) fn req_uuid(m: &mut Obj, key: &str, path: &str) -> Result<Uuid, Problem> {
    uuid(req(m, key, path)?, path, key)
}

/// A whole number in `min..=max`.
pub(crate) fn whole(v: &Value, path: &str, key: &str, min: i64, max: i64) -> Result<i64, Problem> {
    if let Some(i) = v.as_i64().filter(|i| (min..=max).contains(i)) {
        return Ok(i);
    }
    let range = format!("a whole number from {min} to {max}");
    let message = match v {
        Value::Number(n) if n.is_f64() => format!("must be {range}, but is {n} (not a whole number)"),
        Value::Number(n) => format!("must be {range}, but is {n}"),
        other => format!("must be {range}, but is {}", describe(other)),
    };
    Err(Problem::new(at(path, key), message))
}

pub(crate) fn req_u32(m: &mut Obj, key: &str, path: &str, max: u32) -> Result<u32, Problem> {
    let v = req(m, key, path)?;
    // The range check makes the conversion exact.
    whole(&v, path, key, 0, i64::from(max)).map(|i| u32::try_from(i).unwrap_or(max))
}

pub(crate) fn opt_u32(m: &mut Obj, key: &str, path: &str, min: u32, max: u32) -> Result<Option<u32>, Problem> {
    take(m, key)
        .map(|v| whole(&v, path, key, i64::from(min), i64::from(max)).map(|i| u32::try_from(i).unwrap_or(max)))
        .transpose()
}

/// A number of minutes: 0 or more, at most [`crate::model::MAX_MINUTES`].
pub(crate) fn opt_minutes(m: &mut Obj, key: &str, path: &str) -> Result<Option<f64>, Problem> {
    let max = crate::model::MAX_MINUTES;
    match take(m, key) {
        None => Ok(None),
        Some(Value::Number(n)) => match n.as_f64() {
            Some(f) if (0.0..=max).contains(&f) => Ok(Some(f)),
            _ => Err(Problem::new(at(path, key), format!("must be a number of minutes from 0 to {max}, but is {n}"))),
        },
        Some(other) => {
            Err(Problem::new(at(path, key), format!("must be a number of minutes, but is {}", describe(&other))))
        }
    }
}

pub(crate) fn opt_bool(m: &mut Obj, key: &str, path: &str) -> Result<Option<bool>, Problem> {
    match take(m, key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(b)),
        Some(other) => Err(Problem::new(at(path, key), format!("must be true or false, but is {}", describe(&other)))),
    }
}

/// A word from a fixed list, such as a lane kind: one of `all`, named by `name`.
pub(crate) fn word<T: Copy>(
    v: Value,
    path: &str,
    key: &str,
    what: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, Problem> {
    let s = string(v, path, key)?;
    all.iter().copied().find(|&k| name(k) == s).ok_or_else(|| {
        let choices: Vec<&str> = all.iter().map(|&k| name(k)).collect();
        Problem::new(
            at(path, key),
            format!("\"{}\" is not a known {what}; use one of: {}", clip(&s), choices.join(", ")),
        )
    })
}

/// A list of ids; absent or `null` is an empty list.
pub(crate) fn opt_uuid_list(m: &mut Obj, key: &str, path: &str) -> Result<Vec<Uuid>, Problem> {
    let here = at(path, key);
    opt_list(m, key, path)?.into_iter().enumerate().map(|(i, v)| uuid(v, &format!("{here}[{i}]"), "")).collect()
}

/// A position on the field view: `{"x": 1.5, "y": -20}`, each within a million units.
pub(crate) fn opt_position(m: &mut Obj, key: &str, path: &str) -> Result<Option<(f32, f32)>, Problem> {
    const LIMIT: f64 = 1e6;
    let Some(v) = take(m, key).filter(|v| !v.is_null()) else { return Ok(None) };
    let here = at(path, key);
    let mut p = object(v, &here, "a position with \"x\" and \"y\"")?;
    let mut coordinate = |k: &str| match req(&mut p, k, &here)? {
        Value::Number(n) => match n.as_f64() {
            #[allow(clippy::cast_possible_truncation, reason = "checked to lie within a million")]
            Some(f) if f.abs() <= LIMIT => Ok(f as f32),
            _ => Err(Problem::new(at(&here, k), format!("must be a number from -{LIMIT} to {LIMIT}, but is {n}"))),
        },
        other => Err(Problem::new(at(&here, k), format!("must be a number, but is {}", describe(&other)))),
    };
    Ok(Some((coordinate("x")?, coordinate("y")?)))
}

/// A list; absent or `null` is an empty list.
pub(crate) fn opt_list(m: &mut Obj, key: &str, path: &str) -> Result<Vec<Value>, Problem> {
    match take(m, key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) if items.len() > MAX_LIST_ITEMS => Err(Problem::new(
            at(path, key),
            format!(
                "this list has {} items; Sightline reads lists of up to {MAX_LIST_ITEMS} items. Is this really a \
                 blueprint?",
                items.len()
            ),
        )),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(Problem::new(
            at(path, key),
            format!("should be a list in square brackets [ ], but is {}", describe(&other)),
        )),
    }
}

pub(crate) fn req_list(m: &mut Obj, key: &str, path: &str) -> Result<Vec<Value>, Problem> {
    if m.get(key).is_none_or(Value::is_null) {
        return Err(missing(path, key));
    }
    opt_list(m, key, path)
}

/// What is left of an object after its known fields were taken.
pub(crate) fn extras(m: Obj) -> Extras {
    m.into_iter().collect()
}

/// A user's text, shortened for a message.
pub(crate) fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX { s.to_owned() } else { format!("{}…", s.chars().take(MAX).collect::<String>()) }
}
