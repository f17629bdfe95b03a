//! Fuzz target `decode_ringyo`: see `voiceai_fuzz::decode_ringyo` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| voiceai_fuzz::decode_ringyo(data));
