//! Place many calls at once, inside the plan's rate limit.
//!
//! ```sh
//! cargo run --example concurrent_calls                 # 60 calls against the simulator
//! RINGYO_API_KEY=… VOICEAI_AGENT_ID=agent_… VOICEAI_CALL_LIST=numbers.txt \
//!     cargo run --example concurrent_calls             # one E.164 number a line
//! ```
//!
//! Up to 16 requests are in flight; the client's plan limit makes the rest wait their turn
//! instead of meeting 429s, and a 429 that still comes (another process on the same key) is
//! waited out and retried. Creating a Ringyo call carries an idempotency key, so a retried
//! creation never dials twice. At the end, `client.usage()` shows the time spent waiting and
//! the 429s met.

use std::error::Error;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use voiceai::ringyo;
use voiceai_simulator::{Config, RateLimit, Simulator, RINGYO_KEY};

/// Requests in flight at once.
const CONCURRENCY: usize = 16;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let (client, sim) = connect().await?;
    let (agent_id, numbers) = match &sim {
        Some(_) => (
            demo_agent(&client).await?,
            (0..60)
                .map(|i| format!("+1415555{:04}", 2000 + i))
                .collect(),
        ),
        None => {
            let agent = env("VOICEAI_AGENT_ID").ok_or("set VOICEAI_AGENT_ID")?;
            let list =
                env("VOICEAI_CALL_LIST").ok_or("set VOICEAI_CALL_LIST to a file of numbers")?;
            let numbers: Vec<String> = std::fs::read_to_string(&list)?
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect();
            (agent, numbers)
        }
    };

    let started = Instant::now();
    let results: Vec<(String, Result<String, voiceai::Error>)> =
        futures_util::stream::iter(numbers.into_iter().map(|number| {
            let client = client.clone();
            let agent_id = agent_id.clone();
            async move {
                let placed = client
                    .create_call()
                    .body_map(|b| b.agent_id(agent_id).phone_number(number.clone()))
                    .send()
                    .await
                    .map(|call| call.into_inner().id);
                (number, placed)
            }
        }))
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;

    let mut failed = 0;
    for (number, result) in &results {
        match result {
            Ok(id) => println!("{number}: call {id}"),
            Err(e) => {
                failed += 1;
                eprintln!("{number}: {e}");
                if e.may_have_taken_effect() {
                    eprintln!("  (may have been placed: check before calling again)");
                }
            }
        }
    }
    let usage = client.usage();
    println!(
        "{} calls placed, {failed} failed, in {:.1} s",
        results.len() - failed,
        started.elapsed().as_secs_f64()
    );
    println!("{}", usage.summary());
    drop(sim);
    if failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}

/// The real service when `RINGYO_API_KEY` is set (Pro plan: 300 requests a minute), else the
/// simulator, started here with a tight limit (20 requests every 2 s) that the client matches,
/// so that the run shows waiting instead of 429s.
async fn connect() -> Result<(ringyo::Client, Option<Simulator>), Box<dyn Error>> {
    if env("RINGYO_API_KEY").is_some() {
        let client = ringyo::Client::builder().plan(ringyo::Plan::Pro).build()?;
        return Ok((client, None));
    }
    let (requests, window) = (20, Duration::from_secs(2));
    let sim = Simulator::builder()
        .config(Config {
            ringyo_rate_limit: Some(RateLimit { requests, window }),
            ringyo_credits: 10_000.0,
            ..Config::default()
        })
        .start()
        .await?;
    println!(
        "No RINGYO_API_KEY: using the voiceai simulator at {} (not the real service), which \
         allows {requests} requests every {window:?}.",
        sim.addr()
    );
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(sim.ringyo_url())
        .rate_limit(requests, window)
        .build()?;
    Ok((client, Some(sim)))
}

async fn demo_agent(client: &ringyo::Client) -> Result<String, voiceai::Error> {
    let agent = client
        .create_agent()
        .body_map(|b| {
            b.name("Appointment reminders")
                .system_prompt("You remind people of tomorrow's appointment and offer to move it.")
                .voice_id("voice_sarah")
        })
        .send()
        .await?;
    Ok(agent.into_inner().id)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}
