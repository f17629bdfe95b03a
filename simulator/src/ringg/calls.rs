//! Placing calls: `initiate_individual_call` (v1) and `_v2`, and the plan of each call (every
//! attempt's fate, drawn once when the call is created).

use serde_json::{Map, Value};
use voiceai::ringg::types;

use super::{decode, error, is_e164, naive_micros, not_found, validation, Agent, Answer, State};
use crate::{Ctx, Reply, Req};

/// Where a call is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Waiting for its (next) attempt: `registered` or `retry`.
    Queued,
    /// Ringing or talking: `ongoing`.
    Dialing,
    /// Ended and answered; recording and analysis not yet processed.
    Processing,
    /// Nothing more happens.
    Done,
}

/// One planned attempt.
#[derive(Clone, Debug)]
pub struct Attempt {
    /// When dialling starts (simulated Unix seconds).
    pub start: f64,
    /// Seconds of ringing.
    pub ring: f64,
    /// Seconds of conversation (0 when not answered).
    pub talk: f64,
    /// The callee picked up.
    pub answered: bool,
    /// `ACCEPTED`, `NO_ANSWER`, `BUSY`, `FAILED`.
    pub sub_status: &'static str,
}

impl Attempt {
    /// When the attempt ends (simulated Unix seconds).
    pub fn end(&self) -> f64 {
        self.start + self.ring + self.talk
    }
}

/// A per-call status callback (`callback_url` + `callback_args`).
#[derive(Clone, Debug)]
pub struct Callback {
    pub url: String,
    pub headers: Vec<(String, String)>,
}

/// One call.
#[derive(Clone, Debug)]
pub struct Call {
    /// The call's id (a UUID).
    pub id: String,
    /// The provider's id (`CA…`).
    pub call_sid: String,
    /// The assistant that calls.
    pub agent_id: String,
    /// The assistant's name when the call was placed.
    pub agent_name: String,
    /// The assistant version that took the call (A/B tests).
    pub version_id: String,
    /// Outbound for every call the simulator places.
    pub direction: types::CallDirection,
    /// The caller ID, E.164.
    pub from_number: String,
    /// The number called, E.164.
    pub to_number: String,
    /// Who is called.
    pub callee_name: String,
    /// The assistant's custom variables for this call.
    pub custom_args: Map<String, Value>,
    /// The contact list of a campaign call.
    pub bulk_list_id: Option<String>,
    /// The call's category, as given when it was placed.
    pub category: Option<String>,
    /// When it was placed (simulated Unix seconds).
    pub created_at: f64,
    /// Ringg's status (`registered`, `ongoing`, `completed`, …).
    pub status: types::CallStatus,
    /// Why the last attempt ended (`ACCEPTED`, `NO_ANSWER`, …).
    pub sub_status: Option<String>,
    /// Every attempt, planned when the call is placed.
    pub attempts: Vec<Attempt>,
    /// Index of the current (or last) attempt.
    pub attempt: usize,
    /// Where the call is in its life.
    pub stage: Stage,
    /// Seconds of conversation, once completed.
    pub duration: f64,
    /// Credits charged (0 until it completed).
    pub cost: f64,
    /// The cost has been deducted from the workspace's credits.
    pub credits_processed: bool,
    /// When the last attempt ended (simulated Unix seconds).
    pub ended_at: Option<f64>,
    /// A voicemail answered.
    pub voicemail: bool,
    /// The conversation (filled in when the call completes).
    pub transcript: Vec<types::TranscriptTurn>,
    /// The recording, once processed.
    pub recording_url: Option<String>,
    /// Summary, classification, sentiment… (filled in when the call completes).
    pub platform_analysis: Option<Map<String, Value>>,
    pub(super) planned_transcript: Vec<types::TranscriptTurn>,
    pub(super) planned_analysis: Map<String, Value>,
    pub(super) callback: Option<Callback>,
}

const LINES: [(&str, &str); 6] = [
    (
        "Is this a good time to talk for a minute?",
        "Yes, go ahead.",
    ),
    (
        "I'm calling about your recent enquiry. Would you like to hear the details?",
        "Sure, tell me more.",
    ),
    (
        "Could you confirm the best time to reach you next week?",
        "Tuesday afternoon works.",
    ),
    (
        "Do you have any other questions for me?",
        "What does it cost?",
    ),
    (
        "I'll send the pricing by message right after this call.",
        "Great, thanks.",
    ),
    ("Thank you for your time. Have a great day!", "Bye."),
];
const LABELS: [&str; 4] = [
    "interested",
    "not_interested",
    "callback_requested",
    "appointment_confirmed",
];
const SENTIMENTS: [&str; 3] = ["positive", "neutral", "negative"];

fn turn(speaker: &str, text: String) -> types::TranscriptTurn {
    let mut m = Map::new();
    m.insert(speaker.into(), text.into());
    types::TranscriptTurn(m)
}

/// Fills `{{name}}` and `@{{name}}` placeholders.
fn fill(template: &str, args: &Map<String, Value>) -> String {
    let mut out = template.replace("@{{", "{{");
    for (key, value) in args {
        let text = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out = out.replace(&format!("{{{{{key}}}}}", key = key), &text);
    }
    out
}

/// Drops titles (Mr, Dr, Shri…) and keeps the first name.
fn first_name(name: &str) -> String {
    const TITLES: [&str; 9] = [
        "mr", "mrs", "ms", "miss", "dr", "shri", "smt", "mohammad", "prof",
    ];
    name.split_whitespace()
        .find(|w| !TITLES.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str()))
        .unwrap_or(name)
        .to_string()
}

/// What to call, for whom, how.
pub(super) struct CallRequest {
    pub to: String,
    pub name: String,
    pub from: String,
    pub args: Map<String, Value>,
    pub bulk_list_id: Option<String>,
    pub category: Option<String>,
    pub config: Option<types::CallConfig>,
    pub start: f64,
    pub callback: Option<Callback>,
}

impl State {
    /// Creates a call and draws its fate. Always draws the same amount of randomness per
    /// attempt, so one call's outcome does not shift the next one's.
    pub(super) fn place_call(&mut self, agent: &Agent, call: CallRequest, ctx: &mut Ctx) -> String {
        let config = call.config.unwrap_or_default();
        let retries = config
            .call_retry_config
            .as_ref()
            .and_then(|r| r.retry_count)
            .unwrap_or(0)
            .clamp(0, 5) as usize;
        let max_length = config.max_call_length.unwrap_or(240.0).max(10.0);
        let wait = |r: &Option<types::CallRetryConfig>,
                    pick: fn(&types::CallRetryConfig) -> Option<f64>| {
            r.as_ref().and_then(pick).unwrap_or(30.0).max(0.0) * 60.0
        };
        let voicemail = ctx.rng.f64() < 0.06;
        let mut attempts = Vec::new();
        let mut start = call.start;
        for _ in 0..=retries {
            let fate = ctx.rng.f64();
            let ring = 3.0 + ctx.rng.f64() * 9.0;
            let talk = 20.0 + ctx.rng.f64() * 130.0;
            let (answered, sub_status, ring, talk) = if fate < 0.78 {
                let talk = if voicemail { 8.0 + talk / 20.0 } else { talk };
                (true, "ACCEPTED", ring, talk.min(max_length))
            } else if fate < 0.88 {
                (false, "NO_ANSWER", ring + 20.0, 0.0)
            } else if fate < 0.95 {
                (false, "BUSY", 2.0, 0.0)
            } else {
                (false, "FAILED", 1.0, 0.0)
            };
            let attempt = Attempt {
                start,
                ring,
                talk,
                answered,
                sub_status,
            };
            let end = attempt.end();
            attempts.push(attempt);
            if answered {
                break;
            }
            let r = &config.call_retry_config;
            start = end
                + match sub_status {
                    "BUSY" => wait(r, |r| r.retry_busy),
                    "NO_ANSWER" => wait(r, |r| r.retry_not_picked),
                    _ => wait(r, |r| r.retry_failed),
                };
        }
        let label = if agent.classification_labels.is_empty() {
            LABELS[ctx.rng.usize(..LABELS.len())].to_string()
        } else {
            let mut labels: Vec<&String> = agent.classification_labels.keys().collect();
            labels.sort();
            labels[ctx.rng.usize(..labels.len())].clone()
        };
        let sentiment = SENTIMENTS[ctx.rng.usize(..SENTIMENTS.len())];
        let id = ctx.uuid();
        let call_sid = format!("CA{}", ctx.uuid().replace('-', ""));

        // The conversation: the intro, then a turn pair per ~20 s of talk.
        let last = attempts.last().cloned();
        let talk = last.as_ref().filter(|a| a.answered).map_or(0.0, |a| a.talk);
        let mut transcript = vec![turn("bot", fill(&agent.intro_message, &call.args))];
        if voicemail {
            transcript.push(turn(
                "user",
                "Please leave a message after the tone.".into(),
            ));
        } else {
            let pairs = ((talk / 20.0) as usize).clamp(1, LINES.len());
            for (bot, user) in LINES.iter().take(pairs) {
                transcript.push(turn("user", user.to_string()));
                transcript.push(turn("bot", bot.to_string()));
            }
        }
        let mut analysis = Map::new();
        let summary = if voicemail {
            format!("The call to {} reached voicemail.", call.name)
        } else {
            format!(
                "{} talked with {} ({}).",
                call.name,
                agent.name,
                label.replace('_', " ")
            )
        };
        analysis.insert("summary".into(), summary.into());
        let classification = if voicemail {
            "voicemail".to_string()
        } else {
            label
        };
        analysis.insert("classification".into(), classification.into());
        analysis.insert("sentiment".into(), sentiment.into());
        analysis.insert(
            "key_points".into(),
            serde_json::json!(["Callee reached", "Details shared"]),
        );
        analysis.insert("action_items".into(), serde_json::json!(["Send pricing"]));
        analysis.insert("call_disconnect_reason".into(), "customer_hangup".into());

        self.calls.push(Call {
            id: id.clone(),
            call_sid,
            agent_id: agent.id.clone(),
            agent_name: agent.name.clone(),
            version_id: agent.version_id.clone(),
            direction: types::CallDirection::Outbound,
            from_number: call.from,
            to_number: call.to,
            callee_name: call.name,
            custom_args: call.args,
            bulk_list_id: call.bulk_list_id,
            category: call.category,
            created_at: ctx.now,
            status: types::CallStatus::Registered,
            sub_status: None,
            attempts,
            attempt: 0,
            stage: Stage::Queued,
            duration: 0.0,
            cost: 0.0,
            credits_processed: false,
            ended_at: None,
            voicemail: voicemail && last.is_some_and(|a| a.answered),
            transcript: vec![],
            recording_url: None,
            platform_analysis: None,
            planned_transcript: transcript,
            planned_analysis: analysis,
            callback: call.callback,
        });
        id
    }

    /// `initiate_individual_call` (v1, `v2 = false`) and `initiate_individual_call_v2`.
    pub(super) fn initiate_call(&mut self, req: &Req, ctx: &mut Ctx, v2: bool) -> Answer {
        // v1's body is v2's without the pool and the per-call extras.
        let body: types::InitiateCallV2Request = if v2 {
            decode(req)?
        } else {
            let b: types::InitiateCallRequest = decode(req)?;
            types::InitiateCallV2Request {
                agent_id: b.agent_id,
                call_category: None,
                call_config: b.call_config,
                callback_args: b.callback_args,
                callback_url: b.callback_url,
                custom_args_values: b.custom_args_values,
                from_number: b.from_number,
                from_number_id: b.from_number_id,
                mobile_number: b.mobile_number,
                name: b.name,
                number_pool_id: None,
                parent_call_id: None,
                smart_formatter: b.smart_formatter,
                version_id: None,
                voice_id: None,
            }
        };
        if !is_e164(&body.mobile_number) {
            return Err(validation(
                &["body", "mobile_number"],
                "mobile_number must be in E.164 format (+ and country code, 8-15 digits)",
            ));
        }
        let sources = [
            body.from_number.is_some(),
            body.from_number_id.is_some(),
            body.number_pool_id.is_some(),
        ]
        .iter()
        .filter(|x| **x)
        .count();
        if sources > 1 {
            return Err(validation(
                &["body"],
                "give exactly one of number_pool_id, from_number_id or from_number",
            ));
        }
        if sources == 0 && !v2 {
            return Err(validation(
                &["body"],
                "one of from_number_id or from_number is required",
            ));
        }
        let agent = self.agent(&body.agent_id, ctx)?.clone();
        if agent.archived {
            return Err(super::bad_request("agent is archived", ctx));
        }
        if agent.agent_type == types::AgentType::Inbound {
            return Err(super::bad_request(
                "an inbound agent cannot place calls",
                ctx,
            ));
        }
        let from = if let Some(number) = &body.from_number {
            if !is_e164(number) {
                return Err(validation(
                    &["body", "from_number"],
                    "from_number must be in E.164 format",
                ));
            }
            number.clone()
        } else if let Some(id) = &body.from_number_id {
            self.number_by_id(id)
                .and_then(|n| n.number.clone())
                .ok_or_else(|| not_found("number", id, ctx))?
        } else {
            let pool = body
                .number_pool_id
                .clone()
                .unwrap_or_else(|| self.default_pool());
            if !self.has_pool(&pool) {
                return Err(not_found("number pool", &pool, ctx));
            }
            self.number_from_pool(&pool)
                .ok_or_else(|| super::bad_request("the number pool has no numbers", ctx))?
        };
        if self.credits <= 0.0 {
            return Err(error(
                402,
                "insufficient_credits",
                "Insufficient credits",
                ctx,
            ));
        }
        let mut args = body
            .custom_args_values
            .clone()
            .map(|a| a.0)
            .unwrap_or_default();
        let mut name = body.name.clone();
        if let Some(f) = &body.smart_formatter {
            if f.extract_first_name == Some(true) || f.transliteration == Some(true) {
                args.insert("original_callee_name".into(), name.clone().into());
                name = first_name(&name);
            }
        }
        args.entry("callee_name")
            .or_insert_with(|| name.clone().into());
        args.insert("mobile_number".into(), body.mobile_number.clone().into());
        let scheduled = body
            .call_config
            .as_ref()
            .and_then(|c| c.call_time.as_ref())
            .and_then(|t| t.scheduled_at.as_deref())
            .and_then(super::parse_datetime)
            .filter(|t| *t > ctx.now);
        let start = scheduled.unwrap_or(ctx.now + 1.0 + ctx.rng.f64() * 2.0);
        let callback = body.callback_url.as_ref().map(|url| {
            let args = body.callback_args.clone().unwrap_or_default();
            let mut url = url.clone();
            if !args.params.is_empty() {
                let mut params: Vec<_> = args.params.iter().collect();
                params.sort();
                let query = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(params)
                    .finish();
                url.push(if url.contains('?') { '&' } else { '?' });
                url.push_str(&query);
            }
            let mut headers: Vec<(String, String)> = args.headers.into_iter().collect();
            headers.sort();
            Callback { url, headers }
        });
        let id = self.place_call(
            &agent,
            CallRequest {
                to: body.mobile_number.clone(),
                name,
                from,
                args: args.clone(),
                bulk_list_id: None,
                category: body.call_category.clone(),
                config: body.call_config.clone(),
                start,
                callback,
            },
            ctx,
        );
        Ok(Reply::ok(&types::CallInitiationResponse {
            status: Some("success".into()),
            message: Some("Call initiated successfully".into()),
            call_status: None,
            data: Some(types::CallInitiationData::CallInitiationDetails(
                types::CallInitiationDetails {
                    call_id: id,
                    call_direction: Some(types::CallDirection::Outbound),
                    call_status: Some(types::CallStatus::Registered),
                    initiated_at: Some(naive_micros(ctx.now)),
                    agent_id: Some(agent.id.clone()),
                    custom_args_values: Some(types::CustomArgsValues(args)),
                },
            )),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_placeholders() {
        assert_eq!(first_name("Dr. Asha Rao"), "Asha");
        assert_eq!(first_name("Ravi"), "Ravi");
        let mut args = Map::new();
        args.insert("callee_name".into(), "Asha".into());
        assert_eq!(
            fill("Hi {{callee_name}}, @{{callee_name}}!", &args),
            "Hi Asha, Asha!"
        );
    }
}
