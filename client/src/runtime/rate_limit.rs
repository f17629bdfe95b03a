//! Client-side rate limiting that waits instead of failing.
//!
//! A sliding-window log: a request may start when fewer than `requests` started in the last
//! `window`. Unlike a token bucket it never lets more than the limit through in any window, so a
//! client configured with a server's limit never draws a 429 from a server counting fixed or
//! sliding windows. The server's own view (`X-RateLimit-Remaining: 0` with `X-RateLimit-Reset`)
//! pauses the limiter until the reset.
//!
//! Why not `governor`: it keeps its own clock (so tokio's paused test clock cannot drive it),
//! its GCRA spreads requests evenly instead of allowing the burst the server allows, and it has
//! no way to take the server's remaining/reset figures into account.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// A limiter shared by a client and its clones.
#[derive(Debug)]
pub struct RateLimiter {
    /// Adjustable: a limit learned from the server's `X-RateLimit-Limit` replaces the default.
    requests: AtomicU32,
    window: Duration,
    /// The longest pause the server's figures can impose (a client's `max_server_wait`).
    max_pause: Duration,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    started: VecDeque<Instant>,
    paused_until: Option<Instant>,
}

impl RateLimiter {
    /// At most `requests` per `window`. `requests` of 0 is taken as 1. A pause the server asks
    /// for is capped at one window plus a minute, or at [`with_max_pause`](Self::with_max_pause).
    pub fn new(requests: u32, window: Duration) -> Self {
        Self {
            requests: AtomicU32::new(requests.max(1)),
            window,
            max_pause: window.saturating_add(Duration::from_secs(60)),
            state: Mutex::new(State::default()),
        }
    }

    /// Caps the pause the server's figures (a 429's wait, `X-RateLimit-Reset` with nothing
    /// remaining) can impose on every request: a client passes its retry policy's
    /// `max_server_wait`, the same cap as a retry wait.
    pub fn with_max_pause(mut self, max_pause: Duration) -> Self {
        self.max_pause = max_pause.min(self.window.saturating_add(Duration::from_secs(60)));
        self
    }

    /// At most `requests` per minute.
    pub fn per_minute(requests: u32) -> Self {
        Self::new(requests, Duration::from_secs(60))
    }

    /// The configured limit.
    pub fn limit(&self) -> (u32, Duration) {
        (self.requests.load(Ordering::Relaxed), self.window)
    }

    /// Changes the number of requests per window (0 is taken as 1); starts already recorded
    /// stay.
    pub fn set_requests(&self, requests: u32) {
        self.requests.store(requests.max(1), Ordering::Relaxed);
    }

    /// Waits until a request may start and records it. Returns how long it waited.
    pub async fn acquire(&self) -> Duration {
        self.acquire_with(tokio::time::sleep).await
    }

    /// [`acquire`](Self::acquire), waiting through `sleep`: the client passes its injected
    /// sleeper, the same one its retry waits go through. A sleeper that returns before the time
    /// it was given has passed (a test recording waits) moves this call's clock forward by the
    /// difference, so the wait ends instead of spinning; the returned duration counts it.
    pub(crate) async fn acquire_with<S, F>(&self, sleep: S) -> Duration
    where
        S: Fn(Duration) -> F,
        F: std::future::Future<Output = ()>,
    {
        let start = Instant::now();
        // The time the sleeper said passed and the clock did not show.
        let mut skipped = Duration::ZERO;
        loop {
            let wait = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                // Beyond what an `Instant` can hold, every window is over.
                let Some(now) = Instant::now().checked_add(skipped) else {
                    return start.elapsed().saturating_add(skipped);
                };
                let wait = self.wait_at(&mut state, now);
                if wait.is_none() {
                    state.started.push_back(now);
                }
                wait
            };
            match wait {
                None => return start.elapsed().saturating_add(skipped),
                Some(wait) => {
                    let wait = wait.max(Duration::from_millis(1));
                    let before = Instant::now();
                    sleep(wait).await;
                    skipped = skipped.saturating_add(wait.saturating_sub(before.elapsed()));
                }
            }
        }
    }

    /// How long a request starting now would wait (zero when it could start at once). Records
    /// nothing.
    pub fn next_wait(&self) -> Duration {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        self.wait_at(&mut state, Instant::now())
            .unwrap_or(Duration::ZERO)
    }

    /// The wait before a request may start at `now`, `None` when it may start at once; forgets
    /// starts that left the window and a pause that is over.
    fn wait_at(&self, state: &mut State, now: Instant) -> Option<Duration> {
        if let Some(until) = state.paused_until.filter(|until| *until > now) {
            return Some(until - now);
        }
        state.paused_until = None;
        while state
            .started
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            state.started.pop_front();
        }
        if state.started.len() < self.requests.load(Ordering::Relaxed) as usize {
            None
        } else {
            // A window too long for the clock (`Duration::MAX`) waits as long as it can.
            state.started.front().map(|oldest| {
                oldest
                    .checked_add(self.window)
                    .map_or(Duration::MAX, |end| end.saturating_duration_since(now))
            })
        }
    }

    /// Takes the server's view into account: with nothing remaining, no request starts before
    /// `reset_in` has passed (capped, see [`with_max_pause`](Self::with_max_pause)).
    pub fn observe(&self, remaining: Option<u64>, reset_in: Option<Duration>) {
        if remaining == Some(0) {
            if let Some(reset_in) = reset_in {
                let reset_in = reset_in.min(self.max_pause);
                let now = Instant::now();
                let Some(until) = now.checked_add(reset_in) else {
                    return;
                };
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                if state.paused_until.is_none_or(|p| p < until) {
                    state.paused_until = Some(until);
                }
            }
        }
    }

    /// Pauses every request until `wait` has passed (after a 429 that named a wait).
    pub fn pause_for(&self, wait: Duration) {
        self.observe(Some(0), Some(wait));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn rate_limit_holds_300_per_minute_over_a_burst() {
        let limiter = std::sync::Arc::new(RateLimiter::per_minute(300));
        let start = Instant::now();
        let mut handles = Vec::new();
        for _ in 0..900 {
            let limiter = limiter.clone();
            handles.push(tokio::spawn(async move {
                limiter.acquire().await;
                Instant::now().duration_since(start)
            }));
        }
        let mut times = Vec::new();
        for h in handles {
            times.push(h.await.unwrap());
        }
        times.sort();
        // No 60 s window holds more than 300 starts.
        for (i, t) in times.iter().enumerate() {
            let in_window = times[i..]
                .iter()
                .take_while(|u| **u < *t + Duration::from_secs(60))
                .count();
            assert!(in_window <= 300, "window from {t:?} holds {in_window}");
        }
        // And the limiter is not slower than it must be: 900 requests in just over 2 minutes.
        assert_eq!(times[299], Duration::ZERO);
        assert!(times[300] >= Duration::from_secs(60));
        assert!(times[899] <= Duration::from_secs(121), "{:?}", times[899]);
    }

    /// An injected sleeper that returns at once (a test recording waits) moves the limiter's
    /// clock instead of making it spin; even a window as long as the clock holds ends. (The
    /// paused clock only makes the durations exact; nothing here advances it.)
    #[tokio::test(start_paused = true)]
    async fn a_sleeper_that_skips_moves_the_clock_instead_of_spinning() {
        let asked = std::sync::Mutex::new(Vec::new());
        let skip = |wait: Duration| {
            asked.lock().unwrap().push(wait);
            std::future::ready(())
        };
        let hourly = RateLimiter::new(1, Duration::from_secs(3600));
        assert_eq!(hourly.acquire_with(skip).await, Duration::ZERO);
        let waited = hourly.acquire_with(skip).await;
        assert!(waited >= Duration::from_secs(3599), "{waited:?}");
        assert_eq!(asked.lock().unwrap().len(), 1, "one wait, no spinning");
        let forever = RateLimiter::new(1, Duration::MAX);
        forever.acquire_with(skip).await;
        forever.pause_for(Duration::MAX);
        forever.acquire_with(skip).await;
        assert!(
            asked.lock().unwrap().len() <= 4,
            "{:?}",
            asked.lock().unwrap()
        );
    }

    /// One 429 must not freeze the client: the pause is capped, and no window or wait a user
    /// can type overflows.
    #[tokio::test(start_paused = true)]
    async fn one_429_must_not_freeze_the_client() {
        let limiter = RateLimiter::per_minute(300).with_max_pause(Duration::from_secs(2));
        limiter.pause_for(Duration::from_secs(999_999));
        assert_eq!(limiter.next_wait(), Duration::from_secs(2));
        // A 30-day window alone caps the pause at the window plus a minute, not 11 days.
        let month = RateLimiter::new(10_000, Duration::from_secs(30 * 86_400))
            .with_max_pause(Duration::from_secs(60));
        month.pause_for(Duration::from_secs(999_999));
        assert_eq!(month.next_wait(), Duration::from_secs(60));
        // Extremes: no panic.
        let forever = RateLimiter::new(5, Duration::MAX);
        forever.pause_for(Duration::MAX);
        for _ in 0..5 {
            forever.acquire().await;
        }
        assert!(forever.next_wait() > Duration::from_secs(86_400 * 365));
        let zero = RateLimiter::new(0, Duration::ZERO).with_max_pause(Duration::MAX);
        zero.pause_for(Duration::MAX);
        zero.observe(Some(0), Some(Duration::MAX));
        let _ = zero.next_wait();
    }

    #[tokio::test(start_paused = true)]
    async fn rate_limit_pauses_until_server_reset() {
        let limiter = RateLimiter::per_minute(1000);
        limiter.acquire().await;
        limiter.observe(Some(0), Some(Duration::from_secs(5)));
        let waited = limiter.acquire().await;
        assert_eq!(waited, Duration::from_secs(5));
        // Remaining above zero does not pause.
        limiter.observe(Some(3), Some(Duration::from_secs(5)));
        assert_eq!(limiter.acquire().await, Duration::ZERO);
    }
}
