//! The client on the wire, against loopback servers (scripted servers, httpmock): the runtime's
//! retries, limits, errors and hostile inputs, every operation of both APIs, pagination,
//! webhooks, the typed mock helpers and the fuzz regressions. One test binary: linking one
//! binary instead of seven is most of what `cargo test` saves on two cores.

#[path = "axum_webhooks.rs"]
mod axum_webhooks;
#[path = "fuzz_regressions.rs"]
mod fuzz_regressions;
#[path = "messages.rs"]
mod messages;
#[path = "mock_helpers.rs"]
mod mock_helpers;
#[path = "otel_fields.rs"]
mod otel_fields;
#[path = "pagination.rs"]
mod pagination;
#[path = "ringg_operations.rs"]
mod ringg_operations;
#[path = "ringyo_operations.rs"]
mod ringyo_operations;
#[path = "runtime.rs"]
mod runtime;
#[path = "usage.rs"]
mod usage;
#[path = "webhooks.rs"]
mod webhooks;
