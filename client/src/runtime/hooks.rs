//! The three hooks every generated request passes through:
//!
//! - [`pre`]: scope check (fails before anything is sent), auth header, idempotency key,
//!   per-request timeout;
//! - [`exec`]: rate limiting and the retry loop, one tracing span per request;
//! - [`post`]: turns a transport failure into an error that says whether the request may have
//!   taken effect.

use std::cell::Cell;
use std::time::SystemTime;

use bytes::Bytes;
use progenitor_client::OperationInfo;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Request, Response};
use serde_json::Value;
use tracing::Instrument;

use super::error::{body_code, marker, LocalError};
use super::options::RequestOptions;
use super::retry::{
    classify_status, parse_rate_limit_reset, server_wait, RetryBudget, StatusClass,
};
use super::state::ClientState;
use super::OperationMeta;

const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Error bodies longer than this are cut when they are not JSON.
const MAX_TEXT_BODY: usize = 8 * 1024;

thread_local! {
    /// Attempts of the last `exec` that ended in a transport error on this thread. `post` runs
    /// in the same poll right after `exec` returns, so it reads the value `exec` left.
    static LAST_ATTEMPTS: Cell<u32> = const { Cell::new(1) };
}

/// A fresh idempotency key: 128 random bits.
pub fn new_idempotency_key() -> String {
    format!("vai_{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

fn is_read_only(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "OPTIONS")
}

/// Whether a request that may have reached the server can be sent again: the operation's
/// `retry_safe` (a `GET`, or an operation carrying an idempotency key), or for an operation the
/// tables do not know, its method. The one rule for retrying and for telling the caller that a
/// failed request *may have taken effect* (only ever when it was not resent).
fn repeatable(op: Option<&OperationMeta>, method: &str) -> bool {
    op.map_or(is_read_only(method), |o| o.retry_safe)
}

/// Runs before a request is sent.
pub async fn pre<E>(
    state: &ClientState,
    request: &mut Request,
    info: &OperationInfo,
) -> Result<(), progenitor_client::Error<E>> {
    let op = state.operation(info.operation_id);
    if let (Some(scopes), Some(scope)) = (
        state.shared.scopes.as_ref(),
        op.and_then(|o| o.required_scope),
    ) {
        if !scopes.contains(scope) {
            tracing::warn!(
                api = state.profile().name,
                operation = info.operation_id,
                scope,
                "missing scope; request not sent"
            );
            return Err(LocalError::MissingScope {
                api: state.profile().name.to_string(),
                operation: info.operation_id.to_string(),
                scope: scope.to_string(),
            }
            .into_custom());
        }
    }
    let (name, value) = state.auth_header().ok_or_else(|| {
        LocalError::InvalidInput {
            message: "the API key cannot be sent in a header".into(),
        }
        .into_custom()
    })?;
    request.headers_mut().insert(name, value);

    let options = RequestOptions::current();
    if op.is_some_and(|o| o.idempotency_key) && !request.headers().contains_key(IDEMPOTENCY_KEY) {
        let key = options
            .as_ref()
            .and_then(|o| o.idempotency_key.clone())
            .unwrap_or_else(new_idempotency_key);
        let value = HeaderValue::from_str(&key).map_err(|_| {
            LocalError::InvalidInput {
                message: "the idempotency key cannot be sent in a header".into(),
            }
            .into_custom()
        })?;
        request.headers_mut().insert(IDEMPOTENCY_KEY, value);
    }
    if let Some(timeout) = options.and_then(|o| o.timeout) {
        *request.timeout_mut() = Some(timeout);
    }
    Ok(())
}

/// Sends a request, retrying as the policy allows.
pub async fn exec(
    state: &ClientState,
    http: &reqwest::Client,
    request: Request,
    info: &OperationInfo,
) -> reqwest::Result<Response> {
    let op = state.operation(info.operation_id);
    let span = tracing::info_span!(
        "voiceai.request",
        api = state.profile().name,
        operation = info.operation_id,
        method = %request.method(),
        path = request.url().path(),
        status = tracing::field::Empty,
        attempts = tracing::field::Empty,
    );
    // Entering and leaving a span on every poll costs something even when nothing listens.
    if span.is_disabled() {
        run(state, http, request, info.operation_id, op).await
    } else {
        run(state, http, request, info.operation_id, op)
            .instrument(span)
            .await
    }
}

async fn run(
    state: &ClientState,
    http: &reqwest::Client,
    request: Request,
    operation: &'static str,
    op: Option<&'static OperationMeta>,
) -> reqwest::Result<Response> {
    let options = RequestOptions::current().unwrap_or_default();
    let policy = options.effective_policy(&state.shared.retry);
    let retry_safe = repeatable(op, request.method().as_str());
    let span = tracing::Span::current();
    let mut pending = request;
    let mut attempt: u32 = 0;
    loop {
        attempt += 1;
        let next = (attempt <= policy.max_retries)
            .then(|| pending.try_clone())
            .flatten();
        let waited = state.acquire(operation).await;
        if !waited.is_zero() {
            tracing::debug!(wait_ms = waited.as_millis() as u64, "rate limiter wait");
        }
        match http.execute(pending).await {
            Ok(response) => {
                observe_rate_limit(state, response.headers());
                let status = response.status().as_u16();
                span.record("status", status);
                span.record("attempts", attempt);
                if response.status().is_success() {
                    state.shared.budget.deposit();
                    let mut response = response;
                    if attempt > 1 {
                        response
                            .headers_mut()
                            .insert(marker::ATTEMPTS, HeaderValue::from(attempt));
                    }
                    return match op {
                        Some(o) if o.unwrap_data_envelope => unwrap_envelope(response).await,
                        _ => Ok(response),
                    };
                }
                let (status_code, headers) = (response.status(), response.headers().clone());
                let bytes = response.bytes().await?;
                let json: Option<Value> = serde_json::from_slice(&bytes).ok();
                let code = json.as_ref().and_then(body_code);
                let class = classify_status(status, code.as_deref());
                let wait = server_wait(
                    header_str(&headers, "retry-after"),
                    json.as_ref(),
                    header_str(&headers, "x-ratelimit-reset"),
                    SystemTime::now(),
                );
                if status == 429 {
                    if let (Some(limiter), Some(wait)) = (state.rate_limiter(), wait) {
                        limiter.pause_for(wait);
                    }
                }
                let wait = match wait {
                    Some(w) if w > policy.max_server_wait => None,
                    Some(w) => Some(w),
                    None => Some(policy.backoff(attempt, fastrand::f64())),
                };
                // A 429 means the server refused the request without acting on it, so even a
                // request that is not safe to repeat may be sent again.
                let retry = class == StatusClass::Retryable
                    && (retry_safe || status == 429)
                    && next.is_some()
                    && wait.is_some()
                    && state.shared.budget.try_withdraw(RetryBudget::RETRY_COST);
                match (retry, next, wait) {
                    (true, Some(next), Some(wait)) => {
                        tracing::warn!(
                            status,
                            attempt,
                            wait_ms = wait.as_millis() as u64,
                            "retrying after error status"
                        );
                        state.sleep(wait).await;
                        pending = next;
                    }
                    _ => {
                        return Ok(error_response(
                            state,
                            op,
                            operation,
                            status_code,
                            headers,
                            bytes,
                            json,
                            attempt,
                            retry_safe,
                        ))
                    }
                }
            }
            Err(err) => {
                // A connect error means nothing reached the server; anything else may have.
                let reached = !err.is_connect();
                let cost = if err.is_timeout() {
                    RetryBudget::TIMEOUT_COST
                } else {
                    RetryBudget::RETRY_COST
                };
                let retry = (retry_safe || !reached)
                    && next.is_some()
                    && state.shared.budget.try_withdraw(cost);
                match (retry, next) {
                    (true, Some(next)) => {
                        let wait = policy.backoff(attempt, fastrand::f64());
                        tracing::warn!(
                            error = %err,
                            attempt,
                            wait_ms = wait.as_millis() as u64,
                            "retrying after transport error"
                        );
                        state.sleep(wait).await;
                        pending = next;
                    }
                    _ => {
                        span.record("attempts", attempt);
                        tracing::warn!(error = %err, attempt, "request failed");
                        LAST_ATTEMPTS.with(|a| a.set(attempt));
                        return Err(err);
                    }
                }
            }
        }
    }
}

/// Runs after the last attempt.
pub async fn post<E>(
    state: &ClientState,
    result: &reqwest::Result<Response>,
    info: &OperationInfo,
) -> Result<(), progenitor_client::Error<E>> {
    let Err(err) = result else {
        return Ok(());
    };
    let attempts = LAST_ATTEMPTS.with(|a| a.replace(1));
    // Without the request at hand, an unknown operation counts as a `POST`: not repeatable.
    let retry_safe = repeatable(state.operation(info.operation_id), "POST");
    let reached = !err.is_connect();
    Err(LocalError::Transport {
        operation: info.operation_id.to_string(),
        message: describe(err),
        timeout: err.is_timeout(),
        may_have_taken_effect: reached && !retry_safe,
        attempts,
    }
    .into_custom())
}

/// The error and its causes on one line.
fn describe(err: &reqwest::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn observe_rate_limit(state: &ClientState, headers: &HeaderMap) {
    let Some(limiter) = state.rate_limiter() else {
        return;
    };
    let remaining =
        header_str(headers, "x-ratelimit-remaining").and_then(|v| v.trim().parse().ok());
    let reset = header_str(headers, "x-ratelimit-reset")
        .and_then(|v| parse_rate_limit_reset(v, SystemTime::now()));
    limiter.observe(remaining, reset);
}

fn rebuild(status: reqwest::StatusCode, mut headers: HeaderMap, body: Bytes) -> Response {
    headers.remove(reqwest::header::CONTENT_LENGTH);
    headers.remove(reqwest::header::TRANSFER_ENCODING);
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Response::from(response)
}

/// Marks an error response with the operation (so the error can name its scope) and makes sure
/// its body is a JSON object: anything else becomes `{"message": <text>}`.
#[allow(clippy::too_many_arguments)]
fn error_response(
    state: &ClientState,
    op: Option<&'static OperationMeta>,
    operation: &str,
    status: reqwest::StatusCode,
    mut headers: HeaderMap,
    bytes: Bytes,
    json: Option<Value>,
    attempts: u32,
    retry_safe: bool,
) -> Response {
    let insert = |headers: &mut HeaderMap, name: &'static str, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    };
    insert(&mut headers, marker::API, state.profile().name);
    insert(&mut headers, marker::OPERATION, operation);
    insert(&mut headers, marker::ATTEMPTS, &attempts.to_string());
    if !retry_safe && (status.is_server_error() || status.as_u16() == 408) {
        insert(&mut headers, marker::MAY_HAVE_TAKEN_EFFECT, "true");
    }
    if let Some(scope) = op.and_then(|o| o.required_scope) {
        insert(&mut headers, marker::SCOPE, scope);
    }
    let body = match json {
        Some(Value::Object(ref map)) => {
            // Compact JSON has no control characters, so it is a valid header value.
            if let Some(v) = serde_json::to_vec(map)
                .ok()
                .and_then(|b| HeaderValue::from_bytes(&b).ok())
            {
                headers.insert(marker::BODY, v);
            }
            bytes
        }
        _ => {
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_TEXT_BODY)]);
            let message = match json {
                Some(Value::String(s)) => s,
                _ => text.trim().to_string(),
            };
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            Bytes::from(
                serde_json::to_vec(&serde_json::json!({ "message": message })).unwrap_or_default(),
            )
        }
    };
    rebuild(status, headers, body)
}

/// Unwraps `{"data": {...}, "meta": {"request_id": ...}}` into the bare object and moves the
/// request id into an `x-request-id` header. Other bodies pass unchanged.
async fn unwrap_envelope(response: Response) -> reqwest::Result<Response> {
    let status = response.status();
    let mut headers = response.headers().clone();
    let bytes = response.bytes().await?;
    let body = match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(mut map))
            if map.get("data").is_some_and(Value::is_object)
                && map.keys().all(|k| k == "data" || k == "meta") =>
        {
            if let Some(id) = map
                .get("meta")
                .and_then(|m| m.get("request_id"))
                .and_then(Value::as_str)
            {
                if let Ok(v) = HeaderValue::from_str(id) {
                    headers.insert("x-request-id", v);
                }
            }
            let data = map.remove("data").unwrap_or_default();
            Bytes::from(serde_json::to_vec(&data).unwrap_or_default())
        }
        _ => bytes,
    };
    Ok(rebuild(status, headers, body))
}

/// The request id of a response: an `x-request-id` header (set by the runtime from
/// `meta.request_id` when it unwraps an envelope).
pub fn request_id(headers: &HeaderMap) -> Option<&str> {
    header_str(headers, "x-request-id")
}
