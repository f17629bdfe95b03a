//! The three hooks progenitor's generated request code calls, run inside the call's context
//! (see [`super::call`]):
//!
//! - [`pre`]: scope check (fails before anything is sent), auth header, idempotency key,
//!   per-request timeout;
//! - [`exec`]: rate limiting, the attempts and the retry loop, reading the body, one tracing
//!   span per request. Every attempt's outcome goes through the one rule
//!   ([`super::retry::decide`]); what the last attempt learned goes into the context;
//! - [`post`]: nothing left to do (kept because the generated code calls it).

use std::time::SystemTime;

use bytes::{Bytes, BytesMut};
use progenitor_client::OperationInfo;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Request, Response, StatusCode};
use serde_json::Value;
use tracing::Instrument;

use super::call::{attempt_timeout, with_call, Failure};
use super::error::names::{IDEMPOTENCY_KEY, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET};
use super::error::{header_str, ApiFailure, Error};
use super::retry::{parse_rate_limit_reset, Outcome, Repeat, RetryBudget};
use super::state::ClientState;


/// A fresh idempotency key: 128 random bits.
pub fn new_idempotency_key() -> String {
    format!("vai_{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// What `pre` hands progenitor when it refuses a request; the reason is in the call's context.
fn refused<E>() -> progenitor_client::Error<E> {
    progenitor_client::Error::InvalidRequest("refused before sending (see the call context)".into())
}

/// Runs before a request is sent.
pub async fn pre<E>(
    state: &ClientState,
    request: &mut Request,
    info: &OperationInfo,
) -> Result<(), progenitor_client::Error<E>> {
    let accepted = with_call(state, info.operation_id, |call| {
        if let (Some(scopes), Some(scope)) = (state.shared.scopes.as_ref(), call.op.required_scope)
        {
            if !scopes.contains(scope) {
                tracing::warn!(
                    api = call.api,
                    operation = call.op.id,
                    scope,
                    "missing scope; request not sent"
                );
                call.failure = Some(Failure::Local(Error::MissingScope {
                    api: call.api.to_string(),
                    operation: call.op.id.to_string(),
                    scope: scope.to_string(),
                }));
                return false;
            }
        }
        let Some((name, value)) = state.auth_header() else {
            call.failure = Some(Failure::Local(Error::InvalidInput(
                "the API key cannot be sent in a header".into(),
            )));
            return false;
        };
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
                let Ok(value) = HeaderValue::from_str(&key) else {
                    call.failure = Some(Failure::Local(Error::InvalidInput(
                        "the idempotency key cannot be sent in a header".into(),
                    )));
                    return false;
                };
                request.headers_mut().insert(IDEMPOTENCY_KEY, value);
                call.idempotency_key = Some(key);
            }
        }
        if let Some(timeout) = attempt_timeout(call) {
            *request.timeout_mut() = Some(timeout);
        }
        true
    });
    if accepted {
        Ok(())
    } else {
        Err(refused())
    }
}

/// Sends a request, retrying as the policy and the rule allow.
pub async fn exec(
    state: &ClientState,
    http: &reqwest::Client,
    request: Request,
    info: &OperationInfo,
) -> reqwest::Result<Response> {
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
        run(state, http, request, info.operation_id).await
    } else {
        run(state, http, request, info.operation_id)
            .instrument(span)
            .await
    }
}

async fn run(
    state: &ClientState,
    http: &reqwest::Client,
    request: Request,
    operation: &'static str,
) -> reqwest::Result<Response> {
    let (policy, op) = with_call(state, operation, |call| {
        let policy = match &call.options {
            Some(options) => options.effective_policy(&state.shared.retry),
            None => state.shared.retry.clone(),
        };
        (policy, call.op)
    });
    let span = tracing::Span::current();
    let mut pending = request;
    let mut attempt: u32 = 0;
    loop {
        attempt += 1;
        let next = (attempt <= policy.max_retries)
            .then(|| pending.try_clone())
            .flatten();
        let waited = state.acquire(op.id).await;
        if !waited.is_zero() {
            tracing::debug!(wait_ms = waited.as_millis() as u64, "rate limiter wait");
        }
        let sent = http.execute(pending).await;
        let (outcome, err) = match sent {
            Ok(mut response) => {
                observe_rate_limit(state, response.headers());
                let status = response.status();
                span.record("status", status.as_u16());
                span.record("attempts", attempt);
                // The headers go into the call context, so that progenitor copies none.
                let headers = std::mem::take(response.headers_mut());
                if status.is_success() {
                    if !op.unwrap_data_envelope {
                        state.shared.budget.deposit();
                        with_call(state, operation, |call| {
                            call.attempts = attempt;
                            call.status = Some(status);
                            call.headers = headers;
                        });
                        // progenitor reads and decodes the body; a body that breaks off is
                        // classified from the call context (the status came, the body did not).
                        return Ok(response);
                    }
                    let (url, version) = (response.url().clone(), response.version());
                    match read_body(&mut response).await {
                        Ok(body) => {
                            state.shared.budget.deposit();
                            let (body, request_id) = unwrap_envelope(body);
                            with_call(state, operation, |call| {
                                call.attempts = attempt;
                                call.status = Some(status);
                                call.headers = headers;
                                call.envelope_request_id = request_id;
                            });
                            return Ok(rebuild(status, version, url, body));
                        }
                        // Read here, a body that breaks off can be retried like a lost answer.
                        Err(err) => (
                            Outcome::Interrupted {
                                status: Some(status.as_u16()),
                            },
                            (err, Some(status)),
                        ),
                    }
                } else {
                    // An error body that breaks off is read as far as it came.
                    let body = read_body(&mut response).await.unwrap_or_default();
                    let mut failure =
                        ApiFailure::read(status.as_u16(), headers, body, SystemTime::now());
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        if let (Some(limiter), Some(wait)) =
                            (state.rate_limiter(), failure.retry_after)
                        {
                            limiter.pause_for(wait);
                        }
                    }
                    let verdict =
                        with_call(state, operation, |call| call.decide(failure.outcome()));
                    let wait = match failure.retry_after {
                        Some(w) if w > policy.max_server_wait => None,
                        Some(w) => Some(w),
                        None => Some(policy.backoff(attempt, fastrand::f64())),
                    };
                    if let (true, Some(retry), Some(wait)) = (verdict.retry, next, wait) {
                        if state.shared.budget.try_withdraw(RetryBudget::RETRY_COST) {
                            tracing::warn!(
                                status = status.as_u16(),
                                attempt,
                                wait_ms = wait.as_millis() as u64,
                                "retrying after error status"
                            );
                            state.sleep(wait).await;
                            pending = retry;
                            continue;
                        }
                    }
                    failure.verdict = verdict;
                    with_call(state, operation, |call| {
                        call.attempts = attempt;
                        call.status = Some(status);
                        call.failure = Some(Failure::Status(Box::new(failure)));
                    });
                    // Its body is consumed: progenitor decodes nothing from it, and the error is
                    // built from the context.
                    return Ok(response);
                }
            }
            Err(err) => {
                let outcome = if err.is_connect() {
                    Outcome::NotSent
                } else {
                    Outcome::Interrupted { status: None }
                };
                (outcome, (err, None))
            }
        };
        let (err, status) = err;
        let verdict = with_call(state, operation, |call| call.decide(outcome));
        let cost = if err.is_timeout() {
            RetryBudget::TIMEOUT_COST
        } else {
            RetryBudget::RETRY_COST
        };
        if let (true, Some(retry)) = (verdict.retry, next) {
            if state.shared.budget.try_withdraw(cost) {
                let wait = policy.backoff(attempt, fastrand::f64());
                tracing::warn!(
                    error = %err,
                    attempt,
                    wait_ms = wait.as_millis() as u64,
                    "retrying after transport error"
                );
                state.sleep(wait).await;
                pending = retry;
                continue;
            }
        }
        span.record("attempts", attempt);
        tracing::warn!(error = %err, attempt, "request failed");
        with_call(state, operation, |call| {
            call.attempts = attempt;
            call.status = status;
            call.failure = Some(Failure::Transport(verdict));
        });
        return Err(err);
    }
}

/// Runs after the last attempt. Everything it once did now happens in `exec` and in the call
/// context.
pub async fn post<E>(
    _state: &ClientState,
    _result: &reqwest::Result<Response>,
    _info: &OperationInfo,
) -> Result<(), progenitor_client::Error<E>> {
    Ok(())
}

/// Reads a whole body. The common single-chunk body is kept as it came, without a copy.
async fn read_body(response: &mut Response) -> reqwest::Result<Bytes> {
    let Some(first) = response.chunk().await? else {
        return Ok(Bytes::new());
    };
    let Some(second) = response.chunk().await? else {
        return Ok(first);
    };
    let mut buffer = BytesMut::with_capacity(first.len() + second.len());
    buffer.extend_from_slice(&first);
    buffer.extend_from_slice(&second);
    while let Some(chunk) = response.chunk().await? {
        buffer.extend_from_slice(&chunk);
    }
    Ok(buffer.freeze())
}

/// A response for progenitor's decoder: the status and the body, without the headers (they
/// went into the call context, so nothing copies them again).
fn rebuild(status: StatusCode, version: http::Version, url: reqwest::Url, body: Bytes) -> Response {
    use reqwest::ResponseBuilderExt;
    let built = http::Response::builder()
        .status(status)
        .version(version)
        .url(url)
        .body(body);
    match built {
        Ok(response) => Response::from(response),
        // Unreachable: every part above is already valid.
        Err(_) => Response::from(http::Response::new(Bytes::new())),
    }
}

fn observe_rate_limit(state: &ClientState, headers: &HeaderMap) {
    let Some(limiter) = state.rate_limiter() else {
        return;
    };
    let remaining =
        header_str(headers, &RATE_LIMIT_REMAINING).and_then(|v| v.trim().parse().ok());
    let reset = header_str(headers, &RATE_LIMIT_RESET)
        .and_then(|v| parse_rate_limit_reset(v, SystemTime::now()));
    limiter.observe(remaining, reset);
}

/// Unwraps `{"data": {...}, "meta": {"request_id": ...}}` into the bare object and returns the
/// request id. Other bodies pass unchanged.
fn unwrap_envelope(bytes: Bytes) -> (Bytes, Option<String>) {
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(mut map))
            if map.get("data").is_some_and(Value::is_object)
                && map.keys().all(|k| k == "data" || k == "meta") =>
        {
            let request_id = map
                .get("meta")
                .and_then(|m| m.get("request_id"))
                .and_then(Value::as_str)
                .map(str::to_string);
            let data = map.remove("data").unwrap_or_default();
            match serde_json::to_vec(&data) {
                Ok(body) => (Bytes::from(body), request_id),
                Err(_) => (bytes, request_id),
            }
        }
        _ => (bytes, None),
    }
}
