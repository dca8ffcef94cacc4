//! The stream bridge, both ways.
//!
//! - A Rust `Stream` given to Python ([`Value::from_stream`]) is an async
//!   iterable: its iterator pulls one item per `__anext__` (nothing is read
//!   ahead), and dropping the iterator (`break`) or `aclose()` drops the
//!   stream.
//! - A Python async iterable taken to Rust
//!   ([`Interpreter::stream_async`](crate::Interpreter::stream_async)) is a
//!   [`PyStream`]: each `poll_next` runs one `__anext__` on the session's
//!   event loop; dropping it closes an async generator (`aclose()`, so its
//!   `finally` blocks run).

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll};

use futures_core::Stream;
use pyroclast_runtime::object::model::Class;
use pyroclast_runtime::object::value::{Args, Native, Value as RValue};
use pyroclast_runtime::protocol::generator::{Generator, Kind, State as GenState};
use pyroclast_runtime::{ExcKind, Interp, PyResult};

use crate::bridge::{State, pyerr_from_error, to_public, to_runtime};
use crate::host::HostWait;
use crate::run::{RunLimits, drive_async, drive_blocking};
use crate::value::BoxStream;
use crate::{Error, Interpreter, Value};

/// A Rust stream as a Python async iterable (single use: the first
/// `__aiter__` takes the stream).
struct HostStream {
    stream: RefCell<Option<BoxStream>>,
    state: Weak<State>,
}

/// The iterator over a [`HostStream`]; owns the stream from then on.
struct HostStreamIter {
    stream: RefCell<Option<BoxStream>>,
    state: Weak<State>,
}

impl Native for HostStream {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        stream_class(vm, "host_stream")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Native for HostStreamIter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        stream_class(vm, "host_stream_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The class of host streams or their iterators, with its methods.
fn stream_class(vm: &Interp, name: &'static str) -> Rc<Class> {
    let class = vm.other_class(name);
    if class.dict.borrow().is_empty() {
        if name == "host_stream" {
            pyroclast_runtime::object::model::add_methods(
                &class,
                name,
                &[("__aiter__", stream_aiter)],
            );
        } else {
            pyroclast_runtime::object::model::add_methods(
                &class,
                name,
                &[
                    ("__aiter__", |_, a| Ok(a.pos[0].clone())),
                    ("__anext__", iter_anext),
                    ("aclose", iter_aclose),
                ],
            );
        }
    }
    class
}

fn stream_aiter(vm: &Interp, a: Args) -> PyResult<RValue> {
    let Some(s) = a.pos.first().and_then(|v| v.native::<HostStream>()) else {
        return Err(vm.type_error("descriptor '__aiter__' requires a 'host_stream' object"));
    };
    Ok(RValue::Native(Rc::new(HostStreamIter {
        stream: RefCell::new(s.stream.borrow_mut().take()),
        state: s.state.clone(),
    })))
}

fn iter_anext(vm: &Interp, a: Args) -> PyResult<RValue> {
    let it = a.pos[0].clone();
    let Some(state) = it.native::<HostStreamIter>().map(|i| i.state.clone()) else {
        return Err(
            vm.type_error("descriptor '__anext__' requires a 'host_stream_iterator' object")
        );
    };
    let vm_rc = vm.rc();
    let body: pyroclast_runtime::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        let source = it.clone();
        let next = std::future::poll_fn(move |cx| {
            let Some(i) = source.native::<HostStreamIter>() else {
                return Poll::Ready(Ok(None));
            };
            let mut slot = i.stream.borrow_mut();
            let Some(stream) = slot.as_mut() else {
                return Poll::Ready(Ok(None));
            };
            match stream.as_mut().poll_next(cx) {
                Poll::Pending => Poll::Pending,
                Poll::Ready(Some(Ok(v))) => Poll::Ready(Ok(Some(v))),
                Poll::Ready(Some(Err(e))) => Poll::Ready(Err(e)),
                Poll::Ready(None) => {
                    // Exhausted: drop the stream now, not when the
                    // iterator goes.
                    *slot = None;
                    Poll::Ready(Ok(None))
                }
            }
        });
        let item = HostWait::new(&vm, state.clone(), Rc::from("__anext__"), Box::pin(next)).await?;
        match item {
            Some(v) => {
                let state = state.upgrade().ok_or_else(|| {
                    vm.error(ExcKind::RuntimeError, "the interpreter was dropped")
                })?;
                to_runtime(&vm, &state, v).map_err(|e| pyerr_from_error(&vm, e))
            }
            None => Err(pyroclast_runtime::PyErr(
                vm.new_exception(&vm.exc_class(ExcKind::StopAsyncIteration), vec![]),
            )),
        }
    });
    Ok(pyroclast_runtime::protocol::generator::coroutine(
        vm,
        "__anext__",
        body,
    ))
}

fn iter_aclose(vm: &Interp, a: Args) -> PyResult<RValue> {
    if let Some(i) = a.pos.first().and_then(|v| v.native::<HostStreamIter>()) {
        let stream = i.stream.borrow_mut().take();
        drop(stream);
    }
    let body: pyroclast_runtime::protocol::generator::Body = Box::pin(async { Ok(RValue::None) });
    Ok(pyroclast_runtime::protocol::generator::coroutine(
        vm, "aclose", body,
    ))
}

/// The Python object for a Rust stream (an already-taken stream is an
/// empty one).
pub(crate) fn host_stream(_vm: &Interp, state: &Rc<State>, stream: Option<BoxStream>) -> RValue {
    RValue::Native(Rc::new(HostStream {
        stream: RefCell::new(stream),
        state: Rc::downgrade(state),
    }))
}

type Pull = Pin<Box<dyn Future<Output = Result<RValue, Error>>>>;

/// A Python async iterable as a Rust [`Stream`] of `Result<Value, Error>`.
///
/// Each item is pulled on demand by running one `__anext__` on the
/// interpreter's event loop; the stream ends at `StopAsyncIteration`, or
/// after yielding the first error. It borrows the interpreter mutably, so
/// nothing else runs in it meanwhile. Dropping it before the end closes an
/// async generator (`aclose()`: its `finally` blocks run, on this thread,
/// before `drop` returns).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), pyroclast::Error> {
/// use futures::StreamExt;
/// use pyroclast::Interpreter;
///
/// let mut py = Interpreter::builder().capture_output().build();
/// py.run("async def count(n):\n    for i in range(n):\n        yield i * 10")?;
/// let mut stream = py.stream_async("count(3)").await?;
/// let mut got = Vec::new();
/// while let Some(item) = stream.next().await {
///     got.push(item?.extract::<i64>()?);
/// }
/// assert_eq!(got, [0, 10, 20]);
/// # Ok(()) }
/// ```
pub struct PyStream<'a> {
    vm: Rc<Interp>,
    state: Rc<State>,
    limits: RunLimits,
    iter: RValue,
    pull: Option<Pull>,
    done: bool,
    _borrow: PhantomData<&'a mut Interpreter>,
}

impl<'a> PyStream<'a> {
    pub(crate) fn new(py: &'a mut Interpreter, iter: RValue) -> Self {
        let (vm, state, limits) = py.parts();
        PyStream {
            vm,
            state,
            limits,
            iter,
            pull: None,
            done: false,
            _borrow: PhantomData,
        }
    }

    /// Closes the iterator now, awaiting its cleanup (`aclose()` of an
    /// async generator) on the host's runtime rather than blocking in
    /// `drop`.
    pub async fn close(mut self) -> Result<(), Error> {
        self.pull = None;
        self.done = true;
        match self.aclose_coroutine() {
            Some(coro) => drive_async(&self.vm, &self.state, self.limits, coro)
                .await
                .map(|_| ()),
            None => Ok(()),
        }
    }

    /// `aclose()` of a started, unfinished async generator.
    fn aclose_coroutine(&self) -> Option<RValue> {
        let g = self.iter.native::<Generator>()?;
        if g.kind != Kind::AsyncGenerator || g.state.get() != GenState::Suspended {
            return None;
        }
        let aw =
            pyroclast_runtime::protocol::awaiting::aclose_awaitable(&self.vm, self.iter.clone());
        Some(pyroclast_runtime::stdlib::asyncio::awaiting_coroutine(
            &self.vm, aw, "aclose",
        ))
    }
}

impl Stream for PyStream<'_> {
    type Item = Result<Value, Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        if self.pull.is_none() {
            let coro =
                pyroclast_runtime::stdlib::asyncio::anext_coroutine(&self.vm, self.iter.clone());
            let pull = drive_async(&self.vm, &self.state, self.limits, coro);
            self.pull = Some(Box::pin(pull));
        }
        let Some(pull) = self.pull.as_mut() else {
            return Poll::Ready(None);
        };
        let r = match pull.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(r) => r,
        };
        self.pull = None;
        match r {
            Ok(v) => match to_public(&self.vm, &self.state, &v) {
                Ok(v) => Poll::Ready(Some(Ok(v))),
                Err(e) => {
                    self.done = true;
                    Poll::Ready(Some(Err(e)))
                }
            },
            Err(e) if e.exception_type() == Some("StopAsyncIteration") => {
                self.done = true;
                Poll::Ready(None)
            }
            Err(e) => {
                self.done = true;
                Poll::Ready(Some(Err(e)))
            }
        }
    }
}

impl Drop for PyStream<'_> {
    fn drop(&mut self) {
        // An item in flight is abandoned with the session loop (see
        // `drive`); then the generator is closed.
        self.pull = None;
        if self.done {
            return;
        }
        if let Some(coro) = self.aclose_coroutine() {
            let _ = drive_blocking(&self.vm, &self.state, self.limits, coro);
        }
    }
}
