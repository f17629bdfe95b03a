//! One process of a fleet sharing a Ringyo key: the worker behind the multi-process tests of
//! the shared plan limit and the `cargo xtask bench` row, run as a real child process (the
//! `voiceai-limit-worker` binary of this package, or `voiceai-bench --limit-worker`).
//!
//! It waits until an agreed start time, sends `requests` cheap list calls with `concurrency`
//! at once through one client (the key from `RINGYO_API_KEY`, as users set it), limited by
//! `limit` per `window_ms`, shared through Redis when `--redis URL` is given and local
//! otherwise, then prints one JSON line of what it met, read from `client.usage()`.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use voiceai::ringyo;

/// What one worker does.
#[derive(Clone, Debug)]
pub struct WorkerArgs {
    /// The simulator's Ringyo base URL.
    pub base_url: String,
    /// Redis URL of the shared limit; `None`: limit locally.
    pub redis: Option<String>,
    /// Calls to make.
    pub requests: usize,
    /// Calls in flight at once.
    pub concurrency: usize,
    /// The plan: requests per window.
    pub limit: u32,
    /// The plan's window, in milliseconds.
    pub window_ms: u64,
    /// Unix time (milliseconds) at which every worker starts.
    pub start_at_ms: u64,
}

/// Milliseconds since the Unix epoch.
pub fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl WorkerArgs {
    /// The arguments as command-line flags.
    pub fn to_args(&self) -> Vec<String> {
        let mut args = vec![
            "--base-url".into(),
            self.base_url.clone(),
            "--requests".into(),
            self.requests.to_string(),
            "--concurrency".into(),
            self.concurrency.to_string(),
            "--limit".into(),
            self.limit.to_string(),
            "--window-ms".into(),
            self.window_ms.to_string(),
            "--start-at-ms".into(),
            self.start_at_ms.to_string(),
        ];
        if let Some(redis) = &self.redis {
            args.extend(["--redis".into(), redis.clone()]);
        }
        args
    }

    /// Reads the flags [`to_args`](Self::to_args) writes.
    pub fn parse(args: &[String]) -> Result<WorkerArgs, String> {
        let value = |flag: &str| {
            args.iter()
                .position(|a| a == flag)
                .and_then(|i| args.get(i + 1))
                .cloned()
        };
        let required = |flag: &str| value(flag).ok_or_else(|| format!("missing {flag}"));
        let number = |flag: &str| -> Result<u64, String> {
            required(flag)?
                .parse()
                .map_err(|_| format!("{flag} is not a number"))
        };
        Ok(WorkerArgs {
            base_url: required("--base-url")?,
            redis: value("--redis"),
            requests: number("--requests")? as usize,
            concurrency: number("--concurrency")?.max(1) as usize,
            limit: number("--limit")? as u32,
            window_ms: number("--window-ms")?,
            start_at_ms: number("--start-at-ms")?,
        })
    }
}

/// Runs one worker in this process and returns its report.
pub fn run(args: &WorkerArgs) -> Value {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(work(args))
}

async fn work(args: &WorkerArgs) -> Value {
    let window = Duration::from_millis(args.window_ms);
    let mut builder = ringyo::Client::builder()
        .base_url(&args.base_url)
        .rate_limit(args.limit, window);
    if let Some(url) = &args.redis {
        // A generous deadline: this measures the algorithm, not a loaded machine's scheduler.
        builder = builder.shared_rate_limit(
            voiceai::SharedLimit::redis(url).deadline(Duration::from_millis(250)),
        );
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(e) => return json!({ "error": e.to_string() }),
    };
    let now = unix_ms();
    if args.start_at_ms > now {
        tokio::time::sleep(Duration::from_millis(args.start_at_ms - now)).await;
    }
    let started_ms = unix_ms();
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(std::sync::Mutex::new(Vec::new()));
    let tasks: Vec<_> = (0..args.concurrency)
        .map(|_| {
            let (client, next, failures) = (client.clone(), next.clone(), failures.clone());
            let total = args.requests;
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < total {
                    if let Err(e) = client.list_phone_numbers().limit(1).send().await {
                        failures.lock().unwrap().push(e.to_string());
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("worker task");
    }
    let finished_ms = unix_ms();
    let usage = client.usage();
    let total = usage.total();
    let failures = failures.lock().unwrap().clone();
    json!({
        "ok": total.succeeded,
        "failed": total.failed(),
        "met_429": total.rate_limited,
        "retries": total.retries,
        "started_ms": started_ms,
        "finished_ms": finished_ms,
        "limiter": serde_json::to_value(&usage.limiter).expect("usage encodes"),
        "first_failure": failures.first(),
    })
}

/// Starts `processes` workers: `program` with `leading` arguments, then the worker's flags;
/// each gets `RINGYO_API_KEY`.
pub fn spawn(
    program: &Path,
    leading: &[&str],
    args: &WorkerArgs,
    processes: usize,
    key: &str,
) -> Vec<Child> {
    (0..processes)
        .map(|_| {
            Command::new(program)
                .args(leading)
                .args(args.to_args())
                .env("RINGYO_API_KEY", key)
                .env_remove("RINGYO_BASE_URL")
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .unwrap_or_else(|e| panic!("starting {}: {e}", program.display()))
        })
        .collect()
}

/// Waits for every worker and returns their reports.
pub fn collect(children: Vec<Child>) -> Vec<Value> {
    children
        .into_iter()
        .map(|child| {
            let output = child.wait_with_output().expect("worker runs");
            assert!(
                output.status.success(),
                "worker failed: {:?}",
                output.status
            );
            let text = String::from_utf8_lossy(&output.stdout);
            serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("report {text:?}: {e}"))
        })
        .collect()
}

/// The sum of a number field over the reports.
pub fn sum(reports: &[Value], field: &str) -> u64 {
    reports.iter().filter_map(|r| r[field].as_u64()).sum()
}

/// From the first worker's start to the last one's finish.
pub fn span(reports: &[Value]) -> Duration {
    let first = reports
        .iter()
        .filter_map(|r| r["started_ms"].as_u64())
        .min();
    let last = reports
        .iter()
        .filter_map(|r| r["finished_ms"].as_u64())
        .max();
    Duration::from_millis(last.unwrap_or(0).saturating_sub(first.unwrap_or(0)))
}
