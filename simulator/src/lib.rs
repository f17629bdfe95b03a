//! A stateful, in-memory simulator of the Ringg AI and Ringyo AI APIs on loopback.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let sim = voiceai_simulator::Simulator::start().await?;
//! let ringg = voiceai::ringg::Client::builder()
//!     .api_key(voiceai_simulator::RINGG_KEY)
//!     .base_url(sim.ringg_url())
//!     .build()
//!     .unwrap();
//! # Ok(()) }
//! ```
//!
//! Both APIs are served on one port, under `/ringg` and `/ringyo/v1`. Routes come from the generated
//! operation tables (`voiceai::ringg::OPERATIONS`, `voiceai::ringyo::OPERATIONS`) and bodies are
//! the generated types, so the simulator serves exactly what the specs describe.
//!
//! What it does like the real services: keys are checked (401), Ringyo scopes (403 naming the
//! scope) and plan rate limits (`X-RateLimit-*` on every answer, 429 with `Retry-After`),
//! Ringyo `Idempotency-Key` replays, documented validation errors, pagination as documented, calls
//! that move through their statuses on a sped-up clock, and webhook deliveries to loopback URLs
//! (Ringg with the headers configured on the subscription, Ringyo signed as Standard Webhooks).
//! [`Faults`] injects errors, resets, latency and broken bodies, repeatably under a seed.
#![forbid(unsafe_code)]

mod clock;
pub mod conform;
mod faults;
mod http;
pub mod ringg;
pub mod ringyo;

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use clock::{
    date, iso8601, iso8601_micros, parse_date, parse_date_bound, parse_datetime, real_epoch,
    SimClock,
};
pub use faults::Faults;
pub use http::{Form, Part, Reply, Req};

use faults::Draw;
use voiceai::runtime::OperationMeta;

/// The Ringg key the simulator accepts unless configured otherwise (obviously not a real key).
pub const RINGG_KEY: &str = "sim-ringg-key-not-a-secret";
/// The Ringyo key the simulator accepts unless configured otherwise. `rg_test_` is Ringyo's prefix
/// for development keys that place no real calls.
pub const RINGYO_KEY: &str = "rg_test_simulator_not_a_secret";

/// Every Ringyo scope.
pub const RINGYO_SCOPES: &[&str] = &[
    "calls:read",
    "calls:write",
    "agents:read",
    "agents:write",
    "contacts:read",
    "contacts:write",
    "appointments:read",
    "appointments:write",
    "phone_numbers:read",
    "analytics:read",
    "webhooks:manage",
];

/// The largest request body the simulator reads (Ringg's documented upload limits are far below).
const MAX_BODY: usize = 64 * 1024 * 1024;

/// A Ringyo key with its scopes.
#[derive(Clone, Debug)]
pub struct RingyoKey {
    pub key: String,
    pub scopes: Vec<String>,
}

/// A request limit over a window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateLimit {
    pub requests: u32,
    pub window: Duration,
}

/// How the simulator behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// Seeds ids, call outcomes and faults.
    pub seed: u64,
    /// Simulated seconds per real second.
    pub clock_speed: f64,
    /// The Ringg workspace key (rotated by `regenerate_api_key`).
    pub ringg_key: String,
    /// The Ringyo keys and their scopes.
    pub ringyo_keys: Vec<RingyoKey>,
    /// Ringyo's plan limit per key (Pro: 300 a minute). `None`: unlimited.
    pub ringyo_rate_limit: Option<RateLimit>,
    /// Ringyo single objects inside `{data, meta}` (the intro page) instead of bare (the
    /// endpoint pages).
    pub ringyo_envelope: bool,
    /// Starting credits of the Ringg workspace.
    pub ringg_credits: f64,
    /// Starting credits of the Ringyo account.
    pub ringyo_credits: f64,
    /// Faults to inject.
    pub faults: Faults,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            seed: 42,
            clock_speed: 60.0,
            ringg_key: RINGG_KEY.into(),
            ringyo_keys: vec![RingyoKey {
                key: RINGYO_KEY.into(),
                scopes: RINGYO_SCOPES.iter().map(|s| s.to_string()).collect(),
            }],
            ringyo_rate_limit: Some(RateLimit {
                requests: 300,
                window: Duration::from_secs(60),
            }),
            ringyo_envelope: false,
            ringg_credits: 5_000.0,
            ringyo_credits: 500.0,
            faults: Faults::none(),
        }
    }
}

/// A webhook (or callback) the simulator sends.
#[derive(Clone, Debug)]
pub struct Delivery {
    /// `ringg` or `ringyo`.
    pub api: &'static str,
    /// The event name, for the record.
    pub event: String,
    pub url: String,
    pub method: ::http::Method,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Waits before each retry, in simulated seconds (Ringg: 0, 10, 60, 120; Ringyo: 1, 5, 30,
    /// 120, 600).
    pub retry_delays: Vec<f64>,
}

/// What happened to one delivery.
#[derive(Clone, Debug)]
pub struct DeliveryRecord {
    pub api: &'static str,
    pub event: String,
    pub url: String,
    pub attempts: u32,
    pub delivered: bool,
    pub last_status: Option<u16>,
    /// Not sent because the URL is not on this machine: the simulator talks to loopback only.
    pub skipped: bool,
}

/// Whether a URL points at this machine (`localhost`, `127.0.0.0/8`, `[::1]`).
pub fn is_loopback_url(url: &str) -> bool {
    match url::Url::parse(url)
        .ok()
        .and_then(|u| u.host().map(|h| h.to_owned()))
    {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `+`, then 8 to 15 digits, the first not 0.
pub fn is_e164(number: &str) -> bool {
    number.strip_prefix('+').is_some_and(|digits| {
        (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0')
    })
}

/// A value serialised to a JSON object (empty when it is not one).
pub(crate) fn to_map<T: serde::Serialize>(value: &T) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// Counts kept by the simulator.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Requests received, faults included.
    pub requests: u64,
    /// Requests that reached an operation's handler, by `(api, operation id)`.
    pub served: BTreeMap<(String, String), u64>,
    /// Injected faults by kind (`reset_before`, `status_503`, `truncate`, …).
    pub faults: BTreeMap<String, u64>,
    /// Answers by status.
    pub statuses: BTreeMap<u16, u64>,
    /// Ringyo requests refused by the plan rate limit.
    pub rate_limited: u64,
    /// Requests refused because the spec does not allow them (before any handler ran).
    pub refused_by_spec: u64,
    /// Ringyo requests answered from the idempotency store.
    pub idempotent_replays: u64,
}

/// Everything a handler may use besides its API's state.
pub struct Ctx<'a> {
    /// Simulated Unix time, seconds.
    pub now: f64,
    /// Seeded generator for ids and outcomes.
    pub rng: &'a mut fastrand::Rng,
    /// Webhooks to send once the state lock is released.
    pub outbox: &'a mut Vec<Delivery>,
    pub config: &'a Config,
    /// `req_…`, for Ringyo's `meta.request_id`.
    pub request_id: String,
}

impl Ctx<'_> {
    /// `prefix` followed by 12 lower-case letters and digits (`call_x7k2…`).
    pub fn id(&mut self, prefix: &str) -> String {
        let mut id = String::with_capacity(prefix.len() + 12);
        id.push_str(prefix);
        for _ in 0..12 {
            id.push(self.rng.alphanumeric().to_ascii_lowercase());
        }
        id
    }

    /// A random (version 4) UUID string, as Ringg's ids are.
    pub fn uuid(&mut self) -> String {
        let a = self.rng.u128(..);
        let a = (a & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
        let h = format!("{a:032x}");
        format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        )
    }

    /// Now as `2024-01-15T10:30:00Z`.
    pub fn iso(&self) -> String {
        iso8601(self.now)
    }

    /// Now as `2024-12-16T13:03:29.947147+00:00`.
    pub fn iso_micros(&self) -> String {
        iso8601_micros(self.now)
    }

    /// Queues a webhook.
    pub fn deliver(&mut self, delivery: Delivery) {
        self.outbox.push(delivery);
    }
}

/// The state of both APIs.
pub struct World {
    pub ringg: ringg::State,
    pub ringyo: ringyo::State,
    rng: fastrand::Rng,
    fault_rng: fastrand::Rng,
    tick_rng: fastrand::Rng,
    /// (key, idempotency key) → (body, reply).
    idempotency: HashMap<(String, String), (Bytes, Reply)>,
    /// key → (window index, requests in it).
    windows: HashMap<String, (u64, u32)>,
    stats: Stats,
}

struct Shared {
    world: Mutex<World>,
    config: Config,
    clock: SimClock,
    deliveries: Mutex<Vec<DeliveryRecord>>,
    http: reqwest::Client,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, World> {
        // A panic in a handler poisons the lock; the state is still the best we have.
        self.world.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A running simulator; it stops when dropped.
pub struct Simulator {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
}

/// Builds a [`Simulator`].
#[derive(Clone, Debug, Default)]
pub struct SimulatorBuilder {
    config: Config,
    port: u16,
}

impl SimulatorBuilder {
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = seed;
        self
    }
    pub fn clock_speed(mut self, speed: f64) -> Self {
        self.config.clock_speed = speed;
        self
    }
    pub fn faults(mut self, faults: Faults) -> Self {
        self.config.faults = faults;
        self
    }
    /// Ringyo's limit per key; `None` turns it off.
    pub fn ringyo_rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.config.ringyo_rate_limit = limit;
        self
    }
    /// Adds a Ringyo key with these scopes.
    pub fn ringyo_key(mut self, key: &str, scopes: &[&str]) -> Self {
        self.config.ringyo_keys.push(RingyoKey {
            key: key.into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
        });
        self
    }
    pub fn ringyo_envelope(mut self, on: bool) -> Self {
        self.config.ringyo_envelope = on;
        self
    }
    pub fn ringg_credits(mut self, credits: f64) -> Self {
        self.config.ringg_credits = credits;
        self
    }
    pub fn ringyo_credits(mut self, credits: f64) -> Self {
        self.config.ringyo_credits = credits;
        self
    }
    /// Listen on this port of 127.0.0.1 (0, the default: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }
    /// The whole configuration.
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Binds 127.0.0.1 and starts serving on the current tokio runtime.
    pub async fn start(self) -> std::io::Result<Simulator> {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await?;
        let addr = listener.local_addr()?;
        let config = self.config;
        let mut rng = fastrand::Rng::with_seed(config.seed);
        let fault_rng = fastrand::Rng::with_seed(config.seed ^ 0x5eed_fa17);
        let tick_rng = fastrand::Rng::with_seed(config.seed ^ 0x71c4);
        let clock = SimClock::new(config.clock_speed);
        let mut outbox = Vec::new();
        let mut ctx = Ctx {
            now: clock.now(),
            rng: &mut rng,
            outbox: &mut outbox,
            config: &config,
            request_id: String::new(),
        };
        let ringg = ringg::State::new(&mut ctx);
        let ringyo = ringyo::State::new(&mut ctx);
        let world = World {
            ringg,
            ringyo,
            rng,
            fault_rng,
            tick_rng,
            idempotency: HashMap::new(),
            windows: HashMap::new(),
            stats: Stats::default(),
        };
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(std::io::Error::other)?;
        let shared = Arc::new(Shared {
            world: Mutex::new(world),
            config,
            clock,
            deliveries: Mutex::new(Vec::new()),
            http,
        });
        let (shutdown, stop) = watch::channel(false);
        tokio::spawn(accept_loop(listener, shared.clone(), stop.clone()));
        tokio::spawn(tick_loop(shared.clone(), stop));
        Ok(Simulator {
            addr,
            shared,
            shutdown,
        })
    }
}

impl Simulator {
    /// A simulator with the default configuration on a free port.
    pub async fn start() -> std::io::Result<Simulator> {
        Self::builder().start().await
    }

    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Base URL of the simulated Ringg API (`http://127.0.0.1:PORT/ringg`).
    pub fn ringg_url(&self) -> String {
        format!("http://{}/ringg", self.addr)
    }

    /// Base URL of the simulated Ringyo API (`http://127.0.0.1:PORT/ringyo/v1`; the version
    /// is part of the base URL, as in Ringyo's own `https://api.ringyo.ai/v1`).
    pub fn ringyo_url(&self) -> String {
        format!("http://{}/ringyo/v1", self.addr)
    }

    /// The configuration it runs with.
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// The simulated clock.
    pub fn clock(&self) -> &SimClock {
        &self.shared.clock
    }

    /// Reads the state of both APIs.
    pub fn inspect<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        f(&self.shared.lock())
    }

    /// Counts so far.
    pub fn stats(&self) -> Stats {
        self.shared.lock().stats.clone()
    }

    /// Webhook deliveries so far (finished ones and those still retrying).
    pub fn deliveries(&self) -> Vec<DeliveryRecord> {
        self.shared
            .deliveries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Advances every call now instead of waiting for the next tick (tests use it to avoid
    /// waiting on the clock).
    pub fn tick(&self) {
        tick(&self.shared);
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
            _ = stop.changed() => return,
        };
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| serve(shared.clone(), request));
            let connection = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                _ = stop.changed() => {}
            }
        });
    }
}

async fn tick_loop(shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    let mut interval = tokio::time::interval(Duration::from_millis(20));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = interval.tick() => tick(&shared),
            _ = stop.changed() => return,
        }
    }
}

fn tick(shared: &Arc<Shared>) {
    let mut outbox = Vec::new();
    {
        let mut world = shared.lock();
        let World {
            ringg,
            ringyo,
            tick_rng,
            ..
        } = &mut *world;
        let mut ctx = Ctx {
            now: shared.clock.now(),
            rng: tick_rng,
            outbox: &mut outbox,
            config: &shared.config,
            request_id: String::new(),
        };
        ringg::tick(ringg, &mut ctx);
        ringyo::tick(ringyo, &mut ctx);
    }
    send(shared, outbox);
}

/// Sends webhooks in the background, retrying on the API's schedule. Only loopback URLs are
/// contacted; a delivery anywhere else is recorded as skipped.
fn send(shared: &Arc<Shared>, outbox: Vec<Delivery>) {
    for delivery in outbox {
        let shared = shared.clone();
        let index = {
            let mut records = shared.deliveries.lock().unwrap_or_else(|e| e.into_inner());
            records.push(DeliveryRecord {
                api: delivery.api,
                event: delivery.event.clone(),
                url: delivery.url.clone(),
                attempts: 0,
                delivered: false,
                last_status: None,
                skipped: !is_loopback_url(&delivery.url),
            });
            records.len() - 1
        };
        if !is_loopback_url(&delivery.url) {
            continue;
        }
        tokio::spawn(async move {
            let mut delays = delivery.retry_delays.iter();
            loop {
                let mut request = shared
                    .http
                    .request(delivery.method.clone(), &delivery.url)
                    .body(delivery.body.clone());
                for (name, value) in &delivery.headers {
                    request = request.header(name, value);
                }
                let status = request.send().await.ok().map(|r| r.status().as_u16());
                let delivered = status.is_some_and(|s| (200..300).contains(&s));
                {
                    let mut records = shared.deliveries.lock().unwrap_or_else(|e| e.into_inner());
                    let record = &mut records[index];
                    record.attempts += 1;
                    record.last_status = status;
                    record.delivered = delivered;
                }
                if delivery.api == "ringyo" {
                    shared.lock().ringyo.delivery_result(&delivery, delivered);
                }
                if delivered {
                    return;
                }
                match delays.next() {
                    Some(wait) => tokio::time::sleep(shared.clock.real(*wait)).await,
                    None => return,
                }
            }
        });
    }
}

type Response = hyper::Response<Full<Bytes>>;

/// Dropping the connection without an answer (a reset, as the client sees it).
#[derive(Debug)]
struct Reset;

impl std::fmt::Display for Reset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("injected connection reset")
    }
}

impl std::error::Error for Reset {}

async fn serve(
    shared: Arc<Shared>,
    request: hyper::Request<hyper::body::Incoming>,
) -> Result<Response, Reset> {
    let (parts, body) = request.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Ok(plain(413, "request body too large or cut off")),
    };
    let (outcome, outbox) = handle(&shared, parts, body);
    send(&shared, outbox);
    match outcome {
        Outcome::Reset(latency) => {
            tokio::time::sleep(latency).await;
            Err(Reset)
        }
        Outcome::Reply(reply, latency) => {
            if !latency.is_zero() {
                tokio::time::sleep(latency).await;
            }
            Ok(to_response(reply))
        }
    }
}

enum Outcome {
    Reply(Reply, Duration),
    Reset(Duration),
}

fn plain(status: u16, message: &str) -> Response {
    to_response(Reply::json(
        status,
        &serde_json::json!({ "message": message }),
    ))
}

fn to_response(reply: Reply) -> Response {
    let mut response = hyper::Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() = ::http::StatusCode::from_u16(reply.status)
        .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            ::http::HeaderName::try_from(name),
            ::http::HeaderValue::try_from(value),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response
}

/// Which API a path belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    Ringg,
    Ringyo,
}

impl Api {
    fn name(self) -> &'static str {
        match self {
            Api::Ringg => "ringg",
            Api::Ringyo => "ringyo",
        }
    }

    fn operations(self) -> &'static [OperationMeta] {
        match self {
            Api::Ringg => &voiceai::ringg::OPERATIONS,
            Api::Ringyo => &voiceai::ringyo::OPERATIONS,
        }
    }

    fn error(self, status: u16, code: &str, message: &str, ctx: &Ctx) -> Reply {
        match self {
            Api::Ringg => ringg::error(status, code, message, ctx),
            Api::Ringyo => ringyo::error(status, code, message, ctx),
        }
    }
}

fn handle(
    shared: &Arc<Shared>,
    parts: ::http::request::Parts,
    body: Bytes,
) -> (Outcome, Vec<Delivery>) {
    let mut outbox = Vec::new();
    let mut world = shared.lock();
    world.stats.requests += 1;
    let outcome = answer(shared, &mut world, &parts, body, &mut outbox);
    if let Outcome::Reply(reply, _) = &outcome {
        *world.stats.statuses.entry(reply.status).or_default() += 1;
    }
    (outcome, outbox)
}

/// Serves one request with the state locked: routing, faults, keys, limits, idempotency, the
/// operation's handler.
fn answer(
    shared: &Shared,
    world: &mut World,
    parts: &::http::request::Parts,
    body: Bytes,
    outbox: &mut Vec<Delivery>,
) -> Outcome {
    let config = &shared.config;
    let path = parts.uri.path();
    let (api, rest) = if let Some(rest) = path.strip_prefix("/ringg") {
        (Api::Ringg, rest)
    } else if let Some(rest) = path.strip_prefix("/ringyo/v1") {
        (Api::Ringyo, rest)
    } else {
        return Outcome::Reply(
            Reply::json(
                404,
                &serde_json::json!({"message": "not an API of this simulator: use /ringg or /ringyo/v1"}),
            ),
            Duration::ZERO,
        );
    };
    let request_id = {
        let mut ctx = Ctx {
            now: 0.0,
            rng: &mut world.fault_rng,
            outbox: &mut Vec::new(),
            config,
            request_id: String::new(),
        };
        ctx.id("req_")
    };
    let now = shared.clock.now();
    let route = http::route(api.operations(), &parts.method, rest);
    let op_id = route.as_ref().map(|(op, _)| op.id).unwrap_or("");
    let draw = if config.faults.any() && config.faults.applies_to(op_id) {
        Draw::new(&config.faults, &mut world.fault_rng)
    } else {
        Draw::default()
    };
    let error_ctx = Ctx {
        now,
        rng: &mut world.tick_rng,
        outbox: &mut Vec::new(),
        config,
        request_id: request_id.clone(),
    };
    let count_fault = |stats: &mut Stats, kind: String| *stats.faults.entry(kind).or_default() += 1;

    if draw.reset_before {
        count_fault(&mut world.stats, "reset_before".into());
        return Outcome::Reset(draw.latency);
    }
    if let Some(status) = draw.status {
        count_fault(&mut world.stats, format!("status_{status}"));
        let reply = injected(api, status, config, &error_ctx);
        return Outcome::Reply(reply, draw.latency);
    }

    let Some((op, params)) = route else {
        // A known path with a method it does not declare: 405 with the methods it has.
        let allowed = http::allowed_methods(api.operations(), rest);
        if !allowed.is_empty() {
            let reply = api
                .error(
                    405,
                    "method_not_allowed",
                    &format!(
                        "{} is not allowed on {rest}; allowed: {}",
                        parts.method,
                        allowed.join(", ")
                    ),
                    &error_ctx,
                )
                .header("allow", allowed.join(", "));
            return Outcome::Reply(reply, draw.latency);
        }
        let reply = api.error(
            404,
            "not_found",
            &format!("no route for {} {rest}", parts.method),
            &error_ctx,
        );
        return Outcome::Reply(reply, draw.latency);
    };

    // Authentication.
    let headers = &parts.headers;
    let key = match api {
        Api::Ringg => headers
            .get("x-api-key")
            .and_then(|v| v.to_str().ok())
            .filter(|k| *k == world.ringg.api_key)
            .map(str::to_string),
        Api::Ringyo => headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .filter(|k| config.ringyo_keys.iter().any(|r| r.key == *k))
            .map(str::to_string),
    };
    let Some(key) = key else {
        let reply = api.error(
            401,
            "unauthorized",
            "missing or invalid API key",
            &error_ctx,
        );
        return Outcome::Reply(reply, draw.latency);
    };

    // Ringyo's plan limit, then its scopes.
    let mut limit_headers = Vec::new();
    if api == Api::Ringyo {
        if let Some(limit) = config.ringyo_rate_limit {
            let window = take(
                &mut world.windows,
                key.clone(),
                limit.requests,
                limit.window.as_secs_f64(),
            );
            limit_headers = vec![
                ("x-ratelimit-limit".to_string(), limit.requests.to_string()),
                (
                    "x-ratelimit-remaining".to_string(),
                    window.remaining.to_string(),
                ),
                ("x-ratelimit-reset".to_string(), window.reset.to_string()),
            ];
            if let Some(wait) = window.refused_for {
                world.stats.rate_limited += 1;
                let mut reply = api
                    .error(
                        429,
                        "rate_limit_exceeded",
                        "rate limit exceeded for this API key's plan",
                        &error_ctx,
                    )
                    .header("retry-after", wait.to_string());
                reply.headers.extend(limit_headers);
                return Outcome::Reply(reply, draw.latency);
            }
        }
        if let Some(scope) = op.required_scope {
            let scopes = &config
                .ringyo_keys
                .iter()
                .find(|r| r.key == key)
                .map(|r| r.scopes.clone())
                .unwrap_or_default();
            if !scopes.iter().any(|s| s == scope) {
                let mut reply = api.error(
                    403,
                    "unauthorized",
                    &format!("this API key lacks the `{scope}` scope"),
                    &error_ctx,
                );
                reply.headers.extend(limit_headers);
                return Outcome::Reply(reply, draw.latency);
            }
        }
    }

    // A documented limit of the operation itself (Ringg's knowledge-base operations), per key.
    if let Some(limit) = op.rate_limit {
        let window = take(
            &mut world.windows,
            format!("{}\n{}\n{key}", api.name(), op.id),
            limit.requests,
            limit.per_seconds as f64,
        );
        if let Some(wait) = window.refused_for {
            world.stats.rate_limited += 1;
            let mut reply = api
                .error(
                    429,
                    "rate_limit_exceeded",
                    &format!(
                        "{} allows {} requests per {} seconds",
                        op.id, limit.requests, limit.per_seconds
                    ),
                    &error_ctx,
                )
                .header("retry-after", wait.to_string());
            reply.headers.extend(limit_headers);
            return Outcome::Reply(reply, draw.latency);
        }
    }

    // What the spec does not allow is refused before anything is stored (the client is open
    // to new values; the server is not).
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let content_type = headers
        .get(::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if let Err(violation) = conform::check(api.name(), op, &params, &query, content_type, &body) {
        world.stats.refused_by_spec += 1;
        let location: Vec<&str> = violation.location.iter().map(String::as_str).collect();
        let mut reply = match api {
            Api::Ringg => ringg::validation(&location, &violation.message),
            Api::Ringyo => api.error(
                400,
                &conform::ringyo_code(op, &violation),
                &violation.message,
                &error_ctx,
            ),
        };
        if api == Api::Ringyo {
            reply = reply.header("x-request-id", request_id.clone());
        }
        reply.headers.extend(limit_headers);
        return Outcome::Reply(reply, draw.latency);
    }

    // A replayed idempotency key answers with the first reply.
    let idempotency = (api == Api::Ringyo && op.idempotency_key)
        .then(|| headers.get("idempotency-key").and_then(|v| v.to_str().ok()))
        .flatten()
        .map(|k| (key.clone(), k.to_string()));
    let replay = idempotency
        .as_ref()
        .and_then(|k| world.idempotency.get(k))
        .cloned();
    let mut reply = match replay {
        Some((first_body, first)) if first_body == body => {
            world.stats.idempotent_replays += 1;
            first.header("idempotent-replayed", "true")
        }
        Some(_) => api.error(
            409,
            "idempotency_key_reused",
            "this Idempotency-Key was used with a different request body",
            &error_ctx,
        ),
        None => {
            drop(error_ctx);
            let req = Req {
                method: parts.method.clone(),
                params,
                query,
                headers: parts.headers.clone(),
                body: body.clone(),
                key: key.clone(),
            };
            let World {
                ringg,
                ringyo,
                rng,
                stats,
                idempotency: store,
                ..
            } = world;
            let mut ctx = Ctx {
                now,
                rng,
                outbox,
                config,
                request_id: request_id.clone(),
            };
            let reply = match api {
                Api::Ringg => ringg::handle(ringg, op, &req, &mut ctx),
                Api::Ringyo => ringyo::handle(ringyo, op, &req, &mut ctx),
            };
            *stats
                .served
                .entry((api.name().to_string(), op.id.to_string()))
                .or_default() += 1;
            // As Stripe does: a result is kept only when the request was carried out; a refusal
            // (validation, a concurrency cap, no credits) or a server error may succeed when the
            // same key is sent again.
            if let Some(k) = idempotency {
                if reply.is_success() {
                    store.insert(k, (body, reply.clone()));
                }
            }
            reply
        }
    };
    if api == Api::Ringyo {
        reply = reply.header("x-request-id", request_id.clone());
    }
    reply.headers.extend(limit_headers);

    // Faults after the request took effect.
    if draw.reset_after {
        count_fault(&mut world.stats, "reset_after".into());
        return Outcome::Reset(draw.latency);
    }
    if let Some(status) = draw.status_after {
        count_fault(&mut world.stats, format!("after_status_{status}"));
        let error_ctx = Ctx {
            now,
            rng: &mut world.tick_rng,
            outbox: &mut Vec::new(),
            config,
            request_id,
        };
        reply = injected(api, status, config, &error_ctx);
    } else if reply.is_success() && reply.is_json() && (draw.truncate || draw.non_json) {
        if draw.truncate {
            count_fault(&mut world.stats, "truncate".into());
            reply.body.truncate(reply.body.len() / 2);
        } else {
            count_fault(&mut world.stats, "non_json".into());
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

/// One request counted against a fixed window aligned to real Unix time.
struct Window {
    /// Requests left in the window after this one.
    remaining: u32,
    /// When the window ends, in Unix seconds.
    reset: u64,
    /// Refused: the seconds until the window ends (at least 1).
    refused_for: Option<u64>,
}

/// Counts a request of `key` against `requests` per `window_secs`, unless the window is full.
fn take(
    windows: &mut HashMap<String, (u64, u32)>,
    key: String,
    requests: u32,
    window_secs: f64,
) -> Window {
    let window = window_secs.max(0.001);
    let real = real_epoch();
    let index = (real / window) as u64;
    let end = (index + 1) as f64 * window;
    let entry = windows.entry(key).or_insert((index, 0));
    if entry.0 != index {
        *entry = (index, 0);
    }
    let refused_for = if entry.1 < requests {
        entry.1 += 1;
        None
    } else {
        Some((end - real).ceil().max(1.0) as u64)
    };
    Window {
        remaining: requests.saturating_sub(entry.1),
        reset: end.ceil() as u64,
        refused_for,
    }
}

/// The answer to an injected error status, in the API's error shape.
fn injected(api: Api, status: u16, config: &Config, ctx: &Ctx) -> Reply {
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
        if let Some(after) = config.faults.retry_after {
            reply = reply.header("retry-after", after.to_string());
        }
    }
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_urls_are_contacted() {
        for url in [
            "http://127.0.0.1:9/hooks",
            "http://127.8.0.1/x",
            "http://localhost:8080/",
            "http://[::1]:80/",
        ] {
            assert!(is_loopback_url(url), "{url}");
        }
        for url in [
            "https://example.com/hooks",
            "http://10.0.0.1/",
            "not a url",
            "",
        ] {
            assert!(!is_loopback_url(url), "{url}");
        }
    }

    #[test]
    fn uuids_are_version_4() {
        let mut rng = fastrand::Rng::with_seed(1);
        let mut outbox = Vec::new();
        let config = Config::default();
        let mut ctx = Ctx {
            now: 0.0,
            rng: &mut rng,
            outbox: &mut outbox,
            config: &config,
            request_id: String::new(),
        };
        let id = ctx.uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
        assert!(ctx.id("call_").starts_with("call_"));
    }
}
