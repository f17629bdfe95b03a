//! Calls moving along the clock, and the webhooks and callbacks they send. Nothing here draws
//! randomness: every call's plan was drawn when it was created.

use voiceai::ringg::types;

use super::calls::{Call, Stage};
use super::{State, CREDITS_PER_MINUTE, WEBHOOK_RETRY_DELAYS};
use crate::{Ctx, Delivery};

/// Seconds between the end of a completed call and its recording and analysis.
pub const PROCESSING_SECONDS: f64 = 3.0;

fn event_name(event: &types::WebhookEvent) -> &'static str {
    use types::WebhookEvent as E;
    match event {
        E::CallStarted { .. } => "call_started",
        E::CallRinging { .. } => "call_ringing",
        E::CallOngoing { .. } => "call_ongoing",
        E::CallCompleted { .. } => "call_completed",
        E::RecordingCompleted { .. } => "recording_completed",
        E::PlatformAnalysisCompleted { .. } => "platform_analysis_completed",
        E::ClientAnalysisCompleted { .. } => "client_analysis_completed",
        E::AllProcessingCompleted { .. } => "all_processing_completed",
    }
}

fn subscribes(sub: &types::EventSubscription, name: &str) -> bool {
    let is = |t: &types::WebhookEventType| t.to_string() == name;
    match &sub.event_type {
        types::EventSubscriptionEventType::WebhookEventType(t) => is(t),
        types::EventSubscriptionEventType::Array(list) => list.iter().any(is),
    }
}

/// The call's conversation as a transcript value.
fn transcript(call: &Call) -> Option<types::Transcript> {
    (!call.transcript.is_empty()).then(|| types::Transcript::Array(call.transcript.clone()))
}

impl State {
    /// Applies every step of every call that is due by `ctx.now`.
    pub(super) fn advance(&mut self, ctx: &mut Ctx) {
        for index in 0..self.calls.len() {
            if self.calls[index].stage == Stage::Done {
                continue;
            }
            while self.step(index, ctx) {}
        }
    }

    /// One due step of one call; `false` when nothing is due.
    fn step(&mut self, index: usize, ctx: &mut Ctx) -> bool {
        let now = ctx.now;
        let call = &mut self.calls[index];
        if call.stage == Stage::Done {
            return false;
        }
        let Some(attempt) = call.attempts.get(call.attempt).cloned() else {
            return false;
        };
        match call.stage {
            Stage::Queued if now >= attempt.start => {
                call.stage = Stage::Dialing;
                call.status = types::CallStatus::Ongoing;
                call.sub_status = Some("RINGING".into());
                let event = types::WebhookEvent::CallStarted {
                    agent_id: Some(call.agent_id.clone()),
                    agent_name: Some(call.agent_name.clone()),
                    call_cost: None,
                    call_id: call.id.clone(),
                    call_sid: Some(call.call_sid.clone()),
                    custom_args_values: Some(types::CustomArgsValues(call.custom_args.clone())),
                    first_utterance_seconds: None,
                    overall_latency_seconds: None,
                    sub_status: Some("ACCEPTED".into()),
                    tool_call_logs: vec![],
                    version_description: None,
                    version_id: Some(call.version_id.clone()),
                    version_slug: Some("v1".into()),
                    workspace_id: Some(self.workspace_id.clone()),
                };
                self.notify(index, &[event], ctx);
                true
            }
            Stage::Dialing if now >= attempt.end() => {
                let end = attempt.end();
                call.sub_status = Some(attempt.sub_status.into());
                call.ended_at = Some(end);
                let retry_count = call.attempt as i64;
                if attempt.answered {
                    call.status = types::CallStatus::Completed;
                    call.stage = Stage::Processing;
                    call.duration = (attempt.talk * 1000.0).round() / 1000.0;
                    call.cost =
                        ((attempt.talk / 60.0) * CREDITS_PER_MINUTE * 100.0).round() / 100.0;
                    call.credits_processed = true;
                    call.transcript = call.planned_transcript.clone();
                    call.recording_url = Some(format!(
                        "https://recordings.ringg.ai/v1/recordings/{}.mp3",
                        call.id
                    ));
                    self.credits -= call.cost;
                } else if call.attempt + 1 < call.attempts.len() {
                    call.status = types::CallStatus::Retry;
                    call.stage = Stage::Queued;
                    call.attempt += 1;
                } else {
                    call.status = types::CallStatus::Failed;
                    call.stage = Stage::Done;
                }
                let call = &self.calls[index];
                let (bot, user) = call.transcript.iter().fold((0, 0), |(b, u), t| {
                    (
                        b + t.0.contains_key("bot") as i64,
                        u + t.0.contains_key("user") as i64,
                    )
                });
                let event = types::WebhookEvent::CallCompleted {
                    agent_id: Some(call.agent_id.clone()),
                    agent_message_count: Some(bot),
                    agent_name: Some(call.agent_name.clone()),
                    bulk_list_id: call.bulk_list_id.clone(),
                    call_cost: Some(call.cost),
                    call_duration: Some(call.duration),
                    call_id: call.id.clone(),
                    call_sid: Some(call.call_sid.clone()),
                    call_type: Some(call.direction.clone()),
                    called_on: Some(crate::iso8601_micros(end).replace("+00:00", "Z")),
                    custom_args_values: Some(types::CustomArgsValues(call.custom_args.clone())),
                    first_utterance_seconds: attempt.answered.then_some(1.2),
                    from_number: Some(call.from_number.clone()),
                    overall_latency_seconds: attempt.answered.then_some(0.9),
                    retry_count: Some(retry_count),
                    status: Some(call.status.clone()),
                    to_number: Some(call.to_number.clone()),
                    tool_call_logs: vec![],
                    transcript: transcript(call),
                    user_message_count: Some(user),
                    version_id: Some(call.version_id.clone()),
                    workspace_id: Some(self.workspace_id.clone()),
                };
                self.notify(index, &[event], ctx);
                true
            }
            Stage::Processing if now >= attempt.end() + PROCESSING_SECONDS => {
                call.stage = Stage::Done;
                call.platform_analysis = Some(call.planned_analysis.clone());
                let call = &self.calls[index];
                let analysis = Some(types::AnalysisData(call.planned_analysis.clone()));
                let args = Some(types::CustomArgsValues(call.custom_args.clone()));
                let workspace = Some(self.workspace_id.clone());
                let events = [
                    types::WebhookEvent::RecordingCompleted {
                        agent_id: Some(call.agent_id.clone()),
                        call_id: call.id.clone(),
                        call_sid: Some(call.call_sid.clone()),
                        custom_args_values: args.clone(),
                        recording_duration: Some(call.duration),
                        recording_url: call.recording_url.clone(),
                        workspace_id: workspace.clone(),
                    },
                    types::WebhookEvent::PlatformAnalysisCompleted {
                        agent_id: Some(call.agent_id.clone()),
                        analysis_data: analysis.clone(),
                        call_id: call.id.clone(),
                        call_sid: Some(call.call_sid.clone()),
                        custom_args_values: args.clone(),
                        workspace_id: workspace.clone(),
                    },
                    types::WebhookEvent::AllProcessingCompleted {
                        agent_id: Some(call.agent_id.clone()),
                        agent_name: Some(call.agent_name.clone()),
                        call_cost: Some(call.cost),
                        call_duration: Some(call.duration),
                        call_id: call.id.clone(),
                        call_sid: Some(call.call_sid.clone()),
                        call_type: Some(call.direction.clone()),
                        client_analysis: None,
                        custom_args_values: args,
                        from_number: Some(call.from_number.clone()),
                        platform_analysis: analysis,
                        recording_url: call.recording_url.clone(),
                        status: Some(call.status.clone()),
                        sub_status: call.sub_status.clone(),
                        to_number: Some(call.to_number.clone()),
                        transcript: transcript(call),
                        version_id: Some(call.version_id.clone()),
                        workspace_id: workspace,
                    },
                ];
                self.notify(index, &events, ctx);
                true
            }
            _ => false,
        }
    }

    /// Cancels a queued call (`registered` or `retry`); `false` if it is past that.
    pub(super) fn cancel(&mut self, index: usize, ctx: &mut Ctx) -> bool {
        let call = &mut self.calls[index];
        if call.stage != Stage::Queued {
            return false;
        }
        call.stage = Stage::Done;
        call.status = types::CallStatus::Cancelled;
        call.sub_status = Some("TERMINATED".into());
        call.ended_at = Some(ctx.now);
        self.notify(index, &[], ctx);
        true
    }

    /// Sends `events` to the agent's subscriptions, and the call's status to its callback
    /// when the status changed (any call step but the post-processing one).
    fn notify(&mut self, index: usize, events: &[types::WebhookEvent], ctx: &mut Ctx) {
        let call = &self.calls[index];
        let subscriptions = self
            .agents
            .iter()
            .find(|a| a.id == call.agent_id)
            .map(|a| a.subscriptions.clone())
            .unwrap_or_default();
        let mut deliveries = Vec::new();
        for event in events {
            let name = event_name(event);
            // A later subscription of the same event overwrites an earlier one.
            let Some(sub) = subscriptions.iter().rev().find(|s| subscribes(s, name)) else {
                continue;
            };
            let mut headers: Vec<(String, String)> = sub
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            headers.sort();
            let method = match &sub.method_type {
                Some(types::EventSubscriptionMethodType::Put) => http::Method::PUT,
                Some(types::EventSubscriptionMethodType::Patch) => http::Method::PATCH,
                _ => http::Method::POST,
            };
            deliveries.push((
                name.to_string(),
                sub.callback_url.clone(),
                method,
                headers,
                event_body(event),
            ));
        }
        let status_changed = events
            .iter()
            .all(|e| !matches!(e, types::WebhookEvent::RecordingCompleted { .. }));
        if let (Some(callback), true) = (&call.callback, status_changed) {
            let body = types::CallStatusCallback {
                status: Some("success".into()),
                message: Some("Call Details".into()),
                data: Some(types::CallStatusCallbackData {
                    agent_id: Some(call.agent_id.clone()),
                    analysis: call.platform_analysis.clone().map(types::AnalysisData),
                    call_direction: Some(call.direction.clone()),
                    call_duration: Some(call.duration),
                    call_id: Some(call.id.clone()),
                    custom_args_values: Some(types::CustomArgsValues(call.custom_args.clone())),
                    from_number: Some(call.from_number.clone()),
                    recording_url: call.recording_url.clone(),
                    retry: Some(call.attempt as i64),
                    status: Some(call.status.clone()),
                    to_number: Some(call.to_number.clone()),
                    transcript: (!call.transcript.is_empty())
                        .then(|| serde_json::to_string(&call.transcript).ok())
                        .flatten()
                        .map(types::Transcript::String),
                }),
            };
            deliveries.push((
                format!("call_status:{}", call.status),
                callback.url.clone(),
                http::Method::POST,
                callback.headers.clone(),
                serde_json::to_vec(&body).unwrap_or_default(),
            ));
        }
        for (event, url, method, mut headers, body) in deliveries {
            if !headers
                .iter()
                .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            {
                headers.push(("content-type".into(), "application/json".into()));
            }
            ctx.deliver(Delivery {
                api: "ringg",
                event,
                url,
                method,
                headers,
                body,
                retry_delays: WEBHOOK_RETRY_DELAYS.to_vec(),
            });
        }
    }
}

fn event_body(event: &types::WebhookEvent) -> Vec<u8> {
    serde_json::to_vec(event).unwrap_or_default()
}
