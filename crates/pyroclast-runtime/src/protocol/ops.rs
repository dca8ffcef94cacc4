//! Operators with Python semantics: arithmetic with int overflow promotion,
//! rich comparisons with reflection, equality, hashing, truthiness, `repr`
//! and `str`, and the dunder fallbacks for user classes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use pyroclast_syntax::ast::{BinOp, CmpOp};

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::Value;
use crate::protocol::text::float_repr::float_repr;
use crate::{Interp, PyResult};

/// The class of any value.
pub fn type_of(vm: &Interp, v: &Value) -> Rc<Class> {
    let t = &vm.types;
    match v {
        Value::None => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Bytes(_) => t.bytes.clone(),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) => {
            if s.frozen {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin.clone(),
        Value::Method(_) => t.method.clone(),
        Value::Class(c) => c
            .metaclass
            .borrow()
            .clone()
            .unwrap_or_else(|| t.type_.clone()),
        Value::Instance(i) => i.class.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Native(n) => n.class(vm),
    }
}

/// `type(v).__name__`.
pub fn type_name(vm: &Interp, v: &Value) -> Rc<str> {
    type_of(vm, v).name.clone()
}

/// An int value as a big integer.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

/// A numeric value as f64 (ints convert with CPython's rounding).
pub fn to_f64(vm: &Interp, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => match crate::protocol::text::format_spec::bigint_to_f64(b) {
            Some(f) => Some(f),
            None => {
                return Err(vm.error(ExcKind::OverflowError, "int too large to convert to float"));
            }
        },
        _ => None,
    })
}

pub use crate::object::value::{fast_eq, float_to_bigint};

/// Python's key semantics for dict and set tables: `hash()` and `==`.
impl crate::object::dict::KeySemantics for Interp {
    fn key_hash(&self, v: &Value) -> PyResult<i64> {
        hash(self, v)
    }
    fn key_eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        eq(self, a, b)
    }
}

/// Python `a == b`.
pub fn eq(vm: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    let r = compare(vm, CmpOp::Eq, a, b)?;
    truthy(vm, &r)
}

/// Python truthiness.
pub fn truthy(vm: &Interp, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Set(s) => !s.items.borrow().is_empty(),
        Value::Instance(_) | Value::Native(_) => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__bool__", vec![])? {
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => Err(vm.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        type_name(vm, &other)
                    ))),
                };
            }
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__len__", vec![])? {
                return Ok(len_result(vm, &r)? != 0);
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
            {
                return truthy(vm, &p);
            }
            if let Value::Native(n) = v
                && (n.as_any().is::<crate::protocol::iter::Range>()
                    || n.as_any().is::<crate::protocol::iter::DictView>())
            {
                return Ok(crate::protocol::ops::length(vm, v)? != 0);
            }
            true
        }
        _ => true,
    })
}

/// Checks a `__len__` result as CPython does.
pub fn len_result(vm: &Interp, r: &Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Bool(b) => Ok(*b as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, other)
        ))),
    }
}

/// Quotes a str as `repr()` does.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_printable(c: char) -> bool {
    crate::protocol::text::unicode::is_printable(c)
}

/// `repr(bytes)`.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// A big int in decimal, within `sys.get_int_max_str_digits()`.
pub fn bigint_decimal(vm: &Interp, b: &BigInt) -> PyResult<String> {
    let limit = vm.int_max_str_digits.get();
    let too_long = || {
        vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // A number of `bits` bits has more than (bits - 1) * log10(2) digits:
    // refuse clearly oversized values before the (superlinear) conversion.
    if limit > 0 && (b.bits().saturating_sub(1) as f64) * std::f64::consts::LOG10_2 >= limit as f64
    {
        return Err(too_long());
    }
    let s = b.to_string();
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return Err(too_long());
    }
    Ok(s)
}

/// `repr(v)`.
pub fn repr(vm: &Interp, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => bigint_decimal(vm, b)?,
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => repr_str(s),
        Value::Bytes(b) => repr_bytes(b),
        Value::List(l) => {
            let items = l.borrow().clone();
            with_repr_guard(vm, v, "[...]", || {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        Value::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr(vm, &t[0])?)
            } else {
                with_repr_guard(vm, v, "(...)", || Ok(format!("({})", join_reprs(vm, t)?)))?
            }
        }
        Value::Dict(d) => {
            let items = d.borrow().items();
            with_repr_guard(vm, v, "{...}", || {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", repr(vm, k)?, repr(vm, val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Value::Set(s) => {
            let items = s.items.borrow().keys();
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                format!("{name}()")
            } else if s.frozen {
                format!("frozenset({{{}}})", join_reprs(vm, &items)?)
            } else {
                format!("{{{}}}", join_reprs(vm, &items)?)
            }
        }
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
        Value::Builtin(b) => match b.owner {
            Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name),
            None => format!("<built-in function {}>", b.name),
        },
        Value::Method(m) => {
            let (self_, func) = &**m;
            match func {
                Value::Builtin(b) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name(vm, self_),
                    self_.id()
                ),
                Value::Function(f) => format!(
                    "<bound method {} of {}>",
                    f.qualname.borrow(),
                    repr(vm, self_)?
                ),
                _ => "<bound method>".into(),
            }
        }
        Value::Class(c) => {
            if c.metaclass.borrow().is_some()
                && let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__repr__", vec![])?
            {
                return to_str(vm, &r);
            }
            if &*c.module == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        Value::Module(m) => match m.kind.get() {
            crate::object::model::ModuleKind::Builtin => {
                format!("<module '{}' (built-in)>", m.name)
            }
            crate::object::model::ModuleKind::Frozen => format!("<module '{}' (frozen)>", m.name),
            _ => format!("<module '{}'>", m.name),
        },
        Value::Instance(inst) => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__repr__", vec![])? {
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(vm.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(vm, &other)
                    ))),
                };
            }
            if inst.exc.is_some() {
                return crate::protocol::traceback::exception_repr(vm, inst);
            }
            if let Some(p) = inst.payload.borrow().clone() {
                return repr(vm, &p);
            }
            default_repr(vm, v)
        }
        Value::Native(n) => match n.repr(vm) {
            Some(r) => r?,
            None => default_repr(vm, v),
        },
    })
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &Interp, v: &Value) -> String {
    let c = type_of(vm, v);
    if &*c.module == "builtins" {
        format!("<{} object at {:#x}>", c.qualname, v.id())
    } else {
        format!("<{}.{} object at {:#x}>", c.module, c.qualname, v.id())
    }
}

fn join_reprs(vm: &Interp, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for i in items {
        parts.push(repr(vm, i)?);
    }
    Ok(parts.join(", "))
}

thread_local! {
    /// Containers being repr'd, to print `[...]` for self-references.
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn with_repr_guard(
    vm: &Interp,
    v: &Value,
    placeholder: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let id = v.id();
    if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
        return Ok(placeholder.into());
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
    let _ = vm;
    let r = f();
    REPR_ACTIVE.with(|a| a.borrow_mut().pop());
    r
}

/// `str(v)`.
pub fn to_str(vm: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Instance(inst) => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__str__", vec![])? {
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(vm.type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(vm, &other)
                    ))),
                };
            }
            if inst.exc.is_some() {
                return crate::protocol::traceback::exception_str(vm, v);
            }
            if let Some(Value::Str(s)) = inst.payload.borrow().clone() {
                return Ok(s.to_string());
            }
            repr(vm, v)
        }
        _ => repr(vm, v),
    }
}

/// The `Rc<str>` of `str(v)`, without copying when `v` is a str.
pub fn to_str_rc(vm: &Interp, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Ok(Rc::from(to_str(vm, other)?)),
    }
}

const HASH_MODULUS: u64 = (1u64 << 61) - 1;

fn hash_bigint(b: &BigInt) -> i64 {
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

fn hash_float(f: f64) -> i64 {
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

fn frexp(f: f64) -> (f64, i32) {
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

fn hash_str(s: &str) -> i64 {
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
fn hash_tuple(vm: &Interp, items: &[Value]) -> PyResult<i64> {
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
        Value::Tuple(t) => hash_tuple(vm, t)?,
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
                h ^= hash(vm, &k)?.wrapping_mul(0x5bd1e995);
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
                Some(Value::Function(_)) => {
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
        Value::Native(n) => n.stable_hash().unwrap_or((v.id() >> 4) as i64),
        _ => (v.id() >> 4) as i64,
    })
}

/// Default hashes of user objects: a per-interpreter sequence,
/// deterministic across runs (CPython's are address-based, also stable
/// between runs) and independent of other interpreters on the thread.
fn next_hash_seq(vm: &Interp) -> i64 {
    let n = vm.hash_seq.get();
    vm.hash_seq.set(n + 1);
    n
}

fn int_op(op: BinOp, a: i64, b: i64) -> Option<Value> {
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

fn big_op(vm: &Interp, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
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
            let Some(e) = b.to_u32() else {
                return Err(vm.error(ExcKind::MemoryError, ""));
            };
            if a.bits() as u128 * e as u128 > (1u128 << 30) {
                return Err(vm.error(ExcKind::MemoryError, ""));
            }
            vm.reserve((a.bits() as usize * e as usize) / 8)?;
            Value::from_bigint(num_traits::Pow::pow(a, e))
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

fn big_to_f64(vm: &Interp, b: &BigInt) -> PyResult<f64> {
    crate::protocol::text::format_spec::bigint_to_f64(b)
        .ok_or_else(|| vm.error(ExcKind::OverflowError, "int too large to convert to float"))
}

/// int / int, correctly rounded like CPython.
fn true_divide(vm: &Interp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
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

fn float_op(vm: &Interp, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    let r = float_op_raw(vm, op, a, b)?;
    Ok(match r {
        Value::Float(f) if f.is_nan() => Value::Float(fresh_nan()),
        other => other,
    })
}

fn float_op_raw(vm: &Interp, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
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
                return Err(vm.value_error(
                    "Pyroclast has no complex numbers: negative number raised to a fractional power",
                ));
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
fn unsupported(vm: &Interp, op: BinOp, a: &Value, b: &Value) -> crate::PyErr {
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

fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
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
            let mut v = x.borrow().clone();
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
            return Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))));
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
            return Ok(Value::Set(Rc::new(crate::object::value::SetObj {
                items: std::cell::RefCell::new(s.items.borrow().clone()),
                frozen: false,
            })));
        }
        return Ok(r);
    }
    if op == BinOp::Add && matches!(a, Str(_)) {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(vm, b)
        )));
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
        if is_seq(a) && !is_int(b) {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(vm, b)
            )));
        }
        if is_seq(b) && !is_int(a) {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(vm, a)
            )));
        }
    }
    Err(unsupported(vm, op, a, b))
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
            if let Value::Int(n) = b {
                let items = l.borrow().clone();
                let n = repeat_count(vm, items.len(), *n, SLOT)?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
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
                    crate::protocol::types::methods::with_table(vm, d, |t| t.set(vm, k, v))?;
                }
                return Ok(a.clone());
            }
        }
        (_, Value::Instance(_)) => {
            let (_, _, iname) = dunder_names(op);
            if let Some(r) = crate::protocol::classes::call_dunder(vm, a, iname, vec![b.clone()])?
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
fn dispatch_dunder(
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
        && let Some(r) = usable(crate::protocol::classes::call_dunder(
            vm,
            b,
            rname,
            vec![a.clone()],
        )?)
    {
        return Ok(Some(r));
    }
    if let Some(r) = usable(crate::protocol::classes::call_dunder(
        vm,
        a,
        name,
        vec![b.clone()],
    )?) {
        return Ok(Some(r));
    }
    if !b_first
        && (reflect_same_type || !same)
        && let Some(r) = usable(crate::protocol::classes::call_dunder(
            vm,
            b,
            rname,
            vec![a.clone()],
        )?)
    {
        return Ok(Some(r));
    }
    Ok(None)
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

fn ordering_result(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        _ => false,
    }
}

/// Compares two sequences lexicographically, as lists and tuples do.
fn compare_seq(vm: &Interp, op: CmpOp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b.iter()) {
        if x.is(y) {
            continue;
        }
        if !eq(vm, x, y)? {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::NotEq {
                return Ok(true);
            }
            let r = compare(vm, op, x, y)?;
            return truthy(vm, &r);
        }
    }
    Ok(ordering_result(op, a.len().cmp(&b.len())))
}

/// Rich comparison `a op b` for `==`, `!=`, `<`, `<=`, `>`, `>=`.
pub fn compare(vm: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => return Ok(Bool(ordering_result(op, x.cmp(y)))),
        (Str(x), Str(y)) => return Ok(Bool(ordering_result(op, x.as_ref().cmp(y.as_ref())))),
        (Float(x), Float(y)) => {
            return Ok(Bool(match x.partial_cmp(y) {
                Some(o) => ordering_result(op, o),
                Option::None => op == CmpOp::NotEq,
            }));
        }
        (Int(_) | BigInt(_) | Bool(_), Int(_) | BigInt(_) | Bool(_)) => {
            if let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) {
                return Ok(Bool(ordering_result(op, x.cmp(&y))));
            }
        }
        (Float(_) | Int(_) | BigInt(_) | Bool(_), Float(_) | Int(_) | BigInt(_) | Bool(_)) => {
            let o = num_cmp(a, b);
            return Ok(Bool(match o {
                Some(o) => ordering_result(op, o),
                Option::None => op == CmpOp::NotEq,
            }));
        }
        (Bytes(x), Bytes(y)) => return Ok(Bool(ordering_result(op, x.cmp(y)))),
        (List(x), List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return Ok(Bool(compare_seq(vm, op, &x, &y)?));
        }
        (Tuple(x), Tuple(y)) => return Ok(Bool(compare_seq(vm, op, x, y)?)),
        (Dict(x), Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let equal = dict_eq(vm, &x.borrow(), &y.borrow())?;
            return Ok(Bool(equal == (op == CmpOp::Eq)));
        }
        (Set(x), Set(y)) => {
            return Ok(Bool(crate::protocol::types::sets::set_compare(
                vm, op, x, y,
            )?));
        }
        (Native(_), _) | (_, Native(_))
            if (a
                .native::<crate::protocol::iter::DictView>()
                .is_some_and(|v| v.part != crate::protocol::iter::DictPart::Values)
                || b.native::<crate::protocol::iter::DictView>()
                    .is_some_and(|v| v.part != crate::protocol::iter::DictPart::Values))
                && !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) =>
        {
            if let (Some(x), Some(y)) = (view_as_set(vm, a)?, view_as_set(vm, b)?)
                && matches!(a, Native(_) | Set(_))
                && matches!(b, Native(_) | Set(_))
            {
                return compare(vm, op, &x, &y);
            }
            return Ok(Bool(op == CmpOp::NotEq));
        }
        (Native(x), Native(y))
            if matches!(op, CmpOp::Eq | CmpOp::NotEq)
                && x.as_any().is::<UnionType>()
                && y.as_any().is::<UnionType>() =>
        {
            let (ux, uy) = (a.native::<UnionType>(), b.native::<UnionType>());
            let same = match (ux, uy) {
                (Some(ux), Some(uy)) => {
                    ux.args.len() == uy.args.len()
                        && ux.args.iter().all(|p| uy.args.iter().any(|q| q.is(p)))
                }
                _ => false,
            };
            return Ok(Bool(same == (op == CmpOp::Eq)));
        }
        (Native(x), Native(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            use crate::protocol::iter::Range;
            if let (Some(r), Some(q)) = (
                x.as_any().downcast_ref::<Range>(),
                y.as_any().downcast_ref::<Range>(),
            ) {
                let (n, m) = (r.len(), q.len());
                let same =
                    n == m && (n == 0 || (r.start == q.start && (n == 1 || r.step == q.step)));
                return Ok(Bool(same == (op == CmpOp::Eq)));
            }
        }
        _ => {}
    }
    let (name, reflected) = cmp_names(op);
    if let Some(r) = dispatch_dunder(vm, a, b, name, reflected, true)? {
        return Ok(r);
    }
    if op == CmpOp::NotEq
        && let Some(r) = crate::protocol::classes::call_dunder(vm, a, "__eq__", vec![b.clone()])?
        && !matches!(r, NotImplemented)
    {
        return Ok(Bool(!truthy(vm, &r)?));
    }
    let pa = payload_of(a);
    let pb = payload_of(b);
    if pa.is_some() || pb.is_some() {
        let x = pa.unwrap_or_else(|| a.clone());
        let y = pb.unwrap_or_else(|| b.clone());
        return compare(vm, op, &x, &y);
    }
    match op {
        CmpOp::Eq => Ok(Bool(a.is(b))),
        CmpOp::NotEq => Ok(Bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(vm, a),
            type_name(vm, b)
        ))),
    }
}

fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) => num_cmp(other, &Value::Float(*x)).map(|o| o.reverse()),
        (i, Value::Float(f)) => {
            let i = to_bigint(i)?;
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if *f > 0.0 {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                });
            }
            let fl = float_to_bigint(f.floor())?;
            match i.cmp(&fl) {
                std::cmp::Ordering::Equal => {
                    if f.fract() == 0.0 {
                        Some(std::cmp::Ordering::Equal)
                    } else {
                        Some(std::cmp::Ordering::Less)
                    }
                }
                o => Some(o),
            }
        }
        _ => None,
    }
}

fn dict_eq(
    vm: &Interp,
    a: &crate::object::dict::Dict,
    b: &crate::object::dict::Dict,
) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(vm, &k)? {
            Some(w) => {
                if !v.is(&w) && !eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// The repeat count for `seq * n`, refusing results too large to allocate
/// (CPython would raise MemoryError too, rather than abort the process).
fn repeat_count(vm: &Interp, len: usize, n: i64, item: usize) -> PyResult<usize> {
    let n = n.max(0) as usize;
    if len.saturating_mul(n) > 1 << 28 {
        return Err(vm.error(ExcKind::MemoryError, ""));
    }
    vm.reserve_items(len * n, item)?;
    Ok(n)
}

/// Counts a freshly built large result against the memory budget.
fn tracked(vm: &Interp, v: Value) -> PyResult<Value> {
    vm.track(&v);
    Ok(v)
}

const SLOT: usize = std::mem::size_of::<Value>();

/// The builtin value wrapped by an instance of a builtin subclass.
fn payload_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.payload.borrow().clone(),
        _ => None,
    }
}

/// Python `a < b` as a bool, for sorting and min/max.
pub fn less_than(vm: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        _ => {
            let r = compare(vm, CmpOp::Lt, a, b)?;
            truthy(vm, &r)
        }
    }
}

/// A set from a set, a dict keys/items view or (for the other operand) any
/// iterable; `None` when the value can't take part in a view set operation.
fn view_as_set(vm: &Interp, v: &Value) -> PyResult<Option<Value>> {
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

fn union_member(v: &Value) -> bool {
    matches!(v, Value::None | Value::Class(_)) || v.native::<UnionType>().is_some()
}

fn union_of(a: &Value, b: &Value) -> Value {
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

/// `len(v)`.
pub fn length(vm: &Interp, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => {
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        }
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.items.borrow().len(),
        Value::Native(n) if n.as_any().is::<crate::protocol::iter::Range>() => n
            .as_any()
            .downcast_ref::<crate::protocol::iter::Range>()
            .map_or(0, |r| r.len() as usize),
        Value::Native(n) if n.as_any().is::<crate::protocol::iter::DictView>() => n
            .as_any()
            .downcast_ref::<crate::protocol::iter::DictView>()
            .map_or(0, |d| d.dict.borrow().len()),
        _ => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__len__", vec![])? {
                return len_result(vm, &r);
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
            {
                return length(vm, &p);
            }
            if let Value::Native(_) = v
                && let Ok(f) = crate::protocol::classes::getattr(vm, v, "__len__")
            {
                let r = crate::protocol::call::call(vm, &f, crate::object::value::Args::default())?;
                return len_result(vm, &r);
            }
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                type_name(vm, v)
            )));
        }
    })
}

impl Interp {
    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        crate::protocol::ops::hash(self, v)
    }
}
