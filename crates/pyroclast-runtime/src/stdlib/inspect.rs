//! The Rust part of `inspect`: what Python code cannot see of a function
//! (whether it is a generator or coroutine function, its parameters),
//! since Pyroclast's functions have no code objects. The rest of the
//! module is `python/inspect.py`.

use super::toolkit::functions;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::{Interp, PyResult};

/// The function behind a function or bound method.
fn function_of(v: &Value) -> Option<std::rc::Rc<crate::object::model::Function>> {
    match v {
        Value::Function(f) => Some(f.clone()),
        Value::Method(m) => match &m.1 {
            Value::Function(f) => Some(f.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `_function_kind(f)`: 'generator', 'coroutine', 'async_generator' or
/// 'function' for a Python function (or a method of one); None otherwise.
fn function_kind(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_function_kind", Style::One, 1, 1))?;
    let Some(f) = function_of(&a.pos[0]) else {
        return Ok(Value::None);
    };
    let generator = f.def.scope.get().is_some_and(|s| s.is_generator);
    Ok(Value::str(match (f.def.is_async, generator) {
        (true, true) => "async_generator",
        (true, false) => "coroutine",
        (false, true) => "generator",
        (false, false) => "function",
    }))
}

/// `_parameters(f)`: `(name, kind, default, has_default)` for each
/// parameter of a Python function, in signature order; kinds are
/// `inspect.Parameter`'s numbers (0 positional-only ... 4 `**kwargs`).
fn parameters(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_parameters", Style::One, 1, 1))?;
    let Some(f) = function_of(&a.pos[0]) else {
        return Err(vm.type_error("not a Python function"));
    };
    let p = &f.def.params;
    let positional: Vec<_> = p.posonly.iter().chain(&p.args).collect();
    let first_default = positional.len().saturating_sub(f.defaults.len());
    let mut out = Vec::new();
    let row = |name: &str, kind: i64, default: Option<Value>| {
        let has = default.is_some();
        Value::tuple(vec![
            Value::str(name),
            Value::Int(kind),
            default.unwrap_or(Value::None),
            Value::Bool(has),
        ])
    };
    for (i, param) in positional.iter().enumerate() {
        let kind = if i < p.posonly.len() { 0 } else { 1 };
        let default = (i >= first_default).then(|| f.defaults[i - first_default].clone());
        out.push(row(&param.name, kind, default));
    }
    if let Some(v) = &p.vararg {
        out.push(row(&v.name, 2, None));
    }
    for param in &p.kwonly {
        let default = f
            .kwdefaults
            .iter()
            .find(|(k, _)| **k == *param.name)
            .map(|(_, v)| v.clone());
        out.push(row(&param.name, 3, default));
    }
    if let Some(k) = &p.kwarg {
        out.push(row(&k.name, 4, None));
    }
    Ok(Value::list(out))
}

/// Fills the Rust part of `inspect`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        functions(&[
            ("_function_kind", function_kind),
            ("_parameters", parameters),
        ]),
    );
    Ok(())
}
