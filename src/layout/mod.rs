//! Pure layout: where lanes, phases, lines, step cards, flow paths and badges go, in canvas
//! units. The canvas paints this and every export renders the same layout, so they cannot drift.
//!
//! Canvas space: x = 0 is the left edge of column 0 and y = 0 the top of the first lane; lane
//! headers lie left of x = 0 and phase headers above y = 0.

mod card;
mod geom;
mod interaction;
mod notes;
mod route;
mod spans;

pub mod text;

pub use card::{
    CardParts, MAX_AVATARS, Mark, card_parts, kano_mark, minutes_label, minutes_label_in, short_minutes,
    short_minutes_in, waste_letter,
};
pub use geom::{Pos, Rect, pos};
pub use interaction::{BAND_HEIGHT, CHIP, Chip, GAP, InteractionBand, band_lane};
pub use notes::{MAX_NOTES, NoteBox, note_height};

use crate::model::{
    AnnotationId, AnnotationKind, Blueprint, FlowId, LaneId, LaneKind, Perspective, PhaseId, StepId, Target,
};
use std::collections::HashMap;

/// Sizes of the grid, in canvas units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub column_width: f32,
    pub lane_height: f32,
    /// Empty space above and below the cards in a lane (half of it is the flows' gutter).
    pub lane_padding: f32,
    /// Empty space left and right of a card within its column.
    pub card_margin: f32,
    pub lane_header_width: f32,
    pub phase_header_height: f32,
    /// Font size of a card title.
    pub title_size: f32,
    /// Font size of small text (channel, labels).
    pub small_size: f32,
    pub badge_radius: f32,
    /// At most this many badges on one card; the rest are counted.
    pub max_badges: usize,
    /// Height of the emotion band at the top of each customer lane (0: no band).
    pub emotion_band: f32,
    /// Height of the interaction band at the bottom of the first customer lane (0: no band).
    pub interaction_band: f32,
    /// The notes view: each step's notes as sticky notes under its card.
    pub notes: bool,
    /// How far a title may shrink to fit its card, as a share of `title_size` (then it is cut
    /// with "…"); 1 on a projector, where text keeps its size.
    pub title_shrink: f32,
    /// A card's bottom row (channel, minutes, actors); left out on a projector, where the title
    /// needs the room at its size.
    pub card_details: bool,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            column_width: 210.0,
            lane_height: 150.0,
            lane_padding: 26.0,
            card_margin: 18.0,
            lane_header_width: 170.0,
            phase_header_height: 44.0,
            title_size: 16.0,
            small_size: 12.0,
            badge_radius: 10.0,
            max_badges: 5,
            emotion_band: 0.0,
            interaction_band: 0.0,
            notes: false,
            title_shrink: 0.75,
            card_details: true,
        }
    }
}

/// The three lines of a blueprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// Between customer actions and frontstage.
    Interaction,
    /// Between frontstage and backstage.
    Visibility,
    /// Between backstage and support processes.
    InternalInteraction,
}

/// A lane band, header included.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBox {
    pub id: LaneId,
    pub kind: LaneKind,
    /// From the left edge of the header to the right edge of the grid.
    pub rect: Rect,
}

/// A phase: its header above the grid and the columns it spans.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseBox {
    pub id: PhaseId,
    /// The phase's place in `Blueprint::phases`.
    pub index: usize,
    pub header: Rect,
    pub span: Rect,
}

/// One of the three lines, drawn across the grid at `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct LineBox {
    pub kind: LineKind,
    pub y: f32,
    pub x0: f32,
    pub x1: f32,
}

/// A step's card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardBox {
    pub step: StepId,
    pub lane: usize,
    pub column: u32,
    pub rect: Rect,
    /// Annotations on the step beyond the badges shown.
    pub hidden_badges: usize,
}

/// A flow's path: an orthogonal polyline from the source card's side to the target's.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowBox {
    pub flow: FlowId,
    pub from: StepId,
    pub to: StepId,
    pub points: Vec<Pos>,
    pub bounds: Rect,
    pub two_way: bool,
    /// Where the label (and badges) of the flow go.
    pub anchor: Pos,
}

/// An annotation's badge.
#[derive(Clone, Debug, PartialEq)]
pub struct BadgeBox {
    pub annotation: AnnotationId,
    pub kind: AnnotationKind,
    pub severity: Option<u8>,
    pub perspective: Option<Perspective>,
    pub votes: u32,
    pub center: Pos,
}

/// Everything the canvas and the exports draw, in canvas units.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub metrics: Metrics,
    /// Columns in the grid (at least one).
    pub columns: u32,
    pub lanes: Vec<LaneBox>,
    pub phases: Vec<PhaseBox>,
    pub lines: Vec<LineBox>,
    /// Sorted by column, then lane.
    pub cards: Vec<CardBox>,
    pub flows: Vec<FlowBox>,
    pub badges: Vec<BadgeBox>,
    /// The emotion band of each customer lane (empty when the band is off).
    pub emotion_bands: Vec<Rect>,
    /// A point of the emotion curve for each customer step with an emotion, left to right.
    pub emotion_points: Vec<(StepId, i8, Pos)>,
    /// Questions and messages per column (when the interaction view is on).
    pub interaction: Option<InteractionBand>,
    /// The notes under their cards (when the notes view is on), sorted by x.
    pub notes: Vec<NoteBox>,
    lane_tops: Vec<f32>,
    /// Extra height at the bottom of each lane (the interaction band).
    lane_bottom: Vec<f32>,
    /// Extra height at the top of each lane (the emotion band of customer lanes).
    lane_band: Vec<f32>,
    /// The flows by the columns their paths come near: finding the flows in view costs what is
    /// in view, not the size of the blueprint.
    flows_by_column: spans::Spans,
    card_of_step: HashMap<StepId, usize>,
    card_of_cell: HashMap<(usize, u32), usize>,
}

/// The line below the last lane of each kind, when another lane follows it.
#[must_use]
pub fn lines_of(kinds: &[LaneKind]) -> Vec<(LineKind, usize)> {
    [
        (LaneKind::Customer, LineKind::Interaction),
        (LaneKind::Frontstage, LineKind::Visibility),
        (LaneKind::Backstage, LineKind::InternalInteraction),
    ]
    .into_iter()
    .filter_map(|(above, line)| {
        let last = kinds.iter().rposition(|&k| k == above)?;
        (last + 1 < kinds.len()).then_some((line, last + 1))
    })
    .collect()
}

impl Layout {
    /// Lays out a whole blueprint.
    #[must_use]
    pub fn compute(bp: &Blueprint, metrics: Metrics) -> Self {
        let m = metrics;
        let columns = bp.column_count().max(1);
        let grid_right = columns as f32 * m.column_width;
        let lane_band: Vec<f32> =
            bp.lanes().iter().map(|l| if l.kind == LaneKind::Customer { m.emotion_band } else { 0.0 }).collect();
        let band_lane = if m.interaction_band > 0.0 { band_lane(bp) } else { None };
        let note_bands = notes::band_heights(bp, &m);
        let lane_bottom: Vec<f32> = (0..bp.lanes().len())
            .map(|i| if Some(i) == band_lane { m.interaction_band } else { 0.0 } + note_bands[i])
            .collect();
        let mut lane_tops: Vec<f32> = vec![0.0];
        for (band, below) in lane_band.iter().zip(&lane_bottom) {
            let top = lane_tops.last().copied().unwrap_or(0.0);
            lane_tops.push(top + m.lane_height + band + below);
        }
        let lane_pos: HashMap<LaneId, usize> = bp.lanes().iter().enumerate().map(|(i, l)| (l.id, i)).collect();

        let lanes = bp
            .lanes()
            .iter()
            .enumerate()
            .map(|(i, l)| LaneBox {
                id: l.id,
                kind: l.kind,
                rect: Rect::new(-m.lane_header_width, lane_tops[i], grid_right, lane_tops[i + 1]),
            })
            .collect();
        let bottom = lane_tops.last().copied().unwrap_or(0.0);
        let phases = (0..bp.phases().len())
            .map(|i| {
                let span = bp.phase_span(i, columns);
                let (x0, x1) = (span.start as f32 * m.column_width, span.end as f32 * m.column_width);
                PhaseBox {
                    id: bp.phases()[i].id,
                    index: i,
                    header: Rect::new(x0, -m.phase_header_height, x1, 0.0),
                    span: Rect::new(x0, 0.0, x1, bottom),
                }
            })
            .collect();
        let kinds: Vec<LaneKind> = bp.lanes().iter().map(|l| l.kind).collect();
        let lines = lines_of(&kinds)
            .into_iter()
            .map(|(kind, below)| LineBox { kind, y: lane_tops[below], x0: -m.lane_header_width, x1: grid_right })
            .collect();

        let mut layout = Layout {
            metrics: m,
            columns,
            lanes,
            phases,
            lines,
            lane_tops,
            lane_band,
            lane_bottom,
            ..Layout::default()
        };
        for step in bp.steps_in_order() {
            let lane = lane_pos.get(&step.lane).copied().unwrap_or(0);
            let index = layout.cards.len();
            layout.card_of_step.insert(step.id, index);
            layout.card_of_cell.insert((lane, step.column), index);
            layout.cards.push(CardBox {
                step: step.id,
                lane,
                column: step.column,
                rect: layout.card_rect(lane, step.column),
                hidden_badges: 0,
            });
        }
        layout.route_flows(bp);
        layout.place_badges(bp);
        layout.place_notes(bp, &note_bands);
        layout.place_emotions(bp);
        if let Some(lane) = band_lane {
            layout.place_interaction(bp, lane, m.interaction_band);
        }
        layout.index();
        layout
    }

    fn route_flows(&mut self, bp: &Blueprint) {
        let m = self.metrics;
        for flow in bp.flows_in_order() {
            let (Some(a), Some(b)) = (self.card(flow.from), self.card(flow.to)) else { continue };
            let end = |c: &CardBox| route::End { lane: c.lane, column: c.column, rect: c.rect };
            let (a, b) = (end(a), end(b));
            // Whether a card sits in the column strictly between the two lanes: the first card at or
            // after the upper lane's next in that column (the cards are sorted by column and lane).
            let (below, above) = (a.lane.min(b.lane) + 1, a.lane.max(b.lane));
            let next = self.cards.partition_point(|c| (c.column, c.lane) < (a.column, below));
            let busy =
                a.column == b.column && self.cards.get(next).is_some_and(|c| c.column == a.column && c.lane < above);
            // Spread parallel flows over the gutter, by a stable property of the flow.
            let spread = (f32::from(flow.id.0.as_bytes()[15] % 5) - 2.0) * 4.0;
            let tops = &self.lane_tops;
            let lane_top = |i: usize| tops.get(i).copied().unwrap_or_else(|| tops.last().copied().unwrap_or(0.0));
            let points = route::route(&m, &a, &b, lane_top, busy, spread);
            let bounds = Rect::around(&points).expand(6.0);
            let anchor = route::label_anchor(&points);
            self.flows.push(FlowBox {
                flow: flow.id,
                from: flow.from,
                to: flow.to,
                points,
                bounds,
                two_way: flow.two_way,
                anchor,
            });
        }
    }

    fn place_badges(&mut self, bp: &Blueprint) {
        let m = self.metrics;
        let step_r = m.badge_radius;
        // A step's badges go to the places its card has for them (see `card_parts`).
        let mut notes: HashMap<StepId, usize> = HashMap::new();
        for a in bp.annotations() {
            if let Target::Step(s) = a.on {
                *notes.entry(s).or_insert(0) += 1;
            }
        }
        let mut places: HashMap<StepId, (Vec<Pos>, usize)> = HashMap::new();
        let mut per_flow: HashMap<FlowId, usize> = HashMap::new();
        let flow_anchor: HashMap<FlowId, Pos> = self.flows.iter().map(|f| (f.flow, f.anchor)).collect();
        for a in bp.annotations() {
            let center = match a.on {
                Target::Step(s) => {
                    let Some(&ci) = self.card_of_step.get(&s) else { continue };
                    let (slots, used) = places.entry(s).or_insert_with(|| {
                        let count = notes.get(&s).copied().unwrap_or(0);
                        let slots = bp
                            .step(s)
                            .map(|step| card_parts(&m, self.cards[ci].rect, step, count).badges)
                            .unwrap_or_default();
                        (slots, 0)
                    });
                    let Some(&c) = slots.get(*used) else {
                        self.cards[ci].hidden_badges += 1;
                        continue;
                    };
                    *used += 1;
                    c
                }
                Target::Flow(f) => {
                    let Some(&anchor) = flow_anchor.get(&f) else { continue };
                    let n = per_flow.entry(f).or_insert(0);
                    *n += 1;
                    // Above the flow's label (about a small line high), not on it.
                    pos(anchor.x + (*n - 1) as f32 * (2.0 * step_r + 4.0), anchor.y - step_r - m.small_size)
                }
            };
            self.badges.push(BadgeBox {
                annotation: a.id,
                kind: a.kind,
                severity: a.severity,
                perspective: a.perspective,
                votes: a.votes,
                center,
            });
        }
    }

    /// The emotion bands and the points of the emotion curve.
    fn place_emotions(&mut self, bp: &Blueprint) {
        if self.metrics.emotion_band <= 0.0 {
            return;
        }
        let right = self.grid().max.x;
        for (i, band) in self.lane_band.iter().enumerate() {
            if *band > 0.0 {
                let top = self.lane_tops[i];
                self.emotion_bands.push(Rect::new(0.0, top + 4.0, right, top + band));
            }
        }
        for card in &self.cards {
            let (Some(step), Some(&band)) = (bp.step(card.step), self.lane_band.get(card.lane)) else { continue };
            let Some(e) = step.measures.emotion.filter(|_| band > 0.0) else { continue };
            let top = self.lane_tops[card.lane] + 12.0;
            let height = band - 16.0;
            let y = top + (2.0 - f32::from(e)) / 4.0 * height;
            self.emotion_points.push((card.step, e, pos(card.rect.center().x, y)));
        }
        self.emotion_points.sort_by(|a, b| a.2.x.total_cmp(&b.2.x));
    }

    /// Builds the lookups that make the `*_in` queries cheap.
    fn index(&mut self) {
        let buckets = self.columns as usize + 2;
        self.flows_by_column = spans::Spans::new(buckets);
        for (i, f) in self.flows.iter().enumerate() {
            let (c0, c1) = self.column_span(f.bounds);
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            self.flows_by_column.insert(c0.min(buckets - 1), c1.min(buckets - 1), i);
        }
        self.badges.sort_by(|a, b| a.center.x.total_cmp(&b.center.x));
    }

    /// The columns a rectangle overlaps (clamped to the grid and one column beyond).
    fn column_span(&self, r: Rect) -> (usize, usize) {
        let w = self.metrics.column_width;
        let last = self.columns as f32 + 1.0;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=columns+1")]
        let col = |x: f32| (x / w).floor().clamp(0.0, last) as usize;
        (col(r.min.x), col(r.max.x))
    }

    /// The top of lane `i` (`i == lanes.len()` gives the bottom of the last lane).
    #[must_use]
    pub fn lane_top(&self, i: usize) -> f32 {
        self.lane_tops.get(i).copied().unwrap_or_else(|| self.lane_tops.last().copied().unwrap_or(0.0))
    }

    /// The rectangle a card takes in a cell, whether or not a step is there.
    #[must_use]
    pub fn card_rect(&self, lane: usize, column: u32) -> Rect {
        let m = &self.metrics;
        let x0 = column as f32 * m.column_width + m.card_margin;
        let y0 = self.lane_top(lane) + m.lane_padding + self.lane_band.get(lane).copied().unwrap_or(0.0);
        let below = self.lane_bottom.get(lane).copied().unwrap_or(0.0);
        Rect::new(x0, y0, x0 + m.column_width - 2.0 * m.card_margin, self.lane_top(lane + 1) - m.lane_padding - below)
    }

    /// The card of a step.
    #[must_use]
    pub fn card(&self, step: StepId) -> Option<&CardBox> {
        self.card_of_step.get(&step).map(|&i| &self.cards[i])
    }

    /// The grid: all lanes and columns, without headers.
    #[must_use]
    pub fn grid(&self) -> Rect {
        Rect::new(0.0, 0.0, self.columns as f32 * self.metrics.column_width, self.lane_top(self.lanes.len()))
    }

    /// Everything that is drawn: the grid with lane and phase headers.
    #[must_use]
    pub fn bounds(&self) -> Rect {
        let g = self.grid();
        Rect::new(-self.metrics.lane_header_width, -self.metrics.phase_header_height, g.max.x, g.max.y)
    }

    /// The cell (lane index, column) under a point of the grid; columns right of the last one
    /// count too, so that a step can be placed there.
    #[must_use]
    pub fn cell_at(&self, p: Pos) -> Option<(usize, u32)> {
        if p.x < 0.0 || p.y < 0.0 {
            return None;
        }
        let lane = self.lane_tops.windows(2).position(|w| p.y >= w[0] && p.y < w[1])?;
        // Canvas x is bounded by the grid's f32 range, far below u32::MAX columns.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "x is non-negative and bounded")]
        let column = (p.x / self.metrics.column_width) as u32;
        Some((lane, column))
    }

    /// The step whose card is under a point.
    #[must_use]
    pub fn card_at(&self, p: Pos) -> Option<&CardBox> {
        let cell = self.cell_at(p)?;
        let card = &self.cards[*self.card_of_cell.get(&cell)?];
        card.rect.contains(p).then_some(card)
    }

    /// The cards that overlap a rectangle; the cost follows the number of columns in view.
    pub fn cards_in(&self, view: Rect) -> impl Iterator<Item = &CardBox> + '_ {
        self.card_indices_in(view).map(|i| &self.cards[i])
    }

    /// The flows whose path may cross a rectangle.
    pub fn flows_in(&self, view: Rect) -> impl Iterator<Item = &FlowBox> + '_ {
        self.flow_indices_in(view).into_iter().map(|i| &self.flows[i])
    }

    /// The phases whose columns overlap a rectangle horizontally (phases are sorted by start).
    pub fn phases_in(&self, view: Rect) -> impl Iterator<Item = &PhaseBox> + '_ {
        let first = self.phases.partition_point(|p| p.span.max.x < view.min.x);
        let last = self.phases.partition_point(|p| p.span.min.x <= view.max.x).max(first);
        self.phases[first..last].iter()
    }

    /// The badges within a rectangle.
    pub fn badges_in(&self, view: Rect) -> impl Iterator<Item = &BadgeBox> + '_ {
        self.badge_indices_in(view).map(|i| &self.badges[i])
    }
}

/// The same queries as indices into the layout's lists, for what is kept parallel to them (the
/// drawing's groups).
impl Layout {
    /// The indices of the cards that overlap a rectangle.
    pub fn card_indices_in(&self, view: Rect) -> impl Iterator<Item = usize> + '_ {
        let w = self.metrics.column_width;
        let first = self.cards.partition_point(|c| (c.column as f32 + 1.0) * w < view.min.x);
        let last = self.cards.partition_point(|c| c.column as f32 * w <= view.max.x).max(first);
        (first..last).filter(move |&i| self.cards[i].rect.intersects(&view))
    }

    /// The indices of the flows whose path may cross a rectangle, in order.
    #[must_use]
    pub fn flow_indices_in(&self, view: Rect) -> Vec<usize> {
        let mut found: Vec<u32> = Vec::new();
        if view.max.x >= 0.0 && view.min.x <= self.grid().max.x + self.metrics.column_width {
            let (c0, c1) = self.column_span(view);
            self.flows_by_column.find(c0, c1, &mut found);
            found.sort_unstable();
            found.dedup();
        }
        found.into_iter().map(|i| i as usize).filter(|&i| self.flows[i].bounds.intersects(&view)).collect()
    }

    /// The indices of the badges within a rectangle.
    pub fn badge_indices_in(&self, view: Rect) -> impl Iterator<Item = usize> + '_ {
        let view = view.expand(self.metrics.badge_radius);
        let first = self.badges.partition_point(|b| b.center.x < view.min.x);
        let last = self.badges.partition_point(|b| b.center.x <= view.max.x).max(first);
        (first..last).filter(move |&i| view.contains(self.badges[i].center))
    }
}
