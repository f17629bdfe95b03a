//! The integration tests' library: everything of `voiceai-testkit` (spec examples, the scripted
//! server, Redis, the limit worker), plus the README doctests.
#![forbid(unsafe_code)]

pub use voiceai_testkit::*;

/// The repository's README: each of its Rust code blocks is a doctest of this crate, which
/// depends on `voiceai` and `tokio` only as the README tells users to (plus features that do
/// not change what the blocks use), so a README snippet that stops compiling fails
/// `cargo test --workspace`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The user guide (`client/README.md`) with its `ignore` blocks (axum, the simulator) made
/// `no_run` by `build.rs`: this crate has those dependencies, so every block compiles here.
#[cfg(doctest)]
#[doc = include_str!(concat!(env!("OUT_DIR"), "/client_readme.md"))]
pub struct ClientReadmeDoctests;
