//! Makes every string enum of the generated types open: typify's closed enum is replaced by one
//! with the same name, the same variants and a catch-all `Unknown(String)` variant that keeps a
//! value the spec does not list. The spec keeps its honest `enum` list; a value the vendor adds
//! tomorrow still decodes.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Fields, Item, ItemEnum, Lit, Meta};

/// Rewrites the items of the `types` module in place; returns the names of the enums it opened.
pub fn open_string_enums(items: &mut Vec<Item>) -> BTreeSet<String> {
    let mut opened = BTreeSet::new();
    let mut replacements = Vec::new();
    for item in items.iter() {
        if let Item::Enum(e) = item {
            if let Some(values) = unit_string_values(e) {
                opened.insert(e.ident.to_string());
                replacements.push((e.ident.to_string(), open_enum_tokens(e, &values)));
            }
        }
    }
    items.retain(|item| match item {
        Item::Enum(e) => !opened.contains(&e.ident.to_string()),
        Item::Impl(imp) => {
            let self_name = type_name(&imp.self_ty);
            let trait_name = imp
                .trait_
                .as_ref()
                .and_then(|(path, _)| path.segments.last())
                .map(|s| s.ident.to_string());
            !(self_name.is_some_and(|n| opened.contains(&n))
                && matches!(
                    trait_name.as_deref(),
                    Some("Display" | "FromStr" | "TryFrom")
                ))
        }
        _ => true,
    });
    for (_, tokens) in replacements {
        let file: syn::File = syn::parse2(tokens).expect("open enum tokens parse");
        items.extend(file.items);
    }
    opened
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The wire strings of an enum whose variants are all unit variants, in order.
fn unit_string_values(e: &ItemEnum) -> Option<Vec<(syn::Ident, String, Vec<syn::Attribute>)>> {
    if e.variants.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for v in &e.variants {
        if !matches!(v.fields, Fields::Unit) || v.discriminant.is_some() {
            return None;
        }
        let mut wire = v.ident.to_string();
        let mut docs = Vec::new();
        for attr in &v.attrs {
            if attr.path().is_ident("doc") {
                docs.push(attr.clone());
            }
            if attr.path().is_ident("serde") {
                if let Meta::List(list) = &attr.meta {
                    let _ = list.parse_nested_meta(|meta| {
                        if meta.path.is_ident("rename") {
                            if let Ok(Lit::Str(s)) = meta.value()?.parse::<Lit>() {
                                wire = s.value();
                            }
                        }
                        Ok(())
                    });
                }
            }
        }
        // typify names a `*` value `X`; it means "every value", so say so.
        let ident = if wire == "*" {
            syn::Ident::new("All", v.ident.span())
        } else {
            v.ident.clone()
        };
        out.push((ident, wire, docs));
    }
    Some(out)
}

fn open_enum_tokens(
    e: &ItemEnum,
    values: &[(syn::Ident, String, Vec<syn::Attribute>)],
) -> TokenStream {
    let name = &e.ident;
    let docs: Vec<_> = e
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .collect();
    let idents: Vec<_> = values.iter().map(|(i, _, _)| i).collect();
    let wires: Vec<_> = values.iter().map(|(_, w, _)| w).collect();
    let variant_docs: Vec<_> = values
        .iter()
        .map(|(_, w, d)| {
            if d.is_empty() {
                let text = format!("`{w}`");
                quote!(#[doc = #text])
            } else {
                quote!(#(#d)*)
            }
        })
        .collect();
    let unknown = format_ident!("Unknown");
    quote! {
        #(#docs)*
        ///
        /// This enum is open: a value the spec does not list decodes into `Unknown` and
        /// encodes back unchanged.
        #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value this version of the client does not know, kept as sent.
            #unknown(::std::string::String),
        }

        impl #name {
            /// Every value the spec documents, as sent on the wire.
            pub const KNOWN: &'static [&'static str] = &[#(#wires),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #wires, )*
                    Self::#unknown(value) => value.as_str(),
                }
            }

            /// Whether the value is one the spec does not document.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::#unknown(_))
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #wires => Self::#idents, )*
                    other => Self::#unknown(other.to_string()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match Self::from(value.as_str()) {
                    Self::#unknown(_) => Self::#unknown(value),
                    known => known,
                }
            }
        }

        impl ::std::convert::From<&::std::string::String> for #name {
            fn from(value: &::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value))
            }
        }
    }
}
