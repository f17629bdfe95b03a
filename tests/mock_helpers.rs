//! The generated typed httpmock helpers (`voiceai::ringg::mock`, `voiceai::ringyo::mock`, feature
//! `httpmock`) used the way a user would: mocks declared through `MockServerExt`, the real client
//! called against the server, decoded values and hit counts checked.

use httpmock::MockServer;
use serde_json::json;
use voiceai::runtime::multipart::FilePart;
use voiceai::{ringg, ringyo, Error};
use voiceai_tests::{RINGG_KEY, RINGYO_KEY};

fn ringg_client(server: &MockServer) -> ringg::Client {
    ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap()
}

fn ringyo_client(server: &MockServer) -> ringyo::Client {
    ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(server.base_url())
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap()
}

/// A typed value from JSON (for types with required fields and no `Default`).
fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the value fits the type")
}

#[tokio::test]
async fn ringg_operations_through_typed_mocks() {
    use ringg::mock::MockServerExt;
    use ringg::types;

    let server = MockServer::start_async().await;
    let client = ringg_client(&server);

    // No parameters; the auth header checked through the plain httpmock builder.
    let workspace = server.get_workspace(|when, then| {
        when.into_inner().header("x-api-key", RINGG_KEY);
        then.ok(&types::WorkspaceInfoResponse {
            workspace_info: Some(types::WorkspaceInfo {
                name: Some("Acme Corp".into()),
                credits: Some(3025.5),
                ..Default::default()
            }),
        });
    });
    let info = client.get_workspace().send().await.unwrap().into_inner();
    let info = info.workspace_info.unwrap();
    assert_eq!(info.name.as_deref(), Some("Acme Corp"));
    assert_eq!(info.credits, Some(3025.5));
    assert_eq!(workspace.calls_async().await, 1);

    // Typed query parameters: only the matching request is answered.
    let history = server.list_call_history(|when, then| {
        when.limit(2)
            .offset(0u64)
            .status(types::CallStatus::Completed);
        then.ok(&typed::<types::CallHistoryResponse>(json!({
            "calls": [{"id": "c1", "status": "completed"}, {"id": "c2", "status": "completed"}],
            "limit": 2, "offset": 0, "count": 2, "total": 2
        })));
    });
    let page = client
        .list_call_history()
        .limit(2)
        .offset(0)
        .status(types::CallStatus::Completed)
        .send()
        .await
        .unwrap()
        .into_inner();
    let ids: Vec<_> = page.calls.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2"]);
    assert_eq!(history.calls_async().await, 1);

    // An array query parameter matches each of its values.
    let download = server.download_call_history(|when, then| {
        when.agent_id(&vec!["agt_1".to_string(), "agt_2".to_string()]);
        then.ok(&typed::<types::DownloadCallHistoryResponse>(json!({})));
    });
    client
        .download_call_history()
        .agent_id(vec!["agt_1".to_string(), "agt_2".to_string()])
        .send()
        .await
        .unwrap();
    assert_eq!(download.calls_async().await, 1);

    // A path parameter, and a typed error body that the client turns into `NotFound`.
    let missing = server.get_assistant(|when, then| {
        when.agent_id("agt_missing");
        then.client_error(
            404,
            &types::Error {
                message: Some("Agent not found".into()),
                ..typed(json!({}))
            },
        );
    });
    let error = client
        .get_assistant()
        .agent_id("agt_missing")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::NotFound(_)), "{error}");
    assert_eq!(error.message(), "Agent not found");
    assert_eq!(missing.calls_async().await, 1);

    // Multipart: the form parts matched by name and value, the file by its name.
    let kb = server.create_knowledge_base(|when, then| {
        when.kb_name("Product docs").files("faq.txt");
        then.ok(&types::CreateKnowledgeBaseResponse {
            kb_id: Some("kb_1".into()),
            files_queued: Some(1),
            processing_status: Some(types::KnowledgeBaseStatus::Pending),
            ..Default::default()
        });
    });
    let created = client
        .create_knowledge_base()
        .kb_name("Product docs")
        .files([FilePart::from_bytes("faq.txt", "Q: hours? A: 9-5")])
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(created.kb_id.as_deref(), Some("kb_1"));
    assert_eq!(created.files_queued, Some(1));
    assert_eq!(kb.calls_async().await, 1);

    // A form part with another value does not match: httpmock answers 404.
    let other = client
        .create_knowledge_base()
        .kb_name("Other docs")
        .files([FilePart::from_bytes("faq.txt", "x")])
        .send()
        .await;
    assert!(other.is_err());
    assert_eq!(kb.calls_async().await, 1);

    // The campaign CSV upload, with several text parts.
    let upload = server.upload_campaign_contact_list(|when, then| {
        when.agent_id("agt_1")
            .campaign_name("Spring")
            .file("contacts.csv");
        then.ok(&types::UploadCampaignContactListResponse {
            list_id: Some("list_1".into()),
            total_rows: Some(1),
            ..Default::default()
        });
    });
    let saved = client
        .upload_campaign_contact_list()
        .file(FilePart::csv(
            "contacts.csv",
            "mobile_number\n+14155550100\n",
        ))
        .agent_id("agt_1")
        .campaign_name("Spring")
        .variables_map("{}")
        .call_config("{}")
        .country_code("+1")
        .campaign_start_time("01/01/2026, 09:00")
        .campaign_end_time("01/01/2026, 18:00")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(saved.list_id.as_deref(), Some("list_1"));
    upload.assert_async().await;
}

#[tokio::test]
async fn ringyo_operations_through_typed_mocks() {
    use ringyo::mock::MockServerExt;
    use ringyo::types;

    let server = MockServer::start_async().await;
    let client = ringyo_client(&server);

    // A JSON body matched as a typed value; the documented 201 answered.
    let request: types::CreateCallRequest = typed(json!({
        "agent_id": "agent_abc123",
        "phone_number": "+14155550100",
        "record": true
    }));
    let call = server.create_call(|when, then| {
        when.body(&request)
            .into_inner()
            .header("authorization", format!("Bearer {RINGYO_KEY}"))
            .header_exists("idempotency-key");
        then.created(&typed(json!({
            "id": "call_1",
            "agent_id": "agent_abc123",
            "status": "queued"
        })));
    });
    let created = client
        .create_call()
        .body(request.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    let created = created.into_inner();
    assert_eq!(created.id, "call_1");
    assert_eq!(created.status, Some(types::CallStatus::Queued));
    assert_eq!(call.calls_async().await, 1);

    // Query parameters, a list body.
    let agents = server.list_agents(|when, then| {
        when.limit(std::num::NonZeroU64::new(2).unwrap())
            .status(types::AgentStatus::Active);
        then.ok(&types::AgentList {
            data: vec![
                typed(json!({"id": "agent_1", "name": "Sales"})),
                typed(json!({"id": "agent_2", "name": "Support"})),
            ],
            has_more: Some(false),
            meta: None,
            next_cursor: None,
            pagination: None,
            total: Some(2),
        });
    });
    let list = client
        .list_agents()
        .limit(std::num::NonZeroU64::new(2).unwrap())
        .status(types::AgentStatus::Active)
        .send()
        .await
        .unwrap()
        .into_inner();
    let names: Vec<_> = list.data.iter().filter_map(|a| a.name.as_deref()).collect();
    assert_eq!(names, ["Sales", "Support"]);
    assert_eq!(agents.calls_async().await, 1);

    // A path parameter and the error envelope: a typed 404 becomes `NotFound` with its code.
    let missing = server.get_agent(|when, then| {
        when.agent_id("agent_missing");
        then.client_error(
            404,
            &typed(json!({
                "error": {"code": "agent_not_found", "message": "No agent agent_missing"},
                "meta": {"request_id": "req_42"}
            })),
        );
    });
    let error = client
        .get_agent()
        .agent_id("agent_missing")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::NotFound(_)), "{error}");
    assert_eq!(error.code(), Some("agent_not_found"));
    assert_eq!(error.request_id(), Some("req_42"));
    assert_eq!(missing.calls_async().await, 1);

    // A server error range: retried by nobody here (max_retries 0), one hit.
    let broken = server.delete_webhook(|when, then| {
        when.webhook_id("wh_1");
        then.server_error(503, &typed(json!({"message": "maintenance"})));
    });
    let error = client
        .delete_webhook()
        .webhook_id("wh_1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Server(_)), "{error}");
    assert_eq!(broken.calls_async().await, 1);
}
