//! Post-pass: the `api-version` header progenitor adds to every request goes (the vendors do
//! not know it). Only the statement progenitor emits for it is removed:
//!
//! ```ignore
//! header_map.append(
//!     ::reqwest::header::HeaderName::from_static("api-version"),
//!     ::reqwest::header::HeaderValue::from_static(Client::api_version()),
//! );
//! ```

use syn::visit_mut::VisitMut;

/// Removes progenitor's `api-version` header statement from every block of the file.
pub(crate) fn strip_header(file: &mut syn::File) {
    struct Strip;
    impl VisitMut for Strip {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            block.stmts.retain(|stmt| !is_api_version_insert(stmt));
            syn::visit_mut::visit_block_mut(self, block);
        }
    }
    Strip.visit_file_mut(file);
}

/// Whether a statement is `header_map.append(<..>::HeaderName::from_static("api-version"), ..);`.
fn is_api_version_insert(stmt: &syn::Stmt) -> bool {
    let syn::Stmt::Expr(syn::Expr::MethodCall(call), Some(_)) = stmt else {
        return false;
    };
    let receiver_is_header_map =
        matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("header_map"));
    if !receiver_is_header_map || call.method != "append" || call.args.len() != 2 {
        return false;
    }
    let Some(syn::Expr::Call(name)) = call.args.first() else {
        return false;
    };
    let from_static = matches!(&*name.func, syn::Expr::Path(p)
        if p.path.segments.len() >= 2
            && p.path.segments[p.path.segments.len() - 2].ident == "HeaderName"
            && p.path.segments[p.path.segments.len() - 1].ident == "from_static");
    let api_version = matches!(name.args.first(), Some(syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(s), ..
    })) if s.value() == "api-version");
    from_static && api_version && name.args.len() == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn stripped(body: proc_macro2::TokenStream) -> String {
        let mut file: syn::File = syn::parse2(quote!(fn f() { #body })).unwrap();
        strip_header(&mut file);
        let syn::Item::Fn(f) = &file.items[0] else {
            unreachable!()
        };
        let stmts = &f.block.stmts;
        quote!(#(#stmts)*).to_string()
    }

    #[test]
    fn progenitors_header_statement_goes() {
        let out = stripped(quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            header_map.append("idempotency-key", value);
        });
        assert!(!out.contains("api-version"), "{out}");
        assert!(out.contains("with_capacity"), "{out}");
        assert!(out.contains("\"idempotency-key\""), "{out}");
    }

    #[test]
    fn a_statement_merely_mentioning_api_version_is_kept() {
        let out = stripped(quote! {
            let note = "the api-version header is stripped";
            tracing::debug!("api-version");
            let name = "api-version";
            header_map.remove("api-version");
            other_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                value,
            );
            header_map.append(
                ::reqwest::header::HeaderName::from_static("x-api-version"),
                value,
            );
        });
        for kept in [
            "let note",
            "tracing :: debug !",
            "let name",
            "header_map . remove",
            "other_map . append",
            "\"x-api-version\"",
        ] {
            assert!(out.contains(kept), "{kept} went: {out}");
        }
    }
}
