//! Post-pass: `#[deprecated]` on the `Client` methods of operations the spec marks
//! `deprecated: true`, with the operation's `x-deprecation-note` as the note.

use heck::ToSnakeCase;

use crate::spec::Operation;

/// Puts `#[deprecated]` on the client methods of operations the spec marks deprecated
/// (progenitor does not), so that callers get a compiler warning.
pub(crate) fn mark(file: &mut syn::File, operations: &[Operation]) {
    let deprecated: Vec<(String, String)> = operations
        .iter()
        .filter(|op| op.is_deprecated())
        .map(|op| {
            let note = op
                .str_field("x-deprecation-note")
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
