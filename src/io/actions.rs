//! Reading the `actions` list (see [`crate::model::Action`]).

use super::error::Problem;
use super::json::{extras, object, opt_matrix, opt_str, opt_uuid_list, req_str, take, uuid, word};
use crate::model::{Action, ActionStatus, ActorId, is_date};
use serde_json::Value;

pub(crate) fn read_action(v: Value, path: &str) -> Result<Action, Problem> {
    let mut m = object(v, path, "read-what-action")?;
    let id = uuid(super::json::req(&mut m, "id", path)?, path, "id")?;
    let title = req_str(&mut m, "title", path)?;
    let owner =
        take(&mut m, "owner").filter(|v| !v.is_null()).map(|v| uuid(v, path, "owner")).transpose()?.map(ActorId);
    let owner_name = opt_str(&mut m, "owner_name", path)?;
    let due = opt_str(&mut m, "due", path)?;
    if let Some(d) = due.as_deref().filter(|d| !is_date(d)) {
        return Err(super::json::problem(super::json::at(path, "due"), "read-date", &[("found", d.to_owned())]));
    }
    let status = take(&mut m, "status")
        .filter(|v| !v.is_null())
        .map(|v| word(v, path, "status", "read-word-action-status", ActionStatus::ALL, ActionStatus::as_str))
        .transpose()?
        .unwrap_or_default();
    let links = opt_uuid_list(&mut m, "links", path)?;
    let matrix = opt_matrix(&mut m, path)?;
    Ok(Action { id, title, owner, owner_name, due, status, links, matrix, extra: extras(m) })
}
