//! One drawing for screen and paper: the layout turned, once, into a list of toolkit-free
//! shapes — rectangles, single lines of text already broken with the font's own widths, paths
//! with arrowheads, circles, polygons — with colours named by their role. The canvas maps the
//! list to egui shapes through `screen_from_canvas` (culling what is out of view, leaving out
//! text too small to read); the SVG writer writes it out, and PNG and PDF come from that SVG.
//! So what the canvas shows, the exports show, broken at the same words.
//!
//! The list is built in canvas units (see `layout`), grouped per card, per flow and per badge
//! in the order of the layout's own lists, so that the canvas finds what is in view as cheaply
//! as the layout does.

mod build;
mod card;
mod extras;
mod legend;

pub use build::{HEADER_SIZE, Options, badge_shapes, build, line_stroke};
pub use card::{initials, text_line};
pub use legend::legend;

use crate::layout::{Pos, Rect};
use crate::model::{AnnotationKind, LaneKind, Perspective, ValueClass};
use crate::style::{Palette, Rgba};

/// A colour by what it is for; each theme's [`Palette`] gives the colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Role {
    Background,
    Text,
    TextMuted,
    HeaderFill,
    HeaderText,
    CardBorder,
    Flow,
    White,
    LaneFill(LaneKind),
    CardFill(LaneKind),
    PhaseFill(usize),
    Line(usize),
    Annotation(AnnotationKind, Option<Perspective>),
    Value(ValueClass),
    Pain,
    Question,
    Message,
    Warn,
    Late,
    Idea,
    MotCustomer,
    /// An explicit colour (tension marks and the like, the same in every theme).
    Fixed(Rgba),
}

impl Role {
    /// The colour of this role in a theme.
    #[must_use]
    pub fn resolve(self, p: &Palette) -> Rgba {
        match self {
            Self::Background => p.background,
            Self::Text => p.text,
            Self::TextMuted => p.text_muted,
            Self::HeaderFill => p.header_fill,
            Self::HeaderText => p.header_text,
            Self::CardBorder => p.card_border,
            Self::Flow => p.flow,
            Self::White => Rgba(255, 255, 255, 255),
            Self::LaneFill(k) => p.lane_fill(k),
            Self::CardFill(k) => p.card_fill(k),
            Self::PhaseFill(i) => p.phase_fill[i % 2],
            Self::Line(i) => p.lines[i.min(2)],
            Self::Annotation(k, persp) => p.annotation(k, persp),
            Self::Value(v) => p.value(v),
            Self::Pain => p.pain,
            Self::Question => p.question,
            Self::Message => p.message,
            Self::Warn => crate::style::CHECK_WARN,
            Self::Late => crate::style::CHECK_LATE,
            Self::Idea => p.idea,
            Self::MotCustomer => p.mot_customer,
            Self::Fixed(c) => c,
        }
    }
}

/// A colour and how opaque it is drawn (0..=1, on top of the colour's own alpha).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paint {
    pub role: Role,
    pub alpha: f32,
}

impl From<Role> for Paint {
    fn from(role: Role) -> Self {
        Self { role, alpha: 1.0 }
    }
}

impl Paint {
    #[must_use]
    pub fn alpha(role: Role, alpha: f32) -> Self {
        Self { role, alpha }
    }

    /// The colour in a theme, with this paint's opacity.
    #[must_use]
    pub fn resolve(self, p: &Palette) -> Rgba {
        let c = self.role.resolve(p);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=255")]
        let a = (f32::from(c.3) * self.alpha.clamp(0.0, 1.0)).round() as u8;
        Rgba(c.0, c.1, c.2, a)
    }
}

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dash {
    Solid,
    /// Dashes and gaps of these lengths.
    Dashed(f32, f32),
    /// Round dots this far apart.
    Dotted(f32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub paint: Paint,
    pub dash: Dash,
}

impl Stroke {
    #[must_use]
    pub fn solid(width: f32, paint: impl Into<Paint>) -> Self {
        Self { width, paint: paint.into(), dash: Dash::Solid }
    }

    #[must_use]
    pub fn dashed(width: f32, paint: impl Into<Paint>, on: f32, off: f32) -> Self {
        Self { width, paint: paint.into(), dash: Dash::Dashed(on, off) }
    }
}

/// Where a line of text stands relative to its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        radius: f32,
        fill: Option<Paint>,
        stroke: Option<Stroke>,
    },
    /// One line of text; `top` is the top of its line box (the baseline lies `text::ascent`
    /// below it), `x` its start, middle or end by `align`.
    Text {
        x: f32,
        top: f32,
        text: String,
        size: f32,
        paint: Paint,
        bold: bool,
        align: Align,
    },
    Path {
        points: Vec<Pos>,
        stroke: Stroke,
        arrow_start: bool,
        arrow_end: bool,
    },
    Circle {
        center: Pos,
        radius: f32,
        fill: Option<Paint>,
        stroke: Option<Stroke>,
    },
    Polygon {
        points: Vec<Pos>,
        fill: Paint,
        stroke: Option<Stroke>,
    },
}

/// Which view a shape belongs to: the canvas dims the customer's marks in the process view and
/// the process marks in the customer view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Aspect {
    #[default]
    Both,
    Customer,
    Process,
}

/// A shape, the view it belongs to, and the text a pointer over it shows (a whole title that
/// was cut, a note's text).
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub shape: Shape,
    pub aspect: Aspect,
}

impl Item {
    #[must_use]
    pub fn new(shape: Shape) -> Self {
        Self { shape, aspect: Aspect::Both }
    }

    #[must_use]
    pub fn for_view(shape: Shape, aspect: Aspect) -> Self {
        Self { shape, aspect }
    }
}

/// A part of the drawing with the rectangle it covers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    pub bounds: Rect,
    pub items: Vec<Item>,
    /// Text a pointer over `bounds` shows, when the drawing cannot show it whole.
    pub hover: Option<String>,
}

impl Group {
    fn push(&mut self, shape: Shape) {
        self.items.push(Item::new(shape));
    }

    fn push_for(&mut self, shape: Shape, aspect: Aspect) {
        self.items.push(Item::for_view(shape, aspect));
    }

    #[allow(clippy::too_many_arguments, reason = "a text block: its lines, its place and its look")]
    /// Text broken into lines, started at `x` and centred as a block on `center_y`; the whole
    /// text shows on hover when the lines had to cut it.
    fn push_lines(
        &mut self,
        wrapped: &crate::layout::text::Wrapped,
        full: &str,
        x: f32,
        center_y: f32,
        size: f32,
        paint: Paint,
        bold: bool,
    ) {
        use crate::layout::text::LINE;
        if wrapped.cut {
            self.hover = Some(full.to_owned());
        }
        let h = wrapped.lines.len() as f32 * size * LINE;
        for (i, line) in wrapped.lines.iter().enumerate() {
            self.push(Shape::Text {
                x,
                top: center_y - h / 2.0 + i as f32 * size * LINE,
                text: line.clone(),
                size,
                paint,
                bold,
                align: Align::Start,
            });
        }
    }
}

/// The whole drawing of a blueprint, layer by layer in the order they are painted.
#[derive(Clone, Debug, Default)]
pub struct Drawing {
    /// Lane bands, phase tints and rules, the emotion band, the three lines across the grid.
    pub ground: Vec<Group>,
    /// One group per flow, in the order of `Layout::flows`.
    pub flows: Vec<Group>,
    /// The dashed lines between the two steps of a tension (under the cards, so that they cross
    /// no title).
    pub tension_links: Vec<Group>,
    /// One group per card, in the order of `Layout::cards`.
    pub cards: Vec<Group>,
    /// The notes view's sticky notes, in the order of `Layout::notes`.
    pub notes: Vec<Group>,
    /// The interaction band's chips and links.
    pub band: Vec<Group>,
    /// Flow labels, in the order of `Layout::flows` (empty groups where a flow has none).
    pub labels: Vec<Group>,
    /// Dashed outlines of the steps in tension.
    pub tensions: Vec<Group>,
    /// One group per badge, in the order of `Layout::badges`.
    pub badges: Vec<Group>,
    /// Phase headers, lane headers, line labels, the band's caption: left of and above the grid.
    pub headers: Vec<Group>,
}

impl Drawing {
    /// Every group, in paint order.
    pub fn groups(&self) -> impl Iterator<Item = &Group> {
        self.ground
            .iter()
            .chain(&self.flows)
            .chain(&self.tension_links)
            .chain(&self.cards)
            .chain(&self.notes)
            .chain(&self.band)
            .chain(&self.labels)
            .chain(&self.tensions)
            .chain(&self.badges)
            .chain(&self.headers)
    }

    /// Every line of text, in paint order (for tests and search).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.groups().flat_map(|g| &g.items).filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// A shape with every point moved by `f` (sizes stay: a rectangle keeps its corners' new places).
#[must_use]
pub fn map(shape: Shape, f: &impl Fn(Pos) -> Pos) -> Shape {
    match shape {
        Shape::Rect { rect, radius, fill, stroke } => {
            Shape::Rect { rect: Rect { min: f(rect.min), max: f(rect.max) }, radius, fill, stroke }
        }
        Shape::Text { x, top, text, size, paint, bold, align } => {
            let p = f(Pos { x, y: top });
            Shape::Text { x: p.x, top: p.y, text, size, paint, bold, align }
        }
        Shape::Path { points, stroke, arrow_start, arrow_end } => {
            Shape::Path { points: points.into_iter().map(f).collect(), stroke, arrow_start, arrow_end }
        }
        Shape::Circle { center, radius, fill, stroke } => Shape::Circle { center: f(center), radius, fill, stroke },
        Shape::Polygon { points, fill, stroke } => {
            Shape::Polygon { points: points.into_iter().map(f).collect(), fill, stroke }
        }
    }
}

/// A shape moved by `(dx, dy)`.
#[must_use]
pub fn shift(shape: Shape, dx: f32, dy: f32) -> Shape {
    map(shape, &|p: Pos| Pos { x: p.x + dx, y: p.y + dy })
}
