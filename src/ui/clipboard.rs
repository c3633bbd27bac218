//! Copy and paste of steps, with the flows between them and their annotations. The fragment is
//! also put on the system clipboard as JSON, so it can be pasted into another window.

use crate::edit::{Edit, batch};
use crate::model::{Annotation, AnnotationId, Blueprint, Flow, FlowId, LaneId, Step, StepId, Target};
use crate::ui::state::Selection;
use std::collections::{HashMap, HashSet};

/// Copied steps, kept relative to the top-left of what was copied.
#[derive(Clone, Debug, PartialEq)]
pub struct Fragment {
    /// (lane offset, column offset, step)
    pub steps: Vec<(usize, u32, Step)>,
    pub flows: Vec<Flow>,
    pub annotations: Vec<Annotation>,
}

/// The selected steps as a fragment.
#[must_use]
pub fn copy(bp: &Blueprint, steps: &[StepId]) -> Option<Fragment> {
    let chosen: Vec<&Step> = steps.iter().filter_map(|&s| bp.step(s)).collect();
    let lane_of = |s: &Step| bp.lane_index(s.lane).unwrap_or(0);
    let top = chosen.iter().map(|s| lane_of(s)).min()?;
    let left = chosen.iter().map(|s| s.column).min()?;
    let ids: HashSet<StepId> = chosen.iter().map(|s| s.id).collect();
    let flows: Vec<Flow> =
        bp.flows_in_order().into_iter().filter(|f| ids.contains(&f.from) && ids.contains(&f.to)).cloned().collect();
    let flow_ids: HashSet<FlowId> = flows.iter().map(|f| f.id).collect();
    let annotations = bp
        .annotations()
        .iter()
        .filter(|a| match a.on {
            Target::Step(s) => ids.contains(&s),
            Target::Flow(f) => flow_ids.contains(&f),
        })
        .cloned()
        .collect();
    let steps = chosen.into_iter().map(|s| (lane_of(s) - top, s.column - left, s.clone())).collect();
    Some(Fragment { steps, flows, annotations })
}

/// The edit that pastes a fragment with its top-left at (lane index, column), moving right
/// until every step has a free cell; with new ids. Returns the edit and the pasted steps.
#[must_use]
pub fn paste(bp: &Blueprint, fragment: &Fragment, lane: usize, column: u32) -> Option<(Edit, Selection)> {
    let lanes: Vec<LaneId> = bp.lanes().iter().map(|l| l.id).collect();
    let fits = |c: u32| {
        fragment.steps.iter().all(|(dl, dc, _)| {
            lanes.get(lane + dl).is_some_and(|&l| bp.step_at(l, c + dc).is_none()) && c + dc <= crate::model::MAX_COLUMN
        })
    };
    let column = (column..column + 10_000).find(|&c| fits(c))?;
    let mut new_ids: HashMap<StepId, StepId> = HashMap::new();
    let mut edits = Vec::new();
    let mut selection = Selection::default();
    for (dl, dc, step) in &fragment.steps {
        let id = StepId::random();
        new_ids.insert(step.id, id);
        let lane = lanes[lane + dl];
        edits.push(Edit::AddStep(Step { id, lane, column: column + dc, ..step.clone() }));
        selection.steps.insert(id);
        selection.cell.get_or_insert((lane, column + dc));
    }
    let mut new_flows: HashMap<FlowId, FlowId> = HashMap::new();
    for f in &fragment.flows {
        let id = FlowId::random();
        new_flows.insert(f.id, id);
        edits.push(Edit::AddFlow(Flow { id, from: new_ids[&f.from], to: new_ids[&f.to], ..f.clone() }));
    }
    for a in &fragment.annotations {
        let on = match a.on {
            Target::Step(s) => Target::Step(new_ids[&s]),
            Target::Flow(f) => Target::Flow(new_flows[&f]),
        };
        edits.push(Edit::AddAnnotation {
            index: None,
            annotation: Annotation { id: AnnotationId::random(), on, ..a.clone() },
        });
    }
    Some((batch(edits), selection))
}

/// The fragment as text for the system clipboard: a small blueprint file holding the steps.
#[must_use]
pub fn to_text(bp: &Blueprint, fragment: &Fragment) -> String {
    let mut out =
        Blueprint::with_lanes("Sightline clipboard", bp.lanes().to_vec()).unwrap_or_else(|_| Blueprint::empty(""));
    for (_, _, s) in &fragment.steps {
        let _ = out.add_step(s.clone());
    }
    for f in &fragment.flows {
        let _ = out.add_flow(f.clone());
    }
    for a in &fragment.annotations {
        let _ = out.add_annotation(a.clone());
    }
    crate::io::to_string(&out)
}

/// A fragment from clipboard text, when it is a blueprint (from this or another window).
#[must_use]
pub fn from_text(text: &str) -> Option<Fragment> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let bp = crate::io::from_str(text).ok()?;
    let ids: Vec<StepId> = bp.steps().map(|s| s.id).collect();
    copy(&bp, &ids)
}
