//! Generated code placed outside the `voiceai` crate (by the proc macro): every path naming a
//! crate that generated code uses directly (`reqwest`, `serde`, …) is routed through `voiceai`'s
//! hidden re-exports, so that the crate holding the code needs no dependency but `voiceai`.
//!
//! What is rewritten, with `private` = `::voiceai::__private`:
//!
//! - paths and `use` trees: `::serde::de::Error` and `reqwest::Client` become
//!   `::voiceai::__private::serde::de::Error` and `::voiceai::__private::reqwest::Client`
//!   (qualified paths such as `<D::Error as ::serde::de::Error>::custom` included);
//! - the paths inside `#[derive(..)]` lists;
//! - the paths serde attributes hold as strings
//!   (`skip_serializing_if = "::serde_json::Map::is_empty"`);
//! - every type deriving `Serialize` or `Deserialize` gets `#[serde(crate = "...")]`, since the
//!   code those derives expand to names `serde` itself.
//!
//! Macro bodies are left as they are: generated code has no crate paths inside macro calls.

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;

/// The crates generated code names directly; `voiceai::__private` re-exports each of them.
pub const REEXPORTED_CRATES: [&str; 4] = ["progenitor_client", "reqwest", "serde", "serde_json"];

/// Rewrites `file` so that it reaches [`REEXPORTED_CRATES`] through `private` (a path to a module
/// re-exporting them, e.g. `::voiceai::__private`).
pub fn route_through(file: &mut syn::File, private: &syn::Path) {
    let serde_crate = path_string(&prefixed(private, "serde"));
    Router {
        private,
        serde_crate,
    }
    .visit_file_mut(file);
}

struct Router<'a> {
    private: &'a syn::Path,
    /// `private::serde` as a string, for `#[serde(crate = "...")]`.
    serde_crate: String,
}

fn is_reexported(ident: &syn::Ident) -> bool {
    REEXPORTED_CRATES.iter().any(|name| ident == name)
}

/// `private::name`.
fn prefixed(private: &syn::Path, name: &str) -> syn::Path {
    let mut path = private.clone();
    path.segments.push(syn::PathSegment::from(syn::Ident::new(
        name,
        proc_macro2::Span::call_site(),
    )));
    path
}

/// A path as Rust source without spaces: `::voiceai::__private::serde`.
fn path_string(path: &syn::Path) -> String {
    path.to_token_stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

impl Router<'_> {
    /// Routes one path if it starts with a re-exported crate; returns how many segments it
    /// gained (for the `position` of a qualified path's `QSelf`).
    fn route(&self, path: &mut syn::Path) -> usize {
        let starts_with_crate = path.segments.len() >= 2
            && path.segments.first().is_some_and(|first| {
                is_reexported(&first.ident) && matches!(first.arguments, syn::PathArguments::None)
            });
        if !starts_with_crate {
            return 0;
        }
        let mut routed = self.private.clone();
        routed.segments.extend(std::mem::take(&mut path.segments));
        *path = routed;
        self.private.segments.len()
    }

    /// A path under a qualified-self (`<T as path>::item`): when the trait part is routed,
    /// the number of segments belonging to it grows too.
    fn route_qualified(&self, qself: &mut Option<syn::QSelf>, path: &mut syn::Path) {
        match qself {
            // `<T>::item`: the path starts with an associated item, not a crate.
            Some(q) if q.position == 0 => {}
            Some(q) => q.position += self.route(path),
            None => {
                self.route(path);
            }
        }
    }

    /// The string arguments of a `#[serde(..)]` attribute that name a function by path.
    fn route_serde_strings(&self, tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
        use proc_macro2::TokenTree;
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Literal(lit) => {
                    let routed = syn::parse2::<syn::LitStr>(TokenTree::Literal(lit.clone()).into())
                        .ok()
                        .and_then(|s| syn::parse_str::<syn::Path>(&s.value()).ok())
                        .and_then(|mut path| (self.route(&mut path) > 0).then_some(path));
                    match routed {
                        Some(path) => {
                            let mut new = proc_macro2::Literal::string(&path_string(&path));
                            new.set_span(lit.span());
                            TokenTree::Literal(new)
                        }
                        None => TokenTree::Literal(lit),
                    }
                }
                TokenTree::Group(group) => {
                    let mut new = proc_macro2::Group::new(
                        group.delimiter(),
                        self.route_serde_strings(group.stream()),
                    );
                    new.set_span(group.span());
                    TokenTree::Group(new)
                }
                other => other,
            })
            .collect()
    }

    /// Routes the paths of a `#[derive(..)]` list; returns whether it derives a serde trait.
    fn route_derive(&self, list: &mut syn::MetaList) -> bool {
        let parser = Punctuated::<syn::Path, syn::Token![,]>::parse_terminated;
        let Ok(mut paths) = syn::parse::Parser::parse2(parser, list.tokens.clone()) else {
            return false;
        };
        let mut derives_serde = false;
        for path in paths.iter_mut() {
            let first = path.segments.first().map(|s| s.ident.to_string());
            let last = path.segments.last().map(|s| s.ident.to_string());
            if first.as_deref() == Some("serde")
                && matches!(last.as_deref(), Some("Serialize" | "Deserialize"))
            {
                derives_serde = true;
            }
            self.route(path);
        }
        list.tokens = paths.into_token_stream();
        derives_serde
    }

    /// Routes the attributes of a type; adds `#[serde(crate = "...")]` when it derives serde.
    fn route_type_attrs(&self, attrs: &mut Vec<syn::Attribute>) {
        let mut derives_serde = false;
        for attr in attrs.iter_mut() {
            if let syn::Meta::List(list) = &mut attr.meta {
                if list.path.is_ident("derive") {
                    derives_serde |= self.route_derive(list);
                }
            }
        }
        if derives_serde {
            let serde_crate = &self.serde_crate;
            attrs.push(syn::parse_quote!(#[serde(crate = #serde_crate)]));
        }
    }
}

impl VisitMut for Router<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        self.route(path);
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_type_path_mut(&mut self, node: &mut syn::TypePath) {
        self.route_qualified(&mut node.qself, &mut node.path);
        syn::visit_mut::visit_type_path_mut(self, node);
    }

    fn visit_expr_path_mut(&mut self, node: &mut syn::ExprPath) {
        self.route_qualified(&mut node.qself, &mut node.path);
        syn::visit_mut::visit_expr_path_mut(self, node);
    }

    fn visit_expr_struct_mut(&mut self, node: &mut syn::ExprStruct) {
        self.route_qualified(&mut node.qself, &mut node.path);
        syn::visit_mut::visit_expr_struct_mut(self, node);
    }

    fn visit_pat_struct_mut(&mut self, node: &mut syn::PatStruct) {
        self.route_qualified(&mut node.qself, &mut node.path);
        syn::visit_mut::visit_pat_struct_mut(self, node);
    }

    fn visit_pat_tuple_struct_mut(&mut self, node: &mut syn::PatTupleStruct) {
        self.route_qualified(&mut node.qself, &mut node.path);
        syn::visit_mut::visit_pat_tuple_struct_mut(self, node);
    }

    fn visit_item_use_mut(&mut self, node: &mut syn::ItemUse) {
        if let syn::UseTree::Path(root) = &node.tree {
            if is_reexported(&root.ident) {
                // `use serde::x;` / `use ::serde::x;` -> `use ::voiceai::__private::serde::x;`
                let mut tree = std::mem::replace(
                    &mut node.tree,
                    syn::UseTree::Glob(syn::UseGlob {
                        star_token: Default::default(),
                    }),
                );
                for segment in self.private.segments.iter().rev() {
                    tree = syn::UseTree::Path(syn::UsePath {
                        ident: segment.ident.clone(),
                        colon2_token: Default::default(),
                        tree: Box::new(tree),
                    });
                }
                node.tree = tree;
                node.leading_colon = self.private.leading_colon;
            }
        }
        syn::visit_mut::visit_item_use_mut(self, node);
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if let syn::Meta::List(list) = &mut attr.meta {
            if list.path.is_ident("serde") {
                list.tokens = self.route_serde_strings(list.tokens.clone());
            } else if list.path.is_ident("derive") {
                self.route_derive(list);
            }
        }
        syn::visit_mut::visit_attribute_mut(self, attr);
    }

    fn visit_item_struct_mut(&mut self, node: &mut syn::ItemStruct) {
        self.route_type_attrs(&mut node.attrs);
        syn::visit_mut::visit_item_struct_mut(self, node);
    }

    fn visit_item_enum_mut(&mut self, node: &mut syn::ItemEnum) {
        self.route_type_attrs(&mut node.attrs);
        syn::visit_mut::visit_item_enum_mut(self, node);
    }

    fn visit_item_union_mut(&mut self, node: &mut syn::ItemUnion) {
        self.route_type_attrs(&mut node.attrs);
        syn::visit_mut::visit_item_union_mut(self, node);
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn routed(tokens: proc_macro2::TokenStream) -> String {
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        route_through(&mut file, &syn::parse_quote!(::voiceai::__private));
        prettyplease::unparse(&file)
    }

    /// Whether `haystack` holds `needle`, whitespace ignored (prettyplease wraps long lines).
    fn holds(haystack: &str, needle: &str) -> bool {
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        squash(haystack).contains(&squash(needle))
    }

    #[test]
    fn paths_use_trees_and_qualified_paths_are_routed() {
        let out = routed(quote! {
            pub use progenitor_client::{ByteStream, Error};
            use ::serde::de;
            pub struct Client {
                client: reqwest::Client,
            }
            fn f<D: ::serde::Deserializer<'static>>(e: D::Error) -> ::serde_json::Value {
                let _ = <D::Error as ::serde::de::Error>::custom("x");
                let _ = progenitor_client::QueryParam::new("a", &1);
                ::serde_json::Value::Null
            }
        });
        for expected in [
            "pub use ::voiceai::__private::progenitor_client::{ByteStream, Error};",
            "use ::voiceai::__private::serde::de;",
            "client: ::voiceai::__private::reqwest::Client,",
            "D: ::voiceai::__private::serde::Deserializer<'static>",
            "-> ::voiceai::__private::serde_json::Value",
            "<D::Error as ::voiceai::__private::serde::de::Error>::custom(\"x\")",
            "::voiceai::__private::progenitor_client::QueryParam::new",
        ] {
            assert!(holds(&out, expected), "{expected} missing from\n{out}");
        }
    }

    #[test]
    fn serde_derives_get_the_crate_attribute_and_routed_strings() {
        let out = routed(quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Agent {
                #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
                pub extra: ::serde_json::Map<String, ::serde_json::Value>,
                #[serde(default = "defaults::name")]
                pub name: String,
            }
            #[derive(Clone, Debug)]
            pub struct Plain;
        });
        for expected in [
            "#[derive(::voiceai::__private::serde::Deserialize, \
             ::voiceai::__private::serde::Serialize, Clone, Debug)] \
             #[serde(crate = \"::voiceai::__private::serde\")] pub struct Agent",
            "skip_serializing_if = \"::voiceai::__private::serde_json::Map::is_empty\"",
            "#[serde(default = \"defaults::name\")]",
        ] {
            assert!(holds(&out, expected), "{expected} missing from\n{out}");
        }
        assert_eq!(out.matches("serde(crate").count(), 1, "{out}");
    }

    #[test]
    fn other_paths_are_left_alone() {
        let source = quote! {
            pub mod serde_helpers {}
            fn f() -> ::std::string::String {
                let _ = types::serde::X;
                crate::runtime::call::execute();
                ::std::string::String::new()
            }
        };
        let before = prettyplease::unparse(&syn::parse2(source.clone()).unwrap());
        assert_eq!(routed(source), before);
    }
}
