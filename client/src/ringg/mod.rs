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
//!
//! The operations used most: the agents, a call placed with one and its details, and the call
//! history page by page.
//!
//! ```no_run
//! # async fn demo(client: voiceai::ringg::Client) -> Result<(), voiceai::Error> {
//! use voiceai::pagination::StreamExt;
//! use voiceai::ringg::types::{CallInitiationData, CallStatus};
//!
//! let agents = client.list_assistants().limit(20).send().await?;
//! println!("{:?}", agents.into_inner());
//!
//! let placed = client
//!     .initiate_individual_call_v2()
//!     .body_map(|b| {
//!         b.agent_id("4f6c8d1e-FAKE")
//!             .mobile_number("+919876500001")
//!             .name("Asha")
//!             // Exactly one caller source: a number pool, a number id or a number.
//!             .number_pool_id("3c9b7e1a-FAKE".to_string())
//!     })
//!     .send()
//!     .await?;
//! let call_id = match placed.into_inner().data {
//!     Some(CallInitiationData::CallInitiationDetails(d)) => Some(d.call_id),
//!     Some(CallInitiationData::LegacyCallInitiationData(d)) => Some(d.unique_call_id),
//!     None => None,
//! };
//! if let Some(id) = call_id {
//!     let details = client.get_call_details().id(id).send().await?.into_inner();
//!     if details.data.and_then(|d| d.call_status) == Some(CallStatus::Completed) {
//!         println!("completed");
//!     }
//! }
//!
//! let mut history = std::pin::pin!(client.list_call_history().limit(100).stream());
//! while let Some(call) = history.next().await {
//!     println!("{}", call?.id);
//! }
//! # Ok(()) }
//! ```

#[rustfmt::skip]
mod generated;
pub mod webhooks;

/// Typed [httpmock](https://docs.rs/httpmock) helpers (feature `httpmock`) for testing your own
/// code against a fake Ringg server: `MockServerExt` adds one method per operation to
/// `httpmock::MockServer`; its `When` already matches the method and path and has a method per
/// parameter (per form part for the multipart uploads), its `Then` a method per documented
/// response taking the typed body (`ok`, `client_error(status, ..)`, `server_error(status, ..)`).
/// `into_inner()` gives the plain httpmock builder for anything else.
///
/// ```
/// use httpmock::MockServer;
/// use voiceai::ringg::mock::MockServerExt;
/// use voiceai::ringg::{types, Client};
///
/// /// The code under test: how many credits are left, from the workspace.
/// async fn credits_left(client: &Client) -> Result<f64, voiceai::Error> {
///     let workspace = client.get_workspace().send().await?.into_inner();
///     Ok(workspace.workspace_info.and_then(|w| w.credits).unwrap_or(0.0))
/// }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let server = MockServer::start_async().await;
/// let workspace = server.get_workspace(|when, then| {
///     when.into_inner().header("x-api-key", "test-key");
///     then.ok(&types::WorkspaceInfoResponse {
///         workspace_info: Some(types::WorkspaceInfo {
///             credits: Some(42.5),
///             ..Default::default()
///         }),
///     });
/// });
///
/// let client = Client::builder()
///     .api_key("test-key")
///     .base_url(server.base_url())
///     .build()?;
/// assert_eq!(credits_left(&client).await?, 42.5);
/// workspace.assert();
/// # Ok(()) }
/// ```
#[cfg(feature = "httpmock")]
#[rustfmt::skip]
#[path = "generated_httpmock.rs"]
pub mod mock;

/// The clap commands of the `voiceai ringg` command line (feature `cli`), generated from the
/// spec: [`cli::CliCommand`] lists every operation, [`cli::Cli::get_command`] gives its
/// `clap::Command` (flags for parameters and body fields, `--body-json FILE|-` for the whole
/// body, `--all` on list operations) and [`cli::Cli::execute`] runs it through a [`Client`],
/// handing results to a [`cli::CliConfig`] of your own.
#[cfg(feature = "cli")]
#[rustfmt::skip]
#[path = "generated_cli.rs"]
pub mod cli;

pub use generated::{builder, types, Client, API, OPERATIONS};
