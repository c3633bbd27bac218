//! The first read of a file: JSON text → `serde_json::Value`, checking on the way what must hold
//! at every level, known fields and unknown ones alike — no key twice in one object, no text or
//! list over the limits, no nesting deeper than [`MAX_DEPTH`] — and keeping every number exactly
//! as written (`serde_json`'s `arbitrary_precision`), so unknown values are written back unchanged.
//!
//! `serde_json`'s own `Value` parser keeps the last of two equal keys, which made `fmt` delete the
//! first `"steps"` list of a file that had two; this reader refuses such a file and says where.

use super::error::Problem;
use super::json::{MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt::{self, Write as _};

/// Objects and lists nested deeper than this are refused (a blueprint needs five levels).
pub const MAX_DEPTH: usize = 100;

/// How `serde_json` hands a number to a visitor when `arbitrary_precision` is on.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// One step of a place: an object's key or a list's index.
enum Seg {
    Key(String),
    Index(usize),
}

/// What went wrong, and where; the place is filled in innermost first as the error travels up.
#[derive(Default)]
struct Trail {
    place: Vec<Seg>,
    problem: Option<String>,
}

/// Parses JSON text into a `Value`, or names the first problem with its place.
pub(crate) fn parse(text: &str) -> Result<Value, Problem> {
    let trail = RefCell::new(Trail::default());
    let numbers = RefCell::new(Literals { text: text.as_bytes(), at: 0 });
    let mut de = serde_json::Deserializer::from_str(text);
    let scan = Scan { depth: 0, trail: &trail, numbers: &numbers };
    let result = scan.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    match result {
        Ok(v) => Ok(v),
        Err(e) => {
            let trail = trail.into_inner();
            match trail.problem {
                Some(message) => {
                    let args = [("message", message), ("line", e.line().to_string())];
                    Err(super::json::problem(place(&trail.place), "read-near-line", &args))
                }
                None => Err(super::read::syntax(&e)),
            }
        }
    }
}

/// `steps[2].title` from segments stored innermost first; a very deep place is cut short.
fn place(segs: &[Seg]) -> String {
    const SHOWN: usize = 8;
    let mut s = String::new();
    for (i, seg) in segs.iter().rev().enumerate() {
        if i == SHOWN {
            s.push('…');
            break;
        }
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(&super::json::clip(k));
            }
            Seg::Index(i) => {
                let _ = write!(s, "[{i}]");
            }
        }
    }
    s
}

#[derive(Clone, Copy)]
struct Scan<'a> {
    depth: usize,
    trail: &'a RefCell<Trail>,
    numbers: &'a RefCell<Literals<'a>>,
}

/// The number literals of the text, in order: `serde_json` hands numbers over in a normal form
/// (`1e400` as `1e+400`), and an unknown value is to be written back as the file wrote it.
struct Literals<'a> {
    text: &'a [u8],
    at: usize,
}

impl Literals<'_> {
    /// The next number literal after the last one, skipping strings.
    fn next(&mut self) -> Option<&str> {
        let t = self.text;
        let mut i = self.at;
        while i < t.len() {
            match t[i] {
                b'"' => {
                    i += 1;
                    while i < t.len() && t[i] != b'"' {
                        i += if t[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                b'-' | b'0'..=b'9' => {
                    let start = i;
                    while i < t.len() && matches!(t[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                        i += 1;
                    }
                    self.at = i;
                    return std::str::from_utf8(&t[start..i]).ok();
                }
                _ => i += 1,
            }
        }
        self.at = i;
        None
    }
}

impl Scan<'_> {
    fn fail<E: de::Error>(self, message: String) -> E {
        self.trail.borrow_mut().problem = Some(message);
        E::custom("refused")
    }

    /// Notes where a problem inside a value lies, as the error passes this level.
    fn at<T, E>(self, seg: impl FnOnce() -> Seg, r: Result<T, E>) -> Result<T, E> {
        if r.is_err() {
            let mut t = self.trail.borrow_mut();
            if t.problem.is_some() {
                t.place.push(seg());
            }
        }
        r
    }

    fn text<E: de::Error>(self, s: &str) -> Result<(), E> {
        if s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS {
            return Err(self.fail(words(
                "read-text-too-long",
                &[("n", s.chars().count().to_string()), ("max", MAX_TEXT_CHARS.to_string())],
            )));
        }
        Ok(())
    }

    fn deeper<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.fail(words("read-too-deep", &[("max", MAX_DEPTH.to_string())])));
        }
        Ok(Self { depth: self.depth + 1, ..self })
    }

    /// `id`: "read-too-many-list" or "read-too-many-object".
    fn too_many<E: de::Error>(self, id: &str) -> E {
        self.fail(words(id, &[("max", MAX_LIST_ITEMS.to_string())]))
    }
}

impl<'de> DeserializeSeed<'de> for Scan<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Scan<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    // Every number passes the literal cursor once, whichever way serde_json hands it over
    // (integers that fit 64 bits come as such; the rest as text through `visit_map`).
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        self.numbers.borrow_mut().next();
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        self.numbers.borrow_mut().next();
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        self.numbers.borrow_mut().next();
        Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        self.text(s)?;
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        self.text(&s)?;
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.deeper()?;
        let mut items = Vec::new();
        loop {
            let i = items.len();
            let next = self.at(|| Seg::Index(i), seq.next_element_seed(inner))?;
            let Some(v) = next else { break };
            if items.len() == MAX_LIST_ITEMS {
                return Err(self.too_many("read-too-many-list"));
            }
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let Some(first) = map.next_key::<String>()? else { return Ok(Value::Object(Map::new())) };
        if first == NUMBER_TOKEN {
            // A number, kept exactly as the file writes it.
            let normal: Number = map.next_value::<String>()?.parse().map_err(de::Error::custom)?;
            let mut literals = self.numbers.borrow_mut();
            return Ok(Value::Number(match literals.next() {
                // `from_string_unchecked` keeps the text as it is; it is checked to be the
                // same number first (the hidden constructor is the only one that keeps it).
                Some(lit) if lit.parse::<Number>().is_ok_and(|n| n == normal) => {
                    Number::from_string_unchecked(lit.to_owned())
                }
                _ => normal,
            }));
        }
        let inner = self.deeper()?;
        let mut out = Map::new();
        let mut key = Some(first);
        while let Some(k) = key {
            self.at(|| Seg::Key(k.clone()), self.text::<A::Error>(&k))?;
            if out.contains_key(&k) {
                let message = words("read-key-twice", &[("key", super::json::clip(&k))]);
                self.trail.borrow_mut().place.push(Seg::Key(k));
                return Err(self.fail(message));
            }
            if out.len() == MAX_LIST_ITEMS {
                return Err(self.too_many("read-too-many-object"));
            }
            let v = match map.next_value_seed(inner) {
                Ok(v) => v,
                Err(e) => return self.at(|| Seg::Key(k), Err(e)),
            };
            out.insert(k, v);
            key = map.next_key::<String>()?;
        }
        Ok(Value::Object(out))
    }
}

/// A message in the interface language, for the trail.
fn words(id: &str, args: &[(&str, String)]) -> String {
    super::json::problem("", id, args).message
}
