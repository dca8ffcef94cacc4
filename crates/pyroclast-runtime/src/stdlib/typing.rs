//! `typing`: written in embedded Python (`py/typing.py`). Annotations are
//! not evaluated for functions, so the objects only need to exist and to be
//! subscriptable where modules subscript them at run time.

use crate::object::value::Value;
use crate::{Interp, PyResult};

const SOURCE: &str = include_str!("py/typing.py");

/// Builds the `typing` module.
pub fn module(vm: &Interp) -> PyResult<Value> {
    let ns = super::namespace_with(vec![]);
    let m = vm.new_module("typing", ns.clone());
    super::run_python(vm, "typing", SOURCE, ns)?;
    Ok(m)
}
