//! The main job: a realistic walk through both APIs.
//!
//! With `RINGG_API_KEY` / `RINGYO_API_KEY` unset it starts the voiceai simulator in this process
//! (a stateful, local imitation of both services on 127.0.0.1, and says so first), then for each
//! API: checks the account, creates an agent, subscribes a webhook, places a call, follows it to
//! completion, reads its transcript, pages through the call history and receives the webhook.
//!
//! With a key set, that API is called for real: the read-only steps run, and a call is placed
//! only when `VOICEAI_QUICKSTART_CALL_TO` names the number to call (E.164). Webhook steps need an
//! address the service can reach, so they run against the simulator only.

use std::error::Error as StdError;
use std::time::Duration;

use futures_util::StreamExt;
use voiceai::{ringg, ringyo};
use voiceai_simulator::{Simulator, RINGG_KEY, RINGYO_KEY};
use voiceai_tests::receiver::Receiver;

type Result<T> = std::result::Result<T, Box<dyn StdError>>;

/// The shared secret Ringg sends back in a header we choose (Ringg documents no signature).
const RINGG_HOOK_SECRET: &str = "quickstart-hook-secret-FAKE";
/// Longest wait for a call to finish.
const CALL_DEADLINE: Duration = Duration::from_secs(60);

/// Who the simulated runs call: (name, number).
const SIM_CALLEES_IN: [(&str, &str); 3] = [
    ("Asha", "+919876500001"),
    ("Ravi", "+919876500002"),
    ("Meera", "+919876500003"),
];
const SIM_CALLEES_US: [(&str, &str); 3] = [
    ("Sam", "+14155550123"),
    ("Alex", "+14155550124"),
    ("Jordan", "+14155550125"),
];

/// Against a real service: only the number in `VOICEAI_QUICKSTART_CALL_TO`, if any.
fn real_callees(call_to: &Option<String>) -> Vec<(&str, &str)> {
    call_to.iter().map(|n| ("Quickstart", n.as_str())).collect()
}

fn env_set(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.trim().is_empty())
}

#[tokio::main]
async fn main() -> Result<()> {
    let real_ringg = env_set("RINGG_API_KEY");
    let real_ringyo = env_set("RINGYO_API_KEY");
    let sim = if real_ringg && real_ringyo {
        println!("Using the real Ringg AI and Ringyo AI services (keys found in the environment).");
        None
    } else {
        let sim = Simulator::start().await?;
        println!(
            "No {} set: started the voiceai simulator in this process at http://{} (a local \
             imitation of the services, not the real thing).",
            match (real_ringg, real_ringyo) {
                (false, false) => "RINGG_API_KEY or RINGYO_API_KEY",
                (false, true) => "RINGG_API_KEY",
                _ => "RINGYO_API_KEY",
            },
            sim.addr()
        );
        Some(sim)
    };
    let call_to = std::env::var("VOICEAI_QUICKSTART_CALL_TO").ok();

    let ringg = match &sim {
        Some(sim) if !real_ringg => Some(
            ringg::Client::builder()
                .api_key(RINGG_KEY)
                .base_url(sim.ringg_url())
                .build()?,
        ),
        _ => None,
    };
    match ringg {
        Some(client) => walk_ringg(&client, &SIM_CALLEES_IN, true).await?,
        None => walk_ringg(&ringg::Client::from_env()?, &real_callees(&call_to), false).await?,
    }

    let ringyo = match &sim {
        Some(sim) if !real_ringyo => Some(
            ringyo::Client::builder()
                .api_key(RINGYO_KEY)
                .base_url(sim.ringyo_url())
                .build()?,
        ),
        _ => None,
    };
    match ringyo {
        Some(client) => walk_ringyo(&client, &SIM_CALLEES_US, true).await?,
        None => walk_ringyo(&ringyo::Client::from_env()?, &real_callees(&call_to), false).await?,
    }

    println!("\nDone.");
    Ok(())
}

/// Ringg: workspace → voices → create an agent → subscribe a webhook → place a call → follow it
/// → transcript → call history → the webhook.
async fn walk_ringg(client: &ringg::Client, callees: &[(&str, &str)], local: bool) -> Result<()> {
    use ringg::types;
    println!("\n== Ringg AI");
    let workspace = client.get_workspace().send().await?.into_inner();
    let info = workspace
        .workspace_info
        .ok_or("get_workspace returned no workspace_info")?;
    println!(
        "1. workspace {:?} ({}), {} credits",
        info.name.unwrap_or_default(),
        info.id.unwrap_or_default(),
        info.credits.unwrap_or_default()
    );
    let Some(&(first_name, to)) = callees.first() else {
        println!("   (no VOICEAI_QUICKSTART_CALL_TO: not creating an agent or placing a call)");
        return Ok(());
    };

    let voices = client.list_assistant_voices().send().await?.into_inner();
    let voice = voices
        .voices
        .first()
        .map(|v| v.id.clone())
        .ok_or("the voice catalogue is empty")?;
    let agent = client
        .create_agent()
        .body_map(|b| {
            b.agent_name("Quickstart appointment reminder")
                .agent_type(types::AgentType::Outbound)
                .primary_language(types::Language::EnIn)
                .voice_id(voice.clone())
                .intro_message("Hi {{callee_name}}, this is Maya from City Clinic.")
                .introduction_and_objective(
                    "You are Maya, a friendly assistant who confirms tomorrow's appointment.",
                )
                .task("Confirm the appointment time, or offer to reschedule.")
                .response_guidelines("Be brief and polite. Never give medical advice.")
                .custom_variables(vec!["callee_name".to_string()])
        })
        .send()
        .await?
        .into_inner();
    let agent_id = agent
        .data
        .and_then(|d| d.id)
        .ok_or("create_agent returned no id")?;
    println!("2. created agent {agent_id} with voice {voice}");

    let mut receiver = None;
    if local {
        let hooks = Receiver::start().await?;
        let subscription = types::EventSubscription {
            auth_fetch_config: None,
            callback_url: hooks.url().to_string(),
            event_type: types::EventSubscriptionEventType::Array(vec![
                types::WebhookEventType::CallStarted,
                types::WebhookEventType::CallCompleted,
            ]),
            headers: [(
                "X-Webhook-Secret".to_string(),
                RINGG_HOOK_SECRET.to_string(),
            )]
            .into(),
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
        println!(
            "3. subscribed {} to call_started and call_completed",
            hooks.url()
        );
        receiver = Some(hooks);
    } else {
        println!("3. (webhook subscription skipped: a local receiver is not reachable from the real service)");
    }

    // The caller: exactly one of a number pool, a number id or a number is required. The pool
    // of the workspace's first number (rotation and spam skipping are the pool's).
    let numbers = client.list_workspace_numbers().send().await?.into_inner();
    let pool = numbers
        .workspace_numbers
        .iter()
        .find_map(|n| n.number_pool_id.clone())
        .ok_or("the workspace has no number pool to call from")?;
    let mut call_id = None;
    for &(name, number) in callees {
        let call = client
            .initiate_individual_call_v2()
            .body_map(|b| {
                b.agent_id(agent_id.clone())
                    .mobile_number(number)
                    .name(name)
                    .number_pool_id(pool.clone())
                    .custom_args_values(Some(types::CustomArgsValues(
                        [("callee_name".to_string(), serde_json::Value::from(name))]
                            .into_iter()
                            .collect(),
                    )))
            })
            .send()
            .await?
            .into_inner();
        let id = match call.data {
            Some(types::CallInitiationData::CallInitiationDetails(d)) => Some(d.call_id),
            Some(types::CallInitiationData::LegacyCallInitiationData(d)) => Some(d.unique_call_id),
            None => None,
        }
        .ok_or("the call initiation returned no call id")?;
        println!("4. placed call {id} to {name} at {number}");
        call_id.get_or_insert(id);
    }
    let call_id = call_id.ok_or("no call placed")?;
    println!("   following the call to {first_name} at {to}");

    let started = tokio::time::Instant::now();
    let mut last = None;
    let details = loop {
        let details = client
            .get_call_details()
            .id(call_id.clone())
            .send()
            .await?
            .into_inner()
            .data
            .unwrap_or_default();
        let status = details.call_status.clone();
        if status != last {
            println!(
                "5. call status: {}",
                status
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or("unknown".into())
            );
            last = status.clone();
        }
        match status {
            Some(
                types::CallStatus::Completed
                | types::CallStatus::Failed
                | types::CallStatus::Error
                | types::CallStatus::Cancelled,
            ) => break details,
            _ if started.elapsed() > CALL_DEADLINE => {
                return Err("the call did not finish in time".into())
            }
            _ => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    };
    match &details.transcription_url {
        Some(types::Transcript::Array(turns)) => {
            println!("6. transcript ({} turns):", turns.len());
            for turn in turns.iter().take(4) {
                for (speaker, text) in turn.iter() {
                    println!("     {speaker}: {}", text.as_str().unwrap_or_default());
                }
            }
        }
        Some(types::Transcript::String(url)) => println!("6. transcript at {url}"),
        None => println!("6. no transcript (the call did not connect)"),
    }

    let mut history = std::pin::pin!(client.list_call_history().limit(2).stream());
    let (mut seen, mut found) = (0, false);
    while let Some(record) = history.next().await {
        let record = record?;
        found |= record.id == call_id;
        seen += 1;
        if seen == 20 {
            break;
        }
    }
    println!(
        "7. paged through call history 2 at a time: {seen} records, the followed call {}",
        if found {
            "among them"
        } else {
            "not among them"
        }
    );

    if let Some(mut hooks) = receiver {
        let delivery = hooks
            .wait_for_all(&["call_completed", &call_id], Duration::from_secs(10))
            .await
            .ok_or("no call_completed webhook arrived")?;
        let check =
            ringg::webhooks::HeaderCheck::new().require("X-Webhook-Secret", RINGG_HOOK_SECRET)?;
        match ringg::webhooks::verify_and_parse(&check, &delivery.headers, &delivery.body)? {
            ringg::webhooks::Event::Known(event) => {
                let event = serde_json::to_value(&event)?;
                println!(
                    "8. received {} for call {} (status {}, {} s), shared-secret header checked",
                    event["event_type"].as_str().unwrap_or("?"),
                    event["call_id"].as_str().unwrap_or("?"),
                    event["status"].as_str().unwrap_or("?"),
                    event["call_duration"]
                        .as_f64()
                        .map(|d| format!("{d:.1}"))
                        .unwrap_or("?".into()),
                )
            }
            ringg::webhooks::Event::Unknown { event_type, .. } => {
                println!("8. received webhook of a type this client does not know: {event_type:?}")
            }
        }
    }
    Ok(())
}

/// Ringyo: phone numbers → create an agent → create a webhook → place a call → follow it →
/// transcript → call history → the signed webhook.
async fn walk_ringyo(client: &ringyo::Client, callees: &[(&str, &str)], local: bool) -> Result<()> {
    use ringyo::types;
    println!("\n== Ringyo AI");
    let numbers = client.list_phone_numbers().send().await?.into_inner();
    // An active number that can make voice calls.
    let from = numbers
        .data
        .iter()
        .find(|n| {
            n.status == Some(types::PhoneNumberStatus::Active)
                && n.capabilities
                    .as_ref()
                    .is_none_or(|c| c.voice != Some(false))
        })
        .and_then(|n| n.phone_number.clone());
    println!(
        "1. account has {} phone number(s){}",
        numbers.total.unwrap_or(numbers.data.len() as i64),
        from.as_deref()
            .map(|f| format!("; calling from {f}"))
            .unwrap_or_default()
    );
    let Some(&(first_name, to)) = callees.first() else {
        println!("   (no VOICEAI_QUICKSTART_CALL_TO: not creating an agent or placing a call)");
        return Ok(());
    };

    let agent = client
        .create_agent()
        .body_map(|b| {
            b.name("Quickstart follow-up")
                .system_prompt("You are a friendly assistant who follows up on a support ticket.")
                .voice_id("voice_sarah")
                .first_message(Some(
                    "Hi, this is Sam calling about your support ticket.".to_string(),
                ))
                .language(Some("en-US".to_string()))
        })
        .send()
        .await?
        .into_inner();
    println!("2. created agent {}", agent.id);

    let mut receiver = None;
    if local {
        let hooks = Receiver::start().await?;
        let webhook = client
            .create_webhook()
            .body_map(|b| {
                b.url(hooks.url())
                    .events(vec![
                        types::WebhookEventName::CallCompleted,
                        types::WebhookEventName::CallFailed,
                    ])
                    .description(Some("quickstart".to_string()))
            })
            .send()
            .await?
            .into_inner();
        // Required by the spec: a response without it does not decode.
        let secret = webhook.secret.clone();
        println!(
            "3. webhook {} for call.completed and call.failed at {} (signing secret shown once)",
            webhook.id.or(webhook.webhook_id).unwrap_or_default(),
            hooks.url()
        );
        receiver = Some((hooks, secret));
    } else {
        println!("3. (webhook skipped: a local receiver is not reachable from the real service)");
    }

    let mut first = None;
    for &(name, number) in callees {
        let call = client
            .create_call()
            .body_map(|b| {
                b.agent_id(agent.id.clone())
                    .phone_number(number)
                    .from_number(from.clone())
                    .record(Some(true))
                    .metadata(
                        [("callee_name".to_string(), serde_json::Value::from(name))]
                            .into_iter()
                            .collect::<serde_json::Map<_, _>>(),
                    )
            })
            .send()
            .await?
            .into_inner();
        println!("4. placed call {} to {name} at {number}", call.id);
        first.get_or_insert(call);
    }
    let call = first.ok_or("no call placed")?;
    println!("   following the call to {first_name} at {to}");

    let started = tokio::time::Instant::now();
    let mut last = None;
    let call = loop {
        let current = client
            .get_call()
            .call_id(call.id.clone())
            .include("transcript,recording")
            .send()
            .await?
            .into_inner();
        if current.status != last {
            println!(
                "5. call status: {}",
                current
                    .status
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or("unknown".into())
            );
            last = current.status.clone();
        }
        use types::CallStatus as S;
        match current.status {
            // The transcript is processed shortly after the call ends.
            Some(S::Completed)
                if current.transcript.is_none() && started.elapsed() < CALL_DEADLINE =>
            {
                tokio::time::sleep(Duration::from_millis(200)).await
            }
            Some(S::Completed | S::Failed | S::NoAnswer | S::Busy | S::Transferred) => {
                break current
            }
            _ if started.elapsed() > CALL_DEADLINE => {
                return Err("the call did not finish in time".into())
            }
            _ => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    };
    match &call.transcript {
        Some(types::CallTranscript::Array(segments)) => {
            println!("6. transcript ({} segments):", segments.len());
            for s in segments.iter().take(4) {
                println!(
                    "     {}: {}",
                    s.role.as_deref().unwrap_or("?"),
                    s.content.as_deref().unwrap_or("")
                );
            }
        }
        Some(types::CallTranscript::String(text)) => println!("6. transcript: {text}"),
        None => println!("6. no transcript (the call did not connect)"),
    }

    let mut pages = std::pin::pin!(client.list_calls().limit(2).stream());
    let mut seen = 0;
    while let Some(c) = pages.next().await {
        c?;
        seen += 1;
        if seen == 20 {
            break;
        }
    }
    println!("7. paged through the call list 2 at a time: {seen} calls");

    if let Some((mut hooks, secret)) = receiver {
        let delivery = hooks
            .wait_for_all(&["call.", &call.id], Duration::from_secs(10))
            .await
            .ok_or("no call webhook arrived")?;
        let verifier = ringyo::webhooks::Verifier::new(secret.expose())?;
        let event =
            ringyo::webhooks::verify_and_parse(&verifier, &delivery.headers, &delivery.body)?;
        println!(
            "8. received webhook {} (signature verified) for {}",
            event.event,
            event
                .data
                .get("call_id")
                .or_else(|| event.data.get("id"))
                .and_then(|v| v.as_str())
                .unwrap_or("?")
        );
    }
    Ok(())
}
