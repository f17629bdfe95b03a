//! Large uploads and terminate.

use super::{error, Answer, State};
use crate::{Ctx, Req};

impl State {
    pub(super) fn upload_large_csv(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn large_upload_status(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn check_large_balance(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn start_large_calls(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn terminate(&mut self, _op: &str, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
}
