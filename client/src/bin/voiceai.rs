//! `voiceai`: every operation of the Ringg AI and Ringyo AI APIs from the command line.
//!
//! ```text
//! voiceai [--api-key KEY] [--base-url URL] [--output json|table] [--usage] ringg <operation> [flags]
//! voiceai [--api-key KEY] [--base-url URL] [--output json|table] [--usage] ringyo <operation> [flags]
//! voiceai ringg poll-upload-status <BULK_LIST_ID> [--interval SECONDS] [--timeout SECONDS]
//! ```
//!
//! The subcommands are generated from the specs (`voiceai::ringg::cli`, `voiceai::ringyo::cli`);
//! this file decides how results look. The key and base URL fall back to `RINGG_API_KEY` /
//! `RINGG_BASE_URL` and `RINGYO_API_KEY` / `RINGYO_BASE_URL`; the key is never printed.
//!
//! Output: the response as JSON on stdout (pretty on a terminal, compact when piped), or with
//! `--output table` a plain text table of a list's items. Errors: one line on stderr, nothing on
//! stdout; exit code 1 for an API or transport error, 2 for a usage error (clap's, a missing
//! key, an unreadable body file). Progress (uploads, `--all`, `poll-upload-status`) goes to
//! stderr, only when stderr is a terminal, and so does a one-line summary of the requests made
//! after those long commands. `--usage` prints the client's whole usage table on stderr after
//! any command: requests per operation, failures by class, retries, 429s met, time in the rate
//! limiter and the server's rate-limit headroom.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant};

use clap::{Arg, ArgMatches, Command};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use serde_json::Value;
use voiceai::ringg::types::{LargeCampaignUploadStatus, LargeUploadStatus};
use voiceai::runtime::config::{BuildClient, ClientBuilder};
use voiceai::{ringg, ringyo, Response};

/// Exit code of an API or transport error.
const EXIT_API: u8 = 1;
/// Exit code of a usage error (clap uses 2 too).
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let matches = command().get_matches();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(EXIT_API);
        }
    };
    runtime.block_on(run(&matches))
}

/// The whole command tree: global flags, then `ringg` and `ringyo` with one subcommand per
/// operation.
fn command() -> Command {
    let ringg_ops = ringg::cli::CliCommand::iter().map(|cmd| {
        ringg::cli::Cli::<Output>::get_command(cmd).name(subcommand_name(cmd.operation_id()))
    });
    let ringyo_ops = ringyo::cli::CliCommand::iter().map(|cmd| {
        ringyo::cli::Cli::<Output>::get_command(cmd).name(subcommand_name(cmd.operation_id()))
    });
    Command::new("voiceai")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The Ringg AI and Ringyo AI voice-agent APIs from the command line")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .arg(
            Arg::new("api-key")
                .long("api-key")
                .value_name("KEY")
                .global(true)
                .help("API key [default: RINGG_API_KEY or RINGYO_API_KEY from the environment]"),
        )
        .arg(
            Arg::new("base-url")
                .long("base-url")
                .value_name("URL")
                .global(true)
                .help(
                    "Base URL [default: RINGG_BASE_URL or RINGYO_BASE_URL, else the API's \
                     server]; http:// only for loopback",
                ),
        )
        .arg(
            Arg::new("show-secrets")
                .long("show-secrets")
                .global(true)
                .action(clap::ArgAction::SetTrue)
                .help(
                    "Print secrets the server returns (a workspace's api_key, a regenerated key, \
                     a webhook's signing secret); they are shown as [redacted] otherwise",
                ),
        )
        .arg(
            Arg::new("usage")
                .long("usage")
                .global(true)
                .action(clap::ArgAction::SetTrue)
                .help(
                    "Print what the command did on stderr afterwards: requests per operation, \
                     failures by class, retries, 429s met, time in the rate limiter, and the \
                     server's rate-limit headroom",
                ),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("FORMAT")
                .global(true)
                .value_parser(["json", "table"])
                .default_value("json")
                .help("json, or table: a list's items as a plain text table"),
        )
        .subcommand(
            Command::new("ringg")
                .about("Ringg AI (X-API-KEY)")
                .subcommand_required(true)
                .arg_required_else_help(true)
                .subcommands(ringg_ops)
                .subcommand(poll_upload_status_command()),
        )
        .subcommand(
            Command::new("ringyo")
                .about("Ringyo AI (Authorization: Bearer)")
                .subcommand_required(true)
                .arg_required_else_help(true)
                .subcommands(ringyo_ops),
        )
}

/// `get_workspace` → `get-workspace`.
fn subcommand_name(operation_id: &str) -> String {
    operation_id.replace('_', "-")
}

fn poll_upload_status_command() -> Command {
    Command::new("poll-upload-status")
        .about(
            "Wait for a large campaign CSV upload: polls get-large-campaign-upload-status until \
             the status is completed, ready or failed, then prints it (exit code 1 when failed)",
        )
        .arg(
            Arg::new("bulk_list_id")
                .value_name("BULK_LIST_ID")
                .required(true)
                .help("The bulk_list_id that upload-large-campaign-csv returned"),
        )
        .arg(
            Arg::new("interval")
                .long("interval")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(f64))
                .default_value("5")
                .help("Seconds between polls"),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(f64))
                .help("Give up after this many seconds (default: wait as long as it takes)"),
        )
}

async fn run(matches: &ArgMatches) -> ExitCode {
    let Some((api, api_matches)) = matches.subcommand() else {
        return ExitCode::from(EXIT_USAGE);
    };
    let Some((name, op_matches)) = api_matches.subcommand() else {
        return ExitCode::from(EXIT_USAGE);
    };
    let table = matches.get_one::<String>("output").map(String::as_str) == Some("table");
    let show_secrets = matches.get_flag("show-secrets");
    let secrets = |fields: &'static [&'static str]| if show_secrets { &[][..] } else { fields };
    let state = Rc::new(State::default());
    let (result, usage) = match api {
        "ringg" => {
            let client = match build(ringg::Client::builder(), matches) {
                Ok(client) => client,
                Err(code) => return code,
            };
            if name == "poll-upload-status" {
                let code = poll_upload_status(&client, op_matches, table).await;
                report_usage(matches, true, &client.usage());
                return code;
            }
            let Some(cmd) =
                ringg::cli::CliCommand::iter().find(|c| subcommand_name(c.operation_id()) == name)
            else {
                return ExitCode::from(EXIT_USAGE);
            };
            let output = Output::new(
                table,
                cmd.items_pointer(),
                secrets(ringg::API.secret_fields),
                &state,
            );
            let probe = client.clone();
            let result = ringg::cli::Cli::new(client, output)
                .execute(cmd, op_matches)
                .await;
            (result, probe.usage())
        }
        "ringyo" => {
            let client = match build(ringyo::Client::builder(), matches) {
                Ok(client) => client,
                Err(code) => return code,
            };
            let Some(cmd) =
                ringyo::cli::CliCommand::iter().find(|c| subcommand_name(c.operation_id()) == name)
            else {
                return ExitCode::from(EXIT_USAGE);
            };
            let output = Output::new(
                table,
                cmd.items_pointer(),
                secrets(ringyo::API.secret_fields),
                &state,
            );
            let probe = client.clone();
            let result = ringyo::cli::Cli::new(client, output)
                .execute(cmd, op_matches)
                .await;
            (result, probe.usage())
        }
        _ => return ExitCode::from(EXIT_USAGE),
    };
    state.clear_progress();
    let listed_all = op_matches.try_get_one::<bool>("all").ok().flatten() == Some(&true);
    report_usage(matches, listed_all, &usage);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => match state.api_error.borrow_mut().take() {
            // The request was made and failed: `voiceai::Error`'s one-line message.
            Some(message) => {
                eprintln!("error: {message}");
                ExitCode::from(EXIT_API)
            }
            // Nothing was sent: the input could not be read.
            None => {
                eprintln!("error: {error:#}");
                ExitCode::from(EXIT_USAGE)
            }
        },
    }
}

/// What the command did, on stderr: the whole table with `--usage`; one line after a long
/// command (`--all`, `poll-upload-status`) when stderr is a terminal.
fn report_usage(matches: &ArgMatches, long_running: bool, usage: &voiceai::Usage) {
    if matches.get_flag("usage") {
        eprint!("{usage}");
    } else if long_running && std::io::stderr().is_terminal() {
        eprintln!("{}", usage.summary());
    }
}

/// A client from the global flags, falling back to the environment.
fn build<C: BuildClient>(
    mut builder: ClientBuilder<C>,
    matches: &ArgMatches,
) -> Result<C, ExitCode> {
    if let Some(key) = matches.get_one::<String>("api-key") {
        builder = builder.api_key(key.clone());
    }
    if let Some(url) = matches.get_one::<String>("base-url") {
        builder = builder.base_url(url.clone());
    }
    builder
        .user_agent(format!("voiceai-cli/{}", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            // `ConfigError` never holds the key.
            match e {
                voiceai::ConfigError::MissingApiKey { env } => {
                    eprintln!("error: no API key: set {env} or pass --api-key")
                }
                other => eprintln!("error: {other}"),
            }
            ExitCode::from(EXIT_USAGE)
        })
}

/// What the hooks share with `run` (the `Cli` owns its `CliConfig`).
#[derive(Default)]
struct State {
    /// The message of the API or transport error a request ended with.
    api_error: RefCell<Option<String>>,
    /// Items collected by `--all`.
    items: RefCell<Vec<Value>>,
    /// The spinner or counter on stderr, if any.
    progress: RefCell<Option<ProgressBar>>,
}

impl State {
    fn clear_progress(&self) {
        if let Some(bar) = self.progress.borrow_mut().take() {
            bar.finish_and_clear();
        }
    }

    fn start_progress(&self, bar: ProgressBar) {
        self.clear_progress();
        *self.progress.borrow_mut() = Some(bar);
    }
}

/// How the generated commands print: the `CliConfig` of both APIs.
struct Output {
    table: bool,
    items_pointer: Option<&'static str>,
    /// Fields printed as `[redacted]` (none with `--show-secrets`).
    secret_fields: &'static [&'static str],
    state: Rc<State>,
}

impl Output {
    fn new(
        table: bool,
        items_pointer: Option<&'static str>,
        secret_fields: &'static [&'static str],
        state: &Rc<State>,
    ) -> Self {
        Self {
            table,
            items_pointer,
            secret_fields,
            state: state.clone(),
        }
    }

    fn print(&self, value: &Value, items_pointer: Option<&str>) {
        self.state.clear_progress();
        let mut redacted;
        let value = if self.secret_fields.is_empty() {
            value
        } else {
            redacted = value.clone();
            voiceai::runtime::error::redact_json(
                &mut redacted,
                self.secret_fields,
                &mut Vec::new(),
            );
            &redacted
        };
        if self.table {
            print!("{}", render_table(&table_rows(value, items_pointer)));
        } else {
            print_json(value);
        }
    }

    fn fail(&self, message: String) {
        self.state.clear_progress();
        *self.state.api_error.borrow_mut() = Some(message);
    }

    fn upload_spinner(&self, what: &str) {
        self.state
            .start_progress(spinner(&format!("uploading {what}…")));
    }
}

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// JSON on stdout: pretty on a terminal, compact when piped.
fn print_json(value: &Value) {
    let text = if std::io::stdout().is_terminal() {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    println!("{}", text.unwrap_or_default());
}

/// A spinner on stderr when it is a terminal; a hidden bar otherwise.
fn spinner(message: &str) -> ProgressBar {
    ticking("{spinner} {msg} {elapsed}").with_message(message.to_string())
}

/// A counter of fetched items on stderr when it is a terminal.
fn counter() -> ProgressBar {
    ticking("{spinner} {pos} items fetched {elapsed}")
}

/// A steadily ticking bar with `template` on stderr when it is a terminal; a hidden bar
/// otherwise (piped output stays quiet).
fn ticking(template: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// `CliConfig` for one API: the same output for both, plus `$extra` hooks.
macro_rules! cli_config {
    ($api:ident { $($extra:item)* }) => {
        impl $api::cli::CliConfig for Output {
            fn success_item<T>(&self, value: &Response<T>)
            where
                T: Serialize + std::fmt::Debug,
            {
                self.print(&to_json(&**value), self.items_pointer);
            }

            fn success_no_item(&self, _value: &Response<()>) {
                self.state.clear_progress();
            }

            fn error(&self, error: &voiceai::Error) {
                self.fail(error.to_string());
            }

            fn list_start<T>(&self)
            where
                T: Serialize + std::fmt::Debug,
            {
                self.state.items.borrow_mut().clear();
                self.state.start_progress(counter());
            }

            fn list_item<T>(&self, value: &T)
            where
                T: Serialize + std::fmt::Debug,
            {
                self.state.items.borrow_mut().push(to_json(value));
                if let Some(bar) = self.state.progress.borrow().as_ref() {
                    bar.inc(1);
                }
            }

            fn list_end_success<T>(&self)
            where
                T: Serialize + std::fmt::Debug,
            {
                let items = Value::Array(self.state.items.take());
                self.print(&items, Some(""));
            }

            fn list_end_error(&self, error: &voiceai::Error) {
                self.fail(error.to_string());
            }

            fn list_end_stream_error(&self, error: &voiceai::Error) {
                self.fail(error.to_string());
            }

            $($extra)*
        }
    };
}

cli_config!(ringg {
    fn execute_upload_campaign_contact_list(
        &self,
        _matches: &ArgMatches,
        _request: &mut ringg::builder::UploadCampaignContactList,
    ) -> anyhow::Result<()> {
        self.upload_spinner("the contact list");
        Ok(())
    }

    fn execute_upload_large_campaign_csv(
        &self,
        _matches: &ArgMatches,
        _request: &mut ringg::builder::UploadLargeCampaignCsv,
    ) -> anyhow::Result<()> {
        self.upload_spinner("the campaign CSV");
        Ok(())
    }

    fn execute_create_knowledge_base(
        &self,
        _matches: &ArgMatches,
        _request: &mut ringg::builder::CreateKnowledgeBase,
    ) -> anyhow::Result<()> {
        self.upload_spinner("the knowledge base");
        Ok(())
    }

    fn execute_edit_knowledge_base(
        &self,
        _matches: &ArgMatches,
        _request: &mut ringg::builder::EditKnowledgeBase,
    ) -> anyhow::Result<()> {
        self.upload_spinner("the knowledge base changes");
        Ok(())
    }
});

cli_config!(ringyo {});

/// `ringg poll-upload-status`: polls until the upload reaches a final status.
async fn poll_upload_status(client: &ringg::Client, matches: &ArgMatches, table: bool) -> ExitCode {
    let Some(id) = matches.get_one::<String>("bulk_list_id") else {
        return ExitCode::from(EXIT_USAGE);
    };
    let interval = matches.get_one::<f64>("interval").copied().unwrap_or(5.0);
    let timeout = matches.get_one::<f64>("timeout").copied();
    let (Ok(interval), Ok(timeout)) = (
        Duration::try_from_secs_f64(interval),
        timeout.map(Duration::try_from_secs_f64).transpose(),
    ) else {
        eprintln!("error: --interval and --timeout take a non-negative number of seconds");
        return ExitCode::from(EXIT_USAGE);
    };
    let started = Instant::now();
    let bar = spinner(&format!("upload {id}: waiting"));
    let done = |bar: &ProgressBar, status: &LargeCampaignUploadStatus| {
        bar.finish_and_clear();
        let value = to_json(status);
        if table {
            print!("{}", render_table(&table_rows(&value, None)));
        } else {
            print_json(&value);
        }
    };
    loop {
        let status = match client
            .get_large_campaign_upload_status()
            .bulk_list_id(id.as_str())
            .send()
            .await
        {
            Ok(response) => response.into_inner(),
            Err(e) => {
                bar.finish_and_clear();
                eprintln!("error: {e}");
                return ExitCode::from(EXIT_API);
            }
        };
        match &status.status {
            Some(LargeUploadStatus::Completed | LargeUploadStatus::Ready) => {
                done(&bar, &status);
                return ExitCode::SUCCESS;
            }
            Some(LargeUploadStatus::Failed) => {
                done(&bar, &status);
                eprintln!("error: upload {id} failed");
                return ExitCode::from(EXIT_API);
            }
            other => {
                let name = other.as_ref().map_or("unknown", |s| s.as_str());
                bar.set_message(format!("upload {id}: {name}"));
                if let (Some(total), Some(processed)) = (status.total_rows, status.processed_rows) {
                    bar.set_length(u64::try_from(total).unwrap_or(0));
                    bar.set_position(u64::try_from(processed).unwrap_or(0));
                    if let Ok(style) = ProgressStyle::with_template(
                        "{spinner} {msg} [{bar:30}] {pos}/{len} rows {elapsed}",
                    ) {
                        bar.set_style(style);
                    }
                }
            }
        }
        if timeout.is_some_and(|t| started.elapsed() + interval > t) {
            bar.finish_and_clear();
            let last = status.status.as_ref().map_or("unknown", |s| s.as_str());
            eprintln!(
                "error: upload {id} still {last} after {:.0} s; giving up",
                started.elapsed().as_secs_f64()
            );
            return ExitCode::from(EXIT_API);
        }
        tokio::time::sleep(interval).await;
    }
}

/// The rows of a table: the items at `items_pointer` (`""` for a bare array); without one, a
/// bare array, else the one array of objects at the top level or in `data`, else the value itself
/// as a single row.
fn table_rows(value: &Value, items_pointer: Option<&str>) -> Vec<Value> {
    if let Some(Value::Array(items)) = items_pointer.and_then(|p| value.pointer(p)) {
        return items.clone();
    }
    if let Value::Array(items) = value {
        return items.clone();
    }
    let sole_list = |v: &Value| -> Option<Vec<Value>> {
        let lists: Vec<&Vec<Value>> = v
            .as_object()?
            .values()
            .filter_map(Value::as_array)
            .filter(|a| a.iter().all(Value::is_object))
            .collect();
        match lists.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    };
    sole_list(value)
        .or_else(|| value.get("data").and_then(sole_list))
        .unwrap_or_else(|| vec![value.clone()])
}

/// A plain text table: one column per top-level scalar field of the rows (`id` and `name` first,
/// then in the order they come), a header, a rule, one line per row. Nested values are left out.
fn render_table(rows: &[Value]) -> String {
    let mut columns: Vec<&str> = Vec::new();
    for row in rows {
        if let Some(object) = row.as_object() {
            for (key, value) in object {
                let scalar = !(value.is_object() || value.is_array());
                if scalar && !columns.contains(&key.as_str()) {
                    columns.push(key);
                }
            }
        }
    }
    if columns.is_empty() {
        return String::new();
    }
    columns.sort_by_key(|c| match *c {
        "id" => 0,
        "name" => 1,
        _ => 2,
    });
    let cell = |row: &Value, column: &str| -> String {
        match row.get(column) {
            Some(Value::String(s)) => s.replace(['\n', '\r', '\t'], " "),
            Some(Value::Null) | None => String::new(),
            Some(v @ (Value::Number(_) | Value::Bool(_))) => v.to_string(),
            Some(_) => String::new(),
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| columns.iter().map(|c| cell(row, c)).collect())
        .collect();
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([c.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |values: &[String]| -> String {
        let mut out = String::new();
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(value);
            let pad = widths[i].saturating_sub(value.chars().count());
            out.extend(std::iter::repeat_n(' ', pad));
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    };
    let header: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let mut out = line(&header);
    out.push_str(&line(&rule));
    for row in &cells {
        out.push_str(&line(row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_operation_has_a_distinct_subcommand() {
        command().debug_assert();
    }

    #[test]
    fn tables_list_scalar_fields_of_the_items() {
        let page = json!({
            "data": [
                {"id": "a1", "name": "Sales", "calls": 3, "tags": ["x"]},
                {"id": "b22", "active": true, "name": null}
            ],
            "total": 2
        });
        let table = render_table(&table_rows(&page, Some("/data")));
        assert_eq!(
            table,
            "id   name   calls  active\n\
             ---  -----  -----  ------\n\
             a1   Sales  3\n\
             b22                true\n"
        );
        // Without a pointer: the one list of objects inside `data`.
        assert_eq!(table_rows(&page, None).len(), 2);
        // A single object is one row.
        assert_eq!(
            table_rows(&json!({"id": "x"}), None),
            vec![json!({"id": "x"})]
        );
        assert_eq!(render_table(&[]), "");
    }
}
