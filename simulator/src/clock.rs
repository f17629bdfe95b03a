//! The simulator's clock: real time, sped up.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Simulated time runs `speed` times faster than real time, starting at the real time the
/// simulator started. A call that lasts 90 simulated seconds is over in 1.5 real seconds at the
/// default speed of 60.
#[derive(Clone, Debug)]
pub struct SimClock {
    started: Instant,
    epoch_at_start: f64,
    speed: f64,
}

impl SimClock {
    pub fn new(speed: f64) -> Self {
        let epoch_at_start = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64();
        Self {
            started: Instant::now(),
            epoch_at_start,
            speed: if speed.is_finite() && speed > 0.0 {
                speed
            } else {
                1.0
            },
        }
    }

    /// Simulated Unix time in seconds.
    pub fn now(&self) -> f64 {
        self.epoch_at_start + self.started.elapsed().as_secs_f64() * self.speed
    }

    /// How many simulated seconds pass per real second.
    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// The real time that `sim_seconds` of simulated time take.
    pub fn real(&self, sim_seconds: f64) -> Duration {
        Duration::from_secs_f64((sim_seconds / self.speed).max(0.0))
    }
}

/// Real Unix time in seconds (rate-limit windows run on real time: clients really wait).
pub fn real_epoch() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs_f64()
}

/// `2024-01-15T10:30:00Z` (second precision, UTC), as Ringyo's examples are written.
pub fn iso8601(epoch: f64) -> String {
    let (date, secs) = civil(epoch);
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// `2024-12-16T13:03:29.947147+00:00` (microseconds and an offset), as Ringg's examples are written.
pub fn iso8601_micros(epoch: f64) -> String {
    let (date, secs) = civil(epoch);
    let micros = ((epoch.fract() * 1e6) as u64).min(999_999);
    format!(
        "{date}T{:02}:{:02}:{:02}.{micros:06}+00:00",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// `YYYY-MM-DD` of a Unix time.
pub fn date(epoch: f64) -> String {
    civil(epoch).0
}

/// Parses the date part of `YYYY-MM-DD…` into the Unix time of its midnight (UTC).
pub fn parse_date(text: &str) -> Option<f64> {
    let mut parts = text.get(..10)?.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(((era * 146_097 + doe - 719_468) * 86_400) as f64)
}

fn civil(epoch: f64) -> (String, u64) {
    let total = epoch.max(0.0) as i64;
    let days = total.div_euclid(86_400);
    let secs = total.rem_euclid(86_400) as u64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (format!("{y:04}-{m:02}-{d:02}"), secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_dates() {
        assert_eq!(iso8601(1_705_314_600.0), "2024-01-15T10:30:00Z");
        assert_eq!(iso8601(0.0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400.0), "2000-02-29T00:00:00Z");
        assert_eq!(
            iso8601_micros(1_705_314_600.25),
            "2024-01-15T10:30:00.250000+00:00"
        );
        assert_eq!(parse_date("2024-01-15"), Some(1_705_276_800.0));
        assert_eq!(parse_date("2000-02-29T10:00:00Z"), Some(951_782_400.0));
        assert_eq!(parse_date("2024-13-01"), None);
        assert_eq!(parse_date("garbage"), None);
        assert_eq!(date(1_705_314_600.0), "2024-01-15");
    }
}
