//! Rich comparison: numbers across int/float/big-int, sequences
//! lexicographically, dicts and sets, then the reflected-dunder protocol.

use super::*;
use crate::object::value::Value;
use crate::{Interp, PyResult};
use pyroclast_syntax::ast::CmpOp;

pub(crate) fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

pub(crate) fn ordering_result(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        _ => false,
    }
}

/// Compares two sequences lexicographically, as lists and tuples do.
pub(crate) fn compare_seq(vm: &Interp, op: CmpOp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b.iter()) {
        if x.is(y) {
            continue;
        }
        if !eq(vm, x, y)? {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::NotEq {
                return Ok(true);
            }
            let r = compare(vm, op, x, y)?;
            return truthy(vm, &r);
        }
    }
    Ok(ordering_result(op, a.len().cmp(&b.len())))
}

/// Rich comparison `a op b` for `==`, `!=`, `<`, `<=`, `>`, `>=`.
pub fn compare(vm: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Ok(Bool(ordering_result(op, x.cmp(y)))),
        (Str(x), Str(y)) => Ok(Bool(ordering_result(op, x.as_ref().cmp(y.as_ref())))),
        (Float(x), Float(y)) => Ok(Bool(match x.partial_cmp(y) {
            Some(o) => ordering_result(op, o),
            Option::None => op == CmpOp::NotEq,
        })),
        // Anything else may recurse (into items, or Python code): a level
        // counted as CPython's `PyObject_RichCompare` counts it, so nesting
        // past the recursion limit raises instead of overflowing the stack.
        _ => vm.nested(" in comparison", || compare_inner(vm, op, a, b)),
    }
}

fn compare_inner(vm: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => return Ok(Bool(ordering_result(op, x.cmp(y)))),
        (Str(x), Str(y)) => return Ok(Bool(ordering_result(op, x.as_ref().cmp(y.as_ref())))),
        (Float(x), Float(y)) => {
            return Ok(Bool(match x.partial_cmp(y) {
                Some(o) => ordering_result(op, o),
                Option::None => op == CmpOp::NotEq,
            }));
        }
        (Int(_) | BigInt(_) | Bool(_), Int(_) | BigInt(_) | Bool(_)) => {
            if let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) {
                return Ok(Bool(ordering_result(op, x.cmp(&y))));
            }
        }
        (Float(_) | Int(_) | BigInt(_) | Bool(_), Float(_) | Int(_) | BigInt(_) | Bool(_)) => {
            let o = num_cmp(a, b);
            return Ok(Bool(match o {
                Some(o) => ordering_result(op, o),
                Option::None => op == CmpOp::NotEq,
            }));
        }
        (Bytes(x), Bytes(y)) => return Ok(Bool(ordering_result(op, x.cmp(y)))),
        (List(x), List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return Ok(Bool(compare_seq(vm, op, &x, &y)?));
        }
        (Tuple(x), Tuple(y)) => return Ok(Bool(compare_seq(vm, op, x, y)?)),
        (Dict(x), Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let equal = dict_eq(vm, &x.borrow(), &y.borrow())?;
            return Ok(Bool(equal == (op == CmpOp::Eq)));
        }
        (Set(x), Set(y)) => {
            return Ok(Bool(crate::protocol::types::sets::set_compare(
                vm, op, x, y,
            )?));
        }
        (Native(_), _) | (_, Native(_))
            if (a
                .native::<crate::protocol::iter::DictView>()
                .is_some_and(|v| v.part != crate::protocol::iter::DictPart::Values)
                || b.native::<crate::protocol::iter::DictView>()
                    .is_some_and(|v| v.part != crate::protocol::iter::DictPart::Values))
                && !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) =>
        {
            if let (Some(x), Some(y)) = (view_as_set(vm, a)?, view_as_set(vm, b)?)
                && matches!(a, Native(_) | Set(_))
                && matches!(b, Native(_) | Set(_))
            {
                return compare(vm, op, &x, &y);
            }
            return Ok(Bool(op == CmpOp::NotEq));
        }
        (Native(x), Native(y))
            if matches!(op, CmpOp::Eq | CmpOp::NotEq)
                && x.as_any().is::<UnionType>()
                && y.as_any().is::<UnionType>() =>
        {
            let (ux, uy) = (a.native::<UnionType>(), b.native::<UnionType>());
            let same = match (ux, uy) {
                (Some(ux), Some(uy)) => {
                    ux.args.len() == uy.args.len()
                        && ux.args.iter().all(|p| uy.args.iter().any(|q| q.is(p)))
                }
                _ => false,
            };
            return Ok(Bool(same == (op == CmpOp::Eq)));
        }
        (Native(_), Native(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            if let Some(same) = crate::protocol::types::range::equal(a, b) {
                return Ok(Bool(same == (op == CmpOp::Eq)));
            }
        }
        _ => {}
    }
    let (name, reflected) = cmp_names(op);
    if let Some(r) = dispatch_dunder(vm, a, b, name, reflected, true)? {
        return Ok(r);
    }
    // object.__ne__ inverts __eq__; a class's own __ne__ that returned
    // NotImplemented leaves only the identity fallback, as in CPython.
    if op == CmpOp::NotEq
        && !crate::protocol::classes::has_dunder(vm, a, "__ne__")
        && let Some(r) = crate::protocol::classes::call_dunder1(vm, a, "__eq__", b.clone())?
        && !matches!(r, NotImplemented)
    {
        return Ok(Bool(!truthy(vm, &r)?));
    }
    let pa = payload_of(a);
    let pb = payload_of(b);
    if pa.is_some() || pb.is_some() {
        let x = pa.unwrap_or_else(|| a.clone());
        let y = pb.unwrap_or_else(|| b.clone());
        return compare(vm, op, &x, &y);
    }
    match op {
        CmpOp::Eq => Ok(Bool(a.is(b))),
        CmpOp::NotEq => Ok(Bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(vm, a),
            type_name(vm, b)
        ))),
    }
}

pub(crate) fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) => num_cmp(other, &Value::Float(*x)).map(|o| o.reverse()),
        (i, Value::Float(f)) => {
            let i = to_bigint(i)?;
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if *f > 0.0 {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                });
            }
            let fl = float_to_bigint(f.floor())?;
            match i.cmp(&fl) {
                std::cmp::Ordering::Equal => {
                    if f.fract() == 0.0 {
                        Some(std::cmp::Ordering::Equal)
                    } else {
                        Some(std::cmp::Ordering::Less)
                    }
                }
                o => Some(o),
            }
        }
        _ => None,
    }
}

pub(crate) fn dict_eq(
    vm: &Interp,
    a: &crate::object::dict::Dict,
    b: &crate::object::dict::Dict,
) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(vm, &k)? {
            Some(w) => {
                if !v.is(&w) && !eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Python `a < b` as a bool, for sorting and min/max.
pub fn less_than(vm: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Tuple(x), Value::Tuple(y)) => tuple_less_than(vm, &x[..], &y[..]),
        _ => {
            let r = compare(vm, CmpOp::Lt, a, b)?;
            truthy(vm, &r)
        }
    }
}

/// `a < b` for tuples (sort keys such as `(-price, id)`): `compare_seq`'s
/// steps (identity, then `==`, then `<` on the first unequal pair), with
/// ints, floats and strs compared in place; any other pair goes through
/// the general comparison, which counts nesting.
fn tuple_less_than(vm: &Interp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        match (x, y) {
            (Value::Int(p), Value::Int(q)) if p != q => return Ok(p < q),
            (Value::Int(_), Value::Int(_)) => {}
            (Value::Str(p), Value::Str(q)) if p != q => return Ok(p < q),
            (Value::Str(_), Value::Str(_)) => {}
            // Identical floats (a NaN included) are equal, as in `is`.
            (Value::Float(p), Value::Float(q)) if p.to_bits() != q.to_bits() && p != q => {
                return Ok(p < q);
            }
            (Value::Float(_), Value::Float(_)) => {}
            _ => return compare_seq(vm, CmpOp::Lt, &a[i..], &b[i..]),
        }
    }
    Ok(a.len() < b.len())
}
