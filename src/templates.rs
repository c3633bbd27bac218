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

/// The starting points offered by File → New from template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// The five standard lanes.
    Standard,
    /// An internal process: the "customer" is a colleague, served by staff departments.
    InternalProcess,
}

impl Template {
    pub const ALL: [Template; 2] = [Self::Standard, Self::InternalProcess];

    /// The template's name on the command line.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::InternalProcess => "internal",
        }
    }

    /// A new blueprint from this template, with lane names in `lang`.
    #[must_use]
    pub fn build(self, title: &str, lang: Lang) -> Blueprint {
        match self {
            Self::Standard => standard(title, lang),
            Self::InternalProcess => {
                let names: [&str; 5] = match lang {
                    Lang::En => [
                        "What the colleague sees",
                        "Colleague actions",
                        "Service desk of the staff department",
                        "Staff department (back office)",
                        "Systems and suppliers",
                    ],
                    Lang::Nl => [
                        "Wat de collega ziet",
                        "Acties van de collega",
                        "Servicepunt van de stafafdeling",
                        "Stafafdeling (backoffice)",
                        "Systemen en leveranciers",
                    ],
                };
                let lanes = STANDARD_KINDS.iter().zip(names).map(|(&k, n)| Lane::new(k, n)).collect();
                let mut bp = Blueprint::with_lanes(title, lanes).unwrap_or_else(|_| Blueprint::empty(title));
                bp.description = Some(match lang {
                    Lang::En => "An internal process: the customer is a colleague.".to_owned(),
                    Lang::Nl => "Een intern proces: de klant is een collega.".to_owned(),
                });
                bp
            }
        }
    }
}
