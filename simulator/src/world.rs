//! The state behind the server: each simulated API's, and the server's own (seeded generators,
//! limit windows, the idempotency store, counts).

use std::collections::{BTreeMap, HashMap};

use bytes::Bytes;

use crate::api::SimulatedApi;
use crate::limits::Windows;
use crate::{ringg, ringyo, Config, Ctx, Reply};

/// The state of both APIs.
pub struct World {
    /// The simulated Ringg workspace.
    pub ringg: ringg::State,
    /// The simulated Ringyo account.
    pub ringyo: ringyo::State,
    pub(crate) core: Core,
}

/// What the server itself keeps, beside the APIs' state.
pub(crate) struct Core {
    /// Ids and outcomes drawn by handlers.
    pub rng: fastrand::Rng,
    /// Request ids and fault draws, apart so that faults do not shift ids.
    pub fault_rng: fastrand::Rng,
    /// Draws of the clock's ticks.
    pub tick_rng: fastrand::Rng,
    /// Limit windows, replays and counts.
    pub ledger: Ledger,
}

/// What the server records about requests.
#[derive(Default)]
pub(crate) struct Ledger {
    /// Requests per key (and per key and operation) in the current window.
    pub windows: Windows,
    /// (key, idempotency key) → (body, reply) of requests that were carried out.
    pub idempotency: HashMap<(String, String), (Bytes, Reply)>,
    /// Counts.
    pub stats: Stats,
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

impl World {
    /// Both APIs seeded as `config` says, at simulated time `now`.
    pub(crate) fn new(config: &Config, now: f64) -> World {
        let mut rng = fastrand::Rng::with_seed(config.seed);
        let fault_rng = fastrand::Rng::with_seed(config.seed ^ 0x5eed_fa17);
        let tick_rng = fastrand::Rng::with_seed(config.seed ^ 0x71c4);
        let mut outbox = Vec::new();
        let mut ctx = Ctx {
            now,
            rng: &mut rng,
            outbox: &mut outbox,
            config,
            request_id: String::new(),
        };
        let ringg = ringg::State::new(&mut ctx);
        let ringyo = ringyo::State::new(&mut ctx);
        World {
            ringg,
            ringyo,
            core: Core {
                rng,
                fault_rng,
                tick_rng,
                ledger: Ledger::default(),
            },
        }
    }

    /// Every simulated API, in the order requests are routed and the clock ticks them, and the
    /// server's own state beside them. The one list of the APIs.
    pub(crate) fn split(&mut self) -> ([&mut dyn SimulatedApi; 2], &mut Core) {
        ([&mut self.ringg, &mut self.ringyo], &mut self.core)
    }

    /// The API of this [`SimulatedApi::name`].
    pub(crate) fn api_named(&mut self, name: &str) -> Option<&mut dyn SimulatedApi> {
        self.split().0.into_iter().find(|api| api.name() == name)
    }

    /// The counts, for the server to add to.
    pub(crate) fn stats(&mut self) -> &mut Stats {
        &mut self.core.ledger.stats
    }
}
