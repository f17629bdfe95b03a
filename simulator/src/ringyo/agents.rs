//! Ringyo's agents: create, list, get, update and delete, with their stats.

use serde_json::{Map, Value};

use super::paging::{epoch, page, paging, status_param};
use super::validation::{validate_agent, AgentFields};
use super::{
    agent_not_found, body_keys, decode, error, list_meta, merge, object, types, CallRec, State,
    MAX_AGENTS,
};
use crate::{to_map, Ctx, Reply, Req};

impl State {
    pub(super) fn create_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
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

    pub(super) fn list_agents(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, true, ctx)?;
        let status = status_param(
            req,
            types::AgentStatus::is_unknown,
            |_| "status must be `active` or `inactive`".into(),
            ctx,
        )?;
        let items = self
            .agents
            .iter()
            .filter(|a| status.is_none() || a.status == status)
            .map(|a| (epoch(a.created_at.as_deref()), a.id.as_str(), a))
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        Ok(Reply::ok(&types::AgentList {
            data: data.into_iter().map(summary).collect(),
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    pub(super) fn get_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
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

    pub(super) fn update_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
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

    pub(super) fn delete_agent(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
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

    pub(super) fn agent_stats(&self, id: &str) -> types::AgentStats {
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
    pub(super) fn recent_calls(&self, filter: impl Fn(&CallRec) -> bool) -> Vec<Value> {
        self.calls
            .iter()
            .rev()
            .filter(|c| filter(c))
            .take(5)
            .filter_map(|c| serde_json::to_value(&c.call).ok())
            .collect()
    }
}

/// An agent as lists show it: without its prompt, settings, metadata and extras.
fn summary(a: &types::Agent) -> types::Agent {
    types::Agent {
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
    }
}
