//! Fuzz target `retry_after`: see `voiceai_fuzz::retry_after` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| voiceai_fuzz::retry_after(data));
