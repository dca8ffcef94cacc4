//! `random`: CPython's `random.Random` on the bit-exact Mersenne Twister.
//! Every method follows CPython 3.11's algorithm so seeded sequences match.
//! The module-level functions are bound methods of one hidden instance, as
//! in CPython; that instance is kept per interpreter.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use super::toolkit::{add_methods, bind_args, cached_class, new_class, this, with_native};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Layout, Namespace};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::f64_arg;
use crate::stdlib::mersenne::MersenneTwister;
use crate::{Interp, PyResult};

/// A `random.Random` instance.
pub struct PyRandom {
    mt: RefCell<MersenneTwister>,
    gauss_next: Cell<Option<f64>>,
}

impl Native for PyRandom {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        random_class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl PyRandom {
    fn random(&self) -> f64 {
        self.mt.borrow_mut().random()
    }
    fn below(&self, n: &BigInt) -> BigInt {
        match n.to_u64() {
            Some(k) => BigInt::from(self.mt.borrow_mut().randbelow_u64(k)),
            None => {
                let u = n.to_biguint().unwrap_or_default();
                BigInt::from_biguint(Sign::Plus, self.mt.borrow_mut().randbelow(&u))
            }
        }
    }
    fn below_usize(&self, n: usize) -> usize {
        self.mt.borrow_mut().randbelow_u64(n as u64) as usize
    }
}

const METHOD_NAMES: &[&str] = &[
    "seed",
    "random",
    "getrandbits",
    "randrange",
    "randint",
    "choice",
    "shuffle",
    "sample",
    "choices",
    "uniform",
    "gauss",
    "normalvariate",
    "expovariate",
    "triangular",
    "betavariate",
    "gammavariate",
    "lognormvariate",
    "vonmisesvariate",
    "paretovariate",
    "weibullvariate",
    "randbytes",
    "getstate",
    "setstate",
];

fn random_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "random.Random", |vm| {
        let c = new_class(
            vm,
            "Random",
            "random",
            vec![],
            Layout::Object,
            "Random",
            METHODS,
        );
        c.dict.borrow_mut().insert(
            Rc::from("__new__"),
            crate::object::value::builtin("__new__", random_new),
        );
        add_methods(&c, "Random", &[("__init__", |_, _| Ok(Value::None))]);
        c
    })
}

/// Builds the `random` module.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let class = random_class(vm);
    let inst = Value::Native(Rc::new(PyRandom {
        mt: RefCell::new(MersenneTwister::from_time_or_os()),
        gauss_next: Cell::new(None),
    }));
    vm.module_state
        .borrow_mut()
        .insert("random", Rc::new(inst.clone()));
    let mut entries = vec![("Random", Value::Class(class))];
    for name in METHOD_NAMES {
        entries.push((name, crate::protocol::classes::getattr(vm, &inst, name)?));
    }
    super::toolkit::fill(ns, entries);
    Ok(())
}

fn random_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let r = PyRandom {
        mt: RefCell::new(MersenneTwister::from_time_or_os()),
        gauss_next: Cell::new(None),
    };
    if let Some(x) = a.pos.get(1) {
        seed_with(vm, &r, x)?;
    }
    Ok(Value::Native(Rc::new(r)))
}

fn rng<R>(vm: &Interp, a: &Args, f: impl FnOnce(&PyRandom) -> PyResult<R>) -> PyResult<R> {
    let s = this(vm, a)?;
    with_native::<PyRandom, _>(vm, &s, "random.Random", f)
}

/// The method's arguments without the receiver.
fn rest(mut a: Args) -> Args {
    Args {
        pos: std::mem::take(&mut a.pos).into_iter().skip(1).collect(),
        kw: std::mem::take(&mut a.kw),
    }
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("seed", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "seed", rest(a), &["a", "version"], 0)?;
        let x = v[0].clone().unwrap_or(Value::None);
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| seed_with(vm, r, &x))?;
        Ok(Value::None)
    }),
    ("random", |vm, a| {
        rng(vm, &a, |r| Ok(Value::Float(r.random())))
    }),
    ("getrandbits", |vm, a| {
        let k =
            crate::protocol::types::construct::index_arg(vm, a.pos.get(1).unwrap_or(&Value::None))?;
        if k < 0 {
            return Err(vm.value_error("number of bits must be non-negative"));
        }
        let k = u32::try_from(k)
            .map_err(|_| vm.error(ExcKind::OverflowError, "getrandbits() bit count too large"))?;
        rng(vm, &a, |r| {
            let b: BigUint = r.mt.borrow_mut().getrandbits(k);
            Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, b)))
        })
    }),
    ("randrange", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "randrange", rest(a), &["start", "stop", "step"], 1)?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            randrange(vm, r, &v[0], &v[1], &v[2])
        })
    }),
    ("randint", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "randint", rest(a), &["a", "b"], 2)?;
        let b = v[1].clone().unwrap_or(Value::None);
        let stop = ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Add, &b, &Value::Int(1))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            randrange(vm, r, &v[0], &Some(stop), &None)
        })
    }),
    ("choice", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "choice", rest(a), &["seq"], 1)?;
        let seq = v[0].clone().unwrap_or(Value::None);
        let n = crate::protocol::ops::length(vm, &seq)?;
        if n == 0 {
            return Err(vm.error(ExcKind::IndexError, "Cannot choose from an empty sequence"));
        }
        let i = with_native::<PyRandom, _>(vm, &s, "random.Random", |r| Ok(r.below_usize(n)))?;
        crate::protocol::containers::getitem(vm, &seq, &Value::Int(i as i64))
    }),
    ("shuffle", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "shuffle", rest(a), &["x"], 1)?;
        let x = v[0].clone().unwrap_or(Value::None);
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| shuffle(vm, r, &x))?;
        Ok(Value::None)
    }),
    ("sample", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "sample", rest(a), &["population", "k", "counts"], 2)?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| sample(vm, r, &v))
    }),
    ("choices", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(
            vm,
            "choices",
            rest(a),
            &["population", "weights", "cum_weights", "k"],
            1,
        )?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| choices(vm, r, &v))
    }),
    ("uniform", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "uniform", rest(a), &["a", "b"], 2)?;
        let lo = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        let hi = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            Ok(Value::Float(lo + (hi - lo) * r.random()))
        })
    }),
    ("gauss", |vm, a| {
        let s = this(vm, &a)?;
        let (mu, sigma) = mu_sigma(vm, rest(a), "gauss")?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            let z = match r.gauss_next.take() {
                Some(z) => z,
                None => {
                    let x2pi = r.random() * std::f64::consts::TAU;
                    let g2rad = (-2.0 * (1.0 - r.random()).ln()).sqrt();
                    r.gauss_next.set(Some(x2pi.sin() * g2rad));
                    x2pi.cos() * g2rad
                }
            };
            Ok(Value::Float(mu + z * sigma))
        })
    }),
    ("normalvariate", |vm, a| {
        let s = this(vm, &a)?;
        let (mu, sigma) = mu_sigma(vm, rest(a), "normalvariate")?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            Ok(Value::Float(mu + normal_z(r) * sigma))
        })
    }),
    ("lognormvariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "lognormvariate", rest(a), &["mu", "sigma"], 2)?;
        let mu = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        let sigma = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            Ok(Value::Float((mu + normal_z(r) * sigma).exp()))
        })
    }),
    ("expovariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "expovariate", rest(a), &["lambd"], 1)?;
        let l = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            let u = r.random();
            if l == 0.0 {
                return Err(vm.error(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(-(1.0 - u).ln() / l))
        })
    }),
    ("triangular", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "triangular", rest(a), &["low", "high", "mode"], 0)?;
        let mut low = match &v[0] {
            Some(x) => f64_arg(vm, x)?,
            None => 0.0,
        };
        let mut high = match &v[1] {
            Some(x) => f64_arg(vm, x)?,
            None => 1.0,
        };
        let mode = match &v[2] {
            Some(Value::None) | None => None,
            Some(x) => Some(f64_arg(vm, x)?),
        };
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            let mut u = r.random();
            let mut c = match mode {
                None => 0.5,
                Some(m) => {
                    if high == low {
                        return Ok(Value::Float(low));
                    }
                    (m - low) / (high - low)
                }
            };
            if u > c {
                u = 1.0 - u;
                c = 1.0 - c;
                std::mem::swap(&mut low, &mut high);
            }
            Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
        })
    }),
    ("gammavariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "gammavariate", rest(a), &["alpha", "beta"], 2)?;
        let alpha = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        let beta = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            gammavariate(vm, r, alpha, beta).map(Value::Float)
        })
    }),
    ("betavariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "betavariate", rest(a), &["alpha", "beta"], 2)?;
        let alpha = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        let beta = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            let y = gammavariate(vm, r, alpha, 1.0)?;
            if y == 0.0 {
                return Ok(Value::Float(0.0));
            }
            let z = gammavariate(vm, r, beta, 1.0)?;
            Ok(Value::Float(y / (y + z)))
        })
    }),
    ("vonmisesvariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "vonmisesvariate", rest(a), &["mu", "kappa"], 2)?;
        let mu = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        let kappa = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            use std::f64::consts::{PI, TAU};
            if kappa <= 1e-6 {
                return Ok(Value::Float(TAU * r.random()));
            }
            let s = 0.5 / kappa;
            let rr = s + (1.0 + s * s).sqrt();
            let z = loop {
                let u1 = r.random();
                let z = (PI * u1).cos();
                let d = z / (rr + z);
                let u2 = r.random();
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                    break z;
                }
            };
            let q = 1.0 / rr;
            let f = (q + z) / (1.0 + q * z);
            let u3 = r.random();
            let theta = if u3 > 0.5 {
                (mu + f.acos()).rem_euclid(TAU)
            } else {
                (mu - f.acos()).rem_euclid(TAU)
            };
            Ok(Value::Float(theta))
        })
    }),
    ("paretovariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "paretovariate", rest(a), &["alpha"], 1)?;
        let alpha = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            let u = 1.0 - r.random();
            Ok(Value::Float(u.powf(-1.0 / alpha)))
        })
    }),
    ("weibullvariate", |vm, a| {
        let s = this(vm, &a)?;
        let v = bind_args(vm, "weibullvariate", rest(a), &["alpha", "beta"], 2)?;
        let alpha = f64_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?;
        let beta = f64_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
        with_native::<PyRandom, _>(vm, &s, "random.Random", |r| {
            let u = 1.0 - r.random();
            Ok(Value::Float(alpha * (-u.ln()).powf(1.0 / beta)))
        })
    }),
    ("randbytes", |vm, a| {
        let n =
            crate::protocol::types::construct::index_arg(vm, a.pos.get(1).unwrap_or(&Value::None))?;
        if n < 0 {
            return Err(vm.value_error("negative argument not allowed"));
        }
        rng(vm, &a, |r| {
            let bits = r.mt.borrow_mut().getrandbits((n * 8) as u32);
            let mut bytes = bits.to_bytes_le();
            bytes.resize(n as usize, 0);
            Ok(Value::Bytes(Rc::from(bytes)))
        })
    }),
    ("getstate", |vm, a| {
        rng(vm, &a, |r| {
            let mt = r.mt.borrow();
            let (words, index) = mt.state();
            let mut items: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
            items.push(Value::Int(index as i64));
            let gauss = match r.gauss_next.get() {
                Some(g) => Value::Float(g),
                None => Value::None,
            };
            Ok(Value::tuple(vec![
                Value::Int(3),
                Value::tuple(items),
                gauss,
            ]))
        })
    }),
    ("setstate", |vm, a| {
        let state = a.pos.get(1).cloned().unwrap_or(Value::None);
        let parts = crate::protocol::iter::collect(vm, &state)?;
        if parts.len() != 3 {
            return Err(
                vm.value_error("state with version 3 passed to Random.setstate() of version 3")
            );
        }
        let words = crate::protocol::iter::collect(vm, &parts[1])?;
        if words.len() != 625 {
            return Err(vm.value_error("state vector is the wrong size"));
        }
        let mut st = [0u32; 624];
        for (i, w) in words[..624].iter().enumerate() {
            st[i] = crate::protocol::types::construct::index_arg(vm, w)? as u32;
        }
        let index = crate::protocol::types::construct::index_arg(vm, &words[624])?;
        let gauss = match &parts[2] {
            Value::None => None,
            g => Some(f64_arg(vm, g)?),
        };
        rng(vm, &a, |r| {
            let Some(mt) = usize::try_from(index)
                .ok()
                .and_then(|i| MersenneTwister::from_state(st, i))
            else {
                return Err(vm.value_error("invalid state"));
            };
            *r.mt.borrow_mut() = mt;
            r.gauss_next.set(gauss);
            Ok(Value::None)
        })
    }),
];

fn mu_sigma(vm: &Interp, a: Args, name: &str) -> PyResult<(f64, f64)> {
    let v = bind_args(vm, name, a, &["mu", "sigma"], 0)?;
    let mu = match &v[0] {
        Some(x) => f64_arg(vm, x)?,
        None => 0.0,
    };
    let sigma = match &v[1] {
        Some(x) => f64_arg(vm, x)?,
        None => 1.0,
    };
    Ok((mu, sigma))
}

fn normal_z(r: &PyRandom) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = r.random();
        let u2 = 1.0 - r.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

fn gammavariate(vm: &Interp, r: &PyRandom, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    const LOG4: f64 = std::f64::consts::LN_2 * 2.0;
    let sg_magicconst = 1.0 + 4.5f64.ln();
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - LOG4;
        let ccc = alpha + ainv;
        loop {
            let u1 = r.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - r.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let rr = bbb + ccc * v - x;
            if rr + sg_magicconst - 4.5 * z >= 0.0 || rr >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - r.random()).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = r.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = r.random();
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    return Ok(x * beta);
                }
            } else if u1 <= (-x).exp() {
                return Ok(x * beta);
            }
        }
    }
}

/// `Random.seed(a)` for version 2.
fn seed_with(vm: &Interp, r: &PyRandom, a: &Value) -> PyResult<()> {
    r.gauss_next.set(None);
    let n: BigInt = match a {
        Value::None => {
            *r.mt.borrow_mut() = MersenneTwister::from_time_or_os();
            return Ok(());
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            ops::to_bigint(a).unwrap_or_default().abs()
        }
        Value::Str(s) => seed_bytes(s.as_bytes()),
        Value::Bytes(b) => seed_bytes(b),
        Value::Float(_) => BigInt::from(vm.hash(a)?).abs(),
        other => {
            if let Value::Instance(i) = other
                && let Some(p) = i.payload.borrow().clone()
            {
                return seed_with(vm, r, &p);
            }
            return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ));
        }
    };
    r.mt.borrow_mut().seed_from_bigint(&n);
    let _ = type_name(vm, a);
    Ok(())
}

/// `int.from_bytes(a + sha512(a).digest(), 'big')`.
fn seed_bytes(a: &[u8]) -> BigInt {
    let mut buf = a.to_vec();
    buf.extend_from_slice(&sha512(a));
    BigInt::from_bytes_be(Sign::Plus, &buf)
}

/// Index argument of randrange: ints, or int-valued floats (deprecated in
/// CPython 3.11 but still accepted).
fn range_arg(vm: &Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    // An int subclass's value is read directly, as `operator.index` does.
    if let Some(b) = ops::to_bigint(&crate::protocol::types::construct::unwrap(v)) {
        return Ok(b);
    }
    if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])?
        && let Some(b) = ops::to_bigint(&r)
    {
        return Ok(b);
    }
    if let Value::Float(f) = v {
        if f.fract() == 0.0
            && let Some(b) = ops::float_to_bigint(*f)
        {
            return Ok(b);
        }
        if f.is_finite() {
            return Err(vm.value_error(format!("non-integer {what} for randrange()")));
        }
        return Err(vm.error(
            if f.is_nan() {
                ExcKind::ValueError
            } else {
                ExcKind::OverflowError
            },
            if f.is_nan() {
                "cannot convert float NaN to integer"
            } else {
                "cannot convert float infinity to integer"
            },
        ));
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(vm, v)
    )))
}

fn randrange(
    vm: &Interp,
    r: &PyRandom,
    start: &Option<Value>,
    stop: &Option<Value>,
    step: &Option<Value>,
) -> PyResult<Value> {
    let start = start.clone().unwrap_or(Value::None);
    let istart = range_arg(vm, &start, "arg 1")?;
    let stop = match stop {
        None | Some(Value::None) => {
            if step.is_some() {
                return Err(vm.type_error("Missing a non-None stop argument"));
            }
            if istart.is_positive() {
                return Ok(Value::from_bigint(r.below(&istart)));
            }
            return Err(vm.value_error("empty range for randrange()"));
        }
        Some(s) => s.clone(),
    };
    let istop = range_arg(vm, &stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(vm, s, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(Value::from_bigint(istart + r.below(&width)));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        Integer::div_floor(&(&width + &istep - 1i32), &istep)
    } else if istep.is_negative() {
        Integer::div_floor(&(&width + &istep + 1i32), &istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    Ok(Value::from_bigint(istart + istep * r.below(&n)))
}

use num_integer::Integer;

fn shuffle(vm: &Interp, r: &PyRandom, x: &Value) -> PyResult<()> {
    if let Value::List(l) = x {
        let n = l.borrow().len();
        for i in (1..n).rev() {
            let j = r.below_usize(i + 1);
            l.borrow_mut().swap(i, j);
        }
        return Ok(());
    }
    let n = crate::protocol::ops::length(vm, x)?;
    for i in (1..n).rev() {
        let j = r.below_usize(i + 1);
        let (ii, jj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = crate::protocol::containers::getitem(vm, x, &ii)?;
        let b = crate::protocol::containers::getitem(vm, x, &jj)?;
        crate::protocol::containers::setitem(vm, x, ii, b)?;
        crate::protocol::containers::setitem(vm, x, jj, a)?;
    }
    Ok(())
}

fn is_sequence(vm: &Interp, v: &Value) -> bool {
    match crate::protocol::types::construct::unwrap(v) {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => true,
        Value::Native(n) => n.as_any().is::<crate::protocol::iter::Range>(),
        Value::Instance(_) => {
            crate::protocol::classes::has_dunder(vm, v, "__getitem__")
                && crate::protocol::classes::has_dunder(vm, v, "__len__")
        }
        _ => false,
    }
}

fn sample(vm: &Interp, r: &PyRandom, v: &[Option<Value>]) -> PyResult<Value> {
    let population = v[0].clone().unwrap_or(Value::None);
    if !is_sequence(vm, &population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = crate::protocol::ops::length(vm, &population)?;
    let k_value = v[1].clone().unwrap_or(Value::None);
    if let Some(counts) = &v[2]
        && !matches!(counts, Value::None)
    {
        let counts = crate::protocol::iter::collect(vm, counts)?;
        let mut cum = Vec::with_capacity(counts.len());
        let mut total = Value::Int(0);
        for c in &counts {
            total = ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Add, &total, c)?;
            cum.push(total.clone());
        }
        if cum.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        cum.pop();
        let Some(total) = ops::to_bigint(&total) else {
            return Err(vm.type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(vm.value_error("Total of counts must be greater than zero"));
        }
        let range = Value::Native(Rc::new(crate::protocol::iter::Range {
            start: 0,
            stop: total.to_i64().unwrap_or(i64::MAX),
            step: 1,
        }));
        let picks = sample(vm, r, &[Some(range), Some(k_value), None])?;
        let mut out = Vec::new();
        for s in crate::protocol::iter::collect(vm, &picks)? {
            // bisect_right(cum, s)
            let (mut lo, mut hi) = (0usize, cum.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if ops::less_than(vm, &s, &cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(crate::protocol::containers::getitem(
                vm,
                &population,
                &Value::Int(lo as i64),
            )?);
        }
        return Ok(Value::list(out));
    }
    let k = crate::protocol::types::construct::index_arg(vm, &k_value)?;
    if k < 0 || k as usize > n {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut result = Vec::with_capacity(k);
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(e.ceil() as u32);
    }
    if n <= setsize {
        let mut pool = crate::protocol::iter::collect(vm, &population)?;
        for i in 0..k {
            let j = r.below_usize(n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = r.below_usize(n);
            while selected.contains(&j) {
                j = r.below_usize(n);
            }
            selected.insert(j);
            result.push(crate::protocol::containers::getitem(
                vm,
                &population,
                &Value::Int(j as i64),
            )?);
        }
    }
    Ok(Value::list(result))
}

fn choices(vm: &Interp, r: &PyRandom, v: &[Option<Value>]) -> PyResult<Value> {
    let population = v[0].clone().unwrap_or(Value::None);
    let n = crate::protocol::ops::length(vm, &population)?;
    let k = match &v[3] {
        Some(k) => crate::protocol::types::construct::index_arg(vm, k)?.max(0) as usize,
        None => 1,
    };
    let weights = v[1].clone().filter(|w| !matches!(w, Value::None));
    let cum_weights = v[2].clone().filter(|w| !matches!(w, Value::None));
    let cum: Vec<Value> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (r.random() * nf).floor() as i64;
                out.push(crate::protocol::containers::getitem(
                    vm,
                    &population,
                    &Value::Int(i),
                )?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => {
            if !crate::protocol::iter::is_iterable(vm, &w) {
                if let Value::Int(k) = w {
                    return Err(vm.type_error(format!(
                        "The number of choices must be a keyword argument: k={k}"
                    )));
                }
                return Err(
                    vm.type_error(format!("'{}' object is not iterable", type_name(vm, &w)))
                );
            }
            let mut acc: Option<Value> = None;
            let mut out = Vec::new();
            for x in crate::protocol::iter::collect(vm, &w)? {
                let next = match acc {
                    None => x,
                    Some(a) => ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Add, &a, &x)?,
                };
                out.push(next.clone());
                acc = Some(next);
            }
            out
        }
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        (None, Some(c)) => crate::protocol::iter::collect(vm, &c)?,
    };
    if cum.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let total = match cum.last() {
        Some(t) => f64_arg(vm, t)? + 0.0,
        None => {
            return Err(vm.error(ExcKind::IndexError, "list index out of range"));
        }
    };
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = Value::Float(r.random() * total);
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if ops::less_than(vm, &x, &cum[mid])? {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(crate::protocol::containers::getitem(
            vm,
            &population,
            &Value::Int(lo as i64),
        )?);
    }
    Ok(Value::list(out))
}

// ---------------------------------------------------------------- SHA-512

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 of `data` (FIPS 180-4).
fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, word) in w.iter_mut().enumerate().take(16) {
            let mut b = [0u8; 8];
            b.copy_from_slice(&block[i * 8..i * 8 + 8]);
            *word = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K512[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sha512;

    #[test]
    fn sha512_known_answers() {
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
    }
}
