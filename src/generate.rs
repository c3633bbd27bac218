//! A generator of large, realistic blueprints for benchmarks, stress tests and property tests.
//!
//! Deterministic: the same step count and seed give the same blueprint, ids included.

use crate::model::{
    Annotation, AnnotationKind, Blueprint, BlueprintId, Flow, FlowId, Perspective, Phase, Step, StepId,
};
use crate::model::{AnnotationId, Lane, LaneId, LaneKind, PhaseId, Target};
use crate::templates::{Lang, STANDARD_KINDS, lane_name};
use uuid::Uuid;

/// How likely a column holds a step in each standard lane (evidence … support).
const LANE_DENSITY: [f64; 5] = [0.45, 0.9, 0.65, 0.8, 0.5];
const PHASE_NAMES: [&str; 8] =
    ["Oriëntatie", "Aanvragen", "Intake", "Wachten", "Behandeling", "Besluit", "Levering", "Nazorg"];
const ACTIONS: [[&str; 6]; 5] = [
    ["Bevestigingsmail", "Brief met besluit", "Webpagina met uitleg", "Ontvangstbewijs", "Factuur", "Afsprakenkaart"],
    [
        "Zoekt informatie",
        "Vult formulier in",
        "Belt met vraag",
        "Stuurt documenten",
        "Wacht op antwoord",
        "Leest besluit",
    ],
    [
        "Medewerker KCC beantwoordt vraag",
        "Baliemedewerker helpt",
        "Chat geeft status",
        "Adviseur belt terug",
        "Loket neemt aanvraag in",
        "Team stuurt bevestiging",
    ],
    [
        "Behandelaar toetst aanvraag",
        "Vraagt stukken op",
        "Controleert gegevens",
        "Legt besluit vast",
        "Overlegt met collega",
        "Plant afspraak",
    ],
    [
        "Zaaksysteem registreert",
        "Basisregistratie levert gegevens",
        "Archief bewaart dossier",
        "Betaalsysteem int leges",
        "Postkamer scant brief",
        "Juridische zaken adviseert",
    ],
];
const NOTES: [&str; 6] = [
    "Klant weet niet waar de aanvraag staat",
    "Dossier is nog niet compleet",
    "Is mijn aanvraag goed aangekomen?",
    "Status automatisch sturen",
    "Termijn staat nergens",
    "Hier valt het oordeel over de gemeente",
];
const CHANNELS: [&str; 6] = ["website", "phone", "counter", "email", "letter", "chat"];

/// A blueprint with exactly `steps` steps spread over the five standard lanes, about 1.3 flows
/// and 0.25 annotations per step, and a phase about every ten columns.
#[must_use]
pub fn generate(steps: usize, seed: u64) -> Blueprint {
    // Ids come from their own stream, so that a change in the choices below keeps ids apart.
    let mut id_rng = fastrand::Rng::with_seed(seed ^ (steps as u64).rotate_left(32));
    let mut ids = move || -> Uuid { uuid::Builder::from_random_bytes(id_rng.u128(..).to_le_bytes()).into_uuid() };
    let mut rng = fastrand::Rng::with_seed(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ steps as u64);

    let mut bp = Blueprint::empty(format!("Gegenereerde blauwdruk ({steps} stappen)"));
    let _ = bp.set_id(BlueprintId(ids()));
    bp.description = Some("Gemaakt door `sightline generate` voor tests en metingen.".to_owned());
    let lanes: Vec<LaneId> = STANDARD_KINDS
        .iter()
        .map(|&kind| {
            let lane = Lane { id: LaneId(ids()), ..Lane::new(kind, lane_name(kind, Lang::Nl)) };
            let id = lane.id;
            let _ = bp.insert_lane(bp.lanes().len(), lane);
            id
        })
        .collect();

    let mut placed: Vec<(usize, StepId)> = Vec::with_capacity(steps); // (lane index, id)
    let mut last_in_lane: [Option<(u32, StepId)>; 5] = [None; 5];
    let mut column = 0u32;
    while placed.len() < steps {
        if column.is_multiple_of(10) {
            let name = PHASE_NAMES[(column / 10) as usize % PHASE_NAMES.len()];
            let _ = bp.add_phase(Phase { id: PhaseId(ids()), ..Phase::new(name, column) });
        }
        let mut column_steps: Vec<(usize, StepId)> = Vec::new();
        for (li, &density) in LANE_DENSITY.iter().enumerate() {
            // The first columns visit every lane, so that each lane holds steps even for small N.
            let forced = column == 0 && li < steps;
            if placed.len() >= steps || !(forced || rng.f64() < density) {
                continue;
            }
            let title = format!("{} {}", ACTIONS[li][rng.usize(..ACTIONS[li].len())], placed.len() + 1);
            let mut step = Step { id: StepId(ids()), ..Step::new(lanes[li], column, title) };
            if STANDARD_KINDS[li] == LaneKind::Customer || STANDARD_KINDS[li] == LaneKind::Frontstage {
                step.channel = Some(CHANNELS[rng.usize(..CHANNELS.len())].to_owned());
            }
            if rng.u8(..10) == 0 {
                step.description = Some("Toelichting uit de werksessie.".to_owned());
            }
            let id = step.id;
            if bp.add_step(step).is_ok() {
                placed.push((li, id));
                column_steps.push((li, id));
                // Along the lane: from the previous step in the same lane, when near.
                if let Some((c, prev)) = last_in_lane[li]
                    && column - c <= 3
                {
                    add_flow(&mut bp, FlowId(ids()), prev, id, false);
                }
                last_in_lane[li] = Some((column, id));
            }
        }
        // Down the column: each step hands over to the next lane below.
        for pair in column_steps.windows(2) {
            if rng.f64() < 0.6 {
                add_flow(&mut bp, FlowId(ids()), pair[0].1, pair[1].1, rng.u8(..8) == 0);
            }
        }
        // Now and then a rework loop back to an earlier column.
        if column > 4 && rng.u8(..12) == 0 && placed.len() > 8 {
            let (_, to) = placed[placed.len() - 1 - rng.usize(4..8).min(placed.len() - 1)];
            if let Some(&(_, from)) = column_steps.last() {
                add_flow(&mut bp, FlowId(ids()), from, to, false);
            }
        }
        column += 1;
    }

    // Annotations on about a quarter of the steps.
    for (n, &(li, step)) in placed.iter().enumerate() {
        if rng.u8(..4) != 0 {
            continue;
        }
        let kind = match (li, rng.u8(..10)) {
            (1, 0..=3) => AnnotationKind::MomentOfTruth,
            (_, 0..=4) => AnnotationKind::PainPoint,
            (_, 5..=6) => AnnotationKind::Question,
            _ => AnnotationKind::Idea,
        };
        let mut a = Annotation::new(kind, Target::Step(step), NOTES[n % NOTES.len()]);
        a.id = AnnotationId(ids());
        if kind == AnnotationKind::PainPoint {
            a.severity = Some(rng.u8(1..=3));
        }
        if kind == AnnotationKind::MomentOfTruth {
            a.perspective = Some(Perspective::ALL[rng.usize(..3)]);
        }
        a.votes = u32::from(rng.u8(..6)) * u32::from(rng.u8(..2));
        let _ = bp.add_annotation(a);
    }
    bp
}

fn add_flow(bp: &mut Blueprint, id: FlowId, from: StepId, to: StepId, two_way: bool) {
    let _ = bp.add_flow(Flow { id, two_way, ..Flow::new(from, to) });
}
