//! The `send()` users call. progenitor's builder `send` (and the multipart ones this crate emits
//! in the same shape) does two things: it builds a `reqwest::Request` from the builder's fields,
//! then runs it through progenitor's hooks and decodes the answer into progenitor's own response and error
//! types. This pass keeps the first half as a private, synchronous `request()` and replaces
//! the second with the runtime's `call::execute`, which sends the request with one typed call
//! context, decodes the body and returns `voiceai::Result<voiceai::Response<T>>`:
//!
//! ```ignore
//! pub fn send(self) -> impl Future<Output = voiceai::Result<voiceai::Response<T>>> + 'a {
//!     let client = self.client;
//!     let request = self.request().map_err(runtime::call::build_error);
//!     runtime::call::execute(&client.inner, &client.client, &super::OPERATIONS[i], request)
//! }
//! ```
//!
//! So one error type and one response type reach users, nothing of progenitor's error type
//! crosses into the runtime but a request that could not be built, and the request's future is
//! the runtime's alone (no wrapper around progenitor's future to copy).

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::quote;

use syn::visit_mut::VisitMut;

use crate::spec::Operation;
use crate::Error;

/// Inside the `format!` that builds the URL, progenitor's `encode_path(&x.to_string())` becomes
/// `runtime::path::segment("x", &x.to_string()).map_err(Error::InvalidRequest)?`: every path
/// parameter lands in exactly one segment, or the request is not built.
struct SafePathSegments {
    runtime: TokenStream,
    error: Option<String>,
}

impl VisitMut for SafePathSegments {
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if !mac.path.is_ident("format") {
            return;
        }
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        let mut args = match syn::parse::Parser::parse2(parser, mac.tokens.clone()) {
            Ok(args) => args,
            Err(e) => {
                self.error = Some(format!("format! arguments: {e}"));
                return;
            }
        };
        let runtime = &self.runtime;
        for arg in args.iter_mut() {
            let syn::Expr::Call(call) = arg else { continue };
            let is_encode = matches!(&*call.func, syn::Expr::Path(p)
                if p.path.segments.last().is_some_and(|s| s.ident == "encode_path"));
            if !is_encode || call.args.len() != 1 {
                continue;
            }
            let value = &call.args[0];
            let name = quote!(#value)
                .into_iter()
                .find_map(|t| match t {
                    proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
                    _ => None,
                })
                .unwrap_or_else(|| "path".into());
            *arg = syn::parse_quote!(
                #runtime::path::segment(#name, #value).map_err(Error::InvalidRequest)?
            );
        }
        mac.tokens = quote!(#args);
    }
}

/// `HeaderMap::with_capacity(n)` becomes `HeaderMap::new()`.
struct EmptyHeaderMap;

impl VisitMut for EmptyHeaderMap {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::Call(call) = expr {
            if let syn::Expr::Path(path) = &*call.func {
                let names: Vec<String> = path
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                if names.ends_with(&["HeaderMap".to_string(), "with_capacity".to_string()]) {
                    *expr = syn::parse_quote!(::reqwest::header::HeaderMap::new());
                    return;
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// Rewrites the `send` of every builder in `mod builder`. `operations` is in the order of the
/// `OPERATIONS` table. Fails when a builder's `send` does not have progenitor's shape, or an
/// operation has no builder (a generator bug: better a clear error than a silent raw `send`).
pub fn wrap_sends(
    builder_items: &mut [syn::Item],
    operations: &[Operation],
    runtime: &TokenStream,
) -> Result<(), Error> {
    let mut wrapped = vec![false; operations.len()];
    for item in builder_items.iter_mut() {
        let syn::Item::Impl(imp) = item else { continue };
        let syn::Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        let Some(index) = operations
            .iter()
            .position(|op| op.id.to_upper_camel_case() == name)
        else {
            continue;
        };
        let Some(position) = imp.items.iter().position(
            |i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "send" && f.sig.asyncness.is_some()),
        ) else {
            continue;
        };
        let syn::ImplItem::Fn(raw) = &imp.items[position] else {
            continue;
        };
        let fail = |what: &str| Error::Syntax(format!("{name}::send: {what}"));
        let (success, error) =
            result_types(&raw.sig.output).ok_or_else(|| fail("not Result<ResponseValue<T>, E>"))?;
        // The request is built by the statements before `let info = OperationInfo { .. }`.
        let split = raw
            .block
            .stmts
            .iter()
            .position(|stmt| {
                matches!(stmt, syn::Stmt::Local(local)
                    if matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "info"))
            })
            .ok_or_else(|| fail("no `let info = OperationInfo { .. }`"))?;
        let mut building = raw.block.stmts[..split].to_vec();
        // progenitor sizes a header map for the header parameters even when there are none;
        // an empty map allocates nothing until something is inserted.
        let mut paths = SafePathSegments {
            runtime: runtime.clone(),
            error: None,
        };
        for stmt in building.iter_mut() {
            EmptyHeaderMap.visit_stmt_mut(stmt);
            paths.visit_stmt_mut(stmt);
        }
        if let Some(e) = paths.error {
            return Err(fail(&e));
        }
        let building = &building;
        if quote!(#(#building)*).to_string().contains(". await") {
            return Err(fail("building the request awaits"));
        }
        let docs: Vec<&syn::Attribute> = raw
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .collect();
        let new_items: syn::File = syn::parse2(quote! {
            impl X {
                #(#docs)*
                pub fn send(
                    self,
                ) -> impl ::std::future::Future<
                    Output = #runtime::Result<#runtime::Response<#success>>,
                > + 'a {
                    let client = self.client;
                    let request = self.request().map_err(#runtime::call::build_error);
                    #runtime::call::execute(
                        &client.inner,
                        &client.client,
                        &super::OPERATIONS[#index],
                        request,
                    )
                }

                fn request(self) -> ::std::result::Result<::reqwest::Request, #error> {
                    #(#building)*
                    Ok(request)
                }
            }
        })?;
        let Some(syn::Item::Impl(new_impl)) = new_items.items.into_iter().next() else {
            return Err(fail("rewrite did not parse"));
        };
        imp.items.splice(position..=position, new_impl.items);
        wrapped[index] = true;
    }
    if let Some((op, _)) = operations.iter().zip(&wrapped).find(|(_, done)| !**done) {
        return Err(Error::Syntax(format!(
            "no builder `send` found for operation {}",
            op.id
        )));
    }
    Ok(())
}

/// `T` and `E` of `Result<ResponseValue<T>, E>`.
fn result_types(output: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let args = generic_args(ty, "Result")?;
    let [ok, err] = args.as_slice() else {
        return None;
    };
    let success = generic_args(ok, "ResponseValue")?.into_iter().next()?;
    Some((success, err.clone()))
}

/// The type arguments of a path type whose last segment is `name`.
fn generic_args(ty: &syn::Type, name: &str) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let segment = path.path.segments.last()?;
    if segment.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    )
}
