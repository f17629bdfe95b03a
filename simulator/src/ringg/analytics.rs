//! Analytics.

use super::{error, Answer, State};
use crate::{Ctx, Req};

impl State {
    pub(super) fn analytics(&mut self, _op: &str, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
}
