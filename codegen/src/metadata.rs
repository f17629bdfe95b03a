//! Post-pass: what the runtime reads about the API, emitted from the spec: the operation
//! table `OPERATIONS` (method, path, scope, retry safety, idempotency key, pagination, envelope,
//! rate limit, deprecation, multipart) and the profile `API` (name, base URL, auth, env vars,
//! default rate limit, secret fields).

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::spec::{self, AuthScheme};
use crate::{pagination, secrets, Config, Error, Prepared};

/// `OPERATIONS` (one row per operation, ordered by path, then by method) and `API`.
pub(crate) fn tokens(prepared: &Prepared, config: &Config) -> Result<TokenStream, Error> {
    let Prepared {
        spec, operations, ..
    } = prepared;
    let info = &prepared.client_view.info;
    let runtime = &config.runtime;
    let unwrap_envelope = spec
        .get("x-response-envelope")
        .and_then(Value::as_str)
        .is_some_and(|s| s == "optional-data-meta");
    let mut rows = Vec::new();
    for op in operations {
        let id = &op.id;
        let method = &op.method;
        let path = &op.path;
        let scope = match op.str_field("x-required-scope") {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        let idempotency_key = op.has_param(spec, "header", "idempotency-key");
        let retry_safe = method == "GET" || method == "HEAD" || idempotency_key;
        let pagination = match pagination::kind_of(spec, op) {
            Some(pagination::Kind::Cursor) => quote!(#runtime::Pagination::Cursor),
            Some(pagination::Kind::Offset) => quote!(#runtime::Pagination::Offset),
            None => quote!(#runtime::Pagination::None),
        };
        let paginated = op.has_param(spec, "query", "limit");
        let unwrap = unwrap_envelope && !paginated;
        let rate_limit = rate_limit_tokens(op.raw.get("x-rate-limit"), id, runtime)?;
        let deprecated = op.is_deprecated();
        let multipart = op.is_multipart(spec);
        rows.push(quote! {
            #runtime::OperationMeta {
                id: #id,
                method: #method,
                path: #path,
                required_scope: #scope,
                retry_safe: #retry_safe,
                idempotency_key: #idempotency_key,
                pagination: #pagination,
                unwrap_data_envelope: #unwrap,
                rate_limit: #rate_limit,
                deprecated: #deprecated,
                multipart: #multipart,
            }
        });
    }
    let name = &config.api;
    let title = &info.title;
    let version = &info.version;
    let base_url = prepared
        .client_view
        .servers
        .first()
        .map(|server| server.url.trim_end_matches('/'))
        .ok_or_else(|| Error::Spec("servers[0].url is missing".into()))?;
    let auth = match spec::auth_scheme(spec)? {
        AuthScheme::Header(h) => quote!(#runtime::AuthStyle::Header(#h)),
        AuthScheme::Bearer => quote!(#runtime::AuthStyle::Bearer),
    };
    let prefix = name.to_ascii_uppercase();
    let key_env = format!("{prefix}_API_KEY");
    let url_env = format!("{prefix}_BASE_URL");
    let count = rows.len();
    let default_limit = rate_limit_tokens(spec.get("x-rate-limit"), "the spec", runtime)?;
    let secret_fields = secrets::field_names(&secrets::secret_properties(spec));
    Ok(quote! {
        /// Per-operation metadata generated from the spec, ordered by path, then by method.
        pub static OPERATIONS: [#runtime::OperationMeta; #count] = [#(#rows),*];

        /// The API's settings generated from the spec: name, base URL, auth, operations.
        pub static API: #runtime::ApiProfile = #runtime::ApiProfile {
            name: #name,
            title: #title,
            version: #version,
            default_base_url: #base_url,
            auth: #auth,
            api_key_env: #key_env,
            base_url_env: #url_env,
            default_rate_limit: #default_limit,
            operations: &OPERATIONS,
            secret_fields: &[#(#secret_fields),*],
        };
    })
}

/// `x-rate-limit: {requests: N, per_seconds: S}` as `Some(RateLimit {..})`, absent as `None`.
fn rate_limit_tokens(
    limit: Option<&Value>,
    owner: &str,
    runtime: &TokenStream,
) -> Result<TokenStream, Error> {
    let Some(limit) = limit else {
        return Ok(quote!(None));
    };
    let number = |key: &str| {
        limit
            .get(key)
            .and_then(Value::as_u64)
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                Error::Spec(format!(
                    "{owner}: x-rate-limit.{key} must be a positive integer"
                ))
            })
    };
    let requests = u32::try_from(number("requests")?)
        .map_err(|_| Error::Spec(format!("{owner}: x-rate-limit.requests is too large")))?;
    let per = number("per_seconds")?;
    Ok(quote!(Some(#runtime::RateLimit { requests: #requests, per_seconds: #per })))
}
