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
#![warn(missing_docs)]

mod answer;
mod api;
mod clock;
pub mod conform;
mod ctx;
mod delivery;
mod faults;
mod http;
mod limits;
pub mod ringg;
pub mod ringyo;
mod server;
mod world;

use std::time::Duration;

pub use clock::{
    date, iso8601, iso8601_micros, parse_date, parse_date_bound, parse_datetime, real_epoch,
    SimClock,
};
pub use delivery::DeliveryRecord;
pub use faults::Faults;
pub use server::{Simulator, SimulatorBuilder};
pub use world::{Stats, World};

pub(crate) use ctx::Ctx;
pub(crate) use delivery::Delivery;
pub(crate) use http::{Form, Part, Reply, Req};

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

/// A Ringyo key with its scopes.
#[derive(Clone, Debug)]
pub struct RingyoKey {
    /// The key, as sent after `Bearer `.
    pub key: String,
    /// The scopes it holds ([`RINGYO_SCOPES`] names them all).
    pub scopes: Vec<String>,
}

/// A request limit over a window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateLimit {
    /// Requests allowed in one window.
    pub requests: u32,
    /// The window, aligned to real Unix time (clients really wait).
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
    fn e164_numbers() {
        assert!(is_e164("+14155550100"));
        for bad in [
            "14155550100",
            "+0415555",
            "+1415",
            "+1415555010012345",
            "+1 415",
        ] {
            assert!(!is_e164(bad), "{bad}");
        }
    }
}
