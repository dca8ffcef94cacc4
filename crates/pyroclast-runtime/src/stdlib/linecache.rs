//! The Rust part of `linecache`: the source text of files the interpreter
//! ran or imported, which it keeps (an embedded interpreter may have no
//! file to read). The rest of the module is `python/linecache.py`.

use super::toolkit::functions;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::{Interp, PyResult};

/// `_source(filename)`: the text of a file run or imported, or None.
fn source(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_source", Style::One, 1, 1))?;
    let Value::Str(name) = &a.pos[0] else {
        return Ok(Value::None);
    };
    Ok(vm
        .sources
        .borrow()
        .get(&**name)
        .map_or(Value::None, |s| Value::Str(s.clone())))
}

/// Fills the Rust part of `linecache`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(ns, functions(&[("_source", source)]));
    Ok(())
}
