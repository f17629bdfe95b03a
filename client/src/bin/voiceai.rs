//! `voiceai`: every operation of the Ringg AI and Ringyo AI APIs from the command line.
//!
//! ```text
//! voiceai [--profile NAME] [--api-key KEY] [--base-url URL] [-o json|table] [-v] ringg <operation> [flags]
//! voiceai [--profile NAME] [--api-key KEY] [--base-url URL] [-o json|table] [-v] ringyo <operation> [flags]
//! voiceai ringg poll-upload-status <BULK_LIST_ID> [--interval SECONDS] [--timeout SECONDS]
//! voiceai auth login ringg|ringyo      # the key from the terminal (no echo) or stdin
//! voiceai auth status | auth logout ringg|ringyo
//! voiceai completions bash|zsh|fish|elvish|powershell
//! ```
//!
//! The subcommands are generated from the specs (`voiceai::ringg::cli`, `voiceai::ringyo::cli`);
//! this file decides how results look. The key and base URL of each API come from, in order:
//! `--api-key` / `--base-url`, then `RINGG_API_KEY` / `RINGG_BASE_URL` (`RINGYO_…`), then the
//! profile (`--profile`, else `VOICEAI_PROFILE`, else the config file's `default_profile`, else
//! `default`) in the config file (see `profiles.rs`). The key is never printed: `auth status`
//! shows its last 4 characters and where it came from.
//!
//! Output: the response as JSON on stdout (pretty on a terminal, compact when piped), or with
//! `--output table` a plain text table of a list's items. Errors: one line on stderr, nothing on
//! stdout; exit code 1 for an API or transport error, 2 for a usage error (clap's, a missing
//! key, an unreadable body file or config file). Progress (uploads, `--all`,
//! `poll-upload-status`) goes to stderr, only when stderr is a terminal, and so does a one-line
//! summary of the requests made after those long commands. `--usage` prints the client's whole
//! usage table on stderr after any command. `-v` prints the tracing of each request (span
//! fields: operation, method, path template, status, attempts) on stderr; `-vv` more.
#![forbid(unsafe_code)]

#[path = "voiceai/profiles.rs"]
mod profiles;

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

use profiles::{Api, ConfigFile, Source};

/// Exit code of an API or transport error.
const EXIT_API: u8 = 1;
/// Exit code of a usage error (clap uses 2 too).
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let matches = command().get_matches();
    init_tracing(matches.get_count("verbose"));
    match matches.subcommand() {
        Some(("completions", m)) => return completions(m),
        Some(("auth", m)) => return auth(&matches, m),
        _ => {}
    }
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
    Command::new("voiceai")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The Ringg AI and Ringyo AI voice-agent APIs from the command line")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(PRECEDENCE)
        .arg(
            Arg::new("api-key")
                .long("api-key")
                .value_name("KEY")
                .global(true)
                .help(
                    "API key [default: RINGG_API_KEY or RINGYO_API_KEY from the environment, \
                     else the profile]; visible to other users in the process list, prefer \
                     `voiceai auth login`",
                ),
        )
        .arg(
            Arg::new("base-url")
                .long("base-url")
                .value_name("URL")
                .global(true)
                .help(
                    "Base URL [default: RINGG_BASE_URL or RINGYO_BASE_URL, else the profile's, \
                     else the API's server]; http:// only for loopback",
                ),
        )
        .arg(
            Arg::new("profile")
                .long("profile")
                .short('p')
                .value_name("NAME")
                .global(true)
                .help(
                    "Profile of the config file to use [default: VOICEAI_PROFILE, else the \
                     file's default_profile, else `default`]",
                ),
        )
        .arg(
            Arg::new("verbose")
                .long("verbose")
                .short('v')
                .global(true)
                .action(clap::ArgAction::Count)
                .help(
                    "Print the tracing of each request on stderr (-v: requests, attempts, \
                     waits; -vv: more); never the key",
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
        .subcommand(api_command::<RinggCli>().subcommand(poll_upload_status_command()))
        .subcommand(api_command::<RingyoCli>())
        .subcommand(auth_command())
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script (e.g. `voiceai completions bash > ~/.local/share/bash-completion/completions/voiceai`)")
                .arg(
                    Arg::new("shell")
                        .value_name("SHELL")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell))
                        .help("bash, zsh, fish, elvish or powershell"),
                ),
        )
}

/// How the key and base URL are chosen, shown under `--help`.
const PRECEDENCE: &str = "\
Keys and base URLs, per API, first found wins:
  1. --api-key / --base-url
  2. RINGG_API_KEY, RINGG_BASE_URL / RINGYO_API_KEY, RINGYO_BASE_URL
  3. the profile (--profile, else VOICEAI_PROFILE, else default_profile, else `default`)
     in the config file: VOICEAI_CONFIG, else voiceai/config.toml in the config directory
     (~/.config on Linux), written 0600 by `voiceai auth login`";

fn auth_command() -> Command {
    let api = || {
        Arg::new("api")
            .value_name("API")
            .required(true)
            .value_parser(["ringg", "ringyo"])
            .help("ringg or ringyo")
    };
    Command::new("auth")
        .about("Keep API keys in a profile of the config file, and see which key is used")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("login")
                .about(
                    "Save an API key to the profile: typed without echo on a terminal, else \
                     read from stdin (`voiceai auth login ringyo < key.txt`); --base-url is \
                     saved too",
                )
                .arg(api()),
        )
        .subcommand(Command::new("status").about(
            "Which key (last 4 characters) and base URL each API would use, and where \
                 they come from",
        ))
        .subcommand(
            Command::new("logout")
                .about("Remove an API's key and base URL from the profile")
                .arg(api()),
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
    let state = Rc::new(State::default());
    let show_secrets = matches.get_flag("show-secrets");
    let output = |items_pointer, secret_fields| {
        let secret_fields = if show_secrets { &[][..] } else { secret_fields };
        Output::new(table, items_pointer, secret_fields, &state)
    };
    let outcome = match api {
        "ringg" if name == "poll-upload-status" => {
            let client = match build::<ringg::Client>(Api::Ringg, matches) {
                Ok(client) => client,
                Err(code) => return code,
            };
            let code = poll_upload_status(&client, op_matches, table).await;
            report_usage(matches, true, &client.usage());
            return code;
        }
        "ringg" => run_operation::<RinggCli>(matches, name, op_matches, output).await,
        "ringyo" => run_operation::<RingyoCli>(matches, name, op_matches, output).await,
        _ => Err(ExitCode::from(EXIT_USAGE)),
    };
    let (result, usage) = match outcome {
        Ok(done) => done,
        Err(code) => return code,
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

/// What the command line needs of one API's generated code (`voiceai::{api}::cli`), so that the
/// tree, the run and the output are written once for both APIs; `generated_api!` implements it.
trait GeneratedApi {
    /// Which API.
    const API: Api;
    /// The API's client.
    type Client: BuildClient + Clone;
    /// The generated `CliCommand`: one per operation.
    type Command: Copy;

    /// Every operation's command.
    fn commands() -> impl Iterator<Item = Self::Command>;
    /// The operation id of a command.
    fn operation_id(command: Self::Command) -> &'static str;
    /// The clap command of an operation, as generated.
    fn clap_command(command: Self::Command) -> Command;
    /// Where the items of a list response sit (from the spec, generated).
    fn items_pointer(command: Self::Command) -> Option<&'static str>;
    /// What the client did so far.
    fn usage(client: &Self::Client) -> voiceai::Usage;
    /// Runs the generated command with `output` as its `CliConfig`.
    async fn execute(
        client: Self::Client,
        output: Output,
        command: Self::Command,
        matches: &ArgMatches,
    ) -> anyhow::Result<()>;
}

/// Implements [`GeneratedApi`] for `$marker` with the generated module `$api`.
macro_rules! generated_api {
    ($marker:ident, $api:ident, $which:expr) => {
        struct $marker;

        impl GeneratedApi for $marker {
            const API: Api = $which;
            type Client = $api::Client;
            type Command = $api::cli::CliCommand;

            fn commands() -> impl Iterator<Item = Self::Command> {
                $api::cli::CliCommand::iter()
            }
            fn operation_id(command: Self::Command) -> &'static str {
                command.operation_id()
            }
            fn clap_command(command: Self::Command) -> Command {
                $api::cli::Cli::<Output>::get_command(command)
            }
            fn items_pointer(command: Self::Command) -> Option<&'static str> {
                command.items_pointer()
            }
            fn usage(client: &Self::Client) -> voiceai::Usage {
                client.usage()
            }
            async fn execute(
                client: Self::Client,
                output: Output,
                command: Self::Command,
                matches: &ArgMatches,
            ) -> anyhow::Result<()> {
                $api::cli::Cli::new(client, output)
                    .execute(command, matches)
                    .await
            }
        }
    };
}

generated_api!(RinggCli, ringg, Api::Ringg);
generated_api!(RingyoCli, ringyo, Api::Ringyo);

/// `voiceai ringg|ringyo`: one subcommand per operation.
fn api_command<A: GeneratedApi>() -> Command {
    let profile = A::API.profile();
    let auth = match profile.auth {
        voiceai::runtime::AuthStyle::Header(name) => name.to_ascii_uppercase(),
        voiceai::runtime::AuthStyle::Bearer => "Authorization: Bearer".to_string(),
    };
    Command::new(A::API.name())
        .about(format!("{} ({auth})", A::API.title()))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands(A::commands().map(|command| {
            A::clap_command(command).name(subcommand_name(A::operation_id(command)))
        }))
}

/// Runs the operation subcommand `name` of API `A`: the command's outcome and what the client did,
/// or the exit code when no request could be made.
async fn run_operation<A: GeneratedApi>(
    matches: &ArgMatches,
    name: &str,
    op_matches: &ArgMatches,
    output: impl FnOnce(Option<&'static str>, &'static [&'static str]) -> Output,
) -> Result<(anyhow::Result<()>, voiceai::Usage), ExitCode> {
    let client = build::<A::Client>(A::API, matches)?;
    let command = A::commands()
        .find(|c| subcommand_name(A::operation_id(*c)) == name)
        .ok_or(ExitCode::from(EXIT_USAGE))?;
    let output = output(A::items_pointer(command), A::API.profile().secret_fields);
    let probe = client.clone();
    let result = A::execute(client, output, command, op_matches).await;
    Ok((result, A::usage(&probe)))
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

/// A client for `api`: key and base URL by the precedence flag > environment > profile.
fn build<C: BuildClient>(api: Api, matches: &ArgMatches) -> Result<C, ExitCode> {
    let mut builder = ClientBuilder::<C>::new();
    let usage_error = |message: String| {
        eprintln!("error: {message}");
        ExitCode::from(EXIT_USAGE)
    };
    let profiles = Profiles::load(matches).map_err(usage_error)?;
    let resolved = profiles.resolve(api, matches);
    match resolved.key {
        // The builder reads the variable itself, and says so in a 401.
        Some((_, Source::Env(_))) => {}
        Some((key, source)) => builder = builder.api_key_from(key, source.to_string()),
        None => {
            return Err(usage_error(format!(
                "no {} API key: pass --api-key, set {}, or run `voiceai auth login {}`{}",
                api.title(),
                api.key_env(),
                api.name(),
                profiles.missing_hint(),
            )))
        }
    }
    // From the environment or the default, the builder finds it itself.
    if let (url, Source::Flag(_) | Source::Profile { .. }) = resolved.base_url {
        builder = builder.base_url(url);
    }
    builder
        .user_agent(format!("voiceai-cli/{}", env!("CARGO_PKG_VERSION")))
        .build()
        // `ConfigError` never holds the key.
        .map_err(|e| usage_error(e.to_string()))
}

/// The config file and the profile in force.
struct Profiles {
    path: std::path::PathBuf,
    file: Option<ConfigFile>,
    name: String,
}

impl Profiles {
    fn load(matches: &ArgMatches) -> Result<Self, String> {
        let path = profiles::config_path()?;
        let file = profiles::load(&path)?;
        let name = profiles::profile_name(
            matches.get_one::<String>("profile").map(String::as_str),
            file.as_ref(),
        );
        Ok(Self { path, file, name })
    }

    fn profile(&self) -> Option<&profiles::Profile> {
        self.file.as_ref()?.profiles.get(&self.name)
    }

    fn resolve(&self, api: Api, matches: &ArgMatches) -> profiles::Resolved {
        profiles::resolve(
            api,
            matches.get_one::<String>("api-key").map(String::as_str),
            matches.get_one::<String>("base-url").map(String::as_str),
            self.profile()
                .map(|p| (self.name.as_str(), p, self.path.as_path())),
        )
    }

    /// What a "no key" message adds about the profile.
    fn missing_hint(&self) -> String {
        match self.profile() {
            Some(_) => format!(
                " (profile \"{}\" in {} has none)",
                self.name,
                self.path.display()
            ),
            None => format!(" (no profile \"{}\" in {})", self.name, self.path.display()),
        }
    }
}

/// `-v`: the request path's tracing (our crate only) on stderr.
fn init_tracing(verbosity: u8) {
    use tracing_subscriber::fmt::format::FmtSpan;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    if verbosity == 0 {
        return;
    }
    let level = if verbosity == 1 {
        tracing::Level::DEBUG
    } else {
        tracing::Level::TRACE
    };
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false)
        .with_span_events(FmtSpan::CLOSE);
    let _ = tracing_subscriber::registry()
        .with(layer)
        .with(tracing_subscriber::filter::Targets::new().with_target("voiceai", level))
        .try_init();
}

fn completions(matches: &ArgMatches) -> ExitCode {
    let Some(shell) = matches.get_one::<clap_complete::Shell>("shell") else {
        return ExitCode::from(EXIT_USAGE);
    };
    clap_complete::generate(*shell, &mut command(), "voiceai", &mut std::io::stdout());
    ExitCode::SUCCESS
}

fn auth(global: &ArgMatches, matches: &ArgMatches) -> ExitCode {
    let result = match matches.subcommand() {
        Some(("login", m)) => auth_login(global, m),
        Some(("status", _)) => auth_status(global),
        Some(("logout", m)) => auth_logout(global, m),
        _ => return ExitCode::from(EXIT_USAGE),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn api_arg(matches: &ArgMatches) -> Result<Api, String> {
    matches
        .get_one::<String>("api")
        .and_then(|a| Api::parse(a))
        .ok_or_else(|| "name the API: ringg or ringyo".to_string())
}

fn auth_login(global: &ArgMatches, matches: &ArgMatches) -> Result<(), String> {
    let api = api_arg(matches)?;
    let Profiles { path, file, name } = Profiles::load(global)?;
    let mut file = file.unwrap_or_default();
    let key = read_key(api, &name)?;
    let base_url = global.get_one::<String>("base-url").cloned();
    match api {
        Api::Ringg => check_key::<ringg::Client>(&key, base_url.as_deref()),
        Api::Ringyo => check_key::<ringyo::Client>(&key, base_url.as_deref()),
    }
    .map_err(|e| format!("not saved: {e}"))?;
    let hint = profiles::key_hint(&key);
    file.profiles
        .entry(name.clone())
        .or_default()
        .set(api, Some(key), base_url);
    profiles::save(&path, &file)?;
    eprintln!(
        "Saved the {} key {hint} to profile \"{name}\" in {} (readable by you only).",
        api.title(),
        path.display()
    );
    if std::env::var(api.key_env()).is_ok_and(|v| !v.trim().is_empty()) {
        eprintln!(
            "Note: {} is set in this environment and takes precedence over the profile.",
            api.key_env()
        );
    }
    Ok(())
}

/// The same checks as any client makes: a key that can be a header, a usable base URL.
fn check_key<C: BuildClient>(
    key: &str,
    base_url: Option<&str>,
) -> Result<(), voiceai::ConfigError> {
    let mut builder = ClientBuilder::<C>::new().read_env(false).api_key(key);
    if let Some(url) = base_url {
        builder = builder.base_url(url);
    }
    builder.build().map(drop)
}

/// The key: typed without echo on a terminal, else the first line of stdin.
fn read_key(api: Api, profile: &str) -> Result<String, String> {
    let key = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!(
            "{} API key for profile \"{profile}\" (input hidden): ",
            api.title()
        ))
        .map_err(|e| format!("cannot read the key from the terminal: {e}"))?
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read the key from stdin: {e}"))?;
        line
    };
    let key = key.trim().to_string();
    if key.is_empty() {
        return Err(format!(
            "no key given: type it at the prompt, or pipe it in (`voiceai auth login {} < key.txt`)",
            api.name()
        ));
    }
    Ok(key)
}

fn auth_status(global: &ArgMatches) -> Result<(), String> {
    let profiles = Profiles::load(global)?;
    let state = match (&profiles.file, profiles.profile()) {
        (None, _) => " (no config file yet)".to_string(),
        (Some(_), None) => format!(" (no profile \"{}\" in it)", profiles.name),
        (Some(_), Some(_)) => String::new(),
    };
    println!(
        "config: {}{state}\nprofile: {}",
        profiles.path.display(),
        profiles.name
    );
    for api in Api::ALL {
        let resolved = profiles.resolve(api, global);
        match &resolved.key {
            Some((key, source)) => println!(
                "{}: key {} from {source}",
                api.name(),
                profiles::key_hint(key)
            ),
            None => println!(
                "{}: no key (pass --api-key, set {}, or run `voiceai auth login {}`)",
                api.name(),
                api.key_env(),
                api.name()
            ),
        }
        let (url, source) = &resolved.base_url;
        println!("  base URL {url} ({source})");
    }
    Ok(())
}

fn auth_logout(global: &ArgMatches, matches: &ArgMatches) -> Result<(), String> {
    let api = api_arg(matches)?;
    let Profiles { path, file, name } = Profiles::load(global)?;
    let Some(mut file) = file else {
        return Err(format!("no config file at {}", path.display()));
    };
    let Some(profile) = file.profiles.get_mut(&name) else {
        return Err(format!("no profile \"{name}\" in {}", path.display()));
    };
    if profile.key(api).is_none() && profile.base_url(api).is_none() {
        return Err(format!(
            "profile \"{name}\" in {} holds nothing for {}",
            path.display(),
            api.name()
        ));
    }
    profile.set(api, None, None);
    match api {
        Api::Ringg => profile.ringg_base_url = None,
        Api::Ringyo => profile.ringyo_base_url = None,
    }
    if profile.is_empty() {
        file.profiles.remove(&name);
    }
    profiles::save(&path, &file)?;
    eprintln!(
        "Removed the {} key from profile \"{name}\" in {}.",
        api.title(),
        path.display()
    );
    Ok(())
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

/// The rows of a table: the items at `items_pointer`, where the generated
/// `CliCommand::items_pointer` says a list response holds them (`""` for a bare array); else a
/// bare array's elements; else the value itself as one row. Nothing is guessed: a response whose
/// spec names no list is one row.
fn table_rows(value: &Value, items_pointer: Option<&str>) -> Vec<Value> {
    match items_pointer
        .and_then(|p| value.pointer(p))
        .unwrap_or(value)
    {
        Value::Array(items) => items.clone(),
        _ => vec![value.clone()],
    }
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
        // Without a pointer nothing is guessed: the page is one row.
        assert_eq!(table_rows(&page, None), vec![page.clone()]);
        // A pointer to where the spec says the items are, but the server sent no list there:
        // the value is one row, not an error.
        assert_eq!(table_rows(&page, Some("/items")), vec![page.clone()]);
        assert_eq!(table_rows(&page, Some("/total")), vec![page.clone()]);
        // A bare array.
        assert_eq!(table_rows(&json!([{"id": "x"}]), Some("")).len(), 1);
        // A single object is one row.
        assert_eq!(
            table_rows(&json!({"id": "x"}), None),
            vec![json!({"id": "x"})]
        );
        assert_eq!(render_table(&[]), "");
    }
}
