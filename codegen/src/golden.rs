//! Golden tests, one tiny spec per feature: `codegen/tests/fixtures/<feature>.yaml` and, beside
//! it, the formatted output the generator gives for it (`<feature>.client.rs`, and
//! `<feature>.cli.rs` / `<feature>.httpmock.rs` where the feature shapes those). A generator
//! change shows as a small diff of these files.
//!
//! A mismatch fails with a unified diff. To accept new output, re-run with `VOICEAI_BLESS=1`:
//!
//! ```sh
//! VOICEAI_BLESS=1 cargo test -p voiceai-codegen --lib golden
//! ```

use std::path::{Path, PathBuf};

use crate::{cli, client, httpmock, prepare, Config};

/// The outputs a fixture's expected files cover.
#[derive(Clone, Copy)]
enum Output {
    Client,
    Cli,
    Httpmock,
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Generates a fixture's outputs from one prepared spec and compares each with its expected
/// file (or writes it, when blessing).
fn golden(name: &str, outputs: &[Output]) {
    let dir = fixtures_dir();
    let spec_text = std::fs::read_to_string(dir.join(format!("{name}.yaml"))).unwrap();
    let before = crate::prepare::prepared_on_this_thread();
    let prepared = prepare(&spec_text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let config = Config {
        spec_label: format!("codegen/tests/fixtures/{name}.yaml"),
        ..Config::in_crate(name)
    };
    let client_path = format!("crate::{name}::generated");
    let bless = std::env::var_os("VOICEAI_BLESS").is_some_and(|v| v != "0" && !v.is_empty());
    let mut failures = String::new();
    for output in outputs {
        let (suffix, actual) = match output {
            Output::Client => ("client", client::generate_file(&prepared, &config)),
            Output::Cli => ("cli", cli::generate_file(&prepared, &config, &client_path)),
            Output::Httpmock => (
                "httpmock",
                httpmock::generate_file(&prepared, &config, &client_path),
            ),
        };
        let actual = actual.unwrap_or_else(|e| panic!("{name} ({suffix}): {e}"));
        let file = format!("{name}.{suffix}.rs");
        let path = dir.join(&file);
        if bless {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            let diff = similar::TextDiff::from_lines(&expected, &actual);
            failures.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(
                        &format!("codegen/tests/fixtures/{file} (expected)"),
                        &format!("codegen/tests/fixtures/{file} (generated)"),
                    )
                    .to_string(),
            );
        }
    }
    // All outputs came from the one prepared spec.
    assert_eq!(crate::prepare::prepared_on_this_thread() - before, 1);
    assert!(
        failures.is_empty(),
        "{failures}\nthe generator's output for fixture `{name}` changed; if that is intended, \
         accept it with `VOICEAI_BLESS=1 cargo test -p voiceai-codegen --lib golden` and \
         commit the new expected files"
    );
}

#[test]
fn multipart() {
    golden(
        "multipart",
        &[Output::Client, Output::Cli, Output::Httpmock],
    );
}

#[test]
fn open_enum() {
    golden("open_enum", &[Output::Client]);
}

#[test]
fn cursor_stream() {
    golden("cursor_stream", &[Output::Client, Output::Cli]);
}

#[test]
fn offset_stream() {
    golden("offset_stream", &[Output::Client]);
}

#[test]
fn envelope() {
    golden("envelope", &[Output::Client]);
}

#[test]
fn deprecated() {
    golden("deprecated", &[Output::Client, Output::Cli]);
}

#[test]
fn scope() {
    golden("scope", &[Output::Client]);
}

#[test]
fn secret_field() {
    golden("secret_field", &[Output::Client]);
}

/// Every fixture has a test above, and every expected file a fixture and an output.
#[test]
fn every_fixture_is_tested() {
    const TESTED: [&str; 8] = [
        "cursor_stream",
        "deprecated",
        "envelope",
        "multipart",
        "offset_stream",
        "open_enum",
        "scope",
        "secret_field",
    ];
    let mut specs = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(stem) = name.strip_suffix(".yaml") {
            specs.push(stem.to_string());
        } else {
            let stem = name.split('.').next().unwrap();
            assert!(TESTED.contains(&stem), "{name} belongs to no fixture");
        }
    }
    specs.sort();
    assert_eq!(specs, TESTED);
}
