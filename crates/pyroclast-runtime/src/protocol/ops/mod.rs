//! Operators with Python semantics: arithmetic with int overflow promotion,
//! rich comparisons with reflection, equality, hashing, truthiness, `repr`
//! and `str`, and the dunder fallbacks for user classes.

mod repr;
pub use repr::*;
mod hash;
pub use hash::*;
mod arith;
pub use arith::*;
mod compare;
pub use compare::*;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::Value;
pub use crate::object::value::{fast_eq, float_to_bigint};
use crate::protocol::types::slot_wrapper::SlotKind;
use crate::{Interp, PyResult};
use num_bigint::BigInt;
use pyroclast_syntax::ast::CmpOp;
use std::rc::Rc;

/// The class of any value.
pub fn type_of(vm: &Interp, v: &Value) -> Rc<Class> {
    let t = &vm.types;
    match v {
        Value::None => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Bytes(_) => t.bytes.clone(),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) => {
            if s.frozen {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        Value::Function(_) => t.function.clone(),
        Value::Builtin(b) => match b.owner {
            // A builtin type's method, unbound (`list.append`).
            Some(owner) => vm.other_class(
                match crate::protocol::types::slot_wrapper::descriptor_kind(owner, b.name) {
                    SlotKind::Wrapper => "wrapper_descriptor",
                    SlotKind::Method => "method_descriptor",
                },
            ),
            None => t.builtin.clone(),
        },
        Value::Method(_) => t.method.clone(),
        Value::Class(c) => c
            .metaclass
            .borrow()
            .clone()
            .unwrap_or_else(|| t.type_.clone()),
        Value::Instance(i) => i.class.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Native(n) => n.class(vm),
    }
}

/// `type(v).__name__`.
pub fn type_name(vm: &Interp, v: &Value) -> Rc<str> {
    tp_name(&type_of(vm, v))
}

/// The name messages give a class: CPython's `tp_name`, its `__name__`
/// except for the classes standing for C types (`datetime.date`).
pub fn tp_name(class: &Class) -> Rc<str> {
    if class.marker.get() & crate::object::model::C_NAMED != 0 {
        return Rc::from(format!("{}.{}", class.module, class.name));
    }
    class.name.clone()
}

/// An int value as a big integer.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

/// A numeric value as f64 (ints convert with CPython's rounding).
pub fn to_f64(vm: &Interp, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => match crate::protocol::text::format_spec::bigint_to_f64(b) {
            Some(f) => Some(f),
            None => {
                return Err(vm.error(ExcKind::OverflowError, "int too large to convert to float"));
            }
        },
        _ => None,
    })
}

/// Python's key semantics for dict and set tables: `hash()` and `==`.
impl crate::object::dict::KeySemantics for Interp {
    fn key_hash(&self, v: &Value) -> PyResult<i64> {
        hash(self, v)
    }
    fn key_eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        eq(self, a, b)
    }
}

/// Python `a == b`.
pub fn eq(vm: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    let r = compare(vm, CmpOp::Eq, a, b)?;
    truthy(vm, &r)
}

/// Python truthiness.
#[inline]
pub fn truthy(vm: &Interp, v: &Value) -> PyResult<bool> {
    // Conditions are mostly bools: those inline at the call site.
    match v {
        Value::Bool(b) => Ok(*b),
        _ => truthy_other(vm, v),
    }
}

#[inline(never)]
fn truthy_other(vm: &Interp, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Set(s) => !s.items.borrow().is_empty(),
        Value::Instance(_) | Value::Native(_) => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__bool__", vec![])? {
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => Err(vm.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        type_name(vm, &other)
                    ))),
                };
            }
            // A builtin base's `__bool__` (int's) comes before any
            // `__len__` further along the MRO.
            let payload = match v {
                Value::Instance(i) => i.payload.borrow().clone(),
                _ => None,
            };
            if let (Some(p), Value::Instance(i)) = (&payload, v)
                && i.class.lookup("__bool__").is_some()
            {
                return truthy(vm, p);
            }
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__len__", vec![])? {
                return Ok(len_result(vm, &r)? != 0);
            }
            if let Some(p) = payload {
                return truthy(vm, &p);
            }
            if let Value::Native(n) = v
                && (n.as_any().is::<crate::protocol::iter::Range>()
                    || n.as_any().is::<crate::protocol::iter::DictView>())
            {
                return Ok(crate::protocol::ops::length(vm, v)? != 0);
            }
            if let Some(r) = v.native::<crate::protocol::types::range::BigRange>() {
                return Ok(!num_traits::Zero::is_zero(&r.len));
            }
            true
        }
        _ => true,
    })
}

/// Checks a `__len__` result as CPython does.
pub fn len_result(vm: &Interp, r: &Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Bool(b) => Ok(*b as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(vm.value_error("__len__() should return >= 0"))
        }
        Value::BigInt(_) => Err(vm.error(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, other)
        ))),
    }
}

/// `len(v)`.
pub fn length(vm: &Interp, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => {
            // A long string's count is kept after the first scan.
            vm.char_index.remember(s);
            vm.char_index.char_len(s)
        }
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.items.borrow().len(),
        Value::Native(n) if n.as_any().is::<crate::protocol::iter::Range>() => n
            .as_any()
            .downcast_ref::<crate::protocol::iter::Range>()
            .map_or(0, |r| r.len() as usize),
        Value::Native(n) if n.as_any().is::<crate::protocol::types::range::BigRange>() => {
            match n
                .as_any()
                .downcast_ref::<crate::protocol::types::range::BigRange>()
            {
                Some(r) => crate::protocol::types::range::length(vm, r)?,
                None => 0,
            }
        }
        Value::Native(n) if n.as_any().is::<crate::protocol::iter::DictView>() => n
            .as_any()
            .downcast_ref::<crate::protocol::iter::DictView>()
            .map_or(0, |d| d.dict.borrow().len()),
        _ => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__len__", vec![])? {
                return len_result(vm, &r);
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
            {
                return length(vm, &p);
            }
            if let Value::Native(_) = v
                && let Ok(f) = crate::protocol::classes::getattr(vm, v, "__len__")
            {
                let r = crate::protocol::call::call(vm, &f, crate::object::value::Args::default())?;
                return len_result(vm, &r);
            }
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                type_name(vm, v)
            )));
        }
    })
}

impl Interp {
    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        crate::protocol::ops::hash(self, v)
    }
}
