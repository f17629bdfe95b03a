//! A webhook receiver on 127.0.0.1: it keeps every request it gets (method, path, headers, body)
//! and answers 200, or the status set with [`Receiver::answer`].

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
        Ok(Receiver { url, status, rx })
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
        tokio::time::timeout(timeout, self.rx.recv())
            .await
            .ok()
            .flatten()
    }

    /// Waits for a request whose body contains `needle`, keeping none of the others.
    pub async fn wait_for(&mut self, needle: &str, timeout: Duration) -> Option<Received> {
        self.wait_for_all(&[needle], timeout).await
    }

    /// Waits for a request whose body contains every one of `needles`, keeping none of the
    /// others.
    pub async fn wait_for_all(&mut self, needles: &[&str], timeout: Duration) -> Option<Received> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let received = self.next(left).await?;
            let body = String::from_utf8_lossy(&received.body);
            if needles.iter().all(|n| body.contains(n)) {
                return Some(received);
            }
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
