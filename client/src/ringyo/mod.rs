//! The Ringyo AI client.

#[rustfmt::skip]
mod generated;

pub use generated::{builder, types, Client, API, OPERATIONS};
