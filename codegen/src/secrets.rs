//! Secrets in responses: a property the spec marks `x-secret: true` becomes the runtime's
//! `Secret` type instead of `String`, in the generated struct and in its builder, so that
//! printing a response never shows it (`Debug`/`Display` are redacted) and reading it is
//! explicit (`Secret::expose`). The names of those properties also go into the API profile
//! (`secret_fields`), for the runtime's error previews and the CLI's output.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use serde_json::Value;
use syn::visit_mut::VisitMut;

/// `(schema, property)` of every property marked `x-secret: true` in `components.schemas`.
pub fn secret_properties(spec: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return found;
    };
    for (schema, body) in schemas {
        let Some(properties) = body.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (property, definition) in properties {
            if definition.get("x-secret").and_then(Value::as_bool) == Some(true) {
                found.push((schema.clone(), property.clone()));
            }
        }
    }
    found
}

/// The property names, once each, for the API profile.
pub fn field_names(properties: &[(String, String)]) -> Vec<String> {
    properties
        .iter()
        .map(|(_, p)| p.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Applies [`apply`] for every `x-secret` property of the spec, and fails when one of them is
/// not found in the generated types (a renamed schema would otherwise leak the secret).
pub(crate) fn apply_all(
    file: &mut syn::File,
    spec: &Value,
    runtime: &TokenStream,
) -> Result<(), crate::Error> {
    let properties = secret_properties(spec);
    let changed = apply(file, &properties, runtime);
    if changed < properties.len() {
        return Err(crate::Error::Spec(format!(
            "x-secret marks {} properties, but the generated types hold {changed} of them",
            properties.len()
        )));
    }
    Ok(())
}

/// Replaces `String` by the runtime's `Secret` in the marked fields of `mod types` (the
/// struct, its builder's field and setter). Returns how many fields it changed, so that a
/// marked property the generated code does not have is noticed.
pub fn apply(
    file: &mut syn::File,
    properties: &[(String, String)],
    runtime: &TokenStream,
) -> usize {
    let secret: syn::Type = syn::parse_quote!(#runtime::Secret);
    let mut changed = 0;
    let Some(types) = module_items(&mut file.items, "types") else {
        return 0;
    };
    for (schema, property) in properties {
        let type_name = schema.to_upper_camel_case();
        let field_name = property.to_snake_case();
        for item in types.iter_mut() {
            if let syn::Item::Struct(s) = item {
                if s.ident == type_name {
                    for field in s.fields.iter_mut() {
                        if field.ident.as_ref().is_some_and(|i| *i == field_name) {
                            ToSecret(&secret).visit_type_mut(&mut field.ty);
                            changed += 1;
                        }
                    }
                }
            }
        }
        let Some(builder) = module_items(types, "builder") else {
            continue;
        };
        for item in builder.iter_mut() {
            match item {
                syn::Item::Struct(s) if s.ident == type_name => {
                    for field in s.fields.iter_mut() {
                        if field.ident.as_ref().is_some_and(|i| *i == field_name) {
                            // `Result<Option<String>, String>`: the value, not the error.
                            if let Some(value) = first_generic(&mut field.ty) {
                                ToSecret(&secret).visit_type_mut(value);
                            }
                        }
                    }
                }
                syn::Item::Impl(imp)
                    if imp.trait_.is_none()
                        && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident(&type_name)) =>
                {
                    for member in imp.items.iter_mut() {
                        if let syn::ImplItem::Fn(f) = member {
                            if f.sig.ident == field_name {
                                if let Some(clause) = f.sig.generics.where_clause.as_mut() {
                                    ToSecret(&secret).visit_where_clause_mut(clause);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    changed
}

fn module_items<'a>(items: &'a mut [syn::Item], name: &str) -> Option<&'a mut Vec<syn::Item>> {
    items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

fn first_generic(ty: &mut syn::Type) -> Option<&mut syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &mut path.path.segments.last_mut()?.arguments
    else {
        return None;
    };
    args.args.iter_mut().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// Every `String` type becomes `Secret`.
struct ToSecret<'a>(&'a syn::Type);

impl VisitMut for ToSecret<'_> {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty {
            if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == "String") {
                *ty = self.0.clone();
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}
