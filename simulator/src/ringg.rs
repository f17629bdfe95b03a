//! The simulated Ringg AI API.

use crate::{Ctx, Delivery, Reply, Req};
use voiceai::ringg::types;
use voiceai::runtime::OperationMeta;

/// The Ringg workspace.
#[derive(Debug)]
pub struct State {
    /// The workspace key; `regenerate_api_key` replaces it and the old one stops working.
    pub api_key: String,
    pub credits: f64,
}

impl State {
    pub(crate) fn new(ctx: &mut Ctx) -> State {
        State {
            api_key: ctx.config.ringg_key.clone(),
            credits: ctx.config.ringg_credits,
        }
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

/// An error in Ringg's shapes: FastAPI's `{"detail": "…"}` for 4xx answers of the live
/// endpoints, the overview's `{"error": {"code", "message"}}` for 402, 429 and 5xx.
pub(crate) fn error(status: u16, code: &str, message: &str, _ctx: &Ctx) -> Reply {
    let body = if status == 402 || status == 429 || status >= 500 {
        types::Error {
            error: Some(types::ErrorBodyError::ErrorInfo(types::ErrorInfo {
                code: Some(code.into()),
                message: Some(message.into()),
                details: None,
                retry_after: None,
                type_: None,
                extra: Default::default(),
            })),
            ..empty_error()
        }
    } else {
        types::Error {
            detail: Some(types::ErrorDetail::String(message.into())),
            ..empty_error()
        }
    };
    Reply::json(status, &body)
}

/// A 422 in FastAPI's validation shape: `{"detail": [{"loc", "msg", "type"}]}`.
pub(crate) fn validation(loc: &[&str], msg: &str) -> Reply {
    let mut item = serde_json::Map::new();
    item.insert("loc".into(), serde_json::json!(loc));
    item.insert("msg".into(), msg.into());
    item.insert("type".into(), "value_error".into());
    Reply::json(
        422,
        &types::Error {
            detail: Some(types::ErrorDetail::Array(vec![item])),
            ..empty_error()
        },
    )
}

fn empty_error() -> types::Error {
    types::Error {
        code: None,
        detail: None,
        error: None,
        error_code: None,
        message: None,
        meta: None,
        msg: None,
        request_id: None,
        retry_after: None,
        status: None,
        extra: Default::default(),
    }
}

#[allow(dead_code)]
fn _uses(_: Delivery) {}
