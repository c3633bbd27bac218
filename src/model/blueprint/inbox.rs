//! The inbox of what participants sent (see [`InboxEntry`]).

use super::Blueprint;
use crate::model::error::ModelError;
use crate::model::inbox::{InboxEntry, MAX_INBOX_TEXT};
use crate::model::types::SEVERITY_RANGE;
use uuid::Uuid;

impl Blueprint {
    /// What participants sent, in the order it arrived.
    #[must_use]
    pub fn inbox(&self) -> &[InboxEntry] {
        &self.inbox
    }

    #[must_use]
    pub fn inbox_entry(&self, id: Uuid) -> Option<&InboxEntry> {
        self.inbox.iter().find(|e| e.id == id)
    }

    /// Inserts an entry at `index` (use `inbox().len()` to append). Its id is claimed like every
    /// other id of the document.
    pub fn insert_inbox_entry(&mut self, index: usize, entry: InboxEntry) -> Result<(), ModelError> {
        if index > self.inbox.len() {
            return Err(ModelError::IndexOutOfRange(index));
        }
        check_entry(&entry)?;
        self.claim(entry.id)?;
        self.inbox.insert(index, entry);
        Ok(())
    }

    /// Removes an entry; returns where it was and what it was.
    pub fn remove_inbox_entry(&mut self, id: Uuid) -> Result<(usize, InboxEntry), ModelError> {
        let index = self.inbox.iter().position(|e| e.id == id).ok_or(ModelError::UnknownInboxEntry(id))?;
        self.used_ids.remove(&id);
        Ok((index, self.inbox.remove(index)))
    }

    /// Replaces an entry (same id); returns the old one.
    pub fn update_inbox_entry(&mut self, entry: InboxEntry) -> Result<InboxEntry, ModelError> {
        check_entry(&entry)?;
        let slot = self.inbox.iter_mut().find(|e| e.id == entry.id).ok_or(ModelError::UnknownInboxEntry(entry.id))?;
        Ok(std::mem::replace(slot, entry))
    }
}

/// The rules an entry keeps, whatever sent it.
pub(super) fn check_entry(entry: &InboxEntry) -> Result<(), ModelError> {
    if entry.text.chars().count() > MAX_INBOX_TEXT {
        return Err(ModelError::InboxTextTooLong);
    }
    match entry.severity {
        Some(s) if !SEVERITY_RANGE.contains(&s) => Err(ModelError::SeverityOutOfRange(s)),
        _ => Ok(()),
    }
}
