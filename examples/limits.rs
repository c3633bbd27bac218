//! Work at the documented limits: hostile but valid blueprint files at the limit of each list,
//! built in memory, and every command's library function timed on them at size N and at N/10.
//! Work that grows linearly takes about 10× as long at N; work that grows with the square about
//! 100×. One line per case and command with the times and the ratio, then a verdict; the exit
//! code is 1 when a ratio exceeds 30 and the step from N/2 to N confirms it (more than 3×:
//! linear work doubles, quadratic work quadruples). The second look is there because a large
//! file no longer fits in the processor's caches, which alone can make linear work at N cost 30×
//! its N/10 — but costs the same per item at N/2 and at N. Steps under 50 ms at N are not judged.
//!
//!     cargo run --release --example limits               # every case at its limit
//!     cargo run --release --example limits -- 20000      # every list capped at 20,000 items
//!     cargo run --release --example limits -- 0 lanes    # only some cases (0: no cap)
//!
//! The cases (N at the limit): `lanes` (200,000 lanes, one step each, two in a column, joined
//! by a flow down the column past every lane between them), `actors` (250,000 actors; one step names them all, the others
//! two each), `phases` (100,000 phases, one per column, listed last to first, with questions and
//! messages), `phase_dups` (an invalid file: 100,000 phases and 400,000 more that repeat a start;
//! it must be refused quickly), `annotations` (250,000 annotations of every kind on 50,000 steps
//! and their flows, waste steps, a phase every two columns), `answers` (a message answering
//! 250,000 questions, and another answering them in reverse), `flows` (200,000 flows, each
//! spanning many columns, both ways) and `steps` (a generated blueprint of 200,000 steps).
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "an example binary prints its figures")]

use sightline::analysis::{Stats, diff, interaction, report};
use sightline::layout::{BAND_HEIGHT, Layout, Metrics};
use sightline::model::Blueprint;
use std::fmt::Write;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use uuid::Uuid;

/// A ratio above this (at N against N/10) is taken for work that grows faster than n·log n...
const MAX_RATIO: f64 = 30.0;
/// ...when the ratio of N against N/2 is above this as well.
const MAX_HALF_RATIO: f64 = 3.0;
/// Steps faster than this at N are not judged: their ratio is noise.
const MIN_JUDGED_MS: f64 = 50.0;
/// Each size is timed this many times (taking turns), and the shortest run counts.
const ROUNDS: usize = 3;

/// Fresh ids, unique across every part of one file.
struct Ids(u128);

impl Ids {
    fn next(&mut self) -> Uuid {
        self.0 += 1;
        Uuid::from_u128(0x5167_0000_0000_4000_8000_0000_0000_0000 | self.0)
    }
}

/// A blueprint file under construction: each list as comma-separated JSON objects.
#[derive(Default)]
struct Doc {
    lanes: String,
    phases: String,
    steps: String,
    flows: String,
    annotations: String,
    actors: String,
}

fn push(list: &mut String, item: std::fmt::Arguments<'_>) {
    if !list.is_empty() {
        list.push(',');
    }
    let _ = list.write_fmt(item);
}

impl Doc {
    fn lane(&mut self, ids: &mut Ids, kind: &str, name: &str) -> Uuid {
        let id = ids.next();
        push(&mut self.lanes, format_args!(r#"{{"id":"{id}","kind":"{kind}","name":"{name}"}}"#));
        id
    }

    /// The five standard lanes, top to bottom.
    fn standard_lanes(&mut self, ids: &mut Ids) -> [Uuid; 5] {
        ["evidence", "customer", "frontstage", "backstage", "support"].map(|k| self.lane(ids, k, k))
    }

    fn phase(&mut self, ids: &mut Ids, start: usize) -> Uuid {
        let id = ids.next();
        push(&mut self.phases, format_args!(r#"{{"id":"{id}","name":"Phase {start}","start":{start}}}"#));
        id
    }

    /// A step; `more` is extra fields, each starting with a comma.
    fn step(&mut self, ids: &mut Ids, lane: Uuid, column: usize, more: &str) -> Uuid {
        let id = ids.next();
        push(
            &mut self.steps,
            format_args!(r#"{{"id":"{id}","lane":"{lane}","column":{column},"title":"Step {column} {id}"{more}}}"#),
        );
        id
    }

    fn flow(&mut self, ids: &mut Ids, from: Uuid, to: Uuid) -> Uuid {
        let id = ids.next();
        push(&mut self.flows, format_args!(r#"{{"id":"{id}","from":"{from}","to":"{to}"}}"#));
        id
    }

    /// An annotation; `more` is extra fields, each starting with a comma.
    fn note(&mut self, ids: &mut Ids, kind: &str, on: Uuid, more: &str) -> Uuid {
        let id = ids.next();
        push(
            &mut self.annotations,
            format_args!(r#"{{"id":"{id}","kind":"{kind}","on":"{on}","text":"{kind} {id}"{more}}}"#),
        );
        id
    }

    fn actor(&mut self, ids: &mut Ids, i: usize) -> Uuid {
        let id = ids.next();
        let kind = ["person", "team", "organisation", "system", "information"][i % 5];
        let position = if i.is_multiple_of(2) { format!(r#","position":{{"x":{i},"y":-{i}}}"#) } else { String::new() };
        push(&mut self.actors, format_args!(r#"{{"id":"{id}","name":"Actor {i}","kind":"{kind}"{position}}}"#));
        id
    }

    fn finish(self, ids: &mut Ids, title: &str) -> String {
        let Doc { lanes, phases, steps, flows, annotations, actors } = self;
        format!(
            r#"{{"format":"sightline-blueprint","version":1,"id":"{}","title":"{title}","lanes":[{lanes}],"phases":[{phases}],"steps":[{steps}],"flows":[{flows}],"annotations":[{annotations}],"actors":[{actors}]}}"#,
            ids.next()
        )
    }
}

/// A list of ids as a JSON array.
fn id_list(ids: impl Iterator<Item = Uuid>) -> String {
    let mut s = String::from("[");
    for (i, id) in ids.enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(s, r#""{id}""#);
    }
    s.push(']');
    s
}

/// `n` lanes of every kind (at most 200,000), one step in each: lane i and lane n-1-i share a
/// column that holds no other step, and a flow joins them down that column past every lane in
/// between; pain points and moments of truth on half the steps.
fn lanes(n: usize) -> String {
    let n = n.min(200_000);
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let kinds = ["evidence", "customer", "frontstage", "backstage", "support", "custom"];
    let lanes: Vec<Uuid> = (0..n).map(|i| d.lane(&mut ids, kinds[i % kinds.len()], &format!("Lane {i}"))).collect();
    for i in 0..10 {
        d.phase(&mut ids, i * 3);
    }
    let steps: Vec<Uuid> = lanes
        .iter()
        .enumerate()
        .map(|(i, &lane)| {
            let more = match i % 3 {
                0 => r#","value":"waste","process_minutes":5"#,
                1 => r#","emotion":-1,"kano":"basic","wait_minutes":30"#,
                _ => r#","evidence":"assumed","channel":"phone""#,
            };
            d.step(&mut ids, lane, i.min(n - 1 - i), more)
        })
        .collect();
    for i in 0..n / 2 {
        d.flow(&mut ids, steps[i], steps[n - 1 - i]);
    }
    for (i, &s) in steps.iter().enumerate().step_by(2) {
        if i % 4 == 0 {
            d.note(&mut ids, "pain_point", s, r#","severity":2,"votes":1"#);
        } else {
            d.note(&mut ids, "moment_of_truth", s, r#","perspective":"customer""#);
        }
    }
    d.finish(&mut ids, "Many lanes")
}

/// `n` actors; the first step names every one of them, the other steps two each.
fn actors(n: usize) -> String {
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let lanes = d.standard_lanes(&mut ids);
    let actors: Vec<Uuid> = (0..n).map(|i| d.actor(&mut ids, i)).collect();
    let all = format!(r#","actors":{}"#, id_list(actors.iter().copied()));
    d.step(&mut ids, lanes[0], 0, &all);
    for k in 1..(n / 2).max(2) {
        let two = format!(r#","actors":{}"#, id_list([actors[(2 * k) % n], actors[(2 * k + 1) % n]].into_iter()));
        d.step(&mut ids, lanes[k % 5], k / 5, &two);
    }
    d.finish(&mut ids, "Many actors")
}

/// `n` phases (at most 100,000: one per column), listed last to first, with a step in every
/// column, flows along them, and questions and messages with channels.
fn phases(n: usize) -> String {
    let n = n.min(100_000);
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let lanes = d.standard_lanes(&mut ids);
    for start in (0..n).rev() {
        d.phase(&mut ids, start);
    }
    let steps: Vec<Uuid> = (0..n).map(|i| d.step(&mut ids, lanes[i % 5], i, "")).collect();
    for w in steps.windows(2) {
        d.flow(&mut ids, w[0], w[1]);
    }
    let channels = ["phone", "letter", "website"];
    let mut question = None;
    for (i, &s) in steps.iter().enumerate() {
        let channel = channels[i % 3];
        match i % 4 {
            0 | 2 => question = Some(d.note(&mut ids, "question", s, &format!(r#","channel":"{channel}""#))),
            1 => {
                let answers = id_list(question.into_iter());
                d.note(&mut ids, "message", s, &format!(r#","channel":"{channel}","answers":{answers}"#));
            }
            _ => {
                d.note(&mut ids, "pain_point", s, r#","severity":3"#);
            }
        }
    }
    d.finish(&mut ids, "Many phases")
}

/// Invalid: min(n/5, 100,000) phases, then the rest of `n` phases all starting where the last
/// of them starts.
fn phase_dups(n: usize) -> String {
    let distinct = (n / 5).clamp(1, 100_000);
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let lanes = d.standard_lanes(&mut ids);
    for start in 0..distinct {
        d.phase(&mut ids, start);
    }
    for _ in distinct..n {
        d.phase(&mut ids, distinct - 1);
    }
    d.step(&mut ids, lanes[1], 0, "");
    d.finish(&mut ids, "Phases that share a start")
}

/// `n` annotations of every kind on n/5 steps and their flows: waste steps (tensions), basic
/// expectations, customers who feel bad, a phase every two columns.
fn annotations(n: usize) -> String {
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let lanes = d.standard_lanes(&mut ids);
    let s = (n / 5).max(10);
    for start in (0..s / 5).step_by(2) {
        d.phase(&mut ids, start);
    }
    let steps: Vec<Uuid> = (0..s)
        .map(|i| {
            let more = match i % 6 {
                0 | 3 => r#","value":"waste","process_minutes":3,"wait_minutes":60"#,
                1 => r#","kano":"basic","emotion":-2,"customer_minutes":10"#,
                2 => r#","value":"value_adding","process_minutes":20,"channel":"counter""#,
                _ => r#","evidence":"assumed""#,
            };
            d.step(&mut ids, lanes[i % 5], i / 5, more)
        })
        .collect();
    let mut flows = Vec::new();
    for i in 0..s {
        if i + 5 < s {
            flows.push(d.flow(&mut ids, steps[i], steps[i + 5]));
        }
        if i % 5 != 4 && i + 1 < s {
            flows.push(d.flow(&mut ids, steps[i], steps[i + 1]));
        }
    }
    let mut question = steps[0];
    for j in 0..n {
        let on = if j % 10 == 9 { flows[j % flows.len()] } else { steps[j % s] };
        match j % 5 {
            0 => d.note(&mut ids, "pain_point", on, &format!(r#","severity":{},"votes":{}"#, 1 + j % 3, j % 4)),
            1 => d.note(&mut ids, "moment_of_truth", on, r#","perspective":"customer""#),
            2 => d.note(&mut ids, "idea", on, &format!(r#","votes":{}"#, j % 7)),
            3 => {
                question = d.note(&mut ids, "question", on, r#","channel":"phone""#);
                question
            }
            _ => d.note(&mut ids, "message", on, &format!(r#","channel":"letter","answers":["{question}"]"#)),
        };
    }
    d.finish(&mut ids, "Many annotations")
}

/// `n` questions on n/10 steps; one message answers them all, another all in reverse.
fn answers(n: usize) -> String {
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let lanes = d.standard_lanes(&mut ids);
    let s = (n / 10).max(10);
    let steps: Vec<Uuid> = (0..s).map(|i| d.step(&mut ids, lanes[i % 5], i / 5, "")).collect();
    let channels = ["phone", "letter", "website", "app"];
    let questions: Vec<Uuid> = (0..n)
        .map(|q| d.note(&mut ids, "question", steps[q % s], &format!(r#","channel":"{}""#, channels[q % 4])))
        .collect();
    let forward = id_list(questions.iter().copied());
    d.note(&mut ids, "message", steps[0], &format!(r#","answers":{forward}"#));
    let backward = id_list(questions.iter().rev().copied());
    d.note(&mut ids, "message", steps[s - 1], &format!(r#","answers":{backward}"#));
    d.finish(&mut ids, "Many answers")
}

/// `n` flows between two lanes of n/2 columns (at most 99,999), each from one end of the
/// blueprint towards the other, both ways; ideas on a tenth of them.
fn flows(n: usize) -> String {
    let (mut ids, mut d) = (Ids(0), Doc::default());
    let lanes = d.standard_lanes(&mut ids);
    let c = (n / 2).clamp(2, 99_999);
    let top: Vec<Uuid> = (0..c).map(|i| d.step(&mut ids, lanes[1], i, r#","process_minutes":1"#)).collect();
    let bottom: Vec<Uuid> = (0..c).map(|i| d.step(&mut ids, lanes[3], i, r#","wait_minutes":2"#)).collect();
    for i in 0..c {
        let f = d.flow(&mut ids, top[i], bottom[c - 1 - i]);
        d.flow(&mut ids, bottom[i], top[c - 1 - i]);
        if i % 5 == 0 {
            d.note(&mut ids, "idea", f, "");
        }
    }
    for start in (0..c).step_by(10) {
        d.phase(&mut ids, start);
    }
    d.finish(&mut ids, "Many flows")
}

/// A generated blueprint of `n` steps (at most 200,000), written compactly.
fn steps(n: usize) -> String {
    let bp = sightline::generate::generate(n.min(200_000), 1);
    let value: serde_json::Value = serde_json::from_str(&sightline::io::to_string(&bp)).expect("valid JSON");
    value.to_string()
}

type Build = fn(usize) -> String;

/// (name, builder, N at the limit, whether the file is valid).
const CASES: [(&str, Build, usize, bool); 8] = [
    ("lanes", lanes, 200_000, true),
    ("actors", actors, 250_000, true),
    ("phases", phases, 100_000, true),
    ("phase_dups", phase_dups, 500_000, false),
    ("annotations", annotations, 250_000, true),
    ("answers", answers, 250_000, true),
    ("flows", flows, 200_000, true),
    ("steps", steps, 200_000, true),
];

fn metrics() -> Metrics {
    Metrics { interaction_band: BAND_HEIGHT, emotion_band: 96.0, ..Metrics::default() }
}

/// One command's library function on one file; it returns something to keep it from being
/// optimised away.
type Op<'a> = (&'static str, Box<dyn FnMut() -> usize + 'a>);

/// Reads a file the way every command does, or stops the run when it is not as meant.
fn load(text: &str, valid: bool) -> Option<Blueprint> {
    match (sightline::io::from_bytes(text.as_bytes()), valid) {
        (Ok(bp), true) => Some(bp),
        (Err(e), false) if !e.problems.is_empty() => None,
        (Ok(_), false) => {
            eprintln!("limits: an invalid file loaded");
            std::process::exit(2)
        }
        (Err(e), _) => {
            eprintln!("limits: a valid file was refused: {:?}", e.problems.iter().take(3).collect::<Vec<_>>());
            std::process::exit(2)
        }
    }
}

/// Every command's library function on one file (only reading it, when it is invalid).
fn ops<'a>(text: &'a str, bp: Option<&'a Blueprint>) -> Vec<Op<'a>> {
    let mut out: Vec<Op<'a>> =
        vec![("load", Box::new(move || sightline::io::from_bytes(text.as_bytes()).map_or(0, |bp| bp.step_count())))];
    let Some(bp) = bp else { return out };
    let max = interaction::DEFAULT_MAX_MESSAGES;
    out.push(("check", Box::new(move || usize::from(bp.check_invariants().is_ok()))));
    out.push(("stats", Box::new(move || Stats::of(bp).steps)));
    out.push(("report", Box::new(move || report::report_with(bp, max).tensions.len())));
    out.push(("report_md", Box::new(move || report::markdown(bp, &report::report_with(bp, max)).len())));
    out.push((
        "diff",
        Box::new(move || diff::text_in(bp, bp, &diff::diff(bp, bp), sightline::templates::Lang::En).len()),
    ));
    out.push(("save", Box::new(move || sightline::io::to_string(bp).len())));
    out.push(("csv", Box::new(move || sightline::export::to_csv(bp).map_or(0, |b| b.len()))));
    out.push(("export_md", Box::new(move || sightline::export::to_markdown(bp).len())));
    out.push(("layout", Box::new(move || Layout::compute(bp, metrics()).cards.len())));
    // The editor: delete the fullest lane with its steps (their flows and annotations go too),
    // then undo.
    let fullest = bp.lanes().iter().max_by_key(|l| bp.steps().filter(|s| s.lane == l.id).count()).map(|l| l.id);
    if let Some(lane) = fullest {
        let mut copy = bp.clone();
        out.push((
            "edit",
            Box::new(move || {
                let edit = sightline::edit::remove_lane_with_steps(&copy, lane);
                let undo = sightline::edit::apply(&mut copy, edit);
                usize::from(undo.and_then(|undo| sightline::edit::apply(&mut copy, undo)).is_ok())
            }),
        ));
    }
    // `sightline export --format svg --interaction --emotion`: the layout and the drawing.
    let options = sightline::export::Options { interaction: true, emotion: true, ..Default::default() };
    let svg = sightline::export::Format::Svg;
    out.push(("svg", Box::new(move || sightline::export::export_with(bp, svg, None, options).map_or(0, |b| b.len()))));
    out
}

/// Times one run.
fn once(op: &mut dyn FnMut() -> usize) -> Duration {
    let t = Instant::now();
    black_box(op());
    t.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cap = args.first().and_then(|a| a.parse::<usize>().ok()).filter(|&n| n > 0);
    let only: Vec<&str> = args
        .iter()
        .skip(usize::from(args.first().is_some_and(|a| a.parse::<usize>().is_ok())))
        .map(String::as_str)
        .collect();
    let mut worst: f64 = 0.0;
    let mut failed = Vec::new();
    for (name, build, limit, valid) in CASES {
        if !only.is_empty() && !only.contains(&name) {
            continue;
        }
        let n = cap.map_or(limit, |c| c.min(limit));
        let texts: Vec<String> = [n / 10, n / 2, n].into_iter().map(build).collect();
        let mb = texts[2].len() as f64 / 1e6;
        if texts[2].len() > sightline::io::MAX_FILE_BYTES {
            eprintln!("limits: case {name} makes a file of {mb:.1} MB, over the file limit");
        }
        let bps: Vec<Option<Blueprint>> = texts.iter().map(|t| load(t, valid)).collect();
        let mut sized: Vec<Vec<Op<'_>>> = texts.iter().zip(&bps).map(|(t, bp)| ops(t, bp.as_ref())).collect();
        for i in 0..sized[0].len() {
            let op = sized[0][i].0;
            // The sizes take turns, so that other work on the machine slows all of them alike;
            // the shortest of three runs counts (one, for a run over three seconds).
            let mut best = [Duration::MAX; 3];
            for _ in 0..ROUNDS {
                for (size, ops) in sized.iter_mut().enumerate() {
                    if best[size] < Duration::from_secs(3) || best[size] == Duration::MAX {
                        best[size] = best[size].min(once(&mut ops[i].1));
                    }
                }
            }
            let [t_tenth, t_half, t_whole] = best;
            let ratio = ms(t_whole) / ms(t_tenth).max(1e-3);
            let half_ratio = ms(t_whole) / ms(t_half).max(1e-3);
            let judged = ms(t_whole) >= MIN_JUDGED_MS;
            let bad = judged && ratio > MAX_RATIO && half_ratio > MAX_HALF_RATIO;
            if judged {
                worst = worst.max(ratio);
            }
            if bad {
                failed.push(format!("{name}/{op}"));
            }
            let verdict = if bad {
                "  <-- grows faster than n log n"
            } else if !judged {
                "  (too fast to judge)"
            } else if ratio > MAX_RATIO {
                "  (caches: N/2 to N is linear)"
            } else {
                ""
            };
            println!(
                "limits case={name} op={op} n={n} file_mb={mb:.1} ms={:.1} n/2_ms={:.1} n/10_ms={:.2} ratio={ratio:.1} \
                 ratio_n/2={half_ratio:.2}{verdict}",
                ms(t_whole),
                ms(t_half),
                ms(t_tenth),
            );
        }
    }
    if failed.is_empty() {
        println!("limits ok: no judged step grows faster than n log n (worst ratio {worst:.1})");
        ExitCode::SUCCESS
    } else {
        println!("limits FAILED: grows faster than n log n in {}", failed.join(", "));
        ExitCode::FAILURE
    }
}
