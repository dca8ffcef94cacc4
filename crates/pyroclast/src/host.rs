//! Host functions: Rust closures and async closures callable from Python.
//!
//! A registered closure becomes a builtin-function object. Calling it checks
//! the argument count, converts each argument with [`FromValue`] (a wrong
//! type raises CPython's `f() argument 2 must be int, not str`), runs the
//! closure, and converts its result back. An async closure makes a
//! coroutine: awaiting it polls the closure's future with the awaiting
//! task's waker, on the host's tokio runtime.

use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll};

use pyroclast_runtime::object::model::Class;
use pyroclast_runtime::object::value::{Args, Native, Value as RValue};
use pyroclast_runtime::stdlib::asyncio::driver::Driver;
use pyroclast_runtime::{ExcKind, Interp, PyErr, PyResult};

use crate::bridge::{State, pyerr_from_error, to_public, to_runtime};
use crate::{Error, FromValue, IntoValue, Value};

/// What a host function may return: any [`IntoValue`], or
/// `Result<T: IntoValue, Error>` (an `Err` is raised in Python).
pub trait IntoResult {
    /// Converts.
    fn into_result(self) -> Result<Value, Error>;
}

impl<T: IntoValue> IntoResult for T {
    fn into_result(self) -> Result<Value, Error> {
        Ok(self.into_value())
    }
}

impl<T: IntoValue> IntoResult for Result<T, Error> {
    fn into_result(self) -> Result<Value, Error> {
        self.map(IntoValue::into_value)
    }
}

/// Why a host call failed before or inside the closure.
#[doc(hidden)]
pub enum CallError {
    /// Argument `index` (0-based) did not convert.
    Arg(usize, Error),
    /// The closure returned an error.
    Raised(Error),
}

/// A Rust closure of 0 to 6 [`FromValue`] arguments returning an
/// [`IntoResult`]; see [`Interpreter::register_fn`](crate::Interpreter::register_fn).
pub trait HostFn<Marker>: 'static {
    #[doc(hidden)]
    fn params() -> (usize, usize);
    #[doc(hidden)]
    fn invoke(&self, args: Vec<Value>) -> Result<Value, CallError>;
}

/// An async Rust closure of 0 to 6 [`FromValue`] arguments whose future
/// yields an [`IntoResult`]; see
/// [`Interpreter::register_async_fn`](crate::Interpreter::register_async_fn).
pub trait AsyncHostFn<Marker>: 'static {
    #[doc(hidden)]
    fn params() -> (usize, usize);
    #[doc(hidden)]
    fn invoke(&self, args: Vec<Value>) -> Result<HostFuture, CallError>;
}

#[doc(hidden)]
pub type HostFuture = Pin<Box<dyn Future<Output = Result<Value, Error>>>>;

/// (minimum, maximum) argument counts: trailing `Option` parameters may be
/// left out.
fn param_counts(optional: &[bool]) -> (usize, usize) {
    let max = optional.len();
    let min = optional.iter().rposition(|o| !o).map_or(0, |i| i + 1);
    (min, max)
}

macro_rules! host_fns {
    ($(($($a:ident $i:tt),*))*) => {$(
        impl<Func, Ret, $($a),*> HostFn<($($a,)* Ret,)> for Func
        where
            Func: Fn($($a),*) -> Ret + 'static,
            Ret: IntoResult,
            $($a: FromValue,)*
        {
            fn params() -> (usize, usize) {
                param_counts(&[$($a::optional()),*])
            }
            #[allow(unused_mut, unused_variables, non_snake_case)]
            fn invoke(&self, args: Vec<Value>) -> Result<Value, CallError> {
                let mut it = args.into_iter();
                $(let $a = $a::from_value(it.next().unwrap_or(Value::None))
                    .map_err(|e| CallError::Arg($i, e))?;)*
                (self)($($a),*).into_result().map_err(CallError::Raised)
            }
        }

        impl<Func, Fut, Ret, $($a),*> AsyncHostFn<($($a,)* Ret,)> for Func
        where
            Func: Fn($($a),*) -> Fut + 'static,
            Fut: Future<Output = Ret> + 'static,
            Ret: IntoResult,
            $($a: FromValue,)*
        {
            fn params() -> (usize, usize) {
                param_counts(&[$($a::optional()),*])
            }
            #[allow(unused_mut, unused_variables, non_snake_case)]
            fn invoke(&self, args: Vec<Value>) -> Result<HostFuture, CallError> {
                let mut it = args.into_iter();
                $(let $a = $a::from_value(it.next().unwrap_or(Value::None))
                    .map_err(|e| CallError::Arg($i, e))?;)*
                let fut = (self)($($a),*);
                Ok(Box::pin(async move { fut.await.into_result() }))
            }
        }
    )*};
}

host_fns! {
    ()
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}

/// The type-erased call of a sync or async host function.
enum Call {
    Sync(Box<dyn Fn(Vec<Value>) -> Result<Value, CallError>>),
    Async(Box<dyn Fn(Vec<Value>) -> Result<HostFuture, CallError>>),
}

/// A host function as a Python object.
pub(crate) struct HostFunction {
    name: Rc<str>,
    min: usize,
    max: usize,
    call: Call,
    state: Weak<State>,
}

impl HostFunction {
    pub fn new_sync<M, F: HostFn<M>>(name: &str, f: F, state: &Rc<State>) -> RValue {
        let (min, max) = F::params();
        RValue::Native(Rc::new(HostFunction {
            name: Rc::from(name),
            min,
            max,
            call: Call::Sync(Box::new(move |args| f.invoke(args))),
            state: Rc::downgrade(state),
        }))
    }

    pub fn new_async<M, F: AsyncHostFn<M>>(name: &str, f: F, state: &Rc<State>) -> RValue {
        let (min, max) = F::params();
        RValue::Native(Rc::new(HostFunction {
            name: Rc::from(name),
            min,
            max,
            call: Call::Async(Box::new(move |args| f.invoke(args))),
            state: Rc::downgrade(state),
        }))
    }

    fn check_count(&self, vm: &Interp, args: &Args) -> PyResult<()> {
        if let Some((k, _)) = args.kw.first() {
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{k}'",
                self.name
            )));
        }
        let n = args.pos.len();
        if n < self.min || n > self.max {
            let (takes, count) = if self.min == self.max {
                (format!("{}", self.max), self.max)
            } else if self.max - self.min == 1 || n > self.max {
                (format!("from {} to {}", self.min, self.max), self.max)
            } else {
                (format!("at least {}", self.min), self.min)
            };
            let plural = if count == 1 { "argument" } else { "arguments" };
            return Err(vm.type_error(format!(
                "{}() takes {takes} positional {plural} but {n} {} given",
                self.name,
                if n == 1 { "was" } else { "were" }
            )));
        }
        Ok(())
    }

    fn call_error(&self, vm: &Interp, e: CallError) -> PyErr {
        match e {
            CallError::Arg(i, Error::Conversion(c)) if c.detail.is_none() => {
                vm.type_error(format!(
                    "{}() argument {} must be {}, not {}",
                    self.name,
                    i + 1,
                    c.expected,
                    c.found
                ))
            }
            CallError::Arg(i, Error::Conversion(c)) if !c.is_overflow() => vm.type_error(format!(
                "{}() argument {}: {}",
                self.name,
                i + 1,
                c.detail.unwrap_or_default()
            )),
            CallError::Arg(_, e) | CallError::Raised(e) => pyerr_from_error(vm, e),
        }
    }

    fn invoke(&self, vm: &Interp, args: Args) -> PyResult<RValue> {
        self.check_count(vm, &args)?;
        let Some(state) = self.state.upgrade() else {
            return Err(vm.error(ExcKind::RuntimeError, "the interpreter was dropped"));
        };
        let args = args
            .pos
            .iter()
            .map(|a| to_public(vm, &state, a))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| pyerr_from_error(vm, e))?;
        match &self.call {
            Call::Sync(f) => {
                let r = std::panic::catch_unwind(AssertUnwindSafe(|| f(args)))
                    .map_err(|p| panicked(vm, &self.name, &*p))?;
                let v = r.map_err(|e| self.call_error(vm, e))?;
                to_runtime(vm, &state, v).map_err(|e| pyerr_from_error(vm, e))
            }
            Call::Async(f) => {
                let r = std::panic::catch_unwind(AssertUnwindSafe(|| f(args)))
                    .map_err(|p| panicked(vm, &self.name, &*p))?;
                let fut = r.map_err(|e| self.call_error(vm, e))?;
                Ok(host_coroutine(vm, &state, self.name.clone(), fut))
            }
        }
    }
}

/// A panic in host code as a Python `RuntimeError`.
fn panicked(vm: &Interp, name: &str, payload: &(dyn Any + Send)) -> PyErr {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into());
    vm.error(
        ExcKind::RuntimeError,
        format!("host function {name}() panicked: {what}"),
    )
}

impl Native for HostFunction {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.types.builtin.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(format!("<built-in function {}>", self.name)))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<RValue>> {
        match name {
            "__name__" | "__qualname__" => Some(Ok(RValue::Str(self.name.clone()))),
            _ => None,
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<RValue>> {
        Some(self.invoke(vm, args))
    }
}

/// Wraps a host future as a Python coroutine object.
pub(crate) fn host_coroutine(
    vm: &Interp,
    state: &Rc<State>,
    name: Rc<str>,
    fut: HostFuture,
) -> RValue {
    let vm_rc = vm.rc();
    let state = Rc::downgrade(state);
    let label = name.clone();
    let body: pyroclast_runtime::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        let v = HostWait::new(&vm, state.clone(), label, fut).await?;
        let state = state
            .upgrade()
            .ok_or_else(|| vm.error(ExcKind::RuntimeError, "the interpreter was dropped"))?;
        to_runtime(&vm, &state, v).map_err(|e| pyerr_from_error(&vm, e))
    });
    pyroclast_runtime::protocol::generator::coroutine_named(vm, name, body)
}

/// A boxed host-side future of this thread.
pub(crate) type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, Error>> + 'a>>;

/// Polls a host future from inside a Python task: delivers the task's
/// cancellation (dropping the host future), turns panics into
/// `RuntimeError`, counts the wait so the virtual clock does not jump past
/// real work, and gives a blocking run a tokio runtime to poll in.
pub(crate) struct HostWait<'a, T> {
    vm: &'a Interp,
    state: Weak<State>,
    name: Rc<str>,
    fut: Option<LocalFuture<'a, T>>,
    counted: bool,
}

impl<'a, T> HostWait<'a, T> {
    pub fn new(vm: &'a Interp, state: Weak<State>, name: Rc<str>, fut: LocalFuture<'a, T>) -> Self {
        HostWait {
            vm,
            state,
            name,
            fut: Some(fut),
            counted: false,
        }
    }

    fn settle(&mut self) {
        self.fut = None;
        if self.counted {
            self.counted = false;
            self.vm
                .host_waits
                .set(self.vm.host_waits.get().saturating_sub(1));
        }
    }
}

impl<T> Drop for HostWait<'_, T> {
    fn drop(&mut self) {
        self.settle();
    }
}

impl<T> Future for HostWait<'_, T> {
    type Output = PyResult<T>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<PyResult<T>> {
        let vm = self.vm;
        if let Some(e) = pyroclast_runtime::stdlib::asyncio::future::take_cancel(vm) {
            self.settle();
            return Poll::Ready(Err(e));
        }
        if self.fut.is_none() {
            return Poll::Ready(Err(
                vm.error(ExcKind::RuntimeError, "host future polled after completion")
            ));
        }
        // A blocking run parks its thread while it waits, so host futures
        // must not need that thread's tokio driver.
        let mut private = None;
        if vm.driver.get() == Driver::Blocking {
            match tokio::runtime::Handle::try_current() {
                Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::CurrentThread => {
                    let name = self.name.clone();
                    self.settle();
                    return Poll::Ready(Err(vm.error(
                        ExcKind::RuntimeError,
                        format!(
                            "cannot await host function {name}() from a blocking run on a current-thread tokio runtime; use run_async()"
                        ),
                    )));
                }
                Ok(_) => {}
                Err(_) => private = self.state.upgrade(),
            }
        }
        let _entered = private
            .as_ref()
            .and_then(|s| s.runtime())
            .map(|rt| rt.enter());
        let Some(fut) = self.fut.as_mut() else {
            return Poll::Ready(Err(
                vm.error(ExcKind::RuntimeError, "host future polled after completion")
            ));
        };
        let polled = std::panic::catch_unwind(AssertUnwindSafe(|| fut.as_mut().poll(cx)));
        match polled {
            Ok(Poll::Pending) => {
                if !self.counted {
                    self.counted = true;
                    vm.host_waits.set(vm.host_waits.get() + 1);
                }
                Poll::Pending
            }
            Ok(Poll::Ready(r)) => {
                self.settle();
                Poll::Ready(r.map_err(|e| pyerr_from_error(vm, e)))
            }
            Err(p) => {
                let name = self.name.clone();
                self.settle();
                Poll::Ready(Err(panicked(vm, &name, &*p)))
            }
        }
    }
}
