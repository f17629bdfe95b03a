//! Ringyo's validation: checks of request fields beyond the spec (webhook URLs and events, agent
//! settings), and the documented error code of a request the spec refused.

use serde_json::Value;
use voiceai::runtime::OperationMeta;

use super::{error, types, LANGUAGES, MAX_SYSTEM_PROMPT_CHARS};
use crate::conform::{operation, Violation};
use crate::{Ctx, Reply};

/// A webhook URL: `https://`, or `http://` to a loopback host; `.invalid` hosts cannot be
/// reached.
pub(super) fn check_url(url: &str, ctx: &Ctx) -> Result<(), Reply> {
    let invalid = || {
        error(
            400,
            "invalid_url",
            &format!("`{url}` is not a valid HTTPS URL"),
            ctx,
        )
    };
    let parsed = url::Url::parse(url.trim()).map_err(|_| invalid())?;
    if parsed.host().is_none() {
        return Err(invalid());
    }
    match parsed.scheme() {
        "https" => {}
        "http" if crate::is_loopback_url(url.trim()) => {}
        _ => return Err(invalid()),
    }
    let host = parsed.host_str().unwrap_or_default().to_ascii_lowercase();
    if host == "invalid" || host.ends_with(".invalid") {
        return Err(error(
            400,
            "url_unreachable",
            &format!("could not reach `{url}`"),
            ctx,
        ));
    }
    Ok(())
}

pub(super) fn check_events(events: &[types::WebhookEventName], ctx: &Ctx) -> Result<(), Reply> {
    if events.is_empty() {
        return Err(error(
            400,
            "invalid_events",
            "events must name at least one event (or `*`)",
            ctx,
        ));
    }
    if let Some(unknown) = events.iter().find(|e| e.is_unknown()) {
        return Err(error(
            400,
            "invalid_events",
            &format!("`{}` is not a webhook event", unknown.as_str()),
            ctx,
        ));
    }
    Ok(())
}

/// The agent fields create and update share.
pub(super) struct AgentFields<'a> {
    pub(super) name: Option<&'a str>,
    pub(super) system_prompt: Option<&'a str>,
    pub(super) voice_id: Option<&'a str>,
    pub(super) language: Option<&'a str>,
    pub(super) model: Option<&'a types::AgentModel>,
    pub(super) temperature: Option<f64>,
    pub(super) max_tokens: Option<i64>,
    pub(super) interruption_threshold: Option<f64>,
    pub(super) end_call_phrases: &'a [String],
}

/// `xx-YY` or `xxx-YY`: the spec's pattern for a language.
pub(super) fn is_locale(text: &str) -> bool {
    match text.split_once('-') {
        Some((lang, region)) => {
            (2..=3).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_lowercase())
                && region.len() == 2
                && region.bytes().all(|b| b.is_ascii_uppercase())
        }
        None => false,
    }
}

/// Checks the fields that are set; returns the language in its canonical spelling.
pub(super) fn validate_agent(fields: &AgentFields, ctx: &Ctx) -> Result<Option<String>, Reply> {
    let bad = |code: &str, message: &str| error(400, code, message, ctx);
    if fields.name.is_some_and(|n| n.trim().is_empty()) {
        return Err(bad("invalid_request", "name must not be empty"));
    }
    if let Some(prompt) = fields.system_prompt {
        if prompt.trim().is_empty() {
            return Err(bad(
                "invalid_system_prompt",
                "system_prompt must not be empty",
            ));
        }
        if prompt.chars().count() > MAX_SYSTEM_PROMPT_CHARS {
            return Err(bad(
                "invalid_system_prompt",
                &format!("system_prompt is longer than {MAX_SYSTEM_PROMPT_CHARS} characters"),
            ));
        }
    }
    if let Some(voice) = fields.voice_id {
        // The spec's pattern: a lower-case slug (`sarah-professional`).
        let slug = !voice.is_empty()
            && voice.split(['-', '_']).all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !slug {
            return Err(bad(
                "invalid_voice_id",
                &format!("voice `{voice}` does not exist"),
            ));
        }
    }
    let language = match fields.language {
        None => None,
        // A listed language in its canonical spelling; any other well-formed locale (the
        // spec's pattern: `xx-YY`) is taken as it is, since the docs give only examples.
        Some(language) => match LANGUAGES
            .iter()
            .find(|l| l.eq_ignore_ascii_case(language.trim()))
        {
            Some(l) => Some(l.to_string()),
            None if is_locale(language) => Some(language.to_string()),
            None => {
                return Err(bad(
                    "invalid_language",
                    &format!("language `{language}` is not supported"),
                ))
            }
        },
    };
    if let Some(model) = fields.model.filter(|m| m.is_unknown()) {
        return Err(bad(
            "invalid_model",
            &format!("model `{}` is not available", model.as_str()),
        ));
    }
    for (name, value) in [
        ("temperature", fields.temperature),
        ("interruption_threshold", fields.interruption_threshold),
    ] {
        if value.is_some_and(|v| !(0.0..=1.0).contains(&v)) {
            return Err(bad(
                "invalid_request",
                &format!("{name} must be between 0 and 1"),
            ));
        }
    }
    if fields.max_tokens.is_some_and(|t| !(1..=4096).contains(&t)) {
        return Err(bad(
            "invalid_request",
            "max_tokens must be between 1 and 4096",
        ));
    }
    if fields.end_call_phrases.iter().any(|p| p.trim().is_empty()) {
        return Err(bad(
            "invalid_request",
            "end_call_phrases must not contain empty phrases",
        ));
    }
    Ok(language)
}

/// The error code an operation documents for a field the spec refused (`invalid_status` for `status`,
/// `invalid_date_format` for a date), else `invalid_request`.
pub(super) fn error_code(spec: &Value, op: &OperationMeta, violation: &Violation) -> String {
    let documented: Vec<String> = operation(spec, op)
        .and_then(|(_, o)| o.get("x-error-codes"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|c| c.get("code").and_then(Value::as_str).map(str::to_string))
        .collect();
    if violation.missing {
        return "invalid_request".to_string();
    }
    if let Some(field) = violation.field() {
        if violation.location.first().is_some_and(|p| p == "query") {
            // A query parameter names its own code (`invalid_limit`), documented or not.
            let own = format!("invalid_{field}");
            let date =
                field.ends_with("_date") && documented.iter().any(|c| c == "invalid_date_format");
            return if date {
                "invalid_date_format".into()
            } else {
                own
            };
        }
        let candidates = [
            format!("invalid_{field}"),
            format!("invalid_{}", field.trim_end_matches('s')),
            if field.ends_with("_date") || field.ends_with("_at") {
                "invalid_date_format".to_string()
            } else {
                String::new()
            },
        ];
        if let Some(code) = candidates.iter().find(|c| documented.contains(c)) {
            return code.clone();
        }
    }
    "invalid_request".to_string()
}
