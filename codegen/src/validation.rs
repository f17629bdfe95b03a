//! The spec speaks to two audiences. Validators (Schemathesis, Prism, the simulator) need every
//! constraint JSON Schema can state: E.164 `pattern`s, `format: date`, non-empty arrays,
//! "exactly one of" rules, and the `{data, meta}` envelope as a standard `oneOf`. The Rust types
//! need none of them, and typify would make them worse (a newtype per pattern, chrono types for
//! dates, a panic on a bare `format` branch, an untagged enum for the envelope). So the spec
//! keeps them all, and the view progenitor gets loses them here, schema by schema:
//!
//! - `pattern`, `minLength`, `minItems` and `not` are dropped; so is a string `format` other
//!   than the numeric ones (`date`, `date-time`, `uri`, …);
//! - an `anyOf`/`oneOf` whose branches only restate formats or patterns of the same string, or
//!   only list `required` fields (the "exactly one of" rules), is dropped: the parent's own
//!   schema stays;
//! - a response that is `oneOf` a bare object and its `x-envelope` wrapper becomes the bare
//!   object (the runtime unwraps the envelope), and the wrapper schemas are removed.
//!
//! `maxLength`, `minimum` and `maximum` stay, unless a schema lists them in
//! `x-validator-only`: they were in the spec before and their types are part of the public API
//! (`minimum: 1` makes typify choose `NonZeroU64`, which a builder taking `150` cannot accept).

use serde_json::{Map, Value};

/// Keywords that only validators use.
const DROPPED: [&str; 4] = ["pattern", "minLength", "minItems", "not"];

/// Formats that describe a number's width; every other format is for validators.
const KEPT_FORMATS: [&str; 5] = ["int32", "int64", "float", "double", "binary"];

/// Rewrites `view` for progenitor (see the module docs).
pub(crate) fn for_rust(view: &mut Value) {
    let envelopes = envelope_names(view);
    if let Some(paths) = view.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (key, operation) in item.iter_mut() {
                if key == "parameters" {
                    parameters(operation);
                    continue;
                }
                parameters(operation.get_mut("parameters").unwrap_or(&mut Value::Null));
                if let Some(body) = operation.get_mut("requestBody") {
                    contents(body, &envelopes);
                }
                if let Some(responses) = operation
                    .get_mut("responses")
                    .and_then(Value::as_object_mut)
                {
                    for response in responses.values_mut() {
                        contents(response, &envelopes);
                    }
                }
            }
        }
    }
    if let Some(components) = view.get_mut("components").and_then(Value::as_object_mut) {
        if let Some(schemas) = components.get_mut("schemas").and_then(Value::as_object_mut) {
            schemas.retain(|name, _| !envelopes.contains(name));
            for schema in schemas.values_mut() {
                walk(schema);
            }
        }
        if let Some(params) = components
            .get_mut("parameters")
            .and_then(Value::as_object_mut)
        {
            for parameter in params.values_mut() {
                if let Some(schema) = parameter.get_mut("schema") {
                    walk(schema);
                }
            }
        }
        for section in ["requestBodies", "responses"] {
            if let Some(items) = components.get_mut(section).and_then(Value::as_object_mut) {
                for item in items.values_mut() {
                    contents(item, &envelopes);
                }
            }
        }
    }
}

/// The component schemas marked `x-envelope: true`.
fn envelope_names(view: &Value) -> Vec<String> {
    view.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| {
            schemas
                .iter()
                .filter(|(_, s)| s.get("x-envelope").and_then(Value::as_bool) == Some(true))
                .map(|(name, _)| name.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn parameters(list: &mut Value) {
    for parameter in list.as_array_mut().into_iter().flatten() {
        if let Some(schema) = parameter.get_mut("schema") {
            walk(schema);
        }
    }
}

/// The schemas of a request body's or a response's `content`.
fn contents(holder: &mut Value, envelopes: &[String]) {
    let Some(content) = holder.get_mut("content").and_then(Value::as_object_mut) else {
        return;
    };
    for media in content.values_mut() {
        if let Some(schema) = media.get_mut("schema") {
            unwrap_envelope(schema, envelopes);
            walk(schema);
        }
    }
}

/// `oneOf: [X, XEnveloped]` → `X`.
fn unwrap_envelope(schema: &mut Value, envelopes: &[String]) {
    let Some(branches) = schema.get("oneOf").and_then(Value::as_array) else {
        return;
    };
    let is_envelope = |branch: &Value| {
        branch
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .is_some_and(|name| envelopes.iter().any(|e| e == name))
    };
    if branches.len() == 2 && branches.iter().any(is_envelope) {
        if let Some(bare) = branches.iter().find(|b| !is_envelope(b)).cloned() {
            *schema = bare;
        }
    }
}

/// Drops the validator-only keywords from a schema and everything inside it.
fn walk(schema: &mut Value) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    for key in DROPPED {
        object.remove(key);
    }
    // Keywords a schema names itself: `x-validator-only: [minimum]` keeps `integer` from
    // turning into `NonZeroU64`.
    if let Some(listed) = object.remove("x-validator-only") {
        for key in listed
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            object.remove(key);
        }
    }
    if object
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|f| !KEPT_FORMATS.contains(&f))
    {
        object.remove("format");
    }
    for combinator in ["anyOf", "oneOf"] {
        if object
            .get(combinator)
            .and_then(Value::as_array)
            .is_some_and(|branches| branches.iter().all(validator_only))
        {
            object.remove(combinator);
        }
    }
    if let Some(properties) = object.get_mut("properties").and_then(Value::as_object_mut) {
        for property in properties.values_mut() {
            walk(property);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = object.get_mut(key) {
            walk(inner);
        }
    }
    for combinator in ["allOf", "anyOf", "oneOf"] {
        for branch in object
            .get_mut(combinator)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            walk(branch);
        }
    }
}

/// A combinator branch that only restates formats, patterns or required fields.
fn validator_only(branch: &Value) -> bool {
    branch.as_object().is_some_and(|b: &Map<String, Value>| {
        !b.is_empty()
            && b.keys().all(|k| {
                matches!(
                    k.as_str(),
                    "format" | "pattern" | "required" | "minLength" | "description"
                )
            })
            && !b.contains_key("$ref")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn constraints_leave_the_view_and_envelopes_unwrap() {
        let mut view = json!({
            "paths": {"/a": {"get": {
                "parameters": [{"name": "from", "in": "query", "schema": {
                    "type": "string", "anyOf": [{"format": "date"}, {"format": "date-time"}]
                }}],
                "responses": {"200": {"content": {"application/json": {"schema": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Agent"},
                        {"$ref": "#/components/schemas/AgentEnveloped"}
                    ]
                }}}}}
            }}},
            "components": {"schemas": {
                "Agent": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "string", "pattern": "^a"},
                    "format": {"type": "string", "format": "uri"},
                    "phrases": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                    "tokens": {"type": "integer", "format": "int64", "minimum": 1},
                    "max_tokens": {"type": "integer", "minimum": 1, "maximum": 9,
                        "x-validator-only": ["minimum", "maximum"]}
                }},
                "AgentEnveloped": {"type": "object", "x-envelope": true, "properties": {
                    "data": {"$ref": "#/components/schemas/Agent"}
                }},
                "Start": {"type": "object", "oneOf": [{"required": ["a"]}, {"required": ["b"]}]}
            }}
        });
        for_rust(&mut view);
        assert_eq!(
            view.pointer("/paths/~1a/get/parameters/0/schema").unwrap(),
            &json!({"type": "string"})
        );
        assert_eq!(
            view.pointer("/paths/~1a/get/responses/200/content/application~1json/schema")
                .unwrap(),
            &json!({"$ref": "#/components/schemas/Agent"})
        );
        let agent = view
            .pointer("/components/schemas/Agent/properties")
            .unwrap();
        assert_eq!(agent["id"], json!({"type": "string"}));
        // A property named `format` is a property, not a keyword.
        assert_eq!(agent["format"], json!({"type": "string"}));
        assert_eq!(
            agent["phrases"],
            json!({"type": "array", "items": {"type": "string"}})
        );
        assert_eq!(
            agent["tokens"],
            json!({"type": "integer", "format": "int64", "minimum": 1})
        );
        assert_eq!(agent["max_tokens"], json!({"type": "integer"}));
        assert!(view.pointer("/components/schemas/AgentEnveloped").is_none());
        assert_eq!(
            view.pointer("/components/schemas/Start").unwrap(),
            &json!({"type": "object"})
        );
    }
}
