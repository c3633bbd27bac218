//! Small readers over a parsed JSON object that say where and what when a field is wrong.
//!
//! Each reader takes the field out of the map, so what is left afterwards are the fields this
//! version does not know: they are kept as `extra` and written back unchanged.

use super::error::Problem;
use crate::i18n::{tr, tr_args};
use crate::model::Extras;
use serde_json::{Map, Value};
use std::fmt::Write as _;
use uuid::Uuid;

pub(crate) type Obj = Map<String, Value>;

/// A JSON value's type in plain words.
pub(crate) fn describe(v: &Value) -> String {
    tr(match v {
        Value::Null => "read-type-null",
        Value::Bool(_) => "read-type-bool",
        Value::Number(_) => "read-type-number",
        Value::String(_) => "read-type-text",
        Value::Array(_) => "read-type-list",
        Value::Object(_) => "read-type-object",
    })
}

/// A message about the field at a place, with the words' arguments.
pub(crate) fn problem(place: impl Into<String>, id: &str, args: &[(&str, String)]) -> Problem {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
        args.iter().map(|(k, v)| (*k, fluent_bundle::FluentValue::from(v.as_str()))).collect();
    Problem::new(place, tr_args(id, &args))
}

/// Joins a path and a key: `steps[2]` + `lane` = `steps[2].lane`.
pub(crate) fn at(path: &str, key: &str) -> String {
    match (path.is_empty(), key.is_empty()) {
        (_, true) => path.to_owned(),
        (true, false) => key.to_owned(),
        (false, false) => format!("{path}.{key}"),
    }
}

/// An object; `what` is the message id of its name ("read-what-step").
pub(crate) fn object(v: Value, path: &str, what: &str) -> Result<Obj, Problem> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(problem(path, "read-should-be-object", &[("what", tr(what)), ("found", describe(&other))])),
    }
}

pub(crate) fn missing(path: &str, key: &str) -> Problem {
    problem(path, "read-missing", &[("key", key.to_owned())])
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
        Value::String(s) if s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS => Err(problem(
            at(path, key),
            "read-text-too-long",
            &[("n", s.chars().count().to_string()), ("max", MAX_TEXT_CHARS.to_string())],
        )),
        Value::String(s) => Ok(s),
        other => Err(problem(at(path, key), "read-should-be-text", &[("found", describe(&other))])),
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
    Uuid::parse_str(s).map_err(|_| problem(at(path, key), "read-bad-id", &[("text", clip(s))]))
}

pub(crate) fn req_uuid(m: &mut Obj, key: &str, path: &str) -> Result<Uuid, Problem> {
    uuid(req(m, key, path)?, path, key)
}

/// A whole number in `min..=max`, however JSON writes it: `1`, `1.0`, `1e0` and `-0` are all
/// whole. A message shows the number as the file writes it.
pub(crate) fn whole(v: &Value, path: &str, key: &str, min: i64, max: i64) -> Result<i64, Problem> {
    let exact = match v {
        Value::Number(n) => whole_value(&n.to_string()),
        _ => None,
    };
    if let Some(i) = exact.and_then(|i| i64::try_from(i).ok()).filter(|i| (min..=max).contains(i)) {
        return Ok(i);
    }
    let id = if matches!(v, Value::Number(_)) && exact.is_none() { "read-not-whole" } else { "read-whole" };
    let args = [("min", min.to_string()), ("max", max.to_string()), ("found", shown(v))];
    Err(problem(at(path, key), id, &args))
}

/// A value as a message shows it: a number as the file writes it, anything else by its type.
pub(crate) fn shown(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        other => describe(other),
    }
}

/// The integer a JSON number stands for, when it is whole and within ±10^30; exact (no floats).
fn whole_value(text: &str) -> Option<i128> {
    const MAX_DIGITS: usize = 30;
    let (negative, rest) = text.strip_prefix('-').map_or((false, text), |r| (true, r));
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The digits without the point; the value is digits × 10^(exponent − frac.len()).
    let digits: String = format!("{int}{frac}");
    let digits = digits.trim_start_matches('0');
    let shift = exponent.checked_sub(i64::try_from(frac.len()).ok()?)?;
    let (kept, shift) = if shift < 0 {
        // Dropping decimals: they must all be zero.
        let drop = usize::try_from(-shift).ok()?;
        if drop >= digits.len() {
            return digits.bytes().all(|b| b == b'0').then_some(0);
        }
        let (kept, dropped) = digits.split_at(digits.len() - drop);
        if dropped.bytes().any(|b| b != b'0') {
            return None;
        }
        (kept, 0)
    } else {
        (digits, usize::try_from(shift).ok()?)
    };
    if kept.is_empty() {
        return Some(0);
    }
    if kept.len() + shift > MAX_DIGITS {
        // Whole, but far out of any range.
        return Some(if negative { i128::MIN } else { i128::MAX });
    }
    let mut value: i128 = kept.parse().ok()?;
    for _ in 0..shift {
        value *= 10;
    }
    Some(if negative { -value } else { value })
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
            _ => {
                Err(problem(at(path, key), "read-minutes-range", &[("max", max.to_string()), ("found", n.to_string())]))
            }
        },
        Some(other) => Err(problem(at(path, key), "read-minutes-type", &[("found", describe(&other))])),
    }
}

pub(crate) fn opt_bool(m: &mut Obj, key: &str, path: &str) -> Result<Option<bool>, Problem> {
    match take(m, key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(b)),
        Some(other) => Err(problem(at(path, key), "read-bool", &[("found", describe(&other))])),
    }
}

/// A word from a fixed list, such as a lane kind: one of `all`, named by `name`; `what` is the
/// message id of what the list holds ("read-word-lane-kind").
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
        problem(
            at(path, key),
            "read-unknown-word",
            &[("text", clip(&s)), ("what", tr(what)), ("choices", choices.join(", "))],
        )
    })
}

/// A list of ids; absent or `null` is an empty list.
pub(crate) fn opt_uuid_list(m: &mut Obj, key: &str, path: &str) -> Result<Vec<Uuid>, Problem> {
    let here = at(path, key);
    opt_list(m, key, path)?.into_iter().enumerate().map(|(i, v)| uuid(v, &format!("{here}[{i}]"), "")).collect()
}

/// A place on the field view and the fields of it this version does not know.
pub(crate) type Position = ((f32, f32), Extras);

/// A position on the field view: `{"x": 1.5, "y": -20}`, each within a million units; with the
/// fields of the position this version does not know.
pub(crate) fn opt_position(m: &mut Obj, key: &str, path: &str) -> Result<Option<Position>, Problem> {
    const LIMIT: f64 = 1e6;
    let Some(v) = take(m, key).filter(|v| !v.is_null()) else { return Ok(None) };
    let here = at(path, key);
    let mut p = object(v, &here, "read-what-position")?;
    let mut coordinate = |k: &str| match req(&mut p, k, &here)? {
        Value::Number(n) => match n.as_f64() {
            #[allow(clippy::cast_possible_truncation, reason = "checked to lie within a million")]
            Some(f) if f.abs() <= LIMIT => Ok(f as f32),
            _ => Err(problem(
                at(&here, k),
                "read-coordinate-range",
                &[("limit", LIMIT.to_string()), ("found", n.to_string())],
            )),
        },
        other => Err(problem(at(&here, k), "read-coordinate-type", &[("found", describe(&other))])),
    };
    let xy = (coordinate("x")?, coordinate("y")?);
    Ok(Some((xy, extras(p))))
}

/// A list; absent or `null` is an empty list.
pub(crate) fn opt_list(m: &mut Obj, key: &str, path: &str) -> Result<Vec<Value>, Problem> {
    match take(m, key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) if items.len() > MAX_LIST_ITEMS => Err(problem(
            at(path, key),
            "read-list-too-long",
            &[("n", items.len().to_string()), ("max", MAX_LIST_ITEMS.to_string())],
        )),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(problem(at(path, key), "read-should-be-list", &[("found", describe(&other))])),
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

/// A user's text, shortened for a message; characters that would hide or reorder the message
/// around it (controls, bidi overrides) are shown as their code, such as `<U+202E>`.
pub(crate) fn clip(s: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        if invisible(c) {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// A whole message with the characters that could hide or reorder it shown as their codes.
#[must_use]
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| invisible(c) && c != '\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    let shown = text
        .chars()
        .map(|c| if invisible(c) && c != '\n' { format!("<U+{:04X}>", u32::from(c)) } else { c.to_string() })
        .collect();
    std::borrow::Cow::Owned(shown)
}

/// Characters that must not reach a message as they are.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

/// A place in the value/effort matrix: `"value"` and `"effort"`, both numbers from 0 to 1, or
/// neither.
pub(crate) fn opt_matrix(m: &mut Obj, path: &str) -> Result<Option<crate::model::Matrix>, Problem> {
    let (value, effort) = (take(m, "value").filter(|v| !v.is_null()), take(m, "effort").filter(|v| !v.is_null()));
    let number = |v: Option<Value>, key: &str| -> Result<f32, Problem> {
        let v = v.ok_or_else(|| problem(at(path, key), "read-matrix-both", &[]))?;
        match v.as_f64() {
            #[allow(clippy::cast_possible_truncation, reason = "checked to lie from 0 to 1")]
            Some(f) if (0.0..=1.0).contains(&f) => Ok(f as f32),
            _ => Err(problem(at(path, key), "read-matrix-range", &[("found", shown(&v))])),
        }
    };
    if value.is_none() && effort.is_none() {
        return Ok(None);
    }
    Ok(Some(crate::model::Matrix { value: number(value, "value")?, effort: number(effort, "effort")? }))
}
