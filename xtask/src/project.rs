//! The generated files of this repository: which spec makes which file (the layout lives here,
//! not in the generator library), regeneration and the drift check.

use std::path::{Path, PathBuf};

use voiceai_codegen::{cli, client, httpmock, Config};

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

/// The API names, in the order of [`targets`].
pub fn apis() -> Vec<&'static str> {
    let mut names: Vec<&str> = targets().iter().map(|t| t.api).collect();
    names.dedup();
    names
}

/// Generates the source of every target of one API from its spec on disk. The spec is read and
/// prepared once ([`voiceai_codegen::prepare()`]); that one value feeds the client, the httpmock
/// helpers, the CLI and the simulator's JSON copy.
pub fn render_api(root: &Path, api: &str) -> Result<Vec<(Target, String)>, String> {
    let targets: Vec<Target> = targets().into_iter().filter(|t| t.api == api).collect();
    let Some(first) = targets.first() else {
        return Err(format!(
            "unknown API `{api}`; the known ones are {}",
            apis().join(", ")
        ));
    };
    let spec_path = root.join(&first.spec);
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let prepared =
        voiceai_codegen::prepare(&text).map_err(|e| format!("{}: {e}", first.spec.display()))?;
    let config = Config::in_crate(api);
    // The helpers and the CLI are modules inside `crate::<api>`, beside the private
    // `generated` module that holds the client.
    let client_path = format!("crate::{api}::generated");
    targets
        .into_iter()
        .map(|target| {
            let source = match target.kind {
                TargetKind::Client => client::generate_file(&prepared, &config),
                TargetKind::Httpmock => httpmock::generate_file(&prepared, &config, &client_path),
                TargetKind::Cli => cli::generate_file(&prepared, &config, &client_path),
                TargetKind::SimulatorSpec => serde_json::to_string_pretty(prepared.spec())
                    .map(|json| json + "\n")
                    .map_err(|e| voiceai_codegen::Error::Spec(e.to_string())),
            }
            .map_err(|e| {
                format!(
                    "{} ({}): {e}",
                    target.spec.display(),
                    target.output.display()
                )
            })?;
            Ok((target, source))
        })
        .collect()
}

/// Rewrites the generated files of the named APIs (all of them when `apis` is empty); returns
/// the files that changed.
pub fn regenerate_only(root: &Path, apis: &[&str]) -> Result<Vec<PathBuf>, String> {
    let known = self::apis();
    if let Some(unknown) = apis.iter().find(|a| !known.contains(a)) {
        // A typo would otherwise match nothing and report "up to date".
        return Err(format!(
            "unknown API `{unknown}`; the known ones are {}",
            known.join(", ")
        ));
    }
    let mut changed = Vec::new();
    for api in known
        .into_iter()
        .filter(|a| apis.is_empty() || apis.contains(a))
    {
        for (target, source) in render_api(root, api)? {
            let out = root.join(&target.output);
            if std::fs::read_to_string(&out).ok().as_deref() != Some(source.as_str()) {
                if let Some(dir) = out.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                std::fs::write(&out, source).map_err(|e| format!("{}: {e}", out.display()))?;
                changed.push(target.output.clone());
            }
        }
    }
    Ok(changed)
}

/// Regenerates in memory and compares with the checked-in files. `Err` holds a readable
/// unified diff of every file that drifted (checked-in on the `-` side, spec output on `+`).
pub fn check(root: &Path) -> Result<(), String> {
    let mut report = String::new();
    for (target, expected) in apis()
        .into_iter()
        .map(|api| render_api(root, api))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
    {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_path_buf()
    }

    /// The client, the httpmock helpers, the CLI and the simulator's copy of one API all come
    /// from one prepared spec: `prepare` runs once per API, not once per file.
    #[test]
    fn each_spec_is_prepared_once_for_all_its_files() {
        for api in apis() {
            let before = voiceai_codegen::prepare::prepared_on_this_thread();
            let files = render_api(&root(), api).unwrap();
            let after = voiceai_codegen::prepare::prepared_on_this_thread();
            assert_eq!(
                after - before,
                1,
                "{api} was prepared {} times",
                after - before
            );
            let kinds: Vec<TargetKind> = files.iter().map(|(t, _)| t.kind).collect();
            assert_eq!(kinds, TargetKind::ALL, "{api}");
        }
    }

    #[test]
    fn an_unknown_api_is_an_error_naming_the_known_ones() {
        let err = render_api(&root(), "nope").unwrap_err();
        assert!(err.contains("unknown API `nope`"), "{err}");
        assert!(err.contains("ringg, ringyo"), "{err}");
    }
}
