//! Step 2 of the pipeline: progenitor's generator, with the settings every output shares, so
//! that the client, the CLI and the httpmock helpers agree on type and builder names.

use proc_macro2::TokenStream;
use quote::quote;

use crate::Error;

/// progenitor's generator with this crate's settings: builder interface, merged tags, hooks
/// expected, the runtime's `ClientState` as the client's inner value.
pub(crate) fn generator(runtime: &TokenStream) -> progenitor_impl::Generator {
    let mut settings = progenitor_impl::GenerationSettings::new();
    settings
        .with_interface(progenitor_impl::InterfaceStyle::Builder)
        .with_tag(progenitor_impl::TagStyle::Merged)
        .with_hooks(progenitor_impl::HooksMode::Expected)
        .with_inner_type(quote!(#runtime::ClientState));
    progenitor_impl::Generator::new(&settings)
}

/// progenitor's output (or its refusal) as a syntax tree for the post-passes.
pub(crate) fn parse(
    output: Result<TokenStream, progenitor_impl::Error>,
) -> Result<syn::File, Error> {
    let tokens = output.map_err(|e| Error::Progenitor(e.to_string()))?;
    Ok(syn::parse2(tokens)?)
}
