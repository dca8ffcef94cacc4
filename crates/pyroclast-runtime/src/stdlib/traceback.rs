//! The Rust part of `traceback`: the interpreter's own rendering of an
//! exception (chains and exception groups included) and the source line of
//! a traceback entry, which Python code cannot read (there are no source
//! files to open for frozen or embedded code). The rest of the module is
//! `python/traceback.py`.

use super::toolkit::functions;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::{Interp, PyErr, PyResult};

/// `_render(exc)`: the text the interpreter prints for an uncaught `exc`.
fn render(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_render", Style::One, 1, 1))?;
    let e = PyErr(a.pos[0].clone());
    Ok(Value::str(&crate::protocol::traceback::format_exception(
        vm, &e,
    )))
}

/// `_final_line(exc)`: `Type: message`, as the last line of a traceback.
fn final_line(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_final_line", Style::One, 1, 1))?;
    Ok(Value::str(&crate::protocol::traceback::final_line(
        vm, &a.pos[0],
    )))
}

/// `_source_line(tb)`: the stripped source line of a traceback entry.
fn source_line(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_source_line", Style::One, 1, 1))?;
    Ok(crate::protocol::tb_objects::source_line(&a.pos[0])
        .map(|s| Value::str(&s))
        .unwrap_or(Value::None))
}

/// Fills the Rust part of `traceback`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        functions(&[
            ("_render", render),
            ("_final_line", final_line),
            ("_source_line", source_line),
        ]),
    );
    Ok(())
}
