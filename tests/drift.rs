//! The checked-in generated clients match what the specs produce (the same check as
//! `cargo xtask check`).

#[test]
fn generated_files_match_specs() {
    if let Err(diff) = xtask::project::check(&voiceai_tests::root()) {
        panic!("{diff}\ngenerated files drifted from the specs: run `cargo xtask regenerate`");
    }
}

#[test]
fn drift_check_fails_after_a_hand_edit() {
    let root = voiceai_tests::root();
    let scratch = std::env::temp_dir().join(format!("voiceai-drift-{}", std::process::id()));
    for target in xtask::project::targets() {
        for rel in [&target.spec, &target.output] {
            let dest = scratch.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(root.join(rel), &dest).unwrap();
        }
    }
    assert!(xtask::project::check(&scratch).is_ok());
    let edited = scratch.join("client/src/ringg/generated.rs");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, text.replacen("pub struct", "pub(crate) struct", 1)).unwrap();
    let diff = xtask::project::check(&scratch).unwrap_err();
    std::fs::remove_dir_all(&scratch).ok();
    assert!(
        diff.contains("-pub(crate) struct") || diff.contains("-    pub(crate) struct"),
        "{diff}"
    );
    assert!(diff.contains("client/src/ringg/generated.rs"), "{diff}");
}

#[test]
fn every_api_has_client_httpmock_and_cli_files() {
    use xtask::project::{targets, TargetKind};
    for api in ["ringg", "ringyo"] {
        for kind in TargetKind::ALL {
            let target = targets()
                .into_iter()
                .find(|t| t.api == api && t.kind == kind)
                .unwrap_or_else(|| panic!("no {kind:?} target for {api}"));
            let text = std::fs::read_to_string(voiceai_tests::root().join(&target.output))
                .unwrap_or_else(|e| panic!("{}: {e}", target.output.display()));
            if kind == TargetKind::SimulatorSpec {
                // JSON has no comments: the copy must be the spec itself.
                let copy: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(
                    copy,
                    *voiceai_tests::spec(api),
                    "{}",
                    target.output.display()
                );
                continue;
            }
            assert!(
                text.starts_with(&format!("// @generated from spec/{api}.yaml")),
                "{}",
                target.output.display()
            );
        }
    }
}

#[test]
fn an_unknown_api_name_is_an_error_listing_the_known_ones() {
    let err = xtask::project::regenerate_only(&voiceai_tests::root(), &["ringgg"]).unwrap_err();
    assert!(err.contains("unknown API `ringgg`"), "{err}");
    assert!(err.contains("ringg, ringyo"), "{err}");
}
