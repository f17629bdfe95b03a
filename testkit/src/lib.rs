//! What the integration tests (`tests/`) and the benchmarks (`bench/`) share: the specs'
//! documented examples (read with the generator's own spec reader), a comparison that checks a
//! decoded value kept everything an example said, the one scripted loopback HTTP server
//! ([`scripted`], with the webhook [`receiver`] on its request reader), a real `redis-server`
//! per test ([`redis`]), the shared-limit worker process ([`limit_worker`]) and a log capture
//! ([`capture`]). Not published.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;
use voiceai_codegen::spec::{self, resolve, Operation};

pub mod capture;
pub mod limit_worker;
pub mod receiver;
pub mod redis;
pub mod scripted;

/// Obviously fake keys: tests never hold anything that looks real.
pub const RINGG_KEY: &str = "test-ringg-key-FAKE-0000";
/// See [`RINGG_KEY`].
pub const RINGYO_KEY: &str = "rg_test_FAKE_key_for_tests_only";

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// A spec of this repository, read once per test process by the generator's own reader
/// (`voiceai_codegen::spec`), with its operations walked once.
struct Loaded {
    json: Value,
    operations: Vec<Operation>,
}

fn loaded(api: &str) -> &'static Loaded {
    static RINGG: OnceLock<Loaded> = OnceLock::new();
    static RINGYO: OnceLock<Loaded> = OnceLock::new();
    let cell = match api {
        "ringg" => &RINGG,
        "ringyo" => &RINGYO,
        other => panic!("no spec for API {other:?} (known: ringg, ringyo)"),
    };
    cell.get_or_init(|| {
        let path = root().join(format!("spec/{api}.yaml"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = spec::load(&text).unwrap_or_else(|e| panic!("spec/{api}.yaml: {e}"));
        let operations = spec::operations(&json).unwrap_or_else(|e| panic!("spec/{api}.yaml: {e}"));
        Loaded { json, operations }
    })
}

/// A spec of this repository as JSON, with `$ref`s left as they are.
pub fn spec(api: &str) -> &'static Value {
    &loaded(api).json
}

/// Every operation id of a spec with its method and path.
pub fn operations(api: &str) -> Vec<(String, String, String)> {
    loaded(api)
        .operations
        .iter()
        .map(|op| (op.id.clone(), op.method.clone(), op.path.clone()))
        .collect()
}

fn operation(api: &str, id: &str) -> &'static Operation {
    loaded(api)
        .operations
        .iter()
        .find(|op| op.id == id)
        .unwrap_or_else(|| panic!("no operation {id} in {api}"))
}

/// The documented example of a media type object: `example`, else the first of `examples`, else
/// the schema's.
fn media_example(spec: &Value, media: &Value) -> Option<Value> {
    media
        .get("example")
        .cloned()
        .or_else(|| {
            media
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|e| e.values().next())
                .map(|e| resolve(spec, e)["value"].clone())
        })
        .or_else(|| resolve(spec, &media["schema"]).get("example").cloned())
}

/// The documented example of an operation's success response.
pub fn response_example(api: &str, id: &str) -> Value {
    documented_response(api, id)
        .unwrap_or_else(|| panic!("{id}: the success response has no JSON example"))
}

/// The documented example of an operation's JSON success response, if it has one.
pub fn documented_response(api: &str, id: &str) -> Option<Value> {
    let spec = spec(api);
    let op = operation(api, id);
    let responses = op.raw["responses"].as_object().expect("responses");
    let (_, response) = responses
        .iter()
        .find(|(code, _)| code.starts_with('2'))
        .unwrap_or_else(|| panic!("{id}: no success response"));
    media_example(
        spec,
        &resolve(spec, response)["content"]["application/json"],
    )
}

/// The documented example of an operation's JSON request body.
pub fn request_example(api: &str, id: &str) -> Value {
    let spec = spec(api);
    let op = operation(api, id);
    let body = resolve(spec, &op.raw["requestBody"]);
    media_example(spec, &body["content"]["application/json"])
        .unwrap_or_else(|| panic!("{id}: the request body has no example"))
}

/// Checks that `actual` (a decoded value serialised back) holds every non-null value of
/// `expected` (the documented example), recursively. Extra fields in `actual` are fine; nulls in
/// the example may be absent, and so may empty objects and arrays (generated types skip them
/// when serialising). Numbers compare by value (`3025` equals `3025.0`).
pub fn assert_kept(expected: &Value, actual: &Value) {
    if let Err(path) = kept(expected, actual, String::from("$")) {
        panic!(
            "decoded value lost or changed {path}\nexpected: {}\nactual: {}",
            serde_json::to_string_pretty(expected).unwrap_or_default(),
            serde_json::to_string_pretty(actual).unwrap_or_default()
        );
    }
}

fn kept(expected: &Value, actual: &Value, path: String) -> Result<(), String> {
    match (expected, actual) {
        (Value::Null, _) => Ok(()),
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                match a.get(k) {
                    Some(av) => kept(v, av, format!("{path}.{k}"))?,
                    None if v.is_null() => {}
                    None if v.as_object().is_some_and(|o| o.is_empty()) => {}
                    None if v.as_array().is_some_and(|a| a.is_empty()) => {}
                    None => return Err(format!("{path}.{k}")),
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!("{path} (length {} vs {})", e.len(), a.len()));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                kept(ev, av, format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        (Value::Number(e), Value::Number(a)) => {
            if e.as_f64() == a.as_f64() {
                Ok(())
            } else {
                Err(path)
            }
        }
        (e, a) if e == a => Ok(()),
        _ => Err(path),
    }
}

/// A value serialised to JSON.
pub fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serialises")
}
