//! The user guide (`client/README.md`, the `voiceai` crate's documentation) has blocks that
//! need crates `voiceai` does not depend on (axum, the simulator): they are `rust,ignore`
//! there. This copies the guide with those blocks made `rust,no_run`, so that this crate,
//! which has those dependencies, compiles every block of it as a doctest.

fn main() {
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../client/README.md");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).expect("client/README.md is readable");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR is set"));
    std::fs::write(
        out.join("client_readme.md"),
        text.replace("```rust,ignore", "```rust,no_run"),
    )
    .expect("OUT_DIR is writable");
}
