//! Fills the builtin types' dicts with what CPython's hold: each operator
//! slot as a slot wrapper, the slot-like methods (`__round__`,
//! `__format__`, ...) and the computed attributes (`int.real`), so
//! `hasattr(list, '__iter__')`, `vars(int)`, `dir([])`, `int.__add__(1,
//! 2.0)` and `super().__getitem__(i)` answer as CPython's do.
//!
//! One table (`SLOTS`) says, for each slot name, how many arguments it
//! takes and which operation it runs; one table (`TYPES`) says which names
//! each type's own dict holds (CPython 3.11's `vars(T)`). A name is
//! installed only where the type's dict does not already hold it (methods a
//! type file registers stay). The operations run on the receiver unwrapped
//! from a builtin-subclass instance, and refuse (NotImplemented) operand
//! types the slot does not handle, as CPython's slots do.

use std::rc::Rc;

use pyroclast_syntax::ast::{BinOp, CmpOp, UnaryOp};

use crate::Interp;
use crate::PyResult;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Value};
use crate::protocol::ops;
use crate::protocol::types::construct::unwrap;
use crate::protocol::types::slot_wrapper::{GetSet, SlotFn, SlotKind, SlotWrapper};

use SlotKind::{Method, Wrapper};

/// Calls a builtin function by name (the slot runs what the builtin runs).
fn builtin(vm: &Interp, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    let f = vm.builtins.borrow().get(name).cloned();
    match f {
        Some(f) => crate::protocol::call::call(vm, &f, Args::new(pos)),
        None => Err(vm.error(ExcKind::NameError, format!("name '{name}' is not defined"))),
    }
}

fn int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// Whether the numeric or container slot of `this`'s type handles `other`
/// for `op` (else the slot answers NotImplemented).
fn accepts(vm: &Interp, this: &Value, other: &Value, op: BinOp, reflected: bool) -> bool {
    use Value::*;
    match this {
        Int(_) | BigInt(_) | Bool(_) => int_like(other),
        Float(_) => int_like(other) || matches!(other, Float(_)),
        // Sequence concatenation and repetition raise their own errors.
        Str(_) | Bytes(_) | List(_) | Tuple(_) if matches!(op, BinOp::Add | BinOp::Mult) => true,
        Str(_) if op == BinOp::Mod => !reflected || matches!(other, Str(_)),
        Bytes(_) if op == BinOp::Mod => !reflected || matches!(other, Bytes(_)),
        Set(_) => matches!(other, Set(_)),
        Dict(_) => matches!(other, Dict(_)),
        Class(_) | None => op == BinOp::BitOr && ops::union_member(other),
        _ => {
            let _ = vm;
            false
        }
    }
}

fn binary(vm: &Interp, this: &Value, other: &Value, op: BinOp, reflected: bool) -> PyResult<Value> {
    let other = unwrap(other);
    if !accepts(vm, this, &other, op, reflected) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        ops::binary_op(vm, op, &other, this)
    } else {
        ops::binary_op(vm, op, this, &other)
    }
}

macro_rules! binary_slots {
    ($($f:ident $r:ident $op:ident;)*) => {
        $(
            fn $f(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
                binary(vm, this, &a[0], BinOp::$op, false)
            }
            fn $r(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
                binary(vm, this, &a[0], BinOp::$op, true)
            }
        )*
    };
}

binary_slots! {
    add radd Add;
    sub rsub Sub;
    mul rmul Mult;
    truediv rtruediv Div;
    floordiv rfloordiv FloorDiv;
    modulo rmodulo Mod;
    lshift rlshift LShift;
    rshift rrshift RShift;
    and rand BitAnd;
    or ror BitOr;
    xor rxor BitXor;
}

fn pow(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    let other = unwrap(&a[0]);
    if !accepts(vm, this, &other, BinOp::Pow, false) {
        return Ok(Value::NotImplemented);
    }
    let mut pos = vec![this.clone(), other];
    pos.extend(a.get(1).map(unwrap));
    builtin(vm, "pow", pos)
}

fn rpow(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    let other = unwrap(&a[0]);
    if !accepts(vm, this, &other, BinOp::Pow, true) {
        return Ok(Value::NotImplemented);
    }
    let mut pos = vec![other, this.clone()];
    pos.extend(a.get(1).map(unwrap));
    builtin(vm, "pow", pos)
}

fn divmod(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    let other = unwrap(&a[0]);
    if !accepts(vm, this, &other, BinOp::FloorDiv, false) {
        return Ok(Value::NotImplemented);
    }
    builtin(vm, "divmod", vec![this.clone(), other])
}

fn rdivmod(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    let other = unwrap(&a[0]);
    if !accepts(vm, this, &other, BinOp::FloorDiv, true) {
        return Ok(Value::NotImplemented);
    }
    builtin(vm, "divmod", vec![other, this.clone()])
}

/// In-place slots of the mutable containers: the receiver itself changes.
fn inplace(vm: &Interp, raw: &Value, this: &Value, other: &Value, op: BinOp) -> PyResult<Value> {
    let other = unwrap(other);
    if matches!(this, Value::Set(_)) && !matches!(other, Value::Set(_)) {
        return Ok(Value::NotImplemented);
    }
    let r = ops::inplace_op(vm, op, this, &other)?;
    Ok(if r.is(this) { raw.clone() } else { r })
}

macro_rules! inplace_slots {
    ($($f:ident $op:ident;)*) => {
        $(
            fn $f(vm: &Interp, raw: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
                inplace(vm, raw, this, &a[0], BinOp::$op)
            }
        )*
    };
}

inplace_slots! {
    iadd Add;
    imul Mult;
    ior BitOr;
    iand BitAnd;
    isub Sub;
    ixor BitXor;
}

/// Rich comparison slots: NotImplemented unless the type compares with
/// `other`'s (`int.__lt__(1, 2.0)`), as CPython's.
fn richcmp(vm: &Interp, this: &Value, other: &Value, op: CmpOp) -> PyResult<Value> {
    use Value::*;
    let o = unwrap(other);
    let equality = matches!(op, CmpOp::Eq | CmpOp::NotEq);
    let ok = match this {
        Int(_) | BigInt(_) | Bool(_) => int_like(&o),
        Float(_) => int_like(&o) || matches!(o, Float(_)),
        Str(_) => matches!(o, Str(_)),
        Bytes(_) => matches!(o, Bytes(_)),
        List(_) => matches!(o, List(_)),
        Tuple(_) => matches!(o, Tuple(_)),
        Set(_) => matches!(o, Set(_)),
        Dict(_) => equality && matches!(o, Dict(_)),
        Native(_) => {
            let (ta, tb) = (ops::type_of(vm, this), ops::type_of(vm, &o));
            Rc::ptr_eq(&ta, &tb) && (equality || &*ta.name == "slice")
        }
        // object's comparison: identity for ==, NotImplemented otherwise.
        _ => {
            return Ok(match op {
                CmpOp::Eq if this.is(&o) => Value::Bool(true),
                CmpOp::NotEq if this.is(&o) => Value::Bool(false),
                _ => Value::NotImplemented,
            });
        }
    };
    if !ok {
        return Ok(Value::NotImplemented);
    }
    ops::compare(vm, op, this, &o)
}

macro_rules! cmp_slots {
    ($($f:ident $op:ident;)*) => {
        $(
            fn $f(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
                richcmp(vm, this, &a[0], CmpOp::$op)
            }
        )*
    };
}

cmp_slots! {
    eq Eq;
    ne NotEq;
    lt Lt;
    le LtE;
    gt Gt;
    ge GtE;
}

macro_rules! unary_slots {
    ($($f:ident $op:ident;)*) => {
        $(
            fn $f(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
                crate::eval::expr::unary(vm, UnaryOp::$op, this)
            }
        )*
    };
}

unary_slots! {
    neg USub;
    pos UAdd;
    invert Invert;
}

/// Slots that run the builtin function of the same meaning on the
/// unwrapped receiver (`__abs__` is `abs`, `__len__` is `len`, ...).
macro_rules! builtin_slots {
    ($($f:ident $name:literal;)*) => {
        $(
            fn $f(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
                let mut pos = vec![this.clone()];
                pos.extend(a.iter().cloned());
                builtin(vm, $name, pos)
            }
        )*
    };
}

builtin_slots! {
    abs "abs";
    len "len";
    iter "iter";
    reversed "reversed";
    round "round";
    format "format";
    dir "dir";
    bytes_ "bytes";
}

fn boolean(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(ops::truthy(vm, this)?))
}

fn int(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    crate::protocol::types::construct::to_int(vm, this)
}

fn float(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    Ok(ops::to_f64(vm, this)?.map_or(Value::NotImplemented, Value::Float))
}

fn floor(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    rounded(vm, this, f64::floor)
}

fn ceil(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    rounded(vm, this, f64::ceil)
}

fn trunc(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    rounded(vm, this, f64::trunc)
}

fn rounded(vm: &Interp, this: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match this {
        Value::Float(x) => crate::protocol::types::construct::to_int(vm, &Value::Float(f(*x))),
        other => crate::protocol::types::construct::to_int(vm, other),
    }
}

fn hash(vm: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(ops::hash(vm, this)?))
}

fn call(vm: &Interp, raw: &Value, _: &Value, args: &[Value]) -> PyResult<Value> {
    crate::protocol::call::call(vm, raw, Args::new(args.to_vec()))
}

fn repr(vm: &Interp, raw: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    // Not `repr(raw)`: a user `__repr__` calling `super().__repr__()`
    // would find itself again.
    match raw {
        Value::Instance(i) if i.exc.is_some() => Ok(Value::str(
            &crate::protocol::traceback::exception_repr(vm, i)?,
        )),
        Value::Class(c) => Ok(Value::str(&if &*c.module == "builtins" {
            format!("<class '{}'>", c.qualname)
        } else {
            format!("<class '{}.{}'>", c.module, c.qualname)
        })),
        _ => Ok(Value::str(&ops::repr(vm, this)?)),
    }
}

fn str_(vm: &Interp, raw: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    if let Value::Instance(i) = raw
        && i.exc.is_some()
    {
        return Ok(Value::str(&crate::protocol::traceback::exception_str(
            vm, raw,
        )?));
    }
    Ok(Value::str(&ops::to_str(vm, this)?))
}

fn contains(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(crate::protocol::containers::contains(
        vm, this, &a[0],
    )?))
}

fn getitem(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    crate::protocol::containers::getitem(vm, this, &a[0])
}

fn setitem(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    crate::protocol::containers::setitem(vm, this, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &Interp, _: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    crate::protocol::containers::delitem(vm, this, &a[0])?;
    Ok(Value::None)
}

fn attr_name<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a Rc<str>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            ops::type_name(vm, other)
        ))),
    }
}

fn getattribute(vm: &Interp, raw: &Value, _: &Value, a: &[Value]) -> PyResult<Value> {
    crate::protocol::classes::generic_getattr(vm, raw, attr_name(vm, &a[0])?)
}

fn setattr(vm: &Interp, raw: &Value, _: &Value, a: &[Value]) -> PyResult<Value> {
    let name = attr_name(vm, &a[0])?;
    // Not `setattr(raw)`: that would run a user `__setattr__` calling this.
    if let Value::Instance(_) = raw {
        crate::protocol::classes::set_instance_attr(vm, raw, name, a[1].clone())?;
    } else {
        crate::protocol::classes::setattr(vm, raw, name, a[1].clone())?;
    }
    Ok(Value::None)
}

fn delattr(vm: &Interp, raw: &Value, _: &Value, a: &[Value]) -> PyResult<Value> {
    crate::protocol::classes::generic_delattr(vm, raw, attr_name(vm, &a[0])?)?;
    Ok(Value::None)
}

fn getnewargs(_: &Interp, _: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    Ok(Value::tuple(vec![match this {
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Tuple(t) => Value::tuple(t.to_vec()),
        other => other.clone(),
    }]))
}

/// `object.__format__`: only the empty spec.
fn object_format(vm: &Interp, raw: &Value, this: &Value, a: &[Value]) -> PyResult<Value> {
    let spec = match &a[0] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                ops::type_name(vm, other)
            )));
        }
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            ops::type_name(vm, raw)
        )));
    }
    str_(vm, raw, this, &[])
}

/// `object.__getstate__()`: the instance dict, or None when it is empty.
fn getstate(vm: &Interp, raw: &Value, _: &Value, _: &[Value]) -> PyResult<Value> {
    if let Value::Instance(i) = raw
        && !i.dict.borrow().is_empty()
    {
        return Ok(crate::protocol::types::construct::namespace_dict(
            vm,
            &i.dict.borrow(),
        ));
    }
    Ok(Value::None)
}

/// `__instancecheck__`/`__subclasscheck__` of `type`.
fn instancecheck(vm: &Interp, raw: &Value, _: &Value, a: &[Value]) -> PyResult<Value> {
    builtin(vm, "isinstance", vec![a[0].clone(), raw.clone()])
}

fn subclasscheck(vm: &Interp, raw: &Value, _: &Value, a: &[Value]) -> PyResult<Value> {
    builtin(vm, "issubclass", vec![a[0].clone(), raw.clone()])
}

/// `__sizeof__`: CPython's base sizes on a 64-bit build, plus the items of
/// containers (an estimate: CPython's over-allocation is not modelled).
fn sizeof(vm: &Interp, raw: &Value, this: &Value, _: &[Value]) -> PyResult<Value> {
    let n = |v: usize| Value::Int(v as i64);
    Ok(match this {
        Value::Int(i) => {
            let bits = 64 - i.unsigned_abs().leading_zeros() as usize;
            n(24 + 4 * bits.div_ceil(30).max(1))
        }
        Value::Bool(_) => n(28),
        Value::BigInt(b) => n(24 + 4 * (b.bits() as usize).div_ceil(30)),
        Value::Float(_) => n(24),
        Value::Str(s) => {
            let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
            let count = s.chars().count();
            match max {
                0..=0x7f => n(49 + count),
                0x80..=0xff => n(73 + count),
                0x100..=0xffff => n(74 + 2 * count),
                _ => n(76 + 4 * count),
            }
        }
        Value::Bytes(b) => n(33 + b.len()),
        Value::Tuple(t) => n(24 + 8 * t.len()),
        Value::List(l) => n(40 + 8 * l.borrow().len()),
        Value::Dict(_) => n(48),
        Value::Set(_) => n(200),
        _ => {
            let _ = (vm, raw);
            n(16)
        }
    })
}

/// The slot table: name, how CPython shows it, argument bounds, what it runs.
const SLOTS: &[(&str, SlotKind, usize, usize, SlotFn)] = &[
    ("__add__", Wrapper, 1, 1, add),
    ("__radd__", Wrapper, 1, 1, radd),
    ("__sub__", Wrapper, 1, 1, sub),
    ("__rsub__", Wrapper, 1, 1, rsub),
    ("__mul__", Wrapper, 1, 1, mul),
    ("__rmul__", Wrapper, 1, 1, rmul),
    ("__truediv__", Wrapper, 1, 1, truediv),
    ("__rtruediv__", Wrapper, 1, 1, rtruediv),
    ("__floordiv__", Wrapper, 1, 1, floordiv),
    ("__rfloordiv__", Wrapper, 1, 1, rfloordiv),
    ("__mod__", Wrapper, 1, 1, modulo),
    ("__rmod__", Wrapper, 1, 1, rmodulo),
    ("__divmod__", Wrapper, 1, 1, divmod),
    ("__rdivmod__", Wrapper, 1, 1, rdivmod),
    ("__pow__", Wrapper, 1, 2, pow),
    ("__rpow__", Wrapper, 1, 2, rpow),
    ("__lshift__", Wrapper, 1, 1, lshift),
    ("__rlshift__", Wrapper, 1, 1, rlshift),
    ("__rshift__", Wrapper, 1, 1, rshift),
    ("__rrshift__", Wrapper, 1, 1, rrshift),
    ("__and__", Wrapper, 1, 1, and),
    ("__rand__", Wrapper, 1, 1, rand),
    ("__or__", Wrapper, 1, 1, or),
    ("__ror__", Wrapper, 1, 1, ror),
    ("__xor__", Wrapper, 1, 1, xor),
    ("__rxor__", Wrapper, 1, 1, rxor),
    ("__iadd__", Wrapper, 1, 1, iadd),
    ("__imul__", Wrapper, 1, 1, imul),
    ("__ior__", Wrapper, 1, 1, ior),
    ("__iand__", Wrapper, 1, 1, iand),
    ("__isub__", Wrapper, 1, 1, isub),
    ("__ixor__", Wrapper, 1, 1, ixor),
    ("__eq__", Wrapper, 1, 1, eq),
    ("__ne__", Wrapper, 1, 1, ne),
    ("__lt__", Wrapper, 1, 1, lt),
    ("__le__", Wrapper, 1, 1, le),
    ("__gt__", Wrapper, 1, 1, gt),
    ("__ge__", Wrapper, 1, 1, ge),
    ("__neg__", Wrapper, 0, 0, neg),
    ("__pos__", Wrapper, 0, 0, pos),
    ("__invert__", Wrapper, 0, 0, invert),
    ("__abs__", Wrapper, 0, 0, abs),
    ("__bool__", Wrapper, 0, 0, boolean),
    ("__int__", Wrapper, 0, 0, int),
    ("__float__", Wrapper, 0, 0, float),
    ("__hash__", Wrapper, 0, 0, hash),
    ("__repr__", Wrapper, 0, 0, repr),
    ("__str__", Wrapper, 0, 0, str_),
    ("__len__", Wrapper, 0, 0, len),
    // Any arguments: `SlotWrapper::invoke` passes them through.
    ("__call__", Wrapper, 0, usize::MAX, call),
    ("__iter__", Wrapper, 0, 0, iter),
    ("__contains__", Wrapper, 1, 1, contains),
    ("__getitem__", Wrapper, 1, 1, getitem),
    ("__setitem__", Wrapper, 2, 2, setitem),
    ("__delitem__", Wrapper, 1, 1, delitem),
    ("__getattribute__", Wrapper, 1, 1, getattribute),
    ("__setattr__", Wrapper, 2, 2, setattr),
    ("__delattr__", Wrapper, 1, 1, delattr),
    ("__round__", Method, 0, 1, round),
    ("__trunc__", Method, 0, 0, trunc),
    ("__floor__", Method, 0, 0, floor),
    ("__ceil__", Method, 0, 0, ceil),
    ("__format__", Method, 1, 1, format),
    ("__reversed__", Method, 0, 0, reversed),
    ("__getnewargs__", Method, 0, 0, getnewargs),
    ("__sizeof__", Method, 0, 0, sizeof),
    ("__dir__", Method, 0, 0, dir),
    ("__bytes__", Method, 0, 0, bytes_),
    ("__getstate__", Method, 0, 0, getstate),
    ("__instancecheck__", Method, 1, 1, instancecheck),
    ("__subclasscheck__", Method, 1, 1, subclasscheck),
];

/// Which names each builtin type's own dict holds in CPython 3.11 (only
/// the slot-like ones this file provides; a type file's methods are
/// registered there).
#[rustfmt::skip]
const TYPES: &[(&str, &[&str])] = &[
    (
        "object",
        &[
            "__ge__", "__getstate__", "__gt__", "__le__", "__lt__", "__sizeof__", "__dir__",
        ],
    ),
    (
        "type",
        &[
            "__delattr__", "__getattribute__", "__or__", "__repr__", "__ror__", "__setattr__",
            "__sizeof__", "__dir__", "__instancecheck__", "__subclasscheck__",
        ],
    ),
    (
        "int",
        &[
            "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__divmod__", "__eq__",
            "__float__", "__floor__", "__floordiv__", "__format__", "__ge__", "__getattribute__",
            "__getnewargs__", "__gt__", "__hash__", "__int__", "__invert__", "__le__", "__lshift__",
            "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__or__", "__pos__", "__pow__",
            "__radd__", "__rand__", "__rdivmod__", "__repr__", "__rfloordiv__", "__rlshift__",
            "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__",
            "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__sizeof__", "__sub__",
            "__truediv__", "__trunc__", "__xor__",
        ],
    ),
    (
        "bool",
        &["__and__", "__or__", "__rand__", "__repr__", "__ror__", "__rxor__", "__xor__"],
    ),
    (
        "float",
        &[
            "__abs__", "__add__", "__bool__", "__ceil__", "__divmod__", "__eq__", "__float__",
            "__floor__", "__floordiv__", "__format__", "__ge__", "__getattribute__",
            "__getnewargs__", "__gt__", "__hash__", "__int__", "__le__", "__lt__", "__mod__",
            "__mul__", "__ne__", "__neg__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
            "__repr__", "__rfloordiv__", "__rmod__", "__rmul__", "__round__", "__rpow__",
            "__rsub__", "__rtruediv__", "__sub__", "__truediv__", "__trunc__",
        ],
    ),
    (
        "str",
        &[
            "__add__", "__contains__", "__eq__", "__ge__", "__getattribute__", "__getitem__",
            "__getnewargs__", "__gt__", "__hash__", "__iter__", "__le__", "__len__", "__lt__",
            "__mod__", "__mul__", "__ne__", "__repr__", "__rmod__", "__rmul__", "__sizeof__",
            "__str__", "__format__",
        ],
    ),
    (
        "bytes",
        &[
            "__add__", "__bytes__", "__contains__", "__eq__", "__ge__", "__getattribute__",
            "__getitem__", "__getnewargs__", "__gt__", "__hash__", "__iter__", "__le__", "__len__",
            "__lt__", "__mod__", "__mul__", "__ne__", "__repr__", "__rmod__", "__rmul__",
            "__str__",
        ],
    ),
    (
        "list",
        &[
            "__add__", "__eq__", "__ge__", "__getattribute__", "__gt__", "__iadd__", "__imul__",
            "__iter__", "__le__", "__lt__", "__mul__", "__ne__", "__repr__", "__reversed__",
            "__rmul__", "__sizeof__", "__contains__", "__delitem__", "__getitem__", "__len__",
            "__setitem__",
        ],
    ),
    (
        "tuple",
        &[
            "__add__", "__eq__", "__ge__", "__getattribute__", "__getnewargs__", "__gt__",
            "__hash__", "__iter__", "__le__", "__lt__", "__mul__", "__ne__", "__repr__",
            "__rmul__", "__contains__", "__getitem__", "__len__",
        ],
    ),
    (
        "dict",
        &[
            "__eq__", "__ge__", "__getattribute__", "__gt__", "__ior__", "__iter__", "__le__",
            "__lt__", "__ne__", "__or__", "__repr__", "__reversed__", "__ror__", "__sizeof__",
            "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__",
        ],
    ),
    (
        "set",
        &[
            "__and__", "__eq__", "__ge__", "__getattribute__", "__gt__", "__iand__", "__ior__",
            "__isub__", "__iter__", "__ixor__", "__le__", "__lt__", "__ne__", "__or__", "__rand__",
            "__repr__", "__ror__", "__rsub__", "__rxor__", "__sizeof__", "__sub__", "__xor__",
            "__contains__", "__len__",
        ],
    ),
    (
        "frozenset",
        &[
            "__and__", "__eq__", "__ge__", "__getattribute__", "__gt__", "__hash__", "__iter__",
            "__le__", "__lt__", "__ne__", "__or__", "__rand__", "__repr__", "__ror__", "__rsub__",
            "__rxor__", "__sizeof__", "__sub__", "__xor__", "__contains__", "__len__",
        ],
    ),
    (
        "range",
        &[
            "__bool__", "__contains__", "__eq__", "__ge__", "__getattribute__", "__getitem__",
            "__gt__", "__hash__", "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__repr__",
            "__reversed__",
        ],
    ),
    (
        "slice",
        &[
            "__eq__", "__ge__", "__getattribute__", "__gt__", "__le__", "__lt__", "__ne__",
            "__repr__",
        ],
    ),
    ("NoneType", &["__bool__", "__repr__"]),
    ("function", &["__call__"]),
    ("builtin_function_or_method", &["__call__"]),
    ("method", &["__call__"]),
    ("type", &["__call__"]),
    (
        "BaseException",
        &["__delattr__", "__getattribute__", "__repr__", "__setattr__", "__str__"],
    ),
];

/// Computed attributes: type, name, `member` (else getset).
const GETSETS: &[(&str, &str, bool)] = &[
    ("int", "real", false),
    ("int", "imag", false),
    ("int", "numerator", false),
    ("int", "denominator", false),
    ("float", "real", false),
    ("float", "imag", false),
    ("range", "start", true),
    ("range", "stop", true),
    ("range", "step", true),
    ("slice", "start", true),
    ("slice", "stop", true),
    ("slice", "step", true),
];

/// Reads a computed attribute of a builtin value (what the attribute
/// lookup finds outside the class dict).
fn value_attr(vm: &Interp, obj: &Value, name: &'static str) -> PyResult<Value> {
    let v = unwrap(obj);
    if let Value::Native(n) = &v
        && let Some(r) = n.get_attr(vm, name)
    {
        return r;
    }
    if let Some(r) = crate::protocol::types::construct::special_value_attr(vm, &v, name)? {
        return Ok(r);
    }
    Err(vm.error(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{name}'",
            ops::type_name(vm, obj)
        ),
    ))
}

fn class_attr(vm: &Interp, obj: &Value, _: &'static str) -> PyResult<Value> {
    Ok(Value::Class(ops::type_of(vm, obj)))
}

/// `T.__new__(cls, ...)` of a builtin type: the type's constructor for
/// the type itself, a subclass instance carrying the value otherwise.
fn type_new(vm: &Interp, mut a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Class(c)) if c.builtin => {
            let t = &vm.types;
            if Rc::ptr_eq(c, &t.none) {
                if a.pos.len() > 1 || !a.kw.is_empty() {
                    return Err(vm.type_error("NoneType takes no arguments"));
                }
                return Ok(Value::None);
            }
            // A type without a constructor would find this `__new__` again.
            if c.new.get().is_none()
                && !Rc::ptr_eq(c, &t.object)
                && !Rc::ptr_eq(c, &t.type_)
                && c.layout != crate::object::model::Layout::Exception
            {
                return Err(vm.type_error(format!("cannot create '{}' instances", c.name)));
            }
            let args = Args {
                pos: a.pos[1..].to_vec(),
                kw: std::mem::take(&mut a.kw),
            };
            crate::protocol::types::construct::construct(vm, c, args)
        }
        _ => crate::protocol::classes::object_new(vm, a),
    }
}

fn class_of(vm: &Interp, name: &str) -> Option<Rc<Class>> {
    let t = &vm.types;
    Some(match name {
        "object" => t.object.clone(),
        "type" => t.type_.clone(),
        "int" => t.int.clone(),
        "bool" => t.bool_.clone(),
        "float" => t.float.clone(),
        "str" => t.str_.clone(),
        "bytes" => t.bytes.clone(),
        "list" => t.list.clone(),
        "tuple" => t.tuple.clone(),
        "dict" => t.dict.clone(),
        "set" => t.set.clone(),
        "frozenset" => t.frozenset.clone(),
        "NoneType" => t.none.clone(),
        "BaseException" => vm.exc_class(ExcKind::BaseException),
        "range" => vm.other_class("range"),
        "slice" => vm.other_class("slice"),
        "function" => t.function.clone(),
        "builtin_function_or_method" => t.builtin.clone(),
        "method" => t.method.clone(),
        _ => return None,
    })
}

/// Installs the slot wrappers, computed attributes and `__new__`s.
pub fn install(vm: &Interp) {
    for (type_name, names) in TYPES {
        let Some(class) = class_of(vm, type_name) else {
            continue;
        };
        let owner: Rc<str> = Rc::from(*type_name);
        let mut dict = class.dict.borrow_mut();
        for name in *names {
            if dict.contains_key(*name) {
                continue;
            }
            let Some(&(name, kind, min, max, func)) = SLOTS.iter().find(|s| s.0 == *name) else {
                continue;
            };
            let sw = SlotWrapper {
                class: Rc::downgrade(&class),
                owner: owner.clone(),
                name,
                kind,
                min,
                max,
                func,
            };
            dict.insert(Rc::from(name), Value::Native(Rc::new(sw)));
        }
        // Only the value types' constructors; `type` and the callables
        // keep theirs.
        let callable_type = matches!(
            *type_name,
            "type" | "function" | "builtin_function_or_method" | "method"
        );
        if *type_name != "object" && !callable_type && !dict.contains_key("__new__") {
            dict.insert(
                Rc::from("__new__"),
                crate::object::value::builtin("__new__", type_new),
            );
        }
    }
    for (type_name, name, member) in GETSETS {
        let Some(class) = class_of(vm, type_name) else {
            continue;
        };
        let g = GetSet {
            owner: Rc::from(*type_name),
            name,
            member: *member,
            get: value_attr,
        };
        class
            .dict
            .borrow_mut()
            .insert(Rc::from(*name), Value::Native(Rc::new(g)));
    }
    let class_getset = GetSet {
        owner: Rc::from("object"),
        name: "__class__",
        member: false,
        get: class_attr,
    };
    vm.types
        .object
        .dict
        .borrow_mut()
        .insert(Rc::from("__class__"), Value::Native(Rc::new(class_getset)));
    // `object.__init_subclass__` and `__subclasshook__` (classmethods).
    let object = &vm.types.object;
    crate::protocol::types::support::add_classmethod(
        object,
        "object",
        "__init_subclass__",
        |_, _| Ok(Value::None),
    );
    crate::protocol::types::support::add_classmethod(
        object,
        "object",
        "__subclasshook__",
        |_, _| Ok(Value::NotImplemented),
    );
    // `object.__format__` only takes the empty spec.
    let owner: Rc<str> = Rc::from("object");
    let fmt = SlotWrapper {
        class: Rc::downgrade(object),
        owner,
        name: "__format__",
        kind: Method,
        min: 1,
        max: 1,
        func: object_format,
    };
    object
        .dict
        .borrow_mut()
        .insert(Rc::from("__format__"), Value::Native(Rc::new(fmt)));
}
