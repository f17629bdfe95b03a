//! The checks behind the fuzz targets in `fuzz_targets/`, as plain functions of the input bytes,
//! so that `tests/fuzz_regressions.rs` replays seeds and past crashes through exactly the same
//! code (it includes this file with `#[path]`). Each function panics when a property fails; the
//! client code it drives must never panic on its own.
//!
//! Input layouts (the seeds under `fuzz/seeds/<target>/` follow them):
//! - `decode_ringg`, `decode_ringyo`: an optional header block, then a body. With a NUL byte in
//!   the input, what precedes the first NUL is `name: value` lines (the response headers of the
//!   error-body check) and what follows is the body; without one, the whole input is the body.
//! - `retry_after`: 8 bytes of little-endian seconds since the epoch for "now" (reduced below
//!   year 10000), then the header text. For `server_wait` the text is split at the first two
//!   newlines into the `Retry-After` value, a JSON body and the `X-RateLimit-Reset` value.
//! - `webhooks`: 8 bytes of little-endian seconds ("now", and the signing timestamp of the
//!   sign-then-verify property), 1 byte choosing the body byte to flip, then newline-separated
//!   `secret`, `webhook-id`, `webhook-timestamp`, `webhook-signature` lines and the body.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{de::DeserializeOwned, Serialize};

/// Seconds from the epoch to 10000-01-01T00:00:00Z: no HTTP date reaches it, and "now" stays
/// below it.
pub const YEAR_10000: u64 = 253_402_300_800;

/// Statuses the error conversion is driven with: one per branch of `from_status`, and a few
/// that fall through.
const STATUSES: [u16; 14] = [
    400, 401, 402, 403, 404, 408, 409, 418, 422, 429, 500, 503, 599, 302,
];

/// Decodes `data` as `T`; when it decodes, re-serialising must succeed, the result must decode
/// again, and serialising that must give the same bytes (a fixed point after one round).
fn round_trip<T: DeserializeOwned + Serialize>(name: &str, data: &[u8]) -> bool {
    let Ok(value) = serde_json::from_slice::<T>(data) else {
        return false;
    };
    let bytes = serde_json::to_vec(&value)
        .unwrap_or_else(|e| panic!("{name}: decoded, but does not serialise: {e}"));
    let again: T = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "{name}: its own serialisation does not decode: {e}: {}",
            String::from_utf8_lossy(&bytes)
        )
    });
    let bytes_again = serde_json::to_vec(&again).expect("serialises once, serialises twice");
    assert_eq!(
        String::from_utf8_lossy(&bytes),
        String::from_utf8_lossy(&bytes_again),
        "{name}: a decode/encode round trip changed the value"
    );
    true
}

/// Splits an input at its first NUL into a header block and a body.
fn split_headers(data: &[u8]) -> (http::HeaderMap, &[u8]) {
    let Some(nul) = data.iter().position(|b| *b == 0) else {
        return (http::HeaderMap::new(), data);
    };
    let mut headers = http::HeaderMap::new();
    for line in data[..nul].split(|b| *b == b'\n') {
        let Some(colon) = line.iter().position(|b| *b == b':') else {
            continue;
        };
        let name = line[..colon].trim_ascii();
        let value = line[colon + 1..].trim_ascii();
        if let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(name),
            http::HeaderValue::from_bytes(value),
        ) {
            headers.append(name, value);
        }
    }
    (headers, &data[nul + 1..])
}

/// A hash of the input, to choose statuses with.
fn input_hash(data: &[u8]) -> u32 {
    data.iter()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(*b)))
}

/// Drives the runtime's error construction for an error status (`from_status`, the same code
/// every call's error response goes through: `body_message`, `body_code`, the server's wait,
/// the one rule) with 429 (the branch that reads waits and quota codes), one of [`STATUSES`]
/// and one arbitrary status, both chosen by the input: three conversions rather than all
/// fifteen keep the target fast, and the fuzzer's mutations reach every status.
fn error_conversion(headers: &http::HeaderMap, body: &[u8], hash: u32) {
    let chosen = STATUSES[hash as usize % STATUSES.len()];
    let arbitrary = 100 + (hash / 7 % 900) as u16;
    for status in [429, chosen, arbitrary] {
        let error = voiceai::runtime::error::from_status(status, headers, body);
        check_error(&error, status);
    }
}

fn check_error(error: &voiceai::Error, status: u16) {
    use voiceai::Error as E;
    assert_eq!(error.status(), Some(status), "{error:?}");
    assert!(!error.message().is_empty(), "an error always has a message");
    let _ = error.to_string();
    let _ = (error.code(), error.request_id(), error.is_retryable());
    let variant_fits = match error {
        E::Unauthorized(_) => status == 401,
        E::InsufficientCredits(_) => status == 402 || status == 429,
        E::PermissionDenied { .. } => status == 403,
        E::NotFound(_) => status == 404,
        E::Conflict(_) => status == 409,
        E::Validation(_) => status == 400 || status == 422,
        E::RateLimited { .. } => status == 429,
        E::Server(_) => (500..=599).contains(&status),
        E::Status(_) => !matches!(status, 400..=404 | 409 | 422 | 429 | 500..=599),
        other => panic!("status {status} became {other:?}"),
    };
    assert!(variant_fits, "status {status} became {error:?}");
    assert!(
        !(error.is_retryable() && error.may_have_taken_effect()),
        "retryable and may have taken effect: {error:?}"
    );
}

/// The error-body half of the decode targets: the body as received, and, when it decodes
/// through the API's typed `Error`, that value serialised again.
fn error_bodies<T: DeserializeOwned + Serialize>(data: &[u8]) {
    let (headers, body) = split_headers(data);
    let hash = input_hash(data);
    error_conversion(&headers, body, hash);
    if let Ok(typed) = serde_json::from_slice::<T>(body) {
        let again = serde_json::to_vec(&typed).expect("a decoded error serialises");
        error_conversion(&headers, &again, hash);
    }
}

/// `decode_ringg`: the Ringg response types users get most, the webhook parser, and the error
/// conversion. Never panics; whatever decodes survives a round trip.
pub fn decode_ringg(data: &[u8]) {
    use voiceai::ringg::types as t;
    let (_, body) = split_headers(data);
    round_trip::<t::CallHistoryResponse>("CallHistoryResponse", body);
    round_trip::<t::CallDetailsResponse>("CallDetailsResponse", body);
    round_trip::<t::WorkspaceInfoResponse>("WorkspaceInfoResponse", body);
    round_trip::<t::ListAssistantsResponse>("ListAssistantsResponse", body);
    round_trip::<t::CallInitiationResponse>("CallInitiationResponse", body);
    round_trip::<t::Error>("ringg Error", body);
    round_trip::<t::WebhookEvent>("WebhookEvent", body);
    ringg_webhook_parse(body);
    error_bodies::<t::Error>(data);
}

/// `decode_ringyo`: the same for Ringyo.
pub fn decode_ringyo(data: &[u8]) {
    use voiceai::ringyo::types as t;
    let (_, body) = split_headers(data);
    round_trip::<t::Call>("Call", body);
    round_trip::<t::CallList>("CallList", body);
    round_trip::<t::Agent>("Agent", body);
    round_trip::<t::AgentList>("AgentList", body);
    round_trip::<t::Webhook>("Webhook", body);
    round_trip::<t::WebhookList>("WebhookList", body);
    round_trip::<t::PhoneNumberList>("PhoneNumberList", body);
    round_trip::<t::Error>("ringyo Error", body);
    round_trip::<t::WebhookDelivery>("WebhookDelivery", body);
    ringyo_webhook_parse(body);
    error_bodies::<t::Error>(data);
}

/// `ringg::webhooks::parse`: accepts exactly the JSON objects; a known event decodes as the
/// typed `WebhookEvent`.
fn ringg_webhook_parse(body: &[u8]) {
    use voiceai::ringg::webhooks::{parse, Event};
    let as_object = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .filter(serde_json::Value::is_object);
    match parse(body) {
        Ok(Event::Known(event)) => {
            assert!(as_object.is_some());
            let again = serde_json::to_vec(&event).expect("a parsed event serialises");
            assert!(matches!(parse(&again), Ok(Event::Known(_))), "re-parse");
        }
        Ok(Event::Unknown { body: value, .. }) => {
            assert_eq!(Some(value), as_object, "Unknown keeps the body as received");
        }
        Err(_) => {}
    }
}

/// `ringyo::webhooks::parse`: the same as decoding `WebhookDelivery`.
fn ringyo_webhook_parse(body: &[u8]) {
    let parsed = voiceai::ringyo::webhooks::parse(body);
    let decoded = serde_json::from_slice::<voiceai::ringyo::types::WebhookDelivery>(body);
    assert_eq!(parsed.is_ok(), decoded.is_ok());
    if let Ok(delivery) = parsed {
        let again = serde_json::to_vec(&delivery).expect("a parsed delivery serialises");
        let reparsed = voiceai::ringyo::webhooks::parse(&again).expect("re-parse");
        assert_eq!(reparsed.event.as_str(), delivery.event.as_str());
    }
}

fn le_u64(bytes: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = bytes.len().min(8);
    buf[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(buf)
}

/// `retry_after`: `parse_retry_after`, `parse_rate_limit_reset` and `server_wait` never panic,
/// and every wait they return has the size the code promises:
/// - an all-digit `Retry-After` is exactly that many seconds (saturating at `u64::MAX`); any
///   other accepted value (decimal seconds, capped at `u32::MAX`, or an HTTP date, before year
///   10000) is below [`YEAR_10000`] seconds;
/// - `X-RateLimit-Reset` below 10^9 is that many seconds; above, it is the wait from now to
///   that epoch second (zero once it is past);
/// - `server_wait` returns the first of header, body and reset that is readable.
pub fn retry_after(data: &[u8]) {
    use voiceai::runtime::retry::{parse_rate_limit_reset, parse_retry_after, server_wait};
    if data.len() < 8 {
        return;
    }
    let now_secs = le_u64(&data[..8]) % YEAR_10000;
    let now = UNIX_EPOCH + Duration::from_secs(now_secs);
    let rest = &data[8..];
    // The runtime reads header values with `HeaderValue::to_str`: bytes that are not visible
    // ASCII never reach the parsers. Check that such values are refused there, without panic.
    let text = match std::str::from_utf8(rest) {
        Ok(text) => text,
        Err(_) => {
            if let Ok(value) = http::HeaderValue::from_bytes(rest) {
                assert!(value.to_str().is_err(), "non-UTF-8 is not visible ASCII");
            }
            let lossy = String::from_utf8_lossy(rest);
            let _ = parse_retry_after(&lossy, now);
            let _ = parse_rate_limit_reset(&lossy, now);
            return;
        }
    };

    check_retry_after(text, now);
    check_rate_limit_reset(text, now_secs, now);

    let mut parts = text.splitn(3, '\n');
    let header = parts.next();
    let body = parts
        .next()
        .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok());
    let reset = parts.next();
    let wait = server_wait(header, body.as_ref(), reset, now);
    let from_header = header.and_then(|h| parse_retry_after(h, now));
    if from_header.is_some() {
        assert_eq!(wait, from_header, "the Retry-After header wins");
    } else if body.is_none() {
        assert_eq!(wait, reset.and_then(|r| parse_rate_limit_reset(r, now)));
    } else if let Some(wait) = wait {
        // From the body (capped at u32::MAX seconds) or from the reset.
        let from_reset = reset.and_then(|r| parse_rate_limit_reset(r, now));
        assert!(
            wait <= Duration::from_secs(u64::from(u32::MAX)) || Some(wait) == from_reset,
            "{wait:?}"
        );
    }
}

fn check_retry_after(text: &str, now: SystemTime) {
    let got = voiceai::runtime::retry::parse_retry_after(text, now);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        assert_eq!(got, None);
    } else if trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let secs = trimmed.parse::<u64>().unwrap_or(u64::MAX);
        assert_eq!(got, Some(Duration::from_secs(secs)), "{text:?}");
    } else if let Some(wait) = got {
        assert!(
            wait < Duration::from_secs(YEAR_10000),
            "{text:?} gave {wait:?}"
        );
    }
}

fn check_rate_limit_reset(text: &str, now_secs: u64, now: SystemTime) {
    let got = voiceai::runtime::retry::parse_rate_limit_reset(text, now);
    let expected = text.trim().parse::<u64>().ok().map(|secs| {
        if secs < 1_000_000_000 {
            Duration::from_secs(secs)
        } else {
            Duration::from_secs(secs.saturating_sub(now_secs))
        }
    });
    assert_eq!(got, expected, "X-RateLimit-Reset {text:?} at {now_secs}");
}

/// `webhooks`: `StandardWebhook::verify_at` on headers from the input never panics and accepts
/// only timestamps within the tolerance; for an input-derived id, timestamp and body, `sign`
/// then `verify_at` succeeds and flipping any byte of the body makes it fail; `HeaderCheck`
/// accepts the values it was configured with and nothing when a value differs; both APIs'
/// `webhooks::parse` take arbitrary bytes.
pub fn webhooks(data: &[u8]) {
    use voiceai::runtime::webhooks::{HeaderCheck, StandardWebhook, WebhookError};
    if data.len() < 9 {
        return;
    }
    let now_secs = le_u64(&data[..8]) % YEAR_10000;
    let now = UNIX_EPOCH + Duration::from_secs(now_secs);
    let flip = usize::from(data[8]);
    let mut fields = data[9..].splitn(5, |b| *b == b'\n');
    let secret = String::from_utf8_lossy(fields.next().unwrap_or_default()).into_owned();
    let id = fields.next().unwrap_or_default();
    let timestamp = fields.next().unwrap_or_default();
    let signature = fields.next().unwrap_or_default();
    let body = fields.next().unwrap_or_default();

    ringg_webhook_parse(body);
    ringyo_webhook_parse(body);

    let mut headers = http::HeaderMap::new();
    for (name, value) in [
        ("webhook-id", id),
        ("webhook-timestamp", timestamp),
        ("webhook-signature", signature),
    ] {
        if let Ok(value) = http::HeaderValue::from_bytes(value) {
            headers.insert(name, value);
        }
    }

    // HeaderCheck: configured with the delivery's own values it accepts; with one value changed
    // it refuses. Header names from the input too (the id line as a name).
    let check = HeaderCheck::new();
    let _ = check.verify(&headers);
    // Values too short for a secret are refused when the check is built (fail closed).
    let mut check = Ok(HeaderCheck::new());
    for (name, value) in &headers {
        check =
            check.and_then(|c| c.require(name.as_str(), String::from_utf8_lossy(value.as_bytes())));
    }
    if let Ok(check) = check {
        if !headers.is_empty() && headers.values().all(|v| v.to_str().is_ok()) {
            assert_eq!(check.verify(&headers), Ok(()));
            let wrong = check
                .clone()
                .require("webhook-id", "\u{1}never sent, long enough")
                .expect("a long value");
            assert!(wrong.verify(&headers).is_err());
        }
    }
    let odd_name = String::from_utf8_lossy(id).into_owned();
    if let Ok(odd) = HeaderCheck::new().require(odd_name.clone(), odd_name) {
        let _ = odd.verify(&headers);
    }

    let Ok(verifier) = StandardWebhook::new(&secret) else {
        return;
    };

    // Whatever the headers, no panic; an accepted delivery is within the tolerance.
    if verifier.verify_at(&headers, body, now).is_ok() {
        let ts: u64 = headers["webhook-timestamp"]
            .to_str()
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(ts.abs_diff(now_secs) <= StandardWebhook::DEFAULT_TOLERANCE.as_secs());
    }

    // Sign, then verify at the same time.
    let id = String::from_utf8_lossy(id);
    let id = id.trim();
    // A header value the runtime can read: visible ASCII (it refuses the rest as missing).
    let Ok(id_value) = http::HeaderValue::from_str(id) else {
        return;
    };
    if id.is_empty() || id_value.to_str().is_err() {
        return;
    }
    let ts = now_secs;
    let signature = verifier.sign(id, ts, body);
    let mut signed = http::HeaderMap::new();
    signed.insert("webhook-id", id_value);
    signed.insert("webhook-timestamp", http::HeaderValue::from(ts));
    signed.insert(
        "webhook-signature",
        http::HeaderValue::from_str(&signature).expect("base64 is a header value"),
    );
    assert_eq!(
        verifier.verify_at(&signed, body, now),
        Ok(()),
        "sign then verify"
    );
    // Any single-byte change of the body breaks the signature.
    if !body.is_empty() {
        let mut tampered = body.to_vec();
        let at = flip % tampered.len();
        tampered[at] ^= 1u8 << (flip % 8);
        assert_eq!(
            verifier.verify_at(&signed, &tampered, now),
            Err(WebhookError::BadSignature),
            "tampered body accepted"
        );
    }
    // Outside the tolerance the signature still matches but the timestamp does not.
    let late = now + StandardWebhook::DEFAULT_TOLERANCE + Duration::from_secs(1);
    assert!(matches!(
        verifier.verify_at(&signed, body, late),
        Err(WebhookError::Expired { .. })
    ));
}

/// `path_segment`: the input as a path parameter. An accepted value comes back as one segment
/// of unreserved characters and `%XX` escapes that decodes to the input, and stays one segment
/// when the URL parser reads it; only empty and dot values (also percent-encoded) are refused.
pub fn path_segment(data: &[u8]) {
    let value = String::from_utf8_lossy(data);
    match voiceai::runtime::path::segment("id", &value) {
        Ok(encoded) => {
            assert!(
                encoded
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
                "{encoded}"
            );
            assert_eq!(percent_decode(&encoded), value.as_bytes(), "{encoded}");
            let url = voiceai::__private::reqwest::Url::parse(&format!(
                "http://127.0.0.1/base/{encoded}/tail"
            ))
            .expect("a URL");
            let segments: Vec<&str> = url.path_segments().expect("segments").collect();
            assert_eq!(segments, ["base", encoded.as_str(), "tail"], "{value:?}");
        }
        Err(message) => {
            let dots = value.to_ascii_lowercase().replace("%2e", ".");
            assert!(
                matches!(dots.as_str(), "" | "." | ".."),
                "{value:?}: {message}"
            );
            assert!(!message.contains(value.as_ref()) || value.len() < 8);
        }
    }
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// `size_limit`: a body read as a call reads it, under a limit. Input: 2 bytes of limit
/// (little-endian), 1 byte whose low bit chooses the body: a stream of chunks with no length
/// known in advance (as a chunked answer), or one in-memory body whose length is known (as an
/// answer with an honest `Content-Length`, which the runtime checks before reading); then one
/// chunk per byte, of that many bytes. Accepted: at most `limit` bytes, exactly the chunks;
/// refused: more than `limit` bytes. (A `Content-Length` that lies is hyper's to catch: the
/// body then ends in a read error.)
pub fn size_limit(data: &[u8]) {
    use futures_util::FutureExt;
    if data.len() < 3 {
        return;
    }
    let limit = u64::from(u16::from_le_bytes([data[0], data[1]]));
    let known_length = data[2] & 1 == 1;
    let chunks: Vec<Vec<u8>> = data[3..].iter().map(|n| vec![*n; *n as usize]).collect();
    let total: u64 = chunks.iter().map(|c| c.len() as u64).sum();
    let expected: Vec<u8> = chunks.concat();
    let body = if known_length {
        voiceai::__private::reqwest::Body::from(expected.clone())
    } else {
        voiceai::__private::reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks.into_iter().map(Ok::<_, std::io::Error>),
        ))
    };
    let response = http::Response::builder()
        .status(200)
        .body(body)
        .expect("a response");
    let mut response = voiceai::__private::reqwest::Response::from(response);
    assert_eq!(
        response.content_length().is_some(),
        known_length,
        "the runtime sees the length exactly when one is known"
    );
    let read = voiceai::runtime::exchange::read_limited(&mut response, limit)
        .now_or_never()
        .expect("an in-memory body never waits");
    match read {
        Ok(body) => {
            assert!(body.len() as u64 <= limit, "{} > {limit}", body.len());
            assert_eq!(&body[..], &expected[..]);
        }
        Err("too large") => assert!(total > limit, "{total} <= {limit}"),
        Err(other) => panic!("{other}"),
    }
}
