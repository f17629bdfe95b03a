//! Call history, its export, and one call's details.

use voiceai::ringg::types;

use super::calls::Call;
use super::{not_found, paging, query_bool, validation, Answer, State};
use crate::{iso8601, iso8601_micros, Ctx, Reply, Req};

/// The filters of history and its export.
#[derive(Default)]
struct Filter {
    start: Option<f64>,
    end: Option<f64>,
    agents: Vec<String>,
    status: Option<String>,
    bulk_list_id: Option<String>,
    call_type: Option<String>,
    voicemail: Option<bool>,
    from_number: Option<String>,
    to_number: Option<String>,
    call_id: Option<String>,
}

impl Filter {
    fn read(req: &Req) -> Result<Filter, Reply> {
        let date = |name: &str, end: bool| -> Result<Option<f64>, Reply> {
            match req.query(name) {
                None | Some("") => Ok(None),
                Some(text) => {
                    // A bare date as the end covers its whole day (compared with `<=`).
                    let t = crate::parse_date_bound(text, end).ok_or_else(|| {
                        validation(
                            &["query", name],
                            &format!("`{text}` is not an ISO 8601 date-time"),
                        )
                    })?;
                    Ok(Some(t))
                }
            }
        };
        let text = |name: &str| {
            req.query(name)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        Ok(Filter {
            start: date("start_date", false)?,
            end: date("end_date", true)?,
            agents: req
                .query_all("agent_id")
                .into_iter()
                .map(str::to_string)
                .collect(),
            status: text("status"),
            bulk_list_id: text("bulk_list_id"),
            call_type: text("call_type"),
            voicemail: query_bool(req, "voicemail")?,
            from_number: text("from_number"),
            to_number: text("to_number"),
            call_id: text("call_id"),
        })
    }

    fn keeps(&self, call: &Call) -> bool {
        let eq = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        self.start.is_none_or(|s| call.created_at >= s)
            && self.end.is_none_or(|e| call.created_at <= e)
            && (self.agents.is_empty() || self.agents.contains(&call.agent_id))
            && eq(&self.status, &call.status.to_string())
            && eq(
                &self.bulk_list_id,
                call.bulk_list_id.as_deref().unwrap_or_default(),
            )
            && eq(&self.call_type, &call.direction.to_string())
            && self.voicemail.is_none_or(|v| v == call.voicemail)
            && eq(&self.from_number, &call.from_number)
            && eq(&self.to_number, &call.to_number)
            && eq(&self.call_id, &call.id)
    }
}

impl State {
    fn record(&self, call: &Call) -> types::CallRecord {
        types::CallRecord {
            id: call.id.clone(),
            to_number: Some(call.to_number.clone()),
            name: Some(call.callee_name.clone()),
            status: Some(call.status.clone()),
            sub_status: call.sub_status.clone(),
            // History documents the transcript as JSON text.
            transcript: serde_json::to_string(&call.transcript)
                .ok()
                .map(types::Transcript::String),
            audio_recording: call.recording_url.clone(),
            created_at: Some(iso8601_micros(call.created_at)),
            agent: Some(types::CallAgent {
                id: Some(call.agent_id.clone()),
                agent_name: Some(call.agent_name.clone()),
                agent_version_id: Some(call.version_id.clone()),
                orchestration_mode: Some(types::OrchestrationMode::SingleNode),
                version: Some(types::CallAgentVersion {
                    version_id: Some(call.version_id.clone()),
                    version_slug: Some("v1".into()),
                }),
            }),
            call_duration: Some(call.duration),
            call_attempt_time: call
                .attempts
                .get(call.attempt)
                .map(|a| iso8601_micros(a.start)),
            call_cost: Some(call.cost),
            call_type: Some(call.direction.clone()),
            inbound_from: None,
            credits_processed: Some(call.credits_processed),
            from_numbers: vec![call.from_number.clone()],
            voicemail_detected: Some(call.voicemail),
        }
    }

    pub(super) fn list_call_history(&self, req: &Req) -> Answer {
        let (limit, offset) = paging(req)?;
        let filter = Filter::read(req)?;
        let matching: Vec<&Call> = self
            .calls
            .iter()
            .rev()
            .filter(|c| filter.keeps(c))
            .collect();
        let calls: Vec<types::CallRecord> = matching
            .iter()
            .skip(offset)
            .take(limit)
            .map(|c| self.record(c))
            .collect();
        Ok(Reply::ok(&types::CallHistoryResponse {
            count: Some(calls.len() as i64),
            calls,
            limit: Some(limit as i64),
            offset: Some(offset as i64),
            total: Some(types::CallHistoryTotal::Integer(matching.len() as i64)),
        }))
    }

    pub(super) fn download_call_history(&self, req: &Req) -> Answer {
        let (limit, offset) = paging(req)?;
        query_bool(req, "include_analysis")?;
        let filter = Filter::read(req)?;
        let count = self
            .calls
            .iter()
            .filter(|c| filter.keeps(c))
            .skip(offset)
            .take(limit)
            .count();
        Ok(Reply::ok(&types::DownloadCallHistoryResponse {
            message: Some(format!(
                "Call history will be emailed to you shortly ({count} calls)"
            )),
        }))
    }

    pub(super) fn get_call_details(&self, req: &Req, ctx: &Ctx) -> Answer {
        let Some(id) = req.query("id").filter(|id| !id.is_empty()) else {
            return Err(validation(&["query", "id"], "field required"));
        };
        let analysis = query_bool(req, "send_analysis")?.unwrap_or(false);
        let call = self.call(id).ok_or_else(|| not_found("call", id, ctx))?;
        let done = call.platform_analysis.is_some();
        Ok(Reply::ok(&types::CallDetailsResponse {
            status: Some("success".into()),
            data: Some(types::CallDetails {
                id: Some(call.id.clone()),
                call_direction: Some(call.direction.clone()),
                call_status: Some(call.status.clone()),
                call_sub_status: call.sub_status.clone(),
                from_number: Some(call.from_number.clone()),
                to_number: Some(call.to_number.clone()),
                callee_name: Some(call.callee_name.clone()),
                agent_id: Some(call.agent_id.clone()),
                initiation_time: Some(iso8601(call.created_at)),
                recording_url: call.recording_url.clone(),
                transcription_url: (!call.transcript.is_empty())
                    .then(|| types::Transcript::Array(call.transcript.clone())),
                platform_analysis: (analysis && done)
                    .then(|| types::AnalysisData(call.planned_analysis.clone())),
                client_analysis: (analysis && done)
                    .then(|| types::AnalysisData(Default::default())),
                custom_args_values: Some(types::CustomArgsValues(call.custom_args.clone())),
            }),
        }))
    }
}
