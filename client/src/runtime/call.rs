//! One call: the typed context that travels with it, and [`execute`], which every generated
//! `send()` hands its request to.
//!
//! The generated code builds the `reqwest::Request` (progenitor's code, kept as a synchronous
//! `request()` on each builder) and passes it here with the operation's row of the `OPERATIONS`
//! table. From then on one `Call` value is passed by reference through the steps
//! (`exchange::prepare`, `exchange::send`, decoding): which attempt this is, who
//! chose the idempotency key, what the last status was. Every [`Error`] and every [`Response`]
//! is built from it, once. Why a value rather than a task-local: the steps are the runtime's
//! own functions, so nothing needs to reach the context but through its arguments, and the
//! request's future is one state machine with nothing wrapped around it. Nothing the server
//! sends is read back as a fact about the call.

use bytes::Bytes;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{self, Error};
use super::exchange::{self, Answer};
use super::options::RequestOptions;
use super::response::Response;
use super::retry::{decide, Outcome, Repeat, Verdict};
use super::state::ClientState;
use super::OperationMeta;

/// What one call has learned so far.
pub(crate) struct Call {
    pub(crate) api: &'static str,
    pub(crate) op: &'static OperationMeta,
    /// The [`RequestOptions`] in force when the call started.
    pub(crate) options: Option<RequestOptions>,
    /// Whether the request may be sent again; settled by `prepare` once it knows who chose the
    /// idempotency key.
    pub(crate) repeat: Repeat,
    pub(crate) idempotency_key: Option<String>,
    /// Attempts made so far.
    pub(crate) attempts: u32,
    /// The status of the last response, if one came.
    pub(crate) status: Option<StatusCode>,
}

impl Call {
    fn new(api: &'static str, op: &'static OperationMeta) -> Self {
        Self {
            api,
            op,
            options: RequestOptions::current(),
            repeat: if op.idempotency_key {
                Repeat::WithinCall
            } else if op.retry_safe {
                Repeat::Safe
            } else {
                Repeat::Unsafe
            },
            idempotency_key: None,
            attempts: 0,
            status: None,
        }
    }

    /// A context for an operation outside any client (error construction for the fuzz
    /// targets).
    pub(crate) fn standalone(op: &'static OperationMeta) -> Self {
        Self::new("voiceai", op)
    }

    /// The verdict of the one rule for an outcome of this call.
    pub(crate) fn decide(&self, outcome: Outcome) -> Verdict {
        decide(outcome, self.repeat)
    }
}

/// The error for a request the generated code could not build (a builder field that failed to
/// convert, a required field left unset, a header value that cannot be sent). Nothing was sent.
#[doc(hidden)]
pub fn build_error<E>(error: progenitor_client::Error<E>) -> Error {
    use progenitor_client::Error as P;
    match error {
        P::InvalidRequest(message) => Error::InvalidInput(message),
        P::CommunicationError(source) => {
            Error::InvalidInput(format!("the request cannot be built: {source}"))
        }
        _ => Error::InvalidInput("the request cannot be built".into()),
    }
}

/// Sends one generated request for the operation `op` and decodes the answer into `T`.
/// Generated `send()` methods call it; it is not meant to be called by hand.
#[doc(hidden)]
pub async fn execute<T: DeserializeOwned>(
    state: &ClientState,
    http: &reqwest::Client,
    op: &'static OperationMeta,
    request: Result<reqwest::Request, Error>,
) -> Result<Response<T>, Error> {
    let mut call = Call::new(state.profile().name, op);
    // Each way out records the call in the usage counters; the success value is built in
    // place, not moved through a local (a `Response<T>` copy costs on every request).
    let failed = |call: &Call, error: Error| {
        record(state, call, Some(&error));
        error
    };
    let mut request = request.map_err(|e| failed(&call, e))?;
    exchange::prepare(state, &mut call, &mut request).map_err(|e| failed(&call, e))?;
    let answer = exchange::send(state, http, &mut call, request)
        .await
        .map_err(|e| failed(&call, e))?;
    decode(state, &call, answer)
}

/// Counts a finished call for `usage()`.
fn record(state: &ClientState, call: &Call, error: Option<&Error>) {
    state
        .counters()
        .record_call(state.profile(), call.op, error, call.attempts);
}

/// The body of a success answer as `T`.
fn decode<T: DeserializeOwned>(
    state: &ClientState,
    call: &Call,
    answer: Answer,
) -> Result<Response<T>, Error> {
    let Answer {
        status,
        headers,
        body,
    } = answer;
    let (body, envelope_request_id) = if call.op.unwrap_data_envelope {
        unwrap_envelope(body)
    } else {
        (body, None)
    };
    match serde_json::from_slice::<T>(&body) {
        Ok(value) => {
            record(state, call, None);
            Ok(Response::new(
                value,
                status,
                headers,
                envelope_request_id,
                call.attempts.max(1),
            ))
        }
        Err(source) => {
            let error = error::decode_error(
                state,
                call,
                call.decide(Outcome::Undecodable),
                body,
                &format!("the body does not match the spec: {source}"),
            );
            record(state, call, Some(&error));
            Err(error)
        }
    }
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
