//! Receiving webhooks: Ringg deliveries checked by their configured headers and parsed by
//! `event_type`; Ringyo deliveries verified as Standard Webhooks and parsed. Valid, tampered,
//! expired and missing signatures and headers.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::json;
use voiceai::ringg::webhooks::{self as ringg_hooks, Event, HeaderCheck};
use voiceai::ringyo::webhooks::{self as ringyo_hooks, Verifier, WebhookError};

fn headers(pairs: &[(&str, String)]) -> http::HeaderMap {
    let mut map = http::HeaderMap::new();
    for (k, v) in pairs {
        map.insert(
            http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    map
}

/// The documented example of every branch of the spec's `WebhookEvent`.
fn ringg_events() -> Vec<serde_json::Value> {
    let spec = voiceai_tests::spec("ringg");
    let branches = spec["components"]["schemas"]["WebhookEvent"]["oneOf"]
        .as_array()
        .expect("WebhookEvent is a oneOf")
        .clone();
    branches
        .iter()
        .map(|b| {
            let b = match b.get("$ref").and_then(|r| r.as_str()) {
                Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap().clone(),
                None => b.clone(),
            };
            b.get("example")
                .cloned()
                .expect("every event has an example")
        })
        .collect()
}

#[test]
fn webhooks_ringg_every_documented_event_parses_into_its_variant() {
    let events = ringg_events();
    let check = HeaderCheck::new()
        .require("X-Webhook-Secret", "hook-secret-value-FAKE")
        .unwrap();
    let good = headers(&[("x-webhook-secret", "hook-secret-value-FAKE".into())]);
    let mut names = Vec::new();
    for example in &events {
        let body = serde_json::to_vec(example).unwrap();
        match ringg_hooks::verify_and_parse(&check, &good, &body).unwrap() {
            Event::Known(event) => {
                let back = serde_json::to_value(&event).unwrap();
                assert_eq!(back["event_type"], example["event_type"]);
                names.push(example["event_type"].as_str().unwrap().to_string());
            }
            other => panic!("{example} parsed as {other:?}"),
        }
    }
    names.sort();
    names.dedup();
    assert_eq!(
        names.len(),
        events.len(),
        "one example per event: {names:?}"
    );
    assert!(names.len() >= 8, "{names:?}");
}

#[test]
fn webhooks_ringg_unknown_event_is_kept_and_bad_headers_are_refused() {
    let body = br#"{"event_type": "call_teleported", "call_id": "c-9", "where": "mars"}"#;
    match ringg_hooks::parse(body).unwrap() {
        Event::Unknown { event_type, body } => {
            assert_eq!(event_type.as_deref(), Some("call_teleported"));
            assert_eq!(body["where"], "mars");
        }
        other => panic!("{other:?}"),
    }
    let check = HeaderCheck::new()
        .require("authorization", "Bearer hook-token-FAKE")
        .unwrap();
    let tampered = headers(&[("authorization", "Bearer hook-token-FAKX".into())]);
    assert!(matches!(
        ringg_hooks::verify_and_parse(&check, &tampered, body),
        Err(WebhookError::HeaderMismatch(_))
    ));
    assert!(matches!(
        ringg_hooks::verify_and_parse(&check, &http::HeaderMap::new(), body),
        Err(WebhookError::MissingHeader(_))
    ));
    // A known event whose payload breaks the spec is an error, not a silent Unknown.
    assert!(matches!(
        ringg_hooks::parse(br#"{"event_type": "call_completed"}"#),
        Err(WebhookError::Body(_))
    ));
    assert!(matches!(
        ringg_hooks::parse(b"not json"),
        Err(WebhookError::Body(_))
    ));
}

#[test]
fn webhooks_ringyo_valid_tampered_expired_and_missing_signatures() {
    let verifier = Verifier::new("whsec_dGVzdC1zaWduaW5nLXNlY3JldC1GQUtF").unwrap();
    let example = voiceai_tests::spec("ringyo")["components"]["schemas"]["WebhookDelivery"]
        ["example"]
        .clone();
    let body = serde_json::to_vec(&example).unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let signed = |id: &str, ts: u64, body: &[u8]| {
        headers(&[
            ("webhook-id", id.to_string()),
            ("webhook-timestamp", ts.to_string()),
            ("webhook-signature", verifier.sign(id, ts, body)),
        ])
    };

    let delivery =
        ringyo_hooks::verify_and_parse(&verifier, &signed("msg_1", now, &body), &body).unwrap();
    assert_eq!(json!(delivery.event.as_str()), example["event"]);

    let mut tampered = body.clone();
    tampered.extend_from_slice(b" ");
    assert_eq!(
        ringyo_hooks::verify_and_parse(&verifier, &signed("msg_1", now, &body), &tampered)
            .unwrap_err(),
        WebhookError::BadSignature
    );
    assert!(matches!(
        ringyo_hooks::verify_and_parse(&verifier, &signed("msg_1", now - 3600, &body), &body),
        Err(WebhookError::Expired { .. })
    ));
    let mut missing = signed("msg_1", now, &body);
    missing.remove("webhook-signature");
    assert_eq!(
        ringyo_hooks::verify_and_parse(&verifier, &missing, &body).unwrap_err(),
        WebhookError::MissingHeader("webhook-signature".into())
    );
    let other = Verifier::new("whsec_b3RoZXItc2VjcmV0LWZvci10ZXN0cy1GQUtF").unwrap();
    assert_eq!(
        ringyo_hooks::verify_and_parse(&other, &signed("msg_1", now, &body), &body).unwrap_err(),
        WebhookError::BadSignature
    );
}

#[test]
fn webhooks_ringyo_unknown_event_name_keeps_its_data() {
    let body = br#"{"event":"call.teleported","timestamp":"2024-01-15T10:30:00Z","webhook_id":"wh_1","data":{"planet":"mars"}}"#;
    let delivery = ringyo_hooks::parse(body).unwrap();
    assert!(delivery.event.is_unknown());
    assert_eq!(delivery.event.as_str(), "call.teleported");
    assert_eq!(delivery.data["planet"], "mars");
}
