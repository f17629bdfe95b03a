//! The simulated Ringg AI API end to end, through the typed client: every operation in one
//! walk, a call followed to its end with its webhooks (carrying the subscription's header) and
//! its legacy status callback, history pagination, a campaign from a CSV, the large-upload flow,
//! a knowledge base's life, analytics that reflect the calls, and the documented errors.

use std::collections::HashSet;
use std::time::Duration;

use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use voiceai::ringg::{self, types, webhooks};
use voiceai::runtime::multipart::FilePart;
use voiceai::Error;
use voiceai_simulator::{Simulator, RINGG_KEY};
use voiceai_tests::receiver::Receiver;

/// Longest wait for anything the sped-up clock does (a call lasts well under a second of real
/// time at 600x).
const WAIT: Duration = Duration::from_secs(10);
const SECRET: &str = "sim-webhook-secret-FAKE";
const CALL_CONFIG: &str = r#"{"max_call_length":300,"call_time":{"timezone":"Asia/Kolkata"}}"#;

async fn start() -> Simulator {
    Simulator::builder()
        .clock_speed(600.0)
        .start()
        .await
        .expect("simulator starts")
}

fn client_with(sim: &Simulator, key: &str) -> ringg::Client {
    ringg::Client::builder()
        .api_key(key)
        .base_url(sim.ringg_url())
        .read_env(false)
        .max_retries(0)
        .build()
        .expect("client builds")
}

fn client(sim: &Simulator) -> ringg::Client {
    client_with(sim, RINGG_KEY)
}

fn typed<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("body matches the generated type")
}

fn err<E: Into<Error>>(e: E) -> Error {
    e.into()
}

async fn voice(c: &ringg::Client) -> String {
    let voices = c.list_assistant_voices().send().await.unwrap().into_inner();
    voices.voices[0].id.clone()
}

async fn new_agent(c: &ringg::Client, name: &str) -> String {
    let voice = voice(c).await;
    c.create_agent()
        .body_map(|b| {
            b.agent_name(name)
                .agent_type(types::AgentType::Outbound)
                .primary_language(types::Language::EnIn)
                .voice_id(voice)
                .intro_message("Hi {{callee_name}}, this is Maya from City Clinic.")
                .introduction_and_objective("You are Maya, who confirms appointments.")
                .task("Confirm tomorrow's appointment.")
                .response_guidelines("Be brief.")
                .custom_variables(vec!["callee_name".to_string(), "clinic".to_string()])
        })
        .send()
        .await
        .expect("create_agent")
        .into_inner()
        .data
        .and_then(|d| d.id)
        .expect("agent id")
}

async fn call(c: &ringg::Client, agent: &str, to: &str) -> String {
    let body: types::InitiateCallV2Request = typed(json!({
        "agent_id": agent, "mobile_number": to, "name": "Asha",
        "number_pool_id": "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d",
        "custom_args_values": {"clinic": "City Clinic"}
    }));
    let answer = c
        .initiate_individual_call_v2()
        .body(body)
        .send()
        .await
        .expect("initiate_individual_call_v2")
        .into_inner();
    call_id(answer)
}

fn call_id(answer: types::CallInitiationResponse) -> String {
    match answer.data {
        Some(types::CallInitiationData::CallInitiationDetails(d)) => d.call_id,
        other => panic!("unexpected initiation data {other:?}"),
    }
}

fn terminal(status: &Option<types::CallStatus>) -> bool {
    use types::CallStatus::*;
    matches!(status, Some(Completed | Failed | Error | Cancelled))
}

/// Polls get_call_details until the call ended and, if it completed, its analysis is ready.
async fn finished(c: &ringg::Client, id: &str) -> types::CallDetails {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let details = c
            .get_call_details()
            .id(id)
            .send_analysis(true)
            .send()
            .await
            .expect("get_call_details")
            .into_inner()
            .data
            .expect("details");
        let processed = details.call_status != Some(types::CallStatus::Completed)
            || details.platform_analysis.is_some();
        if terminal(&details.call_status) && processed {
            return details;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "call {id} did not end"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// `DD/MM/YYYY` of the simulated day `days` from now.
fn campaign_day(sim: &Simulator, days: f64) -> String {
    let date = voiceai_simulator::date(sim.clock().now() + days * 86_400.0);
    let (y, rest) = date.split_at(4);
    format!("{}/{}/{y}", &rest[4..6], &rest[1..3])
}

fn csv(rows: &[(&str, &str)]) -> FilePart {
    let mut text = String::from("Name,Mobile Number,Clinic\n");
    for (name, number) in rows {
        text.push_str(&format!("\"{name}\",{number},City Clinic\n"));
    }
    FilePart::csv("contacts.csv", text)
}

const VARIABLES: &str =
    r#"{"callee_name":"Name","mobile_number":"Mobile Number","clinic":"Clinic"}"#;

async fn upload(
    c: &ringg::Client,
    agent: &str,
    rows: &[(&str, &str)],
    day: &str,
    remove_invalid: bool,
) -> Result<types::UploadCampaignContactListResponse, Error> {
    c.upload_campaign_contact_list()
        .file(csv(rows))
        .variables_map(VARIABLES)
        .agent_id(agent)
        .call_config(CALL_CONFIG)
        .country_code("+91")
        .campaign_start_time(format!("{day}, 00:00"))
        .campaign_end_time(format!("{day}, 23:00"))
        .campaign_name("Reminders")
        .remove_invalid_rows(remove_invalid)
        .send()
        .await
        .map(|r| r.into_inner())
        .map_err(err)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(deprecated)] // v1 call and campaign start: deprecated by the vendor, still served
async fn every_operation_succeeds_through_the_typed_client() {
    let sim = start().await;
    let c = client(&sim);
    let mut done = HashSet::new();
    let mut ok = |op: &str| assert!(done.insert(op.to_string()), "{op} twice");

    // Workspace.
    let ws = c.get_workspace().send().await.unwrap().into_inner();
    assert_eq!(
        ws.workspace_info
            .unwrap()
            .api_key
            .as_ref()
            .map(voiceai::Secret::expose),
        Some(RINGG_KEY)
    );
    ok("get_workspace");
    let all = c.list_user_workspaces().send().await.unwrap().into_inner();
    assert_eq!(all.workspaces.len(), 1);
    ok("list_user_workspaces");
    let users = c
        .list_workspace_users()
        .limit(2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(users.workspace_users.len(), 2);
    let user_id = users.workspace_users[1].id.clone();
    ok("list_workspace_users");
    let numbers = c
        .list_workspace_numbers()
        .send()
        .await
        .unwrap()
        .into_inner();
    let number = numbers.workspace_numbers[0].clone();
    let pool = number.number_pool_id.clone().unwrap();
    ok("list_workspace_numbers");
    let voices = c
        .list_assistant_voices()
        .language("hi-IN")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(voices
        .voices
        .iter()
        .all(|v| v.languages.contains(&"hi-IN".to_string())));
    ok("list_assistant_voices");

    // Assistants.
    let agent = new_agent(&c, "Walk agent").await;
    ok("create_agent");
    let spare = new_agent(&c, "Spare agent").await;
    let update: types::UpdateAgentRequest = typed(json!({"agent_name": "Walk agent 2"}));
    c.update_agent()
        .agent_id(&agent)
        .body(update)
        .send()
        .await
        .unwrap();
    ok("update_agent");
    c.edit_assistant()
        .body_map(|b| {
            b.agent_id(agent.clone())
                .operation(types::EditAssistantOperation::EditClassificationLabels)
                .classification_labels(std::collections::HashMap::from([(
                    "confirmed".to_string(),
                    "Appointment confirmed".to_string(),
                )]))
        })
        .send()
        .await
        .unwrap();
    ok("edit_assistant");
    let detail = c
        .get_assistant()
        .agent_id(&agent)
        .send()
        .await
        .unwrap()
        .into_inner();
    let detail = detail.agents.unwrap();
    assert_eq!(detail.agent_display_name.as_deref(), Some("Walk agent 2"));
    assert_eq!(detail.classification_labels.len(), 1);
    ok("get_assistant");
    let list = c.list_assistants().send().await.unwrap().into_inner();
    assert_eq!(list.data.unwrap().agents.len(), 2);
    ok("list_assistants");
    c.delete_assistant().agent_id(&spare).send().await.unwrap();
    ok("delete_assistant");

    // Knowledge bases.
    let kb = c
        .create_knowledge_base()
        .kb_name("Clinic facts")
        .files(vec![FilePart::from_bytes("hours.txt", "Open 9 to 5")])
        .urls(r#"["https://example.com/clinic"]"#)
        .faqs(r#"[{"question":"Parking?","answer":"Free"}]"#)
        .send()
        .await
        .unwrap()
        .into_inner();
    let kb_id = kb.kb_id.unwrap();
    ok("create_knowledge_base");
    let edited = c
        .edit_knowledge_base()
        .kb_id(&kb_id)
        .new_urls(r#"["https://example.com/prices"]"#)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(edited.items_removed, Some(0));
    ok("edit_knowledge_base");
    let kbs = c.list_knowledge_bases().send().await.unwrap().into_inner();
    assert!(matches!(kbs, types::ListKnowledgeBasesResponse::Array(ref l) if l.len() == 1));
    ok("list_knowledge_bases");
    let got = c
        .get_knowledge_base()
        .kb_id(&kb_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    let types::GetKnowledgeBaseResponse::KnowledgeBase(got) = got else {
        panic!("bare knowledge base expected")
    };
    assert_eq!(got.urls.len(), 2);
    ok("get_knowledge_base");
    c.delete_knowledge_base()
        .kb_id(&kb_id)
        .send()
        .await
        .unwrap();
    ok("delete_knowledge_base");

    // Calls.
    let v1: types::InitiateCallRequest = typed(json!({
        "agent_id": agent, "mobile_number": "+919876500001", "name": "Ravi",
        "from_number_id": number.id
    }));
    let first = call_id(
        c.initiate_individual_call()
            .body(v1)
            .send()
            .await
            .unwrap()
            .into_inner(),
    );
    ok("initiate_individual_call");
    let second = call(&c, &agent, "+919876500002").await;
    ok("initiate_individual_call_v2");
    let details = finished(&c, &first).await;
    assert_eq!(details.from_number, number.number);
    ok("get_call_details");
    finished(&c, &second).await;
    let history = c
        .list_call_history()
        .agent_id(&agent)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(history.calls.len(), 2);
    ok("list_call_history");
    let export = c
        .download_call_history()
        .include_analysis(true)
        .send()
        .await
        .unwrap();
    assert!(export.into_inner().message.unwrap().contains("2 calls"));
    ok("download_call_history");

    // Campaigns: lists scheduled two days ahead stay queued, for the terminate operations.
    let day = campaign_day(&sim, 2.0);
    let rows = [
        ("Asha", "9876500011"),
        ("Ravi", "9876500012"),
        ("Meena", "9876500013"),
        ("Kiran", "9876500014"),
        ("Dev", "9876500015"),
    ];
    let list = upload(&c, &agent, &rows, &day, false).await.unwrap();
    let list_id = list.list_id.unwrap();
    ok("upload_campaign_contact_list");
    let start: types::StartCampaignRequest = typed(json!({
        "agent_id": agent, "list_id": list_id, "from_numbers": [number.number]
    }));
    c.start_campaign().body(start).send().await.unwrap();
    ok("start_campaign");
    let other = upload(&c, &agent, &rows[..1], &day, false).await.unwrap();
    let start: types::StartCampaignV2Request = typed(json!({
        "agent_id": agent, "list_id": other.list_id, "number_pool_id": pool,
        "email_completion_user_ids": [user_id]
    }));
    c.start_campaign_v2().body(start).send().await.unwrap();
    ok("start_campaign_v2");
    let campaigns = c.list_campaigns().send().await.unwrap().into_inner();
    assert_eq!(campaigns.campaigns.len(), 2);
    assert_eq!(
        campaigns.campaigns[1].campaign_status,
        Some(types::CampaignStatus::Scheduled)
    );
    ok("list_campaigns");
    let queued = c
        .list_call_history()
        .bulk_list_id(&list_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    let ids: Vec<String> = queued.calls.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids.len(), 5);
    let by_ids: types::TerminateByCallIdsRequest = typed(json!({"call_ids": [ids[0]]}));
    c.terminate_calls_by_ids()
        .body(by_ids)
        .send()
        .await
        .unwrap();
    ok("terminate_calls_by_ids");
    let by_campaign: types::TerminateCampaignNumbersRequest =
        typed(json!({"campaign_id": list_id, "mobile_numbers": ["+919876500012"]}));
    c.terminate_campaign_numbers()
        .body(by_campaign)
        .send()
        .await
        .unwrap();
    ok("terminate_campaign_numbers");
    let by_numbers: types::TerminateByNumbersRequest =
        typed(json!({"mobile_numbers": ["+919876500013"]}));
    c.terminate_calls_by_numbers()
        .body(by_numbers)
        .send()
        .await
        .unwrap();
    ok("terminate_calls_by_numbers");
    let combined: types::TerminateCallsRequest =
        typed(json!({"campaign_id": list_id, "mobile_numbers": ["+919876500014"]}));
    c.terminate_calls().body(combined).send().await.unwrap();
    ok("terminate_calls");
    let by_agent: types::TerminateByAgentRequest = typed(json!({"agent_id": agent}));
    c.terminate_calls_by_agent()
        .body(by_agent)
        .send()
        .await
        .unwrap();
    ok("terminate_calls_by_agent");
    let cancelled = sim.inspect(|w| {
        w.ringg
            .calls()
            .iter()
            .filter(|c| c.status == types::CallStatus::Cancelled)
            .count()
    });
    assert_eq!(
        cancelled, 6,
        "five campaign calls and the v2 campaign's one"
    );
    c.delete_contact_list()
        .list_id(other.list_id.unwrap())
        .send()
        .await
        .unwrap();
    ok("delete_contact_list");

    // The large-upload flow.
    let today = campaign_day(&sim, 0.0);
    let bulk = c
        .upload_large_campaign_csv()
        .file(csv(&rows[..2]))
        .agent_id(&agent)
        .campaign_name("Large")
        .country_code("+91")
        .variables_map(VARIABLES)
        .campaign_start_time(format!("{today}, 00:00"))
        .campaign_end_time(format!("{today}, 23:00"))
        .call_config(CALL_CONFIG)
        .send()
        .await
        .unwrap()
        .into_inner();
    let bulk_id = bulk.bulk_list_id.unwrap();
    ok("upload_large_campaign_csv");
    wait_ready(&c, &bulk_id).await;
    ok("get_large_campaign_upload_status");
    let balance = c
        .check_large_campaign_balance()
        .bulk_list_id(&bulk_id)
        .send()
        .await
        .unwrap();
    assert_eq!(balance.into_inner().sufficient_balance, Some(true));
    ok("check_large_campaign_balance");
    let go: types::StartLargeCampaignCallsRequest =
        typed(json!({"bulk_list_id": bulk_id, "agent_id": agent, "number_pool_id": pool}));
    c.start_large_campaign_calls()
        .body(go)
        .send()
        .await
        .unwrap();
    ok("start_large_campaign_calls");

    // Analytics.
    let platform = c
        .get_platform_analytics()
        .agent_id(&agent)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(platform.metrics_summary["total_calls"], json!(10));
    ok("get_platform_analytics");
    c.get_number_analytics().send().await.unwrap();
    ok("get_number_analytics");
    c.get_classification_analytics().send().await.unwrap();
    ok("get_classification_analytics");
    c.get_duration_distribution().send().await.unwrap();
    ok("get_duration_distribution");
    let drill = c
        .get_drill_down_analytics()
        .bulk_list_id(&bulk_id)
        .send()
        .await
        .unwrap();
    assert_eq!(
        drill.into_inner().performance_metrics["total_calls"],
        json!(2)
    );
    ok("get_drill_down_analytics");

    // Last: rotating the key.
    let rotated = c.regenerate_api_key().send().await.unwrap().into_inner();
    ok("regenerate_api_key");
    let new_key = rotated.new_api_key;
    let e = err(c.get_workspace().send().await.unwrap_err());
    assert!(matches!(e, Error::Unauthorized(_)), "{e:?}");
    client_with(&sim, new_key.expose())
        .get_workspace()
        .send()
        .await
        .unwrap();

    let all: HashSet<String> = voiceai::ringg::OPERATIONS
        .iter()
        .map(|o| o.id.to_string())
        .collect();
    assert_eq!(done, all, "every operation was walked");
}

/// Polls the large upload until it is ready, checking it passes through the documented states.
async fn wait_ready(c: &ringg::Client, bulk_id: &str) -> Vec<types::LargeUploadStatus> {
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut seen = Vec::new();
    loop {
        let status = c
            .get_large_campaign_upload_status()
            .bulk_list_id(bulk_id)
            .send()
            .await
            .unwrap()
            .into_inner();
        let s = status.status.clone().expect("status");
        if seen.last() != Some(&s) {
            seen.push(s.clone());
        }
        if s == types::LargeUploadStatus::Ready {
            assert_eq!(status.processed_rows, status.total_rows);
            return seen;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "upload never ready: {seen:?}"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(deprecated)] // the v1 call carries the legacy per-call callback
async fn a_call_runs_to_its_end_and_its_webhooks_carry_the_configured_header() {
    let sim = start().await;
    let c = client(&sim);
    let mut hooks = Receiver::start().await.unwrap();
    let agent = new_agent(&c, "Hooks").await;
    let subscription: types::EventSubscription = typed(json!({
        "event_type": ["call_started", "call_completed", "recording_completed",
                       "platform_analysis_completed", "all_processing_completed"],
        "callback_url": hooks.url(),
        "headers": {"X-Webhook-Secret": SECRET},
        "method_type": "POST"
    }));
    c.edit_assistant()
        .body_map(|b| {
            b.agent_id(agent.clone())
                .operation(types::EditAssistantOperation::EditEventSubscriptions)
                .event_subscriptions(vec![subscription])
        })
        .send()
        .await
        .unwrap();
    let credits = sim.inspect(|w| w.ringg.credits);

    // Calls until one completes (most do; the seed decides).
    let mut completed = None;
    for i in 0..5 {
        let id = call(&c, &agent, &format!("+91987650010{i}")).await;
        let details = finished(&c, &id).await;
        let check = webhooks::HeaderCheck::new()
            .require("X-Webhook-Secret", SECRET)
            .expect("a usable secret");
        let delivery = hooks
            .wait_for_all(&["call_started", &id], WAIT)
            .await
            .expect("a webhook for the call");
        assert_eq!(delivery.headers["x-webhook-secret"], SECRET);
        assert_eq!(delivery.headers["content-type"], "application/json");
        let event = webhooks::verify_and_parse(&check, &delivery.headers, &delivery.body).unwrap();
        assert!(
            matches!(event, webhooks::Event::Known(types::WebhookEvent::CallStarted { ref call_id, .. }) if *call_id == id),
            "{event:?}"
        );
        let delivery = hooks
            .wait_for_all(&["call_completed", &id], WAIT)
            .await
            .expect("call_completed");
        let Ok(webhooks::Event::Known(types::WebhookEvent::CallCompleted {
            call_id, status, ..
        })) = webhooks::verify_and_parse(&check, &delivery.headers, &delivery.body)
        else {
            panic!("not a call_completed event")
        };
        assert_eq!(call_id, id);
        assert_eq!(status, details.call_status);
        if details.call_status == Some(types::CallStatus::Completed) {
            completed = Some((id, details));
            break;
        }
    }
    let (id, details) = completed.expect("one of five calls completed");
    let Some(types::Transcript::Array(turns)) = &details.transcription_url else {
        panic!("transcript turns expected: {details:?}")
    };
    assert!(turns[0]["bot"].as_str().unwrap().starts_with("Hi Asha"));
    assert!(details.recording_url.is_some());
    let analysis = details.platform_analysis.expect("platform analysis");
    assert!(analysis.contains_key("summary") && analysis.contains_key("sentiment"));
    // The post-processing events, in any order (each delivery is sent on its own).
    let mut waiting: HashSet<&str> = [
        "recording_completed",
        "platform_analysis_completed",
        "all_processing_completed",
    ]
    .into();
    while !waiting.is_empty() {
        let delivery = hooks
            .next(WAIT)
            .await
            .unwrap_or_else(|| panic!("{waiting:?}"));
        let body: Value = serde_json::from_slice(&delivery.body).unwrap();
        assert_eq!(body["call_id"], json!(id));
        waiting.remove(body["event_type"].as_str().unwrap());
    }
    let record = sim.inspect(|w| w.ringg.call(&id).cloned()).unwrap();
    assert!(record.cost > 0.0);
    // Pro rata for the seconds of conversation, rounded to cents.
    let talk = record.attempts[record.attempt].talk;
    assert_eq!(record.duration, (talk * 1000.0).round() / 1000.0);
    let rate = voiceai_simulator::ringg::CREDITS_PER_MINUTE;
    assert_eq!(record.cost, ((talk / 60.0) * rate * 100.0).round() / 100.0);
    assert!(
        sim.inspect(|w| w.ringg.credits) < credits,
        "the call was charged"
    );
    let (left, spent) = sim.inspect(|w| {
        let spent: f64 = w.ringg.calls().iter().map(|c| c.cost).sum();
        (w.ringg.credits, spent)
    });
    assert!(
        (credits - left - spent).abs() < 1e-9,
        "credits fell by the sum of costs: {credits} - {left} != {spent}"
    );

    // The legacy per-call callback: params as the query, the given headers.
    let v1: types::InitiateCallRequest = typed(json!({
        "agent_id": agent, "mobile_number": "+14155550199", "name": "Legacy",
        "from_number": "+14155550123",
        "callback_url": hooks.url(),
        "callback_args": {"headers": {"X-Callback": "yes"}, "params": {"source": "api"}}
    }));
    let legacy = call_id(
        c.initiate_individual_call()
            .body(v1)
            .send()
            .await
            .unwrap()
            .into_inner(),
    );
    let delivery = hooks
        .wait_for("Call Details", WAIT)
        .await
        .expect("status callback");
    assert!(
        delivery.target.ends_with("/hooks?source=api"),
        "{}",
        delivery.target
    );
    assert_eq!(delivery.headers["x-callback"], "yes");
    let body: types::CallStatusCallback = serde_json::from_slice(&delivery.body).unwrap();
    assert_eq!(body.data.unwrap().call_id.as_deref(), Some(legacy.as_str()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_history_pages_through_every_call_with_stream() {
    let sim = start().await;
    let c = client(&sim);
    let agent = new_agent(&c, "Pager").await;
    let other = new_agent(&c, "Other").await;
    let mut ids = HashSet::new();
    for i in 0..23 {
        ids.insert(call(&c, &agent, &format!("+9198765002{i:02}")).await);
    }
    call(&c, &other, "+919876500300").await;
    let page = c
        .list_call_history()
        .agent_id(&agent)
        .limit(7)
        .offset(21)
        .send()
        .await
        .unwrap();
    let page = page.into_inner();
    assert_eq!(
        (page.count, page.limit, page.offset),
        (Some(2), Some(7), Some(21))
    );
    assert!(matches!(
        page.total,
        Some(types::CallHistoryTotal::Integer(23))
    ));
    let stream = c.list_call_history().agent_id(&agent).limit(7).stream();
    let seen: Vec<String> = stream.map(|r| r.unwrap().id).collect().await;
    assert_eq!(seen.len(), 23, "no call twice, none missing");
    assert_eq!(seen.iter().cloned().collect::<HashSet<_>>(), ids);
    let all: Vec<_> = c.list_call_history().limit(5).stream().collect().await;
    assert_eq!(all.len(), 24);
    let e = err(c
        .list_call_history()
        .start_date("yesterday")
        .send()
        .await
        .unwrap_err());
    assert!(matches!(e, Error::Validation(_)), "{e:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_campaign_from_a_csv_calls_every_valid_row() {
    let sim = start().await;
    let c = client(&sim);
    let agent = new_agent(&c, "Campaigner").await;
    let day = campaign_day(&sim, 0.0);
    let rows = [
        ("Asha Rao", "98765 00401"),
        ("Ravi, K", "+14155550402"),
        ("Nobody", "12"),
        ("Meena", "09876500403"),
    ];
    let e = upload(&c, &agent, &rows, &day, false).await.unwrap_err();
    assert!(
        matches!(e, Error::Validation(_)),
        "a bad row fails the upload: {e:?}"
    );
    let list = upload(&c, &agent, &rows, &day, true).await.unwrap();
    assert_eq!(
        (list.total_rows, list.successful_rows, list.failed_rows),
        (Some(4), Some(3), Some(1))
    );
    let numbers: Vec<_> = list
        .custom_args_values
        .iter()
        .map(|a| a["mobile_number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(numbers, ["+919876500401", "+14155550402", "+919876500403"]);
    assert_eq!(list.custom_args_values[1]["callee_name"], json!("Ravi, K"));
    assert_eq!(list.custom_args_values[1]["clinic"], json!("City Clinic"));
    let list_id = list.list_id.unwrap();
    let start: types::StartCampaignV2Request = typed(json!({
        "agent_id": agent, "list_id": list_id,
        "number_pool_id": "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d"
    }));
    c.start_campaign_v2()
        .body(start.clone())
        .send()
        .await
        .unwrap();
    let again = err(c.start_campaign_v2().body(start).send().await.unwrap_err());
    assert!(matches!(again, Error::Validation(_)), "{again:?}");

    let deadline = tokio::time::Instant::now() + WAIT;
    let campaign = loop {
        let campaigns = c.list_campaigns().send().await.unwrap().into_inner();
        let campaign = campaigns.campaigns[0].clone();
        if campaign.campaign_status == Some(types::CampaignStatus::Completed) {
            break campaign;
        }
        assert!(tokio::time::Instant::now() < deadline, "{campaign:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(campaign.total_count, Some(3));
    assert_eq!(campaign.registered_count, Some(0));
    assert!(campaign
        .campaign_start_time
        .unwrap()
        .ends_with("T00:00:00+05:30"));
    let calls = c
        .list_call_history()
        .bulk_list_id(&list_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    let mut to: Vec<_> = calls
        .calls
        .iter()
        .map(|r| r.to_number.clone().unwrap())
        .collect();
    to.sort();
    assert_eq!(to, ["+14155550402", "+919876500401", "+919876500403"]);
    let completed = calls
        .calls
        .iter()
        .filter(|r| r.status == Some(types::CallStatus::Completed))
        .count() as i64;
    assert_eq!(campaign.completed_count, Some(completed));
    let unknown = err(c
        .delete_contact_list()
        .list_id("no-such-list")
        .send()
        .await
        .unwrap_err());
    assert!(matches!(unknown, Error::NotFound(_)), "{unknown:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_large_upload_goes_through_its_states_before_calls() {
    let sim = start().await;
    let c = client(&sim);
    let agent = new_agent(&c, "Bulk").await;
    let today = campaign_day(&sim, 0.0);
    let rows: Vec<(String, String)> = (0..40)
        .map(|i| (format!("Caller {i}"), format!("98765{i:05}")))
        .chain([("Broken".to_string(), "abc".to_string())])
        .collect();
    let rows: Vec<(&str, &str)> = rows.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let bulk = c
        .upload_large_campaign_csv()
        .file(csv(&rows))
        .agent_id(&agent)
        .campaign_name("Big")
        .country_code("IN")
        .variables_map(VARIABLES)
        .campaign_start_time(format!("{today}, 00:00"))
        .campaign_end_time(format!("{today}, 23:00"))
        .call_config(CALL_CONFIG)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(bulk.status, Some(types::LargeUploadStatus::Uploaded));
    assert_eq!(
        (bulk.total_callees, bulk.invalidated_rows_count),
        (Some(40), Some(1))
    );
    assert!(bulk.invalidated_rows_csv_url.is_some());
    let bulk_id = bulk.bulk_list_id.unwrap();
    let early = err(c
        .check_large_campaign_balance()
        .bulk_list_id(&bulk_id)
        .send()
        .await
        .unwrap_err());
    assert!(matches!(early, Error::Validation(_)), "{early:?}");
    let seen = wait_ready(&c, &bulk_id).await;
    assert_eq!(seen.last(), Some(&types::LargeUploadStatus::Ready));
    assert!(
        seen.contains(&types::LargeUploadStatus::Verifying),
        "{seen:?}"
    );
    let balance = c
        .check_large_campaign_balance()
        .bulk_list_id(&bulk_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(balance.required_credits, Some(80.0));
    assert_eq!(balance.sufficient_balance, Some(true));
    let both: types::StartLargeCampaignCallsRequest = typed(json!({
        "bulk_list_id": bulk_id, "agent_id": agent, "from_numbers": ["+1234567890"],
        "number_pool_id": "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d"
    }));
    let e = err(c
        .start_large_campaign_calls()
        .body(both)
        .send()
        .await
        .unwrap_err());
    assert!(
        matches!(e, Error::Validation(_)) && e.status() == Some(422),
        "{e:?}"
    );
    let go: types::StartLargeCampaignCallsRequest = typed(json!({
        "bulk_list_id": bulk_id, "agent_id": agent, "from_numbers": ["+1234567890"],
        "concurrency_percentage": 50
    }));
    let scheduled = c
        .start_large_campaign_calls()
        .body(go)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(scheduled.status, Some(types::CampaignStatus::Scheduled));
    let calls = sim.inspect(|w| {
        w.ringg
            .calls()
            .iter()
            .filter(|c| c.bulk_list_id.as_deref() == Some(bulk_id.as_str()))
            .count()
    });
    assert_eq!(calls, 40);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_knowledge_base_is_processed_edited_attached_and_deleted() {
    let sim = start().await;
    let c = client(&sim);
    let agent = new_agent(&c, "Reader").await;
    let kb = c
        .create_knowledge_base()
        .kb_name("Clinic")
        .files(vec![
            FilePart::from_bytes("hours.txt", "Open 9 to 5"),
            FilePart::from_bytes("prices.pdf", "%PDF-1.4 fake"),
        ])
        .urls(r#"["https://example.com/clinic"]"#)
        .faqs(r#"[{"question":"Parking?","answer":"Free"}]"#)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        kb.processing_status,
        Some(types::KnowledgeBaseStatus::Pending)
    );
    assert_eq!(kb.files_queued, Some(3));
    let kb_id = kb.kb_id.unwrap();
    let got = wait_kb(&c, &kb_id).await;
    assert_eq!((got.files.len(), got.urls.len(), got.faqs.len()), (2, 1, 1));
    assert_eq!(got.files[0].file_size, Some(11));
    let file_id = got.files[0].file_id.clone().unwrap();

    let edited = c
        .edit_knowledge_base()
        .kb_id(&kb_id)
        .files_to_remove(format!(r#"["{file_id}"]"#))
        .urls_to_remove(r#"["https://example.com/clinic"]"#)
        .new_files([FilePart::from_bytes("menu.docx", "new")])
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(edited.items_removed, Some(2));
    assert_eq!(edited.new_files.len(), 1);
    let got = wait_kb(&c, &kb_id).await;
    let names: Vec<_> = got
        .files
        .iter()
        .filter_map(|f| f.filename.clone())
        .collect();
    assert_eq!(names, ["prices.pdf", "menu.docx"]);
    assert!(got.urls.is_empty());

    let attach = |op: types::EditAssistantOperation| {
        c.edit_assistant()
            .body_map(|b| {
                b.agent_id(agent.clone())
                    .operation(op)
                    .kb_id(Some(kb_id.clone()))
            })
            .send()
    };
    let attached = attach(types::EditAssistantOperation::AttachKb)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(attached.kb_id.as_deref(), Some(kb_id.as_str()));
    let twice = err(attach(types::EditAssistantOperation::AttachKb)
        .await
        .unwrap_err());
    assert!(matches!(twice, Error::Validation(_)), "{twice:?}");
    let detail = c
        .get_assistant()
        .agent_id(&agent)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        detail.agents.unwrap().knowledge_base_id.as_deref(),
        Some(kb_id.as_str())
    );

    let bad = err(c
        .create_knowledge_base()
        .kb_name("Bad")
        .urls("not json")
        .send()
        .await
        .unwrap_err());
    assert!(matches!(bad, Error::Validation(_)), "{bad:?}");
    c.delete_knowledge_base()
        .kb_id(&kb_id)
        .send()
        .await
        .unwrap();
    let gone = err(c
        .get_knowledge_base()
        .kb_id(&kb_id)
        .send()
        .await
        .unwrap_err());
    assert!(matches!(gone, Error::NotFound(_)), "{gone:?}");
    let detail = c
        .get_assistant()
        .agent_id(&agent)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(detail.agents.unwrap().knowledge_base_id, None);
    let list = c.list_knowledge_bases().send().await.unwrap().into_inner();
    assert!(matches!(list, types::ListKnowledgeBasesResponse::Array(ref l) if l.is_empty()));
}

/// Polls a knowledge base until it is processed.
async fn wait_kb(c: &ringg::Client, kb_id: &str) -> types::KnowledgeBase {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        // Few polls: the documented limit is 60 an hour, which the client enforces.
        tokio::time::sleep(Duration::from_millis(60)).await;
        let got = c
            .get_knowledge_base()
            .kb_id(kb_id)
            .send()
            .await
            .unwrap()
            .into_inner();
        let types::GetKnowledgeBaseResponse::KnowledgeBase(kb) = got else {
            panic!("bare knowledge base expected")
        };
        if kb.status == Some(types::KnowledgeBaseStatus::Completed) {
            return kb;
        }
        assert!(tokio::time::Instant::now() < deadline, "{kb:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analytics_reflect_the_simulated_calls() {
    let sim = start().await;
    let c = client(&sim);
    let agent = new_agent(&c, "Counted").await;
    let mut ids = Vec::new();
    for i in 0..12 {
        ids.push(call(&c, &agent, &format!("+9198765005{i:02}")).await);
    }
    let mut completed = 0;
    for id in &ids {
        completed +=
            (finished(&c, id).await.call_status == Some(types::CallStatus::Completed)) as u64;
    }
    let failed = ids.len() as u64 - completed;
    assert!(completed > 0, "some calls completed");

    let platform = c
        .get_platform_analytics()
        .agent_id(&agent)
        .send()
        .await
        .unwrap()
        .into_inner();
    let summary = &platform.metrics_summary;
    assert_eq!(summary["total_calls"], json!(12));
    assert_eq!(summary["connected_calls"], json!(completed));
    assert_eq!(summary["failed_calls"], json!(failed));
    let rate = platform.performance_metrics["connection_rate"]
        .as_f64()
        .unwrap();
    assert!((rate - completed as f64 / 12.0).abs() < 0.001, "{rate}");

    let classes = c
        .get_classification_analytics()
        .send()
        .await
        .unwrap()
        .into_inner();
    let classified: u64 = classes
        .classification_analytics
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(classified, completed);
    let durations = c
        .get_duration_distribution()
        .send()
        .await
        .unwrap()
        .into_inner();
    let bucketed: u64 = durations
        .duration_distribution
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(bucketed, completed);
    let numbers = c.get_number_analytics().send().await.unwrap().into_inner();
    let per_number: u64 = numbers
        .number_analytics
        .iter()
        .filter_map(|n| n["total_calls"].as_u64())
        .sum();
    assert_eq!(per_number, 12);

    let today = voiceai_simulator::date(sim.clock().now());
    let dated = c
        .get_platform_analytics()
        .start_date(&today)
        .end_date(&today)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(dated.metrics_summary["total_calls"], json!(12));
    let past = c
        .get_platform_analytics()
        .end_date("2020-01-01")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(past.metrics_summary["total_calls"], json!(0));
    let bad = err(c
        .get_platform_analytics()
        .start_date("01/01/2025")
        .send()
        .await
        .unwrap_err());
    assert!(matches!(bad, Error::Validation(_)), "{bad:?}");
    let unknown = err(c
        .get_drill_down_analytics()
        .bulk_list_id("nope")
        .send()
        .await
        .unwrap_err());
    assert!(matches!(unknown, Error::NotFound(_)), "{unknown:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documented_errors() {
    let sim = start().await;
    let c = client(&sim);

    let wrong = err(client_with(&sim, "wrong-key-FAKE")
        .get_workspace()
        .send()
        .await
        .unwrap_err());
    assert!(matches!(wrong, Error::Unauthorized(_)), "{wrong:?}");

    let agent = new_agent(&c, "Errors").await;
    let bad_number: types::InitiateCallV2Request =
        typed(json!({"agent_id": agent, "mobile_number": "9876543210", "name": "Asha"}));
    let e = err(c
        .initiate_individual_call_v2()
        .body(bad_number)
        .send()
        .await
        .unwrap_err());
    assert!(
        matches!(e, Error::Validation(_)) && e.status() == Some(422),
        "{e:?}"
    );
    assert_eq!(
        sim.inspect(|w| w.ringg.calls().len()),
        0,
        "no call was created"
    );

    let unknown: types::InitiateCallV2Request = typed(
        json!({"agent_id": "no-such-agent", "mobile_number": "+919876543210", "name": "A",
            "number_pool_id": "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d"}),
    );
    let e = err(c
        .initiate_individual_call_v2()
        .body(unknown)
        .send()
        .await
        .unwrap_err());
    assert!(matches!(e, Error::NotFound(_)), "{e:?}");
    let e = err(c
        .get_call_details()
        .id("no-such-call")
        .send()
        .await
        .unwrap_err());
    assert!(matches!(e, Error::NotFound(_)), "{e:?}");
    let none: types::TerminateByAgentRequest = typed(json!({"agent_id": agent}));
    let e = err(c
        .terminate_calls_by_agent()
        .body(none)
        .send()
        .await
        .unwrap_err());
    assert!(
        matches!(e, Error::Validation(_)) && e.status() == Some(400),
        "{e:?}"
    );
    assert_eq!(
        e.message(),
        "No terminable calls found for the specified parameters"
    );

    let vars = c
        .edit_assistant()
        .body_map(|b| {
            b.agent_id(agent.clone())
                .operation(types::EditAssistantOperation::EditCustomVars)
                .custom_variables(vec!["clinic".to_string()])
        })
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err(vars), Error::PermissionDenied { .. }));

    // The rotated key: the old one stops working at once.
    let rotated = c.regenerate_api_key().send().await.unwrap().into_inner();
    let e = err(c.list_assistants().send().await.unwrap_err());
    assert!(matches!(e, Error::Unauthorized(_)), "{e:?}");
    let fresh = client_with(&sim, rotated.new_api_key.expose());
    let info = fresh.get_workspace().send().await.unwrap().into_inner();
    assert_ne!(
        info.workspace_info
            .unwrap()
            .api_key
            .as_ref()
            .map(voiceai::Secret::expose),
        Some(RINGG_KEY)
    );

    // No credits: calls are refused with 402.
    let broke = Simulator::builder()
        .clock_speed(600.0)
        .ringg_credits(0.0)
        .start()
        .await
        .unwrap();
    let c = client(&broke);
    let agent = new_agent(&c, "Broke").await;
    let body: types::InitiateCallV2Request = typed(json!({
        "agent_id": agent, "mobile_number": "+919876543210", "name": "Asha",
        "number_pool_id": "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d"
    }));
    let e = err(c
        .initiate_individual_call_v2()
        .body(body)
        .send()
        .await
        .unwrap_err());
    assert!(matches!(e, Error::InsufficientCredits(_)), "{e:?}");
    assert_eq!(broke.inspect(|w| w.ringg.calls().len()), 0);

    // No credits: a large campaign's balance check says it is not enough.
    let today = campaign_day(&broke, 0.0);
    let bulk = c
        .upload_large_campaign_csv()
        .file(csv(&[("Asha", "9876543210"), ("Ravi", "9876543211")]))
        .agent_id(&agent)
        .campaign_name("Broke")
        .country_code("IN")
        .variables_map(VARIABLES)
        .campaign_start_time(format!("{today}, 00:00"))
        .campaign_end_time(format!("{today}, 23:00"))
        .call_config(CALL_CONFIG)
        .send()
        .await
        .unwrap()
        .into_inner();
    let bulk_id = bulk.bulk_list_id.unwrap();
    wait_ready(&c, &bulk_id).await;
    let balance = c
        .check_large_campaign_balance()
        .bulk_list_id(&bulk_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(balance.required_credits, Some(4.0));
    assert_eq!(balance.available_credits, Some(0.0));
    assert_eq!(balance.sufficient_balance, Some(false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_limit_outside_1_to_100_is_a_validation_error() {
    let sim = start().await;
    let c = client(&sim);
    for limit in [0, 101] {
        let e = err(c.list_call_history().limit(limit).send().await.unwrap_err());
        assert!(
            matches!(e, Error::Validation(_)) && e.status() == Some(422),
            "limit {limit}: {e:?}"
        );
        let e = err(c.list_assistants().limit(limit).send().await.unwrap_err());
        assert!(
            matches!(e, Error::Validation(_)) && e.status() == Some(422),
            "limit {limit}: {e:?}"
        );
    }
    for limit in [1, 100] {
        c.list_call_history().limit(limit).send().await.unwrap();
    }
}
