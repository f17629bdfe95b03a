//! The generator: the checked-in files match the specs (drift), and the `client!` macro builds
//! a working client from a spec of its own. One test binary.

#[path = "drift.rs"]
mod drift;
#[path = "generator_docs.rs"]
mod generator_docs;
#[path = "macro_client.rs"]
mod macro_client;
