//! A real `redis-server` (or `valkey-server`) for the tests that share a plan limit across
//! processes: started on a free loopback port in a temporary directory, without persistence,
//! and stopped when dropped.
//!
//! When no server binary is found the tests that need one print a loud `SKIPPED` line and
//! return, unless `VOICEAI_REQUIRE_REDIS=1` (set by `.ci/run`), which turns the absence into a
//! failure. `VOICEAI_REDIS_SERVER` names the binary when it is not on the `PATH`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running Redis server owned by a test.
pub struct RedisServer {
    binary: PathBuf,
    port: u16,
    dir: PathBuf,
    child: Option<Child>,
}

/// The server binary: `VOICEAI_REDIS_SERVER`, else `redis-server` or `valkey-server` on the
/// `PATH`.
fn binary() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("VOICEAI_REDIS_SERVER") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["redis-server", "valkey-server"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// A free loopback port (bound, then released).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

impl RedisServer {
    /// Starts a server, or returns `None` after printing why the calling test is skipped
    /// (panics instead when `VOICEAI_REQUIRE_REDIS=1`).
    pub fn start(test: &str) -> Option<RedisServer> {
        let Some(binary) = binary() else {
            let required = std::env::var("VOICEAI_REQUIRE_REDIS").is_ok_and(|v| v == "1");
            assert!(
                !required,
                "{test}: VOICEAI_REQUIRE_REDIS=1 but no redis-server or valkey-server was found"
            );
            eprintln!(
                "\n*** SKIPPED {test}: no redis-server (or valkey-server) on the PATH. Install \
                 one (Debian: apt-get install redis-server) or set VOICEAI_REDIS_SERVER. ***\n"
            );
            return None;
        };
        let port = free_port();
        let dir = std::env::temp_dir().join(format!("voiceai-redis-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("redis temp dir");
        let mut server = RedisServer {
            binary,
            port,
            dir,
            child: None,
        };
        server.restart();
        Some(server)
    }

    /// `redis://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server at once (SIGKILL: a crash, not a shutdown).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same port (after [`kill`](Self::kill)), empty.
    pub fn restart(&mut self) {
        self.kill();
        let child = Command::new(&self.binary)
            .args(["--port", &self.port.to_string()])
            .args(["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .arg("--dir")
            .arg(&self.dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", self.binary.display()));
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.try_command(&["PING"]).is_ok_and(|r| r == "PONG") {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "redis-server did not answer PING in 10 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Runs one command and returns its reply as text (arrays joined by newlines).
    pub fn command(&self, args: &[&str]) -> String {
        self.try_command(args)
            .unwrap_or_else(|e| panic!("redis {args:?}: {e}"))
    }

    fn try_command(&self, args: &[&str]) -> std::io::Result<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        stream.write_all(&encode(args))?;
        let mut reader = BufReader::new(stream);
        read_reply(&mut reader)
    }

    /// Every command the server receives from now on, as `MONITOR` prints it, until the
    /// returned recorder is dropped.
    pub fn monitor(&self) -> Monitor {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("monitor connects");
        stream.write_all(&encode(&["MONITOR"])).expect("MONITOR");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        let reader = stream.try_clone().expect("monitor stream");
        std::thread::spawn(move || {
            for line in BufReader::new(reader).lines() {
                match line {
                    Ok(line) => sink.lock().unwrap().push(line),
                    Err(_) => break,
                }
            }
        });
        Monitor { stream, lines }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What `MONITOR` saw.
pub struct Monitor {
    stream: TcpStream,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Monitor {
    /// The lines seen so far.
    pub fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }
}

fn encode(args: &[&str]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for arg in args {
        out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
        out.extend_from_slice(arg.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out
}

fn read_reply(reader: &mut impl BufRead) -> std::io::Result<String> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let line = line.trim_end_matches("\r\n");
    let bad = || std::io::Error::other(format!("unexpected reply {line:?}"));
    let (kind, rest) = line.split_at_checked(1).ok_or_else(bad)?;
    match kind {
        "+" | ":" => Ok(rest.to_string()),
        "-" => Err(std::io::Error::other(rest.to_string())),
        "$" => {
            let len: i64 = rest.parse().map_err(|_| bad())?;
            if len < 0 {
                return Ok(String::new());
            }
            let mut buf = vec![0; len as usize + 2];
            reader.read_exact(&mut buf)?;
            buf.truncate(len as usize);
            Ok(String::from_utf8_lossy(&buf).into_owned())
        }
        "*" => {
            let n: i64 = rest.parse().map_err(|_| bad())?;
            let items: std::io::Result<Vec<String>> =
                (0..n.max(0)).map(|_| read_reply(reader)).collect();
            Ok(items?.join("\n"))
        }
        _ => Err(bad()),
    }
}
