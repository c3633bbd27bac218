//! A spreadsheet of steps (CSV or Excel `.xlsx`), one row per step: lane (name or kind), phase,
//! title, description, channel, the minutes and the other measures; the header row in English or
//! Dutch, or mapped by hand (`--map COLUMN=FIELD`). Sightline's own CSV export (one row per step
//! and per note) imports back to the same steps, lanes, phases and notes.

use super::{FreeCells, ImportError, Imported, LaneGuess, Options, error, guess_kind};
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

/// A row as the spreadsheet numbers it (from 1), and its cells as text.
type Row = (usize, Vec<String>);

/// A table: the header and the rows, as text.
struct Table {
    header: Vec<String>,
    header_row: usize,
    rows: Vec<Row>,
}

/// The most columns a sheet may use, and the most cells in all (an Excel sheet can claim
/// 16,384 × 1,048,576; a table of steps has a few dozen columns).
const MAX_COLUMNS: u32 = 1_000;
const MAX_CELLS: usize = 5_000_000;

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
    let header = rows.into_iter().map(|(_, r)| r).find(|r| r.iter().any(|c| !c.trim().is_empty())).unwrap_or_default();
    let f = fields(&header, options);
    Ok(header.into_iter().zip(f).filter(|(h, _)| !h.trim().is_empty()).collect())
}

/// The fields a column can be mapped to, in the order the mapping step offers them.
#[must_use]
pub fn field_ids() -> Vec<&'static str> {
    FIELDS.iter().map(|(f, _)| *f).filter(|f| !matches!(*f, "record" | "id" | "step_id" | "on")).collect()
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<Row>, ImportError> {
    let text =
        crate::io::from_utf8_text(bytes).map_err(|p| error(p.at, "import-csv-text", &[("reason", p.message)]))?;
    // A quote that opens and never closes would swallow the rest of the file into one cell.
    let mut open_at = None;
    for (i, line) in text.lines().enumerate() {
        for _ in line.matches('"') {
            open_at = if open_at.is_some() { None } else { Some(i + 1) };
        }
    }
    if let Some(line) = open_at {
        return Err(error(row_at(line), "import-csv-quote", &[]));
    }
    let first = text.lines().next().unwrap_or_default();
    let delimiter =
        [b'\t', b';', b','].into_iter().max_by_key(|d| first.matches(char::from(*d)).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows: Vec<Row> = Vec::new();
    let mut counted = (0usize, 1usize);
    for (i, r) in reader.records().enumerate() {
        let r = r.map_err(|e| error(row_at(i + 1), "import-csv-row", &[("reason", e.to_string())]))?;
        // The line the record starts on, counted in the text (blank lines too), counting only
        // what lies between this record and the last.
        let mut byte = r.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0)).min(text.len());
        while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
            byte += 1;
        }
        if byte >= counted.0 && text.is_char_boundary(byte) && text.is_char_boundary(counted.0) {
            counted = (byte, counted.1 + text[counted.0..byte].matches('\n').count());
        }
        let line = counted.1;
        rows.push((line, r.iter().map(str::to_owned).collect()));
    }
    Ok(rows)
}

/// The cells of the first sheet, read one by one (never the sheet's whole rectangle, which a
/// small file can claim to be billions of cells).
fn xlsx_rows(bytes: &[u8]) -> Result<Vec<Row>, ImportError> {
    use calamine::{DataRef, Reader, Xlsx};
    let bad = |e: calamine::XlsxError| error("", "import-xlsx", &[("reason", e.to_string())]);
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|_| error("", "import-xlsx-not", &[]))?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(error("", "import-xlsx-empty", &[]));
    };
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(bad)?;
    let mut rows: std::collections::BTreeMap<u32, Vec<String>> = std::collections::BTreeMap::new();
    let mut count = 0usize;
    while let Some(cell) = cells.next_cell().map_err(bad)? {
        let (r, c) = cell.get_position();
        let text = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
            DataRef::SharedString(s) => (*s).to_owned(),
            DataRef::Float(f) => number(*f),
            DataRef::Int(i) => i.to_string(),
            DataRef::Bool(b) => b.to_string(),
            // A time of day (0:45) counts as minutes; a date as a date, not Excel's day number.
            DataRef::DateTime(d) if d.as_f64() < 1.0 => number((d.as_f64() * 1_440.0 * 1e6).round() / 1e6),
            DataRef::DateTime(d) => excel_date(d.as_f64()),
            DataRef::Error(e) => format!("#{e}"),
        };
        if c >= MAX_COLUMNS {
            return Err(error(row_at(r as usize + 1), "import-xlsx-wide", &[("max", MAX_COLUMNS.to_string())]));
        }
        count += 1;
        if count > MAX_CELLS {
            return Err(error("", "import-xlsx-big", &[("max", MAX_CELLS.to_string())]));
        }
        let row = rows.entry(r).or_default();
        let c = c as usize;
        if row.len() <= c {
            row.resize(c + 1, String::new());
        }
        row[c] = text;
    }
    Ok(rows.into_iter().map(|(r, cells)| (r as usize + 1, cells)).collect())
}

fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 { format!("{f:.0}") } else { f.to_string() }
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

fn table(mut rows: Vec<Row>, options: &Options) -> Result<Imported, ImportError> {
    // Leading empty rows are not the header.
    let blank = |r: &Row| r.1.iter().all(|c| c.trim().is_empty());
    let skip = rows.iter().take_while(|r| blank(r)).count();
    rows.drain(..skip);
    if rows.is_empty() {
        return Err(error("", "import-table-empty", &[]));
    }
    let (header_row, header) = rows.remove(0);
    let t = Table { header, header_row, rows };
    let cols = fields(&t.header, options);
    for required in ["title", "lane"] {
        if !cols.contains(&Some(required)) {
            let names = FIELDS.iter().find(|(f, _)| *f == required).map(|(_, n)| n.join(", ")).unwrap_or_default();
            let field = crate::merge::words::field_name(required, crate::i18n::language());
            let args = [("field", field), ("names", names), ("id", required.to_owned())];
            return Err(error(row_at(t.header_row), "import-missing-column", &args));
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
    cells: FreeCells,
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
            cells: FreeCells::default(),
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
        for (number, row) in &t.rows {
            let at = row_at(*number);
            let mut f: HashMap<&'static str, String> = HashMap::new();
            for (c, value) in row.iter().enumerate() {
                if let Some(Some(field)) = cols.get(c) {
                    f.insert(field, crate::export::unguard(value.trim()).to_owned());
                }
            }
            let get = |k: &str| f.get(k).map(String::as_str).unwrap_or_default();
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if get("record") == "annotation" {
                notes.push((*number, f));
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
            let Some(column) = self.cells.find(&self.bp, lane, column) else {
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
    // Excel counts from 1899-12-30, 25,569 days before 1970-01-01.
    crate::analysis::civil_date(days.floor() as i64 - 25_569)
}
