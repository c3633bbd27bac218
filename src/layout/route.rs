//! Flow routing: orthogonal paths that run through the gutters between cards, so that an arrow
//! never hides a card. Cards sit in a grid with a gap between columns (vertical gutters) and
//! between lanes (horizontal gutters); a path leaves its card sideways, runs along gutters and
//! enters the target card from the side.

use super::Metrics;
use super::geom::{Pos, Rect, pos};

/// Where a flow's ends are: lane index, column and card rectangle.
pub(crate) struct End {
    pub lane: usize,
    pub column: u32,
    pub rect: Rect,
}

/// The points of an orthogonal path from `a` to `b`. `lane_top(i)` gives the top edge of lane
/// `i`; `busy_between` tells whether any card sits in the same column strictly between two
/// lanes; `spread` is a small offset (canvas units) that keeps parallel flows apart.
#[allow(clippy::comparison_chain, reason = "three cases by direction read clearer as if/else")]
pub(crate) fn route(
    m: &Metrics,
    a: &End,
    b: &End,
    lane_top: impl Fn(usize) -> f32,
    busy_between: bool,
    spread: f32,
) -> Vec<Pos> {
    let ya = a.rect.center().y;
    let yb = b.rect.center().y;
    let col_x = |c: u32| c as f32 * m.column_width;
    // The horizontal gutter to travel along: the target lane's own gap on the side that faces the
    // source (within one lane: the gap above for forward flows, below for backward ones). Never
    // the lane boundary itself, where the three lines of the blueprint are drawn.
    let gutter_y = |forward: bool| -> f32 {
        let above = if a.lane == b.lane { forward } else { b.lane > a.lane };
        let y =
            if above { lane_top(b.lane) + m.lane_padding / 2.0 } else { lane_top(b.lane + 1) - m.lane_padding / 2.0 };
        y + spread / 2.0
    };

    let points = if a.column == b.column {
        if busy_between {
            // Around the cards in between, through the gutter right of the column.
            let x = col_x(a.column + 1) + spread;
            vec![pos(a.rect.max.x, ya), pos(x, ya), pos(x, yb), pos(b.rect.max.x, yb)]
        } else if b.lane > a.lane {
            // Down left of the centre, up right of it: a flow and its answer stay apart.
            let x = a.rect.center().x - m.card_margin / 2.0 + spread / 2.0;
            vec![pos(x, a.rect.max.y), pos(x, b.rect.min.y)]
        } else {
            let x = a.rect.center().x + m.card_margin / 2.0 + spread / 2.0;
            vec![pos(x, a.rect.min.y), pos(x, b.rect.max.y)]
        }
    } else if b.column > a.column {
        let x1 = col_x(a.column + 1) + spread;
        let x2 = col_x(b.column) + spread;
        if a.lane == b.lane && b.column == a.column + 1 {
            vec![pos(a.rect.max.x, ya), pos(b.rect.min.x, yb)]
        } else if b.column == a.column + 1 {
            vec![pos(a.rect.max.x, ya), pos(x1, ya), pos(x1, yb), pos(b.rect.min.x, yb)]
        } else {
            let gy = gutter_y(true);
            vec![pos(a.rect.max.x, ya), pos(x1, ya), pos(x1, gy), pos(x2, gy), pos(x2, yb), pos(b.rect.min.x, yb)]
        }
    } else {
        // Backwards (a rework loop): leave to the left, come back into the target's right side.
        let x1 = col_x(a.column) - spread;
        let x2 = col_x(b.column + 1) - spread;
        if b.column + 1 == a.column && a.lane != b.lane {
            vec![pos(a.rect.min.x, ya), pos(x1, ya), pos(x1, yb), pos(b.rect.max.x, yb)]
        } else {
            let gy = gutter_y(false);
            vec![pos(a.rect.min.x, ya), pos(x1, ya), pos(x1, gy), pos(x2, gy), pos(x2, yb), pos(b.rect.max.x, yb)]
        }
    };
    simplify(points)
}

/// Drops repeated points and the middle of three points on one straight line.
fn simplify(points: Vec<Pos>) -> Vec<Pos> {
    let mut out: Vec<Pos> = Vec::with_capacity(points.len());
    for p in points {
        if out.last().is_some_and(|q| (q.x - p.x).abs() < 0.01 && (q.y - p.y).abs() < 0.01) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let straight = ((a.x - b.x).abs() < 0.01 && (b.x - p.x).abs() < 0.01)
                || ((a.y - b.y).abs() < 0.01 && (b.y - p.y).abs() < 0.01);
            if straight {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// The middle of the longest segment: where a label or a badge of the flow goes.
pub(crate) fn label_anchor(points: &[Pos]) -> Pos {
    points.windows(2).max_by(|s, t| seg_len(s[0], s[1]).total_cmp(&seg_len(t[0], t[1]))).map_or_else(
        || points.first().copied().unwrap_or_default(),
        |s| pos(f32::midpoint(s[0].x, s[1].x), f32::midpoint(s[0].y, s[1].y)),
    )
}

fn seg_len(a: Pos, b: Pos) -> f32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}
