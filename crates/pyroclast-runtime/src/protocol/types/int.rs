//! The int type's methods (`to_bytes`, `from_bytes`, ...).

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, bind, kw_sig};
use crate::protocol::containers::{self};
use crate::protocol::iter::collect;
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::protocol::types::support::*;
use crate::{Interp, PyResult};

/// Registers the methods of int.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    t.int.new.set(Some(int_new));
    t.int.fast_new.set(Some(|_, a| match a {
        [Value::Int(i)] => Some(Ok(Value::Int(*i))),
        [Value::Bool(b)] => Some(Ok(Value::Int(i64::from(*b)))),
        [Value::Str(s)] => short_decimal(s).map(|i| Ok(Value::Int(i))),
        _ => None,
    }));
    t.bool_.new.set(Some(bool_new));
    crate::object::model::add_methods(
        &t.int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", int_as_integer_ratio),
            ("conjugate", int_conjugate),
            ("__index__", int_index),
        ],
    );
    add_classmethod(&t.int, "int", "from_bytes", int_from_bytes);
}

fn int_self(vm: &Interp, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = receiver(vm, args, "int", name)?;
    ops::to_bigint(&v).ok_or_else(|| wrong_self(vm, "int", name, &v))
}

fn int_bit_length(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "bit_length")?;
    no_args(vm, &args, "int", "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

fn int_bit_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "bit_count")?;
    no_args(vm, &args, "int", "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_as_integer_ratio(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "int", "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn int_conjugate(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "conjugate")?;
    no_args(vm, &args, "int", "conjugate")?;
    Ok(Value::from_bigint(n))
}

fn int_index(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "__index__")?;
    no_args(vm, &args, "int", "__index__")?;
    Ok(Value::from_bigint(n))
}

/// `byteorder` of to_bytes/from_bytes: true for little-endian.
fn byteorder(vm: &Interp, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &**s {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(vm, other)
        ))),
    }
}

fn int_to_bytes(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "to_bytes")?;
    const TO_BYTES: Sig =
        kw_sig("int", "to_bytes", &["length", "byteorder", "signed"]).positional(2);
    let (_, p) = bind(vm, args, &TO_BYTES)?;
    let length = match &p[0] {
        Some(v) => index_arg(vm, v)?,
        None => 1,
    };
    let little = byteorder(vm, p[1].as_ref(), "to_bytes")?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if !signed && n.is_negative() {
        return Err(vm.error(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        if n.is_zero() {
            Vec::new()
        } else {
            n.to_signed_bytes_le()
        }
    } else if n.is_zero() {
        Vec::new()
    } else {
        n.to_bytes_le().1
    };
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.error(ExcKind::OverflowError, "int too big to convert"));
    }
    if length > 1 << 28 {
        return Err(vm.error(ExcKind::MemoryError, ""));
    }
    vm.reserve(length)?;
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::from(bytes)))
}

/// The bytes of a bytes-like argument or an iterable of ints.
fn bytes_arg(vm: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::protocol::types::bytearray::buffer(v) {
        return Ok(b.to_vec());
    }
    match unwrap(v) {
        Value::Bytes(b) => Ok(b.to_vec()),
        v @ (Value::Str(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None) => Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(vm, &v)
        ))),
        v => {
            let mut out = Vec::new();
            for x in collect(vm, &v)? {
                match containers::as_index(vm, &x)? {
                    Some(b) if (0..256).contains(&b) => out.push(b as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(vm, &x)
                        )));
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `args.pos[0]`
/// is the class.
fn int_from_bytes(vm: &Interp, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        args.pos.push(Value::Class(vm.types.int.clone()));
    }
    const FROM_BYTES: Sig =
        kw_sig("int", "from_bytes", &["bytes", "byteorder", "signed"]).positional(2);
    let (cls, p) = bind(vm, args, &FROM_BYTES)?;
    let cls = cls.unwrap_or(Value::None);
    let Some(src) = &p[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes = bytes_arg(vm, src)?;
    let little = byteorder(vm, p[1].as_ref(), "from_bytes")?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let value = Value::from_bigint(n);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.int) && !c.builtin => {
            crate::protocol::call::call(vm, &cls, Args::new(vec![value]))
        }
        _ => Ok(value),
    }
}

/// `int(x=0)`, `int(s, base=10)`.
fn int_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::types::construct::{parse_int, to_int};
    // `int(x, /, base=10)`.
    const SIG: Sig = Sig::function("int", Style::Kw, 0, 2)
        .named(&["x", "base"], 0)
        .posonly(1);
    let (_, mut slots) = bind(vm, args, &SIG)?;
    let (x, base) = (slots[0].take(), slots[1].take());
    if x.is_none() && base.is_some() {
        return Err(vm.type_error("int() missing string argument"));
    }
    // A str subclass converts with a base too; an int subclass is a base.
    let unwrap = crate::protocol::types::construct::unwrap;
    match (x, base) {
        (None, _) => Ok(Value::Int(0)),
        (Some(v), None) => to_int(vm, &v),
        // The base is read first (`__index__`), then the value.
        (Some(v), Some(b)) => {
            let b = crate::protocol::types::construct::index_arg(vm, &b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match unwrap(&v) {
                Value::Str(s) => parse_int(vm, &s, b as u32),
                _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// `bool(x=False)`.
fn bool_new(vm: &Interp, args: Args) -> PyResult<Value> {
    crate::protocol::args::check(
        vm,
        &args,
        &Sig::function("bool", crate::protocol::args::Style::Clinic, 0, 1),
    )?;
    Ok(Value::Bool(match args.pos.first() {
        None => false,
        Some(v) => ops::truthy(vm, v)?,
    }))
}

/// `int(s)` for the commonest strings: up to 18 ASCII digits, perhaps
/// after a minus sign (`None` for anything else, which `int_new` parses
/// with all of CPython's rules and words the errors of).
fn short_decimal(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        all => (false, all),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some(if negative { -n } else { n })
}
