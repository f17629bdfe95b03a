//! The voiceai generator: an OpenAPI 3.0 spec in, Rust source for a voiceai client out.
//!
//! The pipeline, in the order it runs (one module per step):
//!
//! 1. **Read and prepare the spec, once** ([`prepare()`] → [`Prepared`], module [`mod@prepare`]):
//!    YAML or JSON read ([`spec`]), constraints only validators need dropped ([`validation`]),
//!    error statuses unified into `4XX`/`5XX`, and two views for progenitor: the client's
//!    (multipart operations taken out) and the CLI's and httpmock's (multipart operations kept,
//!    without their body). One [`Prepared`] feeds every output of an API.
//! 2. **progenitor** generates the types, builders and `Client` ([`client`]), the clap command
//!    line ([`cli`]) and the typed httpmock helpers ([`httpmock`]) from those views.
//! 3. **Our post-passes** on progenitor's syntax tree, each its own module, in this order for
//!    the client:
//!    - `api_version`: the `api-version` header progenitor adds to every request goes;
//!    - `deprecations`: `#[deprecated]` on the methods of deprecated operations;
//!    - [`secrets`]: `x-secret` properties become the runtime's `Secret`;
//!    - [`open_enum`]: string enums get an `Unknown(String)` catch-all; [`docs`] documents
//!      the type builders;
//!    - [`multipart`]: builders for `multipart/form-data` operations;
//!    - [`pagination`]: `stream()` on list operations (cursor and offset streams);
//!    - [`send`]: every builder's `send()` runs through the runtime's typed call path; [`docs`]
//!      documents the operation builders;
//!    - `constructors` and `metadata`: `Client::builder()`/`from_env()`, the operation table
//!      `OPERATIONS` and the profile `API` the runtime reads (scopes, envelope, rate limits);
//!    - [`reexports`]: outside the `voiceai` crate, crate paths go through its re-exports.
//!
//!    The CLI and httpmock outputs have their own passes ([`cli`], [`httpmock`]).
//! 4. **Format** (`format`): prettyplease with the "do not edit" header, or the items a
//!    macro expands to.
//!
//! Two front ends: `cargo xtask regenerate` (which owns the repository's layout) prepares each
//! spec once and calls [`client::generate_file`], [`cli::generate_file`] and
//! [`httpmock::generate_file`] with [`Config::in_crate`]; the `voiceai_codegen_macro::client!`
//! proc macro calls [`expand_for_macro`] ([`Config::external`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use proc_macro2::TokenStream;

mod api_version;
pub mod cli;
pub mod client;
mod config;
mod constructors;
mod deprecations;
pub mod docs;
mod format;
pub mod httpmock;
mod metadata;
pub mod multipart;
pub mod open_enum;
pub mod pagination;
pub mod prepare;
mod progenitor;
pub mod reexports;
pub mod secrets;
pub mod send;
pub mod spec;
pub mod validation;

#[cfg(test)]
mod golden;
#[cfg(test)]
mod hostile;

pub use config::Config;
pub use prepare::{prepare, Prepared};

/// What can go wrong while generating.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec is malformed or uses something the generator does not support.
    #[error("spec: {0}")]
    Spec(String),
    /// progenitor refused the spec.
    #[error("progenitor: {0}")]
    Progenitor(String),
    /// The generated tokens did not parse as Rust (a generator bug).
    #[error("generated code does not parse: {0}")]
    Syntax(String),
}

impl From<syn::Error> for Error {
    fn from(e: syn::Error) -> Self {
        Error::Syntax(e.to_string())
    }
}

/// The client's formatted source, with a "do not edit" header, from spec text (YAML or JSON):
/// [`prepare()`], then [`client::generate_file`].
pub fn generate_file(spec_text: &str, config: &Config) -> Result<String, Error> {
    client::generate_file(&prepare(spec_text)?, config)
}

/// The client's token stream from spec text: [`prepare()`], then [`client::generate_tokens`].
pub fn generate_tokens(spec_text: &str, config: &Config) -> Result<TokenStream, Error> {
    client::generate_tokens(&prepare(spec_text)?, config)
}

/// What `voiceai_codegen_macro::client!` expands to (less the `include_bytes!` of the spec that
/// makes cargo rebuild when it changes): the client with [`Config::external`], each item
/// carrying the `#[allow(..)]` a generated file has as an inner attribute.
pub fn expand_for_macro(spec_text: &str, api: &str) -> Result<TokenStream, Error> {
    format::for_macro(generate_tokens(spec_text, &Config::external(api))?)
}

/// The spec as progenitor's own generator gets it from this crate (JSON): the multipart
/// operations progenitor cannot generate taken out, error ranges unified. `cargo xtask bench`
/// hands it to progenitor's `generate_api!` to compare build costs on the same spec.
pub fn progenitor_view(spec_text: &str) -> Result<String, Error> {
    prepare(spec_text)?.progenitor_view()
}
