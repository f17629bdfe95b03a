//! How to generate one client: the API's name and where generated code finds the runtime.

use proc_macro2::TokenStream;
use quote::quote;

/// How to generate one client.
#[derive(Debug, Clone)]
pub struct Config {
    /// Short API name, e.g. `ringg`: used for environment variable names (`RINGG_API_KEY`).
    pub api: String,
    /// How the spec is named in the "generated from" header, e.g. `spec/ringg.yaml`.
    pub spec_label: String,
    /// Path of the voiceai runtime module as seen from the generated code.
    pub runtime: TokenStream,
    /// Path of a module re-exporting the crates generated code names (`reqwest`, `serde`, …,
    /// see [`crate::reexports`]), or `None` when the crate holding the code depends on them itself.
    pub reexports: Option<TokenStream>,
}

impl Config {
    /// The configuration the checked-in files inside the `voiceai` crate use.
    pub fn in_crate(api: &str) -> Self {
        Self {
            api: api.to_string(),
            spec_label: format!("spec/{api}.yaml"),
            runtime: quote!(crate::runtime),
            reexports: None,
        }
    }

    /// The configuration of code generated into another crate (the proc macro): the runtime is
    /// `::voiceai::runtime`, and `reqwest`, `serde`, `serde_json` and `progenitor_client` are
    /// reached through `::voiceai::__private`, so that crate needs no dependency but `voiceai`.
    pub fn external(api: &str) -> Self {
        Self {
            reexports: Some(quote!(::voiceai::__private)),
            runtime: quote!(::voiceai::runtime),
            ..Self::in_crate(api)
        }
    }
}
