//! Profiles: API keys and base URLs kept in a TOML file in the platform's config directory, and
//! the precedence that picks a key: `--api-key` > `RINGG_API_KEY` / `RINGYO_API_KEY` > the
//! profile (chosen by `--profile` > `VOICEAI_PROFILE` > the file's `default_profile` >
//! `default`).
//!
//! ```toml
//! default_profile = "work"
//!
//! [profiles.work]
//! ringg_api_key = "…"
//! ringyo_api_key = "…"
//! ringyo_base_url = "https://api.ringyo.ai/v1"   # optional
//! ```
//!
//! The file holds keys, so it is written with mode 0600 (its directory 0700), and a file that
//! its group or others can read is refused with the `chmod` that fixes it.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The variable naming the profile when `--profile` is not given.
pub const PROFILE_ENV: &str = "VOICEAI_PROFILE";
/// The variable naming the config file instead of the platform's config directory.
pub const CONFIG_ENV: &str = "VOICEAI_CONFIG";
/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// The whole config file.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when neither `--profile` nor `VOICEAI_PROFILE` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile: a key and optionally a base URL per API.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ringg_api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ringg_base_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ringyo_api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ringyo_base_url: Option<String>,
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profile")
            .field(
                "ringg_api_key",
                &self.ringg_api_key.as_ref().map(|_| "[redacted]"),
            )
            .field("ringg_base_url", &self.ringg_base_url)
            .field(
                "ringyo_api_key",
                &self.ringyo_api_key.as_ref().map(|_| "[redacted]"),
            )
            .field("ringyo_base_url", &self.ringyo_base_url)
            .finish()
    }
}

impl Profile {
    pub fn key(&self, api: Api) -> Option<&str> {
        match api {
            Api::Ringg => self.ringg_api_key.as_deref(),
            Api::Ringyo => self.ringyo_api_key.as_deref(),
        }
        .filter(|k| !k.trim().is_empty())
    }

    pub fn base_url(&self, api: Api) -> Option<&str> {
        match api {
            Api::Ringg => self.ringg_base_url.as_deref(),
            Api::Ringyo => self.ringyo_base_url.as_deref(),
        }
        .filter(|u| !u.trim().is_empty())
    }

    pub fn set(&mut self, api: Api, key: Option<String>, base_url: Option<String>) {
        let (k, u) = match api {
            Api::Ringg => (&mut self.ringg_api_key, &mut self.ringg_base_url),
            Api::Ringyo => (&mut self.ringyo_api_key, &mut self.ringyo_base_url),
        };
        *k = key;
        if base_url.is_some() {
            *u = base_url;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ringg_api_key.is_none()
            && self.ringg_base_url.is_none()
            && self.ringyo_api_key.is_none()
            && self.ringyo_base_url.is_none()
    }
}

/// The two APIs, as the CLI names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    Ringg,
    Ringyo,
}

impl Api {
    pub const ALL: [Api; 2] = [Api::Ringg, Api::Ringyo];

    /// The generated settings of the API: everything else here is read from them.
    pub fn profile(self) -> &'static voiceai::runtime::ApiProfile {
        match self {
            Api::Ringg => &voiceai::ringg::API,
            Api::Ringyo => &voiceai::ringyo::API,
        }
    }

    pub fn parse(name: &str) -> Option<Api> {
        Api::ALL.into_iter().find(|api| api.name() == name)
    }

    pub fn name(self) -> &'static str {
        self.profile().name
    }

    /// "Ringg AI": the spec's title without its trailing " API".
    pub fn title(self) -> &'static str {
        let title = self.profile().title;
        title.strip_suffix(" API").unwrap_or(title)
    }

    pub fn key_env(self) -> &'static str {
        self.profile().api_key_env
    }

    pub fn base_url_env(self) -> &'static str {
        self.profile().base_url_env
    }

    pub fn default_base_url(self) -> &'static str {
        self.profile().default_base_url
    }
}

/// The config file's path: `VOICEAI_CONFIG`, else `voiceai/config.toml` in the platform's
/// config directory (`$XDG_CONFIG_HOME` or `~/.config` on Linux and other Unixes,
/// `~/Library/Application Support` on macOS, `%APPDATA%` on Windows).
pub fn config_path() -> Result<PathBuf, String> {
    if let Some(path) = non_empty_env(CONFIG_ENV) {
        return Ok(PathBuf::from(path));
    }
    let dir = platform_config_dir().ok_or_else(|| {
        format!("cannot find a config directory (no HOME); set {CONFIG_ENV} to a file path")
    })?;
    Ok(dir.join("voiceai").join("config.toml"))
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn platform_config_dir() -> Option<PathBuf> {
    if cfg!(windows) {
        return non_empty_env("APPDATA").map(PathBuf::from);
    }
    let home = non_empty_env("HOME").map(PathBuf::from);
    if cfg!(target_os = "macos") {
        return home.map(|h| h.join("Library").join("Application Support"));
    }
    non_empty_env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home.map(|h| h.join(".config")))
}

/// Reads the config file; `None` when there is none. A file that group or others can read, or
/// that is not valid, is an error saying how to fix it.
pub fn load(path: &Path) -> Result<Option<ConfigFile>, String> {
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    check_private(path, &metadata)?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // toml's messages quote the offending line, which may be a key: say where, not what.
    toml::from_str(&text).map(Some).map_err(|e| {
        let at = e
            .span()
            .map(|s| format!(" (line {})", text[..s.start].matches('\n').count() + 1))
            .unwrap_or_default();
        format!(
            "{} is not a valid voiceai config file{at}: {}",
            path.display(),
            e.message()
        )
    })
}

#[cfg(unix)]
fn check_private(path: &Path, metadata: &std::fs::Metadata) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(format!(
            "{} holds API keys but its group or others can access it (mode {mode:04o}); \
             refusing to use it: run `chmod 600 {}`",
            path.display(),
            path.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path, _metadata: &std::fs::Metadata) -> Result<(), String> {
    // On Windows the file lives in the user's own profile directory (%APPDATA%).
    Ok(())
}

/// Writes the config file with mode 0600 (its directory 0700 when created), replacing the old
/// one in one step.
pub fn save(path: &Path, config: &ConfigFile) -> Result<(), String> {
    let text = toml::to_string(config).map_err(|e| format!("cannot write the config: {e}"))?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config.toml".into());
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&tmp).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("cannot write {}: {e}", path.display()));
    }
    Ok(())
}

/// Which profile is in force, and why.
pub fn profile_name(flag: Option<&str>, config: Option<&ConfigFile>) -> String {
    flag.map(str::to_string)
        .or_else(|| non_empty_env(PROFILE_ENV))
        .or_else(|| config.and_then(|c| c.default_profile.clone()))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
}

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile { name: String, path: PathBuf },
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "the {flag} flag"),
            Source::Env(var) => write!(f, "the {var} environment variable"),
            Source::Profile { name, path } => {
                write!(f, "profile \"{name}\" in {}", path.display())
            }
            Source::Default => f.write_str("the default"),
        }
    }
}

/// The key and base URL one command uses for `api`, each with its source.
pub struct Resolved {
    pub key: Option<(String, Source)>,
    pub base_url: (String, Source),
}

/// Applies the precedence flag > environment > profile to the key and the base URL.
pub fn resolve(
    api: Api,
    key_flag: Option<&str>,
    base_url_flag: Option<&str>,
    profile: Option<(&str, &Profile, &Path)>,
) -> Resolved {
    // A value of the profile, with the profile as its source.
    let from_profile = |pick: fn(&Profile, Api) -> Option<&str>| {
        let (name, p, path) = profile?;
        let value = pick(p, api)?;
        Some((
            value.to_string(),
            Source::Profile {
                name: name.to_string(),
                path: path.to_path_buf(),
            },
        ))
    };
    let key = key_flag
        .map(|k| (k.to_string(), Source::Flag("--api-key")))
        .or_else(|| non_empty_env(api.key_env()).map(|k| (k, Source::Env(api.key_env()))))
        .or_else(|| from_profile(Profile::key));
    let base_url = base_url_flag
        .map(|u| (u.to_string(), Source::Flag("--base-url")))
        .or_else(|| non_empty_env(api.base_url_env()).map(|u| (u, Source::Env(api.base_url_env()))))
        .or_else(|| from_profile(Profile::base_url))
        .unwrap_or_else(|| (api.default_base_url().to_string(), Source::Default));
    Resolved { key, base_url }
}

/// `…7f3a`: enough of a key to tell which one it is. Keys shorter than 12 characters show
/// nothing.
pub fn key_hint(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < 12 {
        return "(too short to show any of it)".to_string();
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("…{tail}")
}
