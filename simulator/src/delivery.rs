//! Webhooks (and Ringg's call-status callbacks) the simulator sends, and what became of them.

use std::sync::Arc;

use crate::is_loopback_url;
use crate::server::Shared;

/// A webhook (or callback) the simulator sends.
#[derive(Clone, Debug)]
pub struct Delivery {
    /// `ringg` or `ringyo`.
    pub api: &'static str,
    /// The event name, for the record.
    pub event: String,
    /// Where it goes (only loopback URLs are contacted).
    pub url: String,
    /// The HTTP method: `POST`, or what a Ringg subscription asks for (`PUT`, `PATCH`).
    pub method: ::http::Method,
    /// Headers sent with it: the content type, a subscription's own headers, signatures.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
    /// Waits before each retry, in simulated seconds (Ringg: 0, 10, 60, 120; Ringyo: 1, 5, 30,
    /// 120, 600).
    pub retry_delays: Vec<f64>,
}

/// What happened to one delivery.
#[derive(Clone, Debug)]
pub struct DeliveryRecord {
    /// `ringg` or `ringyo`.
    pub api: &'static str,
    /// The event name.
    pub event: String,
    /// Where it went.
    pub url: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// An attempt got a 2xx answer.
    pub delivered: bool,
    /// The status of the last attempt (`None`: no answer).
    pub last_status: Option<u16>,
    /// Not sent because the URL is not on this machine: the simulator talks to loopback only.
    pub skipped: bool,
}

/// Sends webhooks in the background, retrying on the API's schedule. Only loopback URLs are
/// contacted; a delivery anywhere else is recorded as skipped.
pub(crate) fn send(shared: &Arc<Shared>, outbox: Vec<Delivery>) {
    for delivery in outbox {
        let shared = shared.clone();
        let index = {
            let mut records = shared.deliveries.lock().unwrap_or_else(|e| e.into_inner());
            records.push(DeliveryRecord {
                api: delivery.api,
                event: delivery.event.clone(),
                url: delivery.url.clone(),
                attempts: 0,
                delivered: false,
                last_status: None,
                skipped: !is_loopback_url(&delivery.url),
            });
            records.len() - 1
        };
        if !is_loopback_url(&delivery.url) {
            continue;
        }
        tokio::spawn(async move {
            let mut delays = delivery.retry_delays.iter();
            loop {
                let mut request = shared
                    .http
                    .request(delivery.method.clone(), &delivery.url)
                    .body(delivery.body.clone());
                for (name, value) in &delivery.headers {
                    request = request.header(name, value);
                }
                let status = request.send().await.ok().map(|r| r.status().as_u16());
                let delivered = status.is_some_and(|s| (200..300).contains(&s));
                {
                    let mut records = shared.deliveries.lock().unwrap_or_else(|e| e.into_inner());
                    let record = &mut records[index];
                    record.attempts += 1;
                    record.last_status = status;
                    record.delivered = delivered;
                }
                {
                    let mut world = shared.lock();
                    if let Some(api) = world.api_named(delivery.api) {
                        api.delivery_result(&delivery, delivered);
                    }
                }
                if delivered {
                    return;
                }
                match delays.next() {
                    Some(wait) => tokio::time::sleep(shared.clock.real(*wait)).await,
                    None => return,
                }
            }
        });
    }
}
