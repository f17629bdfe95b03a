//! The workspace: its seed (users, numbers, pool, voices) and the workspace operations.

use std::collections::HashMap;

use voiceai::ringg::types;

use super::{paging, Answer, State};
use crate::{iso8601_micros, Ctx, Reply, Req};

/// The id of the number pool every seeded number belongs to (the spec examples' pool id, so
/// that requests copied from the docs work).
pub const POOL_ID: &str = "3c9b7e1a-2f4d-4a8b-9c6e-1d2f3a4b5c6d";
/// The spec examples' workspace number id (`from_number_id`).
pub const EXAMPLE_NUMBER_ID: &str = "9f6d1c1e-5b3a-4d8e-9a51-2c7f0e4b8d21";
/// The spec examples' voice id.
pub const EXAMPLE_VOICE_ID: &str = "02ad256b-092b-4048-bea0-5af46a452b98";

const DAY: f64 = 86_400.0;

/// (name, gender, languages)
const VOICES: &[(&str, &str, &[&str])] = &[
    ("Sarah", "female", &["en-US", "en-IN"]),
    ("Arjun", "male", &["en-IN", "hi-IN"]),
    ("Priya", "female", &["hi-IN", "mr-IN", "gu-IN"]),
    ("Karthik", "male", &["ta-IN", "te-IN", "kn-IN"]),
    ("Ananya", "female", &["bn-IN", "hi-IN"]),
    ("Emma", "female", &["en-US"]),
    ("Omar", "male", &["ar-AE", "en-US"]),
];

/// (number, display name, provider, inbound)
const NUMBERS: &[(&str, &str, &str, bool)] = &[
    ("+1234567890", "Main line", "twilio", true),
    ("+919876500100", "India outbound", "plivo", false),
    ("+14155550123", "US support", "twilio", true),
];

/// The workspace member id of the docs' examples.
pub const EXAMPLE_USER_ID: &str = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

pub(super) fn seed(ctx: &mut Ctx) -> State {
    let now = ctx.now;
    let created_at = now - 120.0 * DAY;
    let users = [
        ("owner", "owner@sim.ringg.test", "owner"),
        ("jane.doe", "jane@example.com", "member"),
        ("ravi.k", "ravi@example.com", "member"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (username, email, role))| types::WorkspaceUser {
        // The member of the docs' examples (`email_completion_user_ids`) exists, as the
        // example number and pool do, so that a documented request works as written.
        id: if i == 1 {
            EXAMPLE_USER_ID.to_string()
        } else {
            ctx.uuid()
        },
        username: Some(username.to_string()),
        email: Some(email.to_string()),
        role: Some(role.to_string()),
        invite_status: Some("success".into()),
    })
    .collect();
    let numbers = NUMBERS
        .iter()
        .enumerate()
        .map(|(i, (number, display, provider, inbound))| {
            let id = if i == 0 {
                EXAMPLE_NUMBER_ID.to_string()
            } else {
                ctx.uuid()
            };
            types::WorkspaceNumber {
                id,
                number: Some(number.to_string()),
                created_at: Some(iso8601_micros(created_at + i as f64 * DAY)),
                call_count: Some(0),
                agent: None,
                is_inbound_enabled: Some(*inbound),
                is_test_number: Some(false),
                tags: vec![],
                is_spam: Some(false),
                spam_message: None,
                provider: Some(provider.to_string()),
                display_name: Some(display.to_string()),
                owner: Some("owner@sim.ringg.test".into()),
                is_custom_number: Some(false),
                telephony_id: Some(ctx.uuid()),
                number_pool_id: Some(POOL_ID.into()),
            }
        })
        .collect();
    let voices = VOICES
        .iter()
        .enumerate()
        .map(|(i, (name, gender, languages))| {
            let id = if i == 0 {
                EXAMPLE_VOICE_ID.to_string()
            } else {
                ctx.uuid()
            };
            let slug = name.to_ascii_lowercase();
            types::Voice {
                id,
                name: Some(name.to_string()),
                gender: Some(gender.to_string()),
                image_url: Some(format!("https://cdn.ringg.ai/voices/{slug}.png")),
                languages: languages.iter().map(|l| l.to_string()).collect(),
                voice_previews: languages
                    .iter()
                    .map(|l| {
                        (
                            l.to_string(),
                            format!("https://cdn.ringg.ai/voices/{slug}-{l}.mp3"),
                        )
                    })
                    .collect::<HashMap<_, _>>(),
                created_at: Some(iso8601_micros(created_at)),
                updated_at: Some(iso8601_micros(created_at + DAY)),
            }
        })
        .collect();
    State {
        api_key: ctx.config.ringg_key.clone(),
        credits: ctx.config.ringg_credits,
        workspace_id: ctx.uuid(),
        workspace_name: "Simulated Workspace".into(),
        created_at,
        users,
        numbers,
        pool_ids: vec![POOL_ID.into()],
        voices,
        agents: Vec::new(),
        calls: Vec::new(),
        lists: Vec::new(),
        kbs: Vec::new(),
    }
}

impl State {
    /// Credits promised to scheduled campaign calls (queued calls' estimate).
    fn locked_credits(&self) -> f64 {
        0.0
    }

    pub(super) fn get_workspace(&self, _ctx: &Ctx) -> Answer {
        Ok(Reply::ok(&types::WorkspaceInfoResponse {
            workspace_info: Some(types::WorkspaceInfo {
                id: Some(self.workspace_id.clone()),
                name: Some(self.workspace_name.clone()),
                created_at: Some(iso8601_micros(self.created_at)),
                credits: Some(round2(self.credits)),
                locked_credits: Some(self.locked_credits()),
                api_key: Some(self.api_key.clone().into()),
            }),
        }))
    }

    pub(super) fn list_user_workspaces(&self, _ctx: &Ctx) -> Answer {
        Ok(Reply::ok(&types::UserWorkspacesResponse {
            workspaces: vec![types::UserWorkspace {
                id: self.workspace_id.clone(),
                name: Some(self.workspace_name.clone()),
                created_at: Some(iso8601_micros(self.created_at)),
                role: Some("owner".into()),
                credits: Some(round2(self.credits)),
                locked_credits: Some(self.locked_credits()),
            }],
        }))
    }

    pub(super) fn list_workspace_users(&self, req: &Req) -> Answer {
        let (limit, offset) = paging(req)?;
        Ok(Reply::ok(&types::WorkspaceUsersResponse {
            workspace_users: self
                .users
                .iter()
                .skip(offset)
                .take(limit)
                .cloned()
                .collect(),
        }))
    }

    pub(super) fn regenerate_api_key(&mut self, ctx: &mut Ctx) -> Answer {
        self.api_key = ctx.uuid();
        Ok(Reply::ok(&types::RegenerateApiKeyResponse {
            new_api_key: self.api_key.clone().into(),
        }))
    }

    pub(super) fn list_workspace_numbers(&self, req: &Req) -> Answer {
        let (limit, offset) = paging(req)?;
        let numbers = self
            .numbers
            .iter()
            .skip(offset)
            .take(limit)
            .map(|n| {
                let mut n = n.clone();
                let id = n.id.clone();
                let number = n.number.clone().unwrap_or_default();
                n.call_count = Some(
                    self.calls
                        .iter()
                        .filter(|c| c.from_number == number)
                        .count() as i64,
                );
                n.agent = self
                    .agents
                    .iter()
                    .find(|a| a.inbound_number_ids.contains(&id))
                    .map(|a| types::WorkspaceNumberAgent {
                        id: Some(a.id.clone()),
                        agent_display_name: Some(a.name.clone()),
                    });
                n
            })
            .collect();
        Ok(Reply::ok(&types::WorkspaceNumbersResponse {
            workspace_numbers: numbers,
        }))
    }

    /// A workspace number by id.
    pub(super) fn number_by_id(&self, id: &str) -> Option<&types::WorkspaceNumber> {
        self.numbers.iter().find(|n| n.id == id)
    }

    /// The caller number for a pool: its numbers in turn (rotation by call count).
    pub(super) fn number_from_pool(&self, pool: &str) -> Option<String> {
        let numbers: Vec<&str> = self
            .numbers
            .iter()
            .filter(|n| n.number_pool_id.as_deref() == Some(pool))
            .filter_map(|n| n.number.as_deref())
            .collect();
        if numbers.is_empty() {
            return None;
        }
        Some(numbers[self.calls.len() % numbers.len()].to_string())
    }

    pub(super) fn has_pool(&self, pool: &str) -> bool {
        self.pool_ids.iter().any(|p| p == pool)
    }

    /// The default pool (v2 calls that name no caller number).
    pub(super) fn default_pool(&self) -> String {
        self.pool_ids.first().cloned().unwrap_or_default()
    }
}

/// Two decimals, as credits are shown.
pub(super) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
