//! `complex`: a pair of floats, with CPython's arithmetic, repr and hash.
//! The arithmetic lives in dunder methods of the class (as for every
//! native type), so `int + complex` reaches `complex.__radd__`.

use std::any::Any;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::protocol::ops::{self, type_name};
use crate::{Interp, PyResult};

/// A complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

impl Complex {
    /// A complex value.
    pub fn value(re: f64, im: f64) -> Value {
        Value::Native(Rc::new(Complex { re, im }))
    }
}

/// One part of a complex repr: the float repr without a `.0`.
fn part(x: f64) -> String {
    let s = crate::protocol::text::float_repr::float_repr(x);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// `repr(z)` as CPython: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(z: Complex) -> String {
    let im = part(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.re))
}

impl Native for Complex {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("complex")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(complex_repr(*self)))
    }
    fn py_hash(&self, _vm: &Interp) -> Option<PyResult<i64>> {
        let (r, i) = (
            crate::protocol::ops::hash_float(self.re) as u64,
            crate::protocol::ops::hash_float(self.im) as u64,
        );
        let h = r.wrapping_add(i.wrapping_mul(1000003)) as i64;
        Some(Ok(if h == -1 { -2 } else { h }))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "real" => Some(Ok(Value::Float(self.re))),
            "imag" => Some(Ok(Value::Float(self.im))),
            _ => None,
        }
    }
}

/// A number as a complex: ints, bools, floats and complexes (and their
/// subclasses' values); `None` for anything else.
pub fn as_complex(vm: &Interp, v: &Value) -> PyResult<Option<Complex>> {
    if let Some(z) = v.native::<Complex>() {
        return Ok(Some(*z));
    }
    let v = match v {
        Value::Instance(i) => match i.payload.borrow().clone() {
            Some(p) => p,
            None => return Ok(None),
        },
        other => other.clone(),
    };
    if let Some(z) = v.native::<Complex>() {
        return Ok(Some(*z));
    }
    Ok(ops::to_f64(vm, &v)?.map(|re| Complex { re, im: 0.0 }))
}

fn this(vm: &Interp, a: &Args, name: &str) -> PyResult<Complex> {
    match a.pos.first().and_then(|v| v.native::<Complex>()) {
        Some(z) => Ok(*z),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'complex' object"))),
    }
}

/// `z / w` with CPython's algorithm (Smith's method, scaled).
fn div(vm: &Interp, a: Complex, b: Complex) -> PyResult<Complex> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(vm.error(ExcKind::ZeroDivisionError, "complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // A NaN somewhere.
        Ok(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

fn mul(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// CPython's `_Py_c_pow` (with `c_powi` for small integer exponents).
pub fn pow(vm: &Interp, a: Complex, b: Complex) -> PyResult<Complex> {
    let r = if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let powu = |mut x: Complex, n: u64| {
            let mut r = Complex { re: 1.0, im: 0.0 };
            let mut mask = 1u64;
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = mul(r, x);
                }
                mask <<= 1;
                x = mul(x, x);
            }
            r
        };
        if n > 0 {
            powu(a, n as u64)
        } else {
            if n < 0 && a.re == 0.0 && a.im == 0.0 {
                return Err(zero_pow(vm));
            }
            div(vm, Complex { re: 1.0, im: 0.0 }, powu(a, n.unsigned_abs()))?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        Complex { re: 1.0, im: 0.0 }
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_pow(vm));
        }
        Complex { re: 0.0, im: 0.0 }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Complex {
            re: len * phase.cos(),
            im: len * phase.sin(),
        }
    };
    if (r.re.is_infinite() || r.im.is_infinite())
        && a.re.is_finite()
        && a.im.is_finite()
        && b.re.is_finite()
        && b.im.is_finite()
    {
        return Err(vm.error(ExcKind::OverflowError, "complex exponentiation"));
    }
    Ok(r)
}

fn zero_pow(vm: &Interp) -> crate::PyErr {
    vm.error(
        ExcKind::ZeroDivisionError,
        "0.0 to a negative or complex power",
    )
}

/// A binary operator: `reflected` swaps the operands (`__radd__`).
fn binop(vm: &Interp, a: &Args, name: &str, reflected: bool, op: char) -> PyResult<Value> {
    let z = this(vm, a, name)?;
    let Some(w) = a.pos.get(1) else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
    };
    let Some(w) = as_complex(vm, w)? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (w, z) } else { (z, w) };
    let r = match op {
        '+' => Complex {
            re: x.re + y.re,
            im: x.im + y.im,
        },
        '-' => Complex {
            re: x.re - y.re,
            im: x.im - y.im,
        },
        '*' => mul(x, y),
        '/' => div(vm, x, y)?,
        _ => {
            if a.pos.get(2).is_some_and(|m| !matches!(m, Value::None)) {
                return Err(vm.value_error("complex modulo"));
            }
            pow(vm, x, y)?
        }
    };
    Ok(Complex::value(r.re, r.im))
}

fn eq(vm: &Interp, a: &Args, negate: bool) -> PyResult<Value> {
    let z = this(vm, a, "__eq__")?;
    let Some(w) = a.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    // An int compares exactly (not through a rounded float).
    let same = match w {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            z.im == 0.0 && ops::eq(vm, &Value::Float(z.re), w)?
        }
        _ => match as_complex(vm, w)? {
            Some(w) => z == w,
            None => return Ok(Value::NotImplemented),
        },
    };
    Ok(Value::Bool(same != negate))
}

/// Turns `v` into a complex for the constructor, through `__complex__`,
/// `__float__` or `__index__`.
fn convert(vm: &Interp, v: &Value, first: bool) -> PyResult<Complex> {
    if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__complex__", vec![])? {
        return match r.native::<Complex>() {
            Some(z) => Ok(*z),
            None => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(vm, &r)
            ))),
        };
    }
    if let Some(z) = as_complex(vm, v)? {
        return Ok(z);
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = crate::protocol::classes::call_dunder(vm, v, name, vec![])?
            && let Some(f) = ops::to_f64(vm, &r)?
        {
            return Ok(Complex { re: f, im: 0.0 });
        }
    }
    // A float or int subclass's value.
    let u = crate::protocol::types::construct::unwrap(v);
    if !matches!(u, Value::Instance(_))
        && let Some(z) = as_complex(vm, &u)?
    {
        return Ok(z);
    }
    Err(vm.type_error(if first {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(vm, v)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            type_name(vm, v)
        )
    }))
}

/// `complex(real=0, imag=0)` and `complex(string)`.
fn complex_new(vm: &Interp, a: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check, param};
    const SIG: Sig = Sig::function("complex", Style::Kw, 0, 0).named(&["real", "imag"], 0);
    check(vm, &a, &SIG)?;
    let (re, im) = (param(&a, &SIG, 0), param(&a, &SIG, 1));
    if let Some(Value::Str(s)) = re {
        if im.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse(vm, s) {
            Some(z) => Ok(Complex::value(z.re, z.im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(Value::Str(_)) = im {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let is_complex = |v: &Value| v.native::<Complex>().is_some();
    let r = match re {
        Some(v) => convert(vm, v, true)?,
        None => Complex { re: 0.0, im: 0.0 },
    };
    let Some(im) = im else {
        return Ok(Complex::value(r.re, r.im));
    };
    let i = convert(vm, im, false)?;
    // (a+bj) + (c+dj)*1j, as CPython computes it: a part is only added
    // when it came from a complex (so complex(0.0, -0.0) keeps its -0.0).
    let mut real = r.re;
    let mut imag = i.re;
    if is_complex(im) {
        real -= i.im;
    }
    if re.is_some_and(is_complex) || r.im != 0.0 {
        imag += r.im;
    }
    Ok(Complex::value(real, imag))
}

/// CPython's `complex_from_string`: `1`, `2j`, `1+2j`, `(1-j)`, spaces
/// around, `_` between digits.
pub fn parse(vm: &Interp, s: &str) -> Option<Complex> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    let b = t.as_bytes();
    // Split at a sign that is not at the start and not after an exponent.
    let mut split = None;
    for i in 1..b.len() {
        if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
            split = Some(i);
        }
    }
    let float = |x: &str| -> Option<f64> {
        if x.is_empty() || x.contains(char::is_whitespace) {
            return None;
        }
        crate::protocol::types::construct::parse_float(vm, x).ok()
    };
    let imag = |x: &str| -> Option<f64> {
        let x = x.strip_suffix(['j', 'J'])?;
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(x),
        }
    };
    match split {
        Some(i) => {
            let (r, j) = t.split_at(i);
            Some(Complex {
                re: float(r)?,
                im: imag(j)?,
            })
        }
        None if t.ends_with(['j', 'J']) => Some(Complex {
            re: 0.0,
            im: imag(t)?,
        }),
        None => Some(Complex {
            re: float(t)?,
            im: 0.0,
        }),
    }
}

/// Registers the constructor and methods of `complex`.
pub fn install(vm: &Interp) {
    let class = vm.other_class("complex");
    class.new.set(Some(complex_new));
    crate::object::model::add_methods(
        &class,
        "complex",
        &[
            ("__add__", |vm, a| binop(vm, &a, "__add__", false, '+')),
            ("__radd__", |vm, a| binop(vm, &a, "__radd__", true, '+')),
            ("__sub__", |vm, a| binop(vm, &a, "__sub__", false, '-')),
            ("__rsub__", |vm, a| binop(vm, &a, "__rsub__", true, '-')),
            ("__mul__", |vm, a| binop(vm, &a, "__mul__", false, '*')),
            ("__rmul__", |vm, a| binop(vm, &a, "__rmul__", true, '*')),
            ("__truediv__", |vm, a| {
                binop(vm, &a, "__truediv__", false, '/')
            }),
            ("__rtruediv__", |vm, a| {
                binop(vm, &a, "__rtruediv__", true, '/')
            }),
            ("__pow__", |vm, a| binop(vm, &a, "__pow__", false, '^')),
            ("__rpow__", |vm, a| binop(vm, &a, "__rpow__", true, '^')),
            ("__eq__", |vm, a| eq(vm, &a, false)),
            ("__ne__", |vm, a| eq(vm, &a, true)),
            ("__neg__", |vm, a| {
                let z = this(vm, &a, "__neg__")?;
                Ok(Complex::value(-z.re, -z.im))
            }),
            ("__pos__", |vm, a| {
                let z = this(vm, &a, "__pos__")?;
                Ok(Complex::value(z.re, z.im))
            }),
            ("__abs__", |vm, a| {
                let z = this(vm, &a, "__abs__")?;
                let r = z.re.hypot(z.im);
                if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
                    return Err(vm.error(ExcKind::OverflowError, "absolute value too large"));
                }
                Ok(Value::Float(r))
            }),
            ("__bool__", |vm, a| {
                let z = this(vm, &a, "__bool__")?;
                Ok(Value::Bool(z.re != 0.0 || z.im != 0.0))
            }),
            ("conjugate", |vm, a| {
                let z = this(vm, &a, "conjugate")?;
                Ok(Complex::value(z.re, -z.im))
            }),
            ("__complex__", |vm, a| {
                let z = this(vm, &a, "__complex__")?;
                Ok(Complex::value(z.re, z.im))
            }),
            ("__getnewargs__", |vm, a| {
                let z = this(vm, &a, "__getnewargs__")?;
                Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
            }),
            ("__format__", |vm, a| {
                let z = this(vm, &a, "__format__")?;
                use crate::protocol::text::format_spec::{format_complex, parse};
                match a.pos.get(1) {
                    Some(Value::Str(s)) if s.is_empty() => Ok(Value::str(&complex_repr(z))),
                    Some(Value::Str(s)) => parse(s, "complex")
                        .and_then(|spec| format_complex(z.re, z.im, &spec, "complex"))
                        .map(|t| Value::str(&t))
                        .map_err(|e| crate::protocol::text::format::format_error(vm, e)),
                    _ => Err(vm.type_error("__format__() argument must be str")),
                }
            }),
        ],
    );
}
