//! Plain geometry in canvas units (one unit is one screen pixel at 100 % zoom). Kept apart from
//! egui so that exports use the same layout without a UI toolkit.

/// A point in canvas space.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Pos {
    pub x: f32,
    pub y: f32,
}

/// Shorthand for [`Pos`].
#[must_use]
pub const fn pos(x: f32, y: f32) -> Pos {
    Pos { x, y }
}

/// An axis-aligned rectangle in canvas space; `min` is the top-left corner.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Rect {
    pub min: Pos,
    pub max: Pos,
}

impl Rect {
    #[must_use]
    pub const fn new(x0: f32, y0: f32, x1: f32, y1: f32) -> Self {
        Self { min: pos(x0, y0), max: pos(x1, y1) }
    }

    /// The smallest rectangle holding all points (an empty rectangle for none).
    #[must_use]
    pub fn around(points: &[Pos]) -> Self {
        let mut r = Self::new(f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY);
        for p in points {
            r.min.x = r.min.x.min(p.x);
            r.min.y = r.min.y.min(p.y);
            r.max.x = r.max.x.max(p.x);
            r.max.y = r.max.y.max(p.y);
        }
        r
    }

    #[must_use]
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    #[must_use]
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    #[must_use]
    pub fn center(&self) -> Pos {
        pos(f32::midpoint(self.min.x, self.max.x), f32::midpoint(self.min.y, self.max.y))
    }

    #[must_use]
    pub fn contains(&self, p: Pos) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    #[must_use]
    pub fn intersects(&self, other: &Rect) -> bool {
        self.min.x <= other.max.x && other.min.x <= self.max.x && self.min.y <= other.max.y && other.min.y <= self.max.y
    }

    /// Grown by `d` on every side.
    #[must_use]
    pub fn expand(&self, d: f32) -> Rect {
        Rect::new(self.min.x - d, self.min.y - d, self.max.x + d, self.max.y + d)
    }

    /// The union of two rectangles.
    #[must_use]
    pub fn union(&self, other: &Rect) -> Rect {
        Rect::new(
            self.min.x.min(other.min.x),
            self.min.y.min(other.min.y),
            self.max.x.max(other.max.x),
            self.max.y.max(other.max.y),
        )
    }
}
