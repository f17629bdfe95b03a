//! The repository's side of the generator: which spec makes which checked-in file, and the
//! drift check. The `voiceai-codegen` library knows nothing of this layout; `cargo xtask`
//! (and the drift test in `tests/`) use it through this library.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod project;
