//! Bringing in what the teams already have: BPMN 2.0 process models (`bpmn.rs`), spreadsheets
//! of steps in CSV or Excel (`table.rs`) and lists pasted from a document (`paste.rs`). Each
//! gives a blueprint and a short summary of what it could not place — nothing is dropped
//! silently — or an error that names the element or row and what is wrong.

pub mod bpmn;
pub mod paste;
pub mod table;

use crate::i18n::tr_args;
use crate::model::{Blueprint, LaneKind};
use serde::Serialize;

/// The kinds of file that can be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Bpmn,
    Csv,
    Xlsx,
}

impl Format {
    /// The format a file name suggests (`.bpmn`, `.xml`, `.csv`, `.tsv`, `.txt`, `.xlsx`).
    #[must_use]
    pub fn of_path(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension()?.to_string_lossy().to_lowercase();
        match ext.as_str() {
            "bpmn" | "bpmn2" | "xml" => Some(Self::Bpmn),
            "csv" | "tsv" | "txt" => Some(Self::Csv),
            "xlsx" | "xlsm" => Some(Self::Xlsx),
            _ => None,
        }
    }
}

/// What the user decides before anything is created.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Lane kinds chosen by hand, by lane (or pool) name.
    pub lanes: Vec<(String, LaneKind)>,
    /// The pool (BPMN) or lane that is the customer.
    pub customer: Option<String>,
    /// Spreadsheet headers mapped by hand: (header, field).
    pub map: Vec<(String, String)>,
}

impl Options {
    /// The kind chosen by hand for a lane, if any.
    #[must_use]
    pub fn lane_kind(&self, name: &str) -> Option<LaneKind> {
        let name = name.trim().to_lowercase();
        if self.customer.as_deref().is_some_and(|c| c.trim().to_lowercase() == name) {
            return Some(LaneKind::Customer);
        }
        self.lanes.iter().find(|(n, _)| n.trim().to_lowercase() == name).map(|(_, k)| *k)
    }
}

/// An imported blueprint, with what could not be placed.
#[derive(Debug)]
pub struct Imported {
    pub blueprint: Blueprint,
    /// What was left out, in words (one line each).
    pub left_out: Vec<String>,
    /// Each lane's kind and whether it was guessed (the preview lets the user change it).
    pub lanes: Vec<LaneGuess>,
}

/// How a lane's kind came about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LaneGuess {
    pub name: String,
    pub kind: LaneKind,
    /// Guessed by the documented rules (not given by hand or in the file).
    pub guessed: bool,
}

/// Why a file could not be imported: where (an element's id and name, a row) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub at: String,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.at.is_empty() { f.write_str(&self.message) } else { write!(f, "{}: {}", self.at, self.message) }
    }
}

impl std::error::Error for ImportError {}

/// An error in the interface language.
pub(crate) fn error(at: impl Into<String>, id: &str, args: &[(&str, String)]) -> ImportError {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
        args.iter().map(|(k, v)| (*k, fluent_bundle::FluentValue::from(v.as_str()))).collect();
    ImportError { at: at.into(), message: tr_args(id, &args) }
}

/// Imports `bytes` as `format`.
pub fn import(bytes: &[u8], format: Format, options: &Options) -> Result<Imported, ImportError> {
    if bytes.len() > crate::io::MAX_FILE_BYTES {
        return Err(error("", "import-too-big", &[("max", (crate::io::MAX_FILE_BYTES / 1_000_000).to_string())]));
    }
    match format {
        Format::Bpmn => bpmn::import(bytes, options),
        Format::Csv => table::import_csv(bytes, options),
        Format::Xlsx => table::import_xlsx(bytes, options),
    }
}

/// A lane's kind guessed from its name, in English and Dutch: the customer, the front office,
/// support (systems, other departments), physical evidence; otherwise backstage.
#[must_use]
pub fn guess_kind(name: &str) -> LaneKind {
    let n = name.to_lowercase();
    // Whole words: "Team Burgerzaken" is a department, not a citizen; "Unit" holds no "IT".
    let words: Vec<&str> = n.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let word = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let part = |list: &[&str]| list.iter().any(|p| n.contains(p));
    if part(&[
        "front",
        "balie",
        "kcc",
        "klantcontact",
        "contactcentr",
        "contact center",
        "loket",
        "desk",
        "call",
        "servicecentr",
    ]) {
        LaneKind::Frontstage
    } else if word(&[
        "customer",
        "customers",
        "client",
        "clients",
        "citizen",
        "citizens",
        "applicant",
        "resident",
        "tenant",
        "visitor",
        "klant",
        "klanten",
        "burger",
        "burgers",
        "inwoner",
        "inwoners",
        "aanvrager",
        "aanvragers",
        "bezoeker",
        "bezoekers",
        "cliënt",
        "cliënten",
        "huurder",
        "huurders",
        "bewoner",
        "bewoners",
        "ondernemer",
    ]) {
        LaneKind::Customer
    } else if part(&["evidence", "bewijs"]) {
        LaneKind::Evidence
    } else if word(&[
        "it",
        "ict",
        "system",
        "systems",
        "systeem",
        "systemen",
        "application",
        "applicatie",
        "database",
        "support",
    ]) || part(&["ondersteun", "zaaksysteem"])
    {
        LaneKind::Support
    } else {
        LaneKind::Backstage
    }
}

/// Free cells while an import fills a blueprint: the cell asked for, or the next free one to
/// the right (a cell holds one step); `None` past the last column. Remembers where the last
/// search for a cell ended, so that many steps asking for one cell cost a step each, not a walk
/// along the row each.
#[derive(Default)]
pub(crate) struct FreeCells {
    next: std::collections::HashMap<(crate::model::LaneId, u32), u32>,
}

impl FreeCells {
    pub(crate) fn find(&mut self, bp: &Blueprint, lane: crate::model::LaneId, wanted: u32) -> Option<u32> {
        let start = self.next.get(&(lane, wanted)).copied().unwrap_or(wanted).max(wanted);
        let found = (start..=crate::model::MAX_COLUMN).find(|c| bp.step_at(lane, *c).is_none())?;
        self.next.insert((lane, wanted), found + 1);
        Some(found)
    }
}
