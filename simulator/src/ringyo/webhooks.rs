//! Ringyo's webhook endpoints (create, list, update, delete) and the signed deliveries of events.

use base64::Engine as _;
use serde_json::{Map, Value};
use voiceai::runtime::webhooks::{
    StandardWebhook, WEBHOOK_ID, WEBHOOK_SIGNATURE, WEBHOOK_TIMESTAMP,
};

use super::paging::{epoch, page, paging, status_param};
use super::validation::{check_events, check_url};
use super::{
    body_keys, decode, error, list_meta, merge, object, types, webhook_not_found, State,
    WebhookRec, DISABLED_AFTER, FAILING_AFTER, MAX_WEBHOOKS, RETRY_DELAYS,
};
use crate::{iso8601, Ctx, Delivery, Reply, Req};

impl State {
    /// Called after each delivery attempt of a webhook (counts consecutive failures). The
    /// endpoint is the body's `webhook_id` (per-call URLs have none), so nothing is kept per
    /// message: deliveries the core never attempts (non-loopback URLs) leave nothing behind.
    pub(super) fn count_delivery(&mut self, delivery: &Delivery, delivered: bool) {
        let Ok(body) = serde_json::from_slice::<Value>(&delivery.body) else {
            return;
        };
        let Some(webhook_id) = body.get("webhook_id").and_then(Value::as_str) else {
            return;
        };
        let Some(rec) = self
            .webhooks
            .iter_mut()
            .find(|w| w.webhook.id == webhook_id)
        else {
            return;
        };
        if delivered {
            rec.failures = 0;
            if rec.webhook.status == Some(types::WebhookStatus::Failing) {
                rec.webhook.status = Some(types::WebhookStatus::Active);
            }
            return;
        }
        rec.failures += 1;
        match rec.webhook.status {
            Some(types::WebhookStatus::Inactive) => {}
            _ if rec.failures >= DISABLED_AFTER => {
                rec.webhook.status = Some(types::WebhookStatus::Inactive);
            }
            _ if rec.failures >= FAILING_AFTER => {
                rec.webhook.status = Some(types::WebhookStatus::Failing);
            }
            _ => {}
        }
    }

    /// A Standard Webhooks message id, `msg_` and 12 characters, repeatable under a seed without
    /// drawing from the shared generator (deliveries are made from ticks and requests alike).
    pub(super) fn next_msg_id(&mut self) -> String {
        self.msg_seq += 1;
        let mut x = self
            .msg_seed
            .wrapping_add(self.msg_seq.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^= x >> 31;
        const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut id = String::from("msg_");
        for _ in 0..12 {
            id.push(ALPHABET[(x % 36) as usize] as char);
            x /= 36;
        }
        id
    }

    /// Queues `event` to the call's own URL, or to every webhook subscribed to it.
    pub(super) fn emit(
        &mut self,
        event: &str,
        data: Map<String, Value>,
        call_url: Option<&str>,
        at: f64,
        ctx: &mut Ctx,
    ) {
        let sent_at = crate::real_epoch() as u64;
        let envelope = |webhook_id: Option<String>| {
            let body = types::WebhookDelivery {
                data: data.clone(),
                event: types::WebhookEventName::from(event),
                timestamp: Some(iso8601(at)),
                webhook_id,
            };
            serde_json::to_vec(&body).unwrap_or_default()
        };
        // (url, body, signer) of each delivery.
        let targets: Vec<(String, Vec<u8>, Option<StandardWebhook>)> = match call_url {
            Some(url) => vec![(url.to_string(), envelope(None), None)],
            None => {
                let triggered = ctx.iso();
                self.webhooks
                    .iter_mut()
                    .filter(|rec| rec.wants(event))
                    .map(|rec| {
                        rec.webhook.last_triggered_at = Some(triggered.clone());
                        (
                            rec.webhook.url.clone().unwrap_or_default(),
                            envelope(Some(rec.webhook.id.clone())),
                            Some(rec.signer.clone()),
                        )
                    })
                    .collect()
            }
        };
        for (url, body, signer) in targets {
            let msg = self.next_msg_id();
            let mut headers = vec![
                ("content-type".to_string(), "application/json".to_string()),
                (WEBHOOK_ID.to_string(), msg.clone()),
                (WEBHOOK_TIMESTAMP.to_string(), sent_at.to_string()),
            ];
            if let Some(signer) = signer {
                headers.push((
                    WEBHOOK_SIGNATURE.to_string(),
                    signer.sign(&msg, sent_at, &body),
                ));
            }
            ctx.deliver(Delivery {
                api: "ringyo",
                event: event.to_string(),
                url,
                method: ::http::Method::POST,
                headers,
                body,
                retry_delays: RETRY_DELAYS.to_vec(),
            });
        }
    }

    pub(super) fn create_webhook(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let body: types::CreateWebhookRequest = decode(req, ctx)?;
        check_url(&body.url, ctx)?;
        check_events(&body.events, ctx)?;
        let secret = match body.secret {
            Some(secret) => secret,
            None => {
                let bytes: Vec<u8> = (0..24).map(|_| ctx.rng.u8(..)).collect();
                format!(
                    "whsec_{}",
                    base64::engine::general_purpose::STANDARD.encode(bytes)
                )
            }
        };
        let signer = match StandardWebhook::new(&secret) {
            Ok(signer) => signer,
            Err(e) => return Err(error(400, "invalid_request", &e.to_string(), ctx)),
        };
        if self.webhooks.len() >= MAX_WEBHOOKS {
            return Err(error(
                409,
                "webhook_limit_reached",
                &format!("this plan allows at most {MAX_WEBHOOKS} webhook endpoints"),
                ctx,
            ));
        }
        let now = ctx.iso();
        let webhook = types::Webhook {
            id: ctx.id("wh_"),
            url: Some(body.url.trim().to_string()),
            events: body.events,
            description: body.description,
            status: Some(types::WebhookStatus::Active),
            metadata: body.metadata,
            last_triggered_at: None,
            failure_count: None,
            created_at: Some(now.clone()),
            updated_at: Some(now),
        };
        let created = types::WebhookCreated {
            id: Some(webhook.id.clone()),
            url: webhook.url.clone(),
            events: webhook.events.clone(),
            secret: secret.into(),
            description: webhook.description.clone(),
            status: webhook.status.clone(),
            metadata: webhook.metadata.clone(),
            created_at: webhook.created_at.clone(),
            message: None,
            webhook_id: None,
        };
        self.webhooks.push(WebhookRec {
            webhook,
            signer,
            failures: 0,
        });
        Ok(object(201, &created, ctx))
    }

    pub(super) fn list_webhooks(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let paging = paging(req, false, ctx)?;
        let status = status_param(
            req,
            types::WebhookStatus::is_unknown,
            |_| "status must be `active`, `inactive` or `failing`".into(),
            ctx,
        )?;
        let items = self
            .webhooks
            .iter()
            .filter(|w| status.is_none() || w.webhook.status == status)
            .map(|w| {
                (
                    epoch(w.webhook.created_at.as_deref()),
                    w.webhook.id.as_str(),
                    w,
                )
            })
            .collect();
        let (data, next_cursor, total) = page(items, &paging);
        let data = data.into_iter().map(WebhookRec::view).collect();
        Ok(Reply::ok(&types::WebhookList {
            data,
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            total: Some(total),
            meta: list_meta(ctx),
            pagination: None,
        }))
    }

    pub(super) fn update_webhook(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("webhook_id");
        let Some(index) = self.webhooks.iter().position(|w| w.webhook.id == id) else {
            return Err(webhook_not_found(id, ctx));
        };
        let body: types::UpdateWebhookRequest = decode(req, ctx)?;
        let keys = body_keys(req);
        if let Some(url) = &body.url {
            check_url(url, ctx)?;
        }
        if keys.contains_key("events") {
            check_events(&body.events, ctx)?;
        }
        match &body.status {
            None
            | Some(types::SettableWebhookStatus::Active)
            | Some(types::SettableWebhookStatus::Inactive) => {}
            Some(_) => {
                return Err(error(
                    400,
                    "invalid_status",
                    "status can be set to `active` or `inactive` (`failing` is set by Ringyo)",
                    ctx,
                ))
            }
        }
        let now = ctx.iso();
        let rec = &mut self.webhooks[index];
        if let Some(url) = body.url {
            rec.webhook.url = Some(url.trim().to_string());
        }
        if keys.contains_key("events") {
            rec.webhook.events = body.events;
        }
        if body.description.is_some() {
            rec.webhook.description = body.description;
        }
        merge(&mut rec.webhook.metadata, body.metadata);
        if let Some(status) = body.status {
            let status = match status {
                types::SettableWebhookStatus::Active => {
                    rec.failures = 0;
                    types::WebhookStatus::Active
                }
                _ => types::WebhookStatus::Inactive,
            };
            rec.webhook.status = Some(status);
        }
        rec.webhook.updated_at = Some(now);
        Ok(object(200, &rec.view(), ctx))
    }

    pub(super) fn delete_webhook(&mut self, req: &Req, ctx: &mut Ctx) -> Result<Reply, Reply> {
        let id = req.param("webhook_id");
        let Some(index) = self.webhooks.iter().position(|w| w.webhook.id == id) else {
            return Err(webhook_not_found(id, ctx));
        };
        self.webhooks.remove(index);
        Ok(object(
            200,
            &types::DeletedResource {
                id: id.to_string(),
                deleted: Some(true),
            },
            ctx,
        ))
    }
}
