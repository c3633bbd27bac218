//! File round trips: load → save → load gives the same blueprint; saving is deterministic;
//! fields this version does not know survive.

use crate::common::{contract_files, example_files, sample};
use serde_json::{Value, json};
use sightline::io;

#[test]
fn sample_round_trips() {
    let bp = io::from_value(sample()).expect("sample loads");
    bp.check_invariants().expect("invariants");
    let text = io::to_string(&bp);
    let again = io::from_str(&text).expect("saved text loads");
    assert_eq!(bp, again);
    assert_eq!(text, io::to_string(&again), "saving twice gives the same bytes");
}

#[test]
fn every_example_and_contract_file_round_trips() {
    let files: Vec<_> = example_files().into_iter().chain(contract_files("valid")).collect();
    assert!(files.len() >= 3);
    for file in files {
        let bp = io::load_file(&file).unwrap_or_else(|e| panic!("{e}"));
        bp.check_invariants().expect("invariants");
        let text = io::to_string(&bp);
        let again = io::from_str(&text).expect("reloads");
        assert_eq!(bp, again, "{}", file.display());
        assert_eq!(text, io::to_string(&again), "{}", file.display());
    }
}

#[test]
fn examples_are_stored_in_canonical_form() {
    for file in example_files() {
        let text = std::fs::read_to_string(&file).expect("read");
        let bp = io::from_str(&text).expect("valid");
        assert!(io::to_string(&bp) == text, "{} is not canonical: run `sightline fmt` on it", file.display());
    }
}

#[test]
fn generated_blueprints_round_trip() {
    for n in [0, 1, 7, 300] {
        let bp = sightline::generate::generate(n, 3);
        bp.check_invariants().expect("invariants");
        assert_eq!(bp.step_count(), n);
        let text = io::to_string(&bp);
        assert_eq!(io::from_str(&text).expect("reloads"), bp);
    }
}

#[test]
fn same_content_gives_same_bytes_whatever_the_order_in_the_file() {
    let mut shuffled = sample();
    shuffled["steps"].as_array_mut().expect("list").reverse();
    shuffled["flows"].as_array_mut().expect("list").reverse();
    let a = io::to_string(&io::from_value(sample()).expect("loads"));
    let b = io::to_string(&io::from_value(shuffled).expect("loads"));
    assert_eq!(a, b);
}

#[test]
fn unknown_fields_survive_at_every_level() {
    let mut v = sample();
    v["x_tool"] = json!({"source": "spreadsheet", "nested": [1, 2.5, {"k": null}]});
    v["lanes"][0]["x_colour"] = json!("#ff0000");
    v["phases"][1]["x_goal"] = json!("snel");
    v["steps"][2]["x_owner"] = json!({"team": "vergunningen"});
    v["flows"][0]["x_weight"] = json!(2);
    v["annotations"][1]["x_source"] = json!("interview 3");
    let bp = io::from_value(v.clone()).expect("loads");
    let saved: Value = serde_json::from_str(&io::to_string(&bp)).expect("json");
    assert_eq!(saved["x_tool"], v["x_tool"]);
    assert_eq!(saved["lanes"][0]["x_colour"], json!("#ff0000"));
    assert_eq!(saved["phases"][1]["x_goal"], json!("snel"));
    let step = saved["steps"].as_array().expect("list").iter().find(|s| s["x_owner"].is_object());
    assert_eq!(step.expect("step kept its field")["x_owner"]["team"], json!("vergunningen"));
    assert!(saved["flows"].as_array().expect("list").iter().any(|f| f["x_weight"] == json!(2)));
    assert_eq!(saved["annotations"][1]["x_source"], json!("interview 3"));
}

#[test]
fn optional_lists_may_be_absent_and_null_counts_as_absent() {
    let mut v = sample();
    let obj = v.as_object_mut().expect("object");
    obj.remove("phases");
    obj.remove("annotations");
    obj.insert("flows".into(), Value::Null);
    obj.insert("description".into(), Value::Null);
    let bp = io::from_value(v).expect("loads");
    assert_eq!((bp.phases().len(), bp.flow_count(), bp.annotations().len()), (0, 0, 0));
}

#[test]
fn saved_file_has_contract_shape() {
    let bp = io::from_value(sample()).expect("loads");
    let text = io::to_string(&bp);
    assert!(text.starts_with("{\n  \"format\": \"sightline-blueprint\",\n  \"version\": 1,\n"));
    assert!(text.ends_with("}\n"));
    let v: Value = serde_json::from_str(&text).expect("json");
    // Steps in reading order: column first, then lane from the top.
    let columns: Vec<u64> =
        v["steps"].as_array().expect("list").iter().map(|s| s["column"].as_u64().expect("n")).collect();
    assert_eq!(columns, vec![0, 0, 1]);
    // Defaults are left out: no `two_way: false`, no `votes: 0`.
    assert!(!text.contains("\"two_way\": false") && !text.contains("\"votes\": 0"));
}

#[test]
fn atomic_save_replaces_the_file_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.blueprint.json");
    std::fs::write(&path, "old").expect("write");
    let bp = io::from_value(sample()).expect("loads");
    io::save_file(&path, &bp).expect("saves");
    assert_eq!(io::load_file(&path).expect("loads"), bp);
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").map(|e| e.expect("e").file_name()).collect();
    assert_eq!(names.len(), 1, "only the saved file remains: {names:?}");
}

#[test]
fn failed_save_leaves_the_old_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing_folder = dir.path().join("nope").join("a.blueprint.json");
    let bp = io::from_value(sample()).expect("loads");
    let err = io::save_file(&missing_folder, &bp).expect_err("cannot save into a missing folder");
    assert!(err.to_string().contains("cannot save"), "{err}");
}
