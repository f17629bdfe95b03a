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
    /// A clock that starts now and runs `speed` times faster than real time (1 when `speed`
    /// is not a positive number).
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

/// `YYYY-MM-DD`, or that followed by `THH:MM[:SS[.fff]]` and `Z`, `±HH:MM`, `±HHMM` or nothing
/// (UTC).
pub fn parse_datetime(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    if bytes.len() < 10
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || !bytes[..10]
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
    {
        return None;
    }
    let day = parse_date(&text[..10])?;
    // Rejects 2024-02-31 and the like (any year 0000–9999, before 1970 too).
    let (y, m, d) = (
        text[..4].parse::<i64>().ok()?,
        text[5..7].parse::<i64>().ok()?,
        text[8..10].parse::<i64>().ok()?,
    );
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days_in_month = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if d > days_in_month {
        return None;
    }
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(day);
    }
    let rest = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix('t'))
        .or_else(|| rest.strip_prefix(' '))?;
    let two = |s: &str| -> Option<f64> {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let hours = two(rest.get(..2)?)?;
    if rest.get(2..3)? != ":" {
        return None;
    }
    let minutes = two(rest.get(3..5)?)?;
    let mut rest = &rest[5..];
    let mut seconds = 0.0;
    if let Some(after) = rest.strip_prefix(':') {
        seconds = two(after.get(..2)?)?;
        rest = &after[2..];
        if let Some(after) = rest.strip_prefix('.') {
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            seconds += format!("0.{}", &after[..digits]).parse::<f64>().ok()?;
            rest = &after[digits..];
        }
    }
    if hours > 23.0 || minutes > 59.0 || seconds >= 61.0 {
        return None;
    }
    let offset = match rest {
        "" | "Z" | "z" => 0.0,
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1.0,
                b'-' => -1.0,
                _ => return None,
            };
            let zone = rest[1..].replace(':', "");
            if zone.len() != 4 {
                return None;
            }
            // `get`: four bytes need not be four characters (`+1é1` would split the `é`).
            let h = two(zone.get(..2)?)?;
            let m = two(zone.get(2..)?)?;
            if h > 23.0 || m > 59.0 {
                return None;
            }
            sign * (h * 3600.0 + m * 60.0)
        }
    };
    Some(day + hours * 3600.0 + minutes * 60.0 + seconds - offset)
}

/// A date filter's bound: `YYYY-MM-DD` or a date-time (see [`parse_datetime`]). A date alone
/// as an upper bound (`end_of_day`) means the last instant of that day, so that an inclusive
/// comparison (`t <= bound`) keeps the whole day.
pub fn parse_date_bound(text: &str, end_of_day: bool) -> Option<f64> {
    let at = parse_datetime(text)?;
    Some(if end_of_day && text.len() == 10 {
        at + 86_399.999_999
    } else {
        at
    })
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
        assert!(parse_datetime("0021-01-01").is_some_and(|t| t < 0.0));
        assert!(parse_datetime("1900-02-29").is_none());
        assert!(parse_datetime("2000-02-29").is_some());
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
        let day = parse_date("2024-01-15").unwrap();
        assert_eq!(parse_date_bound("2024-01-15", false), Some(day));
        let end = parse_date_bound("2024-01-15", true).unwrap();
        assert!(end > day + 86_399.0 && end < day + 86_400.0);
        assert_eq!(
            parse_date_bound("2024-01-15T10:30:00Z", true),
            Some(1_705_314_600.0),
            "a date-time is exact"
        );
        assert_eq!(parse_date_bound("15/01/2024", true), None);
        // Hostile offsets: four bytes that are not four characters are refused, not a panic.
        for text in [
            "2024-01-15T10:30:00+1é1",
            "2024-01-15T10:30:00+é12",
            "2024-01-15T10:30+1€",
        ] {
            assert_eq!(parse_datetime(text), None, "{text}");
        }
        assert_eq!(
            parse_datetime("2024-01-15T10:30:00+01:00"),
            Some(1_705_311_000.0)
        );
    }
}
