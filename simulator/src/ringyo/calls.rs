//! Ringyo's calls: create, list and get, and their progress along the clock.

use serde_json::{Map, Value};

use super::numbers::can_dial;
use super::outcomes::plan_call;
use super::paging::{date_param, page, paging, plus_restored, status_param};
use super::validation::check_url;
use super::{
    decode, error, list_meta, object, types, CallRec, Fate, Includes, Stage, State,
    CREDITS_PER_MINUTE, MAX_CONCURRENT_CALLS,
};
use crate::{is_e164, iso8601, to_map, Ctx, Reply, Req};

impl State {
    /// The `data` of a call event.
    pub(super) fn call_event_data(&self, index: usize, event: &str) -> Map<String, Value> {
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
    pub(super) fn advance(&mut self, ctx: &mut Ctx) {
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

    pub(super) fn create_call(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
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

    pub(super) fn list_calls(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, true, ctx)?;
        let status = status_param(
            req,
            types::CallStatus::is_unknown,
            |s| format!("status `{s}` is not a call status"),
            ctx,
        )?;
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
            .map(|c| (c.created, c.call.id.as_str(), &c.call))
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        Ok(Reply::ok(&types::CallList {
            data: data.into_iter().cloned().collect(),
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    pub(super) fn get_call(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
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
}

/// Ends a call at `at` with `status`.
pub(super) fn end_call(rec: &mut CallRec, status: types::CallStatus, at: f64) {
    let ended = at.floor();
    rec.stage = Stage::Ended;
    if status == types::CallStatus::Completed {
        rec.call.duration = Some((ended - rec.created).max(0.0) as i64);
    }
    rec.call.status = Some(status);
    rec.call.ended_at = Some(iso8601(ended));
}
