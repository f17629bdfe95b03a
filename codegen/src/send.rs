//! The `send()` users call: every builder's progenitor-shaped `send` (progenitor's own, and the
//! multipart ones this crate emits in the same shape) becomes a private `exchange`, and a new
//! `pub async fn send(self) -> voiceai::Result<voiceai::Response<T>>` runs it through the
//! runtime's `call::send` with the operation's row of the generated `OPERATIONS` table. So one
//! error type and one response type reach users, whatever progenitor returns internally.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::spec::Operation;
use crate::Error;

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
        let syn::ImplItem::Fn(raw) = &mut imp.items[position] else {
            continue;
        };
        let success = success_type(&raw.sig.output).ok_or_else(|| {
            Error::Syntax(format!(
                "{name}::send does not return Result<ResponseValue<T>, Error<E>>"
            ))
        })?;
        let docs: Vec<syn::Attribute> = raw
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .cloned()
            .collect();
        raw.sig.ident = format_ident!("exchange");
        raw.vis = syn::Visibility::Inherited;
        raw.attrs.retain(|a| !a.path().is_ident("doc"));
        let send: syn::ImplItem = syn::parse2(quote! {
            #(#docs)*
            pub fn send(
                self,
            ) -> impl ::std::future::Future<
                Output = #runtime::Result<#runtime::Response<#success>>,
            > + 'a {
                let client = self.client;
                #runtime::call::send(&client.inner, &super::OPERATIONS[#index], self.exchange())
            }
        })
        .map_err(|e| Error::Syntax(e.to_string()))?;
        imp.items.insert(position, send);
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

/// `T` of `Result<ResponseValue<T>, Error<E>>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let result = last_generic(ty, "Result")?;
    last_generic(&result, "ResponseValue")
}

/// The first generic argument of a path type whose last segment is `name`.
fn last_generic(ty: &syn::Type, name: &str) -> Option<syn::Type> {
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
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}
