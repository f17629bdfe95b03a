//! Configuration from the environment. One test function, in the `process` binary: the
//! environment is process-wide.

use voiceai::{ringg, ringyo, ConfigError};
use voiceai_tests::scripted::{Reply, ScriptedServer};

#[tokio::test]
#[allow(clippy::await_holding_lock)] // held on purpose: the other test waits for the whole run
async fn keys_and_base_urls_from_the_environment() {
    let _alone = super::exclusive();
    // SAFETY: the only other test of this binary waits for `exclusive`, so nothing reads the
    // environment concurrently.
    unsafe {
        std::env::remove_var("RINGG_API_KEY");
        std::env::remove_var("RINGG_BASE_URL");
        std::env::remove_var("RINGYO_API_KEY");
        std::env::remove_var("RINGYO_BASE_URL");
    }
    let err = ringg::Client::from_env().unwrap_err();
    assert_eq!(
        err,
        ConfigError::MissingApiKey {
            env: "RINGG_API_KEY"
        }
    );
    assert!(err.to_string().contains("RINGG_API_KEY"));
    // What `fn main() -> Result<(), voiceai::Error>` prints after "Error: " is the sentence.
    let main_error = voiceai::Error::from(err.clone());
    assert_eq!(
        format!("{main_error:?}"),
        "no API key: set the RINGG_API_KEY environment variable or call .api_key(..) on the \
         builder"
    );
    assert_eq!(format!("{err:?}"), err.to_string());
    assert!(format!("{err:#?}").contains("MissingApiKey"));
    let err = ringyo::Client::from_env().unwrap_err();
    assert!(err.to_string().contains("RINGYO_API_KEY"), "{err}");

    unsafe { std::env::set_var("RINGG_API_KEY", "   ") };
    assert!(matches!(
        ringg::Client::from_env(),
        Err(ConfigError::MissingApiKey { .. })
    ));

    unsafe { std::env::set_var("RINGG_API_KEY", "test-FAKE-key\n") };
    let err = ringg::Client::from_env().unwrap_err();
    assert!(
        matches!(
            err,
            ConfigError::InvalidApiKey {
                source_name: Some("RINGG_API_KEY"),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("RINGG_API_KEY") && !err.to_string().contains("test-FAKE-key")
    );

    let server = ScriptedServer::start(vec![Reply::json(
        200,
        voiceai_tests::response_example("ringg", "get_workspace"),
    )])
    .await;
    unsafe {
        std::env::set_var("RINGG_API_KEY", "test-FAKE-env-key");
        std::env::set_var("RINGG_BASE_URL", &server.url);
    }
    let client = ringg::Client::from_env().unwrap();
    client.get_workspace().send().await.unwrap();
    assert_eq!(
        server.requests()[0].header("x-api-key"),
        Some("test-FAKE-env-key")
    );
    assert!(server.requests()[0].header("api-version").is_none());

    // A 401 names the variable the key came from and where the vendor gives keys.
    let refusing = ScriptedServer::start(vec![Reply::json(
        401,
        serde_json::json!({"detail": "Invalid API key"}),
    )])
    .await;
    unsafe { std::env::set_var("RINGG_BASE_URL", &refusing.url) };
    let err = ringg::Client::from_env()
        .unwrap()
        .get_workspace()
        .send()
        .await
        .unwrap_err();
    let text = format!("{err:?}");
    assert!(matches!(err, voiceai::Error::Unauthorized(_)), "{text}");
    assert!(
        text.contains("Invalid API key")
            && text.contains("the key came from the RINGG_API_KEY environment variable")
            && text.contains("docs.ringg.ai"),
        "{text}"
    );
    assert!(!text.contains("test-FAKE-env-key"), "{text}");
    unsafe { std::env::set_var("RINGG_BASE_URL", &server.url) };

    // An explicit value wins over the environment.
    let other = ScriptedServer::start(vec![Reply::json(200, serde_json::json!({}))]).await;
    let client = ringg::Client::builder()
        .api_key("test-FAKE-explicit")
        .base_url(&other.url)
        .build()
        .unwrap();
    let _ = client.get_workspace().send().await;
    assert_eq!(
        other.requests()[0].header("x-api-key"),
        Some("test-FAKE-explicit")
    );

    // Plain http to a non-loopback host is refused before any key is used.
    unsafe { std::env::set_var("RINGG_BASE_URL", "http://api.example.com") };
    let err = ringg::Client::from_env().unwrap_err();
    assert!(matches!(err, ConfigError::InvalidBaseUrl { .. }), "{err:?}");
    assert!(err.to_string().contains("https"));
    unsafe {
        std::env::remove_var("RINGG_API_KEY");
        std::env::remove_var("RINGG_BASE_URL");
    }
}
