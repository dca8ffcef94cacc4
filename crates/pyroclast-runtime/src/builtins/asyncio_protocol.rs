//! The async iteration protocol (`aiter`, `anext`, `async for`) and awaitables.

use std::future::Future;
use std::pin::Pin;

use crate::value::{Args, Value};
use crate::{Interp, PyResult};

/// A boxed awaitable future.
pub type Awaitable<'a> = Pin<Box<dyn Future<Output = PyResult<Value>> + 'a>>;

/// `aiter(x)`.
pub fn aiter(vm: &Interp, a: Args) -> PyResult<Value> {
    let v = crate::builtins::functions::one(vm, &a, "aiter")?;
    aiter_for(vm, &v)
}

/// `anext(it[, default])`.
pub fn anext(vm: &Interp, a: Args) -> PyResult<Value> {
    let _ = a;
    Err(vm.type_error("anext is not available yet"))
}

/// The async iterator of `v` for `async for`.
pub fn aiter_for(vm: &Interp, v: &Value) -> PyResult<Value> {
    Err(vm.type_error(format!(
        "'async for' requires an object with __aiter__ method, got {}",
        crate::ops::type_name(vm, v)
    )))
}

/// Awaits `it.__anext__()`.
pub async fn anext_value(vm: &Interp, it: &Value) -> PyResult<Value> {
    let _ = it;
    Err(vm.type_error("async iteration is not available yet"))
}

/// A future for awaiting `v`, if it is awaitable.
pub fn as_awaitable<'a>(vm: &'a Interp, v: &Value) -> PyResult<Option<Awaitable<'a>>> {
    let _ = (vm, v);
    Ok(None)
}
