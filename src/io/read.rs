//! Reading a blueprint: bytes → JSON → checked model, with every problem named by place.

use super::error::{LoadError, Problem};
use super::json::{
    Obj, at, clip, extras, object, opt_bool, opt_list, opt_minutes, opt_position, opt_str, opt_u32, opt_uuid_list,
    problem, req, req_list, req_str, req_u32, req_uuid, shown, take, uuid, whole, word,
};
use super::{FORMAT, MAX_FILE_BYTES, VERSION};
use crate::model::{
    Actor, ActorId, ActorKind, Annotation, AnnotationId, AnnotationKind, Blueprint, BlueprintId, Evidence, Flow,
    FlowId, Kano, Lane, LaneId, LaneKind, MAX_COLUMN, Measures, Perspective, Phase, PhaseId, Step, StepId, Target,
    ValueClass, WasteType,
};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// More problems than this and the list stops: the file needs a different kind of repair.
const MAX_PROBLEMS: usize = 50;

/// Reads a blueprint from the bytes of a file.
pub fn from_bytes(bytes: &[u8]) -> Result<Blueprint, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = super::encoding::utf8(bytes).map_err(LoadError::one)?;
    from_str(text)
}

/// The path of item `index` of a list: `steps[3]`.
fn item(list: &str, index: usize) -> String {
    format!("{list}[{index}]")
}

/// The refusal for a file over [`MAX_FILE_BYTES`].
pub(crate) fn too_big(len: u64) -> LoadError {
    LoadError::one(problem(
        "",
        "read-too-big",
        &[("size", (len / 1_000_000).to_string()), ("max", (MAX_FILE_BYTES / 1_000_000).to_string())],
    ))
}

/// Reads a blueprint from JSON text.
pub fn from_str(text: &str) -> Result<Blueprint, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::one(problem("", "read-empty", &[])));
    }
    let value = super::scan::parse(text).map_err(LoadError::one)?;
    from_value(value)
}

pub(crate) fn syntax(e: &serde_json::Error) -> Problem {
    let at = line_column(e.line(), e.column());
    let raw = e.to_string();
    // serde_json appends " at line L column C"; the place is already in `at`.
    let what = raw.rsplit_once(" at line ").map_or(raw.as_str(), |(m, _)| m);
    // serde_json's own words, for the mistakes people make when they edit a file by hand.
    let known = [
        ("trailing characters", "read-trailing"),
        ("recursion limit", "read-json-too-deep"),
        ("expected value", "read-json-expected-value"),
        ("expected `,` or `}`", "read-json-expected-comma-object"),
        ("expected `,` or `]`", "read-json-expected-comma-list"),
        ("expected `:`", "read-json-expected-colon"),
        ("key must be a string", "read-json-key-string"),
        ("invalid escape", "read-json-bad-escape"),
        ("control character", "read-json-control"),
        ("invalid number", "read-json-bad-number"),
        ("number out of range", "read-json-bad-number"),
        ("trailing comma", "read-json-trailing-comma"),
        ("unicode code point", "read-json-bad-unicode"),
        ("surrogate", "read-json-bad-unicode"),
        ("hex escape", "read-json-bad-unicode"),
        ("expected ident", "read-json-bad-word"),
        ("invalid type", "read-json-expected-value"),
    ];
    let id = match e.classify() {
        serde_json::error::Category::Eof => "read-cut-off",
        _ => match known.iter().find(|(words, _)| what.contains(words)) {
            Some((_, id)) => id,
            // serde_json's own words are English: shown only in an English interface.
            None if crate::i18n::language() == crate::templates::Lang::En => {
                return problem(at, "read-not-json", &[("detail", what.to_owned())]);
            }
            None => "read-json-other",
        },
    };
    problem(at, id, &[])
}

/// "line 4, column 7" in the interface language.
pub(crate) fn line_column(line: usize, column: usize) -> String {
    crate::i18n::tr_args("read-at-line", &[("line", line.to_string().into()), ("column", column.to_string().into())])
}

/// Reads a blueprint from parsed JSON.
pub fn from_value(value: Value) -> Result<Blueprint, LoadError> {
    let mut root = match value {
        Value::Object(m) => m,
        other => return Err(LoadError::one(problem("", "read-not-blueprint", &[("found", shown(&other))]))),
    };
    check_header(&mut root).map_err(LoadError::one)?;
    let mut reader = Reader::default();
    let bp = reader.document(root);
    match bp {
        Some(bp) if reader.problems.is_empty() => Ok(bp),
        _ => {
            let mut problems = reader.problems;
            if reader.unlisted > 0 {
                let n = reader.unlisted;
                problems.push(Problem::whole(crate::i18n::tr_args("read-more", &[("n", n.into())])));
            }
            Err(LoadError { problems })
        }
    }
}

fn check_header(root: &mut Obj) -> Result<(), Problem> {
    let format = root.remove("format");
    match &format {
        Some(Value::String(s)) if s == FORMAT => {}
        None | Some(Value::Null) => {
            return Err(problem("", "read-no-format", &[("format", FORMAT.to_owned())]));
        }
        Some(other) => {
            let shown = other.as_str().map_or_else(|| clip(&other.to_string()), clip);
            return Err(problem("format", "read-wrong-format", &[("found", shown), ("format", FORMAT.to_owned())]));
        }
    }
    let version = req(root, "version", "")?;
    let v = whole(&version, "", "version", 1, i64::MAX)
        .map_err(|p| problem(p.at, "read-bad-version", &[("found", shown(&version))]))?;
    if v > i64::from(VERSION) {
        return Err(problem("version", "read-newer", &[("found", v.to_string()), ("version", VERSION.to_string())]));
    }
    Ok(())
}

/// Reads the parts of a document, collecting problems instead of stopping at the first.
#[derive(Default)]
pub(super) struct Reader {
    problems: Vec<Problem>,
    /// Problems found beyond [`MAX_PROBLEMS`]: counted, not listed.
    unlisted: usize,
    /// Where each id was first seen (list and index; "" for the blueprint itself), for messages.
    seen: HashMap<Uuid, (&'static str, usize)>,
    /// Ids of parts that were present but could not be read. A reference to one of them is not
    /// reported again: the part's own problem is the one to fix.
    pub(super) broken: HashSet<Uuid>,
    /// A whole list (such as "steps") was unreadable, so references into it are not reported.
    broken_lists: HashSet<&'static str>,
}

impl Reader {
    pub(super) fn report(&mut self, p: Problem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(p);
        } else {
            self.unlisted += 1;
        }
    }

    pub(super) fn ok<T>(&mut self, r: Result<T, Problem>) -> Option<T> {
        r.map_err(|p| self.report(p)).ok()
    }

    /// Takes a list field; a list that is not a list is reported once and remembered as broken.
    fn list(&mut self, root: &mut Obj, key: &'static str, required: bool) -> Vec<Value> {
        let r = if required { req_list(root, key, "") } else { opt_list(root, key, "") };
        self.ok(r).unwrap_or_else(|| {
            self.broken_lists.insert(key);
            Vec::new()
        })
    }

    /// Reads one part; when it cannot be read, its id (if any) is remembered as broken.
    pub(super) fn part<T>(
        &mut self,
        v: Value,
        path: &str,
        read: impl FnOnce(Value, &str) -> Result<T, Problem>,
    ) -> Option<T> {
        let id = v.get("id").and_then(Value::as_str).and_then(|s| Uuid::parse_str(s).ok());
        let r = read(v, path);
        if r.is_err()
            && let Some(id) = id
        {
            self.broken.insert(id);
        }
        self.ok(r)
    }

    /// Whether a missing reference is already explained by another problem.
    fn explained(&self, id: Uuid, list: &str) -> bool {
        self.broken.contains(&id) || self.broken_lists.contains(list)
    }

    /// Registers the id of item `index` of `list`; a second use is a problem.
    pub(super) fn claim(&mut self, id: Uuid, list: &'static str, index: usize) -> bool {
        if let std::collections::hash_map::Entry::Vacant(e) = self.seen.entry(id) {
            e.insert((list, index));
            return true;
        }
        let first = self.place_of(id);
        let here = at(&item(list, index), "id");
        self.report(problem(here, "read-id-twice", &[("id", id.to_string()), ("first", first)]));
        false
    }

    /// Where an id was first seen, in words.
    fn place_of(&self, id: Uuid) -> String {
        match self.seen.get(&id) {
            Some(("", _)) => crate::i18n::tr("read-place-blueprint"),
            Some(&(list, index)) => item(list, index),
            None => crate::i18n::tr("read-place-other"),
        }
    }

    #[allow(clippy::too_many_lines, reason = "one short section for each list of the file, in file order")]
    fn document(&mut self, mut root: Obj) -> Option<Blueprint> {
        let id = self.ok(req_uuid(&mut root, "id", ""));
        let title = self.ok(req_str(&mut root, "title", ""));
        let description = self.ok(opt_str(&mut root, "description", "")).flatten();
        let locked = self.ok(opt_bool(&mut root, "locked", "")).flatten().unwrap_or(false);
        let lanes = self.list(&mut root, "lanes", true);
        let phases = self.list(&mut root, "phases", false);
        let steps = self.list(&mut root, "steps", true);
        let flows = self.list(&mut root, "flows", false);
        let annotations = self.list(&mut root, "annotations", false);
        let actors = self.list(&mut root, "actors", false);
        let conflicts = self.list(&mut root, "conflicts", false);
        let inbox = self.list(&mut root, "inbox", false);
        let actions = self.list(&mut root, "actions", false);
        let rounds = self.list(&mut root, "rounds", false);
        if let Some(id) = id {
            self.claim(id, "", 0);
        }

        let mut bp = Blueprint::empty(title.unwrap_or_default());
        if let Some(id) = id {
            bp.set_id(BlueprintId(id)).ok()?;
        }
        bp.description = description;
        bp.locked = locked;
        bp.extra = extras(root);

        for (i, v) in lanes.into_iter().enumerate() {
            let path = format!("lanes[{i}]");
            if let Some(lane) = self.part(v, &path, read_lane).filter(|l| self.claim(l.id.0, "lanes", i)) {
                let at_end = bp.lanes().len();
                let r = bp.insert_lane(at_end, lane).map_err(|e| refused(&bp, &path, &e));
                self.ok(r);
            }
        }
        // The phase starting at each column, for the duplicate check (one look-up per phase); the
        // phases that pass go in at once (one sort, in whatever order the file lists them).
        let mut starts: HashMap<u32, String> = HashMap::new();
        let mut accepted = Vec::new();
        for (i, v) in phases.into_iter().enumerate() {
            let path = format!("phases[{i}]");
            if let Some(phase) = self.part(v, &path, read_phase).filter(|p| self.claim(p.id.0, "phases", i)) {
                if let Some(other) = starts.get(&phase.start) {
                    let args = [("column", phase.start.to_string()), ("other", other.clone())];
                    self.report(problem(at(&path, "start"), "read-phase-start-twice", &args));
                } else {
                    starts.insert(phase.start, clip(&phase.name));
                    accepted.push(phase);
                }
            }
        }
        let r = bp.add_phases(accepted).map_err(|e| refused(&bp, "phases", &e));
        self.ok(r);
        for (i, v) in actors.into_iter().enumerate() {
            let path = format!("actors[{i}]");
            if let Some(actor) = self.part(v, &path, read_actor).filter(|a| self.claim(a.id.0, "actors", i)) {
                let at_end = bp.actors().len();
                let r = bp.insert_actor(at_end, actor).map_err(|e| refused(&bp, &path, &e));
                self.ok(r);
            }
        }
        for (i, v) in steps.into_iter().enumerate() {
            let path = format!("steps[{i}]");
            if let Some(step) = self.part(v, &path, read_step).filter(|s| self.claim(s.id.0, "steps", i)) {
                self.place_step(&mut bp, step, &path);
            }
        }
        for (i, v) in flows.into_iter().enumerate() {
            let path = format!("flows[{i}]");
            if let Some(flow) = self.part(v, &path, read_flow).filter(|f| self.claim(f.id.0, "flows", i)) {
                self.place_flow(&mut bp, flow, &path);
            }
        }
        let mut messages = Vec::new();
        for (i, v) in annotations.into_iter().enumerate() {
            let path = format!("annotations[{i}]");
            if let Some(mut a) = self.part(v, &path, read_annotation).filter(|a| self.claim(a.id.0, "annotations", i)) {
                if !a.answers.is_empty() {
                    messages.push((path.clone(), a.answers.clone()));
                }
                let on_id = a.on.uuid();
                if let Some(on) = bp.target_of(on_id) {
                    a.on = on;
                    let id = a.id.0;
                    let r = bp.add_annotation(a).map_err(|e| refused(&bp, &path, &e));
                    if self.ok(r).is_none() {
                        self.broken.insert(id);
                    }
                } else {
                    // Whatever refers to this annotation (a message's answers) is explained by
                    // this one problem, or by the problem of the part it sat on.
                    self.broken.insert(a.id.0);
                    if self.explained(on_id, "steps") || self.explained(on_id, "flows") {
                        continue;
                    }
                    self.report(problem(at(&path, "on"), "read-no-target", &[("id", on_id.to_string())]));
                }
            }
        }
        for (path, answers) in messages {
            self.check_answers(&bp, &path, &answers);
        }
        self.conflicts(&mut bp, conflicts);
        self.rounds(&mut bp, rounds);
        self.actions(&mut bp, actions);
        self.inbox(&mut bp, inbox);
        Some(bp)
    }

    /// Every id a message answers names a question of this file.
    fn check_answers(&mut self, bp: &Blueprint, path: &str, answers: &[AnnotationId]) {
        for (j, id) in answers.iter().enumerate() {
            let here = format!("{}[{j}]", at(path, "answers"));
            match bp.annotation(*id) {
                Some(q) if q.kind == AnnotationKind::Question => {}
                Some(q) => self.report(problem(
                    here,
                    "read-answers-not-question",
                    &[("id", id.to_string()), ("kind", q.kind.as_str().to_owned()), ("text", clip(&q.text))],
                )),
                None if self.explained(id.0, "annotations") => {}
                None => self.report(problem(here, "read-no-question", &[("id", id.to_string())])),
            }
        }
    }

    /// Adds a step read from `path`, or reports why it does not fit.
    fn place_step(&mut self, bp: &mut Blueprint, step: Step, path: &str) {
        let Some(lane) = bp.lane(step.lane) else {
            self.broken.insert(step.id.0);
            if self.explained(step.lane.0, "lanes") {
                return;
            }
            let args = [("title", clip(&step.title)), ("id", step.lane.to_string())];
            self.report(problem(at(path, "lane"), "read-no-lane", &args));
            return;
        };
        if let Some(other) = bp.step_at(step.lane, step.column) {
            let other_path = self.place_of(other.id.0);
            let args = [
                ("title", clip(&step.title)),
                ("place", other_path),
                ("other", clip(&other.title)),
                ("lane", clip(&lane.name)),
                ("column", step.column.to_string()),
            ];
            self.broken.insert(step.id.0);
            self.report(problem(path, "read-cell-taken", &args));
            return;
        }
        let mut listed = HashSet::with_capacity(step.actors.len());
        for (j, actor) in step.actors.iter().enumerate() {
            let here = || format!("{}[{j}]", at(path, "actors"));
            if !listed.insert(*actor) {
                self.broken.insert(step.id.0);
                self.report(problem(here(), "read-actor-twice", &[("id", actor.to_string())]));
                return;
            }
            if bp.actor(*actor).is_none() {
                self.broken.insert(step.id.0);
                if !self.explained(actor.0, "actors") {
                    self.report(problem(here(), "read-no-actor", &[("id", actor.to_string())]));
                }
                return;
            }
        }
        let id = step.id.0;
        let r = bp.add_step(step).map_err(|e| refused(bp, path, &e));
        if self.ok(r).is_none() {
            self.broken.insert(id);
        }
    }

    fn place_flow(&mut self, bp: &mut Blueprint, flow: Flow, path: &str) {
        for (key, end) in [("from", flow.from), ("to", flow.to)] {
            if bp.step(end).is_none() {
                self.broken.insert(flow.id.0);
                if self.explained(end.0, "steps") {
                    return;
                }
                self.report(problem(at(path, key), "read-no-step", &[("id", end.to_string())]));
                return;
            }
        }
        if flow.from == flow.to {
            self.broken.insert(flow.id.0);
            let title = bp.step(flow.from).map(|s| clip(&s.title)).unwrap_or_default();
            self.report(problem(path, "read-self-flow", &[("title", title)]));
            return;
        }
        let id = flow.id.0;
        let r = bp.add_flow(flow).map_err(|e| refused(bp, path, &e));
        if self.ok(r).is_none() {
            self.broken.insert(id);
        }
    }
}

/// A part the model refused, in the interface language.
pub(super) fn refused(bp: &Blueprint, path: &str, e: &crate::model::ModelError) -> Problem {
    Problem::new(path, crate::i18n::words::model_error(bp, e))
}

fn read_lane(v: Value, path: &str) -> Result<Lane, Problem> {
    let mut m = object(v, path, "read-what-lane")?;
    Ok(Lane {
        id: LaneId(req_uuid(&mut m, "id", path)?),
        kind: word(req(&mut m, "kind", path)?, path, "kind", "read-word-lane-kind", &LaneKind::ALL, LaneKind::as_str)?,
        name: req_str(&mut m, "name", path)?,
        extra: extras(m),
    })
}

fn read_actor(v: Value, path: &str) -> Result<Actor, Problem> {
    let mut m = object(v, path, "read-what-actor")?;
    let id = ActorId(req_uuid(&mut m, "id", path)?);
    let name = req_str(&mut m, "name", path)?;
    let kind =
        word(req(&mut m, "kind", path)?, path, "kind", "read-word-actor-kind", ActorKind::ALL, ActorKind::as_str)?;
    let (position, position_extra) = opt_position(&mut m, "position", path)?.unzip();
    Ok(Actor { id, name, kind, position, position_extra: position_extra.unwrap_or_default(), extra: extras(m) })
}

fn read_phase(v: Value, path: &str) -> Result<Phase, Problem> {
    let mut m = object(v, path, "read-what-phase")?;
    Ok(Phase {
        id: PhaseId(req_uuid(&mut m, "id", path)?),
        name: req_str(&mut m, "name", path)?,
        start: req_u32(&mut m, "start", path, MAX_COLUMN)?,
        extra: extras(m),
    })
}

fn read_step(v: Value, path: &str) -> Result<Step, Problem> {
    let mut m = object(v, path, "read-what-step")?;
    Ok(Step {
        id: StepId(req_uuid(&mut m, "id", path)?),
        lane: LaneId(req_uuid(&mut m, "lane", path)?),
        column: req_u32(&mut m, "column", path, MAX_COLUMN)?,
        title: req_str(&mut m, "title", path)?,
        description: opt_str(&mut m, "description", path)?,
        channel: opt_str(&mut m, "channel", path)?,
        votes: opt_u32(&mut m, "votes", path, 0, u32::MAX)?.unwrap_or(0),
        measures: read_measures(&mut m, path)?,
        actors: opt_uuid_list(&mut m, "actors", path)?.into_iter().map(ActorId).collect(),
        extra: extras(m),
    })
}

fn read_measures(m: &mut Obj, path: &str) -> Result<Measures, Problem> {
    let value = take(m, "value")
        .map(|v| word(v, path, "value", "read-word-value", ValueClass::ALL, ValueClass::as_str))
        .transpose()?;
    let waste_type = take(m, "waste_type")
        .map(|v| word(v, path, "waste_type", "read-word-waste", WasteType::ALL, WasteType::as_str))
        .transpose()?;
    if waste_type.is_some() && value != Some(ValueClass::Waste) {
        return Err(problem(at(path, "waste_type"), "read-waste-type-alone", &[]));
    }
    let emotion = take(m, "emotion").map(|v| whole(&v, path, "emotion", -2, 2)).transpose()?;
    Ok(Measures {
        process_minutes: opt_minutes(m, "process_minutes", path)?,
        wait_minutes: opt_minutes(m, "wait_minutes", path)?,
        customer_minutes: opt_minutes(m, "customer_minutes", path)?,
        value,
        waste_type,
        evidence: take(m, "evidence")
            .map(|v| word(v, path, "evidence", "read-word-evidence", Evidence::ALL, Evidence::as_str))
            .transpose()?,
        emotion: emotion.and_then(|e| i8::try_from(e).ok()),
        kano: take(m, "kano").map(|v| word(v, path, "kano", "read-word-kano", Kano::ALL, Kano::as_str)).transpose()?,
    })
}

fn read_flow(v: Value, path: &str) -> Result<Flow, Problem> {
    let mut m = object(v, path, "read-what-flow")?;
    Ok(Flow {
        id: FlowId(req_uuid(&mut m, "id", path)?),
        from: StepId(req_uuid(&mut m, "from", path)?),
        to: StepId(req_uuid(&mut m, "to", path)?),
        label: opt_str(&mut m, "label", path)?,
        two_way: opt_bool(&mut m, "two_way", path)?.unwrap_or(false),
        extra: extras(m),
    })
}

/// Reads an annotation; its `on` is a step target until the caller resolves the bare id.
fn read_annotation(v: Value, path: &str) -> Result<Annotation, Problem> {
    let mut m = object(v, path, "read-what-annotation")?;
    let id = AnnotationId(req_uuid(&mut m, "id", path)?);
    let kind = word(
        req(&mut m, "kind", path)?,
        path,
        "kind",
        "read-word-annotation-kind",
        &AnnotationKind::ALL,
        AnnotationKind::as_str,
    )?;
    let on_id = uuid(req(&mut m, "on", path)?, path, "on")?;
    let on = Target::Step(StepId(on_id));
    let text = req_str(&mut m, "text", path)?;
    let severity = opt_u32(&mut m, "severity", path, 1, 3)?;
    if severity.is_some() && kind != AnnotationKind::PainPoint {
        return Err(problem(at(path, "severity"), "read-only-pain-severity", &[("kind", kind.as_str().to_owned())]));
    }
    let perspective = take(&mut m, "perspective")
        .map(|v| word(v, path, "perspective", "read-word-perspective", &Perspective::ALL, Perspective::as_str))
        .transpose()?;
    if perspective.is_some() && kind != AnnotationKind::MomentOfTruth {
        return Err(problem(
            at(path, "perspective"),
            "read-only-mot-perspective",
            &[("kind", kind.as_str().to_owned())],
        ));
    }
    let votes = opt_u32(&mut m, "votes", path, 0, u32::MAX)?.unwrap_or(0);
    let channel = opt_str(&mut m, "channel", path)?;
    let answers: Vec<AnnotationId> = opt_uuid_list(&mut m, "answers", path)?.into_iter().map(AnnotationId).collect();
    if !answers.is_empty() && kind != AnnotationKind::Message {
        return Err(problem(at(path, "answers"), "read-only-message-answers", &[("kind", kind.as_str().to_owned())]));
    }
    let matrix = super::json::opt_matrix(&mut m, path)?;
    if matrix.is_some() && kind != AnnotationKind::Idea {
        return Err(problem(at(path, "value"), "read-only-idea-matrix", &[("kind", kind.as_str().to_owned())]));
    }
    Ok(Annotation {
        id,
        kind,
        on,
        text,
        severity: severity.and_then(|s| u8::try_from(s).ok()),
        perspective,
        channel,
        answers,
        votes,
        matrix,
        extra: extras(m),
    })
}
