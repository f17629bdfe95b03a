//! `voiceai-bench`: the runtime's costs, each measured side by side with a baseline in the same
//! run, against loopback servers. `cargo xtask bench` runs it in release mode, adds the build
//! cost figure and writes BENCHMARKS.md.
//!
//! Usage: `voiceai-bench [--quick] [--out FILE]` (`--quick`: fewer requests, for a smoke run).
//! `voiceai-bench --limit-worker …` is one process of the shared-limit fleet it starts itself.
#![deny(unsafe_code)]

// The counting allocator is the one place that needs `unsafe` (a `GlobalAlloc`).
#[allow(unsafe_code)]
mod alloc;
mod server;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde::Serialize;
use serde_json::Value;
use voiceai::{ringg, ringyo};
use voiceai_simulator::{RateLimit, Simulator, RINGYO_KEY};

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

const KEY: &str = "bench-key-FAKE-0000";

/// One figure of the table.
#[derive(Serialize, Debug)]
struct Row {
    figure: String,
    measured: String,
    baseline: String,
    ratio: Option<f64>,
    goal: String,
    met: Option<bool>,
    note: String,
}

fn fixtures(total: usize) -> server::Fixtures {
    let workspace = voiceai_testkit::response_example("ringg", "get_workspace");
    let history = voiceai_testkit::response_example("ringg", "list_call_history");
    let record = history["calls"][0].clone();
    assert!(record.is_object(), "the call-history example has a record");
    server::Fixtures {
        workspace: workspace.to_string(),
        record,
        total,
    }
}

fn ringg_client(base: String) -> ringg::Client {
    ringg::Client::builder()
        .api_key(KEY)
        .base_url(base)
        .build()
        .expect("client")
}

fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client")
}

async fn voiceai_get(client: &ringg::Client) {
    let ws = client
        .get_workspace()
        .send()
        .await
        .expect("voiceai get_workspace");
    std::hint::black_box(ws.into_inner());
}

async fn raw_get(client: &reqwest::Client, url: &str) {
    let response = client
        .get(url)
        .header("x-api-key", KEY)
        .header("accept", "application/json")
        .header("user-agent", "voiceai-rust/0.1.0")
        .send()
        .await
        .expect("raw GET");
    assert!(response.status().is_success());
    let bytes = response.bytes().await.expect("body");
    let ws: ringg::types::WorkspaceInfoResponse = serde_json::from_slice(&bytes).expect("decodes");
    std::hint::black_box(ws);
}

/// Sequential and concurrent per-request overhead: the two sides alternate in blocks, so drift
/// in the machine's speed falls on both.
async fn overhead(total: usize, rows: &mut Vec<Row>) {
    let addr = server::start(fixtures(1000));
    let voiceai = ringg_client(format!("http://{addr}/ringg"));
    let raw = raw_client();
    let url = format!("http://{addr}/ringg/workspace");
    for _ in 0..500 {
        voiceai_get(&voiceai).await;
        raw_get(&raw, &url).await;
    }
    let blocks = 10;
    let per_block = total / blocks;
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..blocks {
        let t = Instant::now();
        for _ in 0..per_block {
            voiceai_get(&voiceai).await;
        }
        ours.push(t.elapsed());
        let t = Instant::now();
        for _ in 0..per_block {
            raw_get(&raw, &url).await;
        }
        base.push(t.elapsed());
    }
    let n = per_block as f64;
    let (ours_time, base_time) = median_pair(&ours, &base);
    rows.push(ratio_row(
        format!("per-request overhead, sequential ({} requests each)", blocks * per_block),
        ours_time / n,
        base_time / n,
        "µs/request",
        1e6,
        1.05,
        "voiceai `get_workspace().send()` vs raw reqwest GET with the same headers and decode into the same type; 10 alternating blocks, the block pair with the median ratio",
    ));

    let tasks = 64;
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    let per_task = per_block / tasks;
    for _ in 0..blocks {
        let t = Instant::now();
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let c = voiceai.clone();
                tokio::spawn(async move {
                    for _ in 0..per_task {
                        voiceai_get(&c).await;
                    }
                })
            })
            .collect();
        for h in handles {
            h.await.expect("task");
        }
        ours.push(t.elapsed());
        let t = Instant::now();
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let (c, url) = (raw.clone(), url.clone());
                tokio::spawn(async move {
                    for _ in 0..per_task {
                        raw_get(&c, &url).await;
                    }
                })
            })
            .collect();
        for h in handles {
            h.await.expect("task");
        }
        base.push(t.elapsed());
    }
    let n = (per_task * tasks) as f64;
    let (ours_time, base_time) = median_pair(&ours, &base);
    rows.push(ratio_row(
        format!(
            "per-request overhead, {tasks} concurrent tasks ({} requests each)",
            blocks * per_task * tasks
        ),
        ours_time / n,
        base_time / n,
        "µs/request",
        1e6,
        1.05,
        "wall time per request with 64 tasks sharing one client; 10 alternating blocks, the block pair with the median ratio",
    ));
}

/// What contention on the state a client shares with its clones costs per request: the work
/// every request does on it (read the auth header, look up the limiters, return a retry-budget
/// token), from 64 tasks on the 2 worker threads at once, against the same work from one task.
async fn shared_state(iterations: usize, rows: &mut Vec<Row>) {
    // Never contacted: only the client's shared state is used.
    let client = ringg_client("http://127.0.0.1:9/ringg".into());
    let op = ringg::OPERATIONS
        .iter()
        .find(|o| o.id == "get_workspace")
        .expect("get_workspace in the table");
    let tasks = 64;
    let total = iterations * tasks;
    let state = client.state().clone();
    let t = Instant::now();
    for _ in 0..total {
        std::hint::black_box(state.touch_shared_state(op));
    }
    let single = t.elapsed().as_secs_f64() / total as f64;
    let t = Instant::now();
    let handles: Vec<_> = (0..tasks)
        .map(|_| {
            let state = client.state().clone();
            tokio::spawn(async move {
                for _ in 0..iterations {
                    std::hint::black_box(state.touch_shared_state(op));
                }
            })
        })
        .collect();
    for h in handles {
        h.await.expect("task");
    }
    // Two threads work at once: the wall time per operation is half the time each takes.
    let concurrent = 2.0 * t.elapsed().as_secs_f64() / total as f64;
    rows.push(Row {
        figure: format!("shared client state per request, {tasks} tasks on 2 threads"),
        measured: format!("{:.0} ns/request", concurrent * 1e9),
        baseline: format!("{:.0} ns/request from one task", single * 1e9),
        ratio: Some(concurrent / single),
        goal: "≤ 1 µs/request".into(),
        met: Some(concurrent <= 1e-6),
        note: "what every request does to the state a client shares with its clones (auth \
               header read from its lock and cloned, limiter lookups, a retry-budget deposit), \
               run by 64 tasks at once against one task: the price of contention on that state"
            .into(),
    });
}

/// Memory while a server sends a 2 GiB body: once announced by `Content-Length` (refused before
/// reading), once chunked without a length (read up to the client's limit, then refused).
/// Allocations of the client's thread only; the server runs on a thread of its own.
fn hostile_body_memory(rows: &mut Vec<Row>) {
    use voiceai_testkit::scripted::{Reply, ScriptedServer};
    const TWO_GIB: u64 = 2 << 30;
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let server = ScriptedServer::start(vec![
                Reply::Partial {
                    status: 200,
                    body: "{".into(),
                    declared: TWO_GIB as usize,
                    then: Duration::from_secs(30),
                },
                Reply::Endless {
                    status: 200,
                    chunk: 64 * 1024,
                    max: TWO_GIB,
                },
            ])
            .await;
            url_tx.send(server.url.clone()).expect("url");
            let _ = stop_rx.await;
        });
    });
    let url = url_rx.recv().expect("server started");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    alloc::track_this_thread();
    let (announced, chunked) = runtime.block_on(async move {
        let client = ringg::Client::builder()
            .api_key(KEY)
            .base_url(url)
            .max_retries(0)
            .build()
            .expect("client");
        let mut peaks = Vec::new();
        for _ in 0..2 {
            let base = alloc::reset_peak();
            let err = client.get_workspace().send().await.expect_err("refused");
            assert!(
                matches!(err, voiceai::Error::ResponseTooLarge { .. }),
                "{err:?}"
            );
            peaks.push(alloc::peak() - base);
        }
        (peaks[0], peaks[1])
    });
    let _ = stop_tx.send(());
    let _ = server.join();
    let limit = voiceai::runtime::config::DEFAULT_MAX_RESPONSE_SIZE as f64;
    let mib = |b: isize| b as f64 / (1024.0 * 1024.0);
    rows.push(Row {
        figure: "memory under a 2 GiB body (default limit 16 MiB)".into(),
        measured: format!(
            "{:.2} MiB peak, chunked without a length; {:.2} MiB with the length announced",
            mib(chunked),
            mib(announced)
        ),
        baseline: "16 MiB limit".into(),
        ratio: Some(chunked as f64 / limit),
        goal: "≤ limit + 1 MiB".into(),
        met: Some((chunked as f64) <= limit + 1024.0 * 1024.0),
        note: "a server sends 2 GiB in answer to `get_workspace`: with `Content-Length` the \
               client refuses before reading; without it, it reads up to its limit and stops; \
               allocations of the client's thread only"
            .into(),
    });
}

/// The block pair whose ratio is the median of the blocks' ratios (seconds, ours and base):
/// one block slowed by the machine's other work moves the sum, not the median.
fn median_pair(ours: &[Duration], base: &[Duration]) -> (f64, f64) {
    let mut pairs: Vec<(f64, f64)> = ours
        .iter()
        .zip(base)
        .map(|(o, b)| (o.as_secs_f64(), b.as_secs_f64()))
        .collect();
    pairs.sort_by(|x, y| (x.0 / x.1).total_cmp(&(y.0 / y.1)));
    pairs[pairs.len() / 2]
}

fn ratio_row(
    figure: String,
    ours: f64,
    base: f64,
    unit: &str,
    scale: f64,
    goal: f64,
    note: &str,
) -> Row {
    let ratio = ours / base;
    Row {
        figure,
        measured: format!("{:.1} {unit}", ours * scale),
        baseline: format!("{:.1} {unit}", base * scale),
        ratio: Some(ratio),
        goal: format!("≤ {goal:.2}×"),
        met: Some(ratio <= goal),
        note: note.into(),
    }
}

/// Requests through one Ringyo client against a simulator enforcing `limit` per `window`.
async fn rate_limited_run(
    total: usize,
    limit: u32,
    window: Duration,
    client_limits: bool,
) -> (Duration, u64, u64, usize) {
    let sim = Simulator::builder()
        .ringyo_rate_limit(Some(RateLimit {
            requests: limit,
            window,
        }))
        .start()
        .await
        .expect("simulator");
    let mut builder = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(sim.ringyo_url());
    builder = if client_limits {
        builder.rate_limit(limit, window)
    } else {
        builder.no_rate_limit()
    };
    let client = builder.build().expect("client");
    let next = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let workers: Vec<_> = (0..32)
        .map(|_| {
            let (client, next, failed) = (client.clone(), next.clone(), failed.clone());
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < total {
                    if client.list_phone_numbers().limit(1).send().await.is_err() {
                        failed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.await.expect("worker");
    }
    let elapsed = start.elapsed();
    let stats = sim.stats();
    (
        elapsed,
        stats.rate_limited,
        stats.requests - total as u64,
        failed.load(Ordering::Relaxed),
    )
}

async fn rate_limit(total: usize, rows: &mut Vec<Row>) {
    let (limit, window) = (200u32, Duration::from_secs(1));
    let ideal = ((total as f64 / limit as f64).ceil() - 1.0) * window.as_secs_f64();
    let (elapsed, r429, retries, failed) = rate_limited_run(total, limit, window, true).await;
    let efficiency = ideal / elapsed.as_secs_f64();
    let achieved = total as f64 / elapsed.as_secs_f64();
    let (off_elapsed, off_429, off_retries, off_failed) =
        rate_limited_run(total, limit, window, false).await;
    let off_achieved = (total - off_failed) as f64 / off_elapsed.as_secs_f64();
    rows.push(Row {
        figure: format!("rate-limit efficiency ({total} requests, server allows {limit}/s)"),
        measured: format!(
            "{:.1} % of the limit ({achieved:.0} req/s over {:.2} s); {r429} × 429, {retries} retries, {failed} failed",
            efficiency * 100.0,
            elapsed.as_secs_f64()
        ),
        baseline: format!(
            "client limiting off: {off_429} × 429, {off_retries} retries, {off_failed} failed, {off_achieved:.0} successful req/s over {:.2} s",
            off_elapsed.as_secs_f64()
        ),
        ratio: Some(efficiency),
        goal: "≥ 97 % with zero 429s".into(),
        met: Some(efficiency >= 0.97 && r429 == 0 && failed == 0),
        note: format!(
            "efficiency = the fastest legal schedule ({ideal:.0} s: a full window per {limit} after the first) / measured time; 32 tasks share one client"
        ),
    });
}

/// Eight processes share one Ringyo key against the simulator enforcing a plan of 200 a
/// second: once with the plan kept in a real `redis-server`, once with each process limiting
/// itself to the plan alone (what a fleet does without a shared limit).
fn shared_limit(total: usize, rows: &mut Vec<Row>) {
    use voiceai_testkit::limit_worker::{self, WorkerArgs};
    let (limit, processes) = (200u32, 8usize);
    let figure = format!(
        "{processes} processes sharing one key ({total} requests, server allows {limit}/s)"
    );
    let Some(redis) = voiceai_testkit::redis::RedisServer::start("bench: shared limit") else {
        rows.push(Row {
            figure,
            measured: "not measured: no redis-server on this machine".into(),
            baseline: String::new(),
            ratio: None,
            goal: "≥ 97 % with zero 429s".into(),
            met: None,
            note: "install redis-server (Debian package) and run again".into(),
        });
        return;
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let exe = std::env::current_exe().expect("the bench's own path");
    let run = |redis_url: Option<String>| {
        let sim = runtime
            .block_on(
                Simulator::builder()
                    .ringyo_rate_limit(Some(RateLimit {
                        requests: limit,
                        window: Duration::from_secs(1),
                    }))
                    .start(),
            )
            .expect("simulator");
        let args = WorkerArgs {
            base_url: sim.ringyo_url(),
            redis: redis_url,
            requests: total / processes,
            concurrency: 4,
            limit,
            window_ms: 1000,
            start_at_ms: limit_worker::unix_ms() + 1000,
        };
        let children = limit_worker::spawn(&exe, &["--limit-worker"], &args, processes, RINGYO_KEY);
        let reports = limit_worker::collect(children);
        let elapsed = limit_worker::span(&reports);
        let stats = sim.stats();
        let ok = limit_worker::sum(&reports, "ok");
        let failed = limit_worker::sum(&reports, "failed");
        (elapsed, stats.rate_limited, ok, failed)
    };
    let (elapsed, r429, ok, failed) = run(Some(redis.url()));
    let ideal = (total as f64 / limit as f64).ceil() - 1.0;
    let efficiency = ideal / elapsed.as_secs_f64();
    let (local_elapsed, local_429, local_ok, local_failed) = run(None);
    rows.push(Row {
        figure,
        measured: format!(
            "shared through Redis: {:.1} % of the plan ({:.0} req/s over {:.2} s); {r429} × 429, {ok} ok, {failed} failed",
            efficiency * 100.0,
            ok as f64 / elapsed.as_secs_f64(),
            elapsed.as_secs_f64()
        ),
        baseline: format!(
            "each process limiting itself: {local_429} × 429, {local_ok} ok, {local_failed} failed over {:.2} s",
            local_elapsed.as_secs_f64()
        ),
        ratio: Some(efficiency),
        goal: "≥ 97 % with zero 429s".into(),
        met: Some(efficiency >= 0.97 && r429 == 0 && failed == 0),
        note: format!(
            "{processes} real processes, 4 requests in flight each, one redis-server on loopback; efficiency = the fastest legal schedule ({ideal:.0} s: a full window per {limit} after the first) / measured time; a slot is held 2 % beyond the window (the safety margin)"
        ),
    });
}

fn decode(iterations: usize, rows: &mut Vec<Row>) {
    let page = server::page(&fixtures(1000), 1000, 0);
    let typed = || {
        let v: ringg::types::CallHistoryResponse =
            serde_json::from_slice(&page).expect("typed decode");
        assert_eq!(v.calls.len(), 1000);
        std::hint::black_box(v);
    };
    let value = || {
        let v: Value = serde_json::from_slice(&page).expect("Value decode");
        std::hint::black_box(v);
    };
    for _ in 0..10 {
        typed();
        value();
    }
    let (mut ours, mut base) = (Duration::ZERO, Duration::ZERO);
    let block = 10;
    for _ in 0..iterations / block {
        let t = Instant::now();
        for _ in 0..block {
            typed();
        }
        ours += t.elapsed();
        let t = Instant::now();
        for _ in 0..block {
            value();
        }
        base += t.elapsed();
    }
    let n = (iterations / block * block) as f64;
    rows.push(ratio_row(
        format!(
            "decode a 1,000-record call-history page ({} KiB)",
            page.len() / 1024
        ),
        ours.as_secs_f64() / n,
        base.as_secs_f64() / n,
        "ms/page",
        1e3,
        1.0,
        "into the generated `CallHistoryResponse` vs into `serde_json::Value`",
    ));
}

/// Peak memory of the client's thread while streaming `total` records, against one page.
fn pagination_memory(total: usize, rows: &mut Vec<Row>) {
    let addr = server::start(fixtures(total));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    alloc::track_this_thread();
    let (one_page, streamed, count) = runtime.block_on(async move {
        let client = ringg_client(format!("http://{addr}/ringg"));
        // Warm up: the connection pool and the client's first allocations.
        let warm = client.list_call_history().limit(100).offset(0).send().await;
        drop(warm.expect("warm-up page"));
        let base = alloc::reset_peak();
        let page = client
            .list_call_history()
            .limit(100)
            .offset(0)
            .send()
            .await
            .expect("one page")
            .into_inner();
        assert_eq!(page.calls.len(), 100);
        drop(page);
        let one_page = alloc::peak() - base;
        let base = alloc::reset_peak();
        let mut count = 0usize;
        let mut stream = std::pin::pin!(client.list_call_history().limit(100).stream());
        while let Some(item) = stream.next().await {
            std::hint::black_box(item.expect("record"));
            count += 1;
        }
        (one_page, alloc::peak() - base, count)
    });
    assert_eq!(count, total, "every record streamed");
    let ratio = streamed as f64 / one_page as f64;
    rows.push(Row {
        figure: format!("pagination memory ({total} records in pages of 100)"),
        measured: format!("{:.0} KiB peak while streaming", streamed as f64 / 1024.0),
        baseline: format!("{:.0} KiB peak for one page", one_page as f64 / 1024.0),
        ratio: Some(ratio),
        goal: "≤ 2 pages".into(),
        met: Some(ratio <= 2.0),
        note: "allocations of the client's thread only (the server runs on another thread)".into(),
    });
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // One process of the shared-limit fleet (started by `shared_limit`).
    if args.first().is_some_and(|a| a == "--limit-worker") {
        match voiceai_testkit::limit_worker::WorkerArgs::parse(&args[1..]) {
            Ok(worker) => println!("{}", voiceai_testkit::limit_worker::run(&worker)),
            Err(e) => {
                eprintln!("voiceai-bench --limit-worker: {e}");
                std::process::exit(2);
            }
        }
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let scale = if quick { 10 } else { 1 };
    // Profiling aid: only voiceai's sequential requests (e.g. under `valgrind --tool=callgrind`).
    if let Some(n) = args
        .iter()
        .position(|a| a == "--profile-requests")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let addr = server::start(fixtures(10));
            if args.iter().any(|a| a == "--raw") {
                let client = raw_client();
                let url = format!("http://{addr}/ringg/workspace");
                for _ in 0..n {
                    raw_get(&client, &url).await;
                }
            } else {
                let client = ringg_client(format!("http://{addr}/ringg"));
                for _ in 0..n {
                    voiceai_get(&client).await;
                }
            }
        });
        return;
    }
    let mut rows = Vec::new();

    // `--only NAME[,NAME]`: just these figures (overhead, shared-state, rate-limit,
    // shared-limit, decode, hostile-body, pagination).
    let only: Option<Vec<String>> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(|v| v.split(',').map(str::to_string).collect());
    let want = |name: &str| only.as_ref().is_none_or(|o| o.iter().any(|n| n == name));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    if want("overhead") {
        eprintln!("overhead…");
        runtime.block_on(overhead(20_000 / scale, &mut rows));
    }
    if want("shared-state") {
        eprintln!("shared state…");
        runtime.block_on(shared_state(200_000 / scale, &mut rows));
    }
    if want("rate-limit") {
        eprintln!("rate limit…");
        runtime.block_on(rate_limit(2_000 / scale, &mut rows));
    }
    drop(runtime);
    if want("shared-limit") {
        eprintln!("shared limit across processes…");
        shared_limit(4_000 / scale, &mut rows);
    }
    if want("decode") {
        eprintln!("decode…");
        decode(300 / scale, &mut rows);
    }
    if want("hostile-body") {
        eprintln!("hostile body memory…");
        hostile_body_memory(&mut rows);
    }
    if want("pagination") {
        eprintln!("pagination memory…");
        pagination_memory(100_000 / scale, &mut rows);
    }

    let json = serde_json::to_string_pretty(&rows).expect("rows encode");
    match out {
        Some(path) => std::fs::write(&path, json).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => println!("{json}"),
    }
}
