//! The example blueprints built into the program (from `examples/`).

use crate::io::{self, LoadError};
use crate::model::Blueprint;

/// An example built into the program.
pub struct Example {
    /// Short name, as on the command line (`sightline --example NAME`).
    pub name: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub text: &'static str,
}

/// All built-in examples.
pub const ALL: [Example; 3] = [
    Example {
        name: "omgevingsvergunning",
        title: "Omgevingsvergunning aanvragen (gemeente)",
        summary: "A municipality permit: the contact centre gets status questions while the case file is incomplete.",
        text: include_str!("../examples/omgevingsvergunning.blueprint.json"),
    },
    Example {
        name: "archiefonderzoek",
        title: "Onderzoeksvraag aan het archief (bezoekers uit het buitenland)",
        summary: "An archive answering research questions from abroad, between reading room and website.",
        text: include_str!("../examples/archiefonderzoek.blueprint.json"),
    },
    Example {
        name: "eerste-werkweek",
        title: "Eerste werkweek van een nieuwe medewerker (intern)",
        summary: "An internal process: staff departments support a new colleague's first week.",
        text: include_str!("../examples/eerste-werkweek.blueprint.json"),
    },
];

/// Reads a built-in example by name.
#[must_use]
pub fn load(name: &str) -> Option<Result<Blueprint, LoadError>> {
    ALL.iter().find(|e| e.name == name).map(|e| io::from_str(e.text))
}
