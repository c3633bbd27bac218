//! BPMN 2.0 process models (Camunda Modeler, bpmn.io, Signavio, Visio exports) as blueprints.
//!
//! Pools and lanes become lanes: the customer's pool (named with `--customer`, or by its name:
//! customer, citizen, klant, inwoner, aanvrager …) gives customer lanes; a lane that exchanges
//! message flows with the customer is frontstage; a lane where only service and script tasks
//! occur is support; the rest is backstage (each can be chosen by hand). Tasks, sub-processes
//! (collapsed to one step), call activities and named events become steps; gateways and unnamed
//! events do not, but the flows through them are joined up, a gateway's or condition's name
//! becoming the flow's label. Sequence flows become flows; message flows become flows across the
//! line of interaction. Columns follow the diagram's x positions (overlapping shapes share a
//! column) or, without positions, the order of the flows (a loop becomes a rework flow). A named
//! message catch event in the customer's pool is also a question; a timer's ISO 8601 duration
//! becomes waiting minutes on the next step; data objects and stores become actors of kind
//! information; text annotations become ideas; documentation becomes the description. The file
//! is read without a DTD, so no entity is ever expanded or fetched.

use super::{ImportError, Imported, Options, error};
use roxmltree::{Document, Node, ParsingOptions};

mod build;
pub use build::duration_minutes;
use std::collections::HashMap;

/// The most XML nodes a file may hold (a 100 MB model has fewer).
const MAX_NODES: u32 = 20_000_000;

fn local<'a>(n: &Node<'a, '_>) -> &'a str {
    n.tag_name().name()
}

fn children<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children().filter(move |c| c.is_element() && local(c) == name)
}

fn text_of(n: Node<'_, '_>) -> String {
    n.descendants().filter(Node::is_text).filter_map(|t| t.text()).collect::<String>().trim().to_owned()
}

const ACTIVITIES: [&str; 12] = [
    "task",
    "userTask",
    "manualTask",
    "serviceTask",
    "scriptTask",
    "sendTask",
    "receiveTask",
    "businessRuleTask",
    "subProcess",
    "callActivity",
    "transaction",
    "adHocSubProcess",
];
const EVENTS: [&str; 5] =
    ["startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"];
const GATEWAYS: [&str; 5] =
    ["exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"];
const NOT_PLACED: [&str; 6] =
    ["choreography", "choreographyTask", "subChoreography", "conversation", "callConversation", "subConversation"];

/// One flow node of the model.
struct FlowNode {
    id: String,
    name: String,
    tag: String,
    /// Index into `lanes`.
    lane: usize,
    documentation: Option<String>,
    /// A message catch event (a customer waiting for news).
    message_catch: bool,
    /// A timer's duration in minutes.
    timer: Option<f64>,
    /// Data objects and stores it reads or writes (their ids).
    data: Vec<String>,
    /// The left edge and width of its shape in the diagram.
    shape: Option<(f64, f64)>,
}

impl FlowNode {
    fn is_step(&self) -> bool {
        ACTIVITIES.contains(&self.tag.as_str()) || (EVENTS.contains(&self.tag.as_str()) && !self.name.is_empty())
    }

    fn is_automatic(&self) -> bool {
        matches!(self.tag.as_str(), "serviceTask" | "scriptTask" | "businessRuleTask")
    }
}

/// A lane of the model: a BPMN lane, or a pool without lanes.
struct ModelLane {
    name: String,
    pool: usize,
}

struct Pool {
    name: String,
}

#[derive(Default)]
struct Model {
    pools: Vec<Pool>,
    /// Participant ids → pool index.
    participants: HashMap<String, usize>,
    lanes: Vec<ModelLane>,
    nodes: Vec<FlowNode>,
    index: HashMap<String, usize>,
    /// (source, target, label) by node index.
    sequence: Vec<(usize, usize, String)>,
    /// (source id, target id, name).
    messages: Vec<(String, String, String)>,
    /// Data object or store id → name.
    data: HashMap<String, String>,
    /// Text annotation id → text; associations (one end, other end).
    notes: HashMap<String, String>,
    associations: Vec<(String, String)>,
    left_out: Vec<String>,
    /// Elements inside collapsed sub-processes.
    inside: usize,
}

/// Reads a BPMN file.
pub fn import(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let text =
        crate::io::from_utf8_text(bytes).map_err(|p| error(p.at, "import-xml-text", &[("reason", p.message)]))?;
    shape_check(text)?;
    let doc = Document::parse_with_options(
        text,
        ParsingOptions { allow_dtd: false, nodes_limit: MAX_NODES, ..ParsingOptions::default() },
    )
    .map_err(|e| xml_error(&e))?;
    let root = doc.root_element();
    if local(&root) != "definitions" {
        return Err(error("", "import-not-bpmn", &[("root", local(&root).to_owned())]));
    }
    let mut m = Model::default();
    m.read(root);
    if m.nodes.iter().all(|n| !n.is_step()) {
        return Err(error("", "import-no-tasks", &[]));
    }
    m.build(options)
}

/// The most attributes one element may carry, and namespace declarations in the whole file: a
/// modelling tool writes a handful of each; thousands make the XML parser crawl.
const MAX_ATTRIBUTES: usize = 1_000;
const MAX_NAMESPACES: usize = 1_000;

/// A quick look at the shape of the XML before it is parsed: elements with thousands of
/// attributes, or thousands of namespace declarations, are refused at once.
fn shape_check(text: &str) -> Result<(), ImportError> {
    let bytes = text.as_bytes();
    let (mut i, mut namespaces) = (0, 0usize);
    while let Some(open) = bytes[i..].iter().position(|b| *b == b'<').map(|p| p + i) {
        // Comments, CDATA, declarations and instructions hold no attributes.
        let rest = &bytes[open..];
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            let end: &[u8] = if rest.starts_with(b"<!--") {
                b"-->"
            } else if rest.starts_with(b"<![CDATA[") {
                b"]]>"
            } else {
                b">"
            };
            i = open + rest.windows(end.len()).position(|w| w == end).map_or(rest.len(), |p| p + end.len());
            continue;
        }
        let (mut attributes, mut quote, mut j) = (0usize, None, open + 1);
        while j < bytes.len() {
            let b = bytes[j];
            match quote {
                Some(q) if b == q => quote = None,
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'=' => attributes += 1,
                None if b == b'>' => break,
                None if bytes[j..].starts_with(b"xmlns") => namespaces += 1,
                _ => {}
            }
            j += 1;
        }
        if attributes > MAX_ATTRIBUTES || namespaces > MAX_NAMESPACES {
            let line = text[..open].matches('\n').count() + 1;
            let at = crate::io::line_column_words(line, 1);
            return Err(error(at, "import-xml-too-complex", &[("max", MAX_ATTRIBUTES.to_string())]));
        }
        i = j + 1;
        if i >= bytes.len() {
            break;
        }
    }
    Ok(())
}

fn xml_error(e: &roxmltree::Error) -> ImportError {
    let p = e.pos();
    let at = crate::io::line_column_words(p.row as usize, p.col as usize);
    match e {
        roxmltree::Error::DtdDetected => error(at, "import-xml-dtd", &[]),
        roxmltree::Error::NodesLimitReached => error(at, "import-xml-too-big", &[]),
        other => error(at, "import-xml", &[("reason", other.to_string())]),
    }
}

impl Model {
    fn read(&mut self, root: Node<'_, '_>) {
        // Shapes first: x positions by element id.
        let mut shapes: HashMap<String, (f64, f64)> = HashMap::new();
        for s in root.descendants().filter(|n| n.is_element() && local(n) == "BPMNShape") {
            let bounds = s.children().find(|c| c.is_element() && local(c) == "Bounds");
            let num =
                |n: Option<Node<'_, '_>>, k: &str| n.and_then(|b| b.attribute(k)).and_then(|v| v.parse::<f64>().ok());
            if let (Some(id), Some(x), Some(w)) = (s.attribute("bpmnElement"), num(bounds, "x"), num(bounds, "width"))
                && x.is_finite()
                && w.is_finite()
            {
                shapes.insert(id.to_owned(), (x, w.max(0.0)));
            }
        }
        let processes: Vec<Node<'_, '_>> = children(root, "process").collect();
        let mut pool_of_process: HashMap<String, usize> = HashMap::new();
        for collab in children(root, "collaboration") {
            for p in children(collab, "participant") {
                let name = p.attribute("name").unwrap_or_default().trim().to_owned();
                let process = p.attribute("processRef").unwrap_or_default();
                let process_name =
                    processes.iter().find(|n| n.attribute("id") == Some(process)).and_then(|n| n.attribute("name"));
                let name = if name.is_empty() { process_name.unwrap_or_default().trim().to_owned() } else { name };
                self.pools.push(Pool { name });
                let i = self.pools.len() - 1;
                self.participants.insert(p.attribute("id").unwrap_or_default().to_owned(), i);
                if !process.is_empty() {
                    pool_of_process.insert(process.to_owned(), i);
                }
            }
            for f in children(collab, "messageFlow") {
                let end = |k| f.attribute(k).unwrap_or_default().to_owned();
                self.messages.push((
                    end("sourceRef"),
                    end("targetRef"),
                    f.attribute("name").unwrap_or_default().trim().to_owned(),
                ));
            }
            self.read_notes(collab);
        }
        for n in root.descendants().filter(|n| n.is_element() && NOT_PLACED.contains(&local(n))) {
            let name = n.attribute("name").unwrap_or_else(|| n.attribute("id").unwrap_or_default());
            self.left_out.push(crate::i18n::tr_args(
                "import-left-choreography",
                &[("what", local(&n).into()), ("name", name.to_owned().into())],
            ));
        }
        for p in processes {
            let id = p.attribute("id").unwrap_or_default();
            let pool = if let Some(i) = pool_of_process.get(id) {
                *i
            } else {
                let name = p.attribute("name").map_or_else(|| crate::i18n::tr("import-process"), str::to_owned);
                self.pools.push(Pool { name });
                self.pools.len() - 1
            };
            self.read_process(p, pool, &shapes);
        }
    }

    fn read_notes(&mut self, scope: Node<'_, '_>) {
        for t in children(scope, "textAnnotation") {
            let text = children(t, "text").map(text_of).collect::<Vec<_>>().join(" ");
            self.notes.insert(t.attribute("id").unwrap_or_default().to_owned(), text);
        }
        for a in children(scope, "association") {
            let end = |k| a.attribute(k).unwrap_or_default().to_owned();
            self.associations.push((end("sourceRef"), end("targetRef")));
        }
    }

    fn read_process(&mut self, p: Node<'_, '_>, pool: usize, shapes: &HashMap<String, (f64, f64)>) {
        // Leaf lanes, with the nodes they hold.
        let mut lane_of: HashMap<String, usize> = HashMap::new();
        let first_lane = self.lanes.len();
        let mut stack: Vec<Node<'_, '_>> = children(p, "laneSet").flat_map(|s| children(s, "lane")).collect();
        stack.reverse();
        while let Some(l) = stack.pop() {
            let inner: Vec<Node<'_, '_>> = children(l, "childLaneSet").flat_map(|s| children(s, "lane")).collect();
            if !inner.is_empty() {
                stack.extend(inner.into_iter().rev());
                continue;
            }
            let name = l.attribute("name").unwrap_or_default().trim().to_owned();
            let name = if name.is_empty() { self.pools[pool].name.clone() } else { name };
            self.lanes.push(ModelLane { name, pool });
            for r in children(l, "flowNodeRef") {
                lane_of.insert(text_of(r), self.lanes.len() - 1);
            }
        }
        if self.lanes.len() == first_lane {
            let name = self.pools[pool].name.clone();
            self.lanes.push(ModelLane { name, pool });
        }
        let mut attached: Vec<(String, String)> = Vec::new();
        for n in p.children().filter(Node::is_element) {
            let tag = local(&n);
            match tag {
                t if ACTIVITIES.contains(&t) || EVENTS.contains(&t) || GATEWAYS.contains(&t) => {
                    let id = n.attribute("id").unwrap_or_default().to_owned();
                    let defs = |d: &str| n.children().any(|c| c.is_element() && local(&c) == d);
                    let timer = n
                        .descendants()
                        .find(|c| c.is_element() && matches!(local(c), "timeDuration"))
                        .and_then(|d| duration_minutes(&text_of(d)));
                    let mut data = Vec::new();
                    for a in n.children().filter(|c| {
                        c.is_element() && matches!(local(c), "dataInputAssociation" | "dataOutputAssociation")
                    }) {
                        let key = if local(&a) == "dataInputAssociation" { "sourceRef" } else { "targetRef" };
                        data.extend(children(a, key).map(text_of));
                    }
                    if let Some(task) = n.attribute("attachedToRef").filter(|_| tag == "boundaryEvent") {
                        attached.push((id.clone(), task.to_owned()));
                    }
                    if timer.is_none() && n.descendants().any(|c| c.is_element() && local(&c) == "timeDuration") {
                        let name = n.attribute("name").unwrap_or(&id).to_owned();
                        self.left_out.push(crate::i18n::tr_args("import-left-timer", &[("name", name.into())]));
                    }
                    if matches!(tag, "subProcess" | "transaction" | "adHocSubProcess") {
                        self.inside += n
                            .descendants()
                            .filter(|d| d.is_element() && d != &n && d.attribute("id").is_some())
                            .count();
                    }
                    self.index.insert(id.clone(), self.nodes.len());
                    self.nodes.push(FlowNode {
                        lane: lane_of.get(&id).copied().unwrap_or(first_lane),
                        shape: shapes.get(&id).copied(),
                        name: n.attribute("name").unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" "),
                        documentation: children(n, "documentation").map(text_of).find(|d| !d.is_empty()),
                        message_catch: tag == "intermediateCatchEvent" && defs("messageEventDefinition"),
                        timer,
                        data,
                        tag: tag.to_owned(),
                        id,
                    });
                }
                "dataObjectReference" | "dataStoreReference" | "dataObject" | "dataStore" => {
                    let name = n.attribute("name").unwrap_or_default().trim().to_owned();
                    self.data.insert(n.attribute("id").unwrap_or_default().to_owned(), name);
                }
                _ => {}
            }
        }
        for f in children(p, "sequenceFlow") {
            let end = |k| f.attribute(k).and_then(|id| self.index.get(id).copied());
            if let (Some(a), Some(b)) = (end("sourceRef"), end("targetRef")) {
                // A condition written as code (`${approved}`) is for the engine, not a label.
                let condition = children(f, "conditionExpression").map(text_of).next().unwrap_or_default();
                let condition =
                    if condition.starts_with("${") || condition.starts_with("#{") { String::new() } else { condition };
                let name = f.attribute("name").unwrap_or_default().trim().to_owned();
                self.sequence.push((a, b, if name.is_empty() { condition } else { name }));
            } else {
                let id = f.attribute("id").unwrap_or_default().to_owned();
                self.left_out.push(crate::i18n::tr_args("import-left-flow", &[("id", id.into())]));
            }
        }
        // A boundary event (a timer on a task, an escalation) follows the task it sits on.
        for (event, task) in attached {
            if let (Some(&t), Some(&e)) = (self.index.get(&task), self.index.get(&event)) {
                self.sequence.push((t, e, String::new()));
            }
        }
        self.read_notes(p);
    }
}
