//! set and frozenset: operators, comparisons and methods.

use std::cell::RefCell;
use std::rc::Rc;

use pyroclast_syntax::ast::{BinOp, CmpOp};

use crate::dict::Dict;
use crate::value::{SetObj, Value};
use crate::{Interp, PyResult};

/// Registers set methods.
pub fn install(vm: &Interp) {
    let _ = vm;
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`.
pub fn set_op(vm: &Interp, op: BinOp, a: &SetObj, b: &SetObj) -> PyResult<Value> {
    let (x, y) = (a.items.borrow(), b.items.borrow());
    let mut out = Dict::new();
    match op {
        BinOp::BitOr => {
            for k in x.keys().into_iter().chain(y.keys()) {
                out.set(vm, k, Value::None)?;
            }
        }
        BinOp::BitAnd => {
            for k in x.keys() {
                if y.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
        }
        BinOp::Sub => {
            for k in x.keys() {
                if !y.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
        }
        _ => {
            for k in x.keys() {
                if !y.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
            for k in y.keys() {
                if !x.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
        }
    }
    Ok(Value::Set(Rc::new(SetObj {
        items: RefCell::new(out),
        frozen: a.frozen,
    })))
}

fn subset(vm: &Interp, a: &Dict, b: &Dict) -> PyResult<bool> {
    for k in a.keys() {
        if !b.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (`==`, `<=` subset, `<` proper subset, ...).
pub fn set_compare(vm: &Interp, op: CmpOp, a: &SetObj, b: &SetObj) -> PyResult<bool> {
    let (x, y) = (a.items.borrow(), b.items.borrow());
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && subset(vm, &x, &y)?,
        CmpOp::NotEq => !(x.len() == y.len() && subset(vm, &x, &y)?),
        CmpOp::LtE => subset(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && subset(vm, &x, &y)?,
        CmpOp::GtE => subset(vm, &y, &x)?,
        CmpOp::Gt => y.len() < x.len() && subset(vm, &y, &x)?,
        _ => false,
    })
}
