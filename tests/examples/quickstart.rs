//! The main job: a walk through both APIs.
//!
//! With `RINGG_API_KEY` / `RINGYO_API_KEY` unset it starts a local mock server on 127.0.0.1
//! that answers every operation with the spec's documented example (and says so first); with a
//! key set, that API is called for real.

use std::error::Error as StdError;

use httpmock::MockServer;
use voiceai::{ringg, ringyo};
use voiceai_tests::examples_server::serve_examples;

const MOCK_RINGG_KEY: &str = "mock-ringg-key-FAKE";
const MOCK_RINGYO_KEY: &str = "rg_test_mock_FAKE";

fn env_set(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.trim().is_empty())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn StdError>> {
    let real_ringg = env_set("RINGG_API_KEY");
    let real_ringyo = env_set("RINGYO_API_KEY");
    let mock = if real_ringg && real_ringyo {
        println!("Using the real Ringg AI and Ringyo AI services (keys found in the environment).");
        None
    } else {
        let server = MockServer::start_async().await;
        println!(
            "No {} set: started a local mock server at {} that answers with the documented examples \
             (this is not the real service).",
            match (real_ringg, real_ringyo) {
                (false, false) => "RINGG_API_KEY or RINGYO_API_KEY",
                (false, true) => "RINGG_API_KEY",
                _ => "RINGYO_API_KEY",
            },
            server.base_url()
        );
        if !real_ringg {
            serve_examples(&server, "ringg", "/ringg", "x-api-key", MOCK_RINGG_KEY);
        }
        if !real_ringyo {
            serve_examples(
                &server,
                "ringyo",
                "/ringyo",
                "authorization",
                &format!("Bearer {MOCK_RINGYO_KEY}"),
            );
        }
        Some(server)
    };

    let ringg = match &mock {
        Some(server) if !real_ringg => ringg::Client::builder()
            .api_key(MOCK_RINGG_KEY)
            .base_url(server.url("/ringg"))
            .build()?,
        _ => ringg::Client::from_env()?,
    };
    let ringyo = match &mock {
        Some(server) if !real_ringyo => ringyo::Client::builder()
            .api_key(MOCK_RINGYO_KEY)
            .base_url(server.url("/ringyo"))
            .build()?,
        _ => ringyo::Client::from_env()?,
    };

    println!("\n== Ringg AI");
    let ws = ringg.get_workspace().send().await?.into_inner();
    println!("1. workspace: {}", serde_json::to_string(&ws)?);
    let agents = ringg
        .list_assistants()
        .limit(10)
        .offset(0)
        .send()
        .await?
        .into_inner();
    println!("2. assistants: {}", serde_json::to_string(&agents)?);
    let history = ringg
        .list_call_history()
        .limit(5)
        .offset(0)
        .send()
        .await?
        .into_inner();
    println!("3. call history page: {}", serde_json::to_string(&history)?);

    println!("\n== Ringyo AI");
    let agents = ringyo.list_agents().limit(10).send().await?;
    println!(
        "1. agents (request id {:?}): {}",
        voiceai::request_id(&agents),
        serde_json::to_string(agents.as_ref())?
    );
    let calls = ringyo.list_calls().limit(5).send().await?.into_inner();
    println!("2. calls page: {}", serde_json::to_string(&calls)?);
    let numbers = ringyo.list_phone_numbers().send().await?.into_inner();
    println!("3. phone numbers: {}", serde_json::to_string(&numbers)?);

    println!("\nDone.");
    Ok(())
}
