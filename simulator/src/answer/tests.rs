//! One test (or a few) per step of [`answer`](super::answer), on a fresh world.

use std::time::Duration;

use ::http::HeaderMap;
use serde_json::{json, Value};

use super::*;
use crate::{RateLimit, RingyoKey, RINGG_KEY, RINGYO_KEY};

const NOW: f64 = 1_705_314_600.0;

/// A request head.
fn request(method: &str, uri: &str, headers: &[(&str, &str)]) -> ::http::request::Parts {
    let mut builder = ::http::Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(()).unwrap().into_parts().0
}

/// Runs `f` with one API of a fresh world, the server's ledger and a request context.
fn with_api<R>(
    config: &Config,
    name: &str,
    f: impl FnOnce(&mut dyn SimulatedApi, &mut Ledger, &mut Ctx) -> R,
) -> R {
    let mut world = World::new(config, NOW);
    let mut outbox = Vec::new();
    let (apis, core) = world.split();
    let api = apis.into_iter().find(|a| a.name() == name).unwrap();
    let mut ctx = Ctx {
        now: NOW,
        rng: &mut core.rng,
        outbox: &mut outbox,
        config,
        request_id: "req_test".into(),
    };
    f(api, &mut core.ledger, &mut ctx)
}

fn operation(api: &dyn SimulatedApi, id: &str) -> &'static OperationMeta {
    api.operations().iter().find(|op| op.id == id).unwrap()
}

fn header<'a>(reply: &'a Reply, name: &str) -> Option<&'a str> {
    reply
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn body(reply: &Reply) -> Value {
    serde_json::from_slice(&reply.body).unwrap()
}

/// A request as handlers read it.
fn req(key: &str, headers: &[(&'static str, &str)], body: &'static str) -> Req {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.insert(
            ::http::HeaderName::from_static(name),
            value.parse().unwrap(),
        );
    }
    Req {
        params: Vec::new(),
        query: Vec::new(),
        headers: map,
        body: Bytes::from_static(body.as_bytes()),
        key: key.into(),
    }
}

#[test]
fn select_api_goes_by_prefix() {
    let mut world = World::new(&Config::default(), NOW);
    let (api, rest) = select_api(world.split().0, "/ringyo/v1/calls").unwrap();
    assert_eq!((api.name(), rest), ("ringyo", "/calls"));
    let (api, rest) = select_api(world.split().0, "/ringg/workspace").unwrap();
    assert_eq!((api.name(), rest), ("ringg", "/workspace"));
    assert!(select_api(world.split().0, "/other").is_none());
    let reply = no_such_api(&["/ringg", "/ringyo/v1"]);
    assert_eq!(reply.status, 404);
    let body: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(
        body["message"],
        "not an API of this simulator: use /ringg or /ringyo/v1"
    );
}

#[test]
fn faults_are_drawn_only_when_configured_for_the_operation() {
    let mut rng = fastrand::Rng::with_seed(3);
    let untouched = rng.clone();
    assert_eq!(
        draw_faults(&Faults::none(), "list_calls", &mut rng),
        Draw::default()
    );
    assert_eq!(rng.u64(..), untouched.clone().u64(..), "nothing was drawn");

    let faults = Faults {
        status: vec![(503, 1.0)],
        operations: vec!["list_calls".into()],
        ..Faults::none()
    };
    let mut rng = fastrand::Rng::with_seed(3);
    assert_eq!(
        draw_faults(&faults, "list_calls", &mut rng).status,
        Some(503)
    );
    assert_eq!(draw_faults(&faults, "get_call", &mut rng), Draw::default());
}

#[test]
fn faults_before_reset_or_answer_an_injected_status() {
    let mut config = Config::default();
    config.faults.retry_after = Some(2);
    with_api(&config, "ringyo", |api, ledger, ctx| {
        assert!(faults_before(&Draw::default(), api, &mut ledger.stats, ctx).is_none());

        let reset = Draw {
            reset_before: true,
            latency: Duration::from_millis(5),
            ..Draw::default()
        };
        let outcome = faults_before(&reset, api, &mut ledger.stats, ctx);
        assert!(matches!(outcome, Some(Outcome::Reset(l)) if l == Duration::from_millis(5)));

        let status = Draw {
            status: Some(503),
            ..Draw::default()
        };
        let Some(Outcome::Reply(reply, _)) = faults_before(&status, api, &mut ledger.stats, ctx)
        else {
            panic!("an injected status answers");
        };
        assert_eq!(reply.status, 503);
        assert_eq!(header(&reply, "retry-after"), Some("2"));
        assert_eq!(body(&reply)["error"]["code"], "service_unavailable");
        assert_eq!(body(&reply)["meta"]["request_id"], "req_test");
        assert_eq!(ledger.stats.faults["reset_before"], 1);
        assert_eq!(ledger.stats.faults["status_503"], 1);
    });
}

#[test]
fn resolve_operation_answers_404_or_405_with_allow() {
    with_api(&Config::default(), "ringg", |api, _, ctx| {
        let resolve = |api: &dyn SimulatedApi, method: &str, rest: &str| {
            let parts = request(method, &format!("/ringg{rest}"), &[]);
            let route = http::route(api.operations(), &parts.method, rest);
            let incoming = Incoming {
                parts: &parts,
                rest,
                body: Bytes::new(),
            };
            resolve_operation(api, route, &incoming, ctx)
        };
        let (op, _) = resolve(&*api, "GET", "/agent/all").unwrap();
        assert_eq!(op.id, "list_assistants");

        let refused = resolve(&*api, "PUT", "/agent/all").unwrap_err();
        assert_eq!(refused.status, 405);
        assert_eq!(header(&refused, "allow"), Some("GET"));

        let refused = resolve(&*api, "GET", "/nowhere").unwrap_err();
        assert_eq!(refused.status, 404);
        assert_eq!(body(&refused)["detail"], "no route for GET /nowhere");
    });
}

#[test]
fn authenticate_reads_each_api_s_header() {
    let bearer = format!("Bearer {RINGYO_KEY}");
    with_api(&Config::default(), "ringg", |api, _, ctx| {
        let ok = request("GET", "/", &[("x-api-key", RINGG_KEY)]);
        assert_eq!(authenticate(api, &ok.headers, ctx).unwrap(), RINGG_KEY);
        let wrong = request("GET", "/", &[("x-api-key", "nope")]);
        assert_eq!(
            authenticate(api, &wrong.headers, ctx).unwrap_err().status,
            401
        );
        let ringyo_style = request("GET", "/", &[("authorization", &bearer)]);
        assert!(authenticate(api, &ringyo_style.headers, ctx).is_err());
    });
    with_api(&Config::default(), "ringyo", |api, _, ctx| {
        let ok = request("GET", "/", &[("authorization", &bearer)]);
        assert_eq!(authenticate(api, &ok.headers, ctx).unwrap(), RINGYO_KEY);
        let bare = request("GET", "/", &[("authorization", RINGYO_KEY)]);
        let refused = authenticate(api, &bare.headers, ctx).unwrap_err();
        assert_eq!(refused.status, 401);
        assert_eq!(body(&refused)["error"]["code"], "unauthorized");
    });
}

#[test]
fn plan_limit_counts_each_key_and_refuses_beyond_it() {
    let config = Config {
        ringyo_rate_limit: Some(RateLimit {
            requests: 1,
            window: Duration::from_secs(86_400),
        }),
        ..Config::default()
    };
    with_api(&config, "ringyo", |api, ledger, ctx| {
        let headers = plan_limit(api, RINGYO_KEY, ledger, ctx).unwrap();
        let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "x-ratelimit-limit",
                "x-ratelimit-remaining",
                "x-ratelimit-reset"
            ]
        );
        assert_eq!(headers[0].1, "1");
        assert_eq!(headers[1].1, "0");

        let refused = plan_limit(api, RINGYO_KEY, ledger, ctx).unwrap_err();
        assert_eq!(refused.status, 429);
        assert!(header(&refused, "retry-after").is_some());
        assert_eq!(header(&refused, "x-ratelimit-remaining"), Some("0"));
        assert_eq!(ledger.stats.rate_limited, 1);
        assert!(plan_limit(api, "another key", ledger, ctx).is_ok());
    });
    with_api(&config, "ringg", |api, ledger, ctx| {
        assert_eq!(plan_limit(api, RINGG_KEY, ledger, ctx).unwrap(), Vec::new());
        assert!(ledger.windows.is_empty(), "Ringg has no plan limit");
    });
}

#[test]
fn check_scope_refuses_a_key_without_the_operation_s_scope() {
    let mut config = Config::default();
    config.ringyo_keys.push(RingyoKey {
        key: "rg_test_narrow".into(),
        scopes: vec!["calls:read".into()],
    });
    with_api(&config, "ringyo", |api, _, ctx| {
        let create_agent = operation(api, "create_agent");
        let refused = check_scope(api, create_agent, "rg_test_narrow", ctx).unwrap_err();
        assert_eq!(refused.status, 403);
        assert!(body(&refused)["error"]["message"]
            .as_str()
            .unwrap()
            .contains("`agents:write`"));
        assert!(check_scope(api, operation(api, "list_calls"), "rg_test_narrow", ctx).is_ok());
        assert!(check_scope(api, create_agent, RINGYO_KEY, ctx).is_ok());
    });
    with_api(&config, "ringg", |api, _, ctx| {
        assert!(check_scope(api, operation(api, "create_agent"), RINGG_KEY, ctx).is_ok());
    });
}

#[test]
fn operation_limit_applies_per_key_and_operation() {
    with_api(&Config::default(), "ringg", |api, ledger, ctx| {
        let op = operation(api, "list_knowledge_bases");
        let limit = op.rate_limit.expect("a documented limit");
        assert!(operation_limit(api, op, RINGG_KEY, ledger, ctx).is_ok());
        // A window may end between two calls: then the next one refuses.
        let refused = (0..2 * limit.requests)
            .find_map(|_| operation_limit(api, op, RINGG_KEY, ledger, ctx).err())
            .expect("refused beyond the limit");
        assert_eq!(refused.status, 429);
        assert!(header(&refused, "retry-after").is_some());
        assert!(ledger.stats.rate_limited >= 1);
        assert!(operation_limit(api, op, "another key", ledger, ctx).is_ok());
        let other = operation(api, "get_knowledge_base");
        assert!(operation_limit(api, other, RINGG_KEY, ledger, ctx).is_ok());
        let unlimited = operation(api, "get_workspace");
        for _ in 0..2 * limit.requests {
            assert!(operation_limit(api, unlimited, RINGG_KEY, ledger, ctx).is_ok());
        }
    });
}

#[test]
fn check_spec_refuses_in_each_api_s_shape_and_builds_the_request() {
    let json = [("content-type", "application/json")];
    with_api(&Config::default(), "ringyo", |api, ledger, ctx| {
        let parts = request("GET", "/ringyo/v1/calls?limit=5", &[]);
        let incoming = Incoming {
            parts: &parts,
            rest: "/calls",
            body: Bytes::new(),
        };
        let op = operation(api, "list_calls");
        let req = check_spec(
            api,
            op,
            Vec::new(),
            incoming,
            "k".into(),
            &mut ledger.stats,
            ctx,
        )
        .unwrap();
        assert_eq!(req.query, [("limit".to_string(), "5".to_string())]);
        assert_eq!(req.key, "k");

        let parts = request("POST", "/ringyo/v1/calls", &json);
        let incoming = Incoming {
            parts: &parts,
            rest: "/calls",
            body: Bytes::from_static(b"{}"),
        };
        let op = operation(api, "create_call");
        let refused = check_spec(
            api,
            op,
            Vec::new(),
            incoming,
            "k".into(),
            &mut ledger.stats,
            ctx,
        )
        .unwrap_err();
        assert_eq!(refused.status, 400);
        assert_eq!(body(&refused)["meta"]["request_id"], "req_test");
        assert_eq!(ledger.stats.refused_by_spec, 1);
    });
    with_api(&Config::default(), "ringg", |api, ledger, ctx| {
        let op = operation(api, "initiate_individual_call");
        let parts = request("POST", &format!("/ringg{}", op.path), &json);
        let incoming = Incoming {
            parts: &parts,
            rest: op.path,
            body: Bytes::from_static(b"{}"),
        };
        let refused = check_spec(
            api,
            op,
            Vec::new(),
            incoming,
            "k".into(),
            &mut ledger.stats,
            ctx,
        )
        .unwrap_err();
        assert_eq!(refused.status, 422);
        assert!(body(&refused)["detail"].is_array(), "FastAPI's shape");
    });
}

#[test]
fn idempotency_replays_a_kept_reply_and_refuses_another_body() {
    with_api(&Config::default(), "ringyo", |api, ledger, ctx| {
        let op = operation(api, "create_call");
        assert!(op.idempotency_key);
        let first = req(RINGYO_KEY, &[("idempotency-key", "k1")], "{\"a\":1}");
        let Idempotency::Run(Some(key)) = idempotency(api, op, &first, ledger, ctx) else {
            panic!("a new key runs the operation");
        };
        // A refusal is not kept: the same key may succeed later.
        remember(ledger, key.clone(), &first, &Reply::json(400, &json!({})));
        assert!(matches!(
            idempotency(api, op, &first, ledger, ctx),
            Idempotency::Run(Some(_))
        ));
        remember(
            ledger,
            key,
            &first,
            &Reply::json(201, &json!({"id": "call_1"})),
        );

        let Idempotency::Answered(replay) = idempotency(api, op, &first, ledger, ctx) else {
            panic!("a kept key replays");
        };
        assert_eq!(replay.status, 201);
        assert_eq!(body(&replay)["id"], "call_1");
        assert_eq!(header(&replay, "idempotent-replayed"), Some("true"));
        assert_eq!(ledger.stats.idempotent_replays, 1);

        let other_body = req(RINGYO_KEY, &[("idempotency-key", "k1")], "{\"a\":2}");
        let Idempotency::Answered(conflict) = idempotency(api, op, &other_body, ledger, ctx) else {
            panic!("another body is refused");
        };
        assert_eq!(conflict.status, 409);

        let other_key = req("rg_test_other", &[("idempotency-key", "k1")], "{\"a\":1}");
        assert!(matches!(
            idempotency(api, op, &other_key, ledger, ctx),
            Idempotency::Run(Some(_))
        ));
        let without = req(RINGYO_KEY, &[], "{\"a\":1}");
        assert!(matches!(
            idempotency(api, op, &without, ledger, ctx),
            Idempotency::Run(None)
        ));
        let list = req(RINGYO_KEY, &[("idempotency-key", "k1")], "");
        assert!(matches!(
            idempotency(api, operation(api, "list_calls"), &list, ledger, ctx),
            Idempotency::Run(None)
        ));
    });
    with_api(&Config::default(), "ringg", |api, ledger, ctx| {
        let op = operation(api, "create_agent");
        let keyed = req(RINGG_KEY, &[("idempotency-key", "k1")], "{}");
        assert!(matches!(
            idempotency(api, op, &keyed, ledger, ctx),
            Idempotency::Run(None)
        ));
    });
}

#[test]
fn dispatch_runs_the_handler_and_counts_it() {
    with_api(&Config::default(), "ringyo", |api, ledger, ctx| {
        let op = operation(api, "list_phone_numbers");
        let reply = dispatch(api, op, &req(RINGYO_KEY, &[], ""), &mut ledger.stats, ctx);
        assert_eq!(reply.status, 200);
        assert_eq!(body(&reply)["data"].as_array().unwrap().len(), 5);
        assert_eq!(
            ledger.stats.served[&("ringyo".to_string(), "list_phone_numbers".to_string())],
            1
        );

        let unknown = OperationMeta {
            id: "not_an_operation",
            ..*op
        };
        let reply = dispatch(
            api,
            &unknown,
            &req(RINGYO_KEY, &[], ""),
            &mut ledger.stats,
            ctx,
        );
        assert_eq!(reply.status, 501);
    });
}

#[test]
fn faults_after_keep_the_effect_and_spoil_the_answer() {
    with_api(&Config::default(), "ringyo", |api, ledger, ctx| {
        let ok = || Reply::ok(&json!({"id": "agent_1", "name": "A"}));
        let stats = &mut ledger.stats;
        let after = |draw: Draw, reply: Reply, stats: &mut Stats| match faults_after(
            reply, &draw, api, stats, ctx,
        ) {
            Outcome::Reply(reply, _) => Some(reply),
            Outcome::Reset(_) => None,
        };
        let untouched = after(Draw::default(), ok(), stats).unwrap();
        assert_eq!(untouched.body, ok().body);

        let reset = Draw {
            reset_after: true,
            ..Draw::default()
        };
        assert!(after(reset, ok(), stats).is_none());

        let status = Draw {
            status_after: Some(500),
            ..Draw::default()
        };
        let replaced = after(status, ok(), stats).unwrap();
        assert_eq!(replaced.status, 500);
        assert_eq!(body(&replaced)["error"]["code"], "internal_error");

        let truncate = Draw {
            truncate: true,
            ..Draw::default()
        };
        let cut = after(truncate, ok(), stats).unwrap();
        assert_eq!(cut.body.len(), ok().body.len() / 2);
        let refusal = Reply::json(400, &json!({"error": {}}));
        let kept = after(truncate, refusal.clone(), stats).unwrap();
        assert_eq!(kept.body, refusal.body, "only successful JSON is spoiled");

        let html = Draw {
            non_json: true,
            ..Draw::default()
        };
        let page = after(html, ok(), stats).unwrap();
        assert!(page.body.starts_with(b"<html>"));
        assert_eq!(header(&page, "content-type"), Some("text/html"));

        for kind in ["reset_after", "after_status_500", "truncate", "non_json"] {
            assert_eq!(stats.faults[kind], 1, "{kind}");
        }
    });
}

#[test]
fn answer_runs_the_steps_in_order() {
    let config = Config::default();
    let mut world = World::new(&config, NOW);
    let mut outbox = Vec::new();
    let bearer = format!("Bearer {RINGYO_KEY}");
    let mut send = |parts: ::http::request::Parts| match answer(
        &config,
        NOW,
        &mut world,
        &parts,
        Bytes::new(),
        &mut outbox,
    ) {
        Outcome::Reply(reply, _) => reply,
        Outcome::Reset(_) => panic!("no faults configured"),
    };

    let reply = send(request(
        "GET",
        "/ringyo/v1/phone-numbers",
        &[("authorization", &bearer)],
    ));
    assert_eq!(reply.status, 200);
    let request_id = header(&reply, "x-request-id").unwrap().to_string();
    assert!(request_id.starts_with("req_"), "{request_id}");
    assert_eq!(header(&reply, "x-ratelimit-limit"), Some("300"));

    let refused = send(request("GET", "/ringyo/v1/phone-numbers", &[]));
    assert_eq!(refused.status, 401);
    assert!(header(&refused, "x-request-id").is_none());
    assert!(header(&refused, "x-ratelimit-limit").is_none());

    let elsewhere = send(request("GET", "/elsewhere", &[]));
    assert_eq!(elsewhere.status, 404);
    assert_eq!(
        body(&elsewhere)["message"],
        "not an API of this simulator: use /ringg or /ringyo/v1"
    );

    // Request ids repeat under the same seed.
    let mut again = World::new(&config, NOW);
    let parts = request(
        "GET",
        "/ringyo/v1/phone-numbers",
        &[("authorization", &bearer)],
    );
    let Outcome::Reply(first, _) =
        answer(&config, NOW, &mut again, &parts, Bytes::new(), &mut outbox)
    else {
        panic!("no faults configured");
    };
    assert_eq!(header(&first, "x-request-id"), Some(request_id.as_str()));
    assert_eq!(again.stats().served.len(), 1);
}

/// The module's promise: a refusal is answered as it is, without the faults that follow the
/// effect of a request; a request that took effect gets them.
#[test]
fn refusals_skip_the_faults_after_the_effect() {
    let config = Config {
        faults: Faults {
            status_after: vec![(500, 1.0)],
            ..Faults::none()
        },
        ..Config::default()
    };
    let mut world = World::new(&config, NOW);
    let mut outbox = Vec::new();
    let bearer = format!("Bearer {RINGYO_KEY}");
    let mut send = |headers: &[(&str, &str)]| {
        let parts = request("GET", "/ringyo/v1/phone-numbers", headers);
        match answer(&config, NOW, &mut world, &parts, Bytes::new(), &mut outbox) {
            Outcome::Reply(reply, _) => reply.status,
            Outcome::Reset(_) => panic!("no resets configured"),
        }
    };
    assert_eq!(send(&[]), 401, "a refusal is answered as it is");
    assert_eq!(
        send(&[("authorization", &bearer)]),
        500,
        "served, then spoiled"
    );
    assert_eq!(world.stats().faults.get("after_status_500"), Some(&1));
}
