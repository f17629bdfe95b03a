//! `client.usage()`: per-operation counts by outcome class, retries, 429s met, limiter waits,
//! the server's last `X-RateLimit-*` figures and the plan limit they teach, shared by clones,
//! printable and exportable without the key.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;
use voiceai::usage::{ErrorClass, LimitSource, LimiterBackend, LimiterState};
use voiceai::{ringg, ringyo, RetryPolicy};
use voiceai_tests::scripted::{Reply, ScriptedServer};
use voiceai_tests::{RINGG_KEY, RINGYO_KEY};

fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        jitter: false,
        initial_backoff: Duration::from_millis(1),
        ..RetryPolicy::default()
    }
}

#[tokio::test]
async fn usage_counts_each_operation_by_outcome_class() {
    let workspace = voiceai_tests::response_example("ringg", "get_workspace");
    let server = ScriptedServer::start(vec![
        Reply::json(200, workspace.clone()),
        Reply::text(500, "oops"),
        Reply::json(200, workspace.clone()),
        Reply::json(404, json!({"detail": "Not found"})),
        Reply::Drop,
        Reply::json(200, workspace),
    ])
    .await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .retry_policy(quick_retries())
        .build()
        .unwrap();
    let clone = client.clone();
    client.get_workspace().send().await.unwrap();
    clone.get_workspace().send().await.unwrap(); // 500, then 200
    let err = client.get_workspace().send().await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::NotFound);
    clone.get_workspace().send().await.unwrap(); // dropped, then 200
                                                 // Refused before sending: a dot segment as an id.
    let err = client
        .delete_knowledge_base()
        .kb_id("..")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.class(), ErrorClass::Refused);

    let usage = client.usage();
    assert_eq!(usage.api, "ringg");
    let ids: Vec<_> = usage.operations.iter().map(|o| o.operation).collect();
    assert_eq!(ids.len(), 2, "only operations called: {ids:?}");
    let get = usage
        .operations
        .iter()
        .find(|o| o.operation == "get_workspace")
        .unwrap();
    assert_eq!(
        (get.requests, get.succeeded, get.failed(), get.retries),
        (4, 3, 1, 2)
    );
    assert_eq!(get.errors.get(&ErrorClass::NotFound), Some(&1));
    let delete = usage
        .operations
        .iter()
        .find(|o| o.operation == "delete_knowledge_base")
        .unwrap();
    assert_eq!(delete.errors.get(&ErrorClass::Refused), Some(&1));
    assert_eq!(server.hits(), 6, "the refused call sent nothing");
    let total = usage.total();
    assert_eq!((total.requests, total.succeeded, total.failed()), (5, 3, 2));
    // Ringg has no plan limit and sends no X-RateLimit headers.
    assert!(usage.server.is_none());
    assert_eq!(usage.limiter.backend, LimiterBackend::None);
    assert_eq!(usage.limiter.state, LimiterState::Off);

    // Printable and exportable, without the key.
    let table = usage.to_string();
    assert!(
        table.contains("get_workspace") && table.contains("not_found 1"),
        "{table}"
    );
    let summary = usage.summary();
    assert!(
        summary.starts_with("ringg: 5 requests, 3 ok, 2 failed, 2 retries"),
        "{summary}"
    );
    let exported = serde_json::to_value(&usage).unwrap();
    let exported_get = exported["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["operation"] == "get_workspace")
        .unwrap();
    assert_eq!(exported_get["errors"]["not_found"], 1, "{exported}");
    assert_eq!(exported_get["retries"], 2, "{exported}");
    for text in [table, summary, exported.to_string(), format!("{usage:?}")] {
        assert!(!text.contains(RINGG_KEY), "{text}");
    }
}

#[tokio::test]
async fn usage_keeps_the_server_headroom_and_learns_the_plan() {
    let agents = voiceai_tests::response_example("ringyo", "list_agents");
    let reset = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 40;
    let limited = |status: u16, remaining: &str| {
        let reply = if status == 429 {
            Reply::json(
                429,
                json!({"error": {"code": "rate_limit_exceeded", "message": "slow down"}}),
            )
            .header("retry-after", "0")
        } else {
            Reply::json(200, agents.clone())
        };
        reply
            .header("x-ratelimit-limit", "1000")
            .header("x-ratelimit-remaining", remaining)
            .header("x-ratelimit-reset", &reset.to_string())
    };
    let server = ScriptedServer::start(vec![
        limited(429, "3"),
        limited(200, "998"),
        limited(200, "997"),
    ])
    .await;
    // No plan set: the documented default (Pro, 300 a minute) until the server says more.
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .retry_policy(quick_retries())
        .build()
        .unwrap();
    assert_eq!(client.usage().limiter.requests, Some(300));
    assert_eq!(client.usage().limiter.source, LimitSource::Default);
    client.list_agents().send().await.unwrap();
    let usage = client.usage();
    let op = &usage.operations[0];
    assert_eq!(
        (op.requests, op.succeeded, op.retries, op.rate_limited),
        (1, 1, 1, 1)
    );
    let server_view = usage.server.clone().expect("the server's figures");
    assert_eq!(server_view.limit, Some(1000));
    assert_eq!(server_view.remaining, Some(998));
    let left = server_view
        .reset_at
        .unwrap()
        .duration_since(SystemTime::now())
        .unwrap();
    assert!(
        left > Duration::from_secs(30) && left <= Duration::from_secs(41),
        "{left:?}"
    );
    assert_eq!(
        usage.limiter.requests,
        Some(1000),
        "learned from X-RateLimit-Limit"
    );
    assert_eq!(usage.limiter.source, LimitSource::Server);
    assert_eq!(usage.limiter.state, LimiterState::Local);
    assert!(
        usage.to_string().contains("998 of 1000 requests left"),
        "{usage}"
    );

    // A plan set on the builder is not overridden by the server.
    let pro = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .plan(ringyo::Plan::Pro)
        .build()
        .unwrap();
    pro.list_agents().send().await.unwrap();
    let usage = pro.usage();
    assert_eq!(usage.limiter.requests, Some(300));
    assert_eq!(usage.limiter.source, LimitSource::Configured);
    assert_eq!(usage.server.unwrap().remaining, Some(997));
}

/// A lying server's figures cannot wreck the limiter: a limit of 0 or of billions is ignored,
/// garbage is ignored, and nothing panics.
#[tokio::test]
async fn usage_ignores_absurd_server_limits() {
    let agents = voiceai_tests::response_example("ringyo", "list_agents");
    let server = ScriptedServer::start(vec![
        Reply::json(200, agents.clone()).header("x-ratelimit-limit", "0"),
        Reply::json(200, agents.clone()).header("x-ratelimit-limit", "99999999999999"),
        Reply::json(200, agents.clone()).header("x-ratelimit-limit", "-5"),
        Reply::json(200, agents)
            .header("x-ratelimit-limit", "lots")
            .header("x-ratelimit-reset", "99999999999999999999"),
    ])
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .build()
        .unwrap();
    for _ in 0..4 {
        client.list_agents().send().await.unwrap();
    }
    let usage = client.usage();
    assert_eq!(usage.limiter.requests, Some(300), "{usage}");
    assert_eq!(usage.limiter.source, LimitSource::Default);
    let _ = usage.to_string();
}
