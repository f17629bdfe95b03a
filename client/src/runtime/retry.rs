//! When to retry and how long to wait. The parsing and the decision are pure functions
//! ([`parse_retry_after`], [`server_wait`], [`classify_status`], [`RetryPolicy::backoff`]); the
//! retry loop in [`super::hooks::exec`] only applies them.

use std::sync::atomic::{AtomicI64, Ordering};
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

/// What a response status means for retrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusClass {
    /// 2xx.
    Success,
    /// Worth another attempt: 408, 429 (unless the body says credits or quota are gone), 5xx.
    Retryable,
    /// Final: every other status, 402, and a 429 about exhausted credits or quota.
    Permanent,
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

/// Classifies a status; `error_code` is the vendor's code from the body, if any.
pub fn classify_status(status: u16, error_code: Option<&str>) -> StatusClass {
    match status {
        200..=299 => StatusClass::Success,
        429 if error_code.is_some_and(is_quota_code) => StatusClass::Permanent,
        408 | 429 | 500..=599 => StatusClass::Retryable,
        _ => StatusClass::Permanent,
    }
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
/// its load: each retry takes tokens, each success gives one back. When it is empty, failures
/// are returned at once. Clones of a client share it.
#[derive(Debug)]
pub struct RetryBudget {
    tokens: AtomicI64,
    capacity: i64,
}

impl RetryBudget {
    /// Tokens a retry after an error status costs.
    pub const RETRY_COST: i64 = 5;
    /// Tokens a retry after a timeout costs.
    pub const TIMEOUT_COST: i64 = 10;

    /// A full budget of `capacity` tokens (500 by default: 100 retries in a row).
    pub fn new(capacity: u32) -> Self {
        Self {
            tokens: AtomicI64::new(capacity as i64),
            capacity: capacity as i64,
        }
    }

    /// Takes `cost` tokens if there are that many; `false` when the budget is spent.
    pub fn try_withdraw(&self, cost: i64) -> bool {
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

    #[test]
    fn status_classification_table() {
        let cases: &[(u16, Option<&str>, StatusClass)] = &[
            (200, None, StatusClass::Success),
            (201, None, StatusClass::Success),
            (400, None, StatusClass::Permanent),
            (401, None, StatusClass::Permanent),
            (402, Some("insufficient_credits"), StatusClass::Permanent),
            (403, None, StatusClass::Permanent),
            (404, None, StatusClass::Permanent),
            (408, None, StatusClass::Retryable),
            (409, None, StatusClass::Permanent),
            (422, None, StatusClass::Permanent),
            (429, None, StatusClass::Retryable),
            (429, Some("rate_limit_exceeded"), StatusClass::Retryable),
            (429, Some("quota_exceeded"), StatusClass::Permanent),
            (429, Some("insufficient_credits"), StatusClass::Permanent),
            (500, None, StatusClass::Retryable),
            (502, None, StatusClass::Retryable),
            (503, None, StatusClass::Retryable),
            (504, None, StatusClass::Retryable),
            (501, None, StatusClass::Retryable),
        ];
        for (status, code, expected) in cases {
            assert_eq!(
                classify_status(*status, *code),
                *expected,
                "{status} {code:?}"
            );
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
