//! One error type for both clients, for users to `match` on.
//!
//! Every generated `send()` returns `progenitor_client::Error<E>`; `?` converts it into
//! [`Error`] (and so does `Error::from`). Error bodies are parsed whatever their shape: FastAPI's
//! `detail` (string, list or object), `{error: {code, message, details}, meta: {request_id}}`,
//! and plain `{message}`.

use std::fmt;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

/// Headers the runtime adds to an error response it hands to the generated code, so that the
/// conversion into [`Error`] knows the operation. They never reach the network.
pub(crate) mod marker {
    pub const API: &str = "x-voiceai-api";
    pub const OPERATION: &str = "x-voiceai-operation";
    pub const SCOPE: &str = "x-voiceai-required-scope";
    pub const ATTEMPTS: &str = "x-voiceai-attempts";
    /// Set on a 5xx (or 408) answer to an operation that is not safe to repeat: the server may
    /// have acted on it before failing.
    pub const MAY_HAVE_TAKEN_EFFECT: &str = "x-voiceai-may-have-taken-effect";
    /// The error body as received (compact JSON), so that fields the spec's error schema does
    /// not name survive the typed decode.
    pub const BODY: &str = "x-voiceai-error-body";
}

/// Prefix of the `progenitor_client::Error::Custom` strings the hooks produce.
pub(crate) const CUSTOM_PREFIX: &str = "voiceai-error:";

/// An error status from the server, with what the body said.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// API name (`ringg`, `ringyo`), when known.
    pub api: Option<String>,
    /// The operation id, when known.
    pub operation: Option<String>,
    /// HTTP status.
    pub status: u16,
    /// The vendor's error code (`error.code`, `detail.code`), if any.
    pub code: Option<String>,
    /// A readable message: the vendor's, or the status text.
    pub message: String,
    /// The request id (`meta.request_id` or an `x-request-id` header), if any.
    pub request_id: Option<String>,
    /// The error body as JSON (typed fields only when it was decoded through the spec's schema).
    pub body: serde_json::Value,
    /// How many attempts were made.
    pub attempts: u32,
    /// A server error (5xx, 408) on an operation that is not safe to repeat: the server may have
    /// acted on the request before failing, so it was not resent.
    pub may_have_taken_effect: bool,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(api), Some(op)) = (&self.api, &self.operation) {
            write!(f, "{api} {op}: ")?;
        }
        write!(f, "HTTP {}: {}", self.status, self.message)?;
        if let Some(code) = &self.code {
            write!(f, " (code {code})")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        f.write_str(may_suffix(self.may_have_taken_effect))
    }
}

/// Everything a voiceai call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 401: the key is missing, wrong, revoked or rotated.
    #[error("unauthorized: {0}")]
    Unauthorized(Box<ApiError>),
    /// 403: the key lacks a permission; `required_scope` is the operation's scope when the API
    /// has scopes.
    #[error("permission denied{}: {error}", .required_scope.as_deref().map(|s| format!(" (needs scope `{s}`)")).unwrap_or_default())]
    PermissionDenied {
        /// The server's answer.
        error: Box<ApiError>,
        /// The scope the operation needs, from the spec.
        required_scope: Option<String>,
    },
    /// 404.
    #[error("not found: {0}")]
    NotFound(Box<ApiError>),
    /// 409.
    #[error("conflict: {0}")]
    Conflict(Box<ApiError>),
    /// 400 or 422: the server refused the input.
    #[error("validation failed: {0}")]
    Validation(Box<ApiError>),
    /// 402, or a 429 whose code says credits or quota are exhausted. Not retried.
    #[error("insufficient credits: {0}")]
    InsufficientCredits(Box<ApiError>),
    /// 429 after the retries ran out; `retry_after` is what the server asked to wait.
    #[error("rate limited{}: {error}", .retry_after.map(|d| format!(" (retry after {:.1}s)", d.as_secs_f64())).unwrap_or_default())]
    RateLimited {
        /// The server's answer.
        error: Box<ApiError>,
        /// How long the server asked to wait, if it said.
        retry_after: Option<Duration>,
    },
    /// 5xx after the retries ran out.
    #[error("server error: {0}")]
    Server(Box<ApiError>),
    /// Any other non-success status.
    #[error("unexpected status: {0}")]
    Status(Box<ApiError>),
    /// The connection failed. When `may_have_taken_effect` is true the request may have reached
    /// the server and been acted on (a call placed, a campaign started): check before repeating.
    #[error("{}transport error{}: {message}{}", op_prefix(.operation), attempts_suffix(*.attempts), may_suffix(*.may_have_taken_effect))]
    Transport {
        /// The operation id, when known.
        operation: Option<String>,
        /// What failed.
        message: String,
        /// Whether the server may have acted on the request.
        may_have_taken_effect: bool,
        /// Attempts made.
        attempts: u32,
    },
    /// The request or the response took longer than the timeout.
    #[error("{}timed out{}: {message}{}", op_prefix(.operation), attempts_suffix(*.attempts), may_suffix(*.may_have_taken_effect))]
    Timeout {
        /// The operation id, when known.
        operation: Option<String>,
        /// What timed out.
        message: String,
        /// Whether the server may have acted on the request.
        may_have_taken_effect: bool,
        /// Attempts made.
        attempts: u32,
    },
    /// A response body did not match the spec; `body` keeps it as received.
    #[error("could not decode the response{}: {message}; body: {}", .status.map(|s| format!(" (HTTP {s})")).unwrap_or_default(), preview(.body))]
    Decode {
        /// HTTP status, when known.
        status: Option<u16>,
        /// What did not match.
        message: String,
        /// The body as received.
        body: bytes::Bytes,
    },
    /// The client knows its key's scopes and the operation needs another one; nothing was sent.
    #[error("{api} {operation} needs scope `{scope}`, which this client's key does not have; nothing was sent")]
    MissingScope {
        /// API name.
        api: String,
        /// The operation id.
        operation: String,
        /// The scope it needs.
        scope: String,
    },
    /// The input was refused before anything was sent.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// The client could not be configured (missing key, bad base URL, …).
    #[error(transparent)]
    Config(#[from] super::ConfigError),
}

fn op_prefix(op: &Option<String>) -> String {
    op.as_deref().map(|o| format!("{o}: ")).unwrap_or_default()
}

fn attempts_suffix(attempts: u32) -> String {
    if attempts > 1 {
        format!(" after {attempts} attempts")
    } else {
        String::new()
    }
}

fn may_suffix(may: bool) -> &'static str {
    if may {
        " (the request may have reached the server and taken effect; it was not resent)"
    } else {
        ""
    }
}

fn preview(body: &bytes::Bytes) -> String {
    const MAX: usize = 512;
    let text = String::from_utf8_lossy(&body[..body.len().min(MAX)]);
    if body.len() > MAX {
        format!("{text:?}… ({} bytes)", body.len())
    } else {
        format!("{text:?}")
    }
}

impl Error {
    /// The server's answer, for errors that have one.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Unauthorized(e)
            | Error::NotFound(e)
            | Error::Conflict(e)
            | Error::Validation(e)
            | Error::InsufficientCredits(e)
            | Error::Server(e)
            | Error::Status(e) => Some(e),
            Error::PermissionDenied { error, .. } | Error::RateLimited { error, .. } => Some(error),
            _ => None,
        }
    }

    /// HTTP status, when a response was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Decode { status, .. } => *status,
            _ => self.api_error().map(|e| e.status),
        }
    }

    /// The vendor's error code, if any.
    pub fn code(&self) -> Option<&str> {
        self.api_error().and_then(|e| e.code.as_deref())
    }

    /// A readable message.
    pub fn message(&self) -> String {
        match self.api_error() {
            Some(e) => e.message.clone(),
            None => self.to_string(),
        }
    }

    /// The request id, where the API gives one.
    pub fn request_id(&self) -> Option<&str> {
        self.api_error().and_then(|e| e.request_id.as_deref())
    }

    /// Whether the same request could succeed if sent again later (after the runtime's own
    /// retries ran out): rate limits, server errors, timeouts and transport errors on requests
    /// that cannot have taken effect.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } | Error::Server(_) => true,
            Error::Status(e) => e.status == 408,
            Error::Transport {
                may_have_taken_effect,
                ..
            }
            | Error::Timeout {
                may_have_taken_effect,
                ..
            } => !*may_have_taken_effect,
            _ => false,
        }
    }

    /// Whether the request may have been acted on even though it failed.
    pub fn may_have_taken_effect(&self) -> bool {
        matches!(
            self,
            Error::Transport {
                may_have_taken_effect: true,
                ..
            } | Error::Timeout {
                may_have_taken_effect: true,
                ..
            }
        ) || self.api_error().is_some_and(|e| e.may_have_taken_effect)
    }

    /// How long the server asked to wait, for rate-limit errors.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// The errors the hooks raise themselves, carried through `progenitor_client::Error::Custom`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum LocalError {
    MissingScope {
        api: String,
        operation: String,
        scope: String,
    },
    InvalidInput {
        message: String,
    },
    Transport {
        operation: String,
        message: String,
        timeout: bool,
        may_have_taken_effect: bool,
        attempts: u32,
    },
}

impl LocalError {
    pub(crate) fn into_custom<E>(self) -> progenitor_client::Error<E> {
        progenitor_client::Error::Custom(format!(
            "{CUSTOM_PREFIX}{}",
            serde_json::to_string(&self).unwrap_or_default()
        ))
    }
}

impl From<LocalError> for Error {
    fn from(e: LocalError) -> Self {
        match e {
            LocalError::MissingScope {
                api,
                operation,
                scope,
            } => Error::MissingScope {
                api,
                operation,
                scope,
            },
            LocalError::InvalidInput { message } => Error::InvalidInput(message),
            LocalError::Transport {
                operation,
                message,
                timeout: true,
                may_have_taken_effect,
                attempts,
            } => Error::Timeout {
                operation: Some(operation),
                message,
                may_have_taken_effect,
                attempts,
            },
            LocalError::Transport {
                operation,
                message,
                may_have_taken_effect,
                attempts,
                ..
            } => Error::Transport {
                operation: Some(operation),
                message,
                may_have_taken_effect,
                attempts,
            },
        }
    }
}

fn header(headers: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

fn str_at<'a>(body: &'a serde_json::Value, pointers: &[&str]) -> Option<&'a str> {
    pointers
        .iter()
        .find_map(|p| body.pointer(p).and_then(serde_json::Value::as_str))
        .filter(|s| !s.is_empty())
}

/// The message of an error body, whichever shape it has.
pub(crate) fn body_message(body: &serde_json::Value) -> Option<String> {
    if let Some(s) = str_at(
        body,
        &[
            "/error/message",
            "/detail/message",
            "/detail",
            "/message",
            "/error",
            "/msg",
        ],
    ) {
        return Some(s.to_string());
    }
    // FastAPI validation: detail: [{loc: [...], msg, type}]
    if let Some(items) = body.get("detail").and_then(serde_json::Value::as_array) {
        let parts: Vec<String> = items
            .iter()
            .map(|item| {
                let msg = item
                    .get("msg")
                    .or_else(|| item.get("message"))
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| item.to_string());
                match item.get("loc").and_then(serde_json::Value::as_array) {
                    Some(loc) => {
                        let loc: Vec<String> = loc
                            .iter()
                            .map(|l| match l {
                                serde_json::Value::String(s) => s.clone(),
                                other => other.to_string(),
                            })
                            .collect();
                        format!("{}: {msg}", loc.join("."))
                    }
                    None => msg,
                }
            })
            .collect();
        if !parts.is_empty() {
            return Some(parts.join("; "));
        }
    }
    None
}

/// The vendor's error code, whichever shape the body has.
pub(crate) fn body_code(body: &serde_json::Value) -> Option<String> {
    str_at(
        body,
        &[
            "/error/code",
            "/detail/code",
            "/code",
            "/error_code",
            "/error/type",
        ],
    )
    .map(str::to_string)
}

/// Builds the error for a non-success response.
pub(crate) fn from_status(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: serde_json::Value,
) -> Error {
    let code = body_code(&body);
    let message = body_message(&body).unwrap_or_else(|| {
        reqwest::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("error")
            .to_string()
    });
    let request_id = header(headers, "x-request-id")
        .or_else(|| header(headers, "request-id"))
        .or_else(|| str_at(&body, &["/meta/request_id", "/request_id"]).map(str::to_string));
    let attempts = header(headers, marker::ATTEMPTS)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let retry_after = super::retry::server_wait(
        header(headers, "retry-after").as_deref(),
        Some(&body),
        header(headers, "x-ratelimit-reset").as_deref(),
        SystemTime::now(),
    );
    let required_scope = header(headers, marker::SCOPE);
    let error = Box::new(ApiError {
        api: header(headers, marker::API),
        operation: header(headers, marker::OPERATION),
        status,
        code: code.clone(),
        message,
        request_id,
        body,
        attempts,
        may_have_taken_effect: header(headers, marker::MAY_HAVE_TAKEN_EFFECT).is_some(),
    });
    let quota = code.as_deref().is_some_and(super::retry::is_quota_code);
    match status {
        401 => Error::Unauthorized(error),
        402 => Error::InsufficientCredits(error),
        403 => Error::PermissionDenied {
            error,
            required_scope,
        },
        404 => Error::NotFound(error),
        409 => Error::Conflict(error),
        400 | 422 => Error::Validation(error),
        429 if quota => Error::InsufficientCredits(error),
        429 => Error::RateLimited { error, retry_after },
        500..=599 => Error::Server(error),
        _ => Error::Status(error),
    }
}

impl<E: Serialize> From<progenitor_client::Error<E>> for Error {
    fn from(e: progenitor_client::Error<E>) -> Self {
        Error::from(&e)
    }
}

/// The same conversion from a borrowed error (the generated CLI's `CliConfig::error` hook gets
/// one).
impl<E: Serialize> From<&progenitor_client::Error<E>> for Error {
    fn from(e: &progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match e {
            P::ErrorResponse(rv) => {
                let status = rv.status().as_u16();
                let headers = rv.headers().clone();
                // The runtime keeps the body as received in a marker header; without it (a
                // response that did not pass the runtime) the typed body is all there is. A
                // body that was not a JSON object arrives wrapped as {"message": text}.
                let raw = headers
                    .get(marker::BODY)
                    .and_then(|v| serde_json::from_slice(v.as_bytes()).ok());
                let body = raw.unwrap_or_else(|| serde_json::to_value(&**rv).unwrap_or_default());
                from_status(status, &headers, body)
            }
            P::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                from_status(status, &headers, serde_json::Value::Null)
            }
            P::InvalidResponsePayload(body, err) => Error::Decode {
                status: None,
                message: err.to_string(),
                body: body.clone(),
            },
            P::ResponseBodyError(err) => Error::Transport {
                operation: None,
                message: format!("reading the response body failed: {err}"),
                may_have_taken_effect: true,
                attempts: 1,
            },
            P::CommunicationError(err) | P::InvalidUpgrade(err) => {
                let timeout = err.is_timeout();
                let message = err.to_string();
                if timeout {
                    Error::Timeout {
                        operation: None,
                        message,
                        may_have_taken_effect: true,
                        attempts: 1,
                    }
                } else {
                    Error::Transport {
                        operation: None,
                        message,
                        may_have_taken_effect: !err.is_connect(),
                        attempts: 1,
                    }
                }
            }
            P::InvalidRequest(message) => Error::InvalidInput(message.clone()),
            P::Custom(text) => match text
                .strip_prefix(CUSTOM_PREFIX)
                .and_then(|json| serde_json::from_str::<LocalError>(json).ok())
            {
                Some(local) => local.into(),
                None => Error::InvalidInput(text.clone()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn error_bodies_of_every_shape_are_read() {
        let cases = [
            (
                json!({"detail": "Agent not found"}),
                None,
                "Agent not found",
            ),
            (
                json!({"detail": [{"loc": ["body", "agent_id"], "msg": "field required", "type": "missing"}]}),
                None,
                "body.agent_id: field required",
            ),
            (
                json!({"detail": {"code": "bad_audio", "message": "unsupported format"}}),
                Some("bad_audio"),
                "unsupported format",
            ),
            (
                json!({"error": {"code": "agent_not_found", "message": "No agent", "details": {}}, "meta": {"request_id": "req_1"}}),
                Some("agent_not_found"),
                "No agent",
            ),
            (
                json!({"message": "Campaign already started"}),
                None,
                "Campaign already started",
            ),
        ];
        for (body, code, message) in cases {
            assert_eq!(body_code(&body).as_deref(), code, "{body}");
            assert_eq!(body_message(&body).as_deref(), Some(message), "{body}");
        }
    }

    #[test]
    fn statuses_map_to_variants() {
        let headers = reqwest::header::HeaderMap::new();
        let e = from_status(404, &headers, json!({"detail": "nope"}));
        assert!(matches!(e, Error::NotFound(_)));
        assert_eq!(e.status(), Some(404));
        assert_eq!(e.message(), "nope");
        let e = from_status(
            429,
            &headers,
            json!({"error": {"code": "quota_exceeded", "message": "out"}}),
        );
        assert!(matches!(e, Error::InsufficientCredits(_)));
        let e = from_status(429, &headers, json!({"retry_after": 3}));
        assert_eq!(e.retry_after(), Some(Duration::from_secs(3)));
        assert!(e.is_retryable());
        let e = from_status(
            400,
            &headers,
            json!({"error": {"code": "invalid_phone_number", "message": "bad"}, "meta": {"request_id": "req_9"}}),
        );
        assert!(matches!(e, Error::Validation(_)));
        assert_eq!(e.request_id(), Some("req_9"));
        assert_eq!(e.code(), Some("invalid_phone_number"));
        assert!(matches!(
            from_status(503, &headers, json!(null)),
            Error::Server(_)
        ));
        assert_eq!(
            from_status(503, &headers, json!(null)).message(),
            "Service Unavailable"
        );
    }

    #[test]
    fn local_errors_round_trip_through_custom() {
        let e: Error = LocalError::MissingScope {
            api: "ringyo".into(),
            operation: "create_call".into(),
            scope: "calls:write".into(),
        }
        .into_custom::<()>()
        .into();
        assert!(matches!(e, Error::MissingScope { ref scope, .. } if scope == "calls:write"));
    }
}
