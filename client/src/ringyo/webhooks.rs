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

pub use crate::runtime::webhooks::{StandardWebhook as Verifier, WebhookError};

use super::types::WebhookDelivery;

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
