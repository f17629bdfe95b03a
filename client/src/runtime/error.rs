//! One error type for every call of both clients, for users to `match` on.
//!
//! Every generated `send()`, every `stream()` item, the CLI and clients made by the
//! `client!` macro fail with [`Error`]. It is built once per call, from the call's context
//! (see `runtime::call`), never from anything the server could forge: a response header
//! cannot change what an error says about attempts, scopes or effects. Error bodies are read
//! whatever their shape: FastAPI's `detail` (string, list or object),
//! `{error: {code, message, details}, meta: {request_id}}`, and plain `{message}`.

use std::fmt;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::HeaderMap;

use super::call::Call;
use super::retry::{decide, Outcome, Repeat, Verdict};
use super::state::ClientState;

/// Error bodies that are not JSON are cut to this many bytes in messages.
const MAX_TEXT_BODY: usize = 4 * 1024;
/// Body previews in [`DecodeError`] are cut to this many bytes.
const MAX_PREVIEW: usize = 1024;

/// An error status from the server, with what the body said and what the call learned.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// API name (`ringg`, `ringyo`).
    pub api: Option<String>,
    /// The operation id.
    pub operation: Option<String>,
    /// HTTP status.
    pub status: u16,
    /// The vendor's error code (`error.code`, `detail.code`), if any.
    pub code: Option<String>,
    /// A readable message: the vendor's, or the status text.
    pub message: String,
    /// The request id (an `x-request-id` header or `meta.request_id`), if any.
    pub request_id: Option<String>,
    /// The error body as JSON (a body that is not JSON is `{"message": text}`).
    pub body: serde_json::Value,
    /// How many attempts were made.
    pub attempts: u32,
    /// The scope the operation needs, from the spec (APIs with scopes).
    pub required_scope: Option<String>,
    /// How long the server asked to wait (`Retry-After`, `retry_after` in the body,
    /// `X-RateLimit-Reset`), if it said.
    pub retry_after: Option<Duration>,
    /// The `Idempotency-Key` the request carried, if the operation takes one.
    pub idempotency_key: Option<String>,
    /// The same request may succeed if sent again later (see [`Error::is_retryable`]).
    pub retryable: bool,
    /// The server may have acted on the request before failing (see
    /// [`Error::may_have_taken_effect`]).
    pub may_have_taken_effect: bool,
    /// Where the client's key came from (set on a 401, so the message can name it).
    pub key_source: Option<super::secret::KeySource>,
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
        f.write_str(&may_suffix(
            self.may_have_taken_effect,
            self.idempotency_key.as_deref(),
        ))
    }
}

/// No complete answer came back: the connection failed, broke or timed out. The
/// `reqwest::Error` is kept as the [`source`](std::error::Error::source), so `is_connect()`,
/// the I/O error and the URL are at hand.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// API name.
    pub api: &'static str,
    /// The operation id.
    pub operation: &'static str,
    /// How many attempts were made.
    pub attempts: u32,
    /// The status of a response whose body could not be read, if one came.
    pub status: Option<u16>,
    /// The same request may succeed if sent again (see [`Error::is_retryable`]).
    pub retryable: bool,
    /// The server may have acted on the request (see [`Error::may_have_taken_effect`]).
    pub may_have_taken_effect: bool,
    /// The `Idempotency-Key` the request carried, if the operation takes one.
    pub idempotency_key: Option<String>,
    /// What failed.
    pub source: reqwest::Error,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.api, self.operation)?;
        if self.attempts > 1 {
            write!(f, " (after {} attempts)", self.attempts)?;
        }
        let what = if self.source.is_timeout() {
            "timed out"
        } else if self.source.is_connect() {
            "could not connect"
        } else if self.status.is_some() || self.source.is_body() || self.source.is_decode() {
            "the response body could not be read"
        } else {
            "the connection failed"
        };
        write!(f, ": {what}")?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status})")?;
        }
        // The innermost cause says what actually happened (refused, reset, …).
        let mut root: &dyn std::error::Error = &self.source;
        while let Some(next) = root.source() {
            root = next;
        }
        write!(f, ": {root}")?;
        f.write_str(&may_suffix(
            self.may_have_taken_effect,
            self.idempotency_key.as_deref(),
        ))
    }
}

/// Why the shared rate limiter (Redis) could not grant a request: carried by
/// [`Error::LimiterUnavailable`] and [`LimiterUsage::last_fault`](super::usage::LimiterUsage).
/// The texts come from the Redis client with the password taken out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LimiterFault {
    /// No connection could be made (refused, unknown host, authentication).
    Unreachable {
        /// The Redis client's words.
        detail: String,
    },
    /// Connecting or the script's answer took longer than allowed.
    Deadline {
        /// What it was given.
        #[serde(rename = "deadline_ms", serialize_with = "super::usage::as_millis")]
        deadline: Duration,
    },
    /// Redis answered with an error (`WRONGTYPE`, `NOSCRIPT`, out of memory, …).
    Engine {
        /// The Redis client's words.
        detail: String,
    },
    /// Redis answered something the script never returns.
    BadReply {
        /// The reply as read.
        reply: String,
    },
    /// Redis failed earlier and the client waits before trying again (or reconnects in the
    /// background); this request did not ask it.
    CoolingDown,
}

impl std::fmt::Display for LimiterFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimiterFault::Unreachable { detail } => write!(f, "cannot connect: {detail}"),
            LimiterFault::Deadline { deadline } => {
                write!(
                    f,
                    "no answer within the deadline of {} ms",
                    deadline.as_millis()
                )
            }
            LimiterFault::Engine { detail } => write!(f, "Redis error: {detail}"),
            LimiterFault::BadReply { reply } => write!(f, "an unexpected reply {reply}"),
            LimiterFault::CoolingDown => {
                f.write_str("Redis failed before; waiting before the next try")
            }
        }
    }
}

/// A response body did not match the spec.
#[derive(Clone)]
#[non_exhaustive]
pub struct DecodeError {
    /// API name.
    pub api: &'static str,
    /// The operation id.
    pub operation: &'static str,
    /// HTTP status, when known.
    pub status: Option<u16>,
    /// What did not match.
    pub message: String,
    /// The start of the body (at most 1 KiB), with the client's key taken out.
    pub preview: String,
    /// The body as received, untouched: unlike `message` and `preview` (and `Debug`, which
    /// shows only its length), it may hold the key or a secret field if the server sent one.
    pub body: Bytes,
    /// How many attempts were made.
    pub attempts: u32,
    /// The server may have acted on the request (a success status came back).
    pub may_have_taken_effect: bool,
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("api", &self.api)
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("message", &self.message)
            .field("preview", &self.preview)
            .field("body_len", &self.body.len())
            .field("attempts", &self.attempts)
            .field("may_have_taken_effect", &self.may_have_taken_effect)
            .finish()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: could not decode the response",
            self.api, self.operation
        )?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status})")?;
        }
        write!(f, ": {}; body: {:?}", self.message, self.preview)?;
        if self.body.len() > self.preview.len() {
            write!(f, "… ({} bytes)", self.body.len())?;
        }
        if self.may_have_taken_effect {
            f.write_str(" (a success status came back: the request took effect)")?;
        }
        Ok(())
    }
}

/// Everything a voiceai call can fail with.
///
/// `Display` and `Debug` (`{:?}`, what `main` returning `Result<(), voiceai::Error>` prints)
/// both give the sentence; `Debug` adds the chain of causes. `{:#?}` gives the fields a program
/// would look at (kind, status, code, request id, …). None of them shows the key.
#[non_exhaustive]
pub enum Error {
    /// 401: the key is missing, wrong, revoked or rotated.
    Unauthorized(Box<ApiError>),
    /// 403: the key lacks a permission; [`ApiError::required_scope`] is the operation's scope
    /// when the API has scopes.
    PermissionDenied(Box<ApiError>),
    /// 404.
    NotFound(Box<ApiError>),
    /// 409.
    Conflict(Box<ApiError>),
    /// 400 or 422: the server refused the input.
    Validation(Box<ApiError>),
    /// 402, or a 429 whose code says credits or quota are exhausted. Not retried.
    InsufficientCredits(Box<ApiError>),
    /// 429 after the retries ran out; [`ApiError::retry_after`] is what the server asked to
    /// wait.
    RateLimited(Box<ApiError>),
    /// 5xx after the retries ran out.
    Server(Box<ApiError>),
    /// Any other non-success status.
    Status(Box<ApiError>),
    /// The connection failed or broke. When [`Error::may_have_taken_effect`] is true the
    /// request may have reached the server and been acted on (a call placed, a campaign
    /// started): check before repeating.
    Transport(Box<TransportError>),
    /// The request or the response took longer than the timeout.
    Timeout(Box<TransportError>),
    /// A response body did not match the spec.
    Decode(Box<DecodeError>),
    /// The response body was larger than the client accepts
    /// ([`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)); it was
    /// not read further, and nothing of it was kept.
    ResponseTooLarge {
        /// API name.
        api: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The status of the response.
        status: u16,
        /// The limit in force, in bytes.
        limit: u64,
        /// The size the server announced (`Content-Length`), if it did.
        announced: Option<u64>,
        /// Attempts made.
        attempts: u32,
        /// A success status came back for a request that is not safe to repeat: it took
        /// effect.
        may_have_taken_effect: bool,
    },
    /// The client-side rate limit held the request for longer than its timeout; this attempt
    /// was not sent. Retryable: the limit frees up with time.
    Throttled {
        /// API name.
        api: &'static str,
        /// The operation id.
        operation: &'static str,
        /// How long it waited for the limiter.
        waited: Duration,
        /// The timeout of the attempt.
        timeout: Duration,
        /// Attempts sent before this one.
        attempts: u32,
    },
    /// The shared rate limiter (Redis) could not be reached, answered too late or answered
    /// nonsense, and the client was told to fail fast rather than fall back to a local limit
    /// (`SharedLimit::fail_fast`). Nothing was sent; retryable once the engine is back.
    LimiterUnavailable {
        /// API name.
        api: &'static str,
        /// The operation id.
        operation: &'static str,
        /// What went wrong with the engine (its text never holds the password).
        reason: LimiterFault,
    },
    /// The client knows its key's scopes and the operation needs another one; nothing was sent.
    MissingScope {
        /// API name.
        api: String,
        /// The operation id.
        operation: String,
        /// The scope it needs.
        scope: String,
    },
    /// The input was refused before anything was sent.
    InvalidInput(String),
    /// The client could not be configured (missing key, bad base URL, …).
    Config(super::ConfigError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unauthorized(e) => {
                write!(f, "unauthorized: {e}")?;
                if let Some(source) = &e.key_source {
                    write!(f, "; the key came from {source}")?;
                }
                if let Some(help) = e.api.as_deref().and_then(super::secret::where_to_get_a_key) {
                    write!(f, "; {help}")?;
                }
                Ok(())
            }
            Error::PermissionDenied(e) => {
                f.write_str("permission denied")?;
                if let Some(scope) = &e.required_scope {
                    write!(f, " (needs scope `{scope}`)")?;
                }
                write!(f, ": {e}")
            }
            Error::NotFound(e) => write!(f, "not found: {e}"),
            Error::Conflict(e) => write!(f, "conflict: {e}"),
            Error::Validation(e) => write!(f, "validation failed: {e}"),
            Error::InsufficientCredits(e) => write!(f, "insufficient credits: {e}"),
            Error::RateLimited(e) => {
                f.write_str("rate limited")?;
                if let Some(wait) = e.retry_after {
                    write!(f, " (retry after {:.1}s)", wait.as_secs_f64())?;
                }
                write!(f, ": {e}")
            }
            Error::Server(e) => write!(f, "server error: {e}"),
            Error::Status(e) => write!(f, "unexpected status: {e}"),
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Timeout(e) => write!(f, "timeout: {e}"),
            Error::Decode(e) => e.fmt(f),
            Error::ResponseTooLarge {
                api,
                operation,
                status,
                limit,
                announced,
                may_have_taken_effect,
                ..
            } => {
                write!(f, "{api} {operation}: the response (HTTP {status}")?;
                if let Some(announced) = announced {
                    write!(f, ", {announced} bytes announced")?;
                }
                write!(
                    f,
                    ") is larger than the limit of {limit} bytes; raise it with \
                     ClientBuilder::max_response_size or RequestOptions::max_response_size"
                )?;
                if *may_have_taken_effect {
                    f.write_str(" (a success status came back: the request took effect)")?;
                }
                Ok(())
            }
            Error::Throttled {
                api,
                operation,
                waited,
                timeout,
                ..
            } => write!(
                f,
                "{api} {operation}: not sent: the client-side rate limit held it for {:.1}s, \
                 beyond its timeout of {:.1}s (send fewer requests at once, or give it a longer \
                 timeout)",
                waited.as_secs_f64(),
                timeout.as_secs_f64()
            ),
            Error::LimiterUnavailable {
                api,
                operation,
                reason,
            } => write!(
                f,
                "{api} {operation}: not sent: the shared rate limiter is unavailable ({reason}) \
                 and the client is set to fail fast; retry once it is back, or let the client \
                 fall back to a local limit"
            ),
            Error::MissingScope {
                api,
                operation,
                scope,
            } => write!(
                f,
                "{api} {operation} needs scope `{scope}`, which this client's key does not \
                 have; nothing was sent"
            ),
            Error::InvalidInput(message) => write!(f, "invalid input: {message}"),
            Error::Config(e) => e.fmt(f),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return f
                .debug_struct("Error")
                .field("kind", &self.kind())
                .field("message", &self.to_string())
                .field("status", &self.status())
                .field("code", &self.code())
                .field("request_id", &self.request_id())
                .field("operation", &self.operation())
                .field("attempts", &self.attempts())
                .field("retry_after", &self.retry_after())
                .field("retryable", &self.is_retryable())
                .field("may_have_taken_effect", &self.may_have_taken_effect())
                .field("idempotency_key", &self.idempotency_key())
                .finish();
        }
        fmt::Display::fmt(self, f)?;
        // A configuration error's sentence is its own Display already.
        let mut source = match self {
            Error::Config(_) => None,
            _ => std::error::Error::source(self),
        };
        if source.is_some() {
            f.write_str("\n\nCaused by:")?;
        }
        while let Some(cause) = source {
            write!(f, "\n    {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) | Error::Timeout(e) => Some(&e.source),
            Error::Config(e) => Some(e),
            _ => None,
        }
    }
}

impl From<super::ConfigError> for Error {
    fn from(e: super::ConfigError) -> Self {
        Error::Config(e)
    }
}

/// What a message adds when the request may have taken effect: that it was not resent, or,
/// when the runtime resent it under its idempotency key, the key to resend it with.
fn may_suffix(may: bool, idempotency_key: Option<&str>) -> String {
    match (may, idempotency_key) {
        (false, _) => String::new(),
        (true, None) => {
            " (the request may have reached the server and taken effect; it was not resent)"
                .to_string()
        }
        (true, Some(key)) => format!(
            " (the request may have reached the server and taken effect; resend it only with \
             idempotency key {key}, which the server deduplicates)"
        ),
    }
}

impl Error {
    /// The variant's name, for `{:#?}`.
    fn kind(&self) -> &'static str {
        match self {
            Error::Unauthorized(_) => "Unauthorized",
            Error::PermissionDenied(_) => "PermissionDenied",
            Error::NotFound(_) => "NotFound",
            Error::Conflict(_) => "Conflict",
            Error::Validation(_) => "Validation",
            Error::InsufficientCredits(_) => "InsufficientCredits",
            Error::RateLimited(_) => "RateLimited",
            Error::Server(_) => "Server",
            Error::Status(_) => "Status",
            Error::Transport(_) => "Transport",
            Error::Timeout(_) => "Timeout",
            Error::Decode(_) => "Decode",
            Error::ResponseTooLarge { .. } => "ResponseTooLarge",
            Error::Throttled { .. } => "Throttled",
            Error::LimiterUnavailable { .. } => "LimiterUnavailable",
            Error::MissingScope { .. } => "MissingScope",
            Error::InvalidInput(_) => "InvalidInput",
            Error::Config(_) => "Config",
        }
    }

    /// The server's answer, for errors that have one.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Unauthorized(e)
            | Error::PermissionDenied(e)
            | Error::NotFound(e)
            | Error::Conflict(e)
            | Error::Validation(e)
            | Error::InsufficientCredits(e)
            | Error::RateLimited(e)
            | Error::Server(e)
            | Error::Status(e) => Some(e),
            _ => None,
        }
    }

    fn transport(&self) -> Option<&TransportError> {
        match self {
            Error::Transport(e) | Error::Timeout(e) => Some(e),
            _ => None,
        }
    }

    /// HTTP status, when a response was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Decode(e) => e.status,
            Error::Transport(e) | Error::Timeout(e) => e.status,
            Error::ResponseTooLarge { status, .. } => Some(*status),
            _ => self.api_error().map(|e| e.status),
        }
    }

    /// The vendor's error code, if any.
    pub fn code(&self) -> Option<&str> {
        self.api_error().and_then(|e| e.code.as_deref())
    }

    /// A readable message: the server's for error statuses, otherwise the whole error.
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

    /// The operation id, for errors of a call that was made.
    pub fn operation(&self) -> Option<&str> {
        match self {
            Error::Transport(e) | Error::Timeout(e) => Some(e.operation),
            Error::Decode(e) => Some(e.operation),
            Error::Throttled { operation, .. } | Error::ResponseTooLarge { operation, .. } => {
                Some(operation)
            }
            Error::MissingScope { operation, .. } => Some(operation),
            _ => self.api_error().and_then(|e| e.operation.as_deref()),
        }
    }

    /// How many attempts the call made (0 when it failed before sending anything).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Transport(e) | Error::Timeout(e) => e.attempts,
            Error::Decode(e) => e.attempts,
            Error::Throttled { attempts, .. } | Error::ResponseTooLarge { attempts, .. } => {
                *attempts
            }
            _ => self.api_error().map_or(0, |e| e.attempts),
        }
    }

    /// Whether sending the same request again later could succeed and cannot act twice: rate
    /// limits, transient server errors, timeouts and broken connections of requests that are
    /// safe to repeat. Never true when [`may_have_taken_effect`](Self::may_have_taken_effect)
    /// is.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) | Error::Timeout(e) => e.retryable,
            Error::Throttled { .. } | Error::LimiterUnavailable { .. } => true,
            _ => self.api_error().is_some_and(|e| e.retryable),
        }
    }

    /// Whether the server may have acted on the request although the call failed, so that
    /// sending it again could act twice (a second call placed). Check the state first, or,
    /// for an operation that takes an idempotency key, resend with
    /// [`idempotency_key`](Self::idempotency_key).
    pub fn may_have_taken_effect(&self) -> bool {
        match self {
            Error::Transport(e) | Error::Timeout(e) => e.may_have_taken_effect,
            Error::Decode(e) => e.may_have_taken_effect,
            Error::ResponseTooLarge {
                may_have_taken_effect,
                ..
            } => *may_have_taken_effect,
            _ => self.api_error().is_some_and(|e| e.may_have_taken_effect),
        }
    }

    /// The `Idempotency-Key` the failed request carried (operations that take one). Resending
    /// with it (`RequestOptions::idempotency_key`) lets the server drop a duplicate.
    pub fn idempotency_key(&self) -> Option<&str> {
        match self.transport() {
            Some(e) => e.idempotency_key.as_deref(),
            None => self.api_error().and_then(|e| e.idempotency_key.as_deref()),
        }
    }

    /// How long the server asked to wait, if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        self.api_error().and_then(|e| e.retry_after)
    }

    /// The kind of failure, for counting and metrics (one class per variant; see
    /// [`ErrorClass`](crate::usage::ErrorClass)).
    pub fn class(&self) -> super::usage::ErrorClass {
        use super::usage::ErrorClass as C;
        match self {
            Error::Unauthorized(_) => C::Unauthorized,
            Error::PermissionDenied(_) => C::PermissionDenied,
            Error::NotFound(_) => C::NotFound,
            Error::Conflict(_) => C::Conflict,
            Error::Validation(_) => C::Validation,
            Error::InsufficientCredits(_) => C::InsufficientCredits,
            Error::RateLimited(_) => C::RateLimited,
            Error::Server(_) => C::Server,
            Error::Status(_) => C::Status,
            Error::Transport(_) => C::Transport,
            Error::Timeout(_) => C::Timeout,
            Error::Decode(_) => C::Decode,
            Error::ResponseTooLarge { .. } => C::ResponseTooLarge,
            Error::Throttled { .. } => C::Throttled,
            Error::LimiterUnavailable { .. } => C::LimiterUnavailable,
            Error::MissingScope { .. } | Error::InvalidInput(_) | Error::Config(_) => C::Refused,
        }
    }
}

/// What `exec` knows about a final error response.
pub(crate) struct ApiFailure {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) json: Option<serde_json::Value>,
    pub(crate) code: Option<String>,
    pub(crate) retry_after: Option<Duration>,
}

impl ApiFailure {
    /// Reads an error response's body once: JSON, code and the server's wait.
    pub(crate) fn read(status: u16, headers: HeaderMap, body: Bytes, now: SystemTime) -> Self {
        let json: Option<serde_json::Value> = serde_json::from_slice(&body).ok();
        let code = json.as_ref().and_then(body_code);
        let retry_after = super::retry::server_wait(
            header_str(&headers, &names::RETRY_AFTER),
            json.as_ref(),
            header_str(&headers, &names::RATE_LIMIT_RESET),
            now,
        );
        Self {
            status,
            headers,
            body,
            json,
            code,
            retry_after,
        }
    }

    /// The outcome for the rule.
    pub(crate) fn outcome(&self) -> Outcome {
        Outcome::Status {
            status: self.status,
            quota: self
                .code
                .as_deref()
                .is_some_and(super::retry::is_quota_code),
        }
    }
}

/// Header names the runtime reads, parsed once (a `&str` key is parsed on every lookup).
pub(crate) mod names {
    use reqwest::header::HeaderName;

    pub const RETRY_AFTER: HeaderName = HeaderName::from_static("retry-after");
    pub const RATE_LIMIT_RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");
    pub const RATE_LIMIT_REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
    pub const RATE_LIMIT_LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
    pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
    pub const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");
    pub const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
}

pub(crate) fn header_str<'a>(
    headers: &'a HeaderMap,
    name: &reqwest::header::HeaderName,
) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The request id of a response's headers: `x-request-id`, else `request-id`.
pub(crate) fn header_request_id_str(headers: &HeaderMap) -> Option<&str> {
    header_str(headers, &names::X_REQUEST_ID)
        .or_else(|| header_str(headers, &names::REQUEST_ID))
        .filter(|id| !id.is_empty())
}

fn header_request_id(headers: &HeaderMap) -> Option<String> {
    header_request_id_str(headers).map(str::to_string)
}

/// The error of a call whose last response had an error status. The message is what
/// `Display` shows: a server that echoes the key in it gets `[redacted]` there.
pub(crate) fn from_failure(
    state: Option<&ClientState>,
    call: &mut Call,
    failure: ApiFailure,
    verdict: Verdict,
) -> Error {
    let ApiFailure {
        status,
        headers,
        body,
        json,
        code,
        retry_after,
    } = failure;
    let body = match json {
        Some(value @ serde_json::Value::Object(_)) => value,
        Some(serde_json::Value::String(s)) => serde_json::json!({ "message": s }),
        Some(serde_json::Value::Null) => serde_json::Value::Null,
        _ => {
            let text = String::from_utf8_lossy(&body[..floor_char_boundary(&body, MAX_TEXT_BODY)]);
            let text = text.trim();
            if text.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::json!({ "message": text })
            }
        }
    };
    let message = body_message(&body).unwrap_or_else(|| {
        reqwest::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("error")
            .to_string()
    });
    // However the body is shaped, the message stays a few KiB.
    let message = message[..floor_char_boundary(message.as_bytes(), MAX_TEXT_BODY)].to_string();
    let (message, body) = match state {
        Some(state) => {
            let mut body = body;
            let mut secrets = Vec::new();
            redact_json(&mut body, state.profile().secret_fields, &mut secrets);
            scrub_json(state, &mut body, &secrets);
            (scrub(state, &message, &secrets), body)
        }
        None => (message, body),
    };
    let request_id = header_request_id(&headers)
        .or_else(|| str_at(&body, &["/meta/request_id", "/request_id"]).map(str::to_string));
    let quota = code.as_deref().is_some_and(super::retry::is_quota_code);
    let error = Box::new(ApiError {
        api: Some(call.api.to_string()),
        operation: Some(call.op.id.to_string()),
        status,
        code,
        message,
        request_id,
        body,
        attempts: call.attempts.max(1),
        required_scope: call.op.required_scope.map(str::to_string),
        retry_after,
        idempotency_key: call.idempotency_key.take(),
        retryable: verdict.retryable,
        may_have_taken_effect: verdict.may_have_taken_effect,
        key_source: state.filter(|_| status == 401).map(ClientState::key_source),
    });
    match status {
        401 => Error::Unauthorized(error),
        402 => Error::InsufficientCredits(error),
        403 => Error::PermissionDenied(error),
        404 => Error::NotFound(error),
        409 => Error::Conflict(error),
        400 | 422 => Error::Validation(error),
        429 if quota => Error::InsufficientCredits(error),
        429 => Error::RateLimited(error),
        500..=599 => Error::Server(error),
        _ => Error::Status(error),
    }
}

/// The error of a call whose last attempt got no complete answer.
pub(crate) fn transport(call: &mut Call, verdict: Verdict, source: reqwest::Error) -> Error {
    let timeout = source.is_timeout();
    let error = Box::new(TransportError {
        api: call.api,
        operation: call.op.id,
        attempts: call.attempts.max(1),
        status: call.status.map(|s| s.as_u16()),
        retryable: verdict.retryable,
        may_have_taken_effect: verdict.may_have_taken_effect,
        idempotency_key: call.idempotency_key.take(),
        source,
    });
    if timeout {
        Error::Timeout(error)
    } else {
        Error::Transport(error)
    }
}

/// The error of a response whose body does not match the spec. serde's message quotes parts
/// of the body (an unexpected string, an unknown variant), so it is cut and the key taken out
/// of it like the preview, and the serde error itself is not kept as a source.
pub(crate) fn decode_error(
    state: &ClientState,
    call: &Call,
    verdict: Verdict,
    body: Bytes,
    message: &str,
) -> Error {
    let secrets = secret_values(&body, state.profile().secret_fields);
    let message = scrub(
        state,
        &message[..floor_char_boundary(message.as_bytes(), MAX_PREVIEW)],
        &secrets,
    );
    let preview = scrub(
        state,
        &String::from_utf8_lossy(&body[..floor_char_boundary(&body, MAX_PREVIEW)]),
        &secrets,
    );
    Error::Decode(Box::new(DecodeError {
        api: call.api,
        operation: call.op.id,
        status: call.status.map(|s| s.as_u16()),
        message,
        preview,
        body,
        attempts: call.attempts.max(1),
        may_have_taken_effect: verdict.may_have_taken_effect,
    }))
}

/// A list whose server would keep a stream going for ever (a page or a cursor it returned
/// before, an offset past the largest).
pub(crate) fn paging_error(api: &'static str, operation: &'static str, message: &str) -> Error {
    Error::Decode(Box::new(DecodeError {
        api,
        operation,
        status: None,
        message: message.to_string(),
        preview: String::new(),
        body: Bytes::new(),
        attempts: 1,
        may_have_taken_effect: false,
    }))
}

/// The values of the fields the spec marks secret (`names`), wherever they sit in a body: read
/// from the JSON when the body is JSON, else from `"name": "value"` pairs in the text (a body
/// cut short, or not quite JSON).
fn secret_values(body: &[u8], names: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    if names.is_empty() {
        return found;
    }
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => redact_json(&mut value, names, &mut found),
        Err(_) => {
            let text = String::from_utf8_lossy(body);
            for name in names {
                let quoted = format!("\"{name}\"");
                let mut rest = text.as_ref();
                while let Some(at) = rest.find(&quoted) {
                    rest = &rest[at + quoted.len()..];
                    let Some(after_colon) = rest.trim_start().strip_prefix(':') else {
                        continue;
                    };
                    let value = after_colon.trim_start();
                    let secret: String = match value.strip_prefix('"') {
                        Some(inner) => inner.chars().take_while(|c| *c != '"').collect(),
                        None => value
                            .chars()
                            .take_while(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                            .collect(),
                    };
                    if !secret.is_empty() {
                        found.push(secret);
                    }
                }
            }
        }
    }
    found
}

/// Replaces the values of fields named in `names`, at any depth, by `"[redacted]"`, and
/// collects them. The CLI uses it on its output. Not a public API.
#[doc(hidden)]
pub fn redact_json(value: &mut serde_json::Value, names: &[&str], found: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, field) in map.iter_mut() {
                if names.contains(&key.as_str()) && !field.is_null() {
                    let text = match &*field {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    if !text.is_empty() {
                        found.push(text);
                    }
                    *field = serde_json::Value::String("[redacted]".into());
                } else {
                    redact_json(field, names, found);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                redact_json(item, names, found);
            }
        }
        _ => {}
    }
}

/// Every string of a JSON document scrubbed (see [`scrub`]).
fn scrub_json(state: &ClientState, value: &mut serde_json::Value, secrets: &[String]) {
    match value {
        serde_json::Value::String(text) => *text = scrub(state, text, secrets),
        serde_json::Value::Array(items) => {
            for item in items {
                scrub_json(state, item, secrets);
            }
        }
        serde_json::Value::Object(map) => {
            for field in map.values_mut() {
                scrub_json(state, field, secrets);
            }
        }
        _ => {}
    }
}

/// `text` with every secret of `secrets` and the client's own key replaced by `[redacted]`.
/// Values of a few characters are not hunted through the text (the field itself is redacted
/// where it stands): replacing every `1` of a message would garble it and hide nothing.
fn scrub(state: &ClientState, text: &str, secrets: &[String]) -> String {
    const SHORTEST: usize = 6;
    let mut text = text.to_string();
    for secret in secrets {
        if secret.len() >= SHORTEST && text.contains(secret.as_str()) {
            text = text.replace(secret.as_str(), "[redacted]");
        }
    }
    state.redact_key(&text)
}

/// The largest index at most `max` that does not split a UTF-8 sequence (for valid UTF-8;
/// invalid bytes are replaced anyway).
fn floor_char_boundary(bytes: &[u8], max: usize) -> usize {
    if bytes.len() <= max {
        return bytes.len();
    }
    let mut end = max;
    while end > 0 && (bytes[end] & 0b1100_0000) == 0b1000_0000 {
        end -= 1;
    }
    end
}

/// The error for an error status outside any call: what the fuzz targets drive the body
/// parsing with. Not a public API.
#[doc(hidden)]
pub fn from_status(status: u16, headers: &HeaderMap, body: &[u8]) -> Error {
    static OP: super::OperationMeta = super::OperationMeta {
        id: "unknown",
        method: "GET",
        path: "",
        required_scope: None,
        retry_safe: true,
        idempotency_key: false,
        pagination: super::Pagination::None,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    };
    let failure = ApiFailure::read(
        status,
        headers.clone(),
        Bytes::copy_from_slice(body),
        SystemTime::now(),
    );
    let verdict = decide(failure.outcome(), Repeat::Safe);
    let mut call = Call::standalone(&OP);
    from_failure(None, &mut call, failure, verdict)
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
        let status = |code: u16, body: serde_json::Value| {
            from_status(code, &headers, &serde_json::to_vec(&body).unwrap())
        };
        let e = status(404, json!({"detail": "nope"}));
        assert!(matches!(e, Error::NotFound(_)));
        assert_eq!(e.status(), Some(404));
        assert_eq!(e.message(), "nope");
        let e = status(
            429,
            json!({"error": {"code": "quota_exceeded", "message": "out"}}),
        );
        assert!(matches!(e, Error::InsufficientCredits(_)));
        assert!(!e.is_retryable());
        let e = status(429, json!({"retry_after": 3}));
        assert_eq!(e.retry_after(), Some(Duration::from_secs(3)));
        assert!(e.is_retryable());
        let e = status(
            400,
            json!({"error": {"code": "invalid_phone_number", "message": "bad"}, "meta": {"request_id": "req_9"}}),
        );
        assert!(matches!(e, Error::Validation(_)));
        assert_eq!(e.request_id(), Some("req_9"));
        assert_eq!(e.code(), Some("invalid_phone_number"));
        assert!(matches!(status(503, json!(null)), Error::Server(_)));
        assert_eq!(status(503, json!(null)).message(), "Service Unavailable");
        // A body that is not JSON is kept as the message, cut to a few KiB.
        let e = from_status(502, &headers, "x".repeat(100_000).as_bytes());
        assert_eq!(e.message().len(), MAX_TEXT_BODY);
    }

    #[test]
    fn previews_stop_at_a_character_boundary() {
        let text = "é".repeat(600); // 1200 bytes, 2 per character
        let end = floor_char_boundary(text.as_bytes(), MAX_PREVIEW);
        assert!(end <= MAX_PREVIEW && text.is_char_boundary(end));
        assert_eq!(floor_char_boundary(b"short", MAX_PREVIEW), 5);
    }

    /// The limiter's faults are a type a program can match and an exporter can read, and their
    /// sentence names what happened.
    #[test]
    fn limiter_faults_read_as_sentences_and_serialise_with_their_kind() {
        let deadline = LimiterFault::Deadline {
            deadline: Duration::from_millis(10),
        };
        assert_eq!(
            deadline.to_string(),
            "no answer within the deadline of 10 ms"
        );
        assert_eq!(
            serde_json::to_value(&deadline).unwrap(),
            json!({"kind": "deadline", "deadline_ms": 10.0})
        );
        let engine = LimiterFault::Engine {
            detail: "WRONGTYPE Operation against a key".into(),
        };
        assert_eq!(
            serde_json::to_value(&engine).unwrap()["kind"],
            json!("engine")
        );
        let err = Error::LimiterUnavailable {
            api: "ringyo",
            operation: "list_calls",
            reason: engine,
        };
        assert!(err.to_string().contains("(Redis error: WRONGTYPE"), "{err}");
        assert!(err.is_retryable() && !err.may_have_taken_effect());
        assert!(LimiterFault::CoolingDown.to_string().contains("waiting"));
    }
}
