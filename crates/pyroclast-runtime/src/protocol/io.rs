//! Where printed text goes: the interpreter's output sink, unless a script
//! replaced `sys.stdout` / `sys.stderr` with an object of its own (as
//! `contextlib.redirect_stdout` does).

use crate::Interp;
use crate::object::value::Value;

/// The object a script assigned to `sys.<name>` (`"stdout"`, `"stderr"`), or
/// `None` while it is still the original stream (`sys.__stdout__`).
pub fn replaced_stream(vm: &Interp, name: &str) -> Option<Value> {
    let original = match name {
        "stdout" => "__stdout__",
        "stderr" => "__stderr__",
        _ => return None,
    };
    let modules = vm.modules.borrow();
    let Some(Value::Module(m)) = modules.get("sys") else {
        return None;
    };
    let g = m.globals.borrow();
    let v = g.get(name)?;
    match g.get(original) {
        Some(o) if o.is(v) => None,
        _ => Some(v.clone()),
    }
}

/// Writes to `sys.stderr` as Python sees it (a replacement object's
/// `write`, else the error sink), for reports that CPython writes there
/// (unraisable exceptions). A failing replacement loses the text, as in
/// CPython.
pub fn write_stderr(vm: &Interp, text: &str) {
    match replaced_stream(vm, "stderr") {
        Some(Value::None) => {}
        Some(stream) => {
            let _ = crate::protocol::classes::call_method(
                vm,
                &stream,
                "write",
                crate::object::value::Args::new(vec![Value::str(text)]),
            );
        }
        None => vm.write_err(text),
    }
}
