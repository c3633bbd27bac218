//! A spreadsheet of steps (CSV or Excel `.xlsx`), one row per step: lane (name or kind), phase,
//! title, description, channel, the minutes and the other measures; the header row in English or
//! Dutch, or mapped by hand (`--map COLUMN=FIELD`). Sightline's own CSV export (one row per step
//! and per note) imports back to the same steps, lanes, phases and notes.

use super::{ImportError, Imported, LaneGuess, Options, error, free_cell, guess_kind};
use crate::model::{
    Annotation, AnnotationId, AnnotationKind, Blueprint, Evidence, Kano, Lane, LaneKind, Perspective, Phase, Step,
    StepId, Target, ValueClass, WasteType,
};
use std::collections::HashMap;

/// The fields a column can hold, with the headers that name them (English and Dutch).
const FIELDS: [(&str, &[&str]); 22] = [
    ("record", &["record", "regel"]),
    ("id", &["id"]),
    ("kind", &["kind", "soort", "type"]),
    ("lane", &["lane", "baan", "swimlane", "rol", "role", "actor"]),
    ("phase", &["phase", "fase", "stage"]),
    ("column", &["column", "kolom", "nr", "volgorde", "order"]),
    ("title", &["title", "titel", "step", "stap", "activity", "activiteit", "name", "naam", "text", "tekst"]),
    ("description", &["description", "beschrijving", "omschrijving", "toelichting"]),
    ("channel", &["channel", "kanaal"]),
    ("on", &["on", "bij", "op"]),
    ("severity", &["severity", "ernst"]),
    ("perspective", &["perspective", "perspectief"]),
    ("votes", &["votes", "stemmen"]),
    ("process_minutes", &["process_minutes", "process minutes", "bewerkingsminuten", "bewerkingstijd", "doorlooptijd"]),
    ("wait_minutes", &["wait_minutes", "wait minutes", "wachtminuten", "wachttijd"]),
    ("customer_minutes", &["customer_minutes", "customer minutes", "klantminuten", "klanttijd"]),
    ("value", &["value", "waarde", "waardeklasse"]),
    ("waste_type", &["waste_type", "waste type", "verspilling", "soort verspilling"]),
    ("evidence", &["evidence", "zekerheid"]),
    ("emotion", &["emotion", "emotie"]),
    ("kano", &["kano"]),
    ("step_id", &["step_id", "stap_id"]),
];

/// A table: the header and the rows, as text.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Reads CSV (comma, semicolon or tab separated, as Excel in Dutch writes it).
pub fn import_csv(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    table(csv_rows(bytes)?, options)
}

/// Reads the first sheet of an Excel workbook.
pub fn import_xlsx(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    table(xlsx_rows(bytes)?, options)
}

/// The header of a spreadsheet and the field each column gives (for the import dialog's
/// mapping step): `None` where a column is not used.
pub fn columns(
    bytes: &[u8],
    format: super::Format,
    options: &Options,
) -> Result<Vec<(String, Option<&'static str>)>, ImportError> {
    let rows = match format {
        super::Format::Xlsx => xlsx_rows(bytes)?,
        _ => csv_rows(bytes)?,
    };
    let header = rows.into_iter().find(|r| r.iter().any(|c| !c.trim().is_empty())).unwrap_or_default();
    let f = fields(&header, options);
    Ok(header.into_iter().zip(f).filter(|(h, _)| !h.trim().is_empty()).collect())
}

/// The fields a column can be mapped to, in the order the mapping step offers them.
#[must_use]
pub fn field_ids() -> Vec<&'static str> {
    FIELDS.iter().map(|(f, _)| *f).filter(|f| !matches!(*f, "record" | "id" | "step_id" | "on")).collect()
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    let text =
        crate::io::from_utf8_text(bytes).map_err(|p| error(p.at, "import-csv-text", &[("reason", p.message)]))?;
    let first = text.lines().next().unwrap_or_default();
    let delimiter =
        [b'\t', b';', b','].into_iter().max_by_key(|d| first.matches(char::from(*d)).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (i, r) in reader.records().enumerate() {
        let r = r.map_err(|e| error(row_at(i + 1), "import-csv-row", &[("reason", e.to_string())]))?;
        rows.push(r.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

fn xlsx_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| error("", "import-xlsx", &[("reason", e.to_string())]))?;
    let Some(Ok(range)) = book.worksheet_range_at(0) else {
        return Err(error("", "import-xlsx-empty", &[]));
    };
    let cell = |d: &Data| match d {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{f:.0}")
            } else {
                f.to_string()
            }
        }
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // A date as a date (2026-11-29), not as Excel's day number.
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Error(e) => format!("#{e:?}"),
    };
    Ok(range.rows().map(|r| r.iter().map(cell).collect()).collect())
}

/// "row 5" (counted as a spreadsheet shows them, from 1, the header being row 1).
fn row_at(n: usize) -> String {
    crate::i18n::tr_args("import-row", &[("n", n.into())])
}

fn normal(h: &str) -> String {
    h.trim().trim_start_matches('\u{feff}').to_lowercase()
}

/// The field of each column.
fn fields(header: &[String], options: &Options) -> Vec<Option<&'static str>> {
    header
        .iter()
        .map(|h| {
            let h = normal(h);
            let mapped = options.map.iter().find(|(col, _)| normal(col) == h).map(|(_, f)| normal(f));
            let wanted = mapped.as_deref().unwrap_or(&h);
            FIELDS.iter().find(|(field, names)| *field == wanted || names.contains(&wanted)).map(|(field, _)| *field)
        })
        .collect()
}

fn table(mut rows: Vec<Vec<String>>, options: &Options) -> Result<Imported, ImportError> {
    // Leading empty rows are not the header.
    while rows.first().is_some_and(|r| r.iter().all(|c| c.trim().is_empty())) {
        rows.remove(0);
    }
    if rows.is_empty() {
        return Err(error("", "import-table-empty", &[]));
    }
    let header = rows.remove(0);
    let t = Table { header, rows };
    let cols = fields(&t.header, options);
    for required in ["title", "lane"] {
        if !cols.contains(&Some(required)) {
            let names = FIELDS.iter().find(|(f, _)| *f == required).map(|(_, n)| n.join(", ")).unwrap_or_default();
            let field = crate::merge::words::field_name(required, crate::i18n::language());
            let args = [("field", field), ("names", names), ("id", required.to_owned())];
            return Err(error(row_at(1), "import-missing-column", &args));
        }
    }
    Builder::new(options).rows(&t, &cols)
}

/// Builds the blueprint row by row.
struct Builder<'a> {
    bp: Blueprint,
    options: &'a Options,
    lanes: HashMap<String, crate::model::LaneId>,
    guesses: Vec<LaneGuess>,
    phases: Vec<(String, u32)>,
    by_title: HashMap<String, StepId>,
    left_out: Vec<String>,
}

impl<'a> Builder<'a> {
    fn new(options: &'a Options) -> Self {
        Self {
            bp: Blueprint::empty(String::new()),
            options,
            lanes: HashMap::new(),
            guesses: Vec::new(),
            phases: Vec::new(),
            by_title: HashMap::new(),
            left_out: Vec::new(),
        }
    }

    fn lane(&mut self, name: &str, kind_cell: &str) -> crate::model::LaneId {
        let key = name.trim().to_lowercase();
        if let Some(id) = self.lanes.get(&key) {
            return *id;
        }
        let given = self.options.lane_kind(name);
        let in_file = LaneKind::ALL.iter().copied().find(|k| k.as_str() == kind_cell.trim());
        let kind = given.or(in_file).unwrap_or_else(|| guess_kind(name));
        let lane = Lane::new(kind, name.trim());
        let id = lane.id;
        let at = self.bp.lanes().len();
        let _ = self.bp.insert_lane(at, lane);
        self.lanes.insert(key, id);
        self.guesses.push(LaneGuess {
            name: name.trim().to_owned(),
            kind,
            guessed: given.is_none() && in_file.is_none(),
        });
        id
    }

    fn rows(mut self, t: &Table, cols: &[Option<&'static str>]) -> Result<Imported, ImportError> {
        let mut notes: Vec<(usize, HashMap<&'static str, String>)> = Vec::new();
        let mut next_column = 0u32;
        for (i, row) in t.rows.iter().enumerate() {
            let at = row_at(i + 2);
            let mut f: HashMap<&'static str, String> = HashMap::new();
            for (c, value) in row.iter().enumerate() {
                if let Some(Some(field)) = cols.get(c) {
                    f.insert(field, value.trim().to_owned());
                }
            }
            let get = |k: &str| f.get(k).map(String::as_str).unwrap_or_default();
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if get("record") == "annotation" {
                notes.push((i + 2, f));
                continue;
            }
            if get("title").is_empty() {
                return Err(error(at, "import-no-title", &[]));
            }
            if get("lane").is_empty() {
                return Err(error(at, "import-no-lane", &[]));
            }
            let lane = self.lane(get("lane"), get("kind"));
            let column = match get("column") {
                "" => next_column,
                c => {
                    u32::try_from(whole(c, &at, "column", 1, u64::from(crate::model::MAX_COLUMN) + 1)?).unwrap_or(1) - 1
                }
            };
            let Some(column) = free_cell(&self.bp, lane, column) else {
                return Err(error(at, "import-too-many-columns", &[]));
            };
            next_column = column + 1;
            let mut step = Step::new(lane, column, get("title"));
            if let Some(id) = get("id").parse().ok().filter(|id| !self.bp.uses_id(*id)) {
                step.id = StepId(id);
            }
            step.description = Some(get("description").to_owned()).filter(|s| !s.is_empty());
            step.channel = Some(get("channel").to_owned()).filter(|s| !s.is_empty());
            step.votes =
                u32::try_from(opt_whole(get("votes"), &at, "votes", 0, u64::from(u32::MAX))?.unwrap_or(0)).unwrap_or(0);
            let m = &mut step.measures;
            m.process_minutes = minutes(get("process_minutes"), &at, "process_minutes")?;
            m.wait_minutes = minutes(get("wait_minutes"), &at, "wait_minutes")?;
            m.customer_minutes = minutes(get("customer_minutes"), &at, "customer_minutes")?;
            m.value = word(get("value"), &at, "value", ValueClass::ALL, ValueClass::as_str)?;
            m.waste_type = word(get("waste_type"), &at, "waste_type", WasteType::ALL, WasteType::as_str)?
                .filter(|_| m.value == Some(ValueClass::Waste));
            m.evidence = word(get("evidence"), &at, "evidence", Evidence::ALL, Evidence::as_str)?;
            m.kano = word(get("kano"), &at, "kano", Kano::ALL, Kano::as_str)?;
            m.emotion = match get("emotion") {
                "" => None,
                e => Some(i8::try_from(signed(e, &at, "emotion")?).unwrap_or(0)),
            };
            if !get("phase").is_empty() && !self.phases.iter().any(|(n, _)| n == get("phase")) {
                self.phases.push((get("phase").to_owned(), column));
            } else if let Some(p) = self.phases.iter_mut().find(|(n, _)| n == get("phase")) {
                p.1 = p.1.min(column);
            }
            self.by_title.entry(step.title.to_lowercase()).or_insert(step.id);
            self.bp
                .add_step(step)
                .map_err(|e| ImportError { at: at.clone(), message: crate::i18n::words::model_error(&self.bp, &e) })?;
        }
        self.notes(notes)?;
        self.add_phases();
        let Self { mut bp, guesses, left_out, .. } = self;
        if bp.lanes().is_empty() {
            return Err(error("", "import-table-empty", &[]));
        }
        bp.title = crate::i18n::tr("import-title");
        Ok(Imported { blueprint: bp, left_out, lanes: guesses })
    }

    /// Notes (rows of `record` = annotation, as Sightline's CSV writes them) on their steps.
    fn notes(&mut self, notes: Vec<(usize, HashMap<&'static str, String>)>) -> Result<(), ImportError> {
        for (row, f) in notes {
            let at = row_at(row);
            let get = |k: &str| f.get(k).map(String::as_str).unwrap_or_default();
            let step = get("step_id")
                .parse()
                .ok()
                .map(StepId)
                .filter(|s| self.bp.step(*s).is_some())
                .or_else(|| self.by_title.get(&get("on").to_lowercase()).copied());
            let Some(step) = step else {
                self.left_out.push(crate::i18n::tr_args(
                    "import-note-without-step",
                    &[("row", row.into()), ("text", get("title").to_owned().into())],
                ));
                continue;
            };
            let Some(kind) = word(get("kind"), &at, "kind", &AnnotationKind::ALL, AnnotationKind::as_str)? else {
                return Err(error(at, "import-note-kind", &[]));
            };
            let mut a = Annotation::new(kind, Target::Step(step), get("title"));
            if let Some(id) = get("id").parse().ok().filter(|id| !self.bp.uses_id(*id)) {
                a.id = AnnotationId(id);
            }
            if kind == AnnotationKind::PainPoint {
                a.severity = opt_whole(get("severity"), &at, "severity", 1, 3)?
                    .and_then(|s| u8::try_from(s).ok())
                    .or(a.severity);
            }
            if kind == AnnotationKind::MomentOfTruth {
                a.perspective = word(get("perspective"), &at, "perspective", &Perspective::ALL, Perspective::as_str)?
                    .or(a.perspective);
            }
            a.votes =
                u32::try_from(opt_whole(get("votes"), &at, "votes", 0, u64::from(u32::MAX))?.unwrap_or(0)).unwrap_or(0);
            self.bp
                .add_annotation(a)
                .map_err(|e| ImportError { at, message: crate::i18n::words::model_error(&self.bp, &e) })?;
        }
        Ok(())
    }

    fn add_phases(&mut self) {
        let mut starts: Vec<(String, u32)> = Vec::new();
        for (name, start) in std::mem::take(&mut self.phases) {
            if starts.iter().any(|(_, s)| *s == start) {
                self.left_out.push(crate::i18n::tr_args("import-phase-same-start", &[("name", name.into())]));
            } else {
                starts.push((name, start));
            }
        }
        let _ = self.bp.add_phases(starts.into_iter().map(|(n, s)| Phase::new(n, s)).collect());
    }
}

#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "checked: whole, within min..=max"
)]
fn whole(text: &str, at: &str, field: &str, min: u64, max: u64) -> Result<u64, ImportError> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.fract() == 0.0 && *v >= min as f64 && *v <= max as f64)
        .map(|v| v as u64)
        .ok_or_else(|| bad(text, at, field))
}

fn opt_whole(text: &str, at: &str, field: &str, min: u64, max: u64) -> Result<Option<u64>, ImportError> {
    if text.trim().is_empty() { Ok(None) } else { whole(text, at, field, min, max).map(Some) }
}

fn signed(text: &str, at: &str, field: &str) -> Result<i64, ImportError> {
    text.trim().parse::<i64>().ok().filter(|v| (-2..=2).contains(v)).ok_or_else(|| bad(text, at, field))
}

/// Minutes, with a decimal point or (as Dutch spreadsheets write it) a comma.
fn minutes(text: &str, at: &str, field: &str) -> Result<Option<f64>, ImportError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && (0.0..=crate::model::MAX_MINUTES).contains(v))
        .map(Some)
        .ok_or_else(|| bad(text, at, field))
}

fn word<T: Copy>(
    text: &str,
    at: &str,
    field: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<Option<T>, ImportError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    all.iter().copied().find(|v| name(*v) == text.trim()).map(Some).ok_or_else(|| {
        let choices: Vec<&str> = all.iter().map(|v| name(*v)).collect();
        error(
            format!("{at}, {}", crate::merge::words::field_name(field, crate::i18n::language())),
            "import-bad-word",
            &[("text", text.to_owned()), ("choices", choices.join(", "))],
        )
    })
}

fn bad(text: &str, at: &str, field: &str) -> ImportError {
    let place = format!("{at}, {}", crate::merge::words::field_name(field, crate::i18n::language()));
    error(place, "import-bad-value", &[("text", text.to_owned())])
}

/// An Excel day number (days since 1899-12-30) as a date, `2026-11-29`.
#[allow(clippy::cast_possible_truncation, reason = "checked to lie within 0..3,000,000 first")]
fn excel_date(days: f64) -> String {
    if !days.is_finite() || !(0.0..3_000_000.0).contains(&days) {
        return days.to_string();
    }
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = days.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
