//! The specs say exactly one thing about every documented shape, and the simulator, playing the
//! server, refuses what the specs do not allow. (Schemathesis and Prism check the same from the
//! outside in `conformance/run.sh`; these tests keep the findings they once reported fixed.)

use serde_json::{json, Value};
use voiceai_simulator::conform::validate;
use voiceai_simulator::{Simulator, RINGG_KEY, RINGYO_KEY};
use voiceai_tests::spec;

fn check(api: &str, schema: &Value, instance: &Value) -> Result<(), String> {
    validate(spec(api), schema, instance, &mut vec!["body".into()]).map_err(|v| v.message)
}

fn component(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// `oneOf` means exactly one: every documented form matches one branch only (the legacy call
/// initiation, the wrapped knowledge base, and every Ringyo object bare and enveloped).
#[test]
fn one_of_forms_are_exclusive_for_every_documented_shape() {
    let legacy = json!({"Unique Call ID": "u1", "Call Status": "ongoing", "Agent ID": "a1"});
    let newest = json!({"call_id": "c1", "call_status": "ongoing", "agent_id": "a1"});
    for data in [&legacy, &newest] {
        check("ringg", &component("CallInitiationData"), data).unwrap();
    }
    let kb = json!({"kb_id": "kb1", "kb_name": "Docs"});
    check("ringg", &component("GetKnowledgeBaseResponse"), &kb).unwrap();
    check(
        "ringg",
        &component("GetKnowledgeBaseResponse"),
        &json!({"data": kb}),
    )
    .unwrap();

    let doc = spec("ringyo");
    let mut enveloped = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for (status, response) in op["responses"].as_object().unwrap() {
                let media = &response["content"]["application/json"];
                let schema = &media["schema"];
                if !status.starts_with('2') || schema.get("oneOf").is_none() {
                    continue;
                }
                let bare = media["example"].clone();
                assert!(!bare.is_null(), "{method} {path} {status} has an example");
                let wrapped = json!({"data": bare, "meta": {"request_id": "req_1"}});
                for instance in [&bare, &wrapped] {
                    check("ringyo", schema, instance)
                        .unwrap_or_else(|e| panic!("{method} {path} {status}: {e}: {instance}"));
                }
                enveloped += 1;
            }
        }
    }
    assert!(
        enveloped >= 9,
        "the single-object answers are described both ways"
    );
}

/// Values the spec does not list are refused, not stored and served back; `null` where none is
/// allowed likewise; a known path with another method is 405 with `Allow`.
#[tokio::test]
async fn the_simulator_refuses_what_the_spec_does_not_allow() {
    let sim = Simulator::builder()
        .ringyo_rate_limit(None)
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::new();
    let ringg = |method: reqwest::Method, path: &str| {
        http.request(method, format!("{}{path}", sim.ringg_url()))
            .header("x-api-key", RINGG_KEY)
    };
    let ringyo = |method: reqwest::Method, path: &str| {
        http.request(method, format!("{}{path}", sim.ringyo_url()))
            .header("authorization", format!("Bearer {RINGYO_KEY}"))
    };
    use reqwest::Method;

    // Ringg: an agent, then an out-of-spec agent_type on update.
    let created: Value = ringg(Method::POST, "/public/agent")
        .json(&voiceai_tests::request_example("ringg", "create_agent"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let agent = created["data"]["id"]
        .as_str()
        .expect("agent id")
        .to_string();
    let refused = ringg(Method::PATCH, &format!("/public/agent/{agent}"))
        .json(&json!({"agent_type": "AAA"}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(
        body["detail"][0]["loc"],
        json!(["body", "agent_type"]),
        "{body}"
    );
    let all: Value = ringg(Method::GET, "/agent/all")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        !all.to_string().contains("AAA"),
        "nothing of it was stored: {all}"
    );
    for (method, path) in [
        (Method::GET, "/calling/history?status=AAA"),
        (Method::POST, "/calling/history/download?status=AAA"),
        (Method::GET, "/campaign/all?limit=0"),
    ] {
        let answer = ringg(method, path).send().await.unwrap();
        assert_eq!(answer.status(), 422, "{path}");
    }

    // Ringyo: `null` status, an unknown status, `failing` (the server's to set).
    let agent: Value = ringyo(Method::POST, "/agents")
        .json(&voiceai_tests::request_example("ringyo", "create_agent"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let agent = agent["id"].as_str().unwrap().to_string();
    for status in [Value::Null, json!("AAA")] {
        let answer = ringyo(Method::PATCH, &format!("/agents/{agent}"))
            .json(&json!({"status": status}))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{status}");
        let body: Value = answer.json().await.unwrap();
        // update_agent documents no code of its own for it: the generic one.
        assert_eq!(body["error"]["code"], "invalid_request", "{body}");
    }
    let hook: Value = ringyo(Method::POST, "/webhooks")
        .json(&json!({"url": "https://example.com/h", "events": ["call.completed"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let hook = hook["id"].as_str().unwrap().to_string();
    let failing = ringyo(Method::PATCH, &format!("/webhooks/{hook}"))
        .json(&json!({"status": "failing"}))
        .send()
        .await
        .unwrap();
    assert_eq!(failing.status(), 400);
    let listed = ringyo(Method::GET, "/calls?status=AAA")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.status(), 400);

    // Each refusal above was the spec check's, before any handler.
    assert!(sim.stats().refused_by_spec >= 7, "{:?}", sim.stats());

    // A known path, an undeclared method.
    let answer = ringg(Method::PUT, "/agent/all").send().await.unwrap();
    assert_eq!(answer.status(), 405);
    assert_eq!(answer.headers()["allow"], "GET");
    let answer = ringyo(Method::TRACE, &format!("/agents/{agent}"))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 405);
    assert_eq!(answer.headers()["allow"], "DELETE, GET, PATCH");
    // An unknown path stays 404.
    let answer = ringyo(Method::GET, "/nowhere").send().await.unwrap();
    assert_eq!(answer.status(), 404);
}
