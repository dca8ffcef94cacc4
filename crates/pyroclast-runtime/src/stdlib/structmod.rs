//! `struct`: format parsing, packing and unpacking with CPython's sizes,
//! x86-64 native alignment and `struct.error` messages. The `Struct` class,
//! `iter_unpack` and `error` itself are the Python part (`python/struct.py`);
//! the Rust part raises the Python part's `error` class by name.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::toolkit::functions;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::call::call;
use crate::protocol::ops::{self, type_name};
use crate::{Interp, PyErr, PyResult};

/// Builds the Rust part of `struct`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(ns, functions(FUNCTIONS));
    Ok(())
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("_calcsize", |vm, a| {
        let f = parse(vm, a.pos.first())?;
        Ok(Value::Int(f.size as i64))
    }),
    ("_pack", |vm, a| {
        let f = parse(vm, a.pos.first())?;
        Ok(Value::Bytes(pack(vm, &f, &a.pos[1..])?.into()))
    }),
    ("_unpack_from", |vm, a| {
        // (format, buffer, offset, caller): caller names the message form.
        let f = parse(vm, a.pos.first())?;
        let buf = buffer(vm, a.pos.get(1))?;
        let offset = match a.pos.get(2) {
            Some(v) => crate::protocol::types::construct::index_arg(vm, v)?,
            None => 0,
        };
        let from = matches!(a.pos.get(3), Some(Value::Str(s)) if &**s == "unpack_from");
        if !from {
            if buf.len() != f.size {
                return Err(error(
                    vm,
                    format!("unpack requires a buffer of {} bytes", f.size),
                ));
            }
            return unpack(vm, &f, &buf);
        }
        let len = buf.len() as i64;
        let mut start = offset;
        if start < 0 {
            if start + len < 0 {
                return Err(error(
                    vm,
                    format!("offset {offset} out of range for {len}-byte buffer"),
                ));
            }
            start += len;
        }
        if len - start < f.size as i64 {
            return Err(error(vm, {
                format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                    f.size as i64 + start,
                    f.size,
                    start,
                    len
                )
            }));
        }
        let start = start as usize;
        unpack(vm, &f, &buf[start..start + f.size])
    }),
];

/// Raises `struct.error(msg)`.
fn error(vm: &Interp, msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    let class = crate::stdlib::import(vm, "struct")
        .ok()
        .and_then(|m| match m {
            Value::Module(m) => m.globals.borrow().get("error").cloned(),
            _ => None,
        });
    let Some(class) = class else {
        return vm.value_error(msg);
    };
    match call(vm, &class, Args::new(vec![Value::str(&msg)])) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn buffer(vm: &Interp, v: Option<&Value>) -> PyResult<std::rc::Rc<[u8]>> {
    match v {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(v) => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, v)
        ))),
        None => Err(vm.type_error("missing buffer")),
    }
}

/// One format code with its repeat count and byte offset.
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

/// A parsed format.
struct Format {
    little: bool,
    native: bool,
    items: Vec<Item>,
    size: usize,
    /// Values packed or unpacked (`s`/`p` count once, `x` never).
    nvalues: usize,
}

/// Size of a code in native (`@`) or standard mode; None: not a code.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &Interp, v: Option<&Value>) -> PyResult<Format> {
    let text: Vec<u8> = match v {
        Some(Value::Str(s)) => s.as_bytes().to_vec(),
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                type_name(vm, v)
            )));
        }
        None => return Err(vm.type_error("missing format")),
    };
    let (native, little, body) = match text.first() {
        Some(b'@') => (true, true, &text[1..]),
        Some(b'=' | b'<') => (false, true, &text[1..]),
        Some(b'>' | b'!') => (false, false, &text[1..]),
        _ => (true, true, &text[..]),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nvalues = 0usize;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((body[i] - b'0') as usize))
                    .ok_or_else(|| error(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= body.len() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
            count = n;
        }
        let code = body[i];
        i += 1;
        let Some(csize) = code_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if native && !matches!(code, b's' | b'p') {
            size = size.div_ceil(csize) * csize;
        }
        let offset = size;
        size = count
            .checked_mul(csize)
            .and_then(|n| n.checked_add(size))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| error(vm, "total struct size too long"))?;
        nvalues += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(Item {
            code,
            count,
            offset,
        });
    }
    Ok(Format {
        little,
        native,
        items,
        size,
        nvalues,
    })
}

/// An integer argument as a big int (`__index__` honoured), or
/// `required argument is not an integer`.
fn int_value(vm: &Interp, v: &Value) -> PyResult<BigInt> {
    // An int subclass's value is read directly, as `operator.index` does.
    if let Some(b) = ops::to_bigint(&crate::protocol::types::construct::unwrap(v)) {
        return Ok(b);
    }
    if let Value::Instance(_) = v
        && let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])?
    {
        if let Some(b) = ops::to_bigint(&r) {
            return Ok(b);
        }
        return Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(vm, &r)
        )));
    }
    Err(error(vm, "required argument is not an integer"))
}

/// The bytes of an integer code, with CPython's range messages.
fn pack_int(vm: &Interp, code: u8, size: usize, v: &Value) -> PyResult<u64> {
    let n = int_value(vm, v)?;
    let out_of_range = || error(vm, "argument out of range");
    let signed = code.is_ascii_lowercase();
    if signed || matches!(code, b'B' | b'H') {
        let x = n.to_i64().ok_or_else(out_of_range)?;
        let (lo, hi) = if signed {
            if size == 8 {
                return Ok(x as u64);
            }
            let hi = (1i64 << (size * 8 - 1)) - 1;
            (-hi - 1, hi)
        } else {
            (0, (1i64 << (size * 8)) - 1)
        };
        if x < lo || x > hi {
            let what = match code {
                b'b' => "byte format".to_string(),
                b'B' => "ubyte format".to_string(),
                b'h' => "short format".to_string(),
                b'H' => "ushort format".to_string(),
                c => format!("'{}' format", c as char),
            };
            return Err(error(vm, format!("{what} requires {lo} <= number <= {hi}")));
        }
        return Ok(x as u64);
    }
    // P takes negative addresses as their two's complement, as CPython's
    // PyLong_AsVoidPtr does.
    if code == b'P'
        && let Some(x) = n.to_i64()
        && x < 0
    {
        return Ok(x as u64);
    }
    let x = n.to_u64().ok_or_else(out_of_range)?;
    if size < 8 && x >= 1u64 << (size * 8) {
        return Err(error(
            vm,
            format!(
                "'{}' format requires 0 <= number <= {}",
                code as char,
                (1u64 << (size * 8)) - 1
            ),
        ));
    }
    Ok(x)
}

fn float_value(vm: &Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::protocol::types::construct::f64_arg(vm, v)
        }
        Value::Instance(_) => {
            // As `PyFloat_AsDouble`: a float subclass's value directly,
            // then `__float__`, then an int subclass's value.
            let u = crate::protocol::types::construct::unwrap(v);
            if let Value::Float(f) = u {
                return Ok(f);
            }
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__float__", vec![])? {
                return float_value(vm, &r);
            }
            if !matches!(u, Value::Instance(_)) {
                return float_value(vm, &u);
            }
            Err(error(vm, "required argument is not a float"))
        }
        _ => Err(error(vm, "required argument is not a float")),
    }
}

fn put(out: &mut [u8], at: usize, size: usize, x: u64, little: bool) {
    let bytes = x.to_le_bytes();
    for (k, b) in bytes.iter().take(size).enumerate() {
        let dst = if little { at + k } else { at + size - 1 - k };
        out[dst] = *b;
    }
}

fn get(buf: &[u8], at: usize, size: usize, little: bool) -> u64 {
    let mut x = 0u64;
    for k in 0..size {
        let src = if little { at + size - 1 - k } else { at + k };
        x = (x << 8) | buf[src] as u64;
    }
    x
}

fn pack(vm: &Interp, f: &Format, args: &[Value]) -> PyResult<Vec<u8>> {
    if args.len() != f.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                f.nvalues,
                args.len()
            ),
        ));
    }
    let mut out = vec![0u8; f.size];
    let mut args = args.iter();
    for item in &f.items {
        let code = item.code;
        let size = code_size(code, f.native).unwrap_or(1);
        match code {
            b'x' => {}
            b's' | b'p' => {
                let v = args.next().cloned().unwrap_or(Value::None);
                let Value::Bytes(b) = &v else {
                    return Err(error(
                        vm,
                        format!("argument for '{}' must be a bytes object", code as char),
                    ));
                };
                let at = item.offset;
                if code == b's' {
                    let n = b.len().min(item.count);
                    out[at..at + n].copy_from_slice(&b[..n]);
                } else if item.count > 0 {
                    let n = b.len().min(item.count - 1).min(255);
                    out[at] = n as u8;
                    out[at + 1..at + 1 + n].copy_from_slice(&b[..n]);
                }
            }
            _ => {
                for k in 0..item.count {
                    let v = args.next().cloned().unwrap_or(Value::None);
                    let at = item.offset + k * size;
                    match code {
                        b'c' => match &v {
                            Value::Bytes(b) if b.len() == 1 => out[at] = b[0],
                            _ => {
                                return Err(error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ));
                            }
                        },
                        b'?' => out[at] = ops::truthy(vm, &v)? as u8,
                        b'e' => {
                            let h = f64_to_half(float_value(vm, &v)?).ok_or_else(|| {
                                vm.error(
                                    ExcKind::OverflowError,
                                    "float too large to pack with e format",
                                )
                            })?;
                            put(&mut out, at, 2, h as u64, f.little);
                        }
                        b'f' => {
                            let x = float_value(vm, &v)?;
                            let y = x as f32;
                            // Native `f` is a plain C cast; standard sizes
                            // refuse to overflow to infinity.
                            if !f.native && y.is_infinite() && x.is_finite() {
                                return Err(vm.error(
                                    ExcKind::OverflowError,
                                    "float too large to pack with f format",
                                ));
                            }
                            put(&mut out, at, 4, y.to_bits() as u64, f.little);
                        }
                        b'd' => {
                            let x = float_value(vm, &v)?;
                            put(&mut out, at, 8, x.to_bits(), f.little);
                        }
                        _ => {
                            let x = pack_int(vm, code, size, &v)?;
                            put(&mut out, at, size, x, f.little);
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

fn unpack(vm: &Interp, f: &Format, buf: &[u8]) -> PyResult<Value> {
    let _ = vm;
    let mut values = Vec::with_capacity(f.nvalues);
    for item in &f.items {
        let code = item.code;
        let size = code_size(code, f.native).unwrap_or(1);
        let at = item.offset;
        match code {
            b'x' => {}
            b's' => values.push(Value::Bytes(buf[at..at + item.count].into())),
            b'p' => {
                if item.count == 0 {
                    values.push(Value::Bytes(Vec::new().into()));
                } else {
                    let n = (buf[at] as usize).min(item.count - 1);
                    values.push(Value::Bytes(buf[at + 1..at + 1 + n].into()));
                }
            }
            _ => {
                for k in 0..item.count {
                    let at = at + k * size;
                    let x = get(buf, at, size, f.little);
                    values.push(match code {
                        b'c' => Value::Bytes(vec![buf[at]].into()),
                        b'?' => Value::Bool(buf[at] != 0),
                        b'e' => Value::Float(half_to_f64(x as u16)),
                        b'f' => Value::Float(f32::from_bits(x as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(x)),
                        c if c.is_ascii_lowercase() => {
                            let shift = 64 - size * 8;
                            Value::Int(((x << shift) as i64) >> shift)
                        }
                        _ => Value::from_bigint(BigInt::from(x)),
                    });
                }
            }
        }
    }
    Ok(Value::tuple(values))
}

/// IEEE 754 binary16 bits of `x`, rounded half to even from the double
/// itself (as CPython's PyFloat_Pack2); None when it overflows.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // a = m * 2^e with m in [1, 2).
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let (mant, e) = if exp == 0 {
        // A subnormal double is far below half's range: rounds to zero.
        return Some(sign);
    } else {
        (bits & ((1u64 << 52) - 1) | (1u64 << 52), exp - 1075)
    };
    // value = mant * 2^e; half's unit in the last place is 2^(E-10) for a
    // normal exponent E >= -14, 2^-24 for subnormals.
    let top = 52 + e; // floor(log2(a))
    let ulp_exp = if top < -14 { -24 } else { top - 10 };
    let shift = ulp_exp - e; // bits to drop from mant
    let q: u64 = if shift <= 0 {
        mant << (-shift) as u32
    } else if shift >= 64 {
        0
    } else {
        let q = mant >> shift;
        let rem = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // q units of 2^ulp_exp; rebuild the half's fields.
    if ulp_exp == -24 {
        // Subnormal range (q < 1024), or rounded up into the normals.
        return Some(sign | q as u16);
    }
    let mut e_half = top + 15;
    let mut m = q;
    if m == 2048 {
        m = 1024;
        e_half += 1;
    }
    if e_half >= 31 {
        return None;
    }
    Some(sign | ((e_half as u16) << 10) | (m as u16 & 0x3ff))
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}
