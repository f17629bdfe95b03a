//! An httpmock server that answers every operation of a spec with its documented example.

use httpmock::MockServer;
use serde_json::Value;

/// The regex for a path template: `/agent/{agent_id}` → `^PREFIX/agent/[^/]+$`.
pub fn path_regex(prefix: &str, template: &str) -> String {
    let mut out = String::from("^");
    out.push_str(&regex_escape(prefix));
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&regex_escape(&rest[..start]));
        out.push_str("[^/]+");
        rest = rest[start..].split_once('}').map(|(_, r)| r).unwrap_or("");
    }
    out.push_str(&regex_escape(rest));
    out.push('$');
    out
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
}

/// Registers one mock per operation of `api`'s spec under `prefix`, answering the documented
/// success example. Requests must carry `auth_header: auth_value`.
pub fn serve_examples(
    server: &MockServer,
    api: &str,
    prefix: &str,
    auth_header: &str,
    auth_value: &str,
) {
    let mut ops = crate::operations(api);
    // Literal paths before templated ones, so `/agent/all` wins over `/agent/{agent_id}`.
    ops.sort_by_key(|(_, _, path)| path.contains('{'));
    for (id, method, path) in ops {
        let example = crate::response_example(api, &id);
        let regex = path_regex(prefix, &path);
        let method: httpmock::Method = method.parse().expect("method");
        server.mock(|when, then| {
            when.method(method)
                .path_matches(regex.as_str())
                .header(auth_header, auth_value);
            then.status(200)
                .header("content-type", "application/json")
                .json_body(example.clone());
        });
    }
}

/// The documented example of an operation, as JSON.
pub fn example(api: &str, id: &str) -> Value {
    crate::response_example(api, id)
}
