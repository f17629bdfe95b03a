#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

#[doc(hidden)]
pub mod runtime;

#[cfg(feature = "ringg")]
pub mod ringg;

#[cfg(feature = "ringyo")]
pub mod ringyo;

pub use runtime::config::ClientBuilder;
pub use runtime::error::{ApiError, DecodeError, Error, LimiterFault, TransportError};
pub use runtime::multipart::FilePart;
pub use runtime::secret::{KeyError, KeySource, Secret};
#[cfg(feature = "redis")]
pub use runtime::shared_limit::SharedLimit;
pub use runtime::usage::Usage;
pub use runtime::{ConfigError, RequestOptions, Response, Result, RetryPolicy};

/// What a client has done (`client.usage()`): requests, failures by class, retries, 429s and
/// limiter waits per operation, the server's last rate-limit figures, and the health of the
/// plan limiter.
pub mod usage {
    pub use crate::runtime::usage::{
        ErrorClass, LimitSource, LimiterBackend, LimiterState, LimiterUsage, OperationUsage,
        ServerHeadroom, Usage,
    };
}

/// Checking webhook deliveries; each API's module (`ringg::webhooks`, `ringyo::webhooks`)
/// applies it to that API's events.
pub mod webhooks {
    #[cfg(feature = "axum")]
    pub use crate::runtime::webhooks::WebhookRejection;
    pub use crate::runtime::webhooks::{HeaderCheck, StandardWebhook, Verified, WebhookError};
}

/// Lists across pages: the `stream()` method of every list builder yields each item as a
/// `voiceai::Result<T>`, fetching one page at a time through the client (limits and retries
/// apply). Use it with [`StreamExt`](pagination::StreamExt) (re-exported from `futures-util`,
/// so no other dependency is needed) or any `Stream` combinators.
pub mod pagination {
    pub use crate::runtime::pagination::{Stream, StreamLimits, DEFAULT_PAGE_SIZE};
    pub use futures_util::StreamExt;
}

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
