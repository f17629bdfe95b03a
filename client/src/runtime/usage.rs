//! What a client has done, counted as it goes: [`Usage`], the snapshot `client.usage()` returns.
//!
//! Counting is one relaxed atomic addition per successful call, on a counter indexed by the
//! operation's row in the generated table: no lock, no map lookup, no allocation on the request
//! path. That counter is sharded by thread (each thread of the runtime adds to its own shard, on
//! its own cache line), so that many tasks on several threads do not fight over one line; the
//! rarer counts (failures by class, retries, 429s, limiter waits) are single atomics. A client
//! and its clones share the counters.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use super::error::{Error, LimiterFault};
use super::{ApiProfile, OperationMeta};

/// The kind of failure, for counting: one class per [`Error`] variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorClass {
    /// [`Error::Unauthorized`].
    Unauthorized,
    /// [`Error::PermissionDenied`].
    PermissionDenied,
    /// [`Error::NotFound`].
    NotFound,
    /// [`Error::Conflict`].
    Conflict,
    /// [`Error::Validation`].
    Validation,
    /// [`Error::InsufficientCredits`].
    InsufficientCredits,
    /// [`Error::RateLimited`].
    RateLimited,
    /// [`Error::Server`].
    Server,
    /// [`Error::Status`].
    Status,
    /// [`Error::Transport`].
    Transport,
    /// [`Error::Timeout`].
    Timeout,
    /// [`Error::Decode`].
    Decode,
    /// [`Error::ResponseTooLarge`].
    ResponseTooLarge,
    /// [`Error::Throttled`].
    Throttled,
    /// [`Error::LimiterUnavailable`].
    LimiterUnavailable,
    /// [`Error::MissingScope`], [`Error::InvalidInput`] or [`Error::Config`]: refused before
    /// anything was sent.
    Refused,
}

impl ErrorClass {
    /// Every class, in the order of the enum.
    pub const ALL: [ErrorClass; 16] = [
        ErrorClass::Unauthorized,
        ErrorClass::PermissionDenied,
        ErrorClass::NotFound,
        ErrorClass::Conflict,
        ErrorClass::Validation,
        ErrorClass::InsufficientCredits,
        ErrorClass::RateLimited,
        ErrorClass::Server,
        ErrorClass::Status,
        ErrorClass::Transport,
        ErrorClass::Timeout,
        ErrorClass::Decode,
        ErrorClass::ResponseTooLarge,
        ErrorClass::Throttled,
        ErrorClass::LimiterUnavailable,
        ErrorClass::Refused,
    ];

    /// The class's name in `snake_case`, as in exported usage.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorClass::Unauthorized => "unauthorized",
            ErrorClass::PermissionDenied => "permission_denied",
            ErrorClass::NotFound => "not_found",
            ErrorClass::Conflict => "conflict",
            ErrorClass::Validation => "validation",
            ErrorClass::InsufficientCredits => "insufficient_credits",
            ErrorClass::RateLimited => "rate_limited",
            ErrorClass::Server => "server",
            ErrorClass::Status => "status",
            ErrorClass::Transport => "transport",
            ErrorClass::Timeout => "timeout",
            ErrorClass::Decode => "decode",
            ErrorClass::ResponseTooLarge => "response_too_large",
            ErrorClass::Throttled => "throttled",
            ErrorClass::LimiterUnavailable => "limiter_unavailable",
            ErrorClass::Refused => "refused",
        }
    }
}

impl fmt::Display for ErrorClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The rarer counters of one operation (calls are counted in the shards).
#[derive(Default)]
struct OpCounters {
    retries: AtomicU64,
    rate_limited: AtomicU64,
    limiter_wait_us: AtomicU64,
    errors: [AtomicU64; ErrorClass::ALL.len()],
}

/// `u64::MAX` in a headroom slot: nothing known.
const UNKNOWN: u64 = u64::MAX;

/// Shards of the per-call counter: enough for the threads of a typical runtime.
const SHARDS: usize = 8;

/// Words of padding on each side of a shard's counters: a cache line (64 bytes), so that the
/// counters of two shards, wherever the allocator puts them, never share a line.
const PAD: usize = 8;

/// Calls of each operation counted by one group of threads: `PAD` unused words, one counter per
/// operation, `PAD` unused words.
struct Shard(Box<[AtomicU64]>);

impl Shard {
    fn new(operations: usize) -> Self {
        Self(
            (0..operations + 2 * PAD)
                .map(|_| AtomicU64::new(0))
                .collect(),
        )
    }

    /// The counter of the operation in `row`.
    fn get(&self, row: usize) -> Option<&AtomicU64> {
        self.0
            .get(PAD + row)
            .filter(|_| row < self.0.len() - 2 * PAD)
    }
}

/// The shard of the calling thread: threads are spread over the shards in the order they
/// first count.
fn shard_index() -> usize {
    use std::sync::atomic::AtomicUsize;
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static INDEX: usize = NEXT.fetch_add(1, Relaxed) % SHARDS;
    }
    INDEX.with(|i| *i)
}

/// The counters of a client and its clones.
pub(crate) struct UsageCounters {
    /// Finished calls of each operation, by shard.
    calls: Box<[Shard]>,
    ops: Box<[OpCounters]>,
    /// The last `X-RateLimit-Limit`, `-Remaining`, the reset as Unix milliseconds, and when
    /// they were seen (Unix milliseconds). Written one by one: a snapshot may mix two answers.
    limit: AtomicU64,
    remaining: AtomicU64,
    reset_ms: AtomicU64,
    seen_ms: AtomicU64,
}

impl UsageCounters {
    pub(crate) fn new(profile: &'static ApiProfile) -> Self {
        Self {
            calls: (0..SHARDS)
                .map(|_| Shard::new(profile.operations.len()))
                .collect(),
            ops: profile
                .operations
                .iter()
                .map(|_| OpCounters::default())
                .collect(),
            limit: AtomicU64::new(UNKNOWN),
            remaining: AtomicU64::new(UNKNOWN),
            reset_ms: AtomicU64::new(UNKNOWN),
            seen_ms: AtomicU64::new(UNKNOWN),
        }
    }

    /// The row of `op` in the profile's table, found from its address (no string comparison);
    /// `None` for an operation of another table.
    fn row(profile: &'static ApiProfile, op: &'static OperationMeta) -> Option<usize> {
        let base = profile.operations.as_ptr() as usize;
        let index = (op as *const OperationMeta as usize).wrapping_sub(base)
            / std::mem::size_of::<OperationMeta>().max(1);
        profile
            .operations
            .get(index)
            .filter(|row| std::ptr::eq(*row, op))
            .map(|_| index)
    }

    /// The rarer counters of `op`.
    fn of(&self, profile: &'static ApiProfile, op: &'static OperationMeta) -> Option<&OpCounters> {
        Self::row(profile, op).and_then(|i| self.ops.get(i))
    }

    /// Finished calls of the operation in `row`, over all shards.
    fn calls_of(&self, row: usize) -> u64 {
        self.calls
            .iter()
            .filter_map(|shard| shard.get(row))
            .map(|n| n.load(Relaxed))
            .sum()
    }

    /// One finished call: its result and the attempts it took.
    pub(crate) fn record_call(
        &self,
        profile: &'static ApiProfile,
        op: &'static OperationMeta,
        error: Option<&Error>,
        attempts: u32,
    ) {
        let Some(row) = Self::row(profile, op) else {
            return;
        };
        if let Some(calls) = self.calls.get(shard_index()).and_then(|s| s.get(row)) {
            calls.fetch_add(1, Relaxed);
        }
        if attempts <= 1 && error.is_none() {
            return;
        }
        let Some(c) = self.ops.get(row) else {
            return;
        };
        if attempts > 1 {
            c.retries.fetch_add(u64::from(attempts - 1), Relaxed);
        }
        if let Some(error) = error {
            c.errors[error.class() as usize].fetch_add(1, Relaxed);
        }
    }

    /// A 429 met by an attempt (retried or not).
    pub(crate) fn record_429(&self, profile: &'static ApiProfile, op: &'static OperationMeta) {
        if let Some(c) = self.of(profile, op) {
            c.rate_limited.fetch_add(1, Relaxed);
        }
    }

    /// Time an attempt spent in the client-side limiters.
    pub(crate) fn record_wait(
        &self,
        profile: &'static ApiProfile,
        op: &'static OperationMeta,
        waited: Duration,
    ) {
        if let Some(c) = self.of(profile, op) {
            let us = u64::try_from(waited.as_micros()).unwrap_or(u64::MAX);
            c.limiter_wait_us.fetch_add(us, Relaxed);
        }
    }

    /// The server's figures from one answer (`None`: the header was absent or unreadable).
    pub(crate) fn record_headroom(
        &self,
        limit: Option<u64>,
        remaining: Option<u64>,
        reset_in: Option<Duration>,
    ) {
        if limit.is_none() && remaining.is_none() && reset_in.is_none() {
            return;
        }
        let now = unix_ms(SystemTime::now());
        self.limit.store(limit.unwrap_or(UNKNOWN), Relaxed);
        self.remaining.store(remaining.unwrap_or(UNKNOWN), Relaxed);
        let reset = reset_in.map_or(UNKNOWN, |d| {
            now.saturating_add(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
                .min(UNKNOWN - 1)
        });
        self.reset_ms.store(reset, Relaxed);
        self.seen_ms.store(now, Relaxed);
    }

    pub(crate) fn snapshot(&self, profile: &'static ApiProfile, limiter: LimiterUsage) -> Usage {
        let operations = profile
            .operations
            .iter()
            .zip(self.ops.iter())
            .enumerate()
            .map(|(row, (op, c))| (op, c, self.calls_of(row)))
            .filter(|(_, c, calls)| *calls > 0 || c.rate_limited.load(Relaxed) > 0)
            .map(|(op, c, calls)| {
                let errors: BTreeMap<ErrorClass, u64> = ErrorClass::ALL
                    .iter()
                    .zip(c.errors.iter())
                    .map(|(class, n)| (*class, n.load(Relaxed)))
                    .filter(|(_, n)| *n > 0)
                    .collect();
                let failed: u64 = errors.values().sum();
                (op, c, calls, errors, failed)
            })
            .map(|(op, c, calls, errors, failed)| OperationUsage {
                operation: op.id,
                requests: calls,
                succeeded: calls.saturating_sub(failed),
                errors,
                retries: c.retries.load(Relaxed),
                rate_limited: c.rate_limited.load(Relaxed),
                limiter_wait: Duration::from_micros(c.limiter_wait_us.load(Relaxed)),
            })
            .collect();
        let known = |v: u64| (v != UNKNOWN).then_some(v);
        let from_ms = |ms: u64| UNIX_EPOCH + Duration::from_millis(ms);
        let server = known(self.seen_ms.load(Relaxed)).map(|seen| ServerHeadroom {
            limit: known(self.limit.load(Relaxed)),
            remaining: known(self.remaining.load(Relaxed)),
            reset_at: known(self.reset_ms.load(Relaxed)).map(from_ms),
            seen_at: from_ms(seen),
        });
        Usage {
            api: profile.name,
            operations,
            server,
            limiter,
        }
    }
}

fn unix_ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// What a client and its clones have done since it was built: per operation, and the limits it
/// met. Print it (`{}` gives a table), or export it (`serde::Serialize`, e.g. as JSON).
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Usage {
    /// The API (`ringg`, `ringyo`).
    pub api: &'static str,
    /// Every operation called at least once, in the spec's order.
    pub operations: Vec<OperationUsage>,
    /// The server's last `X-RateLimit-*` figures, if it sent any.
    pub server: Option<ServerHeadroom>,
    /// The client-side plan limiter.
    pub limiter: LimiterUsage,
}

/// What one operation did.
#[derive(Debug, Clone, Default, Serialize)]
#[non_exhaustive]
pub struct OperationUsage {
    /// The operation id (`list_calls`); `"total"` in [`Usage::total`].
    pub operation: &'static str,
    /// Calls made (`send()`s, pages of a stream included).
    pub requests: u64,
    /// Calls that succeeded.
    pub succeeded: u64,
    /// Calls that failed, by class.
    pub errors: BTreeMap<ErrorClass, u64>,
    /// Attempts beyond the first, over all calls.
    pub retries: u64,
    /// 429 answers met, retried ones included.
    pub rate_limited: u64,
    /// Time spent waiting in the client-side limiters.
    #[serde(serialize_with = "as_millis")]
    pub limiter_wait: Duration,
}

impl OperationUsage {
    /// Calls that failed, whatever the class.
    pub fn failed(&self) -> u64 {
        self.errors.values().sum()
    }
}

pub(crate) fn as_millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64() * 1000.0)
}

fn as_unix_secs<S: serde::Serializer>(t: &SystemTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(
        t.duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64()),
    )
}

fn opt_as_unix_secs<S: serde::Serializer>(t: &Option<SystemTime>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => as_unix_secs(t, s),
        None => s.serialize_none(),
    }
}

/// The server's view of the plan, from its last `X-RateLimit-*` headers.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ServerHeadroom {
    /// `X-RateLimit-Limit`: requests the plan allows per window.
    pub limit: Option<u64>,
    /// `X-RateLimit-Remaining`: requests left in the window.
    pub remaining: Option<u64>,
    /// `X-RateLimit-Reset`: when the window resets.
    #[serde(serialize_with = "opt_as_unix_secs")]
    pub reset_at: Option<SystemTime>,
    /// When these figures arrived.
    #[serde(serialize_with = "as_unix_secs")]
    pub seen_at: SystemTime,
}

/// The client-side plan limiter and, for a shared one, its health.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct LimiterUsage {
    /// Where the limit is kept.
    pub backend: LimiterBackend,
    /// The limit in force: requests per window.
    pub requests: Option<u32>,
    /// The window of that limit.
    #[serde(serialize_with = "opt_as_millis")]
    pub window: Option<Duration>,
    /// Where the limit came from.
    pub source: LimitSource,
    /// What the limiter does now.
    pub state: LimiterState,
    /// Faults of the shared engine (errors, missed deadlines, unreadable replies).
    pub faults: u64,
    /// Changes of state (shared → fallback or failing fast, and back).
    pub transitions: u64,
    /// Requests let through by the local fallback while the shared engine was unavailable.
    pub fallback_grants: u64,
    /// The last fault, if any (its text never holds the engine's password).
    pub last_fault: Option<LimiterFault>,
}

fn opt_as_millis<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => as_millis(d, s),
        None => s.serialize_none(),
    }
}

/// Where a client keeps its plan limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LimiterBackend {
    /// No client-side plan limit.
    None,
    /// In this process, shared by a client and its clones.
    Local,
    /// In Redis, shared by every process naming the same Redis and key.
    Redis,
}

/// Where the limit in force came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LimitSource {
    /// No limit.
    None,
    /// The builder (`rate_limit`, `plan`).
    Configured,
    /// The API's documented default.
    Default,
    /// The server's `X-RateLimit-Limit`.
    Server,
}

/// What a plan limiter does now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LimiterState {
    /// No client-side plan limit.
    Off,
    /// Limiting in this process.
    Local,
    /// Limiting through the shared engine.
    Shared,
    /// The shared engine is unavailable; a local limiter holds a share of the plan.
    Fallback,
    /// The shared engine is unavailable; requests fail with
    /// [`Error::LimiterUnavailable`].
    FailingFast,
}

impl Usage {
    /// All operations added up (`operation` is `"total"`).
    pub fn total(&self) -> OperationUsage {
        let mut total = OperationUsage {
            operation: "total",
            ..OperationUsage::default()
        };
        for op in &self.operations {
            total.requests += op.requests;
            total.succeeded += op.succeeded;
            total.retries += op.retries;
            total.rate_limited += op.rate_limited;
            total.limiter_wait += op.limiter_wait;
            for (class, n) in &op.errors {
                *total.errors.entry(*class).or_default() += n;
            }
        }
        total
    }

    /// One line: requests, failures, retries, 429s and limiter wait of all operations.
    pub fn summary(&self) -> String {
        let t = self.total();
        let mut line = format!(
            "{}: {} requests, {} ok, {} failed, {} retries, {} × 429, {:.1} s in the limiter",
            self.api,
            t.requests,
            t.succeeded,
            t.failed(),
            t.retries,
            t.rate_limited,
            t.limiter_wait.as_secs_f64()
        );
        if let Some(ServerHeadroom {
            limit: Some(limit),
            remaining: Some(remaining),
            ..
        }) = &self.server
        {
            line.push_str(&format!("; server headroom {remaining}/{limit}"));
        }
        if !matches!(
            self.limiter.state,
            LimiterState::Off | LimiterState::Local | LimiterState::Shared
        ) {
            line.push_str(&format!("; limiter {:?}", self.limiter.state));
        }
        line
    }
}

impl fmt::Display for Usage {
    /// A table: one line per operation, the total, the server's figures and the limiter.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<34} {:>8} {:>8} {:>7} {:>7} {:>5} {:>10}",
            "operation", "requests", "ok", "failed", "retries", "429s", "waited"
        )?;
        let total = self.total();
        for op in self.operations.iter().chain(std::iter::once(&total)) {
            writeln!(
                f,
                "{:<34} {:>8} {:>8} {:>7} {:>7} {:>5} {:>9.1}s",
                op.operation,
                op.requests,
                op.succeeded,
                op.failed(),
                op.retries,
                op.rate_limited,
                op.limiter_wait.as_secs_f64()
            )?;
        }
        if !total.errors.is_empty() {
            let errors: Vec<String> = total
                .errors
                .iter()
                .map(|(class, n)| format!("{class} {n}"))
                .collect();
            writeln!(f, "errors: {}", errors.join(", "))?;
        }
        if let Some(server) = &self.server {
            write!(f, "server: ")?;
            match (server.remaining, server.limit) {
                (Some(r), Some(l)) => write!(f, "{r} of {l} requests left")?,
                (Some(r), None) => write!(f, "{r} requests left")?,
                (None, Some(l)) => write!(f, "limit {l}")?,
                (None, None) => write!(f, "no figures")?,
            }
            if let Some(reset) = server.reset_at {
                let left = reset
                    .duration_since(SystemTime::now())
                    .unwrap_or(Duration::ZERO);
                write!(f, ", resets in {:.0} s", left.as_secs_f64())?;
            }
            writeln!(f)?;
        }
        let l = &self.limiter;
        write!(f, "limiter: {:?} ({:?})", l.backend, l.state)?;
        if let (Some(requests), Some(window)) = (l.requests, l.window) {
            write!(
                f,
                ", {requests} per {:.0} s ({:?})",
                window.as_secs_f64(),
                l.source
            )?;
        }
        if l.faults > 0 || l.transitions > 0 {
            write!(
                f,
                ", {} faults, {} transitions, {} fallback grants",
                l.faults, l.transitions, l.fallback_grants
            )?;
        }
        if let Some(fault) = &l.last_fault {
            write!(f, ", last fault: {fault}")?;
        }
        writeln!(f)
    }
}

#[cfg(all(test, feature = "ringg"))]
mod tests {
    use super::*;
    use crate::runtime::limiter::PlanLimiter;

    /// Calls counted from many threads (so in several shards) add up, per operation; an
    /// operation of another table counts nowhere.
    #[test]
    fn shards_add_up_and_stay_apart() {
        let profile: &'static ApiProfile = &crate::ringg::API;
        let counters = std::sync::Arc::new(UsageCounters::new(profile));
        let first = &profile.operations[0];
        let last = &profile.operations[profile.operations.len() - 1];
        let threads: Vec<_> = (0..12)
            .map(|_| {
                let counters = counters.clone();
                std::thread::spawn(move || {
                    for _ in 0..1000 {
                        counters.record_call(profile, first, None, 1);
                    }
                    counters.record_call(profile, last, None, 3);
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let stray: &'static OperationMeta = Box::leak(Box::new(*first));
        counters.record_call(profile, stray, None, 1);
        let usage = counters.snapshot(profile, PlanLimiter::off());
        let of = |id: &str| usage.operations.iter().find(|o| o.operation == id).unwrap();
        assert_eq!(of(first.id).requests, 12_000);
        assert_eq!(of(first.id).succeeded, 12_000);
        assert_eq!((of(last.id).requests, of(last.id).retries), (12, 24));
        assert_eq!(usage.operations.len(), 2);
        // Each shard keeps a cache line of padding on both sides of its counters.
        let shard = Shard::new(profile.operations.len());
        assert!(shard.get(profile.operations.len()).is_none());
        assert_eq!(shard.0.len(), profile.operations.len() + 2 * PAD);
    }
}
