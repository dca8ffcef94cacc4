//! Zero-argument `super()`: the `__class__` cell and the first argument of
//! the running method; and `super().name(...)` on an instance, which calls
//! a plain function found after the method's class on the instance type's
//! MRO without making the `super` object or a bound method (CPython 3.12's
//! LOAD_SUPER_ATTR does the same): two allocations and their collector
//! registrations per call, 6% of `benches/methods.py`.

use std::rc::Rc;

use pyroclast_syntax::ast::{Expr, ExprKind, SiteCache};

use super::Frame;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::Value;
use crate::{Interp, PyResult};

/// The class and the object `super()` stands for in the running method.
fn parts(vm: &Interp, frame: &Frame) -> PyResult<(Rc<Class>, Value)> {
    let Some(scope) = frame.scope.as_ref() else {
        return Err(vm.error(ExcKind::RuntimeError, "super(): no arguments"));
    };
    let class_idx = scope.cells.iter().position(|c| &**c == "__class__");
    let class = class_idx
        .and_then(|i| frame.cells.get(i))
        .and_then(|c| c.borrow().clone());
    let Some(Value::Class(class)) = class else {
        return Err(vm.error(ExcKind::RuntimeError, "super(): __class__ cell not found"));
    };
    let first = match frame.locals.first() {
        Some(Some(v)) => v.clone(),
        _ => {
            // The first parameter may itself live in a cell.
            match scope.param_cells.iter().find(|(_, slot)| *slot == 0) {
                Some((cell, _)) => frame.cells[*cell as usize]
                    .borrow()
                    .clone()
                    .unwrap_or(Value::None),
                None => return Err(vm.error(ExcKind::RuntimeError, "super(): no arguments")),
            }
        }
    };
    Ok((class, first))
}

/// `super()` inside a method.
pub fn zero_arg_super(vm: &Interp, frame: &Frame) -> PyResult<Value> {
    let (class, obj) = parts(vm, frame)?;
    crate::protocol::classes::Super::make(vm, class, obj)
}

/// Whether `e` is a call of the builtin `super` without arguments (no
/// global of that name hides it). Inline only as far as "a call": every
/// method call site asks.
#[inline(always)]
pub fn is_zero_arg_super(frame: &Frame, e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Call { .. }) && names_super(frame, e)
}

#[inline(never)]
fn names_super(frame: &Frame, e: &Expr) -> bool {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &e.kind
    else {
        return false;
    };
    args.is_empty()
        && keywords.is_empty()
        && matches!(&func.kind, ExprKind::Name(n)
            if &*n.id == "super" && super::expr::names_builtin(frame, n))
}

/// What [`method_call`] did.
pub enum SuperCall {
    /// Called the method (or failed as `super()` itself would).
    Done(PyResult<Value>),
    /// Made the `super` object: the caller goes on as for any receiver.
    Object(Value),
}

/// `super().attr(args)` with positional arguments, when `super()` stands
/// for an instance and `attr` is a plain function on its type's MRO after
/// the method's class: the function runs with the instance in its first
/// slot. Anything else (a class-level `super()`, a descriptor, a builtin
/// base's method) gets the `super` object, which handles it all.
#[inline(never)]
pub fn method_call(
    vm: &Interp,
    frame: &mut Frame,
    attr: &str,
    site: &SiteCache,
    args: &[Expr],
) -> SuperCall {
    let (class, obj) = match parts(vm, frame) {
        Ok(p) => p,
        Err(e) => return SuperCall::Done(Err(e)),
    };
    if let Some(f) = plain_function(vm, &class, &obj, attr, site)
        && let Some(r) = super::call_positional(vm, frame, &f, Some(&obj), args)
    {
        return SuperCall::Done(r);
    }
    match crate::protocol::classes::Super::make(vm, class, obj) {
        Ok(o) => SuperCall::Object(o),
        Err(e) => SuperCall::Done(Err(e)),
    }
}

/// The function `super(class, obj).attr` binds to `obj`, if it is a plain
/// function and `obj` an instance.
fn plain_function(
    vm: &Interp,
    class: &Rc<Class>,
    obj: &Value,
    attr: &str,
    site: &SiteCache,
) -> Option<Rc<crate::object::model::Function>> {
    let found = match obj {
        Value::Instance(inst) => {
            crate::object::class_dict::lookup_after_site(&inst.class, class, attr, &site.method)
        }
        Value::Class(_) => return None,
        _ => {
            let start = crate::protocol::ops::type_of(vm, obj);
            crate::protocol::classes::Super::after(&start, class, attr)
        }
    };
    match found? {
        Value::Function(f) => Some(f),
        _ => None,
    }
}
