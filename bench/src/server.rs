//! A minimal loopback server for the overhead and pagination figures: it answers `GET
//! …/workspace` with the spec's example and `GET …/calling/history?limit&offset` with pages made
//! from the spec's example record, doing as little work as it can so that the client's cost is
//! what is measured. It runs on its own thread and runtime.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::Value;

pub struct Fixtures {
    pub workspace: Bytes,
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
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let fixtures = fixtures.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |req| {
                        let fixtures = fixtures.clone();
                        async move { Ok::<_, Infallible>(answer(&fixtures, req)) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    rx.recv().expect("server address")
}

fn answer(
    fixtures: &Fixtures,
    req: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let body = if req.uri().path().ends_with("/workspace") {
        fixtures.workspace.clone()
    } else {
        let query: Vec<(String, String)> =
            url::form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes())
                .into_owned()
                .collect();
        let get = |name: &str| {
            query
                .iter()
                .find(|(n, _)| n == name)
                .and_then(|(_, v)| v.parse::<usize>().ok())
        };
        let (limit, offset) = (get("limit").unwrap_or(10), get("offset").unwrap_or(0));
        Bytes::from(page(fixtures, limit, offset))
    };
    let mut response = hyper::Response::new(Full::new(body));
    response.headers_mut().insert(
        "content-type",
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
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
