//! Per-request settings that override the client's for the requests made inside one future.

use std::future::Future;
use std::time::Duration;

use super::RetryPolicy;

tokio::task_local! {
    static CURRENT: RequestOptions;
}

/// Overrides for the requests a future makes: retries, total timeout, idempotency key.
///
/// ```no_run
/// # async fn demo(client: voiceai::ringyo::Client) -> Result<(), voiceai::Error> {
/// use std::time::Duration;
/// use voiceai::RequestOptions;
///
/// let agents = RequestOptions::new()
///     .max_retries(0)
///     .timeout(Duration::from_secs(3))
///     .run(client.list_agents().send())
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) idempotency_key: Option<String>,
    pub(crate) max_response_size: Option<u64>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Retries after the first attempt (0 disables retrying).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// A whole retry policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Total time for each attempt, from sending to the end of the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The `Idempotency-Key` to send (APIs that support one); otherwise one is generated per
    /// logical call.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// The largest response body to accept, in bytes (see
    /// [`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)).
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = Some(bytes);
        self
    }

    /// Runs `future` with these options applied to every request it sends.
    pub async fn run<F: Future>(self, future: F) -> F::Output {
        CURRENT.scope(self, future).await
    }

    /// The options in force for the current task, if any.
    pub(crate) fn current() -> Option<RequestOptions> {
        CURRENT.try_with(Clone::clone).ok()
    }

    /// The policy these options make of a client's policy.
    pub(crate) fn effective_policy(&self, base: &RetryPolicy) -> RetryPolicy {
        let mut policy = self.retry.clone().unwrap_or_else(|| base.clone());
        if let Some(n) = self.max_retries {
            policy.max_retries = n;
        }
        policy
    }
}
