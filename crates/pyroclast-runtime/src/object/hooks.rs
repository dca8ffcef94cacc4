//! The seam through which lower layers reach code that lives above them,
//! as CPython's `PyObject_Call` reaches the evaluator. The bootstrap
//! installs the real functions; until then each hook fails with
//! `SystemError`, so a half-built interpreter cannot crash.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Function;
use crate::object::value::{Args, Value};
use crate::{Interp, PyErr, PyResult};

/// Runs a user-defined function (the evaluator's `call_function_with`),
/// with a first positional argument (`self`) ahead of `Args` when given:
/// a method call then needs no bound method and no shifted argument list.
pub type CallFunction = fn(&Interp, &Rc<Function>, Option<&Value>, Args) -> PyResult<Value>;

/// `import name` (the module table and loaders).
pub type Import = fn(&Interp, &str) -> PyResult<Value>;

/// Called with an async generator on its first iteration, and with an
/// abandoned suspended one (to be closed): CPython's
/// `sys.set_asyncgen_hooks(firstiter, finalizer)`, which the running event
/// loop installs. The finalizer returns false when it did not take it.
pub type AsyncGenHook = fn(&Interp, &Value) -> bool;

/// The running loop's finalizer for an abandoned async generator: `now`
/// when called at a point where Python code may run (the cycle collector),
/// so the loop schedules its `aclose()` at once as CPython's hook does;
/// otherwise (from a `Drop`) at the start of its next iteration. False when
/// no loop took it.
pub type AsyncGenFinalizer = fn(&Interp, &Value, bool) -> bool;

/// A cancellation waiting for the running task, as the error to raise at
/// its current await.
pub type TakeCancel = fn(&Interp) -> Option<PyErr>;

/// Functions installed by the layers above the object and protocol layers.
pub struct Hooks {
    /// Runs a user-defined function.
    pub call_function: Cell<CallFunction>,
    /// Imports a module by name.
    pub import: Cell<Import>,
    /// An async generator starts iterating.
    pub asyncgen_firstiter: Cell<AsyncGenHook>,
    /// An async generator was abandoned while suspended.
    pub asyncgen_finalizer: Cell<AsyncGenFinalizer>,
    /// The running task's pending cancellation.
    pub take_cancel: Cell<TakeCancel>,
    /// Runs the cycle collector if a collection is due (the protocol
    /// layer's, which can call `__del__`).
    pub collect: Cell<fn(&Interp)>,
}

impl Default for Hooks {
    fn default() -> Self {
        Hooks {
            call_function: Cell::new(|vm, _, _, _| Err(not_installed(vm, "evaluator"))),
            import: Cell::new(|vm, _| Err(not_installed(vm, "import system"))),
            asyncgen_firstiter: Cell::new(|_, _| false),
            asyncgen_finalizer: Cell::new(|_, _, _| false),
            take_cancel: Cell::new(|_| None),
            collect: Cell::new(|_| {}),
        }
    }
}

fn not_installed(vm: &Interp, what: &str) -> crate::PyErr {
    vm.error(ExcKind::SystemError, format!("the {what} is not installed"))
}

impl Interp {
    /// Calls a user-defined function through the evaluator.
    #[inline]
    pub fn call_function(&self, f: &Rc<Function>, args: Args) -> PyResult<Value> {
        (self.hooks.call_function.get())(self, f, None, args)
    }

    /// Calls a user-defined function with `this` as its first argument,
    /// ahead of `args` (a method call).
    #[inline]
    pub fn call_function_self(
        &self,
        f: &Rc<Function>,
        this: &Value,
        args: Args,
    ) -> PyResult<Value> {
        (self.hooks.call_function.get())(self, f, Some(this), args)
    }

    /// Imports a module by name (`import name`).
    pub fn import(&self, name: &str) -> PyResult<Value> {
        (self.hooks.import.get())(self, name)
    }
}
