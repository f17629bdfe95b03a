//! Typed [httpmock](https://docs.rs/httpmock) helpers: for every operation a `When` builder
//! (method and path already matched; one method per parameter) and a `Then` builder (one
//! method per documented response, taking the typed body), plus a `MockServerExt` trait with one
//! method per operation on `httpmock::MockServer`.
//!
//! progenitor's `Generator::httpmock` emits them from the same view of the spec the CLI gets:
//! multipart operations stay there without their request body, so progenitor still emits their
//! method and path matching and their typed responses. This module adds what it cannot know:
//! one `When` method per form part (matching the part in the body) and doc comments naming each
//! operation's method and path; an array query parameter matches each of its values (progenitor
//! formats the whole array with `to_string`, which a `Vec` lacks). The output names the `regex`
//! crate, as progenitor's does.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;

use crate::multipart::{self, PartKind};
use crate::spec::Operation;
use crate::{format, progenitor, Config, Error, Prepared};

/// Formatted source of the httpmock helpers, with the "do not edit" header. `client_path` is
/// the path of the module that holds the generated client (its `types` and `Client`), as seen
/// from inside the helpers' `operations` module, e.g. `crate::ringg::generated`.
pub fn generate_file(
    prepared: &Prepared,
    config: &Config,
    client_path: &str,
) -> Result<String, Error> {
    format::file(
        generate_tokens(prepared, config, client_path)?,
        &config.spec_label,
    )
}

/// The token stream of the httpmock helpers; see [`generate_file`].
pub fn generate_tokens(
    prepared: &Prepared,
    config: &Config,
    client_path: &str,
) -> Result<TokenStream, Error> {
    let mut file = progenitor::parse(
        progenitor::generator(&config.runtime).httpmock(&prepared.surface_view, client_path),
    )?;

    let operations_mod = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "operations" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| Error::Syntax("progenitor emitted no `mod operations`".into()))?;
    for (op, _, _) in &prepared.multipart {
        let when = when_ident(op);
        let imp = operations_mod
            .1
            .iter_mut()
            .find_map(|item| match item {
                syn::Item::Impl(imp) if is_type(&imp.self_ty, &when) => Some(imp),
                _ => None,
            })
            .ok_or_else(|| Error::Syntax(format!("progenitor emitted no `impl {when}`")))?;
        let taken: Vec<String> = imp
            .items
            .iter()
            .filter_map(|item| match item {
                syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        for part in multipart::form_parts(&prepared.spec, op)? {
            if taken.contains(&part.ident.to_string()) {
                continue;
            }
            imp.items.push(syn::parse2(form_part_matcher(&part))?);
        }
    }
    ArrayQueryParams.visit_file_mut(&mut file);
    document(&mut file, &prepared.operations);
    Ok(quote!(#file))
}

fn when_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}", format!("{}-when", op.id).to_upper_camel_case())
}

fn then_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}", format!("{}-then", op.id).to_upper_camel_case())
}

fn is_type(ty: &syn::Type, ident: &syn::Ident) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.is_ident(ident))
}

/// A `When` method that matches one form part in a multipart body.
fn form_part_matcher(part: &multipart::Part) -> TokenStream {
    let ident = &part.ident;
    let wire = &part.wire;
    match part.kind {
        PartKind::File | PartKind::Files => {
            let doc = format!(
                "Matches a request whose form has a file part `{wire}` with this file name."
            );
            quote! {
                #[doc = #doc]
                pub fn #ident(self, file_name: &str) -> Self {
                    Self(self.0.body_includes(format!(
                        "name=\"{}\"; filename=\"{}\"",
                        #wire, file_name
                    )))
                }
            }
        }
        kind => {
            let ty = match kind {
                PartKind::Integer => quote!(i64),
                PartKind::Number => quote!(f64),
                PartKind::Boolean => quote!(bool),
                _ => quote!(&str),
            };
            let doc = format!("Matches a request whose form has a part `{wire}` with this value.");
            quote! {
                #[doc = #doc]
                pub fn #ident(self, value: #ty) -> Self {
                    Self(self.0.body_includes(format!(
                        "name=\"{}\"\r\n\r\n{}\r\n",
                        #wire, value
                    )))
                }
            }
        }
    }
}

/// Doc comments on the `When`/`Then` structs and the `MockServerExt` methods.
fn document(file: &mut syn::File, operations: &[Operation]) {
    let describe = |op: &Operation| format!("`{} {}` (`{}`)", op.method, op.path, op.id);
    for item in file.items.iter_mut() {
        match item {
            syn::Item::Mod(m) if m.ident == "operations" => {
                let Some((_, items)) = m.content.as_mut() else {
                    continue;
                };
                for item in items.iter_mut() {
                    let syn::Item::Struct(s) = item else { continue };
                    for op in operations {
                        let doc = if s.ident == when_ident(op) {
                            format!(
                                "What a request to {} must look like; method and path are \
                                 already matched.",
                                describe(op)
                            )
                        } else if s.ident == then_ident(op) {
                            format!("The response to {}, typed by status.", describe(op))
                        } else {
                            continue;
                        };
                        s.attrs.push(syn::parse_quote!(#[doc = #doc]));
                    }
                }
            }
            syn::Item::Trait(t) if t.ident == "MockServerExt" => {
                for trait_item in t.items.iter_mut() {
                    let syn::TraitItem::Fn(f) = trait_item else {
                        continue;
                    };
                    if let Some(op) = operations.iter().find(|op| f.sig.ident == op.id) {
                        let doc = format!(
                            "Mocks {}: `config_fn` gets the typed `When` and `Then`.",
                            describe(op)
                        );
                        f.attrs.push(syn::parse_quote!(#[doc = #doc]));
                    }
                }
            }
            _ => {}
        }
    }
}

/// `query_param(name, value.to_string())` on an array parameter becomes one `query_param` per
/// item, as the client sends them (`name=a&name=b`).
struct ArrayQueryParams;

impl VisitMut for ArrayQueryParams {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        let takes_array = f
            .sig
            .generics
            .where_clause
            .iter()
            .any(|w| quote!(#w).to_string().contains(":: std :: vec :: Vec <"))
            || f.sig.inputs.iter().any(|input| {
                quote!(#input)
                    .to_string()
                    .contains(":: std :: vec :: Vec <")
            });
        if takes_array {
            syn::visit_mut::visit_impl_item_fn_mut(&mut EachItem, f);
        }
    }
}

struct EachItem;

impl VisitMut for EachItem {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::MethodCall(call) = expr {
            let value = call.args.iter().nth(1).map(|a| quote!(#a).to_string());
            if call.method == "query_param" && value.as_deref() == Some("value . to_string ()") {
                let receiver = &call.receiver;
                let name = &call.args[0];
                *expr = syn::parse_quote!(value
                    .iter()
                    .fold(#receiver, |when, item| when.query_param(#name, item.to_string())));
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use crate::spec::{holds, TINY_SPEC};
    use crate::Config;

    #[test]
    fn every_operation_gets_typed_mocks_and_multipart_parts_get_matchers() {
        let out = super::generate_file(
            &crate::prepare(TINY_SPEC).unwrap(),
            &Config::in_crate("tiny"),
            "crate::tiny::generated",
        )
        .unwrap();
        for expected in [
            "fn list_items<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>",
            "fn create_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>",
            "fn upload_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>",
            "///Mocks `POST /upload` (`upload_file`)",
            r#".method(::httpmock::Method::POST).path_matches(regex::Regex::new("^/upload$").unwrap())"#,
            "pub fn ok(self, value: &types::Item) -> Self",
            "pub fn client_error(self, status: u16, value: &types::Err) -> Self",
            "pub fn body(self, value: &types::NewItem) -> Self",
            // Form parts.
            "pub fn file(self, file_name: &str) -> Self",
            "pub fn note(self, value: &str) -> Self",
            r#"format!("name=\"{}\"\r\n\r\n{}\r\n", "note", value)"#,
            // An array query parameter matches each value.
            r#".fold(self.0, |when, item| when.query_param("tag", item.to_string())"#,
        ] {
            assert!(holds(&out, expected), "missing {expected}\n{out}");
        }
    }
}
