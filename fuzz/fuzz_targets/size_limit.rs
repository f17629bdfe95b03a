//! Fuzz target `size_limit`: see `voiceai_fuzz::size_limit` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| voiceai_fuzz::size_limit(data));
