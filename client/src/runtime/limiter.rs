//! The client-wide plan limit: kept in this process ([`RateLimiter`]) or, with feature `redis`,
//! shared by every process using the same key (`shared_limit`). One type for the request path,
//! so that neither the exchange nor the state knows which.

use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::time::Duration;

use super::error::LimiterFault;
use super::rate_limit::RateLimiter;
#[cfg(feature = "redis")]
use super::shared_limit::RedisLimiter;
use super::usage::{LimitSource, LimiterBackend, LimiterState, LimiterUsage};

/// The highest `X-RateLimit-Limit` taken from a server; a larger figure is ignored.
const MAX_LEARNED_LIMIT: u64 = 1_000_000;

pub(crate) enum Backend {
    Local(RateLimiter),
    #[cfg(feature = "redis")]
    Redis(Box<RedisLimiter>),
}

/// The plan limiter of a client and its clones.
pub(crate) struct PlanLimiter {
    backend: Backend,
    /// The limit came from the API's documented default, so the server's
    /// `X-RateLimit-Limit` may replace it.
    learnable: bool,
    learned: AtomicBool,
}

impl PlanLimiter {
    pub(crate) fn new(backend: Backend, configured: bool) -> Self {
        Self {
            backend,
            learnable: !configured,
            learned: AtomicBool::new(false),
        }
    }

    /// The in-process limiter, when that is the backend.
    pub(crate) fn local(&self) -> Option<&RateLimiter> {
        match &self.backend {
            Backend::Local(limiter) => Some(limiter),
            #[cfg(feature = "redis")]
            Backend::Redis(_) => None,
        }
    }

    pub(crate) fn limit(&self) -> (u32, Duration) {
        match &self.backend {
            Backend::Local(limiter) => limiter.limit(),
            #[cfg(feature = "redis")]
            Backend::Redis(limiter) => limiter.limit(),
        }
    }

    /// Waits until a request may start; `Err` with the reason when the shared engine is
    /// unavailable and the client fails fast.
    ///
    /// Waits go through `sleep`, the client's injected sleeper (see
    /// [`RateLimiter::acquire_with`]).
    pub(crate) async fn acquire<S, F>(&self, sleep: S) -> Result<Duration, LimiterFault>
    where
        S: Fn(Duration) -> F,
        F: std::future::Future<Output = ()>,
    {
        match &self.backend {
            Backend::Local(limiter) => Ok(limiter.acquire_with(sleep).await),
            // Boxed: the Redis round trip's future is large, and every request's future would
            // otherwise carry (and copy) its size, shared limit or not.
            #[cfg(feature = "redis")]
            Backend::Redis(limiter) => Box::pin(limiter.acquire(sleep)).await,
        }
    }

    /// Pauses every request (of every process, when shared) for `wait`.
    pub(crate) fn pause_for(&self, wait: Duration) {
        match &self.backend {
            Backend::Local(limiter) => limiter.pause_for(wait),
            #[cfg(feature = "redis")]
            Backend::Redis(limiter) => limiter.pause_for(wait),
        }
    }

    /// Takes in the server's figures: the plan's size (when none was configured), and a pause
    /// until the reset when nothing remains.
    pub(crate) fn observe(
        &self,
        limit: Option<u64>,
        remaining: Option<u64>,
        reset_in: Option<Duration>,
    ) {
        if let Some(limit) = limit.filter(|l| self.learnable && (1..=MAX_LEARNED_LIMIT).contains(l))
        {
            let limit = limit as u32;
            if self.limit().0 != limit {
                self.learned.store(true, Relaxed);
                match &self.backend {
                    Backend::Local(limiter) => limiter.set_requests(limit),
                    #[cfg(feature = "redis")]
                    Backend::Redis(limiter) => limiter.set_requests(limit),
                }
            }
        }
        if let (Some(0), Some(reset_in)) = (remaining, reset_in) {
            self.pause_for(reset_in);
        }
    }

    pub(crate) fn usage(&self) -> LimiterUsage {
        let (requests, window) = self.limit();
        let source = if self.learned.load(Relaxed) {
            LimitSource::Server
        } else if self.learnable {
            LimitSource::Default
        } else {
            LimitSource::Configured
        };
        #[cfg_attr(not(feature = "redis"), allow(unused_mut))]
        let mut usage = LimiterUsage {
            backend: LimiterBackend::Local,
            requests: Some(requests),
            window: Some(window),
            source,
            state: LimiterState::Local,
            ..Self::off()
        };
        #[cfg(feature = "redis")]
        if let Backend::Redis(limiter) = &self.backend {
            usage.backend = LimiterBackend::Redis;
            usage.state = match (limiter.is_faulted(), limiter.fails_fast()) {
                (false, _) => LimiterState::Shared,
                (true, false) => LimiterState::Fallback,
                (true, true) => LimiterState::FailingFast,
            };
            usage.faults = limiter.faults.load(Relaxed);
            usage.transitions = limiter.transitions.load(Relaxed);
            usage.fallback_grants = limiter.fallback_grants.load(Relaxed);
            usage.last_fault = limiter.last_fault();
        }
        usage
    }

    /// The usage of a client without a plan limit.
    pub(crate) fn off() -> LimiterUsage {
        LimiterUsage {
            backend: LimiterBackend::None,
            requests: None,
            window: None,
            source: LimitSource::None,
            state: LimiterState::Off,
            faults: 0,
            transitions: 0,
            fallback_grants: 0,
            last_fault: None,
        }
    }
}
