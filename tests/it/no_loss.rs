//! Nothing is ever lost: no command writes over its own input, a doubtful file is refused rather
//! than "repaired", unknown data is kept exactly, links and read-only files are respected, and
//! every refusal says where and what in words.

use crate::common::sample;
use serde_json::json;
use sightline::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sightline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sightline")).args(args).output().expect("run sightline")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The problems of loading `text`, as `at: message` strings.
fn problems_of(text: &str) -> Vec<String> {
    match io::from_str(text) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}

/// A message meant for people: no broken line continuation (runs of spaces), no raw control or
/// bidi characters.
#[track_caller]
fn assert_clean(message: &str) {
    assert!(!message.contains("  "), "a run of spaces in {message:?}");
    assert!(
        !message.chars().any(|c| c.is_control() && c != '\n' || ('\u{202A}'..='\u{202E}').contains(&c)),
        "a raw control or bidi character in {message:?}"
    );
}

#[test]
fn no_export_writes_over_its_own_input_however_it_is_named() {
    let dir = tempfile::tempdir().expect("dir");
    let file = write(dir.path(), "b.blueprint.json", &io::to_string(&io::from_value(sample()).expect("valid")));
    let before = std::fs::read(&file).expect("read");
    std::os::unix::fs::symlink(&file, dir.path().join("link.json")).expect("symlink");
    std::fs::hard_link(&file, dir.path().join("hard.json")).expect("hard link");
    let dotted = format!("{}/./b.blueprint.json", s(dir.path()));
    let via_parent = format!(
        "{}/../{}/b.blueprint.json",
        s(dir.path()),
        dir.path().file_name().and_then(|n| n.to_str()).expect("name")
    );
    for format in ["svg", "md", "csv", "png", "pdf"] {
        for out in [s(&file), &dotted, &via_parent, s(&dir.path().join("link.json")), s(&dir.path().join("hard.json"))]
        {
            let o = sightline(&["export", s(&file), "--format", format, "-o", out]);
            assert_eq!(o.status.code(), Some(1), "{format} onto {out}: {}", stderr(&o));
            assert!(stderr(&o).contains("being read"), "{}", stderr(&o));
            assert_clean(&stderr(&o));
            assert_eq!(std::fs::read(&file).expect("read"), before, "{format} onto {out} changed the blueprint");
        }
    }
    // Another file is fine, and "-" writes a text format to standard output.
    let o = sightline(&["export", s(&file), "--format", "md", "-o", s(&dir.path().join("r.md"))]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = sightline(&["export", s(&file), "--format", "csv", "-o", "-"]);
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("record,id"));
    let o = sightline(&["export", s(&file), "--format", "png", "-o", "-"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_key_twice_in_one_object_is_refused_with_its_place_and_fmt_writes_nothing() {
    let text = serde_json::to_string_pretty(&sample()).expect("json");
    let cases = [
        (text.replacen("\"steps\": [", "\"steps\": [],\n  \"steps\": [", 1), "steps", "\"steps\""),
        (
            text.replacen("\"title\": \"Parkeervergunning\"", "\"title\": \"A\", \"title\": \"B\"", 1),
            "title",
            "\"title\"",
        ),
        (text.replacen("\"column\": 1,", "\"column\": 1, \"column\": 4,", 1), "steps[2].column", "\"column\""),
        (
            text.replacen(
                "\"format\": \"sightline-blueprint\",",
                "\"format\": \"sightline-blueprint\", \"x_tool\": {\"a\": 1, \"a\": 2},",
                1,
            ),
            "x_tool.a",
            "\"a\"",
        ),
    ];
    let dir = tempfile::tempdir().expect("dir");
    for (i, (bad, at, key)) in cases.iter().enumerate() {
        assert_ne!(bad, &text, "case {i} did not apply");
        let p = problems_of(bad);
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].starts_with(&format!("{at}: ")) && p[0].contains(key) && p[0].contains("twice"), "{p:#?}");
        assert_clean(&p[0]);
        let f = write(dir.path(), &format!("dup{i}.blueprint.json"), bad);
        let o = sightline(&["fmt", s(&f)]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert_eq!(&std::fs::read_to_string(&f).expect("read"), bad, "fmt changed a file it refused");
    }
}

#[test]
fn unknown_values_are_kept_exactly_at_every_level() {
    let mut v = sample();
    v["actors"] = json!([{"id": "5b6b0d0e-8f7b-4a39-9f0e-6a4f8f3f0c11", "name": "Klant", "kind": "person",
                          "position": {"x": 1.5, "y": -2, "z": 7, "x_note": {"deep": [1, 2]}}}]);
    let text = serde_json::to_string_pretty(&v).expect("json");
    let numbers = [
        "123456789012345678901234567890",
        "-9223372036854775809",
        "1.23456789012345678901234567890123456",
        "1e400",
        "1.0",
        "-0",
        "0.1",
    ];
    let unknown = numbers.iter().enumerate().map(|(i, n)| format!("\"x_n{i}\": {n}")).collect::<Vec<_>>().join(", ");
    let text = text
        .replacen(
            "\"format\": \"sightline-blueprint\",",
            &format!("\"format\": \"sightline-blueprint\", {unknown}, \"x_list\": [{}],", numbers.join(", ")),
            1,
        )
        .replacen("\"column\": 1,", &format!("\"column\": 1, \"x_step\": {{\"n\": {}}},", numbers[0]), 1);
    let bp = io::from_str(&text).expect("valid");
    let out = io::to_string(&bp);
    for (i, n) in numbers.iter().enumerate() {
        assert!(
            out.contains(&format!("\"x_n{i}\": {n}\n")) || out.contains(&format!("\"x_n{i}\": {n},")),
            "{n} in {out}"
        );
    }
    assert!(out.contains(&numbers.join(",\n    ")), "the unknown list keeps its numbers: {out}");
    assert!(out.contains("\"z\": 7") && out.contains("\"deep\""), "unknown fields inside the position are kept: {out}");
    assert!(out.contains(&format!("\"n\": {}", numbers[0])));
    // And a second round changes nothing.
    assert_eq!(io::to_string(&io::from_str(&out).expect("valid")), out);
}

#[test]
fn whole_numbers_are_accepted_however_json_writes_them() {
    let text = serde_json::to_string(&sample()).expect("json");
    for (written, column) in [("1.0", 1), ("1e0", 1), ("10E-1", 1), ("0.0", 0), ("-0", 0), ("100e-2", 1)] {
        // The third step is the only one in column 1 of its lane; put it somewhere equal.
        let t = text.replacen("\"column\":1,", &format!("\"column\":{written},"), 1);
        let bp = io::from_str(&t).unwrap_or_else(|e| panic!("{written}: {e}"));
        assert!(bp.steps().any(|st| st.column == column && st.title == "Behandelaar toetst"), "{written}");
    }
    let t = text.replacen("\"version\":1", "\"version\":1.0", 1);
    assert!(io::from_str(&t).is_ok(), "version 1.0");
    let t = text.replacen("\"column\":1,", "\"column\":1.5,", 1);
    let p = problems_of(&t);
    assert!(p[0].contains("1.5 (not a whole number)"), "{p:#?}");
    let t = text.replacen("\"column\":1,", "\"column\":18446744073709551616,", 1);
    let p = problems_of(&t);
    assert!(p[0].contains("but is 18446744073709551616") && !p[0].contains("e+"), "shown as written: {p:#?}");
}

#[test]
fn fmt_writes_through_a_link_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let target = write(dir.path(), "real.blueprint.json", &serde_json::to_string(&sample()).expect("json"));
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let link = dir.path().join("link.blueprint.json");
    std::os::unix::fs::symlink("real.blueprint.json", &link).expect("symlink");
    let o = sightline(&["fmt", s(&link)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "the link stays a link");
    let formatted = std::fs::read_to_string(&target).expect("read");
    assert!(formatted.starts_with("{\n  \"format\""), "the target is formatted");
    assert_eq!(std::fs::metadata(&target).expect("meta").permissions().mode() & 0o777, 0o640);
    // The editor's save goes through the same path.
    let mut doc = sightline::document::Document::open(&link).expect("open");
    let edit = sightline::edit::Edit::SetInfo { title: "Nieuw".into(), description: None };
    doc.apply(edit, None).expect("edit");
    doc.save_as(&link).expect("save");
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink());
    assert!(std::fs::read_to_string(&target).expect("read").contains("Nieuw"));
}

#[test]
fn a_read_only_file_is_not_rewritten() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let f = write(dir.path(), "ro.blueprint.json", &serde_json::to_string(&sample()).expect("json"));
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&f).expect("read");
    let o = sightline(&["fmt", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("read-only"), "{}", stderr(&o));
    assert_clean(&stderr(&o));
    assert_eq!(std::fs::read(&f).expect("read"), before);
    let bp = io::load_file(&f).expect("it still opens");
    let err = io::save_file(&f, &bp).expect_err("refused");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert!(!dir.path().join("ro.blueprint.json.bak").exists() || std::fs::read(&f).expect("read") == before);
}

#[test]
fn what_is_not_a_regular_file_is_refused_without_reading_it() {
    for (path, what) in [("/dev/zero", "device"), ("/tmp", "folder")] {
        let o = sightline(&["validate", path]);
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains(what), "{}", stderr(&o));
    }
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("pipe.blueprint.json");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    // Nobody writes to the pipe: opening it would wait forever; it is refused instead.
    let o = sightline(&["validate", s(&fifo)]);
    assert!(stderr(&o).contains("pipe"), "{}", stderr(&o));
    let o = sightline(&["fmt", s(&fifo)]);
    assert!(stderr(&o).contains("pipe"), "{}", stderr(&o));
}

#[test]
fn temporary_files_of_a_killed_writer_are_cleaned_on_the_next_save() {
    let dir = tempfile::tempdir().expect("dir");
    // A process that has ended: its pid names no living writer.
    let mut child = Command::new("true").spawn().expect("spawn");
    let dead = child.id();
    child.wait().expect("wait");
    let stale = write(dir.path(), &format!(".sightline-{dead}-abc123.tmp"), "half");
    let ours = write(dir.path(), &format!(".sightline-{}-def456.tmp", std::process::id()), "busy");
    let other = write(dir.path(), ".other-tool.tmp", "theirs");
    let bp = io::from_value(sample()).expect("valid");
    io::save_file(&dir.path().join("b.blueprint.json"), &bp).expect("save");
    assert!(!stale.exists(), "a dead writer's temporary file is removed");
    assert!(ours.exists() && other.exists(), "a living writer's file and other files stay");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".sightline-") && !n.contains("def456"))
        .collect();
    assert!(left.is_empty(), "the save left {left:?}");
}

#[test]
fn other_encodings_are_named_with_what_to_do() {
    let text = serde_json::to_string_pretty(&sample()).expect("json");
    let utf16le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    let utf16_no_bom: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (bytes, name) in
        [(utf16le, "UTF-16 (little-endian)"), (utf16be, "UTF-16 (big-endian)"), (utf16_no_bom, "UTF-16")]
    {
        let e = io::from_bytes(&bytes).expect_err("refused");
        assert!(e.to_string().contains(name) && e.to_string().contains("UTF-8"), "{e}");
    }
    // Latin-1: "é" as one byte.
    let latin_text = text.replacen("\"Parkeervergunning\"", "\"Parkeervergunning caf\u{e9}\"", 1);
    let line = latin_text.lines().position(|l| l.contains("caf\u{e9}")).expect("line") + 1;
    let column = latin_text.lines().nth(line - 1).expect("line").find('\u{e9}').expect("col") + 1;
    let latin: Vec<u8> = latin_text.chars().map(|c| u8::try_from(u32::from(c)).expect("latin-1")).collect();
    let e = io::from_bytes(&latin).expect_err("refused");
    let p = &e.problems[0];
    assert_eq!(p.at, format!("line {line}, column {column}"), "{p}");
    assert!(p.message.contains("0xE9") && p.message.contains("Latin-1") && p.message.contains("UTF-8"), "{p}");
    assert_clean(&p.message);
    // Invalid UTF-8 that is no Latin-1 either still gets its place.
    let mut broken = text.clone().into_bytes();
    let at = text.find("Termijn").expect("text");
    broken.splice(at..at, [0xF0, 0x28, 0x8C, 0xBC, 0xC3]);
    let e = io::from_bytes(&broken).expect_err("refused");
    assert!(e.problems[0].at.starts_with("line "), "{e}");
}

#[test]
fn a_refused_step_causes_no_follow_on_problems() {
    let mut v = sample();
    let q = "a1f1c6b0-2a44-4f0f-9c5e-1d2f3e4a5b6c";
    v["annotations"].as_array_mut().expect("list").push(json!({"id": q, "kind": "question",
        "on": "223793b4-97ad-5bb9-9593-dcac0c6ccd51", "text": "Hoe lang duurt het?"}));
    v["annotations"].as_array_mut().expect("list").push(json!({"id": "b2e2d7c1-3b55-4a1a-8d6f-2e3f4a5b6c7d",
        "kind": "message", "on": "242410e5-d3ea-55d8-ba8a-5b11fc4cd998", "text": "Binnen 8 weken", "answers": [q]}));
    assert!(io::from_value(v.clone()).is_ok());
    // The step the question sits on names a lane that does not exist: one problem, not three.
    v["steps"][2]["lane"] = json!("00000000-0000-4000-8000-000000000000");
    let e = io::from_value(v).expect_err("refused");
    assert_eq!(e.problems.len(), 1, "{e}");
    assert!(e.problems[0].at == "steps[2].lane", "{e}");
}

#[test]
fn a_long_problem_list_says_how_many_more() {
    let mut v = sample();
    let steps = v["steps"].as_array_mut().expect("list");
    for i in 0..60 {
        steps.push(
            json!({"id": format!("00000000-0000-4000-8000-{i:012}"), "lane": "0e83cbea-5efa-59db-bf3d-4499d63dfdce",
                          "column": -1, "title": "x"}),
        );
    }
    let e = io::from_value(v).expect_err("refused");
    assert_eq!(e.problems.len(), 51, "{e}");
    assert_eq!(
        e.problems[50].message,
        "and 10 more problems not listed here; fix these first, then check the file again"
    );
}

#[test]
fn the_limits_hold_in_unknown_fields_too_and_match_the_readme() {
    let text = serde_json::to_string(&sample()).expect("json");
    let with = |unknown: &str| {
        text.replacen(
            "\"format\":\"sightline-blueprint\",",
            &format!("\"format\":\"sightline-blueprint\",\"x\":{unknown},"),
            1,
        )
    };
    // The root object is level 1, so the unknown field may nest MAX_DEPTH - 1 levels.
    let levels = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(io::from_str(&with(&levels(io::MAX_DEPTH - 1))).is_ok(), "{} levels in all are fine", io::MAX_DEPTH);
    let p = problems_of(&with(&levels(io::MAX_DEPTH)));
    assert!(p[0].contains(&format!("more than {} levels", io::MAX_DEPTH)), "{p:#?}");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("readme");
    assert!(readme.contains(&format!("nested deeper than {} levels", io::MAX_DEPTH)), "the README states the limit");
    let p = problems_of(&with(&format!("\"{}\"", "x".repeat(io::MAX_TEXT_CHARS + 1))));
    assert!(p[0].starts_with("x: ") && p[0].contains("characters long"), "{p:#?}");
    let list = format!("[{}0]", "0,".repeat(io::MAX_LIST_ITEMS));
    let p = problems_of(&with(&list));
    assert!(p[0].starts_with("x: ") && p[0].contains("items"), "{p:#?}");
    let p = problems_of(&with(&format!("{{\"a\": [1, {{\"b\": \"{}\"}}]}}", "y".repeat(io::MAX_TEXT_CHARS + 1))));
    assert!(p[0].starts_with("x.a[1].b: "), "{p:#?}");
}

#[test]
fn messages_show_control_and_bidi_characters_as_codes() {
    let mut v = sample();
    v["lanes"][0]["kind"] = json!("swim\u{202E}lane\u{0007}");
    let e = io::from_value(v).expect_err("refused");
    let m = e.to_string();
    assert!(m.contains("<U+202E>") && m.contains("<U+0007>"), "{m}");
    assert_clean(&m);
}

#[test]
fn a_missing_folder_is_named_without_temporary_files_or_false_comfort() {
    let dir = tempfile::tempdir().expect("dir");
    let f = write(dir.path(), "b.blueprint.json", &serde_json::to_string(&sample()).expect("json"));
    let out = dir.path().join("missing").join("x.svg");
    let o = sightline(&["export", s(&f), "--format", "svg", "-o", s(&out)]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(e.contains("does not exist") && e.contains("missing"), "{e}");
    assert!(!e.contains(".sightline-") && !e.contains("unchanged"), "{e}");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let dir = tempfile::tempdir().expect("dir");
    let f = write(dir.path(), "b.blueprint.json", &serde_json::to_string(&sample()).expect("json"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(["schema"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Close the reading end at once, as `| head -0` would.
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("wait");
    assert_ne!(o.status.code(), Some(101), "panicked: {}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    let _ = f;
}
