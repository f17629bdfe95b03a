//! A plan limit shared by many processes, kept in Redis (or Valkey): feature `redis`.
//!
//! Every process that names the same Redis and the same API key draws from one budget. The
//! algorithm is a **sliding-window log** run atomically inside Redis by one Lua script: a
//! sorted set holds the start time of each request of the last window (Redis's own clock,
//! `TIME`, so the processes' clocks do not matter); a request may start when fewer than the
//! limit started in the window, else the script answers how long to wait. Why this rather than
//! GCRA (go-redis's `redis_rate`, redis-cell): GCRA with a burst as large as the plan lets up to
//! twice the limit through in one window after an idle spell, and without a burst it spreads
//! requests evenly, giving up the burst the plan allows; a log never lets more than the limit
//! through in any window, so a server counting fixed or sliding windows never answers 429 —
//! the same guarantee as the in-process limiter. The set holds at most one entry per allowed
//! request (1,000 for Ringyo's Agency plan) and expires when idle.
//!
//! A request's slot is held for the window plus 2 % ([`MARGIN_DIVISOR`]): a request let
//! through at the very end of a window and delayed on its way must not land in the server's
//! next window with a full complement behind it.
//!
//! The server's own figures are shared too: `X-RateLimit-Remaining: 0` with its reset, or a
//! 429's `Retry-After`, writes a pause that every process reads before its next request.
//!
//! The key in Redis is `{prefix}:{api}:{hash}`, the hash being SHA-256 over the API key (its
//! first 16 bytes in hex): the key itself is never stored or sent to Redis.
//!
//! Faults of the engine (refused connection, an answer later than the deadline, an error, a
//! reply that is not what the script returns) switch the limiter to what the user chose: a
//! local limiter holding a share of the plan (the default), or failing fast with
//! [`Error::LimiterUnavailable`](crate::Error::LimiterUnavailable). The switch and the return
//! are logged once each (`tracing`, warn and info), not per request, and counted in
//! `client.usage()`. While the engine is unavailable it is tried again every
//! [`retry_every`](SharedLimit::retry_every). No request is lost or sent twice by a fault: the
//! limiter only decides when a request starts.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, LazyLock, Mutex, RwLock};
use std::time::Duration;

use redis::aio::MultiplexedConnection;
use tokio::time::Instant;

use super::error::LimiterFault;
use super::rate_limit::RateLimiter;

/// A slot is held for the window plus `window / MARGIN_DIVISOR` (2 %).
pub const MARGIN_DIVISOR: u32 = 50;

/// The longest a slot is held: a year. A window a user can type (`Duration::MAX`) must neither
/// overflow here nor ask Redis for an expiry it refuses (which would read as a fault forever).
const LONGEST_HOLD: Duration = Duration::from_secs(365 * 86_400);

/// How long a request's slot is held for `window`: the window plus the margin, at most a year.
fn held_for(window: Duration) -> Duration {
    window
        .saturating_add(window / MARGIN_DIVISOR)
        .min(LONGEST_HOLD)
}

/// The limit, atomically: `KEYS[1]` the log (sorted set), `KEYS[2]` the pause (microseconds of
/// Redis time until which nothing starts); `ARGV` the limit, the window in microseconds, and a
/// member name unique to this request. Returns `{1, left}` when the request may start, else
/// `{0, wait}` in microseconds. Times are written with `%.0f`: Lua's own number formatting
/// would turn 16-digit microsecond times into exponents.
const ACQUIRE: &str = r"
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local pause = tonumber(redis.call('GET', KEYS[2]) or '0') or 0
if pause > now then
  return {0, pause - now}
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - window))
local used = redis.call('ZCARD', KEYS[1])
if used < limit then
  redis.call('ZADD', KEYS[1], string.format('%.0f', now), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000) + 1000)
  return {1, limit - used - 1}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local wait = tonumber(oldest[2]) + window - now
if wait < 1 then wait = 1 end
return {0, wait}
";

/// A pause every process honours: `KEYS[1]` the pause, `ARGV[1]` the wait in microseconds;
/// only ever moved later.
const PAUSE: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local target = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if target > current then
  redis.call('SET', KEYS[1], string.format('%.0f', target), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
end
return 1
";

static ACQUIRE_SCRIPT: LazyLock<redis::Script> = LazyLock::new(|| redis::Script::new(ACQUIRE));
static PAUSE_SCRIPT: LazyLock<redis::Script> = LazyLock::new(|| redis::Script::new(PAUSE));

/// Where a plan limit shared by many processes is kept, and what to do when that engine fails.
/// Given to [`ClientBuilder::shared_rate_limit`](crate::ClientBuilder::shared_rate_limit).
///
/// ```no_run
/// # fn main() -> Result<(), voiceai::ConfigError> {
/// use voiceai::SharedLimit;
/// let client = voiceai::ringyo::Client::builder()
///     .plan(voiceai::ringyo::Plan::Pro)
///     .shared_rate_limit(SharedLimit::redis("redis://127.0.0.1:6379/").fallback_share(0.125))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct SharedLimit {
    pub(crate) url: String,
    pub(crate) prefix: String,
    /// `None`: fail fast.
    pub(crate) fallback_share: Option<f64>,
    pub(crate) deadline: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) retry_every: Duration,
}

impl std::fmt::Debug for SharedLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedLimit")
            .field("url", &redact_url(&self.url))
            .field("prefix", &self.prefix)
            .field("fallback_share", &self.fallback_share)
            .field("deadline", &self.deadline)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry_every", &self.retry_every)
            .finish()
    }
}

impl SharedLimit {
    /// The limit kept in the Redis (or Valkey) server at `url` (`redis://[:password@]host:port/db`;
    /// `rediss://` is not built in). The URL is checked when the client is built; its password
    /// never appears in messages, logs or `Debug` output.
    ///
    /// Defaults: each call to Redis must answer within 10 ms, connecting within 1 s; on a
    /// fault, a local limiter holding a quarter of the plan takes over and Redis is tried again
    /// every second.
    pub fn redis(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            prefix: "voiceai:ratelimit".into(),
            fallback_share: Some(0.25),
            deadline: Duration::from_millis(10),
            connect_timeout: Duration::from_secs(1),
            retry_every: Duration::from_secs(1),
        }
    }

    /// When Redis fails, limit this process locally to `share` of the plan (default 0.25; set it
    /// to one over the number of processes sharing the key). Taken between 0.001 and 1.
    pub fn fallback_share(mut self, share: f64) -> Self {
        let share = if share.is_finite() { share } else { 0.25 };
        self.fallback_share = Some(share.clamp(0.001, 1.0));
        self
    }

    /// When Redis fails, fail every request with
    /// [`Error::LimiterUnavailable`](crate::Error::LimiterUnavailable) (nothing sent) instead
    /// of falling back to a local limit.
    pub fn fail_fast(mut self) -> Self {
        self.fallback_share = None;
        self
    }

    /// How long one call to Redis may take before it counts as a fault (default 10 ms).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// How long connecting to Redis may take (default 1 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// After a fault, how long before Redis is tried again (default 1 s).
    pub fn retry_every(mut self, every: Duration) -> Self {
        self.retry_every = every;
        self
    }

    /// The prefix of the keys in Redis (default `voiceai:ratelimit`).
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }
}

/// `url` with its password replaced (for messages).
fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Brackets would be percent-encoded inside a URL: put them in afterwards.
            let _ = parsed.set_password(Some("REDACTED"));
            parsed.to_string().replacen(":REDACTED@", ":[redacted]@", 1)
        }
        Ok(_) => url.to_string(),
        Err(_) => "[unparsable URL]".to_string(),
    }
}

/// The hash that names a key's budget in Redis: the first 16 bytes of SHA-256 over the key, in
/// hex. Not a public API (tests check it is never the key).
#[doc(hidden)]
pub fn key_hash(api_key: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, api_key.as_bytes());
    digest.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The Redis keys of an API and key: the log and the pause, with the same hash tag (one
/// cluster slot).
#[doc(hidden)]
pub fn redis_keys(prefix: &str, api: &str, api_key: &str) -> (String, String) {
    let base = format!("{prefix}:{api}:{{{}}}", key_hash(api_key));
    (format!("{base}:log"), format!("{base}:pause"))
}

/// What the script answered.
enum Grant {
    Now,
    Wait(Duration),
}

struct Health {
    /// Whether the last call to Redis worked (starts optimistic: the first request connects).
    healthy: bool,
    /// No call to Redis before this instant (after a fault).
    retry_at: Option<Instant>,
    last_fault: Option<LimiterFault>,
}

/// The shared limiter of one client and its clones.
pub(crate) struct RedisLimiter {
    api: &'static str,
    settings: SharedLimit,
    /// The password as written and as decoded, to take out of any message.
    secrets: Arc<[String]>,
    link: Arc<Link>,
    /// Held by the task making the first connection, which the others wait for.
    first_connect: tokio::sync::Mutex<()>,
    log_key: String,
    pause_key: String,
    member_prefix: String,
    seq: AtomicU64,
    requests: AtomicU32,
    window: Duration,
    max_pause: Duration,
    fallback: Option<RateLimiter>,
    local_pause: Mutex<Option<Instant>>,
    health: Mutex<Health>,
    faulted: AtomicBool,
    pub(crate) faults: AtomicU64,
    pub(crate) transitions: AtomicU64,
    pub(crate) fallback_grants: AtomicU64,
}

impl RedisLimiter {
    /// `Err` with the reason when the URL cannot be used.
    pub(crate) fn new(
        api: &'static str,
        api_key: &str,
        settings: SharedLimit,
        requests: u32,
        window: Duration,
        max_pause: Duration,
    ) -> Result<Self, String> {
        // The password as written in the URL (percent-encoded) and as the Redis client decoded
        // it: either spelling is taken out of every message.
        let written: Vec<String> = url::Url::parse(&settings.url)
            .ok()
            .and_then(|u| u.password().map(str::to_string))
            .into_iter()
            .collect();
        let client = redis::Client::open(settings.url.as_str()).map_err(|e| {
            format!(
                "cannot use Redis URL {}: {}",
                redact_url(&settings.url),
                scrub(&e.to_string(), &written)
            )
        })?;
        let decoded = client.get_connection_info().redis_settings().password();
        let secrets: Arc<[String]> = written
            .into_iter()
            .chain(decoded.map(str::to_string))
            .filter(|p| !p.is_empty())
            .collect();
        let (log_key, pause_key) = redis_keys(&settings.prefix, api, api_key);
        let requests = requests.max(1);
        let fallback = settings.fallback_share.map(|share| {
            RateLimiter::new(fallback_requests(requests, share), window).with_max_pause(max_pause)
        });
        Ok(Self {
            api,
            secrets: secrets.clone(),
            link: Arc::new(Link {
                client,
                conn: RwLock::new(None),
                connecting: AtomicBool::new(false),
                attempted: AtomicBool::new(false),
                connect_timeout: settings.connect_timeout,
                secrets,
            }),
            first_connect: tokio::sync::Mutex::new(()),
            log_key,
            pause_key,
            member_prefix: format!("{:016x}", fastrand::u64(..)),
            seq: AtomicU64::new(0),
            requests: AtomicU32::new(requests),
            window,
            max_pause,
            fallback,
            local_pause: Mutex::new(None),
            health: Mutex::new(Health {
                healthy: true,
                retry_at: None,
                last_fault: None,
            }),
            faulted: AtomicBool::new(false),
            faults: AtomicU64::new(0),
            transitions: AtomicU64::new(0),
            fallback_grants: AtomicU64::new(0),
            settings,
        })
    }

    pub(crate) fn limit(&self) -> (u32, Duration) {
        (self.requests.load(Relaxed), self.window)
    }

    pub(crate) fn set_requests(&self, requests: u32) {
        let requests = requests.max(1);
        self.requests.store(requests, Relaxed);
        if let (Some(local), Some(share)) = (&self.fallback, self.settings.fallback_share) {
            local.set_requests(fallback_requests(requests, share));
        }
    }

    /// Whether the last call to Redis failed and it has not answered since.
    pub(crate) fn is_faulted(&self) -> bool {
        self.faulted.load(Relaxed)
    }

    pub(crate) fn fails_fast(&self) -> bool {
        self.fallback.is_none()
    }

    pub(crate) fn last_fault(&self) -> Option<LimiterFault> {
        self.health().last_fault.clone()
    }

    fn health(&self) -> std::sync::MutexGuard<'_, Health> {
        self.health.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until a request may start. `Err` with the reason when Redis is unavailable and the
    /// client fails fast.
    ///
    /// Every wait goes through `sleep`, the client's injected sleeper, so a test sees it. Redis's
    /// clock is the shared truth, though: when the sleeper returns early, the rest of the wait
    /// is slept all the same, since other processes count on it. The local fallback skips, as
    /// the local limiter does.
    pub(crate) async fn acquire<S, F>(&self, sleep: S) -> Result<Duration, LimiterFault>
    where
        S: Fn(Duration) -> F,
        F: std::future::Future<Output = ()>,
    {
        let start = Instant::now();
        let wait_out = |wait: Duration| {
            let until = Instant::now().checked_add(wait);
            let slept = sleep(wait);
            async move {
                slept.await;
                if let Some(until) = until {
                    tokio::time::sleep_until(until).await;
                }
            }
        };
        loop {
            let paused = {
                let pause = self.local_pause.lock().unwrap_or_else(|e| e.into_inner());
                pause.and_then(|until| until.checked_duration_since(Instant::now()))
            };
            if let Some(wait) = paused.filter(|w| !w.is_zero()) {
                wait_out(wait).await;
                continue;
            }
            match self.call_redis().await {
                Ok(Grant::Now) => return Ok(start.elapsed()),
                Ok(Grant::Wait(wait)) => wait_out(wait).await,
                Err(reason) => {
                    return match &self.fallback {
                        Some(local) => {
                            self.fallback_grants.fetch_add(1, Relaxed);
                            Ok(start.elapsed() + local.acquire_with(&sleep).await)
                        }
                        None => Err(reason),
                    };
                }
            }
        }
    }

    /// One call of the script; a fault is recorded (and logged on a change of state) before it
    /// is returned.
    async fn call_redis(&self) -> Result<Grant, LimiterFault> {
        let mut conn = match self.connection().await {
            Ok(conn) => conn,
            Err(Some(fault)) => return Err(self.fault(fault)),
            Err(None) => return Err(self.last_fault().unwrap_or(LimiterFault::CoolingDown)),
        };
        let (requests, window) = self.limit();
        let held = held_for(self.window);
        let member = format!("{}:{}", self.member_prefix, self.seq.fetch_add(1, Relaxed));
        let mut invocation = ACQUIRE_SCRIPT.prepare_invoke();
        invocation
            .key(&self.log_key)
            .key(&self.pause_key)
            .arg(requests)
            .arg(u64::try_from(held.as_micros()).unwrap_or(u64::MAX))
            .arg(member);
        let call = invocation.invoke_async::<Vec<i64>>(&mut conn);
        let reply = match tokio::time::timeout(self.settings.deadline, call).await {
            Err(_) => Err(LimiterFault::Deadline {
                deadline: self.settings.deadline,
            }),
            Ok(Err(e)) => Err(LimiterFault::Engine {
                detail: scrub(&e.to_string(), &self.secrets),
            }),
            Ok(Ok(reply)) => {
                let longest = window.max(self.max_pause).saturating_add(held);
                match reply.as_slice() {
                    [1, _] => Ok(Grant::Now),
                    [0, wait] if *wait > 0 => Ok(Grant::Wait(
                        Duration::from_micros(*wait as u64).min(longest),
                    )),
                    _ => Err(LimiterFault::BadReply {
                        reply: format!("{reply:?}"),
                    }),
                }
            }
        };
        match reply {
            Ok(grant) => {
                self.recovered();
                Ok(grant)
            }
            Err(fault) => {
                // The connection may be broken or out of step: the next try starts afresh.
                *self.link.conn.write().unwrap_or_else(|e| e.into_inner()) = None;
                Err(self.fault(fault))
            }
        }
    }

    /// A connection: the open one, or a new one. `Err(None)` while there is none to use (after
    /// a fault, until the next try; while one is made in the background); `Err(Some(reason))`
    /// when the first connection failed.
    async fn connection(&self) -> Result<MultiplexedConnection, Option<LimiterFault>> {
        let link = &self.link;
        if let Some(conn) = link.open() {
            return Ok(conn);
        }
        let cooling = || self.health().retry_at.is_some_and(|at| Instant::now() < at);
        if cooling() {
            return Err(None);
        }
        if !link.attempted.load(Relaxed) {
            // The first connection: requests wait for it (one task connects, the others wait
            // for its result), so that a client starts on Redis rather than on the fallback.
            let _first = self.first_connect.lock().await;
            if let Some(conn) = link.open() {
                return Ok(conn);
            }
            if link.attempted.load(Relaxed) {
                return Err(None);
            }
            let connected = link.connect().await.map_err(Some);
            // Set only now: a task arriving while the first connection is made waits for it.
            link.attempted.store(true, Relaxed);
            return connected;
        }
        // After a fault: connect in the background, once per `retry_every`; this request
        // takes the fallback rather than wait for a connection that may hang.
        self.health().retry_at = Instant::now().checked_add(self.settings.retry_every);
        if !link.connecting.swap(true, Relaxed) {
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                let link = link.clone();
                runtime.spawn(async move {
                    let _ = link.connect().await;
                    link.connecting.store(false, Relaxed);
                });
            } else {
                link.connecting.store(false, Relaxed);
            }
        }
        Err(None)
    }

    /// Records a fault; logs when it changes the state. Returns the reason.
    fn fault(&self, reason: LimiterFault) -> LimiterFault {
        self.faults.fetch_add(1, Relaxed);
        let mut health = self.health();
        health.retry_at = Instant::now().checked_add(self.settings.retry_every);
        health.last_fault = Some(reason.clone());
        if health.healthy {
            health.healthy = false;
            self.faulted.store(true, Relaxed);
            self.transitions.fetch_add(1, Relaxed);
            match self.settings.fallback_share {
                Some(share) => tracing::warn!(
                    api = self.api,
                    reason = %reason,
                    "shared rate limit unavailable: limiting this process to {:.1} % of the plan until Redis answers again",
                    share * 100.0
                ),
                None => tracing::warn!(
                    api = self.api,
                    reason = %reason,
                    "shared rate limit unavailable: failing requests until Redis answers again"
                ),
            }
        }
        reason
    }

    fn recovered(&self) {
        if !self.faulted.load(Relaxed) {
            return;
        }
        let mut health = self.health();
        if !health.healthy {
            health.healthy = true;
            health.retry_at = None;
            self.faulted.store(false, Relaxed);
            self.transitions.fetch_add(1, Relaxed);
            tracing::info!(
                api = self.api,
                "shared rate limit back: Redis answers again"
            );
        }
    }

    /// No request of any process starts before `wait` has passed (capped like a local pause).
    /// The pause holds here at once; Redis is told in the background.
    pub(crate) fn pause_for(&self, wait: Duration) {
        let wait = wait.min(self.max_pause).min(LONGEST_HOLD);
        let Some(until) = Instant::now().checked_add(wait) else {
            return;
        };
        {
            let mut pause = self.local_pause.lock().unwrap_or_else(|e| e.into_inner());
            if pause.is_none_or(|p| p < until) {
                *pause = Some(until);
            }
        }
        let Some(mut conn) = self.link.open() else {
            return;
        };
        let key = self.pause_key.clone();
        let deadline = self.settings.deadline;
        let wait_us = u64::try_from(wait.as_micros()).unwrap_or(u64::MAX);
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                let mut invocation = PAUSE_SCRIPT.prepare_invoke();
                invocation.key(key).arg(wait_us);
                let call = invocation.invoke_async::<i64>(&mut conn);
                // A pause that does not reach Redis still holds here; the next acquire finds
                // out whether Redis is unwell.
                let _ = tokio::time::timeout(deadline, call).await;
            });
        }
    }
}

/// The connection to Redis, shared with the task that reconnects in the background.
struct Link {
    client: redis::Client,
    conn: RwLock<Option<MultiplexedConnection>>,
    /// A background connection attempt is under way.
    connecting: AtomicBool,
    /// The first connection was tried.
    attempted: AtomicBool,
    connect_timeout: Duration,
    /// The password's spellings (shared with the limiter).
    secrets: Arc<[String]>,
}

impl Link {
    fn open(&self) -> Option<MultiplexedConnection> {
        self.conn.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// One attempt to connect, kept on success.
    async fn connect(&self) -> Result<MultiplexedConnection, LimiterFault> {
        let connect = self.client.get_multiplexed_async_connection();
        match tokio::time::timeout(self.connect_timeout, connect).await {
            Ok(Ok(conn)) => {
                *self.conn.write().unwrap_or_else(|e| e.into_inner()) = Some(conn.clone());
                Ok(conn)
            }
            Ok(Err(e)) => Err(LimiterFault::Unreachable {
                detail: scrub(&e.to_string(), &self.secrets),
            }),
            Err(_) => Err(LimiterFault::Deadline {
                deadline: self.connect_timeout,
            }),
        }
    }
}

/// The requests per window of the fallback: `share` of the plan, at least one.
fn fallback_requests(requests: u32, share: f64) -> u32 {
    ((f64::from(requests) * share).floor() as u32).max(1)
}

/// `text` with every spelling of the password taken out.
fn scrub(text: &str, secrets: &[String]) -> String {
    secrets
        .iter()
        .filter(|p| !p.is_empty())
        .fold(text.to_string(), |text, p| {
            text.replace(p.as_str(), "[redacted]")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_hold_a_hash_of_the_key_never_the_key() {
        let key = "ryo_live_FAKE-not-a-real-key-0000";
        let (log, pause) = redis_keys("voiceai:ratelimit", "ringyo", key);
        assert!(!log.contains(key) && !pause.contains(key));
        assert_eq!(key_hash(key).len(), 32);
        assert_ne!(key_hash(key), key_hash("ryo_live_FAKE-other-key"));
        assert!(log.starts_with("voiceai:ratelimit:ringyo:{") && log.ends_with("}:log"));
        // Same hash tag: both keys live in one cluster slot.
        assert_eq!(log.split(':').nth(3), pause.split(':').nth(3));
    }

    #[test]
    fn the_password_never_shows() {
        let shared = SharedLimit::redis("redis://:s3cret-FAKE%21@127.0.0.1:6379/0");
        let debug = format!("{shared:?}");
        assert!(!debug.contains("s3cret"), "{debug}");
        assert!(debug.contains("[redacted]"), "{debug}");
        // Both spellings the limiter keeps: as written in the URL, and as Redis decodes it
        // (here `%21` is `!`, and a `+` stays a `+`, as URLs, not forms, say).
        let limiter = RedisLimiter::new(
            "ringyo",
            "rg_test_FAKE",
            SharedLimit::redis("redis://:s3cret+FAKE%21@127.0.0.1:6379/0"),
            10,
            Duration::from_secs(1),
            Duration::from_secs(1),
        )
        .unwrap();
        assert_eq!(
            scrub(
                "WRONGPASS s3cret+FAKE! and s3cret+FAKE%21",
                &limiter.secrets
            ),
            "WRONGPASS [redacted] and [redacted]"
        );
        assert_eq!(redact_url("not a url"), "[unparsable URL]");
    }

    #[test]
    fn slots_are_held_two_percent_longer_and_never_overflow() {
        assert_eq!(
            held_for(Duration::from_secs(1)),
            Duration::from_millis(1020)
        );
        assert_eq!(
            held_for(Duration::from_secs(60)),
            Duration::from_millis(61_200)
        );
        assert_eq!(held_for(Duration::MAX), LONGEST_HOLD);
        assert_eq!(held_for(Duration::ZERO), Duration::ZERO);
    }

    #[test]
    fn fallback_share_is_bounded() {
        assert_eq!(fallback_requests(300, 0.25), 75);
        assert_eq!(fallback_requests(300, 0.001), 1);
        let odd = SharedLimit::redis("redis://127.0.0.1/").fallback_share(f64::NAN);
        assert_eq!(odd.fallback_share, Some(0.25));
        let big = SharedLimit::redis("redis://127.0.0.1/").fallback_share(7.0);
        assert_eq!(big.fallback_share, Some(1.0));
    }
}
