//! What a handler may use besides its API's state.

use crate::{iso8601, Config, Delivery};

/// Everything a handler may use besides its API's state. Built once per request (and once per
/// tick of the clock).
pub(crate) struct Ctx<'a> {
    /// Simulated Unix time, seconds.
    pub now: f64,
    /// Seeded generator for ids and outcomes.
    pub rng: &'a mut fastrand::Rng,
    /// Webhooks to send once the state lock is released.
    pub outbox: &'a mut Vec<Delivery>,
    /// How the simulator runs.
    pub config: &'a Config,
    /// `req_…`, for Ringyo's `meta.request_id` and `X-Request-Id` (empty on ticks).
    pub request_id: String,
}

/// `prefix` followed by 12 lower-case letters and digits (`call_x7k2…`), drawn from `rng`.
pub(crate) fn random_id(rng: &mut fastrand::Rng, prefix: &str) -> String {
    let mut id = String::with_capacity(prefix.len() + 12);
    id.push_str(prefix);
    for _ in 0..12 {
        id.push(rng.alphanumeric().to_ascii_lowercase());
    }
    id
}

impl Ctx<'_> {
    /// `prefix` followed by 12 lower-case letters and digits (`call_x7k2…`).
    pub fn id(&mut self, prefix: &str) -> String {
        random_id(self.rng, prefix)
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

    /// Queues a webhook.
    pub fn deliver(&mut self, delivery: Delivery) {
        self.outbox.push(delivery);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn ids_come_from_the_generator() {
        let draw = |seed| random_id(&mut fastrand::Rng::with_seed(seed), "req_");
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
        let id = draw(7);
        assert_eq!(id.len(), 16);
        assert!(id[4..]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    }
}
