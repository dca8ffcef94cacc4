//! `Future.__await__()` / `Future.__iter__()`: the iterator that yields the
//! future once (marked `_asyncio_future_blocking`, so a task knows it was
//! awaited with `yield from`/`await`) and then returns its result. Tasks
//! awaiting futures do not use it (they wait on the future directly); it
//! is for code that drives awaitables itself.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::future::{core_of, result_of};
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::generator::stop_iteration;
use crate::{Interp, PyResult};

/// The iterator over a future.
pub struct FutureIter {
    fut: Value,
    yielded: Cell<bool>,
}

impl FutureIter {
    /// `None` when the future is done (its result is the return value).
    fn step(&self, vm: &Interp) -> PyResult<Option<Value>> {
        let Some(core) = core_of(&self.fut) else {
            return Err(vm.type_error("not a future"));
        };
        if !core.done() {
            if self.yielded.replace(true) {
                return Err(vm.error(ExcKind::RuntimeError, "await wasn't used with future"));
            }
            core.blocking.set(true);
            return Ok(Some(self.fut.clone()));
        }
        result_of(vm, core).map(|_| None)
    }

    fn result(&self, vm: &Interp) -> PyResult<Value> {
        match core_of(&self.fut) {
            Some(core) => result_of(vm, core),
            None => Ok(Value::None),
        }
    }
}

impl Native for FutureIter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_asyncio.FutureIter")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
}

fn this<'a>(vm: &Interp, a: &'a Args) -> PyResult<&'a FutureIter> {
    a.pos
        .first()
        .and_then(|v| v.native::<FutureIter>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'FutureIter' object"))
}

fn send(vm: &Interp, a: Args) -> PyResult<Value> {
    let it = this(vm, &a)?;
    match it.step(vm)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm, it.result(vm)?)),
    }
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("send", send),
    ("__next__", send),
    ("throw", |vm, a| {
        this(vm, &a)?;
        Err(crate::protocol::generator::throw_value(vm, &a)?)
    }),
    ("close", |_, _| Ok(Value::None)),
    ("__iter__", |_, a| Ok(a.pos[0].clone())),
];

/// `future.__await__()`.
pub fn iter_future(_vm: &Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Native(Rc::new(FutureIter {
        fut: a.pos[0].clone(),
        yielded: Cell::new(false),
    })))
}

/// Registers the iterator's methods.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.other_class("_asyncio.FutureIter"),
        "FutureIter",
        METHODS,
    );
}
