//! `weakref`: the reference type is Rust (`protocol/types/weakref.rs`);
//! proxies, `WeakMethod`, the weak containers and `finalize` are Python
//! (`python/weakref.py`) built on it, as CPython builds them.

use super::toolkit::functions;
use crate::object::model::Namespace;
use crate::object::value::Value;
use crate::protocol::types::weakref::{CLASS, getweakrefcount, getweakrefs};
use crate::{Interp, PyResult};

/// Fills the Rust part of `weakref`.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let class = Value::Class(vm.other_class(CLASS));
    let mut entries = functions(&[
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
    ]);
    entries.push(("ref", class.clone()));
    entries.push(("ReferenceType", class));
    super::toolkit::fill(ns, entries);
    Ok(())
}
