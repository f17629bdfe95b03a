//! Assistants: create, update, get, list, archive, and the voice catalogue. `edit_assistant`
//! is in `edit.rs`.

use std::collections::HashMap;

use serde_json::{Map, Value};
use voiceai::ringg::types;

use super::{bad_request, decode, not_found, paging, Agent, Answer, State};
use crate::{iso8601_micros, to_map, Ctx, Reply, Req};

/// Variables every outbound agent has.
pub(super) const OUTBOUND_VARIABLES: [&str; 2] = ["callee_name", "mobile_number"];
/// Always whitelisted for the web widget.
pub(super) const RINGG_DOMAIN: &str = "https://www.ringg.ai";

const SECTIONS: [&str; 5] = [
    "Introduction and objective",
    "Task",
    "Response guidelines",
    "FAQ",
    "Sample conversations",
];

/// Sets one section of a sectioned prompt (a plain prompt becomes its first section).
pub(super) fn set_section(prompt: &mut types::AgentPrompt, title: &str, content: &str) {
    if let types::AgentPrompt::String(text) = prompt {
        *prompt = types::AgentPrompt::PromptSections(types::PromptSections {
            prompt_sections: vec![types::PromptSection {
                section_title: Some("Prompt".into()),
                section_content: Some(text.clone()),
            }],
        });
    }
    if let types::AgentPrompt::PromptSections(sections) = prompt {
        let list = &mut sections.prompt_sections;
        match list
            .iter_mut()
            .find(|s| s.section_title.as_deref() == Some(title))
        {
            Some(section) => section.section_content = Some(content.to_string()),
            None => list.push(types::PromptSection {
                section_title: Some(title.to_string()),
                section_content: Some(content.to_string()),
            }),
        }
    }
}

/// The custom variables, with `callee_name` and `mobile_number` for outbound agents.
pub(super) fn with_outbound_variables(
    agent_type: &types::AgentType,
    mut variables: Vec<String>,
) -> Vec<String> {
    if *agent_type != types::AgentType::Inbound {
        for v in OUTBOUND_VARIABLES.iter().rev() {
            if !variables.iter().any(|x| x == v) {
                variables.insert(0, v.to_string());
            }
        }
    }
    variables
}

impl State {
    pub(super) fn voice(&self, id: &str) -> Option<&types::Voice> {
        self.voices.iter().find(|v| v.id == id)
    }

    pub(super) fn create_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let body: types::CreateAgentRequest = decode(req)?;
        if self.voice(&body.voice_id).is_none() {
            return Err(not_found("voice", &body.voice_id, ctx));
        }
        let agent_type = body
            .agent_type
            .clone()
            .unwrap_or(types::AgentType::Outbound);
        let mut prompt = types::AgentPrompt::PromptSections(types::PromptSections {
            prompt_sections: vec![],
        });
        let texts = [
            Some(body.introduction_and_objective.to_string()),
            Some(body.task.to_string()),
            Some(body.response_guidelines.to_string()),
            body.faq.as_ref().map(|f| f.to_string()),
            body.sample_conversations.as_ref().map(|s| s.to_string()),
        ];
        for (title, text) in SECTIONS.iter().zip(texts) {
            if let Some(text) = text {
                set_section(&mut prompt, title, &text);
            }
        }
        let id = ctx.uuid();
        let version_id = ctx.uuid();
        let agent = Agent {
            id: id.clone(),
            version_id: version_id.clone(),
            name: body.agent_name.to_string(),
            custom_variables: with_outbound_variables(&agent_type, body.custom_variables.clone()),
            agent_type,
            language: body.primary_language.clone(),
            secondary_language: body.secondary_language.clone(),
            voice_id: body.voice_id.clone(),
            secondary_voice_id: None,
            intro_message: body.intro_message.to_string(),
            prompt,
            subscriptions: vec![],
            kb_ids: vec![],
            inbound_number_ids: vec![],
            whitelisted_domains: vec![RINGG_DOMAIN.into()],
            call_config: Map::new(),
            classification_labels: HashMap::new(),
            settings: Map::new(),
            versions: vec![(version_id, "v1".into(), "Initial version".into())],
            traffic_split: HashMap::new(),
            ab_enabled: false,
            archived: false,
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        self.agents.push(agent);
        Ok(Reply::ok(&types::CreateAgentResponse {
            success: Some(true),
            data: Some(types::CreateAgentResponseData {
                id: Some(id),
                version: Some("v1".into()),
                created_at: Some(iso8601_micros(ctx.now)),
            }),
            message: Some("Agent created successfully".into()),
        }))
    }

    pub(super) fn update_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let id = req.param("agent_id").to_string();
        self.agent(&id, ctx)?;
        let body: types::UpdateAgentRequest = decode(req)?;
        if let Some(voice) = &body.voice_id {
            if self.voice(voice).is_none() {
                return Err(not_found("voice", voice, ctx));
            }
        }
        let present = serde_json::from_slice::<Map<String, Value>>(&req.body).unwrap_or_default();
        let agent = self.agent_mut(&id, ctx)?;
        if agent.archived {
            return Err(bad_request("agent is archived", ctx));
        }
        if let Some(name) = &body.agent_name {
            agent.name = name.to_string();
        }
        if let Some(t) = &body.agent_type {
            agent.agent_type = t.clone();
        }
        if let Some(l) = &body.primary_language {
            agent.language = l.clone();
        }
        if let Some(l) = &body.secondary_language {
            agent.secondary_language = Some(l.clone());
        }
        if let Some(v) = &body.voice_id {
            agent.voice_id = v.clone();
        }
        if let Some(m) = &body.intro_message {
            agent.intro_message = m.to_string();
        }
        let texts = [
            body.introduction_and_objective
                .as_ref()
                .map(|x| x.to_string()),
            body.task.as_ref().map(|x| x.to_string()),
            body.response_guidelines.as_ref().map(|x| x.to_string()),
            body.faq.as_ref().map(|x| x.to_string()),
            body.sample_conversations.as_ref().map(|x| x.to_string()),
        ];
        for (title, text) in SECTIONS.iter().zip(texts) {
            if let Some(text) = text {
                set_section(&mut agent.prompt, title, &text);
            }
        }
        if present.contains_key("custom_variables") {
            agent.custom_variables =
                with_outbound_variables(&agent.agent_type, body.custom_variables.clone());
        }
        agent.updated_at = ctx.now;
        Ok(Reply::ok(&types::UpdateAgentResponse {
            success: Some(true),
            data: Some(types::UpdateAgentResponseData {
                id: Some(id),
                version: Some("v1".into()),
                updated_at: Some(iso8601_micros(ctx.now)),
            }),
            message: Some("Agent updated successfully".into()),
        }))
    }

    pub(super) fn get_assistant(&self, req: &Req, ctx: &Ctx) -> Answer {
        let agent = self.agent(req.param("agent_id"), ctx)?;
        Ok(Reply::ok(&types::GetAssistantResponse {
            agents: Some(self.detail(agent)),
        }))
    }

    pub(super) fn list_assistants(&self, req: &Req) -> Answer {
        let (limit, offset) = paging(req)?;
        let agents = self
            .agents
            .iter()
            .rev()
            .skip(offset)
            .take(limit)
            .map(|a| types::AssistantSummary {
                id: a.id.clone(),
                agent_display_name: Some(a.name.clone()),
                agent_type: Some(a.agent_type.clone()),
                call_count: Some(self.calls.iter().filter(|c| c.agent_id == a.id).count() as i64),
                created_at: Some(iso8601_micros(a.created_at)),
                updated_at: Some(iso8601_micros(a.updated_at)),
                custom_variables: Some(types::CustomVariables::Array(a.custom_variables.clone())),
                is_archived: Some(a.archived),
                secondary_language: a.secondary_language.as_ref().map(|l| l.to_string()),
                secondary_voice_id: a.secondary_voice_id.clone(),
                template_source: Some("api".into()),
                template_type: Some(a.agent_type.to_string()),
                template_icon: None,
                template_label: None,
                template_name: None,
                tools: Vec::new(),
            })
            .collect();
        Ok(Reply::ok(&types::ListAssistantsResponse {
            status: Some("success".into()),
            data: Some(types::ListAssistantsResponseData { agents }),
        }))
    }

    pub(super) fn delete_assistant(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let agent = self.agent_mut(req.param("agent_id"), ctx)?;
        agent.archived = true;
        agent.updated_at = ctx.now;
        Ok(Reply::ok(&types::MessageResponse {
            message: Some("Agent archived successfully".into()),
        }))
    }

    pub(super) fn list_assistant_voices(&self, req: &Req) -> Answer {
        let wanted = req.query_all("language");
        let voices = self
            .voices
            .iter()
            .filter(|v| {
                wanted.is_empty()
                    || v.languages
                        .iter()
                        .any(|l| wanted.iter().any(|w| w.trim().eq_ignore_ascii_case(l)))
            })
            .cloned()
            .collect();
        Ok(Reply::ok(&types::VoicesResponse { voices }))
    }

    /// The documented flat fields and the live versioned ones.
    fn detail(&self, agent: &Agent) -> types::AssistantDetail {
        let voice = self.voice(&agent.voice_id);
        let agent_voice = types::AgentVoice {
            id: Some(agent.voice_id.clone()),
            name: voice.and_then(|v| v.name.clone()),
            voice_preview: voice.and_then(|v| v.voice_previews.values().next().cloned()),
        };
        let config = types::AgentConfig {
            agent_prompt: Some(agent.prompt.clone()),
            custom_variables: Some(types::CustomVariables::Array(
                agent.custom_variables.clone(),
            )),
            intro_message: Some(agent.intro_message.clone()),
            analytics_context: Map::new(),
        };
        let kbs: Vec<Map<String, Value>> = agent
            .kb_ids
            .iter()
            .map(|id| {
                let mut m = Map::new();
                m.insert("kb_id".into(), id.clone().into());
                let name = self
                    .kbs
                    .iter()
                    .find(|k| &k.id == id)
                    .map(|k| k.name.clone());
                m.insert("kb_name".into(), name.into());
                m
            })
            .collect();
        let first_kb = agent
            .kb_ids
            .first()
            .and_then(|id| self.kbs.iter().find(|k| &k.id == id));
        let versions = agent
            .versions
            .iter()
            .map(|(id, slug, description)| {
                let traffic = agent
                    .traffic_split
                    .get(id)
                    .copied()
                    .or((id == &agent.version_id).then_some(1.0));
                let ab = types::AbVersion {
                    slug: Some(slug.clone()),
                    description: Some(description.clone()),
                    call_traffic: traffic,
                };
                let details = types::AgentVersionDetails {
                    agent_config: Some(config.clone()),
                    analytics_context: Map::new(),
                    client_analysis: Map::new(),
                    custom_analysis_prompt: agent
                        .settings
                        .get("custom_analysis_prompt")
                        .and_then(|v| v.as_object().cloned())
                        .unwrap_or_default(),
                    event_subscriptions: agent.subscriptions.iter().map(to_map).collect(),
                    knowledge_bases: kbs.clone(),
                    language: Some(agent.language.to_string()),
                    tools: vec![],
                    version_slug: Some(slug.clone()),
                    voice: to_map(&agent_voice),
                };
                ((id.clone(), ab), (id.clone(), details))
            })
            .unzip::<_, _, HashMap<_, _>, HashMap<_, _>>();
        types::AssistantDetail {
            id: Some(agent.id.clone()),
            agent_display_name: Some(agent.name.clone()),
            agent_type: Some(agent.agent_type.clone()),
            whitelisted_domains: agent.whitelisted_domains.clone(),
            language: Some(agent.language.clone()),
            form_fields: vec![],
            voice: Some(agent_voice),
            agent_config: Some(config),
            knowledge_base_id: first_kb.map(|k| k.id.clone()),
            knowledge_base_name: first_kb.map(|k| k.name.clone()),
            created_at: Some(iso8601_micros(agent.created_at)),
            updated_at: Some(iso8601_micros(agent.updated_at)),
            tools: vec![],
            secondary_language: agent.secondary_language.as_ref().map(|l| l.to_string()),
            secondary_voice_id: agent.secondary_voice_id.clone(),
            orchestration_mode: Some(types::OrchestrationMode::SingleNode),
            active_agent_version_id: (!agent.ab_enabled).then(|| agent.version_id.clone()),
            is_ab_live: Some(agent.ab_enabled),
            ab_versions: versions.0,
            classification_labels: agent.classification_labels.clone(),
            version_details: versions.1,
            ..Default::default()
        }
    }
}
