//! The Ringg AI client.
//!
//! ```no_run
//! # async fn demo() -> Result<(), voiceai::Error> {
//! let client = voiceai::ringg::Client::from_env()?; // RINGG_API_KEY
//! let workspace = client.get_workspace().send().await?;
//! println!("{:?}", workspace.into_inner());
//! # Ok(()) }
//! ```
//!
//! Authentication is `X-API-KEY: <key>` on every request. Ringg documents no idempotency:
//! a request other than `GET` is sent again only when it failed before reaching the server, or
//! when the server refused it with a 429 (which means it was not acted on).
//! Ringg publishes no general rate limit; the knowledge-base limits it documents apply
//! client-side.

#[rustfmt::skip]
mod generated;
pub mod webhooks;

pub use generated::{builder, types, Client, API, OPERATIONS};
