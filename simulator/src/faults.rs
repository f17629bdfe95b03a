//! Fault injection: configured rates, drawn from the simulator's seeded generator, so a run with
//! the same seed and the same order of requests meets the same faults.

use std::time::Duration;

/// What goes wrong, and how often (each rate is a probability per request, 0.0–1.0).
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// Answer with this status instead of serving the request (the request has no effect).
    pub status: Vec<(u16, f64)>,
    /// Close the connection before the request is processed (no effect, no response).
    pub reset_before: f64,
    /// Process the request, then close the connection without answering (the effect stays).
    pub reset_after: f64,
    /// Process the request, then answer with this status instead of its reply (the effect stays).
    pub status_after: Vec<(u16, f64)>,
    /// Cut a successful JSON body in half (sent with a matching `Content-Length`).
    pub truncate: f64,
    /// Replace a successful JSON body with an HTML error page.
    pub non_json: f64,
    /// Extra latency added to every response, drawn uniformly from this range.
    pub latency: Option<(Duration, Duration)>,
    /// `Retry-After` seconds sent with injected 429 and 503 answers (`None`: no header).
    pub retry_after: Option<u64>,
    /// Only these operation ids are affected (empty: all).
    pub operations: Vec<String>,
}

impl Faults {
    /// No faults.
    pub fn none() -> Self {
        Self::default()
    }

    /// Whether any fault is configured.
    pub fn any(&self) -> bool {
        !self.status.is_empty()
            || !self.status_after.is_empty()
            || self.reset_before > 0.0
            || self.reset_after > 0.0
            || self.truncate > 0.0
            || self.non_json > 0.0
            || self.latency.is_some()
    }

    pub(crate) fn applies_to(&self, operation: &str) -> bool {
        self.operations.is_empty() || self.operations.iter().any(|o| o == operation)
    }

    /// Parses `--fault` values of the binary: `503=0.2`, `reset-before=0.1`, `reset-after=0.05`,
    /// `after-503=0.1`, `truncate=0.01`, `non-json=0.01`, `latency=5..50` (milliseconds),
    /// `retry-after=1`.
    pub fn parse_into(&mut self, spec: &str) -> Result<(), String> {
        let (name, value) = spec
            .split_once('=')
            .ok_or_else(|| format!("fault `{spec}`: expected NAME=VALUE"))?;
        let rate = || -> Result<f64, String> {
            let r: f64 = value
                .parse()
                .map_err(|_| format!("fault `{spec}`: `{value}` is not a number"))?;
            if (0.0..=1.0).contains(&r) {
                Ok(r)
            } else {
                Err(format!("fault `{spec}`: a rate is between 0 and 1"))
            }
        };
        match name {
            "reset-before" => self.reset_before = rate()?,
            "reset-after" => self.reset_after = rate()?,
            "truncate" => self.truncate = rate()?,
            "non-json" => self.non_json = rate()?,
            "retry-after" => {
                self.retry_after = Some(
                    value
                        .parse()
                        .map_err(|_| format!("fault `{spec}`: seconds expected"))?,
                )
            }
            "latency" => {
                let (lo, hi) = value.split_once("..").unwrap_or((value, value));
                let ms = |v: &str| {
                    v.parse::<u64>()
                        .map(Duration::from_millis)
                        .map_err(|_| format!("fault `{spec}`: milliseconds expected"))
                };
                self.latency = Some((ms(lo)?, ms(hi)?));
            }
            _ => {
                let (after, code) = match name.strip_prefix("after-") {
                    Some(code) => (true, code),
                    None => (false, name),
                };
                let status: u16 = code
                    .parse()
                    .ok()
                    .filter(|s| (400..600).contains(s))
                    .ok_or_else(|| format!("fault `{spec}`: unknown fault `{name}`"))?;
                let entry = (status, rate()?);
                if after {
                    self.status_after.push(entry);
                } else {
                    self.status.push(entry);
                }
            }
        }
        Ok(())
    }
}

/// One request's draw of faults.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct Draw {
    pub reset_before: bool,
    pub status: Option<u16>,
    pub reset_after: bool,
    pub status_after: Option<u16>,
    pub truncate: bool,
    pub non_json: bool,
    pub latency: Duration,
}

impl Draw {
    /// Draws every fault with a fixed number of generator calls, so one request's draw never
    /// shifts the next one's.
    pub(crate) fn new(faults: &Faults, rng: &mut fastrand::Rng) -> Draw {
        let pick = |rng: &mut fastrand::Rng, table: &[(u16, f64)]| {
            let x = rng.f64();
            let mut acc = 0.0;
            for (status, rate) in table {
                acc += rate;
                if x < acc {
                    return Some(*status);
                }
            }
            None
        };
        let reset_before = rng.f64() < faults.reset_before;
        let status = pick(rng, &faults.status);
        let reset_after = rng.f64() < faults.reset_after;
        let status_after = pick(rng, &faults.status_after);
        let truncate = rng.f64() < faults.truncate;
        let non_json = rng.f64() < faults.non_json;
        let frac = rng.f64();
        let latency = match faults.latency {
            Some((lo, hi)) if hi > lo => lo + (hi - lo).mul_f64(frac),
            Some((lo, _)) => lo,
            None => Duration::ZERO,
        };
        Draw {
            reset_before,
            status,
            reset_after,
            status_after,
            truncate,
            non_json,
            latency,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fault_flags() {
        let mut f = Faults::none();
        for s in [
            "503=0.2",
            "429=0.05",
            "reset-before=0.1",
            "reset-after=0.1",
            "after-500=0.3",
            "latency=5..50",
            "truncate=0.01",
            "retry-after=0",
        ] {
            f.parse_into(s).unwrap();
        }
        assert_eq!(f.status, vec![(503, 0.2), (429, 0.05)]);
        assert_eq!(f.status_after, vec![(500, 0.3)]);
        assert_eq!(
            f.latency,
            Some((Duration::from_millis(5), Duration::from_millis(50)))
        );
        assert_eq!(f.retry_after, Some(0));
        assert!(f.any());
        for bad in ["503", "503=2", "700=0.1", "wobble=0.1", "latency=x"] {
            assert!(Faults::none().parse_into(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn same_seed_same_draws() {
        let faults = Faults {
            status: vec![(503, 0.2), (429, 0.05)],
            reset_before: 0.1,
            ..Faults::none()
        };
        let run = |seed| {
            let mut rng = fastrand::Rng::with_seed(seed);
            (0..1000)
                .map(|_| Draw::new(&faults, &mut rng))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        let draws = run(7);
        let n503 = draws.iter().filter(|d| d.status == Some(503)).count();
        assert!((150..250).contains(&n503), "{n503}");
    }
}
