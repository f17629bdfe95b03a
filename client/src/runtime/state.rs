//! The runtime state a generated client carries (progenitor's "inner type"): the key, the
//! limits, the retry policy and budget. Clones of a client share it.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};

use super::limiter::PlanLimiter;
use super::rate_limit::RateLimiter;
use super::retry::{RetryBudget, RetryPolicy};
use super::secret::{ApiKey, KeyError, KeySource};
use super::usage::{Usage, UsageCounters};
use super::{ApiProfile, AuthStyle, OperationMeta};

/// How the runtime waits between attempts.
pub type Sleeper = Arc<dyn Fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// Shared state of a client and its clones.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) shared: Arc<Shared>,
}

pub(crate) struct Shared {
    pub(crate) profile: &'static ApiProfile,
    /// The auth header for the current key, built once per key rather than per request (`None`
    /// when the key cannot be a header value). The key itself is kept nowhere else.
    auth: RwLock<Option<(HeaderName, HeaderValue)>>,
    /// Where the current key came from.
    key_source: RwLock<KeySource>,
    pub(crate) scopes: Option<BTreeSet<String>>,
    pub(crate) retry: RetryPolicy,
    pub(crate) budget: RetryBudget,
    /// The timeout of one attempt, unless the request sets its own.
    pub(crate) timeout: Duration,
    /// The largest response body accepted, unless the request sets its own.
    pub(crate) max_response_size: u64,
    pub(crate) limiter: Option<PlanLimiter>,
    pub(crate) operation_limiters: Vec<(&'static OperationMeta, RateLimiter)>,
    pub(crate) usage: UsageCounters,
    sleeper: Option<Sleeper>,
}

impl std::fmt::Debug for ClientState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = &self.shared;
        f.debug_struct("ClientState")
            .field("api", &s.profile.name)
            .field("api_key", &"[redacted]")
            .field("scopes", &s.scopes)
            .field("retry", &s.retry)
            .field("rate_limit", &s.limiter.as_ref().map(PlanLimiter::limit))
            .finish_non_exhaustive()
    }
}

/// What the builder settled, for [`ClientState::new`].
pub(crate) struct Settings {
    pub(crate) key_source: KeySource,
    pub(crate) scopes: Option<BTreeSet<String>>,
    pub(crate) retry: RetryPolicy,
    pub(crate) retry_budget: u32,
    pub(crate) timeout: Duration,
    pub(crate) max_response_size: u64,
    pub(crate) operation_limits: bool,
    pub(crate) limiter: Option<PlanLimiter>,
    pub(crate) sleeper: Option<Sleeper>,
}

impl ClientState {
    pub(crate) fn new(profile: &'static ApiProfile, key: ApiKey, config: Settings) -> Self {
        let operation_limiters = if config.operation_limits {
            profile
                .operations
                .iter()
                .filter_map(|op| {
                    op.rate_limit.map(|l| {
                        (
                            op,
                            RateLimiter::new(l.requests, Duration::from_secs(l.per_seconds))
                                .with_max_pause(config.retry.max_server_wait),
                        )
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        Self {
            shared: Arc::new(Shared {
                profile,
                auth: RwLock::new(auth_header(profile, &key)),
                key_source: RwLock::new(config.key_source),
                scopes: config.scopes,
                retry: config.retry,
                budget: RetryBudget::new(config.retry_budget),
                timeout: config.timeout,
                max_response_size: config.max_response_size,
                limiter: config.limiter,
                operation_limiters,
                usage: UsageCounters::new(profile),
                sleeper: config.sleeper,
            }),
        }
    }

    /// The API this state belongs to.
    pub fn profile(&self) -> &'static ApiProfile {
        self.shared.profile
    }

    /// Replaces the key for this client and all its clones; requests already sent keep the old
    /// one.
    pub fn set_api_key(&self, key: impl Into<String>) -> Result<(), KeyError> {
        let header = auth_header(self.shared.profile, &ApiKey::new(key)?);
        *self.shared.auth.write().unwrap_or_else(|e| e.into_inner()) = header;
        *self
            .shared
            .key_source
            .write()
            .unwrap_or_else(|e| e.into_inner()) = KeySource::Rotated;
        Ok(())
    }

    /// Where the current key came from.
    pub fn key_source(&self) -> KeySource {
        self.shared
            .key_source
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The client-wide rate limiter, if one is configured and kept in this process.
    pub fn rate_limiter(&self) -> Option<&RateLimiter> {
        self.shared.limiter.as_ref().and_then(PlanLimiter::local)
    }

    /// The client-wide plan limiter (local or shared).
    pub(crate) fn plan_limiter(&self) -> Option<&PlanLimiter> {
        self.shared.limiter.as_ref()
    }

    /// What this client and its clones have done so far.
    pub fn usage(&self) -> Usage {
        let limiter = self
            .shared
            .limiter
            .as_ref()
            .map_or_else(PlanLimiter::off, PlanLimiter::usage);
        self.shared.usage.snapshot(self.shared.profile, limiter)
    }

    /// The counters `usage()` reads.
    pub(crate) fn counters(&self) -> &UsageCounters {
        &self.shared.usage
    }

    /// The limiter of an operation with a documented limit of its own (Ringg's knowledge-base
    /// operations), if per-operation limits are on.
    pub fn operation_rate_limiter(&self, operation_id: &str) -> Option<&RateLimiter> {
        self.shared
            .operation_limiters
            .iter()
            .find(|(op, _)| op.id == operation_id)
            .map(|(_, limiter)| limiter)
    }

    /// Retry tokens left in the shared budget.
    pub fn retry_budget_available(&self) -> i64 {
        self.shared.budget.available()
    }

    /// The auth header, marked sensitive so that it is left out of reqwest's and hyper's debug
    /// output.
    pub(crate) fn auth_header(&self) -> Option<(HeaderName, HeaderValue)> {
        self.shared
            .auth
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The work every request does on the state a client shares with its clones (read the
    /// auth header, look up the limiters, return a retry-budget token), without the request:
    /// `voiceai-bench` runs it from many tasks at once to measure what contention on that
    /// state costs. Not a public API.
    #[doc(hidden)]
    pub fn touch_shared_state(&self, op: &'static OperationMeta) -> bool {
        let header = self.auth_header();
        let limited = self.operation_limiter(op).is_some() || self.shared.limiter.is_some();
        self.shared.budget.deposit();
        self.shared
            .usage
            .record_call(self.shared.profile, op, None, 1);
        header.is_some() && !limited
    }

    /// `text` with every occurrence of the current key replaced by `[redacted]`.
    pub(crate) fn redact_key(&self, text: &str) -> String {
        let header = self.auth_header();
        let key = header.as_ref().and_then(|(_, value)| {
            let value = value.to_str().ok()?;
            Some(value.strip_prefix("Bearer ").unwrap_or(value))
        });
        match key {
            Some(key) if !key.is_empty() && text.contains(key) => text.replace(key, "[redacted]"),
            _ => text.to_string(),
        }
    }

    pub(crate) async fn sleep(&self, duration: Duration) {
        match &self.shared.sleeper {
            Some(sleeper) => sleeper(duration).await,
            None => tokio::time::sleep(duration).await,
        }
    }

    /// The limiter of an operation of this client's table (compared by address: no string
    /// comparison on the hot path).
    fn operation_limiter(&self, op: &'static OperationMeta) -> Option<&RateLimiter> {
        self.shared
            .operation_limiters
            .iter()
            .find(|(limited, _)| std::ptr::eq(*limited, op))
            .map(|(_, limiter)| limiter)
    }

    /// Whether requests of an operation pass a limiter at all.
    pub(crate) fn is_limited(&self, op: &'static OperationMeta) -> bool {
        self.shared.limiter.is_some() || self.operation_limiter(op).is_some()
    }

    /// Waits for the client-wide limiter and the operation's own; returns the total wait, or
    /// why the shared limiter cannot let the request through (failing fast).
    pub(crate) async fn acquire(
        &self,
        op: &'static OperationMeta,
    ) -> Result<Duration, super::error::LimiterFault> {
        let mut waited = Duration::ZERO;
        // The same injected sleeper as the retry waits.
        let sleep = |wait| self.sleep(wait);
        if let Some(limiter) = self.operation_limiter(op) {
            waited += limiter.acquire_with(sleep).await;
        }
        if let Some(limiter) = &self.shared.limiter {
            waited += limiter.acquire(sleep).await?;
        }
        Ok(waited)
    }
}

/// The auth header for a key, its value marked sensitive so that it is left out of reqwest's
/// and hyper's debug output; `None` when the key cannot be a header value.
fn auth_header(profile: &ApiProfile, key: &ApiKey) -> Option<(HeaderName, HeaderValue)> {
    let (name, value) = match profile.auth {
        AuthStyle::Header(name) => (
            HeaderName::from_static(name),
            HeaderValue::from_str(key.expose()),
        ),
        AuthStyle::Bearer => (
            reqwest::header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Bearer {}", key.expose())),
        ),
    };
    let mut value = value.ok()?;
    value.set_sensitive(true);
    Some((name, value))
}
