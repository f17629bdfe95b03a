//! `voiceai-sim`: the Ringg AI and Ringyo AI simulator as a server.
//!
//! ```text
//! voiceai-sim [--port PORT] [--seed N] [--speed X] [--ringyo-limit N/SECONDS] [--fault SPEC]...
//! ```
#![forbid(unsafe_code)]

use std::process::ExitCode;
use std::time::Duration;

use voiceai_simulator::{Config, Faults, RateLimit, Simulator, RINGG_KEY, RINGYO_KEY};

const USAGE: &str = "\
voiceai-sim: a local, stateful simulator of the Ringg AI and Ringyo AI APIs

Usage: voiceai-sim [OPTIONS]

Options:
  --port PORT              port on 127.0.0.1 (default 8700; 0 picks a free one)
  --seed N                 seed for ids, call outcomes and faults (default 42)
  --speed X                simulated seconds per real second (default 60)
  --ringyo-limit N/SECS    Ringyo plan limit per key (default 300/60; `off` for none)
  --ringyo-envelope        wrap Ringyo single objects in {data, meta}
  --fault SPEC             inject faults; repeatable. SPEC is one of
                             STATUS=RATE        e.g. 503=0.2 (answer STATUS, no effect)
                             after-STATUS=RATE  e.g. after-500=0.1 (effect kept, then STATUS)
                             reset-before=RATE  close the connection before processing
                             reset-after=RATE   process, then close without answering
                             truncate=RATE      cut successful JSON bodies in half
                             non-json=RATE      answer an HTML page instead of JSON
                             latency=MIN..MAX   added milliseconds
                             retry-after=SECS   Retry-After on injected 429/503
  -h, --help               this text
";

fn main() -> ExitCode {
    match parse(std::env::args().skip(1).collect()) {
        Ok(Some((config, port))) => run(config, port),
        Ok(None) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("voiceai-sim: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: Vec<String>) -> Result<Option<(Config, u16)>, String> {
    let mut config = Config::default();
    let mut port = 8700;
    let mut faults = Faults::none();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--port" => {
                port = value("--port")?
                    .parse()
                    .map_err(|_| "--port: expected a number from 0 to 65535".to_string())?
            }
            "--seed" => {
                config.seed = value("--seed")?
                    .parse()
                    .map_err(|_| "--seed: expected a whole number".to_string())?
            }
            "--speed" => {
                config.clock_speed = value("--speed")?
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .ok_or_else(|| "--speed: expected a positive number".to_string())?
            }
            "--ringyo-limit" => {
                let v = value("--ringyo-limit")?;
                config.ringyo_rate_limit = if v == "off" {
                    None
                } else {
                    let (n, secs) = v
                        .split_once('/')
                        .ok_or_else(|| "--ringyo-limit: expected N/SECONDS or off".to_string())?;
                    Some(RateLimit {
                        requests: n
                            .parse()
                            .map_err(|_| "--ringyo-limit: N is a whole number".to_string())?,
                        window: Duration::from_secs_f64(
                            secs.parse()
                                .ok()
                                .filter(|s: &f64| s.is_finite() && *s > 0.0)
                                .ok_or_else(|| {
                                    "--ringyo-limit: SECONDS is a positive number".to_string()
                                })?,
                        ),
                    })
                }
            }
            "--ringyo-envelope" => config.ringyo_envelope = true,
            "--fault" => faults.parse_into(&value("--fault")?)?,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    config.faults = faults;
    Ok(Some((config, port)))
}

fn run(config: Config, port: u16) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("voiceai-sim: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let seed = config.seed;
        let sim = match Simulator::builder().config(config).port(port).start().await {
            Ok(sim) => sim,
            Err(e) => {
                eprintln!("voiceai-sim: cannot listen on 127.0.0.1:{port}: {e}");
                return ExitCode::FAILURE;
            }
        };
        println!("voiceai-sim listening on {} (seed {seed})", sim.addr());
        println!(
            "  RINGG_BASE_URL={}   RINGG_API_KEY={RINGG_KEY}",
            sim.ringg_url()
        );
        println!(
            "  RINGYO_BASE_URL={}  RINGYO_API_KEY={RINGYO_KEY}",
            sim.ringyo_url()
        );
        println!("Ctrl-C stops it.");
        let _ = tokio::signal::ctrl_c().await;
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_flags_and_rejects_bad_ones() {
        let (config, port) = parse(args(&[
            "--port",
            "0",
            "--seed",
            "7",
            "--fault",
            "503=0.2",
            "--ringyo-limit",
            "10/1",
        ]))
        .unwrap()
        .unwrap();
        assert_eq!((port, config.seed), (0, 7));
        assert_eq!(config.faults.status, vec![(503, 0.2)]);
        assert_eq!(config.ringyo_rate_limit.unwrap().requests, 10);
        assert!(parse(args(&["--help"])).unwrap().is_none());
        for bad in [
            &["--port", "x"][..],
            &["--seed"],
            &["--speed", "-1"],
            &["--fault", "nonsense"],
            &["--ringyo-limit", "10"],
            &["--what"],
        ] {
            assert!(parse(args(bad)).is_err(), "{bad:?}");
        }
    }
}
