//! Replays the fuzz seeds (`fuzz/seeds/<target>/`, which also keep every input that once
//! crashed a target) and adversarial inputs through the very checks the cargo-fuzz targets run
//! (`fuzz/src/lib.rs`, included below), so that a regression shows in `cargo test` without
//! cargo-fuzz or nightly flags. The targets and how to run them: `fuzz/run.sh`.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use voiceai::runtime::retry::{parse_rate_limit_reset, parse_retry_after, server_wait};
use voiceai::runtime::webhooks::{HeaderCheck, StandardWebhook, WebhookError};

type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 6] = [
    ("decode_ringg", checks::decode_ringg),
    ("decode_ringyo", checks::decode_ringyo),
    ("path_segment", checks::path_segment),
    ("retry_after", checks::retry_after),
    ("size_limit", checks::size_limit),
    ("webhooks", checks::webhooks),
];

/// 2024-01-15T10:00:00Z.
const NOW: u64 = 1_705_312_800;

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/seeds")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

/// Runs one input through one check, naming the input when it fails.
fn replay(target: &str, check: Check, name: &str, data: &[u8]) {
    if std::panic::catch_unwind(|| check(data)).is_err() {
        panic!("fuzz check `{target}` failed on {name} ({data:?})");
    }
}

fn with_now(now: u64, text: &[u8]) -> Vec<u8> {
    let mut input = now.to_le_bytes().to_vec();
    input.extend_from_slice(text);
    input
}

#[test]
fn every_seed_replays_through_its_own_target() {
    for (target, check) in TARGETS {
        let seeds = seeds(target);
        assert!(seeds.len() >= 5, "{target} has {} seeds", seeds.len());
        for (name, data) in &seeds {
            replay(target, check, name, data);
        }
    }
}

#[test]
fn every_seed_replays_through_the_other_targets_too() {
    for (seed_target, _) in TARGETS {
        for (name, data) in seeds(seed_target) {
            for (target, check) in TARGETS {
                if target != seed_target {
                    replay(target, check, &format!("{seed_target}/{name}"), &data);
                }
            }
        }
    }
}

/// The crash the `retry_after` target found: an `X-RateLimit-Reset` past i64::MAX seconds
/// (here the third line of the input, read by `server_wait`, and the whole trimmed text) made
/// `parse_rate_limit_reset` panic with "overflow when adding duration to instant".
#[test]
fn fuzz_crash_rate_limit_reset_overflow() {
    let input: &[u8] = b"\x52\x00\xfd\x20\x00\x7c\x65\x72\n\n17070705310691419995";
    replay("retry_after", checks::retry_after, "crash-cbddeaa7", input);
    let now = UNIX_EPOCH + Duration::from_secs(NOW);
    let wait = Duration::from_secs(17_070_705_310_691_419_995 - NOW);
    assert_eq!(
        parse_rate_limit_reset("17070705310691419995", now),
        Some(wait)
    );
    assert_eq!(
        server_wait(None, None, Some(&u64::MAX.to_string()), now),
        Some(Duration::from_secs(u64::MAX - NOW))
    );
    // Through the error conversion, which reads `X-RateLimit-Reset` of every error response.
    replay(
        "decode_ringyo",
        checks::decode_ringyo,
        "reset header",
        b"x-ratelimit-reset: 18446744073709551615\n\0{\"error\":{\"code\":\"rate_limited\"}}",
    );
}

/// JSON nested far past serde_json's recursion limit, numbers beyond every integer type and
/// beyond f64, invalid UTF-8, NULs and empty header blocks: refused or decoded, never a panic.
#[test]
fn adversarial_bodies_never_panic() {
    let deep_arrays = "[".repeat(100_000);
    let deep_objects = "{\"detail\":".repeat(5_000) + "1" + &"}".repeat(5_000);
    let deep_valid = "{\"detail\":".repeat(100) + "\"x\"" + &"}".repeat(100);
    let long_string = format!("{{\"detail\":\"{}\"}}", "\u{1F4DE}".repeat(50_000));
    let bodies: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\0".to_vec(),
        b"\0\0\0".to_vec(),
        b":\n:\n\n\0".to_vec(),
        b"retry-after:\nx-request-id:   \n\0{}".to_vec(),
        deep_arrays.into_bytes(),
        deep_objects.into_bytes(),
        deep_valid.into_bytes(),
        long_string.into_bytes(),
        b"{\"count\": 99999999999999999999999999999, \"total\": -99999999999999999999}".to_vec(),
        b"{\"count\": 1e400}".to_vec(),
        b"{\"retry_after\": 1e308, \"detail\": {\"retry_after\": -0.0}}".to_vec(),
        b"{\"retry_after\": \"1e400\", \"error\": {\"retry_after\": \"-0\"}}".to_vec(),
        b"{\"data\": {\"credits\": 1.7976931348623157e308}, \"total\": 18446744073709551615}"
            .to_vec(),
        b"\xff\xfe{\"detail\":\"\xc3\x28\"}".to_vec(),
        b"{\"detail\": \"\\ud800\"}".to_vec(),
        b"{\"detail\": [[], {}, null, {\"loc\": [null, 1.5, {\"a\": 1}], \"msg\": 5}]}".to_vec(),
        b"{\"event_type\": \"call_completed\"}".to_vec(),
        b"{\"event_type\": 7, \"call_id\": \"c\"}".to_vec(),
        b"{\"event\": \"call.completed\", \"data\": null}".to_vec(),
        b"{\"error\": {\"code\": \"x\", \"message\": \"\"}, \"message\": \"\", \"msg\": \"\"}".to_vec(),
        b"x-voiceai-error-body: {\"detail\":[{\"msg\":\"m\"}]}\nx-voiceai-attempts: 99999999999\n\0null"
            .to_vec(),
    ];
    for (i, body) in bodies.iter().enumerate() {
        for (target, check) in TARGETS {
            replay(target, check, &format!("adversarial body #{i}"), body);
            for now in [0, NOW, u64::MAX, checks::YEAR_10000 - 1] {
                replay(
                    target,
                    check,
                    &format!("adversarial body #{i} at {now}"),
                    &with_now(now, body),
                );
            }
        }
    }
}

#[test]
fn adversarial_retry_after_values() {
    let now = UNIX_EPOCH + Duration::from_secs(NOW);
    let values = [
        "",
        " ",
        "\t",
        "+5",
        "-0",
        "-0.0",
        "0.0000000001",
        "1e308",
        "1e-400",
        "4294967296.5",
        "18446744073709551616",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT ",
        "Mon, 15 Jan 2024 10:00:30 GMT\n",
        "٣",
        "\u{0}",
    ];
    for value in values {
        replay(
            "retry_after",
            checks::retry_after,
            value,
            &with_now(NOW, value.as_bytes()),
        );
    }
    assert_eq!(
        parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now),
        Some(Duration::from_secs(checks::YEAR_10000 - 1 - NOW))
    );
    assert_eq!(
        parse_retry_after("4294967296.5", now),
        Some(Duration::from_secs(u64::from(u32::MAX)))
    );
    // Invalid UTF-8 never reaches the parsers: header values that are not visible ASCII are
    // refused by `to_str`, which is how the runtime reads them.
    let raw = http::HeaderValue::from_bytes(b"12\xff").unwrap();
    assert!(raw.to_str().is_err());
    replay(
        "retry_after",
        checks::retry_after,
        "invalid UTF-8",
        &with_now(NOW, b"12\xff\n{}\n\xc3\x28"),
    );
}

#[test]
fn adversarial_webhook_headers() {
    let verifier = StandardWebhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
    let now = UNIX_EPOCH + Duration::from_secs(NOW);
    let empty = http::HeaderMap::new();
    assert_eq!(
        verifier.verify_at(&empty, b"{}", now),
        Err(WebhookError::MissingHeader("webhook-id".into()))
    );
    let mut headers = http::HeaderMap::new();
    headers.insert("webhook-id", http::HeaderValue::from_static("  "));
    headers.insert("webhook-timestamp", http::HeaderValue::from_static(""));
    headers.insert("webhook-signature", http::HeaderValue::from_static(""));
    assert_eq!(
        verifier.verify_at(&headers, b"{}", now),
        Err(WebhookError::MissingHeader("webhook-id".into()))
    );
    let mut headers = http::HeaderMap::new();
    headers.insert("webhook-id", http::HeaderValue::from_static("msg_1"));
    headers.insert(
        "webhook-timestamp",
        http::HeaderValue::from_str(&u64::MAX.to_string()).unwrap(),
    );
    let signature = verifier.sign("msg_1", u64::MAX, b"{}");
    let many = format!("{} v1, ,v1 v1,,,, {signature}", " ".repeat(1000));
    headers.insert(
        "webhook-signature",
        http::HeaderValue::from_str(&many).unwrap(),
    );
    assert!(matches!(
        verifier.verify_at(&headers, b"{}", now),
        Err(WebhookError::Expired { .. })
    ));
    assert_eq!(
        verifier.verify_at(
            &headers,
            b"{}",
            SystemTime::UNIX_EPOCH - Duration::from_secs(5)
        ),
        Err(WebhookError::Expired {
            skew_secs: u64::MAX,
            tolerance_secs: 300
        })
    );
    headers.insert(
        "webhook-timestamp",
        http::HeaderValue::from_static("18446744073709551616"),
    );
    assert_eq!(
        verifier.verify_at(&headers, b"{}", now),
        Err(WebhookError::BadTimestamp)
    );
    // Header names no HTTP header can have, and an empty value, are refused when the check is
    // built (fail closed), not a panic, and never an "accept anything".
    assert!(HeaderCheck::new().require("bad name\n", "x").is_err());
    assert!(HeaderCheck::new().require("", "").is_err());
    assert!(HeaderCheck::new().require("x-empty", "").is_err());
    assert!(HeaderCheck::new().verify(&empty).is_err());
}
