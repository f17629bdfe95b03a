//! `stream()` on list builders: every item across pages, for Ringg's `limit`/`offset` and
//! Ringyo's `limit`/`cursor`, against a loopback server that answers page by page.

use futures_util::StreamExt;
use serde_json::json;
use voiceai::{ringg, ringyo, Error};
use voiceai_tests::scripted::{Reply, ScriptedServer};
use voiceai_tests::{RINGG_KEY, RINGYO_KEY};

fn calls(ids: &[&str]) -> serde_json::Value {
    json!(ids
        .iter()
        .map(|id| json!({"id": id, "status": "completed"}))
        .collect::<Vec<_>>())
}

fn query(target: &str) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://x{target}")).unwrap();
    url.query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn ringg_client(url: &str) -> ringg::Client {
    ringg::Client::builder()
        .api_key(RINGG_KEY)
        .base_url(url)
        .read_env(false)
        .build()
        .unwrap()
}

#[tokio::test]
async fn pagination_ringg_offset_across_three_pages_with_total_many() {
    let server = ScriptedServer::start(vec![
        Reply::json(200, json!({"calls": calls(&["c1", "c2"]), "limit": 2, "offset": 0, "count": 2, "total": "many"})),
        Reply::json(200, json!({"calls": calls(&["c3", "c4"]), "limit": 2, "offset": 2, "count": 2, "total": "many"})),
        Reply::json(200, json!({"calls": calls(&["c5"]), "limit": 2, "offset": 4, "count": 1, "total": "many"})),
    ])
    .await;
    let client = ringg_client(&server.url);
    let ids: Vec<String> = client
        .list_call_history()
        .limit(2)
        .status(ringg::types::CallStatus::Completed)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["c1", "c2", "c3", "c4", "c5"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "a short page ends the stream");
    for (request, offset) in requests.iter().zip(["0", "2", "4"]) {
        let q = query(&request.target);
        assert!(q.contains(&("offset".into(), offset.into())), "{q:?}");
        assert!(q.contains(&("limit".into(), "2".into())), "{q:?}");
        assert!(
            q.contains(&("status".into(), "completed".into())),
            "filters apply to every page: {q:?}"
        );
        assert_eq!(request.header("x-api-key"), Some(RINGG_KEY));
    }
}

#[tokio::test]
async fn pagination_ringg_numeric_total_and_nested_items_stop_without_an_extra_request() {
    let agent = |id: &str| json!({"id": id, "agent_display_name": id});
    let server = ScriptedServer::start(vec![
        Reply::json(200, json!({"campaigns": [{"id": "k1"}, {"id": "k2"}], "pagination": {"limit": 2, "offset": 0, "total": 4}})),
        Reply::json(200, json!({"campaigns": [{"id": "k3"}, {"id": "k4"}], "pagination": {"limit": 2, "offset": 2, "total": 4}})),
        // list_assistants nests its items in `data.agents`.
        Reply::json(200, json!({"status": "success", "data": {"agents": [agent("a1"), agent("a2"), agent("a3")]}})),
        Reply::json(200, json!({"status": "success", "data": {"agents": [agent("a4"), agent("a5"), agent("a6")]}})),
        Reply::json(200, json!({"status": "success", "data": {"agents": []}})),
    ])
    .await;
    let client = ringg_client(&server.url);
    let campaigns: Vec<_> = client.list_campaigns().limit(2).stream().collect().await;
    assert_eq!(campaigns.len(), 4);
    assert_eq!(server.hits(), 2, "offset reached total: no third request");
    let agents: Vec<_> = client
        .list_assistants()
        .limit(3)
        .stream()
        .map(|a| a.unwrap().id)
        .collect()
        .await;
    assert_eq!(agents, ["a1", "a2", "a3", "a4", "a5", "a6"]);
    assert_eq!(server.hits(), 5);
}

#[tokio::test]
async fn pagination_ringyo_cursor_across_three_pages() {
    let page = |ids: &[&str], next: Option<&str>| {
        Reply::json(
            200,
            json!({"data": calls(ids), "has_more": next.is_some(), "next_cursor": next, "total": 5}),
        )
    };
    let server = ScriptedServer::start(vec![
        page(&["call_1", "call_2"], Some("cur_2")),
        page(&["call_3", "call_4"], Some("cur_3")),
        page(&["call_5"], None),
    ])
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .build()
        .unwrap();
    let ids: Vec<String> = client
        .list_calls()
        .limit(2)
        .agent_id("agent_abc123")
        .stream()
        .map(|c| c.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["call_1", "call_2", "call_3", "call_4", "call_5"]);
    let cursors: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| {
            query(&r.target)
                .into_iter()
                .find(|(k, _)| k == "cursor")
                .map(|(_, v)| v)
        })
        .collect();
    assert_eq!(cursors, [None, Some("cur_2".into()), Some("cur_3".into())]);
    for request in server.requests() {
        assert!(query(&request.target).contains(&("agent_id".into(), "agent_abc123".into())));
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {RINGYO_KEY}").as_str())
        );
    }
}

#[tokio::test]
async fn pagination_error_ends_the_stream_after_the_items_already_fetched() {
    let server = ScriptedServer::start(vec![
        Reply::json(200, json!({"data": calls(&["call_1"]), "has_more": true, "next_cursor": "cur_2"})),
        Reply::json(404, json!({"error": {"code": "invalid_cursor", "message": "Cursor expired"}, "meta": {"request_id": "req_p"}})),
    ])
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .build()
        .unwrap();
    let items: Vec<Result<_, Error>> = client.list_calls().stream().collect().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().id, "call_1");
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.code(), Some("invalid_cursor"));
    assert_eq!(err.request_id(), Some("req_p"));
}

/// Pagination a server cannot trap, end to end through the generated `stream()`: a Ringg server
/// that answers every offset with the same full page, and a Ringyo server whose cursors cycle.
#[tokio::test]
async fn pagination_a_server_cannot_trap_through_generated_streams() {
    let same = Reply::json(
        200,
        json!({"calls": calls(&["c1", "c2"]), "limit": 2, "total": "1000000000000000000"}),
    );
    let server = ScriptedServer::start(vec![same; 50]).await;
    let client = ringg_client(&server.url);
    let items: Vec<_> = client.list_call_history().limit(2).stream().collect().await;
    assert_eq!(
        server.hits(),
        2,
        "the repeated page is the last one fetched"
    );
    assert_eq!(items.len(), 3);
    let err = items.last().unwrap().as_ref().unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(err.to_string().contains("list_call_history"), "{err}");

    let page = |id: &str, next: &str| {
        Reply::json(
            200,
            json!({"data": calls(&[id]), "has_more": true, "next_cursor": next}),
        )
    };
    let server = ScriptedServer::start(vec![
        page("call_1", "A"),
        page("call_2", "B"),
        page("call_3", "A"),
        page("call_4", "B"),
    ])
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .build()
        .unwrap();
    let items: Vec<_> = client.list_calls().limit(1).stream().collect().await;
    assert_eq!(server.hits(), 3);
    assert!(items.last().unwrap().is_err(), "{items:?}");

    // Bounds a caller sets end the stream quietly.
    let server = ScriptedServer::start(vec![
        page("call_1", "A"),
        page("call_2", "B"),
        page("call_3", "C"),
    ])
    .await;
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(&server.url)
        .read_env(false)
        .build()
        .unwrap();
    let items: Vec<_> = client
        .list_calls()
        .limit(1)
        .stream_with(voiceai::pagination::StreamLimits::new().max_pages(2))
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(Result::is_ok));
    assert_eq!(server.hits(), 2);
}

/// The CLI's tables take a list response's items where the generated `items_pointer` says, and
/// guess nothing. Every documented answer that holds one list of objects at the top level or in
/// `data` (where the CLI used to guess) is either a list answer whose pointer finds exactly that
/// list, or one of the single objects that hold a list of their own, which are one row (the old
/// guess printed a call's transcript instead of the call).
#[test]
fn every_documented_list_answer_has_an_items_pointer_for_the_cli() {
    fn sole_list(value: &serde_json::Value) -> Option<&serde_json::Value> {
        let lists: Vec<&serde_json::Value> = value
            .as_object()?
            .values()
            .filter(|v| {
                v.as_array()
                    .is_some_and(|a| a.iter().all(|i| i.is_object()))
            })
            .collect();
        match lists.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
    fn check(
        api: &str,
        commands: Vec<(&'static str, Option<&'static str>)>,
    ) -> (usize, Vec<&'static str>) {
        let (mut lists, mut single) = (0, Vec::new());
        for (id, pointer) in commands {
            let Some(example) = voiceai_tests::documented_response(api, id) else {
                continue;
            };
            if let Some(pointer) = pointer {
                let items = example.pointer(pointer);
                assert!(
                    items.is_some_and(|v| v.is_array()) || example.is_array(),
                    "{api} {id}: {pointer} finds no list in {example}"
                );
                lists += 1;
                continue;
            }
            let guessed = example.is_array()
                || sole_list(&example)
                    .or_else(|| example.get("data").and_then(sole_list))
                    .is_some();
            if guessed {
                single.push(id);
            }
        }
        (lists, single)
    }
    let ringg = check(
        "ringg",
        ringg::cli::CliCommand::iter()
            .map(|c| (c.operation_id(), c.items_pointer()))
            .collect(),
    );
    let ringyo = check(
        "ringyo",
        ringyo::cli::CliCommand::iter()
            .map(|c| (c.operation_id(), c.items_pointer()))
            .collect(),
    );
    assert_eq!(
        ringg,
        (
            9,
            vec![
                "get_call_details",
                "upload_campaign_contact_list",
                "edit_knowledge_base"
            ]
        )
    );
    assert_eq!(ringyo, (4, vec!["create_agent", "get_call"]));
}
