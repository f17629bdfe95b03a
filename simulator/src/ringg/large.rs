//! The large-campaign (beta) flow: upload → status → check-balance → make-call-async; and the
//! five terminate operations.

use voiceai::ringg::types;

use super::calls::Stage;
use super::campaigns::{parse_campaign_time, read_upload, LargeUpload};
use super::{bad_request, decode, error, is_e164, not_found, validation};
use super::{Answer, State, CREDITS_PER_CONTACT_ESTIMATE};
use crate::{Ctx, Reply, Req};

/// Most numbers (and call ids) one terminate request may name.
pub const TERMINATE_MAX: usize = 100;

impl State {
    fn large_status(&self, upload: Option<&LargeUpload>, now: f64) -> types::LargeUploadStatus {
        match upload {
            None => types::LargeUploadStatus::Ready,
            Some(u) if now < u.processing_at => types::LargeUploadStatus::Uploaded,
            Some(u) if now < u.verifying_at => types::LargeUploadStatus::Processing,
            Some(u) if now < u.ready_at => types::LargeUploadStatus::Verifying,
            Some(_) => types::LargeUploadStatus::Ready,
        }
    }

    pub(super) fn upload_large_csv(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let mut list = read_upload(self, req, true, ctx)?;
        let processing_at = ctx.now + 2.0;
        let verifying_at = processing_at + 5.0 + 0.001 * list.total_rows as f64;
        list.large = Some(LargeUpload {
            processing_at,
            verifying_at,
            ready_at: verifying_at + 5.0,
        });
        let answer = types::UploadLargeCampaignCsvResponse {
            bulk_list_id: Some(list.id.clone()),
            status: Some(types::LargeUploadStatus::Uploaded),
            campaign_name: Some(list.name.clone()),
            total_callees: Some(list.contacts.len() as i64),
            invalidated_rows_count: Some(list.invalid_rows as i64),
            invalidated_rows_csv_url: (list.invalid_rows > 0).then(|| {
                format!(
                    "https://storage.ringg.ai/bulk-lists/{}/invalid-rows.csv",
                    list.id
                )
            }),
        };
        self.lists.push(list);
        Ok(Reply::ok(&answer))
    }

    pub(super) fn large_upload_status(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let list = &self.lists[self.list_index(req.param("bulk_list_id"), ctx)?];
        let status = self.large_status(list.large.as_ref(), ctx.now);
        let total = list.total_rows as i64;
        let processed = match (&status, &list.large) {
            (types::LargeUploadStatus::Uploaded, _) => 0,
            (types::LargeUploadStatus::Processing, Some(u)) => {
                let share = (ctx.now - u.processing_at) / (u.verifying_at - u.processing_at);
                ((total as f64) * share.clamp(0.0, 1.0)) as i64
            }
            _ => total,
        };
        let done = processed == total;
        Ok(Reply::ok(&types::LargeCampaignUploadStatus {
            bulk_list_id: Some(list.id.clone()),
            status: Some(status),
            campaign_name: Some(list.name.clone()),
            total_callees: Some(list.contacts.len() as i64),
            invalidated_rows_count: Some(list.invalid_rows as i64),
            invalidated_rows_csv_url: (list.invalid_rows > 0).then(|| {
                format!(
                    "https://storage.ringg.ai/bulk-lists/{}/invalid-rows.csv",
                    list.id
                )
            }),
            total_rows: Some(total),
            processed_rows: Some(processed),
            successful_rows: done.then_some(list.contacts.len() as i64),
            failed_rows: done.then_some(list.invalid_rows as i64),
        }))
    }

    /// Credits the list's calls are estimated to need.
    fn required_credits(&self, index: usize) -> f64 {
        self.lists[index].contacts.len() as f64 * CREDITS_PER_CONTACT_ESTIMATE
    }

    fn require_ready(&self, index: usize, ctx: &Ctx) -> Result<(), Reply> {
        let status = self.large_status(self.lists[index].large.as_ref(), ctx.now);
        if status != types::LargeUploadStatus::Ready {
            return Err(bad_request(&format!("the upload is still {status}"), ctx));
        }
        Ok(())
    }

    pub(super) fn check_large_balance(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let index = self.list_index(req.param("bulk_list_id"), ctx)?;
        self.require_ready(index, ctx)?;
        let required = self.required_credits(index);
        let sufficient = self.credits >= required;
        Ok(Reply::ok(&types::CheckLargeCampaignBalanceResponse {
            status: Some("draft".into()),
            bulk_list_id: Some(self.lists[index].id.clone()),
            message: Some(if sufficient {
                "Sufficient balance; the campaign can be scheduled".into()
            } else {
                "Insufficient balance for this campaign".into()
            }),
            required_credits: Some(required),
            available_credits: Some(super::workspace::round2(self.credits)),
            sufficient_balance: Some(sufficient),
        }))
    }

    pub(super) fn start_large_calls(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let body: types::StartLargeCampaignCallsRequest = decode(req)?;
        if body.from_numbers.is_empty() == body.number_pool_id.is_none() {
            return Err(validation(
                &["body"],
                "give exactly one of from_numbers or number_pool_id",
            ));
        }
        if body
            .concurrency_percentage
            .is_some_and(|p| !(0..=100).contains(&p))
        {
            return Err(validation(
                &["body", "concurrency_percentage"],
                "must be between 0 and 100",
            ));
        }
        let index = self.list_index(&body.bulk_list_id, ctx)?;
        let agent = self.agent(&body.agent_id, ctx)?.clone();
        let from = match &body.number_pool_id {
            Some(pool) if !self.has_pool(pool) => return Err(not_found("number pool", pool, ctx)),
            Some(pool) => self.pool_numbers(pool),
            None => self.caller_numbers(&body.from_numbers, ctx)?,
        };
        let list = &self.lists[index];
        if list.agent_id != agent.id || agent.archived {
            return Err(bad_request("agent_id is not the upload's agent", ctx));
        }
        if list.started {
            return Err(bad_request("the campaign calls are already scheduled", ctx));
        }
        self.require_ready(index, ctx)?;
        let zone = body
            .call_config
            .as_ref()
            .and_then(|c| c.call_time.as_ref())
            .and_then(|t| t.timezone.clone())
            .unwrap_or_else(|| list.timezone.clone());
        let time = |text: &Option<String>, field: &str| -> Result<Option<f64>, Reply> {
            text.as_deref()
                .map(|t| {
                    parse_campaign_time(t, &zone)
                        .ok_or_else(|| validation(&["body", field], "expected `DD/MM/YYYY, HH:MM`"))
                })
                .transpose()
        };
        let start = time(&body.campaign_start_time, "campaign_start_time")?;
        let end = time(&body.campaign_end_time, "campaign_end_time")?;
        let required = self.required_credits(index);
        if self.credits < required || self.credits <= 0.0 {
            return Err(error(
                402,
                "insufficient_credits",
                &format!("Insufficient credits: {required} needed"),
                ctx,
            ));
        }
        if from.is_empty() {
            return Err(bad_request("no caller numbers", ctx));
        }
        let list = &mut self.lists[index];
        list.start_time = start.or(list.start_time);
        list.end_time = end.or(list.end_time);
        list.timezone = zone;
        self.schedule_list(index, &agent, &from, body.call_config.clone(), ctx);
        Ok(Reply::ok(&types::StartLargeCampaignCallsResponse {
            message: Some("Campaign calls scheduled".into()),
            bulk_list_id: Some(body.bulk_list_id),
            status: Some(types::CampaignStatus::Scheduled),
        }))
    }

    /// The five terminate operations: the criteria given must all match; queued (`registered`
    /// or `retry`) calls that match are cancelled.
    pub(super) fn terminate(&mut self, op: &str, req: &Req, ctx: &mut Ctx) -> Answer {
        let empty = types::TerminateCallsRequest::default();
        let body: types::TerminateCallsRequest = match op {
            "terminate_calls_by_agent" => {
                let b: types::TerminateByAgentRequest = decode(req)?;
                types::TerminateCallsRequest {
                    agent_id: Some(b.agent_id),
                    ..empty
                }
            }
            "terminate_calls_by_ids" => {
                let b: types::TerminateByCallIdsRequest = decode(req)?;
                types::TerminateCallsRequest {
                    call_ids: b.call_ids,
                    ..empty
                }
            }
            "terminate_campaign_numbers" => {
                let b: types::TerminateCampaignNumbersRequest = decode(req)?;
                types::TerminateCallsRequest {
                    campaign_id: Some(b.campaign_id),
                    mobile_numbers: b.mobile_numbers,
                    ..empty
                }
            }
            "terminate_calls_by_numbers" => {
                let b: types::TerminateByNumbersRequest = decode(req)?;
                types::TerminateCallsRequest {
                    mobile_numbers: b.mobile_numbers,
                    ..empty
                }
            }
            _ => decode(req)?,
        };
        if body.agent_id.is_none()
            && body.campaign_id.is_none()
            && body.call_ids.is_empty()
            && body.mobile_numbers.is_empty()
        {
            return Err(bad_request(
                "give agent_id, call_ids, campaign_id or mobile_numbers",
                ctx,
            ));
        }
        if body.mobile_numbers.len() > TERMINATE_MAX || body.call_ids.len() > TERMINATE_MAX {
            return Err(bad_request(
                &format!("at most {TERMINATE_MAX} mobile_numbers or call_ids per request"),
                ctx,
            ));
        }
        if let Some(bad) = body.mobile_numbers.iter().find(|n| !is_e164(n)) {
            return Err(bad_request(
                &format!("`{bad}` must include the country code (E.164)"),
                ctx,
            ));
        }
        if let Some(agent) = &body.agent_id {
            self.agent(agent, ctx)?;
        }
        if let Some(campaign) = &body.campaign_id {
            self.list_index(campaign, ctx)?;
        }
        let matches: Vec<usize> = (0..self.calls.len())
            .filter(|&i| {
                let c = &self.calls[i];
                c.stage == Stage::Queued
                    && body.agent_id.as_ref().is_none_or(|a| *a == c.agent_id)
                    && body
                        .campaign_id
                        .as_ref()
                        .is_none_or(|l| c.bulk_list_id.as_ref() == Some(l))
                    && (body.call_ids.is_empty() || body.call_ids.contains(&c.id))
                    && (body.mobile_numbers.is_empty()
                        || body.mobile_numbers.contains(&c.to_number))
            })
            .collect();
        let cancelled = matches.into_iter().filter(|&i| self.cancel(i, ctx)).count();
        if cancelled == 0 {
            return Err(bad_request(
                "No terminable calls found for the specified parameters",
                ctx,
            ));
        }
        Ok(Reply::ok(&types::MessageResponse {
            message: Some("Calls terminated successfully!".into()),
        }))
    }
}
