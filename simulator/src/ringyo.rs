//! The simulated Ringyo AI API.
//!
//! All 14 documented operations, with the bodies of `spec/ringyo.yaml` (request bodies decode
//! into the generated types, answers are built from them). Where the docs leave a number or a
//! rule open, the simulator picks one and says so here:
//!
//! - **Envelope** (D5): single objects are bare, as the endpoint pages show them, or inside
//!   `{data, meta: {request_id}}` with [`Config::ringyo_envelope`](crate::Config). Lists are
//!   always `{data, has_more, next_cursor, total}` (plus `meta` in envelope mode).
//! - **Pagination** (D6): `limit` 1–100 (default 20; anything else is 400 `invalid_limit`),
//!   `cursor` = standard base64 of `{"created_at": "…", "id": "…"}` of the last item of the
//!   previous page (keyset; a cursor holding only `created_at`, as in the docs' example, works
//!   too). A cursor that does not decode is 400 `invalid_cursor`. Calls and agents are newest
//!   first unless `order=asc` (anything else is 400 `invalid_order`); webhooks and phone numbers
//!   have no `order` parameter and come oldest first, as their examples are ordered.
//! - **Dates** (`from_date`, `to_date`): `YYYY-MM-DD` or an ISO 8601 date-time (`Z`, an offset,
//!   or none for UTC); both bounds are inclusive, a date-only `to_date` covers its whole day.
//!   Anything else is 400 `invalid_date_format`.
//! - **Calls**: `phone_number` must be E.164 (`+`, then 8–15 digits, the first not 0), the agent
//!   must exist (404 `agent_not_found`) and be `active` (400 `agent_inactive`, undocumented), the
//!   caller ID must be an `active`, voice-capable number of the account (400
//!   `invalid_from_number`; default: the primary number, the first seeded one), credits must be
//!   above 0 (402 `insufficient_credits`), and at most [`MAX_CONCURRENT_CALLS`] calls may be
//!   unfinished (429 `rate_limit_exceeded` with `Retry-After`, D13). Each call's fate is drawn
//!   from the seeded generator when it is created: 75 % `completed`, 12 % `no_answer`, 8 %
//!   `busy`, 5 % `failed`. It then moves `queued` → `ringing` (1–3 s) → `in_progress` (3–12 s
//!   later) → `completed` (20–120 s of conversation, capped by `max_duration`), on the simulated
//!   clock. `duration` is `ended_at − created_at` in whole seconds, as in the list example. A
//!   completed call has `outcome`, `extracted_data`, a transcript (segments, D4) 2 s after the
//!   end and, when recorded, a recording 5 s after the end; it costs
//!   [`CREDITS_PER_MINUTE`] per minute of conversation, deducted from the credits when it ends.
//! - **Agents**: at most [`MAX_AGENTS`] (409 `agent_limit_reached`). `voice_id` must be a
//!   lower-case slug such as `sarah-professional` (400 `invalid_voice_id`), `language` one of
//!   [`LANGUAGES`] (400 `invalid_language`), `system_prompt` non-blank and at most
//!   [`MAX_SYSTEM_PROMPT_CHARS`] characters (400 `invalid_system_prompt`), `model` a documented
//!   one (400 `invalid_model`). Update merges `metadata` (a `null` value removes a key). Delete
//!   is refused with 409 `agent_in_use` while the agent has unfinished calls.
//! - **Webhooks**: at most [`MAX_WEBHOOKS`] (409 `webhook_limit_reached`). The URL must be
//!   `https://`, or `http://` to a loopback host so that tests can receive deliveries (400
//!   `invalid_url`); a host under `.invalid` is 400 `url_unreachable`. Events must be known names
//!   (400 `invalid_events`). The secret (`whsec_` + base64 of 24 seeded random bytes unless one
//!   is given) is returned by create only. Deliveries are the `WebhookDelivery` envelope signed
//!   as Standard Webhooks (`webhook-id`, `webhook-timestamp` in real Unix seconds,
//!   `webhook-signature`), retried after 1 s, 5 s, 30 s, 2 min and 10 min (simulated). Each
//!   failed attempt counts: [`FAILING_AFTER`] consecutive failures make the endpoint `failing`,
//!   [`DISABLED_AFTER`] make it `inactive` (D12: the webhooks-list API-reference page, which the
//!   spec prefers over the concept page's 10); a delivered attempt resets the count.
//! - **Per-call `webhook_url`**: that call's events go there instead of to the account's
//!   webhooks, in the same envelope without `webhook_id` and unsigned (no secret exists for it;
//!   the docs do not say).
//! - **Events**: `call.started` (on create), `call.ringing`, `call.answered`, `call.completed`,
//!   `call.failed` (busy, no answer, failed), `call.transcript.ready`, `call.recording.ready`,
//!   `agent.created`, `agent.updated`, `agent.deleted`. Call events carry the call (plus
//!   `call_id`, and `duration_seconds` on completion), agent events the agent.
//! - Not modelled: the `unauthorized` 403 of single resources (one account owns everything),
//!   `rg_test_` keys using no credits, the offset pagination of the intro page.

mod agents;
mod calls;
mod numbers;
mod outcomes;
mod paging;
mod validation;
mod webhooks;

use ::http::HeaderMap;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use voiceai::ringyo::types;
use voiceai::runtime::webhooks::StandardWebhook;
use voiceai::runtime::OperationMeta;

use crate::api::{dispatch, Handler, SimulatedApi};
use crate::conform::Violation;
use crate::{Config, Ctx, Delivery, RateLimit, Reply, Req};

/// Unfinished calls allowed at once; one more is refused with 429 `rate_limit_exceeded` (the
/// docs name the error but not the number).
pub const MAX_CONCURRENT_CALLS: usize = 50;
/// Agents an account may have (409 `agent_limit_reached` beyond; the plan's number is not
/// documented).
pub const MAX_AGENTS: usize = 100;
/// Webhook endpoints an account may have (409 `webhook_limit_reached` beyond; not documented).
pub const MAX_WEBHOOKS: usize = 20;
/// Longest accepted system prompt, in characters (not documented).
pub const MAX_SYSTEM_PROMPT_CHARS: usize = 10_000;
/// What a minute of conversation costs.
pub const CREDITS_PER_MINUTE: f64 = 0.10;
/// Consecutive failed delivery attempts after which a webhook is `failing` (webhooks-list).
pub const FAILING_AFTER: u32 = 5;
/// Consecutive failed delivery attempts after which a webhook is disabled (`inactive`;
/// webhooks-list says 100, concepts/webhooks 10: D12).
pub const DISABLED_AFTER: u32 = 100;
/// Waits before each retry of a delivery, in simulated seconds (concepts/webhooks).
pub const RETRY_DELAYS: [f64; 5] = [1.0, 5.0, 30.0, 120.0, 600.0];
/// Languages an agent may speak.
pub const LANGUAGES: &[&str] = &[
    "en-US", "en-GB", "en-AU", "en-IN", "es-ES", "es-MX", "fr-FR", "fr-CA", "de-DE", "it-IT",
    "pt-BR", "pt-PT", "nl-NL", "hi-IN", "ja-JP",
];

/// Where recordings are said to live.
const RECORDING_BASE: &str = "https://storage.ringyo.ai/recordings";

/// How a call ends, decided when it is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fate {
    Completed,
    NoAnswer,
    Busy,
    Failed,
}

impl Fate {
    fn status(self) -> types::CallStatus {
        match self {
            Fate::Completed => types::CallStatus::Completed,
            Fate::NoAnswer => types::CallStatus::NoAnswer,
            Fate::Busy => types::CallStatus::Busy,
            Fate::Failed => types::CallStatus::Failed,
        }
    }
}

/// How far the clock has moved a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Queued,
    Ringing,
    InProgress,
    Ended,
}

/// A call's schedule, in simulated Unix seconds.
#[derive(Clone, Copy, Debug)]
struct Timeline {
    fate: Fate,
    ring_at: f64,
    answer_at: f64,
    end_at: f64,
    /// Seconds of conversation (completed calls).
    talk: f64,
    transcript_at: f64,
    recording_at: Option<f64>,
}

/// What a completed call will have said and produced.
#[derive(Clone, Debug)]
struct Script {
    outcome: &'static str,
    extracted: Map<String, Value>,
    analysis: Map<String, Value>,
    transcript: Vec<types::TranscriptSegment>,
}

#[derive(Clone, Debug)]
struct CallRec {
    /// The call as the API shows it without `include` extras.
    call: types::Call,
    /// `created_at` in Unix seconds (whole).
    created: f64,
    webhook_url: Option<String>,
    times: Timeline,
    script: Script,
    stage: Stage,
    transcript_ready: bool,
    recording_ready: bool,
    cost: f64,
}

impl CallRec {
    fn recording_url(&self) -> String {
        format!("{RECORDING_BASE}/{}.mp3", self.call.id)
    }

    fn finished(&self) -> bool {
        self.stage == Stage::Ended
    }

    /// Nothing more will happen to it.
    fn settled(&self) -> bool {
        self.finished()
            && (self.times.fate != Fate::Completed
                || (self.transcript_ready
                    && (self.recording_ready || self.times.recording_at.is_none())))
    }

    /// The call with the extras asked for (those that exist yet).
    fn view(&self, include: &Includes) -> types::Call {
        let mut call = self.call.clone();
        if include.transcript && self.transcript_ready {
            call.transcript = Some(types::CallTranscript::Array(self.script.transcript.clone()));
        }
        if include.recording && self.recording_ready {
            call.recording_url = Some(self.recording_url());
        }
        if include.analysis && self.finished() && self.times.fate == Fate::Completed {
            call.analysis = self.script.analysis.clone();
        }
        call
    }
}

#[derive(Clone, Debug)]
struct WebhookRec {
    webhook: types::Webhook,
    /// Signs its deliveries (the secret itself is shown by create only).
    signer: StandardWebhook,
    failures: u32,
}

impl WebhookRec {
    fn view(&self) -> types::Webhook {
        let mut webhook = self.webhook.clone();
        webhook.failure_count = (self.failures > 0).then_some(i64::from(self.failures));
        webhook
    }

    fn wants(&self, event: &str) -> bool {
        self.webhook.status != Some(types::WebhookStatus::Inactive)
            && self
                .webhook
                .events
                .iter()
                .any(|e| *e == types::WebhookEventName::All || e.as_str() == event)
    }
}

/// `include=` extras of get_call.
#[derive(Clone, Copy, Debug, Default)]
struct Includes {
    transcript: bool,
    recording: bool,
    analysis: bool,
}

impl Includes {
    const ALL: Includes = Includes {
        transcript: true,
        recording: true,
        analysis: true,
    };
}

/// The Ringyo account.
#[derive(Debug)]
pub struct State {
    /// Credits left; calls are charged when they complete.
    pub credits: f64,
    agents: Vec<types::Agent>,
    calls: Vec<CallRec>,
    webhooks: Vec<WebhookRec>,
    phone_numbers: Vec<types::PhoneNumber>,
    msg_seed: u64,
    msg_seq: u64,
}

impl State {
    pub(crate) fn new(ctx: &mut Ctx) -> State {
        let phone_numbers = numbers::seed(ctx);
        State {
            credits: ctx.config.ringyo_credits,
            agents: Vec::new(),
            calls: Vec::new(),
            webhooks: Vec::new(),
            phone_numbers,
            msg_seed: ctx.config.seed,
            msg_seq: 0,
        }
    }

    /// Every call as get_call shows it with all extras that exist, oldest first.
    pub fn calls(&self) -> Vec<types::Call> {
        self.calls.iter().map(|c| c.view(&Includes::ALL)).collect()
    }

    /// The status a call will end in, decided (by the seeded generator) when it was created.
    pub fn planned_status(&self, id: &str) -> Option<types::CallStatus> {
        self.find_call(id).map(|c| c.times.fate.status())
    }

    /// Credits a call cost (0 until it completed; failed calls cost nothing).
    pub fn call_cost(&self, id: &str) -> Option<f64> {
        self.find_call(id).map(|c| c.cost)
    }

    /// Every agent (full objects), oldest first.
    pub fn agents(&self) -> Vec<types::Agent> {
        self.agents.clone()
    }

    /// Every webhook endpoint (without secrets), oldest first.
    pub fn webhooks(&self) -> Vec<types::Webhook> {
        self.webhooks.iter().map(WebhookRec::view).collect()
    }

    fn find_call(&self, id: &str) -> Option<&CallRec> {
        self.calls.iter().find(|c| c.call.id == id)
    }

    fn agent_index(&self, id: &str) -> Option<usize> {
        self.agents.iter().position(|a| a.id == id)
    }
}

/// Every operation's handler, by operation id.
const HANDLERS: &[(&str, Handler<State>)] = &[
    ("create_call", State::create_call),
    ("list_calls", State::list_calls),
    ("get_call", State::get_call),
    ("create_agent", State::create_agent),
    ("list_agents", State::list_agents),
    ("get_agent", State::get_agent),
    ("update_agent", State::update_agent),
    ("delete_agent", State::delete_agent),
    ("create_webhook", State::create_webhook),
    ("list_webhooks", State::list_webhooks),
    ("update_webhook", State::update_webhook),
    ("delete_webhook", State::delete_webhook),
    ("list_phone_numbers", State::list_phone_numbers),
    ("get_phone_number", State::get_phone_number),
];

impl SimulatedApi for State {
    fn name(&self) -> &'static str {
        "ringyo"
    }

    /// The version is part of the base URL, as in Ringyo's own `https://api.ringyo.ai/v1`.
    fn prefix(&self) -> &'static str {
        "/ringyo/v1"
    }

    fn operations(&self) -> &'static [OperationMeta] {
        &voiceai::ringyo::OPERATIONS
    }

    /// `Authorization: Bearer <key>` with one of the configured keys.
    fn authenticate(&self, headers: &HeaderMap, config: &Config) -> Option<String> {
        headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .filter(|k| config.ringyo_keys.iter().any(|r| r.key == *k))
            .map(str::to_string)
    }

    fn plan_limit(&self, config: &Config) -> Option<RateLimit> {
        config.ringyo_rate_limit
    }

    fn has_scope(&self, key: &str, scope: &str, config: &Config) -> bool {
        config
            .ringyo_keys
            .iter()
            .find(|r| r.key == key)
            .is_some_and(|r| r.scopes.iter().any(|s| s == scope))
    }

    fn spec(&self) -> &'static serde_json::Value {
        static SPEC: std::sync::LazyLock<serde_json::Value> =
            std::sync::LazyLock::new(|| crate::conform::parse(include_str!("../spec/ringyo.json")));
        &SPEC
    }

    fn honours_idempotency_keys(&self) -> bool {
        true
    }

    fn error(&self, status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply {
        error(status, code, message, ctx)
    }

    /// 400 with the operation's documented code for the violation.
    fn invalid(&self, op: &OperationMeta, violation: &Violation, ctx: &Ctx) -> Reply {
        let code = validation::error_code(self.spec(), op, violation);
        error(400, &code, &violation.message, ctx)
    }

    fn stamp(&self, reply: Reply, ctx: &Ctx) -> Reply {
        reply.header("x-request-id", ctx.request_id.clone())
    }

    #[cfg(test)]
    fn handles(&self, operation: &str) -> bool {
        crate::api::find_handler(HANDLERS, operation).is_some()
    }

    fn handle(&mut self, op: &OperationMeta, req: &Req, ctx: &mut Ctx) -> Reply {
        // Bring the calls up to now first, so that an answer never lags behind the clock.
        self.advance(ctx);
        dispatch(self, HANDLERS, op, req, ctx)
    }

    fn tick(&mut self, ctx: &mut Ctx) {
        self.advance(ctx);
    }

    fn delivery_result(&mut self, delivery: &Delivery, delivered: bool) {
        self.count_delivery(delivery, delivered);
    }
}

/// An error in Ringyo's envelope: `{"error": {"code", "message", "details"}, "meta": {"request_id"}}`.
fn error(status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply {
    let body = types::Error {
        error: Some(types::ErrorDetail {
            code: Some(code.into()),
            details: Default::default(),
            message: Some(message.into()),
            extra: Default::default(),
        }),
        message: None,
        meta: Some(response_meta(ctx)),
        extra: Default::default(),
    };
    Reply::json(status, &body)
}

fn agent_not_found(id: &str, ctx: &Ctx) -> Reply {
    error(
        404,
        "agent_not_found",
        &format!("no agent with id `{id}`"),
        ctx,
    )
}

fn webhook_not_found(id: &str, ctx: &Ctx) -> Reply {
    error(
        404,
        "webhook_not_found",
        &format!("no webhook endpoint with id `{id}`"),
        ctx,
    )
}

// ---------------------------------------------------------------------------------------------
// Bodies and envelopes
// ---------------------------------------------------------------------------------------------

/// The body as its generated type; 400 `invalid_request` with serde's message otherwise.
fn decode<T: DeserializeOwned>(req: &Req, ctx: &Ctx) -> Result<T, Reply> {
    req.json::<T>()
        .map_err(|message| error(400, "invalid_request", &message, ctx))
}

/// The top-level members of a JSON object body (to tell an absent list from an empty one).
fn body_keys(req: &Req) -> Map<String, Value> {
    serde_json::from_slice(&req.body).unwrap_or_default()
}

/// A single object: bare, or inside `{data, meta}` in envelope mode.
fn object<T: Serialize>(status: u16, value: &T, ctx: &Ctx) -> Reply {
    #[derive(Serialize)]
    struct Envelope<'a, T> {
        data: &'a T,
        meta: types::ResponseMeta,
    }
    if ctx.config.ringyo_envelope {
        Reply::json(
            status,
            &Envelope {
                data: value,
                meta: response_meta(ctx),
            },
        )
    } else {
        Reply::json(status, value)
    }
}

fn response_meta(ctx: &Ctx) -> types::ResponseMeta {
    types::ResponseMeta {
        request_id: Some(ctx.request_id.clone()),
    }
}

fn list_meta(ctx: &Ctx) -> Option<types::ResponseMeta> {
    ctx.config.ringyo_envelope.then(|| response_meta(ctx))
}

/// Merges `update` into `metadata`; a `null` value removes the key.
fn merge(metadata: &mut Map<String, Value>, update: Map<String, Value>) {
    for (key, value) in update {
        if value.is_null() {
            metadata.remove(&key);
        } else {
            metadata.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_handler_serves_an_operation() {
        for (id, _) in HANDLERS {
            assert!(
                voiceai::ringyo::OPERATIONS.iter().any(|op| op.id == *id),
                "{id} is not an operation of the spec"
            );
        }
    }
}
