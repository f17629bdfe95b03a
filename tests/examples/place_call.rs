//! Place one call and wait for its outcome.
//!
//! ```sh
//! cargo run --example place_call                       # against the simulator, no keys needed
//! RINGYO_API_KEY=… VOICEAI_AGENT_ID=agent_… VOICEAI_CALL_TO=+14155550123 \
//!     cargo run --example place_call                   # a real call
//! ```
//!
//! The call is created once: if creating it fails in a way that may have reached the server,
//! the example says so and gives the idempotency key to resend it with, instead of dialling
//! twice. It then polls the call, backing off, until it ends, and prints the outcome.

use std::error::Error;
use std::time::{Duration, Instant};

use voiceai::ringyo::{self, types};
use voiceai::RequestOptions;
use voiceai_simulator::{Simulator, RINGYO_KEY};

/// Longest wait for the call to end (a real call can take a while).
const DEADLINE: Duration = Duration::from_secs(15 * 60);

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let (client, sim) = connect().await?;
    let (agent_id, to) = match &sim {
        Some(_) => (demo_agent(&client).await?, "+14155550123".to_string()),
        None => (
            env("VOICEAI_AGENT_ID").ok_or("set VOICEAI_AGENT_ID to the agent that should call")?,
            env("VOICEAI_CALL_TO").ok_or("set VOICEAI_CALL_TO to the number to call (E.164)")?,
        ),
    };

    // One idempotency key for this call, kept so that a resend after an unclear failure
    // cannot place a second call.
    let key = format!("place-call-{}-{}", std::process::id(), unix_secs());
    let created = RequestOptions::new()
        .idempotency_key(&key)
        .run(
            client
                .create_call()
                .body_map(|b| b.agent_id(agent_id.clone()).phone_number(to.clone()))
                .send(),
        )
        .await;
    let call = match created {
        Ok(call) => call.into_inner(),
        Err(e) if e.may_have_taken_effect() => {
            eprintln!("{e}");
            eprintln!("The call may have been placed. Check the call list, or run again with the same idempotency key: {key}");
            std::process::exit(1);
        }
        Err(e) => return Err(e.into()),
    };
    println!("placed call {} to {to}", call.id);

    let started = Instant::now();
    let mut wait = Duration::from_millis(250);
    let mut last = None;
    let call = loop {
        let current = client
            .get_call()
            .call_id(call.id.clone())
            .include("transcript")
            .send()
            .await?
            .into_inner();
        if current.status != last {
            println!("status: {}", describe(current.status.as_ref()));
            last = current.status.clone();
        }
        use types::CallStatus as S;
        match current.status {
            Some(S::Completed | S::Failed | S::NoAnswer | S::Busy | S::Transferred) => {
                break current
            }
            _ if started.elapsed() > DEADLINE => {
                return Err(format!("call {} still not over after {DEADLINE:?}", call.id).into())
            }
            _ => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
            }
        }
    };

    println!(
        "outcome: {} after {} s{}",
        describe(call.status.as_ref()),
        call.duration.or(call.duration_seconds).unwrap_or(0),
        call.outcome
            .as_deref()
            .map(|o| format!(" ({o})"))
            .unwrap_or_default()
    );
    if let Some(types::CallTranscript::Array(segments)) = &call.transcript {
        for s in segments.iter().take(6) {
            println!(
                "  {}: {}",
                s.role.as_deref().unwrap_or("?"),
                s.content.as_deref().unwrap_or("")
            );
        }
    }
    drop(sim);
    Ok(())
}

fn describe(status: Option<&types::CallStatus>) -> String {
    status.map_or("unknown".into(), ToString::to_string)
}

/// The real service when `RINGYO_API_KEY` is set, else the simulator, started here.
async fn connect() -> Result<(ringyo::Client, Option<Simulator>), Box<dyn Error>> {
    if env("RINGYO_API_KEY").is_some() {
        let client = ringyo::Client::builder().plan(ringyo::Plan::Pro).build()?;
        return Ok((client, None));
    }
    let sim = Simulator::start().await?;
    println!(
        "No RINGYO_API_KEY: using the voiceai simulator at {} (not the real service).",
        sim.addr()
    );
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(sim.ringyo_url())
        .build()?;
    Ok((client, Some(sim)))
}

/// An agent for the simulated run.
async fn demo_agent(client: &ringyo::Client) -> Result<String, voiceai::Error> {
    let agent = client
        .create_agent()
        .body_map(|b| {
            b.name("Delivery confirmation")
                .system_prompt("You confirm tomorrow's delivery window, politely and briefly.")
                .voice_id("voice_sarah")
        })
        .send()
        .await?;
    Ok(agent.into_inner().id)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn unix_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
