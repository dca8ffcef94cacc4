//! `_frozen_importlib_external`: `SourceFileLoader`, the loader of modules
//! run from source files and of `__main__`. It is Rust so that a script
//! gets its `__loader__` without running the import system's Python
//! (`_frozen_importlib`, which makes module specs): parsing and running
//! that was nearly half of a one-line script's start-up.

use std::rc::Rc;

use super::toolkit::{cached_class, fill as fill_ns, new_class, this};
use crate::object::model::{Class, Layout, Namespace};
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, bind, check};
use crate::protocol::classes::{getattr, setattr};
use crate::protocol::ops::{self, type_of};
use crate::{Interp, PyResult};

const MODULE: &str = "_frozen_importlib_external";
const LOADER: &str = "SourceFileLoader";

/// The `SourceFileLoader` class (one per interpreter).
pub fn source_file_loader(vm: &Interp) -> Rc<Class> {
    cached_class(vm, LOADER, |vm| {
        new_class(
            vm,
            LOADER,
            MODULE,
            vec![],
            Layout::Object,
            LOADER,
            &[
                ("__init__", init),
                ("__eq__", eq),
                ("__hash__", hash),
                ("get_filename", get_filename),
                ("is_package", is_package),
                ("get_source", get_source),
            ],
        )
    })
}

/// A loader for the module `name` whose source is the file `path`.
pub fn new_loader(vm: &Interp, name: &str, path: &str) -> PyResult<Value> {
    crate::protocol::call::call(
        vm,
        &Value::Class(source_file_loader(vm)),
        Args::new(vec![Value::str(name), Value::str(path)]),
    )
}

/// `SourceFileLoader(fullname, path)`: keeps both as attributes.
fn init(vm: &Interp, a: Args) -> PyResult<Value> {
    let sig =
        Sig::method(LOADER, "__init__", Style::KwClinic, 0, 0).named(&["fullname", "path"], 2);
    let (me, slots) = bind(vm, a, &sig)?;
    let me = me.unwrap_or(Value::None);
    setattr(vm, &me, "name", slots[0].clone().unwrap_or(Value::None))?;
    setattr(vm, &me, "path", slots[1].clone().unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// Equal when of the same class with equal attributes (CPython's
/// `FileLoader.__eq__`).
fn eq(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(LOADER, "__eq__", Style::Slot, 1, 1))?;
    let (me, other) = (&a.pos[0], &a.pos[1]);
    if !Rc::ptr_eq(&type_of(vm, me), &type_of(vm, other)) {
        return Ok(Value::Bool(false));
    }
    let mine = getattr(vm, me, "__dict__")?;
    let theirs = getattr(vm, other, "__dict__")?;
    Ok(Value::Bool(ops::eq(vm, &mine, &theirs)?))
}

/// `hash(self.name) ^ hash(self.path)`.
fn hash(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(LOADER, "__hash__", Style::Slot, 0, 0))?;
    let me = this(vm, &a)?;
    let name = ops::hash(vm, &getattr(vm, &me, "name")?)?;
    let path = ops::hash(vm, &getattr(vm, &me, "path")?)?;
    Ok(Value::Int(name ^ path))
}

/// `get_filename(fullname=None)`: the source file.
fn get_filename(vm: &Interp, a: Args) -> PyResult<Value> {
    let sig = Sig::method(LOADER, "get_filename", Style::KwClinic, 0, 0).named(&["fullname"], 0);
    let (me, _) = bind(vm, a, &sig)?;
    getattr(vm, &me.unwrap_or(Value::None), "path")
}

/// `is_package(fullname)`: a package's source is its `__init__.py`.
fn is_package(vm: &Interp, a: Args) -> PyResult<Value> {
    let sig = Sig::method(LOADER, "is_package", Style::KwClinic, 0, 0).named(&["fullname"], 1);
    let (me, _) = bind(vm, a, &sig)?;
    let path = getattr(vm, &me.unwrap_or(Value::None), "path")?;
    let path = ops::to_str_rc(vm, &path)?;
    Ok(Value::Bool(path.rsplit('/').next() == Some("__init__.py")))
}

/// `get_source(fullname)`: the file's text, read with `_io.open` (what
/// the builtin `open` is, through the interpreter's file access rules; a
/// script rebinding `builtins.open` does not change it, as in CPython).
fn get_source(vm: &Interp, a: Args) -> PyResult<Value> {
    let sig = Sig::method(LOADER, "get_source", Style::KwClinic, 0, 0).named(&["fullname"], 1);
    let (me, _) = bind(vm, a, &sig)?;
    let path = getattr(vm, &me.unwrap_or(Value::None), "path")?;
    let open = getattr(vm, &vm.import("_io")?, "open")?;
    let file = crate::protocol::call::call(vm, &open, Args::new(vec![path]))?;
    let text = crate::protocol::classes::call_method(vm, &file, "read", Args::new(vec![]));
    crate::protocol::classes::call_method(vm, &file, "close", Args::new(vec![]))?;
    text
}

/// Fills `_frozen_importlib_external`.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    fill_ns(ns, vec![(LOADER, Value::Class(source_file_loader(vm)))]);
    Ok(())
}
