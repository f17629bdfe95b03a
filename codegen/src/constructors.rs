//! Post-pass: every client is built through the runtime's `ClientBuilder` (base URL checked,
//! redirect policy set, key from the environment): progenitor's public constructors go, and
//! `builder()`, `from_env()`, `set_api_key()` and `usage()` come first on `Client`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{Config, Error};

/// Every client is built through `ClientBuilder::build` (which checks the base URL and sets the
/// redirect policy): progenitor's `Client::new` goes, `new_with_client` becomes private, and
/// the `pub use` of progenitor's support types becomes a private `use` (the builders reach them
/// through `super::`). progenitor's hooks are not used (see [`crate::send`]), and its `prelude`
/// (which holds only `Client`) goes.
pub(crate) fn make_private(file: &mut syn::File) {
    for item in file.items.iter_mut() {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let is_client =
                    matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
                if !is_client {
                    continue;
                }
                imp.items
                    .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
                for i in imp.items.iter_mut() {
                    if let syn::ImplItem::Fn(f) = i {
                        if f.sig.ident == "new_with_client" {
                            f.vis = syn::Visibility::Inherited;
                        }
                    }
                }
            }
            syn::Item::Use(u) => {
                let names_progenitor = matches!(
                    &u.tree,
                    syn::UseTree::Path(p) if p.ident == "progenitor_client"
                );
                if names_progenitor {
                    u.vis = syn::Visibility::Inherited;
                }
            }
            _ => {}
        }
    }
    // An `impl Client` left empty by the removal, and progenitor's assertion that `Client`
    // implements its hooks: the generated `send()` hands requests to the runtime directly.
    file.items.retain(|item| match item {
        syn::Item::Impl(imp) => !(imp.trait_.is_none() && imp.items.is_empty()),
        syn::Item::Const(c) => !quote!(#c).to_string().contains("assert_client_hooks"),
        // `prelude` only re-exports `Client`.
        syn::Item::Mod(m) => m.ident != "prelude",
        _ => true,
    });
}

/// Puts `builder()`, `from_env()` and the runtime's `BuildClient` impl first on the `Client`
/// page, before the operations.
pub(crate) fn insert(
    file: &mut syn::File,
    info: &openapiv3::Info,
    config: &Config,
) -> Result<(), Error> {
    let constructors: syn::File = syn::parse2(tokens(info, config))?;
    let first_client_impl = file
        .items
        .iter()
        .position(|item| {
            matches!(item, syn::Item::Impl(imp) if imp.trait_.is_none()
                && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client")))
        })
        .unwrap_or(file.items.len());
    file.items
        .splice(first_client_impl..first_client_impl, constructors.items);
    Ok(())
}

fn tokens(info: &openapiv3::Info, config: &Config) -> TokenStream {
    let runtime = &config.runtime;
    let prefix = config.api.to_ascii_uppercase();
    let title = &info.title;
    let builder_doc = format!(
        "A builder for a {title} client. The key comes from `.api_key(..)`, else from \
         `{prefix}_API_KEY`; the base URL from `.base_url(..)`, else `{prefix}_BASE_URL`, else \
         the spec's server URL."
    );
    let from_env_doc = format!(
        "A {title} client configured from the environment: `{prefix}_API_KEY` (required) and \
         `{prefix}_BASE_URL` (optional), with the default timeouts, retries and limits."
    );
    quote! {
        impl #runtime::config::BuildClient for Client {
            fn profile() -> &'static #runtime::ApiProfile {
                &API
            }

            fn from_parts(parts: #runtime::config::ClientParts) -> Self {
                let (base_url, http, state) = parts.into_parts();
                Self::new_with_client(&base_url, http, state)
            }
        }

        impl Client {
            #[doc = #builder_doc]
            pub fn builder() -> #runtime::config::ClientBuilder<Self> {
                #runtime::config::ClientBuilder::new()
            }

            #[doc = #from_env_doc]
            pub fn from_env() -> ::std::result::Result<Self, #runtime::ConfigError> {
                Self::builder().build()
            }

            /// Replaces the API key of this client and every clone of it (after the vendor
            /// rotated it). Requests already sent keep the old key.
            pub fn set_api_key(
                &self,
                key: impl ::std::convert::Into<::std::string::String>,
            ) -> ::std::result::Result<(), #runtime::secret::KeyError> {
                self.inner.set_api_key(key)
            }

            /// What this client and its clones have done since it was built: per operation,
            /// requests, successes, failures by class, retries, 429s met and time waited in the
            /// limiter; the server's last `X-RateLimit-*` figures; and the plan limiter's health.
            /// Print it (`{}` is a table, `summary()` one line) or export it (`serde`).
            pub fn usage(&self) -> #runtime::usage::Usage {
                self.inner.usage()
            }

            /// The runtime state: limits, retry budget. Not a public API.
            #[doc(hidden)]
            pub fn state(&self) -> &#runtime::ClientState {
                &self.inner
            }
        }
    }
}
