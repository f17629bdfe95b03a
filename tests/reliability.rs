//! The reliability suite: the runtime against the simulator's fault injection, with fixed seeds.
//!
//! Every figure printed here repeats under the same seed, because the simulator draws its faults
//! from a seeded generator in the order requests arrive and these tests send one at a time.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use voiceai::{ringg, ringyo, RetryPolicy};
use voiceai_simulator::{Faults, Simulator, RINGG_KEY, RINGYO_KEY};
use voiceai_tests::request_example;

/// Short waits between attempts, so that the suite runs in seconds; what is tested is whether
/// and how often the runtime retries, not how long it sleeps.
fn quick(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        initial_backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(4),
        max_server_wait: Duration::from_secs(5),
        jitter: true,
    }
}

fn ringg_client(sim: &Simulator, retries: u32) -> ringg::Client {
    ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(sim.ringg_url())
        .retry_policy(quick(retries))
        .retry_budget(1_000_000)
        .build()
        .expect("client")
}

fn ringyo_client(sim: &Simulator, retries: u32) -> ringyo::Client {
    ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(sim.ringyo_url())
        .retry_policy(quick(retries))
        .retry_budget(1_000_000)
        .no_rate_limit()
        .build()
        .expect("client")
}

fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the spec's example decodes")
}

/// 20 % 503, 10 % connection resets before processing, 5 % 429 (with `Retry-After: 0`), on
/// `get_workspace` only.
fn get_faults() -> Faults {
    Faults {
        status: vec![(503, 0.20), (429, 0.05)],
        reset_before: 0.10,
        retry_after: Some(0),
        operations: vec!["get_workspace".into()],
        ..Faults::none()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_gets_through_503s_resets_and_429s_all_succeed() {
    const SEED: u64 = 20_261_123;
    // P(an attempt fails) = 0.325, so 10 retries leave 0.325^11 ≈ 4e-6 per request.
    let sim = Simulator::builder()
        .seed(SEED)
        .faults(get_faults())
        .start()
        .await
        .unwrap();
    let client = ringg_client(&sim, 10);
    let mut histogram: BTreeMap<u32, u32> = BTreeMap::new();
    for i in 0..1000 {
        let response = client
            .get_workspace()
            .send()
            .await
            .unwrap_or_else(|e| panic!("request {i} failed: {e}"));
        *histogram.entry(response.attempts()).or_default() += 1;
    }
    let stats = sim.stats();
    let attempts: u32 = histogram.iter().map(|(a, n)| a * n).sum();
    let would_fail_at_default = histogram
        .iter()
        .filter(|(a, _)| **a > 3)
        .map(|(_, n)| n)
        .sum::<u32>();
    println!("attempts per request (10 retries allowed): {histogram:?}");
    println!("faults injected: {:?}", stats.faults);
    println!("requests needing more than the default 2 retries: {would_fail_at_default}");
    assert_eq!(histogram.values().sum::<u32>(), 1000);
    assert_eq!(
        u64::from(attempts),
        stats.requests,
        "every attempt reached the server once"
    );
    let faults: u64 = stats.faults.values().sum();
    assert_eq!(
        u64::from(attempts) - 1000,
        faults,
        "one retry per injected fault"
    );
    // A reset comes first and pre-empts a status, so an attempt meets a fault with probability
    // 0.10 + 0.90 × 0.25 = 0.325 (the exact count is fixed by the seed).
    assert!((400..=600).contains(&faults), "{faults} faults");
    assert!(
        histogram.keys().any(|a| *a >= 4),
        "some requests needed 3+ retries"
    );

    // The same run with the default of 2 retries: how many fail.
    let sim = Simulator::builder()
        .seed(SEED)
        .faults(get_faults())
        .start()
        .await
        .unwrap();
    let client = ringg_client(&sim, RetryPolicy::default().max_retries);
    let mut failed = BTreeMap::<String, u32>::new();
    for _ in 0..1000 {
        if let Err(e) = client.get_workspace().send().await {
            let kind = match &e {
                voiceai::Error::Server(_) => "503",
                voiceai::Error::RateLimited { .. } => "429",
                voiceai::Error::Transport { .. } => "reset",
                other => panic!("unexpected error: {other}"),
            };
            *failed.entry(kind.into()).or_default() += 1;
        }
    }
    let total: u32 = failed.values().sum();
    println!("with the default 2 retries, {total} of 1000 fail: {failed:?}");
    // 0.325^3 ≈ 3.4 % expected.
    assert!(
        (15..=80).contains(&total),
        "{total} failures at the default"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ringyo_create_call_with_faults_after_processing_creates_each_call_exactly_once() {
    let sim = Simulator::builder()
        .seed(7)
        .clock_speed(50_000.0)
        .ringyo_rate_limit(None)
        .ringyo_credits(1e9)
        .faults(Faults {
            reset_after: 0.15,
            status_after: vec![(503, 0.15)],
            retry_after: Some(0),
            operations: vec!["create_call".into()],
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let client = ringyo_client(&sim, 10);
    let agent = client
        .create_agent()
        .body(typed::<ringyo::types::CreateAgentRequest>(request_example(
            "ringyo",
            "create_agent",
        )))
        .send()
        .await
        .expect("agent")
        .into_inner();
    let agent_id = agent.id;
    let mut ids = BTreeSet::new();
    let (mut retried, mut retries) = (0, 0);
    for i in 0..500 {
        let phone = format!("+1415555{:04}", i);
        let response = client
            .create_call()
            .body_map(|b| b.agent_id(agent_id.clone()).phone_number(phone))
            .send()
            .await
            .unwrap_or_else(|e| panic!("call {i}: {e}"));
        let attempts = response.attempts();
        if attempts > 1 {
            retried += 1;
            retries += u64::from(attempts - 1);
        }
        ids.insert(response.into_inner().id);
    }
    let stats = sim.stats();
    let server_calls = sim.inspect(|w| w.ringyo.calls().len());
    println!(
        "500 create_call: {retried} needed a retry ({retries} retries); faults {:?}; replays {}",
        stats.faults, stats.idempotent_replays
    );
    assert_eq!(ids.len(), 500, "500 distinct calls came back");
    assert_eq!(
        server_calls, 500,
        "exactly 500 calls exist on the server: none lost, none doubled"
    );
    assert!(retried > 0);
    // Every fault here struck after the call was created, so every retry was a replay.
    assert_eq!(
        stats.idempotent_replays, retries,
        "every retry was answered from the first request"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ringg_call_initiation_with_the_same_faults_is_never_resent() {
    let sim = Simulator::builder()
        .seed(11)
        .clock_speed(50_000.0)
        .ringg_credits(1e9)
        .faults(Faults {
            reset_after: 0.15,
            status_after: vec![(503, 0.15)],
            retry_after: Some(0),
            operations: vec!["initiate_individual_call_v2".into()],
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let client = ringg_client(&sim, 10);
    let agent = client
        .create_agent()
        .body(typed::<ringg::types::CreateAgentRequest>(request_example(
            "ringg",
            "create_agent",
        )))
        .send()
        .await
        .expect("agent")
        .into_inner();
    let agent_id = agent.data.and_then(|d| d.id).expect("agent id");
    let mut body: serde_json::Value = request_example("ringg", "initiate_individual_call_v2");
    body["agent_id"] = agent_id.into();
    let body: ringg::types::InitiateCallV2Request = typed(body);
    let (mut ok, mut failed) = (0, 0);
    for i in 0..200 {
        match client
            .initiate_individual_call_v2()
            .body(body.clone())
            .send()
            .await
        {
            Ok(response) => {
                assert_eq!(response.attempts(), 1, "call {i} was sent once");
                ok += 1;
            }
            Err(e) => {
                assert!(e.may_have_taken_effect(), "call {i}: {e}");
                assert!(e.to_string().contains("may have"), "{e}");
                failed += 1;
            }
        }
    }
    let stats = sim.stats();
    let served = stats
        .served
        .get(&(
            "ringg".to_string(),
            "initiate_individual_call_v2".to_string(),
        ))
        .copied()
        .unwrap_or(0);
    println!("200 Ringg call initiations: {ok} ok, {failed} failed as 'may have taken effect'; faults {:?}", stats.faults);
    assert_eq!(served, 200, "nothing was resent");
    assert!(failed > 20, "{failed}");
    assert_eq!(
        sim.inspect(|w| w.ringg.calls().len()),
        200,
        "every initiation took effect on the server, the failed ones included"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_and_non_json_bodies_are_decode_errors_that_keep_the_body() {
    for (faults, name) in [
        (
            Faults {
                truncate: 1.0,
                ..Faults::none()
            },
            "truncated",
        ),
        (
            Faults {
                non_json: 1.0,
                ..Faults::none()
            },
            "non-JSON",
        ),
    ] {
        let sim = Simulator::builder().faults(faults).start().await.unwrap();
        let ringg = ringg_client(&sim, 2);
        let e = ringg.get_workspace().send().await.unwrap_err();
        match &e {
            voiceai::Error::Decode(decode) => {
                let body = &decode.body;
                assert!(!body.is_empty(), "{name}: the body is kept");
                if name == "non-JSON" {
                    assert!(String::from_utf8_lossy(body).contains("502 Bad Gateway"));
                } else {
                    assert!(String::from_utf8_lossy(body).starts_with('{'));
                }
            }
            other => panic!("{name}: expected a decode error, got {other:?}"),
        }
        let ringyo = ringyo_client(&sim, 2);
        let e = ringyo.list_calls().send().await.unwrap_err();
        assert!(matches!(e, voiceai::Error::Decode { .. }), "{name}: {e:?}");
        assert_eq!(
            sim.stats().requests,
            2,
            "{name}: a decode error is not retried"
        );
    }
}
