//! The request span carries OpenTelemetry's HTTP client field names, so an OTel exporter shows
//! our requests like any other client's.

use std::io::Write;
use std::sync::{Arc, Mutex};

use voiceai::ringyo;
use voiceai_tests::scripted::{Reply, ScriptedServer};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_request_span_has_the_otel_http_client_fields() {
    let capture = Capture::default();
    let writer = capture.clone();
    // The span's fields as they are when it closes.
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = ScriptedServer::start(vec![
        Reply::text(503, "busy"),
        Reply::json(200, voiceai_tests::response_example("ringyo", "get_call")),
    ])
    .await;
    let client = ringyo::Client::builder()
        .api_key(voiceai_tests::RINGYO_KEY)
        .base_url(format!("{}/v1", server.url))
        .retry_policy(voiceai::RetryPolicy {
            initial_backoff: std::time::Duration::from_millis(1),
            ..Default::default()
        })
        .build()
        .unwrap();
    client.get_call().call_id("call_123").send().await.unwrap();

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    let close = logs
        .lines()
        .find(|l| l.contains("voiceai.request") && l.contains("close"))
        .unwrap_or_else(|| panic!("no span close in:\n{logs}"));
    for field in [
        "http.request.method=GET",
        "http.response.status_code=200",
        "server.address=\"127.0.0.1\"",
        "url.template=\"/calls/{call_id}\"",
        "http.request.resend_count=1",
        "otel.kind=\"client\"",
        "otel.name=GET /calls/{call_id}",
    ] {
        assert!(close.contains(field), "{field} missing from {close}");
    }
    // The id is in the path, never in the template.
    assert!(
        !close.contains("url.template=\"/calls/call_123\""),
        "{close}"
    );
}
