// @generated from spec/ringyo.yaml by voiceai-codegen. Do not edit: change the spec or the generator
// and run `cargo xtask regenerate`.

#![allow(unused_variables, deprecated)]
#![allow(
    clippy::all,
    missing_docs,
    unused_imports,
    unused_mut,
    dead_code,
    unreachable_patterns
)]
use crate::ringyo::generated::*;
use anyhow::Context as _;
pub struct Cli<T: CliConfig> {
    client: Client,
    config: T,
}
impl<T: CliConfig> Cli<T> {
    pub fn new(client: Client, config: T) -> Self {
        Self { client, config }
    }
    pub fn get_command(cmd: CliCommand) -> ::clap::Command {
        match cmd {
            CliCommand::ListAgents => Self::cli_list_agents(),
            CliCommand::CreateAgent => Self::cli_create_agent(),
            CliCommand::GetAgent => Self::cli_get_agent(),
            CliCommand::DeleteAgent => Self::cli_delete_agent(),
            CliCommand::UpdateAgent => Self::cli_update_agent(),
            CliCommand::ListCalls => Self::cli_list_calls(),
            CliCommand::CreateCall => Self::cli_create_call(),
            CliCommand::GetCall => Self::cli_get_call(),
            CliCommand::ListPhoneNumbers => Self::cli_list_phone_numbers(),
            CliCommand::GetPhoneNumber => Self::cli_get_phone_number(),
            CliCommand::ListWebhooks => Self::cli_list_webhooks(),
            CliCommand::CreateWebhook => Self::cli_create_webhook(),
            CliCommand::DeleteWebhook => Self::cli_delete_webhook(),
            CliCommand::UpdateWebhook => Self::cli_update_webhook(),
        }
    }
    pub fn cli_list_agents() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.",
                    ),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU64))
                    .required(false)
                    .help("Items per page, 1 to 100 (server default 20)."),
            )
            .arg(
                ::clap::Arg::new("order")
                    .long("order")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::SortOrder::Asc.to_string(),
                                types::SortOrder::Desc.to_string(),
                            ]),
                            |s| types::SortOrder::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help("Sort direction by `created_at` (server default `desc`)."),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::AgentStatus::Active.to_string(),
                                types::AgentStatus::Inactive.to_string(),
                            ]),
                            |s| types::AgentStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help("Only agents in this status (`active` or `inactive`)."),
            )
            .about("List agents")
            .long_about(
                "List agents\n\nThe account's agents as summaries (name, voice, language, model, status, timestamps), newest first unless `order=asc`. Pages with `limit` and `cursor`.",
            )
            .arg(
                ::clap::Arg::new("all")
                    .long("all")
                    .action(::clap::ArgAction::SetTrue)
                    .help(
                        "Fetch every page (--limit sets the page size) and print all items as one JSON array",
                    ),
            )
    }
    pub fn cli_create_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("first-message")
                    .long("first-message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("The greeting spoken when a call connects."),
            )
            .arg(
                ::clap::Arg::new("idempotency-key")
                    .long("idempotency-key")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.",
                    ),
            )
            .arg(
                ::clap::Arg::new("interruption-threshold")
                    .long("interruption-threshold")
                    .value_parser(::clap::value_parser!(f64))
                    .required(false)
                    .help(
                        "0 to 1; higher lets the caller interrupt more easily (default not documented).",
                    ),
            )
            .arg(
                ::clap::Arg::new("language")
                    .long("language")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Locale such as `en-US`, `es-ES`, `fr-FR` (server default `en-US`).",
                    ),
            )
            .arg(
                ::clap::Arg::new("max-tokens")
                    .long("max-tokens")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Longest reply in tokens (server default not documented; 150 is seen).",
                    ),
            )
            .arg(
                ::clap::Arg::new("model")
                    .long("model")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::AgentModel::Gpt4o.to_string(),
                                types::AgentModel::Gpt4oMini.to_string(),
                                types::AgentModel::Claude3Sonnet.to_string(),
                            ]),
                            |s| types::AgentModel::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "Display name, e.g. `Sales Assistant`. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("system-prompt")
                    .long("system-prompt")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "Personality, goals and behaviour (maximum length not documented). [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("temperature")
                    .long("temperature")
                    .value_parser(::clap::value_parser!(f64))
                    .required(false)
                    .help("0 to 1; lower is more focused (server default 0.7)."),
            )
            .arg(
                ::clap::Arg::new("voice-id")
                    .long("voice-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The voice; no voice catalogue endpoint is documented. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("body-json")
                    .alias("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help(
                        "Path to a JSON file with the whole request body, or `-` to read it \
                         from standard input; flags for single fields override its fields",
                    ),
            )
            .about("Create an agent")
            .long_about(
                "Create an agent\n\nCreates a voice agent from a name, a system prompt and a voice, with optional greeting, language, model and conversation settings. New agents are `active`.",
            )
    }
    pub fn cli_get_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The agent's ID, e.g. `agent_abc123`."),
            )
            .arg(
                ::clap::Arg::new("include")
                    .long("include")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Comma-separated extras to return: `stats` (the `stats` object) and `recent_calls` (shape undocumented). Example: `stats`.",
                    ),
            )
            .about("Get an agent")
            .long_about(
                "Get an agent\n\nOne agent's full configuration and, on request (`include`), its usage statistics and recent calls.",
            )
    }
    pub fn cli_delete_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The agent's ID, e.g. `agent_abc123`."),
            )
            .about("Delete an agent")
            .long_about(
                "Delete an agent\n\nDeletes an agent permanently. Calls already running with it continue; no new call can start with it. Refused with `agent_in_use` (409) while the agent has active calls.",
            )
    }
    pub fn cli_update_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The agent's ID, e.g. `agent_abc123`."),
            )
            .arg(
                ::clap::Arg::new("first-message")
                    .long("first-message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("interruption-threshold")
                    .long("interruption-threshold")
                    .value_parser(::clap::value_parser!(f64))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("language")
                    .long("language")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("max-tokens")
                    .long("max-tokens")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("model")
                    .long("model")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::AgentModel::Gpt4o.to_string(),
                                types::AgentModel::Gpt4oMini.to_string(),
                                types::AgentModel::Claude3Sonnet.to_string(),
                            ]),
                            |s| types::AgentModel::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::AgentStatus::Active.to_string(),
                                types::AgentStatus::Inactive.to_string(),
                            ]),
                            |s| types::AgentStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("system-prompt")
                    .long("system-prompt")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("temperature")
                    .long("temperature")
                    .value_parser(::clap::value_parser!(f64))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("voice-id")
                    .long("voice-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("body-json")
                    .alias("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help(
                        "Path to a JSON file with the whole request body, or `-` to read it \
                         from standard input; flags for single fields override its fields",
                    ),
            )
            .about("Update an agent")
            .long_about(
                "Update an agent\n\nPartial update: only the fields sent change. `status` can be set here (to deactivate or reactivate an agent) but not on create. Returns the updated agent.",
            )
    }
    pub fn cli_list_calls() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls run by this agent."),
            )
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.",
                    ),
            )
            .arg(
                ::clap::Arg::new("from-date")
                    .long("from-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls created after this ISO 8601 date or date-time."),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU64))
                    .required(false)
                    .help("Items per page, 1 to 100 (server default 20)."),
            )
            .arg(
                ::clap::Arg::new("order")
                    .long("order")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::SortOrder::Asc.to_string(),
                                types::SortOrder::Desc.to_string(),
                            ]),
                            |s| types::SortOrder::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help("Sort direction by `created_at` (server default `desc`)."),
            )
            .arg(
                ::clap::Arg::new("phone-number")
                    .long("phone-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls to this destination number (E.164)."),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::CallStatus::Queued.to_string(),
                                types::CallStatus::Initiated.to_string(),
                                types::CallStatus::Ringing.to_string(),
                                types::CallStatus::Answered.to_string(),
                                types::CallStatus::InProgress.to_string(),
                                types::CallStatus::Completed.to_string(),
                                types::CallStatus::Transferred.to_string(),
                                types::CallStatus::NoAnswer.to_string(),
                                types::CallStatus::Busy.to_string(),
                                types::CallStatus::Failed.to_string(),
                            ]),
                            |s| types::CallStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help(
                        "Only calls in this status. The page lists queued, ringing, in_progress, completed, failed, no_answer and busy.",
                    ),
            )
            .arg(
                ::clap::Arg::new("to-date")
                    .long("to-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls created before this ISO 8601 date or date-time."),
            )
            .about("List calls")
            .long_about(
                "List calls\n\nThe account's calls, newest first unless `order=asc`, filtered by status, agent, destination number and creation date. Pages with `limit` and the `next_cursor` of the previous page.",
            )
            .arg(
                ::clap::Arg::new("all")
                    .long("all")
                    .action(::clap::ArgAction::SetTrue)
                    .help(
                        "Fetch every page (--limit sets the page size) and print all items as one JSON array",
                    ),
            )
    }
    pub fn cli_create_call() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The agent that runs the call. [required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("from-number")
                    .long("from-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Caller ID (E.164); must be a number the account owns. Defaults to the account's primary number.",
                    ),
            )
            .arg(
                ::clap::Arg::new("idempotency-key")
                    .long("idempotency-key")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.",
                    ),
            )
            .arg(
                ::clap::Arg::new("max-duration")
                    .long("max-duration")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU64))
                    .required(false)
                    .help(
                        "Longest allowed call, in seconds, 1 to 3600 (server default 3600).",
                    ),
            )
            .arg(
                ::clap::Arg::new("phone-number")
                    .long("phone-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The number to dial (E.164), e.g. `+14155551234`. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("record")
                    .long("record")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Whether to record the call (server default true)."),
            )
            .arg(
                ::clap::Arg::new("webhook-url")
                    .long("webhook-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "An HTTPS URL that receives this call's real-time events instead of the account-level webhooks.",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("body-json")
                    .alias("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help(
                        "Path to a JSON file with the whole request body, or `-` to read it \
                         from standard input; flags for single fields override its fields",
                    ),
            )
            .about("Start an outbound call")
            .long_about(
                "Start an outbound call\n\nDials `phone_number` from one of the account's numbers and lets the agent `agent_id` run the conversation. The call starts in `queued`; follow it with get_call or the webhook events.",
            )
    }
    pub fn cli_get_call() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("call-id")
                    .long("call-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The call's ID, e.g. `call_xyz789`."),
            )
            .arg(
                ::clap::Arg::new("include")
                    .long("include")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Comma-separated extras to return: `transcript` (the `transcript` segments), `recording` (`recording_url`, when a recording exists) and `analysis` (the AI analysis object). Example: `transcript,recording`.",
                    ),
            )
            .about("Get a call")
            .long_about(
                "Get a call\n\nOne call with its status and, on request (`include`), its transcript, recording URL and AI analysis.",
            )
    }
    pub fn cli_list_phone_numbers() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("country")
                    .long("country")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Only numbers of this country (ISO 3166-1 alpha-2, e.g. `US`, `GB`, `CA`).",
                    ),
            )
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.",
                    ),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU64))
                    .required(false)
                    .help("Items per page, 1 to 100 (server default 20)."),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::PhoneNumberStatus::Active.to_string(),
                                types::PhoneNumberStatus::Pending.to_string(),
                                types::PhoneNumberStatus::Inactive.to_string(),
                            ]),
                            |s| types::PhoneNumberStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help(
                        "Only numbers in this status (`active`, `pending` or `inactive`).",
                    ),
            )
            .about("List phone numbers")
            .long_about(
                "List phone numbers\n\nThe account's phone numbers, optionally filtered by status and country. Pages with `limit` and `cursor`.",
            )
            .arg(
                ::clap::Arg::new("all")
                    .long("all")
                    .action(::clap::ArgAction::SetTrue)
                    .help(
                        "Fetch every page (--limit sets the page size) and print all items as one JSON array",
                    ),
            )
    }
    pub fn cli_get_phone_number() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("include")
                    .long("include")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Comma-separated extras to return: `stats` (the `stats` object) and `recent_calls` (shape undocumented). Example: `stats`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("phone-number-id")
                    .long("phone-number-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The phone number's ID, e.g. `pn_abc123`."),
            )
            .about("Get a phone number")
            .long_about(
                "Get a phone number\n\nOne phone number by its ID (not by the E.164 number) and, on request (`include`), its usage statistics and recent calls.",
            )
    }
    pub fn cli_list_webhooks() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "The `next_cursor` of the previous page. Opaque; rejected with `invalid_cursor` when invalid or expired.",
                    ),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU64))
                    .required(false)
                    .help("Items per page, 1 to 100 (server default 20)."),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::WebhookStatus::Active.to_string(),
                                types::WebhookStatus::Inactive.to_string(),
                                types::WebhookStatus::Failing.to_string(),
                            ]),
                            |s| types::WebhookStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help(
                        "Only endpoints in this status (`active`, `inactive` or `failing`).",
                    ),
            )
            .about("List webhook endpoints")
            .long_about(
                "List webhook endpoints\n\nThe account's webhook endpoints, optionally filtered by status. Secrets are not returned. Pages with `limit` and `cursor`.",
            )
            .arg(
                ::clap::Arg::new("all")
                    .long("all")
                    .action(::clap::ArgAction::SetTrue)
                    .help(
                        "Fetch every page (--limit sets the page size) and print all items as one JSON array",
                    ),
            )
    }
    pub fn cli_create_webhook() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("description")
                    .long("description")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("idempotency-key")
                    .long("idempotency-key")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Makes a POST safe to repeat: the server processes a key only once. The client generates one per call and reuses it on every retry unless one is given. Retention window, replay behaviour and length limits are not documented.",
                    ),
            )
            .arg(
                ::clap::Arg::new("secret")
                    .long("secret")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Your own signing secret: `whsec_` and unpadded base64 of at least 24 bytes (a multiple of 3), as generated ones are; generated when omitted.",
                    ),
            )
            .arg(
                ::clap::Arg::new("url")
                    .long("url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The HTTPS URL that receives deliveries. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("body-json")
                    .alias("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help(
                        "Path to a JSON file with the whole request body, or `-` to read it \
                         from standard input; flags for single fields override its fields",
                    ),
            )
            .about("Create a webhook endpoint")
            .long_about(
                "Create a webhook endpoint\n\nRegisters an HTTPS URL to receive the listed events (`[\"*\"]` for all). The signing secret (`whsec_...`) is returned only in this response; pass your own `secret` or let Ringyo generate one.",
            )
    }
    pub fn cli_delete_webhook() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("webhook-id")
                    .long("webhook-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The webhook endpoint's ID, e.g. `wh_abc123`."),
            )
            .about("Delete a webhook endpoint")
            .long_about(
                "Delete a webhook endpoint\n\nDeletes a webhook endpoint permanently; no further events are sent to its URL. To pause deliveries instead, set its status to `inactive` with update_webhook.",
            )
    }
    pub fn cli_update_webhook() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("description")
                    .long("description")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::SettableWebhookStatus::Active.to_string(),
                                types::SettableWebhookStatus::Inactive.to_string(),
                            ]),
                            |s| types::SettableWebhookStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("url")
                    .long("url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("webhook-id")
                    .long("webhook-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The webhook endpoint's ID, e.g. `wh_abc123`."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("body-json")
                    .alias("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help(
                        "Path to a JSON file with the whole request body, or `-` to read it \
                         from standard input; flags for single fields override its fields",
                    ),
            )
            .about("Update a webhook endpoint")
            .long_about(
                "Update a webhook endpoint\n\nChanges a webhook endpoint. The only documented use is disabling it without losing its configuration (`{\"status\": \"inactive\"}`) and enabling it again later.",
            )
    }
    pub async fn execute(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::ListAgents => self.execute_list_agents(matches).await,
            CliCommand::CreateAgent => self.execute_create_agent(matches).await,
            CliCommand::GetAgent => self.execute_get_agent(matches).await,
            CliCommand::DeleteAgent => self.execute_delete_agent(matches).await,
            CliCommand::UpdateAgent => self.execute_update_agent(matches).await,
            CliCommand::ListCalls => self.execute_list_calls(matches).await,
            CliCommand::CreateCall => self.execute_create_call(matches).await,
            CliCommand::GetCall => self.execute_get_call(matches).await,
            CliCommand::ListPhoneNumbers => {
                self.execute_list_phone_numbers(matches).await
            }
            CliCommand::GetPhoneNumber => self.execute_get_phone_number(matches).await,
            CliCommand::ListWebhooks => self.execute_list_webhooks(matches).await,
            CliCommand::CreateWebhook => self.execute_create_webhook(matches).await,
            CliCommand::DeleteWebhook => self.execute_delete_webhook(matches).await,
            CliCommand::UpdateWebhook => self.execute_update_webhook(matches).await,
        }
    }
    pub async fn execute_list_agents(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_agents();
        if let Some(value) = matches.get_one::<::std::string::String>("cursor") {
            request = request.cursor(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::num::NonZeroU64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<types::SortOrder>("order") {
            request = request.order(value.clone());
        }
        if let Some(value) = matches.get_one::<types::AgentStatus>("status") {
            request = request.status(value.clone());
        }
        self.config.execute_list_agents(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::Agent>();
            let mut stream = request.stream();
            loop {
                let next = ::std::future::poll_fn(|cx| {
                        crate::runtime::pagination::Stream::poll_next(
                            stream.as_mut(),
                            cx,
                        )
                    })
                    .await;
                match next {
                    None => {
                        self.config.list_end_success::<types::Agent>();
                        return Ok(());
                    }
                    Some(Ok(value)) => self.config.list_item(&value),
                    Some(Err(error)) => {
                        self.config.list_end_stream_error(&error);
                        return Err(anyhow::Error::new(error));
                    }
                }
            }
        }
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_agent(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_agent();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::CreateAgentRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("first-message") {
            request = request.body_map(|body| { body.first_message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("idempotency-key")
        {
            request = request.idempotency_key(value.clone());
        }
        if let Some(value) = matches.get_one::<f64>("interruption-threshold") {
            request = request
                .body_map(|body| { body.interruption_threshold(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("language") {
            request = request.body_map(|body| { body.language(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("max-tokens") {
            request = request.body_map(|body| { body.max_tokens(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AgentModel>("model") {
            request = request.body_map(|body| { body.model(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("system-prompt") {
            request = request.body_map(|body| { body.system_prompt(value.clone()) });
        }
        if let Some(value) = matches.get_one::<f64>("temperature") {
            request = request.body_map(|body| { body.temperature(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("voice-id") {
            request = request.body_map(|body| { body.voice_id(value.clone()) });
        }
        self.config.execute_create_agent(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_agent(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_agent();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("include") {
            request = request.include(value.clone());
        }
        self.config.execute_get_agent(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_delete_agent(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_agent();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        self.config.execute_delete_agent(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_agent(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_agent();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::UpdateAgentRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("first-message") {
            request = request.body_map(|body| { body.first_message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<f64>("interruption-threshold") {
            request = request
                .body_map(|body| { body.interruption_threshold(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("language") {
            request = request.body_map(|body| { body.language(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("max-tokens") {
            request = request.body_map(|body| { body.max_tokens(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AgentModel>("model") {
            request = request.body_map(|body| { body.model(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AgentStatus>("status") {
            request = request.body_map(|body| { body.status(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("system-prompt") {
            request = request.body_map(|body| { body.system_prompt(value.clone()) });
        }
        if let Some(value) = matches.get_one::<f64>("temperature") {
            request = request.body_map(|body| { body.temperature(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("voice-id") {
            request = request.body_map(|body| { body.voice_id(value.clone()) });
        }
        self.config.execute_update_agent(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_calls(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_calls();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("cursor") {
            request = request.cursor(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-date") {
            request = request.from_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::num::NonZeroU64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<types::SortOrder>("order") {
            request = request.order(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("phone-number") {
            request = request.phone_number(value.clone());
        }
        if let Some(value) = matches.get_one::<types::CallStatus>("status") {
            request = request.status(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("to-date") {
            request = request.to_date(value.clone());
        }
        self.config.execute_list_calls(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::Call>();
            let mut stream = request.stream();
            loop {
                let next = ::std::future::poll_fn(|cx| {
                        crate::runtime::pagination::Stream::poll_next(
                            stream.as_mut(),
                            cx,
                        )
                    })
                    .await;
                match next {
                    None => {
                        self.config.list_end_success::<types::Call>();
                        return Ok(());
                    }
                    Some(Ok(value)) => self.config.list_item(&value),
                    Some(Err(error)) => {
                        self.config.list_end_stream_error(&error);
                        return Err(anyhow::Error::new(error));
                    }
                }
            }
        }
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_call(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_call();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::CreateCallRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-number") {
            request = request.body_map(|body| { body.from_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("idempotency-key")
        {
            request = request.idempotency_key(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::num::NonZeroU64>("max-duration") {
            request = request.body_map(|body| { body.max_duration(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("phone-number") {
            request = request.body_map(|body| { body.phone_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("record") {
            request = request.body_map(|body| { body.record(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("webhook-url") {
            request = request.body_map(|body| { body.webhook_url(value.clone()) });
        }
        self.config.execute_create_call(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_call(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_call();
        if let Some(value) = matches.get_one::<::std::string::String>("call-id") {
            request = request.call_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("include") {
            request = request.include(value.clone());
        }
        self.config.execute_get_call(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_phone_numbers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_phone_numbers();
        if let Some(value) = matches.get_one::<::std::string::String>("country") {
            request = request.country(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("cursor") {
            request = request.cursor(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::num::NonZeroU64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<types::PhoneNumberStatus>("status") {
            request = request.status(value.clone());
        }
        self.config.execute_list_phone_numbers(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::PhoneNumber>();
            let mut stream = request.stream();
            loop {
                let next = ::std::future::poll_fn(|cx| {
                        crate::runtime::pagination::Stream::poll_next(
                            stream.as_mut(),
                            cx,
                        )
                    })
                    .await;
                match next {
                    None => {
                        self.config.list_end_success::<types::PhoneNumber>();
                        return Ok(());
                    }
                    Some(Ok(value)) => self.config.list_item(&value),
                    Some(Err(error)) => {
                        self.config.list_end_stream_error(&error);
                        return Err(anyhow::Error::new(error));
                    }
                }
            }
        }
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_phone_number(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_phone_number();
        if let Some(value) = matches.get_one::<::std::string::String>("include") {
            request = request.include(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("phone-number-id")
        {
            request = request.phone_number_id(value.clone());
        }
        self.config.execute_get_phone_number(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_webhooks(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_webhooks();
        if let Some(value) = matches.get_one::<::std::string::String>("cursor") {
            request = request.cursor(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::num::NonZeroU64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<types::WebhookStatus>("status") {
            request = request.status(value.clone());
        }
        self.config.execute_list_webhooks(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::Webhook>();
            let mut stream = request.stream();
            loop {
                let next = ::std::future::poll_fn(|cx| {
                        crate::runtime::pagination::Stream::poll_next(
                            stream.as_mut(),
                            cx,
                        )
                    })
                    .await;
                match next {
                    None => {
                        self.config.list_end_success::<types::Webhook>();
                        return Ok(());
                    }
                    Some(Ok(value)) => self.config.list_item(&value),
                    Some(Err(error)) => {
                        self.config.list_end_stream_error(&error);
                        return Err(anyhow::Error::new(error));
                    }
                }
            }
        }
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_webhook(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_webhook();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateWebhookRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("description") {
            request = request.body_map(|body| { body.description(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("idempotency-key")
        {
            request = request.idempotency_key(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("secret") {
            request = request.body_map(|body| { body.secret(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("url") {
            request = request.body_map(|body| { body.url(value.clone()) });
        }
        self.config.execute_create_webhook(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_delete_webhook(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_webhook();
        if let Some(value) = matches.get_one::<::std::string::String>("webhook-id") {
            request = request.webhook_id(value.clone());
        }
        self.config.execute_delete_webhook(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_webhook(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_webhook();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::UpdateWebhookRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("description") {
            request = request.body_map(|body| { body.description(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::SettableWebhookStatus>("status") {
            request = request.body_map(|body| { body.status(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("url") {
            request = request.body_map(|body| { body.url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("webhook-id") {
            request = request.webhook_id(value.clone());
        }
        self.config.execute_update_webhook(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
}
pub trait CliConfig {
    fn success_item<T>(&self, value: &crate::runtime::Response<T>)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn success_no_item(&self, value: &crate::runtime::Response<()>);
    fn error(&self, error: &crate::runtime::Error);
    fn list_start<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_item<T>(&self, value: &T)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_success<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_error(&self, error: &crate::runtime::Error);
    fn execute_list_agents(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListAgents,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_agent(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateAgent,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_agent(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetAgent,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_agent(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteAgent,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_agent(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateAgent,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_calls(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListCalls,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_call(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateCall,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_call(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetCall,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_phone_numbers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListPhoneNumbers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_phone_number(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetPhoneNumber,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_webhooks(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListWebhooks,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_webhook(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateWebhook,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_webhook(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteWebhook,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_webhook(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateWebhook,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    /// Called when fetching every page (`--all`) fails part-way; the items already passed
    /// to `list_item` were received.
    fn list_end_stream_error(&self, error: &crate::runtime::Error);
}
#[derive(Copy, Clone, Debug)]
pub enum CliCommand {
    ListAgents,
    CreateAgent,
    GetAgent,
    DeleteAgent,
    UpdateAgent,
    ListCalls,
    CreateCall,
    GetCall,
    ListPhoneNumbers,
    GetPhoneNumber,
    ListWebhooks,
    CreateWebhook,
    DeleteWebhook,
    UpdateWebhook,
}
impl CliCommand {
    pub fn iter() -> impl Iterator<Item = CliCommand> {
        vec![
            CliCommand::ListAgents, CliCommand::CreateAgent, CliCommand::GetAgent,
            CliCommand::DeleteAgent, CliCommand::UpdateAgent, CliCommand::ListCalls,
            CliCommand::CreateCall, CliCommand::GetCall, CliCommand::ListPhoneNumbers,
            CliCommand::GetPhoneNumber, CliCommand::ListWebhooks,
            CliCommand::CreateWebhook, CliCommand::DeleteWebhook,
            CliCommand::UpdateWebhook,
        ]
            .into_iter()
    }
    pub fn operation_id(&self) -> &'static str {
        match self {
            CliCommand::ListAgents => "list_agents",
            CliCommand::CreateAgent => "create_agent",
            CliCommand::GetAgent => "get_agent",
            CliCommand::DeleteAgent => "delete_agent",
            CliCommand::UpdateAgent => "update_agent",
            CliCommand::ListCalls => "list_calls",
            CliCommand::CreateCall => "create_call",
            CliCommand::GetCall => "get_call",
            CliCommand::ListPhoneNumbers => "list_phone_numbers",
            CliCommand::GetPhoneNumber => "get_phone_number",
            CliCommand::ListWebhooks => "list_webhooks",
            CliCommand::CreateWebhook => "create_webhook",
            CliCommand::DeleteWebhook => "delete_webhook",
            CliCommand::UpdateWebhook => "update_webhook",
        }
    }
}
/// The text of a request body given as `--body-json FILE`; `-` reads standard input.
fn read_body_text(path: &::std::path::Path) -> ::std::io::Result<::std::string::String> {
    if path.as_os_str() == "-" {
        let mut text = ::std::string::String::new();
        ::std::io::Read::read_to_string(&mut ::std::io::stdin(), &mut text)?;
        Ok(text)
    } else {
        ::std::fs::read_to_string(path)
    }
}
impl CliCommand {
    /// Where the items of this operation's response sit, as a JSON pointer (`""` for a
    /// bare array), when the response is a list of objects.
    pub fn items_pointer(&self) -> ::std::option::Option<&'static str> {
        match self {
            CliCommand::ListAgents => ::std::option::Option::Some("/data"),
            CliCommand::ListCalls => ::std::option::Option::Some("/data"),
            CliCommand::ListPhoneNumbers => ::std::option::Option::Some("/data"),
            CliCommand::ListWebhooks => ::std::option::Option::Some("/data"),
            _ => ::std::option::Option::None,
        }
    }
}
