//! Loading a spec and reading what the generator needs from it.
//!
//! The spec is kept as JSON here, beside the typed `openapiv3` views [`prepare()`](crate::prepare())
//! builds for progenitor, on purpose: what our passes read is mostly vendor extensions
//! (`x-pagination`, `x-secret`, `x-error-codes`, `x-rate-limit`, `x-scope`), which `openapiv3`
//! keeps as untyped JSON anyway, and `$ref` chains across parameters, schemas, responses and
//! examples, which one [`resolve`] follows uniformly where the typed model needs one resolver per
//! component kind. The views themselves are reshaped as JSON (validator-only keywords dropped,
//! error ranges added) before they become typed. Typed access is used where it reads better:
//! `info` (title, version) for the metadata and constructors, and `servers` for the metadata's
//! base URL; deprecation is read from the JSON like the rest ([`Operation::is_deprecated`]).

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{Map, Value};

use crate::Error;

/// Parses YAML (or JSON, which is YAML) into a JSON value. Map keys that YAML reads as numbers or
/// booleans (`200:` for a status code) become strings, as OpenAPI means them.
pub fn load(text: &str) -> Result<Value, Error> {
    let yaml: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(text).map_err(|e| Error::Spec(format!("not valid YAML: {e}")))?;
    yaml_to_json(yaml)
}

fn yaml_to_json(value: serde_yaml_ng::Value) -> Result<Value, Error> {
    use serde_yaml_ng::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| Error::Spec(format!("number {f} has no JSON form")))?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => return Err(Error::Spec(format!("unsupported map key {other:?}"))),
                };
                out.insert(key, yaml_to_json(v)?);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value)?,
    })
}

/// Fails on a local `$ref` that points at nothing in the spec, which typify would panic on.
pub(crate) fn check_refs(spec: &Value) -> Result<(), Error> {
    let mut pending = vec![spec];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    if let Some(pointer) = target.strip_prefix('#') {
                        if spec.pointer(pointer).is_none() {
                            return Err(Error::Spec(format!("$ref `{target}` points at nothing")));
                        }
                    }
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    Ok(())
}

/// The HTTP methods an OpenAPI path item may hold, in the order the spec lists them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation as the spec declares it.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId`.
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template relative to the server URL.
    pub path: String,
    /// The JSON object of the operation.
    pub raw: Value,
    /// The parameters shared by the path item.
    pub path_params: Vec<Value>,
}

impl Operation {
    /// The operation's parameters (path-item level first), `$ref`s resolved.
    pub fn parameters<'a>(&'a self, spec: &'a Value) -> Vec<&'a Value> {
        self.path_params
            .iter()
            .chain(
                self.raw
                    .get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
            .map(|p| resolve(spec, p))
            .collect()
    }

    /// Whether a parameter of this name and location exists.
    pub fn has_param(&self, spec: &Value, location: &str, name: &str) -> bool {
        self.parameters(spec).iter().any(|p| {
            p.get("in").and_then(Value::as_str) == Some(location)
                && p.get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
    }

    /// The media types of the request body.
    pub fn request_media_types(&self, spec: &Value) -> Vec<String> {
        self.raw
            .get("requestBody")
            .map(|b| resolve(spec, b))
            .and_then(|b| b.get("content"))
            .and_then(Value::as_object)
            .map(|c| c.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// Whether the request body is `multipart/form-data`.
    pub fn is_multipart(&self, spec: &Value) -> bool {
        self.request_media_types(spec)
            .iter()
            .any(|m| m.starts_with("multipart/form-data"))
    }

    /// Whether the spec marks the operation `deprecated: true`.
    pub fn is_deprecated(&self) -> bool {
        self.raw.get("deprecated").and_then(Value::as_bool) == Some(true)
    }

    /// A string-valued vendor extension or field of the operation.
    pub fn str_field(&self, key: &str) -> Option<&str> {
        self.raw.get(key).and_then(Value::as_str)
    }
}

/// All operations in path order.
pub fn operations(spec: &Value) -> Result<Vec<Operation>, Error> {
    let paths = spec
        .get("paths")
        .and_then(Value::as_object)
        .ok_or_else(|| Error::Spec("the spec has no `paths`".into()))?;
    let mut out = Vec::new();
    // The method name each operation gets, to catch two ids that make the same one.
    let mut methods = BTreeMap::new();
    for (path, item) in paths {
        let path_params = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for method in METHODS {
            if let Some(op) = item.get(method) {
                let id = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .ok_or_else(|| Error::Spec(format!("{method} {path} has no operationId")))?;
                // The client method, the builder type, the CLI command: all named after the id.
                let what = format!("operationId `{id}` of {method} {path}");
                ident(&id.to_upper_camel_case(), &what)?;
                let snake = ident(&id.to_snake_case(), &what)?.to_string();
                if let Some(other) = methods.insert(snake.clone(), id) {
                    return Err(Error::Spec(format!(
                        "operationIds `{other}` and `{id}` both make the method `{snake}`"
                    )));
                }
                out.push(Operation {
                    id: id.to_string(),
                    method: method.to_ascii_uppercase(),
                    path: path.clone(),
                    raw: op.clone(),
                    path_params: path_params.clone(),
                });
            }
        }
    }
    Ok(out)
}

/// `name` as a Rust identifier (a keyword too: progenitor and typify escape those themselves),
/// or a spec error naming `what` when it makes none (empty, a leading digit, punctuation) where
/// `format_ident!` would panic.
pub(crate) fn ident(name: &str, what: &str) -> Result<syn::Ident, Error> {
    use syn::ext::IdentExt;
    use syn::parse::Parser;
    syn::Ident::parse_any
        .parse_str(name)
        .map_err(|_| Error::Spec(format!("{what} makes no Rust identifier (`{name}`)")))
}

/// The type typify generates for the component schema `name` (`call_status` -> `CallStatus`).
pub(crate) fn type_ident(name: &str) -> Result<syn::Ident, Error> {
    ident(&name.to_upper_camel_case(), &format!("schema `{name}`"))
}

/// How progenitor and typify name the field or setter of a property or parameter: snake case,
/// with `_` after a keyword (`type_`).
pub(crate) fn field_ident(name: &str) -> Result<syn::Ident, Error> {
    let mut ident = name.to_snake_case();
    if syn::parse_str::<syn::Ident>(&ident).is_err() {
        ident.push('_');
    }
    self::ident(&ident, &format!("property `{name}`"))
}

/// Follows a local `$ref` (`#/components/...`) once; other values are returned as they are.
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..16 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#') {
                Some(pointer) => match spec.pointer(pointer) {
                    Some(target) => current = target,
                    None => return current,
                },
                None => return current,
            },
            None => return current,
        }
    }
    current
}

/// How the API authenticates, read from `components.securitySchemes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme {
    /// An API key in the named header.
    Header(String),
    /// `Authorization: Bearer <key>`.
    Bearer,
}

/// The first usable security scheme of the spec.
pub fn auth_scheme(spec: &Value) -> Result<AuthScheme, Error> {
    let schemes = spec
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
        .ok_or_else(|| Error::Spec("components.securitySchemes is missing".into()))?;
    for scheme in schemes.values() {
        let kind = scheme.get("type").and_then(Value::as_str);
        match kind {
            Some("apiKey") if scheme.get("in").and_then(Value::as_str) == Some("header") => {
                if let Some(name) = scheme.get("name").and_then(Value::as_str) {
                    return Ok(AuthScheme::Header(name.to_ascii_lowercase()));
                }
            }
            Some("http")
                if scheme
                    .get("scheme")
                    .and_then(Value::as_str)
                    .is_some_and(|s| s.eq_ignore_ascii_case("bearer")) =>
            {
                return Ok(AuthScheme::Bearer);
            }
            _ => {}
        }
    }
    Err(Error::Spec(
        "no apiKey-in-header or http bearer security scheme".into(),
    ))
}

/// A small spec with what the generators treat specially: a paged list with an array query
/// parameter, a multipart upload with a file and a text part, a JSON body.
#[cfg(test)]
pub(crate) const TINY_SPEC: &str = r##"
openapi: 3.0.3
info: {title: Tiny, version: "1"}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-API-KEY}
  schemas:
    Item: {type: object, properties: {id: {type: string}}}
    Page:
      type: object
      properties:
        items: {type: array, items: {$ref: "#/components/schemas/Item"}}
        total: {type: integer}
    Err: {type: object, properties: {message: {type: string}}}
    NewItem: {type: object, required: [name], properties: {name: {type: string}}}
paths:
  /items:
    get:
      operationId: list_items
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
        - {name: tag, in: query, schema: {type: array, items: {type: string}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Page"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Err"}}}}
    post:
      operationId: create_item
      requestBody:
        content:
          application/json: {schema: {$ref: "#/components/schemas/NewItem"}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}}
        "400": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Err"}}}}
  /upload:
    post:
      operationId: upload_file
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary, description: The document.}
                note: {type: string}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}}
        "400": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Err"}}}}
"##;

/// Whether `haystack` holds `needle`, whitespace ignored.
#[cfg(test)]
pub(crate) fn holds(haystack: &str, needle: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    squash(haystack).contains(&squash(needle))
}
