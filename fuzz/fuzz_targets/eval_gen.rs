//! The evaluator on structured programs built from the fuzzer's bytes
//! (`pyroclast_fuzz::programs`), so mutations reach semantics rather than
//! stopping at syntax errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = pyroclast_fuzz::programs::program(data);
    pyroclast_fuzz::run_limited(&src);
});
