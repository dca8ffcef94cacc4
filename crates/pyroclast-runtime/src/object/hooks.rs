//! The seam through which lower layers reach code that lives above them,
//! as CPython's `PyObject_Call` reaches the evaluator. The bootstrap
//! installs the real functions; until then each hook fails with
//! `SystemError`, so a half-built interpreter cannot crash.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::model::Function;
use crate::object::value::{Args, Value};
use crate::{Interp, PyResult};

/// Runs a user-defined function (the evaluator's `call_function`).
pub type CallFunction = fn(&Interp, &Rc<Function>, Args) -> PyResult<Value>;

/// `import name` (the module table and loaders).
pub type Import = fn(&Interp, &str) -> PyResult<Value>;

/// Functions installed by the layers above the object and protocol layers.
pub struct Hooks {
    /// Runs a user-defined function.
    pub call_function: Cell<CallFunction>,
    /// Imports a module by name.
    pub import: Cell<Import>,
}

impl Default for Hooks {
    fn default() -> Self {
        Hooks {
            call_function: Cell::new(|vm, _, _| Err(not_installed(vm, "evaluator"))),
            import: Cell::new(|vm, _| Err(not_installed(vm, "import system"))),
        }
    }
}

fn not_installed(vm: &Interp, what: &str) -> crate::PyErr {
    vm.error("SystemError", format!("the {what} is not installed"))
}

impl Interp {
    /// Calls a user-defined function through the evaluator.
    #[inline]
    pub fn call_function(&self, f: &Rc<Function>, args: Args) -> PyResult<Value> {
        (self.hooks.call_function.get())(self, f, args)
    }

    /// Imports a module by name (`import name`).
    pub fn import(&self, name: &str) -> PyResult<Value> {
        (self.hooks.import.get())(self, name)
    }
}
