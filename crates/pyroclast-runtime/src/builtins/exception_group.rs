//! ExceptionGroup construction and `except*` matching (PEP 654).

use std::rc::Rc;

use pyroclast_syntax::ast::ExceptHandler;

use crate::eval::Frame;
use crate::object::Class;
use crate::value::Value;
use crate::{Flow, Interp, PyErr, PyResult};

/// Registers nothing yet: groups are built by `new_group`.
pub fn install(vm: &Interp) {
    let _ = vm;
}

/// `ExceptionGroup(msg, excs)`.
pub fn new_group(vm: &Interp, class: &Rc<Class>, args: Vec<Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let items = crate::builtins::iter::collect(vm, &args[1])?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut class = class.clone();
    let base_group = vm.exc_class("BaseExceptionGroup");
    let exception = vm.exc_class("Exception");
    if Rc::ptr_eq(&class, &base_group)
        && items
            .iter()
            .all(|e| crate::ops::type_of(vm, e).is_subclass(&exception))
    {
        class = vm.exc_class("ExceptionGroup");
    }
    Ok(crate::classes::new_instance(
        vm,
        &class,
        &[args[0].clone(), Value::list(items)],
    ))
}

/// Runs `except*` handlers against `err`.
pub fn exec_except_star(
    vm: &Interp,
    frame: &mut Frame,
    err: PyErr,
    handlers: &[ExceptHandler],
) -> Result<(), Flow> {
    let _ = (vm, frame, handlers);
    Err(Flow::Raise(err))
}
