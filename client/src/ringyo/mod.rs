//! The Ringyo AI client.
//!
//! ```no_run
//! # async fn demo() -> Result<(), voiceai::Error> {
//! use voiceai::ringyo::{Client, Plan};
//!
//! let client = Client::builder()
//!     .api_key("rg_test_FAKE")
//!     .plan(Plan::Agency)
//!     .scopes(["calls:read", "agents:read"])
//!     .build()?;
//! let agents = client.list_agents().limit(20).send().await?;
//! println!("request id: {:?}", agents.request_id());
//! # Ok(()) }
//! ```
//!
//! Authentication is `Authorization: Bearer <key>`. Every `POST` carries an
//! `Idempotency-Key`, generated once per call and reused on every retry (set your own with the
//! builder's `idempotency_key(..)` or [`RequestOptions`](crate::RequestOptions)). Single objects
//! decode whether the server sends them bare or inside `{data, meta}`; the envelope's
//! `meta.request_id` is then available through [`Response::request_id`](crate::Response::request_id).
//!
//! When the client knows its key's scopes ([`ClientBuilder::scopes`](crate::ClientBuilder::scopes)),
//! an operation needing another scope fails with [`Error::MissingScope`](crate::Error::MissingScope)
//! before anything is sent. Each operation's scope is in [`OPERATIONS`] (`required_scope`).
//!
//! The operations used most, end to end: an agent, a call placed with it and followed to its
//! end, the call list page by page, and a webhook for call events.
//!
//! ```no_run
//! # async fn demo(client: voiceai::ringyo::Client) -> Result<(), voiceai::Error> {
//! use voiceai::pagination::StreamExt;
//! use voiceai::ringyo::types::{CallStatus, WebhookEventName};
//!
//! let agent = client
//!     .create_agent()
//!     .body_map(|b| {
//!         b.name("Reminders")
//!             .system_prompt("You remind people of tomorrow's appointment.")
//!             .voice_id("voice_sarah")
//!     })
//!     .send()
//!     .await?;
//! let call = client
//!     .create_call()
//!     .body_map(|b| b.agent_id(agent.id.clone()).phone_number("+14155550123"))
//!     .send()
//!     .await?;
//! let call = client
//!     .get_call()
//!     .call_id(call.id.clone())
//!     .include("transcript")
//!     .send()
//!     .await?;
//! if call.status == Some(CallStatus::Completed) {
//!     println!("{:?}", call.transcript);
//! }
//!
//! let mut calls = std::pin::pin!(client.list_calls().limit(100).stream());
//! while let Some(call) = calls.next().await {
//!     let call = call?;
//!     println!("{} {:?}", call.id, call.status);
//! }
//!
//! let webhook = client
//!     .create_webhook()
//!     .body_map(|b| {
//!         b.url("https://example.com/hooks/ringyo")
//!             .events(vec![WebhookEventName::CallCompleted])
//!     })
//!     .send()
//!     .await?;
//! // Shown once: keep it for `webhooks::Verifier::new`.
//! let secret = webhook.into_inner().secret;
//! # let _ = secret;
//! # Ok(()) }
//! ```

#[rustfmt::skip]
mod generated;
pub mod webhooks;

/// Typed [httpmock](https://docs.rs/httpmock) helpers (feature `httpmock`) for testing your own
/// code against a fake Ringyo server; the same shape as [`crate::ringg::mock`] (see there for an
/// example).
///
/// ```
/// use httpmock::MockServer;
/// use voiceai::ringyo::mock::MockServerExt;
/// use voiceai::ringyo::{types, Client};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let server = MockServer::start_async().await;
/// let deleted = server.delete_agent(|when, then| {
///     when.agent_id("agt_1");
///     then.ok(&types::DeletedResource {
///         id: "agt_1".into(),
///         deleted: Some(true),
///     });
/// });
/// let client = Client::builder().api_key("rg_test_FAKE").base_url(server.base_url()).build()?;
/// client.delete_agent().agent_id("agt_1").send().await?;
/// deleted.assert();
/// # Ok(()) }
/// ```
#[cfg(feature = "httpmock")]
#[rustfmt::skip]
#[path = "generated_httpmock.rs"]
pub mod mock;

/// The clap commands of the `voiceai ringyo` command line (feature `cli`); the same shape as
/// [`crate::ringg::cli`].
#[cfg(feature = "cli")]
#[rustfmt::skip]
#[path = "generated_cli.rs"]
pub mod cli;

use std::time::Duration;

pub use generated::{builder, types, Client, API, OPERATIONS};

use crate::runtime::config::ClientBuilder;

/// A Ringyo plan, which sets the client-side rate limit.
///
/// The docs disagree on the numbers: the authentication page gives Pro 300 and Agency 1,000
/// requests per minute, the API-keys page 60 and 300. The client follows the authentication
/// page and also obeys the server's `X-RateLimit-Remaining`/`X-RateLimit-Reset` and 429s, so a
/// lower real limit costs waits, not errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// 300 requests per minute (the default).
    Pro,
    /// 1,000 requests per minute.
    Agency,
    /// A negotiated limit.
    Custom {
        /// Requests allowed per minute.
        requests_per_minute: u32,
    },
}

impl Plan {
    /// Requests allowed per minute.
    pub fn requests_per_minute(self) -> u32 {
        match self {
            Plan::Pro => 300,
            Plan::Agency => 1000,
            Plan::Custom {
                requests_per_minute,
            } => requests_per_minute,
        }
    }
}

impl ClientBuilder<Client> {
    /// Sets the client-side rate limit to the plan's.
    pub fn plan(self, plan: Plan) -> Self {
        self.rate_limit(plan.requests_per_minute(), Duration::from_secs(60))
    }
}
