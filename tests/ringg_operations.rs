//! One test per Ringg AI operation, against an httpmock server on 127.0.0.1: the request on the
//! wire (method, path, query, auth header, body) and the decoding of the spec's documented
//! example. Then the shapes the docs disagree on, open enums, error bodies, multipart checks,
//! webhook payloads and the generated operation table.

use httpmock::Method::{DELETE, GET, PATCH, POST};
use httpmock::{Mock, MockServer, Then, When};
use serde_json::{json, Value};
use voiceai::ringg::{self, types};
use voiceai::runtime::multipart::FilePart;
use voiceai::runtime::RateLimit;
use voiceai::Error;
use voiceai_tests::{assert_kept, json as to_json, request_example, response_example, RINGG_KEY};

const AGENT_ID: &str = "830f767a-397e-4b39-82ff-235cd344e2f9";
const LIST_ID: &str = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b";
const BULK_LIST_ID: &str = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
const KB_ID: &str = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
const CALL_ID: &str = "4c1f3a2e-9b7d-4e6f-8a5c-2d1e0f9b8a7c";

fn client(server: &MockServer) -> ringg::Client {
    ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap()
}

fn example(op: &str) -> Value {
    response_example("ringg", op)
}

fn body_example(op: &str) -> Value {
    request_example("ringg", op)
}

/// The request matcher every test starts with: method, exact path, the key header.
fn expect(when: When, method: httpmock::Method, path: &str) -> When {
    when.method(method)
        .path(path)
        .header("x-api-key", RINGG_KEY)
}

fn reply(then: Then, status: u16, body: &Value) {
    then.status(status)
        .header("content-type", "application/json")
        .json_body(body.clone());
}

/// A mock answering `body` with 200.
async fn mock_ok<'a>(
    server: &'a MockServer,
    body: &Value,
    matcher: impl FnOnce(When) -> When,
) -> Mock<'a> {
    let body = body.clone();
    server
        .mock_async(move |when, then| {
            matcher(when);
            reply(then, 200, &body);
        })
        .await
}

// ------------------------------------------------------------------------------- workspace

#[tokio::test]
async fn get_workspace_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_workspace");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/workspace").query_param_missing("limit")
    })
    .await;
    let decoded = client(&server)
        .get_workspace()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    let info = decoded.workspace_info.unwrap();
    assert_eq!(info.credits, Some(3025.0));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_user_workspaces_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_user_workspaces");
    let mock = mock_ok(&server, &example, |w| expect(w, GET, "/workspace/all")).await;
    let decoded = client(&server)
        .list_user_workspaces()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.workspaces[0].role.as_deref(), Some("owner"));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_workspace_users_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_workspace_users");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/workspace/users")
            .query_param("limit", "50")
            .query_param("offset", "20")
    })
    .await;
    let decoded = client(&server)
        .list_workspace_users()
        .limit(50)
        .offset(20)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn regenerate_api_key_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("regenerate_api_key");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, PATCH, "/workspace/api-key")
    })
    .await;
    let decoded = client(&server)
        .regenerate_api_key()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(
        decoded.new_api_key.expose(),
        "e89b12d3-a456-426c-8001-f05de02b54b4"
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn list_workspace_numbers_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_workspace_numbers");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/workspace/numbers")
            .query_param("limit", "100")
            .query_param("offset", "0")
    })
    .await;
    let decoded = client(&server)
        .list_workspace_numbers()
        .limit(100)
        .offset(0)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

// ------------------------------------------------------------------------------- agents

#[tokio::test]
async fn list_assistants_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_assistants");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/agent/all")
            .query_param("limit", "10")
            .query_param("offset", "0")
    })
    .await;
    let decoded = client(&server)
        .list_assistants()
        .limit(10)
        .offset(0)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    let agents = &decoded.data.as_ref().unwrap().agents;
    assert_eq!(agents[0].agent_type, Some(types::AgentType::Outbound));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_assistant_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_assistant");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, &format!("/agent/{AGENT_ID}"))
    })
    .await;
    let decoded = client(&server)
        .get_assistant()
        .agent_id(AGENT_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    let agent = decoded.agents.unwrap();
    // The documented map-shaped variables and the live list-shaped ones both decode.
    assert!(matches!(
        agent.agent_config.as_ref().unwrap().custom_variables,
        Some(types::CustomVariables::Object(_))
    ));
    let version = &agent.version_details["387bd8f1-5748-4006-b7fe-6a6455e9d45d"];
    let config = version.agent_config.as_ref().unwrap();
    assert!(matches!(
        config.custom_variables,
        Some(types::CustomVariables::Array(_))
    ));
    assert!(matches!(
        config.agent_prompt,
        Some(types::AgentPrompt::PromptSections(_))
    ));
    mock.assert_async().await;
}

#[tokio::test]
async fn create_agent_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("create_agent");
    let body = body_example("create_agent");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/public/agent")
            .header("content-type", "application/json")
            .json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .create_agent()
        .body(serde_json::from_value::<types::CreateAgentRequest>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.data.unwrap().version.as_deref(), Some("v1"));
    mock.assert_async().await;
}

#[test]
fn create_agent_refuses_a_name_over_the_documented_length_before_sending() {
    let mut body = body_example("create_agent");
    body["agent_name"] = json!("x".repeat(101));
    assert!(serde_json::from_value::<types::CreateAgentRequest>(body).is_err());
}

#[tokio::test]
async fn update_agent_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("update_agent");
    let body = body_example("update_agent");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, PATCH, &format!("/public/agent/{AGENT_ID}")).json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .update_agent()
        .agent_id(AGENT_ID)
        .body(serde_json::from_value::<types::UpdateAgentRequest>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn edit_assistant_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("edit_assistant");
    let body = body_example("edit_assistant");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, PATCH, "/agent/v1").json_body(wire)
    })
    .await;
    let typed = serde_json::from_value::<types::EditAssistantRequest>(body).unwrap();
    assert_eq!(
        typed.operation,
        types::EditAssistantOperation::EditEventSubscriptions
    );
    let decoded = client(&server)
        .edit_assistant()
        .body(typed)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn edit_assistant_sends_event_type_lists_prompt_sections_and_unknown_operations() {
    let server = MockServer::start_async().await;
    let example = example("edit_assistant");
    let subscriptions = json!({
        "operation": "edit_event_subscriptions",
        "agent_id": AGENT_ID,
        "event_subscriptions": [{
            "event_type": ["call_started", "call_completed", "all_processing_completed"],
            "callback_url": "https://your-domain.com/webhooks/ringg",
            "method_type": "PUT",
            "auth_fetch_config": {
                "enabled": true,
                "url": "https://auth.example.com/token",
                "token_path": "data.token",
                "ttl_seconds": 3600,
                "header_name": "Authorization",
                "header_value_template": "Bearer {{token}}"
            }
        }]
    });
    let prompt = json!({
        "operation": "edit_prompt",
        "agent_id": AGENT_ID,
        "agent_prompt": {"prompt_sections": [{"section_title": "Objective", "section_content": "Book a demo."}]}
    });
    let future_op =
        json!({"operation": "edit_something_new", "agent_id": AGENT_ID, "kb_id": KB_ID});
    let mut mocks = Vec::new();
    for body in [&subscriptions, &prompt, &future_op] {
        let wire = body.clone();
        mocks.push(
            mock_ok(&server, &example, |w| {
                expect(w, PATCH, "/agent/v1").json_body(wire)
            })
            .await,
        );
    }
    let typed = serde_json::from_value::<types::EditAssistantRequest>(future_op.clone()).unwrap();
    assert_eq!(
        typed.operation,
        types::EditAssistantOperation::Unknown("edit_something_new".into())
    );
    for body in [subscriptions, prompt, future_op] {
        client(&server)
            .edit_assistant()
            .body(serde_json::from_value::<types::EditAssistantRequest>(body).unwrap())
            .send()
            .await
            .unwrap();
    }
    for mock in mocks {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn delete_assistant_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("delete_assistant");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, DELETE, &format!("/agent/{AGENT_ID}"))
    })
    .await;
    let decoded = client(&server)
        .delete_assistant()
        .agent_id(AGENT_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_assistant_voices_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_assistant_voices");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/agent/voices").query_param("language", "en-US,hi-IN")
    })
    .await;
    let decoded = client(&server)
        .list_assistant_voices()
        .language("en-US,hi-IN")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

// ------------------------------------------------------------------------------- calling

#[tokio::test]
#[allow(deprecated)] // the vendor deprecated it; the client still covers it
async fn initiate_individual_call_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("initiate_individual_call");
    let body = body_example("initiate_individual_call");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/calling/outbound/individual").json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .initiate_individual_call()
        .body(serde_json::from_value::<types::InitiateCallRequest>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    // The older documented shape, with display-label keys.
    assert_eq!(
        decoded.call_status.as_deref(),
        Some("Call initiated successfully")
    );
    match decoded.data {
        Some(types::CallInitiationData::LegacyCallInitiationData(data)) => {
            assert_eq!(data.unique_call_id, CALL_ID);
            assert_eq!(data.call_status, Some(types::CallStatus::Ongoing));
        }
        other => panic!("expected the legacy data shape, got {other:?}"),
    }
    mock.assert_async().await;
}

#[tokio::test]
async fn initiate_individual_call_v2_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("initiate_individual_call_v2");
    let body = body_example("initiate_individual_call_v2");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/calling/v2/outbound/individual").json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .initiate_individual_call_v2()
        .body(serde_json::from_value::<types::InitiateCallV2Request>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    match decoded.data {
        Some(types::CallInitiationData::CallInitiationDetails(data)) => {
            assert_eq!(data.call_id, CALL_ID);
            assert_eq!(data.call_direction, Some(types::CallDirection::Outbound));
        }
        other => panic!("expected the newest data shape, got {other:?}"),
    }
    mock.assert_async().await;
}

#[tokio::test]
async fn list_call_history_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_call_history");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/calling/history")
            .query_param("start_date", "2025-09-25T00:00:00+05:30")
            .query_param("end_date", "2025-09-25T23:59:59+05:30")
            .query_param("limit", "10")
            .query_param("offset", "0")
            .query_param("agent_id", AGENT_ID)
            .query_param("status", "completed")
            .query_param("bulk_list_id", BULK_LIST_ID)
    })
    .await;
    let decoded = client(&server)
        .list_call_history()
        .start_date("2025-09-25T00:00:00+05:30")
        .end_date("2025-09-25T23:59:59+05:30")
        .limit(10)
        .offset(0)
        .agent_id(AGENT_ID)
        .status(types::CallStatus::Completed)
        .bulk_list_id(BULK_LIST_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert!(matches!(
        decoded.total,
        Some(types::CallHistoryTotal::Integer(1))
    ));
    assert!(matches!(
        decoded.calls[0].transcript,
        Some(types::Transcript::String(_))
    ));
    mock.assert_async().await;
}

#[tokio::test]
async fn download_call_history_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("download_call_history");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/calling/history/download")
            .query_param("start_date", "2025-09-01T00:00:00+05:30")
            .query_param("end_date", "2025-09-30T23:59:59+05:30")
            .query_param("agent_id", AGENT_ID)
            .query_param("agent_id", "agent-123-456")
            .query_param_count("agent_id", ".*", 2)
            .query_param("status", "failed")
            .query_param("include_analysis", "true")
            .query_param("call_type", "webcall")
            .query_param("bulk_list_id", BULK_LIST_ID)
            .query_param("voicemail", "false")
            .query_param("from_number", "+1987654321")
            .query_param("to_number", "+919876543210")
            .query_param("call_id", CALL_ID)
            .query_param("limit", "100")
            .query_param("offset", "200")
    })
    .await;
    let decoded = client(&server)
        .download_call_history()
        .start_date("2025-09-01T00:00:00+05:30")
        .end_date("2025-09-30T23:59:59+05:30")
        .agent_id(vec![AGENT_ID.to_string(), "agent-123-456".to_string()])
        .status("failed")
        .include_analysis(true)
        .call_type(types::CallDirection::Webcall)
        .bulk_list_id(BULK_LIST_ID)
        .voicemail(false)
        .from_number("+1987654321")
        .to_number("+919876543210")
        .call_id(CALL_ID)
        .limit(100)
        .offset(200)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn download_call_history_csv_answer_is_a_decode_error_that_keeps_the_bytes() {
    let server = MockServer::start_async().await;
    let csv = "id,to_number,status\n4c1f,+919876543210,completed\n";
    let mock = server
        .mock_async(|when, then| {
            expect(when, POST, "/calling/history/download");
            then.status(200)
                .header("content-type", "text/csv")
                .body(csv);
        })
        .await;
    let err = client(&server)
        .download_call_history()
        .send()
        .await
        .unwrap_err();
    match err {
        Error::Decode(e) => assert_eq!(&e.body[..], csv.as_bytes()),
        other => panic!("expected a decode error, got {other:?}"),
    }
    mock.assert_async().await;
}

#[tokio::test]
async fn get_call_details_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_call_details");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/calling/call-details")
            .query_param("id", CALL_ID)
            .query_param("send_analysis", "true")
    })
    .await;
    let decoded = client(&server)
        .get_call_details()
        .id(CALL_ID)
        .send_analysis(true)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    let data = decoded.data.unwrap();
    assert!(matches!(
        data.transcription_url,
        Some(types::Transcript::Array(_))
    ));
    assert!(data.platform_analysis.is_some());
    mock.assert_async().await;
}

#[tokio::test]
async fn get_call_details_without_the_required_id_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = mock_ok(&server, &example("get_call_details"), |w| w.any_request()).await;
    let err = client(&server).get_call_details().send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    mock.assert_calls_async(0).await;
}

#[tokio::test]
async fn delete_contact_list_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("delete_contact_list");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, DELETE, &format!("/calling/contact/{LIST_ID}"))
    })
    .await;
    let decoded = client(&server)
        .delete_contact_list()
        .list_id(LIST_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

// ------------------------------------------------------------------------------- campaigns

const CSV: &str = "Mobile Number,Name,Company\n+919876543210,John Doe,XYZ Corp\n";
const VARIABLES_MAP: &str = r#"{"callee_name":"Name","company_name":"Company"}"#;
const CALL_CONFIG: &str = r#"{"idle_timeout_warning":10,"max_call_length":300}"#;

/// Matches a text part `name` holding `value`.
fn text_part(when: When, name: &str, value: &str) -> When {
    when.body_includes(format!(
        "Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
    ))
}

fn multipart(when: When) -> When {
    when.header_exists("content-type")
        .header_includes("content-type", "multipart/form-data; boundary=")
}

#[tokio::test]
async fn upload_campaign_contact_list_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("upload_campaign_contact_list");
    let mock = mock_ok(&server, &example, |w| {
        let w = multipart(expect(w, POST, "/campaign/save"))
            .body_includes("name=\"file\"; filename=\"contacts.csv\"\r\nContent-Type: text/csv")
            .body_includes(CSV);
        let w = text_part(w, "variables_map", VARIABLES_MAP);
        let w = text_part(w, "agent_id", AGENT_ID);
        let w = text_part(w, "call_config", CALL_CONFIG);
        let w = text_part(w, "country_code", "+91");
        let w = text_part(w, "campaign_start_time", "18/10/2025, 09:00");
        let w = text_part(w, "campaign_end_time", "18/10/2025, 21:05");
        let w = text_part(w, "campaign_name", "Q1 Sales Campaign");
        let w = text_part(w, "remove_invalid_rows", "true");
        text_part(w, "transliterate_callee_name", "false")
    })
    .await;
    let decoded = client(&server)
        .upload_campaign_contact_list()
        .file(FilePart::csv("contacts.csv", CSV))
        .variables_map(VARIABLES_MAP)
        .agent_id(AGENT_ID)
        .call_config(CALL_CONFIG)
        .country_code("+91")
        .campaign_start_time("18/10/2025, 09:00")
        .campaign_end_time("18/10/2025, 21:05")
        .campaign_name("Q1 Sales Campaign")
        .remove_invalid_rows(true)
        .transliterate_callee_name(false)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.list_id.as_deref(), Some(LIST_ID));
    mock.assert_async().await;
}

#[tokio::test]
#[allow(deprecated)] // the vendor deprecated it; the client still covers it
async fn start_campaign_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("start_campaign");
    let body = body_example("start_campaign");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/campaign/start").json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .start_campaign()
        .body(serde_json::from_value::<types::StartCampaignRequest>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn start_campaign_v2_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("start_campaign_v2");
    let body = body_example("start_campaign_v2");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/campaign/v2/start").json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .start_campaign_v2()
        .body(serde_json::from_value::<types::StartCampaignV2Request>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.has_ongoing_calls, Some(false));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_campaigns_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_campaigns");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, "/campaign/all")
            .query_param("call_count", "true")
            .query_param("limit", "25")
            .query_param("offset", "50")
    })
    .await;
    let decoded = client(&server)
        .list_campaigns()
        .call_count(true)
        .limit(25)
        .offset(50)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(
        decoded.campaigns[0].campaign_status,
        Some(types::CampaignStatus::Scheduled)
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn upload_large_campaign_csv_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("upload_large_campaign_csv");
    let variables = r#"{"mobile_number":"Mobile Number","callee_name":"Name"}"#;
    let mock = mock_ok(&server, &example, |w| {
        let w = multipart(expect(w, POST, "/campaign/upload-csv"))
            .body_includes("name=\"file\"; filename=\"big.csv\"")
            .body_includes(CSV);
        let w = text_part(w, "agent_id", AGENT_ID);
        let w = text_part(w, "campaign_name", "Diwali Offers");
        let w = text_part(w, "country_code", "+91");
        let w = text_part(w, "variables_map", variables);
        let w = text_part(w, "campaign_start_time", "18/10/2025, 09:00");
        let w = text_part(w, "campaign_end_time", "18/10/2025, 21:05");
        text_part(w, "call_config", CALL_CONFIG).body_excludes("remove_invalid_rows")
    })
    .await;
    let decoded = client(&server)
        .upload_large_campaign_csv()
        .file(FilePart::csv("big.csv", CSV))
        .agent_id(AGENT_ID)
        .campaign_name("Diwali Offers")
        .country_code("+91")
        .variables_map(variables)
        .campaign_start_time("18/10/2025, 09:00")
        .campaign_end_time("18/10/2025, 21:05")
        .call_config(CALL_CONFIG)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.status, Some(types::LargeUploadStatus::Verifying));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_large_campaign_upload_status_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_large_campaign_upload_status");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, &format!("/campaign/upload-status/{BULK_LIST_ID}"))
    })
    .await;
    let decoded = client(&server)
        .get_large_campaign_upload_status()
        .bulk_list_id(BULK_LIST_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn check_large_campaign_balance_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("check_large_campaign_balance");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, &format!("/campaign/check-balance/{BULK_LIST_ID}"))
    })
    .await;
    let decoded = client(&server)
        .check_large_campaign_balance()
        .bulk_list_id(BULK_LIST_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.sufficient_balance, Some(true));
    mock.assert_async().await;
}

#[tokio::test]
async fn start_large_campaign_calls_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("start_large_campaign_calls");
    let body = body_example("start_large_campaign_calls");
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, POST, "/campaign/make-call-async").json_body(wire)
    })
    .await;
    let decoded = client(&server)
        .start_large_campaign_calls()
        .body(serde_json::from_value::<types::StartLargeCampaignCallsRequest>(body).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(decoded.status, Some(types::CampaignStatus::Scheduled));
    mock.assert_async().await;
}

#[tokio::test]
async fn large_campaign_upload_status_and_balance_accept_both_documented_shapes() {
    let server = MockServer::start_async().await;
    let schema_shape = json!({
        "bulk_list_id": BULK_LIST_ID,
        "status": "ready",
        "campaign_name": "Diwali Offers",
        "total_callees": 12000,
        "invalidated_rows_count": 0,
        "invalidated_rows_csv_url": "https://files.ringg.ai/invalid.csv"
    });
    let balance_schema_shape = json!({
        "status": "draft",
        "bulk_list_id": BULK_LIST_ID,
        "message": "Balance is sufficient"
    });
    mock_ok(&server, &schema_shape, |w| {
        expect(w, GET, &format!("/campaign/upload-status/{BULK_LIST_ID}"))
    })
    .await;
    mock_ok(&server, &balance_schema_shape, |w| {
        expect(w, POST, &format!("/campaign/check-balance/{BULK_LIST_ID}"))
    })
    .await;
    let client = client(&server);
    let status = client
        .get_large_campaign_upload_status()
        .bulk_list_id(BULK_LIST_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&schema_shape, &to_json(&status));
    assert_eq!(status.status, Some(types::LargeUploadStatus::Ready));
    let balance = client
        .check_large_campaign_balance()
        .bulk_list_id(BULK_LIST_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&balance_schema_shape, &to_json(&balance));
}

// ------------------------------------------------------------------------------- termination

async fn terminate_case(op: &str, path: &str) {
    let server = MockServer::start_async().await;
    let example = example(op);
    let body = body_example(op);
    let wire = body.clone();
    let mock = mock_ok(&server, &example, |w| {
        expect(w, PATCH, path).json_body(wire)
    })
    .await;
    let client = client(&server);
    let decoded = match op {
        "terminate_calls" => {
            client
                .terminate_calls()
                .body(serde_json::from_value::<types::TerminateCallsRequest>(body).unwrap())
                .send()
                .await
        }
        "terminate_calls_by_agent" => {
            client
                .terminate_calls_by_agent()
                .body(serde_json::from_value::<types::TerminateByAgentRequest>(body).unwrap())
                .send()
                .await
        }
        "terminate_calls_by_ids" => {
            client
                .terminate_calls_by_ids()
                .body(serde_json::from_value::<types::TerminateByCallIdsRequest>(body).unwrap())
                .send()
                .await
        }
        "terminate_campaign_numbers" => {
            client
                .terminate_campaign_numbers()
                .body(
                    serde_json::from_value::<types::TerminateCampaignNumbersRequest>(body).unwrap(),
                )
                .send()
                .await
        }
        "terminate_calls_by_numbers" => {
            client
                .terminate_calls_by_numbers()
                .body(serde_json::from_value::<types::TerminateByNumbersRequest>(body).unwrap())
                .send()
                .await
        }
        other => panic!("not a terminate operation: {other}"),
    }
    .unwrap()
    .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(
        decoded.message.as_deref(),
        Some("Calls terminated successfully!")
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn terminate_calls_request_and_example() {
    terminate_case("terminate_calls", "/campaign/terminate").await;
}

#[tokio::test]
async fn terminate_calls_by_agent_request_and_example() {
    terminate_case("terminate_calls_by_agent", "/campaign/terminate/agent").await;
}

#[tokio::test]
async fn terminate_calls_by_ids_request_and_example() {
    terminate_case("terminate_calls_by_ids", "/campaign/terminate/calls").await;
}

#[tokio::test]
async fn terminate_campaign_numbers_request_and_example() {
    terminate_case(
        "terminate_campaign_numbers",
        "/campaign/terminate/campaign-numbers",
    )
    .await;
}

#[tokio::test]
async fn terminate_calls_by_numbers_request_and_example() {
    terminate_case("terminate_calls_by_numbers", "/campaign/terminate/numbers").await;
}

#[tokio::test]
async fn terminate_calls_no_terminable_calls_is_a_validation_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            expect(when, PATCH, "/campaign/terminate");
            reply(
                then,
                400,
                &json!({"message": "No terminable calls found for the specified parameters"}),
            );
        })
        .await;
    let err = client(&server)
        .terminate_calls()
        .body(types::TerminateCallsRequest::builder().agent_id(Some(AGENT_ID.to_string())))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert_eq!(err.status(), Some(400));
    assert_eq!(
        err.message(),
        "No terminable calls found for the specified parameters"
    );
}

// ------------------------------------------------------------------------------- knowledge bases

#[tokio::test]
async fn create_knowledge_base_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("create_knowledge_base");
    let urls = r#"["https://example.com/docs"]"#;
    let faqs = r#"[{"question":"What are your hours?","answer":"9 to 5"}]"#;
    let mock = mock_ok(&server, &example, |w| {
        let w = multipart(expect(w, POST, "/external/kb"))
            .body_includes("name=\"files\"; filename=\"pricing.txt\"\r\nContent-Type: text/plain")
            .body_includes("Pricing: 1 credit per minute")
            .body_includes("name=\"files\"; filename=\"faq.pdf\"\r\nContent-Type: application/pdf")
            .body_includes("%PDF-1.4 fake")
            .body_excludes("files[]");
        let w = text_part(w, "kb_name", "Product Documentation");
        let w = text_part(w, "urls", urls);
        text_part(w, "faqs", faqs)
    })
    .await;
    let decoded = client(&server)
        .create_knowledge_base()
        .kb_name("Product Documentation")
        .files(vec![
            FilePart::from_bytes("pricing.txt", "Pricing: 1 credit per minute"),
            FilePart::from_bytes("faq.pdf", "%PDF-1.4 fake"),
        ])
        .urls(urls)
        .faqs(faqs)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert_eq!(
        decoded.processing_status,
        Some(types::KnowledgeBaseStatus::Pending)
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn edit_knowledge_base_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("edit_knowledge_base");
    let mock = mock_ok(&server, &example, |w| {
        let w = multipart(expect(w, PATCH, "/external/kb"))
            .body_includes("name=\"new_files\"; filename=\"pricing.pdf\"")
            .body_includes("%PDF-1.4 new");
        let w = text_part(w, "kb_id", KB_ID);
        let w = text_part(w, "files_to_remove", r#"["8e9f0a1b"]"#);
        let w = text_part(w, "urls_to_remove", r#"["https://example.com/old"]"#);
        let w = text_part(w, "faqs_to_remove", r#"["0a1b2c3d"]"#);
        let w = text_part(w, "new_urls", r#"["https://example.com/new"]"#);
        let w = text_part(w, "new_faqs", r#"[{"question":"Q","answer":"A"}]"#);
        text_part(
            w,
            "new_files_metadata",
            r#"{"pricing.pdf":{"category":"pricing"}}"#,
        )
    })
    .await;
    let decoded = client(&server)
        .edit_knowledge_base()
        .kb_id(KB_ID)
        .files_to_remove(r#"["8e9f0a1b"]"#)
        .urls_to_remove(r#"["https://example.com/old"]"#)
        .faqs_to_remove(r#"["0a1b2c3d"]"#)
        .new_urls(r#"["https://example.com/new"]"#)
        .new_faqs(r#"[{"question":"Q","answer":"A"}]"#)
        .new_files_metadata(r#"{"pricing.pdf":{"category":"pricing"}}"#)
        .new_files([FilePart::from_bytes("pricing.pdf", "%PDF-1.4 new")])
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_knowledge_bases_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("list_knowledge_bases");
    let mock = mock_ok(&server, &example, |w| expect(w, GET, "/external/kb/all")).await;
    let decoded = client(&server)
        .list_knowledge_bases()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    assert!(matches!(
        decoded,
        types::ListKnowledgeBasesResponse::Array(ref items) if items.len() == 1
    ));
    mock.assert_async().await;
}

#[tokio::test]
async fn list_knowledge_bases_accepts_the_items_wrapper() {
    let server = MockServer::start_async().await;
    let wrapped = json!({"items": example("list_knowledge_bases")});
    mock_ok(&server, &wrapped, |w| expect(w, GET, "/external/kb/all")).await;
    let decoded = client(&server)
        .list_knowledge_bases()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&wrapped, &to_json(&decoded));
    match decoded {
        types::ListKnowledgeBasesResponse::KnowledgeBaseItems(w) => {
            assert_eq!(w.items[0].kb_id, KB_ID);
            assert_eq!(w.items[0].type_.as_deref(), Some("non_deterministic"));
        }
        other => panic!("expected the wrapped shape, got {other:?}"),
    }
}

#[tokio::test]
async fn get_knowledge_base_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_knowledge_base");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, GET, &format!("/external/kb/{KB_ID}"))
    })
    .await;
    let decoded = client(&server)
        .get_knowledge_base()
        .kb_id(KB_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    match decoded {
        types::GetKnowledgeBaseResponse::KnowledgeBase(kb) => {
            assert_eq!(kb.status, Some(types::KnowledgeBaseStatus::Completed));
            assert_eq!(kb.files[0].file_size, Some(204800));
        }
        other => panic!("expected the bare shape, got {other:?}"),
    }
    mock.assert_async().await;
}

#[tokio::test]
async fn get_knowledge_base_accepts_a_data_envelope() {
    let server = MockServer::start_async().await;
    let wrapped = json!({"data": example("get_knowledge_base")});
    mock_ok(&server, &wrapped, |w| {
        expect(w, GET, &format!("/external/kb/{KB_ID}"))
    })
    .await;
    let decoded = client(&server)
        .get_knowledge_base()
        .kb_id(KB_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&wrapped, &to_json(&decoded));
    assert!(matches!(
        decoded,
        types::GetKnowledgeBaseResponse::WrappedKnowledgeBase(_)
    ));
}

#[tokio::test]
async fn delete_knowledge_base_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("delete_knowledge_base");
    let mock = mock_ok(&server, &example, |w| {
        expect(w, DELETE, &format!("/external/kb/{KB_ID}"))
    })
    .await;
    let decoded = client(&server)
        .delete_knowledge_base()
        .kb_id(KB_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

// ------------------------------------------------------------------------------- analytics

fn analytics_query(when: When) -> When {
    when.query_param("start_date", "2025-09-01")
        .query_param("end_date", "2025-09-30")
        .query_param("agent_id", AGENT_ID)
        .query_param("bulk_list_id", BULK_LIST_ID)
        .query_param("voicemail", "false")
}

#[tokio::test]
async fn get_platform_analytics_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_platform_analytics");
    let mock = mock_ok(&server, &example, |w| {
        analytics_query(expect(w, GET, "/analytics/platform-analytics"))
    })
    .await;
    let decoded = client(&server)
        .get_platform_analytics()
        .start_date("2025-09-01")
        .end_date("2025-09-30")
        .agent_id(AGENT_ID)
        .bulk_list_id(BULK_LIST_ID)
        .voicemail(false)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_number_analytics_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_number_analytics");
    let mock = mock_ok(&server, &example, |w| {
        analytics_query(expect(w, GET, "/analytics/number-analytics"))
    })
    .await;
    let decoded = client(&server)
        .get_number_analytics()
        .start_date("2025-09-01")
        .end_date("2025-09-30")
        .agent_id(AGENT_ID)
        .bulk_list_id(BULK_LIST_ID)
        .voicemail(false)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_classification_analytics_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_classification_analytics");
    let mock = mock_ok(&server, &example, |w| {
        analytics_query(expect(w, GET, "/analytics/classification-analytics"))
    })
    .await;
    let decoded = client(&server)
        .get_classification_analytics()
        .start_date("2025-09-01")
        .end_date("2025-09-30")
        .agent_id(AGENT_ID)
        .bulk_list_id(BULK_LIST_ID)
        .voicemail(false)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_duration_distribution_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_duration_distribution");
    let mock = mock_ok(&server, &example, |w| {
        analytics_query(expect(w, GET, "/analytics/duration-distribution"))
    })
    .await;
    let decoded = client(&server)
        .get_duration_distribution()
        .start_date("2025-09-01")
        .end_date("2025-09-30")
        .agent_id(AGENT_ID)
        .bulk_list_id(BULK_LIST_ID)
        .voicemail(false)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_drill_down_analytics_request_and_example() {
    let server = MockServer::start_async().await;
    let example = example("get_drill_down_analytics");
    let mock = mock_ok(&server, &example, |w| {
        analytics_query(expect(w, GET, "/analytics/drill-down-analytics"))
    })
    .await;
    let decoded = client(&server)
        .get_drill_down_analytics()
        .start_date("2025-09-01")
        .end_date("2025-09-30")
        .agent_id(AGENT_ID)
        .bulk_list_id(BULK_LIST_ID)
        .voicemail(false)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example, &to_json(&decoded));
    mock.assert_async().await;
}

#[tokio::test]
async fn get_drill_down_analytics_requires_bulk_list_id_before_sending() {
    let server = MockServer::start_async().await;
    let mock = mock_ok(&server, &example("get_drill_down_analytics"), |w| {
        w.any_request()
    })
    .await;
    let err = client(&server)
        .get_drill_down_analytics()
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    mock.assert_calls_async(0).await;
}

// ------------------------------------------------------------------------------- open decoding

#[tokio::test]
async fn unknown_fields_at_every_level_decode() {
    let server = MockServer::start_async().await;
    let mut workspace = example("get_workspace");
    workspace["brand_new_field"] = json!(1);
    workspace["workspace_info"]["brand_new_field"] = json!({"nested": [1, 2]});
    let mut history = example("list_call_history");
    history["brand_new_field"] = json!(1);
    history["calls"][0]["brand_new_field"] = json!(1);
    history["calls"][0]["agent"]["brand_new_field"] = json!(1);
    history["calls"][0]["agent"]["version"]["brand_new_field"] = json!("x");
    let mut details = example("get_call_details");
    details["brand_new_field"] = json!(1);
    details["data"]["brand_new_field"] = json!(true);
    mock_ok(&server, &workspace, |w| expect(w, GET, "/workspace")).await;
    mock_ok(&server, &history, |w| expect(w, GET, "/calling/history")).await;
    mock_ok(&server, &details, |w| {
        expect(w, GET, "/calling/call-details")
    })
    .await;
    let client = client(&server);
    let ws = client.get_workspace().send().await.unwrap().into_inner();
    assert_kept(&example("get_workspace"), &to_json(&ws));
    let calls = client
        .list_call_history()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example("list_call_history"), &to_json(&calls));
    let call = client
        .get_call_details()
        .id(CALL_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_kept(&example("get_call_details"), &to_json(&call));
}

#[tokio::test]
async fn unknown_call_status_decodes_into_unknown_and_round_trips() {
    let server = MockServer::start_async().await;
    let mut history = example("list_call_history");
    history["calls"][0]["status"] = json!("voicemail_left");
    history["calls"][0]["call_type"] = json!("whatsapp");
    let mut details = example("get_call_details");
    details["data"]["call_status"] = json!("voicemail_left");
    mock_ok(&server, &history, |w| expect(w, GET, "/calling/history")).await;
    mock_ok(&server, &details, |w| {
        expect(w, GET, "/calling/call-details")
    })
    .await;
    let client = client(&server);

    let calls = client
        .list_call_history()
        .send()
        .await
        .unwrap()
        .into_inner();
    let status = calls.calls[0].status.clone().unwrap();
    assert_eq!(status, types::CallStatus::Unknown("voicemail_left".into()));
    assert!(status.is_unknown());
    assert_eq!(status.as_str(), "voicemail_left");
    assert_eq!(
        calls.calls[0].call_type,
        Some(types::CallDirection::Unknown("whatsapp".into()))
    );
    assert_kept(&history, &to_json(&calls));
    assert_eq!(to_json(&status), json!("voicemail_left"));

    let call = client
        .get_call_details()
        .id(CALL_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    let status = call.data.as_ref().unwrap().call_status.clone().unwrap();
    assert_eq!(status, types::CallStatus::Unknown("voicemail_left".into()));
    assert_kept(&details, &to_json(&call));
    // A documented value is still its own variant, and an unknown one is sent back unchanged.
    assert_eq!(
        types::CallStatus::from("forwarded"),
        types::CallStatus::Forwarded
    );
    let back: types::CallStatus = serde_json::from_value(to_json(&status)).unwrap();
    assert_eq!(back, status);
}

#[tokio::test]
async fn history_total_is_an_integer_or_a_string_and_transcripts_are_strings_or_lists() {
    let server = MockServer::start_async().await;
    let mut many = example("list_call_history");
    many["total"] = json!("many");
    many["calls"][0]["transcript"] =
        json!([{"bot": "Hello"}, {"user": "Hi", "message_id": "m1", "timestamp": 1.5}]);
    let mut exact = example("list_call_history");
    exact["total"] = json!(42);
    let mut details = example("get_call_details");
    details["data"]["transcription_url"] =
        json!(r#"[{"bot": "Hello", "message_id": "m0", "timestamp": "2025-11-24T11:37:43Z"}]"#);
    mock_ok(&server, &many, |w| {
        expect(w, GET, "/calling/history").query_param("offset", "0")
    })
    .await;
    mock_ok(&server, &exact, |w| {
        expect(w, GET, "/calling/history").query_param("offset", "10")
    })
    .await;
    mock_ok(&server, &details, |w| {
        expect(w, GET, "/calling/call-details")
    })
    .await;
    let client = client(&server);

    let page = client
        .list_call_history()
        .offset(0)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(matches!(page.total, Some(types::CallHistoryTotal::String(ref s)) if s == "many"));
    match &page.calls[0].transcript {
        Some(types::Transcript::Array(turns)) => {
            assert_eq!(turns.len(), 2);
            assert_eq!(turns[1]["message_id"], json!("m1"));
        }
        other => panic!("expected a list transcript, got {other:?}"),
    }
    assert_kept(&many, &to_json(&page));

    let page = client
        .list_call_history()
        .offset(10)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(matches!(
        page.total,
        Some(types::CallHistoryTotal::Integer(42))
    ));
    assert!(matches!(
        page.calls[0].transcript,
        Some(types::Transcript::String(_))
    ));
    assert_kept(&exact, &to_json(&page));

    let call = client
        .get_call_details()
        .id(CALL_ID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(matches!(
        call.data.as_ref().unwrap().transcription_url,
        Some(types::Transcript::String(_))
    ));
    assert_kept(&details, &to_json(&call));
}

// ------------------------------------------------------------------------------- errors

async fn error_for(status: u16, content_type: &str, body: &str) -> Error {
    let server = MockServer::start_async().await;
    let body = body.to_string();
    let content_type = content_type.to_string();
    let mock = server
        .mock_async(|when, then| {
            expect(when, GET, &format!("/agent/{AGENT_ID}"));
            then.status(status)
                .header("content-type", content_type)
                .body(body);
        })
        .await;
    let err = client(&server)
        .get_assistant()
        .agent_id(AGENT_ID)
        .send()
        .await
        .unwrap_err();
    // max_retries(0): exactly one request, even for 429 and 5xx.
    mock.assert_async().await;
    err
}

#[tokio::test]
async fn error_401_fastapi_detail_string() {
    let err = error_for(401, "application/json", r#"{"detail": "Invalid API key"}"#).await;
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.message(), "Invalid API key");
    assert_eq!(err.code(), None);
    let api = err.api_error().unwrap();
    assert_eq!(api.operation.as_deref(), Some("get_assistant"));
    assert_eq!(api.api.as_deref(), Some("ringg"));
}

#[tokio::test]
async fn error_404_error_object_with_code_and_request_id() {
    let err = error_for(
        404,
        "application/json",
        r#"{"error": {"code": "agent_not_found", "message": "No agent with this id", "details": {"agent_id": "x"}}, "meta": {"request_id": "req_123"}}"#,
    )
    .await;
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.message(), "No agent with this id");
    assert_eq!(err.code(), Some("agent_not_found"));
    assert_eq!(err.request_id(), Some("req_123"));
}

#[tokio::test]
async fn error_422_fastapi_validation_list() {
    let err = error_for(
        422,
        "application/json",
        r#"{"detail": [{"loc": ["query", "agent_id"], "msg": "field required", "type": "value_error.missing"}]}"#,
    )
    .await;
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert_eq!(err.status(), Some(422));
    assert_eq!(err.message(), "query.agent_id: field required");
    assert_eq!(err.code(), None);
}

#[tokio::test]
async fn error_429_plain_message() {
    let err = error_for(
        429,
        "application/json",
        r#"{"message": "Too many requests"}"#,
    )
    .await;
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    assert_eq!(err.status(), Some(429));
    assert_eq!(err.message(), "Too many requests");
    assert_eq!(err.code(), None);
    assert!(err.is_retryable());
}

#[tokio::test]
async fn error_429_keeps_the_wait_and_request_id_the_body_gives() {
    let err = error_for(
        429,
        "application/json",
        r#"{"detail": "Slow down", "retry_after": 7, "request_id": "req_429"}"#,
    )
    .await;
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    assert_eq!(err.message(), "Slow down");
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(7)));
    assert_eq!(err.request_id(), Some("req_429"));
}

#[tokio::test]
async fn error_500_non_json_body() {
    let err = error_for(500, "text/html", "<html>upstream exploded</html>").await;
    assert!(matches!(err, Error::Server(_)), "{err:?}");
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.message(), "<html>upstream exploded</html>");
    assert_eq!(err.code(), None);
}

#[tokio::test]
async fn error_detail_object_and_string_error_member() {
    let err = error_for(
        400,
        "application/json",
        r#"{"detail": {"code": "kb_already_attached", "message": "Knowledge Base already attached"}}"#,
    )
    .await;
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert_eq!(err.code(), Some("kb_already_attached"));
    assert_eq!(err.message(), "Knowledge Base already attached");

    let err = error_for(
        409,
        "application/json",
        r#"{"error": "Inbound number pool conflict", "code": 409}"#,
    )
    .await;
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    assert_eq!(err.message(), "Inbound number pool conflict");
}

#[tokio::test]
#[allow(deprecated)] // the vendor deprecated it; the client still covers it
async fn error_402_insufficient_credits_on_campaign_start() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            expect(when, POST, "/campaign/start");
            reply(then, 402, &json!({"detail": "Insufficient credits"}));
        })
        .await;
    let err = client(&server)
        .start_campaign()
        .body(
            serde_json::from_value::<types::StartCampaignRequest>(body_example("start_campaign"))
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InsufficientCredits(_)), "{err:?}");
    assert_eq!(err.status(), Some(402));
    assert_eq!(err.message(), "Insufficient credits");
}

// ------------------------------------------------------------------------------- multipart checks

#[tokio::test]
async fn multipart_missing_a_required_part_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = mock_ok(&server, &example("create_knowledge_base"), |w| {
        w.any_request()
    })
    .await;
    let client = client(&server);

    let err = client
        .create_knowledge_base()
        .urls(r#"["https://example.com/docs"]"#)
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::InvalidInput(message) => assert!(message.contains("kb_name"), "{message}"),
        other => panic!("expected invalid input, got {other:?}"),
    }

    let err = client
        .upload_campaign_contact_list()
        .agent_id(AGENT_ID)
        .campaign_name("no file")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");

    let err = client
        .edit_knowledge_base()
        .new_urls(r#"["https://example.com"]"#)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput(ref m) if m.contains("kb_id")),
        "{err:?}"
    );
    mock.assert_calls_async(0).await;
}

// ------------------------------------------------------------------------------- webhooks

fn schema_example(name: &str) -> Value {
    let spec = voiceai_tests::spec("ringg");
    spec["components"]["schemas"][name]["example"].clone()
}

#[test]
fn webhook_events_decode_by_event_type() {
    let cases = [
        ("CallStartedEvent", "call_started"),
        ("CallRingingEvent", "call_ringing"),
        ("CallOngoingEvent", "call_ongoing"),
        ("CallCompletedEvent", "call_completed"),
        ("RecordingCompletedEvent", "recording_completed"),
        (
            "PlatformAnalysisCompletedEvent",
            "platform_analysis_completed",
        ),
        ("ClientAnalysisCompletedEvent", "client_analysis_completed"),
        ("AllProcessingCompletedEvent", "all_processing_completed"),
    ];
    for (schema, event_type) in cases {
        let example = schema_example(schema);
        assert_eq!(example["event_type"], json!(event_type), "{schema}");
        let event: types::WebhookEvent =
            serde_json::from_value(example.clone()).unwrap_or_else(|e| panic!("{schema}: {e}"));
        let variant = match &event {
            types::WebhookEvent::CallStarted { .. } => "call_started",
            types::WebhookEvent::CallRinging { .. } => "call_ringing",
            types::WebhookEvent::CallOngoing { .. } => "call_ongoing",
            types::WebhookEvent::CallCompleted { .. } => "call_completed",
            types::WebhookEvent::RecordingCompleted { .. } => "recording_completed",
            types::WebhookEvent::PlatformAnalysisCompleted { .. } => "platform_analysis_completed",
            types::WebhookEvent::ClientAnalysisCompleted { .. } => "client_analysis_completed",
            types::WebhookEvent::AllProcessingCompleted { .. } => "all_processing_completed",
        };
        assert_eq!(variant, event_type, "{schema}");
        assert_kept(&example, &to_json(&event));
    }

    // The per-event types decode the same payloads.
    let completed: types::CallCompletedEvent =
        serde_json::from_value(schema_example("CallCompletedEvent")).unwrap();
    assert_eq!(completed.status, Some(types::CallStatus::Completed));
    assert!(matches!(
        completed.transcript,
        Some(types::Transcript::Array(_))
    ));
    let callback: types::CallStatusCallback =
        serde_json::from_value(schema_example("CallStatusCallback")).unwrap();
    assert_kept(&schema_example("CallStatusCallback"), &to_json(&callback));

    // Extra fields and a payload without the optional fields still decode.
    let minimal = json!({"event_type": "call_completed", "call_id": CALL_ID, "brand_new_field": 1});
    assert!(matches!(
        serde_json::from_value::<types::WebhookEvent>(minimal).unwrap(),
        types::WebhookEvent::CallCompleted { .. }
    ));
    // call_id is the one field every event must carry.
    assert!(
        serde_json::from_value::<types::WebhookEvent>(json!({"event_type": "call_started"}))
            .is_err()
    );
}

#[test]
fn event_subscription_event_type_is_a_string_or_a_list() {
    let documented = schema_example("EventSubscription");
    let decoded: types::EventSubscription = serde_json::from_value(documented.clone()).unwrap();
    assert_kept(&documented, &to_json(&decoded));
    assert_eq!(
        decoded.method_type,
        Some(types::EventSubscriptionMethodType::Post)
    );
    let one: types::EventSubscription = serde_json::from_value(json!({
        "event_type": "call_completed",
        "callback_url": "https://example.com/hook"
    }))
    .unwrap();
    assert!(matches!(
        one.event_type,
        types::EventSubscriptionEventType::WebhookEventType(types::WebhookEventType::CallCompleted)
    ));
    let many: types::EventSubscription = serde_json::from_value(json!({
        "event_type": ["call_started", "some_future_event"],
        "callback_url": "https://example.com/hook",
        "method_type": "POST"
    }))
    .unwrap();
    match &many.event_type {
        types::EventSubscriptionEventType::Array(list) => {
            assert_eq!(
                list[1],
                types::WebhookEventType::Unknown("some_future_event".into())
            )
        }
        other => panic!("expected a list, got {other:?}"),
    }
    assert_eq!(
        to_json(&many)["event_type"],
        json!(["call_started", "some_future_event"])
    );
}

// ------------------------------------------------------------------------------- metadata

#[test]
fn every_documented_operation_is_generated_with_its_metadata() {
    let spec_ops = voiceai_tests::operations("ringg");
    assert_eq!(spec_ops.len(), 41);
    assert_eq!(ringg::OPERATIONS.len(), 41);
    for (id, method, path) in &spec_ops {
        let meta = ringg::API
            .operation(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(&meta.method, method, "{id}");
        assert_eq!(&meta.path, path, "{id}");
        assert_eq!(meta.retry_safe, method == "GET", "{id}");
        assert!(!meta.idempotency_key, "{id}");
    }
    let op = |id: &str| ringg::API.operation(id).unwrap();
    let limits = [
        ("create_knowledge_base", 10, 3600),
        ("edit_knowledge_base", 20, 3600),
        ("get_knowledge_base", 60, 3600),
        ("list_knowledge_bases", 60, 3600),
        ("delete_knowledge_base", 10, 60),
    ];
    for (id, requests, per_seconds) in limits {
        assert_eq!(
            op(id).rate_limit,
            Some(RateLimit {
                requests,
                per_seconds
            }),
            "{id}"
        );
    }
    assert_eq!(
        ringg::OPERATIONS
            .iter()
            .filter(|o| o.rate_limit.is_some())
            .count(),
        5
    );
    let deprecated: Vec<_> = ringg::OPERATIONS
        .iter()
        .filter(|o| o.deprecated)
        .map(|o| o.id)
        .collect();
    assert_eq!(
        deprecated.len(),
        2,
        "initiate_individual_call and start_campaign: {deprecated:?}"
    );
    assert!(deprecated.contains(&"initiate_individual_call"));
    assert!(deprecated.contains(&"start_campaign"));
    let mut multipart: Vec<_> = ringg::OPERATIONS
        .iter()
        .filter(|o| o.multipart)
        .map(|o| o.id)
        .collect();
    multipart.sort_unstable();
    assert_eq!(
        multipart,
        [
            "create_knowledge_base",
            "edit_knowledge_base",
            "upload_campaign_contact_list",
            "upload_large_campaign_csv"
        ]
    );
    for id in [
        "list_workspace_users",
        "list_workspace_numbers",
        "list_assistants",
        "list_call_history",
        "download_call_history",
        "list_campaigns",
    ] {
        assert_eq!(
            op(id).pagination,
            voiceai::runtime::Pagination::Offset,
            "{id}"
        );
    }
    assert_eq!(
        ringg::API.auth,
        voiceai::runtime::AuthStyle::Header("x-api-key")
    );
    assert_eq!(
        ringg::API.default_base_url,
        "https://prod-api.ringg.ai/ca/api/v0"
    );
    assert_eq!(ringg::API.default_rate_limit, None);
}

#[test]
fn every_operation_has_examples_and_the_shared_error_schema() {
    let spec = voiceai_tests::spec("ringg");
    for (id, _, _) in voiceai_tests::operations("ringg") {
        // Panics when the example is missing.
        let _ = response_example("ringg", &id);
        let op = spec["paths"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|item| item.as_object().unwrap().values())
            .find(|op| op["operationId"] == json!(id))
            .unwrap()
            .clone();
        let responses = op["responses"].as_object().unwrap();
        let success: Vec<_> = responses.keys().filter(|c| c.starts_with('2')).collect();
        assert_eq!(success, ["200"], "{id}");
        for code in ["400", "401", "404", "429", "500"] {
            assert_eq!(
                responses[code]["$ref"],
                json!("#/components/responses/Error"),
                "{id} {code}"
            );
        }
        assert!(!responses.contains_key("default"), "{id}");
        if op["requestBody"]["content"]["application/json"].is_object() {
            let _ = body_example(&id);
        }
    }
}
