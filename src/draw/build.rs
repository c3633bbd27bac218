//! The layout → the drawing: ground, flows, cards, the interaction band, flow labels, tension
//! marks, badges and the headers, each as shapes in canvas units.

use super::card::{card, text_line};
use super::{Align, Aspect, Drawing, Group, Paint, Role, Shape, Stroke};
use crate::layout::{BadgeBox, FlowBox, Layout, LineKind, Pos, Rect, pos, text};
use crate::model::{AnnotationKind, Blueprint, LaneKind};
use crate::style::badge_symbol;
use crate::templates::Lang;

/// What a drawing shows besides the blueprint, and in which language its words are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub lang: Lang,
    /// Dashed outlines around the steps in tension (a waste step and the customer need).
    pub tensions: bool,
    /// More messages than this in a column is overload (the interaction band's check).
    pub max_messages: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { lang: Lang::En, tensions: true, max_messages: crate::analysis::interaction::DEFAULT_MAX_MESSAGES }
    }
}

/// The size of lane and phase names.
pub const HEADER_SIZE: f32 = 15.0;

/// The whole drawing of a laid-out blueprint.
#[must_use]
pub fn build(bp: &Blueprint, layout: &Layout, o: &Options) -> Drawing {
    Drawing {
        ground: ground(bp, layout),
        flows: layout.flows.iter().map(|f| flow(f, layout)).collect(),
        cards: layout.cards.iter().map(|c| card(bp, layout, c, o.lang)).collect(),
        notes: layout.notes.iter().map(|n| note(bp, layout, n)).collect(),
        band: super::extras::band(bp, layout, o),
        labels: layout.flows.iter().map(|f| flow_label(bp, layout, f)).collect(),
        tension_links: if o.tensions { tension_links(bp, layout) } else { Vec::new() },
        tensions: if o.tensions { tensions(bp, layout) } else { Vec::new() },
        badges: layout.badges.iter().map(|b| badge(b, layout.metrics.badge_radius)).collect(),
        headers: headers(bp, layout, o),
    }
}

/// Lane bands, phase tints and rules, lane boundaries, the emotion band and the three lines,
/// across the grid.
fn ground(bp: &Blueprint, layout: &Layout) -> Vec<Group> {
    let grid = layout.grid();
    let mut out = Vec::new();
    for lane in &layout.lanes {
        let r = Rect::new(0.0, lane.rect.min.y, grid.max.x, lane.rect.max.y);
        let mut g = Group { bounds: r, ..Group::default() };
        g.push(Shape::Rect { rect: r, radius: 0.0, fill: Some(Role::LaneFill(lane.kind).into()), stroke: None });
        out.push(g);
    }
    for ph in &layout.phases {
        let mut g = Group { bounds: ph.span, ..Group::default() };
        g.push(Shape::Rect { rect: ph.span, radius: 0.0, fill: Some(Role::PhaseFill(ph.index).into()), stroke: None });
        let x = ph.span.min.x;
        g.push(Shape::Path {
            points: vec![pos(x, grid.min.y), pos(x, grid.max.y)],
            stroke: Stroke::solid(1.0, Paint::alpha(Role::CardBorder, 0.35)),
            arrow_start: false,
            arrow_end: false,
        });
        out.push(g);
    }
    for lane in &layout.lanes {
        let y = lane.rect.max.y;
        let mut g = Group { bounds: Rect::new(0.0, y - 1.0, grid.max.x, y + 1.0), ..Group::default() };
        g.push(Shape::Path {
            points: vec![pos(0.0, y), pos(grid.max.x, y)],
            stroke: Stroke::solid(1.0, Paint::alpha(Role::CardBorder, 0.25)),
            arrow_start: false,
            arrow_end: false,
        });
        out.push(g);
    }
    out.extend(super::extras::emotion(bp, layout));
    for line in &layout.lines {
        let mut g = Group { bounds: Rect::new(0.0, line.y - 2.0, grid.max.x, line.y + 2.0), ..Group::default() };
        g.push(Shape::Path {
            points: vec![pos(0.0, line.y), pos(grid.max.x, line.y)],
            stroke: line_stroke(line.kind),
            arrow_start: false,
            arrow_end: false,
        });
        out.push(g);
    }
    out
}

/// How one of the three lines is drawn: solid, dashed, dotted.
#[must_use]
pub fn line_stroke(kind: LineKind) -> Stroke {
    let (i, dash) = match kind {
        LineKind::Interaction => (0, super::Dash::Solid),
        LineKind::Visibility => (1, super::Dash::Dashed(14.0, 6.0)),
        LineKind::InternalInteraction => (2, super::Dash::Dotted(8.0)),
    };
    Stroke { width: 2.5, paint: Role::Line(i).into(), dash }
}

fn flow(f: &FlowBox, _layout: &Layout) -> Group {
    let mut g = Group { bounds: f.bounds, ..Group::default() };
    g.push(Shape::Path {
        points: f.points.clone(),
        stroke: Stroke::solid(1.6, Role::Flow),
        arrow_start: f.two_way,
        arrow_end: true,
    });
    g
}

/// A sticky note under its card: the kind's colour as a strip and a light tint, the text in up
/// to three lines (cut with "…", whole on hover), and "+n" on the last one when there are more.
fn note(bp: &Blueprint, layout: &Layout, n: &crate::layout::NoteBox) -> Group {
    let m = &layout.metrics;
    let r = n.rect;
    let mut g = Group { bounds: r, ..Group::default() };
    let Some(a) = bp.annotation(n.annotation) else { return g };
    let kind = Role::Annotation(a.kind, a.perspective);
    let aspect = if matches!(a.kind, AnnotationKind::MomentOfTruth | AnnotationKind::Question) {
        Aspect::Customer
    } else {
        Aspect::Both
    };
    g.push(Shape::Rect { rect: r, radius: 4.0, fill: Some(Role::Background.into()), stroke: None });
    g.push_for(
        Shape::Rect {
            rect: r,
            radius: 4.0,
            fill: Some(Paint::alpha(kind, 0.14)),
            stroke: Some(Stroke::solid(1.0, kind)),
        },
        aspect,
    );
    g.push_for(
        Shape::Rect {
            rect: Rect::new(r.min.x, r.min.y, r.min.x + 5.0, r.max.y),
            radius: 2.0,
            fill: Some(kind.into()),
            stroke: None,
        },
        aspect,
    );
    let size = m.small_size;
    let body = if a.text.trim().is_empty() { "…".to_owned() } else { a.text.clone() };
    let room = r.width() - 16.0 - if n.more > 0 { text::width("+99", size) } else { 0.0 };
    let wrapped = text::wrap(&body, size, room, 3);
    if wrapped.cut {
        g.hover = Some(a.text.clone());
    }
    for (i, line) in wrapped.lines.iter().enumerate() {
        g.push(Shape::Text {
            x: r.min.x + 10.0,
            top: r.min.y + 5.0 + i as f32 * size * text::LINE,
            text: line.clone(),
            size,
            paint: Role::Text.into(),
            bold: false,
            align: Align::Start,
        });
    }
    if n.more > 0 {
        let place = Rect::new(r.max.x - 40.0, r.max.y - size * 1.5, r.max.x - 4.0, r.max.y - 2.0);
        g.push(text_line(place, &format!("+{}", n.more), size, Role::TextMuted.into(), Align::End));
    }
    g
}

/// A flow's label in a box, over whatever it crosses.
fn flow_label(bp: &Blueprint, layout: &Layout, f: &FlowBox) -> Group {
    let Some(label) = bp.flow(f.flow).and_then(|fl| fl.label.as_deref()).filter(|l| !l.trim().is_empty()) else {
        return Group::default();
    };
    let size = layout.metrics.small_size;
    let w = text::width(label, size) + 8.0;
    let h = size * text::LINE + 2.0;
    let at = |y: f32| Rect::new(f.anchor.x - w / 2.0, y - h / 2.0, f.anchor.x + w / 2.0, y + h / 2.0);
    // On the flow where that covers no card; else just above or below the cards it would cover
    // (in the lane's padding), so that a label never hides a title.
    let covered = |r: &Rect| layout.card_indices_in(*r).map(|i| layout.cards[i].rect).reduce(|a, b| a.union(&b));
    let mut r = at(f.anchor.y);
    if let Some(cards) = covered(&r) {
        let above = at(cards.min.y - h / 2.0 - 2.0);
        let below = at(cards.max.y + h / 2.0 + 2.0);
        r = if covered(&above).is_none() {
            above
        } else if covered(&below).is_none() {
            below
        } else {
            r
        };
    }
    let mut g = Group { bounds: r, ..Group::default() };
    g.push(Shape::Rect {
        rect: r,
        radius: 3.0,
        fill: Some(Role::Background.into()),
        stroke: Some(Stroke::solid(0.8, Role::Flow)),
    });
    g.push(text_line(r, label, size, Role::Text.into(), Align::Middle));
    g
}

/// The colour of tension marks (the same in every theme).
const TENSION: crate::style::Rgba = crate::style::Rgba(240, 120, 0, 255);

/// A dashed outline around each waste step in tension and the customer step whose need it
/// touches, and a dashed line between them.
fn tensions(bp: &Blueprint, layout: &Layout) -> Vec<Group> {
    let mut out = Vec::new();
    for t in crate::analysis::tensions(bp) {
        let (Some(a), Some(b)) = (layout.card(t.step), layout.card(t.customer_step)) else { continue };
        let mut g = Group { bounds: a.rect.union(&b.rect).expand(6.0), ..Group::default() };
        for c in [a, b] {
            g.push(Shape::Rect {
                rect: c.rect.expand(5.0),
                radius: 10.0,
                fill: None,
                stroke: Some(Stroke::dashed(3.0, Role::Fixed(TENSION), 10.0, 5.0)),
            });
        }
        out.push(g);
    }
    out
}

/// The dashed line between the two steps of each tension (drawn under the cards).
fn tension_links(bp: &Blueprint, layout: &Layout) -> Vec<Group> {
    let mut out = Vec::new();
    for t in crate::analysis::tensions(bp) {
        let (Some(a), Some(b)) = (layout.card(t.step), layout.card(t.customer_step)) else { continue };
        if a.step == b.step {
            continue;
        }
        let mut g = Group { bounds: a.rect.union(&b.rect), ..Group::default() };
        g.push(Shape::Path {
            points: vec![a.rect.center(), b.rect.center()],
            stroke: Stroke::dashed(2.0, Paint::alpha(Role::Fixed(TENSION), 0.6), 6.0, 6.0),
            arrow_start: false,
            arrow_end: false,
        });
        out.push(g);
    }
    out
}

/// A badge: a filled shape in the kind's colour with its symbol, and its votes beside it.
#[must_use]
pub fn badge(b: &BadgeBox, radius: f32) -> Group {
    let c = b.center;
    let mut g = Group { bounds: Rect::new(c.x - radius, c.y - radius, c.x + radius, c.y + radius), ..Group::default() };
    // Moments of truth and questions belong to the customer view.
    let aspect = if matches!(b.kind, AnnotationKind::MomentOfTruth | AnnotationKind::Question) {
        Aspect::Customer
    } else {
        Aspect::Both
    };
    for shape in badge_shapes(c, radius, b.kind, b.severity, b.perspective) {
        g.push_for(shape, aspect);
    }
    if b.votes > 0 {
        let size = radius * 1.3;
        let label = b.votes.to_string();
        let w = text::width(&label, size) + 6.0;
        let r =
            Rect::new(c.x + radius * 0.6, c.y + radius * 0.2, c.x + radius * 0.6 + w, c.y + radius * 0.2 + size * 1.2);
        g.bounds = g.bounds.union(&r);
        g.push(Shape::Rect { rect: r, radius: 4.0, fill: Some(Role::Text.into()), stroke: None });
        g.push(text_line(r, &label, size, Role::Background.into(), Align::Middle));
    }
    g
}

/// The shape and symbol of a badge of `kind` (also for the legend).
#[must_use]
pub fn badge_shapes(
    c: Pos,
    radius: f32,
    kind: AnnotationKind,
    severity: Option<u8>,
    perspective: Option<crate::model::Perspective>,
) -> Vec<Shape> {
    let fill: Paint = Role::Annotation(kind, perspective).into();
    let white = Some(Stroke::solid(1.5, Role::White));
    let shape = if kind == AnnotationKind::MomentOfTruth {
        // A diamond sets moments of truth apart from the round badges even without colour.
        let d = radius * 1.2;
        Shape::Polygon {
            points: vec![pos(c.x, c.y - d), pos(c.x + d, c.y), pos(c.x, c.y + d), pos(c.x - d, c.y)],
            fill,
            stroke: white,
        }
    } else {
        Shape::Circle { center: c, radius, fill: Some(fill), stroke: white }
    };
    let symbol = if kind == AnnotationKind::MomentOfTruth { "!".to_owned() } else { badge_symbol(kind, severity) };
    let size = radius * 1.3;
    let label = Shape::Text {
        x: c.x,
        top: c.y - size * text::LINE / 2.0,
        text: symbol,
        size,
        paint: Role::White.into(),
        bold: true,
        align: Align::Middle,
    };
    vec![shape, label]
}

/// Phase headers above the grid, lane headers left of it with the line labels on their lines,
/// and the interaction band's caption.
fn headers(bp: &Blueprint, layout: &Layout, o: &Options) -> Vec<Group> {
    let m = &layout.metrics;
    let header = m.lane_header_width;
    let mut out = Vec::new();
    for ph in &layout.phases {
        let Some(phase) = bp.phases().get(ph.index) else { continue };
        let h = ph.header;
        let r = Rect::new(h.min.x + 1.0, h.min.y + 2.0, h.max.x - 1.0, h.max.y - 2.0);
        let mut g = Group { bounds: h, ..Group::default() };
        g.push(Shape::Rect {
            rect: r,
            radius: 4.0,
            fill: Some(Role::HeaderFill.into()),
            stroke: Some(Stroke::solid(1.0, Paint::alpha(Role::CardBorder, 0.5))),
        });
        let room = Rect::new(r.min.x + 8.0, r.min.y, r.max.x - 8.0, r.max.y);
        let name = text::fit_line(&phase.name, HEADER_SIZE, room.width());
        if name != phase.name {
            g.hover = Some(phase.name.clone());
        }
        g.push(bold(text_line(room, &name, HEADER_SIZE, Role::HeaderText.into(), Align::Start)));
        out.push(g);
    }
    for lane_box in &layout.lanes {
        let Some(lane) = bp.lane(lane_box.id) else { continue };
        let r = Rect::new(-header, lane_box.rect.min.y, 0.0, lane_box.rect.max.y);
        let mut g = Group { bounds: r, ..Group::default() };
        g.push(Shape::Rect {
            rect: r,
            radius: 0.0,
            fill: Some(Role::HeaderFill.into()),
            stroke: Some(Stroke::solid(1.0, Paint::alpha(Role::CardBorder, 0.4))),
        });
        g.push(Shape::Rect {
            rect: Rect::new(r.min.x, r.min.y, r.min.x + 5.0, r.max.y),
            radius: 0.0,
            fill: Some(Role::CardFill(lane.kind).into()),
            stroke: None,
        });
        let width = header - 18.0;
        let rows = ((r.height() - 8.0) / (HEADER_SIZE * text::LINE)).floor().max(1.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small positive count")]
        let wrapped = text::wrap(&lane.name, HEADER_SIZE, width, rows as usize);
        g.push_lines(&wrapped, &lane.name, r.min.x + 10.0, r.center().y, HEADER_SIZE, Role::HeaderText.into(), true);
        out.push(g);
    }
    for line in &layout.lines {
        let name = crate::i18n::tr_in(o.lang, line_key(line.kind));
        let size = (m.small_size * 0.92).max(10.0);
        let stroke = line_stroke(line.kind);
        let mut g = Group { bounds: Rect::new(-header, line.y - size * 1.6, 0.0, line.y + 2.0), ..Group::default() };
        g.push(Shape::Path {
            points: vec![pos(-header, line.y), pos(0.0, line.y)],
            stroke,
            arrow_start: false,
            arrow_end: false,
        });
        let shown = text::fit_line(&name, size, header - 12.0);
        let r = Rect::new(-header + 6.0, line.y - size * 1.5, -6.0, line.y - 2.0);
        g.push(text_line(r, &shown, size, stroke.paint, Align::Start));
        out.push(g);
    }
    out.extend(super::extras::band_caption(layout, o));
    out
}

/// A text shape in bold.
fn bold(shape: Shape) -> Shape {
    match shape {
        Shape::Text { x, top, text, size, paint, align, .. } => {
            Shape::Text { x, top, text, size, paint, bold: true, align }
        }
        other => other,
    }
}

/// The message id of a line's name.
#[must_use]
pub fn line_key(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Interaction => "line-interaction",
        LineKind::Visibility => "line-visibility",
        LineKind::InternalInteraction => "line-internal",
    }
}

/// The fill of a lane's cards (for the legend and the band's chips).
#[must_use]
pub fn customer_card() -> Role {
    Role::CardFill(LaneKind::Customer)
}
