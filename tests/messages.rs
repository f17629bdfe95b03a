//! Messages that say what to do: a 401 names where the key came from and where to get one;
//! `Debug` (what `main` prints) is the sentence, `{:#?}` the fields; none shows the key.

use voiceai::{ringg, ringyo, Error, KeySource};
use voiceai_tests::scripted::{Reply, ScriptedServer};

const KEY: &str = "rg_test_FAKE_messages_key";

async fn refusing() -> ScriptedServer {
    ScriptedServer::start(vec![Reply::json(
        401,
        serde_json::json!({"error": {"code": "invalid_api_key", "message": "Invalid API key"}}),
    )])
    .await
}

fn unauthorized_text(err: &Error) -> String {
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    let text = format!("{err:?}");
    assert_eq!(text, err.to_string(), "Debug is the sentence (no cause)");
    assert!(!text.contains(KEY), "{text}");
    text
}

#[tokio::test]
async fn a_401_names_the_builder_and_the_ringyo_dashboard() {
    let server = refusing().await;
    let client = ringyo::Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .build()
        .unwrap();
    assert_eq!(client.state().key_source(), KeySource::Builder);
    let err = client.list_agents().send().await.unwrap_err();
    let text = unauthorized_text(&err);
    assert!(
        text.contains("HTTP 401: Invalid API key (code invalid_api_key)")
            && text.contains("the key came from ClientBuilder::api_key")
            && text.contains("Developers → API Keys"),
        "{text}"
    );
}

#[tokio::test]
async fn a_401_names_a_source_the_caller_gave_and_a_rotated_key() {
    let server = ScriptedServer::start(vec![
        Reply::json(401, serde_json::json!({"detail": "Invalid API key"})),
        Reply::json(401, serde_json::json!({"detail": "Invalid API key"})),
    ])
    .await;
    let client = ringg::Client::builder()
        .api_key_from(KEY, "profile \"work\" in /tmp/voiceai/config.toml")
        .base_url(&server.url)
        .build()
        .unwrap();
    let text = unauthorized_text(&client.get_workspace().send().await.unwrap_err());
    assert!(
        text.contains("the key came from profile \"work\" in /tmp/voiceai/config.toml"),
        "{text}"
    );
    client.set_api_key("rg_test_FAKE_rotated").unwrap();
    let text = unauthorized_text(&client.get_workspace().send().await.unwrap_err());
    assert!(
        text.contains("the key came from Client::set_api_key") && !text.contains("FAKE_rotated"),
        "{text}"
    );
}

#[tokio::test]
async fn debug_adds_the_causes_and_the_alternate_form_the_fields() {
    // A port nothing listens on: the connection is refused.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = ringg::Client::builder()
        .api_key(KEY)
        .base_url(url)
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.get_workspace().send().await.unwrap_err();
    let debug = format!("{err:?}");
    assert!(debug.starts_with(&err.to_string()), "{debug}");
    assert!(debug.contains("\n\nCaused by:\n    "), "{debug}");
    let fields = format!("{err:#?}");
    for field in ["kind: \"Transport\"", "operation: Some(", "retryable: "] {
        assert!(fields.contains(field), "{field} missing from {fields}");
    }
    for text in [debug, fields] {
        assert!(!text.contains(KEY), "{text}");
    }
}
