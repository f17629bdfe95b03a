//! Contact lists and campaigns: the CSV upload (`/campaign/save`), starting (v1 and v2),
//! listing and deleting. The large-upload flow and terminate are in `large.rs`.

use serde_json::{Map, Value};
use voiceai::ringg::types;

use super::calls::{CallRequest, Stage};
use super::{bad_request, decode, error, is_e164, not_found, paging, query_bool, validation};
use super::{Agent, Answer, State};
use crate::{iso8601, iso8601_micros, Ctx, Form, Part, Reply, Req};

/// One valid row of an uploaded CSV.
#[derive(Clone, Debug)]
pub struct Contact {
    pub name: String,
    pub number: String,
    /// The agent's variables for this row (`callee_name`, `mobile_number` and the mapped ones).
    pub args: Map<String, Value>,
}

/// The large-upload (beta) side of a bulk list: when each status is reached.
#[derive(Clone, Debug)]
pub struct LargeUpload {
    pub processing_at: f64,
    pub verifying_at: f64,
    pub ready_at: f64,
}

/// A contact list (`list_id`) or bulk list (`bulk_list_id`): the same kind of object, and the
/// campaign it becomes.
#[derive(Clone, Debug)]
pub struct ContactList {
    pub id: String,
    pub name: String,
    pub agent_id: String,
    pub contacts: Vec<Contact>,
    pub total_rows: usize,
    pub invalid_rows: usize,
    pub call_config: Option<types::CallConfig>,
    pub timezone: String,
    pub start_time: Option<f64>,
    pub end_time: Option<f64>,
    pub created_at: f64,
    pub updated_at: f64,
    pub started: bool,
    pub large: Option<LargeUpload>,
}

/// Offset from UTC of a few IANA zones, seconds (no daylight saving; others count as UTC).
pub(super) fn tz_offset(zone: &str) -> f64 {
    let hours = match zone {
        "Asia/Kolkata" | "Asia/Calcutta" => 5.5,
        "Asia/Dubai" => 4.0,
        "Asia/Singapore" | "Asia/Shanghai" => 8.0,
        "Europe/Berlin" | "Europe/Paris" => 1.0,
        "America/New_York" => -5.0,
        "America/Chicago" => -6.0,
        "America/Los_Angeles" => -8.0,
        _ => 0.0,
    };
    hours * 3600.0
}

/// `DD/MM/YYYY, HH:MM` in `zone`, as Unix time.
pub(super) fn parse_campaign_time(text: &str, zone: &str) -> Option<f64> {
    let (date, time) = text.split_once(',')?;
    let mut d = date.trim().split('/');
    let (day, month, year) = (d.next()?, d.next()?, d.next()?);
    if day.len() != 2 || month.len() != 2 || year.len() != 4 || d.next().is_some() {
        return None;
    }
    let iso = format!("{year}-{month}-{day}T{}:00", time.trim());
    super::parse_datetime(&iso).map(|t| t - tz_offset(zone))
}

/// A Unix time as ISO 8601 in `zone` (`2025-10-18T09:00:00+05:30`).
pub(super) fn local_iso(epoch: f64, zone: &str) -> String {
    let offset = tz_offset(zone);
    let text = iso8601(epoch + offset);
    let minutes = (offset.abs() / 60.0) as i64;
    let sign = if offset < 0.0 { '-' } else { '+' };
    format!(
        "{}{sign}{:02}:{:02}",
        text.trim_end_matches('Z'),
        minutes / 60,
        minutes % 60
    )
}

/// Rows of a CSV text: fields split on commas, `"…"` quoting with `""` escapes.
pub(super) fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| r.iter().any(|f| !f.trim().is_empty()));
    rows
}

/// A number as E.164, with the country's prefix when it has none.
fn normalise(number: &str, country_code: &str) -> Option<String> {
    let digits: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    let prefix = match country_code.trim().to_ascii_uppercase().as_str() {
        "IN" => "+91".to_string(),
        "US" | "CA" => "+1".to_string(),
        "GB" | "UK" => "+44".to_string(),
        "AE" => "+971".to_string(),
        code if code.starts_with('+') => code.to_string(),
        code if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) => format!("+{code}"),
        _ => String::new(),
    };
    let full = if digits.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else {
        format!("{prefix}{}", digits.trim_start_matches('0'))
    };
    is_e164(&full).then_some(full)
}

/// The multipart upload, read into a (not yet stored) list. `large`: bad rows are counted
/// instead of failing the upload.
pub(super) fn read_upload(
    state: &State,
    req: &Req,
    large: bool,
    ctx: &mut Ctx,
) -> Result<ContactList, Reply> {
    let parts = req.form().map_err(|m| validation(&["body"], &m))?;
    let parts: &[Part] = &parts;
    let required = |name: &str| -> Result<String, Reply> {
        parts
            .text(name)
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| validation(&["body", name], "field required"))
    };
    let file = parts
        .part("file")
        .ok_or_else(|| validation(&["body", "file"], "field required"))?;
    let agent_id = required("agent_id")?;
    let name = required("campaign_name")?;
    let country_code = required("country_code")?;
    let variables_text = required("variables_map")?;
    let config_text = required("call_config")?;
    let start_text = required("campaign_start_time")?;
    let end_text = required("campaign_end_time")?;
    let flag = |name: &str| -> Result<bool, Reply> {
        match parts.text(name).as_deref().map(str::trim) {
            None | Some("") | Some("false") | Some("False") | Some("0") => Ok(false),
            Some("true") | Some("True") | Some("1") => Ok(true),
            Some(other) => Err(validation(
                &["body", name],
                &format!("`{other}` is not a boolean"),
            )),
        }
    };
    let remove_invalid = flag("remove_invalid_rows")?;
    flag("transliterate_callee_name")?;
    let agent = state.agent(&agent_id, ctx)?;
    if agent.archived {
        return Err(bad_request("agent is archived", ctx));
    }
    let variables: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&variables_text).map_err(|e| {
            validation(
                &["body", "variables_map"],
                &format!("not a JSON object of strings: {e}"),
            )
        })?;
    let config: types::CallConfig = serde_json::from_str(&config_text).map_err(|e| {
        validation(
            &["body", "call_config"],
            &format!("not a call_config object: {e}"),
        )
    })?;
    let timezone = config
        .call_time
        .as_ref()
        .and_then(|t| t.timezone.clone())
        .unwrap_or_else(|| "Asia/Kolkata".into());
    let time = |text: &str, field: &str| {
        parse_campaign_time(text, &timezone)
            .ok_or_else(|| validation(&["body", field], "expected `DD/MM/YYYY, HH:MM`"))
    };
    let start = time(&start_text, "campaign_start_time")?;
    let end = time(&end_text, "campaign_end_time")?;
    if end <= start {
        return Err(bad_request(
            "campaign_end_time must be after campaign_start_time",
            ctx,
        ));
    }
    let rows = parse_csv(&file.text());
    let Some((header, rows)) = rows.split_first() else {
        return Err(bad_request("the CSV file is empty", ctx));
    };
    let column = |wanted: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(wanted.trim()))
    };
    let find = |variable: &str, defaults: &[&str]| match variables.get(variable) {
        Some(col) => column(col),
        None => defaults.iter().find_map(|d| column(d)),
    };
    let mobile_defaults = [
        "Mobile Number",
        "mobile_number",
        "mobile",
        "phone",
        "phone_number",
    ];
    let Some(mobile) = find("mobile_number", &mobile_defaults) else {
        return Err(bad_request("the CSV has no `Mobile Number` column", ctx));
    };
    let name_col = find("callee_name", &["Name", "callee_name", "Callee Name"]);
    let mut mapped = Vec::new();
    for (variable, col) in &variables {
        let index = column(col).ok_or_else(|| {
            bad_request(
                &format!("column `{col}` (variable `{variable}`) is not in the CSV"),
                ctx,
            )
        })?;
        mapped.push((variable.clone(), index));
    }
    let mut contacts = Vec::new();
    let mut invalid = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let cell = |i: usize| row.get(i).map(|c| c.trim().to_string()).unwrap_or_default();
        let Some(number) = normalise(&cell(mobile), &country_code) else {
            invalid.push(n + 2);
            continue;
        };
        let callee = name_col.map(cell).unwrap_or_default();
        let mut args = Map::new();
        for (variable, index) in &mapped {
            args.insert(variable.clone(), cell(*index).into());
        }
        args.insert("callee_name".into(), callee.clone().into());
        args.insert("mobile_number".into(), number.clone().into());
        contacts.push(Contact {
            name: callee,
            number,
            args,
        });
    }
    if !large && !invalid.is_empty() && !remove_invalid {
        let shown: Vec<String> = invalid.iter().take(10).map(|r| r.to_string()).collect();
        return Err(bad_request(
            &format!(
                "{} rows have an invalid mobile number (rows {}); fix them or set remove_invalid_rows",
                invalid.len(),
                shown.join(", ")
            ),
            ctx,
        ));
    }
    if contacts.is_empty() {
        return Err(bad_request("the CSV has no valid rows", ctx));
    }
    Ok(ContactList {
        id: ctx.uuid(),
        name,
        agent_id,
        total_rows: rows.len(),
        invalid_rows: invalid.len(),
        contacts,
        call_config: Some(config),
        timezone,
        start_time: Some(start),
        end_time: Some(end),
        created_at: ctx.now,
        updated_at: ctx.now,
        started: false,
        large: None,
    })
}

impl State {
    pub(super) fn list_index(&self, id: &str, ctx: &Ctx) -> Result<usize, Reply> {
        self.lists
            .iter()
            .position(|l| l.id == id)
            .ok_or_else(|| not_found("list", id, ctx))
    }

    /// The campaign's status, from its calls.
    pub(super) fn campaign_status(&self, list: &ContactList) -> types::CampaignStatus {
        if !list.started {
            return types::CampaignStatus::Draft;
        }
        let calls = self
            .calls
            .iter()
            .filter(|c| c.bulk_list_id.as_deref() == Some(&list.id));
        let (mut all_done, mut any_started) = (true, false);
        for c in calls {
            all_done &= c.stage == Stage::Done;
            any_started |= c.stage != Stage::Queued || c.attempt > 0;
        }
        match (all_done, any_started) {
            (true, _) => types::CampaignStatus::Completed,
            (false, true) => types::CampaignStatus::Ongoing,
            (false, false) => types::CampaignStatus::Scheduled,
        }
    }

    /// One call per contact, 2 s apart from the campaign start (or now).
    pub(super) fn schedule_list(
        &mut self,
        index: usize,
        agent: &Agent,
        from: &[String],
        config: Option<types::CallConfig>,
        ctx: &mut Ctx,
    ) {
        let list = self.lists[index].clone();
        let start = list.start_time.unwrap_or(ctx.now).max(ctx.now + 1.0);
        for (i, contact) in list.contacts.iter().enumerate() {
            let request = CallRequest {
                to: contact.number.clone(),
                name: contact.name.clone(),
                from: from[i % from.len()].clone(),
                args: contact.args.clone(),
                bulk_list_id: Some(list.id.clone()),
                category: None,
                config: config.clone().or_else(|| list.call_config.clone()),
                start: start + 2.0 * i as f64,
                callback: None,
            };
            self.place_call(agent, request, ctx);
        }
        let list = &mut self.lists[index];
        list.started = true;
        list.updated_at = ctx.now;
    }

    /// Caller numbers from a list of numbers or workspace number ids.
    pub(super) fn caller_numbers(&self, given: &[String], ctx: &Ctx) -> Result<Vec<String>, Reply> {
        given
            .iter()
            .map(|n| {
                if is_e164(n) {
                    Ok(n.clone())
                } else {
                    self.number_by_id(n)
                        .and_then(|x| x.number.clone())
                        .ok_or_else(|| not_found("number", n, ctx))
                }
            })
            .collect()
    }

    pub(super) fn upload_contact_list(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let list = read_upload(self, req, false, ctx)?;
        let answer = types::UploadCampaignContactListResponse {
            message: Some("Contacts imported successfully!".into()),
            list_id: Some(list.id.clone()),
            custom_args_values: list
                .contacts
                .iter()
                .map(|c| types::CustomArgsValues(c.args.clone()))
                .collect(),
            total_rows: Some(list.total_rows as i64),
            successful_rows: Some(list.contacts.len() as i64),
            failed_rows: Some(list.invalid_rows as i64),
        };
        self.lists.push(list);
        Ok(Reply::ok(&answer))
    }

    pub(super) fn start_campaign(&mut self, req: &Req, ctx: &mut Ctx, v2: bool) -> Answer {
        let (agent_id, list_id, from) = if v2 {
            let body: types::StartCampaignV2Request = decode(req)?;
            if !self.has_pool(&body.number_pool_id) {
                return Err(not_found("number pool", &body.number_pool_id, ctx));
            }
            // An unknown member is a reference to nothing, like an unknown pool: 404 (the
            // docs give no status).
            for user in &body.email_completion_user_ids {
                if !self.users.iter().any(|u| u.id == *user) {
                    return Err(not_found("workspace user", user, ctx));
                }
            }
            let pool = self.pool_numbers(&body.number_pool_id);
            (body.agent_id, body.list_id, pool)
        } else {
            let body: types::StartCampaignRequest = decode(req)?;
            if body.from_numbers.is_empty() {
                return Err(bad_request("from_numbers is empty", ctx));
            }
            let from = self.caller_numbers(&body.from_numbers, ctx)?;
            (body.agent_id, body.list_id, from)
        };
        let agent = self.agent(&agent_id, ctx)?.clone();
        let index = self.list_index(&list_id, ctx)?;
        let list = &self.lists[index];
        if agent.archived {
            return Err(bad_request("invalid agent_id: the agent is archived", ctx));
        }
        if list.agent_id != agent.id {
            return Err(bad_request("the list was uploaded for another agent", ctx));
        }
        if list.large.is_some() {
            return Err(bad_request(
                "a large upload starts with make-call-async",
                ctx,
            ));
        }
        if list.started {
            return Err(bad_request("campaign already started", ctx));
        }
        if from.is_empty() {
            return Err(bad_request("no caller numbers", ctx));
        }
        if self.credits <= 0.0 {
            return Err(error(
                402,
                "insufficient_credits",
                "Insufficient credits",
                ctx,
            ));
        }
        let has_ongoing_calls = self.calls.iter().any(|c| c.stage != Stage::Done);
        self.schedule_list(index, &agent, &from, None, ctx);
        Ok(Reply::ok(&types::StartCampaignResponse {
            status: Some("campaign registered successfully!".into()),
            has_ongoing_calls: Some(has_ongoing_calls),
        }))
    }

    pub(super) fn list_campaigns(&mut self, req: &Req, _ctx: &mut Ctx) -> Answer {
        let (limit, offset) = paging(req)?;
        let counts = query_bool(req, "call_count")?.unwrap_or(true);
        let campaigns = self
            .lists
            .iter()
            .rev()
            .skip(offset)
            .take(limit)
            .map(|list| {
                let calls: Vec<_> = self
                    .calls
                    .iter()
                    .filter(|c| c.bulk_list_id.as_deref() == Some(&list.id))
                    .collect();
                let count = |f: &dyn Fn(&types::CallStatus) -> bool| {
                    counts.then(|| calls.iter().filter(|c| f(&c.status)).count() as i64)
                };
                types::Campaign {
                    id: list.id.clone(),
                    name: Some(list.name.clone()),
                    campaign_status: Some(self.campaign_status(list)),
                    campaign_start_time: list.start_time.map(|t| local_iso(t, &list.timezone)),
                    campaign_end_time: list.end_time.map(|t| local_iso(t, &list.timezone)),
                    created_at: Some(iso8601_micros(list.created_at)),
                    updated_at: Some(iso8601_micros(list.updated_at)),
                    total_count: counts.then_some(list.contacts.len() as i64),
                    registered_count: count(&|s| {
                        matches!(s, types::CallStatus::Registered | types::CallStatus::Retry)
                    }),
                    completed_count: count(&|s| *s == types::CallStatus::Completed),
                }
            })
            .collect();
        Ok(Reply::ok(&types::CampaignsResponse {
            campaigns,
            pagination: Some(types::CampaignsResponsePagination {
                limit: Some(limit as i64),
                offset: Some(offset as i64),
                total: Some(self.lists.len() as i64),
            }),
        }))
    }

    /// Deletes a list; its queued calls are cancelled.
    pub(super) fn delete_contact_list(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let index = self.list_index(req.param("list_id"), ctx)?;
        let list = self.lists.remove(index);
        for i in 0..self.calls.len() {
            if self.calls[i].bulk_list_id.as_deref() == Some(&list.id) {
                self.cancel(i, ctx);
            }
        }
        Ok(Reply::ok(&types::MessageResponse {
            message: Some("Contact list deleted successfully".into()),
        }))
    }

    /// The numbers of a pool, in order.
    pub(super) fn pool_numbers(&self, pool: &str) -> Vec<String> {
        self.numbers
            .iter()
            .filter(|n| n.number_pool_id.as_deref() == Some(pool))
            .filter_map(|n| n.number.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_numbers_and_times() {
        let rows =
            parse_csv("Name,Mobile Number\r\n\"Rao, Asha\",98765 43210\n\nRavi,+14155550100\n");
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1], vec!["Rao, Asha", "98765 43210"]);
        assert_eq!(
            normalise("98765 43210", "+91").as_deref(),
            Some("+919876543210")
        );
        assert_eq!(
            normalise("09876543210", "IN").as_deref(),
            Some("+919876543210")
        );
        assert_eq!(normalise("12", "+91"), None);
        let t = parse_campaign_time("18/10/2025, 09:00", "Asia/Kolkata").unwrap();
        assert_eq!(local_iso(t, "Asia/Kolkata"), "2025-10-18T09:00:00+05:30");
        assert_eq!(iso8601(t), "2025-10-18T03:30:00Z");
        assert!(parse_campaign_time("2025-10-18 09:00", "UTC").is_none());
    }
}
