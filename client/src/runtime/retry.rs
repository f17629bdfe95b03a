//! When to retry and how long to wait. The parsing and the decision are pure functions
//! ([`parse_retry_after`], [`server_wait`], [`decide`], [`RetryPolicy::backoff`]); the retry
//! loop in `exchange::send` only applies them.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// How a client retries. Defaults: 2 retries, backoff 0.5 s doubling to 8 s with full jitter,
/// server-requested waits capped at 60 s.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub max_retries: u32,
    /// First backoff step.
    pub initial_backoff: Duration,
    /// Largest backoff step.
    pub max_backoff: Duration,
    /// Largest wait taken from the server (`Retry-After`, `retry_after`, `X-RateLimit-Reset`).
    /// A server asking for longer gets the error back instead of a wait.
    pub max_server_wait: Duration,
    /// Whether backoff steps are randomised (full jitter).
    pub jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_server_wait: Duration::from_secs(60),
            jitter: true,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Sets the number of retries.
    pub fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// The backoff before retry number `retry` (1-based), without a server hint. `random` is a
    /// number in `[0, 1)`; with jitter the wait is `random * step`.
    pub fn backoff(&self, retry: u32, random: f64) -> Duration {
        let exp = retry.saturating_sub(1).min(30);
        let step = self
            .initial_backoff
            .saturating_mul(1u32 << exp)
            .min(self.max_backoff);
        if self.jitter {
            step.mul_f64(random.clamp(0.0, 1.0))
        } else {
            step
        }
    }
}

/// Whether a request can be sent again without risk of acting twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// Always: a `GET`/`HEAD`, or an operation carrying an idempotency key that the caller
    /// chose (sending it again, with that key, is deduplicated by the server).
    Safe,
    /// Only within this call: the runtime generated the idempotency key and reuses it on its own
    /// retries, but a new `send()` would carry a new key. Once the call has failed, a resend is
    /// safe only with [`Error::idempotency_key`](super::Error::idempotency_key).
    WithinCall,
    /// Never: a `POST`/`PATCH`/`DELETE`/`PUT` without an idempotency key.
    Unsafe,
}

/// How an attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A complete response with this status. `quota` is true when the body's error code says
    /// credits or quota are exhausted (a 429 that waiting does not cure).
    Status {
        /// HTTP status.
        status: u16,
        /// The vendor's code says quota or credits are gone.
        quota: bool,
    },
    /// Nothing reached the server (the connection could not be made).
    NotSent,
    /// The request may have reached the server but no complete answer came back: the
    /// connection broke or timed out before a status, or (with `status`) while the body of a
    /// success response was read.
    Interrupted {
        /// The status received before the body failed, if any.
        status: Option<u16>,
    },
    /// A success status whose body does not match the spec.
    Undecodable,
}

/// What [`decide`] concludes. `retryable` and `may_have_taken_effect` are never both true.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// The runtime may send the request again within this call (still subject to the attempts
    /// left, the retry budget and the cap on server waits).
    pub retry: bool,
    /// The caller may send the same request again later ([`Error::is_retryable`](super::Error::is_retryable)).
    pub retryable: bool,
    /// The server may have acted on the request, and sending it again could act twice
    /// ([`Error::may_have_taken_effect`](super::Error::may_have_taken_effect)).
    pub may_have_taken_effect: bool,
}

impl Verdict {
    const FINAL: Verdict = Verdict {
        retry: false,
        retryable: false,
        may_have_taken_effect: false,
    };
    const TRANSIENT: Verdict = Verdict {
        retry: true,
        retryable: true,
        may_have_taken_effect: false,
    };
}

/// Statuses worth another attempt when nothing else forbids it: 408 and the 5xx that say
/// "try later". 501 (not implemented) and 505 (version not supported) will not change.
fn transient_status(status: u16) -> bool {
    matches!(status, 408 | 500 | 502..=504 | 506..=599)
}

/// The one rule behind retrying, [`Error::is_retryable`](super::Error::is_retryable) and
/// [`Error::may_have_taken_effect`](super::Error::may_have_taken_effect).
///
/// - A 429 (not about quota) or a connection that was never made: the server did nothing, so
///   any request may go again.
/// - A transient failure after the request may have reached the server (408, 5xx but 501/505,
///   a broken connection, a timeout, a success body cut short): a request that is safe to
///   repeat goes again; one that is not may have taken effect and is never resent. One whose
///   idempotency key the runtime generated is resent within the call (same key), but once the
///   call has failed it counts as having maybe taken effect.
/// - Anything else (2xx, 4xx, 501, 505, a 2xx whose body does not decode) is final; a request
///   that got a success status but an unreadable body did take effect unless it is safe to
///   repeat.
pub fn decide(outcome: Outcome, repeat: Repeat) -> Verdict {
    let maybe_acted = match repeat {
        Repeat::Safe => Verdict::TRANSIENT,
        Repeat::WithinCall => Verdict {
            retry: true,
            retryable: false,
            may_have_taken_effect: true,
        },
        Repeat::Unsafe => Verdict {
            retry: false,
            retryable: false,
            may_have_taken_effect: true,
        },
    };
    match outcome {
        Outcome::NotSent => Verdict::TRANSIENT,
        Outcome::Status { status: 429, quota } => {
            if quota {
                Verdict::FINAL
            } else {
                Verdict::TRANSIENT
            }
        }
        Outcome::Status { status, .. } if transient_status(status) => maybe_acted,
        Outcome::Status { .. } => Verdict::FINAL,
        Outcome::Interrupted { status: None } => maybe_acted,
        Outcome::Interrupted {
            status: Some(status),
        } if (200..300).contains(&status) => maybe_acted,
        Outcome::Interrupted {
            status: Some(status),
        } => decide(
            Outcome::Status {
                status,
                quota: false,
            },
            repeat,
        ),
        Outcome::Undecodable => Verdict {
            may_have_taken_effect: repeat != Repeat::Safe,
            ..Verdict::FINAL
        },
    }
}

/// Error codes which, on a 429, mean the account is out of credits or quota: waiting does not
/// help.
const QUOTA_CODES: [&str; 8] = [
    "insufficient_credits",
    "insufficient_balance",
    "credits_exhausted",
    "quota_exceeded",
    "quota_exhausted",
    "out_of_credits",
    "billing_limit_reached",
    "plan_limit_reached",
];

/// Whether an error code (or message) says the account is out of credits or quota.
pub fn is_quota_code(code: &str) -> bool {
    let code = code.to_ascii_lowercase();
    QUOTA_CODES.iter().any(|q| code.contains(q))
        || code.contains("insufficient credit")
        || code.contains("quota")
}

/// Parses a `Retry-After` value: delay seconds or an HTTP date. `None` for garbage, negative
/// numbers and dates that cannot be read; a date in the past gives zero.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        // Huge numbers saturate rather than fail: the cap applies later.
        return Some(Duration::from_secs(
            value.parse::<u64>().unwrap_or(u64::MAX),
        ));
    }
    if let Ok(secs) = value.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Some(Duration::from_secs_f64(secs.min(u32::MAX as f64)));
        }
        return None;
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Parses `X-RateLimit-Reset`: Unix epoch seconds (what Ringyo documents), or, for a small
/// number, seconds from now. Returns the wait from `now`.
pub fn parse_rate_limit_reset(value: &str, now: SystemTime) -> Option<Duration> {
    let secs: u64 = value.trim().parse().ok()?;
    // Anything below ~2001-09 is read as a relative number of seconds.
    if secs < 1_000_000_000 {
        return Some(Duration::from_secs(secs));
    }
    // Worked out on durations since the epoch, not as `UNIX_EPOCH + secs`: a reset beyond what
    // `SystemTime` can hold (anything past i64::MAX seconds, sent by a broken or hostile server)
    // would panic there. Such a wait is huge, and the callers cap it.
    let at = Duration::from_secs(secs);
    Some(match now.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since_epoch) => at.saturating_sub(since_epoch),
        Err(before_epoch) => at.saturating_add(before_epoch.duration()),
    })
}

/// The wait a server asks for, from (in order of preference) the `Retry-After` header, a
/// `retry_after` number of seconds in the JSON body (top level, or in `error`/`detail`), and
/// `X-RateLimit-Reset`. `None` when none is present or readable.
pub fn server_wait(
    retry_after: Option<&str>,
    body: Option<&serde_json::Value>,
    rate_limit_reset: Option<&str>,
    now: SystemTime,
) -> Option<Duration> {
    if let Some(wait) = retry_after.and_then(|v| parse_retry_after(v, now)) {
        return Some(wait);
    }
    if let Some(body) = body {
        let candidates = [
            body.get("retry_after"),
            body.pointer("/error/retry_after"),
            body.pointer("/error/details/retry_after"),
            body.pointer("/detail/retry_after"),
        ];
        for value in candidates.into_iter().flatten() {
            let secs = match value {
                serde_json::Value::Number(n) => n.as_f64(),
                serde_json::Value::String(s) => s.trim().parse::<f64>().ok(),
                _ => None,
            };
            if let Some(secs) = secs.filter(|s| s.is_finite() && *s >= 0.0) {
                return Some(Duration::from_secs_f64(secs.min(u32::MAX as f64)));
            }
        }
    }
    rate_limit_reset.and_then(|v| parse_rate_limit_reset(v, now))
}

/// A shared allowance of retries, so that many tasks hitting a failing server do not multiply
/// its load: each retry takes tokens (5, or 10 after a timeout), each success gives one back,
/// and time gives them back too — the whole capacity over [`RetryBudget::REFILL_TIME`] (100 s),
/// like the AWS SDK's retry token bucket, so that a client that makes few calls does not stay
/// without retries long after a storm. When it is empty, failures are returned at once. Clones
/// of a client share it.
#[derive(Debug)]
pub struct RetryBudget {
    tokens: AtomicI64,
    capacity: i64,
    /// When the budget was made; refills are counted in milliseconds from it.
    epoch: tokio::time::Instant,
    /// Milliseconds after `epoch` up to which time has been turned into tokens.
    refilled_ms: AtomicU64,
}

impl RetryBudget {
    /// Tokens a retry after an error status costs.
    pub const RETRY_COST: i64 = 5;
    /// Tokens a retry after a timeout costs.
    pub const TIMEOUT_COST: i64 = 10;
    /// How long an empty budget takes to fill up again with no success at all.
    pub const REFILL_TIME: Duration = Duration::from_secs(100);

    /// A full budget of `capacity` tokens (500 by default: 100 retries in a row).
    pub fn new(capacity: u32) -> Self {
        Self {
            tokens: AtomicI64::new(capacity as i64),
            capacity: capacity as i64,
            epoch: tokio::time::Instant::now(),
            refilled_ms: AtomicU64::new(0),
        }
    }

    /// Turns the time since the last refill into tokens, up to the capacity.
    fn refill(&self) {
        if self.capacity == 0 {
            return;
        }
        let now_ms = u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX);
        let last = self.refilled_ms.load(Ordering::Acquire);
        let refill_ms = Self::REFILL_TIME.as_millis() as u64;
        let elapsed = now_ms.saturating_sub(last);
        let due = elapsed.saturating_mul(self.capacity as u64) / refill_ms;
        if due == 0 {
            return;
        }
        // Only the caller that moves the clock forward adds the tokens.
        let used = (due.saturating_mul(refill_ms) / self.capacity as u64).max(1);
        if self
            .refilled_ms
            .compare_exchange(
                last,
                last.saturating_add(used),
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_ok()
        {
            let due = i64::try_from(due).unwrap_or(i64::MAX);
            let _ = self
                .tokens
                .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                    Some(t.saturating_add(due).min(self.capacity))
                });
        }
    }

    /// Takes `cost` tokens if there are that many; `false` when the budget is spent.
    pub fn try_withdraw(&self, cost: i64) -> bool {
        self.refill();
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t >= cost).then_some(t - cost)
            })
            .is_ok()
    }

    /// Gives one token back after a success.
    pub fn deposit(&self) {
        // Full is the usual case: a plain load keeps clones on other cores from fighting over
        // the cache line.
        if self.tokens.load(Ordering::Relaxed) >= self.capacity {
            return;
        }
        let _ = self
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t < self.capacity).then_some(t + 1)
            });
    }

    /// Tokens left.
    pub fn available(&self) -> i64 {
        self.refill();
        self.tokens.load(Ordering::Acquire)
    }
}

impl Default for RetryBudget {
    fn default() -> Self {
        Self::new(500)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> SystemTime {
        // 2024-01-15T10:00:00Z
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_705_312_800)
    }

    #[test]
    fn retry_after_parsing_table() {
        let cases: &[(&str, Option<Duration>)] = &[
            ("2", Some(Duration::from_secs(2))),
            ("0", Some(Duration::ZERO)),
            (" 7 ", Some(Duration::from_secs(7))),
            ("1.5", Some(Duration::from_millis(1500))),
            ("-1", None),
            ("-0.5", None),
            (
                "99999999999999999999999",
                Some(Duration::from_secs(u64::MAX)),
            ),
            ("soon", None),
            ("", None),
            ("NaN", None),
            ("inf", None),
            // HTTP dates: 30 s ahead, in the past, and malformed.
            (
                "Mon, 15 Jan 2024 10:00:30 GMT",
                Some(Duration::from_secs(30)),
            ),
            ("Mon, 15 Jan 2024 09:00:00 GMT", Some(Duration::ZERO)),
            ("Mon, 15 Jan 2024 25:00:00 GMT", None),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse_retry_after(input, now()),
                *expected,
                "input {input:?}"
            );
        }
    }

    #[test]
    fn retry_after_header_wins_over_body_and_reset() {
        let body = serde_json::json!({"retry_after": 9});
        let reset = "1705312860"; // 60 s after now()
        assert_eq!(
            server_wait(Some("2"), Some(&body), Some(reset), now()),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            server_wait(None, Some(&body), Some(reset), now()),
            Some(Duration::from_secs(9))
        );
        assert_eq!(
            server_wait(Some("garbage"), None, Some(reset), now()),
            Some(Duration::from_secs(60))
        );
        let nested = serde_json::json!({"error": {"code": "rate_limited", "retry_after": "3"}});
        assert_eq!(
            server_wait(None, Some(&nested), None, now()),
            Some(Duration::from_secs(3))
        );
        let negative = serde_json::json!({"retry_after": -4});
        assert_eq!(server_wait(None, Some(&negative), None, now()), None);
        assert_eq!(server_wait(None, None, None, now()), None);
    }

    #[test]
    fn rate_limit_reset_epoch_and_relative() {
        assert_eq!(
            parse_rate_limit_reset("1705312800", now()),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_rate_limit_reset("1705312805", now()),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            parse_rate_limit_reset("1705000000", now()),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_rate_limit_reset("12", now()),
            Some(Duration::from_secs(12))
        );
        assert_eq!(parse_rate_limit_reset("x", now()), None);
        assert_eq!(parse_rate_limit_reset("-5", now()), None);
    }

    /// Found by the `retry_after` fuzz target (fuzz/seeds/retry_after/crash-cbddeaa7…): an
    /// `X-RateLimit-Reset` past i64::MAX seconds panicked with "overflow when adding duration
    /// to instant" in every response the runtime looked at, and in the error conversion.
    #[test]
    fn rate_limit_reset_beyond_system_time_does_not_panic() {
        for value in [
            "17070705310691419995",
            "18446744073709551615",
            "9223372036854775808",
        ] {
            let secs: u64 = value.parse().unwrap();
            assert_eq!(
                parse_rate_limit_reset(value, now()),
                Some(Duration::from_secs(secs - 1_705_312_800)),
                "{value}"
            );
            assert_eq!(
                server_wait(Some("soon"), None, Some(value), now()),
                Some(Duration::from_secs(secs - 1_705_312_800))
            );
        }
        // A clock before the epoch still gives the wait up to the reset.
        let before = SystemTime::UNIX_EPOCH - Duration::from_secs(10);
        assert_eq!(
            parse_rate_limit_reset("1000000000", before),
            Some(Duration::from_secs(1_000_000_010))
        );
        assert_eq!(
            parse_rate_limit_reset(&u64::MAX.to_string(), before),
            Some(Duration::MAX)
        );
    }

    /// Every outcome class against every kind of repeatability: what the rule decides, and
    /// that `retryable` and `may_have_taken_effect` are never both true.
    #[test]
    fn decision_table() {
        use Repeat::{Safe, Unsafe, WithinCall};
        /// (retry, retryable, may_have_taken_effect)
        type Row = (bool, bool, bool);
        const T: Row = (true, true, false);
        const F: Row = (false, false, false);
        const ACTED: Row = (false, false, true);
        const WITHIN: Row = (true, false, true);
        let status = |status| Outcome::Status {
            status,
            quota: false,
        };
        // outcome, then the verdict for Safe, WithinCall, Unsafe.
        let table: Vec<(Outcome, [Row; 3])> = vec![
            (status(200), [F, F, F]),
            (status(201), [F, F, F]),
            (status(204), [F, F, F]),
            (status(302), [F, F, F]),
            (status(400), [F, F, F]),
            (status(401), [F, F, F]),
            (status(402), [F, F, F]),
            (status(403), [F, F, F]),
            (status(404), [F, F, F]),
            (status(409), [F, F, F]),
            (status(422), [F, F, F]),
            (status(408), [T, WITHIN, ACTED]),
            (status(429), [T, T, T]),
            (
                Outcome::Status {
                    status: 429,
                    quota: true,
                },
                [F, F, F],
            ),
            (status(500), [T, WITHIN, ACTED]),
            (status(501), [F, F, F]),
            (status(502), [T, WITHIN, ACTED]),
            (status(503), [T, WITHIN, ACTED]),
            (status(504), [T, WITHIN, ACTED]),
            (status(505), [F, F, F]),
            (status(599), [T, WITHIN, ACTED]),
            (Outcome::NotSent, [T, T, T]),
            (Outcome::Interrupted { status: None }, [T, WITHIN, ACTED]),
            (
                Outcome::Interrupted { status: Some(200) },
                [T, WITHIN, ACTED],
            ),
            (Outcome::Interrupted { status: Some(404) }, [F, F, F]),
            (
                Outcome::Interrupted { status: Some(503) },
                [T, WITHIN, ACTED],
            ),
            (Outcome::Undecodable, [F, (false, false, true), ACTED]),
        ];
        for (outcome, expected) in table {
            for (repeat, want) in [Safe, WithinCall, Unsafe].into_iter().zip(expected) {
                let v = decide(outcome, repeat);
                assert_eq!(
                    (v.retry, v.retryable, v.may_have_taken_effect),
                    want,
                    "{outcome:?} {repeat:?}"
                );
                assert!(
                    !(v.retryable && v.may_have_taken_effect),
                    "{outcome:?} {repeat:?}: retryable and may have taken effect"
                );
            }
        }
        // Every status, not only the table's, keeps the invariant.
        for s in 100..=999 {
            for quota in [false, true] {
                for repeat in [Safe, WithinCall, Unsafe] {
                    let v = decide(Outcome::Status { status: s, quota }, repeat);
                    assert!(!(v.retryable && v.may_have_taken_effect), "{s} {repeat:?}");
                }
            }
        }
    }

    #[test]
    fn backoff_doubles_and_caps() {
        let policy = RetryPolicy {
            jitter: false,
            ..RetryPolicy::default()
        };
        let steps: Vec<_> = (1..=7).map(|r| policy.backoff(r, 0.3)).collect();
        assert_eq!(
            steps,
            [500, 1000, 2000, 4000, 8000, 8000, 8000].map(Duration::from_millis)
        );
        let jittered = RetryPolicy::default();
        assert_eq!(jittered.backoff(2, 0.5), Duration::from_millis(500));
        assert_eq!(jittered.backoff(2, 0.0), Duration::ZERO);
        assert_eq!(
            jittered.backoff(u32::MAX, 0.99),
            Duration::from_millis(7920)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn retry_budget_recovers_over_time() {
        let budget = RetryBudget::new(500);
        while budget.try_withdraw(RetryBudget::RETRY_COST) {}
        assert!(budget.available() < RetryBudget::RETRY_COST);
        // A tenth of the refill time gives a tenth of the capacity back.
        tokio::time::advance(RetryBudget::REFILL_TIME / 10).await;
        let after = budget.available();
        assert!((50..=54).contains(&after), "{after}");
        assert!(budget.try_withdraw(RetryBudget::RETRY_COST));
        // Never above the capacity, however long it waits.
        tokio::time::advance(RetryBudget::REFILL_TIME * 1000).await;
        assert_eq!(budget.available(), 500);
        // A budget of zero stays zero, and huge ones do not overflow.
        let none = RetryBudget::new(0);
        tokio::time::advance(Duration::from_secs(3600)).await;
        assert!(!none.try_withdraw(1));
        let huge = RetryBudget::new(u32::MAX);
        assert!(huge.try_withdraw(RetryBudget::TIMEOUT_COST));
        tokio::time::advance(Duration::from_secs(u32::MAX as u64)).await;
        assert_eq!(huge.available(), u32::MAX as i64);
    }

    #[test]
    fn retry_budget_empties_and_refills() {
        let budget = RetryBudget::new(10);
        assert!(budget.try_withdraw(RetryBudget::RETRY_COST));
        assert!(budget.try_withdraw(RetryBudget::RETRY_COST));
        assert!(!budget.try_withdraw(RetryBudget::RETRY_COST));
        for _ in 0..20 {
            budget.deposit();
        }
        assert_eq!(budget.available(), 10);
    }
}
