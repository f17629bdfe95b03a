//! One typed context per call, and the `send()` every generated builder delegates to.
//!
//! progenitor's generated request code calls three hooks (`pre`, `exec`, `post`) whose
//! signatures carry only the request and an operation id, and returns its own error type.
//! [`send`] runs that code inside a `Call` held in a tokio task-local scoped to exactly this
//! call's future: the hooks write what they learn into it (attempts, idempotency key, the
//! verdict of the last attempt, the error response, the request id of an envelope, the success
//! headers), and when the future ends the result and the context become one
//! [`Response`] or one [`Error`].
//!
//! Why a task-local rather than a value threaded through the generated code: the generated
//! request code is progenitor's, and its hooks take no extra argument; a task-local scope is
//! entered on every poll of this call's future and left after it, so calls joined in one task
//! each see their own context, and nothing depends on which thread or poll a hook runs in.
//! Nothing the server sends is read back as a fact about the call: the context is the only
//! channel.

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::error::{self, ApiFailure, Error, TransportError};
use super::options::RequestOptions;
use super::response::Response;
use super::retry::{decide, Outcome, Repeat, Verdict};
use super::state::ClientState;
use super::OperationMeta;

tokio::task_local! {
    static CALL: RefCell<Call>;
}

/// What one call has learned so far. Written by the hooks, read once when the call ends.
pub(crate) struct Call {
    pub(crate) api: &'static str,
    pub(crate) op: &'static OperationMeta,
    /// The [`RequestOptions`] in force when the call started.
    pub(crate) options: Option<RequestOptions>,
    /// Whether the request may be sent again; settled by `pre` once it knows who chose the
    /// idempotency key.
    pub(crate) repeat: Repeat,
    pub(crate) idempotency_key: Option<String>,
    pub(crate) attempts: u32,
    /// The status of the last response, if one came.
    pub(crate) status: Option<StatusCode>,
    /// The headers of a success response (taken out of it, so progenitor copies none).
    pub(crate) headers: HeaderMap,
    /// `meta.request_id` of an unwrapped `{data, meta}` envelope.
    pub(crate) envelope_request_id: Option<String>,
    pub(crate) failure: Option<Failure>,
}

/// Why the call failed, as the hooks saw it.
pub(crate) enum Failure {
    /// Refused before anything was sent (missing scope, an input that cannot be sent).
    Local(Error),
    /// The last response had an error status.
    Status(Box<ApiFailure>),
    /// No complete response: the transport error progenitor hands back is the cause.
    Transport(Verdict),
}

impl Call {
    fn new(api: &'static str, op: &'static OperationMeta) -> Self {
        Self {
            api,
            op,
            options: RequestOptions::current(),
            repeat: if op.retry_safe && !op.idempotency_key {
                Repeat::Safe
            } else if op.idempotency_key {
                Repeat::WithinCall
            } else {
                Repeat::Unsafe
            },
            idempotency_key: None,
            attempts: 0,
            status: None,
            headers: HeaderMap::new(),
            envelope_request_id: None,
            failure: None,
        }
    }

    /// A context for hooks running outside [`send`] (nothing generated does that): the
    /// operation looked up by id, or a stand-in that is never repeated.
    pub(crate) fn detached(state: &ClientState, operation_id: &str) -> Self {
        static UNKNOWN: OperationMeta = OperationMeta {
            id: "unknown",
            method: "POST",
            path: "",
            required_scope: None,
            retry_safe: false,
            idempotency_key: false,
            pagination: super::Pagination::None,
            unwrap_data_envelope: false,
            rate_limit: None,
            deprecated: false,
            multipart: false,
        };
        Self::new(
            state.profile().name,
            state.operation(operation_id).unwrap_or(&UNKNOWN),
        )
    }

    /// A context for an operation outside any client (error conversion in tests and fuzzing).
    pub(crate) fn standalone(op: &'static OperationMeta) -> Self {
        Self::new("voiceai", op)
    }

    /// The verdict of the one rule for an outcome of this call.
    pub(crate) fn decide(&self, outcome: Outcome) -> Verdict {
        decide(outcome, self.repeat)
    }
}

/// Runs `f` on the current call's context, or on a detached one when the hooks run outside
/// [`send`].
pub(crate) fn with_call<R>(
    state: &ClientState,
    operation_id: &str,
    f: impl FnOnce(&mut Call) -> R,
) -> R {
    let mut f = Some(f);
    let result = CALL.try_with(|call| (f.take().expect("called once"))(&mut call.borrow_mut()));
    match result {
        Ok(r) => r,
        Err(_) => (f.take().expect("not called yet"))(&mut Call::detached(state, operation_id)),
    }
}

/// Sends one generated request: `exchange` is progenitor's request code for the operation
/// `op`, run inside this call's context. Generated `send()` methods call it; it is not meant
/// to be called by hand.
#[doc(hidden)]
pub async fn send<T, E, F>(
    state: &ClientState,
    op: &'static OperationMeta,
    exchange: F,
) -> Result<Response<T>, Error>
where
    F: Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>>,
{
    let call = RefCell::new(Call::new(state.profile().name, op));
    let mut scoped = std::pin::pin!(CALL.scope(call, exchange));
    let result = scoped.as_mut().await;
    match scoped.as_mut().take_value() {
        Some(call) => finish(state, &mut call.into_inner(), result),
        // The scope hands its value back once the future is done; this is not reached.
        None => finish(state, &mut Call::new(state.profile().name, op), result),
    }
}

/// The call's result as one [`Response`] or one [`Error`].
fn finish<T, E>(
    state: &ClientState,
    call: &mut Call,
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
) -> Result<Response<T>, Error> {
    use progenitor_client::Error as P;
    let attempts = call.attempts.max(1);
    let error = match (call.failure.take(), result) {
        (Some(Failure::Local(error)), _) => error,
        (Some(Failure::Status(failure)), _) => error::from_failure(Some(state), call, *failure),
        (None, Ok(value)) => {
            let headers = std::mem::take(&mut call.headers);
            let request_id = call
                .envelope_request_id
                .take()
                .or_else(|| error::header_request_id(&headers));
            return Ok(Response::new(
                value.into_inner(),
                call.status.unwrap_or(StatusCode::OK),
                headers,
                request_id,
                attempts,
            ));
        }
        (failure, Err(P::CommunicationError(source) | P::ResponseBodyError(source))) => {
            let verdict = match failure {
                Some(Failure::Transport(verdict)) => verdict,
                // Not seen by `exec` (an error building the request): nothing was sent.
                _ => call.decide(if call.attempts == 0 {
                    Outcome::NotSent
                } else {
                    Outcome::Interrupted {
                        status: call.status.map(|s| s.as_u16()),
                    }
                }),
            };
            let timeout = source.is_timeout();
            let transport = Box::new(TransportError {
                api: call.api,
                operation: call.op.id,
                attempts,
                status: call.status.map(|s| s.as_u16()),
                retryable: verdict.retryable,
                may_have_taken_effect: verdict.may_have_taken_effect,
                idempotency_key: call.idempotency_key.take(),
                source,
            });
            if timeout {
                Error::Timeout(transport)
            } else {
                Error::Transport(transport)
            }
        }
        (_, Err(P::InvalidResponsePayload(body, source))) => {
            let verdict = call.decide(Outcome::Undecodable);
            error::decode_error(
                state,
                call,
                attempts,
                verdict,
                body,
                &format!("the body does not match the spec: {source}"),
            )
        }
        (_, Err(P::UnexpectedResponse(response))) => {
            // A success status the spec does not list for this operation.
            let verdict = call.decide(Outcome::Undecodable);
            error::decode_error(
                state,
                call,
                attempts,
                verdict,
                Bytes::new(),
                &format!("HTTP {} is not a documented answer", response.status()),
            )
        }
        (_, Err(P::InvalidRequest(message))) => Error::InvalidInput(message),
        (_, Err(P::InvalidUpgrade(source))) => Error::Transport(Box::new(TransportError {
            api: call.api,
            operation: call.op.id,
            attempts,
            status: call.status.map(|s| s.as_u16()),
            retryable: false,
            may_have_taken_effect: call.repeat != Repeat::Safe,
            idempotency_key: call.idempotency_key.take(),
            source,
        })),
        // progenitor's typed error body: the runtime answered every error status itself (as
        // `Failure::Status`), so this only comes from a hook that did not record why.
        (_, Err(P::ErrorResponse(value))) => Error::InvalidInput(format!(
            "unexpected error response (HTTP {}) outside the runtime",
            value.status()
        )),
        // What is left is progenitor's free-form variant, which no hook of ours produces.
        (_, Err(other)) => Error::InvalidInput(
            other
                .status()
                .map_or_else(String::new, |s| format!("HTTP {s}: "))
                + "the request failed before the runtime saw it",
        ),
        (Some(Failure::Transport(_)), Ok(_)) => unreachable_transport_success(call, attempts),
    };
    Err(error)
}

/// A transport failure was recorded but progenitor returned a value: a hook bug. Reported as
/// an error rather than a panic.
fn unreachable_transport_success(call: &Call, attempts: u32) -> Error {
    Error::InvalidInput(format!(
        "{} {}: the runtime recorded a transport failure after {attempts} attempt(s) but a \
         response was returned",
        call.api, call.op.id
    ))
}

/// The timeout of one attempt in force for this call, if the caller set one.
pub(crate) fn attempt_timeout(call: &Call) -> Option<Duration> {
    call.options.as_ref().and_then(|o| o.timeout)
}
