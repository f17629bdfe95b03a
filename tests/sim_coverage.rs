//! The simulator serves every operation of both specs.
//!
//! Each operation is sent once, raw, as the spec describes it: its method and path (path
//! parameters filled in), its documented JSON example as the body, or a multipart body with every
//! part the schema names. The test then checks that the simulator routed it to the operation's
//! handler (its served count), that the handler did not refuse it as unsimulated (501), and that
//! the answer's status is one the spec documents for the operation, or a 404 for the made-up ids.
//! The typed, end-to-end walks are in `sim_ringg.rs` and `sim_ringyo.rs`.

use serde_json::Value;
use voiceai_simulator::{Simulator, RINGG_KEY, RINGYO_KEY};
use voiceai_tests::{operations, request_example, spec};

fn body_of(api: &str, op: &Value, id: &str, spec: &Value) -> (Option<&'static str>, Vec<u8>) {
    let Some(body) = op.get("requestBody") else {
        return (None, Vec::new());
    };
    let body = match body.get("$ref").and_then(Value::as_str) {
        Some(r) => spec
            .pointer(r.trim_start_matches('#'))
            .expect("requestBody ref"),
        None => body,
    };
    if body["content"].get("application/json").is_some() {
        let example = request_example(api, id);
        return (
            Some("application/json"),
            serde_json::to_vec(&example).expect("example encodes"),
        );
    }
    let schema = &body["content"]["multipart/form-data"]["schema"];
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => spec.pointer(r.trim_start_matches('#')).expect("schema ref"),
        None => schema,
    };
    let mut form = Vec::new();
    for (name, prop) in schema["properties"]
        .as_object()
        .expect("multipart properties")
    {
        let file = prop.get("format").and_then(Value::as_str) == Some("binary")
            || prop["items"].get("format").and_then(Value::as_str) == Some("binary");
        let (disposition, data) = if file {
            (
                format!("form-data; name=\"{name}\"; filename=\"contacts.csv\"\r\nContent-Type: text/csv"),
                "name,mobile_number\nAsha,+919876543210\nRavi,+919876543211\n".to_string(),
            )
        } else {
            let value = prop
                .get("example")
                .map(|e| match e {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .unwrap_or_else(|| "coverage".to_string());
            (format!("form-data; name=\"{name}\""), value)
        };
        form.extend_from_slice(
            format!("--COVERAGE\r\nContent-Disposition: {disposition}\r\n\r\n{data}\r\n")
                .as_bytes(),
        );
    }
    form.extend_from_slice(b"--COVERAGE--\r\n");
    (Some("multipart/form-data; boundary=COVERAGE"), form)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_of_both_specs_is_served() {
    let sim = Simulator::builder()
        .ringyo_rate_limit(None)
        .start()
        .await
        .expect("simulator starts");
    let http = reqwest::Client::new();
    let mut checked = 0;
    // `regenerate_api_key` rotates the Ringg key; the rest go with the new one.
    let mut ringg_key = RINGG_KEY.to_string();
    for api in ["ringg", "ringyo"] {
        let spec = spec(api);
        let base = if api == "ringg" {
            sim.ringg_url()
        } else {
            sim.ringyo_url()
        };
        for (id, method, path) in operations(api) {
            let op = &spec["paths"][&path][method.to_lowercase()];
            let mut url = base.clone();
            for segment in path.split('/').skip(1) {
                url.push('/');
                url.push_str(if segment.starts_with('{') {
                    "coverage-id"
                } else {
                    segment
                });
            }
            // Required query parameters (the simulator refuses a request without them, as
            // the spec says), with their documented example where there is one.
            let required: Vec<(String, String)> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| voiceai_codegen::spec::resolve(spec, p))
                .filter(|p| p["in"] == "query" && p["required"] == true)
                .map(|p| {
                    let example = p
                        .get("example")
                        .or_else(|| p["schema"].get("example"))
                        .or_else(|| p["schema"].get("default"))
                        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                        .unwrap_or_else(|| "coverage-id".to_string());
                    (p["name"].as_str().unwrap_or_default().to_string(), example)
                })
                .collect();
            if !required.is_empty() {
                let query: Vec<String> = required.iter().map(|(k, v)| format!("{k}={v}")).collect();
                url.push('?');
                url.push_str(&query.join("&"));
            }
            let (content_type, body) = body_of(api, op, &id, spec);
            let mut request = http.request(method.parse().expect("method"), &url);
            request = if api == "ringg" {
                request.header("x-api-key", &ringg_key)
            } else {
                request.header("authorization", format!("Bearer {RINGYO_KEY}"))
            };
            if let Some(content_type) = content_type {
                request = request.header("content-type", content_type).body(body);
            }
            let response = request.send().await.expect("the simulator answers");
            let status = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            if id == "regenerate_api_key" && status == 200 {
                let body: Value = serde_json::from_str(&text).expect("JSON");
                ringg_key = body["new_api_key"].as_str().expect("new key").to_string();
            }
            let served = sim
                .stats()
                .served
                .get(&(api.to_string(), id.clone()))
                .copied()
                .unwrap_or(0);
            assert!(
                served >= 1,
                "{api} {id} ({method} {path}) was not routed to its handler: {status} {text}"
            );
            assert_ne!(status, 501, "{api} {id} is not simulated: {text}");
            let documented = op["responses"]
                .as_object()
                .expect("responses")
                .contains_key(&status.to_string());
            assert!(
                documented || status == 404,
                "{api} {id} answered {status}, which its spec does not document: {text}"
            );
            checked += 1;
        }
    }
    let expected = voiceai::ringg::OPERATIONS.len() + voiceai::ringyo::OPERATIONS.len();
    assert_eq!(checked, expected, "every operation of both specs was sent");
    assert_eq!(expected, 41 + 14);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_path_or_key_is_refused_in_each_apis_own_error_shape() {
    let sim = Simulator::start().await.expect("simulator starts");
    let http = reqwest::Client::new();
    let ringg = http
        .get(format!("{}/workspace", sim.ringg_url()))
        .header("x-api-key", "wrong-key-FAKE")
        .send()
        .await
        .unwrap();
    assert_eq!(ringg.status(), 401);
    let body: Value = ringg.json().await.unwrap();
    assert!(body["detail"].is_string(), "{body}");
    let ringyo = http
        .get(format!("{}/calls", sim.ringyo_url()))
        .header("authorization", "Bearer rg_test_wrong_FAKE")
        .send()
        .await
        .unwrap();
    assert_eq!(ringyo.status(), 401);
    let body: Value = ringyo.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthorized", "{body}");
    assert!(body["meta"]["request_id"]
        .as_str()
        .unwrap()
        .starts_with("req_"));
    let nowhere = http
        .get(format!("{}/nowhere", sim.ringyo_url()))
        .header("authorization", format!("Bearer {RINGYO_KEY}"))
        .send()
        .await
        .unwrap();
    assert_eq!(nowhere.status(), 404);
    let elsewhere = http
        .get(format!("http://{}/other", sim.addr()))
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ringgs_documented_per_operation_limit_is_enforced() {
    // `delete_knowledge_base` allows 10 requests a minute per workspace (`x-rate-limit`). The
    // window is aligned to the clock minute, so the first 429 comes after 10 answers, or up to
    // 20 if the minute turned during the run.
    let sim = Simulator::start().await.expect("simulator starts");
    let http = reqwest::Client::new();
    let mut before_429 = 0;
    let mut wait = None;
    for i in 0..25 {
        let response = http
            .delete(format!("{}/external/kb/kb-{i}", sim.ringg_url()))
            .header("x-api-key", RINGG_KEY)
            .send()
            .await
            .unwrap();
        if response.status() == 429 {
            let secs: u64 = response.headers()["retry-after"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            wait = Some(secs);
            break;
        }
        before_429 += 1;
    }
    let wait = wait.expect("the 11th request of a minute is refused");
    assert!((10..=20).contains(&before_429), "{before_429}");
    assert!((1..=60).contains(&wait), "Retry-After {wait}");
    assert_eq!(sim.stats().rate_limited, 1);
}

/// Hostile values in the request path get an answer, never a dropped connection: a date-time
/// whose offset is four bytes but not four characters (it once split the `é` and panicked with
/// the state locked), and a multipart boundary longer than RFC 2046 allows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_values_are_refused_not_a_panic() {
    let sim = Simulator::start().await.expect("simulator starts");
    let http = reqwest::Client::new();
    let dates = http
        .get(format!(
            "{}/calls?from_date=2024-01-15T10:30:00%2B1%C3%A91",
            sim.ringyo_url()
        ))
        .header("authorization", format!("Bearer {RINGYO_KEY}"))
        .send()
        .await
        .expect("an answer, not a reset");
    assert_eq!(dates.status(), 400);
    let body: Value = dates.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_date_format", "{body}");

    let boundary = "-".repeat(71);
    let upload = http
        .post(format!("{}/campaign/save", sim.ringg_url()))
        .header("x-api-key", RINGG_KEY)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(format!("--{boundary}\r\n\r\n--{boundary}--\r\n"))
        .send()
        .await
        .expect("an answer, not a reset");
    assert!(upload.status().is_client_error(), "{}", upload.status());
    // The simulator still serves.
    let after = http
        .get(format!("{}/workspace", sim.ringg_url()))
        .header("x-api-key", RINGG_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 200);
}
