//! The shared runtime, end to end over loopback: retries, server-requested waits, idempotency,
//! rate limiting, redirects, key safety, key rotation, scopes, timeouts. No real sleeping:
//! clients get a sleeper that records the waits and returns at once.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;
use voiceai::{ringg, ringyo, Error, RequestOptions, RetryPolicy};
use voiceai_tests::scripted::{Reply, ScriptedServer};
use voiceai_tests::{RINGG_KEY, RINGYO_KEY};

type Waits = Arc<Mutex<Vec<Duration>>>;

fn recording_sleeper() -> (
    Waits,
    impl Fn(Duration) -> std::future::Ready<()> + Send + Sync + 'static,
) {
    let waits: Waits = Arc::default();
    let record = waits.clone();
    (waits, move |d| {
        record.lock().unwrap().push(d);
        std::future::ready(())
    })
}

fn no_jitter() -> RetryPolicy {
    RetryPolicy {
        jitter: false,
        ..RetryPolicy::default()
    }
}

fn ringg_client(url: &str, waits_into: Option<&mut Option<Waits>>) -> ringg::Client {
    let (waits, sleeper) = recording_sleeper();
    if let Some(slot) = waits_into {
        *slot = Some(waits);
    }
    ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(url)
        .read_env(false)
        .retry_policy(no_jitter())
        .sleeper(sleeper)
        .build()
        .expect("client builds")
}

fn ringyo_client(url: &str) -> (ringyo::Client, Waits) {
    let (waits, sleeper) = recording_sleeper();
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(url)
        .read_env(false)
        .retry_policy(no_jitter())
        .sleeper(sleeper)
        .build()
        .expect("client builds");
    (client, waits)
}

fn workspace_body() -> serde_json::Value {
    voiceai_tests::response_example("ringg", "get_workspace")
}

#[tokio::test]
async fn retry_503_503_200_succeeds_after_two_retries_with_policy_waits() {
    let server = ScriptedServer::start(vec![
        Reply::text(503, "busy"),
        Reply::json(503, json!({"detail": "still busy"})),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let mut waits = None;
    let client = ringg_client(&server.url, Some(&mut waits));
    let ws = client
        .get_workspace()
        .send()
        .await
        .expect("third attempt succeeds");
    assert_eq!(ws.status(), 200);
    assert_eq!(server.hits(), 3);
    assert_eq!(
        *waits.unwrap().lock().unwrap(),
        vec![Duration::from_millis(500), Duration::from_millis(1000)]
    );
}

#[tokio::test]
async fn retry_gives_up_after_the_policy_and_reports_attempts() {
    let server = ScriptedServer::start(vec![
        Reply::text(503, "down"),
        Reply::text(503, "down"),
        Reply::text(503, "down for good"),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::Server(_)), "{err:?}");
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.message(), "down for good");
    assert_eq!(err.api_error().unwrap().attempts, 3);
    assert_eq!(
        err.api_error().unwrap().operation.as_deref(),
        Some("get_workspace")
    );
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn retry_disabled_per_request_and_per_client() {
    let server = ScriptedServer::start(vec![Reply::text(503, "x"), Reply::text(503, "x")]).await;
    let client = ringg_client(&server.url, None);
    let result = RequestOptions::new()
        .max_retries(0)
        .run(client.get_workspace().send())
        .await;
    assert!(result.is_err());
    assert_eq!(server.hits(), 1);

    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap();
    assert!(client.get_workspace().send().await.is_err());
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn retry_after_header_2_waits_2_seconds() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, json!({"detail": "slow down"})).header("retry-after", "2"),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let mut waits = None;
    let client = ringg_client(&server.url, Some(&mut waits));
    client
        .get_workspace()
        .send()
        .await
        .expect("succeeds after the wait");
    assert_eq!(
        *waits.unwrap().lock().unwrap(),
        vec![Duration::from_secs(2)]
    );
}

#[tokio::test]
async fn retry_after_in_body_and_rate_limit_reset_are_honoured() {
    let server = ScriptedServer::start(vec![
        Reply::json(
            429,
            json!({"error": {"code": "rate_limited", "message": "wait"}, "retry_after": 3}),
        ),
        Reply::json(503, json!({})).header("x-ratelimit-reset", "7"),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let mut waits = None;
    let client = ringg_client(&server.url, Some(&mut waits));
    client.get_workspace().send().await.expect("succeeds");
    assert_eq!(
        *waits.unwrap().lock().unwrap(),
        vec![Duration::from_secs(3), Duration::from_secs(7)]
    );
}

#[tokio::test]
async fn retry_after_longer_than_the_cap_returns_the_error() {
    let server = ScriptedServer::start(vec![Reply::json(
        429,
        json!({"detail": "come back tomorrow"}),
    )
    .header("retry-after", "86400")])
    .await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(86400)));
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn retry_not_done_for_quota_exhausted_429() {
    let server = ScriptedServer::start(vec![Reply::json(
        429,
        json!({"error": {"code": "quota_exceeded", "message": "monthly quota used"}}),
    )])
    .await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::InsufficientCredits(_)), "{err:?}");
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn retry_of_get_after_dropped_connection() {
    let server = ScriptedServer::start(vec![Reply::Drop, Reply::json(200, workspace_body())]).await;
    let client = ringg_client(&server.url, None);
    client
        .get_workspace()
        .send()
        .await
        .expect("second attempt succeeds");
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn retry_of_connect_errors_even_for_post() {
    // Nothing listens on this port: the request cannot have reached a server.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (client, waits) = ringyo_client(&format!("http://127.0.0.1:{port}"));
    let err = client
        .create_call()
        .body_map(|b| b.agent_id("agent_abc123").phone_number("+14155551234"))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport(ref e) if !e.may_have_taken_effect && e.attempts == 3
        ),
        "{err:?}"
    );
    assert_eq!(waits.lock().unwrap().len(), 2);
    assert!(err.is_retryable());
}

#[tokio::test]
async fn idempotency_ringg_post_that_reached_the_server_is_not_resent() {
    let server = ScriptedServer::start(vec![Reply::Drop, Reply::json(200, json!({}))]).await;
    let client = ringg_client(&server.url, None);
    let body = voiceai_tests::request_example("ringg", "create_agent");
    let err = client
        .create_agent()
        .body(serde_json::from_value::<ringg::types::CreateAgentRequest>(body).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 1, "the POST must not be sent twice");
    assert!(err.may_have_taken_effect(), "{err:?}");
    assert!(!err.is_retryable());
    assert!(
        err.to_string().contains("may have reached the server"),
        "{err}"
    );
    assert!(err.to_string().contains("create_agent"), "{err}");
}

#[tokio::test]
async fn idempotency_ringg_post_is_not_retried_on_503() {
    let server =
        ScriptedServer::start(vec![Reply::text(503, "x"), Reply::json(200, json!({}))]).await;
    let client = ringg_client(&server.url, None);
    let body = voiceai_tests::request_example("ringg", "create_agent");
    let err = client
        .create_agent()
        .body(serde_json::from_value::<ringg::types::CreateAgentRequest>(body).unwrap())
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Server(_)));
    assert_eq!(server.hits(), 1);
    // The server failed after the request reached it: it may have created the agent, so the
    // caller must not be told to resend it.
    assert!(err.may_have_taken_effect(), "{err}");
    assert!(!err.is_retryable(), "{err}");
    assert!(
        err.to_string().contains("may have reached the server"),
        "{err}"
    );
}

#[tokio::test]
async fn a_503_on_a_get_is_not_reported_as_having_taken_effect() {
    let server = ScriptedServer::start(vec![Reply::text(503, "x")]).await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::Server(_)));
    assert!(!err.may_have_taken_effect(), "{err}");
}

#[tokio::test]
async fn attempts_of_a_successful_response_count_the_retries() {
    let server = ScriptedServer::start(vec![
        Reply::text(503, "busy"),
        Reply::json(200, workspace_body()),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    let retried = client.get_workspace().send().await.unwrap();
    assert_eq!(retried.attempts(), 2);
    let first_time = client.get_workspace().send().await.unwrap();
    assert_eq!(first_time.attempts(), 1);
}

#[tokio::test]
async fn idempotency_ringyo_post_that_failed_after_resends_names_its_key() {
    // A Ringyo POST carries an idempotency key the runtime generated, so the runtime resent it
    // under that key. Once the call has failed the server may have acted on it, and a new
    // `send()` would carry a new key: the error says it may have taken effect, is not
    // retryable, and gives the key a safe resend needs.
    for last in [Reply::Drop, Reply::text(503, "x")] {
        let server = ScriptedServer::start(vec![Reply::Drop, Reply::Drop, last]).await;
        let (client, _) = ringyo_client(&server.url);
        let err = client
            .create_call()
            .body_map(|b| b.agent_id("agent_abc123").phone_number("+14155551234"))
            .send()
            .await
            .unwrap_err();
        assert_eq!(server.hits(), 3, "{err}");
        assert!(err.may_have_taken_effect(), "{err}");
        assert!(!err.is_retryable(), "{err}");
        let key = err
            .idempotency_key()
            .expect("the key that was sent")
            .to_string();
        let sent: Vec<_> = server
            .requests()
            .iter()
            .map(|r| r.header("idempotency-key").unwrap_or_default().to_string())
            .collect();
        assert_eq!(sent, vec![key.clone(); 3], "one key for every attempt");
        assert!(err.to_string().contains(&key), "{err}");
        assert!(!err.to_string().contains("not resent"), "{err}");
    }
}

#[tokio::test]
async fn idempotency_key_the_caller_chose_makes_a_resend_safe() {
    // With a key the caller chose, a later resend carries the same key: retryable, and not
    // "may have taken effect" (the server deduplicates it).
    let server = ScriptedServer::start(vec![Reply::text(503, "x"); 3]).await;
    let (client, _) = ringyo_client(&server.url);
    let err = client
        .create_call()
        .idempotency_key("order-42")
        .body_map(|b| b.agent_id("agent_abc123").phone_number("+14155551234"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 3, "{err}");
    assert!(err.is_retryable(), "{err}");
    assert!(!err.may_have_taken_effect(), "{err}");
    assert_eq!(err.idempotency_key(), Some("order-42"));
}

#[tokio::test]
async fn idempotency_ringyo_post_retried_with_the_same_key() {
    let call = voiceai_tests::response_example("ringyo", "create_call");
    let server = ScriptedServer::start(vec![
        Reply::text(503, "x"),
        Reply::Drop,
        Reply::json(200, call),
    ])
    .await;
    let (client, _) = ringyo_client(&server.url);
    client
        .create_call()
        .body_map(|b| b.agent_id("agent_abc123").phone_number("+14155551234"))
        .send()
        .await
        .expect("third attempt succeeds");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let keys: Vec<_> = requests
        .iter()
        .map(|r| r.header("idempotency-key").map(str::to_string))
        .collect();
    assert!(
        keys[0].as_deref().is_some_and(|k| k.len() >= 16),
        "{keys:?}"
    );
    assert!(keys.iter().all(|k| *k == keys[0]), "{keys:?}");

    // A second logical call gets a new key; a user-supplied key wins.
    let server = ScriptedServer::start(vec![
        Reply::json(200, json!({})),
        Reply::json(200, json!({})),
    ])
    .await;
    let (client, _) = ringyo_client(&server.url);
    let _ = client
        .create_call()
        .body_map(|b| b.agent_id("a").phone_number("+14155551234"))
        .send()
        .await;
    let _ = RequestOptions::new()
        .idempotency_key("order-42")
        .run(
            client
                .create_call()
                .body_map(|b| b.agent_id("a").phone_number("+14155551234"))
                .send(),
        )
        .await;
    let requests = server.requests();
    assert_ne!(requests[0].header("idempotency-key"), keys[0].as_deref());
    assert_eq!(requests[1].header("idempotency-key"), Some("order-42"));
}

#[tokio::test(start_paused = true)]
async fn rate_limit_waits_when_the_server_says_none_remain() {
    let limiter = voiceai::runtime::RateLimiter::per_minute(300);
    limiter.acquire().await;
    limiter.observe(Some(0), Some(Duration::from_secs(12)));
    assert_eq!(limiter.acquire().await, Duration::from_secs(12));
}

#[tokio::test]
async fn redirect_to_another_host_is_not_followed_and_never_sees_the_key() {
    let b = ScriptedServer::start(vec![Reply::json(200, workspace_body())]).await;
    // Same machine, other host name and port: a different origin.
    let location = format!("http://localhost:{}/workspace", b.port);
    let a = ScriptedServer::start(vec![Reply::Respond {
        status: 307,
        headers: vec![("location".into(), location)],
        body: String::new(),
    }])
    .await;
    let client = ringg_client(&a.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    assert_eq!(err.status(), Some(307), "{err:?}");
    assert_eq!(a.hits(), 1);
    assert_eq!(b.hits(), 0, "the other host must not be contacted");
    assert_eq!(a.requests()[0].header("x-api-key"), Some(RINGG_KEY));
}

#[tokio::test]
async fn redirect_within_the_same_origin_is_followed() {
    let server = ScriptedServer::start(vec![
        Reply::Respond {
            status: 307,
            headers: vec![("location".into(), "/workspace-moved".into())],
            body: String::new(),
        },
        Reply::json(200, workspace_body()),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    client.get_workspace().send().await.expect("followed");
    let requests = server.requests();
    assert_eq!(requests[1].target, "/workspace-moved");
    assert_eq!(requests[1].header("x-api-key"), Some(RINGG_KEY));
}

#[tokio::test]
async fn rotate_key_on_a_live_client_and_its_clones() {
    let server = ScriptedServer::start(vec![
        Reply::json(200, workspace_body()),
        Reply::json(200, workspace_body()),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    let clone = client.clone();
    client.get_workspace().send().await.unwrap();
    clone.set_api_key("test-rotated-key-FAKE-1111").unwrap();
    client.get_workspace().send().await.unwrap();
    clone.get_workspace().send().await.unwrap();
    let keys: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("x-api-key").unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            RINGG_KEY,
            "test-rotated-key-FAKE-1111",
            "test-rotated-key-FAKE-1111"
        ]
    );
    assert!(client.set_api_key("bad key\n").is_err());
}

#[tokio::test]
async fn scope_missing_fails_locally_and_sends_nothing() {
    let server = ScriptedServer::start(vec![]).await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .scopes(["calls:read", "agents:read"])
        .build()
        .unwrap();
    let err = client
        .create_call()
        .body_map(|b| b.agent_id("agent_abc123").phone_number("+14155551234"))
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::MissingScope {
            operation, scope, ..
        } => {
            assert_eq!(operation, "create_call");
            assert_eq!(scope, "calls:write");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("calls:write"));
    assert_eq!(server.hits(), 0, "nothing may reach the server");
}

#[tokio::test]
async fn scope_named_on_a_403_from_the_server() {
    let server = ScriptedServer::start(vec![Reply::json(
        403,
        json!({"error": {"code": "insufficient_permissions", "message": "Forbidden"}, "meta": {"request_id": "req_403"}}),
    )])
    .await;
    let (client, _) = ringyo_client(&server.url);
    let err = client
        .get_agent()
        .agent_id("agent_abc123")
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::PermissionDenied(error) => {
            assert_eq!(error.required_scope.as_deref(), Some("agents:read"));
            assert_eq!(error.request_id.as_deref(), Some("req_403"));
            assert_eq!(error.code.as_deref(), Some("insufficient_permissions"));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("agents:read"), "{err}");
}

#[tokio::test]
async fn timeout_per_client_retries_gets_and_reports_timeout() {
    let server = ScriptedServer::start(vec![
        Reply::Stall(Duration::from_secs(5)),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .timeout(Duration::from_millis(300))
        .sleeper(|_| std::future::ready(()))
        .build()
        .unwrap();
    client
        .get_workspace()
        .send()
        .await
        .expect("second attempt in time");
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn timeout_per_request_overrides_the_client() {
    let server = ScriptedServer::start(vec![Reply::Stall(Duration::from_secs(5))]).await;
    let client = ringg_client(&server.url, None);
    let err = RequestOptions::new()
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .run(client.get_workspace().send())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(!err.may_have_taken_effect(), "a GET has no effect");
}

#[tokio::test]
async fn retry_of_ringg_post_after_429_because_it_was_not_acted_on() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, json!({"detail": "slow down"})).header("retry-after", "1"),
        Reply::json(
            200,
            voiceai_tests::response_example("ringg", "create_agent"),
        ),
    ])
    .await;
    let mut waits = None;
    let client = ringg_client(&server.url, Some(&mut waits));
    let body = voiceai_tests::request_example("ringg", "create_agent");
    client
        .create_agent()
        .body(serde_json::from_value::<ringg::types::CreateAgentRequest>(body).unwrap())
        .send()
        .await
        .expect("the 429 is retried even for a POST");
    assert_eq!(server.hits(), 2);
    assert_eq!(
        *waits.unwrap().lock().unwrap(),
        vec![Duration::from_secs(1)]
    );
}

#[tokio::test]
async fn error_body_fields_outside_the_schema_are_kept() {
    let body = json!({
        "error": {"code": "rate_limit_exceeded", "message": "Too many concurrent calls",
                  "retry_after": 4, "concurrent_limit": 10},
        "meta": {"request_id": "req_kept", "trace": "abc"},
        "documentation_url": "https://docs.example.invalid/errors"
    });
    let server = ScriptedServer::start(vec![Reply::json(429, body.clone())]).await;
    let (client, _) = ringyo_client(&server.url);
    let err = RequestOptions::new()
        .max_retries(0)
        .run(client.get_agent().agent_id("agent_abc123").send())
        .await
        .unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(4)), "{err:?}");
    assert_eq!(err.request_id(), Some("req_kept"));
    assert_eq!(err.api_error().unwrap().body, body);
}

#[tokio::test]
async fn rate_limit_follows_the_servers_remaining_and_reset_headers() {
    let reset = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 30;
    let server = ScriptedServer::start(vec![Reply::json(
        200,
        voiceai_tests::response_example("ringyo", "get_agent"),
    )
    .header("x-ratelimit-limit", "300")
    .header("x-ratelimit-remaining", "0")
    .header("x-ratelimit-reset", &reset.to_string())])
    .await;
    let (client, _) = ringyo_client(&server.url);
    let limiter = client
        .state()
        .rate_limiter()
        .expect("Ringyo has a plan limit");
    assert_eq!(limiter.limit(), (300, Duration::from_secs(60)));
    assert_eq!(limiter.next_wait(), Duration::ZERO);
    client
        .get_agent()
        .agent_id("agent_abc123")
        .send()
        .await
        .unwrap();
    let wait = limiter.next_wait();
    assert!(
        wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
        "the next request waits for the server's reset: {wait:?}"
    );
}

/// Limiter waits go through the same injected sleeper as retry waits: a test that records waits
/// instead of sleeping sees them, and the request goes on at once (real time, no paused clock:
/// without this the third request below would wait a real minute, or spin).
#[tokio::test]
async fn limiter_waits_go_through_the_injected_sleeper() {
    let deleted = voiceai_tests::response_example("ringg", "delete_knowledge_base");
    let mut replies = vec![Reply::json(200, workspace_body()); 3];
    replies.extend(vec![Reply::json(200, deleted); 3]);
    let server = ScriptedServer::start(replies).await;
    let mut waits = None;
    let client = ringg_client(&server.url, Some(&mut waits));
    let waits = waits.unwrap();
    let plan = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .rate_limit(2, Duration::from_secs(60))
        .sleeper({
            let waits = waits.clone();
            move |d| {
                waits.lock().unwrap().push(d);
                std::future::ready(())
            }
        })
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    for _ in 0..3 {
        plan.get_workspace().send().await.unwrap();
    }
    let recorded = waits.lock().unwrap().clone();
    assert_eq!(
        recorded.len(),
        1,
        "the third request waited once: {recorded:?}"
    );
    assert!(
        recorded[0] > Duration::from_secs(59) && recorded[0] <= Duration::from_secs(60),
        "{recorded:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "no real minute passed"
    );
    let usage = plan.usage();
    assert!(
        usage.total().limiter_wait >= Duration::from_secs(59),
        "{usage}"
    );
    // An operation's own documented limit too (delete_knowledge_base: 10 per minute).
    waits.lock().unwrap().clear();
    for _ in 0..2 {
        client
            .delete_knowledge_base()
            .kb_id("kb_1")
            .send()
            .await
            .unwrap();
    }
    let limiter = client
        .state()
        .operation_rate_limiter("delete_knowledge_base")
        .unwrap();
    limiter.set_requests(1);
    assert!(waits.lock().unwrap().is_empty());
    RequestOptions::new()
        .timeout(Duration::from_secs(120))
        .run(client.delete_knowledge_base().kb_id("kb_1").send())
        .await
        .unwrap();
    // Until both earlier starts have left the window: the first's wait, then the gap to the
    // second's.
    let recorded = waits.lock().unwrap().clone();
    let total: Duration = recorded.iter().sum();
    assert!(
        total > Duration::from_secs(59) && total < Duration::from_secs(61),
        "{recorded:?}"
    );
}

#[tokio::test]
async fn rate_limit_per_operation_for_ringg_knowledge_bases() {
    let deleted = voiceai_tests::response_example("ringg", "delete_knowledge_base");
    let server = ScriptedServer::start(vec![Reply::json(200, deleted); 10]).await;
    let client = ringg_client(&server.url, None);
    assert!(
        client.state().rate_limiter().is_none(),
        "Ringg has no general limit"
    );
    assert!(client
        .state()
        .operation_rate_limiter("get_workspace")
        .is_none());
    let limiter = client
        .state()
        .operation_rate_limiter("delete_knowledge_base")
        .expect("documented: 10 per minute");
    assert_eq!(limiter.limit(), (10, Duration::from_secs(60)));
    for _ in 0..10 {
        client
            .delete_knowledge_base()
            .kb_id("kb_1")
            .send()
            .await
            .unwrap();
    }
    assert_eq!(server.hits(), 10);
    assert!(
        limiter.next_wait() > Duration::from_secs(55),
        "an 11th delete within the minute waits: {:?}",
        limiter.next_wait()
    );
    // Limits can be switched off.
    let unlimited = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .no_rate_limit()
        .build()
        .unwrap();
    assert!(unlimited
        .state()
        .operation_rate_limiter("delete_knowledge_base")
        .is_none());
}

#[tokio::test]
async fn retry_budget_shared_by_clones_stops_retries_when_spent() {
    let server = ScriptedServer::start(vec![Reply::text(503, "down"); 4]).await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .retry_budget(10) // two retries at 5 tokens each
        .sleeper(|_| std::future::ready(()))
        .build()
        .unwrap();
    let clone = client.clone();
    let first = client.get_workspace().send().await.unwrap_err();
    assert_eq!(first.api_error().unwrap().attempts, 3);
    assert_eq!(clone.state().retry_budget_available(), 0);
    let second = clone.get_workspace().send().await.unwrap_err();
    assert_eq!(
        second.api_error().unwrap().attempts,
        1,
        "the budget is spent"
    );
    assert_eq!(server.hits(), 4);
}

// ---------------------------------------------------------------------------------------------
// One contract for every call: what an error says comes from the call, never from the server's
// headers; causes are kept; one rule decides retrying, `is_retryable` and
// `may_have_taken_effect`.

/// Every header the runtime once used to carry facts to the error conversion.
fn former_marker_headers(reply: Reply) -> Reply {
    reply
        .header("x-voiceai-api", "forged-api")
        .header("x-voiceai-operation", "forged_op")
        .header("x-voiceai-required-scope", "admin:everything")
        .header("x-voiceai-attempts", "9")
        .header("x-voiceai-may-have-taken-effect", "true")
        .header(
            "x-voiceai-error-body",
            r#"{"message":"forged message","code":"forged_code"}"#,
        )
}

#[tokio::test]
async fn contract_server_sent_marker_headers_change_nothing() {
    // A 404 on a GET: one attempt, no effect, the body's own message.
    let server = ScriptedServer::start(vec![
        former_marker_headers(Reply::json(404, json!({"detail": "Workspace not found"}))),
        former_marker_headers(Reply::json(200, workspace_body())),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    let api = err.api_error().expect("a status error").clone();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(api.api.as_deref(), Some("ringg"));
    assert_eq!(api.operation.as_deref(), Some("get_workspace"));
    assert_eq!(api.attempts, 1);
    assert_eq!(api.required_scope, None);
    assert_eq!(api.message, "Workspace not found");
    assert_eq!(api.code, None);
    assert!(!err.may_have_taken_effect(), "{err}");
    assert!(!err.to_string().contains("forged"), "{err}");
    // A success: one attempt, whatever the header says.
    let ok = client.get_workspace().send().await.unwrap();
    assert_eq!(ok.attempts(), 1);

    // Ringyo: a 403 names the scope of the spec, not the server's.
    let server = ScriptedServer::start(vec![former_marker_headers(Reply::json(
        403,
        json!({"error": {"code": "forbidden", "message": "no"}}),
    ))])
    .await;
    let (client, _) = ringyo_client(&server.url);
    let err = client
        .get_agent()
        .agent_id("agent_abc123")
        .send()
        .await
        .unwrap_err();
    let api = err.api_error().unwrap();
    assert_eq!(api.required_scope.as_deref(), Some("agents:read"));
    assert_eq!(api.attempts, 1);
    assert!(!err.may_have_taken_effect());
}

#[tokio::test]
async fn contract_connection_refused_keeps_the_io_error_as_source() {
    // A port nobody listens on.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = ringg_client(&format!("http://127.0.0.1:{port}"), None);
    let err = client.get_workspace().send().await.unwrap_err();
    let Error::Transport(transport) = &err else {
        panic!("expected a transport error, got {err:?}");
    };
    assert!(transport.source.is_connect(), "{err:?}");
    assert_eq!(transport.attempts, 3, "a refused connection is retried");
    assert!(err.is_retryable() && !err.may_have_taken_effect());
    // The chain from `voiceai::Error` reaches the operating system's error.
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(&err);
    let mut found = None;
    while let Some(c) = cause {
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            found = Some(io.kind());
        }
        cause = c.source();
    }
    assert_eq!(
        found,
        Some(std::io::ErrorKind::ConnectionRefused),
        "{err:?}"
    );
    assert!(err.to_string().contains("could not connect"), "{err}");
}

fn partial(status: u16, then: Duration) -> Reply {
    Reply::Partial {
        status,
        body: r#"{"workspace_info": {"na"#.to_string(),
        declared: 4096,
        then,
    }
}

#[tokio::test]
async fn contract_a_stalled_get_body_is_a_retryable_timeout() {
    let server = ScriptedServer::start(vec![partial(200, Duration::from_secs(10))]).await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_retries(0)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert!(err.is_retryable(), "{err}");
    assert!(!err.may_have_taken_effect(), "a GET has no effect: {err}");
    assert_eq!(
        err.status(),
        Some(200),
        "the status came before the body stalled"
    );
    assert!(err.to_string().contains("timed out"), "{err}");
}

#[tokio::test]
async fn contract_a_truncated_get_body_is_retried_by_the_runtime() {
    let server = ScriptedServer::start(vec![
        partial(200, Duration::ZERO),
        partial(200, Duration::ZERO),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    let ok = client.get_workspace().send().await.unwrap();
    assert_eq!(ok.attempts(), 3);

    // When every attempt is cut short: a retryable transport error, no effect, and the status
    // that came before the body broke off.
    let server = ScriptedServer::start(vec![partial(200, Duration::ZERO); 3]).await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(server.hits(), 3);
    assert_eq!(err.status(), Some(200));
    assert!(err.is_retryable() && !err.may_have_taken_effect(), "{err}");
    assert!(err.to_string().contains("body could not be read"), "{err}");
}

#[tokio::test]
async fn contract_a_truncated_enveloped_body_is_retried_by_the_runtime() {
    // Ringyo single objects are read by the runtime (to unwrap the envelope): a body cut short
    // there is retried like a lost answer.
    let agent = voiceai_tests::response_example("ringyo", "get_agent");
    let server = ScriptedServer::start(vec![
        partial(200, Duration::ZERO),
        Reply::json(
            200,
            json!({"data": agent, "meta": {"request_id": "req_env"}}),
        ),
    ])
    .await;
    let (client, _) = ringyo_client(&server.url);
    let ok = client
        .get_agent()
        .agent_id("agent_abc123")
        .send()
        .await
        .unwrap();
    assert_eq!(ok.attempts(), 2);
    assert_eq!(ok.request_id(), Some("req_env"));
}

#[tokio::test]
async fn contract_a_truncated_success_body_on_a_ringg_post_took_effect() {
    let server = ScriptedServer::start(vec![
        partial(200, Duration::ZERO),
        Reply::json(200, json!({})),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    let body = voiceai_tests::request_example("ringg", "create_agent");
    let err = client
        .create_agent()
        .body(serde_json::from_value::<ringg::types::CreateAgentRequest>(body).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 1, "a POST that got a 200 is never resent");
    assert!(err.may_have_taken_effect() && !err.is_retryable(), "{err}");
}

#[tokio::test]
async fn contract_a_ringg_call_answered_503_may_have_taken_effect_and_is_not_retryable() {
    let server = ScriptedServer::start(vec![Reply::text(503, "unavailable")]).await;
    let client = ringg_client(&server.url, None);
    let body = voiceai_tests::request_example("ringg", "initiate_individual_call_v2");
    let err = client
        .initiate_individual_call_v2()
        .body(serde_json::from_value::<ringg::types::InitiateCallV2Request>(body).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 1);
    assert!(matches!(err, Error::Server(_)), "{err:?}");
    assert!(err.may_have_taken_effect(), "{err}");
    assert!(
        !err.is_retryable(),
        "a caller that retries on is_retryable() places it twice"
    );
    assert_eq!(
        err.idempotency_key(),
        None,
        "Ringg takes no idempotency key"
    );
}

#[tokio::test]
async fn contract_501_and_505_are_not_retried() {
    for status in [501, 505] {
        let server = ScriptedServer::start(vec![
            Reply::text(status, "no"),
            Reply::json(200, workspace_body()),
        ])
        .await;
        let client = ringg_client(&server.url, None);
        let err = client.get_workspace().send().await.unwrap_err();
        assert_eq!(server.hits(), 1, "{status}");
        assert!(matches!(err, Error::Server(_)), "{err:?}");
        assert!(!err.is_retryable() && !err.may_have_taken_effect(), "{err}");
    }
}

#[tokio::test]
async fn contract_calls_joined_in_one_task_keep_their_own_context() {
    let busy = ScriptedServer::start(vec![
        Reply::text(503, "x"),
        Reply::text(503, "x"),
        Reply::json(200, workspace_body()),
    ])
    .await;
    let missing = ScriptedServer::start(vec![Reply::json(404, json!({"detail": "gone"}))]).await;
    let a = ringg_client(&busy.url, None);
    let b = ringg_client(&missing.url, None);
    let (ok, err) = tokio::join!(a.get_workspace().send(), b.get_workspace().send());
    assert_eq!(ok.unwrap().attempts(), 3);
    let err = err.unwrap_err();
    assert!(matches!(err, Error::NotFound(_)));
    assert_eq!(err.attempts(), 1);
}

#[tokio::test]
async fn contract_a_decode_error_previews_the_body_without_the_key() {
    // A lying server echoes the key inside a body that does not decode.
    let body = format!(
        r#"{{"workspace_info": "{RINGG_KEY}", "oops": {}}}"#,
        "x".repeat(5000)
    );
    let server = ScriptedServer::start(vec![Reply::Respond {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body,
    }])
    .await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}");
    };
    assert_eq!(decode.status, Some(200));
    assert!(decode.preview.len() <= 1024);
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains(RINGG_KEY), "{text}");
        assert!(text.len() < 3072, "bounded: {} bytes", text.len());
    }
    // serde's message quotes the body: it is not kept as a source that could print the key.
    assert!(std::error::Error::source(&err).is_none());
    assert_eq!(server.hits(), 1, "a decode error is not retried");

    // An error status whose message echoes the key.
    let server = ScriptedServer::start(vec![Reply::json(
        400,
        json!({"detail": format!("bad key {RINGG_KEY}")}),
    )])
    .await;
    let client = ringg_client(&server.url, None);
    let err = client.get_workspace().send().await.unwrap_err();
    assert_eq!(err.message(), "bad key [redacted]");
    assert!(!err.to_string().contains(RINGG_KEY), "{err}");
}

#[tokio::test]
async fn contract_an_idempotency_key_that_cannot_be_a_header_is_refused_before_sending() {
    let server = ScriptedServer::start(vec![]).await;
    let (client, _) = ringyo_client(&server.url);
    let body = |b: ringyo::types::builder::CreateCallRequest| {
        b.agent_id("agent_abc123").phone_number("+14155551234")
    };
    let on_builder = client
        .create_call()
        .idempotency_key("line\nbreak")
        .body_map(body)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(on_builder, Error::InvalidInput(_)),
        "{on_builder:?}"
    );
    let in_options = RequestOptions::new()
        .idempotency_key("line\nbreak")
        .run(client.create_call().body_map(body).send())
        .await
        .unwrap_err();
    assert!(
        matches!(in_options, Error::InvalidInput(_)),
        "{in_options:?}"
    );
    assert_eq!(server.hits(), 0, "nothing was sent");
}

#[tokio::test]
async fn contract_a_key_from_request_options_is_sent_on_every_attempt_and_makes_a_resend_safe() {
    let server = ScriptedServer::start(vec![Reply::text(503, "x"); 3]).await;
    let (client, _) = ringyo_client(&server.url);
    let err = RequestOptions::new()
        .idempotency_key("order-43")
        .run(
            client
                .create_call()
                .body_map(|b| b.agent_id("agent_abc123").phone_number("+14155551234"))
                .send(),
        )
        .await
        .unwrap_err();
    let sent: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("idempotency-key").unwrap_or_default().to_string())
        .collect();
    assert_eq!(sent, vec!["order-43".to_string(); 3]);
    assert!(err.is_retryable() && !err.may_have_taken_effect(), "{err}");
    assert_eq!(err.idempotency_key(), Some("order-43"));
}

// ---------------------------------------------------------------------------------------------
// Issue "hostile ids, hostile servers": one 429 must not freeze the client.

#[tokio::test]
async fn one_429_must_not_freeze_the_client_its_pause_obeys_the_retry_cap() {
    let server = ScriptedServer::start(vec![Reply::json(
        429,
        json!({"error": {"code": "rate_limited", "message": "slow down"}}),
    )
    .header("retry-after", "999999")])
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .plan(ringyo::Plan::Pro)
        .retry_policy(RetryPolicy {
            max_server_wait: Duration::from_secs(2),
            ..RetryPolicy::none()
        })
        .build()
        .unwrap();
    let err = client.list_agents().send().await.unwrap_err();
    assert!(matches!(err, Error::RateLimited(_)), "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(999_999)));
    let limiter = client.state().rate_limiter().expect("the plan limiter");
    assert!(
        limiter.next_wait() <= Duration::from_secs(2),
        "paused for {:?}",
        limiter.next_wait()
    );
}

#[tokio::test(start_paused = true)]
async fn one_429_must_not_freeze_the_client_limiter_time_counts_against_the_timeout() {
    let server = ScriptedServer::start(vec![]).await;
    let (client, _) = ringyo_client(&server.url);
    let limiter = client.state().rate_limiter().expect("the plan limiter");
    limiter.pause_for(Duration::from_secs(50));
    let err = RequestOptions::new()
        .timeout(Duration::from_secs(2))
        .run(client.list_agents().send())
        .await
        .unwrap_err();
    match &err {
        Error::Throttled {
            waited, timeout, ..
        } => {
            assert_eq!(*timeout, Duration::from_secs(2));
            assert_eq!(*waited, Duration::from_secs(2));
        }
        other => panic!("expected Throttled, got {other:?}"),
    }
    assert!(err.is_retryable() && !err.may_have_taken_effect());
    assert!(err.to_string().contains("rate limit held it"), "{err}");
    assert_eq!(server.hits(), 0, "nothing was sent");
}

#[tokio::test]
async fn one_429_must_not_freeze_the_client_no_configuration_panics() {
    let server = ScriptedServer::start(vec![
        Reply::json(200, workspace_body()),
        Reply::json(429, json!({"detail": "slow"})).header("retry-after", "18446744073709551615"),
        Reply::json(200, workspace_body()),
        Reply::json(429, json!({"detail": "slow"}))
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset", "18446744073709551615"),
    ])
    .await;
    let (_, sleeper) = recording_sleeper();
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .rate_limit(5, Duration::MAX)
        .retry_budget(u32::MAX)
        .retry_policy(RetryPolicy {
            max_retries: 0,
            initial_backoff: Duration::MAX,
            max_backoff: Duration::MAX,
            max_server_wait: Duration::MAX,
            jitter: false,
        })
        .sleeper(sleeper)
        .build()
        .unwrap();
    client.get_workspace().send().await.unwrap();
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::RateLimited(_)), "{err:?}");
    client.get_workspace().send().await.unwrap();
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(matches!(err, Error::RateLimited(_)), "{err:?}");
    // A zero limit and a zero window are taken as they can be, without a panic either.
    let zero = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .rate_limit(0, Duration::ZERO)
        .timeout(Duration::ZERO)
        .build()
        .unwrap();
    let _ = zero.get_workspace().send().await;
}

// ---------------------------------------------------------------------------------------------
// Issue "hostile ids, hostile servers": bounded memory whatever the server sends.

#[tokio::test]
async fn bounded_memory_a_too_large_content_length_is_refused_before_reading() {
    // 2 GiB announced; the server sends a few bytes and holds the connection.
    let server = ScriptedServer::start(vec![Reply::Partial {
        status: 200,
        body: "{".into(),
        declared: 2 << 30,
        then: Duration::from_secs(5),
    }])
    .await;
    let client = ringg_client(&server.url, None);
    let started = std::time::Instant::now();
    let err = client.get_workspace().send().await.unwrap_err();
    match &err {
        Error::ResponseTooLarge {
            limit, announced, ..
        } => {
            assert_eq!(*limit, 16 * 1024 * 1024);
            assert_eq!(*announced, Some(2 << 30));
        }
        other => panic!("expected ResponseTooLarge, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "not read to the end"
    );
    assert_eq!(server.hits(), 1, "not retried");
    let text = err.to_string();
    assert!(
        text.contains("16777216") && text.contains("max_response_size"),
        "{text}"
    );
    assert!(!err.is_retryable() && !err.may_have_taken_effect(), "{err}");
}

#[tokio::test]
async fn bounded_memory_an_endless_body_stops_at_the_limit() {
    let server = ScriptedServer::start(vec![Reply::Endless {
        status: 200,
        chunk: 16 * 1024,
        max: 256 << 20,
    }])
    .await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_response_size(1 << 20)
        .build()
        .unwrap();
    let err = client.get_workspace().send().await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                limit: 1048576,
                announced: None,
                ..
            }
        ),
        "{err:?}"
    );
    // Per request, too: a larger limit lets the same kind of answer through further.
    let server = ScriptedServer::start(vec![Reply::Endless {
        status: 200,
        chunk: 1024,
        max: 64 << 20,
    }])
    .await;
    let client = ringg_client(&server.url, None);
    let err = RequestOptions::new()
        .max_response_size(10_000)
        .run(client.get_workspace().send())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 10_000, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn bounded_memory_huge_error_bodies_give_messages_of_a_few_kib() {
    // A JSON error whose message alone is 1 MiB, an endless error body, and a huge text body.
    let huge = "x".repeat(1 << 20);
    let server = ScriptedServer::start(vec![
        Reply::json(400, json!({"detail": huge})),
        Reply::Endless {
            status: 500,
            chunk: 64 * 1024,
            max: 256 << 20,
        },
        Reply::text(404, &huge),
    ])
    .await;
    let client = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap();
    for _ in 0..3 {
        let err = client.get_workspace().send().await.unwrap_err();
        assert!(err.status().is_some(), "{err:?}");
        assert!(err.message().len() <= 4096, "{} bytes", err.message().len());
        assert!(
            err.to_string().len() <= 5000,
            "{} bytes",
            err.to_string().len()
        );
        let body = err.api_error().unwrap().body.to_string();
        assert!(body.len() <= 70 * 1024, "{} bytes of body kept", body.len());
    }
}

// ---------------------------------------------------------------------------------------------
// Issue "hostile ids, hostile servers": path traversal through ids, over every operation of both
// specs (driven through the generated CLI commands, one per row of `OPERATIONS`).

/// Ids chosen to leave their segment: separators, dot segments, encodings of both.
const HOSTILE_IDS: [&str; 14] = [
    "",
    ".",
    "..",
    "%2e%2e",
    "..\\..\\agent\\AGT_1",
    "..\\webhooks\\wh_1",
    "..\\..\\..\\..\\etc",
    "../../etc/passwd",
    "a/b",
    "x?y=1#z",
    "\\",
    "%2F..%2F",
    "an id with spaces é",
    "AGT_1",
];

/// Ids that must be refused before anything is sent.
fn must_refuse(id: &str) -> bool {
    matches!(id, "" | "." | ".." | "%2e%2e")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
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
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Default)]
struct CaptureErrors(Mutex<Option<String>>);

macro_rules! capture_config {
    ($api:ident) => {
        impl $api::cli::CliConfig for &CaptureErrors {
            fn success_item<T>(&self, _value: &voiceai::Response<T>)
            where
                T: serde::Serialize + std::fmt::Debug,
            {
            }
            fn success_no_item(&self, _value: &voiceai::Response<()>) {}
            fn error(&self, error: &Error) {
                let kind = if matches!(error, Error::InvalidInput(_)) {
                    "invalid: "
                } else {
                    "other: "
                };
                *self.0.lock().unwrap() = Some(format!("{kind}{error}"));
            }
            fn list_start<T>(&self)
            where
                T: serde::Serialize + std::fmt::Debug,
            {
            }
            fn list_item<T>(&self, _value: &T)
            where
                T: serde::Serialize + std::fmt::Debug,
            {
            }
            fn list_end_success<T>(&self)
            where
                T: serde::Serialize + std::fmt::Debug,
            {
            }
            fn list_end_error(&self, error: &Error) {
                self.error(error);
            }
            fn list_end_stream_error(&self, error: &Error) {
                self.error(error);
            }
        }
    };
}
capture_config!(ringg);
capture_config!(ringyo);

/// Runs every operation with a path parameter through its CLI command with each hostile id,
/// against a server that answers `{}`; returns how many (operation, parameter) pairs it tried.
macro_rules! path_traversal_over_operations {
    ($api:ident, $client:expr, $server:expr, $dir:expr) => {{
        let server: &ScriptedServer = $server;
        let mut tried = 0;
        for cmd in $api::cli::CliCommand::iter() {
            let op = $api::OPERATIONS
                .iter()
                .find(|o| o.id == cmd.operation_id())
                .expect("every command has a row");
            let template: Vec<&str> = op.path.trim_start_matches('/').split('/').collect();
            let params: Vec<&str> = template
                .iter()
                .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
                .collect();
            for param in &params {
                let command = $api::cli::Cli::<&CaptureErrors>::get_command(cmd.clone());
                let body_file = $dir.join(format!("{}.json", op.id));
                let has_body = command.get_arguments().any(|a| a.get_id() == "json-body");
                if has_body {
                    let example = std::panic::catch_unwind(|| {
                        voiceai_tests::request_example(stringify!($api), op.id)
                    })
                    .unwrap_or_else(|_| json!({}));
                    std::fs::write(&body_file, example.to_string()).unwrap();
                }
                tried += 1;
                for hostile in HOSTILE_IDS {
                    let mut argv: Vec<String> = vec![op.id.into()];
                    for p in &params {
                        argv.push(format!("--{}", p.replace('_', "-")));
                        argv.push(if p == param {
                            hostile.into()
                        } else {
                            "ok_1".into()
                        });
                    }
                    if has_body {
                        argv.push("--body-json".into());
                        argv.push(body_file.display().to_string());
                    }
                    for arg in command.get_arguments() {
                        let id = arg.get_id().as_str().to_string();
                        let given = argv.iter().any(|a| a == &format!("--{id}"));
                        if arg.is_required_set() && !given {
                            argv.push(format!("--{id}"));
                            let file = $dir.join("part.csv");
                            std::fs::write(&file, "name,phone\nA,+14155550100\n").unwrap();
                            argv.push(file.display().to_string());
                        }
                    }
                    let matches = command
                        .clone()
                        .try_get_matches_from(&argv)
                        .unwrap_or_else(|e| panic!("{}: {argv:?}: {e}", op.id));
                    let before = server.hits();
                    let capture = CaptureErrors::default();
                    let _ = $api::cli::Cli::new($client.clone(), &capture)
                        .execute(cmd.clone(), &matches)
                        .await;
                    let context = format!("{} {param}={hostile:?}", op.id);
                    if must_refuse(hostile) {
                        let error = capture.0.lock().unwrap().clone();
                        assert!(
                            error.as_deref().is_some_and(|e| e.starts_with("invalid: ")),
                            "{context}: {error:?}"
                        );
                        assert_eq!(server.hits(), before, "{context}: nothing is sent");
                        continue;
                    }
                    assert_eq!(server.hits(), before + 1, "{context}: sent once");
                    let sent = server.requests().pop().unwrap();
                    let path = sent.target.split('?').next().unwrap().to_string();
                    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
                    assert_eq!(
                        segments.len(),
                        template.len(),
                        "{context}: {path} has another shape than {}",
                        op.path
                    );
                    for (segment, expected) in segments.iter().zip(&template) {
                        match expected.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                            Some(p) if p == *param => {
                                assert_eq!(percent_decode(segment), hostile, "{context}: {path}")
                            }
                            Some(_) => assert_eq!(*segment, "ok_1", "{context}: {path}"),
                            None => assert_eq!(segment, expected, "{context}: {path}"),
                        }
                    }
                }
            }
        }
        tried
    }};
}

#[tokio::test]
async fn path_traversal_every_path_parameter_of_every_operation_stays_in_its_segment() {
    let dir = std::env::temp_dir().join(format!("voiceai-paths-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let server = ScriptedServer::start(vec![Reply::json(200, json!({})); 2000]).await;
    let ringg = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_retries(0)
        .no_rate_limit()
        .build()
        .unwrap();
    let in_table = |ops: &[voiceai::runtime::OperationMeta]| {
        ops.iter()
            .map(|o| o.path.matches('{').count())
            .sum::<usize>()
    };
    let tried = path_traversal_over_operations!(ringg, ringg, &server, dir);
    assert_eq!(
        tried,
        in_table(&ringg::OPERATIONS),
        "every Ringg path parameter"
    );
    assert!(tried >= 8);
    let ringyo = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .max_retries(0)
        .no_rate_limit()
        .build()
        .unwrap();
    let tried = path_traversal_over_operations!(ringyo, ringyo, &server, dir);
    assert_eq!(
        tried,
        in_table(&ringyo::OPERATIONS),
        "every Ringyo path parameter"
    );
    assert!(tried >= 7);
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// Issue "hostile ids, hostile servers": secrets in responses.

/// Every generated response type holding a field the spec marks `x-secret`, decoded from the
/// spec's own example, printed with `{:?}` (as the README's first example does) and the secret
/// itself with `{}`: the secret never shows.
#[test]
fn secrets_in_responses_never_print() {
    // The types below are every response type with a marked field: a new `x-secret` in a spec
    // changes these lists and so asks for this test to cover it.
    assert_eq!(ringg::API.secret_fields, ["api_key", "new_api_key"]);
    assert_eq!(ringyo::API.secret_fields, ["secret"]);
    let secret = "secret-value-FAKE-8d2f";
    let ws: ringg::types::WorkspaceInfoResponse = serde_json::from_value(json!({
        "workspace_info": {"id": "ws_1", "name": "Acme", "api_key": secret}
    }))
    .unwrap();
    let rotated: ringg::types::RegenerateApiKeyResponse =
        serde_json::from_value(json!({"new_api_key": secret})).unwrap();
    let hook: ringyo::types::WebhookCreated =
        serde_json::from_value(json!({"id": "wh_1", "secret": secret})).unwrap();
    let api_key = ws.workspace_info.as_ref().unwrap().api_key.clone().unwrap();
    for text in [
        format!("{ws:?}"),
        format!("{ws:#?}"),
        format!("{rotated:?}"),
        format!("{hook:?}"),
        format!("{api_key}"),
        format!("{api_key:?}"),
    ] {
        assert!(!text.contains(secret), "{text}");
    }
    // Read explicitly, and on the wire as it came.
    assert_eq!(api_key.expose(), secret);
    assert!(serde_json::to_string(&rotated).unwrap().contains(secret));
    // The spec's own examples decode into the secret type too.
    for (api, op) in [("ringg", "get_workspace"), ("ringg", "regenerate_api_key")] {
        let example = voiceai_tests::response_example(api, op);
        let text = example.to_string();
        let decoded = match op {
            "get_workspace" => format!(
                "{:?}",
                serde_json::from_value::<ringg::types::WorkspaceInfoResponse>(example).unwrap()
            ),
            _ => format!(
                "{:?}",
                serde_json::from_value::<ringg::types::RegenerateApiKeyResponse>(example).unwrap()
            ),
        };
        assert!(decoded.contains("[redacted]"), "{op}: {decoded}");
        for field in ["api_key", "new_api_key"] {
            if let Some(value) = text
                .split(&format!("\"{field}\":\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
            {
                assert!(!decoded.contains(value), "{op}: {decoded}");
            }
        }
    }
}

#[tokio::test]
async fn secrets_in_responses_stay_out_of_error_previews_and_messages() {
    let secret = "ws-key-FAKE-93ab";
    // A body that does not decode (credits is a string), holding a secret, and one cut short.
    let bad = format!(r#"{{"workspace_info": {{"api_key": "{secret}", "credits": {{"x": 1}}}}}}"#);
    let cut = format!(r#"{{"workspace_info": {{"credits": [], "api_key": "{secret}"#);
    let server = ScriptedServer::start(vec![
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: bad,
        },
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: cut,
        },
        Reply::json(
            409,
            json!({"detail": format!("key {secret} in use"), "api_key": secret}),
        ),
    ])
    .await;
    let client = ringg_client(&server.url, None);
    for _ in 0..3 {
        let err = client.get_workspace().send().await.unwrap_err();
        for text in [err.to_string(), format!("{err:?}"), err.message()] {
            assert!(!text.contains(secret), "{text}");
        }
        if let Some(api) = err.api_error() {
            assert!(!api.body.to_string().contains(secret), "{}", api.body);
        }
    }
}
