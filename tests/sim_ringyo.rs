//! The simulated Ringyo AI API end to end, through the typed client (and raw HTTP where the wire
//! itself matters): every operation, a call followed to its end with a signed `call.completed`
//! delivery, cursor pagination, scopes, the plan limit, idempotency, the documented errors,
//! repeatable outcomes under a seed, webhook failure counting, per-call webhook URLs and the
//! `{data, meta}` envelope.

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::{json, Value};
use voiceai::ringyo::{self, types, webhooks};
use voiceai::{Error, RequestOptions};
use voiceai_simulator::{RateLimit, Simulator, RINGYO_KEY, RINGYO_SCOPES};
use voiceai_tests::receiver::{Received, Receiver};

const READONLY_KEY: &str = "rg_test_readonly_not_a_secret";
const SECOND_KEY: &str = "rg_test_second_not_a_secret";
/// Longest wait for anything the sped-up clock does (a call lasts well under a second of real
/// time at 600x).
const WAIT: Duration = Duration::from_secs(10);

async fn start() -> Simulator {
    Simulator::builder()
        .clock_speed(600.0)
        .start()
        .await
        .expect("simulator starts")
}

fn builder(sim: &Simulator, key: &str) -> voiceai::runtime::config::ClientBuilder<ringyo::Client> {
    ringyo::Client::builder()
        .api_key(key)
        .base_url(sim.ringyo_url())
        .read_env(false)
}

fn client(sim: &Simulator) -> ringyo::Client {
    builder(sim, RINGYO_KEY).build().expect("client builds")
}

/// A client that does not retry, for the error checks.
fn strict(sim: &Simulator) -> ringyo::Client {
    builder(sim, RINGYO_KEY)
        .max_retries(0)
        .build()
        .expect("client builds")
}

async fn new_agent(client: &ringyo::Client, name: &str) -> types::Agent {
    client
        .create_agent()
        .body_map(|b| {
            b.name(name)
                .system_prompt("You are Sarah, a friendly sales assistant for Acme Corp.")
                .voice_id("sarah-professional")
                .first_message("Hi! This is Sarah from Acme Corp.".to_string())
        })
        .send()
        .await
        .expect("create_agent")
        .into_inner()
}

async fn new_call(client: &ringyo::Client, agent_id: &str, to: &str) -> types::Call {
    client
        .create_call()
        .body_map(|b| b.phone_number(to).agent_id(agent_id))
        .send()
        .await
        .expect("create_call")
        .into_inner()
}

fn ended(status: Option<&types::CallStatus>) -> bool {
    use types::CallStatus::*;
    matches!(status, Some(Completed | Failed | NoAnswer | Busy))
}

/// Polls get_call (with every extra) until the call ended and, if it completed, its transcript
/// and recording are ready.
async fn wait_until_settled(client: &ringyo::Client, id: &str) -> types::Call {
    let deadline = Instant::now() + WAIT;
    loop {
        let call = client
            .get_call()
            .call_id(id)
            .include("transcript,recording,analysis")
            .send()
            .await
            .expect("get_call")
            .into_inner();
        let settled = ended(call.status.as_ref())
            && (call.status != Some(types::CallStatus::Completed)
                || (call.transcript.is_some() && call.recording_url.is_some()));
        if settled {
            return call;
        }
        assert!(Instant::now() < deadline, "call {id} did not end: {call:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The next delivery of `event` about `id` (call id or agent id), skipping the others.
async fn next_event(receiver: &mut Receiver, event: &str, id: &str) -> Received {
    next_events(receiver, &[event], id).await.remove(0)
}

/// The deliveries of `events` about `id`, in any order of arrival (deliveries are concurrent,
/// so two events queued together may arrive either way round), returned in the order asked.
async fn next_events(receiver: &mut Receiver, events: &[&str], id: &str) -> Vec<Received> {
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut found: Vec<Option<Received>> = vec![None; events.len()];
    while found.iter().any(Option::is_none) {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        let received = receiver
            .next(left)
            .await
            .unwrap_or_else(|| panic!("no {events:?} deliveries for {id}"));
        let body: Value = serde_json::from_slice(&received.body).expect("a JSON delivery");
        let about = body["data"]["call_id"]
            .as_str()
            .or(body["data"]["id"].as_str());
        if about != Some(id) {
            continue;
        }
        if let Some(i) = events.iter().position(|e| body["event"] == *e) {
            found[i].get_or_insert(received);
        }
    }
    found.into_iter().map(Option::unwrap).collect()
}

fn api_error(err: impl Into<Error>) -> Error {
    err.into()
}

fn assert_code(err: &Error, status: u16, code: &str) {
    assert_eq!(err.status(), Some(status), "{err:?}");
    assert_eq!(err.code(), Some(code), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_succeeds_through_the_typed_client() {
    let sim = start().await;
    let client = client(&sim);
    let receiver = Receiver::start().await.expect("receiver starts");

    // Phone numbers (seeded).
    let numbers = client
        .list_phone_numbers()
        .send()
        .await
        .expect("list_phone_numbers")
        .into_inner();
    assert_eq!(numbers.total, Some(5));
    assert_eq!(numbers.has_more, Some(false));
    assert!(numbers.data.iter().all(|n| n.id.starts_with("pn_")));
    assert!(numbers.data.iter().all(|n| n
        .phone_number
        .as_deref()
        .is_some_and(|p| p.starts_with('+'))));
    let us_active = client
        .list_phone_numbers()
        .status(types::PhoneNumberStatus::Active)
        .country("US")
        .send()
        .await
        .expect("filtered list_phone_numbers")
        .into_inner();
    assert_eq!(us_active.data.len(), 2, "{us_active:?}");
    let main = numbers
        .data
        .iter()
        .find(|n| n.phone_number.as_deref() == Some("+18005551234"))
        .expect("the primary number is seeded");
    let number = client
        .get_phone_number()
        .phone_number_id(&main.id)
        .include("stats")
        .send()
        .await
        .expect("get_phone_number")
        .into_inner();
    assert_eq!(number.friendly_name.as_deref(), Some("Main Business Line"));
    assert_eq!(number.stats.and_then(|s| s.total_calls), Some(0));

    // Agents.
    let created = client
        .create_agent()
        .body_map(|b| {
            b.name("Sales Assistant")
                .system_prompt("You are Sarah, a friendly sales assistant for Acme Corp.")
                .voice_id("sarah-professional")
        })
        .send()
        .await
        .expect("create_agent");
    assert_eq!(created.status().as_u16(), 201);
    let agent = created.into_inner();
    assert!(agent.id.starts_with("agent_"));
    assert_eq!(agent.status, Some(types::AgentStatus::Active));
    assert_eq!(agent.language.as_deref(), Some("en-US"));
    assert_eq!(agent.model, Some(types::AgentModel::Gpt4o));
    assert_eq!(agent.temperature, Some(0.7));
    let agents = client
        .list_agents()
        .send()
        .await
        .expect("list_agents")
        .into_inner();
    assert_eq!(agents.total, Some(1));
    assert_eq!(agents.data[0].id, agent.id);
    assert!(
        agents.data[0].system_prompt.is_none(),
        "lists carry summaries"
    );
    let got = client
        .get_agent()
        .agent_id(&agent.id)
        .include("stats")
        .send()
        .await
        .expect("get_agent")
        .into_inner();
    assert_eq!(got.stats.and_then(|s| s.total_calls), Some(0));
    let updated = client
        .update_agent()
        .agent_id(&agent.id)
        .body(types::UpdateAgentRequest {
            name: Some("Sales Assistant v2".into()),
            temperature: Some(0.8),
            ..Default::default()
        })
        .send()
        .await
        .expect("update_agent")
        .into_inner();
    assert_eq!(updated.name.as_deref(), Some("Sales Assistant v2"));
    assert_eq!(updated.temperature, Some(0.8));
    assert_eq!(updated.system_prompt, agent.system_prompt, "the rest stays");

    // Webhooks.
    let hook = client
        .create_webhook()
        .body_map(|b| {
            b.url(receiver.url())
                .events(vec![types::WebhookEventName::All])
                .description("everything".to_string())
        })
        .send()
        .await
        .expect("create_webhook");
    assert_eq!(hook.status().as_u16(), 201);
    let hook = hook.into_inner();
    let hook_id = hook.id.clone().expect("webhook id");
    assert!(hook.secret.expose().starts_with("whsec_"));
    let hooks = client
        .list_webhooks()
        .send()
        .await
        .expect("list_webhooks")
        .into_inner();
    assert_eq!(hooks.data.len(), 1);
    assert_eq!(hooks.data[0].id, hook_id);
    let paused = client
        .update_webhook()
        .webhook_id(&hook_id)
        .body(types::UpdateWebhookRequest {
            status: Some(types::SettableWebhookStatus::Inactive),
            ..Default::default()
        })
        .send()
        .await
        .expect("update_webhook")
        .into_inner();
    assert_eq!(paused.status, Some(types::WebhookStatus::Inactive));

    // Calls.
    let placed = client
        .create_call()
        .body_map(|b| b.phone_number("+14155551234").agent_id(&agent.id))
        .send()
        .await
        .expect("create_call");
    assert_eq!(placed.status().as_u16(), 201);
    let call = placed.into_inner();
    assert!(call.id.starts_with("call_"));
    assert_eq!(call.status, Some(types::CallStatus::Queued));
    assert_eq!(call.from_number.as_deref(), Some("+18005551234"));
    assert_eq!(call.record, Some(true));
    let calls = client
        .list_calls()
        .send()
        .await
        .expect("list_calls")
        .into_inner();
    assert_eq!(calls.total, Some(1));
    let got = client
        .get_call()
        .call_id(&call.id)
        .send()
        .await
        .expect("get_call")
        .into_inner();
    assert_eq!(got.id, call.id);
    wait_until_settled(&client, &call.id).await;

    // Deletes.
    let deleted = client
        .delete_webhook()
        .webhook_id(&hook_id)
        .send()
        .await
        .expect("delete_webhook")
        .into_inner();
    assert_eq!(deleted.deleted, Some(true));
    let deleted = client
        .delete_agent()
        .agent_id(&agent.id)
        .send()
        .await
        .expect("delete_agent")
        .into_inner();
    assert_eq!(
        (deleted.id.as_str(), deleted.deleted),
        (agent.id.as_str(), Some(true))
    );
    assert!(sim.inspect(|w| w.ringyo.agents().is_empty()));
    assert!(sim.inspect(|w| w.ringyo.webhooks().is_empty()));

    let served = sim.stats().served;
    for op in ringyo::OPERATIONS.iter() {
        assert!(
            served.contains_key(&("ringyo".to_string(), op.id.to_string())),
            "{} was not served",
            op.id
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_runs_to_completion_and_its_signed_delivery_verifies() {
    let sim = start().await;
    let client = client(&sim);
    let mut receiver = Receiver::start().await.expect("receiver starts");
    let agent = new_agent(&client, "Sales Assistant").await;
    let hook = client
        .create_webhook()
        .body_map(|b| {
            b.url(receiver.url()).events(vec![
                types::WebhookEventName::CallCompleted,
                types::WebhookEventName::CallTranscriptReady,
            ])
        })
        .send()
        .await
        .expect("create_webhook")
        .into_inner();
    let secret = hook.secret;
    let verifier = webhooks::Verifier::new(secret.expose()).expect("a usable secret");

    // Each call's fate is drawn when it is created; place calls until one completes.
    let mut completed = None;
    for i in 0..10 {
        let call = client
            .create_call()
            .body_map(|b| {
                let mut context = serde_json::Map::new();
                context.insert("customer_name".into(), json!("Jane Doe"));
                b.phone_number(format!("+1415555{:04}", 1000 + i))
                    .agent_id(&agent.id)
                    .context(context)
            })
            .send()
            .await
            .expect("create_call")
            .into_inner();
        let settled = wait_until_settled(&client, &call.id).await;
        assert_eq!(
            settled.status,
            sim.inspect(|w| w.ringyo.planned_status(&call.id)),
            "the tick applies the fate drawn at creation"
        );
        if settled.status == Some(types::CallStatus::Completed) {
            completed = Some(settled);
            break;
        }
        assert!(
            settled.duration.is_none(),
            "only completed calls have a duration"
        );
        assert!(settled.ended_at.is_some());
    }
    let call = completed.expect("a call completed within ten tries");

    assert!(call.duration.is_some_and(|d| d > 0), "{call:?}");
    assert!(call.ended_at.is_some());
    assert!(call.outcome.is_some());
    assert!(!call.analysis.is_empty());
    assert_eq!(
        call.recording_url.as_deref(),
        Some(format!("https://storage.ringyo.ai/recordings/{}.mp3", call.id).as_str())
    );
    let Some(types::CallTranscript::Array(segments)) = &call.transcript else {
        panic!("transcript segments expected: {call:?}");
    };
    assert!(segments.len() >= 4);
    assert_eq!(segments[0].role.as_deref(), Some("agent"));
    assert_eq!(segments[0].timestamp, Some(0.0));
    assert!(segments
        .windows(2)
        .all(|w| w[0].timestamp <= w[1].timestamp));
    assert!(segments
        .iter()
        .any(|s| s.content.as_deref().is_some_and(|c| c.contains("Jane Doe"))));
    let plain = client
        .get_call()
        .call_id(&call.id)
        .send()
        .await
        .expect("get_call")
        .into_inner();
    assert!(
        plain.transcript.is_none() && plain.recording_url.is_none(),
        "extras only on request"
    );

    // The call was paid for.
    let (credits, cost) = sim.inspect(|w| (w.ringyo.credits, w.ringyo.call_cost(&call.id)));
    assert!(cost.is_some_and(|c| c > 0.0), "{cost:?}");
    assert!(credits < 500.0);
    // Whole seconds of conversation at the per-minute rate: the duration less 4 to 14 s of
    // queueing (1-3 s) and ringing (3-12 s), and 20 to 120 s long.
    let cost = cost.unwrap();
    let rate = voiceai_simulator::ringyo::CREDITS_PER_MINUTE;
    let talk = cost / rate * 60.0;
    assert!((talk - talk.round()).abs() < 1e-9, "whole seconds: {talk}");
    let talk = talk.round() as i64;
    let duration = call.duration.unwrap();
    assert!((20..=120).contains(&talk), "{talk} s of talk");
    assert!(
        (4..=14).contains(&(duration - talk)),
        "{duration} s call, {talk} s of talk"
    );
    assert_eq!(cost, talk as f64 / 60.0 * rate);
    // The earlier calls of the loop did not complete and cost nothing.
    let total: f64 = sim.inspect(|w| {
        w.ringyo
            .calls()
            .iter()
            .map(|c| w.ringyo.call_cost(&c.id).unwrap())
            .sum()
    });
    assert_eq!(total, cost);
    assert_eq!(
        credits,
        500.0 - cost,
        "the default 500 credits less this call"
    );

    // The delivery is signed with the secret from create.
    let [received, transcript]: [Received; 2] = next_events(
        &mut receiver,
        &["call.completed", "call.transcript.ready"],
        &call.id,
    )
    .await
    .try_into()
    .expect("two deliveries");
    assert_eq!(received.method, "POST");
    assert_eq!(
        received.headers.get("content-type").unwrap(),
        "application/json"
    );
    assert!(received.headers["webhook-id"]
        .to_str()
        .unwrap()
        .starts_with("msg_"));
    let delivery = webhooks::verify_and_parse(&verifier, &received.headers, &received.body)
        .expect("the delivery verifies");
    assert_eq!(delivery.event, types::WebhookEventName::CallCompleted);
    assert_eq!(delivery.webhook_id, hook.id);
    assert!(delivery.timestamp.is_some());
    assert_eq!(delivery.data["call_id"], json!(call.id));
    assert_eq!(delivery.data["status"], json!("completed"));
    assert_eq!(delivery.data["duration_seconds"], json!(call.duration));
    let mut forged = received.body.clone();
    let last = forged.len() - 2;
    forged[last] ^= 1;
    assert!(webhooks::verify_and_parse(&verifier, &received.headers, &forged).is_err());

    let delivery = webhooks::verify_and_parse(&verifier, &transcript.headers, &transcript.body)
        .expect("the delivery verifies");
    assert!(delivery.data["transcript"].is_array());

    let stats = client
        .get_agent()
        .agent_id(&agent.id)
        .include("stats,recent_calls")
        .send()
        .await
        .expect("get_agent")
        .into_inner();
    let stats_calls = stats
        .stats
        .as_ref()
        .and_then(|s| s.total_calls)
        .unwrap_or(0);
    assert!(stats_calls >= 1);
    assert!(!stats.recent_calls.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_calls_pages_with_cursors_filters_and_refuses_bad_parameters() {
    let sim = start().await;
    let client = strict(&sim);
    let agent = new_agent(&client, "Pager").await;
    for i in 0..7 {
        let to = if i % 2 == 0 {
            "+14155550100"
        } else {
            "+14155550199"
        };
        new_call(&client, &agent.id, to).await;
    }

    let newest_first: Vec<String> = client
        .list_calls()
        .limit(3)
        .stream()
        .map(|call| call.expect("a page").id)
        .collect()
        .await;
    let mut expected: Vec<(String, String)> = sim.inspect(|w| {
        w.ringyo
            .calls()
            .into_iter()
            .map(|c| (c.created_at.unwrap(), c.id))
            .collect()
    });
    expected.sort();
    expected.reverse();
    let expected: Vec<String> = expected.into_iter().map(|(_, id)| id).collect();
    assert_eq!(newest_first, expected, "every call once, newest first");
    let pages = sim.stats().served[&("ringyo".to_string(), "list_calls".to_string())];
    assert_eq!(pages, 3, "7 calls in pages of 3");

    let oldest_first: Vec<String> = client
        .list_calls()
        .limit(2)
        .order(types::SortOrder::Asc)
        .stream()
        .map(|call| call.expect("a page").id)
        .collect()
        .await;
    assert_eq!(
        oldest_first,
        expected.iter().rev().cloned().collect::<Vec<_>>()
    );

    let first = client
        .list_calls()
        .limit(3)
        .send()
        .await
        .expect("list_calls")
        .into_inner();
    assert_eq!(
        (first.data.len(), first.has_more, first.total),
        (3, Some(true), Some(7))
    );
    let cursor = first.next_cursor.expect("a next cursor");
    let second = client
        .list_calls()
        .limit(3)
        .cursor(&cursor)
        .send()
        .await
        .expect("the second page")
        .into_inner();
    assert_eq!(second.data[0].id, expected[3]);

    // Filters.
    let count = |page: types::CallList| page.data.len();
    let to_one = client
        .list_calls()
        .phone_number("+14155550100")
        .send()
        .await
        .expect("phone filter")
        .into_inner();
    assert_eq!((count(to_one.clone()), to_one.total), (4, Some(4)));
    let nobody = client
        .list_calls()
        .agent_id("agent_nobody")
        .send()
        .await
        .expect("agent filter")
        .into_inner();
    assert_eq!(count(nobody), 0);
    let now = sim.clock().now();
    let day = |offset: f64| voiceai_simulator::date(now + offset * 86_400.0);
    let since_yesterday = client
        .list_calls()
        .from_date(day(-1.0))
        .send()
        .await
        .expect("from_date")
        .into_inner();
    assert_eq!(count(since_yesterday), 7);
    let before = client
        .list_calls()
        .to_date(day(-2.0))
        .send()
        .await
        .expect("to_date")
        .into_inner();
    assert_eq!(count(before), 0);
    // A date-only `to_date` covers its whole day: the calls created on it, not just at midnight.
    let created: Vec<String> = sim.inspect(|w| {
        w.ringyo
            .calls()
            .into_iter()
            .map(|c| c.created_at.unwrap())
            .collect()
    });
    let today = created.iter().max().unwrap()[..10].to_string();
    let on_or_before_today = client
        .list_calls()
        .to_date(today.clone())
        .send()
        .await
        .expect("to_date")
        .into_inner();
    assert_eq!(count(on_or_before_today), 7, "to_date={today}");
    let today_midnight = client
        .list_calls()
        .to_date(format!("{today}T00:00:00Z"))
        .send()
        .await
        .expect("to_date")
        .into_inner();
    let at_midnight = created
        .iter()
        .filter(|c| c.as_str() <= format!("{today}T00:00:00Z").as_str())
        .count();
    assert_eq!(count(today_midnight), at_midnight, "a date-time is exact");
    // A space as the date-time separator (ISO 8601 allows it); a space in an offset is a `+`
    // that the query string turned into one.
    let http = reqwest::Client::new();
    for (query, expected) in [
        ("from_date=2024-01-15%2010:30:00Z", 7),
        ("to_date=2024-01-15%2010:30:00Z", 0),
        ("from_date=2024-01-15T10:30:00+02:00", 7),
        ("from_date=2024-01-15%2010:30:00%2B02:00", 7),
    ] {
        let response = http
            .get(format!("{}/calls?{query}", sim.ringyo_url()))
            .bearer_auth(RINGYO_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{query}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["total"], json!(expected), "{query}");
    }
    let spaced = client
        .list_calls()
        .from_date("2024-01-15 10:30:00Z")
        .send()
        .await
        .expect("a space-separated date-time")
        .into_inner();
    assert_eq!(count(spaced), 7);
    let by_status = client
        .list_calls()
        .status(types::CallStatus::Transferred)
        .send()
        .await
        .expect("status filter")
        .into_inner();
    assert_eq!(count(by_status), 0);

    // Refusals.
    let err = api_error(
        client
            .list_calls()
            .cursor("not-a-cursor!")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 400, "invalid_cursor");
    let err = api_error(
        client
            .list_calls()
            .from_date("last tuesday")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 400, "invalid_date_format");
    let http = reqwest::Client::new();
    for limit in ["0", "101", "ten"] {
        let response = http
            .get(format!("{}/calls?limit={limit}", sim.ringyo_url()))
            .bearer_auth(RINGYO_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "limit={limit}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid_limit");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_key_cannot_create_agents() {
    let sim = Simulator::builder()
        .clock_speed(600.0)
        .ringyo_key(READONLY_KEY, &["calls:read"])
        .start()
        .await
        .expect("simulator starts");

    // A client told its scopes refuses before sending.
    let told = builder(&sim, READONLY_KEY)
        .scopes(["calls:read"])
        .build()
        .unwrap();
    let err = api_error(
        told.create_agent()
            .body_map(|b| {
                b.name("X")
                    .system_prompt("Y")
                    .voice_id("sarah-professional")
            })
            .send()
            .await
            .unwrap_err(),
    );
    assert!(
        matches!(&err, Error::MissingScope { scope, .. } if scope == "agents:write"),
        "{err:?}"
    );
    assert!(!sim
        .stats()
        .served
        .contains_key(&("ringyo".to_string(), "create_agent".to_string())));

    // One that is not told gets the server's 403 naming the scope.
    let untold = builder(&sim, READONLY_KEY).build().unwrap();
    let err = api_error(
        untold
            .create_agent()
            .body_map(|b| {
                b.name("X")
                    .system_prompt("Y")
                    .voice_id("sarah-professional")
            })
            .send()
            .await
            .unwrap_err(),
    );
    assert!(matches!(err, Error::PermissionDenied { .. }), "{err:?}");
    assert_code(&err, 403, "unauthorized");
    assert!(err.message().contains("agents:write"), "{err}");
    assert!(sim.inspect(|w| w.ringyo.agents().is_empty()));

    // What the key may do, it does.
    untold.list_calls().send().await.expect("calls:read works");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_limit_shows_in_headers_and_429s_and_the_typed_client_stays_under_it() {
    let sim = Simulator::builder()
        .clock_speed(600.0)
        .ringyo_rate_limit(Some(RateLimit {
            requests: 5,
            window: Duration::from_secs(1),
        }))
        .ringyo_key(SECOND_KEY, RINGYO_SCOPES)
        .start()
        .await
        .expect("simulator starts");
    let http = reqwest::Client::new();
    let url = format!("{}/phone-numbers", sim.ringyo_url());
    let mut limited = None;
    for _ in 0..30 {
        let response = http.get(&url).bearer_auth(RINGYO_KEY).send().await.unwrap();
        let headers = response.headers();
        assert_eq!(headers["x-ratelimit-limit"], "5");
        assert!(headers.contains_key("x-ratelimit-remaining"));
        let reset: u64 = headers["x-ratelimit-reset"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(reset > 1_600_000_000, "Unix seconds: {reset}");
        if response.status() == 429 {
            limited = Some(response);
            break;
        }
        assert_eq!(response.status(), 200);
    }
    let limited = limited.expect("a 429 within 30 quick requests");
    assert_eq!(limited.headers()["x-ratelimit-remaining"], "0");
    let wait: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&wait), "Retry-After {wait}");
    let body: Value = limited.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limit_exceeded");

    // Twenty requests each: one client configured with the plan, one (on the key that just hit
    // the limit) following the server's headers and Retry-After.
    let configured = builder(&sim, SECOND_KEY)
        .rate_limit(5, Duration::from_secs(1))
        .build()
        .unwrap();
    let server_driven = builder(&sim, RINGYO_KEY).no_rate_limit().build().unwrap();
    let began = Instant::now();
    let run = |client: ringyo::Client| async move {
        for i in 0..20 {
            client
                .list_phone_numbers()
                .send()
                .await
                .unwrap_or_else(|e| panic!("request {i}: {e}"));
        }
    };
    tokio::join!(run(configured), run(server_driven));
    assert!(
        began.elapsed() >= Duration::from_secs(2),
        "20 requests at 5 a second take time"
    );
    assert!(sim.stats().rate_limited >= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idempotency_key_creates_one_call_and_replays_the_answer() {
    let sim = start().await;
    let client = client(&sim);
    let agent = new_agent(&client, "Once").await;
    let http = reqwest::Client::new();
    let url = format!("{}/calls", sim.ringyo_url());
    let body = json!({"phone_number": "+14155551234", "agent_id": agent.id});
    let send = |body: Value| {
        http.post(&url)
            .bearer_auth(RINGYO_KEY)
            .header("idempotency-key", "order-42-call")
            .json(&body)
            .send()
    };
    let first = send(body.clone()).await.unwrap();
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first = first.bytes().await.unwrap();
    let second = send(body.clone()).await.unwrap();
    assert_eq!(second.status(), 201);
    assert_eq!(second.headers()["idempotent-replayed"], "true");
    assert_eq!(
        second.bytes().await.unwrap(),
        first,
        "the first answer, byte for byte"
    );
    assert_eq!(sim.inspect(|w| w.ringyo.calls().len()), 1);

    let reused = send(json!({"phone_number": "+14155559999", "agent_id": agent.id}))
        .await
        .unwrap();
    assert_eq!(reused.status(), 409);
    assert_eq!(sim.inspect(|w| w.ringyo.calls().len()), 1);

    // The typed client with a key of its own, twice.
    let place = || {
        RequestOptions::new().idempotency_key("typed-key-1").run(
            client
                .create_call()
                .body_map(|b| b.phone_number("+14155551234").agent_id(&agent.id))
                .send(),
        )
    };
    let a = place().await.expect("first").into_inner();
    let b = place().await.expect("replay").into_inner();
    assert_eq!(a.id, b.id);
    assert_eq!(sim.inspect(|w| w.ringyo.calls().len()), 2);
    assert!(sim.stats().idempotent_replays >= 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documented_errors_carry_their_codes_and_change_nothing() {
    let sim = start().await;
    let client = strict(&sim);
    let agent = new_agent(&client, "Errors").await;
    let call = |to: &'static str, agent: String, from: Option<&'static str>| {
        let client = client.clone();
        async move {
            let mut request = client.create_call();
            request = match from {
                Some(from) => request.body_map(|b| {
                    b.phone_number(to)
                        .agent_id(agent)
                        .from_number(from.to_string())
                }),
                None => request.body_map(|b| b.phone_number(to).agent_id(agent)),
            };
            api_error(request.send().await.unwrap_err())
        }
    };
    for bad in ["415-555-1234", "+0123456789", "+1234567", "+1415555123a"] {
        let err = call(bad, agent.id.clone(), None).await;
        assert!(matches!(err, Error::Validation(_)), "{bad}: {err:?}");
        assert_code(&err, 400, "invalid_phone_number");
    }
    let err = call("+14155551234", "agent_nobody".into(), None).await;
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_code(&err, 404, "agent_not_found");
    for from in ["+19999999999", "+16135550142", "not-a-number"] {
        let err = call("+14155551234", agent.id.clone(), Some(from)).await;
        assert_code(&err, 400, "invalid_from_number");
    }
    assert_eq!(
        sim.inspect(|w| w.ringyo.calls().len()),
        0,
        "no call was created"
    );

    let err = api_error(
        client
            .get_call()
            .call_id("call_nope")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 404, "call_not_found");
    let err = api_error(
        client
            .get_agent()
            .agent_id("agent_nope")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 404, "agent_not_found");
    let err = api_error(
        client
            .update_agent()
            .agent_id("agent_nope")
            .body(types::UpdateAgentRequest::default())
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 404, "agent_not_found");
    let err = api_error(
        client
            .delete_webhook()
            .webhook_id("wh_nope")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 404, "webhook_not_found");
    let err = api_error(
        client
            .get_phone_number()
            .phone_number_id("pn_nope")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 404, "phone_number_not_found");

    let bad_agent = |voice: &'static str, language: &'static str, prompt: &'static str| {
        let client = client.clone();
        async move {
            api_error(
                client
                    .create_agent()
                    .body_map(|b| {
                        b.name("Bad")
                            .voice_id(voice)
                            .language(language.to_string())
                            .system_prompt(prompt)
                    })
                    .send()
                    .await
                    .unwrap_err(),
            )
        }
    };
    assert_code(
        &bad_agent("Sarah Professional!", "en-US", "Hi").await,
        400,
        "invalid_voice_id",
    );
    assert_code(
        &bad_agent("sarah-professional", "english", "Hi").await,
        400,
        "invalid_language",
    );
    assert_code(
        &bad_agent("sarah-professional", "en-US", "   ").await,
        400,
        "invalid_system_prompt",
    );
    assert_eq!(sim.inspect(|w| w.ringyo.agents().len()), 1);

    let bad_hook = |url: &'static str, events: Vec<types::WebhookEventName>| {
        let client = client.clone();
        async move {
            api_error(
                client
                    .create_webhook()
                    .body_map(|b| b.url(url).events(events))
                    .send()
                    .await
                    .unwrap_err(),
            )
        }
    };
    let all = || vec![types::WebhookEventName::All];
    assert_code(
        &bad_hook("http://example.com/hook", all()).await,
        400,
        "invalid_url",
    );
    assert_code(&bad_hook("not a url", all()).await, 400, "invalid_url");
    assert_code(
        &bad_hook("https://hooks.invalid/ringyo", all()).await,
        400,
        "url_unreachable",
    );
    assert_code(
        &bad_hook(
            "https://hooks.example.com/ringyo",
            vec![types::WebhookEventName::Unknown("call.exploded".into())],
        )
        .await,
        400,
        "invalid_events",
    );
    assert!(sim.inspect(|w| w.ringyo.webhooks().is_empty()));

    let err = api_error(
        client
            .list_webhooks()
            .status(types::WebhookStatus::Unknown("weird".into()))
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 400, "invalid_status");
    let err = api_error(
        client
            .list_phone_numbers()
            .country("USA")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 400, "invalid_country");

    // Bodies that are not the documented request.
    let http = reqwest::Client::new();
    for body in [
        "{not json",
        r#"{"agent_id": "x"}"#,
        r#"{"phone_number": 5, "agent_id": "x"}"#,
        "",
    ] {
        let response = http
            .post(format!("{}/calls", sim.ringyo_url()))
            .bearer_auth(RINGYO_KEY)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{body}");
        let json: Value = response.json().await.unwrap();
        assert_eq!(json["error"]["code"], "invalid_request", "{body}");
        assert!(json["meta"]["request_id"].is_string());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busy_agents_and_the_concurrency_cap_are_refused() {
    // A clock twenty times slower than real time: every call stays unfinished for the whole
    // test, however slow the machine.
    let sim = Simulator::builder()
        .clock_speed(0.05)
        .ringyo_rate_limit(None)
        .start()
        .await
        .expect("simulator starts");
    let client = strict(&sim);
    let agent = new_agent(&client, "Busy").await;
    new_call(&client, &agent.id, "+14155551234").await;
    let err = api_error(
        client
            .delete_agent()
            .agent_id(&agent.id)
            .send()
            .await
            .unwrap_err(),
    );
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    assert_code(&err, 409, "agent_in_use");

    for _ in 1..voiceai_simulator::ringyo::MAX_CONCURRENT_CALLS {
        new_call(&client, &agent.id, "+14155551234").await;
    }
    let err = api_error(
        client
            .create_call()
            .body_map(|b| b.phone_number("+14155551234").agent_id(&agent.id))
            .send()
            .await
            .unwrap_err(),
    );
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    assert_code(&err, 429, "rate_limit_exceeded");
    assert!(err.retry_after().is_some());
    // Until the first call ends: at most 38 simulated seconds (a no-answer rings out after
    // 1-3 s in the queue and 25-35 s of ringing; failed and busy calls end sooner) and almost
    // none of them has passed, so at 0.05x at most 760 s.
    let wait = err.retry_after().unwrap();
    assert!(
        wait >= Duration::from_secs(1) && wait <= Duration::from_secs(760),
        "{wait:?}"
    );
    assert_eq!(
        sim.inspect(|w| w.ringyo.calls().len()),
        voiceai_simulator::ringyo::MAX_CONCURRENT_CALLS
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_credits_no_call_and_a_wrong_key_is_401() {
    let sim = Simulator::builder()
        .clock_speed(600.0)
        .ringyo_credits(0.0)
        .start()
        .await
        .expect("simulator starts");
    let client = strict(&sim);
    let agent = new_agent(&client, "Broke").await;
    let err = api_error(
        client
            .create_call()
            .body_map(|b| b.phone_number("+14155551234").agent_id(&agent.id))
            .send()
            .await
            .unwrap_err(),
    );
    assert!(matches!(err, Error::InsufficientCredits(_)), "{err:?}");
    assert_code(&err, 402, "insufficient_credits");
    assert!(sim.inspect(|w| w.ringyo.calls().is_empty()));

    let stranger = builder(&sim, "rg_test_wrong_key_FAKE")
        .max_retries(0)
        .build()
        .unwrap();
    let err = api_error(stranger.list_agents().send().await.unwrap_err());
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert_eq!(err.status(), Some(401));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_seed_gives_the_same_ids_and_fates() {
    /// (id, planned status, what the settled call shows that does not depend on the date).
    type Run = Vec<(String, Option<types::CallStatus>, Option<Value>)>;
    async fn run(seed: u64) -> Run {
        let sim = Simulator::builder()
            .seed(seed)
            .clock_speed(600.0)
            .start()
            .await
            .expect("simulator starts");
        let client = client(&sim);
        let agent = new_agent(&client, "Seeded").await;
        let mut out = vec![(agent.id.clone(), None, None)];
        for _ in 0..12 {
            let call = new_call(&client, &agent.id, "+14155551234").await;
            let fate = sim.inspect(|w| w.ringyo.planned_status(&call.id));
            out.push((call.id, fate, None));
        }
        for entry in out.iter_mut().skip(1) {
            let call = wait_until_settled(&client, &entry.0).await;
            assert_eq!(call.status, entry.1, "the planned fate");
            let timestamps: Vec<Option<f64>> = match &call.transcript {
                Some(types::CallTranscript::Array(segments)) => {
                    segments.iter().map(|s| s.timestamp).collect()
                }
                _ => Vec::new(),
            };
            entry.2 = Some(json!({
                "status": call.status,
                "duration": call.duration,
                "outcome": call.outcome,
                "sentiment": call.analysis.get("sentiment"),
                "successful": call.analysis.get("successful"),
                "extracted": call.extracted_data.keys().collect::<Vec<_>>(),
                "transcript": timestamps,
            }));
        }
        out
    }
    let a = run(7).await;
    assert!(
        a.iter()
            .any(|(_, _, shown)| shown.as_ref().is_some_and(|s| s["outcome"].is_string())),
        "some call completed with an outcome: {a:?}"
    );
    assert_eq!(a, run(7).await);
    assert_ne!(a, run(8).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_deliveries_mark_the_webhook_failing_until_it_is_reactivated() {
    let sim = start().await;
    let client = client(&sim);
    let mut receiver = Receiver::start().await.expect("receiver starts");
    receiver.answer(500);
    let hook = client
        .create_webhook()
        .body_map(|b| {
            b.url(receiver.url()).events(vec![
                types::WebhookEventName::AgentCreated,
                types::WebhookEventName::AgentUpdated,
            ])
        })
        .send()
        .await
        .expect("create_webhook")
        .into_inner();
    let hook_id = hook.id.expect("id");
    let agent = new_agent(&client, "Flaky").await;

    let deadline = Instant::now() + WAIT;
    loop {
        let failing = client
            .list_webhooks()
            .status(types::WebhookStatus::Failing)
            .send()
            .await
            .expect("list_webhooks")
            .into_inner();
        if let Some(hook) = failing.data.first() {
            assert_eq!(hook.id, hook_id);
            assert!(hook.failure_count.is_some_and(|n| n >= 5), "{hook:?}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the webhook never became failing"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let first = next_event(&mut receiver, "agent.created", &agent.id).await;
    assert!(first.headers.contains_key("webhook-signature"));

    receiver.answer(200);
    let active = client
        .update_webhook()
        .webhook_id(&hook_id)
        .body(types::UpdateWebhookRequest {
            status: Some(types::SettableWebhookStatus::Active),
            ..Default::default()
        })
        .send()
        .await
        .expect("update_webhook")
        .into_inner();
    assert_eq!(active.status, Some(types::WebhookStatus::Active));
    assert_eq!(active.failure_count, None);
    client
        .update_agent()
        .agent_id(&agent.id)
        .body(types::UpdateAgentRequest {
            first_message: Some("Hello again!".into()),
            ..Default::default()
        })
        .send()
        .await
        .expect("update_agent");
    next_event(&mut receiver, "agent.updated", &agent.id).await;
    let hook = sim.inspect(|w| w.ringyo.webhooks()).remove(0);
    assert_eq!(hook.status, Some(types::WebhookStatus::Active));
    assert!(hook.last_triggered_at.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_per_call_webhook_url_gets_that_calls_events_instead() {
    let sim = start().await;
    let client = client(&sim);
    let mut account = Receiver::start().await.expect("receiver starts");
    let mut own = Receiver::start().await.expect("receiver starts");
    client
        .create_webhook()
        .body_map(|b| {
            b.url(account.url())
                .events(vec![types::WebhookEventName::All])
        })
        .send()
        .await
        .expect("create_webhook");
    let agent = new_agent(&client, "Direct").await;
    let call = client
        .create_call()
        .body_map(|b| {
            b.phone_number("+14155551234")
                .agent_id(&agent.id)
                .webhook_url(own.url().to_string())
        })
        .send()
        .await
        .expect("create_call")
        .into_inner();
    let started = next_event(&mut own, "call.started", &call.id).await;
    let delivery = webhooks::parse(&started.body).expect("the envelope");
    assert_eq!(delivery.webhook_id, None);
    let settled = wait_until_settled(&client, &call.id).await;
    let last = if settled.status == Some(types::CallStatus::Completed) {
        "call.completed"
    } else {
        "call.failed"
    };
    next_event(&mut own, last, &call.id).await;

    // The account's webhook got the agent event, and nothing about the call.
    next_event(&mut account, "agent.created", &agent.id).await;
    while let Some(received) = account.next(Duration::from_millis(200)).await {
        let body = String::from_utf8_lossy(&received.body).into_owned();
        assert!(!body.contains(&call.id), "{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_meta_envelope_decodes_through_the_typed_client() {
    let sim = Simulator::builder()
        .clock_speed(600.0)
        .ringyo_envelope(true)
        .start()
        .await
        .expect("simulator starts");
    let client = client(&sim);
    let agent = new_agent(&client, "Enveloped").await;
    assert!(agent.id.starts_with("agent_"));
    let got = client
        .get_agent()
        .agent_id(&agent.id)
        .send()
        .await
        .expect("get_agent");
    assert!(got.request_id().is_some_and(|id| id.starts_with("req_")));
    assert_eq!(got.into_inner().name.as_deref(), Some("Enveloped"));
    let call = new_call(&client, &agent.id, "+14155551234").await;
    assert_eq!(call.agent_id.as_deref(), Some(agent.id.as_str()));
    let receiver = Receiver::start().await.expect("receiver starts");
    let hook = client
        .create_webhook()
        .body_map(|b| {
            b.url(receiver.url())
                .events(vec![types::WebhookEventName::CallFailed])
        })
        .send()
        .await
        .expect("create_webhook")
        .into_inner();
    assert!(!hook.secret.expose().is_empty());
    let agents = client
        .list_agents()
        .send()
        .await
        .expect("list_agents")
        .into_inner();
    assert_eq!(agents.data.len(), 1);
    assert!(agents.meta.and_then(|m| m.request_id).is_some());

    let response = reqwest::Client::new()
        .get(format!("{}/agents/{}", sim.ringyo_url(), agent.id))
        .bearer_auth(RINGYO_KEY)
        .send()
        .await
        .unwrap();
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"]["id"], json!(agent.id));
    assert_eq!(body["meta"]["request_id"], json!(request_id));

    let err = api_error(
        client
            .get_call()
            .call_id("call_nope")
            .send()
            .await
            .unwrap_err(),
    );
    assert_code(&err, 404, "call_not_found");
}

/// The core checks the API relies on (E.164 numbers, ISO 8601 dates).
#[test]
fn e164_numbers_and_iso_dates() {
    use voiceai_simulator::{is_e164, parse_datetime};
    assert!(is_e164("+14155551234"));
    assert!(is_e164("+12345678"));
    assert!(!is_e164("+1234567"));
    assert!(!is_e164("+1234567890123456"));
    assert!(!is_e164("14155551234"));
    assert!(!is_e164("+04155551234"));
    assert!(!is_e164("+1415555123a"));
    assert!(!is_e164(""));
    assert_eq!(parse_datetime("2024-01-15"), Some(1_705_276_800.0));
    assert_eq!(
        parse_datetime("2024-01-15T10:30:00Z"),
        Some(1_705_314_600.0)
    );
    assert_eq!(
        parse_datetime("2024-01-15T10:30:00.5Z"),
        Some(1_705_314_600.5)
    );
    assert_eq!(
        parse_datetime("2024-01-15T12:30:00+02:00"),
        Some(1_705_314_600.0)
    );
    assert_eq!(parse_datetime("2024-01-15T10:30"), Some(1_705_314_600.0));
    assert_eq!(
        parse_datetime("2024-01-15 10:30:00Z"),
        Some(1_705_314_600.0)
    );
    assert_eq!(parse_datetime("2024-02-31"), None);
    assert_eq!(parse_datetime("2024-1-15"), None);
    assert_eq!(parse_datetime("2024-01-15T25:00:00Z"), None);
    assert_eq!(parse_datetime("yesterday"), None);
    assert_eq!(parse_datetime("2024-01-15T10:30:00Q"), None);
}
