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
    let Some(Value::Module(m)) = vm.modules.get(vm, "sys") else {
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

/// An exception that cannot propagate (raised by `__del__`, a weak
/// reference callback, a finalizer): given to `sys.unraisablehook` when a
/// script replaced it, else reported on `sys.stderr` as CPython's default
/// hook does (`Exception ignored in: <what>` and the traceback). `obj` is
/// the hook's `object`, `what` its text in the default report.
pub fn report_unraisable(vm: &Interp, e: &crate::PyErr, obj: &Value, what: &str) {
    if let Some(hook) = custom_unraisablehook(vm) {
        let made = vm.import("types").and_then(|types| {
            let ns = crate::protocol::classes::getattr(vm, &types, "SimpleNamespace")?;
            let kw = vec![
                (
                    std::rc::Rc::from("exc_type"),
                    Value::Class(crate::protocol::ops::type_of(vm, &e.0)),
                ),
                (std::rc::Rc::from("exc_value"), e.0.clone()),
                (
                    std::rc::Rc::from("exc_traceback"),
                    crate::protocol::tb_objects::Traceback::of(&e.0),
                ),
                (std::rc::Rc::from("err_msg"), Value::None),
                (std::rc::Rc::from("object"), obj.clone()),
            ];
            crate::protocol::call::call(vm, &ns, crate::object::value::Args { pos: vec![], kw })
        });
        if let Ok(args) = made
            && crate::protocol::call::call(vm, &hook, crate::object::value::Args::new(vec![args]))
                .is_ok()
        {
            return;
        }
    }
    let tb = crate::protocol::traceback::format_exception(vm, e);
    write_stderr(vm, &format!("Exception ignored in: {what}\n{tb}"));
}

/// `sys.unraisablehook` when it is not the default one.
fn custom_unraisablehook(vm: &Interp) -> Option<Value> {
    let Some(Value::Module(m)) = vm.modules.get(vm, "sys") else {
        return None;
    };
    let g = m.globals.borrow();
    let hook = g.get("unraisablehook")?;
    match g.get("__unraisablehook__") {
        Some(d) if d.is(hook) => None,
        _ if matches!(hook, Value::None) => None,
        _ => Some(hook.clone()),
    }
}
