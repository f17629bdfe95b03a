//! The loopback HTTP/1.1 server of the tests and benchmarks. It answers from a script, one reply
//! per connection, and records every request it read: unlike a mock matcher it can answer the
//! same request differently each time, drop a connection after reading the request, stall, or
//! send a body that lies about its length or never ends. Or it answers every request with a
//! function of it ([`ScriptedServer::answering`]), keeping connections alive: the benchmarks'
//! server. The webhook [`receiver`](crate::receiver) reads requests with the same reader.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Answer with a status, headers and body.
    Respond {
        /// Status code.
        status: u16,
        /// Extra headers.
        headers: Vec<(String, String)>,
        /// Body.
        body: String,
    },
    /// Read the request, then close the connection without answering (the request reached
    /// the server).
    Drop,
    /// Read the request, then wait this long before answering 200 `{}`.
    Stall(Duration),
    /// Answer with a status and a body without `Content-Length` (chunked) that never ends:
    /// chunks of `chunk` bytes until the client goes away or `max` bytes were sent.
    Endless {
        /// Status code.
        status: u16,
        /// Bytes per chunk.
        chunk: usize,
        /// A bound on the bytes sent, so that a broken client cannot keep the test going.
        max: u64,
    },
    /// Answer with a status and a `Content-Length` of `declared` bytes, send only `body`, then
    /// wait `then` (a body that stalls) and close (a body cut short).
    Partial {
        /// Status code.
        status: u16,
        /// The bytes actually sent.
        body: String,
        /// The length the head announces.
        declared: usize,
        /// How long to hold the connection open after the partial body.
        then: Duration,
    },
}

impl Reply {
    /// A JSON answer.
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string(),
        }
    }

    /// Adds a header to a `Respond`.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let Reply::Respond { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }

    /// A plain-text answer.
    pub fn text(status: u16, body: &str) -> Self {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "text/plain".into())],
            body: body.to_string(),
        }
    }
}

/// One request as the server read it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Method.
    pub method: String,
    /// Path and query.
    pub target: String,
    /// Headers, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// Body.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The first value of a header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The running server. Stops when dropped.
pub struct ScriptedServer {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The port.
    pub port: u16,
    requests: Arc<Mutex<Vec<Recorded>>>,
    hits: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

/// Where the replies come from.
#[derive(Clone)]
enum Script {
    /// In order, one per connection, then 500; every request recorded.
    Queue(Arc<Mutex<VecDeque<Reply>>>),
    /// A function of each request, connections kept alive; requests counted, not kept.
    Answer(Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>),
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl ScriptedServer {
    /// Starts a server that answers with `replies` in order, then 500 for anything more.
    pub async fn start(replies: Vec<Reply>) -> Self {
        Self::serve(Script::Queue(Arc::new(Mutex::new(VecDeque::from(replies))))).await
    }

    /// Starts a server that answers every request with `answer(&request)`, on connections kept
    /// alive, counting requests without keeping them ([`requests`](Self::requests) stays
    /// empty): a fixed route table, as the benchmarks need, rather than a script.
    pub async fn answering<F>(answer: F) -> Self
    where
        F: Fn(&Recorded) -> Reply + Send + Sync + 'static,
    {
        Self::serve(Script::Answer(Arc::new(answer))).await
    }

    async fn serve(script: Script) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let port = listener.local_addr().expect("addr").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let hits = Arc::new(AtomicUsize::new(0));
        let (recorded, counted) = (requests.clone(), hits.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let _ = stream.set_nodelay(true);
                let (recorded, counted, script) =
                    (recorded.clone(), counted.clone(), script.clone());
                tokio::spawn(async move {
                    match script {
                        Script::Queue(queue) => serve(stream, recorded, counted, queue).await,
                        Script::Answer(answer) => keep_alive(stream, counted, &*answer).await,
                    }
                });
            }
        });
        Self {
            url: format!("http://127.0.0.1:{port}"),
            port,
            requests,
            hits,
            task,
        }
    }

    /// Every request read so far (none when [`answering`](Self::answering)).
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// How many requests were read.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::Relaxed)
    }
}

/// Answers requests on one connection until the client closes it or asks to.
async fn keep_alive(
    mut stream: TcpStream,
    counted: Arc<AtomicUsize>,
    answer: &(dyn Fn(&Recorded) -> Reply + Send + Sync),
) {
    while let Some(request) = read_request(&mut stream).await {
        counted.fetch_add(1, Ordering::Relaxed);
        let close = request
            .header("connection")
            .is_some_and(|c| c.eq_ignore_ascii_case("close"));
        let Reply::Respond {
            status,
            headers,
            body,
        } = answer(&request)
        else {
            // Faults belong to scripts: one reply per connection.
            let _ = stream.shutdown().await;
            return;
        };
        if stream
            .write_all(&response_bytes(status, &headers, &body, close))
            .await
            .is_err()
            || close
        {
            return;
        }
    }
}

/// A response with a `Content-Length` body; `connection: close` when `close`.
fn response_bytes(status: u16, headers: &[(String, String)], body: &str, close: bool) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
    if close {
        out.push_str("connection: close\r\n");
    }
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out.into_bytes()
}

/// Reads one HTTP/1.1 request (head and a `Content-Length` body) from a stream.
pub(crate) async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let target = first.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    // Clients here send one request and wait for its answer (no pipelining), so nothing follows
    // the body.
    body.truncate(length);
    Some(Recorded {
        method,
        target,
        headers,
        body,
    })
}

async fn serve(
    mut stream: TcpStream,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    counted: Arc<AtomicUsize>,
    script: Arc<Mutex<VecDeque<Reply>>>,
) {
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    recorded.lock().unwrap().push(request);
    counted.fetch_add(1, Ordering::Relaxed);
    let reply = script
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| Reply::text(500, "script exhausted"));
    let (status, headers, body) = match reply {
        Reply::Endless { status, chunk, max } => {
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ntransfer-encoding: \
                 chunked\r\nconnection: close\r\n\r\n"
            );
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let mut frame = format!("{chunk:x}\r\n").into_bytes();
            frame.extend(std::iter::repeat_n(b'[', chunk));
            frame.extend_from_slice(b"\r\n");
            let mut sent = 0u64;
            while sent < max {
                if stream.write_all(&frame).await.is_err() {
                    return;
                }
                sent += chunk as u64;
            }
            let _ = stream.shutdown().await;
            return;
        }
        Reply::Partial {
            status,
            body,
            declared,
            then,
        } => {
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: \
                 {declared}\r\nconnection: close\r\n\r\n{body}"
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.flush().await;
            tokio::time::sleep(then).await;
            let _ = stream.shutdown().await;
            return;
        }
        Reply::Drop => {
            let _ = stream.shutdown().await;
            return;
        }
        Reply::Stall(d) => {
            tokio::time::sleep(d).await;
            (
                200,
                vec![("content-type".to_string(), "application/json".to_string())],
                "{}".to_string(),
            )
        }
        Reply::Respond {
            status,
            headers,
            body,
        } => (status, headers, body),
    };
    let _ = stream
        .write_all(&response_bytes(status, &headers, &body, true))
        .await;
    let _ = stream.shutdown().await;
}
