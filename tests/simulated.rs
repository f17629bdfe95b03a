//! Both APIs against the voiceai simulator: every operation, call flows with webhooks, the
//! coverage of the specs, and the reliability suite under injected faults. One test binary.

#[path = "reliability.rs"]
mod reliability;
#[path = "shared_limit.rs"]
mod shared_limit;
#[path = "sim_conformance.rs"]
mod sim_conformance;
#[path = "sim_coverage.rs"]
mod sim_coverage;
#[path = "sim_ringg.rs"]
mod sim_ringg;
#[path = "sim_ringyo.rs"]
mod sim_ringyo;
