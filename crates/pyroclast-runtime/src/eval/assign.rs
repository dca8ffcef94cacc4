//! Binding and deleting targets: names (by resolver slot), attributes,
//! subscripts and (starred) unpacking.

use std::rc::Rc;

use pyroclast_syntax::ast::*;

use super::Frame;
use super::expr::eval;
use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;
use crate::{Interp, PyResult};

/// Binds a name.
#[inline(always)]
pub fn store_name(vm: &Interp, frame: &mut Frame, n: &Name, v: Value) -> PyResult<()> {
    // Fast locals inline at every store site; the rest out of line.
    if let NameSlot::Local(i) = n.slot.get() {
        if let Some(slot) = frame.locals.get_mut(i as usize) {
            *slot = Some(v);
        }
        return Ok(());
    }
    store_name_slow(vm, frame, n, v)
}

/// [`store_name`] for a loop's target, rebound on every item: the value
/// it replaces is dropped inline ([`Value::discard`]), where the loop's
/// types train the jump on the variant.
#[inline(always)]
pub fn store_loop_target(vm: &Interp, frame: &mut Frame, n: &Name, v: Value) -> PyResult<()> {
    if let NameSlot::Local(i) = n.slot.get() {
        if let Some(slot) = frame.locals.get_mut(i as usize)
            && let Some(old) = slot.replace(v)
        {
            old.discard();
        }
        return Ok(());
    }
    store_name_slow(vm, frame, n, v)
}

#[inline(never)]
fn store_name_slow(vm: &Interp, frame: &mut Frame, n: &Name, v: Value) -> PyResult<()> {
    match n.slot.get() {
        NameSlot::Local(i) => {
            if let Some(slot) = frame.locals.get_mut(i as usize) {
                *slot = Some(v);
            }
        }
        NameSlot::Cell(i) => {
            if let Some(c) = frame.cells.get(i as usize) {
                *c.borrow_mut() = Some(v);
            }
        }
        NameSlot::ClassLocal | NameSlot::ClassCell(_) => {
            if let Some(ns) = &frame.class_ns {
                ns.borrow_mut().insert(n.id.clone(), v);
            }
        }
        NameSlot::Global | NameSlot::Unresolved => {
            frame.globals.borrow_mut().insert(n.id.clone(), v);
        }
    }
    let _ = vm;
    Ok(())
}

/// `target = value`.
#[inline(always)]
pub fn assign(vm: &Interp, frame: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    // A plain name is most stores: no call for it.
    if let ExprKind::Name(n) = &target.kind {
        return store_name(vm, frame, n, v);
    }
    assign_other(vm, frame, target, v)
}

#[inline(never)]
fn assign_other(vm: &Interp, frame: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name(n) => store_name(vm, frame, n, v),
        ExprKind::Attribute { value, attr, hint } => {
            if let Some(obj) = super::expr::peek_local(frame, value) {
                return crate::protocol::classes::setattr_at(vm, obj, attr, hint, v);
            }
            let obj = eval(vm, frame, value)?;
            crate::protocol::classes::setattr_at(vm, &obj, attr, hint, v)
        }
        ExprKind::Subscript { value, index, .. } => {
            if let Some(obj) = super::expr::peek_local(frame, value)
                && let ExprKind::Constant(c) = &index.kind
            {
                return crate::protocol::containers::setitem(vm, obj, super::expr::constant(c), v);
            }
            let obj = eval(vm, frame, value)?;
            let i = eval(vm, frame, index)?;
            crate::protocol::containers::setitem(vm, &obj, i, v)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let values = unpack(vm, items, v)?;
            for (t, v) in items.iter().zip(values) {
                match &t.kind {
                    ExprKind::Starred(inner) => assign(vm, frame, inner, v)?,
                    _ => assign(vm, frame, t, v)?,
                }
            }
            Ok(())
        }
        ExprKind::Starred(inner) => assign(vm, frame, inner, v),
        _ => Err(vm.error(ExcKind::SyntaxError, "cannot assign to expression")),
    }
}

/// Unpacks `v` for the targets `items` (one value per target; a starred
/// target gets a list).
pub fn unpack(vm: &Interp, items: &[Expr], v: Value) -> PyResult<Vec<Value>> {
    let values = match &v {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().to_vec(),
        other => {
            if !crate::protocol::iter::is_iterable(vm, other) {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    crate::protocol::ops::type_name(vm, other)
                )));
            }
            crate::protocol::iter::collect(vm, other)?
        }
    };
    let star = items
        .iter()
        .position(|t| matches!(t.kind, ExprKind::Starred(_)));
    let n = items.len();
    match star {
        None => {
            if values.len() > n {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
            if values.len() < n {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    values.len()
                )));
            }
            Ok(values)
        }
        Some(s) => {
            let after = n - s - 1;
            if values.len() < n - 1 {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n - 1,
                    values.len()
                )));
            }
            let mut out: Vec<Value> = values[..s].to_vec();
            out.push(Value::list(values[s..values.len() - after].to_vec()));
            out.extend(values[values.len() - after..].iter().cloned());
            Ok(out)
        }
    }
}

/// `del target`.
pub fn delete(vm: &Interp, frame: &mut Frame, target: &Expr) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name(n) => {
            let present = match n.slot.get() {
                NameSlot::Local(i) => frame
                    .locals
                    .get_mut(i as usize)
                    .and_then(Option::take)
                    .is_some(),
                NameSlot::Cell(i) => frame
                    .cells
                    .get(i as usize)
                    .and_then(|c| c.borrow_mut().take())
                    .is_some(),
                NameSlot::ClassLocal | NameSlot::ClassCell(_) => frame
                    .class_ns
                    .as_ref()
                    .is_some_and(|ns| ns.borrow_mut().shift_remove(&*n.id).is_some()),
                NameSlot::Global | NameSlot::Unresolved => {
                    frame.globals.borrow_mut().shift_remove(&*n.id).is_some()
                }
            };
            if !present {
                return Err(match n.slot.get() {
                    NameSlot::Local(_) | NameSlot::Cell(_) => vm.error(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{}' where it is not associated with a value", n.id),
                    ),
                    _ => vm.error(ExcKind::NameError, format!("name '{}' is not defined", n.id)),
                });
            }
            Ok(())
        }
        ExprKind::Attribute { value, attr, .. } => {
            let obj = eval(vm, frame, value)?;
            crate::protocol::classes::delattr(vm, &obj, attr)
        }
        ExprKind::Subscript { value, index, .. } => {
            let obj = eval(vm, frame, value)?;
            let i = eval(vm, frame, index)?;
            crate::protocol::containers::delitem(vm, &obj, &i)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for t in items {
                delete(vm, frame, t)?;
            }
            Ok(())
        }
        _ => Err(vm.error(ExcKind::SyntaxError, "cannot delete expression")),
    }
}

/// Shared name for the bound exception in `except E as name`.
pub fn handler_name(e: &Expr) -> Option<&Rc<str>> {
    match &e.kind {
        ExprKind::Name(n) => Some(&n.id),
        _ => None,
    }
}
