//! Knowledge bases.

use super::{error, Answer, State};
use crate::{Ctx, Req};

#[derive(Clone, Debug)]
pub struct KnowledgeBase {
    pub id: String,
    pub name: String,
}
#[derive(Clone, Debug)]
pub struct KbItem;

impl State {
    pub(super) fn create_kb(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn edit_kb(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn list_kbs(&mut self) -> Answer {
        Ok(crate::Reply::ok(&serde_json::json!([])))
    }
    pub(super) fn get_kb(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn delete_kb(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
}
