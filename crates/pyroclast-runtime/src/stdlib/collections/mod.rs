//! `collections`: deque, defaultdict, OrderedDict, Counter and namedtuple.
//!
//! deque is a native object; defaultdict, OrderedDict and Counter are dict
//! subclasses whose instances carry a dict payload; namedtuple builds tuple
//! subclasses whose instances carry a tuple payload.

mod deque;
pub use deque::*;
mod defaultdict;
pub(crate) use defaultdict::*;
mod ordered_dict;
pub(crate) use ordered_dict::*;
mod counter;
pub(crate) use counter::*;
mod namedtuple;
pub use namedtuple::*;

use crate::object::dict::Dict;
use crate::object::model::{Class, Instance, Layout};
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::unwrap;
pub(crate) use crate::protocol::types::support::one_arg;
use crate::stdlib::toolkit::{functions, new_class};
use crate::{Interp, PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// Builds the `collections` module.
pub fn fill(vm: &Interp, ns: &crate::object::model::Namespace) -> PyResult<()> {
    let mut entries = vec![
        ("deque", Value::Class(deque_class(vm))),
        ("defaultdict", Value::Class(defaultdict_class(vm))),
        ("OrderedDict", Value::Class(ordereddict_class(vm))),
        ("Counter", Value::Class(counter_class(vm))),
    ];
    entries.extend(functions(&[("namedtuple", namedtuple)]));
    crate::stdlib::toolkit::fill(ns, entries);
    Ok(())
}

/// A bare instance of a Python-level subclass with `payload` inside.
fn instance_with_payload(class: &Rc<Class>, payload: Value) -> Value {
    Value::instance(Instance::new(class, None, Some(payload)))
}

/// The dict inside a dict-subclass instance.
fn payload_dict(vm: &Interp, v: &Value) -> PyResult<Rc<RefCell<Dict>>> {
    match unwrap(v) {
        Value::Dict(d) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            type_name(vm, v)
        ))),
    }
}

/// The dict inside `v` when it is a dict or a dict subclass instance.
fn as_dict(v: &Value) -> Option<Rc<RefCell<Dict>>> {
    match unwrap(v) {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// Indices of `keys` in descending order, stable for equal keys (what
/// `sorted(..., reverse=True)` gives).
fn stable_desc(vm: &Interp, keys: &[Value]) -> PyResult<Vec<usize>> {
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    let error: RefCell<Option<PyErr>> = RefCell::new(None);
    idx.sort_by(|a, b| {
        if error.borrow().is_some() {
            return std::cmp::Ordering::Equal;
        }
        match ops::less_than(vm, &keys[*b], &keys[*a]) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match ops::less_than(vm, &keys[*a], &keys[*b]) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    *error.borrow_mut() = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                *error.borrow_mut() = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match error.into_inner() {
        Some(e) => Err(e),
        None => Ok(idx),
    }
}

fn is_positive(vm: &Interp, v: &Value) -> PyResult<bool> {
    ops::less_than(vm, &Value::Int(0), v)
}

/// The one argument after self of a method CPython writes in Python
/// (`Counter.__add__(self, other)`), with a Python function's messages.
fn py_arg(vm: &Interp, a: &Args, qualname: &str, param: &str) -> PyResult<Value> {
    use crate::protocol::args::{missing_arguments, too_many_positional};
    let fname = format!("{qualname}()");
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{fname} got an unexpected keyword argument '{}'",
            a.kw[0].0
        )));
    }
    match a.pos.len() {
        2 => Ok(a.pos[1].clone()),
        0 | 1 => Err(vm.type_error(missing_arguments(
            &fname,
            "positional",
            &[format!("'{param}'")],
        ))),
        n => Err(vm.type_error(too_many_positional(&fname, 2, 2, n, 0))),
    }
}

/// The arguments after self of a method with a C signature `sig`.
fn c_args<'a>(vm: &Interp, a: &'a Args, sig: &Sig) -> PyResult<&'a [Value]> {
    check(vm, a, sig)?;
    Ok(&a.pos[1..])
}

fn dict_subclass(
    vm: &Interp,
    name: &str,
    owner: &'static str,
    methods: &[(&'static str, BuiltinFn)],
) -> Rc<Class> {
    new_class(
        vm,
        name,
        "collections",
        vec![vm.types.dict.clone()],
        Layout::Builtin,
        owner,
        methods,
    )
}

/// Fills a dict payload from `dict(*args, **kw)`-style arguments.
fn fill_from(
    vm: &Interp,
    d: &Rc<RefCell<Dict>>,
    pos: &[Value],
    kw: Vec<(Rc<str>, Value)>,
    fname: &str,
) -> PyResult<()> {
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        let mut tmp = Dict::new();
        crate::protocol::types::construct::fill_dict(vm, &mut tmp, src)?;
        let mut d = d.borrow_mut();
        for (k, v) in tmp.items() {
            d.set(vm, k, v)?;
        }
    }
    let mut d = d.borrow_mut();
    for (k, v) in kw {
        d.set(vm, Value::Str(k), v)?;
    }
    Ok(())
}
