//! Why something could not be done, in the interface language and in the user's words: files by
//! name, lanes and steps by name, columns counted from 1 as on screen, never an id. Shared by the
//! window and the command line.

use super::{tr, tr_args};
use crate::io::FileError;
use crate::model::{Blueprint, ModelError};
use std::path::Path;

/// Why a change was refused.
#[must_use]
pub fn model_error(bp: &Blueprint, e: &ModelError) -> String {
    use ModelError as E;
    let column = |c: u32| u64::from(c) + 1;
    match e {
        E::CellTaken { lane, column: c, title } => tr_args(
            "err-cell-taken",
            &[
                ("title", title.clone().into()),
                ("lane", bp.lane(*lane).map(|l| l.name.clone()).unwrap_or_default().into()),
                ("column", column(*c).into()),
            ],
        ),
        E::LaneNotEmpty(n) => tr_args("err-lane-not-empty", &[("n", (*n).into())]),
        E::ColumnNotEmpty(c) => tr_args("err-column-not-empty", &[("column", column(*c).into())]),
        E::PhaseStartTaken(c) => tr_args("err-phase-start-taken", &[("column", column(*c).into())]),
        E::ColumnTooLarge(_) => tr_args("err-column-too-large", &[("max", column(crate::model::MAX_COLUMN).into())]),
        E::SelfLoop(_) => tr("err-self-loop"),
        E::InboxTextTooLong => tr_args("err-inbox-text", &[("max", crate::model::MAX_INBOX_TEXT.into())]),
        E::SeverityOutOfRange(_) | E::SeverityNotAllowed => tr("err-severity"),
        E::PerspectiveNotAllowed => tr("err-perspective"),
        E::AnswersNotAllowed => tr("err-answers"),
        E::DuplicateActor(_) => tr("err-duplicate-actor"),
        E::InvalidMeasure(_) | E::InvalidPosition => tr("err-invalid-number"),
        E::InvalidDate => tr("err-date"),
        E::MatrixNotAllowed => tr("err-matrix"),
        E::IdentityChanged | E::IndexOutOfRange(_) | E::DuplicateId(_) => tr("err-internal"),
        E::UnknownLane(_)
        | E::UnknownPhase(_)
        | E::UnknownStep(_)
        | E::UnknownFlow(_)
        | E::UnknownAnnotation(_)
        | E::UnknownActor(_)
        | E::UnknownInboxEntry(_)
        | E::UnknownAction(_)
        | E::UnknownRound(_)
        | E::UnknownTarget(_) => tr("err-gone"),
    }
}

/// What went wrong with a file, in words: no temporary file names, no error numbers.
#[must_use]
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission",
        K::StorageFull | K::QuotaExceeded => "io-full",
        K::ReadOnlyFilesystem => "io-read-only-disk",
        K::IsADirectory => "io-folder",
        K::FileTooLarge => "io-too-large",
        K::InvalidData => "io-invalid-data",
        _ => {
            // The system's own words, without the temporary file's path that tempfile adds.
            let raw = e.to_string();
            let raw = raw.split(" at path ").next().unwrap_or(&raw);
            return tr_args("io-other", &[("system", raw.split(" (os error").next().unwrap_or(raw).to_owned().into())]);
        }
    };
    tr(id)
}

/// A file that could not be read or saved: the file's name, what happened, and whether anything
/// changed. (The problems inside a file that does not load keep their place.)
#[must_use]
pub fn file_error(e: &FileError) -> String {
    use FileError as F;
    let name = |p: &Path| p.display().to_string();
    match e {
        F::Read { path, source } => {
            tr_args("file-read", &[("path", name(path).into()), ("reason", io_reason(source).into())])
        }
        F::Write { path, source, existed } => tr_args(
            if *existed { "file-write-kept" } else { "file-write" },
            &[("path", name(path).into()), ("reason", io_reason(source).into())],
        ),
        F::NotAFile { path, what } => {
            tr_args("file-not-a-file", &[("path", name(path).into()), ("what", tr(what.message_id()).into())])
        }
        F::NoFolder { path, folder } => {
            tr_args("file-no-folder", &[("path", name(path).into()), ("folder", name(folder).into())])
        }
        F::ReadOnly { path } => tr_args("file-read-only", &[("path", name(path).into())]),
        F::SameAsInput { path, input } => {
            tr_args("file-same-as-input", &[("path", name(path).into()), ("input", name(input).into())])
        }
        F::Invalid { path, error } => {
            tr_args("file-invalid", &[("path", name(path).into()), ("problems", error.to_string().into())])
        }
        F::WouldNotLoad { path, error } => {
            tr_args("file-would-not-load", &[("path", name(path).into()), ("problems", error.to_string().into())])
        }
    }
}
