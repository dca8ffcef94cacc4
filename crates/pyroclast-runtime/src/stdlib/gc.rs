//! `gc`: the cycle collector's controls (`object/gc.rs` does the work,
//! `protocol/gc.rs` runs finalizers).

use super::toolkit::functions;
use crate::object::gc;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, bind, check};
use crate::protocol::types::construct::index_arg;
use crate::{Interp, PyResult};

const NO_ARGS: fn(&'static str) -> Sig<'static> =
    |name| Sig::module("gc", name, Style::NoArgs, 0, 0);

/// `gc.collect(generation=2)`.
fn collect(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("gc", "collect", Style::Kw, 0, 0).named(&["generation"], 0);
    let (_, p) = bind(vm, a, &SIG)?;
    let generation = match &p[0] {
        Some(g) => index_arg(vm, g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(Value::Int(
        crate::protocol::gc::collect(vm, generation as usize) as i64,
    ))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("set_threshold", Style::Legacy, 1, 3))?;
    let mut t = gc::thresholds();
    for (slot, v) in t.iter_mut().zip(&a.pos) {
        // CPython stores C ints; a negative threshold never triggers.
        *slot = usize::try_from(index_arg(vm, v)?).unwrap_or(usize::MAX);
    }
    gc::set_thresholds(t);
    Ok(Value::None)
}

fn ints(values: [usize; 3]) -> Value {
    Value::tuple(values.iter().map(|&v| Value::Int(v as i64)).collect())
}

/// Builds the `gc` module.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = functions(&[
        ("collect", collect),
        ("set_threshold", set_threshold),
        ("enable", |vm, a| {
            check(vm, &a, &NO_ARGS("enable"))?;
            gc::set_enabled(true);
            Ok(Value::None)
        }),
        ("disable", |vm, a| {
            check(vm, &a, &NO_ARGS("disable"))?;
            gc::set_enabled(false);
            Ok(Value::None)
        }),
        ("isenabled", |vm, a| {
            check(vm, &a, &NO_ARGS("isenabled"))?;
            Ok(Value::Bool(gc::is_enabled()))
        }),
        ("get_count", |vm, a| {
            check(vm, &a, &NO_ARGS("get_count"))?;
            Ok(ints(gc::counts()))
        }),
        ("get_threshold", |vm, a| {
            check(vm, &a, &NO_ARGS("get_threshold"))?;
            Ok(ints(gc::thresholds()))
        }),
    ]);
    // Objects the collector could not free: with finalizers run before
    // clearing (PEP 442) there are none, as in CPython without DEBUG_SAVEALL.
    entries.push(("garbage", Value::list(vec![])));
    super::toolkit::fill(ns, entries);
    Ok(())
}
