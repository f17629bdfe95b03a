//! Building a client: key and base URL from explicit values or the environment, timeouts,
//! retries, rate limits, scopes.

use std::collections::BTreeSet;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use super::limiter::{Backend, PlanLimiter};
use super::rate_limit::RateLimiter;
use super::retry::RetryPolicy;
use super::secret::{ApiKey, KeyError, KeySource};
use super::state::{ClientState, Settings, Sleeper};
use super::ApiProfile;

/// Why a client could not be built. Never contains the key. `Debug` prints the sentence too
/// (`{:#?}` the variant and its fields).
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No key was given and the environment variable is unset or empty.
    #[error("no API key: set the {env} environment variable or call .api_key(..) on the builder")]
    MissingApiKey {
        /// The variable that was read.
        env: &'static str,
    },
    /// The key was refused.
    #[error("invalid API key{}: {error}", .source_name.map(|s| format!(" from {s}")).unwrap_or_default())]
    InvalidApiKey {
        /// Where it came from (an environment variable), if not given explicitly.
        source_name: Option<&'static str>,
        /// Why.
        error: KeyError,
    },
    /// The base URL cannot be used.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// Why.
        reason: String,
    },
    /// The HTTP client could not be built.
    #[error("cannot build the HTTP client: {0}")]
    Http(String),
    /// The shared rate limit (`shared_rate_limit`) cannot be used: its URL is not a Redis URL,
    /// or the client has no limit to share.
    #[error("shared rate limit: {0}")]
    SharedLimit(String),
}

impl std::fmt::Debug for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !f.alternate() {
            return std::fmt::Display::fmt(self, f);
        }
        match self {
            ConfigError::MissingApiKey { env } => {
                f.debug_struct("MissingApiKey").field("env", env).finish()
            }
            ConfigError::InvalidApiKey { source_name, error } => f
                .debug_struct("InvalidApiKey")
                .field("source_name", source_name)
                .field("error", error)
                .finish(),
            ConfigError::InvalidBaseUrl { url, reason } => f
                .debug_struct("InvalidBaseUrl")
                .field("url", url)
                .field("reason", reason)
                .finish(),
            ConfigError::Http(reason) => f.debug_tuple("Http").field(reason).finish(),
            ConfigError::SharedLimit(reason) => f.debug_tuple("SharedLimit").field(reason).finish(),
        }
    }
}

/// Implemented by generated clients so one builder serves both APIs. Not a public API.
#[doc(hidden)]
pub trait BuildClient: Sized {
    /// The API's settings.
    fn profile() -> &'static ApiProfile;
    /// Assembles the client from what [`ClientBuilder::build`] checked.
    fn from_parts(parts: ClientParts) -> Self;
}

/// What a client is made of, as only [`ClientBuilder::build`] can make it: a checked base URL,
/// an HTTP client with the same-origin redirect policy, and the runtime state. Generated
/// clients have no other constructor, so none skips those checks.
#[doc(hidden)]
pub struct ClientParts {
    base_url: String,
    http: reqwest::Client,
    state: ClientState,
}

impl ClientParts {
    /// The base URL, the HTTP client and the state.
    pub fn into_parts(self) -> (String, reqwest::Client, ClientState) {
        (self.base_url, self.http, self.state)
    }
}

/// Settings shared by both clients' builders.
#[derive(Clone)]
pub(crate) struct ClientConfig {
    pub(crate) api_key: Option<String>,
    /// Where `api_key` came from, when the caller said (`api_key_from`).
    pub(crate) api_key_source: Option<String>,
    pub(crate) base_url: Option<String>,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) retry_budget: u32,
    pub(crate) max_response_size: u64,
    /// `None`: the API's default (from the spec's top-level `x-rate-limit`); `Some(None)`: off.
    pub(crate) rate_limit: Option<Option<(u32, Duration)>>,
    #[cfg(feature = "redis")]
    pub(crate) shared_limit: Option<super::shared_limit::SharedLimit>,
    pub(crate) operation_limits: bool,
    pub(crate) scopes: Option<BTreeSet<String>>,
    pub(crate) user_agent: String,
    pub(crate) sleeper: Option<Sleeper>,
    pub(crate) read_env: bool,
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            api_key: None,
            api_key_source: None,
            base_url: None,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            retry_budget: 500,
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            rate_limit: None,
            #[cfg(feature = "redis")]
            shared_limit: None,
            operation_limits: true,
            scopes: None,
            user_agent: format!("voiceai-rust/{}", env!("CARGO_PKG_VERSION")),
            sleeper: None,
            read_env: true,
        }
    }
}

/// The largest response body a client accepts unless told otherwise: 16 MiB, twenty times the
/// largest page either API documents (1,000 Ringg call records, about 830 KiB).
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 16 * 1024 * 1024;

/// Builder for a generated client (`voiceai::ringg::Client::builder()`).
pub struct ClientBuilder<C> {
    config: ClientConfig,
    _client: PhantomData<fn() -> C>,
}

impl<C> std::fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.config.fmt(f)
    }
}

impl<C: BuildClient> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C: BuildClient> ClientBuilder<C> {
    /// A builder with the defaults: key and base URL from the environment, 60 s timeout,
    /// 10 s connect timeout, 2 retries.
    pub fn new() -> Self {
        Self {
            config: ClientConfig::default(),
            _client: PhantomData,
        }
    }

    /// The API key. Without it, the key is read from the API's environment variable.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.config.api_key = Some(key.into());
        self.config.api_key_source = None;
        self
    }

    /// The API key, with where it came from (`profile "work" in ~/.config/voiceai/config.toml`,
    /// `the vault path secret/voice`): a 401 names it, so the user knows which key to fix.
    pub fn api_key_from(mut self, key: impl Into<String>, source: impl Into<String>) -> Self {
        self.config.api_key = Some(key.into());
        self.config.api_key_source = Some(source.into());
        self
    }

    /// The base URL (scheme, host, optional port and path stem). Without it, the API's
    /// `*_BASE_URL` environment variable, then the spec's server URL. `http://` is refused
    /// except for loopback hosts.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.config.base_url = Some(url.into());
        self
    }

    /// Whether to read the environment for a key and base URL not given explicitly (default:
    /// yes).
    pub fn read_env(mut self, read: bool) -> Self {
        self.config.read_env = read;
        self
    }

    /// Total time for one attempt, from sending to the end of the body (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout;
        self
    }

    /// Time to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// The retry policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Retries after the first attempt (0 disables retrying).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.config.retry.max_retries = retries;
        self
    }

    /// Size of the retry budget shared by the client and its clones (default 500 tokens; a
    /// retry costs 5, a retry after a timeout 10, a success returns 1).
    pub fn retry_budget(mut self, tokens: u32) -> Self {
        self.config.retry_budget = tokens;
        self
    }

    /// The largest response body to accept, in bytes (default 16 MiB). A larger answer is
    /// refused as soon as its `Content-Length` says so, or once that many bytes have been read,
    /// with [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge); memory stays bounded
    /// whatever the server sends. Error bodies are read up to 64 KiB (or this limit, if lower)
    /// and the rest dropped.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.config.max_response_size = bytes;
        self
    }

    /// A client-side limit of `requests` per `window` for all requests of this client and its
    /// clones; requests over it wait.
    pub fn rate_limit(mut self, requests: u32, window: Duration) -> Self {
        self.config.rate_limit = Some(Some((requests, window)));
        self
    }

    /// Turns client-side limiting off, the API's default limit and the per-operation limits
    /// alike (the server's 429s are still retried).
    pub fn no_rate_limit(mut self) -> Self {
        self.config.rate_limit = Some(None);
        self.config.operation_limits = false;
        self
    }

    /// Keeps the plan limit (the API's default, `rate_limit` or `plan`) in Redis, shared by
    /// every process that names the same Redis and uses the same key, instead of in this
    /// process alone. What happens when Redis fails is set on the [`SharedLimit`]
    /// (`crate::SharedLimit`): by default a local limit at a quarter of the plan, logged once.
    /// Feature `redis`.
    ///
    /// [`SharedLimit`]: crate::SharedLimit
    #[cfg(feature = "redis")]
    pub fn shared_rate_limit(mut self, shared: super::shared_limit::SharedLimit) -> Self {
        self.config.shared_limit = Some(shared);
        self
    }

    /// Whether the documented per-operation limits of the spec apply (default: yes).
    pub fn operation_limits(mut self, on: bool) -> Self {
        self.config.operation_limits = on;
        self
    }

    /// The scopes the key holds. When set, an operation needing another scope fails before
    /// anything is sent.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.config.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = user_agent.into();
        self
    }

    /// Replaces how the runtime waits: between retries, and in the client-side rate limiters
    /// (tests use it to record waits instead of sleeping). A sleeper that returns before the
    /// time it was given has passed moves the local limiter's clock forward by the difference,
    /// so a recording sleeper skips limiter waits too; a shared limit (Redis) still waits the
    /// rest out, since other processes count on it.
    pub fn sleeper<F, Fut>(mut self, sleep: F) -> Self
    where
        F: Fn(Duration) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        self.config.sleeper = Some(Arc::new(move |d| Box::pin(sleep(d))));
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<C, ConfigError> {
        let profile = C::profile();
        let config = self.config;
        let (key, key_source) = match &config.api_key {
            Some(key) => (key.clone(), None),
            None if config.read_env => match std::env::var(profile.api_key_env) {
                Ok(key) if !key.trim().is_empty() => (key, Some(profile.api_key_env)),
                _ => {
                    return Err(ConfigError::MissingApiKey {
                        env: profile.api_key_env,
                    })
                }
            },
            None => {
                return Err(ConfigError::MissingApiKey {
                    env: profile.api_key_env,
                })
            }
        };
        let key = ApiKey::new(key).map_err(|error| ConfigError::InvalidApiKey {
            source_name: key_source,
            error,
        })?;
        let key_source = match (key_source, &config.api_key_source) {
            (Some(var), _) => KeySource::Env(var),
            (None, Some(named)) => KeySource::Named(named.clone()),
            (None, None) => KeySource::Builder,
        };
        let base_url = match &config.base_url {
            Some(url) => url.clone(),
            None => config
                .read_env
                .then(|| std::env::var(profile.base_url_env).ok())
                .flatten()
                .filter(|u| !u.trim().is_empty())
                .unwrap_or_else(|| profile.default_base_url.to_string()),
        };
        let base_url = check_base_url(&base_url)?;
        let http = http_client(&config)?;
        let limit = match config.rate_limit {
            Some(explicit) => explicit,
            None => profile
                .default_rate_limit
                .map(|l| (l.requests, Duration::from_secs(l.per_seconds))),
        };
        let configured = config.rate_limit.is_some();
        let max_pause = config.retry.max_server_wait;
        #[cfg(feature = "redis")]
        let shared = match (config.shared_limit, limit) {
            (Some(_), None) => {
                return Err(ConfigError::SharedLimit(
                    "the client has no plan limit to share (set rate_limit or plan)".into(),
                ))
            }
            (Some(settings), Some((requests, window))) => Some(
                super::shared_limit::RedisLimiter::new(
                    profile.name,
                    key.expose(),
                    settings,
                    requests,
                    window,
                    max_pause,
                )
                .map_err(ConfigError::SharedLimit)?,
            ),
            (None, _) => None,
        };
        let limiter = limit.map(|(requests, window)| {
            #[cfg(feature = "redis")]
            if let Some(shared) = shared {
                return PlanLimiter::new(Backend::Redis(Box::new(shared)), configured);
            }
            let local = RateLimiter::new(requests, window).with_max_pause(max_pause);
            PlanLimiter::new(Backend::Local(local), configured)
        });
        let state = ClientState::new(
            profile,
            key,
            Settings {
                key_source,
                scopes: config.scopes,
                retry: config.retry,
                retry_budget: config.retry_budget,
                timeout: config.timeout,
                max_response_size: config.max_response_size,
                operation_limits: config.operation_limits,
                limiter,
                sleeper: config.sleeper,
            },
        );
        Ok(C::from_parts(ClientParts {
            base_url,
            http,
            state,
        }))
    }
}

/// Checks a base URL: absolute, `https` (or `http` to a loopback host), no credentials, query
/// or fragment. Returns it without a trailing slash.
pub(crate) fn check_base_url(url: &str) -> Result<String, ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let parsed = reqwest::Url::parse(url.trim()).map_err(|e| invalid(&e.to_string()))?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("credentials in the URL are not allowed"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL has no query or fragment"));
    }
    match parsed.scheme() {
        "https" => {}
        "http" => {
            let loopback = match parsed.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            if !loopback {
                return Err(invalid(
                    "plain http:// would send the API key unencrypted; use https:// \
                     (http:// is allowed only for localhost and loopback addresses)",
                ));
            }
        }
        other => return Err(invalid(&format!("unsupported scheme {other}"))),
    }
    if parsed.host().is_none() {
        return Err(invalid("no host"));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_string())
}

fn http_client(config: &ClientConfig) -> Result<reqwest::Client, ConfigError> {
    #[cfg(feature = "rustls")]
    {
        // reqwest is built without a default crypto provider; install ring's once per
        // process. An error means one is already installed, which is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::builder()
        .timeout(config.timeout)
        .connect_timeout(config.connect_timeout)
        .user_agent(config.user_agent.clone())
        .redirect(same_origin_redirects())
        .build()
        .map_err(|e| ConfigError::Http(e.to_string()))
}

/// Follows redirects only within the same scheme, host and port. A redirect elsewhere is
/// returned to the caller as it is: reqwest strips `Authorization` on a cross-host redirect but
/// not custom headers such as `X-API-KEY`, so following it could hand the key to another host.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt.previous().first().is_some_and(|first| {
            first.scheme() == attempt.url().scheme()
                && first.host_str() == attempt.url().host_str()
                && first.port_or_known_default() == attempt.url().port_or_known_default()
        });
        if attempt.previous().len() > 5 {
            attempt.error("too many redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_rules() {
        for ok in [
            "https://api.ringyo.ai/v1",
            "https://prod-api.ringg.ai/ca/api/v0/",
            "http://127.0.0.1:8080",
            "http://localhost:9000/v1",
            "http://[::1]:5000",
        ] {
            assert!(check_base_url(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            check_base_url("https://api.ringyo.ai/v1/").unwrap(),
            "https://api.ringyo.ai/v1"
        );
        for bad in [
            "http://api.ringyo.ai/v1",
            "http://10.0.0.1",
            "ftp://localhost",
            "not a url",
            "https://user:pw@api.ringyo.ai",
            "https://api.ringyo.ai/v1?x=1",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
    }
}
