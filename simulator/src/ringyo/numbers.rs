//! Ringyo's phone numbers: the seeded numbers of the account, list and get.

use super::paging::{epoch, page, paging, status_param};
use super::{error, list_meta, object, types, CallRec, State};
use crate::{iso8601, Ctx, Reply, Req};

/// The account's numbers when the simulator starts: three active, one pending, one inactive.
pub(super) fn seed(ctx: &mut Ctx) -> Vec<types::PhoneNumber> {
    // (number, name, country, region, sms, status, days old)
    let seeds = [
        (
            "+18005551234",
            "Main Business Line",
            "US",
            "CA",
            true,
            "active",
            40.0,
        ),
        (
            "+14155559876",
            "Sales Line",
            "US",
            "CA",
            false,
            "active",
            30.0,
        ),
        (
            "+442079460958",
            "London Office",
            "GB",
            "LND",
            true,
            "active",
            20.0,
        ),
        (
            "+16135550142",
            "Ottawa Support",
            "CA",
            "ON",
            false,
            "pending",
            5.0,
        ),
        (
            "+12125550199",
            "Old New York Line",
            "US",
            "NY",
            false,
            "inactive",
            60.0,
        ),
    ];
    seeds
        .iter()
        .map(|(number, name, country, region, sms, status, days)| {
            let created = iso8601((ctx.now - days * 86_400.0).floor());
            types::PhoneNumber {
                id: ctx.id("pn_"),
                phone_number: Some(number.to_string()),
                friendly_name: Some(name.to_string()),
                country: Some(country.to_string()),
                region: Some(region.to_string()),
                capabilities: Some(types::PhoneNumberCapabilities {
                    voice: Some(true),
                    sms: Some(*sms),
                }),
                status: Some(types::PhoneNumberStatus::from(*status)),
                default_agent_id: None,
                stats: None,
                recent_calls: Vec::new(),
                created_at: Some(created.clone()),
                updated_at: Some(created),
            }
        })
        .collect()
}

pub(super) fn can_dial(number: &types::PhoneNumber) -> bool {
    number.status == Some(types::PhoneNumberStatus::Active)
        && number
            .capabilities
            .as_ref()
            .is_some_and(|c| c.voice == Some(true))
}

impl State {
    pub(super) fn list_phone_numbers(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, false, ctx)?;
        let status = status_param(
            req,
            types::PhoneNumberStatus::is_unknown,
            |_| "status must be `active`, `pending` or `inactive`".into(),
            ctx,
        )?;
        let country = match req.query("country").map(str::trim) {
            None => None,
            Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Some(c.to_ascii_uppercase())
            }
            Some(c) => {
                return Err(error(
                    400,
                    "invalid_country",
                    &format!("country `{c}` is not a two-letter ISO 3166-1 code"),
                    ctx,
                ))
            }
        };
        let items = self
            .phone_numbers
            .iter()
            .filter(|p| status.is_none() || p.status == status)
            .filter(|p| country.is_none() || p.country == country)
            .map(|p| (epoch(p.created_at.as_deref()), p.id.as_str(), p))
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        let data = data.into_iter().cloned().collect();
        Ok(Reply::ok(&types::PhoneNumberList {
            data,
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    pub(super) fn get_phone_number(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("phone_number_id");
        let Some(number) = self.phone_numbers.iter().find(|p| p.id == id) else {
            return Err(error(
                404,
                "phone_number_not_found",
                &format!("no phone number with id `{id}`"),
                ctx,
            ));
        };
        let mut number = number.clone();
        let e164 = number.phone_number.clone();
        let from_here = |c: &CallRec| c.call.from_number == e164;
        for extra in req.query_all("include") {
            match extra.trim() {
                "stats" => {
                    let month = &crate::date(ctx.now)[..7];
                    let (mut calls, mut secs, mut month_calls, mut month_secs) = (0, 0, 0, 0);
                    for c in self.calls.iter().filter(|c| from_here(c)) {
                        let d = c.call.duration.unwrap_or(0);
                        calls += 1;
                        secs += d;
                        if crate::date(c.created).starts_with(month) {
                            month_calls += 1;
                            month_secs += d;
                        }
                    }
                    number.stats = Some(types::PhoneNumberStats {
                        total_calls: Some(calls),
                        total_minutes: Some((secs as f64 / 60.0).round() as i64),
                        calls_this_month: Some(month_calls),
                        minutes_this_month: Some((month_secs as f64 / 60.0).round() as i64),
                    });
                }
                "recent_calls" => number.recent_calls = self.recent_calls(from_here),
                _ => {}
            }
        }
        Ok(object(200, &number, ctx))
    }
}
