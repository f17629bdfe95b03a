//! Receiving Ringg webhook deliveries.
//!
//! Ringg signs nothing. A subscription (`edit_assistant` with `operation:
//! edit_event_subscriptions`) carries `headers` of your choosing, which Ringg sends back with
//! every delivery: check them with [`HeaderCheck`] (constant-time), then [`parse`] the body.
//!
//! ```
//! use voiceai::ringg::webhooks::{self, Event, HeaderCheck};
//!
//! // Fails closed: an empty or short value (an unset variable) is refused here.
//! let check = HeaderCheck::new().require("authorization", "Bearer my-hook-token-FAKE")?;
//! let mut headers = http::HeaderMap::new();
//! headers.insert("authorization", "Bearer my-hook-token-FAKE".parse().unwrap());
//! let body = br#"{"event_type": "call_completed", "call_id": "c-1", "status": "completed"}"#;
//! match webhooks::verify_and_parse(&check, &headers, body)? {
//!     Event::Known(event) => println!("{event:?}"),
//!     Event::Unknown { event_type, .. } => println!("not handled: {event_type:?}"),
//! }
//! # Ok::<(), voiceai::ringg::webhooks::WebhookError>(())
//! ```
//!
//! With the `axum` feature, [`Verified<Event>`](Verified) is an extractor: the handler runs
//! only for a delivery whose headers check out (401 otherwise), with the parsed event. The
//! router's state gives the [`HeaderCheck`] (the check itself, or any state with
//! `FromRef` to it):
//!
//! ```ignore
//! async fn hook(Verified(event): Verified<Event>) -> http::StatusCode { /* … */ }
//! let app = axum::Router::new().route("/hooks/ringg", post(hook)).with_state(check);
//! ```

#[cfg(feature = "axum")]
pub use crate::runtime::webhooks::WebhookRejection;
pub use crate::runtime::webhooks::{HeaderCheck, Verified, WebhookError};

use super::types::{WebhookEvent, WebhookEventType};

/// A parsed delivery.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// An event the spec documents, decoded into its typed payload.
    Known(WebhookEvent),
    /// An `event_type` this version does not know (or none at all), kept as received.
    Unknown {
        /// The `event_type` as sent, if any.
        event_type: Option<String>,
        /// The whole body.
        body: serde_json::Value,
    },
}

/// Parses a delivery body. A known `event_type` whose payload does not match the spec is an
/// error that says what did not match; an unknown one is [`Event::Unknown`].
pub fn parse(body: &[u8]) -> Result<Event, WebhookError> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| WebhookError::Body(e.to_string()))?;
    if !value.is_object() {
        return Err(WebhookError::Body("a delivery is a JSON object".into()));
    }
    let event_type = value
        .get("event_type")
        .and_then(serde_json::Value::as_str)
        .map(str::to_string);
    match event_type.as_deref().map(WebhookEventType::from) {
        Some(known) if !known.is_unknown() => serde_json::from_value(value)
            .map(Event::Known)
            .map_err(|e| WebhookError::Body(format!("{known} payload: {e}"))),
        _ => Ok(Event::Unknown {
            event_type,
            body: value,
        }),
    }
}

/// Checks the configured headers, then parses the body.
pub fn verify_and_parse(
    check: &HeaderCheck,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Event, WebhookError> {
    check.verify(headers)?;
    parse(body)
}

/// Checks the headers before reading the body; 401 when they do not match.
#[cfg(feature = "axum")]
impl<S> axum_core::extract::FromRequest<S> for Verified<Event>
where
    HeaderCheck: axum_core::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(
        req: axum_core::extract::Request,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let check = <HeaderCheck as axum_core::extract::FromRef<S>>::from_ref(state);
        check
            .verify(req.headers())
            .map_err(WebhookRejection::checked)?;
        let body = <bytes::Bytes as axum_core::extract::FromRequest<S>>::from_request(req, state)
            .await
            .map_err(WebhookRejection::Unreadable)?;
        parse(&body)
            .map(Verified)
            .map_err(WebhookRejection::checked)
    }
}
