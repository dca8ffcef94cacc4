//! The Rust part of `types`: marking a generator as a generator-based
//! coroutine (`types.coroutine`), which Python code cannot do since
//! Pyroclast's functions have no code flags. The rest of the module is
//! `python/types.py`.

use super::toolkit::functions;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::generator::{Generator, Kind};
use crate::{Interp, PyResult};

fn generator_arg<'a>(vm: &Interp, a: &'a Args, name: &'static str) -> PyResult<&'a Generator> {
    check(vm, a, &Sig::function(name, Style::One, 1, 1))?;
    a.pos[0]
        .native::<Generator>()
        .filter(|g| g.kind == Kind::Generator)
        .ok_or_else(|| vm.type_error(format!("{name}() expects a generator")))
}

/// `_iterable_coroutine(x)`: makes a generator awaitable, or every
/// generator a generator function makes (as CPython sets the function's
/// code flag); returns `x`.
fn iterable_coroutine(vm: &Interp, a: Args) -> PyResult<Value> {
    if let Some(Value::Function(f)) = a.pos.first()
        && a.pos.len() == 1
    {
        f.iterable_coroutine.set(true);
        return Ok(a.pos[0].clone());
    }
    generator_arg(vm, &a, "_iterable_coroutine")?
        .chan
        .iterable_coroutine
        .set(true);
    Ok(a.pos[0].clone())
}

/// `_is_iterable_coroutine(gen)`.
fn is_iterable_coroutine(vm: &Interp, a: Args) -> PyResult<Value> {
    let g = generator_arg(vm, &a, "_is_iterable_coroutine")?;
    Ok(Value::Bool(g.chan.iterable_coroutine.get()))
}

/// Fills the Rust part of `types`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        functions(&[
            ("_iterable_coroutine", iterable_coroutine),
            ("_is_iterable_coroutine", is_iterable_coroutine),
        ]),
    );
    Ok(())
}
