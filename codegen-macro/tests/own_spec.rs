//! `client!` on a spec of the user's own (`spec/notes.yaml`, no vendor of this repository), in a
//! crate that, like a user's, depends on `voiceai` and tokio only (httpmock answers on
//! 127.0.0.1): the request on the wire, the decoded values, errors, pages, multipart and the
//! generated operation table.

use std::future::poll_fn;
use std::pin::Pin;

use httpmock::Method::{GET, POST};
use httpmock::MockServer;
use voiceai::runtime::multipart::FilePart;
use voiceai::runtime::pagination::Stream;
use voiceai::runtime::{AuthStyle, Pagination, RateLimit};

mod notes {
    voiceai_codegen_macro::client!("spec/notes.yaml");
}

const KEY: &str = "notes-key-FAKE-0000";

fn client(server: &MockServer) -> notes::Client {
    notes::Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .read_env(false)
        .max_retries(0)
        .build()
        .unwrap()
}

#[tokio::test]
async fn get_note_sends_the_key_header_and_decodes_an_open_enum() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/notes/note_1")
                .header("x-notes-key", KEY)
                .header_missing("api-version");
            then.status(200)
                .header("content-type", "application/json")
                .body(r#"{"id":"note_1","text":"Buy milk","colour":"green","tags":["home"]}"#);
        })
        .await;
    let note = client(&server)
        .get_note()
        .note_id("note_1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(note.id, "note_1");
    assert_eq!(note.text, "Buy milk");
    assert_eq!(note.tags, ["home"]);
    assert_eq!(
        note.colour,
        Some(notes::types::Colour::Unknown("green".into())),
        "a colour the spec does not list still decodes"
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn a_json_body_goes_out_and_an_error_status_is_a_voiceai_error() {
    let server = MockServer::start_async().await;
    let created = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/notes")
                .header("x-notes-key", KEY)
                .body(r#"{"colour":"blue","text":"Call Ann"}"#);
            then.status(201)
                .header("content-type", "application/json")
                .body(r#"{"id":"note_2","text":"Call Ann","colour":"blue"}"#);
        })
        .await;
    let missing = server
        .mock_async(|when, then| {
            when.method(GET).path("/notes/gone");
            then.status(404)
                .header("content-type", "application/json")
                .body(r#"{"error":"not_found","message":"no such note"}"#);
        })
        .await;
    let client = client(&server);
    let note = client
        .create_note()
        .body(notes::types::CreateNoteBody {
            text: "Call Ann".into(),
            colour: Some(notes::types::Colour::Blue),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(note.colour, Some(notes::types::Colour::Blue));
    let error = client.get_note().note_id("gone").send().await.unwrap_err();
    assert!(matches!(error, voiceai::Error::NotFound(_)), "{error:?}");
    assert_eq!(error.message(), "no such note");
    created.assert_async().await;
    missing.assert_async().await;
}

#[tokio::test]
async fn stream_walks_every_page() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/notes")
                .query_param("limit", "2")
                .query_param("offset", "0");
            then.status(200)
                .header("content-type", "application/json")
                .body(r#"{"items":[{"id":"a","text":"1"},{"id":"b","text":"2"}],"total":3}"#);
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/notes")
                .query_param("limit", "2")
                .query_param("offset", "2");
            then.status(200)
                .header("content-type", "application/json")
                .body(r#"{"items":[{"id":"c","text":"3"}],"total":3}"#);
        })
        .await;
    let client = client(&server);
    let mut stream = client.list_notes().limit(2).stream();
    let mut ids = Vec::new();
    while let Some(note) = poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
        ids.push(note.unwrap().id);
    }
    assert_eq!(ids, ["a", "b", "c"]);
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn a_multipart_upload_sends_the_file_and_the_fields() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/attachments")
                .header("x-notes-key", KEY)
                .header_includes("content-type", "multipart/form-data; boundary=")
                .body_includes("name=\"file\"; filename=\"list.txt\"")
                .body_includes("milk, eggs")
                .body_includes("name=\"caption\"")
                .body_includes("Shopping");
            then.status(200)
                .header("content-type", "application/json")
                .body(r#"{"attachment_id":"att_9"}"#);
        })
        .await;
    let stored = client(&server)
        .upload_attachment()
        .file(FilePart::from_bytes("list.txt", "milk, eggs"))
        .caption("Shopping")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stored.attachment_id.as_deref(), Some("att_9"));
    mock.assert_async().await;
}

#[test]
fn the_profile_and_operation_table_come_from_the_spec() {
    let api = &notes::API;
    assert_eq!(api.name, "notes");
    assert_eq!(api.title, "Notes API");
    assert_eq!(api.version, "2.1.0");
    assert_eq!(api.default_base_url, "https://notes.example.invalid/api");
    assert_eq!(api.auth, AuthStyle::Header("x-notes-key"));
    assert_eq!(api.api_key_env, "NOTES_API_KEY");
    assert_eq!(api.base_url_env, "NOTES_BASE_URL");
    assert_eq!(api.default_rate_limit, None);
    let mut ids: Vec<_> = notes::OPERATIONS.iter().map(|op| op.id).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "archive_note",
            "create_note",
            "get_note",
            "list_notes",
            "upload_attachment"
        ]
    );
    let list = api.operation("list_notes").unwrap();
    assert_eq!(list.pagination, Pagination::Offset);
    assert!(list.retry_safe);
    assert!(!api.operation("create_note").unwrap().retry_safe);
    assert!(api.operation("archive_note").unwrap().deprecated);
    let upload = api.operation("upload_attachment").unwrap();
    assert!(upload.multipart);
    assert_eq!(
        upload.rate_limit,
        Some(RateLimit {
            requests: 5,
            per_seconds: 60
        })
    );
}

#[test]
fn a_missing_key_names_the_variable_of_this_api() {
    let error = notes::Client::builder().read_env(false).build().err();
    assert_eq!(
        error,
        Some(voiceai::ConfigError::MissingApiKey {
            env: "NOTES_API_KEY"
        })
    );
}
