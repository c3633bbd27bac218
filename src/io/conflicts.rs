//! Reading the `conflicts` list that `sightline merge` records (see [`crate::model::Conflict`]).

use super::error::Problem;
use super::json::{extras, object, opt_str, req, take, uuid, word};
use crate::model::{Conflict, ConflictKind, PartKind, Side};
use serde_json::Value;

pub(crate) fn read_conflict(v: Value, path: &str) -> Result<Conflict, Problem> {
    let mut m = object(v, path, "read-what-conflict")?;
    let id = uuid(req(&mut m, "id", path)?, path, "id")?;
    let kind = word(
        req(&mut m, "kind", path)?,
        path,
        "kind",
        "read-word-conflict-kind",
        ConflictKind::ALL,
        ConflictKind::as_str,
    )?;
    let part = word(req(&mut m, "part", path)?, path, "part", "read-word-part", PartKind::ALL, PartKind::as_str)?;
    let part_id = take(&mut m, "part_id").map(|v| uuid(v, path, "part_id")).transpose()?;
    let field = opt_str(&mut m, "field", path)?;
    let kept =
        take(&mut m, "kept").map(|v| word(v, path, "kept", "read-word-side", Side::ALL, Side::as_str)).transpose()?;
    // The three values are whatever the files held: any JSON (`null` too, kept as written).
    let value = |m: &mut super::json::Obj, key: &str| m.remove(key);
    let (base, ours, theirs) = (value(&mut m, "base"), value(&mut m, "ours"), value(&mut m, "theirs"));
    Ok(Conflict { id, kind, part, part_id, field, base, ours, theirs, kept, extra: extras(m) })
}
