//! The layout: cards sit in their cells without overlapping, flows never cross a card, and the
//! queries the canvas uses for culling find exactly what is in view.

use sightline::layout::{Layout, Metrics, Pos, Rect, pos};

fn generated(n: usize) -> (sightline::model::Blueprint, Layout) {
    let bp = sightline::generate::generate(n, 7);
    let layout = Layout::compute(&bp, Metrics::default());
    (bp, layout)
}

/// Whether the segment a–b passes through the inside of `r` (axis-aligned segments only).
fn crosses(a: Pos, b: Pos, r: &Rect) -> bool {
    let inner = r.expand(-1.0);
    let (x0, x1) = (a.x.min(b.x), a.x.max(b.x));
    let (y0, y1) = (a.y.min(b.y), a.y.max(b.y));
    x0 < inner.max.x && x1 > inner.min.x && y0 < inner.max.y && y1 > inner.min.y
}

#[test]
fn flows_are_orthogonal_and_never_cross_a_card() {
    let (_, layout) = generated(600);
    assert!(layout.flows.len() > 600);
    for f in &layout.flows {
        for seg in f.points.windows(2) {
            let (a, b) = (seg[0], seg[1]);
            assert!((a.x - b.x).abs() < 0.01 || (a.y - b.y).abs() < 0.01, "diagonal segment in {f:?}");
            for card in layout.cards_in(Rect::around(&[a, b]).expand(1.0)) {
                assert!(!crosses(a, b, &card.rect), "flow {} crosses the card of step {}", f.flow, card.step);
            }
        }
    }
}

#[test]
fn cards_fill_their_cells_without_overlap() {
    let (bp, layout) = generated(300);
    assert_eq!(layout.cards.len(), bp.step_count());
    for pair in layout.cards.windows(2) {
        assert!(!pair[0].rect.intersects(&pair[1].rect), "{:?} overlaps {:?}", pair[0], pair[1]);
    }
    for card in &layout.cards {
        let c = card.rect.center();
        assert_eq!(layout.cell_at(c), Some((card.lane, card.column)));
        assert_eq!(layout.card_at(c).map(|k| k.step), Some(card.step));
    }
    assert!(layout.card_at(pos(-10.0, 10.0)).is_none());
}

#[test]
fn culling_finds_exactly_the_cards_in_view() {
    let (_, layout) = generated(1000);
    let view = Rect::new(1500.0, 100.0, 3400.0, 600.0);
    let mut got: Vec<_> = layout.cards_in(view).map(|c| c.step).collect();
    let mut want: Vec<_> = layout.cards.iter().filter(|c| c.rect.intersects(&view)).map(|c| c.step).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    assert!(!got.is_empty() && got.len() < layout.cards.len() / 10);
}

#[test]
fn lines_lie_between_the_right_lanes_and_badges_sit_on_their_step() {
    let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let layout = Layout::compute(&bp, Metrics::default());
    let tops: Vec<f32> = (0..=5).map(|i| layout.lane_top(i)).collect();
    let ys: Vec<f32> = layout.lines.iter().map(|l| l.y).collect();
    assert_eq!(ys, vec![tops[2], tops[3], tops[4]]);
    // Every annotation has a badge, or is counted on its card when there are too many.
    let hidden: usize = layout.cards.iter().map(|c| c.hidden_badges).sum();
    assert_eq!(layout.badges.len() + hidden, bp.annotations().len());
    assert_eq!(layout.phases.len(), bp.phases().len());
    // Phases tile the columns from the first start to the end of the grid.
    for pair in layout.phases.windows(2) {
        assert!((pair[0].span.max.x - pair[1].span.min.x).abs() < 0.01);
    }
    assert!((layout.phases.last().expect("phase").span.max.x - layout.grid().max.x).abs() < 0.01);
}

#[test]
fn culling_finds_exactly_the_flows_and_badges_in_view() {
    let (_, layout) = generated(2000);
    for view in [
        Rect::new(0.0, 0.0, 1900.0, 1000.0),
        Rect::new(30_000.0, -50.0, 32_500.0, 900.0),
        Rect::new(-500.0, -500.0, 100.0, 100.0),
        layout.bounds(),
    ] {
        let mut got: Vec<_> = layout.flows_in(view).map(|f| f.flow).collect();
        let mut want: Vec<_> = layout.flows.iter().filter(|f| f.bounds.intersects(&view)).map(|f| f.flow).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "flows in {view:?}");
        let r = layout.metrics.badge_radius;
        let got = layout.badges_in(view).count();
        let want = layout.badges.iter().filter(|b| view.expand(r).contains(b.center)).count();
        assert_eq!(got, want, "badges in {view:?}");
    }
}

#[test]
fn the_emotion_band_sits_above_the_customer_cards_and_orders_the_curve() {
    let bp = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let metrics = Metrics { emotion_band: 96.0, ..Metrics::default() };
    let layout = Layout::compute(&bp, metrics);
    assert_eq!(layout.emotion_bands.len(), 1, "one customer lane");
    let band = layout.emotion_bands[0];
    let with_emotion = bp.steps().filter(|s| s.measures.emotion.is_some()).count();
    assert_eq!(layout.emotion_points.len(), with_emotion);
    for (step, e, p) in &layout.emotion_points {
        assert!(band.contains(*p), "the point lies in the band");
        let card = layout.card(*step).expect("card");
        assert!(card.rect.min.y >= band.max.y, "cards sit below the band");
        assert!((p.x - card.rect.center().x).abs() < 0.01);
        // Better feelings are higher.
        let zero_y = band.center().y;
        assert_eq!(p.y < zero_y - 1.0, *e > 0, "{e}");
    }
    assert!(layout.emotion_points.windows(2).all(|w| w[0].2.x <= w[1].2.x));
    // Without the band nothing moves.
    let plain = Layout::compute(&bp, Metrics::default());
    assert!(plain.emotion_bands.is_empty() && plain.emotion_points.is_empty());
}
