//! Built-in modules and `import`.

pub mod asyncio;
pub mod mersenne;
pub mod registry;

use std::rc::Rc;

use crate::object::value::Value;
use crate::{Interp, PyResult};

/// Names of the modules implemented in Rust.
pub fn is_builtin_module(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "math"
            | "time"
            | "random"
            | "typing"
            | "collections"
            | "dataclasses"
            | "functools"
            | "itertools"
            | "asyncio"
    )
}

/// `import name` (dotted names resolve their first part).
pub fn import(vm: &Interp, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.borrow().get(name) {
        return Ok(m.clone());
    }
    let m = load(vm, name)?;
    vm.modules.borrow_mut().insert(Rc::from(name), m.clone());
    Ok(m)
}

fn load(vm: &Interp, name: &str) -> PyResult<Value> {
    if name == "asyncio" {
        return asyncio::module(vm);
    }
    if name == "contextlib" {
        return python_module(vm, "contextlib", include_str!("contextlib/lib.py"));
    }
    let embedded = match name {
        "abc" => Some(include_str!("stdlib/abc.py")),
        "copy" => Some(include_str!("stdlib/copy.py")),
        "heapq" => Some(include_str!("stdlib/heapq.py")),
        "bisect" => Some(include_str!("stdlib/bisect.py")),
        "string" => Some(include_str!("stdlib/string.py")),
        "enum" => Some(include_str!("stdlib/enum.py")),
        "io" => Some(include_str!("stdlib/io.py")),
        _ => None,
    };
    if let Some(src) = embedded {
        return python_module(vm, name, src);
    }
    if let Some(m) = registry::builtin_module(vm, name)? {
        return Ok(m);
    }
    let dir = vm.script_dir.borrow().clone();
    if let Some(dir) = dir {
        let path = dir.join(format!("{name}.py"));
        if let Ok(source) = std::fs::read_to_string(&path) {
            let module = pyroclast_syntax::parse_module(&source)
                .map_err(|e| vm.error("SyntaxError", e.msg.clone()))?;
            let code = Rc::new(crate::object::model::Code {
                filename: Rc::from(path.display().to_string()),
                source: Rc::from(source),
            });
            let globals = Rc::new(crate::object::model::namespace());
            let m = vm.new_module(name, globals.clone());
            vm.modules.borrow_mut().insert(Rc::from(name), m.clone());
            crate::eval::run_module_body(vm, &module, code, globals)?;
            return Ok(m);
        }
    }
    let e = vm.error("ModuleNotFoundError", format!("No module named '{name}'"));
    Err(e)
}

/// A built-in module written in Python, compiled from embedded source.
pub fn python_module(vm: &Interp, name: &str, src: &'static str) -> PyResult<Value> {
    let parsed = pyroclast_syntax::parse_module(src)
        .map_err(|e| vm.error("SyntaxError", format!("{name}: {e}")))?;
    let code = Rc::new(crate::object::model::Code {
        filename: Rc::from(format!("<frozen {name}>")),
        source: Rc::from(src),
    });
    let globals = Rc::new(crate::object::model::namespace());
    let m = vm.new_module(name, globals.clone());
    vm.modules.borrow_mut().insert(Rc::from(name), m.clone());
    crate::eval::run_module_body(vm, &parsed, code, globals)?;
    Ok(m)
}

/// What an uncaught `SystemExit` asks for: `Ok(code)` for `None`, a bool or
/// an int, `Err(text)` for any other code (printed, then status 1).
pub fn system_exit_code(vm: &Interp, e: &crate::PyErr) -> Option<Result<i64, String>> {
    if !e.matches(vm, "SystemExit") {
        return None;
    }
    let code = match &e.0 {
        Value::Instance(i) => i
            .exc
            .as_ref()
            .and_then(|d| d.borrow().args.first().cloned()),
        _ => None,
    };
    Some(match code {
        None | Some(Value::None) => Ok(0),
        Some(Value::Int(n)) => Ok(n),
        Some(Value::Bool(b)) => Ok(i64::from(b)),
        Some(other) => Err(crate::protocol::ops::to_str(vm, &other).unwrap_or_default()),
    })
}
