//! The legend under an exported drawing: every kind of mark the drawing uses, in the chosen
//! language, in rows that wrap within the drawing's width (never clipped).

use super::build::{badge_shapes, line_key, line_stroke};
use super::card::text_line;
use super::{Align, Group, Options, Paint, Role, Shape, Stroke};
use crate::layout::{Layout, LineKind, Rect, pos, text};
use crate::model::{AnnotationKind, Blueprint, Perspective, ValueClass};

/// The size of the legend's words.
const SIZE: f32 = 13.0;
/// The height of one legend row.
const ROW: f32 = 26.0;

/// One entry: a small picture and its words.
struct Entry {
    picture: Vec<Shape>,
    /// The picture's width.
    width: f32,
    words: String,
}

/// The legend's group, laid out in rows from `(x, y)` within `width`; its height is
/// `bounds.height()`.
#[must_use]
pub fn legend(bp: &Blueprint, layout: &Layout, o: &Options, x: f32, y: f32, width: f32) -> Group {
    let r = layout.metrics.badge_radius * 0.8;
    let mut entries = notes(o, r);
    entries.extend(counts(o));
    entries.extend(lines(o));
    entries.extend(measures(bp, o));
    entries.extend(views(bp, layout, o));
    entries.extend(actors(bp, r));
    place(entries, x, y, width)
}

fn tr(o: &Options, id: &str) -> String {
    crate::i18n::tr_in(o.lang, id)
}

/// The badges of the five kinds of note (a moment of truth in each perspective).
fn notes(o: &Options, r: f32) -> Vec<Entry> {
    let badge = |kind, persp: Option<Perspective>, words: String| Entry {
        picture: badge_shapes(pos(r * 1.2, 0.0), r, kind, Some(2), persp),
        width: r * 2.4,
        words,
    };
    let mut entries = vec![badge(AnnotationKind::PainPoint, None, tr(o, "legend-pain-point"))];
    for p in Perspective::ALL {
        let words = crate::i18n::tr_args_in(
            o.lang,
            "legend-mot",
            &[
                ("kind", tr(o, "kind-moment-of-truth").into()),
                ("perspective", tr(o, &format!("perspective-{}", p.as_str())).into()),
            ],
        );
        entries.push(badge(AnnotationKind::MomentOfTruth, Some(p), words));
    }
    for (kind, id) in [
        (AnnotationKind::Idea, "kind-idea"),
        (AnnotationKind::Question, "kind-question"),
        (AnnotationKind::Message, "kind-message"),
    ] {
        entries.push(badge(kind, None, tr(o, id)));
    }
    entries
}

/// The dot-vote count and the "+n" of what did not fit.
fn counts(o: &Options) -> Vec<Entry> {
    let pill = Rect::new(0.0, -7.0, 14.0, 7.0);
    vec![
        Entry {
            picture: vec![
                Shape::Rect { rect: pill, radius: 4.0, fill: Some(Role::Text.into()), stroke: None },
                text_line(pill, "3", 11.0, Role::Background.into(), Align::Middle),
            ],
            width: 14.0,
            words: tr(o, "legend-votes"),
        },
        Entry {
            picture: vec![text_line(Rect::new(0.0, -8.0, 18.0, 8.0), "+2", 12.0, Role::TextMuted.into(), Align::Start)],
            width: 18.0,
            words: tr(o, "legend-more"),
        },
    ]
}

/// The three lines.
fn lines(o: &Options) -> Vec<Entry> {
    [LineKind::Interaction, LineKind::Visibility, LineKind::InternalInteraction]
        .into_iter()
        .map(|kind| Entry {
            picture: vec![Shape::Path {
                points: vec![pos(0.0, 0.0), pos(28.0, 0.0)],
                stroke: line_stroke(kind),
                arrow_start: false,
                arrow_end: false,
            }],
            width: 28.0,
            words: tr(o, line_key(kind)),
        })
        .collect()
}

/// The LEAN marks the blueprint uses: value classes, waste letters, Kano, minutes.
fn measures(bp: &Blueprint, o: &Options) -> Vec<Entry> {
    let uses = |f: &dyn Fn(&crate::model::Step) -> bool| bp.steps().any(f);
    let mut entries = Vec::new();
    for &v in ValueClass::ALL {
        if uses(&|s| s.measures.value == Some(v)) {
            entries.push(Entry {
                picture: vec![Shape::Rect {
                    rect: Rect::new(0.0, -8.0, 6.0, 8.0),
                    radius: 2.0,
                    fill: Some(Role::Value(v).into()),
                    stroke: None,
                }],
                width: 6.0,
                words: tr(o, &format!("measure-{}", v.as_str().replace('_', "-"))),
            });
        }
    }
    if uses(&|s| s.measures.waste_type.is_some()) {
        let r = Rect::new(0.0, -8.0, 16.0, 8.0);
        entries.push(Entry {
            picture: vec![
                Shape::Rect { rect: r, radius: 3.0, fill: Some(Role::Pain.into()), stroke: None },
                text_line(r, "W", 11.0, Role::White.into(), Align::Middle),
            ],
            width: 16.0,
            words: tr(o, "legend-waste"),
        });
    }
    if uses(&|s| s.measures.kano.is_some()) {
        entries.push(Entry { picture: Vec::new(), width: 0.0, words: tr(o, "legend-kano") });
    }
    if uses(&|s| s.measures.process_minutes.is_some() || s.measures.wait_minutes.is_some()) {
        entries.push(Entry { picture: Vec::new(), width: 0.0, words: tr(o, "legend-minutes") });
    }
    entries
}

/// The emotion curve, the tension marks and the interaction band's edges, when drawn.
fn views(bp: &Blueprint, layout: &Layout, o: &Options) -> Vec<Entry> {
    let mut entries = Vec::new();
    if !layout.emotion_bands.is_empty() {
        entries.push(Entry {
            picture: vec![Shape::Path {
                points: vec![pos(0.0, 4.0), pos(10.0, -5.0), pos(20.0, 2.0), pos(28.0, -3.0)],
                stroke: Stroke::solid(2.5, Paint::alpha(Role::Text, 0.7)),
                arrow_start: false,
                arrow_end: false,
            }],
            width: 28.0,
            words: tr(o, "legend-emotion"),
        });
    }
    if o.tensions && !crate::analysis::tensions(bp).is_empty() {
        entries.push(Entry {
            picture: vec![Shape::Rect {
                rect: Rect::new(0.0, -8.0, 24.0, 8.0),
                radius: 3.0,
                fill: None,
                stroke: Some(Stroke::dashed(2.5, Role::Fixed(crate::style::Rgba(240, 120, 0, 255)), 5.0, 3.0)),
            }],
            width: 24.0,
            words: tr(o, "legend-tension"),
        });
    }
    if layout.interaction.is_some() {
        for (role, id) in
            [(Role::Warn, "legend-unanswered"), (Role::Late, "legend-late"), (Role::Idea, "legend-unprompted")]
        {
            entries.push(Entry {
                picture: vec![Shape::Rect {
                    rect: Rect::new(0.0, -8.0, 22.0, 8.0),
                    radius: 4.0,
                    fill: Some(super::build::customer_card().into()),
                    stroke: Some(Stroke::solid(2.5, role)),
                }],
                width: 22.0,
                words: tr(o, id),
            });
        }
    }
    entries
}

/// The initials of every actor that takes part in a step, with the actor's name.
fn actors(bp: &Blueprint, r: f32) -> Vec<Entry> {
    // The actors any step names, gathered once.
    let used: std::collections::HashSet<_> = bp.steps().flat_map(|s| s.actors.iter().copied()).collect();
    bp.actors()
        .iter()
        .filter(|a| used.contains(&a.id))
        .map(|actor| Entry {
            picture: vec![
                Shape::Circle {
                    center: pos(r, 0.0),
                    radius: r,
                    fill: Some(Role::HeaderFill.into()),
                    stroke: Some(Stroke::solid(1.0, Role::CardBorder)),
                },
                text_line(
                    Rect::new(0.0, -r, 2.0 * r, r),
                    &super::card::initials(&actor.name),
                    r * 0.95,
                    Role::Text.into(),
                    Align::Middle,
                ),
            ],
            width: 2.0 * r,
            words: actor.name.clone(),
        })
        .collect()
}

/// Puts the entries in rows of at most `width`.
fn place(entries: Vec<Entry>, x0: f32, y0: f32, width: f32) -> Group {
    let mut g = Group { bounds: Rect::new(x0, y0, x0 + width, y0), ..Group::default() };
    let (mut x, mut y) = (x0, y0 + ROW / 2.0);
    for e in entries {
        let words = text::fit_line(&e.words, SIZE, width - e.width - 8.0);
        let w = e.width + if e.width > 0.0 { 6.0 } else { 0.0 } + text::width(&words, SIZE) + 22.0;
        if x > x0 && x + w > x0 + width {
            x = x0;
            y += ROW;
        }
        for shape in e.picture {
            g.push(super::shift(shape, x, y));
        }
        let tx = x + e.width + if e.width > 0.0 { 6.0 } else { 0.0 };
        g.push(text_line(
            Rect::new(tx, y - ROW / 2.0, tx + w, y + ROW / 2.0),
            &words,
            SIZE,
            Role::Text.into(),
            Align::Start,
        ));
        x += w;
    }
    g.bounds.max.y = y + ROW / 2.0;
    g
}
