//! Path parameters: each lands in exactly one segment of its operation's own path, or the call
//! fails before anything is sent.
//!
//! progenitor's `encode_path` leaves `\` and whole `.`/`..` values alone; the URL parser then
//! reads `\` as `/` and resolves dot segments, so an id could reach another resource, another
//! scope's endpoint or a path outside the base URL. The generated code calls [`segment`]
//! instead.

use std::fmt::Write as _;

/// A path parameter as one segment: every byte but the unreserved characters of RFC 3986
/// (`A–Z a–z 0–9 - . _ ~`) percent-encoded, so `/`, `\`, `?`, `#` and `%` stay inside the
/// segment. Refused: an empty value (it would address the collection), `.` and `..` (dot
/// segments a URL resolves), and their percent-encoded spellings (a server that decodes twice
/// would resolve them). Not meant to be called by hand.
#[doc(hidden)]
pub fn segment(name: &str, value: &str) -> Result<String, String> {
    let refuse = |why: &str| Err(format!("path parameter `{name}` {why}; nothing was sent"));
    if value.is_empty() {
        return refuse("is empty (it would address the whole collection)");
    }
    let dots = value.to_ascii_lowercase().replace("%2e", ".");
    if dots == "." || dots == ".." {
        return refuse(&format!(
            "is {value:?}, a dot segment that would move the request to another path"
        ));
    }
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(byte as char);
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    Ok(encoded)
}

#[cfg(test)]
mod tests {
    use super::segment;

    #[test]
    fn path_traversal_ids_stay_one_segment_or_are_refused() {
        for hostile in ["", ".", "..", "%2e", "%2E%2e", ".%2E", "%2e."] {
            assert!(segment("id", hostile).is_err(), "{hostile:?} accepted");
        }
        let cases = [
            ("agent_abc123", "agent_abc123"),
            ("..\\..\\agent\\AGT_1", "..%5C..%5Cagent%5CAGT_1"),
            ("../etc/passwd", "..%2Fetc%2Fpasswd"),
            ("a/b", "a%2Fb"),
            ("a?b#c", "a%3Fb%23c"),
            ("100%", "100%25"),
            ("...", "..."),
            (" ", "%20"),
            ("é", "%C3%A9"),
        ];
        for (value, want) in cases {
            let got = segment("id", value).unwrap();
            assert_eq!(got, want, "{value:?}");
            assert!(!got.contains(['/', '\\', '?', '#']), "{got}");
        }
    }
}
