//! `stream()` methods on the builders of list operations: every item across pages, fetched
//! lazily through the runtime's `offset_stream`/`cursor_stream`.
//!
//! Where the items, the total and the cursor sit in a page is read from the operation's
//! `x-pagination` extension (`items`, `total`, `next_cursor`, `has_more`: JSON pointers into the
//! success body), or found in the response schema: the one array property at the top level or
//! inside `data`; `total` at `/total` or `/pagination/total`; `/next_cursor`, `/has_more`.
//!
//! The code that reads a page follows typify's rules for which fields are `Option`s: a field is
//! an `Option` when it is nullable, or optional without a default and not an array or map.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::spec::{self, resolve, Operation};
use crate::Error;

/// How a list operation pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `limit` + `offset`.
    Offset,
    /// `limit` + `cursor`.
    Cursor,
}

/// How a list operation pages, when the generated builder has a `stream()` method (a `GET`
/// list that is not multipart).
pub(crate) fn stream_kind(spec: &Value, op: &Operation) -> Option<Kind> {
    if op.method != "GET" || op.is_multipart(spec) {
        return None;
    }
    kind_of(spec, op)
}

/// How an operation pages: `limit` with `cursor` or with `offset` as query parameters.
pub fn kind_of(spec: &Value, op: &Operation) -> Option<Kind> {
    if !op.has_param(spec, "query", "limit") {
        None
    } else if op.has_param(spec, "query", "cursor") {
        Some(Kind::Cursor)
    } else if op.has_param(spec, "query", "offset") {
        Some(Kind::Offset)
    } else {
        None
    }
}

/// One step of a path into a page.
struct Step {
    ident: syn::Ident,
    optional: bool,
}

/// Walks `pointer` through `schema`; returns the steps and the schema at the end.
fn walk<'a>(spec: &'a Value, schema: &'a Value, pointer: &str) -> Option<(Vec<Step>, &'a Value)> {
    let mut current = resolve(spec, schema);
    let mut steps = Vec::new();
    for segment in pointer.split('/').filter(|s| !s.is_empty()) {
        let required = current
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|v| v == segment));
        let prop = resolve(spec, current.get("properties")?.get(segment)?);
        let nullable = prop.get("nullable").and_then(Value::as_bool) == Some(true);
        let ty = prop.get("type").and_then(Value::as_str);
        let collection = ty == Some("array")
            || (ty == Some("object")
                && prop.get("properties").is_none()
                && prop.get("additionalProperties").is_some());
        let optional = nullable || (!required && prop.get("default").is_none() && !collection);
        steps.push(Step {
            ident: spec::field_ident(segment).ok()?,
            optional,
        });
        current = prop;
    }
    Some((steps, current))
}

/// `Option<&T>` of the field at the end of `steps`, from `page`.
fn borrow_path(steps: &[Step]) -> TokenStream {
    let mut expr = quote!(::std::option::Option::Some(&page));
    for step in steps {
        let ident = &step.ident;
        expr = if step.optional {
            quote!(#expr.and_then(|x| x.#ident.as_ref()))
        } else {
            quote!(#expr.map(|x| &x.#ident))
        };
    }
    expr
}

/// The items at the end of `steps`, moved out of `page`.
fn take_path(steps: &[Step]) -> TokenStream {
    let mut expr = quote!(::std::option::Option::Some(page));
    for step in steps {
        let ident = &step.ident;
        expr = if step.optional {
            quote!(#expr.and_then(|x| x.#ident))
        } else {
            quote!(#expr.map(|x| x.#ident))
        };
    }
    quote!(#expr.unwrap_or_default())
}

/// The pointer of the one array property of `schema`, looking inside `data` while there is
/// none (`/items`, `/data/items`). A `data` that leads back to a schema already seen (a `$ref`
/// cycle) holds no array: the walk stops after a few levels instead of recursing forever.
fn find_array(spec: &Value, schema: &Value) -> Option<String> {
    const MAX_DEPTH: usize = 8;
    let mut schema = resolve(spec, schema);
    let mut prefix = String::new();
    for _ in 0..MAX_DEPTH {
        let properties = schema.get("properties")?.as_object()?;
        let arrays: Vec<&String> = properties
            .iter()
            .filter(|(_, p)| resolve(spec, p).get("type").and_then(Value::as_str) == Some("array"))
            .map(|(k, _)| k)
            .collect();
        match arrays.as_slice() {
            [one] => return Some(format!("{prefix}/{one}")),
            [] => {
                schema = resolve(spec, properties.get("data")?);
                prefix.push_str("/data");
            }
            _ => return None,
        }
    }
    None
}

fn exists(spec: &Value, schema: &Value, pointer: &str) -> bool {
    walk(spec, schema, pointer).is_some()
}

/// The component a schema is a `$ref` to (its type in the generated `types` module is
/// [`spec::type_ident`]).
fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// The JSON schema of an operation's first success response.
fn success_schema<'a>(spec: &'a Value, op: &'a Operation) -> Option<&'a Value> {
    op.raw
        .get("responses")
        .and_then(Value::as_object)
        .and_then(|r| {
            r.iter()
                .find(|(code, _)| code.starts_with('2'))
                .map(|(_, v)| v)
        })
        .map(|r| resolve(spec, r))
        .and_then(|r| r.pointer("/content/application~1json/schema"))
}

/// Where the items of a list answer sit, for the CLI's tables: as [`items`] says, else the one
/// array (of any item type) at the top level or inside `data` of the success schema or of one of
/// its `oneOf`/`anyOf` object branches. `None` for an answer that is not a list; a bare array
/// needs no pointer.
pub(crate) fn list_pointer(spec: &Value, op: &Operation) -> Option<String> {
    if let Ok((pointer, _)) = items(spec, op) {
        return Some(pointer);
    }
    let schema = resolve(spec, success_schema(spec, op)?);
    let branches = ["oneOf", "anyOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten();
    std::iter::once(schema)
        .chain(branches)
        .map(|branch| resolve(spec, branch))
        .filter(|branch| is_list_object(spec, branch))
        .find_map(|branch| find_array(spec, branch))
}

/// An object that is a list and nothing more: its one array, and beside it only the figures of
/// a page (a single call or agent that holds a list of its own is not a list answer).
fn is_list_object(spec: &Value, schema: &Value) -> bool {
    const PAGE_FIGURES: [&str; 8] = [
        "limit",
        "offset",
        "count",
        "total",
        "next_cursor",
        "has_more",
        "page",
        "page_size",
    ];
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return false;
    };
    properties.iter().all(|(name, p)| {
        resolve(spec, p).get("type").and_then(Value::as_str) == Some("array")
            || PAGE_FIGURES.contains(&name.as_str())
    })
}

/// Where the items of a list page sit (a JSON pointer into the success body: the operation's
/// `x-pagination.items`, else the one array at the top level or inside `data`) and the type of
/// one item in the generated `types` module.
pub fn items(spec: &Value, op: &Operation) -> Result<(String, syn::Ident), Error> {
    let fail = |what: &str| Error::Spec(format!("{} (pagination): {what}", op.id));
    let response = success_schema(spec, op).ok_or_else(|| fail("no JSON success response"))?;
    let items_pointer = match op
        .raw
        .get("x-pagination")
        .and_then(|e| e.get("items"))
        .and_then(Value::as_str)
    {
        Some(p) => p.to_string(),
        None => find_array(spec, response).ok_or_else(|| {
            fail("cannot tell which array holds the items; set x-pagination.items")
        })?,
    };
    let (_, array) =
        walk(spec, response, &items_pointer).ok_or_else(|| fail("items pointer not in schema"))?;
    let item_type = array
        .get("items")
        .and_then(ref_name)
        .ok_or_else(|| fail("the items of the list must be a $ref to a component"))?;
    let item_type = spec::type_ident(item_type)?;
    Ok((items_pointer, item_type))
}

/// The `impl` block with `stream()` for the builder of a list operation (placed in
/// `mod builder`).
pub fn generate(
    spec: &Value,
    op: &Operation,
    kind: Kind,
    api: &str,
    runtime: &TokenStream,
) -> Result<TokenStream, Error> {
    let op_id = &op.id;
    let fail = |what: &str| Error::Spec(format!("{} (pagination): {what}", op.id));
    let extension = op.raw.get("x-pagination");
    let pointer = |key: &str| extension.and_then(|e| e.get(key)).and_then(Value::as_str);
    let response = success_schema(spec, op).ok_or_else(|| fail("no JSON success response"))?;
    let page_type = ref_name(response)
        .ok_or_else(|| fail("the success schema must be a $ref to a component"))?;
    let page_type = spec::type_ident(page_type)?;
    let (items_pointer, item_type) = items(spec, op)?;
    let (item_steps, _) =
        walk(spec, response, &items_pointer).ok_or_else(|| fail("items pointer not in schema"))?;
    let take_items = take_path(&item_steps);

    let builder = format_ident!("{}", op.id.to_upper_camel_case());
    let item = quote!(types::#item_type);
    let doc = format!(
        "Every item of `{}` across pages, fetched lazily one page at a time through the \
         client (rate limits and retries apply). The builder's filters apply to every \
         page; its `limit` sets the page size (default 100), {}. A server that returns a page \
         or a cursor it returned before ends the stream with an error instead of looping.",
        op.id,
        match kind {
            Kind::Offset => "its `offset` the first item",
            Kind::Cursor => "its `cursor` the first page",
        }
    );

    // The builder's `limit` is the page size.
    let page_size = quote! {
        let limit = self
            .limit
            .as_ref()
            .ok()
            .and_then(|v| #runtime::pagination::as_count(v))
            .unwrap_or(#runtime::pagination::DEFAULT_PAGE_SIZE);
    };
    let body = match kind {
        Kind::Offset => {
            let total_pointer = pointer("total").map(str::to_string).or_else(|| {
                ["/total", "/pagination/total"]
                    .into_iter()
                    .find(|p| exists(spec, response, p))
                    .map(str::to_string)
            });
            let total = match total_pointer {
                Some(p) => {
                    let (steps, _) = walk(spec, response, &p)
                        .ok_or_else(|| fail("total pointer not in schema"))?;
                    let path = borrow_path(&steps);
                    quote!(#runtime::pagination::as_count(&#path))
                }
                None => quote!(::std::option::Option::None),
            };
            quote! {
                let start = self
                    .offset
                    .as_ref()
                    .ok()
                    .and_then(|v| #runtime::pagination::as_count(v))
                    .unwrap_or(0);
                #page_size
                ::std::boxed::Box::pin(#runtime::pagination::offset_stream(
                    (#api, #op_id),
                    start,
                    limit,
                    limits,
                    move |offset, limit| {
                        let request = self.clone().offset(offset).limit(limit);
                        async move {
                            let page: types::#page_type = request
                                .send()
                                .await?
                                .into_inner();
                            let total = #total;
                            let items = #take_items;
                            Ok(#runtime::pagination::OffsetPage { items, total })
                        }
                    },
                ))
            }
        }
        Kind::Cursor => {
            let field = |key: &str, default: &str| {
                let p = pointer(key).unwrap_or(default);
                walk(spec, response, p).map(|(steps, _)| borrow_path(&steps))
            };
            let next = field("next_cursor", "/next_cursor")
                .ok_or_else(|| fail("no next_cursor in the response schema"))?;
            let has_more = match field("has_more", "/has_more") {
                Some(path) => quote!(#runtime::pagination::as_flag(&#path)),
                None => quote!(::std::option::Option::None),
            };
            quote! {
                let start = self
                    .cursor
                    .as_ref()
                    .ok()
                    .and_then(|v| #runtime::pagination::as_text(v));
                #page_size
                ::std::boxed::Box::pin(#runtime::pagination::cursor_stream(
                    (#api, #op_id),
                    start,
                    limits,
                    move |cursor| {
                        let mut request = self.clone().limit(limit);
                        if let ::std::option::Option::Some(cursor) = cursor {
                            request = request.cursor(cursor);
                        }
                        async move {
                            let page: types::#page_type = request
                                .send()
                                .await?
                                .into_inner();
                            let next_cursor = #runtime::pagination::as_text(&#next);
                            let has_more = #has_more;
                            let items = #take_items;
                            Ok(#runtime::pagination::CursorPage { items, next_cursor, has_more })
                        }
                    },
                ))
            }
        }
    };
    let stream_type = quote! {
        ::std::pin::Pin<
            ::std::boxed::Box<
                dyn #runtime::pagination::Stream<Item = ::std::result::Result<#item, #runtime::Error>>
                    + ::std::marker::Send
                    + 'a,
            >,
        >
    };
    Ok(quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub fn stream(self) -> #stream_type {
                self.stream_with(::std::default::Default::default())
            }

            /// Like `stream()`, stopping at the bounds of `limits` (pages fetched, items
            /// yielded).
            pub fn stream_with(self, limits: #runtime::pagination::StreamLimits) -> #stream_type {
                #body
            }
        }
    })
}
