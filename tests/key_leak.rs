//! The API key never appears in tracing output (ours, reqwest's or hyper's, at TRACE), in
//! `Debug` or `Display` of clients, builders and errors, across failing calls of both APIs.

use std::time::Duration;

use serde_json::json;
use voiceai::{ringg, ringyo};
use voiceai_tests::scripted::{Reply, ScriptedServer};

const RINGG_SECRET: &str = "test-LEAKCHECK-ringg-FAKE-9f8e7d";
const RINGYO_SECRET: &str = "rg_test_LEAKCHECK_ringyo_FAKE_6c5b4a";

use voiceai_tests::capture::Capture;

#[tokio::test]
#[allow(clippy::await_holding_lock)] // held on purpose: the other test waits for the whole run
async fn key_leak_nowhere_in_logs_debug_display_or_errors() {
    let _alone = super::exclusive();
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();
    tracing_log::LogTracer::init().ok();

    let mut seen: Vec<String> = Vec::new();
    let server = ScriptedServer::start(vec![
        Reply::json(401, json!({"detail": "Invalid API key"})),
        Reply::text(500, "oops"),
        Reply::text(500, "oops"),
        Reply::text(500, "oops"),
        Reply::Drop,
        Reply::json(403, json!({"error": {"code": "forbidden", "message": "no"}, "meta": {"request_id": "req_1"}})),
        Reply::Stall(Duration::from_secs(3)),
    ])
    .await;

    let ringg_builder = ringg::Client::builder()
        .api_key(RINGG_SECRET)
        .base_url(&server.url)
        .read_env(false)
        .timeout(Duration::from_millis(300))
        .sleeper(|_| std::future::ready(()));
    seen.push(format!("{ringg_builder:?}"));
    let ringg_client = ringg_builder.build().unwrap();
    seen.push(format!("{ringg_client:?}"));
    seen.push(format!("{:?}", ringg_client.state()));

    let ringyo_client = ringyo::Client::builder()
        .api_key(RINGYO_SECRET)
        .base_url(&server.url)
        .read_env(false)
        .timeout(Duration::from_millis(300))
        .scopes(["agents:read"])
        .sleeper(|_| std::future::ready(()))
        .build()
        .unwrap();
    seen.push(format!("{ringyo_client:?}"));

    let mut errors = Vec::new();
    // 401, then 500 ×3 (retried), then a dropped connection on a POST.
    errors.push(ringg_client.get_workspace().send().await.unwrap_err());
    errors.push(ringg_client.get_workspace().send().await.unwrap_err());
    let body = voiceai_tests::request_example("ringg", "create_agent");
    errors.push(
        ringg_client
            .create_agent()
            .body(serde_json::from_value::<ringg::types::CreateAgentRequest>(body).unwrap())
            .send()
            .await
            .unwrap_err(),
    );
    // 403 from the server, a local scope failure, a timeout.
    errors.push(
        ringyo_client
            .get_agent()
            .agent_id("agent_x")
            .send()
            .await
            .unwrap_err(),
    );
    errors.push(
        ringyo_client
            .create_call()
            .body_map(|b| b.agent_id("a").phone_number("+14155551234"))
            .send()
            .await
            .unwrap_err(),
    );
    errors.push(
        voiceai::RequestOptions::new()
            .max_retries(0)
            .run(ringyo_client.get_agent().agent_id("agent_y").send())
            .await
            .unwrap_err(),
    );
    // Configuration errors that involve the key.
    let bad = ringg::Client::builder()
        .api_key(format!("{RINGG_SECRET}\n"))
        .read_env(false)
        .build()
        .unwrap_err();
    seen.push(format!("{bad:?}"));
    seen.push(bad.to_string());

    assert_eq!(errors.len(), 6);
    for e in &errors {
        seen.push(format!("{e:?}"));
        seen.push(e.to_string());
        seen.push(e.message());
    }
    // The requests did carry the keys (so the test would see a leak if there was one).
    let requests = server.requests();
    assert!(requests
        .iter()
        .any(|r| r.header("x-api-key") == Some(RINGG_SECRET)));
    assert!(requests
        .iter()
        .any(|r| r.header("authorization") == Some(&format!("Bearer {RINGYO_SECRET}"))));

    let logs = capture.text();
    assert!(
        logs.contains("voiceai.request"),
        "the capture saw our spans:\n{logs}"
    );
    assert!(
        logs.contains("retrying"),
        "the capture saw retries:\n{logs}"
    );
    for text in seen.iter().chain(std::iter::once(&logs)) {
        for secret in [RINGG_SECRET, RINGYO_SECRET, "LEAKCHECK"] {
            assert!(!text.contains(secret), "key leaked into: {text}");
        }
    }
}
