//! The Rust part of `abc`: the collection flag that decides whether `match`
//! sequence and mapping patterns accept a class's instances (CPython's
//! `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`, set from an ABC's
//! `__abc_tpflags__` and by `register`). The rest is `python/abc.py`.

use super::toolkit::functions;
use crate::object::model::{MAPPING, Namespace, SEQUENCE};
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::{Interp, PyResult};

/// CPython's flag values, as `__abc_tpflags__` spells them.
const PY_SEQUENCE: i64 = 1 << 5;
const PY_MAPPING: i64 = 1 << 6;

/// `_collection_flag(cls)`: the flag the class has or inherits (0, or
/// CPython's value); `_collection_flag(cls, flag)` sets it on a class
/// written in Python (builtin types keep theirs, as CPython's immutable
/// types do).
fn collection_flag(vm: &Interp, a: Args) -> PyResult<Value> {
    check(
        vm,
        &a,
        &Sig::function("_collection_flag", Style::Clinic, 1, 2),
    )?;
    let Value::Class(class) = &a.pos[0] else {
        return Err(vm.type_error("_collection_flag() argument 1 must be a class"));
    };
    let own = class
        .mro_iter()
        .map(|c| c.marker.get() & (SEQUENCE | MAPPING))
        .find(|&f| f != 0)
        .unwrap_or(0);
    let Some(flag) = a.pos.get(1) else {
        return Ok(Value::Int(match own {
            SEQUENCE => PY_SEQUENCE,
            MAPPING => PY_MAPPING,
            _ => 0,
        }));
    };
    let bits = match flag {
        Value::Int(f) if f & (PY_SEQUENCE | PY_MAPPING) == PY_SEQUENCE | PY_MAPPING => {
            return Err(vm.type_error(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
            ));
        }
        Value::Int(f) if f & PY_SEQUENCE != 0 => SEQUENCE,
        Value::Int(f) if f & PY_MAPPING != 0 => MAPPING,
        _ => 0,
    };
    if bits != 0 && !class.builtin {
        let m = class.marker.get() & !(SEQUENCE | MAPPING);
        class.marker.set(m | bits);
    }
    Ok(Value::None)
}

/// Fills the Rust part of `abc`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(ns, functions(&[("_collection_flag", collection_flag)]));
    Ok(())
}
