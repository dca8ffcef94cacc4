//! Calling any callable: functions (through the evaluator's hook), builtins,
//! bound methods, classes (with metaclass `__call__`), instances with
//! `__call__` and native callables.

use std::any::Any;
use std::rc::Rc;

use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::{Interp, PyErr, PyResult};

/// `f(this, *args)`: a user function gets `this` in its first slot without
/// the argument list being shifted.
pub fn call_self(vm: &Interp, f: &Value, this: &Value, mut args: Args) -> PyResult<Value> {
    if let Value::Function(func) = f {
        return vm.call_function_self(func, this, args);
    }
    args.pos.insert(0, this.clone());
    call(vm, f, args)
}

/// Calls any callable.
pub fn call(vm: &Interp, f: &Value, args: Args) -> PyResult<Value> {
    match f {
        Value::Function(func) => vm.call_function(func, args),
        Value::Builtin(b) => {
            // A type's method called through the type without an instance
            // (`object.__repr__()`): every method reads its `self` first.
            if args.pos.is_empty()
                && b.takes_self
                && let Some(owner) = b.owner
            {
                let name = b.name;
                // CPython's wording differs for slot wrappers and methods.
                return Err(
                    vm.type_error(if name.starts_with("__") && name.ends_with("__") {
                        format!("descriptor '{name}' of '{owner}' object needs an argument")
                    } else {
                        format!("unbound method {owner}.{name}() needs an argument")
                    }),
                );
            }
            b.call(vm, args)
        }
        Value::Method(m) => {
            let crate::object::value::Bound(self_, func) = &**m;
            call_self(vm, func, self_, args)
        }
        Value::Class(c) => {
            let mut args = args;
            if let Some(fast) = c.fast_new.get()
                && args.kw.is_empty()
                && let Some(r) = fast(vm, &mut args.pos)
            {
                return r;
            }
            call_class(vm, f, c, args)
        }
        Value::Instance(inst) => {
            if let Some(attr) = inst.class.lookup("__call__") {
                let bound = crate::protocol::classes::bind_special(vm, attr, f, &inst.class)?;
                return call(vm, &bound, args);
            }
            Err(not_callable(vm, f))
        }
        Value::Native(n) => match n.call(vm, args) {
            Some(r) => r,
            None => Err(not_callable(vm, f)),
        },
        _ => Err(not_callable(vm, f)),
    }
}

/// Calls class `c` (the value `f`) past its shortcut: a metaclass
/// `__call__` written in Python, else construction. For a caller whose
/// shortcut already declined the arguments.
pub(crate) fn call_class(vm: &Interp, f: &Value, c: &Rc<Class>, mut args: Args) -> PyResult<Value> {
    let meta = c.metaclass.borrow().clone();
    if let Some(meta) = meta
        && let Some(call_fn) = meta
            .mro_iter()
            .find(|k| !k.builtin && k.dict.borrow().contains_key("__call__"))
            .and_then(|k| k.dict.borrow().get("__call__").cloned())
    {
        args.pos.insert(0, f.clone());
        return call(vm, &call_fn, args);
    }
    crate::protocol::classes::instantiate(vm, c, args)
}

#[cold]
fn not_callable(vm: &Interp, f: &Value) -> PyErr {
    vm.type_error(format!(
        "'{}' object is not callable",
        crate::protocol::ops::type_name(vm, f)
    ))
}

/// The single argument of a one-argument builtin.
pub fn one(vm: &Interp, a: &Args, name: &str) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check};
    check(vm, a, &Sig::function(name, Style::One, 1, 1))?;
    Ok(a.pos[0].clone())
}

/// A native holding a value returned when called (e.g. `C.mro`).
pub struct Constant(pub Value);

impl Native for Constant {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.types.builtin.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _vm: &Interp, _args: Args) -> Option<PyResult<Value>> {
        Some(Ok(self.0.clone()))
    }
}

/// The two arguments of a two-argument builtin.
pub fn two(vm: &Interp, a: &Args, name: &str) -> PyResult<(Value, Value)> {
    use crate::protocol::args::{Sig, Style, check};
    check(vm, a, &Sig::function(name, Style::Clinic, 2, 2))?;
    Ok((a.pos[0].clone(), a.pos[1].clone()))
}

/// `callable(v)`.
pub fn is_callable(vm: &Interp, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        Value::Native(n) => {
            n.is_callable()
                || crate::protocol::ops::type_of(vm, v)
                    .lookup("__call__")
                    .is_some()
        }
        _ => false,
    }
}
