//! Fixed request windows per key: Ringyo's plan limit and the documented limits of single
//! operations.

use std::collections::HashMap;

use crate::real_epoch;

/// Requests counted per key: key → (window index, requests in it).
pub(crate) type Windows = HashMap<String, (u64, u32)>;

/// One request counted against a fixed window aligned to real Unix time.
#[derive(Debug, PartialEq)]
pub(crate) struct Window {
    /// Requests left in the window after this one.
    pub remaining: u32,
    /// When the window ends, in Unix seconds.
    pub reset: u64,
    /// Refused: the seconds until the window ends (at least 1).
    pub refused_for: Option<u64>,
}

/// Counts a request of `key` against `requests` per `window_secs`, unless the window is full.
pub(crate) fn take(windows: &mut Windows, key: String, requests: u32, window_secs: f64) -> Window {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_window_refuses_until_it_ends() {
        let mut windows = Windows::new();
        // A day-long window: the test cannot cross its end.
        let first = take(&mut windows, "k".into(), 2, 86_400.0);
        assert_eq!(first.remaining, 1);
        assert!(first.refused_for.is_none());
        assert!(first.reset as f64 > real_epoch());
        assert_eq!(take(&mut windows, "k".into(), 2, 86_400.0).remaining, 0);
        let refused = take(&mut windows, "k".into(), 2, 86_400.0);
        assert_eq!(refused.remaining, 0);
        assert!(refused
            .refused_for
            .is_some_and(|s| (1..=86_400).contains(&s)));
        // Another key has its own window.
        assert!(take(&mut windows, "other".into(), 2, 86_400.0)
            .refused_for
            .is_none());
    }
}
