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

/// A text in a column of its own width: a long one ends in "…" and shows whole on hover (the
/// lists of the history, import and mapping dialogs).
pub fn column_label(ui: &mut egui::Ui, text: &str, width: f32) {
    let h = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(egui::vec2(width, h), egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_width(width);
        ui.add(egui::Label::new(text).truncate()).on_hover_text(text);
    });
}

/// A text on one line (runs of white space as one space), cut to `max` characters with "…".
#[must_use]
pub fn one_line_cut(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > max {
        format!("{}…", line.chars().take(max.saturating_sub(1)).collect::<String>())
    } else {
        line
    }
}
