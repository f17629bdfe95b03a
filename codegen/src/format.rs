//! The last step of the pipeline: generated tokens as a formatted source file (prettyplease,
//! the "do not edit" header, the lint allowances), or as the items a macro expands to.

use proc_macro2::TokenStream;
use quote::quote;

use crate::Error;

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

/// Formats generated tokens as a source file with the "do not edit" header and the lint
/// allowances every generated file carries.
pub(crate) fn file(tokens: TokenStream, spec_label: &str) -> Result<String, Error> {
    let mut file: syn::File = syn::parse2(tokens)?;
    let lints = allowed_lints();
    file.attrs.push(syn::parse_quote!(#![#lints]));
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// @generated from {} by voiceai-codegen. Do not edit: change the spec or the generator\n\
         // and run `cargo xtask regenerate`.\n\n{}",
        spec_label, body
    ))
}

/// Generated tokens as a macro's expansion: each item carries the `#[allow(..)]` a generated
/// file has as an inner attribute.
pub(crate) fn for_macro(tokens: TokenStream) -> Result<TokenStream, Error> {
    let mut file: syn::File = syn::parse2(tokens)?;
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
