//! Fuzz target `path_segment`: see `voiceai_fuzz::path_segment` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| voiceai_fuzz::path_segment(data));
