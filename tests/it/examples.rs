//! The examples are realistic: at least 15 steps over all five lanes, flows across lanes,
//! phases, pain points and moments of truth; the built-in copies match the files.

use crate::common;

use sightline::analysis::Stats;
use sightline::model::LaneKind;
use std::collections::HashSet;

#[test]
fn examples_are_rich_enough() {
    let files = common::example_files();
    assert!(files.len() >= 3);
    for file in files {
        let bp = sightline::io::load_file(&file).unwrap_or_else(|e| panic!("{e}"));
        let s = Stats::of(&bp);
        let name = file.display();
        assert!(s.steps >= 15, "{name}: {} steps", s.steps);
        assert!(s.phases >= 3 && s.pain_points >= 1 && s.moments_of_truth >= 1, "{name}: {s:?}");
        let used: HashSet<LaneKind> = bp.steps().filter_map(|st| bp.lane(st.lane)).map(|l| l.kind).collect();
        assert_eq!(used.len(), 5, "{name}: steps in all five lanes");
        let across = bp.flows().filter(|f| bp.step(f.from).map(|a| a.lane) != bp.step(f.to).map(|b| b.lane)).count();
        assert!(across >= 5, "{name}: {across} flows across lanes");
        let score = sightline::analysis::box_score(&bp);
        assert!(score.lead_time_minutes > 0.0 && score.value_added_ratio > 0.0, "{name}: minutes and value classes");
        assert!(!sightline::analysis::tensions(&bp).is_empty(), "{name}: at least one tension");
    }
}

#[test]
fn built_in_examples_load_and_match_the_files() {
    for ex in sightline::examples::ALL {
        let bp = sightline::examples::load(ex.name).expect("known").expect("valid");
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/{}.blueprint.json", ex.name));
        assert_eq!(sightline::io::load_file(&path).expect("file"), bp);
    }
    assert!(sightline::examples::load("nope").is_none());
}
