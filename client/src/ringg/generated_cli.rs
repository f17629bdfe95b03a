// @generated from spec/ringg.yaml by voiceai-codegen. Do not edit: change the spec or the generator
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
use crate::ringg::generated::*;
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
            CliCommand::ListAssistants => Self::cli_list_assistants(),
            CliCommand::EditAssistant => Self::cli_edit_assistant(),
            CliCommand::ListAssistantVoices => Self::cli_list_assistant_voices(),
            CliCommand::GetAssistant => Self::cli_get_assistant(),
            CliCommand::DeleteAssistant => Self::cli_delete_assistant(),
            CliCommand::GetClassificationAnalytics => {
                Self::cli_get_classification_analytics()
            }
            CliCommand::GetDrillDownAnalytics => Self::cli_get_drill_down_analytics(),
            CliCommand::GetDurationDistribution => Self::cli_get_duration_distribution(),
            CliCommand::GetNumberAnalytics => Self::cli_get_number_analytics(),
            CliCommand::GetPlatformAnalytics => Self::cli_get_platform_analytics(),
            CliCommand::GetCallDetails => Self::cli_get_call_details(),
            CliCommand::DeleteContactList => Self::cli_delete_contact_list(),
            CliCommand::ListCallHistory => Self::cli_list_call_history(),
            CliCommand::DownloadCallHistory => Self::cli_download_call_history(),
            CliCommand::InitiateIndividualCall => Self::cli_initiate_individual_call(),
            CliCommand::InitiateIndividualCallV2 => {
                Self::cli_initiate_individual_call_v2()
            }
            CliCommand::ListCampaigns => Self::cli_list_campaigns(),
            CliCommand::CheckLargeCampaignBalance => {
                Self::cli_check_large_campaign_balance()
            }
            CliCommand::StartLargeCampaignCalls => Self::cli_start_large_campaign_calls(),
            CliCommand::UploadCampaignContactList => {
                Self::cli_upload_campaign_contact_list()
            }
            CliCommand::StartCampaign => Self::cli_start_campaign(),
            CliCommand::TerminateCalls => Self::cli_terminate_calls(),
            CliCommand::TerminateCallsByAgent => Self::cli_terminate_calls_by_agent(),
            CliCommand::TerminateCallsByIds => Self::cli_terminate_calls_by_ids(),
            CliCommand::TerminateCampaignNumbers => {
                Self::cli_terminate_campaign_numbers()
            }
            CliCommand::TerminateCallsByNumbers => Self::cli_terminate_calls_by_numbers(),
            CliCommand::UploadLargeCampaignCsv => Self::cli_upload_large_campaign_csv(),
            CliCommand::GetLargeCampaignUploadStatus => {
                Self::cli_get_large_campaign_upload_status()
            }
            CliCommand::StartCampaignV2 => Self::cli_start_campaign_v2(),
            CliCommand::CreateKnowledgeBase => Self::cli_create_knowledge_base(),
            CliCommand::EditKnowledgeBase => Self::cli_edit_knowledge_base(),
            CliCommand::ListKnowledgeBases => Self::cli_list_knowledge_bases(),
            CliCommand::GetKnowledgeBase => Self::cli_get_knowledge_base(),
            CliCommand::DeleteKnowledgeBase => Self::cli_delete_knowledge_base(),
            CliCommand::CreateAgent => Self::cli_create_agent(),
            CliCommand::UpdateAgent => Self::cli_update_agent(),
            CliCommand::GetWorkspace => Self::cli_get_workspace(),
            CliCommand::ListUserWorkspaces => Self::cli_list_user_workspaces(),
            CliCommand::RegenerateApiKey => Self::cli_regenerate_api_key(),
            CliCommand::ListWorkspaceNumbers => Self::cli_list_workspace_numbers(),
            CliCommand::ListWorkspaceUsers => Self::cli_list_workspace_users(),
        }
    }
    pub fn cli_list_assistants() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Page size. Send it explicitly: the schema default is 10 while the descriptions say \"default 20, max 100\".",
                    ),
            )
            .arg(
                ::clap::Arg::new("offset")
                    .long("offset")
                    .value_parser(::clap::value_parser!(u64))
                    .required(false)
                    .help("Number of items to skip."),
            )
            .about("Get assistants")
            .long_about(
                "Get assistants\n\nLists the workspace's assistants, paginated with `limit`/`offset` (no pagination metadata in the response). Archived assistants may be included (`is_archived`).",
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
    pub fn cli_edit_assistant() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("ab-enabled")
                    .long("ab-enabled")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("agent-display-name")
                    .long("agent-display-name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("base-version-id")
                    .long("base-version-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("config-type")
                    .long("config-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::EditAssistantRequestConfigType::Outbound.to_string(),
                                types::EditAssistantRequestConfigType::Inbound.to_string(),
                            ]),
                            |s| {
                                types::EditAssistantRequestConfigType::try_from(s).unwrap()
                            },
                        ),
                    )
                    .required(false)
                    .help(
                        "For `outbound_inbound` agents, which side to edit (server default `outbound`).",
                    ),
            )
            .arg(
                ::clap::Arg::new("description")
                    .long("description")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Version description (edit_version_description)."),
            )
            .arg(
                ::clap::Arg::new("enable-outbound-inbound")
                    .long("enable-outbound-inbound")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("extract-callee-name")
                    .long("extract-callee-name")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("intro-message")
                    .long("intro-message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("HTML is converted to text."),
            )
            .arg(
                ::clap::Arg::new("is-demo-enabled")
                    .long("is-demo-enabled")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("is-draft")
                    .long("is-draft")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Multi-node only (server default false)."),
            )
            .arg(
                ::clap::Arg::new("kb-id")
                    .long("kb-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Knowledge base id (attach/remove)."),
            )
            .arg(
                ::clap::Arg::new("language")
                    .long("language")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::Language::EnUs.to_string(),
                                types::Language::EnIn.to_string(),
                                types::Language::HiIn.to_string(),
                                types::Language::TaIn.to_string(),
                                types::Language::TeIn.to_string(),
                                types::Language::BnIn.to_string(),
                                types::Language::MrIn.to_string(),
                                types::Language::KnIn.to_string(),
                                types::Language::KaIn.to_string(),
                                types::Language::GuIn.to_string(),
                                types::Language::ArAe.to_string(),
                            ]),
                            |s| types::Language::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("llm-temperature")
                    .long("llm-temperature")
                    .value_parser(::clap::value_parser!(f64))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("mute-during-intro")
                    .long("mute-during-intro")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("mute-while-bot-speaking")
                    .long("mute-while-bot-speaking")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("new-draft")
                    .long("new-draft")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Server default false."),
            )
            .arg(
                ::clap::Arg::new("node-id")
                    .long("node-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Flow node id (attach_node_kb / remove_node_kb)."),
            )
            .arg(
                ::clap::Arg::new("number-id")
                    .long("number-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Workspace number id (attach/remove inbound number)."),
            )
            .arg(
                ::clap::Arg::new("operation")
                    .long("operation")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::EditAssistantOperation::AttachInboundNumber
                                    .to_string(),
                                types::EditAssistantOperation::RemoveInboundNumber
                                    .to_string(),
                                types::EditAssistantOperation::AttachKb.to_string(),
                                types::EditAssistantOperation::RemoveKb.to_string(),
                                types::EditAssistantOperation::EditCustomVars.to_string(),
                                types::EditAssistantOperation::EditLanguage.to_string(),
                                types::EditAssistantOperation::EditVoice.to_string(),
                                types::EditAssistantOperation::EditPrompt.to_string(),
                                types::EditAssistantOperation::EditNoiseSettings
                                    .to_string(),
                                types::EditAssistantOperation::EditAgentDisplayName
                                    .to_string(),
                                types::EditAssistantOperation::EditIntroMessage.to_string(),
                                types::EditAssistantOperation::EditQueryPhrases.to_string(),
                                types::EditAssistantOperation::EditDtmfSettings.to_string(),
                                types::EditAssistantOperation::EditVadSettings.to_string(),
                                types::EditAssistantOperation::EditAgentWhitelistedDomains
                                    .to_string(),
                                types::EditAssistantOperation::EditVoiceSpeed.to_string(),
                                types::EditAssistantOperation::EditExtractCalleeName
                                    .to_string(),
                                types::EditAssistantOperation::EditVocab.to_string(),
                                types::EditAssistantOperation::EditApiSettings.to_string(),
                                types::EditAssistantOperation::EditSecondaryLanguage
                                    .to_string(),
                                types::EditAssistantOperation::EditSecondaryVoice
                                    .to_string(),
                                types::EditAssistantOperation::EditEventSubscriptions
                                    .to_string(),
                                types::EditAssistantOperation::AttachNodeKb.to_string(),
                                types::EditAssistantOperation::RemoveNodeKb.to_string(),
                                types::EditAssistantOperation::EditCallConfig.to_string(),
                                types::EditAssistantOperation::EditTimezone.to_string(),
                                types::EditAssistantOperation::EditLlmTemperature
                                    .to_string(),
                                types::EditAssistantOperation::EditDemoSettings.to_string(),
                                types::EditAssistantOperation::EditCustomAnalysisPrompt
                                    .to_string(),
                                types::EditAssistantOperation::EditClientAnalysis
                                    .to_string(),
                                types::EditAssistantOperation::EditClassificationLabels
                                    .to_string(),
                                types::EditAssistantOperation::EditChatSettings.to_string(),
                                types::EditAssistantOperation::EditRateLimit.to_string(),
                                types::EditAssistantOperation::EditAnalyticsContext
                                    .to_string(),
                                types::EditAssistantOperation::EditOutboundInbound
                                    .to_string(),
                                types::EditAssistantOperation::EditOutboundFromNumberIds
                                    .to_string(),
                                types::EditAssistantOperation::EditVoicemailSettings
                                    .to_string(),
                                types::EditAssistantOperation::EditPreCallTools.to_string(),
                                types::EditAssistantOperation::EditOnCallTools.to_string(),
                                types::EditAssistantOperation::EditPostCallTools
                                    .to_string(),
                                types::EditAssistantOperation::EditOnCallTool.to_string(),
                                types::EditAssistantOperation::RemoveOnCallTool.to_string(),
                                types::EditAssistantOperation::AddNewAbVersion.to_string(),
                                types::EditAssistantOperation::EditVersionDescription
                                    .to_string(),
                                types::EditAssistantOperation::EditTraffic.to_string(),
                                types::EditAssistantOperation::ToggleAbTesting.to_string(),
                                types::EditAssistantOperation::DeleteVersion.to_string(),
                                types::EditAssistantOperation::PushToProd.to_string(),
                                types::EditAssistantOperation::AddFlowNode.to_string(),
                                types::EditAssistantOperation::DeleteFlowNode.to_string(),
                                types::EditAssistantOperation::AddFlowEdge.to_string(),
                                types::EditAssistantOperation::UpdateAgentEdge.to_string(),
                                types::EditAssistantOperation::DeleteFlowEdge.to_string(),
                                types::EditAssistantOperation::EditNodePosition.to_string(),
                                types::EditAssistantOperation::EditNodePositions
                                    .to_string(),
                                types::EditAssistantOperation::EditNodeMeta.to_string(),
                                types::EditAssistantOperation::EditNodeIntroMessage
                                    .to_string(),
                                types::EditAssistantOperation::EditNodeMessages.to_string(),
                                types::EditAssistantOperation::EditNodeFunctions
                                    .to_string(),
                                types::EditAssistantOperation::EditNodePreActions
                                    .to_string(),
                                types::EditAssistantOperation::EditNodePostActions
                                    .to_string(),
                                types::EditAssistantOperation::EditNodePredefinedTools
                                    .to_string(),
                                types::EditAssistantOperation::EditNodeContextStrategy
                                    .to_string(),
                                types::EditAssistantOperation::EditNodeRespondImmediately
                                    .to_string(),
                                types::EditAssistantOperation::EditNodeVoiceOverride
                                    .to_string(),
                                types::EditAssistantOperation::EditNodeDtmfOverride
                                    .to_string(),
                                types::EditAssistantOperation::EditNodePreQueryPhrases
                                    .to_string(),
                                types::EditAssistantOperation::EditNodePerTypeConfig
                                    .to_string(),
                            ]),
                            |s| types::EditAssistantOperation::try_from(s).unwrap(),
                        ),
                    )
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("pre-query-phrase-probability")
                    .long("pre-query-phrase-probability")
                    .value_parser(::clap::value_parser!(f64))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("prod-version-id")
                    .long("prod-version-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("secondary-language")
                    .long("secondary-language")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::Language::EnUs.to_string(),
                                types::Language::EnIn.to_string(),
                                types::Language::HiIn.to_string(),
                                types::Language::TaIn.to_string(),
                                types::Language::TeIn.to_string(),
                                types::Language::BnIn.to_string(),
                                types::Language::MrIn.to_string(),
                                types::Language::KnIn.to_string(),
                                types::Language::KaIn.to_string(),
                                types::Language::GuIn.to_string(),
                                types::Language::ArAe.to_string(),
                            ]),
                            |s| types::Language::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("secondary-voice-id")
                    .long("secondary-voice-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("An empty string clears it."),
            )
            .arg(
                ::clap::Arg::new("timezone")
                    .long("timezone")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("IANA timezone."),
            )
            .arg(
                ::clap::Arg::new("tool-id")
                    .long("tool-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("tool-type")
                    .long("tool-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::ToolType::ApiTool.to_string(),
                                types::ToolType::FunctionTool.to_string(),
                                types::ToolType::IntegrationTool.to_string(),
                                types::ToolType::CallTransferTool.to_string(),
                                types::ToolType::EndCallTool.to_string(),
                                types::ToolType::DtmfTool.to_string(),
                                types::ToolType::WaitForDtmfTool.to_string(),
                                types::ToolType::StayOnLineTool.to_string(),
                                types::ToolType::CaptureCodeTool.to_string(),
                                types::ToolType::CollectLongInputTool.to_string(),
                                types::ToolType::SendTemplateTool.to_string(),
                                types::ToolType::QuickReplyTool.to_string(),
                                types::ToolType::FormWidgetTool.to_string(),
                                types::ToolType::CalenderWidgetTool.to_string(),
                                types::ToolType::SlotPickerTool.to_string(),
                                types::ToolType::WhatsappFormTool.to_string(),
                                types::ToolType::BlocksWidgetTool.to_string(),
                                types::ToolType::DomActionTool.to_string(),
                                types::ToolType::CallbackScheduleTool.to_string(),
                            ]),
                            |s| types::ToolType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("version-id")
                    .long("version-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Target agent version (defaults to the active one)."),
            )
            .arg(
                ::clap::Arg::new("voice-id")
                    .long("voice-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("voice-speed")
                    .long("voice-speed")
                    .value_parser(::clap::value_parser!(f64))
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
            .about("Edit assistant")
            .long_about(
                "Edit assistant\n\nOne edit per request, chosen by `operation` (prompt, voice, knowledge-base attach, inbound numbers, webhook subscriptions, call config, A/B versions, tools, …). Each operation reads its own fields; see `EditAssistantRequest`. Writes replace the whole field, except `edit_call_config`, `edit_client_analysis` (top-level merge) and `edit_analytics_context` (deep merge). Webhook subscriptions are managed here with `operation: edit_event_subscriptions` (a full replacement list). Send only `X-API-KEY`: sending `Authorization` as well is refused with 400.",
            )
    }
    pub fn cli_list_assistant_voices() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("language")
                    .long("language")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Locale filter; several locales can be given comma-separated (e.g. `en-US,hi-IN`).",
                    ),
            )
            .about("Get assistant voices")
            .long_about(
                "Get assistant voices\n\nThe voice catalogue. `voices[].id` is what `voice_id` and `secondary_voice_id` expect.",
            )
    }
    pub fn cli_get_assistant() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The assistant's id (from `GET /agent/all`)."),
            )
            .about("Get assistant by ID")
            .long_about(
                "Get assistant by ID\n\nOne assistant's full configuration, under the plural key `agents`. The documented (flat) shape and the versioned shape seen live are both accepted; see `AssistantDetail`.",
            )
    }
    pub fn cli_delete_assistant() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The assistant's id (from `GET /agent/all`)."),
            )
            .about("Delete (archive) an assistant")
            .long_about(
                "Delete (archive) an assistant\n\nArchives an assistant (soft delete). Known only from the connector generated from Ringg's openapi.json; there is no prose page.",
            )
    }
    pub fn cli_get_classification_analytics() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this assistant."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this campaign list."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Last day, `YYYY-MM-DD` (stale default `2025-09-25` in Ringg's schema).",
                    ),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "First day, `YYYY-MM-DD` (not a date-time, unlike call history). Ringg's schema carries a stale default `2025-09-25`: send it explicitly.",
                    ),
            )
            .arg(
                ::clap::Arg::new("voicemail")
                    .long("voicemail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Filter by voicemail status."),
            )
            .about("Get classification analytics")
            .long_about(
                "Get classification analytics\n\nBreakdown of calls by classification label (shape undocumented).",
            )
    }
    pub fn cli_get_drill_down_analytics() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this assistant."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The campaign list."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Last day, `YYYY-MM-DD` (stale default `2025-09-25` in Ringg's schema).",
                    ),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "First day, `YYYY-MM-DD` (not a date-time, unlike call history). Ringg's schema carries a stale default `2025-09-25`: send it explicitly.",
                    ),
            )
            .arg(
                ::clap::Arg::new("voicemail")
                    .long("voicemail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Filter by voicemail status."),
            )
            .about("Get drill-down analytics")
            .long_about(
                "Get drill-down analytics\n\nPerformance metrics of one campaign (bulk list).",
            )
    }
    pub fn cli_get_duration_distribution() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this assistant."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this campaign list."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Last day, `YYYY-MM-DD` (stale default `2025-09-25` in Ringg's schema).",
                    ),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "First day, `YYYY-MM-DD` (not a date-time, unlike call history). Ringg's schema carries a stale default `2025-09-25`: send it explicitly.",
                    ),
            )
            .arg(
                ::clap::Arg::new("voicemail")
                    .long("voicemail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Filter by voicemail status."),
            )
            .about("Get duration distribution")
            .long_about(
                "Get duration distribution\n\nHistogram of call durations (shape undocumented).",
            )
    }
    pub fn cli_get_number_analytics() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this assistant."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this campaign list."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Last day, `YYYY-MM-DD` (stale default `2025-09-25` in Ringg's schema).",
                    ),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "First day, `YYYY-MM-DD` (not a date-time, unlike call history). Ringg's schema carries a stale default `2025-09-25`: send it explicitly.",
                    ),
            )
            .arg(
                ::clap::Arg::new("voicemail")
                    .long("voicemail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Filter by voicemail status."),
            )
            .about("Get number analytics")
            .long_about(
                "Get number analytics\n\nMetrics grouped by phone number (item shape undocumented).",
            )
    }
    pub fn cli_get_platform_analytics() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this assistant."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this campaign list."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Last day, `YYYY-MM-DD` (stale default `2025-09-25` in Ringg's schema).",
                    ),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "First day, `YYYY-MM-DD` (not a date-time, unlike call history). Ringg's schema carries a stale default `2025-09-25`: send it explicitly.",
                    ),
            )
            .arg(
                ::clap::Arg::new("voicemail")
                    .long("voicemail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Filter by voicemail status."),
            )
            .about("Get platform analytics")
            .long_about(
                "Get platform analytics\n\nSummary and performance metrics for the filtered calls.",
            )
    }
    pub fn cli_get_call_details() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The call id."),
            )
            .arg(
                ::clap::Arg::new("send-analysis")
                    .long("send-analysis")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help(
                        "Add `platform_analysis` and `client_analysis` (server default false).",
                    ),
            )
            .about("Get call details")
            .long_about(
                "Get call details\n\nOne call: status, numbers, recording (valid for 24 hours after the call), transcript and, with `send_analysis=true`, the platform and client analysis. `call_status` becomes `completed` only once post-processing has finished.",
            )
    }
    pub fn cli_delete_contact_list() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("list-id")
                    .long("list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The contact list id."),
            )
            .about("Delete contact list")
            .long_about(
                "Delete contact list\n\nDeletes an uploaded contact list (presumably a campaign `list_id` from `upload_campaign_contact_list`; the docs do not say). Known from the connector only.",
            )
    }
    pub fn cli_list_call_history() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this assistant."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this campaign list."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "ISO-8601 date-time with timezone, e.g. `2025-09-25T23:59:59+05:30`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Page size. Send it explicitly: the schema default is 10 while the descriptions say \"default 20, max 100\".",
                    ),
            )
            .arg(
                ::clap::Arg::new("offset")
                    .long("offset")
                    .value_parser(::clap::value_parser!(u64))
                    .required(false)
                    .help("Number of items to skip."),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "ISO-8601 date-time with timezone, e.g. `2025-09-25T00:00:00+05:30`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::CallStatus::Registered.to_string(),
                                types::CallStatus::Ongoing.to_string(),
                                types::CallStatus::Retry.to_string(),
                                types::CallStatus::Completed.to_string(),
                                types::CallStatus::Failed.to_string(),
                                types::CallStatus::Error.to_string(),
                                types::CallStatus::Cancelled.to_string(),
                                types::CallStatus::Forwarded.to_string(),
                            ]),
                            |s| types::CallStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help("Only calls in this status."),
            )
            .about("Get call history")
            .long_about(
                "Get call history\n\nPaginated call log with filters. The response carries `limit`, `offset`, `count` and `total` (an integer, or the string `\"many\"` live).",
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
    pub fn cli_download_call_history() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .action(::clap::ArgAction::Append)
                    .required(false)
                    .help("Assistant ids; repeat the parameter for several assistants."),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Only calls of this campaign list."),
            )
            .arg(
                ::clap::Arg::new("call-id")
                    .long("call-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("One call."),
            )
            .arg(
                ::clap::Arg::new("call-type")
                    .long("call-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::CallDirection::Outbound.to_string(),
                                types::CallDirection::Inbound.to_string(),
                                types::CallDirection::Webcall.to_string(),
                            ]),
                            |s| types::CallDirection::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help("`outbound`, `inbound` or `webcall`."),
            )
            .arg(
                ::clap::Arg::new("end-date")
                    .long("end-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("ISO-8601 date-time with timezone."),
            )
            .arg(
                ::clap::Arg::new("from-number")
                    .long("from-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Caller number filter."),
            )
            .arg(
                ::clap::Arg::new("include-analysis")
                    .long("include-analysis")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Adds the platform and client analysis columns."),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Page size. Send it explicitly: the schema default is 10 while the descriptions say \"default 20, max 100\".",
                    ),
            )
            .arg(
                ::clap::Arg::new("offset")
                    .long("offset")
                    .value_parser(::clap::value_parser!(u64))
                    .required(false)
                    .help("Number of items to skip."),
            )
            .arg(
                ::clap::Arg::new("start-date")
                    .long("start-date")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("ISO-8601 date-time with timezone."),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::CallStatus::Registered.to_string(),
                                types::CallStatus::Ongoing.to_string(),
                                types::CallStatus::Retry.to_string(),
                                types::CallStatus::Completed.to_string(),
                                types::CallStatus::Failed.to_string(),
                                types::CallStatus::Error.to_string(),
                                types::CallStatus::Cancelled.to_string(),
                                types::CallStatus::Forwarded.to_string(),
                            ]),
                            |s| types::CallStatus::try_from(s).unwrap(),
                        ),
                    )
                    .required(false)
                    .help("Only calls in this status."),
            )
            .arg(
                ::clap::Arg::new("to-number")
                    .long("to-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Callee number filter."),
            )
            .arg(
                ::clap::Arg::new("voicemail")
                    .long("voicemail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Filter by voicemail detection."),
            )
            .about("Download call history")
            .long_about(
                "Download call history\n\nExports call history. Every input is a query parameter; the body is empty.",
            )
    }
    pub fn cli_initiate_individual_call() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("callback-url")
                    .long("callback-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Legacy per-call status callback (payload `CallStatusCallback`).",
                    ),
            )
            .arg(
                ::clap::Arg::new("from-number")
                    .long("from-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Caller number with country code."),
            )
            .arg(
                ::clap::Arg::new("from-number-id")
                    .long("from-number-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("A workspace number id (`list_workspace_numbers`)."),
            )
            .arg(
                ::clap::Arg::new("mobile-number")
                    .long("mobile-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "E.164 number with country code. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "Recipient name; used as `callee_name` unless `custom_args_values` has one. [required unless --body-json]",
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
            .about("Initiate individual call (deprecated)")
            .long_about(
                "Initiate individual call (deprecated)\n\nPlaces one outbound call with an explicit caller number. Deprecated in the newest docs in favour of `initiate_individual_call_v2`. Exactly one of `from_number_id` (preferred) and `from_number` must be given. A 200 means the call was accepted; it may stay queued (calling window, schedule, credits). Not idempotent: retrying can place a second call.",
            )
    }
    pub fn cli_initiate_individual_call_v2() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("call-category")
                    .long("call-category")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Free-text category label."),
            )
            .arg(
                ::clap::Arg::new("callback-url")
                    .long("callback-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("from-number")
                    .long("from-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("from-number-id")
                    .long("from-number-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("mobile-number")
                    .long("mobile-number")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "E.164 number with country code. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("number-pool-id")
                    .long("number-pool-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "A managed number pool (rotation, spam skipping, auto-purchase).",
                    ),
            )
            .arg(
                ::clap::Arg::new("parent-call-id")
                    .long("parent-call-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Links this call to an earlier one."),
            )
            .arg(
                ::clap::Arg::new("version-id")
                    .long("version-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Pin an assistant version (A/B testing)."),
            )
            .arg(
                ::clap::Arg::new("voice-id")
                    .long("voice-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Per-call voice override."),
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
            .about("Initiate individual call (number pool)")
            .long_about(
                "Initiate individual call (number pool)\n\nPlaces one outbound call. The caller number comes from exactly one of `number_pool_id` (recommended: rotation, spam skipping, auto-purchase), `from_number_id` or `from_number`. Not idempotent: retrying can place a second call.",
            )
    }
    pub fn cli_list_campaigns() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("call-count")
                    .long("call-count")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Include per-campaign call counts (server default true)."),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Page size. Send it explicitly: the schema default is 10 while the descriptions say \"default 20, max 100\".",
                    ),
            )
            .arg(
                ::clap::Arg::new("offset")
                    .long("offset")
                    .value_parser(::clap::value_parser!(u64))
                    .required(false)
                    .help("Number of items to skip."),
            )
            .about("Get all campaigns")
            .long_about(
                "Get all campaigns\n\nLists campaigns, paginated with `limit`/`offset`; `pagination` in the response has `limit`, `offset` and `total`. With `call_count` (server default true) each campaign carries its call counts.",
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
    pub fn cli_check_large_campaign_balance() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "The large-campaign list id returned by `upload_large_campaign_csv`.",
                    ),
            )
            .about("Check large campaign balance (beta)")
            .long_about(
                "Check large campaign balance (beta)\n\nChecks that the workspace's credits cover the validated rows. No body.",
            )
    }
    pub fn cli_start_large_campaign_calls() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The same assistant as the upload. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("callback-url")
                    .long("callback-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("campaign-end-time")
                    .long("campaign-end-time")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("`DD/MM/YYYY, HH:MM`."),
            )
            .arg(
                ::clap::Arg::new("campaign-start-time")
                    .long("campaign-start-time")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("`DD/MM/YYYY, HH:MM`."),
            )
            .arg(
                ::clap::Arg::new("concurrency-percentage")
                    .long("concurrency-percentage")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Share of the workspace's call concurrency to use (server default 25).",
                    ),
            )
            .arg(
                ::clap::Arg::new("country-code")
                    .long("country-code")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Dialling prefix, e.g. `+91`."),
            )
            .arg(
                ::clap::Arg::new("number-pool-id")
                    .long("number-pool-id")
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
            .about("Make large campaign calls async (beta)")
            .long_about(
                "Make large campaign calls async (beta)\n\nSchedules the calls of a large campaign. Give exactly one of `from_numbers` and `number_pool_id` (both or neither: 422). Call once per `bulk_list_id` unless the first attempt clearly failed: there is no idempotency key.",
            )
    }
    pub fn cli_upload_campaign_contact_list() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Upload campaign contact list")
            .long_about(
                "Upload campaign contact list\n\nUploads a CSV of contacts and creates a campaign list (returns `list_id`; start it with `start_campaign_v2`). The CSV needs a `Mobile Number` column (numbers with country code) plus columns for the assistant's variables. For 5,000 rows or more use the beta `upload_large_campaign_csv` flow.",
            )
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The assistant that will call."),
            )
            .arg(
                ::clap::Arg::new("call-config")
                    .long("call-config")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object (as a string) with the keys of `CallConfig`, e.g. `{\"idle_timeout_warning\":10,\"max_call_length\":300}`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("campaign-end-time")
                    .long("campaign-end-time")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("`DD/MM/YYYY, HH:MM`, e.g. `18/10/2025, 21:05`."),
            )
            .arg(
                ::clap::Arg::new("campaign-name")
                    .long("campaign-name")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("Name of the campaign."),
            )
            .arg(
                ::clap::Arg::new("campaign-start-time")
                    .long("campaign-start-time")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "`DD/MM/YYYY, HH:MM` in `call_config.call_time.timezone`; must be in the future, e.g. `18/10/2025, 09:00`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("country-code")
                    .long("country-code")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "Dialling prefix of the numbers, e.g. `+91` (older docs said `IN`).",
                    ),
            )
            .arg(
                ::clap::Arg::new("file")
                    .long("file")
                    .value_name("PATH")
                    .value_parser(::clap::value_parser!(::std::path::PathBuf))
                    .required(true)
                    .help("The contacts CSV: a path to the file."),
            )
            .arg(
                ::clap::Arg::new("remove-invalid-rows")
                    .long("remove-invalid-rows")
                    .value_name("BOOL")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help(
                        "Skip bad rows instead of failing the upload (server default false).",
                    ),
            )
            .arg(
                ::clap::Arg::new("transliterate-callee-name")
                    .long("transliterate-callee-name")
                    .value_name("BOOL")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help(
                        "Transliterate names to the assistant's language (server default false).",
                    ),
            )
            .arg(
                ::clap::Arg::new("variables-map")
                    .long("variables-map")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object (as a string) mapping assistant variable to CSV column header, e.g. `{\"callee_name\":\"Name\",\"company_name\":\"Company\"}`.",
                    ),
            )
    }
    pub fn cli_start_campaign() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("list-id")
                    .long("list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "From `upload_campaign_contact_list`. [required unless --body-json]",
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
            .about("Start campaign (deprecated)")
            .long_about(
                "Start campaign (deprecated)\n\nStarts a saved campaign with explicit caller numbers. Deprecated in favour of `start_campaign_v2`. A campaign already `scheduled` or `ongoing` cannot be started again (400). International destinations need Twilio caller numbers.",
            )
    }
    pub fn cli_terminate_calls() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("campaign-id")
                    .long("campaign-id")
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
            .about("Terminate calls")
            .long_about(
                "Terminate calls\n\nCancels queued (`registered`) and `retry` calls; connected or finished calls are not affected and unknown call ids are ignored. The fields given select the mode: `agent_id` (all active calls of an assistant), `call_ids`, `campaign_id` (all of a campaign; with `mobile_numbers` only those numbers in it) or `mobile_numbers` alone (those numbers everywhere). At most 100 numbers (and 100 call ids) per request, with country code.",
            )
    }
    pub fn cli_terminate_calls_by_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
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
            .about("Terminate calls by agent")
            .long_about(
                "Terminate calls by agent\n\nCancels every queued or retry call of one assistant (separate-path revision of `terminate_calls`).",
            )
    }
    pub fn cli_terminate_calls_by_ids() -> ::clap::Command {
        ::clap::Command::new("")
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
            .about("Terminate calls by call IDs")
            .long_about(
                "Terminate calls by call IDs\n\nCancels the given calls if they are queued or waiting for a retry (separate-path revision of `terminate_calls`). At most 100 ids.",
            )
    }
    pub fn cli_terminate_campaign_numbers() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("campaign-id")
                    .long("campaign-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
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
            .about("Terminate campaign calls by numbers")
            .long_about(
                "Terminate campaign calls by numbers\n\nCancels the queued or retry calls to the given numbers within one campaign (separate-path revision of `terminate_calls`). At most 100 numbers.",
            )
    }
    pub fn cli_terminate_calls_by_numbers() -> ::clap::Command {
        ::clap::Command::new("")
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
            .about("Terminate calls by numbers")
            .long_about(
                "Terminate calls by numbers\n\nCancels the queued or retry calls to the given numbers across all campaigns and individual calls (separate-path revision of `terminate_calls`). At most 100 numbers.",
            )
    }
    pub fn cli_upload_large_campaign_csv() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Upload large campaign CSV (beta)")
            .long_about(
                "Upload large campaign CSV (beta)\n\nBeta (enabled per workspace): asynchronous upload for CSVs of 5,000 rows or more. Returns a `bulk_list_id`; poll `get_large_campaign_upload_status`, then `check_large_campaign_balance`, then `start_large_campaign_calls`.",
            )
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The assistant that will call."),
            )
            .arg(
                ::clap::Arg::new("call-config")
                    .long("call-config")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("JSON object (as a string) with the keys of `CallConfig`."),
            )
            .arg(
                ::clap::Arg::new("campaign-end-time")
                    .long("campaign-end-time")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("`DD/MM/YYYY, HH:MM`."),
            )
            .arg(
                ::clap::Arg::new("campaign-name")
                    .long("campaign-name")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("Name of the campaign."),
            )
            .arg(
                ::clap::Arg::new("campaign-start-time")
                    .long("campaign-start-time")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("`DD/MM/YYYY, HH:MM`."),
            )
            .arg(
                ::clap::Arg::new("country-code")
                    .long("country-code")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("Dialling prefix of the numbers, e.g. `+91`."),
            )
            .arg(
                ::clap::Arg::new("file")
                    .long("file")
                    .value_name("PATH")
                    .value_parser(::clap::value_parser!(::std::path::PathBuf))
                    .required(true)
                    .help("The contacts CSV: a path to the file."),
            )
            .arg(
                ::clap::Arg::new("remove-invalid-rows")
                    .long("remove-invalid-rows")
                    .value_name("BOOL")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Skip bad rows instead of failing the upload."),
            )
            .arg(
                ::clap::Arg::new("transliterate-callee-name")
                    .long("transliterate-callee-name")
                    .value_name("BOOL")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Transliterate names to the assistant's language."),
            )
            .arg(
                ::clap::Arg::new("variables-map")
                    .long("variables-map")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object (as a string) mapping variable to CSV column, e.g. `{\"mobile_number\":\"Mobile Number\",\"callee_name\":\"Name\"}`.",
                    ),
            )
    }
    pub fn cli_get_large_campaign_upload_status() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("bulk-list-id")
                    .long("bulk-list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "The large-campaign list id returned by `upload_large_campaign_csv`.",
                    ),
            )
            .about("Get large campaign upload status (beta)")
            .long_about(
                "Get large campaign upload status (beta)\n\nPolls the processing state of a large upload.",
            )
    }
    pub fn cli_start_campaign_v2() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("callback-url")
                    .long("callback-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Receives a webhook when the campaign completes."),
            )
            .arg(
                ::clap::Arg::new("list-id")
                    .long("list-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("number-pool-id")
                    .long("number-pool-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
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
            .about("Start campaign (number pool)")
            .long_about(
                "Start campaign (number pool)\n\nStarts a saved campaign calling from a number pool. `callback_url` receives a webhook when the campaign completes (payload undocumented); `email_completion_user_ids` are workspace user ids that get a completion e-mail. Not idempotent.",
            )
    }
    pub fn cli_create_knowledge_base() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Create knowledge base")
            .long_about(
                "Create knowledge base\n\nCreates a knowledge base from files, URLs and/or FAQs. Processing is asynchronous: poll `get_knowledge_base` for `status`, then attach it with `edit_assistant` (`operation: attach_kb`). Limits: 10 requests per hour per workspace; at most 10 files of 2 MB each, 5 MB in total; at most 20 URLs.",
            )
            .arg(
                ::clap::Arg::new("faqs")
                    .long("faqs")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("JSON array of `{question, answer}` objects (as a string)."),
            )
            .arg(
                ::clap::Arg::new("files")
                    .long("files")
                    .value_name("PATH")
                    .value_parser(::clap::value_parser!(::std::path::PathBuf))
                    .required(false)
                    .action(::clap::ArgAction::Append)
                    .help(
                        "Documents (PDF, TXT, DOCX, …), one part per file: a path to the file. Repeat the flag for several values.",
                    ),
            )
            .arg(
                ::clap::Arg::new("kb-name")
                    .long("kb-name")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "Name of the knowledge base (an empty form field counts as absent).",
                    ),
            )
            .arg(
                ::clap::Arg::new("urls")
                    .long("urls")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON array of URLs (as a string), crawled and refreshed periodically, e.g. `[\"https://example.com/docs\"]`.",
                    ),
            )
    }
    pub fn cli_edit_knowledge_base() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Edit knowledge base")
            .long_about(
                "Edit knowledge base\n\nAdds and removes files, URLs and FAQs in one request (removals are permanent). Limits: 20 requests per hour per workspace; the same file limits as creation.",
            )
            .arg(
                ::clap::Arg::new("faqs-to-remove")
                    .long("faqs-to-remove")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("JSON array of FAQ ids (as a string)."),
            )
            .arg(
                ::clap::Arg::new("files-to-remove")
                    .long("files-to-remove")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("JSON array of file ids (as a string)."),
            )
            .arg(
                ::clap::Arg::new("kb-id")
                    .long("kb-id")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "The knowledge base to edit (an empty form field counts as absent).",
                    ),
            )
            .arg(
                ::clap::Arg::new("new-faqs")
                    .long("new-faqs")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON array of `{question, answer}` objects to add (as a string).",
                    ),
            )
            .arg(
                ::clap::Arg::new("new-files")
                    .long("new-files")
                    .value_name("PATH")
                    .value_parser(::clap::value_parser!(::std::path::PathBuf))
                    .required(false)
                    .action(::clap::ArgAction::Append)
                    .help(
                        "Files to add, one part per file: a path to the file. Repeat the flag for several values.",
                    ),
            )
            .arg(
                ::clap::Arg::new("new-files-metadata")
                    .long("new-files-metadata")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("JSON object (as a string) describing the new files."),
            )
            .arg(
                ::clap::Arg::new("new-urls")
                    .long("new-urls")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("JSON array of URLs to add (as a string)."),
            )
            .arg(
                ::clap::Arg::new("urls-to-remove")
                    .long("urls-to-remove")
                    .value_name("TEXT")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("JSON array of URLs, not ids (as a string)."),
            )
    }
    pub fn cli_list_knowledge_bases() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Get all knowledge bases")
            .long_about(
                "Get all knowledge bases\n\nLists the workspace's knowledge bases (not paginated). Limit: 60 requests per hour per workspace.",
            )
    }
    pub fn cli_get_knowledge_base() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("kb-id")
                    .long("kb-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The knowledge base id."),
            )
            .about("Get knowledge base by ID")
            .long_about(
                "Get knowledge base by ID\n\nA knowledge base with its file, URL and FAQ inventory and processing `status`. Limit: 60 requests per hour per workspace.",
            )
    }
    pub fn cli_delete_knowledge_base() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("kb-id")
                    .long("kb-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The knowledge base id."),
            )
            .about("Delete knowledge base")
            .long_about(
                "Delete knowledge base\n\nDeletes a knowledge base and its content; assistants using it lose access immediately. Limit: 10 requests per minute per workspace.",
            )
    }
    pub fn cli_create_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-name")
                    .long("agent-name")
                    .value_parser(
                        ::clap::value_parser!(types::CreateAgentRequestAgentName),
                    )
                    .required_unless_present("json-body")
                    .help("Display name. [required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("agent-type")
                    .long("agent-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::AgentType::Inbound.to_string(),
                                types::AgentType::Outbound.to_string(),
                                types::AgentType::OutboundInbound.to_string(),
                            ]),
                            |s| types::AgentType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("faq")
                    .long("faq")
                    .value_parser(::clap::value_parser!(types::CreateAgentRequestFaq))
                    .required(false)
                    .help("Free-text FAQ."),
            )
            .arg(
                ::clap::Arg::new("intro-message")
                    .long("intro-message")
                    .value_parser(
                        ::clap::value_parser!(types::CreateAgentRequestIntroMessage),
                    )
                    .required_unless_present("json-body")
                    .help("First utterance of the call. [required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("introduction-and-objective")
                    .long("introduction-and-objective")
                    .value_parser(
                        ::clap::value_parser!(
                            types::CreateAgentRequestIntroductionAndObjective
                        ),
                    )
                    .required_unless_present("json-body")
                    .help(
                        "Persona and goal section of the prompt. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("primary-language")
                    .long("primary-language")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::Language::EnUs.to_string(),
                                types::Language::EnIn.to_string(),
                                types::Language::HiIn.to_string(),
                                types::Language::TaIn.to_string(),
                                types::Language::TeIn.to_string(),
                                types::Language::BnIn.to_string(),
                                types::Language::MrIn.to_string(),
                                types::Language::KnIn.to_string(),
                                types::Language::KaIn.to_string(),
                                types::Language::GuIn.to_string(),
                                types::Language::ArAe.to_string(),
                            ]),
                            |s| types::Language::try_from(s).unwrap(),
                        ),
                    )
                    .required_unless_present("json-body")
                    .help("[required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("response-guidelines")
                    .long("response-guidelines")
                    .value_parser(
                        ::clap::value_parser!(
                            types::CreateAgentRequestResponseGuidelines
                        ),
                    )
                    .required_unless_present("json-body")
                    .help("How the agent should answer. [required unless --body-json]"),
            )
            .arg(
                ::clap::Arg::new("sample-conversations")
                    .long("sample-conversations")
                    .value_parser(
                        ::clap::value_parser!(
                            types::CreateAgentRequestSampleConversations
                        ),
                    )
                    .required(false)
                    .help("Example dialogue, turns separated by newlines."),
            )
            .arg(
                ::clap::Arg::new("secondary-language")
                    .long("secondary-language")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::Language::EnUs.to_string(),
                                types::Language::EnIn.to_string(),
                                types::Language::HiIn.to_string(),
                                types::Language::TaIn.to_string(),
                                types::Language::TeIn.to_string(),
                                types::Language::BnIn.to_string(),
                                types::Language::MrIn.to_string(),
                                types::Language::KnIn.to_string(),
                                types::Language::KaIn.to_string(),
                                types::Language::GuIn.to_string(),
                                types::Language::ArAe.to_string(),
                            ]),
                            |s| types::Language::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("task")
                    .long("task")
                    .value_parser(::clap::value_parser!(types::CreateAgentRequestTask))
                    .required_unless_present("json-body")
                    .help(
                        "What the agent must accomplish. [required unless --body-json]",
                    ),
            )
            .arg(
                ::clap::Arg::new("voice-id")
                    .long("voice-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "A voice id from `list_assistant_voices`. [required unless --body-json]",
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
            .about("Create agent")
            .long_about(
                "Create agent\n\nCreates a single-prompt assistant. For outbound agents `callee_name` and `mobile_number` are always added to `custom_variables`.",
            )
    }
    pub fn cli_update_agent() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("agent-id")
                    .long("agent-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("The assistant's id."),
            )
            .arg(
                ::clap::Arg::new("agent-name")
                    .long("agent-name")
                    .value_parser(
                        ::clap::value_parser!(types::UpdateAgentRequestAgentName),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("agent-type")
                    .long("agent-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::AgentType::Inbound.to_string(),
                                types::AgentType::Outbound.to_string(),
                                types::AgentType::OutboundInbound.to_string(),
                            ]),
                            |s| types::AgentType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("faq")
                    .long("faq")
                    .value_parser(::clap::value_parser!(types::UpdateAgentRequestFaq))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("intro-message")
                    .long("intro-message")
                    .value_parser(
                        ::clap::value_parser!(types::UpdateAgentRequestIntroMessage),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("introduction-and-objective")
                    .long("introduction-and-objective")
                    .value_parser(
                        ::clap::value_parser!(
                            types::UpdateAgentRequestIntroductionAndObjective
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("primary-language")
                    .long("primary-language")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::Language::EnUs.to_string(),
                                types::Language::EnIn.to_string(),
                                types::Language::HiIn.to_string(),
                                types::Language::TaIn.to_string(),
                                types::Language::TeIn.to_string(),
                                types::Language::BnIn.to_string(),
                                types::Language::MrIn.to_string(),
                                types::Language::KnIn.to_string(),
                                types::Language::KaIn.to_string(),
                                types::Language::GuIn.to_string(),
                                types::Language::ArAe.to_string(),
                            ]),
                            |s| types::Language::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("response-guidelines")
                    .long("response-guidelines")
                    .value_parser(
                        ::clap::value_parser!(
                            types::UpdateAgentRequestResponseGuidelines
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("sample-conversations")
                    .long("sample-conversations")
                    .value_parser(
                        ::clap::value_parser!(
                            types::UpdateAgentRequestSampleConversations
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("secondary-language")
                    .long("secondary-language")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::Language::EnUs.to_string(),
                                types::Language::EnIn.to_string(),
                                types::Language::HiIn.to_string(),
                                types::Language::TaIn.to_string(),
                                types::Language::TeIn.to_string(),
                                types::Language::BnIn.to_string(),
                                types::Language::MrIn.to_string(),
                                types::Language::KnIn.to_string(),
                                types::Language::KaIn.to_string(),
                                types::Language::GuIn.to_string(),
                                types::Language::ArAe.to_string(),
                            ]),
                            |s| types::Language::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("task")
                    .long("task")
                    .value_parser(::clap::value_parser!(types::UpdateAgentRequestTask))
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
            .about("Update agent")
            .long_about(
                "Update agent\n\nPartial update of the fields `create_agent` takes: only supplied fields change. For outbound agents `callee_name` and `mobile_number` cannot be removed from `custom_variables`. Ringg's AGENTS.md reportedly says this path should not be treated as public; it is linked from the API reference.",
            )
    }
    pub fn cli_get_workspace() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Get workspace info")
            .long_about(
                "Get workspace info\n\nThe current workspace: id, name, credits and the API key itself. Ringg calls this the simplest authentication check.",
            )
    }
    pub fn cli_list_user_workspaces() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Get all user workspaces")
            .long_about(
                "Get all user workspaces\n\nEvery workspace the key's user belongs to, with the user's role and the credits.",
            )
    }
    pub fn cli_regenerate_api_key() -> ::clap::Command {
        ::clap::Command::new("")
            .about("Regenerate API key")
            .long_about(
                "Regenerate API key\n\nRotates the workspace API key. The key that authenticates this request is invalid as soon as the call succeeds: give the client the new key (`Client::set_api_key`). The caller must be allowed to manage API keys. No request body.",
            )
    }
    pub fn cli_list_workspace_numbers() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Page size. Send it explicitly: the schema default is 10 while the descriptions say \"default 20, max 100\".",
                    ),
            )
            .arg(
                ::clap::Arg::new("offset")
                    .long("offset")
                    .value_parser(::clap::value_parser!(u64))
                    .required(false)
                    .help("Number of items to skip."),
            )
            .about("Get workspace numbers")
            .long_about(
                "Get workspace numbers\n\nCaller and inbound phone numbers of the workspace, paginated with `limit`/`offset`. `id` is the `from_number_id` that call endpoints take.",
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
    pub fn cli_list_workspace_users() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Page size. Send it explicitly: the schema default is 10 while the descriptions say \"default 20, max 100\".",
                    ),
            )
            .arg(
                ::clap::Arg::new("offset")
                    .long("offset")
                    .value_parser(::clap::value_parser!(u64))
                    .required(false)
                    .help("Number of items to skip."),
            )
            .about("List workspace users")
            .long_about(
                "List workspace users\n\nMembers of the current workspace, paginated with `limit`/`offset`. The response carries no pagination metadata: stop when a page has fewer than `limit` items. The user ids are what campaign endpoints take in `email_completion_user_ids`.",
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
    pub async fn execute(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::ListAssistants => self.execute_list_assistants(matches).await,
            CliCommand::EditAssistant => self.execute_edit_assistant(matches).await,
            CliCommand::ListAssistantVoices => {
                self.execute_list_assistant_voices(matches).await
            }
            CliCommand::GetAssistant => self.execute_get_assistant(matches).await,
            CliCommand::DeleteAssistant => self.execute_delete_assistant(matches).await,
            CliCommand::GetClassificationAnalytics => {
                self.execute_get_classification_analytics(matches).await
            }
            CliCommand::GetDrillDownAnalytics => {
                self.execute_get_drill_down_analytics(matches).await
            }
            CliCommand::GetDurationDistribution => {
                self.execute_get_duration_distribution(matches).await
            }
            CliCommand::GetNumberAnalytics => {
                self.execute_get_number_analytics(matches).await
            }
            CliCommand::GetPlatformAnalytics => {
                self.execute_get_platform_analytics(matches).await
            }
            CliCommand::GetCallDetails => self.execute_get_call_details(matches).await,
            CliCommand::DeleteContactList => {
                self.execute_delete_contact_list(matches).await
            }
            CliCommand::ListCallHistory => self.execute_list_call_history(matches).await,
            CliCommand::DownloadCallHistory => {
                self.execute_download_call_history(matches).await
            }
            CliCommand::InitiateIndividualCall => {
                self.execute_initiate_individual_call(matches).await
            }
            CliCommand::InitiateIndividualCallV2 => {
                self.execute_initiate_individual_call_v2(matches).await
            }
            CliCommand::ListCampaigns => self.execute_list_campaigns(matches).await,
            CliCommand::CheckLargeCampaignBalance => {
                self.execute_check_large_campaign_balance(matches).await
            }
            CliCommand::StartLargeCampaignCalls => {
                self.execute_start_large_campaign_calls(matches).await
            }
            CliCommand::UploadCampaignContactList => {
                self.execute_upload_campaign_contact_list(matches).await
            }
            CliCommand::StartCampaign => self.execute_start_campaign(matches).await,
            CliCommand::TerminateCalls => self.execute_terminate_calls(matches).await,
            CliCommand::TerminateCallsByAgent => {
                self.execute_terminate_calls_by_agent(matches).await
            }
            CliCommand::TerminateCallsByIds => {
                self.execute_terminate_calls_by_ids(matches).await
            }
            CliCommand::TerminateCampaignNumbers => {
                self.execute_terminate_campaign_numbers(matches).await
            }
            CliCommand::TerminateCallsByNumbers => {
                self.execute_terminate_calls_by_numbers(matches).await
            }
            CliCommand::UploadLargeCampaignCsv => {
                self.execute_upload_large_campaign_csv(matches).await
            }
            CliCommand::GetLargeCampaignUploadStatus => {
                self.execute_get_large_campaign_upload_status(matches).await
            }
            CliCommand::StartCampaignV2 => self.execute_start_campaign_v2(matches).await,
            CliCommand::CreateKnowledgeBase => {
                self.execute_create_knowledge_base(matches).await
            }
            CliCommand::EditKnowledgeBase => {
                self.execute_edit_knowledge_base(matches).await
            }
            CliCommand::ListKnowledgeBases => {
                self.execute_list_knowledge_bases(matches).await
            }
            CliCommand::GetKnowledgeBase => {
                self.execute_get_knowledge_base(matches).await
            }
            CliCommand::DeleteKnowledgeBase => {
                self.execute_delete_knowledge_base(matches).await
            }
            CliCommand::CreateAgent => self.execute_create_agent(matches).await,
            CliCommand::UpdateAgent => self.execute_update_agent(matches).await,
            CliCommand::GetWorkspace => self.execute_get_workspace(matches).await,
            CliCommand::ListUserWorkspaces => {
                self.execute_list_user_workspaces(matches).await
            }
            CliCommand::RegenerateApiKey => {
                self.execute_regenerate_api_key(matches).await
            }
            CliCommand::ListWorkspaceNumbers => {
                self.execute_list_workspace_numbers(matches).await
            }
            CliCommand::ListWorkspaceUsers => {
                self.execute_list_workspace_users(matches).await
            }
        }
    }
    pub async fn execute_list_assistants(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_assistants();
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<u64>("offset") {
            request = request.offset(value.clone());
        }
        self.config.execute_list_assistants(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::AssistantSummary>();
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
                        self.config.list_end_success::<types::AssistantSummary>();
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
    pub async fn execute_edit_assistant(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.edit_assistant();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::EditAssistantRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<bool>("ab-enabled") {
            request = request.body_map(|body| { body.ab_enabled(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("agent-display-name")
        {
            request = request
                .body_map(|body| { body.agent_display_name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("base-version-id")
        {
            request = request.body_map(|body| { body.base_version_id(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::EditAssistantRequestConfigType>("config-type")
        {
            request = request.body_map(|body| { body.config_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("description") {
            request = request.body_map(|body| { body.description(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("enable-outbound-inbound") {
            request = request
                .body_map(|body| { body.enable_outbound_inbound(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("extract-callee-name") {
            request = request
                .body_map(|body| { body.extract_callee_name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("intro-message") {
            request = request.body_map(|body| { body.intro_message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("is-demo-enabled") {
            request = request.body_map(|body| { body.is_demo_enabled(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("is-draft") {
            request = request.body_map(|body| { body.is_draft(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("kb-id") {
            request = request.body_map(|body| { body.kb_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::Language>("language") {
            request = request.body_map(|body| { body.language(value.clone()) });
        }
        if let Some(value) = matches.get_one::<f64>("llm-temperature") {
            request = request.body_map(|body| { body.llm_temperature(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("mute-during-intro") {
            request = request.body_map(|body| { body.mute_during_intro(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("mute-while-bot-speaking") {
            request = request
                .body_map(|body| { body.mute_while_bot_speaking(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("new-draft") {
            request = request.body_map(|body| { body.new_draft(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("node-id") {
            request = request.body_map(|body| { body.node_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("number-id") {
            request = request.body_map(|body| { body.number_id(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::EditAssistantOperation>("operation")
        {
            request = request.body_map(|body| { body.operation(value.clone()) });
        }
        if let Some(value) = matches.get_one::<f64>("pre-query-phrase-probability") {
            request = request
                .body_map(|body| { body.pre_query_phrase_probability(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("prod-version-id")
        {
            request = request.body_map(|body| { body.prod_version_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::Language>("secondary-language") {
            request = request
                .body_map(|body| { body.secondary_language(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("secondary-voice-id")
        {
            request = request
                .body_map(|body| { body.secondary_voice_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("timezone") {
            request = request.body_map(|body| { body.timezone(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("tool-id") {
            request = request.body_map(|body| { body.tool_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::ToolType>("tool-type") {
            request = request.body_map(|body| { body.tool_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("version-id") {
            request = request.body_map(|body| { body.version_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("voice-id") {
            request = request.body_map(|body| { body.voice_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<f64>("voice-speed") {
            request = request.body_map(|body| { body.voice_speed(value.clone()) });
        }
        self.config.execute_edit_assistant(matches, &mut request)?;
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
    pub async fn execute_list_assistant_voices(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_assistant_voices();
        if let Some(value) = matches.get_one::<::std::string::String>("language") {
            request = request.language(value.clone());
        }
        self.config.execute_list_assistant_voices(matches, &mut request)?;
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
    pub async fn execute_get_assistant(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_assistant();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        self.config.execute_get_assistant(matches, &mut request)?;
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
    pub async fn execute_delete_assistant(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_assistant();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        self.config.execute_delete_assistant(matches, &mut request)?;
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
    pub async fn execute_get_classification_analytics(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_classification_analytics();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("voicemail") {
            request = request.voicemail(value.clone());
        }
        self.config.execute_get_classification_analytics(matches, &mut request)?;
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
    pub async fn execute_get_drill_down_analytics(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_drill_down_analytics();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("voicemail") {
            request = request.voicemail(value.clone());
        }
        self.config.execute_get_drill_down_analytics(matches, &mut request)?;
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
    pub async fn execute_get_duration_distribution(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_duration_distribution();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("voicemail") {
            request = request.voicemail(value.clone());
        }
        self.config.execute_get_duration_distribution(matches, &mut request)?;
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
    pub async fn execute_get_number_analytics(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_number_analytics();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("voicemail") {
            request = request.voicemail(value.clone());
        }
        self.config.execute_get_number_analytics(matches, &mut request)?;
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
    pub async fn execute_get_platform_analytics(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_platform_analytics();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("voicemail") {
            request = request.voicemail(value.clone());
        }
        self.config.execute_get_platform_analytics(matches, &mut request)?;
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
    pub async fn execute_get_call_details(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_call_details();
        if let Some(value) = matches.get_one::<::std::string::String>("id") {
            request = request.id(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("send-analysis") {
            request = request.send_analysis(value.clone());
        }
        self.config.execute_get_call_details(matches, &mut request)?;
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
    pub async fn execute_delete_contact_list(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_contact_list();
        if let Some(value) = matches.get_one::<::std::string::String>("list-id") {
            request = request.list_id(value.clone());
        }
        self.config.execute_delete_contact_list(matches, &mut request)?;
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
    pub async fn execute_list_call_history(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_call_history();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<u64>("offset") {
            request = request.offset(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<types::CallStatus>("status") {
            request = request.status(value.clone());
        }
        self.config.execute_list_call_history(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::CallRecord>();
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
                        self.config.list_end_success::<types::CallRecord>();
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
    pub async fn execute_download_call_history(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.download_call_history();
        if let Some(value) = matches
            .get_many::<::std::string::String>("agent-id")
            .map(|values| {
                values.cloned().collect::<::std::vec::Vec<::std::string::String>>()
            })
        {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("call-id") {
            request = request.call_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::CallDirection>("call-type") {
            request = request.call_type(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("end-date") {
            request = request.end_date(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-number") {
            request = request.from_number(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("include-analysis") {
            request = request.include_analysis(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<u64>("offset") {
            request = request.offset(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("start-date") {
            request = request.start_date(value.clone());
        }
        if let Some(value) = matches.get_one::<types::CallStatus>("status") {
            request = request.status(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("to-number") {
            request = request.to_number(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("voicemail") {
            request = request.voicemail(value.clone());
        }
        self.config.execute_download_call_history(matches, &mut request)?;
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
    pub async fn execute_initiate_individual_call(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.initiate_individual_call();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::InitiateCallRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("callback-url") {
            request = request.body_map(|body| { body.callback_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-number") {
            request = request.body_map(|body| { body.from_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-number-id") {
            request = request.body_map(|body| { body.from_number_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("mobile-number") {
            request = request.body_map(|body| { body.mobile_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        self.config.execute_initiate_individual_call(matches, &mut request)?;
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
    pub async fn execute_initiate_individual_call_v2(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.initiate_individual_call_v2();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::InitiateCallV2Request,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("call-category") {
            request = request.body_map(|body| { body.call_category(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("callback-url") {
            request = request.body_map(|body| { body.callback_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-number") {
            request = request.body_map(|body| { body.from_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("from-number-id") {
            request = request.body_map(|body| { body.from_number_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("mobile-number") {
            request = request.body_map(|body| { body.mobile_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("number-pool-id") {
            request = request.body_map(|body| { body.number_pool_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("parent-call-id") {
            request = request.body_map(|body| { body.parent_call_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("version-id") {
            request = request.body_map(|body| { body.version_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("voice-id") {
            request = request.body_map(|body| { body.voice_id(value.clone()) });
        }
        self.config.execute_initiate_individual_call_v2(matches, &mut request)?;
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
    pub async fn execute_list_campaigns(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_campaigns();
        if let Some(value) = matches.get_one::<bool>("call-count") {
            request = request.call_count(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<u64>("offset") {
            request = request.offset(value.clone());
        }
        self.config.execute_list_campaigns(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::Campaign>();
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
                        self.config.list_end_success::<types::Campaign>();
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
    pub async fn execute_check_large_campaign_balance(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.check_large_campaign_balance();
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        self.config.execute_check_large_campaign_balance(matches, &mut request)?;
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
    pub async fn execute_start_large_campaign_calls(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.start_large_campaign_calls();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::StartLargeCampaignCallsRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.body_map(|body| { body.bulk_list_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("callback-url") {
            request = request.body_map(|body| { body.callback_url(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("campaign-end-time")
        {
            request = request.body_map(|body| { body.campaign_end_time(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("campaign-start-time")
        {
            request = request
                .body_map(|body| { body.campaign_start_time(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("concurrency-percentage") {
            request = request
                .body_map(|body| { body.concurrency_percentage(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("country-code") {
            request = request.body_map(|body| { body.country_code(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("number-pool-id") {
            request = request.body_map(|body| { body.number_pool_id(value.clone()) });
        }
        self.config.execute_start_large_campaign_calls(matches, &mut request)?;
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
    pub async fn execute_upload_campaign_contact_list(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.upload_campaign_contact_list();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("call-config") {
            request = request.call_config(value.clone());
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("campaign-end-time")
        {
            request = request.campaign_end_time(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("campaign-name") {
            request = request.campaign_name(value.clone());
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("campaign-start-time")
        {
            request = request.campaign_start_time(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("country-code") {
            request = request.country_code(value.clone());
        }
        if let Some(path) = matches.get_one::<::std::path::PathBuf>("file") {
            let part = crate::runtime::multipart::FilePart::from_path(path)
                .await
                .with_context(|| format!("failed to read {}", path.display()))?;
            request = request.file(part);
        }
        if let Some(value) = matches.get_one::<bool>("remove-invalid-rows") {
            request = request.remove_invalid_rows(*value);
        }
        if let Some(value) = matches.get_one::<bool>("transliterate-callee-name") {
            request = request.transliterate_callee_name(*value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("variables-map") {
            request = request.variables_map(value.clone());
        }
        self.config.execute_upload_campaign_contact_list(matches, &mut request)?;
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
    pub async fn execute_start_campaign(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.start_campaign();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::StartCampaignRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("list-id") {
            request = request.body_map(|body| { body.list_id(value.clone()) });
        }
        self.config.execute_start_campaign(matches, &mut request)?;
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
    pub async fn execute_terminate_calls(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.terminate_calls();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::TerminateCallsRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("campaign-id") {
            request = request.body_map(|body| { body.campaign_id(value.clone()) });
        }
        self.config.execute_terminate_calls(matches, &mut request)?;
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
    pub async fn execute_terminate_calls_by_agent(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.terminate_calls_by_agent();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::TerminateByAgentRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        self.config.execute_terminate_calls_by_agent(matches, &mut request)?;
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
    pub async fn execute_terminate_calls_by_ids(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.terminate_calls_by_ids();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::TerminateByCallIdsRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_terminate_calls_by_ids(matches, &mut request)?;
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
    pub async fn execute_terminate_campaign_numbers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.terminate_campaign_numbers();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::TerminateCampaignNumbersRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("campaign-id") {
            request = request.body_map(|body| { body.campaign_id(value.clone()) });
        }
        self.config.execute_terminate_campaign_numbers(matches, &mut request)?;
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
    pub async fn execute_terminate_calls_by_numbers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.terminate_calls_by_numbers();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::TerminateByNumbersRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_terminate_calls_by_numbers(matches, &mut request)?;
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
    pub async fn execute_upload_large_campaign_csv(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.upload_large_campaign_csv();
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.agent_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("call-config") {
            request = request.call_config(value.clone());
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("campaign-end-time")
        {
            request = request.campaign_end_time(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("campaign-name") {
            request = request.campaign_name(value.clone());
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("campaign-start-time")
        {
            request = request.campaign_start_time(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("country-code") {
            request = request.country_code(value.clone());
        }
        if let Some(path) = matches.get_one::<::std::path::PathBuf>("file") {
            let part = crate::runtime::multipart::FilePart::from_path(path)
                .await
                .with_context(|| format!("failed to read {}", path.display()))?;
            request = request.file(part);
        }
        if let Some(value) = matches.get_one::<bool>("remove-invalid-rows") {
            request = request.remove_invalid_rows(*value);
        }
        if let Some(value) = matches.get_one::<bool>("transliterate-callee-name") {
            request = request.transliterate_callee_name(*value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("variables-map") {
            request = request.variables_map(value.clone());
        }
        self.config.execute_upload_large_campaign_csv(matches, &mut request)?;
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
    pub async fn execute_get_large_campaign_upload_status(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_large_campaign_upload_status();
        if let Some(value) = matches.get_one::<::std::string::String>("bulk-list-id") {
            request = request.bulk_list_id(value.clone());
        }
        self.config.execute_get_large_campaign_upload_status(matches, &mut request)?;
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
    pub async fn execute_start_campaign_v2(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.start_campaign_v2();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = read_body_text(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::StartCampaignV2Request,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("agent-id") {
            request = request.body_map(|body| { body.agent_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("callback-url") {
            request = request.body_map(|body| { body.callback_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("list-id") {
            request = request.body_map(|body| { body.list_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("number-pool-id") {
            request = request.body_map(|body| { body.number_pool_id(value.clone()) });
        }
        self.config.execute_start_campaign_v2(matches, &mut request)?;
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
    pub async fn execute_create_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_knowledge_base();
        if let Some(value) = matches.get_one::<::std::string::String>("faqs") {
            request = request.faqs(value.clone());
        }
        if let Some(paths) = matches.get_many::<::std::path::PathBuf>("files") {
            let mut parts = ::std::vec::Vec::new();
            for path in paths {
                parts
                    .push(
                        crate::runtime::multipart::FilePart::from_path(path)
                            .await
                            .with_context(|| {
                                format!("failed to read {}", path.display())
                            })?,
                    );
            }
            request = request.files(parts);
        }
        if let Some(value) = matches.get_one::<::std::string::String>("kb-name") {
            request = request.kb_name(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("urls") {
            request = request.urls(value.clone());
        }
        self.config.execute_create_knowledge_base(matches, &mut request)?;
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
    pub async fn execute_edit_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.edit_knowledge_base();
        if let Some(value) = matches.get_one::<::std::string::String>("faqs-to-remove") {
            request = request.faqs_to_remove(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("files-to-remove")
        {
            request = request.files_to_remove(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("kb-id") {
            request = request.kb_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("new-faqs") {
            request = request.new_faqs(value.clone());
        }
        if let Some(paths) = matches.get_many::<::std::path::PathBuf>("new-files") {
            let mut parts = ::std::vec::Vec::new();
            for path in paths {
                parts
                    .push(
                        crate::runtime::multipart::FilePart::from_path(path)
                            .await
                            .with_context(|| {
                                format!("failed to read {}", path.display())
                            })?,
                    );
            }
            request = request.new_files(parts);
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("new-files-metadata")
        {
            request = request.new_files_metadata(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("new-urls") {
            request = request.new_urls(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("urls-to-remove") {
            request = request.urls_to_remove(value.clone());
        }
        self.config.execute_edit_knowledge_base(matches, &mut request)?;
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
    pub async fn execute_list_knowledge_bases(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_knowledge_bases();
        self.config.execute_list_knowledge_bases(matches, &mut request)?;
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
    pub async fn execute_get_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_knowledge_base();
        if let Some(value) = matches.get_one::<::std::string::String>("kb-id") {
            request = request.kb_id(value.clone());
        }
        self.config.execute_get_knowledge_base(matches, &mut request)?;
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
    pub async fn execute_delete_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_knowledge_base();
        if let Some(value) = matches.get_one::<::std::string::String>("kb-id") {
            request = request.kb_id(value.clone());
        }
        self.config.execute_delete_knowledge_base(matches, &mut request)?;
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
        if let Some(value) = matches
            .get_one::<types::CreateAgentRequestAgentName>("agent-name")
        {
            request = request.body_map(|body| { body.agent_name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AgentType>("agent-type") {
            request = request.body_map(|body| { body.agent_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::CreateAgentRequestFaq>("faq") {
            request = request.body_map(|body| { body.faq(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::CreateAgentRequestIntroMessage>("intro-message")
        {
            request = request.body_map(|body| { body.intro_message(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<
                types::CreateAgentRequestIntroductionAndObjective,
            >("introduction-and-objective")
        {
            request = request
                .body_map(|body| { body.introduction_and_objective(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::Language>("primary-language") {
            request = request.body_map(|body| { body.primary_language(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<
                types::CreateAgentRequestResponseGuidelines,
            >("response-guidelines")
        {
            request = request
                .body_map(|body| { body.response_guidelines(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<
                types::CreateAgentRequestSampleConversations,
            >("sample-conversations")
        {
            request = request
                .body_map(|body| { body.sample_conversations(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::Language>("secondary-language") {
            request = request
                .body_map(|body| { body.secondary_language(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::CreateAgentRequestTask>("task") {
            request = request.body_map(|body| { body.task(value.clone()) });
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
        if let Some(value) = matches
            .get_one::<types::UpdateAgentRequestAgentName>("agent-name")
        {
            request = request.body_map(|body| { body.agent_name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AgentType>("agent-type") {
            request = request.body_map(|body| { body.agent_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::UpdateAgentRequestFaq>("faq") {
            request = request.body_map(|body| { body.faq(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::UpdateAgentRequestIntroMessage>("intro-message")
        {
            request = request.body_map(|body| { body.intro_message(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<
                types::UpdateAgentRequestIntroductionAndObjective,
            >("introduction-and-objective")
        {
            request = request
                .body_map(|body| { body.introduction_and_objective(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::Language>("primary-language") {
            request = request.body_map(|body| { body.primary_language(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<
                types::UpdateAgentRequestResponseGuidelines,
            >("response-guidelines")
        {
            request = request
                .body_map(|body| { body.response_guidelines(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<
                types::UpdateAgentRequestSampleConversations,
            >("sample-conversations")
        {
            request = request
                .body_map(|body| { body.sample_conversations(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::Language>("secondary-language") {
            request = request
                .body_map(|body| { body.secondary_language(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::UpdateAgentRequestTask>("task") {
            request = request.body_map(|body| { body.task(value.clone()) });
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
    pub async fn execute_get_workspace(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_workspace();
        self.config.execute_get_workspace(matches, &mut request)?;
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
    pub async fn execute_list_user_workspaces(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_user_workspaces();
        self.config.execute_list_user_workspaces(matches, &mut request)?;
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
    pub async fn execute_regenerate_api_key(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.regenerate_api_key();
        self.config.execute_regenerate_api_key(matches, &mut request)?;
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
    pub async fn execute_list_workspace_numbers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_workspace_numbers();
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<u64>("offset") {
            request = request.offset(value.clone());
        }
        self.config.execute_list_workspace_numbers(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::WorkspaceNumber>();
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
                        self.config.list_end_success::<types::WorkspaceNumber>();
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
    pub async fn execute_list_workspace_users(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_workspace_users();
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.limit(value.clone());
        }
        if let Some(value) = matches.get_one::<u64>("offset") {
            request = request.offset(value.clone());
        }
        self.config.execute_list_workspace_users(matches, &mut request)?;
        if matches.get_flag("all") {
            self.config.list_start::<types::WorkspaceUser>();
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
                        self.config.list_end_success::<types::WorkspaceUser>();
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
    fn execute_list_assistants(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListAssistants,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_edit_assistant(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::EditAssistant,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_assistant_voices(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListAssistantVoices,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_assistant(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetAssistant,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_assistant(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteAssistant,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_classification_analytics(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetClassificationAnalytics,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_drill_down_analytics(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetDrillDownAnalytics,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_duration_distribution(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetDurationDistribution,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_number_analytics(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetNumberAnalytics,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_platform_analytics(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetPlatformAnalytics,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_call_details(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetCallDetails,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_contact_list(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteContactList,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_call_history(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListCallHistory,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_download_call_history(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DownloadCallHistory,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_initiate_individual_call(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::InitiateIndividualCall,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_initiate_individual_call_v2(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::InitiateIndividualCallV2,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_campaigns(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListCampaigns,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_check_large_campaign_balance(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CheckLargeCampaignBalance,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_start_large_campaign_calls(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::StartLargeCampaignCalls,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_upload_campaign_contact_list(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UploadCampaignContactList,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_start_campaign(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::StartCampaign,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_terminate_calls(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::TerminateCalls,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_terminate_calls_by_agent(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::TerminateCallsByAgent,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_terminate_calls_by_ids(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::TerminateCallsByIds,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_terminate_campaign_numbers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::TerminateCampaignNumbers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_terminate_calls_by_numbers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::TerminateCallsByNumbers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_upload_large_campaign_csv(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UploadLargeCampaignCsv,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_large_campaign_upload_status(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetLargeCampaignUploadStatus,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_start_campaign_v2(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::StartCampaignV2,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateKnowledgeBase,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_edit_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::EditKnowledgeBase,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_knowledge_bases(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListKnowledgeBases,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetKnowledgeBase,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_knowledge_base(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteKnowledgeBase,
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
    fn execute_update_agent(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateAgent,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_workspace(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetWorkspace,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_user_workspaces(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListUserWorkspaces,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_regenerate_api_key(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RegenerateApiKey,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_workspace_numbers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListWorkspaceNumbers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_workspace_users(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListWorkspaceUsers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    /// Called when fetching every page (`--all`) fails part-way; the items already passed
    /// to `list_item` were received.
    fn list_end_stream_error(&self, error: &crate::runtime::Error);
}
#[derive(Copy, Clone, Debug)]
pub enum CliCommand {
    ListAssistants,
    EditAssistant,
    ListAssistantVoices,
    GetAssistant,
    DeleteAssistant,
    GetClassificationAnalytics,
    GetDrillDownAnalytics,
    GetDurationDistribution,
    GetNumberAnalytics,
    GetPlatformAnalytics,
    GetCallDetails,
    DeleteContactList,
    ListCallHistory,
    DownloadCallHistory,
    InitiateIndividualCall,
    InitiateIndividualCallV2,
    ListCampaigns,
    CheckLargeCampaignBalance,
    StartLargeCampaignCalls,
    UploadCampaignContactList,
    StartCampaign,
    TerminateCalls,
    TerminateCallsByAgent,
    TerminateCallsByIds,
    TerminateCampaignNumbers,
    TerminateCallsByNumbers,
    UploadLargeCampaignCsv,
    GetLargeCampaignUploadStatus,
    StartCampaignV2,
    CreateKnowledgeBase,
    EditKnowledgeBase,
    ListKnowledgeBases,
    GetKnowledgeBase,
    DeleteKnowledgeBase,
    CreateAgent,
    UpdateAgent,
    GetWorkspace,
    ListUserWorkspaces,
    RegenerateApiKey,
    ListWorkspaceNumbers,
    ListWorkspaceUsers,
}
impl CliCommand {
    pub fn iter() -> impl Iterator<Item = CliCommand> {
        vec![
            CliCommand::ListAssistants, CliCommand::EditAssistant,
            CliCommand::ListAssistantVoices, CliCommand::GetAssistant,
            CliCommand::DeleteAssistant, CliCommand::GetClassificationAnalytics,
            CliCommand::GetDrillDownAnalytics, CliCommand::GetDurationDistribution,
            CliCommand::GetNumberAnalytics, CliCommand::GetPlatformAnalytics,
            CliCommand::GetCallDetails, CliCommand::DeleteContactList,
            CliCommand::ListCallHistory, CliCommand::DownloadCallHistory,
            CliCommand::InitiateIndividualCall, CliCommand::InitiateIndividualCallV2,
            CliCommand::ListCampaigns, CliCommand::CheckLargeCampaignBalance,
            CliCommand::StartLargeCampaignCalls, CliCommand::UploadCampaignContactList,
            CliCommand::StartCampaign, CliCommand::TerminateCalls,
            CliCommand::TerminateCallsByAgent, CliCommand::TerminateCallsByIds,
            CliCommand::TerminateCampaignNumbers, CliCommand::TerminateCallsByNumbers,
            CliCommand::UploadLargeCampaignCsv, CliCommand::GetLargeCampaignUploadStatus,
            CliCommand::StartCampaignV2, CliCommand::CreateKnowledgeBase,
            CliCommand::EditKnowledgeBase, CliCommand::ListKnowledgeBases,
            CliCommand::GetKnowledgeBase, CliCommand::DeleteKnowledgeBase,
            CliCommand::CreateAgent, CliCommand::UpdateAgent, CliCommand::GetWorkspace,
            CliCommand::ListUserWorkspaces, CliCommand::RegenerateApiKey,
            CliCommand::ListWorkspaceNumbers, CliCommand::ListWorkspaceUsers,
        ]
            .into_iter()
    }
    pub fn operation_id(&self) -> &'static str {
        match self {
            CliCommand::ListAssistants => "list_assistants",
            CliCommand::EditAssistant => "edit_assistant",
            CliCommand::ListAssistantVoices => "list_assistant_voices",
            CliCommand::GetAssistant => "get_assistant",
            CliCommand::DeleteAssistant => "delete_assistant",
            CliCommand::GetClassificationAnalytics => "get_classification_analytics",
            CliCommand::GetDrillDownAnalytics => "get_drill_down_analytics",
            CliCommand::GetDurationDistribution => "get_duration_distribution",
            CliCommand::GetNumberAnalytics => "get_number_analytics",
            CliCommand::GetPlatformAnalytics => "get_platform_analytics",
            CliCommand::GetCallDetails => "get_call_details",
            CliCommand::DeleteContactList => "delete_contact_list",
            CliCommand::ListCallHistory => "list_call_history",
            CliCommand::DownloadCallHistory => "download_call_history",
            CliCommand::InitiateIndividualCall => "initiate_individual_call",
            CliCommand::InitiateIndividualCallV2 => "initiate_individual_call_v2",
            CliCommand::ListCampaigns => "list_campaigns",
            CliCommand::CheckLargeCampaignBalance => "check_large_campaign_balance",
            CliCommand::StartLargeCampaignCalls => "start_large_campaign_calls",
            CliCommand::UploadCampaignContactList => "upload_campaign_contact_list",
            CliCommand::StartCampaign => "start_campaign",
            CliCommand::TerminateCalls => "terminate_calls",
            CliCommand::TerminateCallsByAgent => "terminate_calls_by_agent",
            CliCommand::TerminateCallsByIds => "terminate_calls_by_ids",
            CliCommand::TerminateCampaignNumbers => "terminate_campaign_numbers",
            CliCommand::TerminateCallsByNumbers => "terminate_calls_by_numbers",
            CliCommand::UploadLargeCampaignCsv => "upload_large_campaign_csv",
            CliCommand::GetLargeCampaignUploadStatus => {
                "get_large_campaign_upload_status"
            }
            CliCommand::StartCampaignV2 => "start_campaign_v2",
            CliCommand::CreateKnowledgeBase => "create_knowledge_base",
            CliCommand::EditKnowledgeBase => "edit_knowledge_base",
            CliCommand::ListKnowledgeBases => "list_knowledge_bases",
            CliCommand::GetKnowledgeBase => "get_knowledge_base",
            CliCommand::DeleteKnowledgeBase => "delete_knowledge_base",
            CliCommand::CreateAgent => "create_agent",
            CliCommand::UpdateAgent => "update_agent",
            CliCommand::GetWorkspace => "get_workspace",
            CliCommand::ListUserWorkspaces => "list_user_workspaces",
            CliCommand::RegenerateApiKey => "regenerate_api_key",
            CliCommand::ListWorkspaceNumbers => "list_workspace_numbers",
            CliCommand::ListWorkspaceUsers => "list_workspace_users",
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
            CliCommand::ListAssistants => ::std::option::Option::Some("/data/agents"),
            CliCommand::ListAssistantVoices => ::std::option::Option::Some("/voices"),
            CliCommand::GetNumberAnalytics => {
                ::std::option::Option::Some("/number_analytics")
            }
            CliCommand::ListCallHistory => ::std::option::Option::Some("/calls"),
            CliCommand::ListCampaigns => ::std::option::Option::Some("/campaigns"),
            CliCommand::ListKnowledgeBases => ::std::option::Option::Some("/items"),
            CliCommand::ListUserWorkspaces => ::std::option::Option::Some("/workspaces"),
            CliCommand::ListWorkspaceNumbers => {
                ::std::option::Option::Some("/workspace_numbers")
            }
            CliCommand::ListWorkspaceUsers => {
                ::std::option::Option::Some("/workspace_users")
            }
            _ => ::std::option::Option::None,
        }
    }
}
