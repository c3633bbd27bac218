//! Reading the `inbox` list of what participants sent (see [`crate::model::InboxEntry`]).

use super::error::Problem;
use super::json::{extras, object, opt_str, opt_u32, req, req_str, take, uuid, word};
use crate::model::{InboxEntry, InboxKind, InboxStatus, LaneId, PhaseId};
use serde_json::Value;

pub(crate) fn read_inbox_entry(v: Value, path: &str) -> Result<InboxEntry, Problem> {
    let mut m = object(v, path, "read-what-inbox")?;
    let id = uuid(req(&mut m, "id", path)?, path, "id")?;
    let kind =
        word(req(&mut m, "kind", path)?, path, "kind", "read-word-inbox-kind", InboxKind::ALL, InboxKind::as_str)?;
    let text = req_str(&mut m, "text", path)?;
    let opt_id = |m: &mut super::json::Obj, key: &str| take(m, key).map(|v| uuid(v, path, key)).transpose();
    let lane = opt_id(&mut m, "lane")?.map(LaneId);
    let phase = opt_id(&mut m, "phase")?.map(PhaseId);
    let on = opt_id(&mut m, "on")?;
    let made = opt_id(&mut m, "made")?;
    let severity = opt_u32(&mut m, "severity", path, 1, 3)?.and_then(|s| u8::try_from(s).ok());
    let author = opt_str(&mut m, "author", path)?;
    let received = opt_str(&mut m, "received", path)?.unwrap_or_default();
    let status = take(&mut m, "status")
        .map(|v| word(v, path, "status", "read-word-inbox-status", InboxStatus::ALL, InboxStatus::as_str))
        .transpose()?
        .unwrap_or(InboxStatus::Waiting);
    Ok(InboxEntry { id, kind, text, lane, phase, on, severity, author, received, status, made, extra: extras(m) })
}
