//! Names of the blueprint's parts in the interface language.

use crate::i18n::tr;
use crate::layout::LineKind;
use crate::model::{AnnotationKind, Perspective};

#[must_use]
pub fn line_name(kind: LineKind) -> String {
    tr(match kind {
        LineKind::Interaction => "line-interaction",
        LineKind::Visibility => "line-visibility",
        LineKind::InternalInteraction => "line-internal",
    })
}

#[must_use]
pub fn annotation_name(kind: AnnotationKind) -> String {
    tr(match kind {
        AnnotationKind::PainPoint => "kind-pain-point",
        AnnotationKind::MomentOfTruth => "kind-moment-of-truth",
        AnnotationKind::Idea => "kind-idea",
        AnnotationKind::Question => "kind-question",
        AnnotationKind::Message => "kind-message",
    })
}

#[must_use]
pub fn perspective_name(p: Perspective) -> String {
    tr(match p {
        Perspective::Customer => "perspective-customer",
        Perspective::Organisation => "perspective-organisation",
        Perspective::Both => "perspective-both",
    })
}

/// The name of a lane kind in the interface language.
#[must_use]
pub fn lane_kind_name(kind: crate::model::LaneKind) -> String {
    tr(&format!("lane-kind-{}", kind.as_str()))
}

/// Why a change was refused, in the interface language and in the user's words: lanes and
/// steps by name, columns counted from 1 as on screen, never an id.
#[must_use]
pub fn model_error(bp: &crate::model::Blueprint, e: &crate::model::ModelError) -> String {
    use crate::i18n::tr_args;
    use crate::model::ModelError as E;
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
        E::SeverityOutOfRange(_) | E::SeverityNotAllowed => tr("err-severity"),
        E::PerspectiveNotAllowed => tr("err-perspective"),
        E::AnswersNotAllowed => tr("err-answers"),
        E::DuplicateActor(_) => tr("err-duplicate-actor"),
        E::InvalidMeasure(_) | E::InvalidPosition => tr("err-invalid-number"),
        E::IdentityChanged | E::IndexOutOfRange(_) | E::DuplicateId(_) => tr("err-internal"),
        E::UnknownLane(_)
        | E::UnknownPhase(_)
        | E::UnknownStep(_)
        | E::UnknownFlow(_)
        | E::UnknownAnnotation(_)
        | E::UnknownActor(_)
        | E::UnknownTarget(_) => tr("err-gone"),
    }
}

/// A file that could not be read or saved, in the interface language: the file's name, what
/// happened, and whether anything changed. (The problems inside a file that does not load keep
/// their place and wording from the reader.)
#[must_use]
pub fn file_error(e: &crate::io::FileError) -> String {
    use crate::i18n::tr_args;
    use crate::io::FileError as F;
    let name = |p: &std::path::Path| p.display().to_string();
    let reason = |source: &std::io::Error| {
        use std::io::ErrorKind as K;
        tr(match source.kind() {
            K::NotFound => "io-not-found",
            K::PermissionDenied => "io-permission",
            K::StorageFull | K::QuotaExceeded => "io-full",
            K::ReadOnlyFilesystem => "io-read-only-disk",
            _ => "io-other",
        })
    };
    match e {
        F::Read { path, source } => {
            tr_args("file-read", &[("path", name(path).into()), ("reason", reason(source).into())])
        }
        F::Write { path, source, existed } => tr_args(
            if *existed { "file-write-kept" } else { "file-write" },
            &[("path", name(path).into()), ("reason", reason(source).into())],
        ),
        F::NotAFile { path, .. } => tr_args("file-not-a-file", &[("path", name(path).into())]),
        F::NoFolder { path, folder } => {
            tr_args("file-no-folder", &[("path", name(path).into()), ("folder", name(folder).into())])
        }
        F::ReadOnly { path } => tr_args("file-read-only", &[("path", name(path).into())]),
        F::SameAsInput { path, .. } => tr_args("file-same-as-input", &[("path", name(path).into())]),
        F::Invalid { path, error } => {
            tr_args("file-invalid", &[("path", name(path).into()), ("problems", error.to_string().into())])
        }
        F::WouldNotLoad { path, error } => {
            tr_args("file-would-not-load", &[("path", name(path).into()), ("problems", error.to_string().into())])
        }
    }
}
