//! The voiceai generator: an OpenAPI 3.0 spec in, Rust source for a voiceai client out.
//!
//! progenitor generates the types and the builder-style client; this crate adds what progenitor
//! cannot do and what the voiceai runtime needs:
//!
//! - `multipart/form-data` operations are taken out before progenitor sees the spec and emitted
//!   here in the same builder style ([`multipart`]);
//! - every string enum becomes open, with an `Unknown(String)` catch-all ([`open_enum`]);
//! - the `api-version` header progenitor adds to every request is removed (the vendors do not
//!   know it);
//! - every operation gets `4XX`/`5XX` error responses with its error schema, so any error status
//!   decodes into the same error type;
//! - a per-operation metadata table (`OPERATIONS`), an API profile (`API`) and the
//!   `ClientHooks` wiring into the runtime are emitted from the spec.
//!
//! Beside the client, two more files per API come from progenitor with our additions: typed
//! httpmock helpers ([`httpmock`], feature `httpmock` of `voiceai`) and a clap command line
//! ([`cli`], feature `cli`). Both see the multipart operations without their body and add the
//! form parts themselves, so every operation has helpers and a subcommand.
//!
//! Two front ends call [`generate_tokens`]: `cargo xtask regenerate` through [`generate_file`]
//! (the checked-in files, [`Config::in_crate`]) and the `voiceai_codegen_macro::client!` proc
//! macro through [`expand_for_macro`] ([`Config::external`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Value};

pub mod cli;
pub mod docs;
pub mod httpmock;
pub mod multipart;
pub mod open_enum;
pub mod pagination;
pub mod project;
pub mod reexports;
pub mod secrets;
pub mod send;
pub mod spec;
pub mod validation;

use spec::{resolve, AuthScheme, Operation};

/// What can go wrong while generating.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec is malformed or uses something the generator does not support.
    #[error("spec: {0}")]
    Spec(String),
    /// progenitor refused the spec.
    #[error("progenitor: {0}")]
    Progenitor(String),
    /// The generated tokens did not parse as Rust (a generator bug).
    #[error("generated code does not parse: {0}")]
    Syntax(String),
}

/// How to generate one client.
#[derive(Debug, Clone)]
pub struct Config {
    /// Short API name, e.g. `ringg`: used for environment variable names (`RINGG_API_KEY`).
    pub api: String,
    /// How the spec is named in the "generated from" header, e.g. `spec/ringg.yaml`.
    pub spec_label: String,
    /// Path of the voiceai runtime module as seen from the generated code.
    pub runtime: TokenStream,
    /// Path of a module re-exporting the crates generated code names (`reqwest`, `serde`, …,
    /// see [`reexports`]), or `None` when the crate holding the code depends on them itself.
    pub reexports: Option<TokenStream>,
}

impl Config {
    /// The configuration the checked-in files inside the `voiceai` crate use.
    pub fn in_crate(api: &str) -> Self {
        Self {
            api: api.to_string(),
            spec_label: format!("spec/{api}.yaml"),
            runtime: quote!(crate::runtime),
            reexports: None,
        }
    }

    /// The configuration of code generated into another crate (the proc macro): the runtime is
    /// `::voiceai::runtime`, and `reqwest`, `serde`, `serde_json` and `progenitor_client` are
    /// reached through `::voiceai::__private`, so that crate needs no dependency but `voiceai`.
    pub fn external(api: &str) -> Self {
        Self {
            api: api.to_string(),
            spec_label: format!("spec/{api}.yaml"),
            runtime: quote!(::voiceai::runtime),
            reexports: Some(quote!(::voiceai::__private)),
        }
    }
}

/// The lints generated code is exempt from: an inner attribute of a generated file, an outer one
/// on every item a macro expands to.
fn allowed_lints() -> syn::Meta {
    syn::parse_quote!(allow(
        clippy::all,
        missing_docs,
        unused_imports,
        unused_mut,
        dead_code,
        unreachable_patterns
    ))
}

/// Generates formatted Rust source, with a "do not edit" header, from spec text (YAML or JSON).
pub fn generate_file(spec_text: &str, config: &Config) -> Result<String, Error> {
    let tokens = generate_tokens(spec_text, config)?;
    render_file(tokens, &config.spec_label)
}

/// Formats generated tokens as a source file with the "do not edit" header and the lint
/// allowances every generated file carries.
pub(crate) fn render_file(tokens: TokenStream, spec_label: &str) -> Result<String, Error> {
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| Error::Syntax(e.to_string()))?;
    let lints = allowed_lints();
    file.attrs.push(syn::parse_quote!(#![#lints]));
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// @generated from {} by voiceai-codegen. Do not edit: change the spec or the generator\n\
         // and run `cargo xtask regenerate`.\n\n{}",
        spec_label, body
    ))
}

/// The spec as progenitor's own generator gets it from this crate (JSON): the multipart
/// operations progenitor cannot generate taken out, error ranges unified. `cargo xtask bench`
/// hands it to progenitor's `generate_api!` to compare build costs on the same spec.
pub fn progenitor_view(spec_text: &str) -> Result<String, Error> {
    let prepared = prepare(spec_text)?;
    serde_json::to_string_pretty(&prepared.view).map_err(|e| Error::Syntax(e.to_string()))
}

/// A spec read and reshaped for progenitor.
pub(crate) struct Prepared {
    /// The spec as written.
    pub spec: Value,
    /// Every operation of the spec, ordered by path, then by method.
    pub operations: Vec<Operation>,
    /// The view the client generator gets: multipart operations removed, their response
    /// schemas hoisted into components, 4XX/5XX error ranges everywhere.
    pub view: Value,
    /// The view the CLI and httpmock generators get: like `view`, but the multipart operations
    /// stay, without their request body (progenitor then emits their path, parameters and typed
    /// responses; the form parts are added by this crate).
    pub surface_view: Value,
    /// The multipart operations with the Rust types of their success and error bodies.
    pub multipart: Vec<(Operation, TokenStream, TokenStream)>,
}

/// Reads a spec and builds the views progenitor gets.
pub(crate) fn prepare(spec_text: &str) -> Result<Prepared, Error> {
    let spec = spec::load(spec_text)?;
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
        spec,
        operations,
        view,
        surface_view,
        multipart,
    })
}

fn operation_mut<'a>(view: &'a mut Value, op: &Operation) -> Result<&'a mut Value, Error> {
    view.pointer_mut(&format!(
        "/paths/{}/{}",
        escape_pointer(&op.path),
        op.method.to_ascii_lowercase()
    ))
    .ok_or_else(|| Error::Spec(format!("{} vanished", op.id)))
}

/// A view of the spec as progenitor's input type.
pub(crate) fn openapi(view: &Value) -> Result<openapiv3::OpenAPI, Error> {
    serde_json::from_value(view.clone())
        .map_err(|e| Error::Spec(format!("not an OpenAPI 3.0 document: {e}")))
}

/// The progenitor settings every generator of this crate uses, so that the client, the CLI and
/// the httpmock helpers agree on type and builder names.
pub(crate) fn progenitor_generator(runtime: &TokenStream) -> progenitor_impl::Generator {
    let mut settings = progenitor_impl::GenerationSettings::new();
    settings
        .with_interface(progenitor_impl::InterfaceStyle::Builder)
        .with_tag(progenitor_impl::TagStyle::Merged)
        .with_hooks(progenitor_impl::HooksMode::Expected)
        .with_inner_type(quote!(#runtime::ClientState));
    progenitor_impl::Generator::new(&settings)
}

/// How a list operation pages, when the generated builder has a `stream()` method (a `GET`
/// list that is not multipart).
pub(crate) fn stream_kind(spec: &Value, op: &Operation) -> Option<pagination::Kind> {
    if op.method != "GET" || op.is_multipart(spec) {
        return None;
    }
    pagination::kind_of(spec, op)
}

/// What `voiceai_codegen_macro::client!` expands to (less the `include_bytes!` of the spec that
/// makes cargo rebuild when it changes): [`generate_tokens`] with [`Config::external`], each
/// item carrying the `#[allow(..)]` a generated file has as an inner attribute.
pub fn expand_for_macro(spec_text: &str, api: &str) -> Result<TokenStream, Error> {
    let tokens = generate_tokens(spec_text, &Config::external(api))?;
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| Error::Syntax(e.to_string()))?;
    let lints = allowed_lints();
    for item in file.items.iter_mut() {
        if let Some(attrs) = item_attrs(item) {
            attrs.push(syn::parse_quote!(#[#lints]));
        }
    }
    Ok(quote!(#file))
}

/// The attributes of an item, for the kinds generated code holds.
fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Generates the token stream of a client module from spec text.
pub fn generate_tokens(spec_text: &str, config: &Config) -> Result<TokenStream, Error> {
    let Prepared {
        spec,
        operations,
        view,
        multipart,
        ..
    } = prepare(spec_text)?;
    let runtime = &config.runtime;

    let openapi = openapi(&view)?;
    let mut generator = progenitor_generator(runtime);
    let tokens = generator
        .generate_tokens(&openapi)
        .map_err(|e| Error::Progenitor(e.to_string()))?;
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| Error::Syntax(e.to_string()))?;

    strip_api_version_header(&mut file);
    mark_deprecated(&mut file, &operations);
    let secret_properties = secrets::secret_properties(&spec);
    let changed = secrets::apply(&mut file, &secret_properties, runtime);
    if changed < secret_properties.len() {
        return Err(Error::Spec(format!(
            "x-secret marks {} properties, but the generated types hold {changed} of them",
            secret_properties.len()
        )));
    }
    for item in file.items.iter_mut() {
        if let syn::Item::Mod(m) = item {
            if m.ident == "types" {
                if let Some((_, items)) = m.content.as_mut() {
                    open_enum::open_string_enums(items);
                    docs::type_builders(items);
                }
            }
        }
    }

    // Multipart builders go into `mod builder`, their methods onto `Client`.
    let mut client_methods = Vec::new();
    let mut builders = Vec::new();
    for (op, success, error) in &multipart {
        let generated = multipart::generate(&spec, op, success, error, runtime)?;
        client_methods.push(generated.client_method);
        builders.push(generated.builder);
    }
    // `stream()` on the builders of GET list operations.
    for op in &operations {
        if let Some(kind) = stream_kind(&spec, op) {
            builders.push(pagination::generate(&spec, op, kind, &config.api, runtime)?);
        }
    }
    {
        let builder_mod = file
            .items
            .iter_mut()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
                _ => None,
            })
            .ok_or_else(|| Error::Syntax("progenitor emitted no `mod builder`".into()))?;
        let extra: syn::File =
            syn::parse2(quote!(#(#builders)*)).map_err(|e| Error::Syntax(e.to_string()))?;
        builder_mod.1.extend(extra.items);
        send::wrap_sends(&mut builder_mod.1, &operations, runtime)?;
        docs::operation_builders(&mut builder_mod.1, &spec, &operations);
    }
    make_constructors_private(&mut file);

    let metadata = metadata_tokens(&spec, &operations, config)?;
    let constructors = constructor_tokens(&spec, config);
    let client_methods = (!client_methods.is_empty()).then(|| {
        quote! {
            impl Client {
                #(#client_methods)*
            }
        }
    });
    let extra: syn::File = syn::parse2(quote! {
        #client_methods
        #metadata
    })
    .map_err(|e| Error::Syntax(e.to_string()))?;
    file.items.extend(extra.items);
    // `builder()` and `from_env()` come first on the `Client` page, before the operations.
    let constructors: syn::File =
        syn::parse2(constructors).map_err(|e| Error::Syntax(e.to_string()))?;
    let first_client_impl = file
        .items
        .iter()
        .position(|item| {
            matches!(item, syn::Item::Impl(imp) if imp.trait_.is_none()
                && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client")))
        })
        .unwrap_or(file.items.len());
    file.items
        .splice(first_client_impl..first_client_impl, constructors.items);
    if let Some(module) = &config.reexports {
        let private: syn::Path = syn::parse2(module.clone())
            .map_err(|e| Error::Syntax(format!("re-export path `{module}`: {e}")))?;
        reexports::route_through(&mut file, &private);
    }
    Ok(quote!(#file))
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
    let ident = format_ident!("{}", name.to_upper_camel_case());
    Ok((quote!(types::#ident), Some(name)))
}

/// Every client is built through `ClientBuilder::build` (which checks the base URL and sets the
/// redirect policy): progenitor's `Client::new` goes, `new_with_client` becomes private, and
/// the `pub use` of progenitor's support types becomes a private `use` (the builders reach them
/// through `super::`). progenitor's hooks are not used (see [`send`]), and its `prelude`
/// (which holds only `Client`) goes.
fn make_constructors_private(file: &mut syn::File) {
    for item in file.items.iter_mut() {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let is_client =
                    matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
                if !is_client {
                    continue;
                }
                imp.items
                    .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
                for i in imp.items.iter_mut() {
                    if let syn::ImplItem::Fn(f) = i {
                        if f.sig.ident == "new_with_client" {
                            f.vis = syn::Visibility::Inherited;
                        }
                    }
                }
            }
            syn::Item::Use(u) => {
                let names_progenitor = matches!(
                    &u.tree,
                    syn::UseTree::Path(p) if p.ident == "progenitor_client"
                );
                if names_progenitor {
                    u.vis = syn::Visibility::Inherited;
                }
            }
            _ => {}
        }
    }
    // An `impl Client` left empty by the removal, and progenitor's assertion that `Client`
    // implements its hooks: the generated `send()` hands requests to the runtime directly.
    file.items.retain(|item| match item {
        syn::Item::Impl(imp) => !(imp.trait_.is_none() && imp.items.is_empty()),
        syn::Item::Const(c) => !quote!(#c).to_string().contains("assert_client_hooks"),
        // `prelude` only re-exports `Client`.
        syn::Item::Mod(m) => m.ident != "prelude",
        _ => true,
    });
}

/// Removes the `api-version` header progenitor adds to every request.
fn strip_api_version_header(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;
    struct Strip;
    impl VisitMut for Strip {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            block
                .stmts
                .retain(|stmt| !quote!(#stmt).to_string().contains("\"api-version\""));
            syn::visit_mut::visit_block_mut(self, block);
        }
    }
    Strip.visit_file_mut(file);
}

/// Puts `#[deprecated]` on the client methods of operations the spec marks deprecated
/// (progenitor does not), so that callers get a compiler warning.
fn mark_deprecated(file: &mut syn::File, operations: &[Operation]) {
    let deprecated: Vec<(String, String)> = operations
        .iter()
        .filter(|op| op.raw.get("deprecated").and_then(Value::as_bool) == Some(true))
        .map(|op| {
            let note = op
                .raw
                .get("x-deprecation-note")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("{} is deprecated by the vendor", op.id));
            (op.id.to_snake_case(), note)
        })
        .collect();
    for item in file.items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let is_client = matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client || imp.trait_.is_some() {
            continue;
        }
        for impl_item in imp.items.iter_mut() {
            if let syn::ImplItem::Fn(f) = impl_item {
                if let Some((_, note)) = deprecated.iter().find(|(id, _)| f.sig.ident == id) {
                    if !f.attrs.iter().any(|a| a.path().is_ident("deprecated")) {
                        f.attrs.push(syn::parse_quote!(#[deprecated(note = #note)]));
                    }
                }
            }
        }
    }
}

fn metadata_tokens(
    spec: &Value,
    operations: &[Operation],
    config: &Config,
) -> Result<TokenStream, Error> {
    let runtime = &config.runtime;
    let unwrap_envelope = spec
        .get("x-response-envelope")
        .and_then(Value::as_str)
        .is_some_and(|s| s == "optional-data-meta");
    let mut rows = Vec::new();
    for op in operations {
        let id = &op.id;
        let method = &op.method;
        let path = &op.path;
        let scope = match op.str_field("x-required-scope") {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        let idempotency_key = op.has_param(spec, "header", "idempotency-key");
        let retry_safe = method == "GET" || method == "HEAD" || idempotency_key;
        let pagination = match pagination::kind_of(spec, op) {
            Some(pagination::Kind::Cursor) => quote!(#runtime::Pagination::Cursor),
            Some(pagination::Kind::Offset) => quote!(#runtime::Pagination::Offset),
            None => quote!(#runtime::Pagination::None),
        };
        let paginated = op.has_param(spec, "query", "limit");
        let unwrap = unwrap_envelope && !paginated;
        let rate_limit = rate_limit_tokens(op.raw.get("x-rate-limit"), id, runtime)?;
        let deprecated = op
            .raw
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let multipart = op.is_multipart(spec);
        rows.push(quote! {
            #runtime::OperationMeta {
                id: #id,
                method: #method,
                path: #path,
                required_scope: #scope,
                retry_safe: #retry_safe,
                idempotency_key: #idempotency_key,
                pagination: #pagination,
                unwrap_data_envelope: #unwrap,
                rate_limit: #rate_limit,
                deprecated: #deprecated,
                multipart: #multipart,
            }
        });
    }
    let name = &config.api;
    let title = spec
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or(name);
    let version = spec
        .pointer("/info/version")
        .and_then(Value::as_str)
        .unwrap_or("");
    let base_url = spec::default_base_url(spec)
        .ok_or_else(|| Error::Spec("servers[0].url is missing".into()))?;
    let auth = match spec::auth_scheme(spec)? {
        AuthScheme::Header(h) => quote!(#runtime::AuthStyle::Header(#h)),
        AuthScheme::Bearer => quote!(#runtime::AuthStyle::Bearer),
    };
    let prefix = name.to_ascii_uppercase();
    let key_env = format!("{prefix}_API_KEY");
    let url_env = format!("{prefix}_BASE_URL");
    let count = rows.len();
    let default_limit = rate_limit_tokens(spec.get("x-rate-limit"), "the spec", runtime)?;
    let secret_fields = secrets::field_names(&secrets::secret_properties(spec));
    Ok(quote! {
        /// Per-operation metadata generated from the spec, ordered by path, then by method.
        pub static OPERATIONS: [#runtime::OperationMeta; #count] = [#(#rows),*];

        /// The API's settings generated from the spec: name, base URL, auth, operations.
        pub static API: #runtime::ApiProfile = #runtime::ApiProfile {
            name: #name,
            title: #title,
            version: #version,
            default_base_url: #base_url,
            auth: #auth,
            api_key_env: #key_env,
            base_url_env: #url_env,
            default_rate_limit: #default_limit,
            operations: &OPERATIONS,
            secret_fields: &[#(#secret_fields),*],
        };
    })
}

fn constructor_tokens(spec: &Value, config: &Config) -> TokenStream {
    let runtime = &config.runtime;
    let prefix = config.api.to_ascii_uppercase();
    let title = spec
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or(&config.api);
    let builder_doc = format!(
        "A builder for a {title} client. The key comes from `.api_key(..)`, else from \
         `{prefix}_API_KEY`; the base URL from `.base_url(..)`, else `{prefix}_BASE_URL`, else \
         the spec's server URL."
    );
    let from_env_doc = format!(
        "A {title} client configured from the environment: `{prefix}_API_KEY` (required) and \
         `{prefix}_BASE_URL` (optional), with the default timeouts, retries and limits."
    );
    quote! {
        impl #runtime::config::BuildClient for Client {
            fn profile() -> &'static #runtime::ApiProfile {
                &API
            }

            fn from_parts(parts: #runtime::config::ClientParts) -> Self {
                let (base_url, http, state) = parts.into_parts();
                Self::new_with_client(&base_url, http, state)
            }
        }

        impl Client {
            #[doc = #builder_doc]
            pub fn builder() -> #runtime::config::ClientBuilder<Self> {
                #runtime::config::ClientBuilder::new()
            }

            #[doc = #from_env_doc]
            pub fn from_env() -> ::std::result::Result<Self, #runtime::ConfigError> {
                Self::builder().build()
            }

            /// Replaces the API key of this client and every clone of it (after the vendor
            /// rotated it). Requests already sent keep the old key.
            pub fn set_api_key(
                &self,
                key: impl ::std::convert::Into<::std::string::String>,
            ) -> ::std::result::Result<(), #runtime::secret::KeyError> {
                self.inner.set_api_key(key)
            }

            /// What this client and its clones have done since it was built: per operation,
            /// requests, successes, failures by class, retries, 429s met and time waited in the
            /// limiter; the server's last `X-RateLimit-*` figures; and the plan limiter's health.
            /// Print it (`{}` is a table, `summary()` one line) or export it (`serde`).
            pub fn usage(&self) -> #runtime::usage::Usage {
                self.inner.usage()
            }

            /// The runtime state: limits, retry budget. Not a public API.
            #[doc(hidden)]
            pub fn state(&self) -> &#runtime::ClientState {
                &self.inner
            }
        }
    }
}

/// `x-rate-limit: {requests: N, per_seconds: S}` as `Some(RateLimit {..})`, absent as `None`.
fn rate_limit_tokens(
    limit: Option<&Value>,
    owner: &str,
    runtime: &TokenStream,
) -> Result<TokenStream, Error> {
    let Some(limit) = limit else {
        return Ok(quote!(None));
    };
    let number = |key: &str| {
        limit
            .get(key)
            .and_then(Value::as_u64)
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                Error::Spec(format!(
                    "{owner}: x-rate-limit.{key} must be a positive integer"
                ))
            })
    };
    let requests = u32::try_from(number("requests")?)
        .map_err(|_| Error::Spec(format!("{owner}: x-rate-limit.requests is too large")))?;
    let per = number("per_seconds")?;
    Ok(quote!(Some(#runtime::RateLimit { requests: #requests, per_seconds: #per })))
}
