//! How a Ringyo call will go, drawn from the seeded generator when it is created.

use serde_json::{Map, Value};

use super::{types, Fate, Script, Timeline};
use crate::Ctx;

/// Draws a call's fate, schedule and conversation. Always draws the same number of values, so
/// one call's fate does not shift the next call's.
pub(super) fn plan_call(
    agent: &types::Agent,
    customer: Option<&str>,
    created: f64,
    record: bool,
    max_duration: f64,
    ctx: &mut Ctx,
) -> (Timeline, Script) {
    let roll = ctx.rng.f64();
    let queue = 1.0 + ctx.rng.f64() * 2.0;
    let ring = ctx.rng.f64();
    let talk = 20.0 + ctx.rng.f64() * 100.0;
    let outcome_pick = ctx.rng.usize(..4);
    let days_ahead = ctx.rng.u32(1..=9);
    let slot = ctx.rng.usize(..6);
    let jitter: Vec<f64> = (0..12).map(|_| ctx.rng.f64()).collect();

    let fate = match roll {
        r if r < 0.75 => Fate::Completed,
        r if r < 0.87 => Fate::NoAnswer,
        r if r < 0.95 => Fate::Busy,
        _ => Fate::Failed,
    };
    let ring_at = created + queue;
    let talk = talk.min(max_duration).round();
    let (answer_at, end_at) = match fate {
        Fate::Completed => {
            let answer_at = ring_at + 3.0 + ring * 9.0;
            (answer_at, answer_at + talk)
        }
        Fate::NoAnswer => (f64::INFINITY, ring_at + 25.0 + ring * 10.0),
        Fate::Busy => (f64::INFINITY, ring_at + 2.0 + ring * 2.0),
        Fate::Failed => (f64::INFINITY, ring_at),
    };
    let completed = fate == Fate::Completed;
    let times = Timeline {
        fate,
        ring_at,
        answer_at,
        end_at,
        talk: if completed { talk } else { 0.0 },
        transcript_at: end_at + 2.0,
        recording_at: (completed && record).then_some(end_at + 5.0),
    };

    let outcome = [
        "appointment_booked",
        "callback_requested",
        "information_provided",
        "not_interested",
    ][outcome_pick];
    let date = crate::date(created + f64::from(days_ahead) * 86_400.0);
    let time = ["09:00", "10:30", "11:00", "14:00", "15:30", "16:00"][slot];
    let agent_name = agent.name.as_deref().unwrap_or("your assistant");
    let greeting = agent
        .first_message
        .clone()
        .unwrap_or_else(|| format!("Hello! This is {agent_name}. Do you have a moment to talk?"));
    let hello = match customer {
        Some(name) => format!("Hi, this is {name}. Sure, what is this about?"),
        None => "Hi, sure. What is this about?".to_string(),
    };
    let mut lines: Vec<(&str, String)> = vec![
        ("agent", greeting),
        ("user", hello),
        (
            "agent",
            "I'm following up on your recent enquiry and wanted to see how we can help.".into(),
        ),
    ];
    let mut extracted = Map::new();
    let (sentiment, summary) = match outcome {
        "appointment_booked" => {
            lines.push(("user", "Could we set up a meeting to go through it?".into()));
            lines.push((
                "agent",
                format!("Of course. Would {date} at {time} work for you?"),
            ));
            lines.push(("user", "Yes, that works.".into()));
            lines.push((
                "agent",
                format!("Great, you're booked for {date} at {time}. Goodbye!"),
            ));
            extracted.insert("appointment_date".into(), Value::from(date.clone()));
            extracted.insert("appointment_time".into(), Value::from(time));
            (
                "positive",
                format!("The caller booked an appointment for {date} at {time}."),
            )
        }
        "callback_requested" => {
            lines.push((
                "user",
                "I'm busy right now. Can you call me back later?".into(),
            ));
            lines.push((
                "agent",
                format!("Certainly, I'll call you back on {date}. Goodbye!"),
            ));
            extracted.insert("callback_date".into(), Value::from(date.clone()));
            (
                "neutral",
                format!("The caller asked to be called back on {date}."),
            )
        }
        "information_provided" => {
            lines.push(("user", "Can you tell me more about your pricing?".into()));
            lines.push((
                "agent",
                "Sure: plans start with a free trial, and I'll email you the details.".into(),
            ));
            lines.push(("user", "Thanks, that's all I needed.".into()));
            lines.push(("agent", "You're welcome. Goodbye!".into()));
            extracted.insert("topic".into(), Value::from("pricing"));
            (
                "positive",
                "The agent answered the caller's questions about pricing.".into(),
            )
        }
        _ => {
            lines.push(("user", "Thanks, but I'm not interested.".into()));
            lines.push((
                "agent",
                "Understood, thank you for your time. Goodbye!".into(),
            ));
            ("negative", "The caller was not interested.".to_string())
        }
    };
    if let Some(name) = customer {
        extracted.insert("customer_name".into(), Value::from(name));
    }
    let n = lines.len() as f64;
    let transcript = lines
        .into_iter()
        .enumerate()
        .map(|(i, (role, content))| {
            let at = if i == 0 {
                0.0
            } else {
                (talk * (i as f64 + jitter[i % jitter.len()] * 0.5) / n).min(talk)
            };
            types::TranscriptSegment {
                role: Some(role.to_string()),
                content: Some(content),
                timestamp: Some((at * 10.0).round() / 10.0),
            }
        })
        .collect();
    let mut analysis = Map::new();
    analysis.insert("summary".into(), Value::from(summary));
    analysis.insert("sentiment".into(), Value::from(sentiment));
    analysis.insert("outcome".into(), Value::from(outcome));
    analysis.insert(
        "successful".into(),
        Value::from(matches!(
            outcome,
            "appointment_booked" | "information_provided"
        )),
    );
    (
        times,
        Script {
            outcome,
            extracted,
            analysis,
            transcript,
        },
    )
}
