//! A webhook receiver on 127.0.0.1: it keeps every request it gets (method, path, headers, body)
//! and answers 200, or the status set with [`Receiver::answer`].

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::scripted::{read_request, Recorded};

/// One request the receiver got.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    /// Path and query.
    pub target: String,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
}

/// A running receiver; it stops with the runtime.
pub struct Receiver {
    url: String,
    status: Arc<AtomicU16>,
    rx: mpsc::UnboundedReceiver<Received>,
    /// Requests passed over by `wait_for*`, handed out first by later calls.
    backlog: VecDeque<Received>,
}

impl Receiver {
    pub async fn start() -> std::io::Result<Receiver> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}/hooks", listener.local_addr()?);
        let status = Arc::new(AtomicU16::new(200));
        let (tx, rx) = mpsc::unbounded_channel();
        let answer = status.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let tx = tx.clone();
                let answer = answer.clone();
                tokio::spawn(async move {
                    let mut stream = stream;
                    // Keep-alive: the sender may reuse the connection for its next delivery.
                    while let Some(recorded) = read_request(&mut stream).await {
                        let status = answer.load(Ordering::Relaxed);
                        let reply = format!("HTTP/1.1 {status} X\r\ncontent-length: 2\r\n\r\nok");
                        if stream.write_all(reply.as_bytes()).await.is_err() {
                            return;
                        }
                        let _ = tx.send(Received::from(recorded));
                    }
                });
            }
        });
        Ok(Receiver {
            url,
            status,
            rx,
            backlog: VecDeque::new(),
        })
    }

    /// The URL to subscribe (`http://127.0.0.1:PORT/hooks`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The status later requests get.
    pub fn answer(&self, status: u16) {
        self.status.store(status, Ordering::Relaxed);
    }

    /// The next request, waiting at most `timeout`.
    pub async fn next(&mut self, timeout: Duration) -> Option<Received> {
        if let Some(received) = self.backlog.pop_front() {
            return Some(received);
        }
        tokio::time::timeout(timeout, self.rx.recv())
            .await
            .ok()
            .flatten()
    }

    /// Waits for a request whose body contains `needle`; the others stay for later calls.
    pub async fn wait_for(&mut self, needle: &str, timeout: Duration) -> Option<Received> {
        self.wait_for_all(&[needle], timeout).await
    }

    /// Waits for a request whose body contains every one of `needles`; the others stay, in
    /// order, for later calls (deliveries sent together may arrive in any order).
    pub async fn wait_for_all(&mut self, needles: &[&str], timeout: Duration) -> Option<Received> {
        let matches = |r: &Received| {
            let body = String::from_utf8_lossy(&r.body);
            needles.iter().all(|n| body.contains(n))
        };
        if let Some(at) = self.backlog.iter().position(matches) {
            return self.backlog.remove(at);
        }
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let received = tokio::time::timeout(left, self.rx.recv())
                .await
                .ok()
                .flatten()?;
            if matches(&received) {
                return Some(received);
            }
            self.backlog.push_back(received);
        }
    }
}

impl From<Recorded> for Received {
    fn from(r: Recorded) -> Self {
        let headers = r
            .headers
            .iter()
            .filter_map(|(n, v)| {
                Some((
                    http::HeaderName::try_from(n.as_str()).ok()?,
                    http::HeaderValue::try_from(v.as_str()).ok()?,
                ))
            })
            .collect();
        Received {
            method: r.method,
            target: r.target,
            headers,
            body: r.body,
        }
    }
}
