//! Contact lists and campaigns.

use super::{error, Answer, State};
use crate::{Ctx, Req};

#[derive(Clone, Debug)]
pub struct Contact;
#[derive(Clone, Debug)]
pub struct ContactList;
#[derive(Clone, Debug)]
pub struct LargeUpload;

impl State {
    pub(super) fn delete_contact_list(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn upload_contact_list(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn start_campaign(&mut self, _req: &Req, ctx: &mut Ctx, _v2: bool) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
    pub(super) fn list_campaigns(&mut self, _req: &Req, ctx: &mut Ctx) -> Answer {
        Err(error(501, "todo", "todo", ctx))
    }
}
