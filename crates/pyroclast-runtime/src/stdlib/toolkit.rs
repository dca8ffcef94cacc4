//! The small toolkit the module files share: namespaces, functions and
//! classes implemented in Rust, argument checks, natives inside subclass
//! instances.

use std::rc::Rc;

use crate::object::model::{Class, Layout, Namespace};
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::args::{Sig, Slots, Style, bind, check};
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
        dict: Default::default(),
        tag: Default::default(),
        layout,
        builtin: false,
        marker: crate::object::class_dict::Marker::new(0),
        metaclass: std::cell::RefCell::new(None),
        new: std::cell::Cell::new(None),
        fast_new: std::cell::Cell::new(None),
        vm: std::cell::RefCell::new(std::rc::Weak::new()),
        weakrefs: std::cell::Cell::new(false),
        ctor: std::cell::Cell::new(crate::object::model::CtorPlan::UNSET),
        attrs: std::cell::Cell::new(0),
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

/// Binds a module function's arguments to parameter names (positional
/// first, then keywords; the first `required` must be given), with
/// Argument Clinic's wording. A shorthand over `protocol::args::bind`.
pub(crate) fn bind_args(
    vm: &Interp,
    fname: &str,
    args: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Slots> {
    let sig = Sig::function(fname, Style::KwClinic, 0, 0).named(names, required);
    Ok(bind(vm, args, &sig)?.1)
}

/// A method's receiver and the rest of its arguments, taken out of `a`
/// in place (the argument vector is kept, not copied: it goes back to the
/// spares after the call).
pub(crate) fn split_receiver(vm: &Interp, a: &mut Args) -> PyResult<(Value, Args)> {
    if a.pos.is_empty() {
        return Err(vm.type_error("method called without its object"));
    }
    let mut pos = std::mem::take(&mut a.pos);
    let me = pos.remove(0);
    Ok((
        me,
        Args {
            pos,
            kw: std::mem::take(&mut a.kw),
        },
    ))
}

/// Checks that a module function got no keyword arguments and between
/// `min` and `max` positional ones, with CPython's messages. A shorthand
/// over `protocol::args::check`.
pub fn check_pos(vm: &Interp, fname: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let style = if (min, max) == (1, 1) {
        Style::One
    } else {
        Style::Clinic
    };
    check(vm, args, &Sig::function(fname, style, min, max))
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
    Value::dict(d)
}

/// `callable(v)`.
pub fn is_callable(vm: &Interp, v: &Value) -> PyResult<bool> {
    Ok(crate::protocol::call::is_callable(vm, v))
}
