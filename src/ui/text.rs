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

pub use crate::i18n::words::{file_error, model_error};
