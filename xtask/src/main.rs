//! `cargo xtask regenerate` rewrites the generated clients from the specs; `cargo xtask check`
//! fails with a diff when a checked-in generated file differs from what its spec produces;
//! `cargo xtask bless` accepts the generator's new golden output (codegen/tests/fixtures);
//! `cargo xtask bench` measures the runtime against baselines and writes BENCHMARKS.md.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod bench;

use xtask::project;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("regenerate") => match project::regenerate_only(
            &root(),
            &args[1..].iter().map(String::as_str).collect::<Vec<_>>(),
        ) {
            Ok(changed) if changed.is_empty() => {
                println!("generated files are up to date");
                ExitCode::SUCCESS
            }
            Ok(changed) => {
                for file in changed {
                    println!("rewrote {}", file.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        Some("check") => match project::check(&root()) {
            Ok(()) => {
                println!("generated files match the specs");
                ExitCode::SUCCESS
            }
            Err(diff) => {
                eprintln!("{diff}");
                eprintln!(
                    "error: generated files differ from what the specs produce; \
                     run `cargo xtask regenerate` (never edit generated files by hand)"
                );
                ExitCode::FAILURE
            }
        },
        Some("bless") => {
            // The golden tests of the generator (codegen/tests/fixtures) write their output as
            // the new expected files; review them with `git diff` before committing.
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let status = std::process::Command::new(cargo)
                .args(["test", "-p", "voiceai-codegen", "--lib", "golden"])
                .env("VOICEAI_BLESS", "1")
                .current_dir(root())
                .status();
            match status {
                Ok(status) if status.success() => {
                    println!("golden files blessed: review `git diff codegen/tests/fixtures`");
                    ExitCode::SUCCESS
                }
                Ok(_) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("error: cannot run cargo: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("bench") => match bench::run(&root(), &args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!(
                "usage: cargo xtask regenerate [ringg|ringyo]... | cargo xtask check | \
                 cargo xtask bless | cargo xtask bench [--quick] [--no-build-cost]"
            );
            ExitCode::from(2)
        }
    }
}
