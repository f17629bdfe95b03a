//! The generated files of this repository: which spec makes which file, and the drift check.

use std::path::{Path, PathBuf};

use crate::{generate_file, Config};

/// What a generated file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// The client: types, builders, `Client`, metadata (`generated.rs`).
    Client,
    /// Typed httpmock helpers, compiled with the `httpmock` feature (`generated_httpmock.rs`).
    Httpmock,
    /// The clap command line, compiled with the `cli` feature (`generated_cli.rs`).
    Cli,
    /// The spec as JSON for the simulator (`simulator/spec/<api>.json`), which checks requests
    /// against it; a copy inside the simulator's package, so that it can be published.
    SimulatorSpec,
}

impl TargetKind {
    /// Every kind, in the order files are generated.
    pub const ALL: [TargetKind; 4] = [
        TargetKind::Client,
        TargetKind::Httpmock,
        TargetKind::Cli,
        TargetKind::SimulatorSpec,
    ];

    /// The file, relative to the repository root.
    pub fn output(self, api: &str) -> PathBuf {
        PathBuf::from(match self {
            TargetKind::Client => format!("client/src/{api}/generated.rs"),
            TargetKind::Httpmock => format!("client/src/{api}/generated_httpmock.rs"),
            TargetKind::Cli => format!("client/src/{api}/generated_cli.rs"),
            TargetKind::SimulatorSpec => format!("simulator/spec/{api}.json"),
        })
    }
}

/// One checked-in generated file.
#[derive(Debug, Clone)]
pub struct Target {
    /// API name (`ringg`, `ringyo`).
    pub api: &'static str,
    /// What the file holds.
    pub kind: TargetKind,
    /// The spec, relative to the repository root.
    pub spec: PathBuf,
    /// The generated file, relative to the repository root.
    pub output: PathBuf,
}

/// Every generated file of the repository.
pub fn targets() -> Vec<Target> {
    ["ringg", "ringyo"]
        .into_iter()
        .flat_map(|api| {
            TargetKind::ALL.into_iter().map(move |kind| Target {
                api,
                kind,
                spec: PathBuf::from(format!("spec/{api}.yaml")),
                output: kind.output(api),
            })
        })
        .collect()
}

/// Generates the source of one target from the spec on disk.
pub fn render(root: &Path, target: &Target) -> Result<String, String> {
    let spec_path = root.join(&target.spec);
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let config = Config::in_crate(target.api);
    // The helpers and the CLI are modules inside `crate::<api>`, beside the private
    // `generated` module that holds the client.
    let client_path = format!("crate::{}::generated", target.api);
    match target.kind {
        TargetKind::Client => generate_file(&text, &config),
        TargetKind::Httpmock => crate::httpmock::generate_file(&text, &config, &client_path),
        TargetKind::Cli => crate::cli::generate_file(&text, &config, &client_path),
        TargetKind::SimulatorSpec => crate::spec::load(&text).and_then(|spec| {
            serde_json::to_string_pretty(&spec)
                .map(|json| json + "\n")
                .map_err(|e| crate::Error::Spec(e.to_string()))
        }),
    }
    .map_err(|e| {
        format!(
            "{} ({}): {e}",
            target.spec.display(),
            target.output.display()
        )
    })
}

/// Rewrites every generated file; returns the files that changed.
pub fn regenerate(root: &Path) -> Result<Vec<PathBuf>, String> {
    regenerate_only(root, &[])
}

/// Rewrites the generated files of the named APIs (all of them when `apis` is empty); returns
/// the files that changed.
pub fn regenerate_only(root: &Path, apis: &[&str]) -> Result<Vec<PathBuf>, String> {
    let known: Vec<&str> = {
        let mut names: Vec<&str> = targets().iter().map(|t| t.api).collect();
        names.dedup();
        names
    };
    if let Some(unknown) = apis.iter().find(|a| !known.contains(a)) {
        // A typo would otherwise match nothing and report "up to date".
        return Err(format!(
            "unknown API `{unknown}`; the known ones are {}",
            known.join(", ")
        ));
    }
    let mut changed = Vec::new();
    for target in targets()
        .into_iter()
        .filter(|t| apis.is_empty() || apis.contains(&t.api))
    {
        let source = render(root, &target)?;
        let out = root.join(&target.output);
        if std::fs::read_to_string(&out).ok().as_deref() != Some(source.as_str()) {
            if let Some(dir) = out.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&out, source).map_err(|e| format!("{}: {e}", out.display()))?;
            changed.push(target.output.clone());
        }
    }
    Ok(changed)
}

/// Regenerates in memory and compares with the checked-in files. `Err` holds a readable
/// unified diff of every file that drifted (checked-in on the `-` side, spec output on `+`).
pub fn check(root: &Path) -> Result<(), String> {
    let mut report = String::new();
    for target in targets() {
        let expected = render(root, &target)?;
        let out = root.join(&target.output);
        let actual = std::fs::read_to_string(&out).unwrap_or_default();
        if actual != expected {
            let diff = similar::TextDiff::from_lines(&actual, &expected);
            let name = target.output.display().to_string();
            report.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(
                        &format!("{name} (checked in)"),
                        &format!("{name} (from {})", target.spec.display()),
                    )
                    .to_string(),
            );
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}
