//! The steps of a call after its request is built (see [`super::call`]):
//!
//! - `prepare`: scope check (fails before anything is sent), auth header, idempotency key,
//!   per-request timeout;
//! - `send`: rate limiting, the attempts and the retry loop, reading the body, one tracing
//!   span per request. Every attempt's outcome goes through the one rule
//!   ([`super::retry::decide`]); the error of the last attempt is built from the call's
//!   context.

use std::time::SystemTime;

use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Request, StatusCode};
use tracing::Instrument;

use super::call::Call;
use super::error::names::{
    IDEMPOTENCY_KEY, RATE_LIMIT_LIMIT, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET,
};
use super::error::{self, header_str, ApiFailure, Error};
use super::retry::{parse_rate_limit_reset, Outcome, Repeat, RetryBudget};
use super::state::ClientState;

/// A success answer, read whole.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// A fresh idempotency key: 128 random bits.
pub fn new_idempotency_key() -> String {
    format!("vai_{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// Runs before anything is sent: scope, auth, idempotency key, timeout.
pub(crate) fn prepare(
    state: &ClientState,
    call: &mut Call,
    request: &mut Request,
) -> Result<(), Error> {
    if let (Some(scopes), Some(scope)) = (state.shared.scopes.as_ref(), call.op.required_scope) {
        if !scopes.contains(scope) {
            tracing::warn!(
                api = call.api,
                operation = call.op.id,
                scope,
                "missing scope; request not sent"
            );
            return Err(Error::MissingScope {
                api: call.api.to_string(),
                operation: call.op.id.to_string(),
                scope: scope.to_string(),
            });
        }
    }
    let (name, value) = state
        .auth_header()
        .ok_or_else(|| Error::InvalidInput("the API key cannot be sent in a header".into()))?;
    request.headers_mut().insert(name, value);

    if call.op.idempotency_key {
        if let Some(given) = request.headers().get(&IDEMPOTENCY_KEY) {
            // Set on the builder: the caller chose it, so a resend with it is safe.
            call.idempotency_key = given.to_str().ok().map(str::to_string);
            call.repeat = Repeat::Safe;
        } else {
            let chosen = call
                .options
                .as_ref()
                .and_then(|o| o.idempotency_key.clone());
            call.repeat = if chosen.is_some() {
                Repeat::Safe
            } else {
                Repeat::WithinCall
            };
            let key = chosen.unwrap_or_else(new_idempotency_key);
            let value = HeaderValue::from_str(&key).map_err(|_| {
                Error::InvalidInput("the idempotency key cannot be sent in a header".into())
            })?;
            request.headers_mut().insert(IDEMPOTENCY_KEY, value);
            call.idempotency_key = Some(key);
        }
    }
    if let Some(timeout) = call.options.as_ref().and_then(|o| o.timeout) {
        *request.timeout_mut() = Some(timeout);
    }
    Ok(())
}

/// Sends a request, retrying as the policy and the rule allow; the whole body of a success.
pub(crate) async fn send(
    state: &ClientState,
    http: &reqwest::Client,
    call: &mut Call,
    request: Request,
) -> Result<Answer, Error> {
    // Our own field names, and OpenTelemetry's for an HTTP client span (semantic conventions
    // for HTTP), so that an OTel exporter (tracing-opentelemetry) shows these requests like any
    // other client's: `otel.name` is "{method} {url.template}", `otel.kind` client. The path
    // template has no ids in it; `http.request.resend_count` is set on retries only.
    let span = tracing::info_span!(
        "voiceai.request",
        api = call.api,
        operation = call.op.id,
        method = %request.method(),
        path = request.url().path(),
        status = tracing::field::Empty,
        attempts = tracing::field::Empty,
        "otel.name" = format_args!("{} {}", request.method(), call.op.path),
        "otel.kind" = "client",
        "http.request.method" = %request.method(),
        "server.address" = request.url().host_str().unwrap_or_default(),
        "server.port" = request.url().port_or_known_default().unwrap_or_default(),
        "url.template" = call.op.path,
        "http.response.status_code" = tracing::field::Empty,
        "http.request.resend_count" = tracing::field::Empty,
        "error.type" = tracing::field::Empty,
    );
    // Entering and leaving a span on every poll costs something even when nothing listens.
    if span.is_disabled() {
        attempts(state, http, call, request).await
    } else {
        attempts(state, http, call, request).instrument(span).await
    }
}

async fn attempts(
    state: &ClientState,
    http: &reqwest::Client,
    call: &mut Call,
    request: Request,
) -> Result<Answer, Error> {
    let policy = match &call.options {
        Some(options) => options.effective_policy(&state.shared.retry),
        None => state.shared.retry.clone(),
    };
    let limit = call
        .options
        .as_ref()
        .and_then(|o| o.max_response_size)
        .unwrap_or(state.shared.max_response_size);
    let span = tracing::Span::current();
    let mut pending = request;
    loop {
        call.attempts = call.attempts.saturating_add(1);
        let attempt = call.attempts;
        let next = (attempt <= policy.max_retries)
            .then(|| copy_request(&pending))
            .flatten();
        if attempt > 1 {
            span.record("http.request.resend_count", attempt - 1);
        }
        if state.is_limited(call.op) {
            // Time in the limiter counts against the attempt's timeout.
            let timeout = pending.timeout().copied().unwrap_or(state.shared.timeout);
            let held = |waited| Error::Throttled {
                api: call.api,
                operation: call.op.id,
                waited,
                timeout,
                attempts: attempt - 1,
            };
            let waited = tokio::time::timeout(timeout, state.acquire(call.op))
                .await
                .map_err(|_| held(timeout))?
                .map_err(|reason| Error::LimiterUnavailable {
                    api: call.api,
                    operation: call.op.id,
                    reason,
                })?;
            if !waited.is_zero() {
                state
                    .counters()
                    .record_wait(state.profile(), call.op, waited);
                tracing::debug!(wait_ms = waited.as_millis() as u64, "rate limiter wait");
                let left = timeout.saturating_sub(waited);
                if left.is_zero() {
                    // An injected sleeper that skips waits can report more than the timeout.
                    return Err(held(waited.min(timeout)));
                }
                *pending.timeout_mut() = Some(left);
            }
        }
        tracing::debug!(attempt, "sending");
        // What failed, how the one rule reads it, and how long to wait before another attempt.
        let (failed, verdict, wait) = match http.execute(pending).await {
            Ok(mut response) => {
                observe_rate_limit(state, response.headers());
                let status = response.status();
                call.status = Some(status);
                span.record("status", status.as_u16());
                span.record("http.response.status_code", status.as_u16());
                span.record("attempts", attempt);
                tracing::debug!(status = status.as_u16(), attempt, "response");
                let headers = std::mem::take(response.headers_mut());
                if status.is_success() {
                    match read_body(&mut response, limit).await {
                        Ok(body) => {
                            state.shared.budget.deposit();
                            return Ok(Answer {
                                status,
                                headers,
                                body,
                            });
                        }
                        Err(BodyError::TooLarge { announced }) => {
                            let verdict = call.decide(Outcome::Undecodable);
                            return Err(Error::ResponseTooLarge {
                                api: call.api,
                                operation: call.op.id,
                                status: status.as_u16(),
                                limit,
                                announced,
                                attempts: attempt,
                                may_have_taken_effect: verdict.may_have_taken_effect,
                            });
                        }
                        // The status came but the body broke off: retried like a lost answer.
                        Err(BodyError::Read(err)) => {
                            let outcome = Outcome::Interrupted {
                                status: Some(status.as_u16()),
                            };
                            let wait = policy.backoff(attempt, fastrand::f64());
                            (Failed::Transport(err), call.decide(outcome), Some(wait))
                        }
                    }
                } else {
                    // An error body is read up to a few KiB of what matters; a body that breaks
                    // off is read as far as it came.
                    let body = read_prefix(&mut response, limit.min(MAX_ERROR_BODY)).await;
                    let failure =
                        ApiFailure::read(status.as_u16(), headers, body, SystemTime::now());
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        state.counters().record_429(state.profile(), call.op);
                        if let (Some(limiter), Some(wait)) =
                            (state.plan_limiter(), failure.retry_after)
                        {
                            limiter.pause_for(wait);
                        }
                    }
                    let verdict = call.decide(failure.outcome());
                    let wait = match failure.retry_after {
                        Some(w) if w > policy.max_server_wait => None,
                        Some(w) => Some(w),
                        None => Some(policy.backoff(attempt, fastrand::f64())),
                    };
                    (Failed::Status(Box::new(failure)), verdict, wait)
                }
            }
            Err(err) => {
                call.status = None;
                let outcome = if err.is_connect() {
                    Outcome::NotSent
                } else {
                    Outcome::Interrupted { status: None }
                };
                let wait = policy.backoff(attempt, fastrand::f64());
                (Failed::Transport(err), call.decide(outcome), Some(wait))
            }
        };
        let cost = match &failed {
            Failed::Transport(err) if err.is_timeout() => RetryBudget::TIMEOUT_COST,
            _ => RetryBudget::RETRY_COST,
        };
        if let (true, Some(retry), Some(wait)) = (verdict.retry, next, wait) {
            if state.shared.budget.try_withdraw(cost) {
                tracing::warn!(
                    failure = %failed,
                    attempt,
                    wait_ms = wait.as_millis() as u64,
                    "retrying"
                );
                state.sleep(wait).await;
                pending = retry;
                continue;
            }
        }
        span.record("attempts", attempt);
        span.record("error.type", failed.error_type());
        tracing::warn!(failure = %failed, attempt, "request failed");
        return Err(match failed {
            Failed::Status(failure) => error::from_failure(Some(state), call, *failure, verdict),
            Failed::Transport(err) => error::transport(call, verdict, err),
        });
    }
}

/// How an attempt failed: an error status (its body read), or no complete answer.
enum Failed {
    Status(Box<ApiFailure>),
    Transport(reqwest::Error),
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // The status only: the body may hold what a log should not.
            Failed::Status(failure) => write!(f, "HTTP {}", failure.status),
            Failed::Transport(err) => err.fmt(f),
        }
    }
}

impl Failed {
    /// OpenTelemetry's `error.type`: the status code, or what broke the connection.
    fn error_type(&self) -> String {
        match self {
            Failed::Status(failure) => failure.status.to_string(),
            Failed::Transport(err) if err.is_timeout() => "timeout".into(),
            Failed::Transport(err) if err.is_connect() => "connect".into(),
            Failed::Transport(_) => "transport".into(),
        }
    }
}

/// A copy of a request for the next attempt; `None` when its body cannot be copied (a stream).
/// A request without a body is copied by hand: reqwest's `try_clone` also builds and then
/// replaces an extensions map, which costs more than the rest of the copy. The requests the
/// generated code builds carry nothing in their extensions but the timeout.
fn copy_request(request: &Request) -> Option<Request> {
    if request.body().is_some() {
        return request.try_clone();
    }
    let mut copy = Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    if let Some(timeout) = request.timeout() {
        *copy.timeout_mut() = Some(*timeout);
    }
    Some(copy)
}

/// Error bodies are read up to this many bytes; the rest is dropped unread.
const MAX_ERROR_BODY: u64 = 64 * 1024;

/// Why a body could not be read.
enum BodyError {
    /// Larger than the limit (announced by `Content-Length`, or found while reading).
    TooLarge { announced: Option<u64> },
    /// The connection failed while reading.
    Read(reqwest::Error),
}

/// Reads a whole body of at most `limit` bytes. A `Content-Length` over the limit is refused
/// before anything is read; a body without one is refused as soon as it passes the limit, so
/// memory stays bounded whatever the server sends. The common single-chunk body is kept as it
/// came, without a copy; several chunks are copied into one buffer as they arrive (so that the
/// connection's own buffers are freed at once), sized from `Content-Length` when there is one
/// and otherwise grown by doubling, never past the limit.
async fn read_body(response: &mut reqwest::Response, limit: u64) -> Result<Bytes, BodyError> {
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit) {
        return Err(BodyError::TooLarge { announced });
    }
    let mut next = async || response.chunk().await.map_err(BodyError::Read);
    let Some(first) = next().await? else {
        return Ok(Bytes::new());
    };
    if first.len() as u64 > limit {
        return Err(BodyError::TooLarge { announced });
    }
    let Some(mut chunk) = next().await? else {
        return Ok(first);
    };
    // `limit` fits in memory once it has been read this far, so it fits in a usize.
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let mut body: Vec<u8> =
        Vec::with_capacity(announced.map_or(first.len() + chunk.len(), |n| n as usize));
    body.extend_from_slice(&first);
    drop(first);
    loop {
        if chunk.len() > limit - body.len() {
            return Err(BodyError::TooLarge { announced });
        }
        if body.capacity() - body.len() < chunk.len() {
            let target = body
                .len()
                .saturating_mul(2)
                .min(limit)
                .max(body.len() + chunk.len());
            body.reserve_exact(target - body.len());
        }
        body.extend_from_slice(&chunk);
        match next().await? {
            Some(more) => chunk = more,
            None => break,
        }
    }
    Ok(Bytes::from(body))
}

/// Reads a body as a call does (`read_body`), for the fuzz targets: the bytes, or why not
/// (`"too large"`, `"read failed"`). Not a public API.
#[doc(hidden)]
pub async fn read_limited(
    response: &mut reqwest::Response,
    limit: u64,
) -> Result<Bytes, &'static str> {
    read_body(response, limit).await.map_err(|e| match e {
        BodyError::TooLarge { .. } => "too large",
        BodyError::Read(_) => "read failed",
    })
}

/// The first `cap` bytes of a body at most, as far as it came; the rest is not read.
async fn read_prefix(response: &mut reqwest::Response, cap: u64) -> Bytes {
    let mut body = BytesMut::new();
    while (body.len() as u64) < cap {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = (cap - body.len() as u64) as usize;
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            _ => break,
        }
    }
    body.freeze()
}

/// The server's `X-RateLimit-*` figures: kept for `usage()`, and given to the plan limiter.
/// Read only for an API with a plan limit (documented, or set on the builder): the others do
/// not send them, and three missed header lookups per request are not free.
fn observe_rate_limit(state: &ClientState, headers: &HeaderMap) {
    if state.plan_limiter().is_none() && state.profile().default_rate_limit.is_none() {
        return;
    }
    let remaining = header_str(headers, &RATE_LIMIT_REMAINING).and_then(|v| v.trim().parse().ok());
    let reset = header_str(headers, &RATE_LIMIT_RESET)
        .and_then(|v| parse_rate_limit_reset(v, SystemTime::now()));
    let limit = header_str(headers, &RATE_LIMIT_LIMIT).and_then(|v| v.trim().parse().ok());
    if limit.is_none() && remaining.is_none() && reset.is_none() {
        return;
    }
    state.counters().record_headroom(limit, remaining, reset);
    if let Some(limiter) = state.plan_limiter() {
        limiter.observe(limit, remaining, reset);
    }
}
