//! Ready-made starting points: the standard five lanes, named in the user's language.

use crate::model::{Blueprint, Lane, LaneKind};

/// The interface languages; also used for the names of new lanes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

/// The standard name of a lane kind.
#[must_use]
pub fn lane_name(kind: LaneKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (LaneKind::Evidence, Lang::En) => "Physical evidence",
        (LaneKind::Customer, Lang::En) => "Customer actions",
        (LaneKind::Frontstage, _) => "Frontstage",
        (LaneKind::Backstage, _) => "Backstage",
        (LaneKind::Support, Lang::En) => "Support processes",
        (LaneKind::Custom, Lang::En) => "Custom lane",
        (LaneKind::Evidence, Lang::Nl) => "Fysiek bewijs",
        (LaneKind::Customer, Lang::Nl) => "Klantacties",
        (LaneKind::Support, Lang::Nl) => "Ondersteunende processen",
        (LaneKind::Custom, Lang::Nl) => "Eigen baan",
    }
}

/// The five standard kinds, top to bottom.
pub const STANDARD_KINDS: [LaneKind; 5] =
    [LaneKind::Evidence, LaneKind::Customer, LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support];

/// A new, empty blueprint with the five standard lanes.
#[must_use]
pub fn standard(title: &str, lang: Lang) -> Blueprint {
    let lanes = STANDARD_KINDS.iter().map(|&k| Lane::new(k, lane_name(k, lang))).collect();
    // Fresh random ids cannot collide.
    Blueprint::with_lanes(title, lanes).unwrap_or_else(|_| Blueprint::empty(title))
}
