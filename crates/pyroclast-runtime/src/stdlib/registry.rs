//! The table of modules implemented in Rust: `import name` looks here before
//! searching the script's folder. Also the small toolkit the module files
//! share: module and class construction, argument parsing, and running the
//! embedded Python sources some modules are partly written in.

#[path = "collections.rs"]
pub mod collections;
#[path = "dataclasses.rs"]
pub mod dataclasses;
#[path = "functools.rs"]
pub mod functools;
#[path = "itertools.rs"]
pub mod itertools;
#[path = "math.rs"]
pub mod math;
#[path = "operator.rs"]
pub mod operator;
#[path = "random.rs"]
pub mod random;
#[path = "sys.rs"]
pub mod sys;
#[path = "time.rs"]
pub mod time;
#[path = "typing.rs"]
pub mod typing;

use std::cell::Cell;
use std::rc::Rc;

use crate::object::model::{Class, Code, Layout, Namespace, namespace};
use crate::object::value::{Args, BuiltinFn, Value};
use crate::{Interp, PyResult};

/// Creates the named built-in module, or `None` when there is no such module.
pub fn builtin_module(vm: &Interp, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => sys::module(vm)?,
        "math" => math::module(vm)?,
        "time" => time::module(vm)?,
        "random" => random::module(vm)?,
        "typing" => typing::module(vm)?,
        "collections" => collections::module(vm)?,
        "dataclasses" => dataclasses::module(vm)?,
        "functools" => functools::module(vm)?,
        "itertools" => itertools::module(vm)?,
        "operator" => operator::module(vm)?,
        _ => return Ok(None),
    };
    Ok(Some(m))
}

/// A fresh module namespace holding `entries`.
pub fn namespace_with(entries: Vec<(&str, Value)>) -> Rc<Namespace> {
    let ns = Rc::new(namespace());
    {
        let mut d = ns.borrow_mut();
        for (k, v) in entries {
            d.insert(Rc::from(k), v);
        }
    }
    ns
}

/// Builtin functions as `(name, value)` module entries.
pub fn functions(table: &[(&'static str, BuiltinFn)]) -> Vec<(&'static str, Value)> {
    table
        .iter()
        .map(|(n, f)| (*n, crate::object::value::builtin(n, *f)))
        .collect()
}

/// Runs embedded Python `src` in `globals` (a module namespace that already
/// has `__name__` set); `name` is used for the `<frozen name>` file name.
pub fn run_python(vm: &Interp, name: &str, src: &str, globals: Rc<Namespace>) -> PyResult<()> {
    let module = pyroclast_syntax::parse_module(src).map_err(|e| {
        vm.error(
            "SystemError",
            format!("frozen module {name} failed to parse: {}", e.msg),
        )
    })?;
    let code = Rc::new(Code {
        filename: Rc::from(format!("<frozen {name}>")),
        source: Rc::from(src),
    });
    // Functions and classes keep their own `Rc`s of the parts of the tree
    // they need, so the module can be dropped once its body has run.
    crate::eval::run_module_body(vm, &module, code, globals)
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

/// Adds builtin methods (bound to instances on lookup) to a class.
pub fn add_methods(class: &Rc<Class>, owner: &'static str, methods: &[(&'static str, BuiltinFn)]) {
    let mut d = class.dict.borrow_mut();
    for (n, f) in methods {
        d.insert(Rc::from(*n), crate::object::value::method(owner, n, *f));
    }
}

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
