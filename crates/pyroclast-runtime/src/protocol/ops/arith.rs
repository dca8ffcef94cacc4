//! Binary and in-place operators: int fast paths and big-int promotion,
//! float arithmetic with CPython's errors, sequence concatenation and
//! repetition, and the reflected-dunder protocol for everything else.

use super::*;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::Value;
use crate::{Interp, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyroclast_syntax::ast::BinOp;
use std::rc::Rc;

pub(crate) fn int_op(op: BinOp, a: i64, b: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mult => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            let q = a.checked_div(b)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return None;
            }
            let r = a.checked_rem(b)?;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        BinOp::Pow => {
            if !(0..=u32::MAX as i64).contains(&b) {
                return None;
            }
            a.checked_pow(b as u32)?
        }
        _ => return None,
    }))
}

pub(crate) fn big_op(vm: &Interp, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mult => Value::from_bigint(a * b),
        BinOp::FloorDiv | BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.error(
                    ExcKind::ZeroDivisionError,
                    if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    },
                ));
            }
            if op == BinOp::FloorDiv {
                Value::from_bigint(a.div_floor(&b))
            } else {
                Value::from_bigint(a.mod_floor(&b))
            }
        }
        BinOp::BitAnd => Value::from_bigint(a & b),
        BinOp::BitOr => Value::from_bigint(a | b),
        BinOp::BitXor => Value::from_bigint(a ^ b),
        BinOp::LShift | BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(n) = b.to_usize() else {
                if op == BinOp::RShift || a.is_zero() {
                    // Shifted past every bit: the sign is all that is left.
                    let r = if a.is_negative() { -1 } else { 0 };
                    return Ok(Value::Int(r));
                }
                return Err(vm.error(ExcKind::OverflowError, "too many digits in integer"));
            };
            if op == BinOp::LShift {
                if n > 1 << 26 {
                    return Err(vm.error(ExcKind::MemoryError, ""));
                }
                vm.reserve(((a.bits() as usize) + n) / 8)?;
                Value::from_bigint(a << n)
            } else {
                Value::from_bigint(a >> n)
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                let (x, y) = (big_to_f64(vm, &a)?, big_to_f64(vm, &b)?);
                return float_op(vm, BinOp::Pow, x, y);
            }
            // 0, 1 and -1 stay small whatever the exponent.
            if a.magnitude() <= &num_bigint::BigUint::one() && !b.is_zero() {
                let odd = b.is_odd();
                return Ok(Value::from_bigint(if a.is_negative() && !odd {
                    -a
                } else {
                    a
                }));
            }
            let Some(e) = b.to_u32() else {
                return Err(vm.error(ExcKind::MemoryError, ""));
            };
            if a.bits() as u128 * e as u128 > (1u128 << 30) {
                return Err(vm.error(ExcKind::MemoryError, ""));
            }
            vm.reserve((a.bits() as usize * e as usize) / 8)?;
            Value::from_bigint(big_pow(vm, a, e)?)
        }
        BinOp::Div => {
            if b.is_zero() {
                return Err(vm.error(ExcKind::ZeroDivisionError, "division by zero"));
            }
            true_divide(vm, &a, &b)?
        }
        BinOp::MatMult => {
            return Err(unsupported(
                vm,
                op,
                &Value::from_bigint(a),
                &Value::from_bigint(b),
            ));
        }
    })
}

pub(crate) fn big_to_f64(vm: &Interp, b: &BigInt) -> PyResult<f64> {
    crate::protocol::text::format_spec::bigint_to_f64(b)
        .ok_or_else(|| vm.error(ExcKind::OverflowError, "int too large to convert to float"))
}

/// int / int, correctly rounded like CPython.
pub(crate) fn true_divide(vm: &Interp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Ok(Value::Float(x as f64 / y as f64));
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 60i64 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::from(1);
    } else {
        q <<= 1usize;
    }
    let qf = big_to_f64(vm, &q)?;
    let v = qf * 2f64.powi(-(shift as i32) - 1);
    if v.is_infinite() {
        return Err(vm.error(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(Value::Float(if neg { -v } else { v }))
}

/// A NaN with a payload no other NaN has. Floats are stored inline, so
/// identity (`is`, and the identity shortcut of `in` and `==` on containers)
/// compares bits; giving each newly made NaN its own bits keeps two NaN
/// "objects" distinct, as in CPython, while copies of one stay identical.
pub fn fresh_nan() -> f64 {
    thread_local! {
        static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    }
    let n = NEXT.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1) & ((1 << 50) - 1));
        n
    });
    f64::from_bits(0x7ff8_0000_0000_0000 | n)
}

pub(crate) fn float_op(vm: &Interp, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    let r = float_op_raw(vm, op, a, b)?;
    Ok(match r {
        Value::Float(f) if f.is_nan() => Value::Float(fresh_nan()),
        other => other,
    })
}

pub(crate) fn float_op_raw(vm: &Interp, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(vm.error(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.error(ExcKind::ZeroDivisionError, "float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.error(ExcKind::ZeroDivisionError, "float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return Err(vm.error(
                    ExcKind::ZeroDivisionError,
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                // A negative base to a fractional power is complex.
                use crate::protocol::types::complex::{Complex, pow};
                let z = pow(vm, Complex { re: a, im: 0.0 }, Complex { re: b, im: 0.0 })?;
                return Ok(Complex::value(z.re, z.im));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(vm.error(
                    ExcKind::OverflowError,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            return Err(unsupported(vm, op, &Value::Float(a), &Value::Float(b)));
        }
    }))
}

/// Results past this many bits are computed a squaring at a time with
/// the run's deadline checked in between: one `**` of a big int can take
/// seconds (`1234567891234562 ** 3456789`, found by the `eval_source`
/// fuzz target, 20 s), and a run's `timeout` must still stop it.
const INTERRUPTIBLE_POW_BITS: u128 = 1 << 20;

/// `a ** e` for a big int: num-bigint's power, or for large results the
/// same left-to-right square-and-multiply with the deadline checked
/// between steps.
fn big_pow(vm: &Interp, a: BigInt, e: u32) -> PyResult<BigInt> {
    if (a.bits() as u128) * (e as u128) <= INTERRUPTIBLE_POW_BITS {
        return Ok(num_traits::Pow::pow(a, e));
    }
    let mut r = a.clone();
    for bit in (0..u32::BITS - e.leading_zeros() - 1).rev() {
        vm.check_deadline_now()?;
        r = &r * &r;
        if e >> bit & 1 == 1 {
            r *= &a;
        }
    }
    Ok(r)
}

/// CPython's float divmod.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

#[cold]
pub(crate) fn unsupported(vm: &Interp, op: BinOp, a: &Value, b: &Value) -> crate::PyErr {
    let sym = op.symbol();
    if op == BinOp::Pow {
        return vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(vm, a),
            type_name(vm, b)
        ));
    }
    vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name(vm, a),
        type_name(vm, b)
    ))
}

pub(crate) fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// `a op b`.
pub fn binary_op(vm: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => {
            if let Some(v) = int_op(op, *x, *y) {
                return Ok(v);
            }
            match op {
                BinOp::Div => {
                    if *y == 0 {
                        return Err(vm.error(ExcKind::ZeroDivisionError, "division by zero"));
                    }
                    return true_divide(
                        vm,
                        &num_bigint::BigInt::from(*x),
                        &num_bigint::BigInt::from(*y),
                    );
                }
                BinOp::Pow if *y < 0 => return float_op(vm, op, *x as f64, *y as f64),
                BinOp::FloorDiv if *y == 0 => {
                    return Err(vm.error(
                        ExcKind::ZeroDivisionError,
                        "integer division or modulo by zero",
                    ));
                }
                BinOp::Mod if *y == 0 => {
                    return Err(vm.error(ExcKind::ZeroDivisionError, "integer modulo by zero"));
                }
                BinOp::MatMult => return Err(unsupported(vm, op, a, b)),
                _ => {
                    return big_op(
                        vm,
                        op,
                        num_bigint::BigInt::from(*x),
                        num_bigint::BigInt::from(*y),
                    );
                }
            }
        }
        (Int(_) | BigInt(_) | Bool(_), Int(_) | BigInt(_) | Bool(_)) => {
            if let (Bool(x), Bool(y)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Ok(Bool(*x & *y)),
                    BinOp::BitOr => return Ok(Bool(*x | *y)),
                    BinOp::BitXor => return Ok(Bool(*x ^ *y)),
                    _ => {}
                }
            }
            if let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) {
                if let (Some(p), Some(q)) = (x.to_i64(), y.to_i64())
                    && let Some(v) = int_op(op, p, q)
                {
                    return Ok(v);
                }
                return big_op(vm, op, x, y);
            }
        }
        (Float(_) | Int(_) | BigInt(_) | Bool(_), Float(_) | Int(_) | BigInt(_) | Bool(_)) => {
            if let (Some(x), Some(y)) = (to_f64(vm, a)?, to_f64(vm, b)?) {
                return float_op(vm, op, x, y);
            }
        }
        (Str(x), Str(y)) if op == BinOp::Add => {
            vm.reserve(x.len() + y.len())?;
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            return tracked(vm, Value::Str(Rc::from(s)));
        }
        (Str(_), _) | (_, Str(_)) if op == BinOp::Mod && matches!(a, Str(_)) => {
            return crate::protocol::text::percent::percent_format(vm, a, b);
        }
        (Str(x), Int(n)) | (Int(n), Str(x)) if op == BinOp::Mult => {
            return tracked(vm, Value::str(&x.repeat(repeat_count(vm, x.len(), *n, 1)?)));
        }
        (Str(x), Bool(n)) | (Bool(n), Str(x)) if op == BinOp::Mult => {
            return Ok(Value::str(&x.repeat(*n as usize)));
        }
        (Bytes(x), Int(n)) | (Int(n), Bytes(x)) if op == BinOp::Mult => {
            return tracked(
                vm,
                Bytes(Rc::from(x.repeat(repeat_count(vm, x.len(), *n, 1)?))),
            );
        }
        (Bytes(x), Bytes(y)) if op == BinOp::Add => {
            vm.reserve(x.len() + y.len())?;
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            return tracked(vm, Bytes(Rc::from(v)));
        }
        (List(x), List(y)) if op == BinOp::Add => {
            vm.reserve_items(x.borrow().len() + y.borrow().len(), SLOT)?;
            let mut v = x.borrow().to_vec();
            v.extend(y.borrow().iter().cloned());
            return tracked(vm, Value::list(v));
        }
        (Tuple(x), Tuple(y)) if op == BinOp::Add => {
            vm.reserve_items(x.len() + y.len(), SLOT)?;
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            return tracked(vm, Value::tuple(v));
        }
        (List(x), Int(n)) | (Int(n), List(x)) if op == BinOp::Mult => {
            let items = x.borrow();
            let n = repeat_count(vm, items.len(), *n, SLOT)?;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            return tracked(vm, Value::list(v));
        }
        (Tuple(x), Int(n)) | (Int(n), Tuple(x)) if op == BinOp::Mult => {
            let n = repeat_count(vm, x.len(), *n, SLOT)?;
            let mut v = Vec::with_capacity(x.len() * n);
            for _ in 0..n {
                v.extend(x.iter().cloned());
            }
            return tracked(vm, Value::tuple(v));
        }
        (Str(_) | Bytes(_) | List(_) | Tuple(_), BigInt(n))
        | (BigInt(n), Str(_) | Bytes(_) | List(_) | Tuple(_))
            if op == BinOp::Mult =>
        {
            big_repeat_count(vm, n)?;
            let seq = if matches!(a, BigInt(_)) { b } else { a };
            return binary_op(vm, op, seq, &Int(0));
        }
        (Bytes(_) | List(_) | Tuple(_), Bool(n)) | (Bool(n), Bytes(_) | List(_) | Tuple(_))
            if op == BinOp::Mult =>
        {
            let seq = if matches!(a, Bool(_)) { b } else { a };
            return binary_op(vm, op, seq, &Int(*n as i64));
        }
        (Set(x), Set(y))
            if matches!(
                op,
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            ) =>
        {
            return crate::protocol::types::sets::set_op(vm, op, x, y);
        }
        (Dict(x), Dict(y)) if op == BinOp::BitOr => {
            let mut d = x.borrow().clone();
            for (k, v) in y.borrow().items() {
                d.set(vm, k, v)?;
            }
            return Ok(Value::dict(d));
        }
        _ => {}
    }
    if op == BinOp::BitOr && union_member(a) && union_member(b) {
        return Ok(union_of(a, b));
    }
    let (name, rname, _) = dunder_names(op);
    if let Some(r) = dispatch_dunder(vm, a, b, name, rname, false)? {
        return Ok(r);
    }
    // Instances of builtin subclasses (namedtuples, dict subclasses...)
    // fall back to their builtin value's operators.
    let (pa, pb) = (payload_of(a), payload_of(b));
    if pa.is_some() || pb.is_some() {
        return binary_op(
            vm,
            op,
            &pa.unwrap_or_else(|| a.clone()),
            &pb.unwrap_or_else(|| b.clone()),
        );
    }
    // Dict key and item views support the set operators.
    if matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) && let (Some(x), Some(y)) = (view_as_set(vm, a)?, view_as_set(vm, b)?)
        && (a.native::<crate::protocol::iter::DictView>().is_some()
            || b.native::<crate::protocol::iter::DictView>().is_some())
    {
        let (Value::Set(x), Value::Set(y)) = (&x, &y) else {
            unreachable!("view_as_set returns sets")
        };
        let r = crate::protocol::types::sets::set_op(vm, op, x, y)?;
        if let Value::Set(s) = &r {
            return Ok(Value::set(crate::object::value::SetObj::new(
                s.items.borrow().clone(),
                false,
            )));
        }
        return Ok(r);
    }
    if op == BinOp::Add && matches!(a, Str(_)) {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(vm, b)
        )));
    }
    if op == BinOp::Add
        && let Bytes(x) = a
        && let Some(y) = crate::protocol::types::bytearray::buffer(b)
    {
        // bytes + bytearray/memoryview is bytes, as CPython's buffer concat.
        vm.reserve(x.len() + y.len())?;
        return tracked(vm, Bytes(Rc::from([&x[..], &y[..]].concat())));
    }
    if op == BinOp::Add && matches!(a, Bytes(_)) {
        return Err(vm.type_error(format!("can't concat {} to bytes", type_name(vm, b))));
    }
    if op == BinOp::Add && matches!(a, List(_)) {
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(vm, b)
        )));
    }
    if op == BinOp::Add && matches!(a, Tuple(_)) {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(vm, b)
        )));
    }
    if op == BinOp::Mult {
        let is_seq = |v: &Value| matches!(v, Str(_) | List(_) | Tuple(_) | Bytes(_));
        let is_int = |v: &Value| matches!(v, Int(_) | BigInt(_) | Bool(_));
        // A count with `__index__` repeats as its int would.
        if is_seq(a) && !is_int(b) {
            if let Some(n) = index_count(vm, b)? {
                return binary_op(vm, op, a, &n);
            }
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(vm, b)
            )));
        }
        if is_seq(b) && !is_int(a) {
            if let Some(n) = index_count(vm, a)? {
                return binary_op(vm, op, &n, b);
            }
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(vm, a)
            )));
        }
    }
    Err(unsupported(vm, op, a, b))
}

/// A repeat count given as an instance with `__index__`, as an int value
/// (`None` for anything else, ints included: they repeat as they are).
fn index_count(vm: &Interp, v: &Value) -> PyResult<Option<Value>> {
    use crate::protocol::containers::{IndexInt, index_int};
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    Ok(index_int(vm, v)?.map(|n| match n {
        IndexInt::Small(i) => Value::Int(i),
        IndexInt::Big(b) => Value::BigInt(b),
    }))
}

/// `a op= b`: tries `__iop__`, and mutates lists in place for `+=`/`*=`.
pub fn inplace_op(vm: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            let items = crate::protocol::iter::collect(vm, b)?;
            vm.reserve_items(l.borrow().len() + items.len(), SLOT)?;
            l.borrow_mut().extend(items);
            vm.track(a);
            return Ok(a.clone());
        }
        (BinOp::Mult, Value::List(l)) => {
            // A count with `__index__` repeats in place as its int would.
            let counted = index_count(vm, b)?;
            let b = counted.as_ref().unwrap_or(b);
            if let Value::BigInt(n) = b {
                big_repeat_count(vm, n)?;
                l.borrow_mut().clear();
                return Ok(a.clone());
            }
            if let Value::Int(n) = b {
                let items = l.borrow().clone();
                let n = repeat_count(vm, items.len(), *n, SLOT)?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out.into();
                vm.track(a);
                return Ok(a.clone());
            }
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) if !s.frozen => {
            if let Value::Set(other) = b {
                let r = crate::protocol::types::sets::set_op(vm, op, s, other)?;
                if let Value::Set(r) = r {
                    *s.items.borrow_mut() = r.items.borrow().clone();
                }
                return Ok(a.clone());
            }
        }
        (BinOp::BitOr, Value::Dict(d)) => {
            if let Value::Dict(other) = b {
                let items = other.borrow().items();
                for (k, v) in items {
                    crate::protocol::types::support::with_table(vm, d, |t| t.set(vm, k, v))?;
                }
                return Ok(a.clone());
            }
        }
        // Native types with in-place operators (bytearray, deque) too.
        (_, Value::Instance(_) | Value::Native(_)) => {
            let (_, _, iname) = dunder_names(op);
            if let Some(r) = crate::protocol::classes::call_dunder1(vm, a, iname, b.clone())?
                && !matches!(r, Value::NotImplemented)
            {
                return Ok(r);
            }
        }
        _ => {}
    }
    binary_op(vm, op, a, b).map_err(|e| {
        // CPython words in-place failures with the augmented operator.
        if e.matches(vm, ExcKind::TypeError)
            && let Some(msg) = crate::protocol::traceback::message(&e.0)
            && msg.starts_with("unsupported operand type(s) for ")
        {
            let sym = op.symbol();
            let fixed = msg.replacen(&format!("for {sym}:"), &format!("for {sym}=:"), 1);
            let fixed = if op == BinOp::Pow {
                fixed.replacen("for ** or pow():", "for **=:", 1)
            } else {
                fixed
            };
            return vm.type_error(fixed);
        }
        e
    })
}

/// Tries `a.name(b)` and the reflected `b.rname(a)` of user classes in
/// CPython's order: a right operand whose class is a proper subclass of the
/// left's goes first; arithmetic skips the reflected method for operands of
/// the same type, comparisons don't.
pub(crate) fn dispatch_dunder(
    vm: &Interp,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
    reflect_same_type: bool,
) -> PyResult<Option<Value>> {
    let ta = type_of(vm, a);
    let tb = type_of(vm, b);
    let same = Rc::ptr_eq(&ta, &tb);
    let b_first = !same && tb.is_subclass(&ta) && !tb.builtin;
    let usable = |r: Option<Value>| r.filter(|r| !matches!(r, Value::NotImplemented));
    if b_first
        && let Some(r) = usable(crate::protocol::classes::call_dunder1(
            vm,
            b,
            rname,
            a.clone(),
        )?)
    {
        return Ok(Some(r));
    }
    if let Some(r) = usable(crate::protocol::classes::call_dunder1(
        vm,
        a,
        name,
        b.clone(),
    )?) {
        return Ok(Some(r));
    }
    if !b_first
        && (reflect_same_type || !same)
        && let Some(r) = usable(crate::protocol::classes::call_dunder1(
            vm,
            b,
            rname,
            a.clone(),
        )?)
    {
        return Ok(Some(r));
    }
    Ok(None)
}

/// The repeat count for `seq * n`, refusing results too large to allocate
/// (CPython would raise MemoryError too, rather than abort the process).
pub(crate) fn repeat_count(vm: &Interp, len: usize, n: i64, item: usize) -> PyResult<usize> {
    let n = n.max(0) as usize;
    if len.saturating_mul(n) > 1 << 28 {
        return Err(vm.error(ExcKind::MemoryError, ""));
    }
    vm.reserve_items(len * n, item)?;
    Ok(n)
}

/// `seq * n` for an `n` beyond i64: CPython converts the count to a
/// machine integer first, so even a negative one is an OverflowError.
pub(crate) fn big_repeat_count(vm: &Interp, _n: &BigInt) -> PyResult<()> {
    Err(vm.error(
        ExcKind::OverflowError,
        "cannot fit 'int' into an index-sized integer",
    ))
}

/// Counts a freshly built large result against the memory budget.
pub(crate) fn tracked(vm: &Interp, v: Value) -> PyResult<Value> {
    vm.track(&v);
    Ok(v)
}

pub(crate) const SLOT: usize = std::mem::size_of::<Value>();

/// The builtin value wrapped by an instance of a builtin subclass.
pub(crate) fn payload_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.payload.borrow().clone(),
        _ => None,
    }
}

/// A set from a set, a dict keys/items view or (for the other operand) any
/// iterable; `None` when the value can't take part in a view set operation.
pub(crate) fn view_as_set(vm: &Interp, v: &Value) -> PyResult<Option<Value>> {
    use crate::protocol::iter::{DictPart, DictView};
    if let Some(view) = v.native::<DictView>() {
        if view.part == DictPart::Values {
            return Ok(None);
        }
        let items = crate::protocol::iter::collect(vm, v)?;
        return crate::protocol::types::construct::new_set(vm, items, false).map(Some);
    }
    match v {
        Value::Set(_) => Ok(Some(v.clone())),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => {
            let items = crate::protocol::iter::collect(vm, v)?;
            crate::protocol::types::construct::new_set(vm, items, false).map(Some)
        }
        _ => Ok(None),
    }
}

/// `int | None` and friends (`types.UnionType`).
pub struct UnionType {
    /// The members, flattened and without duplicates.
    pub args: Vec<Value>,
}

impl crate::object::value::Native for UnionType {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("UnionType")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        let parts: Vec<String> = self
            .args
            .iter()
            .map(|a| match a {
                Value::None => "None".to_string(),
                Value::Class(c) if &*c.module == "builtins" => c.qualname.to_string(),
                Value::Class(c) => format!("{}.{}", c.module, c.qualname),
                other => repr(vm, other).unwrap_or_default(),
            })
            .collect();
        Some(Ok(parts.join(" | ")))
    }
}

pub(crate) fn union_member(v: &Value) -> bool {
    matches!(v, Value::None | Value::Class(_))
        || v.native::<UnionType>().is_some()
        || v.native::<crate::protocol::types::generic_alias::GenericAlias>()
            .is_some()
}

pub(crate) fn union_of(a: &Value, b: &Value) -> Value {
    let mut args: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = match v.native::<UnionType>() {
            Some(u) => u.args.clone(),
            None => vec![v.clone()],
        };
        for p in parts {
            if !args.iter().any(|x| x.is(&p)) {
                args.push(p);
            }
        }
    }
    Value::Native(Rc::new(UnionType { args }))
}
