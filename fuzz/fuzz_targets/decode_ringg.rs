//! Fuzz target `decode_ringg`: see `voiceai_fuzz::decode_ringg` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| voiceai_fuzz::decode_ringg(data));
