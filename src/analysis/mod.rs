//! Pure functions over a blueprint: counts, the box score (lead time on the critical path,
//! value ratio), the tensions between the LEAN and customer views, and the report.

mod boxscore;
pub mod diff;
pub mod interaction;
pub mod report;
mod tensions;

pub use boxscore::{BoxScore, ReworkLoop, box_score, duration};
pub use tensions::{Tension, tensions};

use crate::model::{AnnotationKind, Blueprint};
use serde::Serialize;

/// How many of each part a blueprint holds (`sightline stats`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub lanes: usize,
    pub phases: usize,
    pub columns: u32,
    pub steps: usize,
    pub flows: usize,
    pub annotations: usize,
    pub pain_points: usize,
    pub moments_of_truth: usize,
    pub ideas: usize,
    pub questions: usize,
    pub messages: usize,
    pub actors: usize,
    pub votes: u64,
}

impl Stats {
    /// Counts the parts of a blueprint.
    #[must_use]
    pub fn of(bp: &Blueprint) -> Self {
        let count = |kind| bp.annotations().iter().filter(|a| a.kind == kind).count();
        Self {
            lanes: bp.lanes().len(),
            phases: bp.phases().len(),
            columns: bp.column_count(),
            steps: bp.step_count(),
            flows: bp.flow_count(),
            annotations: bp.annotations().len(),
            pain_points: count(AnnotationKind::PainPoint),
            moments_of_truth: count(AnnotationKind::MomentOfTruth),
            ideas: count(AnnotationKind::Idea),
            questions: count(AnnotationKind::Question),
            messages: count(AnnotationKind::Message),
            actors: bp.actors().len(),
            votes: bp.annotations().iter().map(|a| u64::from(a.votes)).sum(),
        }
    }
}
