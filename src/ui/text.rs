//! Interface text in one place, ready for translation.

use crate::layout::LineKind;
use crate::model::AnnotationKind;

#[must_use]
pub fn line_name(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Interaction => "Line of interaction",
        LineKind::Visibility => "Line of visibility",
        LineKind::InternalInteraction => "Line of internal interaction",
    }
}

#[must_use]
pub fn annotation_name(kind: AnnotationKind) -> &'static str {
    match kind {
        AnnotationKind::PainPoint => "Pain point",
        AnnotationKind::MomentOfTruth => "Moment of truth",
        AnnotationKind::Idea => "Idea",
        AnnotationKind::Question => "Question",
    }
}
