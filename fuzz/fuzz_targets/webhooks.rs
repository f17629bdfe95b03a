//! Fuzz target `webhooks`: see `voiceai_fuzz::webhooks` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| voiceai_fuzz::webhooks(data));
