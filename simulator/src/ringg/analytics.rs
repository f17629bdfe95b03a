//! Analytics computed from the simulated calls.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};
use voiceai::ringg::types;

use super::calls::Call;
use super::{not_found, query_bool, validation, Answer, State};
use crate::{to_map, Ctx, Reply, Req};

/// Duration buckets: (label, upper bound in seconds).
const BUCKETS: [(&str, f64); 4] = [
    ("0-30s", 30.0),
    ("30-60s", 60.0),
    ("60-120s", 120.0),
    ("120s+", f64::INFINITY),
];

/// Counts over a set of calls.
#[derive(Default)]
struct Totals {
    total: u64,
    connected: u64,
    failed: u64,
    pending: u64,
    cancelled: u64,
    voicemail: u64,
    duration: f64,
    cost: f64,
}

impl Totals {
    fn of<'a>(calls: impl IntoIterator<Item = &'a Call>) -> Totals {
        let mut t = Totals::default();
        for c in calls {
            t.total += 1;
            t.duration += c.duration;
            t.cost += c.cost;
            t.voicemail += c.voicemail as u64;
            match c.status {
                types::CallStatus::Completed => t.connected += 1,
                types::CallStatus::Failed | types::CallStatus::Error => t.failed += 1,
                types::CallStatus::Cancelled => t.cancelled += 1,
                _ => t.pending += 1,
            }
        }
        t
    }

    fn rate(&self) -> f64 {
        let ended = self.connected + self.failed;
        if ended == 0 {
            0.0
        } else {
            round(self.connected as f64 / ended as f64)
        }
    }

    fn average_duration(&self) -> f64 {
        if self.connected == 0 {
            0.0
        } else {
            round(self.duration / self.connected as f64)
        }
    }

    fn summary(&self) -> Map<String, Value> {
        to_map(&json!({
            "total_calls": self.total,
            "connected_calls": self.connected,
            "failed_calls": self.failed,
            "pending_calls": self.pending,
            "cancelled_calls": self.cancelled,
            "voicemail_calls": self.voicemail,
            "total_duration_seconds": round(self.duration),
            "total_cost": round(self.cost),
        }))
    }

    fn performance(&self) -> Map<String, Value> {
        to_map(&json!({
            "connection_rate": self.rate(),
            "average_call_duration": self.average_duration(),
            "average_call_cost": if self.connected == 0 { 0.0 } else { round(self.cost / self.connected as f64) },
        }))
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl State {
    /// The calls the analytics filters keep.
    fn analytics_calls(&self, req: &Req, op: &str, ctx: &Ctx) -> Result<Vec<&Call>, Reply> {
        // `YYYY-MM-DD` only; the end date covers its whole day (compared with `<=`).
        let date = |name: &str, end_of_day: bool| -> Result<Option<f64>, Reply> {
            match req.query(name).filter(|d| !d.is_empty()) {
                None => Ok(None),
                Some(d) => match crate::parse_date_bound(d, end_of_day).filter(|_| d.len() == 10) {
                    Some(t) => Ok(Some(t)),
                    None => Err(validation(
                        &["query", name],
                        &format!("`{d}` is not YYYY-MM-DD"),
                    )),
                },
            }
        };
        let start = date("start_date", false)?;
        let end = date("end_date", true)?;
        let agent = req.query("agent_id").filter(|a| !a.is_empty());
        let list = req.query("bulk_list_id").filter(|l| !l.is_empty());
        let voicemail = query_bool(req, "voicemail")?;
        if op == "get_drill_down_analytics" {
            let Some(list) = list else {
                return Err(validation(&["query", "bulk_list_id"], "field required"));
            };
            self.list_index(list, ctx)?;
        }
        if let Some(agent) = agent {
            if !self.agents.iter().any(|a| a.id == agent) {
                return Err(not_found("agent", agent, ctx));
            }
        }
        Ok(self
            .calls
            .iter()
            .filter(|c| start.is_none_or(|s| c.created_at >= s))
            .filter(|c| end.is_none_or(|e| c.created_at <= e))
            .filter(|c| agent.is_none_or(|a| a == c.agent_id))
            .filter(|c| list.is_none_or(|l| c.bulk_list_id.as_deref() == Some(l)))
            .filter(|c| voicemail.is_none_or(|v| v == c.voicemail))
            .collect())
    }

    pub(super) fn analytics(&mut self, op: &str, req: &Req, ctx: &mut Ctx) -> Answer {
        let calls = self.analytics_calls(req, op, ctx)?;
        let totals = Totals::of(calls.iter().copied());
        Ok(match op {
            "get_platform_analytics" => {
                let mut performance = totals.performance();
                let mut by_status = BTreeMap::new();
                for c in &calls {
                    *by_status.entry(c.status.to_string()).or_insert(0u64) += 1;
                }
                performance.insert("calls_by_status".into(), json!(by_status));
                Reply::ok(&types::PlatformAnalyticsResponse {
                    cached: Some(false),
                    metrics_summary: totals.summary(),
                    performance_metrics: performance,
                })
            }
            "get_number_analytics" => {
                let mut by_number: BTreeMap<&str, Vec<&Call>> = BTreeMap::new();
                for c in &calls {
                    by_number.entry(&c.from_number).or_default().push(c);
                }
                let rows = by_number
                    .into_iter()
                    .map(|(number, calls)| {
                        let t = Totals::of(calls);
                        let mut row = t.summary();
                        row.insert("number".into(), number.into());
                        row.insert("connection_rate".into(), t.rate().into());
                        row
                    })
                    .collect();
                Reply::ok(&types::NumberAnalyticsResponse {
                    number_analytics: rows,
                })
            }
            "get_classification_analytics" => {
                let mut labels = Map::new();
                for c in &calls {
                    let label = c
                        .platform_analysis
                        .as_ref()
                        .and_then(|a| a.get("classification"))
                        .and_then(Value::as_str);
                    if let Some(label) = label {
                        let n = labels.get(label).and_then(Value::as_u64).unwrap_or(0);
                        labels.insert(label.to_string(), (n + 1).into());
                    }
                }
                Reply::ok(&types::ClassificationAnalyticsResponse {
                    classification_analytics: labels,
                })
            }
            "get_duration_distribution" => {
                let mut counts = [0u64; BUCKETS.len()];
                for c in calls
                    .iter()
                    .filter(|c| c.status == types::CallStatus::Completed)
                {
                    let bucket = BUCKETS
                        .iter()
                        .position(|(_, upper)| c.duration < *upper)
                        .unwrap_or(BUCKETS.len() - 1);
                    counts[bucket] += 1;
                }
                let distribution = BUCKETS
                    .iter()
                    .zip(counts)
                    .map(|((label, _), n)| (label.to_string(), Value::from(n)))
                    .collect();
                Reply::ok(&types::DurationDistributionResponse {
                    duration_distribution: distribution,
                })
            }
            _ => {
                let list_id = req.query("bulk_list_id").unwrap_or_default();
                let list = &self.lists[self.list_index(list_id, ctx)?];
                let mut metrics = totals.summary();
                metrics.extend(totals.performance());
                metrics.insert("bulk_list_id".into(), list.id.clone().into());
                metrics.insert("campaign_name".into(), list.name.clone().into());
                metrics.insert(
                    "campaign_status".into(),
                    self.campaign_status(list).to_string().into(),
                );
                Reply::ok(&types::DrillDownAnalyticsResponse {
                    cached: Some(false),
                    performance_metrics: metrics,
                })
            }
        })
    }
}
