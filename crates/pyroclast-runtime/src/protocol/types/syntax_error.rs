//! `SyntaxError` objects as CPython makes them: `args` is `(msg, (filename,
//! lineno, offset, text, end_lineno, end_offset))`, the fields are
//! attributes, `str()` adds `(file, line N)`, and an uncaught one prints the
//! offending line with a caret and ends with just `SyntaxError: msg`.

use crate::object::exc_kind::ExcKind;
use crate::object::model::Instance;
use crate::object::value::Value;
use crate::protocol::ops;
use crate::{Interp, PyErr, PyResult};

/// True for instances of `SyntaxError` and its subclasses.
pub fn is_syntax_error(vm: &Interp, inst: &Instance) -> bool {
    inst.exc.is_some() && inst.class.is_subclass(&vm.exc_class(ExcKind::SyntaxError))
}

fn field(inst: &Instance, name: &str) -> Value {
    inst.dict.borrow().get(name).cloned().unwrap_or(Value::None)
}

/// `str(e)`: `msg (file, line N)` with the file's base name, as CPython.
pub fn to_str(vm: &Interp, inst: &Instance) -> PyResult<String> {
    let msg = ops::to_str(vm, &field(inst, "msg"))?;
    let filename = match field(inst, "filename") {
        Value::Str(f) => Some(f.rsplit('/').next().unwrap_or(&f).to_string()),
        _ => None,
    };
    let lineno = match field(inst, "lineno") {
        Value::Int(n) => Some(n),
        _ => None,
    };
    Ok(match (filename, lineno) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    })
}

/// The lines an uncaught one adds after the traceback's frames: the file
/// and line, the offending text and a caret under the offset.
pub fn location_lines(inst: &Instance) -> String {
    let (Value::Str(filename), Value::Int(lineno)) =
        (field(inst, "filename"), field(inst, "lineno"))
    else {
        return String::new();
    };
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Value::Str(text) = field(inst, "text") {
        let stripped = text.trim_start();
        let indent = text.chars().count() - stripped.chars().count();
        let stripped = stripped.trim_end();
        if !stripped.is_empty() {
            out.push_str(&format!("    {stripped}\n"));
            if let Value::Int(offset) = field(inst, "offset") {
                let caret = (offset.max(1) as usize)
                    .saturating_sub(indent + 1)
                    .min(stripped.chars().count());
                out.push_str(&format!("    {}^\n", " ".repeat(caret)));
            }
        }
    }
    out
}

/// The last line of an uncaught one: the message alone.
pub fn final_text(vm: &Interp, inst: &Instance) -> PyResult<String> {
    ops::to_str(vm, &field(inst, "msg"))
}

/// A syntax error found in `source` (read from `filename`) by the parser.
pub fn from_parser(
    vm: &Interp,
    e: &pyroclast_syntax::SyntaxError,
    source: &str,
    filename: &str,
) -> PyErr {
    // A RecursionError is not a SyntaxError: CPython gives it no place.
    if e.kind.is_compile_limit() {
        return vm.error(e.kind.into(), e.msg.to_string());
    }
    let loc = e.location(source);
    let line = loc.line as i64;
    let offset = loc.column as i64;
    let info = Value::tuple(vec![
        Value::str(filename),
        Value::Int(line),
        Value::Int(offset),
        Value::str(&format!("{}\n", loc.text)),
        Value::Int(line),
        Value::Int(offset + 1),
    ]);
    let class = vm.exc_class(e.kind.into());
    PyErr(vm.new_exception(&class, vec![Value::str(&e.msg), info]))
}
