//! `PATCH /agent/v1` (`edit_assistant`): one operation per request, chosen by `operation`.

use serde_json::{Map, Value};
use voiceai::ringg::types::{self, EditAssistantOperation as Op};

use super::agents::{set_section, OUTBOUND_VARIABLES, RINGG_DOMAIN};
use super::{bad_request, decode, error, not_found, Answer, State};
use crate::{Ctx, Reply, Req};

/// Fields every operation may carry besides its own.
const COMMON: [&str; 6] = [
    "operation",
    "agent_id",
    "version_id",
    "is_draft",
    "new_draft",
    "config_type",
];

/// The field an operation stored as a setting needs, if any.
fn generic_required(op: &Op) -> Option<Option<&'static str>> {
    Some(match op {
        Op::EditNoiseSettings => Some("mute_while_bot_speaking"),
        Op::EditQueryPhrases => Some("pre_query_response_phrases"),
        Op::EditDtmfSettings => Some("dtmf_settings"),
        Op::EditVadSettings => Some("vad_settings"),
        Op::EditVoiceSpeed => Some("voice_speed"),
        Op::EditExtractCalleeName => Some("extract_callee_name"),
        Op::EditVocab => Some("vocab"),
        Op::EditTimezone => Some("timezone"),
        Op::EditLlmTemperature => Some("llm_temperature"),
        Op::EditDemoSettings => Some("is_demo_enabled"),
        Op::EditCustomAnalysisPrompt => Some("custom_analysis_prompt"),
        Op::EditClientAnalysis => Some("client_analysis"),
        Op::EditChatSettings => Some("chat_settings"),
        Op::EditAnalyticsContext => Some("analytics_context"),
        Op::EditOutboundInbound => Some("enable_outbound_inbound"),
        Op::EditOutboundFromNumberIds => Some("outbound_from_number_ids"),
        Op::EditPreCallTools | Op::EditOnCallTools | Op::EditPostCallTools => Some("tools"),
        Op::EditOnCallTool => Some("on_call_tool"),
        Op::RemoveOnCallTool => Some("tool_id"),
        Op::EditApiSettings | Op::EditVoicemailSettings | Op::EditRateLimit => None,
        _ => return None,
    })
}

fn is_flow_op(op: &Op) -> bool {
    matches!(
        op,
        Op::AttachNodeKb
            | Op::RemoveNodeKb
            | Op::AddFlowNode
            | Op::DeleteFlowNode
            | Op::AddFlowEdge
            | Op::UpdateAgentEdge
            | Op::DeleteFlowEdge
            | Op::EditNodePosition
            | Op::EditNodePositions
            | Op::EditNodeMeta
            | Op::EditNodeIntroMessage
            | Op::EditNodeMessages
            | Op::EditNodeFunctions
            | Op::EditNodePreActions
            | Op::EditNodePostActions
            | Op::EditNodePredefinedTools
            | Op::EditNodeContextStrategy
            | Op::EditNodeRespondImmediately
            | Op::EditNodeVoiceOverride
            | Op::EditNodeDtmfOverride
            | Op::EditNodePreQueryPhrases
            | Op::EditNodePerTypeConfig
    )
}

/// Drops HTML tags (`edit_intro_message` converts HTML to text).
fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Merges `update` into `into`, objects key by key.
fn deep_merge(into: &mut Map<String, Value>, update: Map<String, Value>) {
    for (key, value) in update {
        match (into.get_mut(&key), value) {
            (Some(Value::Object(old)), Value::Object(new)) => deep_merge(old, new),
            (_, value) => {
                into.insert(key, value);
            }
        }
    }
}

fn updated(agent_id: &str) -> types::EditAssistantResponse {
    types::EditAssistantResponse {
        message: Some("Agent updated successfully!".into()),
        agent_id: Some(agent_id.to_string()),
        ..Default::default()
    }
}

impl State {
    pub(super) fn edit_assistant(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let body: types::EditAssistantRequest = decode(req)?;
        let raw: Map<String, Value> = serde_json::from_slice(&req.body).unwrap_or_default();
        let has = |field: &str| raw.get(field).is_some_and(|v| !v.is_null());
        let op = body.operation.clone();
        let op_name = op.to_string();
        let require = |field: &str| -> Result<(), Reply> {
            if has(field) {
                Ok(())
            } else {
                Err(bad_request(
                    &format!("'{field}' is required for operation '{op_name}'"),
                    ctx,
                ))
            }
        };
        let id = body.agent_id.clone();
        let agent = self.agent(&id, ctx)?;
        if agent.archived {
            return Err(bad_request("agent is archived", ctx));
        }
        let agent_type = agent.agent_type.clone();
        if let Op::Unknown(name) = &op {
            return Err(bad_request(&format!("unknown operation '{name}'"), ctx));
        }
        if is_flow_op(&op) {
            return Err(bad_request(
                &format!("operation '{op_name}' applies to multi-node agents only"),
                ctx,
            ));
        }
        let mut answer = updated(&id);
        match op {
            Op::AttachInboundNumber | Op::RemoveInboundNumber => {
                require("number_id")?;
                let number = body.number_id.clone().unwrap_or_default();
                if self.number_by_id(&number).is_none() {
                    return Err(not_found("number", &number, ctx));
                }
                if agent_type == types::AgentType::Outbound {
                    return Err(bad_request(
                        "inbound numbers attach to inbound or outbound_inbound agents only",
                        ctx,
                    ));
                }
                let attach = op == Op::AttachInboundNumber;
                let taken = self
                    .agents
                    .iter()
                    .any(|a| a.id != id && a.inbound_number_ids.contains(&number));
                if attach && taken {
                    return Err(error(409, "conflict", "Inbound number pool conflict", ctx));
                }
                let agent = self.agent_mut(&id, ctx)?;
                let attached = agent.inbound_number_ids.contains(&number);
                match (attach, attached) {
                    (true, false) => agent.inbound_number_ids.push(number),
                    (false, true) => agent.inbound_number_ids.retain(|n| *n != number),
                    (true, true) => return Err(bad_request("number already attached", ctx)),
                    (false, false) => return Err(bad_request("number is not attached", ctx)),
                }
            }
            Op::AttachKb | Op::RemoveKb => {
                require("kb_id")?;
                let kb = body.kb_id.clone().unwrap_or_default();
                if !self.kbs.iter().any(|k| k.id == kb) {
                    return Err(not_found("knowledge base", &kb, ctx));
                }
                let attach = op == Op::AttachKb;
                let agent = self.agent_mut(&id, ctx)?;
                let attached = agent.kb_ids.contains(&kb);
                let message = match (attach, attached) {
                    (true, false) => {
                        agent.kb_ids.push(kb.clone());
                        "Knowledge Base attached successfully"
                    }
                    (false, true) => {
                        agent.kb_ids.retain(|k| *k != kb);
                        "Knowledge Base removed successfully"
                    }
                    (true, true) => {
                        return Err(bad_request("Knowledge Base already attached", ctx))
                    }
                    (false, false) => return Err(bad_request("Knowledge Base not attached", ctx)),
                };
                answer = types::EditAssistantResponse {
                    message: Some(message.into()),
                    kb_id: Some(kb),
                    ..Default::default()
                };
            }
            Op::EditCustomVars => {
                require("custom_variables")?;
                let vars = body.custom_variables.clone();
                if agent_type != types::AgentType::Inbound
                    && !OUTBOUND_VARIABLES
                        .iter()
                        .all(|v| vars.iter().any(|x| x == v))
                {
                    return Err(error(
                        403,
                        "forbidden",
                        "callee_name and mobile_number cannot be removed from an outbound agent",
                        ctx,
                    ));
                }
                self.agent_mut(&id, ctx)?.custom_variables = vars;
            }
            Op::EditLanguage => {
                require("language")?;
                let agent = self.agent_mut(&id, ctx)?;
                agent.language = body.language.clone().unwrap_or(agent.language.clone());
            }
            Op::EditVoice => {
                require("voice_id")?;
                require("language")?;
                let voice = body.voice_id.clone().unwrap_or_default();
                if self.voice(&voice).is_none() {
                    return Err(not_found("voice", &voice, ctx));
                }
                if body.additional_languages.len() + 1 > 6 {
                    return Err(bad_request("at most 6 languages in total", ctx));
                }
                let agent = self.agent_mut(&id, ctx)?;
                agent.voice_id = voice;
                agent.language = body.language.clone().unwrap_or(agent.language.clone());
                match body.secondary_voice_id.as_deref() {
                    Some("") => agent.secondary_voice_id = None,
                    Some(v) => agent.secondary_voice_id = Some(v.to_string()),
                    None => {}
                }
                if let Some(l) = &body.secondary_language {
                    agent.secondary_language = Some(l.clone());
                }
            }
            Op::EditSecondaryLanguage => {
                require("secondary_language")?;
                self.agent_mut(&id, ctx)?.secondary_language = body.secondary_language.clone();
            }
            Op::EditSecondaryVoice => {
                if let Some(v) = &body.secondary_voice_id {
                    let agent = self.agent_mut(&id, ctx)?;
                    agent.secondary_voice_id = (!v.is_empty()).then(|| v.clone());
                }
            }
            Op::EditPrompt => {
                require("agent_prompt")?;
                if let Some(prompt) = body.agent_prompt.clone() {
                    self.agent_mut(&id, ctx)?.prompt = prompt;
                }
            }
            Op::EditAgentDisplayName => {
                require("agent_display_name")?;
                self.agent_mut(&id, ctx)?.name =
                    body.agent_display_name.clone().unwrap_or_default();
            }
            Op::EditIntroMessage => {
                require("intro_message")?;
                let text = strip_html(body.intro_message.as_deref().unwrap_or_default());
                let agent = self.agent_mut(&id, ctx)?;
                agent.intro_message = text.clone();
                set_section(&mut agent.prompt, "Intro message", &text);
            }
            Op::EditAgentWhitelistedDomains => {
                require("whitelisted_domains")?;
                if !body.whitelisted_domains.iter().any(|d| d == RINGG_DOMAIN) {
                    return Err(bad_request(
                        &format!("{RINGG_DOMAIN} must stay in the list"),
                        ctx,
                    ));
                }
                self.agent_mut(&id, ctx)?.whitelisted_domains = body.whitelisted_domains.clone();
            }
            Op::EditEventSubscriptions => {
                require("event_subscriptions")?;
                for s in &body.event_subscriptions {
                    let ok = url::Url::parse(&s.callback_url)
                        .is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
                    if !ok {
                        return Err(bad_request(
                            &format!("`{}` is not a valid callback URL", s.callback_url),
                            ctx,
                        ));
                    }
                }
                self.agent_mut(&id, ctx)?.subscriptions = body.event_subscriptions.clone();
            }
            Op::EditCallConfig => {
                require("call_config")?;
                let update = raw
                    .get("call_config")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                deep_merge(&mut self.agent_mut(&id, ctx)?.call_config, update);
            }
            Op::EditClassificationLabels => {
                require("classification_labels")?;
                if body.classification_labels.len() > 10 {
                    return Err(bad_request("at most 10 classification labels", ctx));
                }
                self.agent_mut(&id, ctx)?.classification_labels =
                    body.classification_labels.clone();
            }
            Op::AddNewAbVersion => {
                let agent = self.agent_mut(&id, ctx)?;
                if agent.versions.len() >= 5 {
                    return Err(bad_request("an agent has at most 5 versions", ctx));
                }
                let version = ctx.uuid();
                let slug = format!("v{}", agent.versions.len() + 1);
                agent
                    .versions
                    .push((version.clone(), slug.clone(), String::new()));
                answer.version_id = Some(version);
                answer.version_slug = Some(slug);
            }
            Op::EditVersionDescription | Op::DeleteVersion => {
                require("version_id")?;
                let version = body.version_id.clone().unwrap_or_default();
                let agent = self.agent_mut(&id, ctx)?;
                let Some(index) = agent.versions.iter().position(|v| v.0 == version) else {
                    return Err(not_found("version", &version, ctx));
                };
                if op == Op::DeleteVersion {
                    if agent.version_id == version {
                        return Err(bad_request("the active version cannot be deleted", ctx));
                    }
                    agent.versions.remove(index);
                    agent.traffic_split.remove(&version);
                } else {
                    require("description")?;
                    agent.versions[index].2 = body.description.clone().unwrap_or_default();
                }
                answer.version_id = Some(version);
            }
            Op::EditTraffic => {
                require("traffic_split")?;
                let agent = self.agent_mut(&id, ctx)?;
                if let Some(unknown) = body
                    .traffic_split
                    .keys()
                    .find(|k| !agent.versions.iter().any(|v| &v.0 == *k))
                {
                    return Err(not_found("version", unknown, ctx));
                }
                let sum: f64 = body.traffic_split.values().sum();
                if (sum - 1.0).abs() > 1e-6 {
                    return Err(bad_request("traffic_split must sum to 1.0", ctx));
                }
                agent.traffic_split = body.traffic_split.clone();
                answer.traffic_split = body.traffic_split.clone();
            }
            Op::ToggleAbTesting => {
                require("ab_enabled")?;
                self.agent_mut(&id, ctx)?.ab_enabled = body.ab_enabled.unwrap_or(false);
            }
            Op::PushToProd => {
                require("prod_version_id")?;
                let version = body.prod_version_id.clone().unwrap_or_default();
                let agent = self.agent_mut(&id, ctx)?;
                if !agent.versions.iter().any(|v| v.0 == version) {
                    return Err(not_found("version", &version, ctx));
                }
                agent.version_id = version;
            }
            other => {
                let Some(required) = generic_required(&other) else {
                    return Err(bad_request(&format!("unknown operation '{op_name}'"), ctx));
                };
                if let Some(field) = required {
                    require(field)?;
                }
                if other == Op::EditRateLimit && agent_type == types::AgentType::Outbound {
                    return Err(bad_request("rate limits apply to inbound agents only", ctx));
                }
                if other == Op::EditVocab
                    && body
                        .vocab
                        .iter()
                        .map(|w| w.split_whitespace().count())
                        .sum::<usize>()
                        > 100
                {
                    return Err(bad_request("vocab holds at most 100 words", ctx));
                }
                if other == Op::EditOnCallTool {
                    let tool_id = body
                        .on_call_tool
                        .get("id")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| ctx.uuid());
                    let name = body
                        .on_call_tool
                        .get("name")
                        .cloned()
                        .unwrap_or(Value::Null);
                    answer.edit_details.insert("tool_id".into(), tool_id.into());
                    answer.edit_details.insert("tool_name".into(), name);
                }
                let agent = self.agent_mut(&id, ctx)?;
                for (key, value) in &raw {
                    if !COMMON.contains(&key.as_str()) {
                        agent.settings.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        self.agent_mut(&id, ctx)?.updated_at = ctx.now;
        Ok(Reply::ok(&answer))
    }
}
