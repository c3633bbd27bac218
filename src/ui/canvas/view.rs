//! View state of the canvas — pan and zoom — kept apart from the document.

use crate::layout::{Pos, Rect as CanvasRect};
use egui::{Pos2, Rect, Vec2, vec2};

/// The smallest and largest zoom.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.05..=4.0;

/// How the canvas is shown: `screen = origin + pan + canvas × zoom`, where `origin` is the
/// top-left corner of the canvas widget.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub pan: Vec2,
    pub zoom: f32,
    /// Keep the blueprint fitted to the widget (also when the window is resized) until the user
    /// pans or zooms.
    pub fit_pending: bool,
    /// What fitting shows: the whole blueprint, or all lanes from the left at a readable size.
    pub fit_whole: bool,
    /// The canvas widget's size in the last frame.
    pub size: Vec2,
    /// The largest zoom that fitting all lanes may choose (more on a projector).
    pub fit_cap: f32,
}

impl Default for View {
    fn default() -> Self {
        // A blueprint opens with all lanes in view, from the left, at no more than 100 %: its text
        // stays readable, where fitting a long journey whole would make it tiny.
        Self {
            pan: Vec2::ZERO,
            zoom: 1.0,
            fit_pending: true,
            fit_whole: false,
            size: Vec2::new(1280.0, 720.0),
            fit_cap: 1.0,
        }
    }
}

/// The mapping between canvas and screen for one frame.
#[derive(Clone, Copy, Debug)]
pub struct Transform {
    pub origin: Pos2,
    pub pan: Vec2,
    pub zoom: f32,
}

impl Transform {
    #[must_use]
    pub fn new(widget: Rect, view: &View) -> Self {
        Self { origin: widget.min, pan: view.pan, zoom: view.zoom }
    }

    #[must_use]
    pub fn screen_from_canvas(&self, p: Pos) -> Pos2 {
        self.origin + self.pan + vec2(p.x, p.y) * self.zoom
    }

    #[must_use]
    pub fn canvas_from_screen(&self, p: Pos2) -> Pos {
        let v = (p - self.origin - self.pan) / self.zoom;
        Pos { x: v.x, y: v.y }
    }

    #[must_use]
    pub fn screen_rect(&self, r: CanvasRect) -> Rect {
        Rect::from_min_max(self.screen_from_canvas(r.min), self.screen_from_canvas(r.max))
    }

    #[must_use]
    pub fn canvas_rect(&self, r: Rect) -> CanvasRect {
        let (a, b) = (self.canvas_from_screen(r.min), self.canvas_from_screen(r.max));
        CanvasRect { min: a, max: b }
    }
}

impl View {
    /// Shows all of `grid` in a widget of `size`, centred, with a margin and room for the
    /// headers left of and above it. Headers are `header` canvas units large but never smaller
    /// than `min_header` pixels on screen (see the painter).
    pub fn fit(&mut self, grid: CanvasRect, header: Vec2, min_header: Vec2, size: Vec2) {
        let margin = 24.0;
        // Either the headers scale with the zoom, or they are at their minimum screen size.
        let axis = |avail: f32, extent: f32, head: f32, min_head: f32| {
            let scaled = (avail - 2.0 * margin) / (extent + head).max(1.0);
            if scaled * head >= min_head { scaled } else { (avail - 2.0 * margin - min_head) / extent.max(1.0) }
        };
        let zx = axis(size.x, grid.width(), header.x, min_header.x);
        let zy = axis(size.y, grid.height(), header.y, min_header.y);
        let zoom = if self.fit_whole { zx.min(zy) } else { zy.min(self.fit_cap) };
        self.zoom = zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let head = vec2((header.x * self.zoom).max(min_header.x), (header.y * self.zoom).max(min_header.y));
        let used = vec2(grid.width(), grid.height()) * self.zoom + head;
        let mut offset = ((size - used) / 2.0).max(Vec2::splat(0.0));
        if !self.fit_whole {
            offset.x = offset.x.min(margin);
        }
        self.pan = offset + head - vec2(grid.min.x, grid.min.y) * self.zoom;
    }

    /// Zooms by `factor` keeping the canvas point under `anchor` (a screen position) in place.
    pub fn zoom_at(&mut self, widget: Rect, anchor: Pos2, factor: f32) {
        let t = Transform::new(widget, self);
        let p = t.canvas_from_screen(anchor);
        self.zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.pan = anchor - widget.min - vec2(p.x, p.y) * self.zoom;
        self.fit_pending = false;
    }

    /// Places the canvas so that its top-left (headers included) is at the widget's top-left.
    pub fn show_top_left(&mut self, bounds: CanvasRect, zoom: f32) {
        self.zoom = zoom;
        self.pan = -vec2(bounds.min.x, bounds.min.y) * zoom;
        self.fit_pending = false;
    }

    /// Pans just enough to show a canvas rectangle (with a margin), as when the keyboard moves
    /// the selection off screen.
    pub fn reveal(&mut self, r: CanvasRect) {
        let margin = 60.0;
        let min = vec2(r.min.x, r.min.y) * self.zoom + self.pan;
        let max = vec2(r.max.x, r.max.y) * self.zoom + self.pan;
        // Lane and phase headers cover the left and top edges.
        let (left, top) = (200.0_f32.min(self.size.x / 3.0), 60.0);
        let dx = (left - min.x).max(0.0) - (max.x - (self.size.x - margin)).max(0.0);
        let dy = (top - min.y).max(0.0) - (max.y - (self.size.y - margin)).max(0.0);
        if dx != 0.0 || dy != 0.0 {
            self.pan += vec2(dx, dy);
            self.fit_pending = false;
        }
    }

    /// Fits a canvas rectangle into the widget, at no more than 150 %.
    pub fn zoom_to(&mut self, r: CanvasRect) {
        let margin = 80.0;
        let z = ((self.size.x - 2.0 * margin - 200.0) / r.width().max(1.0))
            .min((self.size.y - 2.0 * margin) / r.height().max(1.0))
            .clamp(*ZOOM_RANGE.start(), 1.5);
        self.zoom = z;
        let c = r.center();
        self.pan = self.size / 2.0 + vec2(100.0, 0.0) - vec2(c.x, c.y) * z;
        self.fit_pending = false;
    }

    /// The user moved the view: stop keeping it fitted.
    pub fn touched(&mut self) {
        self.fit_pending = false;
    }
}
