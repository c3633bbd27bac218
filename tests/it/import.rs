//! Importing BPMN models and spreadsheets: lanes and kinds, steps, joined flows, message flows
//! across the line of interaction, questions, actors, what was left out; hostile files.

use sightline::import::{Format, Options, import};
use sightline::model::{AnnotationKind, Blueprint, LaneKind};

fn data(name: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import").join(name))
        .expect("fixture")
}

fn step_named<'a>(bp: &'a Blueprint, title: &str) -> &'a sightline::model::Step {
    bp.steps().find(|s| s.title == title).unwrap_or_else(|| panic!("a step “{title}”"))
}

fn lane_kind(bp: &Blueprint, title: &str) -> LaneKind {
    bp.lane(step_named(bp, title).lane).expect("lane").kind
}

/// The label of the flow between two steps: `Some("")` for a flow without one, `None` for none.
fn flow_label(bp: &Blueprint, from: &str, to: &str) -> Option<String> {
    let (a, b) = (step_named(bp, from).id, step_named(bp, to).id);
    bp.flows().find(|f| f.from == a && f.to == b).map(|f| f.label.clone().unwrap_or_default())
}

const TASKS: [&str; 8] = [
    "Dient aanvraag in",
    "Waar blijft mijn vergunning?",
    "Vult stukken aan",
    "Aanvraag ontvangen",
    "Maakt zaak aan",
    "Controleert volledigheid",
    "Vraagt ontbrekende stukken op",
    "Neemt besluit",
];

fn check_permit(bp: &Blueprint, left_out: &[String]) {
    // Every task and named event once; gateways, unnamed and timer events are not steps.
    assert_eq!(bp.step_count(), TASKS.len());
    for t in TASKS {
        assert_eq!(bp.steps().filter(|s| s.title == t).count(), 1, "{t}");
    }
    let lanes: Vec<(&str, LaneKind)> = bp.lanes().iter().map(|l| (l.name.as_str(), l.kind)).collect();
    assert_eq!(
        lanes,
        [
            ("Aanvrager", LaneKind::Customer),
            ("KCC", LaneKind::Frontstage),
            ("Vergunningverlening", LaneKind::Frontstage),
            ("Zaaksysteem", LaneKind::Support)
        ]
    );
    // Flows joined across the gateway, named by its question and the branch.
    assert_eq!(
        flow_label(bp, "Controleert volledigheid", "Vraagt ontbrekende stukken op"),
        Some("Compleet? nee".into())
    );
    assert_eq!(flow_label(bp, "Controleert volledigheid", "Neemt besluit"), Some("Compleet? ja".into()));
    // Message flows cross the line of interaction.
    assert_eq!(flow_label(bp, "Dient aanvraag in", "Aanvraag ontvangen"), Some("aanvraag".into()));
    assert_eq!(lane_kind(bp, "Dient aanvraag in"), LaneKind::Customer);
    assert_eq!(lane_kind(bp, "Aanvraag ontvangen"), LaneKind::Frontstage);
    assert!(flow_label(bp, "Vraagt ontbrekende stukken op", "Waar blijft mijn vergunning?").is_some());
    // The customer waits for news: a question; a text annotation: an idea.
    let waits = step_named(bp, "Waar blijft mijn vergunning?").id;
    let kinds: Vec<AnnotationKind> = bp.annotations_on(sightline::model::Target::Step(waits)).map(|a| a.kind).collect();
    assert_eq!(kinds, [AnnotationKind::Question, AnnotationKind::Idea]);
    // The timer's five days wait before the decision; the case file takes part in three steps.
    assert_eq!(step_named(bp, "Neemt besluit").measures.wait_minutes, Some(5.0 * 24.0 * 60.0));
    let file = bp.actors().iter().find(|a| a.name == "Het zaakdossier").expect("the case file");
    assert_eq!(file.kind, sightline::model::ActorKind::Information);
    assert_eq!(bp.steps_with_actor(file.id).count(), 3);
    // Documentation, the BPMN id kept, and what was left out.
    assert_eq!(
        step_named(bp, "Dient aanvraag in").description.as_deref(),
        Some("Via het Omgevingsloket, met tekeningen.")
    );
    assert_eq!(step_named(bp, "Neemt besluit").extra.get("x_bpmn_id"), Some(&serde_json::json!("T_Besluit")));
    assert!(left_out.iter().any(|l| l.contains("“besluit”")), "{left_out:?}");
}

#[test]
fn a_bpmn_collaboration_with_positions_becomes_a_blueprint() {
    let i = import(&data("vergunning.bpmn"), Format::Bpmn, &Options::default()).expect("imports");
    check_permit(&i.blueprint, &i.left_out);
    // Columns follow the diagram: shapes that overlap in x share a column.
    let col = |t| step_named(&i.blueprint, t).column;
    assert_eq!(col("Vraagt ontbrekende stukken op"), col("Waar blijft mijn vergunning?"));
    assert!(
        col("Dient aanvraag in") < col("Maakt zaak aan") && col("Maakt zaak aan") < col("Controleert volledigheid")
    );
    assert!(i.lanes.iter().all(|l| l.guessed));
}

#[test]
fn without_positions_the_flows_give_the_order_and_a_loop_stays_a_loop() {
    let i = import(&data("vergunning-zonder-posities.bpmn"), Format::Bpmn, &Options::default()).expect("imports");
    check_permit(&i.blueprint, &i.left_out);
    let col = |t| step_named(&i.blueprint, t).column;
    assert!(
        col("Aanvraag ontvangen") < col("Maakt zaak aan") && col("Maakt zaak aan") < col("Controleert volledigheid")
    );
    assert!(i.blueprint.steps().all(|s| s.column < 8), "the rework loop adds no endless columns");
}

#[test]
fn lane_kinds_can_be_chosen() {
    let options = Options {
        lanes: vec![("Vergunningverlening".into(), LaneKind::Backstage)],
        customer: Some("Aanvrager".into()),
        ..Options::default()
    };
    let i = import(&data("vergunning.bpmn"), Format::Bpmn, &options).expect("imports");
    assert_eq!(lane_kind(&i.blueprint, "Neemt besluit"), LaneKind::Backstage);
    assert!(!i.lanes.iter().find(|l| l.name == "Vergunningverlening").expect("lane").guessed);
}

fn bpmn(body: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">{body}</process></definitions>"#
    )
    .into_bytes()
}

#[test]
fn hostile_bpmn_ends_with_a_clear_error_or_a_bounded_result() {
    let err = |bytes: &[u8]| import(bytes, Format::Bpmn, &Options::default()).expect_err("refused").to_string();
    assert!(err(b"<definitions><process>").contains("line 1"), "malformed XML names the place");
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><definitions>&lol2;</definitions>"#;
    assert!(err(laughs.as_bytes()).contains("DTD"), "an entity bomb is refused before anything is expanded");
    let external =
        r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><definitions>&x;</definitions>"#;
    assert!(err(external.as_bytes()).contains("DTD"), "an external entity is never read");
    assert!(err(b"<svg/>").contains("not a BPMN file"));
    assert!(err(&bpmn("<startEvent id=\"s\"/>")).contains("no tasks"));
    assert!(err(&vec![b' '; sightline::io::MAX_FILE_BYTES + 1]).contains("MB"));
    // A cycle without a start and without positions: three steps, three columns at most.
    let cycle = bpmn(
        r#"<task id="a" name="A"/><task id="b" name="B"/><task id="c" name="C"/>
        <sequenceFlow id="1" sourceRef="a" targetRef="b"/><sequenceFlow id="2" sourceRef="b" targetRef="c"/>
        <sequenceFlow id="3" sourceRef="c" targetRef="a"/>"#,
    );
    let i = import(&cycle, Format::Bpmn, &Options::default()).expect("imports");
    assert_eq!((i.blueprint.step_count(), i.blueprint.flow_count()), (3, 3));
    assert!(i.blueprint.steps().all(|s| s.column < 3));
}

#[test]
fn a_hundred_thousand_tasks_import_in_bounded_columns() {
    use std::fmt::Write as _;
    let mut body = String::new();
    for i in 0..100_000 {
        let _ = write!(body, r#"<task id="t{i}" name="Taak {i}"/>"#);
        if i > 0 {
            let _ = write!(body, r#"<sequenceFlow id="f{i}" sourceRef="t{}" targetRef="t{i}"/>"#, i - 1);
        }
    }
    let i = import(&bpmn(&body), Format::Bpmn, &Options::default()).expect("a chain of 100,000 fits the columns");
    assert_eq!(i.blueprint.step_count(), 100_000);
    assert_eq!(i.blueprint.steps().map(|s| s.column).max(), Some(99_999));
    // One more does not fit: a clear error, not a hang.
    body.push_str(r#"<task id="x" name="X"/><sequenceFlow id="fx" sourceRef="t99999" targetRef="x"/>"#);
    let e = import(&bpmn(&body), Format::Bpmn, &Options::default()).expect_err("too long");
    assert!(e.to_string().contains("100,000 columns"), "{e}");
}

#[test]
fn spreadsheets_in_english_and_dutch_with_mapped_headers() {
    let csv = "Lane;Phase;Title;Channel;Process minutes\nCustomer;Apply;Fills in the form;website;5\n\n;;;;\nFront office;Apply;Checks the form;counter;2,5\n";
    let i = import(csv.as_bytes(), Format::Csv, &Options::default()).expect("imports");
    let bp = &i.blueprint;
    assert_eq!(bp.step_count(), 2, "empty rows are skipped");
    assert_eq!(step_named(bp, "Checks the form").measures.process_minutes, Some(2.5), "a decimal comma");
    assert_eq!(lane_kind(bp, "Fills in the form"), LaneKind::Customer);
    assert_eq!(bp.phases().len(), 1);
    // Dutch headers, Excel, a formula and a date cell.
    let options = Options { map: vec![("Datum".into(), "description".into())], ..Options::default() };
    let i = import(&data("stappen.xlsx"), Format::Xlsx, &options).expect("imports");
    let bp = &i.blueprint;
    assert_eq!(bp.step_count(), 3);
    let decide = step_named(bp, "Beoordeelt de aanvraag");
    assert_eq!((decide.measures.process_minutes, decide.measures.wait_minutes), (Some(30.0), Some(2880.0)));
    assert_eq!(decide.description.as_deref(), Some("2026-12-04"), "a date cell as a date (day 46360)");
    assert_eq!(bp.phases().iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Aanvragen", "Beoordelen"]);
    // A missing required column is named.
    let e = import(b"Fase,Titel\nA,B\n", Format::Csv, &Options::default()).expect_err("no lane");
    assert!(e.to_string().contains("no column for the lane") && e.to_string().contains("baan"), "{e}");
    let e = import(b"Lane,Title,Emotion\nA,B,7\n", Format::Csv, &Options::default()).expect_err("bad value");
    assert!(e.to_string().starts_with("row 2, emotion: “7”"), "{e}");
}

#[test]
fn sightlines_own_csv_imports_back_to_the_same_blueprint() {
    let original = sightline::examples::load("omgevingsvergunning").expect("known").expect("valid");
    let csv = sightline::export::export_with(
        &original,
        sightline::export::Format::Csv,
        None,
        sightline::export::Options::default(),
    )
    .expect("csv");
    let back = import(&csv, Format::Csv, &Options::default()).expect("imports").blueprint;
    assert_eq!(back.step_count(), original.step_count());
    for s in original.steps() {
        let b = back.step(s.id).expect("the same id");
        let lane = |bp: &Blueprint, l| bp.lane(l).map(|l| (l.name.clone(), l.kind));
        assert_eq!(
            (lane(&back, b.lane), b.column, &b.title, &b.description, &b.channel, &b.measures, b.votes),
            (lane(&original, s.lane), s.column, &s.title, &s.description, &s.channel, &s.measures, s.votes)
        );
    }
    let on_steps = original.annotations().iter().filter(|a| matches!(a.on, sightline::model::Target::Step(_)));
    for a in on_steps {
        let b = back.annotation(a.id).expect("the same note");
        assert_eq!((b.kind, &b.text, b.on, b.severity, b.votes), (a.kind, &a.text, a.on, a.severity, a.votes));
    }
    let names = |bp: &Blueprint| bp.phases().iter().map(|p| (p.name.clone(), p.start)).collect::<Vec<_>>();
    assert_eq!(names(&back), names(&original));
}

mod editor {
    use super::data;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use sightline::model::LaneKind;
    use sightline::ui::app::{Dialog, Prefs, SightlineApp};

    fn harness(app: SightlineApp) -> Harness<'static, SightlineApp> {
        Harness::builder()
            .with_size(egui::vec2(1600.0, 1000.0))
            .build_ui_state(|ui, app: &mut SightlineApp| app.show(ui), app)
    }

    /// The preview shows the lanes with their guessed kinds; a kind changed there is used; the
    /// blueprint is created only on the user's yes.
    #[test]
    fn the_import_preview_changes_a_lane_kind_before_creating() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("vergunning.bpmn");
        std::fs::write(&file, data("vergunning.bpmn")).expect("write");
        let mut h = harness(SightlineApp::new(None, Prefs::default()));
        h.run();
        h.state_mut().import_preview(&file);
        h.run();
        assert!(matches!(h.state().dialog, Some(Dialog::Import(_))), "{:?}", h.state().error);
        assert!(h.state().doc.is_none(), "nothing is created yet");
        h.get_by_label("Import vergunning.bpmn");
        h.get_by_label("8 steps, 10 flows, 2 notes, 1 actor");
        // Vergunningverlening was guessed frontstage; choose backstage.
        h.get_by_label("Kind of the lane Vergunningverlening").click();
        h.run();
        h.get_by_label("backstage").click();
        h.run();
        h.run();
        let Some(Dialog::Import(p)) = &h.state().dialog else { panic!("the preview stays open") };
        let lane = p
            .imported
            .as_ref()
            .expect("imported")
            .lanes
            .iter()
            .find(|l| l.name == "Vergunningverlening")
            .expect("lane");
        assert_eq!((lane.kind, lane.guessed), (LaneKind::Backstage, false));
        h.get_by_label("Create the blueprint").click();
        h.run();
        let bp = h.state().doc.as_ref().expect("a new document").blueprint();
        assert_eq!(bp.title, "vergunning");
        assert_eq!(
            bp.lanes().iter().find(|l| l.name == "Vergunningverlening").map(|l| l.kind),
            Some(LaneKind::Backstage)
        );
        assert_eq!(bp.step_count(), 8);
    }

    /// A spreadsheet with headers of its own: the preview says which column is missing and maps
    /// the columns to fields there.
    #[test]
    fn the_mapping_step_maps_unknown_headers() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("stappen.csv");
        std::fs::write(&file, "Wie;Wat;Hoe\nKlant;Vraagt vergunning aan;website\nKCC;Beantwoordt vragen;telefoon\n")
            .expect("write");
        let mut h = harness(SightlineApp::new(None, Prefs::default()));
        h.run();
        h.state_mut().import_preview(&file);
        h.run();
        h.run();
        let Some(Dialog::Import(p)) = &h.state().dialog else { panic!("the preview opens: {:?}", h.state().error) };
        assert!(p.imported.as_ref().expect_err("no title column yet").contains("no column for the title"));
        assert_eq!(
            p.columns.iter().map(|(h, f)| (h.as_str(), *f)).collect::<Vec<_>>(),
            [("Wie", None), ("Wat", None), ("Hoe", None)]
        );
        for (column, field) in [("Wie", "lane"), ("Wat", "title"), ("Hoe", "channel")] {
            h.get_by_label(&format!("Field of the column {column}")).click();
            h.run();
            h.get_by_label(field).click();
            h.run();
            h.run();
        }
        let Some(Dialog::Import(p)) = &h.state().dialog else { panic!("the preview stays open") };
        let bp = &p.imported.as_ref().expect("imports now").blueprint;
        assert_eq!(bp.step_count(), 2);
        assert!(bp.steps().any(|s| s.title == "Beantwoordt vragen" && s.channel.as_deref() == Some("telefoon")));
    }

    /// Three lines pasted on an empty cell: three steps to its right, one undo step.
    #[test]
    fn pasting_three_lines_on_a_cell_gives_three_steps_and_one_undo() {
        let mut app = SightlineApp::new(None, Prefs::default());
        app.open_example("omgevingsvergunning");
        let mut h = harness(app);
        h.run();
        let bp = h.state().doc.as_ref().expect("doc").blueprint();
        let lane = bp.lanes()[2].id;
        let column = bp.column_count() + 1;
        let before = bp.step_count();
        h.state_mut().editor.selection = sightline::ui::state::Selection::cell(lane, column);
        h.event(egui::Event::Paste("- Belt terug\n\n2. Stuurt mail\tmet de status\nNoteert in zaak\n".into()));
        h.run();
        h.run();
        let bp = h.state().doc.as_ref().expect("doc").blueprint();
        assert_eq!(bp.step_count(), before + 3);
        let row: Vec<(u32, String, Option<String>)> = bp
            .steps_in_order()
            .into_iter()
            .filter(|s| s.lane == lane && s.column >= column)
            .map(|s| (s.column, s.title.clone(), s.description.clone()))
            .collect();
        assert_eq!(
            row,
            [
                (column, "Belt terug".to_owned(), None),
                (column + 1, "Stuurt mail".to_owned(), Some("met de status".to_owned())),
                (column + 2, "Noteert in zaak".to_owned(), None)
            ]
        );
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run();
        assert_eq!(
            h.state().doc.as_ref().expect("doc").blueprint().step_count(),
            before,
            "one undo takes all three back"
        );
    }
}

mod hostile_and_stable {
    use super::data;
    use sightline::import::{Format, Options, import};
    use std::fmt::Write as _;

    fn bpmn(body: &str) -> Vec<u8> {
        format!(r#"<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">{body}</process></definitions>"#).into_bytes()
    }

    #[test]
    fn a_sheet_that_claims_billions_of_cells_is_refused_not_allocated() {
        let e = import(&data("corner.xlsx"), Format::Xlsx, &Options::default()).expect_err("refused");
        assert!(e.to_string().contains("more than 1000 columns"), "{e}");
        let e = import(b"Lane,Title\nA,B\n", Format::Xlsx, &Options::default()).expect_err("not a workbook");
        assert!(e.to_string().contains("not an Excel workbook"), "{e}");
    }

    #[test]
    fn an_unclosed_quote_is_named_by_its_row() {
        let csv = "Lane,Title\nA,One\nB,\"Two\nC,Three\nD,Four\n";
        let e = import(csv.as_bytes(), Format::Csv, &Options::default()).expect_err("refused");
        assert!(e.to_string().starts_with("row 3: a quote"), "{e}");
        // Rows are counted as the sheet shows them, blank lines too.
        let e = import(b"\n\nLane,Title\n\nA,\n", Format::Csv, &Options::default()).expect_err("no title");
        assert!(e.to_string().starts_with("row 5:"), "{e}");
    }

    #[test]
    fn many_steps_in_one_cell_and_a_gateway_fan_stay_bounded() {
        // 20,000 rows asking for the same cell: each goes to the next free one, fast.
        let mut csv = String::from("Lane,Column,Title\n");
        for i in 0..20_000 {
            let _ = writeln!(csv, "A,1,Step {i}");
        }
        let i = import(csv.as_bytes(), Format::Csv, &Options::default()).expect("imports");
        assert_eq!(i.blueprint.steps().map(|s| s.column).max(), Some(19_999));
        // 500 tasks into one parallel gateway and 500 out of it: 250,000 flows, refused.
        let mut body = String::from(r#"<parallelGateway id="g"/>"#);
        for n in 0..500 {
            let _ = write!(body, r#"<task id="a{n}" name="A{n}"/><task id="b{n}" name="B{n}"/>"#);
            let _ = write!(
                body,
                r#"<sequenceFlow id="fa{n}" sourceRef="a{n}" targetRef="g"/><sequenceFlow id="fb{n}" sourceRef="g" targetRef="b{n}"/>"#
            );
        }
        let e = import(&bpmn(&body), Format::Bpmn, &Options::default()).expect_err("too many flows");
        assert!(e.to_string().contains("more than 200000 flows"), "{e}");
    }

    /// The same file imports to the same blueprint (ids follow from the BPMN ids), so that a
    /// later version compares with `diff`: a renamed task is retitled, not removed and added.
    #[test]
    fn two_imports_compare_with_diff() {
        let text = String::from_utf8(data("vergunning.bpmn")).expect("utf8");
        let one = import(text.as_bytes(), Format::Bpmn, &Options::default()).expect("imports").blueprint;
        let again = import(text.as_bytes(), Format::Bpmn, &Options::default()).expect("imports").blueprint;
        let strip = |mut bp: sightline::model::Blueprint| {
            bp.set_id(sightline::model::BlueprintId(uuid::Uuid::nil())).expect("id");
            sightline::io::to_string(&bp)
        };
        assert_eq!(strip(one.clone()), strip(again));
        let renamed = text.replace("Neemt besluit", "Besluit op de aanvraag");
        let two = import(renamed.as_bytes(), Format::Bpmn, &Options::default()).expect("imports").blueprint;
        let d = sightline::analysis::diff::diff(&one, &two);
        assert_eq!((d.added.len(), d.removed.len(), d.retitled.len()), (0, 0, 1));
        assert!(d.annotations_added.is_empty() && d.annotations_removed.is_empty());
    }

    #[test]
    fn customer_lanes_by_hand_by_name_and_not_by_substring() {
        use sightline::model::LaneKind as K;
        let body = r#"<laneSet><lane id="l1" name="Klant"><flowNodeRef>a</flowNodeRef><flowNodeRef>q</flowNodeRef></lane>
            <lane id="l2" name="Klantcontactcentrum"><flowNodeRef>b</flowNodeRef></lane>
            <lane id="l3" name="Team Burgerzaken"><flowNodeRef>c</flowNodeRef></lane></laneSet>
            <task id="a" name="Vraagt aan"/><intermediateCatchEvent id="q" name="Waar blijft het?"><messageEventDefinition/></intermediateCatchEvent>
            <task id="b" name="Neemt op"/><task id="c" name="Behandelt"/>
            <sequenceFlow id="1" sourceRef="a" targetRef="q"/><sequenceFlow id="2" sourceRef="q" targetRef="b"/><sequenceFlow id="3" sourceRef="b" targetRef="c"/>"#;
        let i = import(&bpmn(body), Format::Bpmn, &Options::default()).expect("imports");
        let kinds: Vec<(&str, sightline::model::LaneKind)> =
            i.blueprint.lanes().iter().map(|l| (l.name.as_str(), l.kind)).collect();
        assert_eq!(
            kinds,
            [("Klant", K::Customer), ("Klantcontactcentrum", K::Frontstage), ("Team Burgerzaken", K::Backstage)]
        );
        assert_eq!(i.blueprint.annotations().len(), 1, "the customer lane's message catch event is a question");
        let options = Options { customer: Some("Klant".into()), ..Options::default() };
        let i = import(&bpmn(body), Format::Bpmn, &options).expect("imports");
        assert_eq!(i.blueprint.lanes().iter().filter(|l| l.kind == K::Customer).count(), 1, "only the lane named");
        let options = Options { lanes: vec![("Nergens".into(), K::Support)], ..Options::default() };
        let i = import(&bpmn(body), Format::Bpmn, &options).expect("imports");
        assert!(i.left_out.iter().any(|l| l.contains("“Nergens” names no lane")), "{:?}", i.left_out);
    }
}

/// `import -o -` writes the blueprint to standard output, the summary to standard error.
#[test]
fn import_to_standard_output() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/vergunning.bpmn");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["import".as_ref(), file.as_os_str(), "-o".as_ref(), "-".as_ref(), "--lang".as_ref(), "en".as_ref()])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0));
    let bp = sightline::io::from_bytes(&o.stdout).expect("a blueprint on standard output");
    assert_eq!(bp.step_count(), 8);
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("-: written (4 lanes, 8 steps, 10 flows)"));
}
