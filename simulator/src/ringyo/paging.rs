//! Ringyo's pagination (`limit`, keyset `cursor`, `order`), date and status filters.

use base64::Engine as _;
use serde_json::{Map, Value};

use super::{error, types};
use crate::{iso8601, parse_datetime, Ctx, Reply, Req};

pub(super) struct Cursor {
    created: f64,
    id: Option<String>,
}

pub(super) struct Paging {
    limit: usize,
    after: Option<Cursor>,
    desc: bool,
}

/// `limit`, `cursor` and (for lists that have it) `order`. Lists without `order` are oldest
/// first.
pub(super) fn paging(req: &Req, has_order: bool, ctx: &Ctx) -> Result<Paging, Reply> {
    let limit = match req.query("limit") {
        None => 20,
        Some(v) => match v.trim().parse::<i64>() {
            Ok(n) if (1..=100).contains(&n) => n as usize,
            _ => {
                return Err(error(
                    400,
                    "invalid_limit",
                    &format!("limit `{v}` must be an integer from 1 to 100"),
                    ctx,
                ))
            }
        },
    };
    let desc = match req.query("order").filter(|_| has_order) {
        None => has_order,
        Some(order) => match types::SortOrder::from(order.trim()) {
            types::SortOrder::Asc => false,
            types::SortOrder::Desc => true,
            _ => {
                return Err(error(
                    400,
                    "invalid_order",
                    "order must be `asc` or `desc`",
                    ctx,
                ))
            }
        },
    };
    let after = match req.query("cursor").filter(|c| !c.trim().is_empty()) {
        None => None,
        Some(text) => Some(decode_cursor(text).ok_or_else(|| {
            error(
                400,
                "invalid_cursor",
                "The cursor is invalid or expired",
                ctx,
            )
        })?),
    };
    Ok(Paging { limit, after, desc })
}

pub(super) fn encode_cursor(created: f64, id: &str) -> String {
    let json = serde_json::json!({ "created_at": iso8601(created), "id": id });
    base64::engine::general_purpose::STANDARD.encode(json.to_string())
}

pub(super) fn decode_cursor(text: &str) -> Option<Cursor> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let text = plus_restored(text, 0);
    let bytes = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
        .iter()
        .find_map(|engine| engine.decode(&text).ok())?;
    let value: Map<String, Value> = serde_json::from_slice(&bytes).ok()?;
    let created = parse_datetime(value.get("created_at")?.as_str()?)?;
    let id = match value.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(id.clone()),
        Some(_) => return None,
    };
    Some(Cursor { created, id })
}

/// One page of `(created, id, item)` in the requested order, the next cursor, and the total.
/// Callers pass borrowed items and clone only the page they get back.
pub(super) fn page<K: AsRef<str> + Ord, T>(
    mut items: Vec<(f64, K, T)>,
    paging: &Paging,
) -> (Vec<T>, Option<String>, i64) {
    items.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    if paging.desc {
        items.reverse();
    }
    let total = items.len() as i64;
    let start = match &paging.after {
        None => 0,
        Some(cursor) => items
            .iter()
            .position(|(created, id, _)| {
                let order = created
                    .total_cmp(&cursor.created)
                    .then_with(|| match &cursor.id {
                        Some(cid) => id.as_ref().cmp(cid.as_str()),
                        // Only a time: everything at that second was on the previous page.
                        None if paging.desc => std::cmp::Ordering::Less,
                        None => std::cmp::Ordering::Greater,
                    });
                if paging.desc {
                    order.is_lt()
                } else {
                    order.is_gt()
                }
            })
            .unwrap_or(items.len()),
    };
    let more = items.len() - start > paging.limit;
    let page: Vec<(f64, K, T)> = items.into_iter().skip(start).take(paging.limit).collect();
    let next = page
        .last()
        .filter(|_| more)
        .map(|(created, id, _)| encode_cursor(*created, id.as_ref()));
    (
        page.into_iter().map(|(_, _, item)| item).collect(),
        next,
        total,
    )
}

/// The `status` filter of a list as its status type; 400 `invalid_status` with
/// `message(value)` when it names none.
pub(super) fn status_param<T: for<'a> From<&'a str>>(
    req: &Req,
    is_unknown: fn(&T) -> bool,
    message: impl FnOnce(&str) -> String,
    ctx: &Ctx,
) -> Result<Option<T>, Reply> {
    let Some(text) = req.query("status") else {
        return Ok(None);
    };
    let status = T::from(text.trim());
    if is_unknown(&status) {
        return Err(error(400, "invalid_status", &message(text), ctx));
    }
    Ok(Some(status))
}

/// `from_date` / `to_date`: `None` when absent; a date-only `to_date` means the end of its day.
pub(super) fn date_param(
    req: &Req,
    name: &str,
    end_of_day: bool,
    ctx: &Ctx,
) -> Result<Option<f64>, Reply> {
    let Some(text) = req.query(name) else {
        return Ok(None);
    };
    // Only past `YYYY-MM-DDTHH:MM:SS` can a space be an offset's `+`; the one at 10 may be the
    // date-time separator.
    let text = plus_restored(text.trim_start(), 19);
    match crate::parse_date_bound(&text, end_of_day) {
        Some(at) => Ok(Some(at)),
        None => Err(error(
            400,
            "invalid_date_format",
            &format!("{name} `{text}` is not an ISO 8601 date (YYYY-MM-DD or a date-time)"),
            ctx,
        )),
    }
}

/// A raw `+` in a query string reads as a space: puts `+` back for the spaces at char index
/// `from` or later (0 for phone numbers and base64 cursors, which hold no spaces; 19 for dates,
/// where only an offset sign can follow the seconds), then trims.
pub(super) fn plus_restored(text: &str, from: usize) -> String {
    let restored: String = text
        .chars()
        .enumerate()
        .map(|(i, c)| if c == ' ' && i >= from { '+' } else { c })
        .collect();
    restored.trim().to_string()
}

/// Unix seconds of a stored timestamp (ours are always well formed).
pub(super) fn epoch(text: Option<&str>) -> f64 {
    text.and_then(parse_datetime).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_filters_parse_or_refuse() {
        let config = crate::Config::default();
        let (mut rng, mut outbox) = (fastrand::Rng::with_seed(1), Vec::new());
        let ctx = Ctx {
            now: 0.0,
            rng: &mut rng,
            outbox: &mut outbox,
            config: &config,
            request_id: "req_test".into(),
        };
        let req = |status: Option<&str>| Req {
            params: Vec::new(),
            query: status
                .map(|s| ("status".to_string(), s.to_string()))
                .into_iter()
                .collect(),
            headers: Default::default(),
            body: Default::default(),
            key: String::new(),
        };
        let unknown = types::CallStatus::is_unknown;
        let named = |s: &str| format!("`{s}`");
        assert_eq!(
            status_param(&req(None), unknown, named, &ctx).unwrap(),
            None
        );
        assert_eq!(
            status_param(&req(Some(" busy ")), unknown, named, &ctx).unwrap(),
            Some(types::CallStatus::Busy)
        );
        let refused = status_param(&req(Some("bogus")), unknown, named, &ctx).unwrap_err();
        assert_eq!(refused.status, 400);
        let body: Value = serde_json::from_slice(&refused.body).unwrap();
        assert_eq!(body["error"]["code"], "invalid_status");
        assert_eq!(body["error"]["message"], "`bogus`");
    }

    #[test]
    fn cursors_round_trip_and_page() {
        let c = decode_cursor(&encode_cursor(1_705_314_600.0, "call_b")).unwrap();
        assert_eq!(c.created, 1_705_314_600.0);
        assert_eq!(c.id.as_deref(), Some("call_b"));
        // The docs' example: only `created_at`.
        let doc = decode_cursor("eyJjcmVhdGVkX2F0IjoiMjAyNC0wMS0xNVQwOToxNTowMFoifQ==").unwrap();
        assert_eq!(doc.created, 1_705_310_100.0);
        assert!(doc.id.is_none());
        assert!(decode_cursor("not a cursor").is_none());
        assert!(decode_cursor("e30=").is_none()); // {}

        let items = || {
            vec![
                (1.0, "a".to_string(), 'a'),
                (2.0, "c".to_string(), 'c'),
                (2.0, "b".to_string(), 'b'),
                (3.0, "d".to_string(), 'd'),
            ]
        };
        let mut paging = Paging {
            limit: 3,
            after: None,
            desc: true,
        };
        let (first, next, total) = page(items(), &paging);
        assert_eq!(first, vec!['d', 'c', 'b']);
        assert_eq!(total, 4);
        paging.after = decode_cursor(&next.unwrap());
        let (second, next, _) = page(items(), &paging);
        assert_eq!(second, vec!['a']);
        assert!(next.is_none());
        paging.desc = false;
        paging.after = None;
        paging.limit = 2;
        let (first, next, _) = page(items(), &paging);
        assert_eq!(first, vec!['a', 'b']);
        paging.after = decode_cursor(&next.unwrap());
        let (second, _, _) = page(items(), &paging);
        assert_eq!(second, vec!['c', 'd']);
    }
}
