//! `importlib`'s Rust part: what the Python API (`python/importlib.py`)
//! needs from the importer (`importer.rs`).

use super::toolkit::{check_pos, functions};
use crate::object::model::Namespace;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::{Interp, PyResult};

/// Adds `_reload` and `_find_spec`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(ns, functions(FUNCTIONS));
    Ok(())
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[("_reload", reload), ("_find_spec", find_spec)];

fn reload(vm: &Interp, a: Args) -> PyResult<Value> {
    check_pos(vm, "reload", &a, 1, 1)?;
    super::importer::reload(vm, &a.pos[0])
}

fn find_spec(vm: &Interp, a: Args) -> PyResult<Value> {
    check_pos(vm, "_find_spec", &a, 2, 2)?;
    let name = crate::protocol::ops::to_str_rc(vm, &a.pos[0])?;
    super::importer::find_spec(vm, &name, &a.pos[1])
}
