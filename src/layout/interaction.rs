//! The interaction band: at the bottom of the (first) customer lane, just above the line of
//! interaction, each column shows the customer's questions (left) and the organisation's
//! messages (right), with a line from each message to the questions it answers.

use super::{Layout, Pos, Rect, pos};
use crate::model::{AnnotationId, AnnotationKind, Blueprint, LaneKind};
use std::collections::HashMap;

/// Height of one chip and the gap below it, in canvas units.
pub const CHIP: f32 = 34.0;
pub const GAP: f32 = 4.0;
/// The height of the band: three rows of chips a column.
pub const BAND_HEIGHT: f32 = 3.0 * (CHIP + GAP) + 2.0 * GAP;

/// A question or a message in the band.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    pub annotation: AnnotationId,
    pub kind: AnnotationKind,
    pub column: u32,
    pub rect: Rect,
}

/// The band, its chips and the lines from messages to the questions they answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InteractionBand {
    /// The band across the grid (x from 0).
    pub rect: Rect,
    /// The band's part in the lane header, for its caption.
    pub header: Rect,
    pub chips: Vec<Chip>,
    /// (message, question, from, to): from the message chip's left to the question chip's right.
    pub links: Vec<(AnnotationId, AnnotationId, Pos, Pos)>,
    /// Per column: questions and messages that did not fit.
    pub hidden: HashMap<u32, (usize, usize)>,
}

impl InteractionBand {
    /// The chip under a point.
    #[must_use]
    pub fn chip_at(&self, p: Pos) -> Option<&Chip> {
        if !self.rect.contains(p) {
            return None;
        }
        self.chips.iter().find(|c| c.rect.contains(p))
    }
}

/// The lane that carries the band: the first customer lane.
#[must_use]
pub fn band_lane(bp: &Blueprint) -> Option<usize> {
    bp.lanes().iter().position(|l| l.kind == LaneKind::Customer)
}

impl Layout {
    /// Places the chips in the band at the bottom of lane `lane`, `height` high.
    pub(super) fn place_interaction(&mut self, bp: &Blueprint, lane: usize, height: f32) {
        let m = self.metrics;
        let bottom = self.lane_top(lane + 1);
        let top = bottom - height;
        let rect = Rect::new(0.0, top, self.grid().max.x, bottom - 2.0);
        let header = Rect::new(-m.lane_header_width, top, 0.0, bottom - 2.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a few rows")]
        let rows = (((height - 2.0 * GAP) / (CHIP + GAP)).floor().max(1.0)) as usize;
        let mut band = InteractionBand { rect, header, ..InteractionBand::default() };
        let mut used: HashMap<(u32, bool), usize> = HashMap::new();
        let mut at: HashMap<AnnotationId, Rect> = HashMap::new();
        for a in bp.annotations() {
            let question = match a.kind {
                AnnotationKind::Question => true,
                AnnotationKind::Message => false,
                _ => continue,
            };
            let Some(column) = crate::analysis::interaction::column_of(bp, a) else { continue };
            let row = used.entry((column, question)).or_insert(0);
            if *row >= rows {
                let h = band.hidden.entry(column).or_insert((0, 0));
                if question {
                    h.0 += 1;
                } else {
                    h.1 += 1;
                }
                continue;
            }
            let x0 = column as f32 * m.column_width;
            let half = m.column_width / 2.0;
            let (left, right) =
                if question { (x0 + 6.0, x0 + half - 3.0) } else { (x0 + half + 3.0, x0 + m.column_width - 6.0) };
            let y = top + GAP + *row as f32 * (CHIP + GAP);
            *row += 1;
            let r = Rect::new(left, y, right, y + CHIP);
            at.insert(a.id, r);
            band.chips.push(Chip { annotation: a.id, kind: a.kind, column, rect: r });
        }
        for a in bp.annotations().iter().filter(|a| a.kind == AnnotationKind::Message) {
            let Some(from) = at.get(&a.id) else { continue };
            for q in crate::analysis::interaction::answered_by(bp, a) {
                if let Some(to) = at.get(&q.id) {
                    band.links.push((a.id, q.id, pos(from.min.x, from.center().y), pos(to.max.x, to.center().y)));
                }
            }
        }
        self.interaction = Some(band);
    }
}
