//! The axum extractors (`ringg::webhooks::Verified<Event>`, `ringyo::webhooks::Verified<Event>`)
//! over real HTTP on loopback: a genuine delivery reaches the handler, parsed; a forged or
//! tampered one gets 401 and the handler never runs.

use std::sync::{Arc, Mutex};

use axum::routing::post;
use axum::Router;
use http::StatusCode;
use voiceai::{ringg, ringyo};

const RINGG_HOOK_TOKEN: &str = "Bearer ringg-hook-token-FAKE-1234";
const RINGYO_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// What the handlers saw: `(api, event name)`.
type Seen = Arc<Mutex<Vec<(&'static str, String)>>>;

async fn serve(seen: Seen) -> String {
    let check = ringg::webhooks::HeaderCheck::new()
        .require("authorization", RINGG_HOOK_TOKEN)
        .unwrap();
    let verifier = ringyo::webhooks::Verifier::new(RINGYO_SECRET).unwrap();
    let ringg_seen = seen.clone();
    let ringg_routes = Router::new()
        .route(
            "/hooks/ringg",
            post(
                move |ringg::webhooks::Verified(event): ringg::webhooks::Verified<
                    ringg::webhooks::Event,
                >| async move {
                    let name = match event {
                        ringg::webhooks::Event::Known(
                            ringg::types::WebhookEvent::CallCompleted { call_id, .. },
                        ) => format!("call_completed {call_id}"),
                        ringg::webhooks::Event::Known(other) => format!("{other:?}"),
                        ringg::webhooks::Event::Unknown { event_type, .. } => {
                            format!("unknown {event_type:?}")
                        }
                    };
                    ringg_seen.lock().unwrap().push(("ringg", name));
                    StatusCode::NO_CONTENT
                },
            ),
        )
        .with_state(check);
    let ringyo_routes = Router::new()
        .route(
            "/hooks/ringyo",
            post(
                move |event: ringyo::webhooks::Verified<ringyo::webhooks::Event>| async move {
                    seen.lock()
                        .unwrap()
                        .push(("ringyo", event.event.to_string()));
                    StatusCode::NO_CONTENT
                },
            ),
        )
        .with_state(verifier);
    let app = ringg_routes.merge(ringyo_routes);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn genuine_deliveries_reach_the_handler_forged_ones_get_401() {
    let seen = Seen::default();
    let url = serve(seen.clone()).await;
    // reqwest is built with rustls and no default provider (voiceai's `rustls` feature).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();

    // Ringg: the configured header.
    let body = r#"{"event_type": "call_completed", "call_id": "c-1", "status": "completed"}"#;
    let send_ringg = |token: Option<&'static str>| {
        let mut request = http.post(format!("{url}/hooks/ringg")).body(body);
        if let Some(token) = token {
            request = request.header("authorization", token);
        }
        request.send()
    };
    assert_eq!(
        send_ringg(Some(RINGG_HOOK_TOKEN)).await.unwrap().status(),
        204
    );
    assert_eq!(
        *seen.lock().unwrap(),
        vec![("ringg", "call_completed c-1".to_string())]
    );
    for token in [Some("Bearer ringg-hook-token-FAKE-9999"), None] {
        let response = send_ringg(token).await.unwrap();
        assert_eq!(response.status(), 401, "{token:?}");
        let text = response.text().await.unwrap();
        assert!(text.contains("authorization"), "{text}");
        assert!(!text.contains("ringg-hook-token"), "{text}");
    }
    assert_eq!(
        seen.lock().unwrap().len(),
        1,
        "the handler ran for a forgery"
    );

    // Ringyo: a Standard Webhooks signature over the body.
    let verifier = ringyo::webhooks::Verifier::new(RINGYO_SECRET).unwrap();
    let body = r#"{"event":"call.completed","timestamp":"2024-01-15T10:30:00Z","webhook_id":"wh_abc123","data":{"call_id":"call_xyz789"}}"#;
    let send_ringyo = |id: &'static str, signed: &str, sent: &'static str| {
        let ts = now();
        http.post(format!("{url}/hooks/ringyo"))
            .header("webhook-id", id)
            .header("webhook-timestamp", ts.to_string())
            .header(
                "webhook-signature",
                verifier.sign(id, ts, signed.as_bytes()),
            )
            .body(sent)
            .send()
    };
    assert_eq!(
        send_ringyo("msg_1", body, body).await.unwrap().status(),
        204
    );
    assert_eq!(
        seen.lock().unwrap().last(),
        Some(&("ringyo", "call.completed".to_string()))
    );
    // Tampered: signed one body, sent another.
    let tampered = r#"{"event":"call.completed","timestamp":"2024-01-15T10:30:00Z","webhook_id":"wh_abc123","data":{"call_id":"call_EVIL"}}"#;
    let response = send_ringyo("msg_2", body, tampered).await.unwrap();
    assert_eq!(response.status(), 401);
    assert!(response.text().await.unwrap().contains("signature"));
    // No signature at all.
    let response = http
        .post(format!("{url}/hooks/ringyo"))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    // Genuinely signed, but not the documented envelope: 400, and still not handled.
    let response = send_ringyo("msg_3", "[1, 2]", "[1, 2]").await.unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(seen.lock().unwrap().len(), 2, "{:?}", seen.lock().unwrap());
}
