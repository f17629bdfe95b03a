//! Requests and replies as the API handlers see them, routing by the generated operation tables,
//! and a small `multipart/form-data` reader.

use bytes::Bytes;
use serde::{de::DeserializeOwned, Serialize};
use voiceai::runtime::OperationMeta;

/// One request, after routing and authentication.
#[derive(Debug)]
pub struct Req {
    /// Path parameters by the names the spec gives them.
    pub params: Vec<(String, String)>,
    pub query: Vec<(String, String)>,
    pub headers: http::HeaderMap,
    pub body: Bytes,
    /// The API key the request authenticated with.
    pub key: String,
}

impl Req {
    /// A path parameter (always present when the route matched).
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// The first value of a query parameter.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a query parameter (`a=1&a=2`), comma-separated values split.
    pub fn query_all(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(n, _)| n == name)
            .flat_map(|(_, v)| v.split(','))
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// A query parameter parsed as `T`; `Err` names the parameter when it does not parse.
    pub fn query_parse<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, String> {
        match self.query(name) {
            None => Ok(None),
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| format!("query parameter `{name}`: `{v}` is not valid")),
        }
    }

    /// A request header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The JSON body decoded into a generated type; `Err` is serde's message.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, String> {
        if self.body.is_empty() {
            return Err("request body is required".into());
        }
        serde_json::from_slice(&self.body).map_err(|e| format!("invalid request body: {e}"))
    }

    /// The `multipart/form-data` parts of the body.
    pub fn form(&self) -> Result<Vec<Part>, String> {
        let content_type = self.header("content-type").unwrap_or_default();
        let boundary = content_type
            .split(';')
            .map(str::trim)
            .find_map(|p| p.strip_prefix("boundary="))
            .map(|b| b.trim_matches('"'))
            .ok_or_else(|| "expected a multipart/form-data body with a boundary".to_string())?;
        parse_multipart(&self.body, boundary)
    }
}

/// One part of a `multipart/form-data` body.
#[derive(Clone, Debug)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Bytes,
}

impl Part {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

/// Helpers over the parts of one form.
pub trait Form {
    fn part(&self, name: &str) -> Option<&Part>;
    fn parts(&self, name: &str) -> Vec<&Part>;
    fn text(&self, name: &str) -> Option<String> {
        self.part(name).map(Part::text)
    }
}

/// A part that carries nothing: an empty text field. FastAPI (which serves Ringg) reads it as
/// an absent field, so the simulator does too.
fn is_blank(part: &Part) -> bool {
    part.filename.is_none() && part.data.is_empty()
}

impl Form for [Part] {
    fn part(&self, name: &str) -> Option<&Part> {
        self.iter().find(|p| p.name == name && !is_blank(p))
    }
    fn parts(&self, name: &str) -> Vec<&Part> {
        self.iter()
            .filter(|p| p.name == name && !is_blank(p))
            .collect()
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    (from..=haystack.len() - needle.len()).find(|&i| &haystack[i..i + needle.len()] == needle)
}

/// The longest boundary RFC 2046 allows. Searching the body costs up to its length times the
/// delimiter's: a boundary as long as hyper's header limit allows (~400 KB) against a 64 MiB
/// body of `-` is some 10^13 byte comparisons, made with the state lock held.
const MAX_BOUNDARY: usize = 70;

/// Reads a `multipart/form-data` body (RFC 7578): parts separated by `--boundary`, each with
/// headers, a blank line and its bytes.
pub fn parse_multipart(body: &Bytes, boundary: &str) -> Result<Vec<Part>, String> {
    if boundary.is_empty() || boundary.len() > MAX_BOUNDARY {
        return Err(format!(
            "a multipart boundary has 1 to {MAX_BOUNDARY} characters"
        ));
    }
    let delimiter = format!("--{boundary}");
    let next_delimiter = format!("\r\n{delimiter}");
    let mut parts = Vec::new();
    let mut at = find(body, delimiter.as_bytes(), 0)
        .ok_or_else(|| "multipart body has no boundary line".to_string())?;
    loop {
        at += delimiter.len();
        if body[at..].starts_with(b"--") {
            return Ok(parts);
        }
        let headers_start = at + 2; // CRLF after the boundary
        let headers_end = find(body, b"\r\n\r\n", headers_start)
            .ok_or_else(|| "multipart part without a blank line after its headers".to_string())?;
        let headers = String::from_utf8_lossy(&body[headers_start..headers_end]);
        let data_start = headers_end + 4;
        let next = find(body, next_delimiter.as_bytes(), data_start)
            .ok_or_else(|| "multipart body ends without a closing boundary".to_string())?;
        let mut part = Part {
            name: String::new(),
            filename: None,
            content_type: None,
            data: body.slice(data_start..next),
        };
        for line in headers.split("\r\n") {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            match name.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    for attr in value.split(';').map(str::trim) {
                        if let Some(v) = attr.strip_prefix("name=") {
                            part.name = v.trim_matches('"').to_string();
                        } else if let Some(v) = attr.strip_prefix("filename=") {
                            part.filename = Some(v.trim_matches('"').to_string());
                        }
                    }
                }
                "content-type" => part.content_type = Some(value.trim().to_string()),
                _ => {}
            }
        }
        // A part without a name matches no field: ignored, as servers do.
        if !part.name.is_empty() {
            parts.push(part);
        }
        at = next + 2;
    }
}

/// A reply: status, headers and body bytes.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// A JSON reply of a generated type.
    pub fn json<T: Serialize + ?Sized>(status: u16, value: &T) -> Reply {
        let body = serde_json::to_vec(value).unwrap_or_else(|e| {
            format!("{{\"message\":\"simulator could not encode its reply: {e}\"}}").into_bytes()
        });
        Reply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body,
        }
    }

    /// 200 with a JSON body.
    pub fn ok<T: Serialize + ?Sized>(value: &T) -> Reply {
        Reply::json(200, value)
    }

    /// Adds a header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn is_json(&self) -> bool {
        self.headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("content-type") && v.contains("json"))
    }
}

/// Path parameters by name.
pub type Params = Vec<(String, String)>;

/// The segments of a path inside an API (`/agent/all` → `["agent", "all"]`; a trailing `/` is
/// ignored).
fn segments(path: &str) -> Vec<&str> {
    path.trim_end_matches('/').split('/').skip(1).collect()
}

/// The parameter a template segment stands for (`{agent_id}` → `agent_id`).
fn parameter(template_segment: &str) -> Option<&str> {
    template_segment.strip_prefix('{')?.strip_suffix('}')
}

/// How many literal segments of `template` match when the whole of it matches `segments` (a
/// parameter matches any non-empty segment).
fn literal_matches(template: &str, segments: &[&str]) -> Option<usize> {
    let mut parts = template.split('/').skip(1);
    let mut literals = 0;
    for segment in segments {
        let part = parts.next()?;
        if parameter(part).is_some() {
            if segment.is_empty() {
                return None;
            }
        } else if part == *segment {
            literals += 1;
        } else {
            return None;
        }
    }
    parts.next().is_none().then_some(literals)
}

/// The methods declared for the path template that `path` resolves to (the most specific one:
/// `/agent/all` is its own path, not `/agent/{agent_id}`), sorted and upper case; empty when no
/// template matches.
pub fn allowed_methods(operations: &'static [OperationMeta], path: &str) -> Vec<&'static str> {
    let segments = segments(path);
    let best = operations
        .iter()
        .filter_map(|op| literal_matches(op.path, &segments))
        .max();
    let mut methods: Vec<&'static str> = operations
        .iter()
        .filter(|op| best.is_some() && literal_matches(op.path, &segments) == best)
        .map(|op| op.method)
        .collect();
    methods.sort_unstable();
    methods.dedup();
    methods
}

/// The operation whose method and path template match, preferring literal segments over
/// parameters (`/agent/all` over `/agent/{agent_id}`), with the path parameters (decoded only
/// for the operation chosen).
pub fn route(
    operations: &'static [OperationMeta],
    method: &http::Method,
    path: &str,
) -> Option<(&'static OperationMeta, Params)> {
    let segments = segments(path);
    let mut best: Option<(usize, &'static OperationMeta)> = None;
    for op in operations {
        if !op.method.eq_ignore_ascii_case(method.as_str()) {
            continue;
        }
        let Some(literals) = literal_matches(op.path, &segments) else {
            continue;
        };
        if best.is_none_or(|(l, _)| literals > l) {
            best = Some((literals, op));
        }
    }
    let (_, op) = best?;
    let params = op
        .path
        .split('/')
        .skip(1)
        .zip(&segments)
        .filter_map(|(part, segment)| {
            let name = parameter(part)?;
            let value = url::form_urlencoded::parse(format!("v={segment}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            Some((name.to_string(), value))
        })
        .collect();
    Some((op, params))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_prefer_literal_segments() {
        let ops = &voiceai::ringg::OPERATIONS;
        let get = http::Method::GET;
        assert_eq!(
            route(ops, &get, "/agent/all").unwrap().0.id,
            "list_assistants"
        );
        assert_eq!(
            route(ops, &get, "/agent/voices").unwrap().0.id,
            "list_assistant_voices"
        );
        let (op, params) = route(ops, &get, "/agent/a%20b").unwrap();
        assert_eq!(op.id, "get_assistant");
        assert_eq!(params, vec![("agent_id".to_string(), "a b".to_string())]);
        assert!(route(ops, &get, "/nowhere").is_none());
        assert!(route(ops, &http::Method::PUT, "/agent/all").is_none());
        assert_eq!(allowed_methods(ops, "/agent/all"), ["GET"]);
        assert_eq!(allowed_methods(ops, "/agent/all/"), ["GET"]);
        assert_eq!(allowed_methods(ops, "/agent/x"), ["DELETE", "GET"]);
        assert!(allowed_methods(ops, "/nowhere").is_empty());
    }

    #[test]
    fn reads_multipart() {
        let body = Bytes::from_static(
            b"--XX\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nlist one\r\n--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\nContent-Type: text/csv\r\n\r\nname,mobile_number\r\nA,+15550100\r\n--XX--\r\n",
        );
        let parts = parse_multipart(&body, "XX").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts.text("name").unwrap(), "list one");
        let file = parts.part("file").unwrap();
        assert_eq!(file.filename.as_deref(), Some("c.csv"));
        assert_eq!(file.text(), "name,mobile_number\r\nA,+15550100");
        assert!(parse_multipart(&Bytes::from_static(b"--XX\r\nno end"), "XX").is_err());
        assert!(parse_multipart(&Bytes::from_static(b"nothing"), "XX").is_err());
        // The longest boundary RFC 2046 allows is read; a longer (or an empty) one is refused
        // before the body is searched for it.
        let longest = "b".repeat(MAX_BOUNDARY);
        let body = Bytes::from(format!(
            "--{longest}\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--{longest}--\r\n"
        ));
        assert_eq!(
            parse_multipart(&body, &longest).unwrap().text("a").unwrap(),
            "1"
        );
        let hostile = "b".repeat(MAX_BOUNDARY + 1);
        assert!(parse_multipart(&body, &hostile)
            .unwrap_err()
            .contains("boundary"));
        assert!(parse_multipart(&body, "").is_err());
    }
}
