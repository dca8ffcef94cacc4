//! `math`: CPython's float functions with its error rules (`math domain
//! error`, `math range error`), exact integer functions on big ints, and
//! Shewchuk's exact `fsum`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyroclast_syntax::ast::BinOp;

use super::toolkit::functions;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::args::{Sig, Style, bind, check};
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::f64_arg;
use crate::{Interp, PyResult};

/// Builds the `math` module.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    entries.extend(functions(FUNCTIONS));
    super::toolkit::fill(ns, entries);
    Ok(())
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("sqrt", |vm, a| unary(vm, a, "sqrt", f64::sqrt, false)),
    ("exp", |vm, a| unary(vm, a, "exp", f64::exp, true)),
    ("exp2", |vm, a| unary(vm, a, "exp2", f64::exp2, true)),
    ("expm1", |vm, a| unary(vm, a, "expm1", f64::exp_m1, true)),
    ("cbrt", |vm, a| unary(vm, a, "cbrt", cbrt, false)),
    ("sin", |vm, a| unary(vm, a, "sin", f64::sin, false)),
    ("cos", |vm, a| unary(vm, a, "cos", f64::cos, false)),
    ("tan", |vm, a| unary(vm, a, "tan", f64::tan, false)),
    ("asin", |vm, a| unary(vm, a, "asin", f64::asin, false)),
    ("acos", |vm, a| unary(vm, a, "acos", f64::acos, false)),
    ("atan", |vm, a| unary(vm, a, "atan", f64::atan, false)),
    ("sinh", |vm, a| unary(vm, a, "sinh", f64::sinh, true)),
    ("cosh", |vm, a| unary(vm, a, "cosh", f64::cosh, true)),
    ("tanh", |vm, a| unary(vm, a, "tanh", f64::tanh, false)),
    ("asinh", |vm, a| unary(vm, a, "asinh", asinh, false)),
    ("acosh", |vm, a| unary(vm, a, "acosh", acosh, false)),
    // libm's erf/erfc are fdlibm's, as glibc's (which CPython calls).
    ("erf", |vm, a| unary(vm, a, "erf", libm::erf, false)),
    ("erfc", |vm, a| unary(vm, a, "erfc", libm::erfc, false)),
    ("atanh", |vm, a| {
        let x = one_float(vm, &a, "atanh")?;
        if x.abs() >= 1.0 {
            return Err(domain(vm));
        }
        Ok(Value::Float(atanh(x)))
    }),
    ("log1p", |vm, a| {
        let x = one_float(vm, &a, "log1p")?;
        if x <= -1.0 {
            return Err(domain(vm));
        }
        Ok(Value::Float(x.ln_1p()))
    }),
    ("fabs", |vm, a| {
        Ok(Value::Float(one_float(vm, &a, "fabs")?.abs()))
    }),
    ("degrees", |vm, a| {
        Ok(Value::Float(
            one_float(vm, &a, "degrees")? * (180.0 / std::f64::consts::PI),
        ))
    }),
    ("radians", |vm, a| {
        Ok(Value::Float(
            one_float(vm, &a, "radians")? * (std::f64::consts::PI / 180.0),
        ))
    }),
    ("isfinite", |vm, a| {
        Ok(Value::Bool(one_float(vm, &a, "isfinite")?.is_finite()))
    }),
    ("isinf", |vm, a| {
        Ok(Value::Bool(one_float(vm, &a, "isinf")?.is_infinite()))
    }),
    ("isnan", |vm, a| {
        Ok(Value::Bool(one_float(vm, &a, "isnan")?.is_nan()))
    }),
    ("floor", |vm, a| round_to_int(vm, a, "floor")),
    ("ceil", |vm, a| round_to_int(vm, a, "ceil")),
    ("trunc", |vm, a| round_to_int(vm, a, "trunc")),
    ("pow", math_pow),
    ("atan2", |vm, a| {
        let (y, x) = two_floats(vm, &a, "atan2")?;
        Ok(Value::Float(y.atan2(x)))
    }),
    ("copysign", |vm, a| {
        let (x, y) = two_floats(vm, &a, "copysign")?;
        Ok(Value::Float(x.copysign(y)))
    }),
    ("fmod", |vm, a| {
        let (x, y) = two_floats(vm, &a, "fmod")?;
        if y.is_infinite() && x.is_finite() {
            return Ok(Value::Float(x));
        }
        let r = x % y;
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return Err(domain(vm));
        }
        Ok(Value::Float(r))
    }),
    ("remainder", math_remainder),
    ("modf", |vm, a| {
        let x = one_float(vm, &a, "modf")?;
        if x.is_infinite() {
            return Ok(Value::tuple(vec![
                Value::Float(0.0f64.copysign(x)),
                Value::Float(x),
            ]));
        }
        let i = x.trunc();
        Ok(Value::tuple(vec![
            Value::Float((x - i).copysign(x)),
            Value::Float(i),
        ]))
    }),
    ("frexp", |vm, a| {
        let x = one_float(vm, &a, "frexp")?;
        let (m, e) = frexp(x);
        Ok(Value::tuple(vec![
            Value::Float(m),
            Value::Int(i64::from(e)),
        ]))
    }),
    ("ldexp", math_ldexp),
    ("hypot", math_hypot),
    ("dist", math_dist),
    ("log", math_log),
    ("log2", |vm, a| {
        check(vm, &a, &one("log2"))?;
        log_of(vm, &a.pos[0], f64::log2).map(Value::Float)
    }),
    ("log10", |vm, a| {
        check(vm, &a, &one("log10"))?;
        log_of(vm, &a.pos[0], f64::log10).map(Value::Float)
    }),
    ("isclose", math_isclose),
    ("gcd", |vm, a| gcd_lcm(vm, a, true)),
    ("lcm", |vm, a| gcd_lcm(vm, a, false)),
    ("factorial", math_factorial),
    ("isqrt", math_isqrt),
    ("comb", math_comb),
    ("perm", math_perm),
    ("prod", math_prod),
    ("fsum", math_fsum),
    ("nextafter", |vm, a| {
        let (x, y) = two_floats(vm, &a, "nextafter")?;
        Ok(Value::Float(nextafter(x, y)))
    }),
    ("ulp", |vm, a| {
        let x = one_float(vm, &a, "ulp")?.abs();
        if x.is_nan() || x.is_infinite() {
            return Ok(Value::Float(x));
        }
        let next = nextafter(x, f64::INFINITY);
        if next.is_infinite() {
            return Ok(Value::Float(x - nextafter(x, 0.0)));
        }
        Ok(Value::Float(next - x))
    }),
];

#[cold]
fn domain(vm: &Interp) -> crate::PyErr {
    vm.value_error("math domain error")
}

#[cold]
fn range_error(vm: &Interp) -> crate::PyErr {
    vm.error(ExcKind::OverflowError, "math range error")
}

/// `math.name(x)` (METH_O): "math.name() takes exactly one argument".
const fn one(name: &str) -> Sig<'_> {
    Sig::module("math", name, Style::One, 1, 1)
}

/// `math.name(x, y, ...)`, positional Argument Clinic: "name expected 2
/// arguments, got 1", "math.name() takes no keyword arguments".
const fn clinic(name: &str, min: usize, max: usize) -> Sig<'_> {
    Sig::module("math", name, Style::Clinic, min, max)
}

/// `math.name(*args)` (fast call, no keywords).
const fn star(name: &str) -> Sig<'_> {
    Sig::module("math", name, Style::Legacy, 0, usize::MAX)
}

fn one_float(vm: &Interp, a: &Args, name: &str) -> PyResult<f64> {
    check(vm, a, &one(name))?;
    f64_arg(vm, &a.pos[0])
}

fn two_floats(vm: &Interp, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    check(vm, a, &clinic(name, 2, 2))?;
    Ok((f64_arg(vm, &a.pos[0])?, f64_arg(vm, &a.pos[1])?))
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error; an infinity
/// from a finite input is a range error (or a domain error for functions
/// that cannot overflow).
fn unary(
    vm: &Interp,
    a: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_float(vm, &a, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

fn round_to_int(vm: &Interp, a: Args, name: &str) -> PyResult<Value> {
    check(vm, &a, &one(name))?;
    let v = &a.pos[0];
    match v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(_) => {}
        _ => {
            let dunder = format!("__{name}__");
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, &dunder, vec![])? {
                return Ok(r);
            }
            // An int or float subclass rounds its value.
            let u = crate::protocol::types::construct::unwrap(v);
            if !matches!(u, Value::Instance(_)) && ops::to_f64(vm, &u)?.is_some() {
                return round_to_int(vm, Args::new(vec![u]), name);
            }
            if name == "trunc" {
                return Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    type_name(vm, v)
                )));
            }
        }
    }
    let x = f64_arg(vm, v)?;
    let r = match name {
        "floor" => x.floor(),
        "ceil" => x.ceil(),
        _ => x.trunc(),
    };
    float_to_int(vm, r)
}

fn float_to_int(vm: &Interp, r: f64) -> PyResult<Value> {
    if r.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if r.is_infinite() {
        return Err(vm.error(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    if r.abs() < 9.0e18 {
        return Ok(Value::Int(r as i64));
    }
    match ops::float_to_bigint(r) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.error(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        )),
    }
}

fn math_pow(vm: &Interp, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    // CPython's special cases, then C pow with error checks.
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
        }
        if y.is_nan() {
            return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
        }
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn math_remainder(vm: &Interp, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's m_remainder.
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

/// `frexp`: mantissa in [0.5, 1) and exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// `ldexp(x, e)` with a single rounding, also into the subnormal range.
fn ldexp(x: f64, e: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (m, me) = frexp(x);
    let ne = i64::from(me).saturating_add(e);
    if ne > 1024 {
        return None;
    }
    if ne >= -1021 {
        // m * 2^ne is a normal number: build it directly.
        let bits = m.to_bits();
        let biased = (ne + 1022) as u64;
        return Some(f64::from_bits((bits & !(0x7ffu64 << 52)) | (biased << 52)));
    }
    // Subnormal (or zero) result: round the 53-bit significand once.
    let mant = (m.abs() * 2f64.powi(53)) as u64; // exact integer
    let shift = (-1074 - (ne - 53)) as u64; // bits to drop
    let r = if shift >= 64 {
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
    let v = r as f64 * f64::from_bits(1); // r * 2^-1074, exact
    Some(v.copysign(x))
}

fn math_ldexp(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &clinic("ldexp", 2, 2))?;
    let x = f64_arg(vm, &a.pos[0])?;
    let e = match &a.pos[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(b) => {
            if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        other => {
            return Err(vm.type_error(format!(
                "Expected an int as second argument to ldexp, not {}",
                type_name(vm, other)
            )));
        }
    };
    match ldexp(x, e) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(range_error(vm)),
    }
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// CPython 3.11's `vector_norm`: an accurate Euclidean norm.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    if max_e >= -1023 {
        let scale = ldexp(1.0, -i64::from(max_e)).unwrap_or(1.0);
        let mut frac2 = 0.0f64;
        let mut frac3 = 0.0f64;
        for x in vec.iter() {
            let x = x * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for x in vec.iter() {
        let x = x / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn norm_of(vm: &Interp, values: &[f64]) -> PyResult<f64> {
    let _ = vm;
    let mut vec: Vec<f64> = values.iter().map(|x| x.abs()).collect();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in &vec {
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    Ok(vector_norm(&mut vec, max, found_nan))
}

fn math_hypot(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &star("hypot"))?;
    let xs = a
        .pos
        .iter()
        .map(|v| f64_arg(vm, v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Float(norm_of(vm, &xs)?))
}

fn math_dist(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &clinic("dist", 2, 2))?;
    let p = crate::protocol::iter::collect(vm, &a.pos[0])?;
    let q = crate::protocol::iter::collect(vm, &a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        diffs.push(f64_arg(vm, x)? - f64_arg(vm, y)?);
    }
    Ok(Value::Float(norm_of(vm, &diffs)?))
}

/// CPython's `m_log`-style guard for the float path.
fn checked_log(vm: &Interp, x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

/// CPython's `loghelper`: big ints go through frexp so they never overflow.
fn log_of(vm: &Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = crate::protocol::text::format_spec::bigint_to_f64(b)
            && x.is_finite()
        {
            return checked_log(vm, x, f);
        }
        let (m, e) = big_frexp(b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    if let Value::Int(i) = v
        && *i <= 0
    {
        return Err(domain(vm));
    }
    let x = f64_arg(vm, v)?;
    checked_log(vm, x, f)
}

/// Mantissa in [0.5, 1) rounded half-even to 53 bits, and the exponent of a
/// positive big int.
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    if bits <= 53 {
        let v = b.to_u64().unwrap_or(0) as f64;
        let (m, e) = frexp(v);
        return (m, e as u64);
    }
    let shift = bits - 53;
    let top: BigInt = b >> shift;
    let mut top = top.to_u64().unwrap_or(0);
    let half_bit = (b >> (shift - 1)) & BigInt::one();
    let sticky = if shift >= 2 {
        !(b & ((BigInt::one() << (shift - 1)) - 1u32)).is_zero()
    } else {
        false
    };
    if !half_bit.is_zero() && (sticky || top & 1 == 1) {
        top += 1;
    }
    let mut e = bits;
    if top == 1u64 << 53 {
        top >>= 1;
        e += 1;
    }
    (top as f64 / 2f64.powi(53), e)
}

fn math_log(vm: &Interp, a: Args) -> PyResult<Value> {
    // METH_VARARGS (its keyword message is unqualified) with an optional
    // group, whose count message is Argument Clinic's own.
    const SIG: Sig = Sig::function("log", Style::Legacy, 0, usize::MAX);
    check(vm, &a, &SIG)?;
    if !(1..=2).contains(&a.pos.len()) {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a.pos[0], f64::ln)?;
    match a.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = log_of(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.error(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn math_isclose(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("isclose", Style::Kw, 0, 0)
        .named(&["a", "b", "rel_tol", "abs_tol"], 2)
        .positional(2);
    let (_, v) = bind(vm, a, &SIG)?;
    let x = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
    let y = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
    let rel_tol = match &v[2] {
        Some(r) => f64_arg(vm, r)?,
        None => 1e-9,
    };
    let abs_tol = match &v[3] {
        Some(r) => f64_arg(vm, r)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

/// An integer argument as a big int, with CPython's TypeError.
fn int_arg(vm: &Interp, v: &Value) -> PyResult<BigInt> {
    // An int subclass's value is read directly, as `operator.index` does.
    if let Some(b) = ops::to_bigint(&crate::protocol::types::construct::unwrap(v)) {
        return Ok(b);
    }
    if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])?
        && let Some(b) = ops::to_bigint(&r)
    {
        return Ok(b);
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(vm, v)
    )))
}

fn gcd_lcm(vm: &Interp, a: Args, gcd: bool) -> PyResult<Value> {
    check(vm, &a, &star(if gcd { "gcd" } else { "lcm" }))?;
    let mut acc = if gcd { BigInt::zero() } else { BigInt::one() };
    for v in &a.pos {
        let x = int_arg(vm, v)?;
        if gcd {
            acc = acc.gcd(&x);
        } else if acc.is_zero() || x.is_zero() {
            acc = BigInt::zero();
        } else {
            let g = acc.gcd(&x);
            acc = (&acc / g * x).abs();
        }
    }
    Ok(Value::from_bigint(acc))
}

/// Product of the integers in `lo..=hi` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for i in lo..=hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn math_factorial(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &one("factorial"))?;
    let v = &a.pos[0];
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 1 << 24) else {
        return Err(vm.error(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(Value::from_bigint(range_product(1, n)))
}

fn math_isqrt(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &one("isqrt"))?;
    let n = int_arg(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn nonneg(vm: &Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    let x = int_arg(vm, v)?;
    if x.is_negative() {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(x)
}

fn math_comb(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &clinic("comb", 2, 2))?;
    let n = nonneg(vm, &a.pos[0], "n")?;
    let k = nonneg(vm, &a.pos[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.error(
            ExcKind::OverflowError,
            format!("min(n - k, k) must not exceed {}", i64::MAX),
        ));
    };
    let mut r = BigInt::one();
    for i in 1..=k {
        r = r * (&n - k + i) / i;
    }
    Ok(Value::from_bigint(r))
}

fn math_perm(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &clinic("perm", 1, 2))?;
    let n = nonneg(vm, &a.pos[0], "n")?;
    let k = match a.pos.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(k) => nonneg(vm, k, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.error(
            ExcKind::OverflowError,
            format!("k must not exceed {}", i64::MAX),
        ));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn math_prod(vm: &Interp, a: Args) -> PyResult<Value> {
    // `prod(iterable, /, *, start=1)`.
    const SIG: Sig = Sig::function("prod", Style::Kw, 0, 0)
        .named(&["iterable", "start"], 1)
        .positional(1)
        .posonly(1);
    let (_, v) = bind(vm, a, &SIG)?;
    let mut acc = v[1].clone().unwrap_or(Value::Int(1));
    let mut it = crate::protocol::iter::PyIter::new(vm, v[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(x) = it.next(vm)? {
        acc = ops::binary_op(vm, BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

fn math_fsum(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &one("fsum"))?;
    let mut it = crate::protocol::iter::PyIter::new(vm, &a.pos[0])?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = it.next(vm)? {
        let mut x = f64_arg(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.error(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

// glibc's algorithms for the functions Rust's std computes differently
// (std implements these in Rust rather than calling the C library, whose
// results CPython prints).

const LN2: f64 = std::f64::consts::LN_2;

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// glibc `__asinh`.
pub(crate) fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// glibc `__ieee754_acosh`.
fn acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as i32;
    let lx = bits as u32;
    if hx < 0x3ff0_0000 {
        f64::NAN
    } else if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            x + x
        } else {
            x.ln() + LN2
        }
    } else if hx == 0x3ff0_0000 && lx == 0 {
        0.0
    } else if hx > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// glibc `__ieee754_atanh` (for |x| < 1; callers check the domain).
fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    };
    t.copysign(x)
}

/// glibc `__cbrt` (sysdeps/ieee754/dbl-64), with its constants as written
/// there.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(ym, i64::from(xe / 3))
        .unwrap_or(f64::INFINITY)
        .copysign(x)
}
