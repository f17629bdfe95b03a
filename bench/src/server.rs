//! The overhead and pagination figures' server: the tests' scripted server
//! (`voiceai_testkit::scripted`) answering `GET …/workspace` with the spec's example and
//! `GET …/calling/history?limit&offset` with pages made from the spec's example record, on
//! connections kept alive, doing as little work as it can so that the client's cost is what is
//! measured. It runs on a thread and runtime of its own.

use std::net::SocketAddr;
use std::sync::Arc;

use serde_json::Value;
use voiceai_testkit::scripted::{Recorded, Reply, ScriptedServer};

pub struct Fixtures {
    pub workspace: String,
    pub record: Value,
    pub total: usize,
}

/// Starts the server on a thread of its own; returns its address.
pub fn start(fixtures: Fixtures) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    let fixtures = Arc::new(fixtures);
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let server = ScriptedServer::answering(move |request| answer(&fixtures, request)).await;
            tx.send(SocketAddr::from(([127, 0, 0, 1], server.port)))
                .expect("send");
            // Serves until the process ends.
            std::future::pending::<()>().await;
        });
    });
    rx.recv().expect("server address")
}

fn answer(fixtures: &Fixtures, request: &Recorded) -> Reply {
    let (path, query) = request
        .target
        .split_once('?')
        .unwrap_or((request.target.as_str(), ""));
    let body = if path.ends_with("/workspace") {
        fixtures.workspace.clone()
    } else {
        let get = |name: &str| {
            url::form_urlencoded::parse(query.as_bytes())
                .find(|(n, _)| n == name)
                .and_then(|(_, v)| v.parse::<usize>().ok())
        };
        let (limit, offset) = (get("limit").unwrap_or(10), get("offset").unwrap_or(0));
        String::from_utf8(page(fixtures, limit, offset)).expect("JSON is UTF-8")
    };
    Reply::Respond {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body,
    }
}

/// A call-history page (`calls` plus `limit, offset, count, total`) of copies of the example
/// record with distinct ids.
pub fn page(fixtures: &Fixtures, limit: usize, offset: usize) -> Vec<u8> {
    let end = (offset + limit).min(fixtures.total);
    let calls: Vec<Value> = (offset..end)
        .map(|i| {
            let mut record = fixtures.record.clone();
            record["id"] = Value::String(format!("call-{i:08}"));
            record
        })
        .collect();
    let count = calls.len();
    serde_json::to_vec(&serde_json::json!({
        "calls": calls,
        "limit": limit,
        "offset": offset,
        "count": count,
        "total": fixtures.total,
    }))
    .expect("page encodes")
}
