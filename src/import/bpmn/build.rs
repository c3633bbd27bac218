//! Turning the read model into a blueprint: flows joined through gateways, lanes and their
//! kinds, columns from the diagram or the flows, and the questions, timers, actors and ideas.

use super::{ACTIVITIES, FlowNode, GATEWAYS, Model};
use crate::import::{FreeCells, ImportError, Imported, LaneGuess, Options, error, guess_kind};
use crate::model::{
    Actor, ActorKind, Annotation, AnnotationKind, Blueprint, Flow, Lane, LaneId, LaneKind, MAX_COLUMN, Step, StepId,
    Target,
};
use std::collections::{HashMap, HashSet};

/// The most flows an import makes (joining flows through gateways multiplies them).
const MAX_FLOWS: usize = 200_000;

/// An id that follows from what the part is in the BPMN file: the same file imports to the same
/// ids.
fn stable_id(kind: &str, key: &str) -> uuid::Uuid {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, format!("sightline-bpmn:{kind}:{key}").as_bytes())
}

impl Model {
    /// The steps reached from node `from` through non-step nodes, each with the first label on
    /// the way (a flow's name or condition, or a gateway's name).
    fn joined(&self, from: usize, out: &HashMap<usize, Vec<(usize, &str)>>) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let mut seen = HashSet::from([from]);
        let mut stack: Vec<(usize, String)> = vec![(from, String::new())];
        while let Some((n, label)) = stack.pop() {
            for &(next, flow_label) in out.get(&n).map(Vec::as_slice).unwrap_or_default() {
                // A gateway's question, then the branch taken: "Compleet? nee".
                let mut label = match (label.is_empty(), flow_label.is_empty()) {
                    (_, true) => label.clone(),
                    (true, false) => flow_label.to_owned(),
                    (false, false) => format!("{label} {flow_label}"),
                };
                let node = &self.nodes[next];
                if node.is_step() {
                    found.push((next, label));
                } else if seen.insert(next) {
                    // Each gateway's question on the way: "Akkoord? ja Bezwaar verwacht? nee".
                    if GATEWAYS.contains(&node.tag.as_str()) && !node.name.is_empty() && !label.contains(&node.name) {
                        label = if label.is_empty() { node.name.clone() } else { format!("{label} {}", node.name) };
                    }
                    stack.push((next, label));
                }
            }
        }
        found.sort_by_key(|(n, _)| *n);
        found.dedup_by_key(|(n, _)| *n);
        found
    }

    #[allow(clippy::too_many_lines, reason = "the import's steps in order, each short")]
    pub(super) fn build(mut self, options: &Options) -> Result<Imported, ImportError> {
        let mut left_out = std::mem::take(&mut self.left_out);
        let messages = std::mem::take(&mut self.messages);
        // The flows out of each node, and the joined flows between steps.
        let mut out: HashMap<usize, Vec<(usize, &str)>> = HashMap::new();
        let mut back: HashMap<usize, Vec<(usize, &str)>> = HashMap::new();
        for (a, b, label) in &self.sequence {
            out.entry(*a).or_default().push((*b, label.as_str()));
            back.entry(*b).or_default().push((*a, ""));
        }
        let steps: Vec<usize> = (0..self.nodes.len()).filter(|&i| self.nodes[i].is_step()).collect();
        let mut edges: Vec<(usize, usize, String, bool)> = Vec::new();
        let too_many = || error("", "import-too-many-flows", &[("max", MAX_FLOWS.to_string())]);
        for &s in &steps {
            for (t, label) in self.joined(s, &out) {
                // A loop back to the same step (a rework in place) is a flow of its own.
                edges.push((s, t, label, false));
                if edges.len() > MAX_FLOWS {
                    return Err(too_many());
                }
            }
        }
        // Message flows: between steps, or through the events at their ends.
        let ends = |id: &str, forward: bool| -> Vec<usize> {
            let Some(&n) = self.index.get(id) else { return Vec::new() };
            if self.nodes[n].is_step() {
                return vec![n];
            }
            let map = if forward { &out } else { &back };
            self.joined(n, map).into_iter().map(|(s, _)| s).collect()
        };
        for (source, target, name) in &messages {
            let (from, to) = (ends(source, false), ends(target, true));
            if from.is_empty() || to.is_empty() {
                let shown = if name.is_empty() { format!("{source} → {target}") } else { name.clone() };
                left_out.push(crate::i18n::tr_args("import-left-message", &[("name", shown.into())]));
                continue;
            }
            for &f in &from {
                for &t in &to {
                    if f != t {
                        edges.push((f, t, name.clone(), true));
                    }
                }
            }
            if edges.len() > MAX_FLOWS {
                return Err(too_many());
            }
        }
        self.note_unmatched(options, &mut left_out);
        // Pools that talk with the customer, and the customer pool itself.
        let customer_pool = self.customer_pool(options);
        let pool_of_end = |id: &str| -> Option<usize> {
            self.participants
                .get(id)
                .copied()
                .or_else(|| self.index.get(id).map(|&n| self.lanes[self.nodes[n].lane].pool))
        };
        // A customer lane: chosen by hand, in the customer's pool, or named so (one pool with a
        // lane "Klant").
        let customer_lane = |i: usize| {
            let lane = &self.lanes[i];
            match options.lane_kind(&lane.name) {
                Some(k) => k == LaneKind::Customer,
                None => Some(lane.pool) == customer_pool || guess_kind(&lane.name) == LaneKind::Customer,
            }
        };
        let customer_end = |id: &str| -> bool {
            match self.index.get(id) {
                Some(&n) => customer_lane(self.nodes[n].lane),
                None => pool_of_end(id).is_some() && pool_of_end(id) == customer_pool,
            }
        };
        let mut front: HashSet<usize> = HashSet::new();
        for (s, t, _) in &messages {
            for (mine, other) in [(s, t), (t, s)] {
                if customer_end(other)
                    && let Some(&n) = self.index.get(mine.as_str())
                {
                    front.insert(self.nodes[n].lane);
                }
            }
        }
        // Lanes and their kinds, in blueprint order: customer, frontstage, backstage, support.
        let mut kinds: Vec<(usize, LaneKind, bool)> = Vec::new();
        for (i, lane) in self.lanes.iter().enumerate() {
            let given = options.lane_kind(&lane.name).or_else(|| options.lane_kind(&self.pools[lane.pool].name));
            let lane_steps: Vec<&FlowNode> = steps.iter().map(|&s| &self.nodes[s]).filter(|n| n.lane == i).collect();
            let guess = if customer_lane(i) {
                LaneKind::Customer
            } else if front.contains(&i) {
                LaneKind::Frontstage
            } else if !lane_steps.is_empty()
                && lane_steps.iter().all(|n| n.is_automatic() || !ACTIVITIES.contains(&n.tag.as_str()))
            {
                LaneKind::Support
            } else {
                // The name may still say it: "KCC", "Klantcontactcentrum", "Zaaksysteem".
                match guess_kind(&lane.name) {
                    k @ (LaneKind::Frontstage | LaneKind::Support | LaneKind::Evidence) => k,
                    _ => LaneKind::Backstage,
                }
            };
            let kind = given.unwrap_or(guess);
            kinds.push((i, kind, given.is_none()));
        }
        let rank = |k: LaneKind| LaneKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
        kinds.sort_by_key(|(i, k, _)| (rank(*k), *i));
        let mut bp = Blueprint::empty(crate::i18n::tr("import-title"));
        let mut lane_ids: HashMap<usize, LaneId> = HashMap::new();
        let mut guesses = Vec::new();
        for (i, kind, guessed) in kinds {
            let mut lane = Lane::new(kind, self.lanes[i].name.clone());
            lane.id = LaneId(stable_id("lane", &format!("{}/{i}/{}", self.lanes[i].pool, self.lanes[i].name)));
            lane_ids.insert(i, lane.id);
            let at = bp.lanes().len();
            let _ = bp.insert_lane(at, lane);
            guesses.push(LaneGuess { name: self.lanes[i].name.clone(), kind, guessed });
        }
        // Columns.
        let column = self.columns(&steps, &edges)?;
        let mut order: Vec<usize> = steps.clone();
        order.sort_by_key(|s| (column[s], *s));
        let mut step_ids: HashMap<usize, StepId> = HashMap::new();
        let mut cells = FreeCells::default();
        for s in order {
            let n = &self.nodes[s];
            let lane = lane_ids[&n.lane];
            let Some(col) = cells.find(&bp, lane, column[&s]) else {
                return Err(error("", "import-too-many-columns", &[]));
            };
            for text in std::iter::once(&n.name).chain(&n.documentation) {
                if text.len() > crate::io::MAX_TEXT_CHARS && text.chars().count() > crate::io::MAX_TEXT_CHARS {
                    return Err(error(
                        n.id.clone(),
                        "import-text-too-long",
                        &[("max", crate::io::MAX_TEXT_CHARS.to_string())],
                    ));
                }
            }
            let mut step = Step::new(
                lane,
                col,
                if n.name.is_empty() { crate::i18n::tr("import-unnamed") } else { n.name.clone() },
            );
            // The same file imports to the same ids, so that two imports compare with `diff`.
            let id = stable_id("step", &n.id);
            if bp.uses_id(id) {
                left_out.push(crate::i18n::tr_args("import-left-duplicate", &[("id", n.id.clone().into())]));
            } else {
                step.id = StepId(id);
            }
            step.description.clone_from(&n.documentation);
            step.extra.insert("x_bpmn_id".to_owned(), serde_json::Value::String(n.id.clone()));
            step_ids.insert(s, step.id);
            bp.add_step(step)
                .map_err(|e| ImportError { at: n.id.clone(), message: crate::i18n::words::model_error(&bp, &e) })?;
        }
        let mut seen_pairs = HashSet::new();
        for (a, b, label, _) in &edges {
            let (from, to) = (step_ids[a], step_ids[b]);
            if from == to {
                // A blueprint's flow joins two steps: a loop back to the same step is said.
                let title = self.nodes[*a].name.clone();
                left_out.push(crate::i18n::tr_args("import-left-self-loop", &[("name", title.into())]));
                continue;
            }
            if !seen_pairs.insert((from, to)) {
                continue;
            }
            let mut f = Flow::new(from, to);
            f.id = crate::model::FlowId(stable_id("flow", &format!("{from}/{to}")));
            f.label = Some(label.clone()).filter(|l| !l.is_empty());
            let _ = bp.add_flow(f);
        }
        // Timers: waiting minutes on the next step.
        for (i, n) in self.nodes.iter().enumerate() {
            let Some(minutes) = n.timer else { continue };
            for (next, _) in self.joined(i, &out) {
                if let Some(&id) = step_ids.get(&next) {
                    let _ = bp.update_step(id, |s| {
                        s.measures.wait_minutes =
                            Some((s.measures.wait_minutes.unwrap_or(0.0) + minutes).min(crate::model::MAX_MINUTES));
                    });
                }
            }
        }
        // The customer waits for news: a question.
        for (i, n) in self.nodes.iter().enumerate() {
            if n.message_catch
                && !n.name.is_empty()
                && customer_lane(n.lane)
                && let Some(&id) = step_ids.get(&i)
            {
                let mut q = Annotation::new(AnnotationKind::Question, Target::Step(id), n.name.clone());
                q.id = crate::model::AnnotationId(stable_id("question", &n.id));
                let _ = bp.add_annotation(q);
            }
        }
        // Data objects and stores: actors of kind information in the steps that use them.
        let mut actors: HashMap<String, crate::model::ActorId> = HashMap::new();
        for (i, n) in self.nodes.iter().enumerate() {
            let Some(&step) = step_ids.get(&i) else { continue };
            for d in &n.data {
                let name = self.data.get(d).cloned().filter(|s| !s.is_empty()).unwrap_or_else(|| d.clone());
                let id = *actors.entry(name.clone()).or_insert_with(|| {
                    let mut a = Actor::new(name.clone(), ActorKind::Information);
                    a.id = crate::model::ActorId(stable_id("actor", &name));
                    let id = a.id;
                    let at = bp.actors().len();
                    let _ = bp.insert_actor(at, a);
                    id
                });
                let _ = bp.update_step(step, |s| {
                    if !s.actors.contains(&id) {
                        s.actors.push(id);
                    }
                });
            }
        }
        // Text annotations: ideas on their steps.
        for (a, b) in &self.associations {
            let (note, target) = if self.notes.contains_key(a) { (a, b) } else { (b, a) };
            let Some(text) = self.notes.get(note).filter(|t| !t.is_empty()) else { continue };
            match self.index.get(target).and_then(|n| step_ids.get(n)) {
                Some(&id) => {
                    let mut idea = Annotation::new(AnnotationKind::Idea, Target::Step(id), text.clone());
                    idea.id = crate::model::AnnotationId(stable_id("idea", &format!("{note}/{target}")));
                    let _ = bp.add_annotation(idea);
                }
                None => left_out.push(crate::i18n::tr_args("import-left-note", &[("text", text.clone().into())])),
            }
        }
        if self.inside > 0 {
            left_out.push(crate::i18n::tr_args("import-left-inside", &[("n", self.inside.into())]));
        }
        Ok(Imported { blueprint: bp, left_out, lanes: guesses })
    }

    /// The customer's pool: named with `--customer`, or named so. (A lane named with
    /// `--customer` makes only that lane a customer lane.)
    fn customer_pool(&self, options: &Options) -> Option<usize> {
        if let Some(name) = &options.customer {
            let name = name.trim().to_lowercase();
            if let Some(i) = self.pools.iter().position(|p| p.name.to_lowercase() == name) {
                return Some(i);
            }
            if self.lanes.iter().any(|l| l.name.to_lowercase() == name) {
                return None;
            }
        }
        self.pools.iter().position(|p| guess_kind(&p.name) == LaneKind::Customer)
    }

    /// `--lane` and `--customer` choices that name no lane or pool: said, not ignored.
    fn note_unmatched(&self, options: &Options, left_out: &mut Vec<String>) {
        let known = |name: &str| {
            let name = name.trim().to_lowercase();
            self.lanes.iter().any(|l| l.name.to_lowercase() == name)
                || self.pools.iter().any(|p| p.name.to_lowercase() == name)
        };
        for name in options.lanes.iter().map(|(n, _)| n).chain(&options.customer) {
            if !known(name) {
                left_out.push(crate::i18n::tr_args("import-left-option", &[("name", name.clone().into())]));
            }
        }
    }

    /// Each step's column: by the diagram's x positions when every step has a shape, otherwise
    /// by the longest path of flows to it (loops cut where they turn back).
    fn columns(
        &self,
        steps: &[usize],
        edges: &[(usize, usize, String, bool)],
    ) -> Result<HashMap<usize, u32>, ImportError> {
        let mut column: HashMap<usize, u32> = HashMap::new();
        if steps.iter().all(|s| self.nodes[*s].shape.is_some()) {
            let mut by_x: Vec<(f64, f64, usize)> =
                steps.iter().filter_map(|&s| self.nodes[s].shape.map(|(x, w)| (x, w, s))).collect();
            by_x.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
            let (mut col, mut right) = (0u32, f64::NEG_INFINITY);
            for (i, (x, w, s)) in by_x.into_iter().enumerate() {
                if i > 0 && x >= right {
                    col += 1;
                }
                right = if i > 0 && x < right { right.max(x + w) } else { x + w };
                column.insert(s, col);
            }
        } else {
            let index: HashMap<usize, usize> = steps.iter().enumerate().map(|(i, s)| (*s, i)).collect();
            let mut next: Vec<Vec<usize>> = vec![Vec::new(); steps.len()];
            let mut indegree = vec![0usize; steps.len()];
            for (a, b, _, _) in edges {
                next[index[a]].push(index[b]);
            }
            // Back edges (to a step on the current path) are rework: not used for the order.
            let mut state = vec![0u8; steps.len()];
            let mut forward: Vec<Vec<usize>> = vec![Vec::new(); steps.len()];
            // Start from the steps nothing leads to, in file order; then the rest (a cycle).
            let mut has_in = vec![false; steps.len()];
            for list in &next {
                for &m in list {
                    has_in[m] = true;
                }
            }
            let roots: Vec<usize> =
                (0..steps.len()).filter(|&i| !has_in[i]).chain((0..steps.len()).filter(|&i| has_in[i])).collect();
            for start in roots {
                if state[start] != 0 {
                    continue;
                }
                let mut stack = vec![(start, 0usize)];
                state[start] = 1;
                while let Some((n, i)) = stack.pop() {
                    if let Some(&m) = next[n].get(i) {
                        stack.push((n, i + 1));
                        match state[m] {
                            0 => {
                                forward[n].push(m);
                                state[m] = 1;
                                stack.push((m, 0));
                            }
                            2 => forward[n].push(m),
                            _ => {} // on the path: a loop back
                        }
                    } else {
                        state[n] = 2;
                    }
                }
            }
            for list in &forward {
                for &m in list {
                    indegree[m] += 1;
                }
            }
            let mut depth = vec![0u32; steps.len()];
            let mut queue: Vec<usize> = (0..steps.len()).filter(|&i| indegree[i] == 0).collect();
            while let Some(n) = queue.pop() {
                for &m in &forward[n] {
                    depth[m] = depth[m].max(depth[n] + 1);
                    indegree[m] -= 1;
                    if indegree[m] == 0 {
                        queue.push(m);
                    }
                }
            }
            for (i, s) in steps.iter().enumerate() {
                column.insert(*s, depth[i]);
            }
        }
        if column.values().any(|c| *c > MAX_COLUMN) {
            return Err(error("", "import-too-many-columns", &[]));
        }
        Ok(column)
    }
}

/// An ISO 8601 duration (`PT48H`, `P5D`, `P1DT2H30M`) in minutes; a month is 30 days, a year 365.
#[must_use]
pub fn duration_minutes(text: &str) -> Option<f64> {
    let t = text.trim().strip_prefix('P')?;
    let (date, time) = t.split_once('T').unwrap_or((t, ""));
    let mut total = 0.0;
    let mut any = false;
    for (part, units) in [
        (date, &[('Y', 525_600.0), ('M', 43_200.0), ('W', 10_080.0), ('D', 1_440.0)][..]),
        (time, &[('H', 60.0), ('M', 1.0), ('S', 1.0 / 60.0)][..]),
    ] {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' || c == ',' {
                number.push(if c == ',' { '.' } else { c });
            } else {
                let (_, factor) = units.iter().find(|(u, _)| *u == c)?;
                total += number.parse::<f64>().ok()? * factor;
                number.clear();
                any = true;
            }
        }
        if !number.is_empty() {
            return None;
        }
    }
    (any && total.is_finite()).then_some(total)
}
