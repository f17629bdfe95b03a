//! Doc text on every builder method, and error messages that name the method to call.
//!
//! progenitor documents the `Client` methods (summary, description, the arguments) but not the
//! builders they return, and typify documents struct fields but not the setters of their
//! builders. This pass writes:
//!
//! - on each parameter setter of an operation builder, the parameter's spec `description`
//!   (or its schema's), and whether it is required;
//! - on `body`, `body_map`, `send` and `new`, what they do;
//! - on each setter of a type builder (what `body_map(|b| ..)` hands you), the doc of the
//!   struct field it sets, which typify took from the property's `description`.
//!
//! A setter whose parameter or field the spec does not describe gets a sentence naming it, so
//! no public method is left bare; `tests/generator.rs` checks both that no builder method lacks
//! text and that every description in the spec reaches its method.
//!
//! It also rewrites the messages of a builder used without a required value
//! (progenitor's "x was not initialized", typify's "no value supplied for x") into one that
//! names the builder method to call.

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;
use syn::visit_mut::VisitMut;

use crate::spec::{resolve, Operation};

/// The joined text of an item's `#[doc]` attributes.
pub fn doc_text(attrs: &[syn::Attribute]) -> String {
    let mut out = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
            {
                out.push(s.value());
            }
        }
    }
    out.join("\n")
}

fn push_doc(attrs: &mut Vec<syn::Attribute>, text: &str) {
    for line in text.lines() {
        // A leading space, as `///` comments have, so the rendered file reads naturally.
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        attrs.push(syn::parse_quote!(#[doc = #line]));
    }
}

/// The name of the type an inherent impl is for (`ListCalls` of `impl<'a> ListCalls<'a>`).
fn impl_name(imp: &syn::ItemImpl) -> Option<String> {
    if imp.trait_.is_some() {
        return None;
    }
    impl_self_type(imp)
}

/// The public methods of an impl that have no doc text yet: the ones this pass documents.
fn undocumented_pub_fns(imp: &mut syn::ItemImpl) -> impl Iterator<Item = &mut syn::ImplItemFn> {
    imp.items.iter_mut().filter_map(|item| match item {
        syn::ImplItem::Fn(f)
            if matches!(f.vis, syn::Visibility::Public(_))
                && doc_text(&f.attrs).trim().is_empty() =>
        {
            Some(f)
        }
        _ => None,
    })
}

/// How progenitor and typify name the setter of a parameter or property.
fn setter_name(name: &str) -> String {
    let snake = name.to_snake_case();
    match snake.as_str() {
        "type" | "ref" | "self" | "match" | "move" | "fn" | "mod" | "use" | "where" | "async"
        | "await" | "loop" | "crate" | "static" | "struct" | "enum" | "trait" | "impl" => {
            format!("{snake}_")
        }
        _ => snake,
    }
}

/// A parameter's description: its own, or its schema's.
fn param_description(spec: &Value, param: &Value) -> Option<String> {
    let own = param.get("description").and_then(Value::as_str);
    let schema = param.get("schema").map(|s| resolve(spec, s));
    own.or_else(|| {
        schema
            .as_ref()
            .and_then(|s| s.get("description"))
            .and_then(Value::as_str)
    })
    .map(str::trim)
    .filter(|d| !d.is_empty())
    .map(str::to_string)
}

/// Documents the operation builders of `mod builder` (progenitor's and this crate's own) and
/// makes their missing-parameter messages name the setter.
pub(crate) fn operation_builders(items: &mut [syn::Item], spec: &Value, operations: &[Operation]) {
    let by_name: BTreeMap<String, &Operation> = operations
        .iter()
        .map(|op| (op.id.to_upper_camel_case(), op))
        .collect();
    for item in items.iter_mut() {
        match item {
            syn::Item::Impl(imp) => {
                let Some(op) = impl_name(imp).and_then(|n| by_name.get(&n).copied()) else {
                    continue;
                };
                for f in undocumented_pub_fns(imp) {
                    if let Some(text) = operation_method_doc(spec, op, &f.sig.ident.to_string()) {
                        push_doc(&mut f.attrs, &text);
                    }
                }
                MissingMessages { type_name: None }.visit_item_impl_mut(imp);
            }
            syn::Item::Struct(s) => {
                if let Some(op) = by_name.get(&s.ident.to_string()) {
                    if doc_text(&s.attrs).trim().is_empty() {
                        let text = format!(
                            "The builder of [`Client::{}`](super::Client::{}): set parameters \
                             with its methods, then `send()`.",
                            op.id.to_snake_case(),
                            op.id.to_snake_case()
                        );
                        push_doc(&mut s.attrs, &text);
                    }
                }
            }
            _ => {}
        }
    }
}

fn operation_method_doc(spec: &Value, op: &Operation, method: &str) -> Option<String> {
    let text = match method {
        "new" => format!(
            "A builder with nothing set; [`Client::{0}`](super::Client::{0}) makes one.",
            op.id.to_snake_case()
        ),
        "send" => format!(
            "Sends `{} {}` through the client (limits, retries) and decodes the answer.",
            op.method, op.path
        ),
        "body" => {
            let mut text = "The whole request body: the body type, or its builder.".to_string();
            if let Some(d) = request_body_description(spec, op) {
                text = format!("{d}\n\n{text}");
            }
            text
        }
        "body_map" => {
            let mut text = "Sets request body fields on the body's builder, e.g. \
                            `.body_map(|b| b.name(\"..\"))`; each setter there carries the \
                            field's documentation."
                .to_string();
            if let Some(d) = request_body_description(spec, op) {
                text = format!("{d}\n\n{text}");
            }
            text
        }
        _ => {
            let param = op.parameters(spec).into_iter().find(|p| {
                p.get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| setter_name(n) == method)
            })?;
            let name = param.get("name").and_then(Value::as_str).unwrap_or(method);
            let location = param.get("in").and_then(Value::as_str).unwrap_or("query");
            let required = param.get("required").and_then(Value::as_bool) == Some(true);
            let mut text = param_description(spec, param)
                .unwrap_or_else(|| format!("The `{name}` {location} parameter."));
            if required {
                text.push_str("\n\nRequired.");
            }
            if param.get("deprecated").and_then(Value::as_bool) == Some(true) {
                text.push_str("\n\nDeprecated in the API.");
            }
            text
        }
    };
    Some(text)
}

fn request_body_description(spec: &Value, op: &Operation) -> Option<String> {
    op.raw
        .get("requestBody")
        .map(|b| resolve(spec, b))
        .and_then(|b| {
            b.get("description")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
}

/// Documents the setters of the type builders (`types::builder`) with the docs of the fields
/// they set, and makes their missing-field messages name the setter.
pub(crate) fn type_builders(types_items: &mut [syn::Item]) {
    // Field docs (and field types) of every struct in `types`, and the first paragraph of
    // every type's own doc, for a field the spec describes only through its type (`$ref`).
    let mut field_docs: BTreeMap<String, FieldDocs> = BTreeMap::new();
    let mut type_docs: BTreeMap<String, String> = BTreeMap::new();
    for item in types_items.iter() {
        let (name, attrs) = match item {
            syn::Item::Struct(s) => (s.ident.to_string(), &s.attrs),
            syn::Item::Enum(e) => (e.ident.to_string(), &e.attrs),
            _ => continue,
        };
        let first = doc_text(attrs)
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .trim()
            .to_string();
        // typify's fallback doc is the type's name in backticks: no information.
        if !first.is_empty() && first != format!("`{name}`") {
            type_docs.insert(name.clone(), first);
        }
        if let syn::Item::Struct(s) = item {
            let syn::Fields::Named(fields) = &s.fields else {
                continue;
            };
            let docs = fields
                .named
                .iter()
                .filter_map(|f| {
                    let ident = f.ident.as_ref()?.to_string();
                    Some((ident, (doc_text(&f.attrs), named_type(&f.ty))))
                })
                .collect();
            field_docs.insert(name, docs);
        }
    }
    for item in types_items.iter_mut() {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "builder" {
            continue;
        }
        let Some((_, items)) = m.content.as_mut() else {
            continue;
        };
        for item in items.iter_mut() {
            match item {
                syn::Item::Impl(imp) => {
                    let Some(name) = impl_name(imp) else {
                        MissingMessages {
                            type_name: impl_self_type(imp),
                        }
                        .visit_item_impl_mut(imp);
                        continue;
                    };
                    let docs = field_docs.get(&name);
                    for f in undocumented_pub_fns(imp) {
                        let field = f.sig.ident.to_string();
                        let (doc, ty) = docs
                            .and_then(|d| d.get(&field))
                            .map(|(doc, ty)| (doc.trim().to_string(), ty.clone()))
                            .unwrap_or_default();
                        let bare = field.trim_end_matches('_');
                        let text = if !doc.is_empty() {
                            doc
                        } else if let Some((ty, about)) =
                            ty.and_then(|t| type_docs.get(&t).map(|d| (t, d)))
                        {
                            format!("Sets `{bare}`, a [`{ty}`](super::{ty}): {about}")
                        } else {
                            format!("Sets `{bare}`.")
                        };
                        push_doc(&mut f.attrs, &text);
                    }
                }
                syn::Item::Struct(s) if doc_text(&s.attrs).trim().is_empty() => {
                    let text = format!(
                        "A builder of [`{0}`](super::{0}): one setter per field; converts into \
                         it with `try_into()` (operation builders take it as is).",
                        s.ident
                    );
                    push_doc(&mut s.attrs, &text);
                }
                _ => {}
            }
        }
    }
}

/// A struct's fields: name -> (doc text, the generated type it holds).
type FieldDocs = BTreeMap<String, (String, Option<String>)>;

/// The generated type a field holds, through `Option`, `Vec` and `Box` (`Option<CallStatus>`
/// -> `CallStatus`).
fn named_type(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let name = last.ident.to_string();
    if matches!(name.as_str(), "Option" | "Vec" | "Box") {
        if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
            if let Some(syn::GenericArgument::Type(inner)) = args.args.first() {
                return named_type(inner);
            }
        }
        return None;
    }
    Some(name)
}

/// The name of an impl's self type, trait impls too (`Default for CreateCallRequest`).
fn impl_self_type(imp: &syn::ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Rewrites "x was not initialized" (operation builders) and "no value supplied for x" (type
/// builders) into a message naming the setter to call.
struct MissingMessages {
    /// The type builder's name, for type builders.
    type_name: Option<String>,
}

impl VisitMut for MissingMessages {
    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        let value = lit.value();
        let message = if let Some(field) = value.strip_prefix("no value supplied for ") {
            let of = self
                .type_name
                .as_deref()
                .map(|t| format!(" of `{t}`"))
                .unwrap_or_default();
            format!(
                "missing required field `{field}`{of}: call `.{field}(..)` on its builder \
                 (for a request body: `.body_map(|b| b.{field}(..))`)"
            )
        } else if let Some(param) = value.strip_suffix(" was not initialized") {
            format!("missing required parameter `{param}`: call `.{param}(..)` before `.send()`")
        } else {
            return;
        };
        *lit = syn::LitStr::new(&message, lit.span());
    }
}
