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
    /// The standard lanes with a first interaction layer: the customer's questions, the
    /// organisation's messages, and actors (including the case file).
    Interaction,
}

impl Template {
    pub const ALL: [Template; 3] = [Self::Standard, Self::InternalProcess, Self::Interaction];

    /// The template's name on the command line.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::InternalProcess => "internal",
            Self::Interaction => "interaction",
        }
    }

    /// A new blueprint from this template, with lane names in `lang`.
    #[must_use]
    pub fn build(self, title: &str, lang: Lang) -> Blueprint {
        match self {
            Self::Standard => standard(title, lang),
            Self::Interaction => interaction(title, lang),
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

/// The interaction template: four phases with one customer step each, the questions the
/// customer has, the messages that answer them (one question is left open, so that the check
/// shows), and three actors.
fn interaction(title: &str, lang: Lang) -> Blueprint {
    use crate::model::{Actor, ActorKind, Annotation, AnnotationKind, Phase, Step, Target};
    let en = lang == Lang::En;
    let t = |e: &'static str, n: &'static str| if en { e } else { n };
    let mut bp = standard(title, lang);
    bp.description = Some(
        t(
            "An interaction blueprint: what the customer wants to know at each moment (questions), what the \
             organisation tells them (messages), and who or what takes part (actors).",
            "Een interactieblauwdruk: wat de klant op elk moment wil weten (vragen), wat de organisatie vertelt \
             (boodschappen), en wie of wat meedoet (actoren).",
        )
        .to_owned(),
    );
    let customer = bp.lanes().iter().find(|l| l.kind == LaneKind::Customer).map(|l| l.id);
    let backstage = bp.lanes().iter().find(|l| l.kind == LaneKind::Backstage).map(|l| l.id);
    let (Some(customer), Some(backstage)) = (customer, backstage) else { return bp };
    let actors = [
        Actor::new(t("Customer", "Klant"), ActorKind::Person),
        Actor::new(t("Case worker", "Behandelaar"), ActorKind::Person),
        Actor::new(t("The case file", "Het zaakdossier"), ActorKind::Information),
    ];
    let ids: Vec<_> = actors.iter().map(|a| a.id).collect();
    for (i, a) in actors.into_iter().enumerate() {
        let _ = bp.insert_actor(i, a);
    }
    let phases = [
        (t("Orient", "Oriënteren"), t("Looks for information", "Zoekt informatie")),
        (t("Apply", "Aanvragen"), t("Applies", "Vraagt aan")),
        (t("Wait", "Wachten"), t("Waits for news", "Wacht op bericht")),
        (t("Decision", "Besluit"), t("Receives the decision", "Ontvangt het besluit")),
    ];
    let mut steps = Vec::new();
    for (column, (phase, step)) in (0u32..).zip(phases) {
        let _ = bp.add_phase(Phase::new(phase, column));
        let mut s = Step::new(customer, column, step);
        s.actors = vec![ids[0]];
        steps.push(s.id);
        let _ = bp.add_step(s);
    }
    let mut handling = Step::new(backstage, 2, t("Handles the application", "Behandelt de aanvraag"));
    handling.actors = vec![ids[1], ids[2]];
    let _ = bp.add_step(handling);
    let mut note =
        |on: usize, kind: AnnotationKind, text: &str, channel: &str, answers: Vec<crate::model::AnnotationId>| {
            let mut a = Annotation::new(kind, Target::Step(steps[on]), text);
            a.channel = Some(channel.to_owned());
            a.answers = answers;
            let id = a.id;
            let _ = bp.add_annotation(a);
            id
        };
    let need = note(0, AnnotationKind::Question, t("What do I need to apply?", "Wat heb ik nodig?"), "website", vec![]);
    let complete = note(
        1,
        AnnotationKind::Question,
        t("Is my application complete?", "Is mijn aanvraag compleet?"),
        "website",
        vec![],
    );
    note(2, AnnotationKind::Question, t("How long will it take?", "Hoe lang gaat het duren?"), "phone", vec![]);
    note(0, AnnotationKind::Message, t("Checklist on the website", "Checklist op de website"), "website", vec![need]);
    note(1, AnnotationKind::Message, t("Confirmation of receipt", "Ontvangstbevestiging"), "email", vec![complete]);
    bp
}
