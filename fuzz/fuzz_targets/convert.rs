//! The embedding API's conversions: arbitrary host values into Python and
//! back, through globals, calls and serde.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pyroclast_fuzz::convert::round_trip(data);
});
