//! The builtins CPython's `site` module and `bltinmodule.c` add beyond the
//! functions: `copyright`, `credits`, `license`, `help`, `breakpoint`,
//! `__build_class__` and the module attributes of `builtins`
//! (`__debug__`, `__package__`, `__loader__`, `__spec__`, `__doc__`).

use std::any::Any;
use std::rc::Rc;

use crate::object::model::Class;
use crate::object::value::{Args, Native, Value, builtin};
use crate::protocol::args::{Sig, Style, check};
use crate::{Interp, PyResult};

/// `copyright`, `credits`, `license`: print their text when called, show
/// it as their repr (CPython's `_sitebuiltins._Printer`).
struct Printer {
    text: &'static str,
}

const COPYRIGHT: &str = "Pyroclast, an interpreter for a subset of Python 3.\n\
Python is Copyright (c) Python Software Foundation; Pyroclast is not CPython.";
const CREDITS: &str = "Pyroclast follows the behaviour of CPython 3.11, developed by the \
Python Software Foundation and its contributors; see https://www.python.org/ for CPython's credits.";
const LICENSE: &str = "See the LICENSE file distributed with Pyroclast; CPython's license \
is at https://docs.python.org/3/license.html";

impl Native for Printer {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_sitebuiltins._Printer")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(self.text.to_string()))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(
            check(vm, &args, &Sig::function("__call__", Style::Clinic, 0, 0)).and_then(|_| {
                say(vm, self.text)?;
                Ok(Value::None)
            }),
        )
    }
}

/// `help`: `help()` names what it would do; `help(obj)` prints the object's
/// docstring (CPython runs pydoc, which this interpreter does not have).
struct Helper;

const HELP_REPR: &str = "Type help() for interactive help, or help(object) for help about object.";

impl Native for Helper {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_sitebuiltins._Helper")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(HELP_REPR.to_string()))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(help(vm, args))
    }
}

/// Prints a line through `print` (so `sys.stdout` redirection applies).
fn say(vm: &Interp, text: &str) -> PyResult<()> {
    let print = vm.builtins.borrow().get("print").cloned();
    if let Some(print) = print {
        crate::protocol::call::call(vm, &print, Args::new(vec![Value::str(text)]))?;
    }
    Ok(())
}

fn help(vm: &Interp, args: Args) -> PyResult<Value> {
    check(vm, &args, &Sig::function("help", Style::Clinic, 0, 1))?;
    let Some(obj) = args.pos.first() else {
        say(vm, "Interactive help is not available in Pyroclast.")?;
        return Ok(Value::None);
    };
    let name = match crate::protocol::classes::getattr(vm, obj, "__name__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => crate::protocol::ops::type_name(vm, obj).to_string(),
    };
    let doc = match crate::protocol::classes::getattr(vm, obj, "__doc__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    say(vm, &format!("Help on {name}:\n\n{doc}"))?;
    Ok(Value::None)
}

/// `breakpoint()`: CPython calls `sys.breakpointhook`, which starts pdb (or
/// does nothing when `PYTHONBREAKPOINT=0`). There is no debugger here, so
/// it does nothing in every case.
fn breakpoint(_vm: &Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: runs
/// `func` (an ordinary function: its assignments stay its own locals, as
/// in CPython) and makes the class through the metaclass.
fn build_class(vm: &Interp, mut args: Args) -> PyResult<Value> {
    let mut pos = std::mem::take(&mut args.pos).into_iter();
    let func = pos
        .next()
        .ok_or_else(|| vm.type_error("__build_class__: not enough arguments"))?;
    let name = pos
        .next()
        .ok_or_else(|| vm.type_error("__build_class__: not enough arguments"))?;
    if !matches!(func, Value::Function(_)) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if !matches!(name, Value::Str(_)) {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let bases: Vec<Value> = pos.collect();
    let mut kw = std::mem::take(&mut args.kw);
    let meta = match kw.iter().position(|(k, _)| &**k == "metaclass") {
        Some(i) => kw.remove(i).1,
        None => match bases.first() {
            Some(b) => Value::Class(crate::protocol::ops::type_of(vm, b)),
            None => Value::Class(vm.types.type_.clone()),
        },
    };
    crate::protocol::call::call(vm, &func, Args::new(vec![]))?;
    let mut ns = crate::object::dict::Dict::new();
    let module = crate::protocol::classes::getattr(vm, &func, "__module__")?;
    ns.set(vm, Value::str("__module__"), module)?;
    ns.set(vm, Value::str("__qualname__"), name.clone())?;
    let mut call_args = Args::new(vec![name, Value::tuple(bases), Value::dict(ns)]);
    call_args.kw = kw;
    crate::protocol::call::call(vm, &meta, call_args)
}

/// Adds these names to the builtins namespace.
pub fn install(vm: &Interp) {
    // Builtin types made outside `builtins/mod.rs` (their constructors are
    // in protocol::types).
    for name in ["bytearray", "memoryview", "complex"] {
        let class = vm.other_class(name);
        vm.builtins
            .borrow_mut()
            .insert(Rc::from(name), Value::Class(class));
    }
    let mut b = vm.builtins.borrow_mut();
    for (name, text) in [
        ("copyright", COPYRIGHT),
        ("credits", CREDITS),
        ("license", LICENSE),
    ] {
        b.insert(Rc::from(name), Value::Native(Rc::new(Printer { text })));
    }
    b.insert(Rc::from("help"), Value::Native(Rc::new(Helper)));
    b.insert(Rc::from("breakpoint"), builtin("breakpoint", breakpoint));
    b.insert(
        Rc::from("__build_class__"),
        builtin("__build_class__", build_class),
    );
    b.insert(Rc::from("__debug__"), Value::Bool(true));
    b.insert(Rc::from("True"), Value::Bool(true));
    b.insert(Rc::from("False"), Value::Bool(false));
    b.insert(
        Rc::from("__doc__"),
        Value::str(
            "Built-in functions, types, exceptions, and other objects.\n\n\
This module provides direct access to all 'built-in'\n\
identifiers of Python; for example, builtins.len is\n\
the full name for the built-in function len().\n\n\
This module is not normally accessed explicitly by most\n\
applications, but can be useful in modules that provide\n\
objects with the same name as a built-in value, but in\n\
which the built-in value of that name is also desired.",
        ),
    );
    b.insert(Rc::from("__package__"), Value::str(""));
    // CPython's are importlib objects (BuiltinImporter, a ModuleSpec),
    // which this interpreter does not have.
    b.insert(Rc::from("__loader__"), Value::None);
    b.insert(Rc::from("__spec__"), Value::None);
}
