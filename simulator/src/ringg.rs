//! The simulated Ringg AI API.
//!
//! All 41 operations of `spec/ringg.yaml`. JSON bodies decode into the generated request types
//! and every answer is built from the generated response types. Where the docs leave a rule
//! open or contradict themselves, the simulator picks one and says so here:
//!
//! - **Errors**: FastAPI's `{"detail": "…"}` for 4xx, `{"error": {code, message}}` for 402, 429
//!   and 5xx (`error`); a body that does not decode, a missing required field or parameter,
//!   a malformed phone number or date is 422 `{"detail": [{loc, msg, type}]}` (`validation`);
//!   business rules (an archived agent, a KB attached twice, a campaign started twice, no
//!   terminable calls) are 400; unknown ids are 404; no credits left is 402.
//! - **Pagination**: `limit` 1–100 (default 10, the schema's default), `offset` ≥ 0, anything
//!   else 422. Call history is newest first with top-level `limit, offset, count, total`
//!   (`total` always an integer); campaigns carry `pagination {limit, offset, total}`; users,
//!   numbers and assistants carry nothing.
//! - **Calls**: `mobile_number` must be E.164 (`+`, 8–15 digits, the first not 0). v1 wants
//!   exactly one of `from_number_id` / `from_number`; v2 at most one of those and
//!   `number_pool_id`, none meaning the workspace's default pool. Number and pool ids must be
//!   the workspace's (the spec examples' ids are seeded). Each attempt's fate is drawn when the
//!   call is created (`calls.rs`); a call is `registered` for 1–3 s (or until a future
//!   `call_time.scheduled_at`, read as UTC), then `ongoing` while it rings and talks, then
//!   `completed`, `failed`, or `retry` until its next attempt when `call_retry_config` allows
//!   (waits in minutes). Cost: [`CREDITS_PER_MINUTE`] pro rata for the seconds of
//!   conversation (`talk / 60 × rate`), rounded to cents, deducted when the call completes. Call windows (`call_start_time`/`call_end_time`) are
//!   not enforced.
//! - **Webhooks**: deliveries go only to loopback hosts (`localhost`, `127.0.0.0/8`, `[::1]`);
//!   others are not sent but show in `Simulator::deliveries()` with `skipped: true`, so that
//!   the spec examples' `example.com` URLs cause no traffic. Events: `call_started` (dialling starts),
//!   `call_completed` (each attempt), then 3 s later `recording_completed`,
//!   `platform_analysis_completed` and `all_processing_completed`. For each event the last
//!   subscription naming it is used (a later entry overwrites an earlier one). The per-call
//!   `callback_url` gets a `CallStatusCallback` on every status change.
//! - **Campaigns**: `/campaign/save` reads the CSV (quoted fields allowed); the number column is
//!   `variables_map.mobile_number`, else a header like `Mobile Number`/`mobile_number`/`phone`;
//!   numbers without `+` get `country_code` (a `+NN` prefix or `IN`/`US`/`GB`/`AE`). Bad rows
//!   fail the upload (400) unless `remove_invalid_rows`. Campaign times `DD/MM/YYYY, HH:MM` are
//!   read in `call_config.call_time.timezone` (Asia/Kolkata by default; a few zones are
//!   known, others are UTC); calls start at the campaign start or now, 2 s apart. The large
//!   upload goes `uploaded` → `processing` (2 s) → `verifying` (+5 s + 1 ms a row) → `ready`
//!   (+5 s); check-balance and make-call-async need `ready`. The campaign-completion
//!   `callback_url` and the e-mails are not sent (no payload is documented).
//! - **Knowledge bases**: `pending` for 2 s, `processing` for 5 s plus 2 s per item, then
//!   `completed`; files ≤ 10 of ≤ 2 MB and ≤ 5 MB in all, URLs ≤ 20 (400 otherwise).
//! - **Analytics** are computed from the simulated calls, filtered by date (`YYYY-MM-DD`,
//!   inclusive, on the creation time), agent, bulk list and voicemail.

mod agents;
mod analytics;
mod calls;
mod campaigns;
mod edit;
mod history;
mod kb;
mod large;
mod lifecycle;
mod workspace;

use std::collections::HashMap;

use ::http::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use voiceai::ringg::types;
use voiceai::runtime::OperationMeta;

use crate::api::{dispatch, Handler, SimulatedApi};
use crate::conform::Violation;
use crate::{is_e164, parse_datetime, Config, Ctx, Reply, Req};

pub use calls::{Attempt, Call, Stage};
use campaigns::ContactList;
use kb::KnowledgeBase;

/// Credits a minute of conversation costs; a call pays this pro rata for its seconds of
/// conversation, rounded to cents.
pub const CREDITS_PER_MINUTE: f64 = 1.5;
/// Credits a large campaign is estimated to need per contact (check-balance).
pub const CREDITS_PER_CONTACT_ESTIMATE: f64 = 2.0;
/// Waits before each retry of a webhook delivery, simulated seconds.
pub const WEBHOOK_RETRY_DELAYS: [f64; 4] = [0.0, 10.0, 60.0, 120.0];

/// An assistant (agent) of the workspace.
#[derive(Clone, Debug)]
pub(crate) struct Agent {
    pub id: String,
    /// The active version's id.
    pub version_id: String,
    pub name: String,
    pub agent_type: types::AgentType,
    pub language: types::Language,
    pub secondary_language: Option<types::Language>,
    pub voice_id: String,
    pub secondary_voice_id: Option<String>,
    pub intro_message: String,
    pub prompt: types::AgentPrompt,
    pub custom_variables: Vec<String>,
    pub subscriptions: Vec<types::EventSubscription>,
    pub kb_ids: Vec<String>,
    pub inbound_number_ids: Vec<String>,
    pub whitelisted_domains: Vec<String>,
    pub call_config: Map<String, Value>,
    pub classification_labels: HashMap<String, String>,
    /// Fields set by the other `edit_assistant` operations, by field name.
    pub settings: Map<String, Value>,
    /// A/B versions: (id, slug, description).
    pub versions: Vec<(String, String, String)>,
    pub traffic_split: HashMap<String, f64>,
    pub ab_enabled: bool,
    pub archived: bool,
    pub created_at: f64,
    pub updated_at: f64,
}

/// The Ringg workspace.
#[derive(Debug)]
pub struct State {
    /// The workspace key; `regenerate_api_key` replaces it and the old one stops working.
    pub api_key: String,
    /// Credits left; calls are charged when they complete.
    pub credits: f64,
    workspace_id: String,
    workspace_name: String,
    created_at: f64,
    users: Vec<types::WorkspaceUser>,
    numbers: Vec<types::WorkspaceNumber>,
    pool_ids: Vec<String>,
    voices: Vec<types::Voice>,
    agents: Vec<Agent>,
    calls: Vec<Call>,
    lists: Vec<ContactList>,
    kbs: Vec<KnowledgeBase>,
}

impl State {
    pub(crate) fn new(ctx: &mut Ctx) -> State {
        workspace::seed(ctx)
    }

    /// Every call, oldest first (campaign calls included).
    pub fn calls(&self) -> &[Call] {
        &self.calls
    }

    /// One call by id.
    pub fn call(&self, id: &str) -> Option<&Call> {
        self.calls.iter().find(|c| c.id == id)
    }

    fn agent(&self, id: &str, ctx: &Ctx) -> Result<&Agent, Reply> {
        self.agents
            .iter()
            .find(|a| a.id == id)
            .ok_or_else(|| not_found("agent", id, ctx))
    }

    fn agent_mut(&mut self, id: &str, ctx: &Ctx) -> Result<&mut Agent, Reply> {
        self.agents
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or_else(|| not_found("agent", id, ctx))
    }
}

/// Every operation's handler, by operation id.
const HANDLERS: &[(&str, Handler<State>)] = &[
    ("get_workspace", |s, _, c| s.get_workspace(c)),
    ("list_user_workspaces", |s, _, c| s.list_user_workspaces(c)),
    ("list_workspace_users", |s, r, _| s.list_workspace_users(r)),
    ("regenerate_api_key", |s, _, c| s.regenerate_api_key(c)),
    ("list_workspace_numbers", |s, r, _| {
        s.list_workspace_numbers(r)
    }),
    ("list_assistants", |s, r, _| s.list_assistants(r)),
    ("get_assistant", |s, r, c| s.get_assistant(r, c)),
    ("create_agent", |s, r, c| s.create_agent(r, c)),
    ("update_agent", |s, r, c| s.update_agent(r, c)),
    ("edit_assistant", |s, r, c| s.edit_assistant(r, c)),
    ("delete_assistant", |s, r, c| s.delete_assistant(r, c)),
    ("list_assistant_voices", |s, r, _| {
        s.list_assistant_voices(r)
    }),
    ("initiate_individual_call", |s, r, c| {
        s.initiate_call(r, c, false)
    }),
    ("initiate_individual_call_v2", |s, r, c| {
        s.initiate_call(r, c, true)
    }),
    ("list_call_history", |s, r, _| s.list_call_history(r)),
    ("download_call_history", |s, r, _| {
        s.download_call_history(r)
    }),
    ("get_call_details", |s, r, c| s.get_call_details(r, c)),
    ("delete_contact_list", |s, r, c| s.delete_contact_list(r, c)),
    ("upload_campaign_contact_list", |s, r, c| {
        s.upload_contact_list(r, c)
    }),
    ("start_campaign", |s, r, c| s.start_campaign(r, c, false)),
    ("start_campaign_v2", |s, r, c| s.start_campaign(r, c, true)),
    ("list_campaigns", |s, r, c| s.list_campaigns(r, c)),
    ("upload_large_campaign_csv", |s, r, c| {
        s.upload_large_csv(r, c)
    }),
    ("get_large_campaign_upload_status", |s, r, c| {
        s.large_upload_status(r, c)
    }),
    ("check_large_campaign_balance", |s, r, c| {
        s.check_large_balance(r, c)
    }),
    ("start_large_campaign_calls", |s, r, c| {
        s.start_large_calls(r, c)
    }),
    ("terminate_calls", |s, r, c| {
        s.terminate("terminate_calls", r, c)
    }),
    ("terminate_calls_by_agent", |s, r, c| {
        s.terminate("terminate_calls_by_agent", r, c)
    }),
    ("terminate_calls_by_ids", |s, r, c| {
        s.terminate("terminate_calls_by_ids", r, c)
    }),
    ("terminate_campaign_numbers", |s, r, c| {
        s.terminate("terminate_campaign_numbers", r, c)
    }),
    ("terminate_calls_by_numbers", |s, r, c| {
        s.terminate("terminate_calls_by_numbers", r, c)
    }),
    ("create_knowledge_base", |s, r, c| s.create_kb(r, c)),
    ("edit_knowledge_base", |s, r, c| s.edit_kb(r, c)),
    ("list_knowledge_bases", |s, _, _| s.list_kbs()),
    ("get_knowledge_base", |s, r, c| s.get_kb(r, c)),
    ("delete_knowledge_base", |s, r, c| s.delete_kb(r, c)),
    ("get_platform_analytics", |s, r, c| {
        s.analytics("get_platform_analytics", r, c)
    }),
    ("get_number_analytics", |s, r, c| {
        s.analytics("get_number_analytics", r, c)
    }),
    ("get_classification_analytics", |s, r, c| {
        s.analytics("get_classification_analytics", r, c)
    }),
    ("get_duration_distribution", |s, r, c| {
        s.analytics("get_duration_distribution", r, c)
    }),
    ("get_drill_down_analytics", |s, r, c| {
        s.analytics("get_drill_down_analytics", r, c)
    }),
];

impl SimulatedApi for State {
    fn name(&self) -> &'static str {
        "ringg"
    }

    fn prefix(&self) -> &'static str {
        "/ringg"
    }

    fn operations(&self) -> &'static [OperationMeta] {
        &voiceai::ringg::OPERATIONS
    }

    fn spec(&self) -> &'static serde_json::Value {
        static SPEC: std::sync::LazyLock<serde_json::Value> =
            std::sync::LazyLock::new(|| crate::conform::parse(include_str!("../spec/ringg.json")));
        &SPEC
    }

    /// `X-API-KEY` with the workspace's current key.
    fn authenticate(&self, headers: &HeaderMap, _config: &Config) -> Option<String> {
        headers
            .get("x-api-key")
            .and_then(|v| v.to_str().ok())
            .filter(|k| *k == self.api_key)
            .map(str::to_string)
    }

    fn error(&self, status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply {
        error(status, code, message, ctx)
    }

    /// FastAPI's 422.
    fn invalid(&self, _op: &OperationMeta, violation: &Violation, _ctx: &Ctx) -> Reply {
        let location: Vec<&str> = violation.location.iter().map(String::as_str).collect();
        validation(&location, &violation.message)
    }

    #[cfg(test)]
    fn handles(&self, operation: &str) -> bool {
        crate::api::find_handler(HANDLERS, operation).is_some()
    }

    fn handle(&mut self, op: &OperationMeta, req: &Req, ctx: &mut Ctx) -> Reply {
        // Bring calls up to now first, so that an answer never lags behind the clock.
        self.advance(ctx);
        dispatch(self, HANDLERS, op, req, ctx)
    }

    fn tick(&mut self, ctx: &mut Ctx) {
        self.advance(ctx);
    }
}

/// An error in Ringg's shapes: FastAPI's `{"detail": "…"}` for 4xx answers of the live
/// endpoints, the overview's `{"error": {"code", "message"}}` for 402, 429 and 5xx.
fn error(status: u16, code: &str, message: &str, _ctx: &Ctx) -> Reply {
    let body = if status == 402 || status == 429 || status >= 500 {
        types::Error {
            error: Some(types::ErrorBodyError::ErrorInfo(types::ErrorInfo {
                code: Some(code.into()),
                message: Some(message.into()),
                details: None,
                retry_after: None,
                type_: None,
                extra: Default::default(),
            })),
            ..empty_error()
        }
    } else {
        types::Error {
            detail: Some(types::ErrorDetail::String(message.into())),
            ..empty_error()
        }
    };
    Reply::json(status, &body)
}

/// A 422 in FastAPI's validation shape: `{"detail": [{"loc", "msg", "type"}]}`.
fn validation(loc: &[&str], msg: &str) -> Reply {
    let mut item = serde_json::Map::new();
    item.insert("loc".into(), serde_json::json!(loc));
    item.insert("msg".into(), msg.into());
    item.insert("type".into(), "value_error".into());
    Reply::json(
        422,
        &types::Error {
            detail: Some(types::ErrorDetail::Array(vec![item])),
            ..empty_error()
        },
    )
}

fn empty_error() -> types::Error {
    types::Error {
        code: None,
        detail: None,
        error: None,
        error_code: None,
        message: None,
        meta: None,
        msg: None,
        request_id: None,
        retry_after: None,
        status: None,
        extra: Default::default(),
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the operations
// ---------------------------------------------------------------------------------------------

type Answer = Result<Reply, Reply>;

/// The JSON body as its generated type; 422 with serde's message otherwise.
fn decode<T: DeserializeOwned>(req: &Req) -> Result<T, Reply> {
    req.json::<T>().map_err(|m| validation(&["body"], &m))
}

fn not_found(what: &str, id: &str, ctx: &Ctx) -> Reply {
    error(404, "not_found", &format!("{what} `{id}` not found"), ctx)
}

fn bad_request(message: &str, ctx: &Ctx) -> Reply {
    error(400, "bad_request", message, ctx)
}

/// `limit` (1–100, default 10) and `offset` (≥ 0, default 0).
fn paging(req: &Req) -> Result<(usize, usize), Reply> {
    let limit = req
        .query_parse::<i64>("limit")
        .map_err(|m| validation(&["query", "limit"], &m))?
        .unwrap_or(10);
    let offset = req
        .query_parse::<i64>("offset")
        .map_err(|m| validation(&["query", "offset"], &m))?
        .unwrap_or(0);
    if !(1..=100).contains(&limit) {
        return Err(validation(
            &["query", "limit"],
            "limit must be between 1 and 100",
        ));
    }
    if offset < 0 {
        return Err(validation(&["query", "offset"], "offset must be 0 or more"));
    }
    Ok((limit as usize, offset as usize))
}

/// A boolean query parameter (`true`/`false`, `1`/`0`).
fn query_bool(req: &Req, name: &str) -> Result<Option<bool>, Reply> {
    match req.query(name) {
        None => Ok(None),
        Some("true" | "True" | "1") => Ok(Some(true)),
        Some("false" | "False" | "0") => Ok(Some(false)),
        Some(other) => Err(validation(
            &["query", name],
            &format!("`{other}` is not a boolean"),
        )),
    }
}

/// Now without an offset and with microseconds (`2025-11-24T07:33:49.629642`), as
/// `initiated_at` is written.
fn naive_micros(epoch: f64) -> String {
    let text = crate::iso8601_micros(epoch);
    text.trim_end_matches("+00:00").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_handler_serves_an_operation() {
        for (id, _) in HANDLERS {
            assert!(
                voiceai::ringg::OPERATIONS.iter().any(|op| op.id == *id),
                "{id} is not an operation of the spec"
            );
        }
    }

    #[test]
    fn naive_micros_has_no_offset() {
        assert_eq!(naive_micros(1_705_314_600.25), "2024-01-15T10:30:00.250000");
    }
}
