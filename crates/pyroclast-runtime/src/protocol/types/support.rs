//! What the builtin types' method files share: receivers and their
//! errors, shorthands over the argument binder for hot methods, borrowing
//! containers without panicking, classmethods.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Value, method};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::classes::{ClassMethod, StaticMethod};
use crate::protocol::containers;
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyErr, PyResult};

/// Adds a builtin staticmethod.
pub(crate) fn add_staticmethod(
    class: &Rc<Class>,
    owner: &'static str,
    name: &'static str,
    f: BuiltinFn,
) {
    let sm = Value::Native(Rc::new(StaticMethod(crate::object::value::static_method(
        owner, name, f,
    ))));
    class.dict.borrow_mut().insert(Rc::from(name), sm);
}

/// Adds a builtin classmethod (bound to the class it is looked up on).
pub(crate) fn add_classmethod(
    class: &Rc<Class>,
    owner: &'static str,
    name: &'static str,
    f: BuiltinFn,
) {
    let cm = Value::Native(Rc::new(ClassMethod(method(owner, name, f))));
    class.dict.borrow_mut().insert(Rc::from(name), cm);
}

/// The receiver of a builtin method (`args.pos[0]`), unwrapped from a
/// builtin-subclass instance; a TypeError when the method was called unbound
/// without arguments.
pub(crate) fn receiver(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => Ok(unwrap(v)),
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
    }
}

/// CPython's error for a method descriptor applied to the wrong type.
#[cold]
pub(crate) fn wrong_self(vm: &Interp, owner: &str, name: &str, v: &Value) -> PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        type_name(vm, v)
    ))
}

// Shorthands over the one argument binder (`protocol/args.rs`) for the
// hot methods here, which read `args.pos` directly instead of binding slots.

/// Rejects keyword arguments (`list.pop() takes no keyword arguments`).
pub(crate) fn no_kw(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<()> {
    check(
        vm,
        args,
        &Sig::method(owner, name, Style::Legacy, 0, usize::MAX),
    )
}

/// Checks a method taking no arguments besides self.
pub(crate) fn no_args(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<()> {
    check(vm, args, &Sig::method(owner, name, Style::NoArgs, 0, 0))
}

/// The single argument of a one-argument method.
pub(crate) fn one_arg(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<Value> {
    check(vm, args, &Sig::method(owner, name, Style::One, 1, 1))?;
    Ok(args.pos[1].clone())
}

/// Checks the number of positional arguments after self
/// (`pop expected at most 1 argument, got 2`).
pub(crate) fn arg_count(
    vm: &Interp,
    args: &Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    check(vm, args, &Sig::method(owner, name, Style::Clinic, min, max))
}

/// The error for touching a container that a method further up the stack is
/// mutating (where CPython would see a half-updated object, Pyroclast refuses
/// rather than panic).
#[cold]
fn busy(vm: &Interp) -> PyErr {
    vm.error(
        ExcKind::RuntimeError,
        "container modified during an operation on it",
    )
}

/// Borrows a container for reading without panicking.
pub(crate) fn read<'a, T>(vm: &Interp, c: &'a RefCell<T>) -> PyResult<Ref<'a, T>> {
    c.try_borrow().map_err(|_| busy(vm))
}

/// Borrows a container for writing without panicking.
pub(crate) fn write<'a, T>(vm: &Interp, c: &'a RefCell<T>) -> PyResult<RefMut<'a, T>> {
    c.try_borrow_mut().map_err(|_| busy(vm))
}

/// Runs `f` on a dict or set table moved out of its cell, so that Python code
/// run by `__hash__`/`__eq__` during `f` never meets a held borrow (it sees an
/// empty table instead, as CPython's `list.sort` shows an empty list).
pub(crate) fn with_table<R, T: Default>(
    vm: &Interp,
    cell: &RefCell<T>,
    f: impl FnOnce(&mut T) -> PyResult<R>,
) -> PyResult<R> {
    let mut table = std::mem::take(&mut *write(vm, cell)?);
    let result = f(&mut table);
    if let Ok(mut slot) = cell.try_borrow_mut() {
        *slot = table;
    }
    result
}

/// `x is y or x == y`, the comparison containers use.
pub(crate) fn same(vm: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || ops::eq(vm, a, b)?)
}

/// A slice-style bound for `index(x, start, stop)`.
pub(crate) fn bound(vm: &Interp, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let Some(i) = containers::as_index(vm, v)? else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let len = len as i64;
    let i = if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    };
    Ok(i as usize)
}
