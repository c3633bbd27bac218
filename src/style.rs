//! Colours shared by the canvas and the exports, free of any UI toolkit.

use crate::model::{AnnotationKind, LaneKind, Perspective};

/// An sRGB colour with alpha (not premultiplied).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
    Rgba(r, g, b, 255)
}

/// The edge of a question no message answers, and of an overloaded column (canvas and exports).
pub const CHECK_WARN: Rgba = rgb(210, 40, 40);
/// The edge of a question answered only in a later column.
pub const CHECK_LATE: Rgba = rgb(230, 130, 0);

impl Rgba {
    /// `#rrggbb`, for SVG.
    #[must_use]
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The colours of one theme.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub background: Rgba,
    pub text: Rgba,
    pub text_muted: Rgba,
    pub header_fill: Rgba,
    pub header_text: Rgba,
    pub phase_fill: [Rgba; 2],
    pub card_border: Rgba,
    pub flow: Rgba,
    pub lines: [Rgba; 3],
    pub pain: Rgba,
    pub idea: Rgba,
    pub question: Rgba,
    pub message: Rgba,
    pub mot_customer: Rgba,
    pub mot_organisation: Rgba,
    pub mot_both: Rgba,
    pub selection: Rgba,
    lane_fill: [Rgba; 6],
    card_fill: [Rgba; 6],
}

impl Palette {
    /// The light theme (also the look of exports).
    #[must_use]
    pub fn light() -> Self {
        Self {
            background: rgb(250, 250, 248),
            text: rgb(28, 30, 36),
            text_muted: rgb(96, 100, 110),
            header_fill: rgb(236, 238, 242),
            header_text: rgb(28, 30, 36),
            phase_fill: [Rgba(0, 0, 0, 0), Rgba(40, 60, 110, 12)],
            card_border: rgb(120, 126, 140),
            flow: rgb(70, 78, 96),
            lines: [rgb(30, 110, 200), rgb(200, 80, 30), rgb(110, 70, 170)],
            pain: rgb(214, 40, 40),
            idea: rgb(230, 170, 0),
            question: rgb(30, 130, 200),
            message: rgb(0, 128, 110),
            mot_customer: rgb(0, 150, 120),
            mot_organisation: rgb(120, 80, 200),
            mot_both: rgb(200, 60, 150),
            selection: rgb(0, 110, 230),
            // evidence, customer, frontstage, backstage, support, custom
            lane_fill: [
                rgb(246, 243, 236),
                rgb(238, 246, 252),
                rgb(240, 248, 240),
                rgb(250, 244, 236),
                rgb(244, 242, 250),
                rgb(244, 244, 244),
            ],
            card_fill: [
                rgb(255, 251, 240),
                rgb(225, 240, 255),
                rgb(226, 246, 228),
                rgb(255, 236, 214),
                rgb(236, 230, 252),
                rgb(255, 255, 255),
            ],
        }
    }

    /// The dark theme.
    #[must_use]
    pub fn dark() -> Self {
        Self {
            background: rgb(24, 26, 30),
            text: rgb(232, 234, 238),
            text_muted: rgb(160, 166, 176),
            header_fill: rgb(40, 44, 52),
            header_text: rgb(232, 234, 238),
            phase_fill: [Rgba(0, 0, 0, 0), Rgba(255, 255, 255, 10)],
            card_border: rgb(110, 116, 130),
            flow: rgb(170, 178, 196),
            lines: [rgb(90, 160, 255), rgb(255, 130, 80), rgb(180, 140, 255)],
            pain: rgb(255, 90, 90),
            idea: rgb(255, 200, 40),
            question: rgb(90, 180, 255),
            message: rgb(60, 200, 170),
            mot_customer: rgb(40, 200, 160),
            mot_organisation: rgb(170, 130, 255),
            mot_both: rgb(255, 110, 200),
            selection: rgb(80, 170, 255),
            lane_fill: [
                rgb(34, 33, 30),
                rgb(28, 34, 42),
                rgb(28, 38, 30),
                rgb(40, 34, 28),
                rgb(34, 31, 42),
                rgb(32, 32, 32),
            ],
            card_fill: [
                rgb(60, 56, 44),
                rgb(36, 58, 84),
                rgb(38, 70, 44),
                rgb(84, 60, 36),
                rgb(60, 50, 90),
                rgb(56, 56, 56),
            ],
        }
    }

    /// High contrast for a washed-out projector: black on white, strong colours, no tints
    /// that fade away.
    #[must_use]
    pub fn high_contrast() -> Self {
        Self {
            background: rgb(255, 255, 255),
            text: rgb(0, 0, 0),
            text_muted: rgb(40, 40, 40),
            header_fill: rgb(255, 255, 255),
            header_text: rgb(0, 0, 0),
            phase_fill: [Rgba(0, 0, 0, 0), Rgba(0, 0, 0, 18)],
            card_border: rgb(0, 0, 0),
            flow: rgb(0, 0, 0),
            lines: [rgb(0, 70, 200), rgb(200, 40, 0), rgb(110, 0, 160)],
            pain: rgb(210, 0, 0),
            idea: rgb(190, 120, 0),
            question: rgb(0, 90, 200),
            message: rgb(0, 100, 80),
            mot_customer: rgb(0, 120, 70),
            mot_organisation: rgb(100, 0, 200),
            mot_both: rgb(190, 0, 120),
            selection: rgb(0, 90, 255),
            lane_fill: [rgb(255, 255, 255); 6],
            card_fill: [
                rgb(255, 246, 200),
                rgb(210, 232, 255),
                rgb(210, 245, 210),
                rgb(255, 225, 190),
                rgb(230, 220, 255),
                rgb(240, 240, 240),
            ],
        }
    }

    /// The colour of a LEAN value class: green adds value, amber is necessary, red is waste.
    #[must_use]
    pub fn value(&self, v: crate::model::ValueClass) -> Rgba {
        match v {
            crate::model::ValueClass::ValueAdding => self.mot_customer,
            crate::model::ValueClass::Necessary => self.idea,
            crate::model::ValueClass::Waste => self.pain,
        }
    }

    /// Background of a lane band.
    #[must_use]
    pub fn lane_fill(&self, kind: LaneKind) -> Rgba {
        self.lane_fill[kind_index(kind)]
    }

    /// Fill of a step card in a lane of this kind.
    #[must_use]
    pub fn card_fill(&self, kind: LaneKind) -> Rgba {
        self.card_fill[kind_index(kind)]
    }

    /// Colour of an annotation badge.
    #[must_use]
    pub fn annotation(&self, kind: AnnotationKind, perspective: Option<Perspective>) -> Rgba {
        match kind {
            AnnotationKind::PainPoint => self.pain,
            AnnotationKind::Idea => self.idea,
            AnnotationKind::Question => self.question,
            AnnotationKind::Message => self.message,
            AnnotationKind::MomentOfTruth => match perspective {
                Some(Perspective::Organisation) => self.mot_organisation,
                Some(Perspective::Both) => self.mot_both,
                _ => self.mot_customer,
            },
        }
    }
}

fn kind_index(kind: LaneKind) -> usize {
    LaneKind::ALL.iter().position(|&k| k == kind).unwrap_or(5)
}

/// The symbol drawn in a badge: the severity for a pain point, otherwise a letter-like sign.
#[must_use]
pub fn badge_symbol(kind: AnnotationKind, severity: Option<u8>) -> String {
    match kind {
        AnnotationKind::PainPoint => severity.map_or_else(|| "!".to_owned(), |s| s.to_string()),
        AnnotationKind::MomentOfTruth => "!".to_owned(),
        AnnotationKind::Idea => "i".to_owned(),
        AnnotationKind::Question => "?".to_owned(),
        AnnotationKind::Message => "m".to_owned(),
    }
}

impl Palette {
    /// A question's or message's chip in the interaction band: its own colour (the strip), and
    /// the colour and width of its edge, which shows what the checks found.
    #[must_use]
    pub fn chip(
        &self,
        kind: AnnotationKind,
        finding: Option<crate::analysis::interaction::Finding>,
    ) -> (Rgba, Rgba, f32) {
        use crate::analysis::interaction::Finding;
        let base = if kind == AnnotationKind::Question { self.question } else { self.message };
        match finding {
            Some(Finding::Unanswered) => (base, CHECK_WARN, 2.5),
            Some(Finding::AnsweredLate) => (base, CHECK_LATE, 2.5),
            Some(Finding::Unprompted) => (base, self.idea, 2.5),
            None => (base, base, 1.0),
        }
    }
}
