//! Every Ringyo operation against an httpmock server on loopback: the request on the wire
//! (method, path, query, bearer auth, idempotency key, JSON body equal to the documented request
//! example) and the documented response example decoded without losing anything. Then the two
//! success envelopes, every documented error code, the scope pre-check and open enums.

use httpmock::prelude::*;
use httpmock::{Mock, When};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use voiceai::ringyo::{self, types};
use voiceai::Error;
use voiceai_tests::{assert_kept, request_example, response_example, RINGYO_KEY};

fn bearer() -> String {
    format!("Bearer {RINGYO_KEY}")
}

fn client(server: &MockServer) -> ringyo::Client {
    ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap()
}

/// What every request must look like: the method and exact path, the bearer key, and no
/// `api-version` header (progenitor adds one; the vendor does not know it).
fn request(when: When, method: Method, path: &str) -> When {
    when.method(method)
        .path(path)
        .header("authorization", bearer())
        .header_missing("api-version")
}

/// A documented example as the typed value the builder takes.
fn typed<T: DeserializeOwned>(example: &Value) -> T {
    serde_json::from_value(example.clone()).expect("the documented example decodes")
}

async fn answer<'a>(
    server: &'a MockServer,
    method: Method,
    path: &str,
    status: u16,
    body: Value,
) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            request(when, method, path);
            then.status(status)
                .header("content-type", "application/json")
                .json_body(body);
        })
        .await
}

fn error_body(code: &str, message: &str, request_id: &str) -> Value {
    json!({
        "error": {"code": code, "message": message, "details": {}},
        "meta": {"request_id": request_id}
    })
}

// ---------------------------------------------------------------------------------------------
// One test per operation
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn create_call() {
    let server = MockServer::start_async().await;
    let body = request_example("ringyo", "create_call");
    let example = response_example("ringyo", "create_call");
    let mock = server
        .mock_async(|when, then| {
            request(when, POST, "/calls")
                .header("content-type", "application/json")
                .header_exists("idempotency-key")
                .json_body(body.clone());
            then.status(201).json_body(example.clone());
        })
        .await;

    let call = client(&server)
        .create_call()
        .body(typed::<types::CreateCallRequest>(&body))
        .send()
        .await
        .unwrap();
    assert_eq!(call.status().as_u16(), 201);
    let call = call.into_inner();
    assert_kept(&example, &voiceai_tests::json(&call));
    assert_eq!(call.status, Some(types::CallStatus::Queued));
    assert_eq!(call.record, Some(true));
    mock.assert_async().await;
}

#[tokio::test]
async fn create_call_body_from_the_typed_builder_sends_only_what_was_set() {
    // Server-side defaults (`record`, `max_duration`) are not filled in by the client.
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "create_call");
    let mock = server
        .mock_async(|when, then| {
            request(when, POST, "/calls").json_body(json!({
                "phone_number": "+14155551234",
                "agent_id": "agent_abc123",
                "max_duration": 600
            }));
            then.status(200).json_body(example.clone());
        })
        .await;
    client(&server)
        .create_call()
        .body_map(|b| {
            b.phone_number("+14155551234")
                .agent_id("agent_abc123")
                .max_duration(std::num::NonZeroU64::new(600))
        })
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn list_calls() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "list_calls");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/calls")
                .query_param("limit", "10")
                .query_param(
                    "cursor",
                    "eyJjcmVhdGVkX2F0IjoiMjAyNC0wMS0xNlQwMDowMDowMFoifQ==",
                )
                .query_param("status", "completed")
                .query_param("agent_id", "agent_abc123")
                .query_param("phone_number", "+14155551234")
                .query_param("from_date", "2024-01-01T00:00:00Z")
                .query_param("to_date", "2024-01-31T23:59:59Z")
                .query_param("order", "desc")
                .query_param_missing("offset");
            then.status(200).json_body(example.clone());
        })
        .await;

    let page = client(&server)
        .list_calls()
        .limit(10)
        .cursor("eyJjcmVhdGVkX2F0IjoiMjAyNC0wMS0xNlQwMDowMDowMFoifQ==")
        .status(types::CallStatus::Completed)
        .agent_id("agent_abc123")
        .phone_number("+14155551234")
        .from_date("2024-01-01T00:00:00Z")
        .to_date("2024-01-31T23:59:59Z")
        .order(types::SortOrder::Desc)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&page));
    assert_eq!(page.data.len(), 2);
    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.total, Some(156));
    assert_eq!(
        page.next_cursor.as_deref(),
        Some("eyJjcmVhdGVkX2F0IjoiMjAyNC0wMS0xNVQwOToxNTowMFoifQ==")
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn get_call() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "get_call");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/calls/call_xyz789").query_param("include", "transcript,recording");
            then.status(200).json_body(example.clone());
        })
        .await;

    let call = client(&server)
        .get_call()
        .call_id("call_xyz789")
        .include("transcript,recording")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&call));
    match &call.transcript {
        Some(types::CallTranscript::Array(segments)) => {
            assert_eq!(segments.len(), 2);
            assert_eq!(segments[1].timestamp, Some(3.2));
        }
        other => panic!("transcript segments expected, got {other:?}"),
    }
    mock.assert_async().await;
}

#[tokio::test]
async fn create_agent() {
    let server = MockServer::start_async().await;
    let body = request_example("ringyo", "create_agent");
    let example = response_example("ringyo", "create_agent");
    let mock = server
        .mock_async(|when, then| {
            request(when, POST, "/agents")
                .header_exists("idempotency-key")
                .json_body(body.clone());
            then.status(201).json_body(example.clone());
        })
        .await;

    let agent = client(&server)
        .create_agent()
        .body(typed::<types::CreateAgentRequest>(&body))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&agent));
    assert_eq!(agent.model, Some(types::AgentModel::Gpt4o));
    assert_eq!(agent.status, Some(types::AgentStatus::Active));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_agents() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "list_agents");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/agents")
                .query_param("limit", "10")
                .query_param("status", "active")
                .query_param("order", "asc")
                .query_param_missing("cursor");
            then.status(200).json_body(example.clone());
        })
        .await;

    let page = client(&server)
        .list_agents()
        .limit(10)
        .status(types::AgentStatus::Active)
        .order(types::SortOrder::Asc)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&page));
    assert_eq!(page.next_cursor, None);
    assert_eq!(page.data[1].model, Some(types::AgentModel::Gpt4oMini));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_agent() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "get_agent");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/agents/agent_abc123").query_param("include", "stats");
            then.status(200).json_body(example.clone());
        })
        .await;

    let agent = client(&server)
        .get_agent()
        .agent_id("agent_abc123")
        .include("stats")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&agent));
    assert_eq!(agent.stats.and_then(|s| s.success_rate), Some(0.85));
    mock.assert_async().await;
}

#[tokio::test]
async fn update_agent() {
    let server = MockServer::start_async().await;
    let body = request_example("ringyo", "update_agent");
    let example = response_example("ringyo", "update_agent");
    let mock = server
        .mock_async(|when, then| {
            request(when, PATCH, "/agents/agent_abc123")
                .header("content-type", "application/json")
                .json_body(body.clone());
            then.status(200).json_body(example.clone());
        })
        .await;

    let agent = client(&server)
        .update_agent()
        .agent_id("agent_abc123")
        .body(typed::<types::UpdateAgentRequest>(&body))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&agent));
    assert_eq!(agent.temperature, Some(0.8));
    mock.assert_async().await;
}

#[tokio::test]
async fn delete_agent() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "delete_agent");
    let mock = answer(
        &server,
        DELETE,
        "/agents/agent_abc123",
        200,
        example.clone(),
    )
    .await;

    let deleted = client(&server)
        .delete_agent()
        .agent_id("agent_abc123")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&deleted));
    assert_eq!(deleted.deleted, Some(true));
    mock.assert_async().await;
}

#[tokio::test]
async fn create_webhook() {
    let server = MockServer::start_async().await;
    let body = request_example("ringyo", "create_webhook");
    let example = response_example("ringyo", "create_webhook");
    let mock = server
        .mock_async(|when, then| {
            request(when, POST, "/webhooks")
                .header_exists("idempotency-key")
                .json_body(body.clone());
            then.status(201).json_body(example.clone());
        })
        .await;

    let created = client(&server)
        .create_webhook()
        .body(typed::<types::CreateWebhookRequest>(&body))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&created));
    assert_eq!(
        created.events,
        [
            types::WebhookEventName::CallCompleted,
            types::WebhookEventName::CallRecordingReady
        ]
    );
    assert!(created.secret.expose().starts_with("whsec_"));
    mock.assert_async().await;
}

#[tokio::test]
async fn create_webhook_accepts_the_concepts_page_response() {
    // D11: concepts/webhooks shows `{webhook_id, secret, message}` for the same request.
    let server = MockServer::start_async().await;
    let body = json!({"webhook_id": "wh_abc123", "secret": "whsec_xyz789", "message": "Save this signing secret."});
    answer(&server, POST, "/webhooks", 200, body.clone()).await;
    let created = client(&server)
        .create_webhook()
        .body_map(|b| {
            b.url("https://your-server.com/webhook").events(vec![
                types::WebhookEventName::CallCompleted,
                types::WebhookEventName::AppointmentCreated,
            ])
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&body, &voiceai_tests::json(&created));
    assert_eq!(created.id, None);
}

#[tokio::test]
async fn list_webhooks() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "list_webhooks");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/webhooks")
                .query_param("limit", "20")
                .query_param("cursor", "c_2")
                .query_param("status", "active");
            then.status(200).json_body(example.clone());
        })
        .await;

    let page = client(&server)
        .list_webhooks()
        .limit(20)
        .cursor("c_2")
        .status(types::WebhookStatus::Active)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&page));
    assert_eq!(
        page.data[1].events,
        [types::WebhookEventName::All],
        "`*` subscribes to every event"
    );
    assert_eq!(page.data[1].events[0].as_str(), "*");
    mock.assert_async().await;
}

#[tokio::test]
async fn update_webhook() {
    let server = MockServer::start_async().await;
    let body = request_example("ringyo", "update_webhook");
    let example = response_example("ringyo", "update_webhook");
    let mock = server
        .mock_async(|when, then| {
            request(when, PATCH, "/webhooks/wh_abc123").json_body(body.clone());
            then.status(200).json_body(example.clone());
        })
        .await;

    let webhook = client(&server)
        .update_webhook()
        .webhook_id("wh_abc123")
        .body(typed::<types::UpdateWebhookRequest>(&body))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&webhook));
    assert_eq!(webhook.status, Some(types::WebhookStatus::Inactive));
    mock.assert_async().await;
}

#[tokio::test]
async fn delete_webhook() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "delete_webhook");
    let mock = answer(&server, DELETE, "/webhooks/wh_abc123", 200, example.clone()).await;

    let deleted = client(&server)
        .delete_webhook()
        .webhook_id("wh_abc123")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&deleted));
    assert_eq!(deleted.id, "wh_abc123");
    mock.assert_async().await;
}

#[tokio::test]
async fn list_phone_numbers() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "list_phone_numbers");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/phone-numbers")
                .query_param("limit", "50")
                .query_param("status", "active")
                .query_param("country", "US");
            then.status(200).json_body(example.clone());
        })
        .await;

    let page = client(&server)
        .list_phone_numbers()
        .limit(50)
        .status(types::PhoneNumberStatus::Active)
        .country("US")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&page));
    assert_eq!(
        page.data[0].default_agent_id.as_deref(),
        Some("agent_abc123")
    );
    assert_eq!(page.data[1].default_agent_id, None, "null decodes as None");
    assert_eq!(
        page.data[1].capabilities.as_ref().and_then(|c| c.sms),
        Some(false)
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn get_phone_number() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "get_phone_number");
    let mock = server
        .mock_async(|when, then| {
            request(when, GET, "/phone-numbers/pn_abc123").query_param("include", "stats");
            then.status(200).json_body(example.clone());
        })
        .await;

    let number = client(&server)
        .get_phone_number()
        .phone_number_id("pn_abc123")
        .include("stats")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &voiceai_tests::json(&number));
    assert_eq!(number.stats.and_then(|s| s.calls_this_month), Some(342));
    mock.assert_async().await;
}

// ---------------------------------------------------------------------------------------------
// The generated operation table
// ---------------------------------------------------------------------------------------------

#[test]
fn operation_table_has_every_operation_with_its_scope() {
    let expected = [
        ("create_call", "POST", "/calls", "calls:write"),
        ("list_calls", "GET", "/calls", "calls:read"),
        ("get_call", "GET", "/calls/{call_id}", "calls:read"),
        ("create_agent", "POST", "/agents", "agents:write"),
        ("list_agents", "GET", "/agents", "agents:read"),
        ("get_agent", "GET", "/agents/{agent_id}", "agents:read"),
        (
            "update_agent",
            "PATCH",
            "/agents/{agent_id}",
            "agents:write",
        ),
        (
            "delete_agent",
            "DELETE",
            "/agents/{agent_id}",
            "agents:write",
        ),
        ("create_webhook", "POST", "/webhooks", "webhooks:manage"),
        ("list_webhooks", "GET", "/webhooks", "webhooks:manage"),
        (
            "update_webhook",
            "PATCH",
            "/webhooks/{webhook_id}",
            "webhooks:manage",
        ),
        (
            "delete_webhook",
            "DELETE",
            "/webhooks/{webhook_id}",
            "webhooks:manage",
        ),
        (
            "list_phone_numbers",
            "GET",
            "/phone-numbers",
            "phone_numbers:read",
        ),
        (
            "get_phone_number",
            "GET",
            "/phone-numbers/{phone_number_id}",
            "phone_numbers:read",
        ),
    ];
    assert_eq!(ringyo::OPERATIONS.len(), expected.len());
    for (id, method, path, scope) in expected {
        let op = ringyo::API
            .operation(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(
            (op.method, op.path, op.required_scope),
            (method, path, Some(scope)),
            "{id}"
        );
        assert_eq!(
            op.idempotency_key,
            method == "POST",
            "{id}: Idempotency-Key on POSTs only"
        );
        let list = id.starts_with("list_");
        assert_eq!(
            op.pagination,
            if list {
                voiceai::runtime::Pagination::Cursor
            } else {
                voiceai::runtime::Pagination::None
            },
            "{id}"
        );
        assert_eq!(
            op.unwrap_data_envelope, !list,
            "{id}: single objects may come in {{data, meta}}"
        );
    }
    assert_eq!(
        ringyo::API.default_rate_limit,
        Some(voiceai::runtime::RateLimit {
            requests: 300,
            per_seconds: 60
        })
    );
    assert_eq!(ringyo::API.default_base_url, "https://api.ringyo.ai/v1");
}

// ---------------------------------------------------------------------------------------------
// Envelopes: bare objects and {data, meta}
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn get_agent_decodes_bare_and_enveloped_alike() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "get_agent");
    answer(&server, GET, "/agents/agent_bare", 200, example.clone()).await;
    answer(
        &server,
        GET,
        "/agents/agent_enveloped",
        200,
        json!({"data": example, "meta": {"request_id": "req_abc123"}}),
    )
    .await;
    let client = client(&server);

    let bare = client
        .get_agent()
        .agent_id("agent_bare")
        .send()
        .await
        .unwrap();
    let enveloped = client
        .get_agent()
        .agent_id("agent_enveloped")
        .send()
        .await
        .unwrap();
    assert_eq!(bare.request_id(), None);
    assert_eq!(enveloped.request_id(), Some("req_abc123"));
    let (bare, enveloped) = (bare.into_inner(), enveloped.into_inner());
    assert_kept(&example, &voiceai_tests::json(&enveloped));
    assert_eq!(voiceai_tests::json(&bare), voiceai_tests::json(&enveloped));
}

#[tokio::test]
async fn get_call_decodes_bare_and_enveloped_alike() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "get_call");
    answer(&server, GET, "/calls/call_bare", 200, example.clone()).await;
    answer(
        &server,
        GET,
        "/calls/call_enveloped",
        200,
        json!({"data": example, "meta": {"request_id": "req_abc123"}}),
    )
    .await;
    let client = client(&server);

    let bare = client.get_call().call_id("call_bare").send().await.unwrap();
    let enveloped = client
        .get_call()
        .call_id("call_enveloped")
        .send()
        .await
        .unwrap();
    assert_eq!(bare.request_id(), None);
    assert_eq!(enveloped.request_id(), Some("req_abc123"));
    let (bare, enveloped) = (bare.into_inner(), enveloped.into_inner());
    assert_kept(&example, &voiceai_tests::json(&enveloped));
    assert_eq!(voiceai_tests::json(&bare), voiceai_tests::json(&enveloped));
}

#[tokio::test]
async fn create_call_answered_in_an_envelope_decodes_with_its_request_id() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "create_call");
    answer(
        &server,
        POST,
        "/calls",
        201,
        json!({"data": example, "meta": {"request_id": "req_create"}}),
    )
    .await;
    let call = client(&server)
        .create_call()
        .body(typed::<types::CreateCallRequest>(&request_example(
            "ringyo",
            "create_call",
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(call.request_id(), Some("req_create"));
    assert_kept(&example, &voiceai_tests::json(&call.into_inner()));
}

#[tokio::test]
async fn list_with_meta_and_offset_pagination_decodes() {
    let server = MockServer::start_async().await;
    let mut body = response_example("ringyo", "list_agents");
    body["meta"] = json!({"request_id": "req_list"});
    body["pagination"] = json!({"total": 2, "limit": 20, "offset": 0, "has_more": false});
    answer(&server, GET, "/agents", 200, body.clone()).await;

    let page = client(&server)
        .list_agents()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&body, &voiceai_tests::json(&page));
    assert_eq!(
        page.meta.and_then(|m| m.request_id).as_deref(),
        Some("req_list")
    );
    assert_eq!(page.pagination.and_then(|p| p.offset), Some(0));
    assert_eq!(page.data.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Idempotency keys
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn idempotency_key_given_to_the_builder_is_the_one_sent() {
    let server = MockServer::start_async().await;
    let example = response_example("ringyo", "create_agent");
    let mock = server
        .mock_async(|when, then| {
            request(when, POST, "/agents").header("idempotency-key", "agent-sales-v1");
            then.status(201).json_body(example.clone());
        })
        .await;
    client(&server)
        .create_agent()
        .idempotency_key("agent-sales-v1")
        .body(typed::<types::CreateAgentRequest>(&request_example(
            "ringyo",
            "create_agent",
        )))
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn idempotency_key_is_not_sent_on_get_patch_or_delete() {
    let server = MockServer::start_async().await;
    let get = server
        .mock_async(|when, then| {
            request(when, GET, "/calls").header_missing("idempotency-key");
            then.status(200)
                .json_body(response_example("ringyo", "list_calls"));
        })
        .await;
    let patch = server
        .mock_async(|when, then| {
            request(when, PATCH, "/webhooks/wh_abc123").header_missing("idempotency-key");
            then.status(200)
                .json_body(response_example("ringyo", "update_webhook"));
        })
        .await;
    let client = client(&server);
    client.list_calls().send().await.unwrap();
    client
        .update_webhook()
        .webhook_id("wh_abc123")
        .body_map(|b| b.status(types::SettableWebhookStatus::Inactive))
        .send()
        .await
        .unwrap();
    get.assert_async().await;
    patch.assert_async().await;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Sends one request of `operation` (any of the 14) and returns its error.
async fn fail(client: &ringyo::Client, operation: &str) -> Error {
    let example = |op: &str| request_example("ringyo", op);
    let result = match operation {
        "create_call" => client
            .create_call()
            .body(typed::<types::CreateCallRequest>(&example(operation)))
            .send()
            .await
            .map(drop),
        "list_calls" => client.list_calls().send().await.map(drop),
        "get_call" => client
            .get_call()
            .call_id("call_xyz789")
            .send()
            .await
            .map(drop),
        "create_agent" => client
            .create_agent()
            .body(typed::<types::CreateAgentRequest>(&example(operation)))
            .send()
            .await
            .map(drop),
        "list_agents" => client.list_agents().send().await.map(drop),
        "get_agent" => client
            .get_agent()
            .agent_id("agent_abc123")
            .send()
            .await
            .map(drop),
        "update_agent" => client
            .update_agent()
            .agent_id("agent_abc123")
            .body(typed::<types::UpdateAgentRequest>(&example(operation)))
            .send()
            .await
            .map(drop),
        "delete_agent" => client
            .delete_agent()
            .agent_id("agent_abc123")
            .send()
            .await
            .map(drop),
        "create_webhook" => client
            .create_webhook()
            .body(typed::<types::CreateWebhookRequest>(&example(operation)))
            .send()
            .await
            .map(drop),
        "list_webhooks" => client.list_webhooks().send().await.map(drop),
        "update_webhook" => client
            .update_webhook()
            .webhook_id("wh_abc123")
            .body(typed::<types::UpdateWebhookRequest>(&example(operation)))
            .send()
            .await
            .map(drop),
        "delete_webhook" => client
            .delete_webhook()
            .webhook_id("wh_abc123")
            .send()
            .await
            .map(drop),
        "list_phone_numbers" => client.list_phone_numbers().send().await.map(drop),
        "get_phone_number" => client
            .get_phone_number()
            .phone_number_id("pn_abc123")
            .send()
            .await
            .map(drop),
        other => panic!("no request for {other}"),
    };
    match result {
        Ok(()) => panic!("{operation} should have failed"),
        Err(err) => err,
    }
}

/// Method and path of the requests [`fail`] sends: the generated operation table's, with the
/// ids [`fail`] uses in place of the path parameters.
fn route(operation: &str) -> (Method, String) {
    let meta = ringyo::API
        .operation(operation)
        .unwrap_or_else(|| panic!("no operation {operation}"));
    let ids = [
        ("{call_id}", "call_xyz789"),
        ("{agent_id}", "agent_abc123"),
        ("{webhook_id}", "wh_abc123"),
        ("{phone_number_id}", "pn_abc123"),
    ];
    let path = ids.iter().fold(meta.path.to_string(), |path, (param, id)| {
        path.replace(param, id)
    });
    assert!(
        !path.contains('{'),
        "{operation}: a path parameter without an id: {path}"
    );
    let method = meta.method.parse().expect("an HTTP method");
    (method, path)
}

/// Every `(operation, error.code, HTTP status, documented)` of the spec's `x-error-codes`.
fn spec_error_codes() -> Vec<(String, String, u16, bool)> {
    let spec = voiceai_tests::spec("ringyo");
    let mut out = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let id = op["operationId"].as_str().unwrap();
            let codes = op["x-error-codes"]
                .as_array()
                .unwrap_or_else(|| panic!("{id}: no x-error-codes"));
            for entry in codes {
                out.push((
                    id.to_string(),
                    entry["code"].as_str().unwrap().to_string(),
                    u16::try_from(entry["status"].as_u64().unwrap()).unwrap(),
                    entry["documented"].as_bool().unwrap(),
                ));
            }
        }
    }
    out
}

#[test]
fn spec_lists_every_documented_error_code() {
    let documented: std::collections::BTreeSet<String> = spec_error_codes()
        .into_iter()
        .filter(|(_, _, _, documented)| *documented)
        .map(|(_, code, _, _)| code)
        .collect();
    let expected = [
        "invalid_phone_number",
        "agent_not_found",
        "insufficient_credits",
        "rate_limit_exceeded",
        "invalid_from_number",
        "invalid_cursor",
        "invalid_date_format",
        "call_not_found",
        "unauthorized",
        "invalid_voice_id",
        "agent_limit_reached",
        "invalid_system_prompt",
        "invalid_language",
        "agent_in_use",
        "invalid_url",
        "invalid_events",
        "webhook_limit_reached",
        "url_unreachable",
        "webhook_not_found",
        "invalid_status",
        "invalid_country",
    ];
    assert_eq!(documented, expected.iter().map(|c| c.to_string()).collect());
}

#[tokio::test]
async fn every_error_code_of_the_spec_maps_to_its_error() {
    // Each code answered at its likely HTTP status in the documented error envelope.
    let cases = spec_error_codes();
    assert!(cases.len() >= 30, "{cases:?}");
    let server = MockServer::start_async().await;
    let client = client(&server);
    for (operation, code, status, _) in &cases {
        let (operation, code, status) = (operation.as_str(), code.as_str(), *status);
        let message = format!("{code} happened");
        let request_id = format!("req_{code}");
        let (method, path) = route(operation);
        let mock = answer(
            &server,
            method,
            &path,
            status,
            error_body(code, &message, &request_id),
        )
        .await;

        let err = fail(&client, operation).await;
        let context = format!("{operation} {code} {status}: {err:?}");
        assert_eq!(err.code(), Some(code), "{context}");
        assert_eq!(err.message(), message, "{context}");
        assert_eq!(err.request_id(), Some(request_id.as_str()), "{context}");
        assert_eq!(err.status(), Some(status), "{context}");
        assert_eq!(
            err.api_error().unwrap().operation.as_deref(),
            Some(operation),
            "{context}"
        );
        let variant_ok = match status {
            400 => matches!(err, Error::Validation(_)),
            402 => matches!(err, Error::InsufficientCredits(_)),
            403 => matches!(err, Error::PermissionDenied { .. }),
            404 => matches!(err, Error::NotFound(_)),
            409 => matches!(err, Error::Conflict(_)),
            429 => matches!(err, Error::RateLimited { .. }),
            _ => false,
        };
        assert!(variant_ok, "{context}");
        assert!(!err.is_retryable() || status == 429, "{context}");
        assert!(err.to_string().contains(code), "{context}: {err}");
        mock.assert_async().await;
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn a_403_names_the_scope_the_operation_needs() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        PATCH,
        "/agents/agent_abc123",
        403,
        error_body("forbidden", "Insufficient permissions", "req_403"),
    )
    .await;
    let err = fail(&client(&server), "update_agent").await;
    match &err {
        Error::PermissionDenied(error) => {
            assert_eq!(error.required_scope.as_deref(), Some("agents:write"));
            assert_eq!(error.request_id.as_deref(), Some("req_403"));
            assert_eq!(error.message, "Insufficient permissions");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("agents:write"), "{err}");
}

#[tokio::test]
async fn error_bodies_that_are_not_the_envelope_keep_their_text() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            request(when, GET, "/calls");
            then.status(500)
                .header("content-type", "text/plain")
                .body("upstream exploded");
        })
        .await;
    answer(
        &server,
        GET,
        "/webhooks",
        401,
        json!({"error": {"message": "Invalid API key"}}),
    )
    .await;
    let client = client(&server);

    let err = fail(&client, "list_calls").await;
    assert!(matches!(err, Error::Server(_)), "{err:?}");
    assert_eq!(err.message(), "upstream exploded");
    assert_eq!(err.code(), None);

    let err = fail(&client, "list_webhooks").await;
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert_eq!(err.message(), "Invalid API key");
    assert_eq!(err.request_id(), None);
}

// ---------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn missing_scope_fails_before_sending_and_granted_scope_goes_through() {
    let server = MockServer::start_async().await;
    let create = answer(
        &server,
        POST,
        "/calls",
        201,
        response_example("ringyo", "create_call"),
    )
    .await;
    let list = answer(
        &server,
        GET,
        "/calls",
        200,
        response_example("ringyo", "list_calls"),
    )
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .max_retries(0)
        .scopes(["calls:read"])
        .build()
        .unwrap();

    let err = fail(&client, "create_call").await;
    assert!(
        matches!(
            &err,
            Error::MissingScope { operation, scope, .. } if operation == "create_call" && scope == "calls:write"
        ),
        "{err:?}"
    );
    assert_eq!(err.status(), None);
    assert_eq!(
        create.calls_async().await,
        0,
        "nothing may reach the server"
    );

    client
        .list_calls()
        .send()
        .await
        .expect("calls:read is granted");
    list.assert_async().await;
}

// ---------------------------------------------------------------------------------------------
// Open enums and unknown fields
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn unknown_call_status_and_fields_decode() {
    let server = MockServer::start_async().await;
    let body = json!({
        "id": "call_new",
        "status": "voicemail_detected",
        "phone_number": "+14155551234",
        "cost": {"credits": 3},
        "sentiment": "positive",
        "transcript": "Agent: Hello!\nCustomer: Hi."
    });
    answer(&server, GET, "/calls/call_new", 200, body).await;

    let call = client(&server)
        .get_call()
        .call_id("call_new")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        call.status,
        Some(types::CallStatus::Unknown("voicemail_detected".into()))
    );
    assert!(call.status.as_ref().unwrap().is_unknown());
    assert_eq!(
        voiceai_tests::json(&call)["status"],
        "voicemail_detected",
        "encodes back unchanged"
    );
    assert!(
        matches!(call.transcript, Some(types::CallTranscript::String(ref s)) if s.starts_with("Agent:"))
    );
}

#[tokio::test]
async fn concepts_page_call_result_decodes() {
    // D4: the call-result shape of concepts/calls (no `id`-less variant: `id` stays required).
    let server = MockServer::start_async().await;
    let body = json!({
        "id": "call_abc123",
        "call_id": "call_abc123",
        "status": "transferred",
        "duration_seconds": 145,
        "outcome": "appointment_booked",
        "extracted_data": {"appointment_date": "2024-01-20"}
    });
    answer(&server, GET, "/calls/call_abc123", 200, body.clone()).await;
    let call = client(&server)
        .get_call()
        .call_id("call_abc123")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&body, &voiceai_tests::json(&call));
    assert_eq!(call.status, Some(types::CallStatus::Transferred));
}

#[tokio::test]
async fn unknown_webhook_events_and_statuses_decode() {
    let server = MockServer::start_async().await;
    let body = json!({
        "data": [{
            "id": "wh_new",
            "url": "https://example.invalid/hook",
            "events": ["call.completed", "sms.received"],
            "status": "paused",
            "signing_version": 2
        }],
        "has_more": false,
        "next_cursor": null,
        "total": 1
    });
    answer(&server, GET, "/webhooks", 200, body).await;

    let page = client(&server)
        .list_webhooks()
        .send()
        .await
        .unwrap()
        .into_inner();
    let webhook = &page.data[0];
    assert_eq!(
        webhook.events,
        [
            types::WebhookEventName::CallCompleted,
            types::WebhookEventName::Unknown("sms.received".into())
        ]
    );
    assert_eq!(
        webhook.status,
        Some(types::WebhookStatus::Unknown("paused".into()))
    );
}

#[test]
fn webhook_delivery_envelope_decodes() {
    let spec = voiceai_tests::spec("ringyo");
    let example = spec["components"]["schemas"]["WebhookDelivery"]["example"].clone();
    let delivery: types::WebhookDelivery = typed(&example);
    assert_kept(&example, &voiceai_tests::json(&delivery));
    assert_eq!(delivery.event, types::WebhookEventName::CallCompleted);

    let future: types::WebhookDelivery = typed(&json!({
        "event": "voicemail.left",
        "timestamp": "2025-01-01T00:00:00Z",
        "webhook_id": "wh_abc123",
        "data": {"call_id": "call_1"},
        "attempt": 2
    }));
    assert_eq!(
        future.event,
        types::WebhookEventName::Unknown("voicemail.left".into())
    );
    assert_eq!(future.data["call_id"], "call_1");
}
