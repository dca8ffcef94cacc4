//! What the import statements and `__import__` mean on top of
//! `vm.import` (which finds and loads one absolute name): relative names,
//! the value `import a.b` binds, submodules named in a `from` list, and
//! `from m import x` with CPython's errors.

use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;
use crate::protocol::classes::getattr;
use crate::protocol::ops::truthy;
use crate::{Interp, PyErr, PyResult};

/// Reads one name of the importing module's globals.
pub type Lookup<'a> = &'a dyn Fn(&str) -> PyResult<Option<Value>>;

/// An `ImportError` (or subclass) with its `name` and `path` attributes.
pub fn import_error(
    vm: &Interp,
    kind: ExcKind,
    msg: String,
    name: Option<&str>,
    path: Option<Value>,
) -> PyErr {
    let e = vm.error(kind, msg);
    if let Value::Instance(i) = &e.0 {
        let mut d = i.dict.borrow_mut();
        d.insert(Rc::from("name"), name.map_or(Value::None, Value::str));
        d.insert(Rc::from("path"), path.unwrap_or(Value::None));
    }
    e
}

/// `ImportError.__init__(self, *args, name=None, path=None)`: the
/// arguments, then the only two keywords it takes (CPython names
/// `ImportError()` in the error for every subclass).
pub fn init_import_error(
    vm: &Interp,
    obj: &Value,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<()> {
    let (mut name, mut path) = (Value::None, Value::None);
    for (k, v) in kw {
        match &**k {
            "name" => name = v.clone(),
            "path" => path = v.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for ImportError()"
                )));
            }
        }
    }
    if let Value::Instance(i) = obj {
        if let Some(d) = &i.exc {
            d.borrow_mut().args = pos.to_vec();
        }
        let mut d = i.dict.borrow_mut();
        d.insert(Rc::from("name"), name);
        d.insert(Rc::from("path"), path);
        let msg = match pos {
            [m] => m.clone(),
            _ => Value::None,
        };
        d.insert(Rc::from("msg"), msg);
    }
    Ok(())
}

/// The package a relative import is relative to: `__package__`, else
/// `__spec__.parent`, else derived from `__name__` (CPython's
/// `_calc___package__`).
fn calc_package(vm: &Interp, globals: Lookup) -> PyResult<Value> {
    if let Some(p) = globals("__package__")?
        && !matches!(p, Value::None)
    {
        return match p {
            Value::Str(_) => Ok(p),
            _ => Err(vm.type_error("package must be a string")),
        };
    }
    if let Some(spec) = globals("__spec__")?
        && !matches!(spec, Value::None)
    {
        return getattr(vm, &spec, "parent");
    }
    let Some(name) = globals("__name__")? else {
        return Err(vm.error(ExcKind::KeyError, "'__name__' not in globals"));
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error("__name__ must be a string"));
    };
    if globals("__path__")?.is_some() {
        return Ok(Value::Str(name));
    }
    Ok(Value::str(name.rsplit_once('.').map_or("", |(p, _)| p)))
}

/// The absolute name `level` dots up from the importing module's package.
pub fn resolve_name(vm: &Interp, name: &str, globals: Lookup, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_owned());
    }
    let package = match calc_package(vm, globals)? {
        Value::Str(s) => s,
        _ => return Err(vm.type_error("__package__ not set to a string")),
    };
    if package.is_empty() {
        return Err(vm.error(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(vm.error(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_owned()
    } else {
        format!("{base}.{name}")
    })
}

/// `__import__(name, globals, None, fromlist, level)`: the top-level
/// package for `import a.b`, the module itself when there is a from list
/// (whose submodules are imported if the module is a package).
pub fn import_module(
    vm: &Interp,
    name: &str,
    globals: Lookup,
    fromlist: &[Rc<str>],
    level: usize,
) -> PyResult<Value> {
    if level == 0 && name.is_empty() {
        return Err(vm.error(ExcKind::ValueError, "Empty module name"));
    }
    let full = resolve_name(vm, name, globals, level)?;
    let module = vm.import(&full)?;
    if fromlist.is_empty() {
        let top = name.split('.').next().unwrap_or(name);
        if level == 0 {
            return vm.import(top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        // `__import__('b.c', level=1)` from `a` gives `a.b`.
        let cut = name.len() - top.len();
        return vm.import(&full[..full.len() - cut]);
    }
    handle_fromlist(vm, &module, fromlist, false)?;
    Ok(module)
}

/// Imports the submodules a `from` list names that the package does not
/// have as attributes yet (`__all__`'s for `*`).
fn handle_fromlist(
    vm: &Interp,
    module: &Value,
    fromlist: &[Rc<str>],
    recursive: bool,
) -> PyResult<()> {
    if getattr(vm, module, "__path__").is_err() {
        return Ok(());
    }
    for x in fromlist {
        if &**x == "*" {
            if !recursive && let Ok(all) = getattr(vm, module, "__all__") {
                let mut names = Vec::new();
                for n in crate::protocol::iter::collect(vm, &all)? {
                    match n {
                        Value::Str(s) => names.push(s),
                        other => {
                            let mname = module_name(vm, module);
                            return Err(vm.type_error(format!(
                                "Item in {mname}.__all__ must be str, not {}",
                                crate::protocol::ops::type_name(vm, &other)
                            )));
                        }
                    }
                }
                handle_fromlist(vm, module, &names, true)?;
            }
            continue;
        }
        if getattr(vm, module, x).is_ok() {
            continue;
        }
        let from_name = format!("{}.{x}", module_name(vm, module));
        if let Err(e) = vm.import(&from_name) {
            // A submodule that is not there is reported by the caller as a
            // name that cannot be imported; other failures propagate.
            let missing = e.matches(vm, ExcKind::ModuleNotFoundError)
                && match &e.0 {
                    Value::Instance(i) => matches!(
                        i.dict.borrow().get("name"),
                        Some(Value::Str(n)) if **n == *from_name
                    ),
                    _ => false,
                };
            if !missing {
                return Err(e);
            }
        }
    }
    Ok(())
}

fn module_name(vm: &Interp, module: &Value) -> String {
    match getattr(vm, module, "__name__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => "<unknown module name>".into(),
    }
}

/// `from module import name`: the attribute, else the submodule in
/// `sys.modules`, else CPython's `ImportError`.
pub fn import_from(vm: &Interp, module: &Value, name: &str) -> PyResult<Value> {
    match getattr(vm, module, name) {
        Ok(v) => return Ok(v),
        Err(e) if !e.matches(vm, ExcKind::AttributeError) => return Err(e),
        Err(_) => {}
    }
    let pkgname = match getattr(vm, module, "__name__") {
        Ok(Value::Str(s)) => Some(s),
        _ => None,
    };
    if let Some(p) = &pkgname
        && let Some(m) = vm.modules.get(vm, &format!("{p}.{name}"))
    {
        return Ok(m);
    }
    let shown = match &pkgname {
        Some(p) => format!("'{p}'"),
        None => "'<unknown module name>'".into(),
    };
    let path = match getattr(vm, module, "__file__") {
        Ok(p @ Value::Str(_)) => Some(p),
        _ => None,
    };
    let initializing = match getattr(vm, module, "__spec__") {
        Ok(spec) if !matches!(spec, Value::None) => match getattr(vm, &spec, "_initializing") {
            Ok(v) => truthy(vm, &v)?,
            Err(_) => false,
        },
        _ => false,
    };
    let location = match &path {
        Some(Value::Str(p)) => p.to_string(),
        _ => "unknown location".into(),
    };
    let msg = if initializing {
        format!(
            "cannot import name '{name}' from partially initialized module {shown} \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{name}' from {shown} ({location})")
    };
    Err(import_error(
        vm,
        ExcKind::ImportError,
        msg,
        pkgname.as_deref(),
        path,
    ))
}
