//! Pure functions over a blueprint: counts, the box score (lead time on the critical path,
//! value ratio), the tensions between the LEAN and customer views, and the report.

pub mod actions;
mod boxscore;
pub mod diff;
pub mod interaction;
pub mod outline;
pub mod report;
mod tensions;

pub use boxscore::{BoxScore, ReworkLoop, box_score, duration, minutes_recorded};
pub use tensions::{Tension, tension_reasons_in, tensions};

use crate::model::{AnnotationKind, Blueprint};
use crate::templates::Lang;
use serde::Serialize;

/// A ratio as a percentage ("0.7 %", "23 %"; in Dutch with a decimal comma, "0,7 %"): one
/// decimal below 10 %, whole numbers from there, and "< 0.1 %" for a share above 0 that would
/// show as 0. The analysis panel and the report both show the value-added ratio with this, so
/// they agree.
#[must_use]
pub fn percent(ratio: f64, lang: Lang) -> String {
    let p = ratio * 100.0;
    if p > 0.0 && p < 0.05 {
        return format!("< {} %", decimal(0.1, 1, lang));
    }
    let places = usize::from(p.abs() < 9.95);
    format!("{} %", decimal(p, places, lang))
}

/// The date of a day counted from 1970-01-01, `2026-11-29` (Howard Hinnant's civil-from-days).
#[must_use]
pub fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{d:02}")
}

/// The moment now in UTC, `2026-11-29T22:40:05Z` (when an inbox entry arrived).
#[must_use]
pub fn timestamp_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let secs = i64::try_from(secs).unwrap_or(0);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    format!("{}T{:02}:{:02}:{:02}Z", civil_date(days), rest / 3600, rest / 60 % 60, rest % 60)
}

/// A number with at most `places` decimals, without a trailing ",0" (".0"), and with the
/// language's decimal mark: "14.1" in English, "14,1" in Dutch.
#[must_use]
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    let mut s = format!("{x:.places$}");
    if s.contains('.') {
        let trimmed = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(trimmed);
    }
    if s == "-0" {
        s.remove(0);
    }
    if lang == Lang::Nl { s.replace('.', ",") } else { s }
}

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
    /// Conflicts a merge recorded that nobody resolved yet.
    pub conflicts: usize,
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
            conflicts: bp.conflicts.len(),
        }
    }
}
