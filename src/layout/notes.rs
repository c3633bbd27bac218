//! The notes view: the texts of a step's notes (pain points, moments of truth, ideas, questions,
//! messages) as small sticky notes under its card, in a band the lane grows for them, so that
//! they cover no card.

use super::{Layout, Metrics, Rect, text};
use crate::model::{AnnotationId, AnnotationKind, Blueprint, StepId, Target};
use std::collections::HashMap;

/// The most notes shown under one card; the rest are counted on the last one.
pub const MAX_NOTES: usize = 3;

/// A note's place under its card.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteBox {
    pub annotation: AnnotationId,
    pub step: StepId,
    pub kind: AnnotationKind,
    pub rect: Rect,
    /// On the last note shown: how many more the step has.
    pub more: usize,
}

/// The height of one sticky note: three lines of small text.
#[must_use]
pub fn note_height(m: &Metrics) -> f32 {
    3.0 * m.small_size * text::LINE + 10.0
}

fn gap(m: &Metrics) -> f32 {
    m.small_size * 0.5
}

/// The notes of each step, in the order they were added.
fn notes_by_step(bp: &Blueprint) -> HashMap<StepId, Vec<(AnnotationId, AnnotationKind)>> {
    let mut by_step: HashMap<StepId, Vec<(AnnotationId, AnnotationKind)>> = HashMap::new();
    for a in bp.annotations() {
        if let Target::Step(s) = a.on {
            by_step.entry(s).or_default().push((a.id, a.kind));
        }
    }
    by_step
}

/// How much each lane grows for its notes (none when the view is off).
#[must_use]
pub(super) fn band_heights(bp: &Blueprint, m: &Metrics) -> Vec<f32> {
    let mut most = vec![0_usize; bp.lanes().len()];
    if m.notes {
        let lanes: HashMap<_, usize> = bp.lanes().iter().enumerate().map(|(i, l)| (l.id, i)).collect();
        for (step, notes) in notes_by_step(bp) {
            if let Some(&i) = bp.step(step).and_then(|s| lanes.get(&s.lane)) {
                most[i] = most[i].max(notes.len().min(MAX_NOTES));
            }
        }
    }
    most.into_iter().map(|n| if n == 0 { 0.0 } else { n as f32 * (note_height(m) + gap(m)) + gap(m) }).collect()
}

impl Layout {
    /// Places the notes under their cards, in the band below the cards of each lane.
    pub(super) fn place_notes(&mut self, bp: &Blueprint, heights: &[f32]) {
        let m = self.metrics;
        if !m.notes {
            return;
        }
        let (h, g) = (note_height(&m), gap(&m));
        for (step, notes) in notes_by_step(bp) {
            let Some(card) = self.card(step) else { continue };
            let (lane, x0, x1) = (card.lane, card.rect.min.x, card.rect.max.x);
            if heights.get(lane).copied().unwrap_or(0.0) <= 0.0 {
                continue;
            }
            // The band starts where the cards' bottom padding ends.
            let top = card.rect.max.y + m.lane_padding;
            let shown = notes.len().min(MAX_NOTES);
            for (i, (annotation, kind)) in notes.iter().take(shown).enumerate() {
                let y = top + i as f32 * (h + g);
                let more = if i + 1 == shown { notes.len() - shown } else { 0 };
                self.notes.push(NoteBox {
                    annotation: *annotation,
                    step,
                    kind: *kind,
                    rect: Rect::new(x0, y, x1, y + h),
                    more,
                });
            }
        }
        self.notes.sort_by(|a, b| a.rect.min.x.total_cmp(&b.rect.min.x).then(a.rect.min.y.total_cmp(&b.rect.min.y)));
    }

    /// The note under a point, in the notes view.
    #[must_use]
    pub fn note_at(&self, p: super::Pos) -> Option<&NoteBox> {
        let first = self.notes.partition_point(|n| n.rect.max.x < p.x - self.metrics.column_width);
        self.notes[first..].iter().take_while(|n| n.rect.min.x <= p.x).find(|n| n.rect.contains(p))
    }
}
