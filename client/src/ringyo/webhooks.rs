//! Receiving Ringyo webhook deliveries.
//!
//! Ringyo issues a `whsec_` signing secret when a webhook is created. **Assumption:** the
//! archived Ringyo docs lost the signature header and algorithm; `whsec_` secrets are the
//! convention of the Standard Webhooks specification, so [`Verifier`] implements it
//! (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of
//! "{id}.{timestamp}.{body}">`, 5 minutes of tolerance). If Ringyo signs differently, this
//! check refuses genuine deliveries rather than accepting forged ones.
//!
//! ```
//! use voiceai::ringyo::webhooks::{self, Verifier};
//!
//! let verifier = Verifier::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")?;
//! let body = br#"{"event":"call.completed","timestamp":"2024-01-15T10:30:00Z","webhook_id":"wh_abc123","data":{"call_id":"call_xyz789"}}"#;
//! let now = std::time::SystemTime::now()
//!     .duration_since(std::time::UNIX_EPOCH)
//!     .unwrap()
//!     .as_secs();
//! let mut headers = http::HeaderMap::new();
//! headers.insert("webhook-id", "msg_1".parse().unwrap());
//! headers.insert("webhook-timestamp", now.to_string().parse().unwrap());
//! headers.insert("webhook-signature", verifier.sign("msg_1", now, body).parse().unwrap());
//! let delivery = webhooks::verify_and_parse(&verifier, &headers, body)?;
//! assert_eq!(delivery.event.as_str(), "call.completed");
//! # Ok::<(), voiceai::ringyo::webhooks::WebhookError>(())
//! ```
//!
//! With the `axum` feature, [`Verified<Event>`](Verified) is an extractor: the handler runs
//! only for a delivery whose signature and timestamp check out (401 otherwise), with the
//! parsed envelope. The router's state gives the [`Verifier`] (the verifier itself, or any
//! state with `FromRef` to it):
//!
//! ```ignore
//! async fn hook(Verified(event): Verified<Event>) -> http::StatusCode { /* … */ }
//! let app = axum::Router::new().route("/hooks/ringyo", post(hook)).with_state(verifier);
//! ```

#[cfg(feature = "axum")]
pub use crate::runtime::webhooks::WebhookRejection;
pub use crate::runtime::webhooks::{StandardWebhook as Verifier, Verified, WebhookError};

use super::types::WebhookDelivery;

/// A parsed delivery: the envelope `{event, timestamp, webhook_id, data}`.
pub type Event = WebhookDelivery;

/// Parses a delivery envelope `{event, timestamp, webhook_id, data}`. An event name this
/// version does not know decodes as `WebhookEventName::Unknown` with its `data` kept.
pub fn parse(body: &[u8]) -> Result<WebhookDelivery, WebhookError> {
    serde_json::from_slice(body).map_err(|e| WebhookError::Body(e.to_string()))
}

/// Verifies the signature and timestamp, then parses the body.
pub fn verify_and_parse(
    verifier: &Verifier,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<WebhookDelivery, WebhookError> {
    verifier.verify(headers, body)?;
    parse(body)
}

/// Reads the body, verifies the signature and timestamp over it, then parses it; 401 when the
/// check fails.
#[cfg(feature = "axum")]
impl<S> axum_core::extract::FromRequest<S> for Verified<Event>
where
    Verifier: axum_core::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(
        req: axum_core::extract::Request,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let verifier = <Verifier as axum_core::extract::FromRef<S>>::from_ref(state);
        let headers = req.headers().clone();
        let body = <bytes::Bytes as axum_core::extract::FromRequest<S>>::from_request(req, state)
            .await
            .map_err(WebhookRejection::Unreadable)?;
        verify_and_parse(&verifier, &headers, &body)
            .map(Verified)
            .map_err(WebhookRejection::checked)
    }
}
