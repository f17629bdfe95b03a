//! The proc-macro front end: `voiceai_codegen_macro::client!` on the repository's own specs
//! gives working clients (the request on the wire, the decoded example), and expands to the very
//! code checked in as `client/src/{api}/generated.rs`, the crate paths aside.

use std::sync::OnceLock;

use httpmock::Method::GET;
use httpmock::MockServer;
use proc_macro2::{Group, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use voiceai_tests::{assert_kept, json, response_example, root, RINGG_KEY, RINGYO_KEY};

/// The Ringg client generated at compile time from `spec/ringg.yaml`.
mod ringg_macro {
    voiceai_codegen_macro::client!("../spec/ringg.yaml");
}

/// The Ringyo client generated at compile time from `spec/ringyo.yaml`.
mod ringyo_macro {
    voiceai_codegen_macro::client!(path = "../spec/ringyo.yaml", api = "ringyo");
}

// ------------------------------------------------------------------------- the clients work

#[tokio::test]
async fn ringg_get_workspace_through_the_macro_client() {
    let server = MockServer::start_async().await;
    let example = response_example("ringg", "get_workspace");
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/workspace")
                .header("x-api-key", RINGG_KEY)
                .header_missing("authorization")
                .header_missing("api-version");
            then.status(200)
                .header("content-type", "application/json")
                .json_body(example.clone());
        })
        .await;
    let client = ringg_macro::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .build()
        .unwrap();
    let workspace = client.get_workspace().send().await.unwrap().into_inner();
    assert_kept(&example, &json(&workspace));
    assert_eq!(
        workspace.workspace_info.and_then(|info| info.credits),
        Some(3025.0)
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn ringyo_get_agent_through_the_macro_client() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "get_agent");
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/agents/agent_abc123")
                .header("authorization", format!("Bearer {RINGYO_KEY}"))
                .header_missing("api-version");
            // The `{data, meta}` envelope is unwrapped by the runtime, as for `voiceai::ringyo`.
            then.status(200)
                .header("content-type", "application/json")
                .json_body(serde_json::json!({
                    "data": example.clone(),
                    "meta": {"request_id": "req_macro_1"}
                }));
        })
        .await;
    let client = ringyo_macro::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .build()
        .unwrap();
    let response = client
        .get_agent()
        .agent_id("agent_abc123")
        .send()
        .await
        .unwrap();
    assert_eq!(response.request_id(), Some("req_macro_1"));
    let agent = response.into_inner();
    assert_kept(&example, &json(&agent));
    mock.assert_async().await;
}

#[test]
fn the_macro_clients_carry_the_same_operation_tables() {
    // Debug output, since the tables hold no PartialEq; it covers every field.
    assert_eq!(
        format!("{:?}", ringg_macro::API),
        format!("{:?}", voiceai::ringg::API)
    );
    assert_eq!(
        format!("{:?}", ringyo_macro::API),
        format!("{:?}", voiceai::ringyo::API)
    );
}

// -------------------------------------------------- the expansion is the checked-in code

/// Compares what the macro expands to for `api` ([`expansion`]) with the checked-in generated
/// file `checked_in`.
///
/// The file must be exactly prettyplease's printing of its own syntax tree under the
/// "generated" header (so no hand edit hides in whitespace or comments); then its tokens, moved
/// to another crate the way the generator moves code — `crate::runtime` becoming
/// `::voiceai::runtime`, crate paths routed through `::voiceai::__private`, the file's inner
/// `#![allow(..)]` put on every item — must equal the macro's expansion, printed alike.
fn compare_with_checked_in(api: &str, checked_in: &str) -> Result<(), String> {
    let parsed: syn::File = syn::parse_file(checked_in).map_err(|e| e.to_string())?;
    let header = format!(
        "// @generated from spec/{api}.yaml by voiceai-codegen. Do not edit: change the spec or the generator\n\
         // and run `cargo xtask regenerate`.\n\n"
    );
    let canonical = format!("{header}{}", prettyplease::unparse(&parsed));
    if canonical != checked_in {
        return Err(first_difference(
            "the checked-in file is not the generator's printing",
            checked_in,
            &canonical,
        ));
    }

    let mut moved = parsed;
    let inner = std::mem::take(&mut moved.attrs);
    let [allow] = inner.as_slice() else {
        return Err(format!(
            "expected one inner #![allow(..)], found {}",
            inner.len()
        ));
    };
    let moved_tokens = runtime_outside_the_crate(moved.into_token_stream());
    let mut moved: syn::File = syn::parse2(moved_tokens).map_err(|e| e.to_string())?;
    voiceai_codegen::reexports::route_through(&mut moved, &syn::parse_quote!(::voiceai::__private));
    let mut outer = allow.clone();
    outer.style = syn::AttrStyle::Outer;
    for item in moved.items.iter_mut() {
        item_attrs(item)
            .ok_or("an item kind the comparison does not know")?
            .push(outer.clone());
    }

    let expected = prettyplease::unparse(&moved);
    let actual = expansion(api);
    if expected != actual {
        return Err(first_difference(
            "the macro's expansion differs from the checked-in file",
            &expected,
            actual,
        ));
    }
    Ok(())
}

/// `crate::runtime` -> `::voiceai::runtime`, everywhere in a token stream.
fn runtime_outside_the_crate(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    let mut i = 0;
    while i < trees.len() {
        let is_crate_runtime = matches!(&trees[i], TokenTree::Ident(id) if id == "crate")
            && matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
            && matches!(trees.get(i + 2), Some(TokenTree::Punct(p)) if p.as_char() == ':')
            && matches!(trees.get(i + 3), Some(TokenTree::Ident(id)) if id == "runtime");
        if is_crate_runtime {
            out.extend(quote::quote!(::voiceai::runtime));
            i += 4;
            continue;
        }
        out.push(match &trees[i] {
            TokenTree::Group(g) => {
                let mut new = Group::new(g.delimiter(), runtime_outside_the_crate(g.stream()));
                new.set_span(g.span());
                TokenTree::Group(new)
            }
            other => other.clone(),
        });
        i += 1;
    }
    out.into_iter().collect()
}

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

/// A short report of the first line where two texts differ.
fn first_difference(what: &str, expected: &str, actual: &str) -> String {
    let (e, a): (Vec<_>, Vec<_>) = (expected.lines().collect(), actual.lines().collect());
    let line = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = line.saturating_sub(3);
    let show = |lines: &[&str]| {
        lines
            .iter()
            .enumerate()
            .skip(from)
            .take(7)
            .map(|(n, l)| format!("{:>6} | {l}\n", n + 1))
            .collect::<String>()
    };
    format!(
        "{what}, first at line {} (run `cargo xtask regenerate` if the spec or generator changed):\n\
         --- expected\n{}--- actual\n{}",
        line + 1,
        show(&e),
        show(&a)
    )
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// What `client!` expands to for the spec of `api` (less the `include_bytes!` of the spec),
/// through the same codegen entry the macro calls, printed by prettyplease. Generated once per
/// test binary: a debug build of the generator takes seconds.
fn expansion(api: &str) -> &'static str {
    static RINGG: OnceLock<String> = OnceLock::new();
    static RINGYO: OnceLock<String> = OnceLock::new();
    let cell = match api {
        "ringg" => &RINGG,
        "ringyo" => &RINGYO,
        other => panic!("no spec for {other}"),
    };
    cell.get_or_init(|| {
        let tokens = voiceai_codegen::expand_for_macro(&read(&format!("spec/{api}.yaml")), api)
            .unwrap_or_else(|e| panic!("{api}: the macro's generator failed: {e}"));
        prettyplease::unparse(&syn::parse2(tokens).expect("the expansion parses"))
    })
}

#[test]
fn the_ringg_expansion_is_the_checked_in_file() {
    let result = compare_with_checked_in("ringg", &read("client/src/ringg/generated.rs"));
    if let Err(report) = result {
        panic!("{report}");
    }
}

#[test]
fn the_ringyo_expansion_is_the_checked_in_file() {
    let result = compare_with_checked_in("ringyo", &read("client/src/ringyo/generated.rs"));
    if let Err(report) = result {
        panic!("{report}");
    }
}

#[test]
fn a_hand_edit_of_the_checked_in_file_is_caught() {
    let file = read("client/src/ringg/generated.rs");
    let edits = [
        (
            "a visibility",
            file.replacen("pub struct", "pub(crate) struct", 1),
        ),
        ("a doc comment", file.replacen("///", "/// Edited.", 1)),
        ("whitespace", file.replacen("\n\n", "\n\n\n", 1)),
        (
            "a comment",
            file.replacen("\npub mod", "\n// a note\npub mod", 1),
        ),
    ];
    for (what, edited) in edits {
        assert_ne!(edited, file, "{what}: the edit changed nothing");
        let report = compare_with_checked_in("ringg", &edited)
            .expect_err(&format!("an edit of {what} went unnoticed"));
        assert!(report.contains("first at line"), "{what}: {report}");
    }
}

/// Paths of an expansion that name a re-exported crate directly instead of through
/// `::voiceai::__private` (string paths in serde attributes included).
fn leftover_crate_paths(tokens: TokenStream, found: &mut Vec<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(g) => leftover_crate_paths(g.stream(), found),
            TokenTree::Ident(id)
                if voiceai_codegen::reexports::REEXPORTED_CRATES
                    .iter()
                    .any(|c| id == c) =>
            {
                let starts_path =
                    matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':');
                let routed = i >= 3
                    && matches!(&trees[i - 3], TokenTree::Ident(prev) if prev == "__private");
                if starts_path && !routed {
                    found.push(format!("`{id}::` near token {i}"));
                }
            }
            TokenTree::Literal(lit) => {
                // Paths serde attributes hold as strings; doc strings are prose and skipped.
                let is_doc =
                    i >= 2 && matches!(&trees[i - 2], TokenTree::Ident(prev) if prev == "doc");
                let text = lit.to_string();
                for name in voiceai_codegen::reexports::REEXPORTED_CRATES {
                    let bare = format!("\"{name}::");
                    let rooted = format!("\"::{name}::");
                    if !is_doc && (text.starts_with(&bare) || text.starts_with(&rooted)) {
                        found.push(text.clone());
                    }
                }
            }
            _ => {}
        }
    }
}

#[test]
fn every_crate_path_of_the_expansions_goes_through_voiceai() {
    for api in ["ringg", "ringyo"] {
        let tokens: TokenStream = expansion(api).parse().expect("the expansion lexes");
        let text = tokens.to_string();
        assert!(text.contains(":: voiceai :: __private :: serde :: Deserialize"));
        assert!(text.contains("serde (crate = \"::voiceai::__private::serde\")"));
        assert!(
            !text.contains("crate :: runtime"),
            "{api}: an in-crate runtime path"
        );
        let mut found = Vec::new();
        leftover_crate_paths(tokens, &mut found);
        assert!(found.is_empty(), "{api}: paths not routed: {found:?}");
    }
}
