//! [`Response`]: what every successful `send()` returns.

use std::ops::{Deref, DerefMut};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// A decoded success response with what the call learned on the way: status, headers, the
/// server's request id and how many attempts it took. Derefs to the body.
///
/// ```no_run
/// # async fn demo(client: voiceai::ringyo::Client) -> voiceai::Result<()> {
/// let agents = client.list_agents().limit(20).send().await?;
/// println!("{} agents (request id {:?}, {} attempt(s))",
///     agents.data.len(), agents.request_id(), agents.attempts());
/// let agents = agents.into_inner(); // the body alone
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Response<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
    /// `meta.request_id` of an unwrapped envelope; the headers are read only when asked.
    envelope_request_id: Option<String>,
    attempts: u32,
}

impl<T> Response<T> {
    pub(crate) fn new(
        inner: T,
        status: StatusCode,
        headers: HeaderMap,
        envelope_request_id: Option<String>,
        attempts: u32,
    ) -> Self {
        Self {
            inner,
            status,
            headers,
            envelope_request_id,
            attempts,
        }
    }

    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers as received.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The request id the server gave the response: an `x-request-id` (or `request-id`)
    /// header, or the `meta.request_id` of a Ringyo `{data, meta}` envelope.
    pub fn request_id(&self) -> Option<&str> {
        self.envelope_request_id
            .as_deref()
            .or_else(|| super::error::header_request_id_str(&self.headers))
    }

    /// How many attempts the call took: 1, or more when the runtime retried.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The body with a function applied, keeping the response's facts.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
            envelope_request_id: self.envelope_request_id,
            attempts: self.attempts,
        }
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}
