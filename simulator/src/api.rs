//! What the server needs to know about a simulated API. Ringg and Ringyo implement
//! [`SimulatedApi`] (in `ringg.rs` and `ringyo.rs`); [`World::split`](crate::World) lists them.
//! Nothing else in the server core names an API: a third one would be one more impl and one
//! more entry in that list.

use ::http::HeaderMap;
use voiceai::runtime::OperationMeta;

use crate::conform::Violation;
use crate::{Config, Ctx, Delivery, RateLimit, Reply, Req};

/// One simulated API, as the server core sees it: where it is served, how keys, limits and
/// errors look, and its operations' handlers.
pub(crate) trait SimulatedApi: Send {
    /// `ringg` or `ringyo`: the spec it serves, and the name in [`Stats`](crate::Stats) and
    /// delivery records.
    fn name(&self) -> &'static str;

    /// The path prefix it is served under (`/ringg`, `/ringyo/v1`).
    fn prefix(&self) -> &'static str;

    /// Its spec, as JSON: requests are checked against it before a handler sees them.
    fn spec(&self) -> &'static serde_json::Value;

    /// Its generated operation table: routes, scopes, per-operation limits.
    fn operations(&self) -> &'static [OperationMeta];

    /// The key the request authenticates with, if it is one the API accepts.
    fn authenticate(&self, headers: &HeaderMap, config: &Config) -> Option<String>;

    /// The limit every key's requests share (a plan limit), if the API has one.
    fn plan_limit(&self, _config: &Config) -> Option<RateLimit> {
        None
    }

    /// Whether `key` holds `scope` (APIs without scopes allow everything).
    fn has_scope(&self, _key: &str, _scope: &str, _config: &Config) -> bool {
        true
    }

    /// Whether a repeated `Idempotency-Key` is answered with the first reply.
    fn honours_idempotency_keys(&self) -> bool {
        false
    }

    /// An error reply in the API's shape.
    fn error(&self, status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply;

    /// The reply to a request the spec does not allow.
    fn invalid(&self, op: &OperationMeta, violation: &Violation, ctx: &Ctx) -> Reply;

    /// Adds what the API puts on every reply of a request that passed its checks (Ringyo: the
    /// `X-Request-Id` header).
    fn stamp(&self, reply: Reply, _ctx: &Ctx) -> Reply {
        reply
    }

    /// Whether `operation` (an id of [`operations`](Self::operations)) has a handler. Only
    /// the tests ask: a request goes straight to [`handle`](Self::handle), which answers 501
    /// itself.
    #[cfg(test)]
    fn handles(&self, operation: &str) -> bool;

    /// Serves one operation of an authenticated, allowed, well-formed request ([`not_simulated`]
    /// for an operation it has no handler for).
    fn handle(&mut self, op: &OperationMeta, req: &Req, ctx: &mut Ctx) -> Reply;

    /// Moves the API's state along the clock (calls, uploads), queueing the webhooks it causes.
    fn tick(&mut self, ctx: &mut Ctx);

    /// Learns whether one attempt of a delivery it queued got through.
    fn delivery_result(&mut self, _delivery: &Delivery, _delivered: bool) {}
}

/// 501: the API has no handler for the operation.
pub(crate) fn not_simulated(api: &dyn SimulatedApi, op: &OperationMeta, ctx: &Ctx) -> Reply {
    let message = format!("{} is not simulated", op.id);
    api.error(501, "not_implemented", &message, ctx)
}

/// What serves one operation of an API whose state is `S`: the reply, or the refusal.
pub(crate) type Handler<S> = fn(&mut S, &Req, &mut Ctx) -> Result<Reply, Reply>;

/// The handler of `operation` in an API's table of handlers by operation id.
pub(crate) fn find_handler<H: Copy>(table: &[(&str, H)], operation: &str) -> Option<H> {
    table
        .iter()
        .find(|(id, _)| *id == operation)
        .map(|(_, handler)| *handler)
}

/// Serves `op` with its handler in `table` ([`not_simulated`] when it has none): the body of
/// every API's [`SimulatedApi::handle`] once its state is brought up to now.
pub(crate) fn dispatch<S: SimulatedApi>(
    api: &mut S,
    table: &[(&str, Handler<S>)],
    op: &OperationMeta,
    req: &Req,
    ctx: &mut Ctx,
) -> Reply {
    match find_handler(table, op.id) {
        Some(handler) => handler(api, req, ctx).unwrap_or_else(|refusal| refusal),
        None => not_simulated(api, op, ctx),
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, Ctx, Req, World};

    #[test]
    fn every_operation_has_a_handler() {
        let config = Config::default();
        let mut world = World::new(&config, 1_705_314_600.0);
        let (apis, _) = world.split();
        for api in apis {
            assert!(!api.operations().is_empty(), "{}", api.name());
            for op in api.operations() {
                assert!(
                    api.handles(op.id),
                    "{} has no handler for {}",
                    api.name(),
                    op.id
                );
            }
            assert!(!api.handles("no_such_operation"), "{}", api.name());
        }
    }

    #[test]
    fn dispatching_every_operation_reaches_its_handler() {
        let config = Config::default();
        let mut world = World::new(&config, 1_705_314_600.0);
        let mut outbox = Vec::new();
        let (apis, core) = world.split();
        let mut ctx = Ctx {
            now: 1_705_314_600.0,
            rng: &mut core.rng,
            outbox: &mut outbox,
            config: &config,
            request_id: "req_test".into(),
        };
        for api in apis {
            for op in api.operations() {
                // No parameters and no body: the handler refuses, but it is the handler.
                let req = Req {
                    params: Vec::new(),
                    query: Vec::new(),
                    headers: Default::default(),
                    body: Default::default(),
                    key: String::new(),
                };
                let reply = api.handle(op, &req, &mut ctx);
                assert_ne!(reply.status, 501, "{} {}", api.name(), op.id);
            }
        }
    }

    #[test]
    fn apis_have_distinct_names_and_prefixes() {
        let config = Config::default();
        let mut world = World::new(&config, 0.0);
        let (apis, _) = world.split();
        let names: Vec<_> = apis.iter().map(|a| (a.name(), a.prefix())).collect();
        assert_eq!(names, [("ringg", "/ringg"), ("ringyo", "/ringyo/v1")]);
        assert_eq!(world.api_named("ringyo").map(|a| a.name()), Some("ringyo"));
        assert!(world.api_named("other").is_none());
    }
}
