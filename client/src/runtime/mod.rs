//! The hand-written runtime shared by both clients: configuration, the API key, the steps of a
//! call (auth, scope check, rate limit, retry), errors, multipart bodies.
//!
//! Not a public API: this is what generated code (in this crate and from the `client!`
//! macro) names. What users need is re-exported at the crate root.
//!
//! Every generated `send()` builds its request with progenitor's code and hands it to
//! [`call::execute`], which carries one typed context through `exchange::prepare` and
//! `exchange::send` and builds the response or the error from it; the per-API
//! differences (auth header, scopes, limits) come from the [`ApiProfile`] and [`OperationMeta`]
//! table generated from each spec.

pub mod call;
pub mod config;
pub mod error;
pub mod exchange;
pub(crate) mod limiter;
pub mod multipart;
pub mod options;
pub mod pagination;
pub mod path;
pub mod rate_limit;
pub mod response;
pub mod retry;
pub mod secret;
#[cfg(feature = "redis")]
pub mod shared_limit;
pub mod state;
pub mod usage;
pub mod webhooks;

pub use config::{ClientBuilder, ConfigError};
pub use error::{ApiError, DecodeError, Error, LimiterFault, TransportError};
pub use options::RequestOptions;
pub use rate_limit::RateLimiter;
pub use response::Response;
pub use retry::RetryPolicy;

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
pub use secret::{ApiKey, Secret};
#[cfg(feature = "redis")]
pub use shared_limit::SharedLimit;
pub use state::ClientState;
pub use usage::Usage;

/// How an API authenticates requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthStyle {
    /// The key in a header of this (lower-case) name, e.g. `x-api-key`.
    Header(&'static str),
    /// `Authorization: Bearer <key>`.
    Bearer,
}

/// How a list operation pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pagination {
    /// Not a paginated list.
    None,
    /// `limit` + `offset` query parameters.
    Offset,
    /// `limit` + `cursor` query parameters; the response carries `next_cursor`.
    Cursor,
}

/// A documented per-operation limit: `requests` per `per_seconds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed in one window.
    pub requests: u32,
    /// Window length in seconds.
    pub per_seconds: u64,
}

/// What the runtime knows about one operation, generated from the spec.
#[derive(Debug, Clone, Copy)]
pub struct OperationMeta {
    /// The spec's `operationId`.
    pub id: &'static str,
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// Path template.
    pub path: &'static str,
    /// The permission scope the key needs (`x-required-scope`), if the API has scopes.
    pub required_scope: Option<&'static str>,
    /// Whether a request that may have reached the server can be sent again: `GET`, or an
    /// operation that carries an `Idempotency-Key`.
    pub retry_safe: bool,
    /// Whether the operation accepts an `Idempotency-Key` header.
    pub idempotency_key: bool,
    /// How the operation pages, if it is a list.
    pub pagination: Pagination,
    /// Whether a `{data, meta}` envelope around a single object is unwrapped.
    pub unwrap_data_envelope: bool,
    /// A documented limit for this operation alone.
    pub rate_limit: Option<RateLimit>,
    /// Marked deprecated in the spec.
    pub deprecated: bool,
    /// Sends a `multipart/form-data` body.
    pub multipart: bool,
}

/// Settings of one API, generated from its spec.
#[derive(Debug)]
pub struct ApiProfile {
    /// Short name (`ringg`, `ringyo`).
    pub name: &'static str,
    /// `info.title` of the spec.
    pub title: &'static str,
    /// `info.version` of the spec.
    pub version: &'static str,
    /// `servers[0].url`.
    pub default_base_url: &'static str,
    /// How requests authenticate.
    pub auth: AuthStyle,
    /// Environment variable holding the key.
    pub api_key_env: &'static str,
    /// Environment variable that may override the base URL.
    pub base_url_env: &'static str,
    /// The client-side limit applied by default (the spec's top-level `x-rate-limit`).
    pub default_rate_limit: Option<RateLimit>,
    /// Every operation of the spec.
    pub operations: &'static [OperationMeta],
    /// Names of the response fields the spec marks `x-secret` (redacted from error previews
    /// and CLI output).
    pub secret_fields: &'static [&'static str],
}

impl ApiProfile {
    /// The metadata of an operation by its id.
    pub fn operation(&self, id: &str) -> Option<&'static OperationMeta> {
        self.operations.iter().find(|op| op.id == id)
    }
}
