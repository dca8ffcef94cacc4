//! Runs every example in `examples/`, so that they keep building and keep
//! doing what they say: each example checks its own results with
//! `assert!`/`assert_eq!`, and its `main` is called here.

#[path = "../examples/async_host_fn.rs"]
mod async_host_fn;
#[path = "../examples/embed_basic.rs"]
mod embed_basic;
#[path = "../examples/limits.rs"]
mod limits;
#[path = "../examples/pool.rs"]
mod pool;
#[cfg(feature = "serde")]
#[path = "../examples/serde_structs.rs"]
mod serde_structs;
#[path = "../examples/stream_bridge.rs"]
mod stream_bridge;

use pyroclast::Error;

#[test]
fn embed_basic_example() -> Result<(), Error> {
    embed_basic::main()
}

#[test]
fn async_host_fn_example() -> Result<(), Error> {
    async_host_fn::main()
}

#[test]
fn stream_bridge_example() -> Result<(), Error> {
    stream_bridge::main()
}

#[test]
fn limits_example() -> Result<(), Error> {
    limits::main()
}

#[test]
fn pool_example() -> Result<(), Error> {
    pool::main()
}

#[cfg(feature = "serde")]
#[test]
fn serde_structs_example() -> Result<(), Error> {
    serde_structs::main()
}
