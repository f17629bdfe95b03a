//! The simulated Ringyo AI API.

use crate::{Ctx, Delivery, Reply, Req};
use voiceai::ringyo::types;
use voiceai::runtime::OperationMeta;

/// The Ringyo account.
#[derive(Debug)]
pub struct State {
    pub credits: f64,
}

impl State {
    pub(crate) fn new(ctx: &mut Ctx) -> State {
        State {
            credits: ctx.config.ringyo_credits,
        }
    }

    /// Called after each delivery attempt of a webhook (counts consecutive failures).
    pub(crate) fn delivery_result(&mut self, delivery: &Delivery, delivered: bool) {
        let _ = (delivery, delivered);
    }
}

/// Serves one operation.
pub(crate) fn handle(state: &mut State, op: &OperationMeta, req: &Req, ctx: &mut Ctx) -> Reply {
    let _ = (state, req);
    error(501, "not_implemented", &format!("{} is not simulated", op.id), ctx)
}

/// Moves calls along the clock.
pub(crate) fn tick(state: &mut State, ctx: &mut Ctx) {
    let _ = (state, ctx);
}

/// An error in Ringyo's envelope: `{"error": {"code", "message", "details"}, "meta": {"request_id"}}`.
pub(crate) fn error(status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply {
    let body = types::Error {
        error: Some(types::ErrorDetail {
            code: Some(code.into()),
            details: Default::default(),
            message: Some(message.into()),
            extra: Default::default(),
        }),
        message: None,
        meta: Some(types::ResponseMeta {
            request_id: Some(ctx.request_id.clone()),
            ..Default::default()
        }),
        extra: Default::default(),
    };
    Reply::json(status, &body)
}
