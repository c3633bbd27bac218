//! Long runs of empty columns, folded out of the drawings. Columns go up to 99,999, and a
//! blueprint with a few steps far apart would otherwise be kilometres wide: every export draws a
//! run of at least [`MIN_RUN`] columns without a step or the start of a phase as one narrow gap,
//! marked as a break with the number of columns left out. The layout itself (and so the canvas)
//! is not changed: the drawing maps each x of the layout through a [`Fold`].

use crate::layout::Layout;
use std::ops::Range;

/// A run of at least this many empty columns is folded into one gap.
pub const MIN_RUN: u32 = 4;
/// The width of a folded gap in the drawing, in canvas units (under half a column).
pub const GAP_WIDTH: f32 = 80.0;
/// Near each edge of a gap this much keeps its size: a flow that turns just past the edge of a
/// column (flows spread a few units around it) keeps its shape. The rest of the run is squeezed.
const EDGE: f32 = 16.0;

/// A run of empty columns drawn as a gap.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub columns: Range<u32>,
    /// Where the gap starts in the folded drawing.
    pub x: f32,
}

/// How the x of the layout maps to the drawing, for a range of columns.
#[derive(Clone, Debug)]
pub struct Fold {
    column_width: f32,
    /// Sorted by column.
    gaps: Vec<Gap>,
    /// The width left out before each gap; one more entry than there are gaps.
    removed: Vec<f32>,
}

impl Fold {
    /// The fold of the columns `cols`: the cost follows the steps and phases in that range, not
    /// the number of columns.
    #[must_use]
    pub fn new(layout: &Layout, cols: &Range<u32>) -> Self {
        let w = layout.metrics.column_width;
        // Cards are sorted by column, phases by start.
        let cards = &layout.cards;
        let (a, b) = (cards.partition_point(|c| c.column < cols.start), cards.partition_point(|c| c.column < cols.end));
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a phase starts at a column")]
        let start_of = |p: &crate::layout::PhaseBox| (p.span.min.x / w).round().max(0.0) as u32;
        let phases = &layout.phases;
        let (p, q) = (
            phases.partition_point(|ph| start_of(ph) < cols.start),
            phases.partition_point(|ph| start_of(ph) < cols.end),
        );
        let mut used: Vec<u32> = cards[a..b.max(a)].iter().map(|c| c.column).collect();
        used.extend(phases[p..q.max(p)].iter().map(start_of));
        used.sort_unstable();
        used.dedup();
        let mut fold = Self { column_width: w, gaps: Vec::new(), removed: vec![0.0] };
        let mut next = cols.start;
        for c in used.into_iter().chain(std::iter::once(cols.end)) {
            if c >= next + MIN_RUN {
                fold.push(next..c);
            }
            next = next.max(c + 1);
        }
        fold
    }

    fn push(&mut self, columns: Range<u32>) {
        let removed = self.removed.last().copied().unwrap_or(0.0);
        let len = (columns.end - columns.start) as f32 * self.column_width;
        let x = columns.start as f32 * self.column_width - removed;
        self.gaps.push(Gap { columns, x });
        self.removed.push(removed + len - GAP_WIDTH);
    }

    /// The gaps, left to right.
    #[must_use]
    pub fn gaps(&self) -> &[Gap] {
        &self.gaps
    }

    /// The gap that starts at `column`.
    #[must_use]
    pub fn gap_at(&self, column: u32) -> Option<&Gap> {
        let i = self.gaps.partition_point(|g| g.columns.start < column);
        self.gaps.get(i).filter(|g| g.columns.start == column)
    }

    /// Where the x of the layout lies in the folded drawing. Outside gaps everything moves left
    /// by the width left out before it; within a gap the edges keep their size and the middle of
    /// the run is squeezed.
    #[must_use]
    pub fn x(&self, x: f32) -> f32 {
        let w = self.column_width;
        let i = self.gaps.partition_point(|g| g.columns.end as f32 * w <= x);
        let out = x - self.removed[i];
        let Some(g) = self.gaps.get(i) else { return out };
        let x0 = g.columns.start as f32 * w;
        if x <= x0 {
            return out;
        }
        let local = x - x0;
        let len = (g.columns.end - g.columns.start) as f32 * w;
        let folded = if local <= EDGE {
            local
        } else if local >= len - EDGE {
            GAP_WIDTH - (len - local)
        } else {
            EDGE + (local - EDGE) / (len - 2.0 * EDGE) * (GAP_WIDTH - 2.0 * EDGE)
        };
        out - local + folded
    }

    /// The folded width of the columns `a..b`.
    #[must_use]
    pub fn width(&self, a: u32, b: u32) -> f32 {
        let w = self.column_width;
        self.x(b as f32 * w) - self.x(a as f32 * w)
    }
}

/// A count with thousands separators: 49,998.
#[must_use]
pub fn grouped(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}
