//! The HTTP server: one hyper connection loop on 127.0.0.1 serving both APIs, the clock's ticks,
//! and the handle users hold ([`Simulator`]).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::answer::{answer, Outcome};
use crate::delivery::send;
use crate::{Config, Ctx, DeliveryRecord, Faults, RateLimit, RingyoKey, SimClock, Stats, World};
use crate::{Delivery, Reply};

/// The largest request body the simulator reads (Ringg's documented upload limits are far below).
const MAX_BODY: usize = 64 * 1024 * 1024;

/// What every connection and background task shares.
pub(crate) struct Shared {
    world: Mutex<World>,
    config: Config,
    pub(crate) clock: SimClock,
    pub(crate) deliveries: Mutex<Vec<DeliveryRecord>>,
    pub(crate) http: reqwest::Client,
}

impl Shared {
    /// The state, locked.
    pub(crate) fn lock(&self) -> MutexGuard<'_, World> {
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
    /// Seeds ids, call outcomes and faults (default 42).
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = seed;
        self
    }
    /// Simulated seconds per real second (default 60).
    pub fn clock_speed(mut self, speed: f64) -> Self {
        self.config.clock_speed = speed;
        self
    }
    /// Faults to inject (default none).
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
    /// Ringyo single objects inside `{data, meta}` instead of bare.
    pub fn ringyo_envelope(mut self, on: bool) -> Self {
        self.config.ringyo_envelope = on;
        self
    }
    /// Starting credits of the Ringg workspace (default 5,000).
    pub fn ringg_credits(mut self, credits: f64) -> Self {
        self.config.ringg_credits = credits;
        self
    }
    /// Starting credits of the Ringyo account (default 500).
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
        let clock = SimClock::new(config.clock_speed);
        let world = World::new(&config, clock.now());
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

    /// A builder to configure it first.
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
        self.shared.lock().stats().clone()
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
        let (apis, core) = world.split();
        let mut ctx = Ctx {
            now: shared.clock.now(),
            rng: &mut core.tick_rng,
            outbox: &mut outbox,
            config: &shared.config,
            request_id: String::new(),
        };
        for api in apis {
            api.tick(&mut ctx);
        }
    }
    send(shared, outbox);
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

/// Serves one request and counts it; returns the webhooks it caused.
fn handle(
    shared: &Arc<Shared>,
    parts: ::http::request::Parts,
    body: Bytes,
) -> (Outcome, Vec<Delivery>) {
    let mut outbox = Vec::new();
    let mut world = shared.lock();
    world.stats().requests += 1;
    let now = shared.clock.now();
    let outcome = answer(&shared.config, now, &mut world, &parts, body, &mut outbox);
    if let Outcome::Reply(reply, _) = &outcome {
        *world.stats().statuses.entry(reply.status).or_default() += 1;
    }
    (outcome, outbox)
}
