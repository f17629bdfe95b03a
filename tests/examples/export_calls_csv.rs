//! Export the whole call history to a CSV file, with a progress bar.
//!
//! ```sh
//! cargo run --example export_calls_csv -- calls.csv        # against the simulator
//! RINGYO_API_KEY=… cargo run --example export_calls_csv -- calls.csv
//! ```
//!
//! Pages are fetched one at a time (`stream()`, 100 calls a page) through the client's rate
//! limit and retries, and written as they come, so memory stays at one page whatever the
//! history's size. The bar shows on a terminal only.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Write};

use indicatif::{ProgressBar, ProgressStyle};
use voiceai::pagination::StreamExt;
use voiceai::ringyo::{self, types};
use voiceai_simulator::{Simulator, RINGYO_KEY};

const COLUMNS: [&str; 9] = [
    "id",
    "status",
    "to",
    "from",
    "agent_id",
    "created_at",
    "ended_at",
    "duration_seconds",
    "outcome",
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "calls.csv".into());
    let (client, sim) = connect().await?;
    if sim.is_some() {
        seed_calls(&client, 230).await?;
    }

    // The total, from the first page's count, sizes the bar.
    let total = client.list_calls().limit(1).send().await?.total;
    let bar = match total {
        Some(n) if std::io::IsTerminal::is_terminal(&std::io::stderr()) => {
            let bar = ProgressBar::new(n.max(0) as u64);
            bar.set_style(ProgressStyle::with_template(
                "{bar:40} {pos}/{len} calls {elapsed} (eta {eta})",
            )?);
            bar
        }
        _ => ProgressBar::hidden(),
    };

    let mut out = BufWriter::new(File::create(&path)?);
    writeln!(out, "{}", COLUMNS.join(","))?;
    let mut calls = std::pin::pin!(client.list_calls().limit(100).stream());
    let mut written = 0u64;
    while let Some(call) = calls.next().await {
        let call = call?;
        write_row(&mut out, &call)?;
        written += 1;
        bar.inc(1);
    }
    out.flush()?;
    bar.finish_and_clear();
    println!("wrote {written} calls to {path}");
    eprintln!("{}", client.usage().summary());
    drop(sim);
    Ok(())
}

fn write_row(out: &mut impl Write, call: &types::Call) -> std::io::Result<()> {
    let duration = call
        .duration
        .or(call.duration_seconds)
        .map(|d| d.to_string());
    let status = call.status.as_ref().map(ToString::to_string);
    let fields = [
        Some(call.id.as_str()),
        status.as_deref(),
        call.phone_number.as_deref(),
        call.from_number.as_deref(),
        call.agent_id.as_deref(),
        call.created_at.as_deref(),
        call.ended_at.as_deref(),
        duration.as_deref(),
        call.outcome.as_deref(),
    ];
    let row: Vec<String> = fields.iter().map(|f| csv_field(f.unwrap_or(""))).collect();
    writeln!(out, "{}", row.join(","))
}

/// RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. A field
/// starting with `=`, `+`, `-` or `@` is prefixed with `'` so that a spreadsheet does not run
/// it as a formula (text from a call can be anything).
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) && !looks_numeric(value) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `+14155550123` and `-3` are data, not formulas.
fn looks_numeric(value: &str) -> bool {
    value.len() > 1 && value[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The real service when `RINGYO_API_KEY` is set, else the simulator, started here.
async fn connect() -> Result<(ringyo::Client, Option<Simulator>), Box<dyn Error>> {
    if std::env::var("RINGYO_API_KEY").is_ok_and(|k| !k.trim().is_empty()) {
        let client = ringyo::Client::builder().plan(ringyo::Plan::Pro).build()?;
        return Ok((client, None));
    }
    let sim = Simulator::start().await?;
    println!(
        "No RINGYO_API_KEY: using the voiceai simulator at {} (not the real service).",
        sim.addr()
    );
    let client = ringyo::Client::builder()
        .api_key(RINGYO_KEY)
        .base_url(sim.ringyo_url())
        .build()?;
    Ok((client, Some(sim)))
}

/// A history to export in the simulated run.
async fn seed_calls(client: &ringyo::Client, n: u32) -> Result<(), voiceai::Error> {
    let agent = client
        .create_agent()
        .body_map(|b| {
            b.name("Survey")
                .system_prompt("You ask two short questions about the last delivery.")
                .voice_id("voice_sarah")
        })
        .send()
        .await?
        .into_inner();
    for i in 0..n {
        client
            .create_call()
            .body_map(|b| {
                b.agent_id(agent.id.clone())
                    .phone_number(format!("+1415555{:04}", 1000 + i))
            })
            .send()
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("+14155550123"), "+14155550123");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }
}
