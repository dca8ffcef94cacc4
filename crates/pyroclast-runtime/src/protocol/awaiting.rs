//! The async iteration protocol (`aiter`, `anext`, `async for`), async
//! generator methods (`asend`, `athrow`, `aclose`) and what `await` accepts.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::generator::{Generator, Kind, Resume, Step};
use crate::protocol::ops::type_name;
use crate::{Interp, PyErr, PyResult};

/// A boxed awaitable future.
pub use crate::object::value::Awaitable;

/// What an async generator awaitable does when awaited.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(...)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// The awaitable returned by `__anext__`, `asend`, `athrow` and `aclose`.
pub struct AsyncGenAwaitable {
    gen_value: Value,
    pub(crate) op: Op,
    pub(crate) resume: RefCell<Option<Resume>>,
    pub(crate) started: Cell<bool>,
    pub(crate) finished: Cell<bool>,
    /// The generator's last step was passed up to the awaiting body's
    /// driver: its answer goes down next.
    pub(crate) passed: Cell<bool>,
    /// `anext(it, default)`: returned instead of StopAsyncIteration.
    default: Option<Value>,
}

impl Native for AsyncGenAwaitable {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(match self.op {
            Op::Send => "async_generator_asend",
            Op::Throw | Op::Close => "async_generator_athrow",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn stop_async(vm: &Interp) -> PyErr {
    PyErr(vm.new_exception(&vm.exc_class(ExcKind::StopAsyncIteration), vec![]))
}

pub(crate) struct DriveAsyncGen<'a> {
    pub(crate) vm: &'a Interp,
    pub(crate) aw: &'a AsyncGenAwaitable,
}

impl Future for DriveAsyncGen<'_> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        drive_async_gen(self.vm, self.aw, cx)
    }
}

/// Awaiting `agen.__anext__()` of an async generator, driven in place:
/// no awaitable object, and the state inline in the awaiting future.
pub(crate) struct AnextOf<'a> {
    vm: &'a Interp,
    aw: AsyncGenAwaitable,
}

/// [`AnextOf`] for `agen`, an async generator.
pub(crate) fn anext_of(vm: &Interp, agen: Value) -> AnextOf<'_> {
    AnextOf {
        vm,
        aw: AsyncGenAwaitable {
            gen_value: agen,
            op: Op::Send,
            resume: RefCell::new(Some(Resume::Send(Value::None))),
            started: Cell::new(false),
            finished: Cell::new(false),
            passed: Cell::new(false),
            default: None,
        },
    }
}

impl Future for AnextOf<'_> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        drive_async_gen(self.vm, &self.aw, cx)
    }
}

/// One poll of an async generator awaitable: what awaiting it does.
fn drive_async_gen(
    vm: &Interp,
    aw: &AsyncGenAwaitable,
    cx: &mut Context<'_>,
) -> Poll<PyResult<Value>> {
    let Some(g) = aw.gen_value.native::<Generator>() else {
        return Poll::Ready(Err(vm.type_error("not an async generator")));
    };
    if aw.finished.get() {
        let what = match aw.op {
            Op::Send => "cannot reuse already awaited __anext__()/asend()",
            Op::Throw | Op::Close => "cannot reuse already awaited aclose()/athrow()",
        };
        return Poll::Ready(Err(vm.error(ExcKind::RuntimeError, what)));
    }
    let first = !aw.started.get();
    if first {
        if g.in_flight.get() {
            let what = match aw.op {
                Op::Send => "anext(): asynchronous generator is already running",
                Op::Throw => "athrow(): asynchronous generator is already running",
                Op::Close => "aclose(): asynchronous generator is already running",
            };
            return Poll::Ready(Err(vm.error(ExcKind::RuntimeError, what)));
        }
        aw.started.set(true);
        if aw.op == Op::Throw && g.state.get() == crate::protocol::generator::State::Finished {
            // 3.11: athrow() on an exhausted generator returns None.
            aw.finished.set(true);
            return Poll::Ready(Ok(Value::None));
        }
        if aw.op == Op::Close
            && matches!(
                g.state.get(),
                crate::protocol::generator::State::Created
                    | crate::protocol::generator::State::Finished
            )
        {
            g.finish();
            aw.finished.set(true);
            return Poll::Ready(Ok(Value::None));
        }
        if g.state.get() == crate::protocol::generator::State::Created {
            // The running loop's firstiter hook records it, to close it
            // at shutdown.
            let hook = vm.asyncgen_hooks.borrow()[0].clone();
            match hook {
                Some(f) => {
                    if let Err(e) =
                        crate::protocol::call::call(vm, &f, Args::new(vec![aw.gen_value.clone()]))
                    {
                        g.in_flight.set(false);
                        return Poll::Ready(Err(e));
                    }
                }
                None => {
                    (vm.hooks.asyncgen_firstiter.get())(vm, &aw.gen_value);
                }
            }
        }
        g.in_flight.set(true);
    }
    let resume = if aw.passed.replace(false) {
        driver_resume(vm)
    } else {
        aw.resume
            .borrow_mut()
            .take()
            .unwrap_or(Resume::Send(Value::None))
    };
    let r = g.poll_step(vm, resume, cx);
    let out = match r {
        Ok(Step::Pending) => return Poll::Pending,
        Ok(Step::Await(v)) => {
            park_awaited(vm, v);
            aw.passed.set(true);
            return Poll::Pending;
        }
        Ok(Step::Yield(v)) => {
            if aw.op == Op::Close {
                Err(vm.error(
                    ExcKind::RuntimeError,
                    "async generator ignored GeneratorExit",
                ))
            } else {
                Ok(v)
            }
        }
        Ok(Step::Return(_)) => {
            if aw.op == Op::Close {
                Ok(Value::None)
            } else {
                Err(stop_async(vm))
            }
        }
        Err(e) => {
            if aw.op == Op::Close
                && (e.matches(vm, ExcKind::GeneratorExit)
                    || e.matches(vm, ExcKind::StopAsyncIteration))
            {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    };
    g.in_flight.set(false);
    aw.finished.set(true);
    let out = match (out, &aw.default) {
        (Err(e), Some(d)) if e.matches(vm, ExcKind::StopAsyncIteration) => Ok(d.clone()),
        (o, _) => o,
    };
    Poll::Ready(out)
}

fn async_gen_of<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a Generator> {
    match v.native::<Generator>() {
        Some(g) if g.kind == Kind::AsyncGenerator => Ok(g),
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

fn awaitable(gen_value: Value, op: Op, resume: Resume, default: Option<Value>) -> Value {
    Value::Native(Rc::new(AsyncGenAwaitable {
        gen_value,
        op,
        resume: RefCell::new(Some(resume)),
        started: Cell::new(false),
        finished: Cell::new(false),
        passed: Cell::new(false),
        default,
    }))
}

/// Registers the methods of async generators.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.other_class("anext_awaitable"),
        "anext_awaitable",
        &[
            ("__await__", with_default_await),
            ("send", |vm, a| with_default_step(vm, a, "send")),
            ("throw", |vm, a| with_default_step(vm, a, "throw")),
            ("close", |vm, a| with_default_step(vm, a, "close")),
            ("__next__", |vm, a| with_default_step(vm, a, "__next__")),
            ("__iter__", |_, a| Ok(a.pos[0].clone())),
        ],
    );
    crate::object::model::add_methods(
        &vm.other_class("async_generator"),
        "async_generator",
        &[
            ("__aiter__", |_, a| Ok(a.pos[0].clone())),
            ("__anext__", |vm, a| {
                async_gen_of(vm, &a.pos[0])?;
                Ok(awaitable(
                    a.pos[0].clone(),
                    Op::Send,
                    Resume::Send(Value::None),
                    None,
                ))
            }),
            ("asend", |vm, a| {
                async_gen_of(vm, &a.pos[0])?;
                let v = a.pos.get(1).cloned().unwrap_or(Value::None);
                Ok(awaitable(a.pos[0].clone(), Op::Send, Resume::Send(v), None))
            }),
            ("athrow", |vm, a| {
                async_gen_of(vm, &a.pos[0])?;
                let e = crate::protocol::generator::throw_value(vm, &a)?;
                Ok(awaitable(
                    a.pos[0].clone(),
                    Op::Throw,
                    Resume::Throw(e),
                    None,
                ))
            }),
            ("aclose", |vm, a| {
                async_gen_of(vm, &a.pos[0])?;
                let exit = PyErr(vm.new_exception(&vm.exc_class(ExcKind::GeneratorExit), vec![]));
                Ok(awaitable(
                    a.pos[0].clone(),
                    Op::Close,
                    Resume::Throw(exit),
                    None,
                ))
            }),
        ],
    );
}

/// The awaitable of `agen.aclose()`.
/// `agen.athrow(e)`.
pub fn athrow_awaitable(agen: Value, e: PyErr) -> Value {
    awaitable(agen, Op::Throw, Resume::Throw(e), None)
}

/// `agen.aclose()`.
pub fn aclose_awaitable(vm: &Interp, agen: Value) -> Value {
    let exit = PyErr(vm.new_exception(&vm.exc_class(ExcKind::GeneratorExit), vec![]));
    awaitable(agen, Op::Close, Resume::Throw(exit), None)
}

/// Calls a special method as the interpreter does: looked up on the type,
/// not the instance (an instance attribute named `__anext__` is ignored).
fn special_method(vm: &Interp, v: &Value, name: &str) -> PyResult<Value> {
    match crate::protocol::classes::call_dunder(vm, v, name, vec![])? {
        Some(r) => Ok(r),
        None => crate::protocol::classes::call_method(vm, v, name, Args::default()),
    }
}

fn has_attr(vm: &Interp, v: &Value, name: &str) -> bool {
    crate::protocol::ops::type_of(vm, v).lookup(name).is_some()
}

/// `aiter(x)`.
pub fn aiter(vm: &Interp, a: Args) -> PyResult<Value> {
    let v = crate::protocol::call::one(vm, &a, "aiter")?;
    if !has_attr(vm, &v, "__aiter__") {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            type_name(vm, &v)
        )));
    }
    let it = special_method(vm, &v, "__aiter__")?;
    if !has_attr(vm, &it, "__anext__") {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(vm, &it)
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`.
pub fn anext(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("anext", Style::Clinic, 1, 2);
    check(vm, &a, &SIG)?;
    let it = a.pos[0].clone();
    let default = a.pos.get(1).cloned();
    // A user class's `__anext__` method (the common async iterator): one
    // lookup and a direct call.
    let user = match &it {
        Value::Instance(inst) => match inst.class.lookup("__anext__") {
            Some(Value::Function(f)) => Some(f),
            _ => None,
        },
        _ => None,
    };
    let aw = match user {
        Some(f) => vm.call_function_self(&f, &it, Args::default())?,
        None => {
            if !has_attr(vm, &it, "__anext__") {
                return Err(vm.type_error(format!(
                    "'{}' object is not an async iterator",
                    type_name(vm, &it)
                )));
            }
            if it
                .native::<Generator>()
                .is_some_and(|g| g.kind == Kind::AsyncGenerator)
            {
                return Ok(awaitable(it, Op::Send, Resume::Send(Value::None), default));
            }
            special_method(vm, &it, "__anext__")?
        }
    };
    Ok(match default {
        None => aw,
        Some(d) => Value::Native(Rc::new(WithDefault {
            inner: aw,
            default: d,
            iter: RefCell::new(None),
        })),
    })
}

/// `anext(it, default)` over a user-defined async iterator.
struct WithDefault {
    inner: Value,
    default: Value,
    /// The iterator that `send`/`throw`/`close` drive (made on first use,
    /// as `__await__()` would make it).
    iter: RefCell<Option<Value>>,
}

impl Native for WithDefault {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("anext_awaitable")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `anext_awaitable.__await__()`: the awaitable driven as a coroutine, for
/// code that drives awaitables by hand.
fn with_default_await(vm: &Interp, a: Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let vm_rc = vm.rc();
    let body: crate::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        await_value(&vm, this).await
    });
    let coro = crate::protocol::generator::coroutine(vm, "anext", body);
    crate::protocol::hand_drive::await_wrapper(vm, Args::new(vec![coro]))
}

/// `send`/`throw`/`close`/`__next__` of an `anext()` awaitable driven by
/// hand: its `__await__()` iterator does the step.
fn with_default_step(vm: &Interp, a: Args, method: &str) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(w) = this.native::<WithDefault>() else {
        return Err(vm.type_error("descriptor requires an anext_awaitable"));
    };
    let rest = Args::new(a.pos.get(1..).map(<[Value]>::to_vec).unwrap_or_default());
    // throw() and close() go to the awaitable `__anext__()` returned, as in
    // CPython (so it is closed, not left unawaited); a StopAsyncIteration
    // from it is the default value.
    if matches!(method, "throw" | "close") {
        return match crate::protocol::classes::call_method(vm, &w.inner, method, rest) {
            Err(e) if e.matches(vm, ExcKind::StopAsyncIteration) => Err(
                crate::protocol::generator::stop_iteration(vm, w.default.clone()),
            ),
            other => other,
        };
    }
    let cached = w.iter.borrow().clone();
    let iter = match cached {
        Some(it) => it,
        None => {
            let it = with_default_await(vm, Args::new(vec![this.clone()]))?;
            *w.iter.borrow_mut() = Some(it.clone());
            it
        }
    };
    crate::protocol::classes::call_method(vm, &iter, method, rest)
}

/// The async iterator of `v` for `async for`.
pub fn aiter_for(vm: &Interp, v: &Value) -> PyResult<Value> {
    if v.native::<Generator>()
        .is_some_and(|g| g.kind == Kind::AsyncGenerator)
    {
        return Ok(v.clone());
    }
    if !has_attr(vm, v, "__aiter__") {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(vm, v)
        )));
    }
    let it = special_method(vm, v, "__aiter__")?;
    if !has_attr(vm, &it, "__anext__") {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(vm, &it)
        )));
    }
    Ok(it)
}

/// Awaits `it.__anext__()`.
pub async fn anext_value(vm: &Interp, it: &Value) -> PyResult<Value> {
    if it
        .native::<Generator>()
        .is_some_and(|g| g.kind == Kind::AsyncGenerator)
    {
        // Drive the generator directly: no awaitable object, no boxed future.
        return anext_of(vm, it.clone()).await;
    }
    let aw = special_method(vm, it, "__anext__")?;
    let invalid = || {
        vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            type_name(vm, &aw)
        ))
    };
    if as_awaitable_check(vm, &aw).is_err() {
        return Err(invalid());
    }
    if aw
        .native::<Generator>()
        .is_some_and(|g| g.kind == Kind::Coroutine)
    {
        return await_value(vm, aw).await;
    }
    // Getting the awaitable's iterator (`__await__()`) failing is reported
    // as the invalid object, caused by that error, as CPython does.
    match as_awaitable(vm, &aw) {
        Ok(Some(fut)) => fut.await,
        Ok(None) => Err(invalid()),
        Err(cause) => {
            let err = invalid();
            if let Value::Instance(i) = &err.0
                && let Some(d) = &i.exc
            {
                let mut d = d.borrow_mut();
                d.cause = Some(cause.0.clone());
                d.context = Some(cause.0);
                d.suppress_context = true;
            }
            Err(err)
        }
    }
}

fn as_awaitable_check(vm: &Interp, v: &Value) -> PyResult<()> {
    if v.native::<Generator>()
        .is_some_and(|g| g.kind == Kind::Coroutine)
        || v.native::<Generator>()
            .is_some_and(|g| g.chan.iterable_coroutine.get())
        || v.native::<AsyncGenAwaitable>().is_some()
        || v.native::<WithDefault>().is_some()
        || crate::object::value::is_loop_future(vm, v)
        || has_attr(vm, v, "__await__")
    {
        return Ok(());
    }
    Err(vm.type_error("not awaitable"))
}

/// A future for awaiting `v`, if it is awaitable.
pub fn as_awaitable<'a>(vm: &'a Interp, v: &Value) -> PyResult<Option<Awaitable<'a>>> {
    if v.native::<AsyncGenAwaitable>().is_some() {
        let v = v.clone();
        return Ok(Some(Box::pin(async move {
            let Some(aw) = v.native::<AsyncGenAwaitable>() else {
                return Ok(Value::None);
            };
            DriveAsyncGen { vm, aw }.await
        })));
    }
    if let Some(w) = v.native::<WithDefault>() {
        let inner = w.inner.clone();
        let default = w.default.clone();
        return Ok(Some(Box::pin(async move {
            match await_value(vm, inner).await {
                Err(e) if e.matches(vm, ExcKind::StopAsyncIteration) => Ok(default),
                other => other,
            }
        })));
    }
    if let Some(fut) = crate::object::value::await_future(vm, v, None) {
        return Ok(Some(fut));
    }
    if v.native::<Generator>()
        .is_some_and(|g| g.chan.iterable_coroutine.get())
    {
        return Ok(Some(Box::pin(drive_generator(vm, v.clone()))));
    }
    if matches!(v, Value::Instance(_)) && has_attr(vm, v, "__await__") {
        let it = special_method(vm, v, "__await__")?;
        let unwrapped = it
            .native::<crate::protocol::hand_drive::CoroutineWrapper>()
            .is_some();
        let it = crate::protocol::hand_drive::unwrap_coroutine(it);
        if let Some(fut) = crate::object::value::await_future(vm, &it, Some(v)) {
            return Ok(Some(fut));
        }
        // `coro.__await__()` (a wrapper) drives the coroutine itself; a
        // bare coroutine returned by `__await__` is an error, as in CPython.
        if let Some(g) = it.native::<Generator>()
            && g.kind == Kind::Coroutine
        {
            if unwrapped {
                return Ok(Some(Box::pin(await_value(vm, it))));
            }
            // CPython does not warn about this coroutine later.
            g.awaited.set(true);
            return Err(vm.type_error("__await__() returned a coroutine"));
        }
        if it
            .native::<Generator>()
            .is_some_and(|g| g.kind == Kind::Generator)
        {
            return Ok(Some(Box::pin(drive_generator(vm, it))));
        }
        if crate::protocol::iter::is_iterator(vm, &it) {
            return Ok(Some(Box::pin(drive_iterator(vm, it))));
        }
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_name(vm, &it)
        )));
    }
    Ok(None)
}

/// Awaits a generator-based awaitable (what `__await__` returned, or a
/// `types.coroutine` generator): its yields go up to whoever drives the
/// awaiting body (a task waits on a yielded future, or gives the loop a
/// turn for None; `send()` returns them), and what the driver sends back
/// goes down; its return value is the result.
pub async fn drive_generator(vm: &Interp, it: Value) -> PyResult<Value> {
    let Some(g) = it.native::<Generator>() else {
        return Ok(Value::None);
    };
    let mut resume = Resume::Send(Value::None);
    loop {
        match g.step(vm, resume).await? {
            Step::Return(v) => return Ok(v),
            Step::Yield(y) | Step::Await(y) => resume = pass_up(vm, y).await?,
            Step::Pending => resume = Resume::Send(Value::None),
        }
    }
}

/// One step of `yield from it` for an iterator that is not a generator:
/// `Ok(Ok(y))` when it yields `y`, `Ok(Err(r))` when it returns `r` (its
/// StopIteration's value). `send`/`throw` are used when it has them.
pub fn iter_step(vm: &Interp, it: &Value, resume: Resume) -> PyResult<Result<Value, Value>> {
    use crate::protocol::classes::{call_method, getattr};
    let step = match resume {
        Resume::Send(Value::None) if !has_attr(vm, it, "__next__") => {
            // Built-in iterators: nothing to return.
            return Ok(match crate::protocol::iter::next_of(vm, it)? {
                Some(y) => Ok(y),
                None => Err(Value::None),
            });
        }
        Resume::Send(Value::None) => call_method(vm, it, "__next__", Args::default()),
        Resume::Send(v) => call_method(vm, it, "send", Args::new(vec![v])),
        Resume::Throw(e) if has_attr(vm, it, "throw") => {
            call_method(vm, it, "throw", Args::new(vec![e.0]))
        }
        Resume::Throw(e) => Err(e),
    };
    match step {
        Ok(y) => Ok(Ok(y)),
        Err(e) if e.matches(vm, ExcKind::StopIteration) => Ok(Err(getattr(vm, &e.0, "value")?)),
        Err(e) => Err(e),
    }
}

/// Awaits an iterator that `__await__` returned and that is not a
/// generator (an iterator class, a future's iterator), as `yield from`.
async fn drive_iterator(vm: &Interp, it: Value) -> PyResult<Value> {
    let mut resume = Resume::Send(Value::None);
    loop {
        match iter_step(vm, &it, resume)? {
            Ok(y) => resume = pass_up(vm, y).await?,
            Err(r) => return Ok(r),
        }
    }
}

/// Parks `v` for the driver of the body being polled (the caller then
/// returns Pending, and the body's `poll_step` reports `Step::Await`).
fn park_awaited(vm: &Interp, v: Value) {
    vm.passed_up.set(Some(v));
}

/// What the driver sent the body being polled when it resumed it.
fn driver_resume(vm: &Interp) -> Resume {
    Resume::take_passed(vm)
}

/// Passes `v` up to the driver of the body being polled; returns what the
/// driver sends back.
async fn pass_up(vm: &Interp, v: Value) -> PyResult<Resume> {
    park_awaited(vm, v);
    let mut parked = false;
    std::future::poll_fn(|_| {
        if std::mem::replace(&mut parked, true) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    Ok(driver_resume(vm))
}

/// `await v`, as [`await_value`] returns it. Written by hand rather than as
/// an `async fn`: a suspended coroutine holds one for each `await` in
/// progress, and the generated state machine was three times the size.
pub enum AwaitValue<'a> {
    /// Driving a coroutine object step by step.
    Coroutine {
        /// Its interpreter.
        vm: &'a Interp,
        /// The coroutine.
        coro: Value,
        /// Its last step was passed up: the driver's answer goes down.
        passed: bool,
    },
    /// Any other awaitable.
    Other(Awaitable<'a>),
    /// Failed before it started.
    Failed(Option<PyErr>),
}

impl Future for AwaitValue<'_> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            AwaitValue::Coroutine { vm, coro, passed } => {
                let Some(target) = coro.native::<Generator>() else {
                    return Poll::Ready(Ok(Value::None));
                };
                let resume = if std::mem::take(passed) {
                    driver_resume(vm)
                } else {
                    Resume::Send(Value::None)
                };
                match target.poll_step(vm, resume, cx) {
                    Ok(Step::Return(v)) => Poll::Ready(Ok(v)),
                    Ok(Step::Pending) => Poll::Pending,
                    Ok(Step::Await(v)) => {
                        park_awaited(vm, v);
                        *passed = true;
                        Poll::Pending
                    }
                    Ok(Step::Yield(_)) => Poll::Ready(Err(vm.error(
                        ExcKind::RuntimeError,
                        "coroutine yielded a value to the event loop",
                    ))),
                    Err(e) => Poll::Ready(Err(e)),
                }
            }
            AwaitValue::Other(fut) => fut.as_mut().poll(cx),
            AwaitValue::Failed(e) => Poll::Ready(match e.take() {
                Some(e) => Err(e),
                None => Ok(Value::None),
            }),
        }
    }
}

/// `await v`.
pub fn await_value(vm: &Interp, v: Value) -> AwaitValue<'_> {
    if let Some(g) = v.native::<Generator>()
        && g.kind == Kind::Coroutine
    {
        let finished = g.state.get() == crate::protocol::generator::State::Finished;
        if finished || g.awaited.get() {
            // A suspended coroutine someone else awaits, or one done.
            return AwaitValue::Failed(Some(vm.error(
                ExcKind::RuntimeError,
                if finished {
                    "cannot reuse already awaited coroutine"
                } else {
                    "coroutine is being awaited already"
                },
            )));
        }
        g.awaited.set(true);
        return AwaitValue::Coroutine {
            vm,
            coro: v,
            passed: false,
        };
    }
    match crate::protocol::awaiting::as_awaitable(vm, &v) {
        Ok(Some(fut)) => AwaitValue::Other(fut),
        Ok(None) => AwaitValue::Failed(Some(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name(vm, &v)
        )))),
        Err(e) => AwaitValue::Failed(Some(e)),
    }
}

/// `await asyncio.sleep(0)`, or a bare `yield` in a generator-based
/// awaitable: gives up the loop for exactly one turn.
pub struct YieldTurn<'a> {
    vm: &'a Interp,
    yielded: bool,
}

impl<'a> YieldTurn<'a> {
    /// A new one-turn yield.
    pub fn new(vm: &'a Interp) -> Self {
        YieldTurn { vm, yielded: false }
    }
}

impl Future for YieldTurn<'_> {
    type Output = PyResult<()>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Some(e) = (self.vm.hooks.take_cancel.get())(self.vm) {
            return Poll::Ready(Err(e));
        }
        if self.yielded {
            return Poll::Ready(Ok(()));
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
