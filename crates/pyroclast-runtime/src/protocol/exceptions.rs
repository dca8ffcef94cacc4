//! Exception objects at run time: the instance a `raise` makes from a class
//! or instance, matching an `except` clause's types, and implicit chaining
//! (`__context__`).

use std::rc::Rc;

use crate::object::value::{Args, Value};
use crate::protocol::ops;
use crate::{Interp, PyErr, PyResult};

/// A class or instance in a `raise` becomes an exception instance.
pub fn to_exception(vm: &Interp, v: Value) -> PyResult<Value> {
    match &v {
        Value::Instance(i) if i.exc.is_some() => Ok(v),
        Value::Class(c) if c.layout == crate::object::model::Layout::Exception => {
            let inst = crate::protocol::call::call(vm, &v, Args::default())?;
            match &inst {
                Value::Instance(i) if i.exc.is_some() => Ok(inst),
                other => Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    ops::repr(vm, &v)?,
                    ops::type_name(vm, other)
                ))),
            }
        }
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

/// Starts handling `exc` (an `except` clause, a `finally` or `__exit__`
/// with it in flight): it was raised while the exception handled so far
/// was current, which becomes its `__context__` unless it has one (CPython
/// sets it at the raise; the catch is where it is first seen here).
pub fn begin_handling(vm: &crate::Interp, exc: &Value) {
    let top = vm.handling.borrow().last().cloned();
    if let Some(top) = top {
        chain_context(&PyErr(exc.clone()), &top);
    }
    vm.handling.borrow_mut().push(exc.clone());
}

/// What a `raise` statement does to the context of the exception it
/// raises, as CPython at every raise: the exception being handled becomes
/// it (replacing an earlier one), unless that would make a cycle.
pub fn set_context_at_raise(vm: &crate::Interp, exc: &Value) {
    let top = vm.handling.borrow().last().cloned();
    let (Some(top), Value::Instance(i)) = (top, exc) else {
        return;
    };
    let Some(data) = &i.exc else { return };
    if exc.is(&top) {
        return;
    }
    // CPython cuts the chain where it would loop back to `exc`.
    let mut cur = top.clone();
    let mut depth = 0;
    loop {
        let next = match &cur {
            Value::Instance(c) => c.exc.as_ref().and_then(|d| d.borrow().context.clone()),
            _ => None,
        };
        match next {
            Some(n) if n.is(exc) => {
                if let Value::Instance(c) = &cur
                    && let Some(d) = &c.exc
                {
                    d.borrow_mut().context = None;
                }
                break;
            }
            Some(n) if depth < 10_000 => {
                cur = n;
                depth += 1;
            }
            _ => break,
        }
    }
    let mut d = data.borrow_mut();
    d.context = Some(top);
    d.context_fixed = true;
}

/// Sets `__context__` of an exception raised while `handled` was being handled.
pub fn chain_context(new: &PyErr, handled: &Value) {
    if new.0.is(handled) {
        return;
    }
    if let Value::Instance(i) = &new.0
        && let Some(data) = &i.exc
    {
        {
            let d = data.borrow();
            if d.context.is_some() || d.context_fixed {
                return;
            }
        }
        // Avoid cycles: don't chain an exception to one that has it as context.
        let mut cur = Some(handled.clone());
        let mut depth = 0;
        while let Some(Value::Instance(c)) = cur {
            if Rc::ptr_eq(&c, i) || depth > 100 {
                return;
            }
            depth += 1;
            cur = c.exc.as_ref().and_then(|d| d.borrow().context.clone());
        }
        data.borrow_mut().context = Some(handled.clone());
    }
}

/// True when `err` matches an `except` clause's type expression value.
pub fn exception_matches(vm: &Interp, err: &Value, typ: &Value) -> PyResult<bool> {
    match typ {
        Value::Class(c) => {
            if c.layout != crate::object::model::Layout::Exception {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(ops::type_of(vm, err).is_subclass(c))
        }
        Value::Tuple(items) => {
            for t in items.iter() {
                if exception_matches(vm, err, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}
