//! Every class of bad input gives a problem that says where and what, and nothing panics.

use crate::common;

use crate::common::{assert_problem, problems, sample};
use serde_json::json;
use sightline::io;

fn text_problem(text: &str) -> io::Problem {
    let err = io::from_str(text).expect_err("must be refused");
    assert_eq!(err.problems.len(), 1, "{err}");
    err.problems[0].clone()
}

#[test]
fn not_json() {
    let p = text_problem("title: my blueprint\n");
    assert!(p.at.starts_with("line 1, column "), "{p}");
    assert!(p.message.contains("not valid JSON"), "{p}");
}

#[test]
fn truncated() {
    let full = serde_json::to_string_pretty(&sample()).expect("json");
    let p = text_problem(&full[..full.len() / 2]);
    assert!(p.at.starts_with("line "), "{p}");
    assert!(p.message.contains("ends too early"), "{p}");
}

#[test]
fn empty_and_blank() {
    for text in ["", "  \n\t\n"] {
        assert!(text_problem(text).message.contains("empty"));
    }
}

#[test]
fn binary() {
    let err = io::from_bytes(&[0x89, b'P', b'N', b'G', 0, 1, 2, 0xff]).expect_err("binary");
    assert!(err.problems[0].message.contains("not a text file"), "{err}");
    let err = io::from_bytes(&[b'{', 0xc3, 0x28, b'}']).expect_err("bad utf-8");
    assert!(err.problems[0].message.contains("not UTF-8") && err.problems[0].at == "line 1, column 2", "{err}");
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec(&sample()).expect("json"));
    io::from_bytes(&bytes).expect("a BOM from a Windows editor is fine");
}

#[test]
fn trailing_text() {
    let text = format!("{}\n{{}}", serde_json::to_string(&sample()).expect("json"));
    assert!(text_problem(&text).message.contains("more text after the end"));
}

#[test]
fn not_an_object() {
    let p = text_problem("[1, 2, 3]");
    assert!(p.message.contains("not a Sightline blueprint") && p.message.contains("a list"), "{p}");
}

#[test]
fn wrong_or_missing_format() {
    let mut v = sample();
    v["format"] = json!("drawio");
    assert_problem(&v, "format", "not a Sightline blueprint");
    v.as_object_mut().expect("obj").remove("format");
    assert_problem(&v, "", "\"format\" is missing");
}

#[test]
fn version_newer_than_supported_or_invalid() {
    let mut v = sample();
    v["version"] = json!(2);
    assert_problem(&v, "version", "newer Sightline");
    v["version"] = json!(0);
    assert_problem(&v, "version", "1 or more, but is 0");
    v["version"] = json!("1");
    assert_problem(&v, "version", "but is text");
    v.as_object_mut().expect("obj").remove("version");
    assert_problem(&v, "", "\"version\" is missing");
}

#[test]
fn missing_required_fields() {
    for (path, key, at) in [
        ("", "title", ""),
        ("", "lanes", ""),
        ("", "steps", ""),
        ("/lanes/0", "kind", "lanes[0]"),
        ("/lanes/0", "name", "lanes[0]"),
        ("/phases/0", "start", "phases[0]"),
        ("/steps/1", "title", "steps[1]"),
        ("/steps/1", "column", "steps[1]"),
        ("/flows/0", "to", "flows[0]"),
        ("/annotations/0", "text", "annotations[0]"),
        ("/annotations/0", "on", "annotations[0]"),
    ] {
        let mut v = sample();
        v.pointer_mut(path).and_then(|o| o.as_object_mut()).expect("object").remove(key);
        assert_problem(&v, at, &format!("\"{key}\" is missing"));
    }
}

#[test]
fn wrong_types() {
    let mut v = sample();
    v["title"] = json!(42);
    assert_problem(&v, "title", "should be text");
    let mut v = sample();
    v["steps"] = json!({"a": 1});
    assert_problem(&v, "steps", "should be a list");
    let mut v = sample();
    v["steps"][0] = json!("a step");
    assert_problem(&v, "steps[0]", "should be a step");
    let mut v = sample();
    v["flows"][0]["two_way"] = json!("yes");
    assert_problem(&v, "flows[0].two_way", "true or false");
    let mut v = sample();
    v["steps"][0]["column"] = json!(1.5);
    assert_problem(&v, "steps[0].column", "not a whole number");
    let mut v = sample();
    v["annotations"][1]["votes"] = json!(-1);
    assert_problem(&v, "annotations[1].votes", "from 0");
}

#[test]
fn bad_uuids() {
    let mut v = sample();
    v["steps"][0]["id"] = json!("step-1");
    assert_problem(&v, "steps[0].id", "not a valid id");
    let mut v = sample();
    v["id"] = json!("");
    assert_problem(&v, "id", "not a valid id");
}

#[test]
fn negative_or_huge_columns() {
    let mut v = sample();
    v["steps"][0]["column"] = json!(-1);
    assert_problem(&v, "steps[0].column", "whole number from 0");
    v["steps"][0]["column"] = json!(10_000_000_000u64);
    assert_problem(&v, "steps[0].column", "whole number from 0");
    let mut v = sample();
    v["phases"][0]["start"] = json!(-3);
    assert_problem(&v, "phases[0].start", "whole number from 0");
}

#[test]
fn unknown_kinds() {
    let mut v = sample();
    v["lanes"][0]["kind"] = json!("swimlane");
    assert_problem(&v, "lanes[0].kind", "not a known lane kind; use one of: evidence, customer");
    let mut v = sample();
    v["annotations"][0]["kind"] = json!("risk");
    assert_problem(&v, "annotations[0].kind", "not a known annotation kind");
    let mut v = sample();
    v["annotations"][1]["perspective"] = json!("everyone");
    assert_problem(&v, "annotations[1].perspective", "use one of: customer, organisation, both");
}

#[test]
fn severity_out_of_range_or_on_the_wrong_kind() {
    for bad in [0, 4, 300] {
        let mut v = sample();
        v["annotations"][0]["severity"] = json!(bad);
        assert_problem(&v, "annotations[0].severity", "from 1 to 3");
    }
    let mut v = sample();
    v["annotations"][2]["severity"] = json!(2);
    assert_problem(&v, "annotations[2].severity", "only a pain point has a severity");
    let mut v = sample();
    v["annotations"][0]["perspective"] = json!("customer");
    assert_problem(&v, "annotations[0].perspective", "only a moment of truth has a perspective");
}

#[test]
fn dangling_references() {
    let nowhere = "01050b5a-5a0d-529e-97cf-3d460224cdda";
    let mut v = sample();
    v["steps"][1]["lane"] = json!(nowhere);
    assert_problem(&v, "steps[1].lane", "no lane with that id");
    // The flows to that step are not reported again: the step's own problem explains them.
    assert_eq!(problems(&v).len(), 1, "{:#?}", problems(&v));
    let mut v = sample();
    v["flows"][0]["to"] = json!(nowhere);
    assert_problem(&v, "flows[0].to", "no step with id");
    let mut v = sample();
    v["annotations"][0]["on"] = json!(nowhere);
    assert_problem(&v, "annotations[0].on", "no step or flow");
}

#[test]
fn duplicate_ids_across_kinds() {
    let mut v = sample();
    v["flows"][1]["id"] = v["flows"][0]["id"].clone();
    assert_problem(&v, "flows[1].id", "already used by flows[0]");
    let mut v = sample();
    v["annotations"][0]["id"] = v["lanes"][2]["id"].clone();
    assert_problem(&v, "annotations[0].id", "already used by lanes[2]");
    let mut v = sample();
    v["steps"][0]["id"] = v["id"].clone();
    assert_problem(&v, "steps[0].id", "already used by the blueprint itself");
}

#[test]
fn two_steps_in_one_cell() {
    let mut v = sample();
    v["steps"][2]["lane"] = v["steps"][0]["lane"].clone();
    v["steps"][2]["column"] = json!(0);
    assert_problem(&v, "steps[2]", "same cell as steps[0] “Vult formulier in”");
}

#[test]
fn two_phases_on_one_column() {
    let mut v = sample();
    v["phases"][1]["start"] = json!(0);
    assert_problem(&v, "phases[1].start", "like the phase “Aanvragen”");
}

#[test]
fn self_loop_flow() {
    let mut v = sample();
    v["flows"][0]["to"] = v["flows"][0]["from"].clone();
    assert_problem(&v, "flows[0]", "from “Vult formulier in” to itself");
}

#[test]
fn several_problems_are_reported_together() {
    let mut v = sample();
    v["lanes"][0]["kind"] = json!("swimlane");
    v["annotations"][0]["severity"] = json!(9);
    v["steps"][0]["column"] = json!(-1);
    assert_eq!(problems(&v).len(), 3, "{:#?}", problems(&v));
}

#[test]
fn deep_nesting_is_refused_without_a_crash() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let p = text_problem(&text);
    assert!(p.message.contains("levels deep"), "{p}");
    // Deep nesting inside an unknown field is refused too.
    let inner = format!("{}1{}", "[".repeat(5_000), "]".repeat(5_000));
    let text = serde_json::to_string(&sample()).expect("json").replacen('{', &format!("{{\"x\": {inner},"), 1);
    assert!(text_problem(&text).message.contains("levels deep"));
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let err = io::from_bytes(&vec![b' '; io::MAX_FILE_BYTES + 1]).expect_err("too big");
    assert!(err.problems[0].message.contains("MB"), "{err}");
}

#[test]
fn a_missing_file_says_so() {
    let err = io::load_file(std::path::Path::new("/nonexistent/x.blueprint.json")).expect_err("missing");
    assert!(err.to_string().contains("x.blueprint.json") && err.to_string().contains("cannot read"), "{err}");
}

#[test]
fn contract_invalid_files_are_refused_with_a_place() {
    for file in common::contract_files("invalid") {
        let err = io::load_file(&file).expect_err("invalid");
        let text = err.to_string();
        assert!(text.contains(&*file.file_name().expect("name").to_string_lossy()), "{text}");
    }
}

#[test]
fn absurdly_long_texts_and_lists_are_refused_with_their_own_message() {
    let mut v = sample();
    v["title"] = json!("x".repeat(sightline::io::MAX_TEXT_CHARS + 1));
    assert_problem(&v, "title", "characters long");
    let mut v = sample();
    v["steps"][0]["title"] = json!("é".repeat(sightline::io::MAX_TEXT_CHARS));
    assert!(problems(&v).is_empty(), "the limit counts characters, not bytes");
    let mut v = sample();
    v["phases"] = serde_json::Value::Array(vec![json!(null); sightline::io::MAX_LIST_ITEMS + 1]);
    assert_problem(&v, "phases", "items");
}

#[test]
fn a_save_that_would_not_open_again_keeps_the_old_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("b.blueprint.json");
    let mut bp = io::from_value(sample()).expect("valid");
    io::save_file(&path, &bp).expect("first save");
    let before = std::fs::read(&path).expect("read");
    bp.title = "x".repeat(sightline::io::MAX_TEXT_CHARS + 1);
    let err = io::save_file(&path, &bp).expect_err("refused");
    assert!(matches!(err, io::FileError::WouldNotLoad { .. }));
    assert!(err.to_string().contains("old version is unchanged"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}
