//! The `voiceai` binary against httpmock servers on 127.0.0.1: what it sends, what it prints,
//! its exit codes, its help, and that the API key never shows in its output.
//!
//! This target needs the `cli` feature. `cargo test --workspace` builds it because the tests
//! crate enables `cli` on its `voiceai` dependency (features unify across the workspace); alone,
//! run `cargo test -p voiceai --features cli --test cli`.

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use httpmock::Method::{GET, PATCH, POST};
use httpmock::MockServer;
use serde_json::{json, Value};

/// Obviously fake keys, which must never appear in anything the binary prints.
const RINGG_KEY: &str = "cli-test-ringg-key-FAKE-7f3a";
const RINGYO_KEY: &str = "rg_test_cli_FAKE_key_91c2";
/// A second Ringyo key, for a second profile.
const RINGYO_WORK_KEY: &str = "rg_test_cli_FAKE_work_55d1";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {:?}", self.stdout))
    }
}

fn finish(output: Output) -> Run {
    let run = Run {
        code: output.status.code().expect("exited normally"),
        stdout: String::from_utf8(output.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("utf-8 stderr"),
    };
    for key in [RINGG_KEY, RINGYO_KEY, RINGYO_WORK_KEY] {
        assert!(
            !run.stdout.contains(key) && !run.stderr.contains(key),
            "the API key leaked into the output:\nstdout: {}\nstderr: {}",
            run.stdout,
            run.stderr
        );
    }
    run
}

/// The binary with a clean environment: no key, base URL or profile inherited from the
/// caller, and a config file path where there is none (never the user's own).
fn voiceai() -> Command {
    voiceai_with_config(&scratch_dir().join("config.toml"))
}

/// The binary with `config` as its config file.
fn voiceai_with_config(config: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_voiceai"));
    for var in [
        "RINGG_API_KEY",
        "RINGG_BASE_URL",
        "RINGYO_API_KEY",
        "RINGYO_BASE_URL",
        "VOICEAI_PROFILE",
    ] {
        command.env_remove(var);
    }
    command.env("VOICEAI_CONFIG", config);
    command.stdin(Stdio::null());
    command
}

/// A fresh, empty directory of this test process.
fn scratch_dir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "voiceai-cli-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `command` with `input` on stdin.
fn run_with_stdin(mut command: Command, input: &str) -> Run {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    finish(child.wait_with_output().unwrap())
}

fn run_args(args: &[&str]) -> Run {
    finish(voiceai().args(args).output().expect("the binary runs"))
}

/// `voiceai ringg …` against `server`, the key given as `--api-key`.
fn ringg(server: &MockServer, args: &[&str]) -> Run {
    let base = server.base_url();
    let mut all = vec!["--api-key", RINGG_KEY, "--base-url", base.as_str(), "ringg"];
    all.extend_from_slice(args);
    run_args(&all)
}

/// `voiceai ringyo …` against `server`, the key and base URL from the environment.
fn ringyo(server: &MockServer, args: &[&str]) -> Run {
    let output = voiceai()
        .env("RINGYO_API_KEY", RINGYO_KEY)
        .env("RINGYO_BASE_URL", server.base_url())
        .arg("ringyo")
        .args(args)
        .output()
        .expect("the binary runs");
    finish(output)
}

fn assert_success(run: &Run) {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
}

#[test]
fn ringg_get_workspace_prints_the_response_as_compact_json() {
    let server = MockServer::start();
    let body = json!({"workspace_info": {"id": "ws_1", "name": "Acme Corp", "credits": 3025.5}});
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path("/workspace")
            .header("x-api-key", RINGG_KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(body.clone());
    });
    let run = ringg(&server, &["get-workspace"]);
    assert_success(&run);
    mock.assert();
    assert_eq!(run.json(), body);
    // Piped stdout: one compact line.
    assert_eq!(run.stdout.trim_end().lines().count(), 1, "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn ringg_path_parameters_and_table_output() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/all")
            .query_param("limit", "5")
            .header("x-api-key", RINGG_KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"status": "success", "data": {"agents": [
                {"id": "agt_1", "agent_display_name": "Sales", "agent_type": "outbound"},
                {"id": "agt_22", "agent_display_name": "Support", "agent_type": "inbound"}
            ]}}));
    });
    let run = ringg(
        &server,
        &["list-assistants", "--limit", "5", "--output", "table"],
    );
    assert_success(&run);
    mock.assert();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    assert!(lines[0].starts_with("id "), "{}", run.stdout);
    assert!(lines[0].contains("agent_display_name"), "{}", run.stdout);
    assert!(lines[2].starts_with("agt_1 ") && lines[2].contains("Sales"));
    assert!(lines[3].starts_with("agt_22") && lines[3].contains("inbound"));

    let detail = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/agt_1")
            .header("x-api-key", RINGG_KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"agents": {"id": "agt_1", "agent_display_name": "Sales"}}));
    });
    let run = ringg(&server, &["get-assistant", "--agent-id", "agt_1"]);
    assert_success(&run);
    detail.assert();
    assert_eq!(run.json()["agents"]["agent_display_name"], "Sales");
}

#[test]
fn ringg_all_pages_through_a_list_and_prints_one_array() {
    let server = MockServer::start();
    let call = |id: &str| json!({"id": id, "status": "completed"});
    let first = server.mock(|when, then| {
        when.method(GET)
            .path("/calling/history")
            .query_param("offset", "0")
            .query_param("limit", "2")
            .header("x-api-key", RINGG_KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(
                json!({"calls": [call("c1"), call("c2")], "limit": 2, "offset": 0, "total": 3}),
            );
    });
    let second = server.mock(|when, then| {
        when.method(GET)
            .path("/calling/history")
            .query_param("offset", "2")
            .query_param("limit", "2");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"calls": [call("c3")], "limit": 2, "offset": 2, "total": 3}));
    });
    let run = ringg(&server, &["list-call-history", "--all", "--limit", "2"]);
    assert_success(&run);
    first.assert();
    second.assert();
    let items = run.json();
    let ids: Vec<&str> = items
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(ids, ["c1", "c2", "c3"]);
    // stderr is not a terminal here: no progress output at all.
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn ringg_multipart_upload_sends_the_file_and_text_parts() {
    let server = MockServer::start();
    let dir = std::env::temp_dir().join(format!("voiceai-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("contacts.csv");
    std::fs::write(&csv, "mobile_number,name\n+14155550100,Ann\n").unwrap();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/campaign/upload-csv")
            .header("x-api-key", RINGG_KEY)
            .body_includes("name=\"file\"; filename=\"contacts.csv\"")
            .body_includes("+14155550100,Ann")
            .body_includes("name=\"campaign_name\"\r\n\r\nSpring\r\n");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"bulk_list_id": "bl_1", "status": "verifying", "total_callees": 1}));
    });
    let run = ringg(
        &server,
        &[
            "upload-large-campaign-csv",
            "--file",
            csv.to_str().unwrap(),
            "--agent-id",
            "agt_1",
            "--campaign-name",
            "Spring",
            "--country-code",
            "+1",
            "--variables-map",
            r#"{"mobile_number":"mobile_number"}"#,
            "--campaign-start-time",
            "01/01/2026, 09:00",
            "--campaign-end-time",
            "01/01/2026, 18:00",
            "--call-config",
            "{}",
        ],
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_success(&run);
    mock.assert();
    assert_eq!(run.json()["bulk_list_id"], "bl_1");
    assert!(
        run.stderr.is_empty(),
        "no spinner off a terminal: {}",
        run.stderr
    );
}

#[test]
fn ringg_poll_upload_status_waits_for_a_final_status() {
    let server = MockServer::start();
    let status = |s: &str| json!({"bulk_list_id": "bl_1", "status": s, "total_rows": 10, "processed_rows": 4});
    let mut processing = server.mock(|when, then| {
        when.method(GET).path("/campaign/upload-status/bl_1");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(status("processing"));
    });
    let base = server.base_url();
    let child = voiceai()
        .args(["--base-url", &base, "--api-key", RINGG_KEY])
        .args(["ringg", "poll-upload-status", "bl_1", "--interval", "0.05"])
        .args(["--timeout", "30"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let started = Instant::now();
    while processing.calls() < 2 {
        assert!(started.elapsed() < Duration::from_secs(20), "no polling");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The first mock defined wins while both exist, so there is no gap between the two.
    let mut completed = status("completed");
    completed["processed_rows"] = json!(10);
    let done = server.mock(|when, then| {
        when.method(GET).path("/campaign/upload-status/bl_1");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(completed.clone());
    });
    processing.delete();
    let run = finish(child.wait_with_output().expect("the binary ends"));
    assert_success(&run);
    assert!(done.calls() >= 1);
    assert_eq!(run.json()["status"], "completed");
    assert_eq!(run.json()["processed_rows"], 10);

    // A failed upload prints the status and exits with 1.
    let failed = MockServer::start();
    failed.mock(|when, then| {
        when.method(GET).path("/campaign/upload-status/bl_2");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"bulk_list_id": "bl_2", "status": "failed"}));
    });
    let run = ringg(&failed, &["poll-upload-status", "bl_2", "--interval", "0"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["status"], "failed");
    assert!(run.stderr.contains("bl_2 failed"), "{}", run.stderr);
}

#[test]
fn ringg_error_status_exits_with_1_and_one_line_on_stderr() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(GET).path("/agent/missing");
        then.status(404)
            .header("content-type", "application/json")
            .json_body(json!({"detail": "Agent not found"}));
    });
    let run = ringg(&server, &["get-assistant", "--agent-id", "missing"]);
    mock.assert();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("error: not found: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("HTTP 404: Agent not found"),
        "{}",
        run.stderr
    );
}

#[test]
fn ringyo_sends_the_bearer_key_and_prints_json() {
    let server = MockServer::start();
    let agent = json!({"id": "agent_abc123", "name": "Sales Assistant", "status": "active"});
    let get = server.mock(|when, then| {
        when.method(GET)
            .path("/agents/agent_abc123")
            .header("authorization", format!("Bearer {RINGYO_KEY}"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(agent.clone());
    });
    let run = ringyo(&server, &["get-agent", "--agent-id", "agent_abc123"]);
    assert_success(&run);
    get.assert();
    assert_eq!(run.json(), agent);

    let list = server.mock(|when, then| {
        when.method(GET)
            .path("/agents")
            .query_param("limit", "1")
            .header("authorization", format!("Bearer {RINGYO_KEY}"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"data": [agent.clone()], "has_more": false, "next_cursor": null}));
    });
    let run = ringyo(&server, &["list-agents", "--limit", "1", "--all"]);
    assert_success(&run);
    list.assert();
    assert_eq!(run.json(), json!([agent]));

    // `--usage`: what the command did, on stderr; stdout unchanged.
    let run = ringyo(
        &server,
        &["--usage", "list-agents", "--limit", "1", "--all"],
    );
    assert_success(&run);
    assert_eq!(run.json(), json!([agent]));
    let table = &run.stderr;
    assert!(table.starts_with("operation"), "{table}");
    let row = table
        .lines()
        .find(|l| l.starts_with("list_agents"))
        .unwrap_or_else(|| panic!("a row for list_agents: {table}"));
    let numbers: Vec<&str> = row.split_whitespace().skip(1).take(5).collect();
    assert_eq!(numbers, ["1", "1", "0", "0", "0"], "{table}");
    assert!(table.contains("limiter: Local"), "{table}");
}

#[test]
fn ringyo_body_from_stdin_and_field_flags() {
    let server = MockServer::start();
    let created = json!({"id": "agent_new", "name": "Night shift", "voice_id": "sarah"});
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/agents")
            .header("authorization", format!("Bearer {RINGYO_KEY}"))
            .header_exists("idempotency-key")
            // `--name` overrides the file's name; the file's other fields stay.
            .json_body_includes(r#"{"name": "Night shift"}"#)
            .json_body_includes(r#"{"voice_id": "sarah"}"#)
            .json_body_includes(r#"{"system_prompt": "Be brief."}"#);
        then.status(201)
            .header("content-type", "application/json")
            .json_body(created.clone());
    });
    let mut child = voiceai()
        .env("RINGYO_API_KEY", RINGYO_KEY)
        .args(["--base-url", &server.base_url(), "ringyo", "create-agent"])
        .args(["--body-json", "-", "--name", "Night shift"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"name": "Day shift", "system_prompt": "Be brief.", "voice_id": "sarah"}"#)
        .unwrap();
    let run = finish(child.wait_with_output().unwrap());
    assert_success(&run);
    mock.assert();
    assert_eq!(run.json(), created);

    let update = server.mock(|when, then| {
        when.method(PATCH)
            .path("/webhooks/wh_1")
            .json_body_includes(r#"{"url": "https://example.com/hook"}"#);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"id": "wh_1", "url": "https://example.com/hook"}));
    });
    let run = ringyo(
        &server,
        &[
            "update-webhook",
            "--webhook-id",
            "wh_1",
            "--url",
            "https://example.com/hook",
        ],
    );
    assert_success(&run);
    update.assert();
    assert_eq!(run.json()["id"], "wh_1");
}

#[test]
fn usage_errors_exit_with_2() {
    // A required flag missing: clap's error.
    let run = run_args(&["ringg", "get-assistant"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("--agent-id"), "{}", run.stderr);

    // No key anywhere: the error names the variable.
    let run = run_args(&["--base-url", "http://127.0.0.1:9", "ringg", "get-workspace"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("RINGG_API_KEY"), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);

    // A body file that does not exist: nothing is sent.
    let server = MockServer::start();
    let run = ringyo(
        &server,
        &["create-agent", "--body-json", "/nonexistent/agent.json"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("/nonexistent/agent.json"),
        "{}",
        run.stderr
    );
}

/// The subcommands a `--help` lists under "Commands:", without `help`.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn help_lists_every_operation() {
    let ringg_help = run_args(&["ringg", "--help"]);
    assert_success(&ringg_help);
    let listed: BTreeSet<String> = subcommands(&ringg_help.stdout).into_iter().collect();
    let operations: BTreeSet<String> = voiceai::ringg::OPERATIONS
        .iter()
        .map(|op| op.id.replace('_', "-"))
        .collect();
    assert_eq!(operations.len(), 41);
    let mut expected = operations.clone();
    expected.insert("poll-upload-status".into());
    assert_eq!(listed, expected, "{}", ringg_help.stdout);

    let ringyo_help = run_args(&["ringyo", "--help"]);
    assert_success(&ringyo_help);
    let listed: BTreeSet<String> = subcommands(&ringyo_help.stdout).into_iter().collect();
    let operations: BTreeSet<String> = voiceai::ringyo::OPERATIONS
        .iter()
        .map(|op| op.id.replace('_', "-"))
        .collect();
    assert_eq!(operations.len(), 14);
    assert_eq!(listed, operations, "{}", ringyo_help.stdout);

    // The global flags name the variables, never a value from them.
    let output = voiceai()
        .env("RINGG_API_KEY", RINGG_KEY)
        .env("RINGYO_API_KEY", RINGYO_KEY)
        .args(["ringg", "get-workspace", "--help"])
        .output()
        .unwrap();
    let help = finish(output);
    assert_success(&help);
    assert!(help.stdout.contains("--api-key"), "{}", help.stdout);
    assert!(help.stdout.contains("RINGG_API_KEY"), "{}", help.stdout);
}

/// Secrets in responses: the workspace's own key is printed as `[redacted]` unless asked for.
#[test]
fn secrets_in_responses_are_redacted_unless_show_secrets() {
    let server = MockServer::start();
    let key = "ws-key-FAKE-5c1d9e2a";
    let body = json!({"workspace_info": {"id": "ws_1", "name": "Acme Corp", "api_key": key}});
    server.mock(|when, then| {
        when.method(GET).path("/workspace");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(body.clone());
    });
    server.mock(|when, then| {
        when.method(PATCH).path("/workspace/api-key");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"new_api_key": key}));
    });
    for args in [
        &["get-workspace"][..],
        &["get-workspace", "--output", "table"][..],
        &["regenerate-api-key"][..],
    ] {
        let run = ringg(&server, args);
        assert_success(&run);
        assert!(!run.stdout.contains(key), "{args:?}: {}", run.stdout);
        // A single object has no table rows; JSON shows where the secret was.
        if !args.contains(&"table") {
            assert!(
                run.stdout.contains("[redacted]"),
                "{args:?}: {}",
                run.stdout
            );
        }
    }
    let run = ringg(&server, &["--show-secrets", "get-workspace"]);
    assert_success(&run);
    assert_eq!(run.json(), body);
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn auth_login_reads_the_key_from_stdin_into_a_private_profile() {
    let server = MockServer::start();
    let workspace = server.mock(|when, then| {
        when.method(GET)
            .path("/workspace")
            .header("x-api-key", RINGG_KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"workspace_info": {"id": "ws_1"}}));
    });
    let dir = scratch_dir();
    let config = dir.join("conf").join("voiceai").join("config.toml");
    let mut login = voiceai_with_config(&config);
    login.args(["--base-url", &server.base_url(), "auth", "login", "ringg"]);
    let run = run_with_stdin(login, &format!("{RINGG_KEY}\n"));
    assert_success(&run);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("…7f3a"), "{}", run.stderr);
    assert!(run.stderr.contains("profile \"default\""), "{}", run.stderr);
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(
        text.contains(RINGG_KEY) && text.contains(&server.base_url()),
        "{text}"
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&config), 0o600);
        assert_eq!(mode(config.parent().unwrap()), 0o700);
    }

    // Later commands use the profile: key and base URL.
    let run = finish(
        voiceai_with_config(&config)
            .args(["ringg", "get-workspace"])
            .output()
            .unwrap(),
    );
    assert_success(&run);
    workspace.assert();

    // `auth status` says which key and where it came from, never the key.
    let run = finish(
        voiceai_with_config(&config)
            .args(["auth", "status"])
            .output()
            .unwrap(),
    );
    assert_success(&run);
    let expected = format!(
        "ringg: key …7f3a from profile \"default\" in {}",
        config.display()
    );
    assert!(run.stdout.contains(&expected), "{}", run.stdout);
    assert!(run.stdout.contains("ringyo: no key"), "{}", run.stdout);

    // Precedence: the environment beats the profile, the flag beats both.
    let run = finish(
        voiceai_with_config(&config)
            .env("RINGG_API_KEY", "env-key-FAKE-0000-aaaa")
            .args(["auth", "status"])
            .output()
            .unwrap(),
    );
    assert!(
        run.stdout
            .contains("ringg: key …aaaa from the RINGG_API_KEY environment variable"),
        "{}",
        run.stdout
    );
    let run = finish(
        voiceai_with_config(&config)
            .env("RINGG_API_KEY", "env-key-FAKE-0000-aaaa")
            .args(["--api-key", "flag-key-FAKE-0000-bbbb", "auth", "status"])
            .output()
            .unwrap(),
    );
    assert!(
        run.stdout
            .contains("ringg: key …bbbb from the --api-key flag"),
        "{}",
        run.stdout
    );

    // An empty stdin saves nothing.
    let mut login = voiceai_with_config(&config);
    login.args(["auth", "login", "ringyo"]);
    let run = run_with_stdin(login, "");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no key given"), "{}", run.stderr);

    // Logout removes it.
    let run = finish(
        voiceai_with_config(&config)
            .args(["auth", "logout", "ringg"])
            .output()
            .unwrap(),
    );
    assert_success(&run);
    assert!(!std::fs::read_to_string(&config)
        .unwrap()
        .contains(RINGG_KEY));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn profile_flag_and_variable_choose_the_profile() {
    let server = MockServer::start();
    let work = server.mock(|when, then| {
        when.method(GET)
            .path("/agents")
            .header("authorization", format!("Bearer {RINGYO_WORK_KEY}"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"data": [], "has_more": false}));
    });
    let default = server.mock(|when, then| {
        when.method(GET)
            .path("/agents")
            .header("authorization", format!("Bearer {RINGYO_KEY}"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"data": [], "has_more": false}));
    });
    let dir = scratch_dir();
    let config = dir.join("config.toml");
    for (profile, key) in [("default", RINGYO_KEY), ("work", RINGYO_WORK_KEY)] {
        let mut login = voiceai_with_config(&config);
        login.args([
            "--profile",
            profile,
            "--base-url",
            &server.base_url(),
            "auth",
            "login",
            "ringyo",
        ]);
        assert_success(&run_with_stdin(login, key));
    }
    let list = |extra: &[&str], env: Option<&str>| {
        let mut command = voiceai_with_config(&config);
        if let Some(profile) = env {
            command.env("VOICEAI_PROFILE", profile);
        }
        let run = finish(
            command
                .args(extra)
                .args(["ringyo", "list-agents"])
                .output()
                .unwrap(),
        );
        assert_success(&run);
    };
    list(&[], None);
    assert_eq!((default.calls(), work.calls()), (1, 0));
    list(&["--profile", "work"], None);
    assert_eq!((default.calls(), work.calls()), (1, 1));
    list(&[], Some("work"));
    assert_eq!((default.calls(), work.calls()), (1, 2));
    // The flag beats the variable.
    list(&["--profile", "default"], Some("work"));
    assert_eq!((default.calls(), work.calls()), (2, 2));

    // A profile that does not exist: no key, and the message says which profile was looked at.
    let run = finish(
        voiceai_with_config(&config)
            .args(["--profile", "nope", "ringyo", "list-agents"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no profile \"nope\""), "{}", run.stderr);
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn a_config_file_others_can_read_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let server = MockServer::start();
    let any = server.mock(|_, then| {
        then.status(200);
    });
    let dir = scratch_dir();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.default]\nringg_api_key = \"{RINGG_KEY}\"\nringg_base_url = \"{}\"\n",
            server.base_url()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    for args in [&["ringg", "get-workspace"][..], &["auth", "status"][..]] {
        let run = finish(voiceai_with_config(&config).args(args).output().unwrap());
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert!(
            run.stderr.contains("mode 0644")
                && run
                    .stderr
                    .contains(&format!("chmod 600 {}", config.display())),
            "{}",
            run.stderr
        );
    }
    assert_eq!(any.calls(), 0, "nothing is sent with a refused config");

    // Once private, it is used.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let run = finish(
        voiceai_with_config(&config)
            .args(["auth", "status"])
            .output()
            .unwrap(),
    );
    assert_success(&run);
    assert!(run.stdout.contains("…7f3a"), "{}", run.stdout);

    // A config file with a typo is refused with the line, not the content.
    std::fs::write(
        &config,
        format!("[profiles.default]\nringg_apikey = \"{RINGG_KEY}\"\n"),
    )
    .unwrap();
    let run = finish(
        voiceai_with_config(&config)
            .args(["auth", "status"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("not a valid voiceai config file (line 2)"),
        "{}",
        run.stderr
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn completions_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef voiceai"),
        ("fish", "complete -c voiceai"),
    ] {
        let run = run_args(&["completions", shell]);
        assert_success(&run);
        assert!(
            run.stdout.contains(marker),
            "{shell}: {}",
            &run.stdout[..run.stdout.len().min(300)]
        );
        for word in ["get-workspace", "create-call", "login"] {
            assert!(run.stdout.contains(word), "{shell} completions lack {word}");
        }
    }
    let run = run_args(&["completions", "tcsh"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bash"), "{}", run.stderr);
}

#[test]
fn help_marks_required_flags_and_verbose_traces_the_request_on_stderr() {
    let run = run_args(&["ringyo", "create-agent", "--help"]);
    assert_success(&run);
    for flag in ["--name", "--system-prompt", "--voice-id"] {
        let line = run
            .stdout
            .lines()
            .position(|l| l.trim_start().starts_with(flag))
            .unwrap_or_else(|| panic!("{flag} not in {}", run.stdout));
        let help: String = run.stdout.lines().skip(line).take(3).collect();
        assert!(
            help.contains("[required unless --body-json]"),
            "{flag}: {help}"
        );
    }

    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/workspace");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"workspace_info": {"id": "ws_1"}}));
    });
    let run = ringg(&server, &["-v", "get-workspace"]);
    assert_success(&run);
    assert!(run.stderr.contains("voiceai.request"), "{}", run.stderr);
    assert!(run.stderr.contains("url.template"), "{}", run.stderr);
    assert!(
        run.stderr.contains("http.response.status_code=200"),
        "{}",
        run.stderr
    );
    // Without -v, stderr stays empty.
    let run = ringg(&server, &["get-workspace"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}
