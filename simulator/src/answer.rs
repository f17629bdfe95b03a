//! One request, served with the state locked, as a sequence of named steps:
//!
//! [`select_api`] → [`faults_before`] → [`resolve_operation`] → [`authenticate`] →
//! [`plan_limit`] → [`check_scope`] → [`operation_limit`] → [`check_spec`] → [`idempotency`] →
//! [`dispatch`] (then [`remember`]) → [`faults_after`].
//!
//! A step that refuses the request returns its reply as `Err` ([`Step`]); a refusal is answered
//! as it is, without the faults that follow the effect of a request.

use std::time::Duration;

use bytes::Bytes;
use voiceai::runtime::OperationMeta;

use crate::api::SimulatedApi;
use crate::ctx::random_id;
use crate::faults::{Draw, Faults};
use crate::http::{self, Params};
use crate::limits::take;
use crate::world::{Core, Ledger, World};
use crate::{conform, Config, Ctx, Delivery, Reply, Req, Stats};

#[cfg(test)]
mod tests;

/// What the connection does with a request.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// Answer, after the latency.
    Reply(Reply, Duration),
    /// Close the connection without an answer, after the latency.
    Reset(Duration),
}

/// A step's result: what the next step needs, or the reply that ends the request.
type Step<T> = Result<T, Reply>;

/// Headers a reply carries once it passed the plan limit (`X-RateLimit-*`).
type LimitHeaders = Vec<(String, String)>;

/// The request as it arrived, with its path inside the API.
struct Incoming<'r> {
    parts: &'r ::http::request::Parts,
    /// The path after the API's prefix.
    rest: &'r str,
    body: Bytes,
}

/// Serves one request.
pub(crate) fn answer(
    config: &Config,
    now: f64,
    world: &mut World,
    parts: &::http::request::Parts,
    body: Bytes,
    outbox: &mut Vec<Delivery>,
) -> Outcome {
    let (apis, core) = world.split();
    let Some((api, rest)) = select_api(apis, parts.uri.path()) else {
        // Only a path under no API needs the list of prefixes.
        let prefixes: Vec<&str> = world.split().0.iter().map(|api| api.prefix()).collect();
        return Outcome::Reply(no_such_api(&prefixes), Duration::ZERO);
    };
    let Core {
        rng,
        fault_rng,
        ledger,
        ..
    } = core;
    let request_id = random_id(fault_rng, "req_");
    let route = http::route(api.operations(), &parts.method, rest);
    let op_id = route.as_ref().map_or("", |(op, _)| op.id);
    let draw = draw_faults(&config.faults, op_id, fault_rng);
    let mut ctx = Ctx {
        now,
        rng,
        outbox,
        config,
        request_id,
    };
    if let Some(outcome) = faults_before(&draw, api, &mut ledger.stats, &ctx) {
        return outcome;
    }
    let request = Incoming { parts, rest, body };
    match serve(api, route, request, ledger, &mut ctx) {
        Ok(reply) => faults_after(reply, &draw, api, &mut ledger.stats, &ctx),
        Err(refusal) => Outcome::Reply(refusal, draw.latency),
    }
}

/// The steps between the faults: route → authenticate → plan limit → scope → operation limit →
/// spec check → idempotency → dispatch.
fn serve(
    api: &mut dyn SimulatedApi,
    route: Option<(&'static OperationMeta, Params)>,
    request: Incoming,
    ledger: &mut Ledger,
    ctx: &mut Ctx,
) -> Step<Reply> {
    let (op, params) = resolve_operation(api, route, &request, ctx)?;
    let key = authenticate(api, &request.parts.headers, ctx)?;
    let limit_headers = plan_limit(api, &key, ledger, ctx)?;
    let with_limits = |mut reply: Reply| {
        reply.headers.extend(limit_headers.iter().cloned());
        reply
    };
    check_scope(api, op, &key, ctx).map_err(with_limits)?;
    operation_limit(api, op, &key, ledger, ctx).map_err(with_limits)?;
    let req = check_spec(api, op, params, request, key, &mut ledger.stats, ctx)
        .map_err(|refusal| with_limits(api.stamp(refusal, ctx)))?;
    let reply = match idempotency(api, op, &req, ledger, ctx) {
        Idempotency::Answered(reply) => reply,
        Idempotency::Run(key) => {
            let reply = dispatch(api, op, &req, &mut ledger.stats, ctx);
            if let Some(key) = key {
                remember(ledger, key, &req, &reply);
            }
            reply
        }
    };
    Ok(with_limits(api.stamp(reply, ctx)))
}

/// The API whose prefix the path starts with, and the path after it.
fn select_api<'a, 'p>(
    apis: impl IntoIterator<Item = &'a mut dyn SimulatedApi>,
    path: &'p str,
) -> Option<(&'a mut dyn SimulatedApi, &'p str)> {
    apis.into_iter()
        .find_map(|api| path.strip_prefix(api.prefix()).map(|rest| (api, rest)))
}

/// The answer to a path under none of the APIs' `prefixes`.
fn no_such_api(prefixes: &[&str]) -> Reply {
    let message = format!(
        "not an API of this simulator: use {}",
        prefixes.join(" or ")
    );
    Reply::json(404, &serde_json::json!({ "message": message }))
}

/// This request's faults, drawn only when some are configured for its operation (so that a run
/// without faults draws nothing).
fn draw_faults(faults: &Faults, op_id: &str, rng: &mut fastrand::Rng) -> Draw {
    if faults.any() && faults.applies_to(op_id) {
        Draw::new(faults, rng)
    } else {
        Draw::default()
    }
}

/// Counts an injected fault by kind.
fn count_fault(stats: &mut Stats, kind: String) {
    *stats.faults.entry(kind).or_default() += 1;
}

/// Faults before the request has any effect: a reset, or an injected status.
fn faults_before(
    draw: &Draw,
    api: &dyn SimulatedApi,
    stats: &mut Stats,
    ctx: &Ctx,
) -> Option<Outcome> {
    if draw.reset_before {
        count_fault(stats, "reset_before".into());
        return Some(Outcome::Reset(draw.latency));
    }
    let status = draw.status?;
    count_fault(stats, format!("status_{status}"));
    Some(Outcome::Reply(injected(api, status, ctx), draw.latency))
}

/// The operation the route found; a known path with a method it does not declare is 405 with
/// the methods it has, anything else 404.
fn resolve_operation(
    api: &dyn SimulatedApi,
    route: Option<(&'static OperationMeta, Params)>,
    request: &Incoming,
    ctx: &Ctx,
) -> Step<(&'static OperationMeta, Params)> {
    if let Some(found) = route {
        return Ok(found);
    }
    let (method, rest) = (&request.parts.method, request.rest);
    let allowed = http::allowed_methods(api.operations(), rest);
    if allowed.is_empty() {
        return Err(api.error(
            404,
            "not_found",
            &format!("no route for {method} {rest}"),
            ctx,
        ));
    }
    let allowed = allowed.join(", ");
    let message = format!("{method} is not allowed on {rest}; allowed: {allowed}");
    Err(api
        .error(405, "method_not_allowed", &message, ctx)
        .header("allow", allowed))
}

/// The key the request carries, if the API accepts it; 401 otherwise.
fn authenticate(api: &dyn SimulatedApi, headers: &::http::HeaderMap, ctx: &Ctx) -> Step<String> {
    api.authenticate(headers, ctx.config)
        .ok_or_else(|| api.error(401, "unauthorized", "missing or invalid API key", ctx))
}

/// Counts the request against the key's plan limit, if the API has one: the `X-RateLimit-*`
/// headers every later reply carries, or 429 with `Retry-After`.
fn plan_limit(
    api: &dyn SimulatedApi,
    key: &str,
    ledger: &mut Ledger,
    ctx: &Ctx,
) -> Step<LimitHeaders> {
    let Some(limit) = api.plan_limit(ctx.config) else {
        return Ok(Vec::new());
    };
    let window = take(
        &mut ledger.windows,
        key.to_string(),
        limit.requests,
        limit.window.as_secs_f64(),
    );
    let headers = vec![
        ("x-ratelimit-limit".to_string(), limit.requests.to_string()),
        (
            "x-ratelimit-remaining".to_string(),
            window.remaining.to_string(),
        ),
        ("x-ratelimit-reset".to_string(), window.reset.to_string()),
    ];
    let Some(wait) = window.refused_for else {
        return Ok(headers);
    };
    ledger.stats.rate_limited += 1;
    let mut reply = api
        .error(
            429,
            "rate_limit_exceeded",
            "rate limit exceeded for this API key's plan",
            ctx,
        )
        .header("retry-after", wait.to_string());
    reply.headers.extend(headers);
    Err(reply)
}

/// 403 naming the scope when the operation needs one the key lacks.
fn check_scope(api: &dyn SimulatedApi, op: &OperationMeta, key: &str, ctx: &Ctx) -> Step<()> {
    match op.required_scope {
        Some(scope) if !api.has_scope(key, scope, ctx.config) => Err(api.error(
            403,
            "unauthorized",
            &format!("this API key lacks the `{scope}` scope"),
            ctx,
        )),
        _ => Ok(()),
    }
}

/// A documented limit of the operation itself (Ringg's knowledge-base operations), per key:
/// 429 with `Retry-After` beyond it.
fn operation_limit(
    api: &dyn SimulatedApi,
    op: &OperationMeta,
    key: &str,
    ledger: &mut Ledger,
    ctx: &Ctx,
) -> Step<()> {
    let Some(limit) = op.rate_limit else {
        return Ok(());
    };
    let window = take(
        &mut ledger.windows,
        format!("{}\n{}\n{key}", api.name(), op.id),
        limit.requests,
        limit.per_seconds as f64,
    );
    let Some(wait) = window.refused_for else {
        return Ok(());
    };
    ledger.stats.rate_limited += 1;
    let message = format!(
        "{} allows {} requests per {} seconds",
        op.id, limit.requests, limit.per_seconds
    );
    Err(api
        .error(429, "rate_limit_exceeded", &message, ctx)
        .header("retry-after", wait.to_string()))
}

/// What the spec does not allow is refused before anything is stored (the client is open to
/// new values; the server is not). Otherwise the request as handlers read it.
fn check_spec(
    api: &dyn SimulatedApi,
    op: &OperationMeta,
    params: Params,
    request: Incoming,
    key: String,
    stats: &mut Stats,
    ctx: &Ctx,
) -> Step<Req> {
    let parts = request.parts;
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let content_type = parts
        .headers
        .get(::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if let Err(violation) =
        conform::check(api.spec(), op, &params, &query, content_type, &request.body)
    {
        stats.refused_by_spec += 1;
        return Err(api.invalid(op, &violation, ctx));
    }
    Ok(Req {
        params,
        query,
        headers: parts.headers.clone(),
        body: request.body,
        key,
    })
}

/// Where an idempotent request stands.
#[derive(Debug)]
enum Idempotency {
    /// Answered from the store: the first reply again, or 409 for another body.
    Answered(Reply),
    /// To be carried out; with the store's key when the reply is to be kept.
    Run(Option<(String, String)>),
}

/// A replayed `Idempotency-Key` (of an API and operation that take one) answers with the first
/// reply when the body is the same, 409 when it is not.
fn idempotency(
    api: &dyn SimulatedApi,
    op: &OperationMeta,
    req: &Req,
    ledger: &mut Ledger,
    ctx: &Ctx,
) -> Idempotency {
    let key = (api.honours_idempotency_keys() && op.idempotency_key)
        .then(|| req.header("idempotency-key"))
        .flatten()
        .map(|k| (req.key.clone(), k.to_string()));
    let Some(key) = key else {
        return Idempotency::Run(None);
    };
    match ledger.idempotency.get(&key) {
        None => Idempotency::Run(Some(key)),
        Some((first_body, first)) if *first_body == req.body => {
            ledger.stats.idempotent_replays += 1;
            Idempotency::Answered(first.clone().header("idempotent-replayed", "true"))
        }
        Some(_) => Idempotency::Answered(api.error(
            409,
            "idempotency_key_reused",
            "this Idempotency-Key was used with a different request body",
            ctx,
        )),
    }
}

/// Runs the operation's handler and counts it (the API answers 501 for an operation it does
/// not handle).
fn dispatch(
    api: &mut dyn SimulatedApi,
    op: &OperationMeta,
    req: &Req,
    stats: &mut Stats,
    ctx: &mut Ctx,
) -> Reply {
    let reply = api.handle(op, req, ctx);
    *stats
        .served
        .entry((api.name().to_string(), op.id.to_string()))
        .or_default() += 1;
    reply
}

/// Keeps the reply for the idempotency key. As Stripe does, only when the request was carried
/// out: a refusal (validation, a concurrency cap, no credits) or a server error may succeed when
/// the same key is sent again.
fn remember(ledger: &mut Ledger, key: (String, String), req: &Req, reply: &Reply) {
    if reply.is_success() {
        ledger
            .idempotency
            .insert(key, (req.body.clone(), reply.clone()));
    }
}

/// Faults after the request took effect: a reset, an injected status instead of the reply, or a
/// successful JSON body cut in half or replaced by an HTML page.
fn faults_after(
    mut reply: Reply,
    draw: &Draw,
    api: &dyn SimulatedApi,
    stats: &mut Stats,
    ctx: &Ctx,
) -> Outcome {
    if draw.reset_after {
        count_fault(stats, "reset_after".into());
        return Outcome::Reset(draw.latency);
    }
    if let Some(status) = draw.status_after {
        count_fault(stats, format!("after_status_{status}"));
        reply = injected(api, status, ctx);
    } else if reply.is_success() && reply.is_json() && (draw.truncate || draw.non_json) {
        if draw.truncate {
            count_fault(stats, "truncate".into());
            reply.body.truncate(reply.body.len() / 2);
        } else {
            count_fault(stats, "non_json".into());
            reply.body = b"<html><body><h1>502 Bad Gateway</h1></body></html>".to_vec();
            reply
                .headers
                .retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
            reply
                .headers
                .push(("content-type".into(), "text/html".into()));
        }
    }
    Outcome::Reply(reply, draw.latency)
}

/// The answer to an injected error status, in the API's error shape.
fn injected(api: &dyn SimulatedApi, status: u16, ctx: &Ctx) -> Reply {
    let (code, message) = match status {
        429 => ("rate_limit_exceeded", "too many requests (injected)"),
        500 => ("internal_error", "internal server error (injected)"),
        502 => ("bad_gateway", "bad gateway (injected)"),
        503 => ("service_unavailable", "service unavailable (injected)"),
        504 => ("gateway_timeout", "gateway timeout (injected)"),
        _ => ("injected_error", "injected error"),
    };
    let mut reply = api.error(status, code, message, ctx);
    if matches!(status, 429 | 503) {
        if let Some(after) = ctx.config.faults.retry_after {
            reply = reply.header("retry-after", after.to_string());
        }
    }
    reply
}
