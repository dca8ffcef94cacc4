//! `dataclasses`: written in embedded Python (`py/dataclasses.py`).

use crate::object::value::Value;
use crate::{Interp, PyResult};

const SOURCE: &str = include_str!("py/dataclasses.py");

/// Builds the `dataclasses` module.
pub fn module(vm: &Interp) -> PyResult<Value> {
    let ns = super::namespace_with(vec![]);
    let m = vm.new_module("dataclasses", ns.clone());
    super::run_python(vm, "dataclasses", SOURCE, ns)?;
    Ok(m)
}
