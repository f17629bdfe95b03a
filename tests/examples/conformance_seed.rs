//! Seeds a running `voiceai-sim` for the conformance suite (`conformance/run.sh`): creates, through
//! the typed clients, one of each object the operations address (agents, a call, a webhook, a
//! knowledge base, a contact list, a large-campaign upload), and prints their ids as one JSON
//! object, so that Schemathesis exercises the operations on real ids instead of meeting only
//! 404s.
//!
//! Reads `RINGG_BASE_URL`/`RINGG_API_KEY` and `RINGYO_BASE_URL`/`RINGYO_API_KEY`, as users
//! configure the clients.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use voiceai::ringg::{self, types as gt};
use voiceai::ringyo::{self, types as yt};
use voiceai::FilePart;

const CALL_CONFIG: &str = r#"{"max_call_length":300,"call_time":{"timezone":"Asia/Kolkata"}}"#;
const VARIABLES: &str = r#"{"callee_name":"Name","mobile_number":"Mobile Number"}"#;
const POOL: &str = "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d";

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Today as `DD/MM/YYYY` (the simulator's clock starts at real time).
fn today() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let date = voiceai_simulator::date(now); // YYYY-MM-DD
    format!("{}/{}/{}", &date[8..10], &date[5..7], &date[..4])
}

fn contacts() -> FilePart {
    FilePart::csv(
        "contacts.csv",
        "Name,Mobile Number\n\"Asha\",+919876500401\n\"Ravi\",+919876500402\n",
    )
}

async fn ringg_seed(c: &ringg::Client) -> Result<Value> {
    let voice = c.list_assistant_voices().send().await?.into_inner().voices[0]
        .id
        .clone();
    let agent = c
        .create_agent()
        .body_map(|b| {
            b.agent_name("Conformance")
                .agent_type(gt::AgentType::Outbound)
                .primary_language(gt::Language::EnIn)
                .voice_id(voice)
                .intro_message("Hi {{callee_name}}.")
                .introduction_and_objective("You confirm appointments.")
                .task("Confirm the appointment.")
                .response_guidelines("Be brief.")
                .custom_variables(vec!["callee_name".to_string()])
        })
        .send()
        .await?
        .into_inner()
        .data
        .and_then(|d| d.id)
        .ok_or("no agent id")?;
    let call: gt::InitiateCallV2Request = serde_json::from_value(json!({
        "agent_id": agent, "mobile_number": "+919876543210", "name": "Asha",
        "number_pool_id": POOL
    }))?;
    let call = match c
        .initiate_individual_call_v2()
        .body(call)
        .send()
        .await?
        .into_inner()
        .data
    {
        Some(gt::CallInitiationData::CallInitiationDetails(d)) => d.call_id,
        Some(gt::CallInitiationData::LegacyCallInitiationData(d)) => d.unique_call_id,
        None => return Err("no call id".into()),
    };
    let kb = c
        .create_knowledge_base()
        .kb_name("Conformance facts")
        .files(vec![FilePart::from_bytes("hours.txt", "Open 9 to 5")])
        .send()
        .await?
        .into_inner()
        .kb_id
        .ok_or("no kb id")?;
    let day = today();
    let list = c
        .upload_campaign_contact_list()
        .file(contacts())
        .variables_map(VARIABLES)
        .agent_id(&agent)
        .call_config(CALL_CONFIG)
        .country_code("+91")
        .campaign_start_time(format!("{day}, 00:00"))
        .campaign_end_time(format!("{day}, 23:00"))
        .campaign_name("Conformance")
        .send()
        .await?
        .into_inner()
        .list_id
        .ok_or("no list id")?;
    let bulk = c
        .upload_large_campaign_csv()
        .file(contacts())
        .agent_id(&agent)
        .campaign_name("Conformance large")
        .country_code("+91")
        .variables_map(VARIABLES)
        .campaign_start_time(format!("{day}, 00:00"))
        .campaign_end_time(format!("{day}, 23:00"))
        .call_config(CALL_CONFIG)
        .send()
        .await?
        .into_inner()
        .bulk_list_id
        .ok_or("no bulk list id")?;
    let users: Vec<String> = c
        .list_workspace_users()
        .send()
        .await?
        .into_inner()
        .workspace_users
        .into_iter()
        .map(|u| u.id)
        .collect();
    Ok(json!({
        "agent_id": agent, "call_id": call, "kb_id": kb, "list_id": list,
        "bulk_list_id": bulk, "user_ids": users, "pool_id": POOL,
    }))
}

async fn ringyo_seed(c: &ringyo::Client) -> Result<Value> {
    let mut agents = Vec::new();
    for name in ["Conformance A", "Conformance B"] {
        let agent = c
            .create_agent()
            .body_map(|b| {
                b.name(name)
                    .system_prompt("You confirm appointments.")
                    .voice_id("sarah-professional")
            })
            .send()
            .await?
            .into_inner();
        agents.push(agent.id);
    }
    let call = c
        .create_call()
        .body_map(|b| b.phone_number("+14155551234").agent_id(&agents[0]))
        .send()
        .await?
        .into_inner()
        .id;
    let webhook = c
        .create_webhook()
        .body_map(|b| {
            b.url("https://example.com/webhooks/ringyo")
                .events(vec![yt::WebhookEventName::CallCompleted])
        })
        .send()
        .await?
        .into_inner();
    let webhook = webhook.id.or(webhook.webhook_id).ok_or("no webhook id")?;
    let cursor = c
        .list_agents()
        .limit(1)
        .send()
        .await?
        .into_inner()
        .next_cursor
        .ok_or("no cursor")?;
    let numbers = c.list_phone_numbers().send().await?.into_inner().data;
    let voice_numbers: Vec<String> = numbers
        .iter()
        .filter(|n| n.status == Some(yt::PhoneNumberStatus::Active))
        .filter_map(|n| n.phone_number.clone())
        .collect();
    let number_id = numbers.first().map(|n| n.id.clone()).ok_or("no number")?;
    Ok(json!({
        "agent_id": agents[0], "call_agent_id": agents[1], "call_id": call,
        "webhook_id": webhook, "cursor": cursor,
        "phone_number_id": number_id, "from_numbers": voice_numbers,
    }))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let ringg = ringg::Client::from_env()?;
    let ringyo = ringyo::Client::builder().no_rate_limit().build()?;
    let seeded = json!({
        "ringg": ringg_seed(&ringg).await?,
        "ringyo": ringyo_seed(&ringyo).await?,
    });
    println!("{seeded}");
    Ok(())
}
