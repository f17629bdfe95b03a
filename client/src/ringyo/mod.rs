//! The Ringyo AI client.

mod generated;

pub use generated::{builder, types, Client, API, OPERATIONS};
