//! The tuple type's methods.

use std::rc::Rc;

use crate::object::value::{Args, Value};
use crate::protocol::containers::{self};
use crate::protocol::types::support::*;
use crate::{Interp, PyResult};

/// Registers the methods of tuple.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    t.tuple.new.set(Some(tuple_new));
    crate::object::model::add_methods(
        &t.tuple,
        "tuple",
        &[
            ("index", tuple_index),
            ("count", tuple_count),
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
        ],
    );
}

fn tuple_self(vm: &Interp, args: &Args, name: &str) -> PyResult<Rc<crate::object::value::Tuple>> {
    match receiver(vm, args, "tuple", name)? {
        Value::Tuple(t) => Ok(t),
        other => Err(wrong_self(vm, "tuple", name, &other)),
    }
}

fn tuple_index(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "index")?;
    arg_count(vm, &args, "tuple", "index", 1, 3)?;
    let start = bound(vm, args.pos.get(2), t.len(), 0)?;
    let stop = bound(vm, args.pos.get(3), t.len(), t.len())?;
    let x = &args.pos[1];
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if same(vm, item, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "count")?;
    let x = one_arg(vm, &args, "tuple", "count")?;
    let mut n = 0i64;
    for item in t.iter() {
        if same(vm, item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "__len__")?;
    no_args(vm, &args, "tuple", "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn tuple_getitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "__getitem__")?;
    let i = one_arg(vm, &args, "tuple", "__getitem__")?;
    containers::getitem(vm, &Value::Tuple(t), &i)
}

fn tuple_contains(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "__contains__")?;
    let x = one_arg(vm, &args, "tuple", "__contains__")?;
    for item in t.iter() {
        if same(vm, item, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `tuple(iterable=(), /)`; only the positional count is checked (a
/// subclass's `__init__` may take keywords).
fn tuple_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check};
    // Keywords too: `tuple(x=1)` is "takes no keyword arguments".
    check(vm, &args, &Sig::function("tuple", Style::Clinic, 0, 1))?;
    Ok(match args.pos.first() {
        None => Value::tuple(vec![]),
        Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
        Some(v) => Value::tuple(crate::protocol::iter::collect(vm, v)?),
    })
}
