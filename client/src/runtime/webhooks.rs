//! Checking that a webhook delivery really comes from the vendor, shared by both APIs.
//!
//! - Ringg signs nothing: a subscription carries headers you choose (a bearer token, a shared
//!   secret), which Ringg sends back with every delivery. [`HeaderCheck`] compares them in
//!   constant time.
//! - Ringyo issues `whsec_` signing secrets, the convention of the Standard Webhooks
//!   specification. The archived Ringyo docs lost the header names and the algorithm, so
//!   [`StandardWebhook`] implements Standard Webhooks as published: headers `webhook-id`,
//!   `webhook-timestamp` and `webhook-signature`; HMAC-SHA256 over `"{id}.{timestamp}.{body}"`
//!   keyed with the base64-decoded secret; signatures `v1,<base64>` separated by spaces; a
//!   timestamp tolerance (5 minutes by default) against replays. This is an assumption about
//!   Ringyo, stated as such wherever it is used.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use subtle::ConstantTimeEq;

/// Why a delivery was refused. Never contains a secret or a signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header the check needs is absent (or not visible ASCII).
    #[error("the webhook delivery has no usable `{0}` header")]
    MissingHeader(String),
    /// A configured header is present with another value.
    #[error("the webhook header `{0}` does not match the configured value")]
    HeaderMismatch(String),
    /// No signature in `webhook-signature` matches the body.
    #[error("no webhook signature matches the body")]
    BadSignature,
    /// The `webhook-timestamp` header is not a number of seconds.
    #[error("the webhook timestamp is not a Unix time in seconds")]
    BadTimestamp,
    /// The timestamp is further from now than the tolerance allows (a replay, or a wrong clock).
    #[error("the webhook timestamp is {skew_secs} s away from now, more than the {tolerance_secs} s allowed")]
    Expired {
        /// How far the timestamp is from now, in seconds.
        skew_secs: u64,
        /// The tolerance in seconds.
        tolerance_secs: u64,
    },
    /// The signing secret, or a header value to check, cannot be used (empty, too short, not
    /// base64): refused when the checker is built, so that an unset variable never means
    /// "accept anything".
    #[error("invalid webhook secret: {0}")]
    InvalidSecret(&'static str),
    /// A delivery with this message id was accepted before (replay protection is on).
    #[error("the webhook message {0:?} was already accepted (a replay)")]
    Replayed(String),
    /// The body is not the JSON the API documents.
    #[error("the webhook body is not valid JSON: {0}")]
    Body(String),
}

/// Compares two byte strings in constant time (for equal lengths).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

fn header<'a>(headers: &'a http::HeaderMap, name: &str) -> Result<&'a str, WebhookError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| WebhookError::MissingHeader(name.to_string()))
}

/// Checks the headers configured on a Ringg event subscription: every one must be present with
/// exactly the configured value. Values are compared in constant time; header names are not
/// case-sensitive.
#[derive(Clone, Default)]
pub struct HeaderCheck {
    expected: Vec<(String, Vec<u8>)>,
}

impl std::fmt::Debug for HeaderCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<_> = self.expected.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("HeaderCheck")
            .field("headers", &names)
            .field("values", &"[redacted]")
            .finish()
    }
}

impl HeaderCheck {
    /// The shortest header value accepted as a secret: 16 bytes.
    pub const MIN_VALUE_LEN: usize = 16;

    /// A check that requires nothing yet (and so refuses every delivery).
    pub fn new() -> Self {
        Self::default()
    }

    /// Requires header `name` with value `value` (as configured in the subscription's
    /// `headers`). Fails closed: a name no HTTP header can have, and a value shorter than
    /// [`MIN_VALUE_LEN`](Self::MIN_VALUE_LEN) bytes (an empty one from an unset environment
    /// variable above all), are refused here rather than accepted at delivery time.
    pub fn require(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Result<Self, WebhookError> {
        let name = name.into().to_ascii_lowercase();
        let value = value.into();
        if http::HeaderName::from_bytes(name.as_bytes()).is_err() {
            return Err(WebhookError::InvalidSecret(
                "the header name is not a valid HTTP header name",
            ));
        }
        if value.trim().len() < Self::MIN_VALUE_LEN {
            return Err(WebhookError::InvalidSecret(
                "a header value to check must be at least 16 bytes (is the variable set?)",
            ));
        }
        self.expected.push((name, value.into_bytes()));
        Ok(self)
    }

    /// Checks a delivery's headers. A check with no required header refuses everything: it
    /// would otherwise accept any request.
    pub fn verify(&self, headers: &http::HeaderMap) -> Result<(), WebhookError> {
        if self.expected.is_empty() {
            return Err(WebhookError::MissingHeader(
                "(no header configured to check)".into(),
            ));
        }
        // Every header is looked at, so the time taken does not say which one failed first.
        let mut first_error = None;
        for (name, value) in &self.expected {
            let outcome = match headers.get(name.as_str()) {
                None => Err(WebhookError::MissingHeader(name.clone())),
                Some(got) if constant_time_eq(got.as_bytes(), value) => Ok(()),
                Some(_) => Err(WebhookError::HeaderMismatch(name.clone())),
            };
            if let (Err(e), None) = (outcome, &first_error) {
                first_error = Some(e);
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}

/// Standard Webhooks verification (HMAC-SHA256 with a `whsec_` secret).
#[derive(Clone)]
pub struct StandardWebhook {
    key: Vec<u8>,
    tolerance: Duration,
    /// Message ids accepted within the tolerance, when replay protection is on. Shared by
    /// clones.
    seen: Option<std::sync::Arc<std::sync::Mutex<ReplayCache>>>,
}

/// The message ids accepted lately, oldest first, at most `capacity` of them.
#[derive(Debug)]
struct ReplayCache {
    capacity: usize,
    order: std::collections::VecDeque<(String, u64)>,
    ids: std::collections::HashSet<String>,
}

impl ReplayCache {
    /// Records `id` accepted at `timestamp`; `false` when it was seen already. Ids older than
    /// the tolerance are forgotten first (a replay of them fails the timestamp check anyway),
    /// then the oldest beyond the capacity.
    fn insert(&mut self, id: &str, timestamp: u64, oldest_allowed: u64) -> bool {
        while self
            .order
            .front()
            .is_some_and(|(_, ts)| *ts < oldest_allowed)
        {
            if let Some((old, _)) = self.order.pop_front() {
                self.ids.remove(&old);
            }
        }
        if self.ids.contains(id) {
            return false;
        }
        while self.order.len() >= self.capacity.max(1) {
            if let Some((old, _)) = self.order.pop_front() {
                self.ids.remove(&old);
            }
        }
        self.ids.insert(id.to_string());
        self.order.push_back((id.to_string(), timestamp));
        true
    }
}

impl std::fmt::Debug for StandardWebhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StandardWebhook")
            .field("secret", &"[redacted]")
            .field("tolerance", &self.tolerance)
            .field("replay_protection", &self.seen.is_some())
            .finish()
    }
}

/// Header carrying the message id.
pub const WEBHOOK_ID: &str = "webhook-id";
/// Header carrying the Unix time of sending, in seconds.
pub const WEBHOOK_TIMESTAMP: &str = "webhook-timestamp";
/// Header carrying one or more `v1,<base64>` signatures separated by spaces.
pub const WEBHOOK_SIGNATURE: &str = "webhook-signature";

impl StandardWebhook {
    /// The default timestamp tolerance: 5 minutes either way.
    pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

    /// The shortest key accepted, in bytes, as Standard Webhooks requires (24 to 64).
    pub const MIN_KEY_LEN: usize = 24;

    /// A verifier for a signing secret, read as the Standard Webhooks specification says: an
    /// optional `whsec_` prefix, then the key in base64. Fails closed: an empty secret, one
    /// that is not base64, and a key shorter than [`MIN_KEY_LEN`](Self::MIN_KEY_LEN) bytes are
    /// refused here.
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        let secret = secret.trim();
        let encoded = secret.strip_prefix("whsec_").unwrap_or(secret);
        if encoded.is_empty() {
            return Err(WebhookError::InvalidSecret("the secret is empty"));
        }
        let key = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| {
                WebhookError::InvalidSecret("the secret is not base64 (after any `whsec_`)")
            })?;
        if key.len() < Self::MIN_KEY_LEN {
            return Err(WebhookError::InvalidSecret(
                "the secret's key is shorter than 24 bytes",
            ));
        }
        Ok(Self {
            key,
            tolerance: Self::DEFAULT_TOLERANCE,
            seen: None,
        })
    }

    /// Refuses a delivery whose message id was accepted before, remembering up to `capacity`
    /// ids (those older than the tolerance are forgotten: their timestamp check fails anyway).
    /// The memory is shared by clones of this verifier; give every process its own only if
    /// each receives its own deliveries.
    pub fn replay_protection(mut self, capacity: usize) -> Self {
        self.seen = Some(std::sync::Arc::new(std::sync::Mutex::new(ReplayCache {
            capacity,
            order: std::collections::VecDeque::new(),
            ids: std::collections::HashSet::new(),
        })));
        self
    }

    /// Sets how far the timestamp may be from now.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    fn mac(&self, id: &str, timestamp: u64, body: &[u8]) -> ring::hmac::Tag {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &self.key);
        let mut ctx = ring::hmac::Context::with_key(&key);
        ctx.update(id.as_bytes());
        ctx.update(b".");
        ctx.update(timestamp.to_string().as_bytes());
        ctx.update(b".");
        ctx.update(body);
        ctx.sign()
    }

    /// The `webhook-signature` value for a message (what a sender puts in the header).
    pub fn sign(&self, id: &str, timestamp: u64, body: &[u8]) -> String {
        let tag = self.mac(id, timestamp, body);
        format!(
            "v1,{}",
            base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
        )
    }

    /// Verifies a delivery against the current time.
    pub fn verify(&self, headers: &http::HeaderMap, body: &[u8]) -> Result<(), WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Verifies a delivery as of `now`: the signature first, then the timestamp.
    pub fn verify_at(
        &self,
        headers: &http::HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let id = header(headers, WEBHOOK_ID)?;
        let timestamp_text = header(headers, WEBHOOK_TIMESTAMP)?;
        let signatures = header(headers, WEBHOOK_SIGNATURE)?;
        let timestamp: u64 = timestamp_text
            .parse()
            .map_err(|_| WebhookError::BadTimestamp)?;
        let expected = self.mac(id, timestamp, body);
        let matched = signatures
            .split(' ')
            .filter_map(|s| s.split_once(','))
            .filter(|(version, _)| *version == "v1")
            .filter_map(|(_, sig)| base64::engine::general_purpose::STANDARD.decode(sig).ok())
            .fold(false, |found, sig| {
                found | constant_time_eq(&sig, expected.as_ref())
            });
        if !matched {
            return Err(WebhookError::BadSignature);
        }
        let now_secs = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        let skew = now_secs.abs_diff(timestamp);
        if skew > self.tolerance.as_secs() {
            return Err(WebhookError::Expired {
                skew_secs: skew,
                tolerance_secs: self.tolerance.as_secs(),
            });
        }
        if let Some(seen) = &self.seen {
            let oldest = now_secs.saturating_sub(self.tolerance.as_secs());
            let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
            if !seen.insert(id, timestamp, oldest) {
                return Err(WebhookError::Replayed(id.to_string()));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> http::HeaderMap {
        let mut map = http::HeaderMap::new();
        for (k, v) in pairs {
            map.append(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                http::HeaderValue::from_str(v).unwrap(),
            );
        }
        map
    }

    // The published Standard Webhooks test vector.
    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const TS: u64 = 1614265330;
    const BODY: &[u8] = br#"{"test": 2432232314}"#;
    const SIG: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn standard_webhooks_test_vector_signs_and_verifies() {
        let v = StandardWebhook::new(SECRET).unwrap();
        assert_eq!(v.sign(ID, TS, BODY), SIG);
        let h = headers(&[
            (WEBHOOK_ID, ID),
            (WEBHOOK_TIMESTAMP, "1614265330"),
            (WEBHOOK_SIGNATURE, SIG),
        ]);
        assert_eq!(v.verify_at(&h, BODY, at(TS + 10)), Ok(()));
    }

    #[test]
    fn webhook_signature_table() {
        let v = StandardWebhook::new(SECRET).unwrap();
        let other = StandardWebhook::new("whsec_b3RoZXItc2VjcmV0LWZvci10ZXN0cy1GQUtF").unwrap();
        let other_sig = other.sign(ID, TS, BODY);
        let several = format!("v1,bm9wZQ== {other_sig} {SIG}");
        type Case<'a> = (
            &'a str,
            Vec<(&'a str, &'a str)>,
            &'a [u8],
            u64,
            Result<(), WebhookError>,
        );
        let cases: Vec<Case> = vec![
            (
                "valid among several signatures",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, &several),
                ],
                BODY,
                TS,
                Ok(()),
            ),
            (
                "tampered body",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, SIG),
                ],
                br#"{"test": 2432232315}"#,
                TS,
                Err(WebhookError::BadSignature),
            ),
            (
                "tampered id",
                vec![
                    (WEBHOOK_ID, "msg_other"),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, SIG),
                ],
                BODY,
                TS,
                Err(WebhookError::BadSignature),
            ),
            (
                "signed with another secret",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, &other_sig),
                ],
                BODY,
                TS,
                Err(WebhookError::BadSignature),
            ),
            (
                "unknown signature version only",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (
                        WEBHOOK_SIGNATURE,
                        "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                    ),
                ],
                BODY,
                TS,
                Err(WebhookError::BadSignature),
            ),
            (
                "expired: 6 minutes old",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, SIG),
                ],
                BODY,
                TS + 360,
                Err(WebhookError::Expired {
                    skew_secs: 360,
                    tolerance_secs: 300,
                }),
            ),
            (
                "from the future",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, SIG),
                ],
                BODY,
                TS - 1000,
                Err(WebhookError::Expired {
                    skew_secs: 1000,
                    tolerance_secs: 300,
                }),
            ),
            (
                "missing signature",
                vec![(WEBHOOK_ID, ID), (WEBHOOK_TIMESTAMP, "1614265330")],
                BODY,
                TS,
                Err(WebhookError::MissingHeader(WEBHOOK_SIGNATURE.into())),
            ),
            (
                "missing id",
                vec![(WEBHOOK_TIMESTAMP, "1614265330"), (WEBHOOK_SIGNATURE, SIG)],
                BODY,
                TS,
                Err(WebhookError::MissingHeader(WEBHOOK_ID.into())),
            ),
            (
                "garbage timestamp",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "yesterday"),
                    (WEBHOOK_SIGNATURE, SIG),
                ],
                BODY,
                TS,
                Err(WebhookError::BadTimestamp),
            ),
            (
                "garbage signature",
                vec![
                    (WEBHOOK_ID, ID),
                    (WEBHOOK_TIMESTAMP, "1614265330"),
                    (WEBHOOK_SIGNATURE, "v1,not base64!!"),
                ],
                BODY,
                TS,
                Err(WebhookError::BadSignature),
            ),
        ];
        for (name, pairs, body, now, expected) in cases {
            assert_eq!(
                v.verify_at(&headers(&pairs), body, at(now)),
                expected,
                "{name}"
            );
        }
    }

    /// Webhooks fail closed: every secret that would weaken the check is refused when the
    /// checker is built, and nothing of a secret is printed.
    #[test]
    fn webhooks_fail_closed_on_weak_secrets() {
        use base64::Engine as _;
        let b64 = |n: usize| base64::engine::general_purpose::STANDARD.encode(vec![7u8; n]);
        let refused = [
            String::new(),
            "   ".into(),
            "whsec_".into(),
            "whsec_my own secret!".into(),
            "not base64 at all".into(),
            format!("whsec_{}", b64(23)),
            b64(8),
        ];
        for secret in &refused {
            assert!(
                matches!(
                    StandardWebhook::new(secret),
                    Err(WebhookError::InvalidSecret(_))
                ),
                "{secret:?} was accepted"
            );
        }
        // 24 bytes and more, with or without the prefix (the spec makes it optional).
        let with = StandardWebhook::new(&format!("whsec_{}", b64(24))).unwrap();
        let without = StandardWebhook::new(&b64(24)).unwrap();
        assert_eq!(with.sign(ID, TS, BODY), without.sign(ID, TS, BODY));
        assert!(StandardWebhook::new(&b64(64)).is_ok());
        assert!(!format!("{with:?}").contains(&b64(24)));

        for (name, value) in [
            ("x-hook-secret", ""),
            ("x-hook-secret", "   "),
            ("x-hook-secret", "short-FAKE"),
            ("bad name\n", "a-long-enough-secret-FAKE"),
            ("", "a-long-enough-secret-FAKE"),
        ] {
            assert!(
                matches!(
                    HeaderCheck::new().require(name, value),
                    Err(WebhookError::InvalidSecret(_))
                ),
                "{name:?}: {value:?} was accepted"
            );
        }
    }

    /// Webhooks fail closed: with replay protection on, a delivery accepted once is refused
    /// the second time inside the tolerance; the memory of ids stays bounded.
    #[test]
    fn webhooks_fail_closed_on_replays() {
        let v = StandardWebhook::new(SECRET).unwrap().replay_protection(2);
        let delivery = |id: &str| {
            let sig = v.sign(id, TS, BODY);
            headers(&[
                (WEBHOOK_ID, id),
                (WEBHOOK_TIMESTAMP, "1614265330"),
                (WEBHOOK_SIGNATURE, &sig),
            ])
        };
        assert_eq!(v.verify_at(&delivery("msg_1"), BODY, at(TS)), Ok(()));
        assert_eq!(
            v.verify_at(&delivery("msg_1"), BODY, at(TS + 1)),
            Err(WebhookError::Replayed("msg_1".into()))
        );
        // A clone shares the memory.
        assert!(v
            .clone()
            .verify_at(&delivery("msg_1"), BODY, at(TS + 2))
            .is_err());
        // A forged delivery is not remembered (the signature fails first).
        let mut forged = delivery("msg_2");
        forged.insert(
            WEBHOOK_SIGNATURE,
            http::HeaderValue::from_static("v1,Zm9yZ2Vk"),
        );
        assert_eq!(
            v.verify_at(&forged, BODY, at(TS)),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(v.verify_at(&delivery("msg_2"), BODY, at(TS)), Ok(()));
        // Bounded: a third id pushes the first out.
        assert_eq!(v.verify_at(&delivery("msg_3"), BODY, at(TS)), Ok(()));
        assert_eq!(v.verify_at(&delivery("msg_1"), BODY, at(TS)), Ok(()));
        // Without protection, the same delivery passes twice (the default).
        let plain = StandardWebhook::new(SECRET).unwrap();
        assert!(plain.verify_at(&delivery("msg_9"), BODY, at(TS)).is_ok());
        assert!(plain.verify_at(&delivery("msg_9"), BODY, at(TS)).is_ok());
    }

    #[test]
    fn ringg_header_check_table() {
        let check = HeaderCheck::new()
            .require("Authorization", "Bearer hook-token-FAKE")
            .and_then(|c| c.require("X-Webhook-Secret", "s3cret-value-FAKE"))
            .unwrap();
        let good = headers(&[
            ("authorization", "Bearer hook-token-FAKE"),
            ("x-webhook-secret", "s3cret-value-FAKE"),
            ("content-type", "application/json"),
        ]);
        assert_eq!(check.verify(&good), Ok(()));
        let wrong = headers(&[
            ("authorization", "Bearer hook-token-FAKF"),
            ("x-webhook-secret", "s3cret-value-FAKE"),
        ]);
        assert_eq!(
            check.verify(&wrong),
            Err(WebhookError::HeaderMismatch("authorization".into()))
        );
        let missing = headers(&[("authorization", "Bearer hook-token-FAKE")]);
        assert_eq!(
            check.verify(&missing),
            Err(WebhookError::MissingHeader("x-webhook-secret".into()))
        );
        assert!(HeaderCheck::new().verify(&good).is_err());
        assert!(!format!("{check:?}").contains("FAKE"));
    }
}

/// A webhook delivery that passed its API's check, parsed: with the `axum` feature, an
/// extractor (`async fn hook(event: ringyo::webhooks::Verified<Event>)`) that answers 401 when
/// the check fails, so the handler runs for genuine deliveries only.
#[derive(Debug, Clone)]
pub struct Verified<T>(pub T);

impl<T> Verified<T> {
    /// The parsed delivery.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Verified<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Why the axum extractor refused a delivery: 401 when the check failed (a forged, tampered,
/// expired or replayed delivery), 400 when a genuine delivery's body is not what the API
/// documents, or the body could not be read. The answer says only the reason, never a secret.
#[cfg(feature = "axum")]
#[derive(Debug)]
pub enum WebhookRejection {
    /// The headers or the signature did not check out: 401.
    Unauthorized(WebhookError),
    /// The delivery checked out, but its body is not the documented JSON: 400.
    Body(WebhookError),
    /// The body could not be read (too large, broken off): axum's own answer.
    Unreadable(axum_core::extract::rejection::BytesRejection),
}

#[cfg(feature = "axum")]
impl WebhookRejection {
    pub(crate) fn checked(error: WebhookError) -> Self {
        tracing::warn!(%error, "webhook delivery refused");
        match error {
            WebhookError::Body(_) => WebhookRejection::Body(error),
            _ => WebhookRejection::Unauthorized(error),
        }
    }
}

#[cfg(feature = "axum")]
impl std::fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookRejection::Unauthorized(e) | WebhookRejection::Body(e) => e.fmt(f),
            WebhookRejection::Unreadable(e) => e.fmt(f),
        }
    }
}

#[cfg(feature = "axum")]
impl std::error::Error for WebhookRejection {}

#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for WebhookRejection {
    fn into_response(self) -> axum_core::response::Response {
        match self {
            WebhookRejection::Unauthorized(e) => {
                (http::StatusCode::UNAUTHORIZED, e.to_string()).into_response()
            }
            WebhookRejection::Body(e) => {
                (http::StatusCode::BAD_REQUEST, e.to_string()).into_response()
            }
            WebhookRejection::Unreadable(e) => e.into_response(),
        }
    }
}
