//! Tests of process-wide state, in one binary of their own: the environment (`env`) and the
//! global tracing subscriber (`key_leak`). No other test shares the process, and the two take
//! [`PROCESS`] in turn, so neither sees the other's changes half made.

#[path = "env.rs"]
mod env;
#[path = "key_leak.rs"]
mod key_leak;

/// Held by each test for its whole run: the environment is changed by one and read (by reqwest's
/// proxy lookup, by the builders) during the other.
static PROCESS: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Takes [`PROCESS`]; a test that failed while holding it does not fail the other.
fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    PROCESS.lock().unwrap_or_else(|e| e.into_inner())
}
