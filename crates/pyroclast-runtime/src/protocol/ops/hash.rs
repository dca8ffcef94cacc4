//! hash() of every builtin value, bit-for-bit as CPython computes it
//! (numeric hashes modulo 2**61 - 1, tuple hashing with xxHash's rounds).

use super::*;
use crate::object::value::Value;
use crate::{Interp, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

pub(crate) const HASH_MODULUS: u64 = (1u64 << 61) - 1;

pub(crate) fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's numeric hash of an i64.
pub fn hash_int(i: i64) -> i64 {
    if (-(HASH_MODULUS as i64) + 1..HASH_MODULUS as i64).contains(&i) {
        return if i == -1 { -2 } else { i };
    }
    hash_bigint(&BigInt::from(i))
}

pub(crate) fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0
        && let Some(b) = float_to_bigint(f)
    {
        return hash_bigint(&b);
    }
    // CPython's algorithm for non-integral floats.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub(crate) fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

pub(crate) fn hash_str(s: &str) -> i64 {
    // FNV-1a: strings hash differently per process in CPython anyway,
    // except the empty string, whose hash CPython fixes at 0.
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// CPython's tuple hash (xxHash-based, 3.8+).
pub(crate) fn hash_tuple(vm: &Interp, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = hash(vm, item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `hash(v)`.
pub fn hash(vm: &Interp, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => hash_int(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(*f),
        Value::Str(s) => hash_str(s),
        Value::Bytes(b) => hash_str(&String::from_utf8_lossy(b)),
        // CPython hashes nested tuples and frozensets with no depth limit;
        // the Rust stack grows on the heap instead of overflowing.
        Value::Tuple(t) => stacker::maybe_grow(64 * 1024, 1024 * 1024, || hash_tuple(vm, t))?,
        Value::None => 0xFCA86420,
        Value::List(_) | Value::Dict(_) => {
            return Err(vm.type_error(format!("unhashable type: '{}'", type_name(vm, v))));
        }
        Value::Set(s) => {
            if !s.frozen {
                return Err(vm.type_error("unhashable type: 'set'"));
            }
            let mut h: i64 = 0;
            for k in s.items.borrow().keys() {
                let kh = stacker::maybe_grow(64 * 1024, 1024 * 1024, || hash(vm, &k))?;
                h ^= kh.wrapping_mul(0x5bd1e995);
            }
            h
        }
        Value::Instance(inst) => {
            let class = &inst.class;
            // A builtin base listed before any user __hash__ (`class C(str,
            // Enum)`) hashes the builtin value.
            if let Some(p) = inst.payload.borrow().clone() {
                let builtin_first = class.mro_iter().find_map(|c| {
                    if c.dict.borrow().contains_key("__hash__") {
                        Some(false)
                    } else {
                        c.builtin.then_some(true)
                    }
                });
                if builtin_first == Some(true) {
                    return hash(vm, &p);
                }
            }
            match class.lookup("__hash__") {
                Some(Value::None) => {
                    return Err(vm.type_error(format!("unhashable type: '{}'", class.name)));
                }
                // A user class's own `__hash__`, also a builtin one
                // (`__hash__ = int.__hash__`).
                Some(f)
                    if matches!(f, Value::Function(_))
                        || class
                            .mro_iter()
                            .find(|c| c.dict.borrow().contains_key("__hash__"))
                            .is_some_and(|c| !c.builtin) =>
                {
                    let r = crate::protocol::classes::call_dunder(vm, v, "__hash__", vec![])?;
                    match r {
                        Some(Value::Int(i)) => i,
                        Some(Value::BigInt(b)) => hash_bigint(&b),
                        Some(Value::Bool(b)) => b as i64,
                        _ => return Err(vm.type_error("__hash__ method should return an integer")),
                    }
                }
                _ => {
                    if class
                        .lookup("__eq__")
                        .is_some_and(|e| matches!(e, Value::Function(_)))
                    {
                        return Err(vm.type_error(format!("unhashable type: '{}'", class.name)));
                    }
                    if let Some(p) = inst.payload.borrow().clone() {
                        return hash(vm, &p);
                    }
                    if inst.hash_seq.get() == 0 {
                        inst.hash_seq.set(next_hash_seq(vm));
                    }
                    inst.hash_seq.get()
                }
            }
        }
        Value::Native(n) => match n.py_hash(vm) {
            Some(h) => h?,
            // Objects with a stable hash (tasks, futures) are hashable; the
            // class lookup is left to the others.
            None => match n.stable_hash() {
                Some(h) => h,
                None => {
                    unhashable_by_class(vm, v)?;
                    (v.id() >> 4) as i64
                }
            },
        },
        _ => {
            unhashable_by_class(vm, v)?;
            (v.id() >> 4) as i64
        }
    })
}

/// A type whose `__hash__` is None (`slice`, dict views, `deque`, ...) is
/// unhashable: the class dict says so, as in CPython.
fn unhashable_by_class(vm: &Interp, v: &Value) -> PyResult<()> {
    let class = crate::protocol::ops::type_of(vm, v);
    if matches!(class.lookup("__hash__"), Some(Value::None)) {
        return Err(vm.type_error(format!("unhashable type: '{}'", class.name)));
    }
    Ok(())
}

/// Marks the built-in types CPython leaves unhashable (`__hash__ = None`
/// in their dict), so `hash()`, `list.__hash__ is None` and
/// `collections.abc.Hashable` agree.
pub fn install_unhashable(vm: &Interp) {
    let t = &vm.types;
    let named = ["dict_keys", "dict_items", "slice"].map(|n| vm.other_class(n));
    for class in [&t.list, &t.dict, &t.set].into_iter().chain(named.iter()) {
        class
            .dict
            .borrow_mut()
            .insert(std::rc::Rc::from("__hash__"), Value::None);
    }
}

/// Default hashes of user objects: a per-interpreter sequence,
/// deterministic across runs (CPython's are address-based, also stable
/// between runs) and independent of other interpreters on the thread.
pub(crate) fn next_hash_seq(vm: &Interp) -> i64 {
    let n = vm.hash_seq.get();
    vm.hash_seq.set(n + 1);
    n
}
