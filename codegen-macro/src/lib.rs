//! `client!("spec.yaml")`: a voiceai client generated from *your* OpenAPI spec at compile time.
//!
//! The macro is the second front end of `voiceai-codegen`, next to `cargo xtask regenerate`: it
//! reads the spec and expands to exactly the code the `voiceai::ringg` and `voiceai::ringyo`
//! clients are built from — progenitor's types and builders plus open enums, multipart
//! operations, `stream()` on list operations, the operation table (`OPERATIONS`, `API`) and the
//! hooks into the `voiceai` runtime (key from the environment, retries, rate limits, errors). So a
//! newer or private spec gets the whole runtime without waiting for a release of `voiceai`.
//!
//! ```toml
//! [dependencies]
//! voiceai = "0.1"                 # the runtime; default features give HTTPS (rustls)
//! voiceai-codegen-macro = "0.1"
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! Nothing else: the generated code reaches `reqwest`, `serde`, `serde_json` and
//! `progenitor-client` through `voiceai`'s re-exports. (Only a spec using
//! `format: date-time`, `date`, `uuid` or a string `pattern` makes the generated types name
//! `chrono` (with its `serde` feature), `uuid` (`serde` feature) or `regress`; add those then.)
//!
//! Invoke it in a module of its own; the path is relative to the directory of your
//! `Cargo.toml`:
//!
//! ```no_run
//! mod notes {
//!     voiceai_codegen_macro::client!("spec/notes.yaml");
//! }
//!
//! # async fn demo() -> Result<(), voiceai::Error> {
//! // NOTES_API_KEY (required) and NOTES_BASE_URL (optional), named after the spec's file.
//! let client = notes::Client::from_env()?;
//! let note = client.get_note().note_id("note_1").send().await?.into_inner();
//! println!("{}: {:?}", note.text, note.colour);
//! # Ok(()) }
//! ```
//!
//! The module then holds what `voiceai::ringg` holds: `Client` (with `builder()`, `from_env()`,
//! one method per operation), `types`, `builder`, `OPERATIONS` and `API`.
//!
//! The API name, which names the environment variables (`{API}_API_KEY`, `{API}_BASE_URL`),
//! is the spec's file name without extension, non-alphanumerics replaced by `_`; name it
//! yourself with the long form:
//!
//! ```no_run
//! mod notes {
//!     voiceai_codegen_macro::client!(path = "spec/notes.yaml", api = "my_notes");
//! }
//! # fn main() { let _ = notes::Client::from_env(); } // MY_NOTES_API_KEY
//! ```
//!
//! The spec must be what the generator supports (see `voiceai-codegen`): OpenAPI 3.0 in YAML or
//! JSON with a `servers[0].url`, an `apiKey`-in-header or `http` bearer security scheme and an
//! `operationId` on every operation. Anything wrong — a missing file, an invalid spec, a spec
//! progenitor refuses — is a compile error saying so. The expansion includes the spec with
//! `include_bytes!`, so cargo rebuilds the crate when the spec changes.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Token};

/// Expands to a voiceai client generated from an OpenAPI spec: `client!("spec/my_api.yaml")`
/// or `client!(path = "spec/my_api.yaml", api = "my_api")`. See the [crate docs](crate).
#[proc_macro]
pub fn client(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    expand(input.into(), &manifest_dir).into()
}

/// The macro's work on `proc_macro2` tokens, so that it can be tested outside the compiler:
/// the generated client, or a `compile_error!`.
fn expand(input: TokenStream, manifest_dir: &Path) -> TokenStream {
    match try_expand(input, manifest_dir) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

/// The macro's arguments.
struct Args {
    /// The spec path as written.
    path: LitStr,
    /// `api = "..."`, if given.
    api: Option<LitStr>,
}

fn parse_args(input: ParseStream) -> syn::Result<Args> {
    let mut path = None;
    let mut api = None;
    if input.peek(LitStr) {
        path = Some(input.parse::<LitStr>()?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    while !input.is_empty() {
        let key: syn::Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        let value: LitStr = input.parse()?;
        let slot = match key.to_string().as_str() {
            "path" => &mut path,
            "api" => &mut api,
            _ => {
                return Err(syn::Error::new(
                    key.span(),
                    "unknown argument: expected `path = \"...\"` or `api = \"...\"`",
                ))
            }
        };
        if slot.is_some() {
            return Err(syn::Error::new(key.span(), format!("`{key}` given twice")));
        }
        *slot = Some(value);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    let path =
        path.ok_or_else(|| input.error("expected the spec path: client!(\"spec/my_api.yaml\")"))?;
    Ok(Args { path, api })
}

fn try_expand(input: TokenStream, manifest_dir: &Path) -> syn::Result<TokenStream> {
    let args = parse_args.parse2(input)?;
    let span = args.path.span();
    let relative = args.path.value();
    let full = manifest_dir.join(&relative);
    let text = std::fs::read_to_string(&full).map_err(|e| {
        syn::Error::new(
            span,
            format!("cannot read the spec {}: {e}", full.display()),
        )
    })?;
    let api = match &args.api {
        Some(lit) => {
            let api = lit.value();
            if api.is_empty()
                || !api
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                return Err(syn::Error::new(
                    lit.span(),
                    "`api` must be lower-case letters, digits and `_` (it names the \
                     environment variables, e.g. `my_api` -> MY_API_API_KEY)",
                ));
            }
            api
        }
        None => api_name_from_path(&full).ok_or_else(|| {
            syn::Error::new(
                span,
                "cannot name the API after this path: add `api = \"...\"`",
            )
        })?,
    };
    let tokens = generate(&text, &api).map_err(|message| {
        syn::Error::new(span, format!("voiceai client from {relative}: {message}"))
    })?;
    let tracked = full
        .to_str()
        .ok_or_else(|| syn::Error::new(span, "the spec path is not valid UTF-8"))?;
    let tracked = LitStr::new(tracked, Span::call_site());
    Ok(quote! {
        #tokens
        // Makes the spec an input of this crate: cargo rebuilds it (and so re-runs the macro)
        // when the spec changes.
        const _: &[u8] = ::core::include_bytes!(#tracked);
    })
}

/// The generator, with a panic inside it (progenitor has some) turned into an error message.
fn generate(spec_text: &str, api: &str) -> Result<TokenStream, String> {
    let run = std::panic::AssertUnwindSafe(|| voiceai_codegen::expand_for_macro(spec_text, api));
    match std::panic::catch_unwind(run) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(error)) => Err(error.to_string()),
        Err(panic) => Err(format!(
            "the generator failed: {}",
            panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
        )),
    }
}

/// `spec/My-API.v2.yaml` -> `my_api_v2`; `None` when nothing usable is left.
fn api_name_from_path(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let name = name.trim_matches('_').to_string();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// The message of the `compile_error!` an expansion holds.
    fn compile_error(tokens: &TokenStream) -> String {
        let text = tokens.to_string();
        assert!(
            text.starts_with(":: core :: compile_error !") || text.contains("compile_error"),
            "not a compile error: {}",
            &text[..text.len().min(300)]
        );
        text
    }

    #[test]
    fn a_spec_expands_to_the_client_and_tracks_the_file() {
        let out = expand(quote!("spec/notes.yaml"), &manifest_dir()).to_string();
        assert!(
            !out.contains("compile_error"),
            "{}",
            &out[..out.len().min(500)]
        );
        assert!(out.contains("pub struct Client"));
        assert!(out.contains(":: voiceai :: runtime :: ClientState"));
        assert!(out.contains("\"NOTES_API_KEY\""));
        let spec = manifest_dir().join("spec/notes.yaml");
        assert!(out.contains(&format!("include_bytes ! ({:?})", spec.to_str().unwrap())));
    }

    #[test]
    fn the_long_form_names_the_api() {
        let out = expand(
            quote!(path = "spec/notes.yaml", api = "my_notes",),
            &manifest_dir(),
        )
        .to_string();
        assert!(
            out.contains("\"MY_NOTES_API_KEY\""),
            "{}",
            &out[..out.len().min(500)]
        );
        let out = expand(quote!(api = "x", path = "spec/notes.yaml"), &manifest_dir());
        assert!(out.to_string().contains("\"X_API_KEY\""));
    }

    #[test]
    fn a_missing_file_is_a_compile_error_naming_it() {
        let out = compile_error(&expand(quote!("spec/nope.yaml"), &manifest_dir()));
        assert!(out.contains("cannot read the spec"), "{out}");
        assert!(out.contains("nope.yaml"), "{out}");
    }

    #[test]
    fn an_invalid_spec_is_a_compile_error_with_the_generator_message() {
        let dir = std::env::temp_dir().join(format!("voiceai-macro-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("broken.yaml"), "openapi: [unclosed").unwrap();
        std::fs::write(
            dir.join("no_server.yaml"),
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n",
        )
        .unwrap();
        // Parses as YAML, but is no OpenAPI document progenitor accepts.
        std::fs::write(
            dir.join("refused.yaml"),
            "openapi: 3.0.3\ninfo: {title: T}\nservers: [{url: 'https://x.invalid'}]\npaths: {}\n",
        )
        .unwrap();
        let broken = compile_error(&expand(quote!("broken.yaml"), &dir));
        let no_server = compile_error(&expand(quote!("no_server.yaml"), &dir));
        let refused = compile_error(&expand(quote!("refused.yaml"), &dir));
        std::fs::remove_dir_all(&dir).ok();
        assert!(
            broken.contains("voiceai client from broken.yaml: spec: not valid YAML"),
            "{broken}"
        );
        assert!(no_server.contains("spec:"), "{no_server}");
        assert!(
            refused.contains("voiceai client from refused.yaml"),
            "{refused}"
        );
    }

    #[test]
    fn bad_arguments_are_compile_errors() {
        for (input, message) in [
            (quote!(), "expected the spec path"),
            (quote!(spec = "a.yaml"), "unknown argument"),
            (quote!("a.yaml", api = "x", api = "y"), "`api` given twice"),
            (
                quote!("spec/notes.yaml", api = "Not-OK"),
                "`api` must be lower-case",
            ),
            (quote!(42), "expected"),
        ] {
            let out = compile_error(&expand(input.clone(), &manifest_dir()));
            assert!(out.contains(message), "{input}: {out}");
        }
    }

    #[test]
    fn api_names_come_from_the_file_name() {
        assert_eq!(
            api_name_from_path(Path::new("spec/ringg.yaml")).as_deref(),
            Some("ringg")
        );
        assert_eq!(
            api_name_from_path(Path::new("My-API.v2.json")).as_deref(),
            Some("my_api_v2")
        );
        assert_eq!(api_name_from_path(Path::new("---.yaml")), None);
    }
}
