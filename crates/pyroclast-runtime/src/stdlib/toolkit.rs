//! The small toolkit the module files share: namespaces, functions and
//! classes implemented in Rust, argument checks, natives inside subclass
//! instances.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::model::{Class, Layout, Namespace, namespace};
use crate::object::value::{Args, BuiltinFn, Value};
use crate::{Interp, PyResult};

/// Adds `entries` to a module namespace.
pub fn fill(ns: &Namespace, entries: Vec<(&str, Value)>) {
    let mut d = ns.borrow_mut();
    d.reserve(entries.len());
    for (k, v) in entries {
        d.insert(Rc::from(k), v);
    }
}

/// Builtin functions as `(name, value)` module entries.
pub fn functions(table: &[(&'static str, BuiltinFn)]) -> Vec<(&'static str, Value)> {
    table
        .iter()
        .map(|(n, f)| (*n, crate::object::value::builtin(n, *f)))
        .collect()
}

/// Creates a class implemented in Rust whose methods behave like those of a
/// user class (its dunders are found by the operator fallbacks), so it
/// reports `module.name` and can be subclassed.
pub fn new_class(
    vm: &Interp,
    name: &str,
    module: &str,
    bases: Vec<Rc<Class>>,
    layout: Layout,
    owner: &'static str,
    methods: &[(&'static str, BuiltinFn)],
) -> Rc<Class> {
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    let mro = crate::object::model::linearize(&bases).unwrap_or_default();
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro,
        dict: namespace(),
        layout,
        builtin: false,
        marker: Cell::new(0),
        metaclass: std::cell::RefCell::new(None),
    });
    add_methods(&class, owner, methods);
    class
}

pub use crate::object::model::add_methods;

/// A class stored per interpreter under `key`, built by `build` on first use.
pub fn cached_class(
    vm: &Interp,
    key: &'static str,
    build: impl FnOnce(&Interp) -> Rc<Class>,
) -> Rc<Class> {
    if let Some(c) = vm.types.others.borrow().get(key) {
        return c.clone();
    }
    let c = build(vm);
    vm.types.others.borrow_mut().insert(key, c.clone());
    c
}

/// Binds call arguments to parameter names: positional first, then
/// keywords. Errors use CPython's wording for builtin functions.
pub fn bind_args(
    vm: &Interp,
    fname: &str,
    args: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    if args.pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    for (i, v) in args.pos.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.kw {
        match names.iter().position(|n| **n == *k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Checks that a builtin got no keyword arguments and between `min` and
/// `max` positional ones, with CPython's messages.
pub fn check_pos(vm: &Interp, fname: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 1 {
                format!("{fname}() takes exactly one argument ({n} given)")
            } else {
                format!("{fname} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// The first positional argument (the receiver of a method).
pub fn this(vm: &Interp, args: &Args) -> PyResult<Value> {
    args.pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("method called without its object"))
}

/// Runs `f` on the native object of type `T` inside `v`, which is either
/// the native itself or an instance of a Python subclass carrying it as its
/// payload; a TypeError naming `what` otherwise.
pub fn with_native<T: 'static, R>(
    vm: &Interp,
    v: &Value,
    what: &str,
    f: impl FnOnce(&T) -> PyResult<R>,
) -> PyResult<R> {
    let inner = crate::protocol::types::construct::unwrap(v);
    match inner.native::<T>() {
        Some(t) => f(t),
        None => Err(vm.type_error(format!(
            "descriptor for '{what}' objects doesn't apply to a '{}' object",
            crate::protocol::ops::type_name(vm, v)
        ))),
    }
}

/// A new dict value.
pub fn new_dict(d: crate::object::dict::Dict) -> Value {
    Value::Dict(Rc::new(std::cell::RefCell::new(d)))
}

/// `callable(v)`, as the builtin answers it.
pub fn is_callable(vm: &Interp, v: &Value) -> PyResult<bool> {
    let f = vm.builtins.borrow().get("callable").cloned();
    match f {
        Some(f) => {
            let r = crate::protocol::call::call(vm, &f, Args::new(vec![v.clone()]))?;
            crate::protocol::ops::truthy(vm, &r)
        }
        None => Ok(false),
    }
}
