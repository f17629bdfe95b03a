//! A webhook receiver for both APIs on axum, with voiceai's extractors: a handler receives a
//! delivery only once it checked out (Ringg: the header configured on the subscription;
//! Ringyo: the `whsec_` signature), parsed into the API's event type; anything else gets 401.
//!
//! ```sh
//! cargo run --example webhook_receiver     # against the simulator: subscribes, places a call
//!                                          # on each API, prints the deliveries, exits
//! RINGG_WEBHOOK_HEADER='X-Webhook-Secret: …' RINGYO_WEBHOOK_SECRET=whsec_… \
//!     VOICEAI_WEBHOOK_ADDR=0.0.0.0:3000 cargo run --example webhook_receiver   # serve
//! ```

use std::error::Error;
use std::time::Duration;

use axum::extract::{FromRef, State};
use axum::routing::post;
use axum::Router;
use http::StatusCode;
use tokio::sync::mpsc;
use voiceai::ringg::webhooks::{Event as RinggEvent, HeaderCheck};
use voiceai::ringyo::webhooks::{Event as RingyoEvent, Verifier};
use voiceai::webhooks::Verified;
use voiceai::{ringg, ringyo};
use voiceai_simulator::{Simulator, RINGG_KEY, RINGYO_KEY};

/// What the handlers need: each API's check, and where to report what arrived.
#[derive(Clone)]
struct Hooks {
    ringg: HeaderCheck,
    ringyo: Verifier,
    received: mpsc::UnboundedSender<String>,
}

// The extractors find their check in the router's state through `FromRef`.
impl FromRef<Hooks> for HeaderCheck {
    fn from_ref(hooks: &Hooks) -> Self {
        hooks.ringg.clone()
    }
}

impl FromRef<Hooks> for Verifier {
    fn from_ref(hooks: &Hooks) -> Self {
        hooks.ringyo.clone()
    }
}

async fn ringg_hook(
    State(hooks): State<Hooks>,
    Verified(event): Verified<RinggEvent>,
) -> StatusCode {
    let text = match event {
        RinggEvent::Known(event) => format!("ringg: {}", ringg_summary(&event)),
        RinggEvent::Unknown { event_type, .. } => format!("ringg: unknown event {event_type:?}"),
    };
    let _ = hooks.received.send(text);
    StatusCode::NO_CONTENT
}

async fn ringyo_hook(
    State(hooks): State<Hooks>,
    Verified(delivery): Verified<RingyoEvent>,
) -> StatusCode {
    let call = delivery
        .data
        .get("call_id")
        .or_else(|| delivery.data.get("id"))
        .and_then(|v| v.as_str())
        .unwrap_or("?");
    let _ = hooks
        .received
        .send(format!("ringyo: {} for call {call}", delivery.event));
    StatusCode::NO_CONTENT
}

fn ringg_summary(event: &ringg::types::WebhookEvent) -> String {
    use ringg::types::WebhookEvent as E;
    match event {
        E::CallStarted { call_id, .. } => format!("call_started for call {call_id}"),
        E::CallCompleted { call_id, .. } => format!("call_completed for call {call_id}"),
        other => {
            let json = serde_json::to_value(other).unwrap_or_default();
            format!("{}", json.get("event_type").unwrap_or(&json))
        }
    }
}

fn app(hooks: Hooks) -> Router {
    Router::new()
        .route("/hooks/ringg", post(ringg_hook))
        .route("/hooks/ringyo", post(ringyo_hook))
        .with_state(hooks)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    match (env("RINGG_WEBHOOK_HEADER"), env("RINGYO_WEBHOOK_SECRET")) {
        (Some(header), Some(secret)) => serve_forever(&header, &secret).await,
        (None, None) => simulated().await,
        _ => Err("set both RINGG_WEBHOOK_HEADER and RINGYO_WEBHOOK_SECRET, or neither".into()),
    }
}

/// Real deliveries: serve until interrupted, printing each.
async fn serve_forever(header: &str, secret: &str) -> Result<(), Box<dyn Error>> {
    let (name, value) = header
        .split_once(':')
        .ok_or("RINGG_WEBHOOK_HEADER is `Name: value`")?;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let hooks = Hooks {
        ringg: HeaderCheck::new().require(name.trim(), value.trim())?,
        ringyo: Verifier::new(secret)?.replay_protection(10_000),
        received: tx,
    };
    let addr = env("VOICEAI_WEBHOOK_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{addr}/hooks/ringg and /hooks/ringyo");
    tokio::spawn(async move {
        while let Some(text) = rx.recv().await {
            println!("{text}");
        }
    });
    axum::serve(listener, app(hooks)).await?;
    Ok(())
}

/// Against the simulator: subscribe this receiver on both APIs, place a call on each, and
/// wait for their deliveries.
async fn simulated() -> Result<(), Box<dyn Error>> {
    let sim = Simulator::start().await?;
    println!(
        "No webhook secrets set: using the voiceai simulator at {} (not the real services).",
        sim.addr()
    );
    let ringg = ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(sim.ringg_url())
        .build()?;
    let ringyo = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(sim.ringyo_url())
        .build()?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);

    // Ringg: a header of our choosing on the subscription, sent back with every delivery.
    let ringg_secret = "example-ringg-hook-secret-FAKE";
    let ringg_agent =
        ringg_agent_subscribed(&ringg, &format!("{base}/hooks/ringg"), ringg_secret).await?;
    // Ringyo: the webhook's signing secret, shown once, at creation.
    let webhook = ringyo
        .create_webhook()
        .body_map(|b| {
            b.url(format!("{base}/hooks/ringyo")).events(vec![
                ringyo::types::WebhookEventName::CallCompleted,
                ringyo::types::WebhookEventName::CallFailed,
            ])
        })
        .send()
        .await?
        .into_inner();
    let secret = webhook.secret;

    let (tx, mut rx) = mpsc::unbounded_channel();
    let hooks = Hooks {
        ringg: HeaderCheck::new().require("X-Webhook-Secret", ringg_secret)?,
        ringyo: Verifier::new(secret.expose())?,
        received: tx,
    };
    tokio::spawn(async move { axum::serve(listener, app(hooks)).await });
    println!("receiving at {base}/hooks/ringg and {base}/hooks/ringyo");

    // A forged delivery is refused before any handler runs.
    let forged = reqwest::Client::new()
        .post(format!("{base}/hooks/ringyo"))
        .body(r#"{"event":"call.completed","data":{"call_id":"forged"}}"#)
        .send()
        .await?;
    println!("a forged delivery got HTTP {}", forged.status().as_u16());

    let pool = ringg
        .list_workspace_numbers()
        .send()
        .await?
        .into_inner()
        .workspace_numbers
        .into_iter()
        .find_map(|n| n.number_pool_id)
        .ok_or("the workspace has no number pool to call from")?;
    ringg
        .initiate_individual_call_v2()
        .body_map(|b| {
            b.agent_id(ringg_agent)
                .mobile_number("+919876500001")
                .name("Asha")
                // Exactly one caller source is required: the workspace's number pool.
                .number_pool_id(pool)
        })
        .send()
        .await?;
    let agent = ringyo
        .create_agent()
        .body_map(|b| {
            b.name("Webhook demo")
                .system_prompt("You confirm an order, briefly.")
                .voice_id("voice_sarah")
        })
        .send()
        .await?
        .into_inner();
    ringyo
        .create_call()
        .body_map(|b| b.agent_id(agent.id).phone_number("+14155550123"))
        .send()
        .await?;
    println!("placed a call on each API; waiting for their webhooks");

    let (mut from_ringg, mut from_ringyo) = (false, false);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while !(from_ringg && from_ringyo) {
        let text = tokio::time::timeout_at(deadline, rx.recv())
            .await
            .map_err(|_| "no webhook from each API within 60 s")?
            .ok_or("the receiver stopped")?;
        from_ringg |= text.starts_with("ringg:");
        from_ringyo |= text.starts_with("ringyo:");
        println!("received (verified) {text}");
    }
    drop(sim);
    Ok(())
}

/// A Ringg agent whose event subscription posts to `url` with our header.
async fn ringg_agent_subscribed(
    client: &ringg::Client,
    url: &str,
    secret: &str,
) -> Result<String, Box<dyn Error>> {
    use ringg::types;
    let voices = client.list_assistant_voices().send().await?.into_inner();
    let voice = voices
        .voices
        .first()
        .map(|v| v.id.clone())
        .ok_or("the voice catalogue is empty")?;
    let agent = client
        .create_agent()
        .body_map(|b| {
            b.agent_name("Webhook demo")
                .agent_type(types::AgentType::Outbound)
                .primary_language(types::Language::EnIn)
                .voice_id(voice)
                .intro_message("Hi, this is Maya from City Clinic.")
                .introduction_and_objective("You confirm tomorrow's appointment.")
                .task("Confirm the time, or offer to reschedule.")
                .response_guidelines("Be brief and polite.")
        })
        .send()
        .await?
        .into_inner();
    let agent_id = agent
        .data
        .and_then(|d| d.id)
        .ok_or("create_agent returned no id")?;
    let subscription = types::EventSubscription {
        auth_fetch_config: None,
        callback_url: url.to_string(),
        event_type: types::EventSubscriptionEventType::Array(vec![
            types::WebhookEventType::CallStarted,
            types::WebhookEventType::CallCompleted,
        ]),
        headers: [("X-Webhook-Secret".to_string(), secret.to_string())].into(),
        method_type: Some(types::EventSubscriptionMethodType::Post),
    };
    client
        .edit_assistant()
        .body_map(|b| {
            b.agent_id(agent_id.clone())
                .operation(types::EditAssistantOperation::EditEventSubscriptions)
                .event_subscriptions(vec![subscription])
        })
        .send()
        .await?;
    Ok(agent_id)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}
