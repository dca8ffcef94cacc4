//! Driving awaitables by hand, as tests and frameworks do: `send`,
//! `throw` and `close` on the objects `coro.__await__()` and
//! `agen.asend()`/`athrow()`/`aclose()`/`__anext__()` return. Each call
//! polls once with a no-op waker in a channel of its own, so what the
//! await chain yields comes back as the call's result, and a return ends
//! in StopIteration, as in CPython.

use std::any::Any;
use std::future::Future;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::awaiting::{AsyncGenAwaitable, DriveAsyncGen};
use crate::protocol::generator::{Resume, send, stop_iteration, throw_value};
use crate::{Interp, PyResult};

/// What `coroutine.__await__()` returns.
pub struct CoroutineWrapper(Value);

impl Native for CoroutineWrapper {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("coroutine_wrapper")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        // `next(w)` shows the coroutine's return value in StopIteration,
        // so the exception goes out as raised.
        Some(self.drive(vm, Resume::Send(Value::None)).map(Some))
    }
}

impl CoroutineWrapper {
    fn drive(&self, vm: &Interp, resume: Resume) -> PyResult<Value> {
        match self.0.native::<crate::protocol::generator::Generator>() {
            Some(g) => send(vm, g, resume),
            None => Err(vm.type_error("not a coroutine")),
        }
    }
}

fn wrapper<'a>(vm: &Interp, a: &'a Args) -> PyResult<&'a CoroutineWrapper> {
    a.pos
        .first()
        .and_then(|v| v.native::<CoroutineWrapper>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'coroutine_wrapper' object"))
}

const WRAPPER_METHODS: &[(&str, BuiltinFn)] = &[
    ("send", |vm, a| {
        let v = a.pos.get(1).cloned().unwrap_or(Value::None);
        wrapper(vm, &a)?.drive(vm, Resume::Send(v))
    }),
    ("throw", |vm, a| {
        let e = throw_value(vm, &a)?;
        wrapper(vm, &a)?.drive(vm, Resume::Throw(e))
    }),
    ("close", |vm, a| {
        let w = wrapper(vm, &a)?;
        match w.0.native::<crate::protocol::generator::Generator>() {
            Some(g) => g.close(vm).map(|()| Value::None),
            None => Ok(Value::None),
        }
    }),
    ("__iter__", |_, a| Ok(a.pos[0].clone())),
    ("__next__", |vm, a| {
        wrapper(vm, &a)?.drive(vm, Resume::Send(Value::None))
    }),
];

/// One step of an async generator awaitable driven by hand.
fn step_awaitable(vm: &Interp, this: &Value, resume: Resume) -> PyResult<Value> {
    let Some(aw) = this.native::<AsyncGenAwaitable>() else {
        return Err(vm.type_error("descriptor requires an async generator awaitable"));
    };
    if !aw.started.get() {
        match resume {
            Resume::Send(Value::None) => {}
            // As CPython: the first send() of `__anext__()`/`asend()` may
            // bring the value to send; an athrow()/aclose() takes none.
            Resume::Send(v) if aw.op == crate::protocol::awaiting::Op::Send => {
                *aw.resume.borrow_mut() = Some(Resume::Send(v));
            }
            Resume::Send(_) => {
                return Err(vm.error(
                    ExcKind::RuntimeError,
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            Resume::Throw(e) => {
                *aw.resume.borrow_mut() = Some(Resume::Throw(e));
            }
        }
    } else if aw.finished.get() {
        return Err(vm.error(
            ExcKind::RuntimeError,
            "cannot reuse already awaited __anext__()/asend()",
        ));
    } else if aw.passed.get() {
        // The generator passed a value up last time: this answer goes down.
        resume.pass_down(vm);
    } else {
        *aw.resume.borrow_mut() = Some(resume);
    }
    let mut fut = std::pin::pin!(DriveAsyncGen { vm, aw });
    let polled = fut.as_mut().poll(&mut Context::from_waker(Waker::noop()));
    let passed = vm.passed_up.take();
    match polled {
        Poll::Ready(Ok(v)) => Err(stop_iteration(vm, v)),
        Poll::Ready(Err(e)) => Err(e),
        Poll::Pending => Ok(passed.unwrap_or(Value::None)),
    }
}

const AWAITABLE_METHODS: &[(&str, BuiltinFn)] = &[
    ("send", |vm, a| {
        let v = a.pos.get(1).cloned().unwrap_or(Value::None);
        step_awaitable(vm, &a.pos[0], Resume::Send(v))
    }),
    ("throw", |vm, a| {
        let e = throw_value(vm, &a)?;
        step_awaitable(vm, &a.pos[0], Resume::Throw(e))
    }),
    ("close", |_, a| {
        if let Some(aw) = a.pos.first().and_then(|v| v.native::<AsyncGenAwaitable>()) {
            aw.finished.set(true);
        }
        Ok(Value::None)
    }),
    ("__iter__", |_, a| Ok(a.pos[0].clone())),
    ("__await__", |_, a| Ok(a.pos[0].clone())),
    ("__next__", |vm, a| {
        step_awaitable(vm, &a.pos[0], Resume::Send(Value::None))
    }),
];

/// The coroutine behind a `coroutine.__await__()` wrapper, so `yield from`
/// and `await` drive the coroutine itself (with the caller's waker);
/// anything else unchanged.
pub fn unwrap_coroutine(v: Value) -> Value {
    match v.native::<CoroutineWrapper>() {
        Some(w) => w.0.clone(),
        None => v,
    }
}

/// `coroutine.__await__()`.
pub fn await_wrapper(_vm: &Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Native(Rc::new(CoroutineWrapper(a.pos[0].clone()))))
}

/// Registers the hand-driving methods.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.other_class("coroutine_wrapper"),
        "coroutine_wrapper",
        WRAPPER_METHODS,
    );
    for class in ["async_generator_asend", "async_generator_athrow"] {
        crate::object::model::add_methods(&vm.other_class(class), class, AWAITABLE_METHODS);
    }
}
