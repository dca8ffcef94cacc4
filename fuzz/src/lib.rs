//! Shared pieces of the fuzz targets: running source under tight limits,
//! the program generator and the conversion round trip. Also used by the
//! stable-toolchain smoke test (`crates/pyroclast/tests/fuzz_smoke.rs`
//! mutates the corpus the same way, without libFuzzer).

pub mod convert;
pub mod programs;

use std::time::Duration;

use pyroclast::Interpreter;

/// Counting every allocation lets `max_memory` stop memory bombs early.
#[global_allocator]
static ALLOC: pyroclast::CountingAllocator = pyroclast::CountingAllocator;

/// Runs `src` in a fresh interpreter under limits tight enough that every
/// input ends quickly; any outcome but a panic or hang is fine.
pub fn run_limited(src: &str) {
    let mut py = Interpreter::builder()
        .capture_output()
        .virtual_time(true)
        .max_steps(200_000)
        .max_memory(256 << 20)
        .max_recursion_depth(150)
        .timeout(Duration::from_secs(5))
        .build();
    let _ = py.run(src);
    let _ = py.take_output();
    let _ = py.take_stderr();
}
