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

impl Output {
    /// The expected file's middle name: `<fixture>.<suffix>.rs`.
    fn suffix(self) -> &'static str {
        match self {
            Output::Client => "client",
            Output::Cli => "cli",
            Output::Httpmock => "httpmock",
        }
    }
}

/// Every fixture with the outputs its expected files cover; each has a `#[test]` below.
const FIXTURES: [(&str, &[Output]); 8] = [
    ("cursor_stream", &[Output::Client, Output::Cli]),
    ("deprecated", &[Output::Client, Output::Cli]),
    ("envelope", &[Output::Client]),
    (
        "multipart",
        &[Output::Client, Output::Cli, Output::Httpmock],
    ),
    ("offset_stream", &[Output::Client]),
    ("open_enum", &[Output::Client]),
    ("scope", &[Output::Client]),
    ("secret_field", &[Output::Client]),
];

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Generates a fixture's outputs from one prepared spec and compares each with its expected
/// file (or writes it, when blessing).
fn golden(name: &str) {
    let (_, outputs) = FIXTURES
        .iter()
        .find(|(fixture, _)| *fixture == name)
        .unwrap_or_else(|| panic!("{name} is not in FIXTURES"));
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
    for output in outputs.iter() {
        let suffix = output.suffix();
        let actual = match output {
            Output::Client => client::generate_file(&prepared, &config),
            Output::Cli => cli::generate_file(&prepared, &config, &client_path),
            Output::Httpmock => httpmock::generate_file(&prepared, &config, &client_path),
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
    golden("multipart");
}

#[test]
fn open_enum() {
    golden("open_enum");
}

#[test]
fn cursor_stream() {
    golden("cursor_stream");
}

#[test]
fn offset_stream() {
    golden("offset_stream");
}

#[test]
fn envelope() {
    golden("envelope");
}

#[test]
fn deprecated() {
    golden("deprecated");
}

#[test]
fn scope() {
    golden("scope");
}

#[test]
fn secret_field() {
    golden("secret_field");
}

/// Every fixture is in [`FIXTURES`], and every expected file belongs to a fixture and to one of
/// the outputs its test generates (a stale `<fixture>.cli.rs` would otherwise sit unchecked).
#[test]
fn every_fixture_is_tested() {
    let expected_files: Vec<String> = FIXTURES
        .iter()
        .flat_map(|(name, outputs)| {
            outputs
                .iter()
                .map(move |output| format!("{name}.{}.rs", output.suffix()))
        })
        .collect();
    let mut specs = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(stem) = name.strip_suffix(".yaml") {
            specs.push(stem.to_string());
        } else {
            let stem = name.split('.').next().unwrap();
            assert!(
                FIXTURES.iter().any(|(fixture, _)| *fixture == stem),
                "{name} belongs to no fixture"
            );
            assert!(
                expected_files.contains(&name),
                "{name} is no output its fixture's test generates"
            );
        }
    }
    specs.sort();
    let fixtures: Vec<&str> = FIXTURES.iter().map(|(name, _)| *name).collect();
    assert_eq!(specs, fixtures);
}
