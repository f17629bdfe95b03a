//! Requests checked against the spec before a handler sees them.
//!
//! The client is open by design: a value the spec does not list still decodes (open enums),
//! because the vendor may add one tomorrow. The simulator plays the server, so it is closed: a
//! request the spec does not allow is refused with the API's documented validation error, and
//! nothing of it is stored or served back. Checked here, from the spec itself (the JSON copy
//! `cargo xtask regenerate` writes into `simulator/spec/`): path and query parameters (type,
//! `enum`, range, length, `pattern`, `format: date`/`date-time`, required), and JSON bodies
//! (the same, plus `nullable`, `required`, `additionalProperties: false`, array sizes,
//! `oneOf`/`anyOf`/`allOf`/`not`). What the spec cannot say (an unknown agent, a cursor that
//! does not decode, credits) stays with the handlers.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use serde_json::{Map, Value};
use voiceai::runtime::OperationMeta;

/// Reads a spec the simulator embeds (`simulator/spec/{api}.json`, written by `cargo xtask
/// regenerate` and checked by `cargo xtask check`); each simulated API keeps its own.
pub(crate) fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("simulator/spec: not JSON: {e}"))
}

/// What a request got wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Where: `["query", "limit"]`, `["body", "agent", "status"]`, `["body"]`.
    pub location: Vec<String>,
    /// Why, in a sentence.
    pub message: String,
    /// A required field or parameter is absent, or a value has the wrong JSON type (rather
    /// than a wrong value of the right type).
    pub missing: bool,
}

impl Violation {
    fn new(location: &[String], message: String) -> Self {
        Self {
            location: location.to_vec(),
            message,
            missing: false,
        }
    }

    fn missing(location: &[String], message: String) -> Self {
        Self {
            missing: true,
            ..Self::new(location, message)
        }
    }

    /// The innermost named field (`status`), if any.
    pub fn field(&self) -> Option<&str> {
        self.location
            .iter()
            .rev()
            .find(|s| {
                s.parse::<usize>().is_err() && !matches!(s.as_str(), "body" | "query" | "path")
            })
            .map(String::as_str)
    }
}

/// The operation's object in the spec.
pub(crate) fn operation<'a>(doc: &'a Value, op: &OperationMeta) -> Option<(&'a Value, &'a Value)> {
    let item = doc.get("paths")?.get(op.path)?;
    // The spec's keys are lower case, the table's methods upper case: compared without a copy.
    let (_, operation) = item
        .as_object()?
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(op.method))?;
    Some((item, operation))
}

/// Checks a request of `op` against `doc`, the spec of its API.
pub(crate) fn check(
    doc: &Value,
    op: &OperationMeta,
    path_params: &[(String, String)],
    query: &[(String, String)],
    content_type: Option<&str>,
    body: &[u8],
) -> Result<(), Violation> {
    let Some((item, operation)) = operation(doc, op) else {
        return Ok(());
    };
    let parameters = item
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            operation
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
    for parameter in parameters {
        let parameter = resolve(doc, parameter);
        let (Some(name), Some(place)) = (
            parameter.get("name").and_then(Value::as_str),
            parameter.get("in").and_then(Value::as_str),
        ) else {
            continue;
        };
        let values: Vec<&str> = match place {
            "query" => query
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
                .collect(),
            "path" => path_params
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
                .collect(),
            _ => continue,
        };
        let mut location = vec![place.to_string(), name.to_string()];
        let required = parameter.get("required").and_then(Value::as_bool) == Some(true);
        if values.is_empty() {
            if required {
                return Err(Violation::missing(
                    &location,
                    format!("`{name}` is required"),
                ));
            }
            continue;
        }
        let Some(schema) = parameter.get("schema") else {
            continue;
        };
        let value =
            coerce(doc, schema, &values).map_err(|message| Violation::new(&location, message))?;
        validate(doc, schema, &value, &mut location)?;
    }

    let Some(request_body) = operation.get("requestBody").map(|b| resolve(doc, b)) else {
        return Ok(());
    };
    let Some(schema) = request_body.pointer("/content/application~1json/schema") else {
        // Multipart bodies are the handlers' business.
        return Ok(());
    };
    if content_type.is_some_and(|t| t.starts_with("multipart/")) {
        return Ok(());
    }
    let mut location = vec!["body".to_string()];
    if body.iter().all(u8::is_ascii_whitespace) {
        if request_body.get("required").and_then(Value::as_bool) == Some(true) {
            return Err(Violation::missing(
                &location,
                "request body is required".into(),
            ));
        }
        return Ok(());
    }
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| Violation::new(&location, format!("the body is not JSON: {e}")))?;
    validate(doc, schema, &value, &mut location)
}

/// A parameter's text as the JSON value its schema describes.
fn coerce(doc: &Value, schema: &Value, values: &[&str]) -> Result<Value, String> {
    let schema = resolve(doc, schema);
    let one = |text: &str, schema: &Value| -> Result<Value, String> {
        let schema = resolve(doc, schema);
        Ok(match schema.get("type").and_then(Value::as_str) {
            Some("integer") => text
                .trim()
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| format!("`{text}` is not an integer"))?,
            Some("number") => text
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| format!("`{text}` is not a number"))?,
            Some("boolean") => match text {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return Err(format!("`{text}` is not true or false")),
            },
            _ => Value::String(text.to_string()),
        })
    };
    if schema.get("type").and_then(Value::as_str) == Some("array") {
        let items = schema.get("items").cloned().unwrap_or(Value::Null);
        let mut out = Vec::new();
        for value in values {
            for part in value.split(',') {
                out.push(one(part, &items)?);
            }
        }
        return Ok(Value::Array(out));
    }
    // A repeated parameter: the last one counts, as most servers read it.
    one(values.last().copied().unwrap_or_default(), schema)
}

/// Follows `$ref`s (up to 16).
fn resolve<'a>(doc: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match value
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| doc.pointer(p))
        {
            Some(target) => value = target,
            None => break,
        }
    }
    value
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Checks `value` against `schema` (OpenAPI 3.0's dialect of JSON Schema).
pub fn validate(
    doc: &Value,
    schema: &Value,
    value: &Value,
    path: &mut Vec<String>,
) -> Result<(), Violation> {
    let schema = resolve(doc, schema);
    let fail = |path: &[String], message: String| Err(Violation::new(path, message));
    let name = path.last().cloned().unwrap_or_default();

    if value.is_null() {
        let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
        let constrained = ["type", "enum", "properties", "items"]
            .iter()
            .any(|k| schema.get(*k).is_some());
        if nullable {
            return Ok(());
        }
        if constrained {
            return fail(path, format!("`{name}` may not be null"));
        }
    }

    for (combinator, check) in [("allOf", 0), ("anyOf", 1), ("oneOf", 2)] {
        let Some(branches) = schema.get(combinator).and_then(Value::as_array) else {
            continue;
        };
        let results: Vec<Result<(), Violation>> = branches
            .iter()
            .map(|branch| validate(doc, branch, value, &mut path.clone()))
            .collect();
        let passed = results.iter().filter(|r| r.is_ok()).count();
        match check {
            0 => {
                if let Some(Err(e)) = results.into_iter().find(Result::is_err) {
                    return Err(e);
                }
            }
            1 if passed == 0 => {
                return results.into_iter().next().unwrap_or(Ok(()));
            }
            2 if passed != 1 => {
                // "Exactly one of": branches that only name required fields.
                let names: Vec<&str> = branches
                    .iter()
                    .filter(|b| b.as_object().is_some_and(|o| o.len() == 1))
                    .filter_map(|b| b.get("required")?.as_array()?.first()?.as_str())
                    .collect();
                if names.len() == branches.len() {
                    let list = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>();
                    let how = if passed == 0 { "one of" } else { "only one of" };
                    return fail(path, format!("give exactly {how} {}", list.join(", ")));
                }
                if passed == 0 {
                    // The closest branch's complaint is the most useful one.
                    return results
                        .into_iter()
                        .max_by_key(|r| r.as_ref().err().map_or(0, |e| e.location.len()))
                        .unwrap_or(Ok(()));
                }
                return fail(path, format!("`{name}` matches more than one of its forms"));
            }
            _ => {}
        }
    }
    if let Some(not) = schema.get("not") {
        if validate(doc, not, value, &mut path.clone()).is_ok() {
            return fail(path, format!("`{name}` has a form it may not have"));
        }
    }
    if value.is_null() {
        return Ok(());
    }

    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            let list: Vec<String> = allowed
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect();
            let shown = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_string);
            return fail(
                path,
                format!("`{name}` must be one of {}; got `{shown}`", list.join(", ")),
            );
        }
    }

    match schema.get("type").and_then(Value::as_str) {
        Some("string") => {
            let Some(text) = value.as_str() else {
                return Err(Violation::missing(
                    path,
                    format!("`{name}` must be a string, not {}", kind(value)),
                ));
            };
            let chars = text.chars().count() as u64;
            if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
                if chars < min {
                    return fail(
                        path,
                        format!("`{name}` must have at least {min} characters"),
                    );
                }
            }
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
                if chars > max {
                    return fail(path, format!("`{name}` must have at most {max} characters"));
                }
            }
            if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
                // The simulator's one deviation: webhooks may go to `http://` on loopback, so
                // that tests can receive deliveries without TLS.
                let loopback = pattern.starts_with("^https://") && crate::is_loopback_url(text);
                if !loopback && !matches(pattern, text) {
                    return fail(path, format!("`{name}` does not match `{pattern}`"));
                }
            }
            match schema.get("format").and_then(Value::as_str) {
                Some("date") if !is_date(text) => {
                    return fail(path, format!("`{name}` is not a date (YYYY-MM-DD)"));
                }
                Some("date-time") if crate::clock::parse_datetime(text).is_none() => {
                    return fail(path, format!("`{name}` is not an ISO 8601 date-time"));
                }
                _ => {}
            }
        }
        Some("integer") => {
            let whole = value.as_i64().is_some()
                || value.as_u64().is_some()
                || value.as_f64().is_some_and(|f| f.fract() == 0.0);
            if !whole {
                return Err(Violation::missing(
                    path,
                    format!("`{name}` must be an integer, not {}", kind(value)),
                ));
            }
            range(schema, value, path, &name)?;
        }
        Some("number") => {
            if !value.is_number() {
                return Err(Violation::missing(
                    path,
                    format!("`{name}` must be a number, not {}", kind(value)),
                ));
            }
            range(schema, value, path, &name)?;
        }
        Some("boolean") if !value.is_boolean() => {
            return Err(Violation::missing(
                path,
                format!("`{name}` must be true or false, not {}", kind(value)),
            ));
        }
        Some("array") => {
            let Some(items) = value.as_array() else {
                return Err(Violation::missing(
                    path,
                    format!("`{name}` must be an array, not {}", kind(value)),
                ));
            };
            if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
                if (items.len() as u64) < min {
                    return fail(path, format!("`{name}` must have at least {min} items"));
                }
            }
            if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
                if items.len() as u64 > max {
                    return fail(path, format!("`{name}` must have at most {max} items"));
                }
            }
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    let result = validate(doc, item_schema, item, path);
                    path.pop();
                    result?;
                }
            }
        }
        Some("object") => {
            let Some(object) = value.as_object() else {
                return Err(Violation::missing(
                    path,
                    format!("`{name}` must be an object, not {}", kind(value)),
                ));
            };
            object_rules(doc, schema, object, path)?;
        }
        _ => {
            if let Some(object) = value.as_object() {
                if [
                    "properties",
                    "required",
                    "additionalProperties",
                    "minProperties",
                ]
                .iter()
                .any(|k| schema.get(*k).is_some())
                {
                    object_rules(doc, schema, object, path)?;
                }
            }
        }
    }
    Ok(())
}

fn object_rules(
    doc: &Value,
    schema: &Value,
    object: &Map<String, Value>,
    path: &mut Vec<String>,
) -> Result<(), Violation> {
    let properties = schema.get("properties").and_then(Value::as_object);
    if let Some(required) = schema.get("required").and_then(Value::as_array) {
        for field in required.iter().filter_map(Value::as_str) {
            if !object.contains_key(field) {
                path.push(field.to_string());
                let v = Violation::missing(path, format!("`{field}` is required"));
                path.pop();
                return Err(v);
            }
        }
    }
    for (key, item) in object {
        path.push(key.clone());
        let result = match properties.and_then(|p| p.get(key)) {
            Some(property) => validate(doc, property, item, path),
            None => match schema.get("additionalProperties") {
                Some(Value::Bool(false)) => Err(Violation::new(
                    path,
                    format!("`{key}` is not a field of this object"),
                )),
                Some(extra) if extra.is_object() => validate(doc, extra, item, path),
                _ => Ok(()),
            },
        };
        path.pop();
        result?;
    }
    if let Some(min) = schema.get("minProperties").and_then(Value::as_u64) {
        if (object.len() as u64) < min {
            return Err(Violation::new(
                path,
                format!("at least {min} fields must be given"),
            ));
        }
    }
    Ok(())
}

fn range(schema: &Value, value: &Value, path: &[String], name: &str) -> Result<(), Violation> {
    let Some(n) = value.as_f64() else {
        return Ok(());
    };
    let exclusive = |key: &str| schema.get(key).and_then(Value::as_bool) == Some(true);
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
        if n < min || (exclusive("exclusiveMinimum") && n == min) {
            return Err(Violation::new(
                path,
                format!("`{name}` must be at least {min}"),
            ));
        }
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        if n > max || (exclusive("exclusiveMaximum") && n == max) {
            return Err(Violation::new(
                path,
                format!("`{name}` must be at most {max}"),
            ));
        }
    }
    Ok(())
}

/// `YYYY-MM-DD`, a real day.
fn is_date(text: &str) -> bool {
    text.len() == 10 && crate::clock::parse_datetime(text).is_some()
}

/// Whether `text` matches the ECMA-262-ish `pattern` (searched, not anchored, as JSON Schema
/// says); a pattern the regex engine cannot compile matches everything.
fn matches(pattern: &str, text: &str) -> bool {
    static CACHE: LazyLock<Mutex<HashMap<String, Option<regex::Regex>>>> =
        LazyLock::new(Default::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    // Looked up by `&str` first: the key is allocated once per pattern, not once per check.
    if let Some(compiled) = cache.get(pattern) {
        return compiled.as_ref().is_none_or(|re| re.is_match(text));
    }
    let compiled = regex::Regex::new(pattern).ok();
    let matched = compiled.as_ref().is_none_or(|re| re.is_match(text));
    cache.insert(pattern.to_string(), compiled);
    matched
}

#[cfg(test)]
mod tests;
