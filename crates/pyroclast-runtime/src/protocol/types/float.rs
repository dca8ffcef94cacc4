//! The float type's methods (`hex`, `fromhex`, `as_integer_ratio`, ...).

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::types::construct::unwrap;
use crate::protocol::types::support::*;
use crate::{Interp, PyResult};

/// Registers the methods of float.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    t.float.new.set(Some(float_new));
    t.float.fast_new.set(Some(|_, a| match a {
        [Value::Float(f)] => Some(Ok(Value::Float(*f))),
        [Value::Int(i)] => Some(Ok(Value::Float(*i as f64))),
        _ => None,
    }));
    crate::object::model::add_methods(
        &t.float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", float_conjugate),
        ],
    );
    add_classmethod(&t.float, "float", "fromhex", float_fromhex);
}

fn float_self(vm: &Interp, args: &Args, name: &str) -> PyResult<f64> {
    match receiver(vm, args, "float", name)? {
        Value::Float(f) => Ok(f),
        other => Err(wrong_self(vm, "float", name, &other)),
    }
}

fn float_is_integer(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "is_integer")?;
    no_args(vm, &args, "float", "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "conjugate")?;
    no_args(vm, &args, "float", "conjugate")?;
    Ok(Value::Float(f))
}

/// The exact ratio of a finite float, in lowest terms.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::one());
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if exp < 0 {
        let tz = i64::from(mant.trailing_zeros()).min(-exp);
        mant >>= tz;
        exp += tz;
    }
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        (num << (exp as usize), BigInt::one())
    } else {
        (num, BigInt::one() << ((-exp) as usize))
    }
}

fn float_as_integer_ratio(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "float", "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.error(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = float_ratio(f);
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

/// `float.hex()` text.
fn hex_text(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", biased - 1023)
    }
}

fn float_hex(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "hex")?;
    no_args(vm, &args, "float", "hex")?;
    Ok(Value::str(&hex_text(f)))
}

/// `2.0 ** k` for `-1074 <= k <= 1023`, exactly.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Why a hex float string was rejected.
enum HexError {
    Invalid,
    Overflow,
}

/// Parses `float.fromhex` syntax with correct rounding.
fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let rest = lower
        .strip_prefix("0x")
        .unwrap_or(lower.as_str())
        .as_bytes();
    let mut i = 0;
    let mut mant = BigInt::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    while i < rest.len() && rest[i].is_ascii_hexdigit() {
        mant = (mant << 4usize) + BigInt::from((rest[i] as char).to_digit(16).unwrap_or(0));
        digits += 1;
        i += 1;
    }
    if i < rest.len() && rest[i] == b'.' {
        i += 1;
        while i < rest.len() && rest[i].is_ascii_hexdigit() {
            mant = (mant << 4usize) + BigInt::from((rest[i] as char).to_digit(16).unwrap_or(0));
            digits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if digits == 0 {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < rest.len() && rest[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < rest.len() && (rest[i] == b'+' || rest[i] == b'-') {
            eneg = rest[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < rest.len() && rest[i].is_ascii_digit() {
            exp = (exp * 10 + i64::from(rest[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(HexError::Invalid);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != rest.len() {
        return Err(HexError::Invalid);
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let mut e = exp - 4 * frac_digits;
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + e;
    if top > 1023 {
        return Err(HexError::Overflow);
    }
    if top < -1075 {
        return Ok(sign(0.0));
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    if shift > 0 {
        let sh = shift as usize;
        let q: BigInt = &mant >> sh;
        let rem: BigInt = &mant - (&q << sh);
        let half = BigInt::one() << (sh - 1);
        let odd = (&q & BigInt::one()).is_one();
        mant = if rem > half || (rem == half && odd) {
            q + 1
        } else {
            q
        };
        e = lsb;
    }
    if mant.bits() as i64 - 1 + e > 1023 {
        return Err(HexError::Overflow);
    }
    let m = mant.to_u64().unwrap_or(0) as f64;
    Ok(sign(m * pow2(e)))
}

/// `float.fromhex(s)`; `args.pos[0]` is the class.
fn float_fromhex(vm: &Interp, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        args.pos.push(Value::Class(vm.types.float.clone()));
    }
    let s = one_arg(vm, &args, "float", "fromhex")?;
    let Value::Str(s) = unwrap(&s) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = match parse_hex_float(&s) {
        Ok(f) => f,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.error(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            ));
        }
    };
    match &args.pos[0] {
        Value::Class(c) if !c.builtin => {
            crate::protocol::call::call(vm, &args.pos[0], Args::new(vec![Value::Float(f)]))
        }
        _ => Ok(Value::Float(f)),
    }
}

/// `float(x=0.0, /)`. A subclass may give keywords to its own `__init__`,
/// so only the positional count is checked here.
fn float_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check};
    // Keywords too: `float(x=1)` is "takes no keyword arguments".
    check(vm, &args, &Sig::function("float", Style::Clinic, 0, 1))?;
    Ok(Value::Float(match args.pos.first() {
        None => 0.0,
        Some(v) => crate::protocol::types::construct::to_float(vm, v)?,
    }))
}
