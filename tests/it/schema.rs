//! The JSON Schema in `assets/` is generated from the file-format types and must stay current.
//! Run with `UPDATE_SCHEMA=1` to rewrite it after a deliberate change of the format.

use serde_json::Value;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/blueprint.schema.json");

#[test]
fn schema_file_is_up_to_date() {
    let generated = sightline::io::schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &generated).expect("write schema");
    }
    let stored = std::fs::read_to_string(PATH).expect("assets/blueprint.schema.json exists");
    assert!(
        stored == generated,
        "assets/blueprint.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema` and commit it"
    );
}

#[test]
fn schema_describes_the_contract() {
    let schema: Value = serde_json::from_str(&sightline::io::schema_json()).expect("json");
    let required = |v: &Value| -> Vec<String> {
        v["required"].as_array().expect("required").iter().map(|s| s.as_str().expect("str").to_owned()).collect()
    };
    assert_eq!(required(&schema), ["format", "version", "id", "title", "lanes", "steps"]);
    assert_eq!(required(&schema["$defs"]["StepDto"]), ["id", "lane", "column", "title"]);
    assert_eq!(required(&schema["$defs"]["AnnotationDto"]), ["id", "kind", "on", "text"]);
    assert_eq!(schema["$defs"]["FormatTag"]["enum"], serde_json::json!(["sightline-blueprint"]));
    let kinds = &schema["$defs"]["LaneKind"];
    let text = kinds.to_string();
    for k in ["evidence", "customer", "frontstage", "backstage", "support", "custom"] {
        assert!(text.contains(k), "{k} missing from {text}");
    }
    assert_eq!(schema["$defs"]["AnnotationDto"]["properties"]["severity"]["maximum"], 3);
}
