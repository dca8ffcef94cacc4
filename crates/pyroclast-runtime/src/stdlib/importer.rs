//! Finding and loading modules, as CPython's import system does: the
//! module table (`sys.modules`) first, then the standard library table and
//! the folders of `sys.path` (asked through the host's
//! [`ModuleLoader`](crate::object::vm::ModuleLoader)), packages with their
//! `__path__`, namespace packages, and `importlib.reload`/`find_spec`.
//!
//! Order for a top-level name: the standard library modules CPython 3.11
//! has built in, frozen or already imported when a script starts (a local
//! `re.py` cannot shadow `re` there) come first; then `sys.path`; then the
//! rest of the embedded standard library, which stands where CPython's
//! standard library folder stands, after the script's folder (a local
//! `json/` package shadows `json`, as in CPython).

use std::rc::Rc;

use super::{MODULES, ModuleDef, forget, register};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{ModuleKind, Namespace};
use crate::object::value::{Args, Value};
use crate::object::vm::Found;
use crate::protocol::classes::{getattr, setattr};
use crate::protocol::imports::import_error;
use crate::{Interp, PyErr, PyResult};

/// Standard library modules found before `sys.path`: CPython's built-in
/// and frozen modules and those its start-up has imported (so a script's
/// own file of that name is never reached there either).
const BEFORE_PATH: &[&str] = &[
    "abc",
    "atexit",
    "bisect",
    "collections",
    "collections.abc",
    "contextlib",
    "enum",
    "functools",
    "gc",
    "importlib",
    "importlib.util",
    "io",
    "itertools",
    "keyword",
    "math",
    "operator",
    "random",
    "re",
    "sys",
    "time",
    "types",
    "typing",
    "warnings",
    "weakref",
    "_frozen_importlib",
    "_frozen_importlib_external",
];

fn table(name: &str) -> Option<&'static ModuleDef> {
    MODULES.iter().find(|m| m.name == name)
}

/// `import name` for an absolute dotted name: the module object
/// `sys.modules[name]` once it is loaded.
pub fn import(vm: &Interp, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(vm, name) {
        if matches!(m, Value::None) {
            return Err(not_found(
                vm,
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    let Some((parent, child)) = name.rsplit_once('.') else {
        return import_top(vm, name);
    };
    let package = import(vm, parent)?;
    // Importing the parent may have imported this module too (asyncio
    // defines asyncio.queues; a package's __init__ may import its parts).
    if let Some(m) = vm.modules.get(vm, name) {
        return Ok(m);
    }
    let module = match &package {
        Value::Module(p)
            if p.kind.get() != ModuleKind::File && p.kind.get() != ModuleKind::Source =>
        {
            if table(name).is_some() {
                super::import_defined(vm, name)?
            } else if is_stdlib_package(parent) {
                return Err(not_found(vm, format!("No module named '{name}'"), name));
            } else {
                return Err(not_a_package(vm, name, parent));
            }
        }
        _ => {
            let path = match getattr(vm, &package, "__path__") {
                Ok(p) => p,
                Err(e) if e.matches(vm, ExcKind::AttributeError) => {
                    return Err(not_a_package(vm, name, parent));
                }
                Err(e) => return Err(e),
            };
            let dirs = str_entries(vm, &path)?;
            match search(vm, name, &dirs)? {
                Some(m) => m,
                None => return Err(not_found(vm, format!("No module named '{name}'"), name)),
            }
        }
    };
    // The submodule becomes an attribute of its package, as CPython's
    // `_find_and_load_unlocked` sets it.
    if let Value::Module(p) = &package {
        p.globals
            .borrow_mut()
            .insert(Rc::from(child), module.clone());
    } else {
        setattr(vm, &package, child, module.clone())?;
    }
    Ok(module)
}

/// A standard library module with submodules (`json`, `asyncio`).
fn is_stdlib_package(name: &str) -> bool {
    let prefix = format!("{name}.");
    MODULES.iter().any(|m| {
        m.name.starts_with(&prefix) || m.python.iter().any(|(label, _)| label.starts_with(&prefix))
    })
}

fn import_top(vm: &Interp, name: &str) -> PyResult<Value> {
    if name == "builtins" {
        return Ok(super::builtins_module(vm));
    }
    let def = table(name);
    if def.is_some() && BEFORE_PATH.contains(&name) {
        return super::import_defined(vm, name);
    }
    let dirs = str_entries(vm, &sys_path(vm))?;
    if let Some(m) = search(vm, name, &dirs)? {
        return Ok(m);
    }
    if def.is_some() {
        return super::import_defined(vm, name);
    }
    Err(not_found(vm, format!("No module named '{name}'"), name))
}

/// `sys.path` as the script sees it: the attribute of `sys` if it was
/// imported (a script may rebind it), else the interpreter's list.
pub fn sys_path(vm: &Interp) -> Value {
    if let Some(Value::Module(sys)) = vm.modules.get(vm, "sys")
        && let Some(p) = sys.globals.borrow().get("path")
    {
        return p.clone();
    }
    vm.sys_path.clone()
}

/// The str entries of a path list (CPython skips other entries too).
fn str_entries(vm: &Interp, path: &Value) -> PyResult<Vec<Rc<str>>> {
    let items = crate::protocol::iter::collect(vm, path)?;
    Ok(items
        .into_iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(s),
            _ => None,
        })
        .collect())
}

/// What the loader finds for `name` (its last part) in `dirs`: the first
/// module or regular package, else the namespace portions of all of them.
fn find(vm: &Interp, name: &str, dirs: &[Rc<str>]) -> Option<Found> {
    let loader = vm.loader.borrow();
    let loader = loader.as_ref()?;
    let leaf = name.rsplit('.').next().unwrap_or(name);
    let mut portions = Vec::new();
    for dir in dirs {
        match loader.find(dir, leaf) {
            Some(Found::Namespace { dir }) => portions.push(dir),
            Some(found) => return Some(found),
            None => {}
        }
    }
    if portions.is_empty() {
        None
    } else {
        // Several portions are joined with NUL, a byte no folder name holds.
        Some(Found::Namespace {
            dir: portions.join("\0"),
        })
    }
}

/// Finds and loads `name` from `dirs`; `None` when it is not there.
fn search(vm: &Interp, name: &str, dirs: &[Rc<str>]) -> PyResult<Option<Value>> {
    match find(vm, name, dirs) {
        Some(found) => load(vm, name, found).map(Some),
        None => Ok(None),
    }
}

/// Makes the module for what was found, registers it and runs its code;
/// the result is what `sys.modules[name]` holds afterwards (a module may
/// replace itself there).
fn load(vm: &Interp, name: &str, found: Found) -> PyResult<Value> {
    let (module, ns) = register(vm, name, ModuleKind::File);
    let r = init_and_run(vm, name, &found, &ns);
    if let Err(e) = r {
        forget(vm, name);
        return Err(e);
    }
    Ok(vm.modules.get(vm, name).unwrap_or(module))
}

fn init_and_run(vm: &Interp, name: &str, found: &Found, ns: &Rc<Namespace>) -> PyResult<()> {
    let spec = set_attributes(vm, name, found, ns)?;
    let r = match found {
        Found::Module { filename, source }
        | Found::Package {
            filename, source, ..
        } => super::exec_source(vm, ns, filename, source),
        Found::Namespace { .. } => Ok(()),
    };
    setattr(vm, &spec, "_initializing", Value::Bool(false))?;
    r
}

/// Sets `__file__`, `__path__`, `__package__`, `__spec__` and
/// `__loader__` before the module's code runs, as CPython does; the spec
/// is marked as initialising while it runs (for the circular-import
/// message of `from m import x`).
fn set_attributes(vm: &Interp, name: &str, found: &Found, ns: &Rc<Namespace>) -> PyResult<Value> {
    let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
    let (origin, path, package) = match found {
        Found::Module { filename, .. } => (Value::str(filename), Value::None, parent),
        Found::Package { dir, filename, .. } => (
            Value::str(filename),
            Value::list(vec![Value::str(dir)]),
            name,
        ),
        Found::Namespace { dir } => (
            Value::None,
            Value::list(dir.split('\0').map(Value::str).collect()),
            name,
        ),
    };
    let make = getattr(vm, &vm.import("_frozen_importlib")?, "_spec_for")?;
    let pair = crate::protocol::call::call(
        vm,
        &make,
        Args::new(vec![Value::str(name), origin.clone(), path.clone()]),
    )?;
    let (spec, loader) = match &pair {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => return Err(vm.error(ExcKind::SystemError, "bad module spec")),
    };
    setattr(vm, &spec, "_initializing", Value::Bool(true))?;
    let mut g = ns.borrow_mut();
    g.insert(Rc::from("__doc__"), Value::None);
    g.insert(Rc::from("__package__"), Value::str(package));
    g.insert(Rc::from("__loader__"), loader);
    g.insert(Rc::from("__spec__"), spec.clone());
    if !matches!(path, Value::None) {
        g.insert(Rc::from("__path__"), path);
    }
    g.insert(Rc::from("__file__"), origin);
    Ok(spec)
}

/// `__spec__`, `__loader__` and `__package__` of a standard library
/// module: built-in or frozen, as CPython shows the modules it has no file
/// for.
pub(super) fn stdlib_attributes(
    vm: &Interp,
    name: &str,
    def: &ModuleDef,
    ns: &Rc<Namespace>,
) -> PyResult<()> {
    let origin = if def.builtin { "built-in" } else { "frozen" };
    // A package's `__path__` is empty: its submodules come from the table,
    // but `from json import decoder` must see a package.
    let package = is_stdlib_package(name);
    let path = if package {
        Value::list(vec![])
    } else {
        Value::None
    };
    let make = getattr(vm, &vm.import("_frozen_importlib")?, "_spec_for")?;
    let pair = crate::protocol::call::call(
        vm,
        &make,
        Args::new(vec![Value::str(name), Value::str(origin), path.clone()]),
    )?;
    let Value::Tuple(t) = &pair else {
        return Err(vm.error(ExcKind::SystemError, "bad module spec"));
    };
    let [spec, loader] = &t[..] else {
        return Err(vm.error(ExcKind::SystemError, "bad module spec"));
    };
    let mut g = ns.borrow_mut();
    if package {
        g.insert(Rc::from("__path__"), path);
    }
    let package = if package {
        name
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p)
    };
    g.insert(Rc::from("__package__"), Value::str(package));
    g.insert(Rc::from("__loader__"), loader.clone());
    g.insert(Rc::from("__spec__"), spec.clone());
    Ok(())
}

/// The `__loader__` of `__main__` run from `filename`: a source file
/// loader for a file, `BuiltinImporter` for `<string>` and `<stdin>`.
pub fn main_loader(vm: &Interp, filename: &str) -> PyResult<Value> {
    if filename.starts_with('<') {
        return getattr(vm, &vm.import("_frozen_importlib")?, "BuiltinImporter");
    }
    // Made without importing anything: `_frozen_importlib` is imported
    // when a module first needs a spec.
    super::frozen_external::new_loader(vm, "__main__", filename)
}

/// `importlib.reload(module)`: finds the module's source again and runs it
/// in the same namespace. Standard library modules are returned as they
/// are (their Rust parts cannot run twice).
pub fn reload(vm: &Interp, module: &Value) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let name: Rc<str> = match m.globals.borrow().get("__spec__") {
        Some(spec @ Value::Instance(_)) => {
            crate::protocol::ops::to_str_rc(vm, &getattr(vm, spec, "name")?)?
        }
        _ => m.name.clone(),
    };
    let same = match vm.modules.get(vm, &name) {
        Some(Value::Module(other)) => Rc::ptr_eq(&other, m),
        _ => false,
    };
    if !same {
        return Err(import_error(
            vm,
            ExcKind::ImportError,
            format!("module {name} not in sys.modules"),
            Some(&name),
            None,
        ));
    }
    if m.kind.get() != ModuleKind::File {
        return Ok(module.clone());
    }
    let dirs = match name.rsplit_once('.') {
        None => str_entries(vm, &sys_path(vm))?,
        Some((parent, _)) => {
            let Some(p) = vm.modules.get(vm, parent) else {
                return Err(import_error(
                    vm,
                    ExcKind::ImportError,
                    format!("parent '{parent}' not in sys.modules"),
                    Some(parent),
                    None,
                ));
            };
            str_entries(vm, &getattr(vm, &p, "__path__")?)?
        }
    };
    let Some(found) = find(vm, &name, &dirs) else {
        return Err(not_found(
            vm,
            format!("spec not found for the module '{name}'"),
            &name,
        ));
    };
    init_and_run(vm, &name, &found, &m.globals)?;
    Ok(vm.modules.get(vm, &name).unwrap_or_else(|| module.clone()))
}

/// `importlib.util.find_spec` for an absolute name whose parent is
/// imported: the spec of what would be loaded, or None. Nothing runs.
pub fn find_spec(vm: &Interp, name: &str, path: &Value) -> PyResult<Value> {
    let make = getattr(vm, &vm.import("_frozen_importlib")?, "_spec_for")?;
    let call = |origin: Value, path: Value| -> PyResult<Value> {
        let pair = crate::protocol::call::call(
            vm,
            &make,
            Args::new(vec![Value::str(name), origin, path]),
        )?;
        match &pair {
            Value::Tuple(t) if !t.is_empty() => Ok(t[0].clone()),
            _ => Ok(Value::None),
        }
    };
    let stdlib = || -> PyResult<Value> {
        match table(name) {
            Some(def) if def.builtin => call(Value::str("built-in"), Value::None),
            Some(_) => call(Value::str("frozen"), Value::None),
            None => Ok(Value::None),
        }
    };
    let top = !name.contains('.');
    if top && BEFORE_PATH.contains(&name) {
        return stdlib();
    }
    let dirs = if matches!(path, Value::None) {
        str_entries(vm, &sys_path(vm))?
    } else {
        str_entries(vm, path)?
    };
    match find(vm, name, &dirs) {
        Some(Found::Module { filename, .. }) => call(Value::str(&filename), Value::None),
        Some(Found::Package { dir, filename, .. }) => {
            call(Value::str(&filename), Value::list(vec![Value::str(&dir)]))
        }
        Some(Found::Namespace { dir }) => call(
            Value::None,
            Value::list(dir.split('\0').map(Value::str).collect()),
        ),
        None => stdlib(),
    }
}

fn not_found(vm: &Interp, msg: String, name: &str) -> PyErr {
    import_error(vm, ExcKind::ModuleNotFoundError, msg, Some(name), None)
}

fn not_a_package(vm: &Interp, name: &str, parent: &str) -> PyErr {
    not_found(
        vm,
        format!("No module named '{name}'; '{parent}' is not a package"),
        name,
    )
}
