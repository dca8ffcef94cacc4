//! The evaluator on arbitrary source text (seeded with the conformance and
//! real-world corpus) under tight embedding limits.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        pyroclast_fuzz::run_limited(src);
    }
});
