//! Step 1 of the pipeline: the spec is read once and reshaped into the views progenitor gets.
//!
//! - constraints only validators need leave the views ([`crate::validation`]);
//! - every operation's documented error statuses become `4XX`/`5XX` ranges with its error
//!   schema (the most common one where an operation documents none), so that any error status
//!   decodes into the same type;
//! - `multipart/form-data` operations, which progenitor cannot generate, leave the client's view
//!   (their bodies are emitted by [`crate::multipart`]); their response schemas are hoisted into
//!   named components so that every output names the same types; the CLI's and httpmock's view
//!   keeps them without their request body.

use std::cell::Cell;
use std::collections::BTreeMap;

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::quote;
use serde_json::{json, Value};

use crate::spec::{self, resolve, Operation};
use crate::{validation, Error};

/// A spec read once and reshaped for progenitor: what every output of one API (client, CLI,
/// httpmock helpers, the spec's JSON copy) is generated from. Build it with [`prepare`].
pub struct Prepared {
    /// The spec as written, as JSON.
    pub(crate) spec: Value,
    /// Every operation of the spec, ordered by path, then by method.
    pub(crate) operations: Vec<Operation>,
    /// The view the client generator gets: multipart operations removed, their response
    /// schemas hoisted into components, 4XX/5XX error ranges everywhere.
    pub(crate) client_view: openapiv3::OpenAPI,
    /// The view the CLI and httpmock generators get: like `client_view`, but the multipart
    /// operations stay, without their request body (progenitor then emits their path,
    /// parameters and typed responses; the form parts are added by this crate).
    pub(crate) surface_view: openapiv3::OpenAPI,
    /// The multipart operations with the Rust types of their success and error bodies.
    pub(crate) multipart: Vec<(Operation, TokenStream, TokenStream)>,
}

impl Prepared {
    /// The spec as written, as JSON (YAML map keys such as `200` become strings).
    pub fn spec(&self) -> &Value {
        &self.spec
    }

    /// The spec as progenitor's own generator gets it from this crate (JSON): the multipart
    /// operations progenitor cannot generate taken out, error ranges unified.
    pub fn progenitor_view(&self) -> Result<String, Error> {
        serde_json::to_string_pretty(&self.client_view).map_err(|e| Error::Syntax(e.to_string()))
    }
}

thread_local! {
    static PREPARED_ON_THIS_THREAD: Cell<usize> = const { Cell::new(0) };
}

/// How many times [`prepare`] ran on this thread: lets a test prove that a front end prepares
/// each spec once for all its outputs. Not a public API.
#[doc(hidden)]
pub fn prepared_on_this_thread() -> usize {
    PREPARED_ON_THIS_THREAD.with(Cell::get)
}

/// Reads a spec (YAML or JSON) and builds the views progenitor gets: step 1 of the pipeline.
pub fn prepare(spec_text: &str) -> Result<Prepared, Error> {
    PREPARED_ON_THIS_THREAD.with(|n| n.set(n.get() + 1));
    let spec = spec::load(spec_text)?;
    spec::check_refs(&spec)?;
    let operations = spec::operations(&spec)?;

    let mut view = spec.clone();
    // Constraints for validators only leave the view (see `validation`).
    validation::for_rust(&mut view);
    let default_error = most_common_error_schema(&spec, &operations);
    let mut multipart_ops = Vec::new();
    for op in &operations {
        let error_schema = error_schema(&spec, op).or_else(|| default_error.clone());
        let op_json = operation_mut(&mut view, op)?;
        if let (Some(schema), Some(responses)) = (
            &error_schema,
            op_json.get_mut("responses").and_then(Value::as_object_mut),
        ) {
            // The documented error statuses all share one schema; progenitor gets two ranges
            // instead, so that every error status (documented or not) decodes the same way.
            responses.retain(|code, _| !(code.starts_with('4') || code.starts_with('5')));
            for range in ["4XX", "5XX"] {
                responses.insert(
                    range.to_string(),
                    json!({
                        "description": "An error status; the body shape varies.",
                        "content": {"application/json": {"schema": schema}}
                    }),
                );
            }
        }
        if op.is_multipart(&spec) {
            multipart_ops.push(op.clone());
        }
    }
    let mut multipart = Vec::new();
    for op in &multipart_ops {
        let (success, success_name) = hoist_schema(&mut view, op, Kind::Success)?;
        let (error, error_name) = hoist_schema(&mut view, op, Kind::Error)?;
        // The operation's responses now name the hoisted components, so that the CLI and
        // httpmock generators use the same types as the client.
        let op_json = operation_mut(&mut view, op)?;
        if let Some(responses) = op_json.get_mut("responses").and_then(Value::as_object_mut) {
            for (code, response) in responses.iter_mut() {
                let name = if code.starts_with('2') {
                    &success_name
                } else if code.starts_with('4') || code.starts_with('5') {
                    &error_name
                } else {
                    continue;
                };
                if let Some(name) = name {
                    *response = json!({
                        "description": resolve(&spec, response)
                            .get("description")
                            .cloned()
                            .unwrap_or_else(|| json!("")),
                        "content": {"application/json": {"schema": {
                            "$ref": format!("#/components/schemas/{name}")
                        }}}
                    });
                }
            }
        }
        multipart.push((op.clone(), success, error));
    }

    let mut surface_view = view.clone();
    for op in &multipart_ops {
        if let Some(op_json) = operation_mut(&mut surface_view, op)?.as_object_mut() {
            op_json.remove("requestBody");
        }
        let path_item = view
            .pointer_mut(&format!("/paths/{}", escape_pointer(&op.path)))
            .and_then(Value::as_object_mut)
            .ok_or_else(|| Error::Spec(format!("{}: path item missing", op.id)))?;
        path_item.remove(&op.method.to_ascii_lowercase());
        if !path_item
            .keys()
            .any(|k| spec::METHODS.contains(&k.as_str()))
        {
            let path = op.path.clone();
            if let Some(paths) = view.get_mut("paths").and_then(Value::as_object_mut) {
                paths.remove(&path);
            }
        }
    }
    Ok(Prepared {
        client_view: openapi(view)?,
        surface_view: openapi(surface_view)?,
        spec,
        operations,
        multipart,
    })
}

/// A view of the spec as progenitor's input type.
fn openapi(view: Value) -> Result<openapiv3::OpenAPI, Error> {
    serde_json::from_value(view)
        .map_err(|e| Error::Spec(format!("not an OpenAPI 3.0 document: {e}")))
}

fn operation_mut<'a>(view: &'a mut Value, op: &Operation) -> Result<&'a mut Value, Error> {
    view.pointer_mut(&format!(
        "/paths/{}/{}",
        escape_pointer(&op.path),
        op.method.to_ascii_lowercase()
    ))
    .ok_or_else(|| Error::Spec(format!("{} vanished", op.id)))
}

/// `/` and `~` escaped for a JSON pointer segment.
fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[derive(Clone, Copy)]
enum Kind {
    Success,
    Error,
}

/// The schema (usually a `$ref`) of an operation's JSON error responses.
fn error_schema(spec: &Value, op: &Operation) -> Option<Value> {
    let responses = op.raw.get("responses")?.as_object()?;
    responses.iter().find_map(|(code, response)| {
        let first = code.chars().next()?;
        if first != '4' && first != '5' {
            return None;
        }
        resolve(spec, response)
            .pointer("/content/application~1json/schema")
            .cloned()
    })
}

fn most_common_error_schema(spec: &Value, ops: &[Operation]) -> Option<Value> {
    let mut counts: BTreeMap<String, (usize, Value)> = BTreeMap::new();
    for op in ops {
        if let Some(schema) = error_schema(spec, op) {
            let entry = counts
                .entry(schema.to_string())
                .or_insert_with(|| (0, schema.clone()));
            entry.0 += 1;
        }
    }
    counts.into_values().max_by_key(|(n, _)| *n).map(|(_, v)| v)
}

/// Makes sure the success or error body schema of a (multipart) operation is a named component
/// and returns the Rust type that progenitor's types module will hold for it, with the
/// component's name (`None` when the operation has no such body).
fn hoist_schema(
    view: &mut Value,
    op: &Operation,
    kind: Kind,
) -> Result<(TokenStream, Option<String>), Error> {
    let responses = op
        .raw
        .get("responses")
        .and_then(Value::as_object)
        .ok_or_else(|| Error::Spec(format!("{}: no responses", op.id)))?;
    let wanted = |code: &str| match kind {
        Kind::Success => code.starts_with('2'),
        Kind::Error => code.starts_with('4') || code.starts_with('5'),
    };
    let schema = responses
        .iter()
        .filter(|(code, _)| wanted(code))
        .find_map(|(_, r)| {
            resolve(view, r)
                .pointer("/content/application~1json/schema")
                .cloned()
        });
    let Some(schema) = schema else {
        return Ok((quote!(()), None));
    };
    let name = match schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        Some(name) => name.to_string(),
        None => {
            let name = format!(
                "{}{}",
                op.id.to_upper_camel_case(),
                match kind {
                    Kind::Success => "Response",
                    Kind::Error => "ErrorResponse",
                }
            );
            let schemas = view
                .pointer_mut("/components/schemas")
                .and_then(Value::as_object_mut)
                .ok_or_else(|| Error::Spec("components.schemas missing".into()))?;
            schemas.insert(name.clone(), schema);
            name
        }
    };
    let ident = spec::type_ident(&name)?;
    Ok((quote!(types::#ident), Some(name)))
}

#[cfg(test)]
mod tests {
    use crate::spec::TINY_SPEC;

    /// `cargo xtask bench` hands this JSON to progenitor's `generate_api!`: it must be the
    /// client's view (no multipart operation, error ranges) and a document progenitor accepts.
    #[test]
    fn the_progenitor_view_is_the_client_view_progenitor_accepts() {
        let json = super::prepare(TINY_SPEC)
            .unwrap()
            .progenitor_view()
            .unwrap();
        let view: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(view.pointer("/paths/~1upload").is_none(), "{json}");
        assert!(view.pointer("/paths/~1items/get/responses/4XX").is_some());
        let openapi: openapiv3::OpenAPI = serde_json::from_str(&json).unwrap();
        let mut generator = progenitor_impl::Generator::default();
        generator.generate_tokens(&openapi).unwrap();
    }
}
