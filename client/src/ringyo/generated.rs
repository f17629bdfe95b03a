// @generated from spec/ringyo.yaml by voiceai-codegen. Do not edit: change the spec or the generator
// and run `cargo xtask regenerate`.

#![allow(
    clippy::all,
    missing_docs,
    unused_imports,
    unused_mut,
    dead_code,
    unreachable_patterns
)]
#[allow(unused_imports)]
use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A voice agent. list_agents returns a summary (no prompt or conversation settings); get, create and update return the full object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Agent {
        ///ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Phrases that end the call.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub end_call_phrases: ::std::vec::Vec<::std::string::String>,
        ///The greeting spoken when a call connects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        ///The agent's ID, e.g. `agent_abc123`.
        pub id: ::std::string::String,
        ///0 to 1; higher lets the caller interrupt more easily.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interruption_threshold: ::std::option::Option<f64>,
        ///Locale, e.g. `en-US`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///Longest reply in tokens.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_tokens: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<AgentModel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Recent calls (with `include=recent_calls`); shape not documented.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_calls: ::std::vec::Vec<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stats: ::std::option::Option<AgentStats>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<AgentStatus>,
        ///The instructions that define personality, goals and behaviour.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_prompt: ::std::option::Option<::std::string::String>,
        ///0 to 1; lower is more focused.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<f64>,
        ///ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///The voice, e.g. `sarah-professional`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_id: ::std::option::Option<::std::string::String>,
    }
    impl Agent {
        pub fn builder() -> builder::Agent {
            Default::default()
        }
    }
    ///One page of agent summaries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AgentList {
        pub data: ::std::vec::Vec<Agent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ResponseMeta>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<OffsetPagination>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl AgentList {
        pub fn builder() -> builder::AgentList {
            Default::default()
        }
    }
    ///An agent's usage statistics (with `include=stats`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AgentStats {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_call_duration_seconds: ::std::option::Option<i64>,
        ///Fraction between 0 and 1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success_rate: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_calls: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_duration_minutes: ::std::option::Option<i64>,
    }
    impl AgentStats {
        pub fn builder() -> builder::AgentStats {
            Default::default()
        }
    }
    ///A call. Fields appear as the docs describe: `duration` once completed, `transcript`, `recording_url` and `analysis` only when requested with `include`, `ended_at` once ended.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Call {
        ///The agent that ran the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_id: ::std::option::Option<::std::string::String>,
        ///AI-generated analysis (with `include=analysis`); shape not documented.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub analysis: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The call's ID in the concepts/calls shape.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_id: ::std::option::Option<::std::string::String>,
        ///Conversation context given to the agent (concepts/calls).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub context: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Length in seconds; present once the call completed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<i64>,
        ///Length in seconds in the concepts/calls shape.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_seconds: ::std::option::Option<i64>,
        ///ISO 8601; absent or null until the call ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_at: ::std::option::Option<::std::string::String>,
        ///Data the agent collected, e.g. an appointment date (shape undocumented).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub extracted_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///The caller ID used (E.164).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_number: ::std::option::Option<::std::string::String>,
        ///The call's ID, e.g. `call_xyz789`.
        pub id: ::std::string::String,
        ///The caller's own key/value data.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Result of the conversation, e.g. `appointment_booked` (values undocumented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub outcome: ::std::option::Option<::std::string::String>,
        ///The destination number (E.164).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///Whether the call is recorded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record: ::std::option::Option<bool>,
        ///The recording (with `include=recording`, when one exists).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<CallStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transcript: ::std::option::Option<CallTranscript>,
    }
    impl Call {
        pub fn builder() -> builder::Call {
            Default::default()
        }
    }
    ///One page of calls.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CallList {
        pub data: ::std::vec::Vec<Call>,
        ///Whether another page follows.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ResponseMeta>,
        ///Pass as `cursor` for the next page; null on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<OffsetPagination>,
        ///Calls matching the filters, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl CallList {
        pub fn builder() -> builder::CallList {
            Default::default()
        }
    }
    ///The transcript: an array of segments (calls-get) or one string with `Agent:` and `Customer:` lines (concepts/calls); see D4.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CallTranscript {
        Array(::std::vec::Vec<TranscriptSegment>),
        String(::std::string::String),
    }
    impl ::std::convert::From<::std::vec::Vec<TranscriptSegment>> for CallTranscript {
        fn from(value: ::std::vec::Vec<TranscriptSegment>) -> Self {
            Self::Array(value)
        }
    }
    ///Body of create_agent. Server defaults are recorded in `x-server-default` and are not sent unless set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateAgentRequest {
        ///Phrases that end the call.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub end_call_phrases: ::std::vec::Vec<::std::string::String>,
        ///The greeting spoken when a call connects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        ///0 to 1; higher lets the caller interrupt more easily (default not documented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interruption_threshold: ::std::option::Option<f64>,
        ///Locale such as `en-US`, `es-ES`, `fr-FR` (server default `en-US`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///Longest reply in tokens (server default not documented; 150 is seen).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_tokens: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<AgentModel>,
        ///Display name, e.g. `Sales Assistant`.
        pub name: ::std::string::String,
        ///Personality, goals and behaviour (maximum length not documented).
        pub system_prompt: ::std::string::String,
        ///0 to 1; lower is more focused (server default 0.7).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<f64>,
        ///The voice; no voice catalogue endpoint is documented.
        pub voice_id: ::std::string::String,
    }
    impl CreateAgentRequest {
        pub fn builder() -> builder::CreateAgentRequest {
            Default::default()
        }
    }
    ///Body of create_call, as the API-reference page documents it. Server defaults are recorded in `x-server-default` and are not sent unless set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateCallRequest {
        ///The agent that runs the call.
        pub agent_id: ::std::string::String,
        ///Free-form details the agent may use in the conversation (customer name, purpose, ...). Shown only on concepts/calls, not on the API-reference page (D2).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub context: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Caller ID (E.164); must be a number the account owns. Defaults to the account's primary number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_number: ::std::option::Option<::std::string::String>,
        ///Longest allowed call, in seconds, 1 to 3600 (server default 3600).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_duration: ::std::option::Option<::std::num::NonZeroU64>,
        ///Your own key/value data, stored with the call.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The number to dial (E.164), e.g. `+14155551234`.
        pub phone_number: ::std::string::String,
        ///Whether to record the call (server default true).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record: ::std::option::Option<bool>,
        ///An HTTPS URL that receives this call's real-time events instead of the account-level webhooks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
    }
    impl CreateCallRequest {
        pub fn builder() -> builder::CreateCallRequest {
            Default::default()
        }
    }
    ///Body of create_webhook.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateWebhookRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The events to receive; `["*"]` for all.
        pub events: ::std::vec::Vec<WebhookEventName>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Your own signing secret: `whsec_` and unpadded base64 of at least 24 bytes (a multiple of 3), as generated ones are; generated when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secret: ::std::option::Option<::std::string::String>,
        ///The HTTPS URL that receives deliveries.
        pub url: ::std::string::String,
    }
    impl CreateWebhookRequest {
        pub fn builder() -> builder::CreateWebhookRequest {
            Default::default()
        }
    }
    ///The answer to a delete.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeletedResource {
        ///Always true on success.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted: ::std::option::Option<bool>,
        ///The deleted resource's ID.
        pub id: ::std::string::String,
    }
    impl DeletedResource {
        pub fn builder() -> builder::DeletedResource {
            Default::default()
        }
    }
    ///The error envelope of the intro page. Every field is optional so that any error body decodes. Documented `error.code` values: invalid_phone_number, agent_not_found, insufficient_credits, rate_limit_exceeded, invalid_from_number (create_call); invalid_cursor, invalid_date_format (list_calls); call_not_found, unauthorized (get_call); invalid_voice_id, agent_limit_reached, invalid_system_prompt, invalid_language (create_agent); agent_not_found, unauthorized (get_agent); agent_in_use (delete_agent); invalid_url, invalid_events, webhook_limit_reached, url_unreachable (create_webhook); invalid_status (list_webhooks); webhook_not_found (delete_webhook); invalid_country (list_phone_numbers). Codes for 401, 403 (missing scope), 429 (per-minute limit) and 500 are not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorDetail>,
        ///Not sent by Ringyo; the client puts the text of a non-JSON error body here so that it is not lost.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ResponseMeta>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`ErrorDetail`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorDetail {
        ///Machine-readable, lower snake_case, e.g. `agent_not_found`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Extra information; shape not documented.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Human-readable explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///The offset pagination object of the intro page (D6). No endpoint page shows it; it is accepted in case the server sends it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OffsetPagination {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl OffsetPagination {
        pub fn builder() -> builder::OffsetPagination {
            Default::default()
        }
    }
    ///A phone number of the account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumber {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub capabilities: ::std::option::Option<PhoneNumberCapabilities>,
        ///ISO 3166-1 alpha-2.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///The agent that answers inbound calls; null if none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_agent_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friendly_name: ::std::option::Option<::std::string::String>,
        ///The number's ID, e.g. `pn_abc123`.
        pub id: ::std::string::String,
        ///E.164.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///Recent calls (with `include=recent_calls`); shape not documented.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_calls: ::std::vec::Vec<::serde_json::Value>,
        ///State or region code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stats: ::std::option::Option<PhoneNumberStats>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<PhoneNumberStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
    }
    impl PhoneNumber {
        pub fn builder() -> builder::PhoneNumber {
            Default::default()
        }
    }
    ///What a number can do.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PhoneNumberCapabilities {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice: ::std::option::Option<bool>,
    }
    impl PhoneNumberCapabilities {
        pub fn builder() -> builder::PhoneNumberCapabilities {
            Default::default()
        }
    }
    ///One page of phone numbers.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberList {
        pub data: ::std::vec::Vec<PhoneNumber>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ResponseMeta>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<OffsetPagination>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl PhoneNumberList {
        pub fn builder() -> builder::PhoneNumberList {
            Default::default()
        }
    }
    ///A number's usage statistics (with `include=stats`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PhoneNumberStats {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calls_this_month: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minutes_this_month: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_calls: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_minutes: ::std::option::Option<i64>,
    }
    impl PhoneNumberStats {
        pub fn builder() -> builder::PhoneNumberStats {
            Default::default()
        }
    }
    ///Response metadata of the intro page's envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ResponseMeta {
        ///The request's ID, e.g. `req_abc123`; quote it to support.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ResponseMeta {
        pub fn builder() -> builder::ResponseMeta {
            Default::default()
        }
    }
    impl ::std::default::Default for SortOrder {
        fn default() -> Self {
            SortOrder::Desc
        }
    }
    ///One utterance of a call transcript.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TranscriptSegment {
        ///What was said.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        ///Who spoke; `agent` and `user` are seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<::std::string::String>,
        ///Seconds from the start of the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<f64>,
    }
    impl TranscriptSegment {
        pub fn builder() -> builder::TranscriptSegment {
            Default::default()
        }
    }
    ///Body of update_agent: every field optional; only the fields sent change. Whether `metadata` is merged or replaced is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateAgentRequest {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub end_call_phrases: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interruption_threshold: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_tokens: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<AgentModel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<AgentStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_prompt: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateAgentRequest {
        pub fn builder() -> builder::UpdateAgentRequest {
            Default::default()
        }
    }
    ///Body of update_webhook. Only `status` is documented (`inactive` to disable, `active` to enable again); the other fields are inferred from the webhook object. `failing` is set by the server only: a request asking for it is refused (400 `invalid_status`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateWebhookRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<WebhookEventName>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<SettableWebhookStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl UpdateWebhookRequest {
        pub fn builder() -> builder::UpdateWebhookRequest {
            Default::default()
        }
    }
    ///A webhook endpoint. The signing secret is not returned after creation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Webhook {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<WebhookEventName>,
        ///Consecutive delivery failures; present when `failing`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_count: ::std::option::Option<i64>,
        ///The endpoint's ID, e.g. `wh_abc123`.
        pub id: ::std::string::String,
        ///ISO 8601 time of the last delivery; null if none yet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_triggered_at: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<WebhookStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl Webhook {
        pub fn builder() -> builder::Webhook {
            Default::default()
        }
    }
    ///The answer to create_webhook: the union of the API-reference shape (the webhook object with its `secret`) and the concepts/webhooks shape (`webhook_id`, `secret`, `message`); see D11. Only `secret`, which both shapes carry, is required. Store it: it is not shown again.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookCreated {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///A reminder to store the secret (concepts/webhooks shape).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The signing secret (`whsec_...`), shown only here.
        pub secret: crate::runtime::Secret,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<WebhookStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///The endpoint's ID in the concepts/webhooks shape.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_id: ::std::option::Option<::std::string::String>,
    }
    impl WebhookCreated {
        pub fn builder() -> builder::WebhookCreated {
            Default::default()
        }
    }
    ///The envelope of every event POSTed to a webhook URL (concepts/webhooks). The `data` payloads of the individual events, the signature header and its algorithm were not archived; there is no event ID for de-duplication. Answer with 2xx within 5 seconds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookDelivery {
        ///The event's payload (shape undocumented).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub event: WebhookEventName,
        ///ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        ///The endpoint that received the delivery.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_id: ::std::option::Option<::std::string::String>,
    }
    impl WebhookDelivery {
        pub fn builder() -> builder::WebhookDelivery {
            Default::default()
        }
    }
    ///One page of webhook endpoints.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookList {
        pub data: ::std::vec::Vec<Webhook>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<ResponseMeta>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<OffsetPagination>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl WebhookList {
        pub fn builder() -> builder::WebhookList {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        /// A builder of [`Agent`](super::Agent): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct Agent {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_call_phrases: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            interruption_threshold: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_tokens: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<super::AgentModel>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recent_calls: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            stats: ::std::result::Result<
                ::std::option::Option<super::AgentStats>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::AgentStatus>,
                ::std::string::String,
            >,
            system_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            temperature: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            voice_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Agent {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    end_call_phrases: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    id: Err(
                        "missing required field `id` of `Agent`: call `.id(..)` on its builder (for a request body: `.body_map(|b| b.id(..))`)"
                            .to_string(),
                    ),
                    interruption_threshold: Ok(Default::default()),
                    language: Ok(Default::default()),
                    max_tokens: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    model: Ok(Default::default()),
                    name: Ok(Default::default()),
                    recent_calls: Ok(Default::default()),
                    stats: Ok(Default::default()),
                    status: Ok(Default::default()),
                    system_prompt: Ok(Default::default()),
                    temperature: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    voice_id: Ok(Default::default()),
                }
            }
        }
        impl Agent {
            /// ISO 8601.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// Phrases that end the call.
            pub fn end_call_phrases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_call_phrases = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_call_phrases: {e}"
                        )
                    });
                self
            }
            /// The greeting spoken when a call connects.
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_message: {e}")
                    });
                self
            }
            /// The agent's ID, e.g. `agent_abc123`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// 0 to 1; higher lets the caller interrupt more easily.
            pub fn interruption_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.interruption_threshold = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for interruption_threshold: {e}"
                        )
                    });
                self
            }
            /// Locale, e.g. `en-US`.
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            /// Longest reply in tokens.
            pub fn max_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_tokens: {e}")
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Sets `model`, a [`AgentModel`](super::AgentModel): The language model behind an agent (documented values; others may exist).
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentModel>>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model: {e}")
                    });
                self
            }
            /// Sets `name`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// Recent calls (with `include=recent_calls`); shape not documented.
            pub fn recent_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.recent_calls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recent_calls: {e}")
                    });
                self
            }
            /// Sets `stats`, a [`AgentStats`](super::AgentStats): An agent's usage statistics (with `include=stats`).
            pub fn stats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentStats>>,
                T::Error: ::std::fmt::Display,
            {
                self.stats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stats: {e}")
                    });
                self
            }
            /// Sets `status`, a [`AgentStatus`](super::AgentStatus): Whether an agent can take calls.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// The instructions that define personality, goals and behaviour.
            pub fn system_prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_prompt: {e}")
                    });
                self
            }
            /// 0 to 1; lower is more focused.
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for temperature: {e}")
                    });
                self
            }
            /// ISO 8601.
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            /// The voice, e.g. `sarah-professional`.
            pub fn voice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.voice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Agent> for super::Agent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Agent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    end_call_phrases: value.end_call_phrases?,
                    first_message: value.first_message?,
                    id: value.id?,
                    interruption_threshold: value.interruption_threshold?,
                    language: value.language?,
                    max_tokens: value.max_tokens?,
                    metadata: value.metadata?,
                    model: value.model?,
                    name: value.name?,
                    recent_calls: value.recent_calls?,
                    stats: value.stats?,
                    status: value.status?,
                    system_prompt: value.system_prompt?,
                    temperature: value.temperature?,
                    updated_at: value.updated_at?,
                    voice_id: value.voice_id?,
                })
            }
        }
        impl ::std::convert::From<super::Agent> for Agent {
            fn from(value: super::Agent) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    end_call_phrases: Ok(value.end_call_phrases),
                    first_message: Ok(value.first_message),
                    id: Ok(value.id),
                    interruption_threshold: Ok(value.interruption_threshold),
                    language: Ok(value.language),
                    max_tokens: Ok(value.max_tokens),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    name: Ok(value.name),
                    recent_calls: Ok(value.recent_calls),
                    stats: Ok(value.stats),
                    status: Ok(value.status),
                    system_prompt: Ok(value.system_prompt),
                    temperature: Ok(value.temperature),
                    updated_at: Ok(value.updated_at),
                    voice_id: Ok(value.voice_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`AgentList`](super::AgentList): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct AgentList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Agent>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ResponseMeta>,
                ::std::string::String,
            >,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::OffsetPagination>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentList {
            fn default() -> Self {
                Self {
                    data: Err(
                        "missing required field `data` of `AgentList`: call `.data(..)` on its builder (for a request body: `.body_map(|b| b.data(..))`)"
                            .to_string(),
                    ),
                    has_more: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_cursor: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl AgentList {
            /// Sets `data`, a [`Agent`](super::Agent): A voice agent. list_agents returns a summary (no prompt or conversation settings); get, create and update return the full object.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Agent>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Sets `has_more`.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            /// Sets `meta`, a [`ResponseMeta`](super::ResponseMeta): Response metadata of the intro page's envelope.
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            /// Sets `next_cursor`.
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            /// Sets `pagination`, a [`OffsetPagination`](super::OffsetPagination): The offset pagination object of the intro page (D6). No endpoint page shows it; it is accepted in case the server sends it.
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OffsetPagination>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            /// Sets `total`.
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentList> for super::AgentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    meta: value.meta?,
                    next_cursor: value.next_cursor?,
                    pagination: value.pagination?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::AgentList> for AgentList {
            fn from(value: super::AgentList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    meta: Ok(value.meta),
                    next_cursor: Ok(value.next_cursor),
                    pagination: Ok(value.pagination),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`AgentStats`](super::AgentStats): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct AgentStats {
            avg_call_duration_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            success_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total_calls: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_duration_minutes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentStats {
            fn default() -> Self {
                Self {
                    avg_call_duration_seconds: Ok(Default::default()),
                    success_rate: Ok(Default::default()),
                    total_calls: Ok(Default::default()),
                    total_duration_minutes: Ok(Default::default()),
                }
            }
        }
        impl AgentStats {
            /// Sets `avg_call_duration_seconds`.
            pub fn avg_call_duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.avg_call_duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for avg_call_duration_seconds: {e}"
                        )
                    });
                self
            }
            /// Fraction between 0 and 1.
            pub fn success_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.success_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_rate: {e}")
                    });
                self
            }
            /// Sets `total_calls`.
            pub fn total_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_calls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_calls: {e}")
                    });
                self
            }
            /// Sets `total_duration_minutes`.
            pub fn total_duration_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_duration_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_duration_minutes: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentStats> for super::AgentStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avg_call_duration_seconds: value.avg_call_duration_seconds?,
                    success_rate: value.success_rate?,
                    total_calls: value.total_calls?,
                    total_duration_minutes: value.total_duration_minutes?,
                })
            }
        }
        impl ::std::convert::From<super::AgentStats> for AgentStats {
            fn from(value: super::AgentStats) -> Self {
                Self {
                    avg_call_duration_seconds: Ok(value.avg_call_duration_seconds),
                    success_rate: Ok(value.success_rate),
                    total_calls: Ok(value.total_calls),
                    total_duration_minutes: Ok(value.total_duration_minutes),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`Call`](super::Call): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct Call {
            agent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            analysis: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            call_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            duration_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extracted_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            from_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            outcome: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            record: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            recording_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::CallStatus>,
                ::std::string::String,
            >,
            transcript: ::std::result::Result<
                ::std::option::Option<super::CallTranscript>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Call {
            fn default() -> Self {
                Self {
                    agent_id: Ok(Default::default()),
                    analysis: Ok(Default::default()),
                    call_id: Ok(Default::default()),
                    context: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    duration_seconds: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    extracted_data: Ok(Default::default()),
                    from_number: Ok(Default::default()),
                    id: Err(
                        "missing required field `id` of `Call`: call `.id(..)` on its builder (for a request body: `.body_map(|b| b.id(..))`)"
                            .to_string(),
                    ),
                    metadata: Ok(Default::default()),
                    outcome: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    record: Ok(Default::default()),
                    recording_url: Ok(Default::default()),
                    status: Ok(Default::default()),
                    transcript: Ok(Default::default()),
                }
            }
        }
        impl Call {
            /// The agent that ran the call.
            pub fn agent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent_id: {e}")
                    });
                self
            }
            /// AI-generated analysis (with `include=analysis`); shape not documented.
            pub fn analysis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.analysis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for analysis: {e}")
                    });
                self
            }
            /// The call's ID in the concepts/calls shape.
            pub fn call_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_id: {e}")
                    });
                self
            }
            /// Conversation context given to the agent (concepts/calls).
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            /// ISO 8601.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// Length in seconds; present once the call completed.
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            /// Length in seconds in the concepts/calls shape.
            pub fn duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for duration_seconds: {e}"
                        )
                    });
                self
            }
            /// ISO 8601; absent or null until the call ended.
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_at: {e}")
                    });
                self
            }
            /// Data the agent collected, e.g. an appointment date (shape undocumented).
            pub fn extracted_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extracted_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for extracted_data: {e}"
                        )
                    });
                self
            }
            /// The caller ID used (E.164).
            pub fn from_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_number: {e}")
                    });
                self
            }
            /// The call's ID, e.g. `call_xyz789`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// The caller's own key/value data.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Result of the conversation, e.g. `appointment_booked` (values undocumented).
            pub fn outcome<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.outcome = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for outcome: {e}")
                    });
                self
            }
            /// The destination number (E.164).
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            /// Whether the call is recorded.
            pub fn record<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.record = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record: {e}")
                    });
                self
            }
            /// The recording (with `include=recording`, when one exists).
            pub fn recording_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recording_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recording_url: {e}")
                    });
                self
            }
            /// Sets `status`, a [`CallStatus`](super::CallStatus): A call's state. The union of the API reference (queued, ringing, in_progress, completed, failed, no_answer, busy) and concepts/calls (initiated, answered, transferred); see D3.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CallStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `transcript`, a [`CallTranscript`](super::CallTranscript): The transcript: an array of segments (calls-get) or one string with `Agent:` and `Customer:` lines (concepts/calls); see D4.
            pub fn transcript<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CallTranscript>>,
                T::Error: ::std::fmt::Display,
            {
                self.transcript = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for transcript: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Call> for super::Call {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Call,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_id: value.agent_id?,
                    analysis: value.analysis?,
                    call_id: value.call_id?,
                    context: value.context?,
                    created_at: value.created_at?,
                    duration: value.duration?,
                    duration_seconds: value.duration_seconds?,
                    ended_at: value.ended_at?,
                    extracted_data: value.extracted_data?,
                    from_number: value.from_number?,
                    id: value.id?,
                    metadata: value.metadata?,
                    outcome: value.outcome?,
                    phone_number: value.phone_number?,
                    record: value.record?,
                    recording_url: value.recording_url?,
                    status: value.status?,
                    transcript: value.transcript?,
                })
            }
        }
        impl ::std::convert::From<super::Call> for Call {
            fn from(value: super::Call) -> Self {
                Self {
                    agent_id: Ok(value.agent_id),
                    analysis: Ok(value.analysis),
                    call_id: Ok(value.call_id),
                    context: Ok(value.context),
                    created_at: Ok(value.created_at),
                    duration: Ok(value.duration),
                    duration_seconds: Ok(value.duration_seconds),
                    ended_at: Ok(value.ended_at),
                    extracted_data: Ok(value.extracted_data),
                    from_number: Ok(value.from_number),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    outcome: Ok(value.outcome),
                    phone_number: Ok(value.phone_number),
                    record: Ok(value.record),
                    recording_url: Ok(value.recording_url),
                    status: Ok(value.status),
                    transcript: Ok(value.transcript),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`CallList`](super::CallList): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct CallList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Call>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ResponseMeta>,
                ::std::string::String,
            >,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::OffsetPagination>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallList {
            fn default() -> Self {
                Self {
                    data: Err(
                        "missing required field `data` of `CallList`: call `.data(..)` on its builder (for a request body: `.body_map(|b| b.data(..))`)"
                            .to_string(),
                    ),
                    has_more: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_cursor: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CallList {
            /// Sets `data`, a [`Call`](super::Call): A call. Fields appear as the docs describe: `duration` once completed, `transcript`, `recording_url` and `analysis` only when requested with `include`, `ended_at` once ended.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Call>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Whether another page follows.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            /// Sets `meta`, a [`ResponseMeta`](super::ResponseMeta): Response metadata of the intro page's envelope.
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            /// Pass as `cursor` for the next page; null on the last page.
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            /// Sets `pagination`, a [`OffsetPagination`](super::OffsetPagination): The offset pagination object of the intro page (D6). No endpoint page shows it; it is accepted in case the server sends it.
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OffsetPagination>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            /// Calls matching the filters, over all pages.
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallList> for super::CallList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    meta: value.meta?,
                    next_cursor: value.next_cursor?,
                    pagination: value.pagination?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::CallList> for CallList {
            fn from(value: super::CallList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    meta: Ok(value.meta),
                    next_cursor: Ok(value.next_cursor),
                    pagination: Ok(value.pagination),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`CreateAgentRequest`](super::CreateAgentRequest): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct CreateAgentRequest {
            end_call_phrases: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interruption_threshold: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_tokens: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<super::AgentModel>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            system_prompt: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            temperature: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            voice_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAgentRequest {
            fn default() -> Self {
                Self {
                    end_call_phrases: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    interruption_threshold: Ok(Default::default()),
                    language: Ok(Default::default()),
                    max_tokens: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    model: Ok(Default::default()),
                    name: Err(
                        "missing required field `name` of `CreateAgentRequest`: call `.name(..)` on its builder (for a request body: `.body_map(|b| b.name(..))`)"
                            .to_string(),
                    ),
                    system_prompt: Err(
                        "missing required field `system_prompt` of `CreateAgentRequest`: call `.system_prompt(..)` on its builder (for a request body: `.body_map(|b| b.system_prompt(..))`)"
                            .to_string(),
                    ),
                    temperature: Ok(Default::default()),
                    voice_id: Err(
                        "missing required field `voice_id` of `CreateAgentRequest`: call `.voice_id(..)` on its builder (for a request body: `.body_map(|b| b.voice_id(..))`)"
                            .to_string(),
                    ),
                }
            }
        }
        impl CreateAgentRequest {
            /// Phrases that end the call.
            pub fn end_call_phrases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_call_phrases = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_call_phrases: {e}"
                        )
                    });
                self
            }
            /// The greeting spoken when a call connects.
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_message: {e}")
                    });
                self
            }
            /// 0 to 1; higher lets the caller interrupt more easily (default not documented).
            pub fn interruption_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.interruption_threshold = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for interruption_threshold: {e}"
                        )
                    });
                self
            }
            /// Locale such as `en-US`, `es-ES`, `fr-FR` (server default `en-US`).
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            /// Longest reply in tokens (server default not documented; 150 is seen).
            pub fn max_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_tokens: {e}")
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Sets `model`, a [`AgentModel`](super::AgentModel): The language model behind an agent (documented values; others may exist).
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentModel>>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model: {e}")
                    });
                self
            }
            /// Display name, e.g. `Sales Assistant`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// Personality, goals and behaviour (maximum length not documented).
            pub fn system_prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.system_prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_prompt: {e}")
                    });
                self
            }
            /// 0 to 1; lower is more focused (server default 0.7).
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for temperature: {e}")
                    });
                self
            }
            /// The voice; no voice catalogue endpoint is documented.
            pub fn voice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.voice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAgentRequest> for super::CreateAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end_call_phrases: value.end_call_phrases?,
                    first_message: value.first_message?,
                    interruption_threshold: value.interruption_threshold?,
                    language: value.language?,
                    max_tokens: value.max_tokens?,
                    metadata: value.metadata?,
                    model: value.model?,
                    name: value.name?,
                    system_prompt: value.system_prompt?,
                    temperature: value.temperature?,
                    voice_id: value.voice_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAgentRequest> for CreateAgentRequest {
            fn from(value: super::CreateAgentRequest) -> Self {
                Self {
                    end_call_phrases: Ok(value.end_call_phrases),
                    first_message: Ok(value.first_message),
                    interruption_threshold: Ok(value.interruption_threshold),
                    language: Ok(value.language),
                    max_tokens: Ok(value.max_tokens),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    name: Ok(value.name),
                    system_prompt: Ok(value.system_prompt),
                    temperature: Ok(value.temperature),
                    voice_id: Ok(value.voice_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`CreateCallRequest`](super::CreateCallRequest): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct CreateCallRequest {
            agent_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            from_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_duration: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            record: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            webhook_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCallRequest {
            fn default() -> Self {
                Self {
                    agent_id: Err(
                        "missing required field `agent_id` of `CreateCallRequest`: call `.agent_id(..)` on its builder (for a request body: `.body_map(|b| b.agent_id(..))`)"
                            .to_string(),
                    ),
                    context: Ok(Default::default()),
                    from_number: Ok(Default::default()),
                    max_duration: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    phone_number: Err(
                        "missing required field `phone_number` of `CreateCallRequest`: call `.phone_number(..)` on its builder (for a request body: `.body_map(|b| b.phone_number(..))`)"
                            .to_string(),
                    ),
                    record: Ok(Default::default()),
                    webhook_url: Ok(Default::default()),
                }
            }
        }
        impl CreateCallRequest {
            /// The agent that runs the call.
            pub fn agent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent_id: {e}")
                    });
                self
            }
            /// Free-form details the agent may use in the conversation (customer name, purpose, ...). Shown only on concepts/calls, not on the API-reference page (D2).
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            /// Caller ID (E.164); must be a number the account owns. Defaults to the account's primary number.
            pub fn from_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_number: {e}")
                    });
                self
            }
            /// Longest allowed call, in seconds, 1 to 3600 (server default 3600).
            pub fn max_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.max_duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_duration: {e}")
                    });
                self
            }
            /// Your own key/value data, stored with the call.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// The number to dial (E.164), e.g. `+14155551234`.
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            /// Whether to record the call (server default true).
            pub fn record<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.record = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record: {e}")
                    });
                self
            }
            /// An HTTPS URL that receives this call's real-time events instead of the account-level webhooks.
            pub fn webhook_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCallRequest> for super::CreateCallRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCallRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_id: value.agent_id?,
                    context: value.context?,
                    from_number: value.from_number?,
                    max_duration: value.max_duration?,
                    metadata: value.metadata?,
                    phone_number: value.phone_number?,
                    record: value.record?,
                    webhook_url: value.webhook_url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCallRequest> for CreateCallRequest {
            fn from(value: super::CreateCallRequest) -> Self {
                Self {
                    agent_id: Ok(value.agent_id),
                    context: Ok(value.context),
                    from_number: Ok(value.from_number),
                    max_duration: Ok(value.max_duration),
                    metadata: Ok(value.metadata),
                    phone_number: Ok(value.phone_number),
                    record: Ok(value.record),
                    webhook_url: Ok(value.webhook_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`CreateWebhookRequest`](super::CreateWebhookRequest): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct CreateWebhookRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventName>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateWebhookRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    events: Err(
                        "missing required field `events` of `CreateWebhookRequest`: call `.events(..)` on its builder (for a request body: `.body_map(|b| b.events(..))`)"
                            .to_string(),
                    ),
                    metadata: Ok(Default::default()),
                    secret: Ok(Default::default()),
                    url: Err(
                        "missing required field `url` of `CreateWebhookRequest`: call `.url(..)` on its builder (for a request body: `.body_map(|b| b.url(..))`)"
                            .to_string(),
                    ),
                }
            }
        }
        impl CreateWebhookRequest {
            /// Sets `description`.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            /// The events to receive; `["*"]` for all.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventName>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Your own signing secret: `whsec_` and unpadded base64 of at least 24 bytes (a multiple of 3), as generated ones are; generated when omitted.
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
            /// The HTTPS URL that receives deliveries.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebhookRequest>
        for super::CreateWebhookRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    events: value.events?,
                    metadata: value.metadata?,
                    secret: value.secret?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateWebhookRequest> for CreateWebhookRequest {
            fn from(value: super::CreateWebhookRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    events: Ok(value.events),
                    metadata: Ok(value.metadata),
                    secret: Ok(value.secret),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`DeletedResource`](super::DeletedResource): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct DeletedResource {
            deleted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DeletedResource {
            fn default() -> Self {
                Self {
                    deleted: Ok(Default::default()),
                    id: Err(
                        "missing required field `id` of `DeletedResource`: call `.id(..)` on its builder (for a request body: `.body_map(|b| b.id(..))`)"
                            .to_string(),
                    ),
                }
            }
        }
        impl DeletedResource {
            /// Always true on success.
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted: {e}")
                    });
                self
            }
            /// The deleted resource's ID.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedResource> for super::DeletedResource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedResource> for DeletedResource {
            fn from(value: super::DeletedResource) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`Error`](super::Error): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct Error {
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorDetail>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ResponseMeta>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    message: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    extra: Err(
                        "missing required field `extra` of `Error`: call `.extra(..)` on its builder (for a request body: `.body_map(|b| b.extra(..))`)"
                            .to_string(),
                    ),
                }
            }
        }
        impl Error {
            /// Sets `error`.
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            /// Not sent by Ringyo; the client puts the text of a non-JSON error body here so that it is not lost.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            /// Sets `meta`, a [`ResponseMeta`](super::ResponseMeta): Response metadata of the intro page's envelope.
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            /// Sets `extra`.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    message: value.message?,
                    meta: value.meta?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error: Ok(value.error),
                    message: Ok(value.message),
                    meta: Ok(value.meta),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`ErrorDetail`](super::ErrorDetail): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct ErrorDetail {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    details: Ok(Default::default()),
                    message: Ok(Default::default()),
                    extra: Err(
                        "missing required field `extra` of `ErrorDetail`: call `.extra(..)` on its builder (for a request body: `.body_map(|b| b.extra(..))`)"
                            .to_string(),
                    ),
                }
            }
        }
        impl ErrorDetail {
            /// Machine-readable, lower snake_case, e.g. `agent_not_found`.
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            /// Extra information; shape not documented.
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            /// Human-readable explanation.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            /// Sets `extra`.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    code: Ok(value.code),
                    details: Ok(value.details),
                    message: Ok(value.message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`OffsetPagination`](super::OffsetPagination): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct OffsetPagination {
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OffsetPagination {
            fn default() -> Self {
                Self {
                    has_more: Ok(Default::default()),
                    limit: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl OffsetPagination {
            /// Sets `has_more`.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            /// Sets `limit`.
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            /// Sets `offset`.
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            /// Sets `total`.
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OffsetPagination> for super::OffsetPagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OffsetPagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    limit: value.limit?,
                    offset: value.offset?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::OffsetPagination> for OffsetPagination {
            fn from(value: super::OffsetPagination) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    limit: Ok(value.limit),
                    offset: Ok(value.offset),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`PhoneNumber`](super::PhoneNumber): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct PhoneNumber {
            capabilities: ::std::result::Result<
                ::std::option::Option<super::PhoneNumberCapabilities>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_agent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recent_calls: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stats: ::std::result::Result<
                ::std::option::Option<super::PhoneNumberStats>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::PhoneNumberStatus>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumber {
            fn default() -> Self {
                Self {
                    capabilities: Ok(Default::default()),
                    country: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    default_agent_id: Ok(Default::default()),
                    friendly_name: Ok(Default::default()),
                    id: Err(
                        "missing required field `id` of `PhoneNumber`: call `.id(..)` on its builder (for a request body: `.body_map(|b| b.id(..))`)"
                            .to_string(),
                    ),
                    phone_number: Ok(Default::default()),
                    recent_calls: Ok(Default::default()),
                    region: Ok(Default::default()),
                    stats: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumber {
            /// Sets `capabilities`, a [`PhoneNumberCapabilities`](super::PhoneNumberCapabilities): What a number can do.
            pub fn capabilities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PhoneNumberCapabilities>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.capabilities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for capabilities: {e}")
                    });
                self
            }
            /// ISO 3166-1 alpha-2.
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            /// Sets `created_at`.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// The agent that answers inbound calls; null if none.
            pub fn default_agent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_agent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_agent_id: {e}"
                        )
                    });
                self
            }
            /// Sets `friendly_name`.
            pub fn friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.friendly_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friendly_name: {e}")
                    });
                self
            }
            /// The number's ID, e.g. `pn_abc123`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// E.164.
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            /// Recent calls (with `include=recent_calls`); shape not documented.
            pub fn recent_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.recent_calls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recent_calls: {e}")
                    });
                self
            }
            /// State or region code.
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region: {e}")
                    });
                self
            }
            /// Sets `stats`, a [`PhoneNumberStats`](super::PhoneNumberStats): A number's usage statistics (with `include=stats`).
            pub fn stats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PhoneNumberStats>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.stats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stats: {e}")
                    });
                self
            }
            /// Sets `status`, a [`PhoneNumberStatus`](super::PhoneNumberStatus): A phone number's state.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PhoneNumberStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `updated_at`.
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumber> for super::PhoneNumber {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumber,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    capabilities: value.capabilities?,
                    country: value.country?,
                    created_at: value.created_at?,
                    default_agent_id: value.default_agent_id?,
                    friendly_name: value.friendly_name?,
                    id: value.id?,
                    phone_number: value.phone_number?,
                    recent_calls: value.recent_calls?,
                    region: value.region?,
                    stats: value.stats?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumber> for PhoneNumber {
            fn from(value: super::PhoneNumber) -> Self {
                Self {
                    capabilities: Ok(value.capabilities),
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    default_agent_id: Ok(value.default_agent_id),
                    friendly_name: Ok(value.friendly_name),
                    id: Ok(value.id),
                    phone_number: Ok(value.phone_number),
                    recent_calls: Ok(value.recent_calls),
                    region: Ok(value.region),
                    stats: Ok(value.stats),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`PhoneNumberCapabilities`](super::PhoneNumberCapabilities): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct PhoneNumberCapabilities {
            sms: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            voice: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberCapabilities {
            fn default() -> Self {
                Self {
                    sms: Ok(Default::default()),
                    voice: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberCapabilities {
            /// Sets `sms`.
            pub fn sms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.sms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sms: {e}")
                    });
                self
            }
            /// Sets `voice`.
            pub fn voice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.voice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberCapabilities>
        for super::PhoneNumberCapabilities {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberCapabilities,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    sms: value.sms?,
                    voice: value.voice?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberCapabilities>
        for PhoneNumberCapabilities {
            fn from(value: super::PhoneNumberCapabilities) -> Self {
                Self {
                    sms: Ok(value.sms),
                    voice: Ok(value.voice),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`PhoneNumberList`](super::PhoneNumberList): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct PhoneNumberList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumber>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ResponseMeta>,
                ::std::string::String,
            >,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::OffsetPagination>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberList {
            fn default() -> Self {
                Self {
                    data: Err(
                        "missing required field `data` of `PhoneNumberList`: call `.data(..)` on its builder (for a request body: `.body_map(|b| b.data(..))`)"
                            .to_string(),
                    ),
                    has_more: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_cursor: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberList {
            /// Sets `data`, a [`PhoneNumber`](super::PhoneNumber): A phone number of the account.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Sets `has_more`.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            /// Sets `meta`, a [`ResponseMeta`](super::ResponseMeta): Response metadata of the intro page's envelope.
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            /// Sets `next_cursor`.
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            /// Sets `pagination`, a [`OffsetPagination`](super::OffsetPagination): The offset pagination object of the intro page (D6). No endpoint page shows it; it is accepted in case the server sends it.
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OffsetPagination>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            /// Sets `total`.
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberList> for super::PhoneNumberList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    meta: value.meta?,
                    next_cursor: value.next_cursor?,
                    pagination: value.pagination?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberList> for PhoneNumberList {
            fn from(value: super::PhoneNumberList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    meta: Ok(value.meta),
                    next_cursor: Ok(value.next_cursor),
                    pagination: Ok(value.pagination),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`PhoneNumberStats`](super::PhoneNumberStats): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct PhoneNumberStats {
            calls_this_month: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minutes_this_month: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_calls: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_minutes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberStats {
            fn default() -> Self {
                Self {
                    calls_this_month: Ok(Default::default()),
                    minutes_this_month: Ok(Default::default()),
                    total_calls: Ok(Default::default()),
                    total_minutes: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberStats {
            /// Sets `calls_this_month`.
            pub fn calls_this_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.calls_this_month = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for calls_this_month: {e}"
                        )
                    });
                self
            }
            /// Sets `minutes_this_month`.
            pub fn minutes_this_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.minutes_this_month = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minutes_this_month: {e}"
                        )
                    });
                self
            }
            /// Sets `total_calls`.
            pub fn total_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_calls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_calls: {e}")
                    });
                self
            }
            /// Sets `total_minutes`.
            pub fn total_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_minutes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberStats> for super::PhoneNumberStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    calls_this_month: value.calls_this_month?,
                    minutes_this_month: value.minutes_this_month?,
                    total_calls: value.total_calls?,
                    total_minutes: value.total_minutes?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberStats> for PhoneNumberStats {
            fn from(value: super::PhoneNumberStats) -> Self {
                Self {
                    calls_this_month: Ok(value.calls_this_month),
                    minutes_this_month: Ok(value.minutes_this_month),
                    total_calls: Ok(value.total_calls),
                    total_minutes: Ok(value.total_minutes),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`ResponseMeta`](super::ResponseMeta): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct ResponseMeta {
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseMeta {
            fn default() -> Self {
                Self {
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ResponseMeta {
            /// The request's ID, e.g. `req_abc123`; quote it to support.
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseMeta> for super::ResponseMeta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseMeta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseMeta> for ResponseMeta {
            fn from(value: super::ResponseMeta) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`TranscriptSegment`](super::TranscriptSegment): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct TranscriptSegment {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TranscriptSegment {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    role: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl TranscriptSegment {
            /// What was said.
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            /// Who spoke; `agent` and `user` are seen.
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            /// Seconds from the start of the call.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TranscriptSegment> for super::TranscriptSegment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TranscriptSegment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    role: value.role?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::TranscriptSegment> for TranscriptSegment {
            fn from(value: super::TranscriptSegment) -> Self {
                Self {
                    content: Ok(value.content),
                    role: Ok(value.role),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`UpdateAgentRequest`](super::UpdateAgentRequest): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct UpdateAgentRequest {
            end_call_phrases: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interruption_threshold: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_tokens: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<super::AgentModel>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::AgentStatus>,
                ::std::string::String,
            >,
            system_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            temperature: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            voice_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateAgentRequest {
            fn default() -> Self {
                Self {
                    end_call_phrases: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    interruption_threshold: Ok(Default::default()),
                    language: Ok(Default::default()),
                    max_tokens: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    model: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    system_prompt: Ok(Default::default()),
                    temperature: Ok(Default::default()),
                    voice_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateAgentRequest {
            /// Sets `end_call_phrases`.
            pub fn end_call_phrases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_call_phrases = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_call_phrases: {e}"
                        )
                    });
                self
            }
            /// Sets `first_message`.
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_message: {e}")
                    });
                self
            }
            /// Sets `interruption_threshold`.
            pub fn interruption_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.interruption_threshold = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for interruption_threshold: {e}"
                        )
                    });
                self
            }
            /// Sets `language`.
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            /// Sets `max_tokens`.
            pub fn max_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_tokens: {e}")
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Sets `model`, a [`AgentModel`](super::AgentModel): The language model behind an agent (documented values; others may exist).
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentModel>>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model: {e}")
                    });
                self
            }
            /// Sets `name`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// Sets `status`, a [`AgentStatus`](super::AgentStatus): Whether an agent can take calls.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `system_prompt`.
            pub fn system_prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_prompt: {e}")
                    });
                self
            }
            /// Sets `temperature`.
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for temperature: {e}")
                    });
                self
            }
            /// Sets `voice_id`.
            pub fn voice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.voice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateAgentRequest> for super::UpdateAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end_call_phrases: value.end_call_phrases?,
                    first_message: value.first_message?,
                    interruption_threshold: value.interruption_threshold?,
                    language: value.language?,
                    max_tokens: value.max_tokens?,
                    metadata: value.metadata?,
                    model: value.model?,
                    name: value.name?,
                    status: value.status?,
                    system_prompt: value.system_prompt?,
                    temperature: value.temperature?,
                    voice_id: value.voice_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateAgentRequest> for UpdateAgentRequest {
            fn from(value: super::UpdateAgentRequest) -> Self {
                Self {
                    end_call_phrases: Ok(value.end_call_phrases),
                    first_message: Ok(value.first_message),
                    interruption_threshold: Ok(value.interruption_threshold),
                    language: Ok(value.language),
                    max_tokens: Ok(value.max_tokens),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    system_prompt: Ok(value.system_prompt),
                    temperature: Ok(value.temperature),
                    voice_id: Ok(value.voice_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`UpdateWebhookRequest`](super::UpdateWebhookRequest): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct UpdateWebhookRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventName>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::SettableWebhookStatus>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateWebhookRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    events: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    status: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl UpdateWebhookRequest {
            /// Sets `description`.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            /// Sets `events`, a [`WebhookEventName`](super::WebhookEventName): An event a webhook endpoint can subscribe to: the union of webhooks-create and concepts/webhooks (D10), plus `*` for every event. `call.started` (API reference) and `call.initiated` (concepts) probably name the same event.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventName>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Sets `status`, a [`SettableWebhookStatus`](super::SettableWebhookStatus): The states a client may set (`failing` is the server's to set).
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SettableWebhookStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `url`.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateWebhookRequest>
        for super::UpdateWebhookRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateWebhookRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    events: value.events?,
                    metadata: value.metadata?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateWebhookRequest> for UpdateWebhookRequest {
            fn from(value: super::UpdateWebhookRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    events: Ok(value.events),
                    metadata: Ok(value.metadata),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`Webhook`](super::Webhook): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct Webhook {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventName>,
                ::std::string::String,
            >,
            failure_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_triggered_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::WebhookStatus>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Webhook {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    events: Ok(Default::default()),
                    failure_count: Ok(Default::default()),
                    id: Err(
                        "missing required field `id` of `Webhook`: call `.id(..)` on its builder (for a request body: `.body_map(|b| b.id(..))`)"
                            .to_string(),
                    ),
                    last_triggered_at: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Webhook {
            /// Sets `created_at`.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// Sets `description`.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            /// Sets `events`, a [`WebhookEventName`](super::WebhookEventName): An event a webhook endpoint can subscribe to: the union of webhooks-create and concepts/webhooks (D10), plus `*` for every event. `call.started` (API reference) and `call.initiated` (concepts) probably name the same event.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventName>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            /// Consecutive delivery failures; present when `failing`.
            pub fn failure_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.failure_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failure_count: {e}")
                    });
                self
            }
            /// The endpoint's ID, e.g. `wh_abc123`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// ISO 8601 time of the last delivery; null if none yet.
            pub fn last_triggered_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_triggered_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_triggered_at: {e}"
                        )
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Sets `status`, a [`WebhookStatus`](super::WebhookStatus): `active` delivers, `inactive` is disabled, `failing` has consecutive delivery failures. The pages disagree on the policy (D12): concepts/webhooks retries 5 times (1 s, 5 s, 30 s, 2 min, 10 min) and disables after 10 consecutive failures; webhooks-list marks `failing` after 5 and disables after 100.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WebhookStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `updated_at`.
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            /// Sets `url`.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Webhook> for super::Webhook {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webhook,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    events: value.events?,
                    failure_count: value.failure_count?,
                    id: value.id?,
                    last_triggered_at: value.last_triggered_at?,
                    metadata: value.metadata?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Webhook> for Webhook {
            fn from(value: super::Webhook) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    events: Ok(value.events),
                    failure_count: Ok(value.failure_count),
                    id: Ok(value.id),
                    last_triggered_at: Ok(value.last_triggered_at),
                    metadata: Ok(value.metadata),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`WebhookCreated`](super::WebhookCreated): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct WebhookCreated {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventName>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            secret: ::std::result::Result<crate::runtime::Secret, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::WebhookStatus>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCreated {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    events: Ok(Default::default()),
                    id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    secret: Err(
                        "missing required field `secret` of `WebhookCreated`: call `.secret(..)` on its builder (for a request body: `.body_map(|b| b.secret(..))`)"
                            .to_string(),
                    ),
                    status: Ok(Default::default()),
                    url: Ok(Default::default()),
                    webhook_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookCreated {
            /// Sets `created_at`.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// Sets `description`.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            /// Sets `events`, a [`WebhookEventName`](super::WebhookEventName): An event a webhook endpoint can subscribe to: the union of webhooks-create and concepts/webhooks (D10), plus `*` for every event. `call.started` (API reference) and `call.initiated` (concepts) probably name the same event.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventName>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            /// Sets `id`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// A reminder to store the secret (concepts/webhooks shape).
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// The signing secret (`whsec_...`), shown only here.
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::runtime::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
            /// Sets `status`, a [`WebhookStatus`](super::WebhookStatus): `active` delivers, `inactive` is disabled, `failing` has consecutive delivery failures. The pages disagree on the policy (D12): concepts/webhooks retries 5 times (1 s, 5 s, 30 s, 2 min, 10 min) and disables after 10 consecutive failures; webhooks-list marks `failing` after 5 and disables after 100.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WebhookStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `url`.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            /// The endpoint's ID in the concepts/webhooks shape.
            pub fn webhook_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCreated> for super::WebhookCreated {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCreated,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    events: value.events?,
                    id: value.id?,
                    message: value.message?,
                    metadata: value.metadata?,
                    secret: value.secret?,
                    status: value.status?,
                    url: value.url?,
                    webhook_id: value.webhook_id?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCreated> for WebhookCreated {
            fn from(value: super::WebhookCreated) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    events: Ok(value.events),
                    id: Ok(value.id),
                    message: Ok(value.message),
                    metadata: Ok(value.metadata),
                    secret: Ok(value.secret),
                    status: Ok(value.status),
                    url: Ok(value.url),
                    webhook_id: Ok(value.webhook_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`WebhookDelivery`](super::WebhookDelivery): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct WebhookDelivery {
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            event: ::std::result::Result<super::WebhookEventName, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            webhook_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookDelivery {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    event: Err(
                        "missing required field `event` of `WebhookDelivery`: call `.event(..)` on its builder (for a request body: `.body_map(|b| b.event(..))`)"
                            .to_string(),
                    ),
                    timestamp: Ok(Default::default()),
                    webhook_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookDelivery {
            /// The event's payload (shape undocumented).
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Sets `event`, a [`WebhookEventName`](super::WebhookEventName): An event a webhook endpoint can subscribe to: the union of webhooks-create and concepts/webhooks (D10), plus `*` for every event. `call.started` (API reference) and `call.initiated` (concepts) probably name the same event.
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventName>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            /// ISO 8601.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            /// The endpoint that received the delivery.
            pub fn webhook_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookDelivery> for super::WebhookDelivery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookDelivery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    event: value.event?,
                    timestamp: value.timestamp?,
                    webhook_id: value.webhook_id?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookDelivery> for WebhookDelivery {
            fn from(value: super::WebhookDelivery) -> Self {
                Self {
                    data: Ok(value.data),
                    event: Ok(value.event),
                    timestamp: Ok(value.timestamp),
                    webhook_id: Ok(value.webhook_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// A builder of [`WebhookList`](super::WebhookList): one setter per field; converts into it with `try_into()` (operation builders take it as is).
        pub struct WebhookList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Webhook>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::ResponseMeta>,
                ::std::string::String,
            >,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::OffsetPagination>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookList {
            fn default() -> Self {
                Self {
                    data: Err(
                        "missing required field `data` of `WebhookList`: call `.data(..)` on its builder (for a request body: `.body_map(|b| b.data(..))`)"
                            .to_string(),
                    ),
                    has_more: Ok(Default::default()),
                    meta: Ok(Default::default()),
                    next_cursor: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl WebhookList {
            /// Sets `data`, a [`Webhook`](super::Webhook): A webhook endpoint. The signing secret is not returned after creation.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Webhook>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Sets `has_more`.
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            /// Sets `meta`, a [`ResponseMeta`](super::ResponseMeta): Response metadata of the intro page's envelope.
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
            /// Sets `next_cursor`.
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            /// Sets `pagination`, a [`OffsetPagination`](super::OffsetPagination): The offset pagination object of the intro page (D6). No endpoint page shows it; it is accepted in case the server sends it.
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OffsetPagination>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            /// Sets `total`.
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookList> for super::WebhookList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    meta: value.meta?,
                    next_cursor: value.next_cursor?,
                    pagination: value.pagination?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookList> for WebhookList {
            fn from(value: super::WebhookList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    meta: Ok(value.meta),
                    next_cursor: Ok(value.next_cursor),
                    pagination: Ok(value.pagination),
                    total: Ok(value.total),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    ///The language model behind an agent (documented values; others may exist).
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum AgentModel {
        ///`gpt-4o`
        Gpt4o,
        ///`gpt-4o-mini`
        Gpt4oMini,
        ///`claude-3-sonnet`
        Claude3Sonnet,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentModel {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "gpt-4o",
            "gpt-4o-mini",
            "claude-3-sonnet",
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Gpt4o => "gpt-4o",
                Self::Gpt4oMini => "gpt-4o-mini",
                Self::Claude3Sonnet => "claude-3-sonnet",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for AgentModel {
        fn from(value: &str) -> Self {
            match value {
                "gpt-4o" => Self::Gpt4o,
                "gpt-4o-mini" => Self::Gpt4oMini,
                "claude-3-sonnet" => Self::Claude3Sonnet,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AgentModel {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for AgentModel {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AgentModel {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentModel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentModel {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentModel {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///Whether an agent can take calls.
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum AgentStatus {
        ///`active`
        Active,
        ///`inactive`
        Inactive,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentStatus {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["active", "inactive"];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Inactive => "inactive",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for AgentStatus {
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AgentStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for AgentStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AgentStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///A call's state. The union of the API reference (queued, ringing, in_progress, completed, failed, no_answer, busy) and concepts/calls (initiated, answered, transferred); see D3.
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum CallStatus {
        ///`queued`
        Queued,
        ///`initiated`
        Initiated,
        ///`ringing`
        Ringing,
        ///`answered`
        Answered,
        ///`in_progress`
        InProgress,
        ///`completed`
        Completed,
        ///`transferred`
        Transferred,
        ///`no_answer`
        NoAnswer,
        ///`busy`
        Busy,
        ///`failed`
        Failed,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl CallStatus {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "queued",
            "initiated",
            "ringing",
            "answered",
            "in_progress",
            "completed",
            "transferred",
            "no_answer",
            "busy",
            "failed",
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Queued => "queued",
                Self::Initiated => "initiated",
                Self::Ringing => "ringing",
                Self::Answered => "answered",
                Self::InProgress => "in_progress",
                Self::Completed => "completed",
                Self::Transferred => "transferred",
                Self::NoAnswer => "no_answer",
                Self::Busy => "busy",
                Self::Failed => "failed",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CallStatus {
        fn from(value: &str) -> Self {
            match value {
                "queued" => Self::Queued,
                "initiated" => Self::Initiated,
                "ringing" => Self::Ringing,
                "answered" => Self::Answered,
                "in_progress" => Self::InProgress,
                "completed" => Self::Completed,
                "transferred" => Self::Transferred,
                "no_answer" => Self::NoAnswer,
                "busy" => Self::Busy,
                "failed" => Self::Failed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CallStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for CallStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CallStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CallStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CallStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CallStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///A phone number's state.
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PhoneNumberStatus {
        ///`active`
        Active,
        ///`pending`
        Pending,
        ///`inactive`
        Inactive,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl PhoneNumberStatus {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["active", "pending", "inactive"];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Pending => "pending",
                Self::Inactive => "inactive",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PhoneNumberStatus {
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "pending" => Self::Pending,
                "inactive" => Self::Inactive,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PhoneNumberStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for PhoneNumberStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PhoneNumberStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PhoneNumberStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PhoneNumberStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PhoneNumberStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///The states a client may set (`failing` is the server's to set).
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum SettableWebhookStatus {
        ///`active`
        Active,
        ///`inactive`
        Inactive,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl SettableWebhookStatus {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["active", "inactive"];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Inactive => "inactive",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for SettableWebhookStatus {
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SettableWebhookStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for SettableWebhookStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for SettableWebhookStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SettableWebhookStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SettableWebhookStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SettableWebhookStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///Sort direction by `created_at`; the server default is `desc` (newest first).
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum SortOrder {
        ///`asc`
        Asc,
        ///`desc`
        Desc,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl SortOrder {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["asc", "desc"];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Asc => "asc",
                Self::Desc => "desc",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for SortOrder {
        fn from(value: &str) -> Self {
            match value {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SortOrder {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for SortOrder {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for SortOrder {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SortOrder {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SortOrder {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///An event a webhook endpoint can subscribe to: the union of webhooks-create and concepts/webhooks (D10), plus `*` for every event. `call.started` (API reference) and `call.initiated` (concepts) probably name the same event.
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum WebhookEventName {
        ///`*`
        All,
        ///`call.started`
        CallStarted,
        ///`call.initiated`
        CallInitiated,
        ///`call.ringing`
        CallRinging,
        ///`call.answered`
        CallAnswered,
        ///`call.completed`
        CallCompleted,
        ///`call.failed`
        CallFailed,
        ///`call.transferred`
        CallTransferred,
        ///`call.recording.ready`
        CallRecordingReady,
        ///`call.transcript.ready`
        CallTranscriptReady,
        ///`agent.created`
        AgentCreated,
        ///`agent.updated`
        AgentUpdated,
        ///`agent.deleted`
        AgentDeleted,
        ///`appointment.created`
        AppointmentCreated,
        ///`appointment.updated`
        AppointmentUpdated,
        ///`appointment.cancelled`
        AppointmentCancelled,
        ///`appointment.reminder`
        AppointmentReminder,
        ///`phone_number.assigned`
        PhoneNumberAssigned,
        ///`phone_number.released`
        PhoneNumberReleased,
        ///`credits.low`
        CreditsLow,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebhookEventName {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "*",
            "call.started",
            "call.initiated",
            "call.ringing",
            "call.answered",
            "call.completed",
            "call.failed",
            "call.transferred",
            "call.recording.ready",
            "call.transcript.ready",
            "agent.created",
            "agent.updated",
            "agent.deleted",
            "appointment.created",
            "appointment.updated",
            "appointment.cancelled",
            "appointment.reminder",
            "phone_number.assigned",
            "phone_number.released",
            "credits.low",
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::All => "*",
                Self::CallStarted => "call.started",
                Self::CallInitiated => "call.initiated",
                Self::CallRinging => "call.ringing",
                Self::CallAnswered => "call.answered",
                Self::CallCompleted => "call.completed",
                Self::CallFailed => "call.failed",
                Self::CallTransferred => "call.transferred",
                Self::CallRecordingReady => "call.recording.ready",
                Self::CallTranscriptReady => "call.transcript.ready",
                Self::AgentCreated => "agent.created",
                Self::AgentUpdated => "agent.updated",
                Self::AgentDeleted => "agent.deleted",
                Self::AppointmentCreated => "appointment.created",
                Self::AppointmentUpdated => "appointment.updated",
                Self::AppointmentCancelled => "appointment.cancelled",
                Self::AppointmentReminder => "appointment.reminder",
                Self::PhoneNumberAssigned => "phone_number.assigned",
                Self::PhoneNumberReleased => "phone_number.released",
                Self::CreditsLow => "credits.low",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for WebhookEventName {
        fn from(value: &str) -> Self {
            match value {
                "*" => Self::All,
                "call.started" => Self::CallStarted,
                "call.initiated" => Self::CallInitiated,
                "call.ringing" => Self::CallRinging,
                "call.answered" => Self::CallAnswered,
                "call.completed" => Self::CallCompleted,
                "call.failed" => Self::CallFailed,
                "call.transferred" => Self::CallTransferred,
                "call.recording.ready" => Self::CallRecordingReady,
                "call.transcript.ready" => Self::CallTranscriptReady,
                "agent.created" => Self::AgentCreated,
                "agent.updated" => Self::AgentUpdated,
                "agent.deleted" => Self::AgentDeleted,
                "appointment.created" => Self::AppointmentCreated,
                "appointment.updated" => Self::AppointmentUpdated,
                "appointment.cancelled" => Self::AppointmentCancelled,
                "appointment.reminder" => Self::AppointmentReminder,
                "phone_number.assigned" => Self::PhoneNumberAssigned,
                "phone_number.released" => Self::PhoneNumberReleased,
                "credits.low" => Self::CreditsLow,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for WebhookEventName {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for WebhookEventName {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for WebhookEventName {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebhookEventName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebhookEventName {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookEventName {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
    ///`active` delivers, `inactive` is disabled, `failing` has consecutive delivery failures. The pages disagree on the policy (D12): concepts/webhooks retries 5 times (1 s, 5 s, 30 s, 2 min, 10 min) and disables after 10 consecutive failures; webhooks-list marks `failing` after 5 and disables after 100.
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum WebhookStatus {
        ///`active`
        Active,
        ///`inactive`
        Inactive,
        ///`failing`
        Failing,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebhookStatus {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["active", "inactive", "failing"];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Inactive => "inactive",
                Self::Failing => "failing",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for WebhookStatus {
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                "failing" => Self::Failing,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for WebhookStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for WebhookStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for WebhookStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebhookStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebhookStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Ringyo AI API

Hand-written description of the Ringyo AI public REST API (outbound and inbound AI voice calls, voice agents, webhooks, phone numbers), compiled from the archived pages of docs.ringyo.ai. Fourteen operations are documented; contacts, appointments and analytics exist only as permission scopes and are left out.

Where the pages disagree, this spec follows the API-reference page of the endpoint over the concept pages and records each decision in an `x-doc-note` next to the affected element (the full register is in the top-level `x-doc-notes`).

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::runtime::ClientState,
}
impl crate::runtime::config::BuildClient for Client {
    fn profile() -> &'static crate::runtime::ApiProfile {
        &API
    }
    fn from_parts(parts: crate::runtime::config::ClientParts) -> Self {
        let (base_url, http, state) = parts.into_parts();
        Self::new_with_client(&base_url, http, state)
    }
}
impl Client {
    ///A builder for a Ringyo AI API client. The key comes from `.api_key(..)`, else from `RINGYO_API_KEY`; the base URL from `.base_url(..)`, else `RINGYO_BASE_URL`, else the spec's server URL.
    pub fn builder() -> crate::runtime::config::ClientBuilder<Self> {
        crate::runtime::config::ClientBuilder::new()
    }
    ///A Ringyo AI API client configured from the environment: `RINGYO_API_KEY` (required) and `RINGYO_BASE_URL` (optional), with the default timeouts, retries and limits.
    pub fn from_env() -> ::std::result::Result<Self, crate::runtime::ConfigError> {
        Self::builder().build()
    }
    /// Replaces the API key of this client and every clone of it (after the vendor
    /// rotated it). Requests already sent keep the old key.
    pub fn set_api_key(
        &self,
        key: impl ::std::convert::Into<::std::string::String>,
    ) -> ::std::result::Result<(), crate::runtime::secret::KeyError> {
        self.inner.set_api_key(key)
    }
    /// What this client and its clones have done since it was built: per operation,
    /// requests, successes, failures by class, retries, 429s met and time waited in the
    /// limiter; the server's last `X-RateLimit-*` figures; and the plan limiter's health.
    /// Print it (`{}` is a table, `summary()` one line) or export it (`serde`).
    pub fn usage(&self) -> crate::runtime::usage::Usage {
        self.inner.usage()
    }
    /// The runtime state: limits, retry budget. Not a public API.
    #[doc(hidden)]
    pub fn state(&self) -> &crate::runtime::ClientState {
        &self.inner
    }
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::runtime::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::runtime::ClientState> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::runtime::ClientState {
        &self.inner
    }
}
impl Client {
    /**List agents

The account's agents as summaries (name, voice, language, model, status, timestamps), newest first unless `order=asc`. Pages with `limit` and `cursor`.

Sends a `GET` request to `/agents`

Arguments:
- `cursor`: The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
- `limit`: Items per page, 1 to 100 (server default 20).
- `order`: Sort direction by `created_at` (server default `desc`).
- `status`: Only agents in this status (`active` or `inactive`).
```ignore
let response = client.list_agents()
    .cursor(cursor)
    .limit(limit)
    .order(order)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_agents(&self) -> builder::ListAgents<'_> {
        builder::ListAgents::new(self)
    }
    /**Create an agent

Creates a voice agent from a name, a system prompt and a voice, with optional greeting, language, model and conversation settings. New agents are `active`.

Sends a `POST` request to `/agents`

Arguments:
- `idempotency_key`: Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.
- `body`
```ignore
let response = client.create_agent()
    .idempotency_key(idempotency_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_agent(&self) -> builder::CreateAgent<'_> {
        builder::CreateAgent::new(self)
    }
    /**Get an agent

One agent's full configuration and, on request (`include`), its usage statistics and recent calls.

Sends a `GET` request to `/agents/{agent_id}`

Arguments:
- `agent_id`: The agent's ID, e.g. `agent_abc123`.
- `include`: Comma-separated extras to return: `stats` (the `stats` object) and `recent_calls` (shape undocumented). Example: `stats`.
```ignore
let response = client.get_agent()
    .agent_id(agent_id)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_agent(&self) -> builder::GetAgent<'_> {
        builder::GetAgent::new(self)
    }
    /**Delete an agent

Deletes an agent permanently. Calls already running with it continue; no new call can start with it. Refused with `agent_in_use` (409) while the agent has active calls.

Sends a `DELETE` request to `/agents/{agent_id}`

Arguments:
- `agent_id`: The agent's ID, e.g. `agent_abc123`.
```ignore
let response = client.delete_agent()
    .agent_id(agent_id)
    .send()
    .await;
```*/
    pub fn delete_agent(&self) -> builder::DeleteAgent<'_> {
        builder::DeleteAgent::new(self)
    }
    /**Update an agent

Partial update: only the fields sent change. `status` can be set here (to deactivate or reactivate an agent) but not on create. Returns the updated agent.

Sends a `PATCH` request to `/agents/{agent_id}`

Arguments:
- `agent_id`: The agent's ID, e.g. `agent_abc123`.
- `body`
```ignore
let response = client.update_agent()
    .agent_id(agent_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_agent(&self) -> builder::UpdateAgent<'_> {
        builder::UpdateAgent::new(self)
    }
    /**List calls

The account's calls, newest first unless `order=asc`, filtered by status, agent, destination number and creation date. Pages with `limit` and the `next_cursor` of the previous page.

Sends a `GET` request to `/calls`

Arguments:
- `agent_id`: Only calls run by this agent.
- `cursor`: The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
- `from_date`: Only calls created after this ISO 8601 date or date-time.
- `limit`: Items per page, 1 to 100 (server default 20).
- `order`: Sort direction by `created_at` (server default `desc`).
- `phone_number`: Only calls to this destination number (E.164).
- `status`: Only calls in this status. The page lists queued, ringing, in_progress, completed, failed, no_answer and busy.
- `to_date`: Only calls created before this ISO 8601 date or date-time.
```ignore
let response = client.list_calls()
    .agent_id(agent_id)
    .cursor(cursor)
    .from_date(from_date)
    .limit(limit)
    .order(order)
    .phone_number(phone_number)
    .status(status)
    .to_date(to_date)
    .send()
    .await;
```*/
    pub fn list_calls(&self) -> builder::ListCalls<'_> {
        builder::ListCalls::new(self)
    }
    /**Start an outbound call

Dials `phone_number` from one of the account's numbers and lets the agent `agent_id` run the conversation. The call starts in `queued`; follow it with get_call or the webhook events.

Sends a `POST` request to `/calls`

Arguments:
- `idempotency_key`: Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.
- `body`
```ignore
let response = client.create_call()
    .idempotency_key(idempotency_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_call(&self) -> builder::CreateCall<'_> {
        builder::CreateCall::new(self)
    }
    /**Get a call

One call with its status and, on request (`include`), its transcript, recording URL and AI analysis.

Sends a `GET` request to `/calls/{call_id}`

Arguments:
- `call_id`: The call's ID, e.g. `call_xyz789`.
- `include`: Comma-separated extras to return: `transcript` (the `transcript` segments), `recording` (`recording_url`, when a recording exists) and `analysis` (the AI analysis object). Example: `transcript,recording`.
```ignore
let response = client.get_call()
    .call_id(call_id)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_call(&self) -> builder::GetCall<'_> {
        builder::GetCall::new(self)
    }
    /**List phone numbers

The account's phone numbers, optionally filtered by status and country. Pages with `limit` and `cursor`.

Sends a `GET` request to `/phone-numbers`

Arguments:
- `country`: Only numbers of this country (ISO 3166-1 alpha-2, e.g. `US`, `GB`, `CA`).
- `cursor`: The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
- `limit`: Items per page, 1 to 100 (server default 20).
- `status`: Only numbers in this status (`active`, `pending` or `inactive`).
```ignore
let response = client.list_phone_numbers()
    .country(country)
    .cursor(cursor)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_phone_numbers(&self) -> builder::ListPhoneNumbers<'_> {
        builder::ListPhoneNumbers::new(self)
    }
    /**Get a phone number

One phone number by its ID (not by the E.164 number) and, on request (`include`), its usage statistics and recent calls.

Sends a `GET` request to `/phone-numbers/{phone_number_id}`

Arguments:
- `phone_number_id`: The phone number's ID, e.g. `pn_abc123`.
- `include`: Comma-separated extras to return: `stats` (the `stats` object) and `recent_calls` (shape undocumented). Example: `stats`.
```ignore
let response = client.get_phone_number()
    .phone_number_id(phone_number_id)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_phone_number(&self) -> builder::GetPhoneNumber<'_> {
        builder::GetPhoneNumber::new(self)
    }
    /**List webhook endpoints

The account's webhook endpoints, optionally filtered by status. Secrets are not returned. Pages with `limit` and `cursor`.

Sends a `GET` request to `/webhooks`

Arguments:
- `cursor`: The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
- `limit`: Items per page, 1 to 100 (server default 20).
- `status`: Only endpoints in this status (`active`, `inactive` or `failing`).
```ignore
let response = client.list_webhooks()
    .cursor(cursor)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_webhooks(&self) -> builder::ListWebhooks<'_> {
        builder::ListWebhooks::new(self)
    }
    /**Create a webhook endpoint

Registers an HTTPS URL to receive the listed events (`["*"]` for all). The signing secret (`whsec_...`) is returned only in this response; pass your own `secret` or let Ringyo generate one.

Sends a `POST` request to `/webhooks`

Arguments:
- `idempotency_key`: Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.
- `body`
```ignore
let response = client.create_webhook()
    .idempotency_key(idempotency_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_webhook(&self) -> builder::CreateWebhook<'_> {
        builder::CreateWebhook::new(self)
    }
    /**Delete a webhook endpoint

Deletes a webhook endpoint permanently; no further events are sent to its URL. To pause deliveries instead, set its status to `inactive` with update_webhook.

Sends a `DELETE` request to `/webhooks/{webhook_id}`

Arguments:
- `webhook_id`: The webhook endpoint's ID, e.g. `wh_abc123`.
```ignore
let response = client.delete_webhook()
    .webhook_id(webhook_id)
    .send()
    .await;
```*/
    pub fn delete_webhook(&self) -> builder::DeleteWebhook<'_> {
        builder::DeleteWebhook::new(self)
    }
    /**Update a webhook endpoint

Changes a webhook endpoint. The only documented use is disabling it without losing its configuration (`{"status": "inactive"}`) and enabling it again later.

Sends a `PATCH` request to `/webhooks/{webhook_id}`

Arguments:
- `webhook_id`: The webhook endpoint's ID, e.g. `wh_abc123`.
- `body`
```ignore
let response = client.update_webhook()
    .webhook_id(webhook_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_webhook(&self) -> builder::UpdateWebhook<'_> {
        builder::UpdateWebhook::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_agents`]

[`Client::list_agents`]: super::Client::list_agents*/
    #[derive(Debug, Clone)]
    pub struct ListAgents<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        order: Result<Option<types::SortOrder>, String>,
        status: Result<Option<types::AgentStatus>, String>,
    }
    impl<'a> ListAgents<'a> {
        /// A builder with nothing set; [`Client::list_agents`](super::Client::list_agents) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                order: Ok(None),
                status: Ok(None),
            }
        }
        /// The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        /// Items per page, 1 to 100 (server default 20).
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        /// Sort direction by `created_at` (server default `desc`).
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `SortOrder` for order failed".to_string());
            self
        }
        /// Only agents in this status (`active` or `inactive`).
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AgentStatus` for status failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agents`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::AgentList>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[0usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, cursor, limit, order, status } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/agents", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::create_agent`]

[`Client::create_agent`]: super::Client::create_agent*/
    #[derive(Debug, Clone)]
    pub struct CreateAgent<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateAgentRequest, String>,
    }
    impl<'a> CreateAgent<'a> {
        /// A builder with nothing set; [`Client::create_agent`](super::Client::create_agent) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        /// The whole request body: the body type, or its builder.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAgentRequest>,
            <V as std::convert::TryInto<
                types::CreateAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateAgentRequest` for body failed: {}", s)
                });
            self
        }
        /// Sets request body fields on the body's builder, e.g. `.body_map(|b| b.name(".."))`; each setter there carries the field's documentation.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAgentRequest,
            ) -> types::builder::CreateAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agents`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::Agent>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[1usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateAgentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/agents", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::get_agent`]

[`Client::get_agent`]: super::Client::get_agent*/
    #[derive(Debug, Clone)]
    pub struct GetAgent<'a> {
        client: &'a super::Client,
        agent_id: Result<::std::string::String, String>,
        include: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetAgent<'a> {
        /// A builder with nothing set; [`Client::get_agent`](super::Client::get_agent) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                agent_id: Err(
                    "missing required parameter `agent_id`: call `.agent_id(..)` before `.send()`"
                        .to_string(),
                ),
                include: Ok(None),
            }
        }
        /// The agent's ID, e.g. `agent_abc123`.
        ///
        /// Required.
        pub fn agent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.agent_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for agent_id failed"
                        .to_string()
                });
            self
        }
        /// Comma-separated extras to return: `stats` (the `stats` object) and `recent_calls` (shape undocumented). Example: `stats`.
        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agents/{agent_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::Agent>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[2usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, agent_id, include } = self;
            let agent_id = agent_id.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agents/{}", client.baseurl, crate
                ::runtime::path::segment("agent_id", & agent_id.to_string())
                .map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("include", &include))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::delete_agent`]

[`Client::delete_agent`]: super::Client::delete_agent*/
    #[derive(Debug, Clone)]
    pub struct DeleteAgent<'a> {
        client: &'a super::Client,
        agent_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteAgent<'a> {
        /// A builder with nothing set; [`Client::delete_agent`](super::Client::delete_agent) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                agent_id: Err(
                    "missing required parameter `agent_id`: call `.agent_id(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        /// The agent's ID, e.g. `agent_abc123`.
        ///
        /// Required.
        pub fn agent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.agent_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for agent_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/agents/{agent_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<
                crate::runtime::Response<types::DeletedResource>,
            >,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[3usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, agent_id } = self;
            let agent_id = agent_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agents/{}", client.baseurl, crate
                ::runtime::path::segment("agent_id", & agent_id.to_string())
                .map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::update_agent`]

[`Client::update_agent`]: super::Client::update_agent*/
    #[derive(Debug, Clone)]
    pub struct UpdateAgent<'a> {
        client: &'a super::Client,
        agent_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateAgentRequest, String>,
    }
    impl<'a> UpdateAgent<'a> {
        /// A builder with nothing set; [`Client::update_agent`](super::Client::update_agent) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                agent_id: Err(
                    "missing required parameter `agent_id`: call `.agent_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The agent's ID, e.g. `agent_abc123`.
        ///
        /// Required.
        pub fn agent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.agent_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for agent_id failed"
                        .to_string()
                });
            self
        }
        /// The whole request body: the body type, or its builder.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateAgentRequest>,
            <V as std::convert::TryInto<
                types::UpdateAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateAgentRequest` for body failed: {}", s)
                });
            self
        }
        /// Sets request body fields on the body's builder, e.g. `.body_map(|b| b.name(".."))`; each setter there carries the field's documentation.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateAgentRequest,
            ) -> types::builder::UpdateAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/agents/{agent_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::Agent>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[4usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, agent_id, body } = self;
            let agent_id = agent_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateAgentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agents/{}", client.baseurl, crate
                ::runtime::path::segment("agent_id", & agent_id.to_string())
                .map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::list_calls`]

[`Client::list_calls`]: super::Client::list_calls*/
    #[derive(Debug, Clone)]
    pub struct ListCalls<'a> {
        client: &'a super::Client,
        agent_id: Result<Option<::std::string::String>, String>,
        cursor: Result<Option<::std::string::String>, String>,
        from_date: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        order: Result<Option<types::SortOrder>, String>,
        phone_number: Result<Option<::std::string::String>, String>,
        status: Result<Option<types::CallStatus>, String>,
        to_date: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCalls<'a> {
        /// A builder with nothing set; [`Client::list_calls`](super::Client::list_calls) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                agent_id: Ok(None),
                cursor: Ok(None),
                from_date: Ok(None),
                limit: Ok(None),
                order: Ok(None),
                phone_number: Ok(None),
                status: Ok(None),
                to_date: Ok(None),
            }
        }
        /// Only calls run by this agent.
        pub fn agent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.agent_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for agent_id failed"
                        .to_string()
                });
            self
        }
        /// The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        /// Only calls created after this ISO 8601 date or date-time.
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_date failed"
                        .to_string()
                });
            self
        }
        /// Items per page, 1 to 100 (server default 20).
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        /// Sort direction by `created_at` (server default `desc`).
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `SortOrder` for order failed".to_string());
            self
        }
        /// Only calls to this destination number (E.164).
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number failed"
                        .to_string()
                });
            self
        }
        /// Only calls in this status. The page lists queued, ringing, in_progress, completed, failed, no_answer and busy.
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `CallStatus` for status failed".to_string());
            self
        }
        /// Only calls created before this ISO 8601 date or date-time.
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/calls`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::CallList>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[5usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self {
                client,
                agent_id,
                cursor,
                from_date,
                limit,
                order,
                phone_number,
                status,
                to_date,
            } = self;
            let agent_id = agent_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let phone_number = phone_number.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let url = format!("{}/calls", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("agent_id", &agent_id))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from_date", &from_date))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(
                    &progenitor_client::QueryParam::new("phone_number", &phone_number),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("to_date", &to_date))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::create_call`]

[`Client::create_call`]: super::Client::create_call*/
    #[derive(Debug, Clone)]
    pub struct CreateCall<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateCallRequest, String>,
    }
    impl<'a> CreateCall<'a> {
        /// A builder with nothing set; [`Client::create_call`](super::Client::create_call) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        /// The whole request body: the body type, or its builder.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCallRequest>,
            <V as std::convert::TryInto<
                types::CreateCallRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateCallRequest` for body failed: {}", s)
                });
            self
        }
        /// Sets request body fields on the body's builder, e.g. `.body_map(|b| b.name(".."))`; each setter there carries the field's documentation.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCallRequest,
            ) -> types::builder::CreateCallRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/calls`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::Call>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[6usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateCallRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/calls", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::get_call`]

[`Client::get_call`]: super::Client::get_call*/
    #[derive(Debug, Clone)]
    pub struct GetCall<'a> {
        client: &'a super::Client,
        call_id: Result<::std::string::String, String>,
        include: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetCall<'a> {
        /// A builder with nothing set; [`Client::get_call`](super::Client::get_call) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                call_id: Err(
                    "missing required parameter `call_id`: call `.call_id(..)` before `.send()`"
                        .to_string(),
                ),
                include: Ok(None),
            }
        }
        /// The call's ID, e.g. `call_xyz789`.
        ///
        /// Required.
        pub fn call_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.call_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for call_id failed"
                        .to_string()
                });
            self
        }
        /// Comma-separated extras to return: `transcript` (the `transcript` segments), `recording` (`recording_url`, when a recording exists) and `analysis` (the AI analysis object). Example: `transcript,recording`.
        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/calls/{call_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::Call>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[7usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, call_id, include } = self;
            let call_id = call_id.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/calls/{}", client.baseurl, crate ::runtime::path::segment("call_id",
                & call_id.to_string()).map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("include", &include))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::list_phone_numbers`]

[`Client::list_phone_numbers`]: super::Client::list_phone_numbers*/
    #[derive(Debug, Clone)]
    pub struct ListPhoneNumbers<'a> {
        client: &'a super::Client,
        country: Result<Option<::std::string::String>, String>,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        status: Result<Option<types::PhoneNumberStatus>, String>,
    }
    impl<'a> ListPhoneNumbers<'a> {
        /// A builder with nothing set; [`Client::list_phone_numbers`](super::Client::list_phone_numbers) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                country: Ok(None),
                cursor: Ok(None),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        /// Only numbers of this country (ISO 3166-1 alpha-2, e.g. `US`, `GB`, `CA`).
        pub fn country<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.country = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for country failed"
                        .to_string()
                });
            self
        }
        /// The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        /// Items per page, 1 to 100 (server default 20).
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        /// Only numbers in this status (`active`, `pending` or `inactive`).
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PhoneNumberStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `PhoneNumberStatus` for status failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/phone-numbers`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<
                crate::runtime::Response<types::PhoneNumberList>,
            >,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[8usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, country, cursor, limit, status } = self;
            let country = country.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/phone-numbers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("country", &country))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::get_phone_number`]

[`Client::get_phone_number`]: super::Client::get_phone_number*/
    #[derive(Debug, Clone)]
    pub struct GetPhoneNumber<'a> {
        client: &'a super::Client,
        phone_number_id: Result<::std::string::String, String>,
        include: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetPhoneNumber<'a> {
        /// A builder with nothing set; [`Client::get_phone_number`](super::Client::get_phone_number) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                phone_number_id: Err(
                    "missing required parameter `phone_number_id`: call `.phone_number_id(..)` before `.send()`"
                        .to_string(),
                ),
                include: Ok(None),
            }
        }
        /// The phone number's ID, e.g. `pn_abc123`.
        ///
        /// Required.
        pub fn phone_number_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number_id failed"
                        .to_string()
                });
            self
        }
        /// Comma-separated extras to return: `stats` (the `stats` object) and `recent_calls` (shape undocumented). Example: `stats`.
        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/phone-numbers/{phone_number_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::PhoneNumber>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[9usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, phone_number_id, include } = self;
            let phone_number_id = phone_number_id.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/phone-numbers/{}", client.baseurl, crate
                ::runtime::path::segment("phone_number_id", & phone_number_id
                .to_string()).map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("include", &include))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::list_webhooks`]

[`Client::list_webhooks`]: super::Client::list_webhooks*/
    #[derive(Debug, Clone)]
    pub struct ListWebhooks<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        status: Result<Option<types::WebhookStatus>, String>,
    }
    impl<'a> ListWebhooks<'a> {
        /// A builder with nothing set; [`Client::list_webhooks`](super::Client::list_webhooks) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        /// The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        /// Items per page, 1 to 100 (server default 20).
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        /// Only endpoints in this status (`active`, `inactive` or `failing`).
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebhookStatus` for status failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/webhooks`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::WebhookList>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[10usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, cursor, limit, status } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::create_webhook`]

[`Client::create_webhook`]: super::Client::create_webhook*/
    #[derive(Debug, Clone)]
    pub struct CreateWebhook<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateWebhookRequest, String>,
    }
    impl<'a> CreateWebhook<'a> {
        /// A builder with nothing set; [`Client::create_webhook`](super::Client::create_webhook) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        /// The whole request body: the body type, or its builder.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebhookRequest>,
            <V as std::convert::TryInto<
                types::CreateWebhookRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateWebhookRequest` for body failed: {}", s
                    )
                });
            self
        }
        /// Sets request body fields on the body's builder, e.g. `.body_map(|b| b.name(".."))`; each setter there carries the field's documentation.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebhookRequest,
            ) -> types::builder::CreateWebhookRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/webhooks`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<
                crate::runtime::Response<types::WebhookCreated>,
            >,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[11usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateWebhookRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::delete_webhook`]

[`Client::delete_webhook`]: super::Client::delete_webhook*/
    #[derive(Debug, Clone)]
    pub struct DeleteWebhook<'a> {
        client: &'a super::Client,
        webhook_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteWebhook<'a> {
        /// A builder with nothing set; [`Client::delete_webhook`](super::Client::delete_webhook) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err(
                    "missing required parameter `webhook_id`: call `.webhook_id(..)` before `.send()`"
                        .to_string(),
                ),
            }
        }
        /// The webhook endpoint's ID, e.g. `wh_abc123`.
        ///
        /// Required.
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webhook_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/webhooks/{webhook_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<
                crate::runtime::Response<types::DeletedResource>,
            >,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[12usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, webhook_id } = self;
            let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, crate
                ::runtime::path::segment("webhook_id", & webhook_id.to_string())
                .map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    /**Builder for [`Client::update_webhook`]

[`Client::update_webhook`]: super::Client::update_webhook*/
    #[derive(Debug, Clone)]
    pub struct UpdateWebhook<'a> {
        client: &'a super::Client,
        webhook_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateWebhookRequest, String>,
    }
    impl<'a> UpdateWebhook<'a> {
        /// A builder with nothing set; [`Client::update_webhook`](super::Client::update_webhook) makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err(
                    "missing required parameter `webhook_id`: call `.webhook_id(..)` before `.send()`"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The webhook endpoint's ID, e.g. `wh_abc123`.
        ///
        /// Required.
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webhook_id failed"
                        .to_string()
                });
            self
        }
        /// The whole request body: the body type, or its builder.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateWebhookRequest>,
            <V as std::convert::TryInto<
                types::UpdateWebhookRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateWebhookRequest` for body failed: {}", s
                    )
                });
            self
        }
        /// Sets request body fields on the body's builder, e.g. `.body_map(|b| b.name(".."))`; each setter there carries the field's documentation.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateWebhookRequest,
            ) -> types::builder::UpdateWebhookRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/webhooks/{webhook_id}`
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = crate::runtime::Result<crate::runtime::Response<types::Webhook>>,
        > + 'a {
            let client = self.client;
            let request = self.request().map_err(crate::runtime::call::build_error);
            crate::runtime::call::execute(
                &client.inner,
                &client.client,
                &super::OPERATIONS[13usize],
                request,
            )
        }
        fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, Error<types::Error>> {
            let Self { client, webhook_id, body } = self;
            let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateWebhookRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, crate
                ::runtime::path::segment("webhook_id", & webhook_id.to_string())
                .map_err(Error::InvalidRequest) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            Ok(request)
        }
    }
    impl<'a> ListAgents<'a> {
        ///Every item of `list_agents` across pages, fetched lazily one page at a time through the client (rate limits and retries apply). The builder's filters apply to every page; its `limit` sets the page size (default 100), its `cursor` the first page. A server that returns a page or a cursor it returned before ends the stream with an error instead of looping.
        pub fn stream(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<types::Agent, crate::runtime::Error>,
                > + ::std::marker::Send + 'a,
            >,
        > {
            self.stream_with(::std::default::Default::default())
        }
        /// Like `stream()`, stopping at the bounds of `limits` (pages fetched, items
        /// yielded).
        pub fn stream_with(
            self,
            limits: crate::runtime::pagination::StreamLimits,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<types::Agent, crate::runtime::Error>,
                > + ::std::marker::Send + 'a,
            >,
        > {
            let start = self
                .cursor
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_text(v));
            let limit = self
                .limit
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_count(v))
                .unwrap_or(crate::runtime::pagination::DEFAULT_PAGE_SIZE);
            ::std::boxed::Box::pin(
                crate::runtime::pagination::cursor_stream(
                    ("ringyo", "list_agents"),
                    start,
                    limits,
                    move |cursor| {
                        let mut request = self.clone().limit(limit);
                        if let ::std::option::Option::Some(cursor) = cursor {
                            request = request.cursor(cursor);
                        }
                        async move {
                            let page: types::AgentList = request
                                .send()
                                .await?
                                .into_inner();
                            let next_cursor = crate::runtime::pagination::as_text(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.next_cursor.as_ref()),
                            );
                            let has_more = crate::runtime::pagination::as_flag(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.has_more.as_ref()),
                            );
                            let items = ::std::option::Option::Some(page)
                                .map(|x| x.data)
                                .unwrap_or_default();
                            Ok(crate::runtime::pagination::CursorPage {
                                items,
                                next_cursor,
                                has_more,
                            })
                        }
                    },
                ),
            )
        }
    }
    impl<'a> ListCalls<'a> {
        ///Every item of `list_calls` across pages, fetched lazily one page at a time through the client (rate limits and retries apply). The builder's filters apply to every page; its `limit` sets the page size (default 100), its `cursor` the first page. A server that returns a page or a cursor it returned before ends the stream with an error instead of looping.
        pub fn stream(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<types::Call, crate::runtime::Error>,
                > + ::std::marker::Send + 'a,
            >,
        > {
            self.stream_with(::std::default::Default::default())
        }
        /// Like `stream()`, stopping at the bounds of `limits` (pages fetched, items
        /// yielded).
        pub fn stream_with(
            self,
            limits: crate::runtime::pagination::StreamLimits,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<types::Call, crate::runtime::Error>,
                > + ::std::marker::Send + 'a,
            >,
        > {
            let start = self
                .cursor
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_text(v));
            let limit = self
                .limit
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_count(v))
                .unwrap_or(crate::runtime::pagination::DEFAULT_PAGE_SIZE);
            ::std::boxed::Box::pin(
                crate::runtime::pagination::cursor_stream(
                    ("ringyo", "list_calls"),
                    start,
                    limits,
                    move |cursor| {
                        let mut request = self.clone().limit(limit);
                        if let ::std::option::Option::Some(cursor) = cursor {
                            request = request.cursor(cursor);
                        }
                        async move {
                            let page: types::CallList = request
                                .send()
                                .await?
                                .into_inner();
                            let next_cursor = crate::runtime::pagination::as_text(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.next_cursor.as_ref()),
                            );
                            let has_more = crate::runtime::pagination::as_flag(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.has_more.as_ref()),
                            );
                            let items = ::std::option::Option::Some(page)
                                .map(|x| x.data)
                                .unwrap_or_default();
                            Ok(crate::runtime::pagination::CursorPage {
                                items,
                                next_cursor,
                                has_more,
                            })
                        }
                    },
                ),
            )
        }
    }
    impl<'a> ListPhoneNumbers<'a> {
        ///Every item of `list_phone_numbers` across pages, fetched lazily one page at a time through the client (rate limits and retries apply). The builder's filters apply to every page; its `limit` sets the page size (default 100), its `cursor` the first page. A server that returns a page or a cursor it returned before ends the stream with an error instead of looping.
        pub fn stream(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<
                        types::PhoneNumber,
                        crate::runtime::Error,
                    >,
                > + ::std::marker::Send + 'a,
            >,
        > {
            self.stream_with(::std::default::Default::default())
        }
        /// Like `stream()`, stopping at the bounds of `limits` (pages fetched, items
        /// yielded).
        pub fn stream_with(
            self,
            limits: crate::runtime::pagination::StreamLimits,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<
                        types::PhoneNumber,
                        crate::runtime::Error,
                    >,
                > + ::std::marker::Send + 'a,
            >,
        > {
            let start = self
                .cursor
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_text(v));
            let limit = self
                .limit
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_count(v))
                .unwrap_or(crate::runtime::pagination::DEFAULT_PAGE_SIZE);
            ::std::boxed::Box::pin(
                crate::runtime::pagination::cursor_stream(
                    ("ringyo", "list_phone_numbers"),
                    start,
                    limits,
                    move |cursor| {
                        let mut request = self.clone().limit(limit);
                        if let ::std::option::Option::Some(cursor) = cursor {
                            request = request.cursor(cursor);
                        }
                        async move {
                            let page: types::PhoneNumberList = request
                                .send()
                                .await?
                                .into_inner();
                            let next_cursor = crate::runtime::pagination::as_text(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.next_cursor.as_ref()),
                            );
                            let has_more = crate::runtime::pagination::as_flag(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.has_more.as_ref()),
                            );
                            let items = ::std::option::Option::Some(page)
                                .map(|x| x.data)
                                .unwrap_or_default();
                            Ok(crate::runtime::pagination::CursorPage {
                                items,
                                next_cursor,
                                has_more,
                            })
                        }
                    },
                ),
            )
        }
    }
    impl<'a> ListWebhooks<'a> {
        ///Every item of `list_webhooks` across pages, fetched lazily one page at a time through the client (rate limits and retries apply). The builder's filters apply to every page; its `limit` sets the page size (default 100), its `cursor` the first page. A server that returns a page or a cursor it returned before ends the stream with an error instead of looping.
        pub fn stream(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<types::Webhook, crate::runtime::Error>,
                > + ::std::marker::Send + 'a,
            >,
        > {
            self.stream_with(::std::default::Default::default())
        }
        /// Like `stream()`, stopping at the bounds of `limits` (pages fetched, items
        /// yielded).
        pub fn stream_with(
            self,
            limits: crate::runtime::pagination::StreamLimits,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn crate::runtime::pagination::Stream<
                    Item = ::std::result::Result<types::Webhook, crate::runtime::Error>,
                > + ::std::marker::Send + 'a,
            >,
        > {
            let start = self
                .cursor
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_text(v));
            let limit = self
                .limit
                .as_ref()
                .ok()
                .and_then(|v| crate::runtime::pagination::as_count(v))
                .unwrap_or(crate::runtime::pagination::DEFAULT_PAGE_SIZE);
            ::std::boxed::Box::pin(
                crate::runtime::pagination::cursor_stream(
                    ("ringyo", "list_webhooks"),
                    start,
                    limits,
                    move |cursor| {
                        let mut request = self.clone().limit(limit);
                        if let ::std::option::Option::Some(cursor) = cursor {
                            request = request.cursor(cursor);
                        }
                        async move {
                            let page: types::WebhookList = request
                                .send()
                                .await?
                                .into_inner();
                            let next_cursor = crate::runtime::pagination::as_text(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.next_cursor.as_ref()),
                            );
                            let has_more = crate::runtime::pagination::as_flag(
                                &::std::option::Option::Some(&page)
                                    .and_then(|x| x.has_more.as_ref()),
                            );
                            let items = ::std::option::Option::Some(page)
                                .map(|x| x.data)
                                .unwrap_or_default();
                            Ok(crate::runtime::pagination::CursorPage {
                                items,
                                next_cursor,
                                has_more,
                            })
                        }
                    },
                ),
            )
        }
    }
}
/// Per-operation metadata generated from the spec, ordered by path, then by method.
pub static OPERATIONS: [crate::runtime::OperationMeta; 14usize] = [
    crate::runtime::OperationMeta {
        id: "list_agents",
        method: "GET",
        path: "/agents",
        required_scope: Some("agents:read"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::Cursor,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "create_agent",
        method: "POST",
        path: "/agents",
        required_scope: Some("agents:write"),
        retry_safe: true,
        idempotency_key: true,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "get_agent",
        method: "GET",
        path: "/agents/{agent_id}",
        required_scope: Some("agents:read"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "delete_agent",
        method: "DELETE",
        path: "/agents/{agent_id}",
        required_scope: Some("agents:write"),
        retry_safe: false,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "update_agent",
        method: "PATCH",
        path: "/agents/{agent_id}",
        required_scope: Some("agents:write"),
        retry_safe: false,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "list_calls",
        method: "GET",
        path: "/calls",
        required_scope: Some("calls:read"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::Cursor,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "create_call",
        method: "POST",
        path: "/calls",
        required_scope: Some("calls:write"),
        retry_safe: true,
        idempotency_key: true,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "get_call",
        method: "GET",
        path: "/calls/{call_id}",
        required_scope: Some("calls:read"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "list_phone_numbers",
        method: "GET",
        path: "/phone-numbers",
        required_scope: Some("phone_numbers:read"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::Cursor,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "get_phone_number",
        method: "GET",
        path: "/phone-numbers/{phone_number_id}",
        required_scope: Some("phone_numbers:read"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "list_webhooks",
        method: "GET",
        path: "/webhooks",
        required_scope: Some("webhooks:manage"),
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::Cursor,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "create_webhook",
        method: "POST",
        path: "/webhooks",
        required_scope: Some("webhooks:manage"),
        retry_safe: true,
        idempotency_key: true,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "delete_webhook",
        method: "DELETE",
        path: "/webhooks/{webhook_id}",
        required_scope: Some("webhooks:manage"),
        retry_safe: false,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "update_webhook",
        method: "PATCH",
        path: "/webhooks/{webhook_id}",
        required_scope: Some("webhooks:manage"),
        retry_safe: false,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: true,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
];
/// The API's settings generated from the spec: name, base URL, auth, operations.
pub static API: crate::runtime::ApiProfile = crate::runtime::ApiProfile {
    name: "ringyo",
    title: "Ringyo AI API",
    version: "1.0.0",
    default_base_url: "https://api.ringyo.ai/v1",
    auth: crate::runtime::AuthStyle::Bearer,
    api_key_env: "RINGYO_API_KEY",
    base_url_env: "RINGYO_BASE_URL",
    default_rate_limit: Some(crate::runtime::RateLimit {
        requests: 300u32,
        per_seconds: 60u64,
    }),
    operations: &OPERATIONS,
    secret_fields: &["secret"],
};
