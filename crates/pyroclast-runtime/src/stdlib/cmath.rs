//! `cmath`: complex math with CPython's algorithms for finite arguments
//! (`sqrt`, `exp`, `log` scale to avoid overflow as `cmathmodule.c`).

use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::ops::type_name;
use crate::protocol::types::complex::{Complex, as_complex};
use crate::{Interp, PyResult};

/// Builds the `cmath` module.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("infj", Complex::value(0.0, f64::INFINITY)),
        ("nanj", Complex::value(0.0, f64::NAN)),
    ];
    entries.extend(super::toolkit::functions(FUNCTIONS));
    super::toolkit::fill(ns, entries);
    Ok(())
}

/// A complex argument: complex, real numbers, `__complex__`/`__float__`.
fn arg(vm: &Interp, v: &Value) -> PyResult<Complex> {
    if let Some(z) = as_complex(vm, v)? {
        return Ok(z);
    }
    if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__complex__", vec![])?
        && let Some(z) = r.native::<Complex>()
    {
        return Ok(*z);
    }
    if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__float__", vec![])?
        && let Value::Float(f) = r
    {
        return Ok(Complex { re: f, im: 0.0 });
    }
    // A float or int subclass's value.
    if let Some(z) = as_complex(vm, &crate::protocol::types::construct::unwrap(v))? {
        return Ok(z);
    }
    Err(vm.type_error(format!("must be real number, not {}", type_name(vm, v))))
}

fn one(vm: &Interp, a: &Args, name: &str) -> PyResult<Complex> {
    if a.pos.len() != 1 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    arg(vm, &a.pos[0])
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// The result of a function of finite `z`: infinities are a range error.
fn done(vm: &Interp, z: Complex, r: Complex) -> PyResult<Value> {
    if finite(z) && !finite(r) {
        return Err(vm.error(ExcKind::OverflowError, "math range error"));
    }
    Ok(Complex::value(r.re, r.im))
}

fn sqrt(z: Complex) -> Complex {
    if z.re == 0.0 && z.im == 0.0 {
        return Complex { re: 0.0, im: z.im };
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Subnormal parts: scale up, then back down.
        let ax = ax * 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        Complex {
            re: s,
            im: d.copysign(z.im),
        }
    } else {
        Complex {
            re: d,
            im: s.copysign(z.im),
        }
    }
}

fn exp(z: Complex) -> Complex {
    let large = f64::MAX.ln() - 1.0;
    let (l, scale) = if z.re > large {
        ((z.re - 1.0).exp(), std::f64::consts::E)
    } else {
        (z.re.exp(), 1.0)
    };
    Complex {
        re: l * z.im.cos() * scale,
        im: l * z.im.sin() * scale,
    }
}

fn log(vm: &Interp, z: Complex) -> PyResult<Complex> {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > f64::MAX / 4.0 || ay > f64::MAX / 4.0 {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let k = 2f64.powi(53);
            (ax * k).hypot(ay * k).ln() - 53.0 * std::f64::consts::LN_2
        } else {
            return Err(vm.value_error("math domain error"));
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(Complex {
        re,
        im: z.im.atan2(z.re),
    })
}

fn not_finite(vm: &Interp, name: &str) -> crate::PyErr {
    vm.value_error(format!(
        "Pyroclast's cmath.{name} takes finite numbers only"
    ))
}

fn abs(vm: &Interp, z: Complex) -> PyResult<f64> {
    let r = z.re.hypot(z.im);
    if r.is_infinite() && finite(z) {
        return Err(vm.error(ExcKind::OverflowError, "absolute value too large"));
    }
    Ok(r)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("sqrt", |vm, a| {
        let z = one(vm, &a, "sqrt")?;
        if !finite(z) {
            return Err(not_finite(vm, "sqrt"));
        }
        done(vm, z, sqrt(z))
    }),
    ("exp", |vm, a| {
        let z = one(vm, &a, "exp")?;
        if !finite(z) {
            return Err(not_finite(vm, "exp"));
        }
        done(vm, z, exp(z))
    }),
    ("log", |vm, a| {
        if a.pos.is_empty() || a.pos.len() > 2 || !a.kw.is_empty() {
            return Err(vm.type_error(format!(
                "log expected 1 or 2 arguments, got {}",
                a.pos.len() + a.kw.len()
            )));
        }
        let z = arg(vm, &a.pos[0])?;
        if !finite(z) {
            return Err(not_finite(vm, "log"));
        }
        let r = log(vm, z)?;
        let Some(b) = a.pos.get(1) else {
            return done(vm, z, r);
        };
        let b = arg(vm, b)?;
        if !finite(b) {
            return Err(not_finite(vm, "log"));
        }
        let lb = log(vm, b)?;
        let q = crate::protocol::ops::binary_op(
            vm,
            pyroclast_syntax::ast::BinOp::Div,
            &Complex::value(r.re, r.im),
            &Complex::value(lb.re, lb.im),
        )?;
        Ok(q)
    }),
    ("log10", |vm, a| {
        let z = one(vm, &a, "log10")?;
        if !finite(z) {
            return Err(not_finite(vm, "log10"));
        }
        let r = log(vm, z)?;
        let ln10 = std::f64::consts::LN_10;
        done(
            vm,
            z,
            Complex {
                re: r.re / ln10,
                im: r.im / ln10,
            },
        )
    }),
    ("phase", |vm, a| {
        let z = one(vm, &a, "phase")?;
        Ok(Value::Float(z.im.atan2(z.re)))
    }),
    ("polar", |vm, a| {
        let z = one(vm, &a, "polar")?;
        let r = abs(vm, z)?;
        Ok(Value::tuple(vec![
            Value::Float(r),
            Value::Float(z.im.atan2(z.re)),
        ]))
    }),
    ("rect", |vm, a| {
        if a.pos.len() != 2 || !a.kw.is_empty() {
            return Err(vm.type_error(format!(
                "rect expected 2 arguments, got {}",
                a.pos.len() + a.kw.len()
            )));
        }
        let r = crate::protocol::types::construct::f64_arg(vm, &a.pos[0])?;
        let phi = crate::protocol::types::construct::f64_arg(vm, &a.pos[1])?;
        if !r.is_finite() || !phi.is_finite() {
            return Err(not_finite(vm, "rect"));
        }
        if phi == 0.0 {
            return Ok(Complex::value(r, r * phi));
        }
        Ok(Complex::value(r * phi.cos(), r * phi.sin()))
    }),
    ("isfinite", |vm, a| {
        let z = one(vm, &a, "isfinite")?;
        Ok(Value::Bool(finite(z)))
    }),
    ("isinf", |vm, a| {
        let z = one(vm, &a, "isinf")?;
        Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
    }),
    ("isnan", |vm, a| {
        let z = one(vm, &a, "isnan")?;
        Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
    }),
    ("isclose", isclose),
    ("acos", |vm, a| finite_fn(vm, &a, "acos", acos)),
    ("acosh", |vm, a| finite_fn(vm, &a, "acosh", acosh)),
    ("asin", |vm, a| {
        finite_fn(vm, &a, "asin", |z| {
            let s = asinh(Complex {
                re: -z.im,
                im: z.re,
            });
            Ok(Complex {
                re: s.im,
                im: -s.re,
            })
        })
    }),
    ("asinh", |vm, a| {
        finite_fn(vm, &a, "asinh", |z| Ok(asinh(z)))
    }),
    ("atan", |vm, a| {
        finite_fn(vm, &a, "atan", |z| {
            let s = atanh(Complex {
                re: -z.im,
                im: z.re,
            })?;
            Ok(Complex {
                re: s.im,
                im: -s.re,
            })
        })
    }),
    ("atanh", |vm, a| finite_fn(vm, &a, "atanh", atanh)),
    ("cos", |vm, a| {
        finite_fn(vm, &a, "cos", |z| {
            Ok(cosh(Complex {
                re: -z.im,
                im: z.re,
            }))
        })
    }),
    ("cosh", |vm, a| finite_fn(vm, &a, "cosh", |z| Ok(cosh(z)))),
    ("sin", |vm, a| {
        finite_fn(vm, &a, "sin", |z| {
            let s = sinh(Complex {
                re: -z.im,
                im: z.re,
            });
            Ok(Complex {
                re: s.im,
                im: -s.re,
            })
        })
    }),
    ("sinh", |vm, a| finite_fn(vm, &a, "sinh", |z| Ok(sinh(z)))),
    ("tan", |vm, a| {
        finite_fn(vm, &a, "tan", |z| {
            let s = tanh(Complex {
                re: -z.im,
                im: z.re,
            });
            Ok(Complex {
                re: s.im,
                im: -s.re,
            })
        })
    }),
    ("tanh", |vm, a| finite_fn(vm, &a, "tanh", |z| Ok(tanh(z)))),
];

/// A function of finite complex numbers: `Err(())` is CPython's EDOM
/// (ValueError), an infinite result its ERANGE (OverflowError).
fn finite_fn(
    vm: &Interp,
    a: &Args,
    name: &str,
    f: fn(Complex) -> Result<Complex, ()>,
) -> PyResult<Value> {
    let z = one(vm, a, name)?;
    if !finite(z) {
        return Err(not_finite(vm, name));
    }
    match f(z) {
        Ok(r) => done(vm, z, r),
        Err(()) => Err(vm.value_error("math domain error")),
    }
}

// The algorithms of CPython's cmathmodule.c for finite arguments.
const LARGE: f64 = f64::MAX / 4.0;
const LN_2: f64 = std::f64::consts::LN_2;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn m_asinh(x: f64) -> f64 {
    super::math::asinh(x)
}

fn acos(z: Complex) -> Result<Complex, ()> {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return Ok(Complex { re, im });
    }
    let s1 = sqrt(Complex {
        re: 1.0 - z.re,
        im: -z.im,
    });
    let s2 = sqrt(Complex {
        re: 1.0 + z.re,
        im: z.im,
    });
    Ok(Complex {
        re: 2.0 * s1.re.atan2(s2.re),
        im: m_asinh(s2.re * s1.im - s2.im * s1.re),
    })
}

fn acosh(z: Complex) -> Result<Complex, ()> {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Ok(Complex {
            re: (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0,
            im: z.im.atan2(z.re),
        });
    }
    let s1 = sqrt(Complex {
        re: z.re - 1.0,
        im: z.im,
    });
    let s2 = sqrt(Complex {
        re: z.re + 1.0,
        im: z.im,
    });
    Ok(Complex {
        re: m_asinh(s1.re * s2.re + s1.im * s2.im),
        im: 2.0 * s1.im.atan2(s2.re),
    })
}

fn asinh(z: Complex) -> Complex {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return Complex {
            re,
            im: z.im.atan2(z.re.abs()),
        };
    }
    let s1 = sqrt(Complex {
        re: 1.0 + z.im,
        im: -z.re,
    });
    let s2 = sqrt(Complex {
        re: 1.0 - z.im,
        im: z.re,
    });
    Complex {
        re: m_asinh(s1.re * s2.im - s2.re * s1.im),
        im: z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    }
}

fn atanh(z: Complex) -> Result<Complex, ()> {
    if z.re < 0.0 {
        let r = atanh(Complex {
            re: -z.re,
            im: -z.im,
        })?;
        return Ok(Complex {
            re: -r.re,
            im: -r.im,
        });
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(Complex {
            re: z.re / 4.0 / h / h,
            im: -(std::f64::consts::FRAC_PI_2).copysign(-z.im),
        });
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(());
        }
        return Ok(Complex {
            re: -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            im: (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        });
    }
    Ok(Complex {
        re: (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0,
        im: -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0,
    })
}

fn cosh(z: Complex) -> Complex {
    if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        return Complex {
            re: z.im.cos() * x.cosh() * std::f64::consts::E,
            im: z.im.sin() * x.sinh() * std::f64::consts::E,
        };
    }
    Complex {
        re: z.im.cos() * z.re.cosh(),
        im: z.im.sin() * z.re.sinh(),
    }
}

fn sinh(z: Complex) -> Complex {
    if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        return Complex {
            re: z.im.cos() * x.sinh() * std::f64::consts::E,
            im: z.im.sin() * x.cosh() * std::f64::consts::E,
        };
    }
    Complex {
        re: z.im.cos() * z.re.sinh(),
        im: z.im.sin() * z.re.cosh(),
    }
}

fn tanh(z: Complex) -> Complex {
    if z.re.abs() > log_large() {
        return Complex {
            re: 1f64.copysign(z.re),
            im: 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        };
    }
    let (tx, ty) = (z.re.tanh(), z.im.tan());
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Complex {
        re: tx * (1.0 + ty * ty) / denom,
        im: ((ty / denom) * cx) * cx,
    }
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &Interp, a: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check, param};
    const SIG: Sig =
        Sig::function("isclose", Style::Kw, 2, 2).named(&["a", "b", "rel_tol", "abs_tol"], 2);
    check(vm, &a, &SIG)?;
    let x = arg(vm, &a.pos[0])?;
    let y = arg(vm, &a.pos[1])?;
    let tol = |i: usize, d: f64| -> PyResult<f64> {
        match param(&a, &SIG, i) {
            Some(v) => crate::protocol::types::construct::f64_arg(vm, v),
            None => Ok(d),
        }
    };
    let (rel, abs_tol) = (tol(2, 1e-9)?, tol(3, 0.0)?);
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if !finite(x) || !finite(y) {
        return Ok(Value::Bool(false));
    }
    let d = Complex {
        re: y.re - x.re,
        im: y.im - x.im,
    };
    let diff = d.re.hypot(d.im);
    let (ax, ay) = (x.re.hypot(x.im), y.re.hypot(y.im));
    Ok(Value::Bool(
        diff <= rel * ay || diff <= rel * ax || diff <= abs_tol,
    ))
}
