//! Doc text from the spec on every operation and builder method the generator emits, and
//! messages for a forgotten required value that name the method to call.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;
use serde_json::Value;
use voiceai_codegen::docs::doc_text;

const APIS: [&str; 2] = ["ringg", "ringyo"];

fn spec_text(api: &str) -> String {
    std::fs::read_to_string(voiceai_tests::root().join(format!("spec/{api}.yaml"))).unwrap()
}

fn spec(api: &str) -> &'static Value {
    voiceai_tests::spec(api)
}

fn generated(api: &str) -> syn::File {
    let source =
        voiceai_codegen::generate_file(&spec_text(api), &voiceai_codegen::Config::in_crate(api))
            .unwrap();
    syn::parse_file(&source).unwrap()
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn impl_name(imp: &syn::ItemImpl) -> Option<String> {
    if imp.trait_.is_some() {
        return None;
    }
    match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn module<'a>(items: &'a [syn::Item], name: &str) -> &'a [syn::Item] {
    items
        .iter()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|c| &c.1[..]),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no mod {name}"))
}

/// Docs of the public methods of every inherent impl in `items`: type → method → text.
fn method_docs(items: &[syn::Item]) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for item in items {
        let syn::Item::Impl(imp) = item else { continue };
        let Some(name) = impl_name(imp) else { continue };
        for i in &imp.items {
            if let syn::ImplItem::Fn(f) = i {
                if is_pub(&f.vis) {
                    out.entry(name.clone())
                        .or_default()
                        .insert(f.sig.ident.to_string(), doc_text(&f.attrs));
                }
            }
        }
    }
    out
}

/// Every public method of the client, the operation builders and the type builders that has
/// no doc text, as `api path::Type::method`.
fn undocumented(api: &str, file: &syn::File) -> Vec<String> {
    let mut missing = Vec::new();
    let scopes = [
        ("", &file.items[..]),
        ("builder::", module(&file.items, "builder")),
        (
            "types::builder::",
            module(module(&file.items, "types"), "builder"),
        ),
    ];
    for (path, items) in scopes {
        for (ty, methods) in method_docs(items) {
            for (method, doc) in methods {
                if doc.trim().is_empty() {
                    missing.push(format!("{api} {path}{ty}::{method}"));
                }
            }
        }
    }
    missing
}

fn operations(spec: &Value) -> Vec<(String, &Value, Vec<&Value>)> {
    let mut out = Vec::new();
    for (_, item) in spec["paths"].as_object().unwrap() {
        let shared: Vec<&Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        for method in ["get", "put", "post", "delete", "patch"] {
            if let Some(op) = item.get(method) {
                let mut params = shared.clone();
                params.extend(
                    op.get("parameters")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten(),
                );
                let params = params.into_iter().map(|p| resolve(spec, p)).collect();
                out.push((op["operationId"].as_str().unwrap().to_string(), op, params));
            }
        }
    }
    out
}

fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => spec
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("unresolved {r}")),
        None => value,
    }
}

/// Doc comments are written line by line; compare text with whitespace runs collapsed.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_operation_or_builder_method_lacks_doc_text() {
    let mut missing = Vec::new();
    for api in APIS {
        missing.extend(undocumented(api, &generated(api)));
    }
    assert!(
        missing.is_empty(),
        "{} public methods without doc text:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_check_finds_a_method_without_doc_text() {
    // The check above must be able to fail: strip the docs of one builder method and of one
    // type-builder setter, and it names both.
    let mut file = generated("ringyo");
    let mut stripped = Vec::new();
    for item in file.items.iter_mut() {
        let syn::Item::Mod(m) = item else { continue };
        let Some((_, items)) = m.content.as_mut() else {
            continue;
        };
        let target = match m.ident.to_string().as_str() {
            "builder" => items,
            "types" => match items.iter_mut().find_map(|i| match i {
                syn::Item::Mod(b) if b.ident == "builder" => b.content.as_mut(),
                _ => None,
            }) {
                Some((_, items)) => items,
                None => continue,
            },
            _ => continue,
        };
        'found: for item in target.iter_mut() {
            let syn::Item::Impl(imp) = item else { continue };
            if imp.trait_.is_some() {
                continue;
            }
            for i in imp.items.iter_mut() {
                if let syn::ImplItem::Fn(f) = i {
                    if is_pub(&f.vis) && f.sig.ident != "new" {
                        f.attrs.retain(|a| !a.path().is_ident("doc"));
                        stripped.push(f.sig.ident.to_string());
                        break 'found;
                    }
                }
            }
        }
    }
    assert_eq!(stripped.len(), 2, "{stripped:?}");
    let missing = undocumented("ringyo", &file);
    assert_eq!(missing.len(), 2, "{missing:?}");
    for method in &stripped {
        assert!(
            missing.iter().any(|m| m.ends_with(&format!("::{method}"))),
            "{method} not reported: {missing:?}"
        );
    }
}

#[test]
fn every_operation_carries_its_summary_and_description() {
    for api in APIS {
        let spec = spec(api);
        let file = generated(api);
        let client = method_docs(&file.items).remove("Client").unwrap();
        for (id, op, _) in operations(spec) {
            let doc = squash(&client[&id]);
            for key in ["summary", "description"] {
                if let Some(text) = op.get(key).and_then(Value::as_str) {
                    assert!(
                        doc.contains(&squash(text)),
                        "{api} Client::{id} lacks its {key} {text:?}: {doc:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_described_parameter_and_body_field_reaches_its_builder_method() {
    let mut checked = 0;
    for api in APIS {
        let spec = spec(api);
        let file = generated(api);
        let ops = method_docs(module(&file.items, "builder"));
        let types = method_docs(module(module(&file.items, "types"), "builder"));
        for (id, _, params) in operations(spec) {
            let builder = &ops[&id.to_upper_camel_case()];
            for p in params {
                let name = p["name"].as_str().unwrap();
                let Some(text) = p.get("description").and_then(Value::as_str) else {
                    continue;
                };
                let method = builder
                    .iter()
                    .find(|(m, _)| m.trim_end_matches('_') == heck::AsSnakeCase(name).to_string())
                    .unwrap_or_else(|| panic!("{api} {id}: no setter for parameter {name}"));
                assert!(
                    squash(method.1).contains(&squash(text)),
                    "{api} {id}: .{}() lacks the description of {name}: {:?}",
                    method.0,
                    method.1
                );
                checked += 1;
            }
        }
        // Body fields: the properties of every component schema with a builder.
        for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
            let Some(setters) = types.get(&name.to_upper_camel_case()) else {
                continue;
            };
            let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                continue;
            };
            for (prop, body) in props {
                let Some(text) = body.get("description").and_then(Value::as_str) else {
                    continue;
                };
                let Some((method, doc)) = setters
                    .iter()
                    .find(|(m, _)| m.trim_end_matches('_') == heck::AsSnakeCase(prop).to_string())
                else {
                    continue; // a property typify renamed; covered by the no-bare-method test
                };
                assert!(
                    squash(doc).contains(&squash(text)),
                    "{api} types::builder::{name}::{method} lacks the description of {prop}: \
                     {doc:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} descriptions checked");
}

#[tokio::test]
async fn a_forgotten_required_value_names_the_method_to_call() {
    let client = voiceai::ringyo::Client::builder()
        .api_key(voiceai_tests::RINGYO_KEY)
        .base_url("http://127.0.0.1:9") // nothing is sent: the request is not built
        .build()
        .unwrap();
    let err = client.get_call().send().await.unwrap_err();
    assert!(matches!(err, voiceai::Error::InvalidInput(_)), "{err:?}");
    assert!(err.to_string().contains("call `.call_id(..)`"), "{err}");
    let err = client
        .create_call()
        .body_map(|b| b.agent_id("agent_1"))
        .send()
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("`phone_number`") && text.contains("b.phone_number(..)"),
        "{text}"
    );
}
