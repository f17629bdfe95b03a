#![doc = include_str!("../../README.md")]
#![warn(missing_docs)]

pub mod runtime;

#[cfg(feature = "ringg")]
pub mod ringg;

#[cfg(feature = "ringyo")]
pub mod ringyo;

pub use runtime::{ApiError, ConfigError, Error, RequestOptions, RetryPolicy};

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The request id the server gave a response (an `x-request-id` header, or `meta.request_id` of
/// a Ringyo envelope), if any.
pub fn request_id<T>(response: &progenitor_client::ResponseValue<T>) -> Option<&str> {
    runtime::hooks::request_id(response.headers())
}

/// How many attempts a successful response took: 1, or more when the runtime retried (errors
/// say the same in their message).
pub fn attempts<T>(response: &progenitor_client::ResponseValue<T>) -> u32 {
    response
        .headers()
        .get(runtime::error::marker::ATTEMPTS)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

/// Re-exports of the types in generated signatures.
pub use progenitor_client::{ByteStream, ResponseValue};

/// The crates that code generated outside this crate (by `voiceai_codegen_macro::client!`)
/// names, reached through `::voiceai::__private::…` so that the crate holding that code needs no
/// dependency but `voiceai`. Not a public API: it changes with the generator.
#[doc(hidden)]
pub mod __private {
    pub use progenitor_client;
    pub use reqwest;
    pub use serde;
    pub use serde_json;
}
