//! The API key: kept out of `Debug`, `Display`, logs and errors.

use std::fmt;

/// An API key. Its `Debug` and `Display` print `[redacted]`; the only way to read it is
/// [`ApiKey::expose`], which the runtime calls once per request to build a sensitive header.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

/// Why a key was refused. Never contains the key itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The key is empty or only white space.
    #[error("the API key is empty")]
    Empty,
    /// The key contains white space or a control character (often a pasted newline).
    #[error(
        "the API key contains white space or a control character at byte {position}; \
         check for a trailing newline or a space from copying it"
    )]
    Whitespace {
        /// Byte offset of the first offending character.
        position: usize,
    },
    /// The key has a character that cannot be sent in an HTTP header.
    #[error(
        "the API key has a character that cannot be sent in an HTTP header at byte {position}"
    )]
    NotHeaderSafe {
        /// Byte offset of the first offending character.
        position: usize,
    },
}

impl ApiKey {
    /// Checks and wraps a key. A key is never refused for its prefix (both vendors have used
    /// several); it is refused when empty, when it holds white space or control characters, or
    /// when it cannot be sent in a header.
    pub fn new(key: impl Into<String>) -> Result<Self, KeyError> {
        let key = key.into();
        if key.trim().is_empty() {
            return Err(KeyError::Empty);
        }
        if let Some((position, _)) = key
            .char_indices()
            .find(|(_, c)| c.is_whitespace() || c.is_control())
        {
            return Err(KeyError::Whitespace { position });
        }
        if let Some((position, _)) = key.char_indices().find(|(_, c)| !c.is_ascii_graphic()) {
            return Err(KeyError::NotHeaderSafe { position });
        }
        Ok(Self(key))
    }

    /// The key itself. Do not log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey([redacted])")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// A secret the server sends back (a workspace's `api_key`, a regenerated key, a webhook's
/// signing secret): fields the spec marks `x-secret` have this type. `Debug` and `Display` print
/// `[redacted]`, so printing a response never shows it; [`Secret::expose`] reads it. It
/// serialises as the plain string (the vendor's wire format), so code that serialises a response
/// itself should treat the output as secret.
#[derive(Clone, Default, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself. Do not log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_responses_are_redacted_but_kept_on_the_wire() {
        let secret: Secret = serde_json::from_str("\"whsec_FAKE-value\"").unwrap();
        assert_eq!(format!("{secret:?}"), "Secret([redacted])");
        assert_eq!(format!("{secret}"), "[redacted]");
        assert_eq!(secret.expose(), "whsec_FAKE-value");
        assert_eq!(
            serde_json::to_string(&secret).unwrap(),
            "\"whsec_FAKE-value\""
        );
    }

    #[test]
    fn key_debug_and_display_are_redacted() {
        let key = ApiKey::new("fake-key-0000-test").unwrap();
        assert_eq!(format!("{key:?}"), "ApiKey([redacted])");
        assert_eq!(format!("{key}"), "[redacted]");
        assert_eq!(key.expose(), "fake-key-0000-test");
    }

    #[test]
    fn key_with_whitespace_is_refused_without_echoing_it() {
        for (input, expected) in [
            ("", KeyError::Empty),
            ("   ", KeyError::Empty),
            ("fake-key\n", KeyError::Whitespace { position: 8 }),
            ("fake key", KeyError::Whitespace { position: 4 }),
            (" fake", KeyError::Whitespace { position: 0 }),
            ("fake\u{7f}", KeyError::Whitespace { position: 4 }),
            ("fakeé", KeyError::NotHeaderSafe { position: 4 }),
        ] {
            let err = ApiKey::new(input).unwrap_err();
            assert_eq!(err, expected, "input {input:?}");
            if input.len() > 3 {
                assert!(!err.to_string().contains(input.trim()));
            }
        }
    }

    #[test]
    fn any_prefix_is_accepted() {
        for key in [
            "vb_live_fake123",
            "rg_live_fake123",
            "rg_test_fake123",
            "0000-fake",
        ] {
            assert!(ApiKey::new(key).is_ok());
        }
    }
}

/// Where a client's API key came from, so that a 401 can say which key to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeySource {
    /// The API's environment variable (`RINGG_API_KEY`, `RINGYO_API_KEY`, …).
    Env(&'static str),
    /// `ClientBuilder::api_key`.
    Builder,
    /// Given with `ClientBuilder::api_key_from`, which says where it came from (a CLI profile,
    /// a secrets manager).
    Named(String),
    /// Set on the live client with `set_api_key`.
    Rotated,
}

impl std::fmt::Display for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::Env(var) => write!(f, "the {var} environment variable"),
            KeySource::Builder => f.write_str("ClientBuilder::api_key"),
            KeySource::Named(name) => f.write_str(name),
            KeySource::Rotated => f.write_str("Client::set_api_key"),
        }
    }
}

/// Where the vendors say to get a key, for the message of a 401 (APIs this crate knows).
pub(crate) fn where_to_get_a_key(api: &str) -> Option<&'static str> {
    match api {
        "ringg" => Some(
            "a Ringg AI workspace key comes from the Ringg AI dashboard (see the Authentication \
             page of https://docs.ringg.ai); `regenerate_api_key` rotates it and invalidates the \
             old one at once",
        ),
        "ringyo" => Some(
            "create or regenerate a key in the Ringyo AI dashboard under Developers → API Keys \
             (the full key is shown once; Trial and Starter plans have no API access)",
        ),
        _ => None,
    }
}
