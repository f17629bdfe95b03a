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

use base64::Engine as _;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use voiceai::ringyo::types;
use voiceai::runtime::webhooks::{
    StandardWebhook, WEBHOOK_ID, WEBHOOK_SIGNATURE, WEBHOOK_TIMESTAMP,
};
use voiceai::runtime::OperationMeta;

use crate::{is_e164, iso8601, parse_datetime, to_map, Ctx, Delivery, Reply, Req};

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
        // (number, name, country, region, sms, status, days old)
        let seeds = [
            (
                "+18005551234",
                "Main Business Line",
                "US",
                "CA",
                true,
                "active",
                40.0,
            ),
            (
                "+14155559876",
                "Sales Line",
                "US",
                "CA",
                false,
                "active",
                30.0,
            ),
            (
                "+442079460958",
                "London Office",
                "GB",
                "LND",
                true,
                "active",
                20.0,
            ),
            (
                "+16135550142",
                "Ottawa Support",
                "CA",
                "ON",
                false,
                "pending",
                5.0,
            ),
            (
                "+12125550199",
                "Old New York Line",
                "US",
                "NY",
                false,
                "inactive",
                60.0,
            ),
        ];
        let phone_numbers = seeds
            .iter()
            .map(|(number, name, country, region, sms, status, days)| {
                let created = iso8601((ctx.now - days * 86_400.0).floor());
                types::PhoneNumber {
                    id: ctx.id("pn_"),
                    phone_number: Some(number.to_string()),
                    friendly_name: Some(name.to_string()),
                    country: Some(country.to_string()),
                    region: Some(region.to_string()),
                    capabilities: Some(types::PhoneNumberCapabilities {
                        voice: Some(true),
                        sms: Some(*sms),
                    }),
                    status: Some(types::PhoneNumberStatus::from(*status)),
                    default_agent_id: None,
                    stats: None,
                    recent_calls: Vec::new(),
                    created_at: Some(created.clone()),
                    updated_at: Some(created),
                }
            })
            .collect();
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

    /// Called after each delivery attempt of a webhook (counts consecutive failures). The
    /// endpoint is the body's `webhook_id` (per-call URLs have none), so nothing is kept per
    /// message: deliveries the core never attempts (non-loopback URLs) leave nothing behind.
    pub(crate) fn delivery_result(&mut self, delivery: &Delivery, delivered: bool) {
        let Ok(body) = serde_json::from_slice::<Value>(&delivery.body) else {
            return;
        };
        let Some(webhook_id) = body.get("webhook_id").and_then(Value::as_str) else {
            return;
        };
        let Some(rec) = self
            .webhooks
            .iter_mut()
            .find(|w| w.webhook.id == webhook_id)
        else {
            return;
        };
        if delivered {
            rec.failures = 0;
            if rec.webhook.status == Some(types::WebhookStatus::Failing) {
                rec.webhook.status = Some(types::WebhookStatus::Active);
            }
            return;
        }
        rec.failures += 1;
        match rec.webhook.status {
            Some(types::WebhookStatus::Inactive) => {}
            _ if rec.failures >= DISABLED_AFTER => {
                rec.webhook.status = Some(types::WebhookStatus::Inactive);
            }
            _ if rec.failures >= FAILING_AFTER => {
                rec.webhook.status = Some(types::WebhookStatus::Failing);
            }
            _ => {}
        }
    }

    fn find_call(&self, id: &str) -> Option<&CallRec> {
        self.calls.iter().find(|c| c.call.id == id)
    }

    fn agent_index(&self, id: &str) -> Option<usize> {
        self.agents.iter().position(|a| a.id == id)
    }

    /// A Standard Webhooks message id, `msg_` and 12 characters, repeatable under a seed without
    /// drawing from the shared generator (deliveries are made from ticks and requests alike).
    fn next_msg_id(&mut self) -> String {
        self.msg_seq += 1;
        let mut x = self
            .msg_seed
            .wrapping_add(self.msg_seq.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^= x >> 31;
        const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut id = String::from("msg_");
        for _ in 0..12 {
            id.push(ALPHABET[(x % 36) as usize] as char);
            x /= 36;
        }
        id
    }

    /// Queues `event` to the call's own URL, or to every webhook subscribed to it.
    fn emit(
        &mut self,
        event: &str,
        data: Map<String, Value>,
        call_url: Option<&str>,
        at: f64,
        ctx: &mut Ctx,
    ) {
        let sent_at = crate::real_epoch() as u64;
        let envelope = |webhook_id: Option<String>| {
            let body = types::WebhookDelivery {
                data: data.clone(),
                event: types::WebhookEventName::from(event),
                timestamp: Some(iso8601(at)),
                webhook_id,
            };
            serde_json::to_vec(&body).unwrap_or_default()
        };
        // (url, body, signer) of each delivery.
        let targets: Vec<(String, Vec<u8>, Option<StandardWebhook>)> = match call_url {
            Some(url) => vec![(url.to_string(), envelope(None), None)],
            None => {
                let triggered = ctx.iso();
                self.webhooks
                    .iter_mut()
                    .filter(|rec| rec.wants(event))
                    .map(|rec| {
                        rec.webhook.last_triggered_at = Some(triggered.clone());
                        (
                            rec.webhook.url.clone().unwrap_or_default(),
                            envelope(Some(rec.webhook.id.clone())),
                            Some(rec.signer.clone()),
                        )
                    })
                    .collect()
            }
        };
        for (url, body, signer) in targets {
            let msg = self.next_msg_id();
            let mut headers = vec![
                ("content-type".to_string(), "application/json".to_string()),
                (WEBHOOK_ID.to_string(), msg.clone()),
                (WEBHOOK_TIMESTAMP.to_string(), sent_at.to_string()),
            ];
            if let Some(signer) = signer {
                headers.push((
                    WEBHOOK_SIGNATURE.to_string(),
                    signer.sign(&msg, sent_at, &body),
                ));
            }
            ctx.deliver(Delivery {
                api: "ringyo",
                event: event.to_string(),
                url,
                method: ::http::Method::POST,
                headers,
                body,
                retry_delays: RETRY_DELAYS.to_vec(),
            });
        }
    }

    /// The `data` of a call event.
    fn call_event_data(&self, index: usize, event: &str) -> Map<String, Value> {
        let rec = &self.calls[index];
        let include = Includes {
            transcript: event == "call.transcript.ready",
            recording: event == "call.recording.ready",
            analysis: false,
        };
        let mut call = rec.view(&include);
        call.call_id = Some(call.id.clone());
        if event == "call.completed" {
            call.duration_seconds = call.duration;
        }
        to_map(&call)
    }

    /// Moves every unfinished call along the clock and queues the events it passes.
    fn advance(&mut self, ctx: &mut Ctx) {
        let now = ctx.now;
        let mut events: Vec<(usize, &'static str, f64)> = Vec::new();
        let mut spent = 0.0;
        for (index, rec) in self.calls.iter_mut().enumerate() {
            if rec.settled() {
                continue;
            }
            loop {
                let t = rec.times;
                let step = match rec.stage {
                    Stage::Queued if now >= t.ring_at => {
                        if t.fate == Fate::Failed {
                            end_call(rec, types::CallStatus::Failed, t.end_at);
                            Some(("call.failed", t.end_at))
                        } else {
                            rec.stage = Stage::Ringing;
                            rec.call.status = Some(types::CallStatus::Ringing);
                            Some(("call.ringing", t.ring_at))
                        }
                    }
                    Stage::Ringing => match t.fate {
                        Fate::Completed if now >= t.answer_at => {
                            rec.stage = Stage::InProgress;
                            rec.call.status = Some(types::CallStatus::InProgress);
                            Some(("call.answered", t.answer_at))
                        }
                        Fate::NoAnswer | Fate::Busy if now >= t.end_at => {
                            end_call(rec, t.fate.status(), t.end_at);
                            Some(("call.failed", t.end_at))
                        }
                        _ => None,
                    },
                    Stage::InProgress if now >= t.end_at => {
                        end_call(rec, types::CallStatus::Completed, t.end_at);
                        rec.call.outcome = Some(rec.script.outcome.to_string());
                        rec.call.extracted_data = rec.script.extracted.clone();
                        rec.cost = t.talk / 60.0 * CREDITS_PER_MINUTE;
                        spent += rec.cost;
                        Some(("call.completed", t.end_at))
                    }
                    Stage::Ended
                        if t.fate == Fate::Completed
                            && !rec.transcript_ready
                            && now >= t.transcript_at =>
                    {
                        rec.transcript_ready = true;
                        Some(("call.transcript.ready", t.transcript_at))
                    }
                    Stage::Ended if !rec.recording_ready && rec.transcript_ready => {
                        match t.recording_at {
                            Some(at) if now >= at => {
                                rec.recording_ready = true;
                                Some(("call.recording.ready", at))
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                match step {
                    Some((event, at)) => events.push((index, event, at)),
                    None => break,
                }
            }
        }
        self.credits -= spent;
        for (index, event, at) in events {
            let data = self.call_event_data(index, event);
            let url = self.calls[index].webhook_url.clone();
            self.emit(event, data, url.as_deref(), at, ctx);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Calls
    // -----------------------------------------------------------------------------------------

    fn create_call(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let body: types::CreateCallRequest = decode(req, ctx)?;
        if !is_e164(&body.phone_number) {
            return Err(error(
                400,
                "invalid_phone_number",
                &format!(
                    "phone_number `{}` is not a valid E.164 number (+ and 8 to 15 digits)",
                    body.phone_number
                ),
                ctx,
            ));
        }
        let Some(agent_index) = self.agent_index(&body.agent_id) else {
            return Err(error(
                404,
                "agent_not_found",
                "The specified agent_id does not exist",
                ctx,
            ));
        };
        if self.agents[agent_index].status == Some(types::AgentStatus::Inactive) {
            return Err(error(
                400,
                "agent_inactive",
                "the agent is inactive; activate it with update_agent first",
                ctx,
            ));
        }
        let from_number = match &body.from_number {
            Some(number) => {
                let owned = is_e164(number)
                    && self
                        .phone_numbers
                        .iter()
                        .any(|p| p.phone_number.as_deref() == Some(number.as_str()) && can_dial(p));
                if !owned {
                    return Err(error(
                        400,
                        "invalid_from_number",
                        &format!(
                            "from_number `{number}` is not an active voice number of this account"
                        ),
                        ctx,
                    ));
                }
                number.clone()
            }
            None => match self.phone_numbers.iter().find(|p| can_dial(p)) {
                Some(primary) => primary.phone_number.clone().unwrap_or_default(),
                None => {
                    return Err(error(
                        400,
                        "invalid_from_number",
                        "the account has no active voice number to call from",
                        ctx,
                    ))
                }
            },
        };
        if body.max_duration.is_some_and(|m| m.get() > 3600) {
            return Err(error(
                400,
                "invalid_request",
                "max_duration must be between 1 and 3600 seconds",
                ctx,
            ));
        }
        if let Some(url) = &body.webhook_url {
            check_url(url, ctx)?;
        }
        if self.credits <= 0.0 {
            return Err(error(
                402,
                "insufficient_credits",
                "Not enough credits on the account to place a call",
                ctx,
            ));
        }
        let active: Vec<&CallRec> = self.calls.iter().filter(|c| !c.finished()).collect();
        if active.len() >= MAX_CONCURRENT_CALLS {
            let next_end = active
                .iter()
                .map(|c| c.times.end_at)
                .fold(f64::INFINITY, f64::min);
            let wait = ((next_end - ctx.now) / ctx.config.clock_speed.max(1e-9))
                .ceil()
                .clamp(1.0, 3600.0) as u64;
            return Err(error(
                429,
                "rate_limit_exceeded",
                &format!("too many concurrent calls (at most {MAX_CONCURRENT_CALLS})"),
                ctx,
            )
            .header("retry-after", wait.to_string()));
        }

        let created = ctx.now.floor();
        let record = body.record.unwrap_or(true);
        let max_duration = body.max_duration.map_or(3600, |m| m.get()) as f64;
        let customer = body
            .context
            .get("customer_name")
            .and_then(Value::as_str)
            .map(str::to_string);
        let (times, script) = plan_call(
            &self.agents[agent_index],
            customer.as_deref(),
            created,
            record,
            max_duration,
            ctx,
        );
        let call = types::Call {
            id: ctx.id("call_"),
            status: Some(types::CallStatus::Queued),
            phone_number: Some(body.phone_number.clone()),
            from_number: Some(from_number),
            agent_id: Some(body.agent_id.clone()),
            metadata: body.metadata.clone(),
            context: body.context.clone(),
            record: Some(record),
            created_at: Some(iso8601(created)),
            duration: None,
            ended_at: None,
            transcript: None,
            recording_url: None,
            analysis: Map::new(),
            call_id: None,
            duration_seconds: None,
            outcome: None,
            extracted_data: Map::new(),
        };
        self.calls.push(CallRec {
            call: call.clone(),
            created,
            webhook_url: body.webhook_url.clone(),
            times,
            script,
            stage: Stage::Queued,
            transcript_ready: false,
            recording_ready: false,
            cost: 0.0,
        });
        let index = self.calls.len() - 1;
        let data = self.call_event_data(index, "call.started");
        self.emit(
            "call.started",
            data,
            body.webhook_url.as_deref(),
            created,
            ctx,
        );
        Ok(object(201, &call, ctx))
    }

    fn list_calls(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, true, ctx)?;
        let status = match req.query("status") {
            None => None,
            Some(s) => {
                let status = types::CallStatus::from(s.trim());
                if status.is_unknown() {
                    return Err(error(
                        400,
                        "invalid_status",
                        &format!("status `{s}` is not a call status"),
                        ctx,
                    ));
                }
                Some(status)
            }
        };
        let agent_id = req.query("agent_id");
        let phone = req.query("phone_number").map(|p| plus_restored(p, 0));
        let from = date_param(req, "from_date", false, ctx)?;
        let to = date_param(req, "to_date", true, ctx)?;
        let items = self
            .calls
            .iter()
            .filter(|c| {
                status
                    .as_ref()
                    .is_none_or(|s| c.call.status.as_ref() == Some(s))
            })
            .filter(|c| agent_id.is_none_or(|a| c.call.agent_id.as_deref() == Some(a)))
            .filter(|c| {
                phone
                    .as_deref()
                    .is_none_or(|p| c.call.phone_number.as_deref() == Some(p))
            })
            .filter(|c| from.is_none_or(|f| c.created >= f))
            .filter(|c| to.is_none_or(|t| c.created <= t))
            .map(|c| (c.created, c.call.id.clone(), c.call.clone()))
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        Ok(Reply::ok(&types::CallList {
            data,
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    fn get_call(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("call_id");
        let Some(rec) = self.find_call(id) else {
            return Err(error(
                404,
                "call_not_found",
                &format!("no call with id `{id}`"),
                ctx,
            ));
        };
        let mut include = Includes::default();
        for extra in req.query_all("include") {
            match extra.trim() {
                "transcript" => include.transcript = true,
                "recording" => include.recording = true,
                "analysis" => include.analysis = true,
                _ => {}
            }
        }
        Ok(object(200, &rec.view(&include), ctx))
    }

    // -----------------------------------------------------------------------------------------
    // Agents
    // -----------------------------------------------------------------------------------------

    fn create_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let body: types::CreateAgentRequest = decode(req, ctx)?;
        let language = validate_agent(
            &AgentFields {
                name: Some(&body.name),
                system_prompt: Some(&body.system_prompt),
                voice_id: Some(&body.voice_id),
                language: body.language.as_deref(),
                model: body.model.as_ref(),
                temperature: body.temperature,
                max_tokens: body.max_tokens,
                interruption_threshold: body.interruption_threshold,
                end_call_phrases: &body.end_call_phrases,
            },
            ctx,
        )?;
        if self.agents.len() >= MAX_AGENTS {
            return Err(error(
                409,
                "agent_limit_reached",
                &format!("this plan allows at most {MAX_AGENTS} agents"),
                ctx,
            ));
        }
        let now = ctx.iso();
        let agent = types::Agent {
            id: ctx.id("agent_"),
            name: Some(body.name.trim().to_string()),
            system_prompt: Some(body.system_prompt),
            voice_id: Some(body.voice_id),
            first_message: body.first_message,
            language: Some(language.unwrap_or_else(|| "en-US".into())),
            model: Some(body.model.unwrap_or(types::AgentModel::Gpt4o)),
            temperature: Some(body.temperature.unwrap_or(0.7)),
            max_tokens: Some(body.max_tokens.unwrap_or(150)),
            interruption_threshold: Some(body.interruption_threshold.unwrap_or(0.5)),
            end_call_phrases: body.end_call_phrases,
            status: Some(types::AgentStatus::Active),
            metadata: body.metadata,
            stats: None,
            recent_calls: Vec::new(),
            created_at: Some(now.clone()),
            updated_at: Some(now),
        };
        self.agents.push(agent.clone());
        self.emit("agent.created", to_map(&agent), None, ctx.now, ctx);
        Ok(object(201, &agent, ctx))
    }

    fn list_agents(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, true, ctx)?;
        let status = match req.query("status") {
            None => None,
            Some(s) => {
                let status = types::AgentStatus::from(s.trim());
                if status.is_unknown() {
                    return Err(error(
                        400,
                        "invalid_status",
                        "status must be `active` or `inactive`",
                        ctx,
                    ));
                }
                Some(status)
            }
        };
        let items = self
            .agents
            .iter()
            .filter(|a| status.is_none() || a.status == status)
            .map(|a| {
                let summary = types::Agent {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    voice_id: a.voice_id.clone(),
                    language: a.language.clone(),
                    model: a.model.clone(),
                    status: a.status.clone(),
                    created_at: a.created_at.clone(),
                    updated_at: a.updated_at.clone(),
                    system_prompt: None,
                    first_message: None,
                    temperature: None,
                    max_tokens: None,
                    interruption_threshold: None,
                    end_call_phrases: Vec::new(),
                    metadata: Map::new(),
                    stats: None,
                    recent_calls: Vec::new(),
                };
                (epoch(a.created_at.as_deref()), a.id.clone(), summary)
            })
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        Ok(Reply::ok(&types::AgentList {
            data,
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    fn get_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("agent_id");
        let Some(index) = self.agent_index(id) else {
            return Err(agent_not_found(id, ctx));
        };
        let mut agent = self.agents[index].clone();
        for extra in req.query_all("include") {
            match extra.trim() {
                "stats" => agent.stats = Some(self.agent_stats(id)),
                "recent_calls" => {
                    agent.recent_calls =
                        self.recent_calls(|c| c.call.agent_id.as_deref() == Some(id))
                }
                _ => {}
            }
        }
        Ok(object(200, &agent, ctx))
    }

    fn update_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("agent_id");
        let Some(index) = self.agent_index(id) else {
            return Err(agent_not_found(id, ctx));
        };
        let body: types::UpdateAgentRequest = decode(req, ctx)?;
        let keys = body_keys(req);
        let language = validate_agent(
            &AgentFields {
                name: body.name.as_deref(),
                system_prompt: body.system_prompt.as_deref(),
                voice_id: body.voice_id.as_deref(),
                language: body.language.as_deref(),
                model: body.model.as_ref(),
                temperature: body.temperature,
                max_tokens: body.max_tokens,
                interruption_threshold: body.interruption_threshold,
                end_call_phrases: &body.end_call_phrases,
            },
            ctx,
        )?;
        if body.status.as_ref().is_some_and(|s| s.is_unknown()) {
            return Err(error(
                400,
                "invalid_status",
                "status must be `active` or `inactive`",
                ctx,
            ));
        }
        let now = ctx.iso();
        let agent = &mut self.agents[index];
        if let Some(name) = body.name {
            agent.name = Some(name.trim().to_string());
        }
        if body.system_prompt.is_some() {
            agent.system_prompt = body.system_prompt;
        }
        if body.voice_id.is_some() {
            agent.voice_id = body.voice_id;
        }
        if body.first_message.is_some() {
            agent.first_message = body.first_message;
        }
        if language.is_some() {
            agent.language = language;
        }
        if body.model.is_some() {
            agent.model = body.model;
        }
        if body.temperature.is_some() {
            agent.temperature = body.temperature;
        }
        if body.max_tokens.is_some() {
            agent.max_tokens = body.max_tokens;
        }
        if body.interruption_threshold.is_some() {
            agent.interruption_threshold = body.interruption_threshold;
        }
        if keys.contains_key("end_call_phrases") {
            agent.end_call_phrases = body.end_call_phrases;
        }
        if body.status.is_some() {
            agent.status = body.status;
        }
        merge(&mut agent.metadata, body.metadata);
        agent.updated_at = Some(now);
        let agent = agent.clone();
        self.emit("agent.updated", to_map(&agent), None, ctx.now, ctx);
        Ok(object(200, &agent, ctx))
    }

    fn delete_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("agent_id");
        let Some(index) = self.agent_index(id) else {
            return Err(agent_not_found(id, ctx));
        };
        if self
            .calls
            .iter()
            .any(|c| !c.finished() && c.call.agent_id.as_deref() == Some(id))
        {
            return Err(error(
                409,
                "agent_in_use",
                "the agent has calls in progress; delete it once they ended",
                ctx,
            ));
        }
        self.agents.remove(index);
        let deleted = types::DeletedResource {
            id: id.to_string(),
            deleted: Some(true),
        };
        self.emit("agent.deleted", to_map(&deleted), None, ctx.now, ctx);
        Ok(object(200, &deleted, ctx))
    }

    fn agent_stats(&self, id: &str) -> types::AgentStats {
        let calls: Vec<&CallRec> = self
            .calls
            .iter()
            .filter(|c| c.call.agent_id.as_deref() == Some(id))
            .collect();
        let ended = calls.iter().filter(|c| c.finished()).count();
        let durations: Vec<i64> = calls
            .iter()
            .filter(|c| c.call.status == Some(types::CallStatus::Completed))
            .filter_map(|c| c.call.duration)
            .collect();
        let total: i64 = durations.iter().sum();
        types::AgentStats {
            total_calls: Some(calls.len() as i64),
            total_duration_minutes: Some((total as f64 / 60.0).round() as i64),
            avg_call_duration_seconds: Some(if durations.is_empty() {
                0
            } else {
                total / durations.len() as i64
            }),
            success_rate: Some(if ended == 0 {
                0.0
            } else {
                durations.len() as f64 / ended as f64
            }),
        }
    }

    /// The five newest calls matching `filter`, as JSON (the docs leave the shape open).
    fn recent_calls(&self, filter: impl Fn(&CallRec) -> bool) -> Vec<Value> {
        self.calls
            .iter()
            .rev()
            .filter(|c| filter(c))
            .take(5)
            .filter_map(|c| serde_json::to_value(&c.call).ok())
            .collect()
    }

    // -----------------------------------------------------------------------------------------
    // Webhooks
    // -----------------------------------------------------------------------------------------

    fn create_webhook(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let body: types::CreateWebhookRequest = decode(req, ctx)?;
        check_url(&body.url, ctx)?;
        check_events(&body.events, ctx)?;
        let secret = match body.secret {
            Some(secret) => secret,
            None => {
                let bytes: Vec<u8> = (0..24).map(|_| ctx.rng.u8(..)).collect();
                format!(
                    "whsec_{}",
                    base64::engine::general_purpose::STANDARD.encode(bytes)
                )
            }
        };
        let signer = match StandardWebhook::new(&secret) {
            Ok(signer) => signer,
            Err(e) => return Err(error(400, "invalid_request", &e.to_string(), ctx)),
        };
        if self.webhooks.len() >= MAX_WEBHOOKS {
            return Err(error(
                409,
                "webhook_limit_reached",
                &format!("this plan allows at most {MAX_WEBHOOKS} webhook endpoints"),
                ctx,
            ));
        }
        let now = ctx.iso();
        let webhook = types::Webhook {
            id: ctx.id("wh_"),
            url: Some(body.url.trim().to_string()),
            events: body.events,
            description: body.description,
            status: Some(types::WebhookStatus::Active),
            metadata: body.metadata,
            last_triggered_at: None,
            failure_count: None,
            created_at: Some(now.clone()),
            updated_at: Some(now),
        };
        let created = types::WebhookCreated {
            id: Some(webhook.id.clone()),
            url: webhook.url.clone(),
            events: webhook.events.clone(),
            secret: secret.into(),
            description: webhook.description.clone(),
            status: webhook.status.clone(),
            metadata: webhook.metadata.clone(),
            created_at: webhook.created_at.clone(),
            message: None,
            webhook_id: None,
        };
        self.webhooks.push(WebhookRec {
            webhook,
            signer,
            failures: 0,
        });
        Ok(object(201, &created, ctx))
    }

    fn list_webhooks(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, false, ctx)?;
        let status = match req.query("status") {
            None => None,
            Some(s) => {
                let status = types::WebhookStatus::from(s.trim());
                if status.is_unknown() {
                    return Err(error(
                        400,
                        "invalid_status",
                        "status must be `active`, `inactive` or `failing`",
                        ctx,
                    ));
                }
                Some(status)
            }
        };
        let items = self
            .webhooks
            .iter()
            .filter(|w| status.is_none() || w.webhook.status == status)
            .map(|w| {
                (
                    epoch(w.webhook.created_at.as_deref()),
                    w.webhook.id.clone(),
                    w.view(),
                )
            })
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        Ok(Reply::ok(&types::WebhookList {
            data,
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    fn update_webhook(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("webhook_id");
        let Some(index) = self.webhooks.iter().position(|w| w.webhook.id == id) else {
            return Err(webhook_not_found(id, ctx));
        };
        let body: types::UpdateWebhookRequest = decode(req, ctx)?;
        let keys = body_keys(req);
        if let Some(url) = &body.url {
            check_url(url, ctx)?;
        }
        if keys.contains_key("events") {
            check_events(&body.events, ctx)?;
        }
        match &body.status {
            None
            | Some(types::SettableWebhookStatus::Active)
            | Some(types::SettableWebhookStatus::Inactive) => {}
            Some(_) => {
                return Err(error(
                    400,
                    "invalid_status",
                    "status can be set to `active` or `inactive` (`failing` is set by Ringyo)",
                    ctx,
                ))
            }
        }
        let now = ctx.iso();
        let rec = &mut self.webhooks[index];
        if let Some(url) = body.url {
            rec.webhook.url = Some(url.trim().to_string());
        }
        if keys.contains_key("events") {
            rec.webhook.events = body.events;
        }
        if body.description.is_some() {
            rec.webhook.description = body.description;
        }
        merge(&mut rec.webhook.metadata, body.metadata);
        if let Some(status) = body.status {
            let status = match status {
                types::SettableWebhookStatus::Active => {
                    rec.failures = 0;
                    types::WebhookStatus::Active
                }
                _ => types::WebhookStatus::Inactive,
            };
            rec.webhook.status = Some(status);
        }
        rec.webhook.updated_at = Some(now);
        Ok(object(200, &rec.view(), ctx))
    }

    fn delete_webhook(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("webhook_id");
        let Some(index) = self.webhooks.iter().position(|w| w.webhook.id == id) else {
            return Err(webhook_not_found(id, ctx));
        };
        self.webhooks.remove(index);
        Ok(object(
            200,
            &types::DeletedResource {
                id: id.to_string(),
                deleted: Some(true),
            },
            ctx,
        ))
    }

    // -----------------------------------------------------------------------------------------
    // Phone numbers
    // -----------------------------------------------------------------------------------------

    fn list_phone_numbers(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, false, ctx)?;
        let status = match req.query("status") {
            None => None,
            Some(s) => {
                let status = types::PhoneNumberStatus::from(s.trim());
                if status.is_unknown() {
                    return Err(error(
                        400,
                        "invalid_status",
                        "status must be `active`, `pending` or `inactive`",
                        ctx,
                    ));
                }
                Some(status)
            }
        };
        let country = match req.query("country").map(str::trim) {
            None => None,
            Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Some(c.to_ascii_uppercase())
            }
            Some(c) => {
                return Err(error(
                    400,
                    "invalid_country",
                    &format!("country `{c}` is not a two-letter ISO 3166-1 code"),
                    ctx,
                ))
            }
        };
        let items = self
            .phone_numbers
            .iter()
            .filter(|p| status.is_none() || p.status == status)
            .filter(|p| country.is_none() || p.country == country)
            .map(|p| (epoch(p.created_at.as_deref()), p.id.clone(), p.clone()))
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        Ok(Reply::ok(&types::PhoneNumberList {
            data,
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    fn get_phone_number(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("phone_number_id");
        let Some(number) = self.phone_numbers.iter().find(|p| p.id == id) else {
            return Err(error(
                404,
                "phone_number_not_found",
                &format!("no phone number with id `{id}`"),
                ctx,
            ));
        };
        let mut number = number.clone();
        let e164 = number.phone_number.clone();
        let from_here = |c: &CallRec| c.call.from_number == e164;
        for extra in req.query_all("include") {
            match extra.trim() {
                "stats" => {
                    let month = &crate::date(ctx.now)[..7];
                    let (mut calls, mut secs, mut month_calls, mut month_secs) = (0, 0, 0, 0);
                    for c in self.calls.iter().filter(|c| from_here(c)) {
                        let d = c.call.duration.unwrap_or(0);
                        calls += 1;
                        secs += d;
                        if crate::date(c.created).starts_with(month) {
                            month_calls += 1;
                            month_secs += d;
                        }
                    }
                    number.stats = Some(types::PhoneNumberStats {
                        total_calls: Some(calls),
                        total_minutes: Some((secs as f64 / 60.0).round() as i64),
                        calls_this_month: Some(month_calls),
                        minutes_this_month: Some((month_secs as f64 / 60.0).round() as i64),
                    });
                }
                "recent_calls" => number.recent_calls = self.recent_calls(from_here),
                _ => {}
            }
        }
        Ok(object(200, &number, ctx))
    }
}

/// Serves one operation.
pub(crate) fn handle(state: &mut State, op: &OperationMeta, req: &Req, ctx: &mut Ctx) -> Reply {
    // Bring the calls up to now first, so that an answer never lags behind the clock.
    state.advance(ctx);
    let result = match op.id {
        "create_call" => state.create_call(req, ctx),
        "list_calls" => state.list_calls(req, ctx),
        "get_call" => state.get_call(req, ctx),
        "create_agent" => state.create_agent(req, ctx),
        "list_agents" => state.list_agents(req, ctx),
        "get_agent" => state.get_agent(req, ctx),
        "update_agent" => state.update_agent(req, ctx),
        "delete_agent" => state.delete_agent(req, ctx),
        "create_webhook" => state.create_webhook(req, ctx),
        "list_webhooks" => state.list_webhooks(req, ctx),
        "update_webhook" => state.update_webhook(req, ctx),
        "delete_webhook" => state.delete_webhook(req, ctx),
        "list_phone_numbers" => state.list_phone_numbers(req, ctx),
        "get_phone_number" => state.get_phone_number(req, ctx),
        other => Err(error(
            501,
            "not_implemented",
            &format!("{other} is not simulated"),
            ctx,
        )),
    };
    result.unwrap_or_else(|reply| reply)
}

/// Moves calls along the clock.
pub(crate) fn tick(state: &mut State, ctx: &mut Ctx) {
    state.advance(ctx);
}

/// An error in Ringyo's envelope: `{"error": {"code", "message", "details"}, "meta": {"request_id"}}`.
pub(crate) fn error(status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply {
    let body = types::Error {
        error: Some(types::ErrorDetail {
            code: Some(code.into()),
            details: Default::default(),
            message: Some(message.into()),
            extra: Default::default(),
        }),
        message: None,
        meta: Some(types::ResponseMeta {
            request_id: Some(ctx.request_id.clone()),
        }),
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

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

fn can_dial(number: &types::PhoneNumber) -> bool {
    number.status == Some(types::PhoneNumberStatus::Active)
        && number
            .capabilities
            .as_ref()
            .is_some_and(|c| c.voice == Some(true))
}

/// A webhook URL: `https://`, or `http://` to a loopback host; `.invalid` hosts cannot be
/// reached.
fn check_url(url: &str, ctx: &Ctx) -> Result<(), Reply> {
    let invalid = || {
        error(
            400,
            "invalid_url",
            &format!("`{url}` is not a valid HTTPS URL"),
            ctx,
        )
    };
    let parsed = url::Url::parse(url.trim()).map_err(|_| invalid())?;
    if parsed.host().is_none() {
        return Err(invalid());
    }
    match parsed.scheme() {
        "https" => {}
        "http" if crate::is_loopback_url(url.trim()) => {}
        _ => return Err(invalid()),
    }
    let host = parsed.host_str().unwrap_or_default().to_ascii_lowercase();
    if host == "invalid" || host.ends_with(".invalid") {
        return Err(error(
            400,
            "url_unreachable",
            &format!("could not reach `{url}`"),
            ctx,
        ));
    }
    Ok(())
}

fn check_events(events: &[types::WebhookEventName], ctx: &Ctx) -> Result<(), Reply> {
    if events.is_empty() {
        return Err(error(
            400,
            "invalid_events",
            "events must name at least one event (or `*`)",
            ctx,
        ));
    }
    if let Some(unknown) = events.iter().find(|e| e.is_unknown()) {
        return Err(error(
            400,
            "invalid_events",
            &format!("`{}` is not a webhook event", unknown.as_str()),
            ctx,
        ));
    }
    Ok(())
}

/// The agent fields create and update share.
struct AgentFields<'a> {
    name: Option<&'a str>,
    system_prompt: Option<&'a str>,
    voice_id: Option<&'a str>,
    language: Option<&'a str>,
    model: Option<&'a types::AgentModel>,
    temperature: Option<f64>,
    max_tokens: Option<i64>,
    interruption_threshold: Option<f64>,
    end_call_phrases: &'a [String],
}

/// `xx-YY` or `xxx-YY`: the spec's pattern for a language.
fn is_locale(text: &str) -> bool {
    match text.split_once('-') {
        Some((lang, region)) => {
            (2..=3).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_lowercase())
                && region.len() == 2
                && region.bytes().all(|b| b.is_ascii_uppercase())
        }
        None => false,
    }
}

/// Checks the fields that are set; returns the language in its canonical spelling.
fn validate_agent(fields: &AgentFields, ctx: &Ctx) -> Result<Option<String>, Reply> {
    let bad = |code: &str, message: &str| error(400, code, message, ctx);
    if fields.name.is_some_and(|n| n.trim().is_empty()) {
        return Err(bad("invalid_request", "name must not be empty"));
    }
    if let Some(prompt) = fields.system_prompt {
        if prompt.trim().is_empty() {
            return Err(bad(
                "invalid_system_prompt",
                "system_prompt must not be empty",
            ));
        }
        if prompt.chars().count() > MAX_SYSTEM_PROMPT_CHARS {
            return Err(bad(
                "invalid_system_prompt",
                &format!("system_prompt is longer than {MAX_SYSTEM_PROMPT_CHARS} characters"),
            ));
        }
    }
    if let Some(voice) = fields.voice_id {
        // The spec's pattern: a lower-case slug (`sarah-professional`).
        let slug = !voice.is_empty()
            && voice.split(['-', '_']).all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !slug {
            return Err(bad(
                "invalid_voice_id",
                &format!("voice `{voice}` does not exist"),
            ));
        }
    }
    let language = match fields.language {
        None => None,
        // A listed language in its canonical spelling; any other well-formed locale (the
        // spec's pattern: `xx-YY`) is taken as it is, since the docs give only examples.
        Some(language) => match LANGUAGES
            .iter()
            .find(|l| l.eq_ignore_ascii_case(language.trim()))
        {
            Some(l) => Some(l.to_string()),
            None if is_locale(language) => Some(language.to_string()),
            None => {
                return Err(bad(
                    "invalid_language",
                    &format!("language `{language}` is not supported"),
                ))
            }
        },
    };
    if let Some(model) = fields.model.filter(|m| m.is_unknown()) {
        return Err(bad(
            "invalid_model",
            &format!("model `{}` is not available", model.as_str()),
        ));
    }
    for (name, value) in [
        ("temperature", fields.temperature),
        ("interruption_threshold", fields.interruption_threshold),
    ] {
        if value.is_some_and(|v| !(0.0..=1.0).contains(&v)) {
            return Err(bad(
                "invalid_request",
                &format!("{name} must be between 0 and 1"),
            ));
        }
    }
    if fields.max_tokens.is_some_and(|t| !(1..=4096).contains(&t)) {
        return Err(bad(
            "invalid_request",
            "max_tokens must be between 1 and 4096",
        ));
    }
    if fields.end_call_phrases.iter().any(|p| p.trim().is_empty()) {
        return Err(bad(
            "invalid_request",
            "end_call_phrases must not contain empty phrases",
        ));
    }
    Ok(language)
}

// ---------------------------------------------------------------------------------------------
// Pagination and dates
// ---------------------------------------------------------------------------------------------

struct Cursor {
    created: f64,
    id: Option<String>,
}

struct Paging {
    limit: usize,
    after: Option<Cursor>,
    desc: bool,
}

/// `limit`, `cursor` and (for lists that have it) `order`. Lists without `order` are oldest
/// first.
fn paging(req: &Req, has_order: bool, ctx: &Ctx) -> Result<Paging, Reply> {
    let limit = match req.query("limit") {
        None => 20,
        Some(v) => match v.trim().parse::<i64>() {
            Ok(n) if (1..=100).contains(&n) => n as usize,
            _ => {
                return Err(error(
                    400,
                    "invalid_limit",
                    &format!("limit `{v}` must be an integer from 1 to 100"),
                    ctx,
                ))
            }
        },
    };
    let desc = match req.query("order").filter(|_| has_order) {
        None => has_order,
        Some(order) => match types::SortOrder::from(order.trim()) {
            types::SortOrder::Asc => false,
            types::SortOrder::Desc => true,
            _ => {
                return Err(error(
                    400,
                    "invalid_order",
                    "order must be `asc` or `desc`",
                    ctx,
                ))
            }
        },
    };
    let after = match req.query("cursor").filter(|c| !c.trim().is_empty()) {
        None => None,
        Some(text) => Some(decode_cursor(text).ok_or_else(|| {
            error(
                400,
                "invalid_cursor",
                "The cursor is invalid or expired",
                ctx,
            )
        })?),
    };
    Ok(Paging { limit, after, desc })
}

fn encode_cursor(created: f64, id: &str) -> String {
    let json = serde_json::json!({ "created_at": iso8601(created), "id": id });
    base64::engine::general_purpose::STANDARD.encode(json.to_string())
}

fn decode_cursor(text: &str) -> Option<Cursor> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let text = plus_restored(text, 0);
    let bytes = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
        .iter()
        .find_map(|engine| engine.decode(&text).ok())?;
    let value: Map<String, Value> = serde_json::from_slice(&bytes).ok()?;
    let created = parse_datetime(value.get("created_at")?.as_str()?)?;
    let id = match value.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(id.clone()),
        Some(_) => return None,
    };
    Some(Cursor { created, id })
}

/// One page of `(created, id, item)` in the requested order, the next cursor, and the total.
fn page<T>(mut items: Vec<(f64, String, T)>, paging: &Paging) -> (Vec<T>, Option<String>, i64) {
    items.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    if paging.desc {
        items.reverse();
    }
    let total = items.len() as i64;
    let start = match &paging.after {
        None => 0,
        Some(cursor) => items
            .iter()
            .position(|(created, id, _)| {
                let order = created
                    .total_cmp(&cursor.created)
                    .then_with(|| match &cursor.id {
                        Some(cid) => id.as_str().cmp(cid.as_str()),
                        // Only a time: everything at that second was on the previous page.
                        None if paging.desc => std::cmp::Ordering::Less,
                        None => std::cmp::Ordering::Greater,
                    });
                if paging.desc {
                    order.is_lt()
                } else {
                    order.is_gt()
                }
            })
            .unwrap_or(items.len()),
    };
    let more = items.len() - start > paging.limit;
    let page: Vec<(f64, String, T)> = items.into_iter().skip(start).take(paging.limit).collect();
    let next = page
        .last()
        .filter(|_| more)
        .map(|(created, id, _)| encode_cursor(*created, id));
    (
        page.into_iter().map(|(_, _, item)| item).collect(),
        next,
        total,
    )
}

/// `from_date` / `to_date`: `None` when absent; a date-only `to_date` means the end of its day.
fn date_param(req: &Req, name: &str, end_of_day: bool, ctx: &Ctx) -> Result<Option<f64>, Reply> {
    let Some(text) = req.query(name) else {
        return Ok(None);
    };
    // Only past `YYYY-MM-DDTHH:MM:SS` can a space be an offset's `+`; the one at 10 may be the
    // date-time separator.
    let text = plus_restored(text.trim_start(), 19);
    match crate::parse_date_bound(&text, end_of_day) {
        Some(at) => Ok(Some(at)),
        None => Err(error(
            400,
            "invalid_date_format",
            &format!("{name} `{text}` is not an ISO 8601 date (YYYY-MM-DD or a date-time)"),
            ctx,
        )),
    }
}

/// A raw `+` in a query string reads as a space: puts `+` back for the spaces at char index
/// `from` or later (0 for phone numbers and base64 cursors, which hold no spaces; 19 for dates,
/// where only an offset sign can follow the seconds), then trims.
fn plus_restored(text: &str, from: usize) -> String {
    let restored: String = text
        .chars()
        .enumerate()
        .map(|(i, c)| if c == ' ' && i >= from { '+' } else { c })
        .collect();
    restored.trim().to_string()
}

/// Unix seconds of a stored timestamp (ours are always well formed).
fn epoch(text: Option<&str>) -> f64 {
    text.and_then(parse_datetime).unwrap_or(0.0)
}

// ---------------------------------------------------------------------------------------------
// Call outcomes
// ---------------------------------------------------------------------------------------------

/// Draws a call's fate, schedule and conversation. Always draws the same number of values, so
/// one call's fate does not shift the next call's.
fn plan_call(
    agent: &types::Agent,
    customer: Option<&str>,
    created: f64,
    record: bool,
    max_duration: f64,
    ctx: &mut Ctx,
) -> (Timeline, Script) {
    let roll = ctx.rng.f64();
    let queue = 1.0 + ctx.rng.f64() * 2.0;
    let ring = ctx.rng.f64();
    let talk = 20.0 + ctx.rng.f64() * 100.0;
    let outcome_pick = ctx.rng.usize(..4);
    let days_ahead = ctx.rng.u32(1..=9);
    let slot = ctx.rng.usize(..6);
    let jitter: Vec<f64> = (0..12).map(|_| ctx.rng.f64()).collect();

    let fate = match roll {
        r if r < 0.75 => Fate::Completed,
        r if r < 0.87 => Fate::NoAnswer,
        r if r < 0.95 => Fate::Busy,
        _ => Fate::Failed,
    };
    let ring_at = created + queue;
    let talk = talk.min(max_duration).round();
    let (answer_at, end_at) = match fate {
        Fate::Completed => {
            let answer_at = ring_at + 3.0 + ring * 9.0;
            (answer_at, answer_at + talk)
        }
        Fate::NoAnswer => (f64::INFINITY, ring_at + 25.0 + ring * 10.0),
        Fate::Busy => (f64::INFINITY, ring_at + 2.0 + ring * 2.0),
        Fate::Failed => (f64::INFINITY, ring_at),
    };
    let completed = fate == Fate::Completed;
    let times = Timeline {
        fate,
        ring_at,
        answer_at,
        end_at,
        talk: if completed { talk } else { 0.0 },
        transcript_at: end_at + 2.0,
        recording_at: (completed && record).then_some(end_at + 5.0),
    };

    let outcome = [
        "appointment_booked",
        "callback_requested",
        "information_provided",
        "not_interested",
    ][outcome_pick];
    let date = crate::date(created + f64::from(days_ahead) * 86_400.0);
    let time = ["09:00", "10:30", "11:00", "14:00", "15:30", "16:00"][slot];
    let agent_name = agent.name.as_deref().unwrap_or("your assistant");
    let greeting = agent
        .first_message
        .clone()
        .unwrap_or_else(|| format!("Hello! This is {agent_name}. Do you have a moment to talk?"));
    let hello = match customer {
        Some(name) => format!("Hi, this is {name}. Sure, what is this about?"),
        None => "Hi, sure. What is this about?".to_string(),
    };
    let mut lines: Vec<(&str, String)> = vec![
        ("agent", greeting),
        ("user", hello),
        (
            "agent",
            "I'm following up on your recent enquiry and wanted to see how we can help.".into(),
        ),
    ];
    let mut extracted = Map::new();
    let (sentiment, summary) = match outcome {
        "appointment_booked" => {
            lines.push(("user", "Could we set up a meeting to go through it?".into()));
            lines.push((
                "agent",
                format!("Of course. Would {date} at {time} work for you?"),
            ));
            lines.push(("user", "Yes, that works.".into()));
            lines.push((
                "agent",
                format!("Great, you're booked for {date} at {time}. Goodbye!"),
            ));
            extracted.insert("appointment_date".into(), Value::from(date.clone()));
            extracted.insert("appointment_time".into(), Value::from(time));
            (
                "positive",
                format!("The caller booked an appointment for {date} at {time}."),
            )
        }
        "callback_requested" => {
            lines.push((
                "user",
                "I'm busy right now. Can you call me back later?".into(),
            ));
            lines.push((
                "agent",
                format!("Certainly, I'll call you back on {date}. Goodbye!"),
            ));
            extracted.insert("callback_date".into(), Value::from(date.clone()));
            (
                "neutral",
                format!("The caller asked to be called back on {date}."),
            )
        }
        "information_provided" => {
            lines.push(("user", "Can you tell me more about your pricing?".into()));
            lines.push((
                "agent",
                "Sure: plans start with a free trial, and I'll email you the details.".into(),
            ));
            lines.push(("user", "Thanks, that's all I needed.".into()));
            lines.push(("agent", "You're welcome. Goodbye!".into()));
            extracted.insert("topic".into(), Value::from("pricing"));
            (
                "positive",
                "The agent answered the caller's questions about pricing.".into(),
            )
        }
        _ => {
            lines.push(("user", "Thanks, but I'm not interested.".into()));
            lines.push((
                "agent",
                "Understood, thank you for your time. Goodbye!".into(),
            ));
            ("negative", "The caller was not interested.".to_string())
        }
    };
    if let Some(name) = customer {
        extracted.insert("customer_name".into(), Value::from(name));
    }
    let n = lines.len() as f64;
    let transcript = lines
        .into_iter()
        .enumerate()
        .map(|(i, (role, content))| {
            let at = if i == 0 {
                0.0
            } else {
                (talk * (i as f64 + jitter[i % jitter.len()] * 0.5) / n).min(talk)
            };
            types::TranscriptSegment {
                role: Some(role.to_string()),
                content: Some(content),
                timestamp: Some((at * 10.0).round() / 10.0),
            }
        })
        .collect();
    let mut analysis = Map::new();
    analysis.insert("summary".into(), Value::from(summary));
    analysis.insert("sentiment".into(), Value::from(sentiment));
    analysis.insert("outcome".into(), Value::from(outcome));
    analysis.insert(
        "successful".into(),
        Value::from(matches!(
            outcome,
            "appointment_booked" | "information_provided"
        )),
    );
    (
        times,
        Script {
            outcome,
            extracted,
            analysis,
            transcript,
        },
    )
}

/// Ends a call at `at` with `status`.
fn end_call(rec: &mut CallRec, status: types::CallStatus, at: f64) {
    let ended = at.floor();
    rec.stage = Stage::Ended;
    if status == types::CallStatus::Completed {
        rec.call.duration = Some((ended - rec.created).max(0.0) as i64);
    }
    rec.call.status = Some(status);
    rec.call.ended_at = Some(iso8601(ended));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_page() {
        let c = decode_cursor(&encode_cursor(1_705_314_600.0, "call_b")).unwrap();
        assert_eq!(c.created, 1_705_314_600.0);
        assert_eq!(c.id.as_deref(), Some("call_b"));
        // The docs' example: only `created_at`.
        let doc = decode_cursor("eyJjcmVhdGVkX2F0IjoiMjAyNC0wMS0xNVQwOToxNTowMFoifQ==").unwrap();
        assert_eq!(doc.created, 1_705_310_100.0);
        assert!(doc.id.is_none());
        assert!(decode_cursor("not a cursor").is_none());
        assert!(decode_cursor("e30=").is_none()); // {}

        let items = || {
            vec![
                (1.0, "a".to_string(), 'a'),
                (2.0, "c".to_string(), 'c'),
                (2.0, "b".to_string(), 'b'),
                (3.0, "d".to_string(), 'd'),
            ]
        };
        let mut paging = Paging {
            limit: 3,
            after: None,
            desc: true,
        };
        let (first, next, total) = page(items(), &paging);
        assert_eq!(first, vec!['d', 'c', 'b']);
        assert_eq!(total, 4);
        paging.after = decode_cursor(&next.unwrap());
        let (second, next, _) = page(items(), &paging);
        assert_eq!(second, vec!['a']);
        assert!(next.is_none());
        paging.desc = false;
        paging.after = None;
        paging.limit = 2;
        let (first, next, _) = page(items(), &paging);
        assert_eq!(first, vec!['a', 'b']);
        paging.after = decode_cursor(&next.unwrap());
        let (second, _, _) = page(items(), &paging);
        assert_eq!(second, vec!['c', 'd']);
    }
}
