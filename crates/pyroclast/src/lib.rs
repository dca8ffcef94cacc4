//! Pyroclast: an embeddable, async-first interpreter for a Python 3 subset.
//!
//! Run Python from Rust with an [`Interpreter`]: register Rust functions
//! (plain or `async`), pass values in and out as [`Value`]s or any type with
//! [`FromValue`]/[`IntoValue`] (or serde), await Python coroutines on your
//! own tokio runtime, bridge `Stream`s both ways, and stop runaway scripts
//! with limits that Python cannot catch. A [`Pool`] runs many scripts at
//! once across threads.
//!
//! ```
//! use pyroclast::Interpreter;
//!
//! let mut py = Interpreter::builder().capture_output().build();
//! py.register_fn("greet", |name: String| format!("hello, {name}"));
//! py.run("print(greet('world'))")?;
//! assert_eq!(py.take_output(), "hello, world\n");
//! # Ok::<(), pyroclast::Error>(())
//! ```
//!
//! Async host functions and streams run on the caller's tokio runtime:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), pyroclast::Error> {
//! use std::time::Duration;
//! use pyroclast::{Error, Interpreter};
//!
//! let mut py = Interpreter::builder().capture_output().build();
//! py.register_async_fn("fetch", |url: String| async move {
//!     tokio::time::sleep(Duration::from_millis(10)).await;
//!     Ok::<_, Error>(format!("data from {url}"))
//! });
//! py.run_async("import asyncio\npages = await asyncio.gather(fetch('a'), fetch('b'))").await?;
//! assert_eq!(py.eval("pages")?.extract::<Vec<String>>()?, ["data from a", "data from b"]);
//! # Ok(()) }
//! ```

mod bridge;
mod convert;
mod error;
mod host;
mod interactive;
mod interpreter;
mod loader;
mod output;
mod pool;
mod program;
mod run;
#[cfg(feature = "serde")]
mod serde;
mod stream;
mod value;

pub use convert::{FromValue, IntoArgs, IntoValue};
pub use error::{ConversionError, Error, Exception, Limit, SyntaxError, SyntaxErrorKind};
pub use host::{AsyncHostFn, HostFn, IntoResult};
pub use interactive::{Highlight, InputStatus, InterruptHandle, highlight, input_status};
pub use interpreter::{Access, Builder, Interpreter, ModuleBuilder};
pub use loader::{FileLoader, ModuleLoader, ModuleSource};
pub use num_bigint::BigInt;
pub use pool::{Pool, PoolBuilder, PoolOutcome, PoolOutput};
pub use program::Program;
#[cfg(feature = "serde")]
pub use serde::{Serde, from_value, to_value};
pub use stream::PyStream;
pub use value::{Object, Value};

#[doc(inline)]
pub use pyroclast_runtime::object::alloc::CountingAllocator;
