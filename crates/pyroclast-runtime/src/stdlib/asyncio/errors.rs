//! The loop's error handling API: `set_exception_handler`,
//! `call_exception_handler`, `default_exception_handler`. Errors the loop
//! cannot raise anywhere (a failing callback, a task whose exception nobody
//! retrieved) go through the handler as a context dict, as in CPython.

use std::rc::Rc;

use super::event_loop::EventLoop;
use super::loop_object::loop_value;
use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::ops::repr;
use crate::{Interp, PyErr, PyResult};

/// A context dict from `(key, value)` pairs.
pub fn context(vm: &Interp, pairs: Vec<(&str, Value)>) -> PyResult<Value> {
    let d = Value::dict(Dict::new());
    for (k, v) in pairs {
        crate::protocol::containers::setitem(vm, &d, Value::str(k), v)?;
    }
    Ok(d)
}

fn get(vm: &Interp, ctx: &Value, key: &str) -> Option<Value> {
    crate::protocol::containers::getitem(vm, ctx, &Value::str(key)).ok()
}

/// `loop.call_exception_handler(context)`: the handler set, else the
/// default one; a failing handler is reported by the default one.
pub fn call_handler(vm: &Interp, lp: &Rc<EventLoop>, ctx: Value) {
    let handler = lp.exception_handler.borrow().clone();
    let Some(h) = handler else {
        default_handler(vm, &ctx);
        return;
    };
    let args = Args::new(vec![loop_value(lp), ctx.clone()]);
    if let Err(e) = crate::protocol::call::call(vm, &h, args) {
        if e.matches(vm, ExcKind::KeyboardInterrupt) || e.matches(vm, ExcKind::SystemExit) {
            lp.fatal.borrow_mut().get_or_insert(e);
            return;
        }
        if let Ok(outer) = context(
            vm,
            vec![
                (
                    "message",
                    Value::str("Unhandled error in exception handler"),
                ),
                ("exception", e.0),
                ("context", ctx),
            ],
        ) {
            default_handler(vm, &outer);
        }
    }
}

/// CPython's `default_exception_handler`: the message, the other keys
/// sorted, then the exception's traceback, to stderr.
pub fn default_handler(vm: &Interp, ctx: &Value) {
    let message = get(vm, ctx, "message")
        .filter(|m| crate::protocol::ops::truthy(vm, m).unwrap_or(false))
        .and_then(|m| crate::protocol::ops::to_str(vm, &m).ok())
        .unwrap_or_else(|| "Unhandled exception in event loop".into());
    let mut lines = vec![message];
    let mut keys: Vec<String> = match ctx {
        Value::Dict(d) => d
            .borrow()
            .keys()
            .iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    keys.sort();
    for key in keys {
        if key == "message" || key == "exception" {
            continue;
        }
        if let Some(v) = get(vm, ctx, &key) {
            lines.push(format!("{key}: {}", repr(vm, &v).unwrap_or_default()));
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    if let Some(e) = get(vm, ctx, "exception").filter(|e| !matches!(e, Value::None)) {
        text.push_str(&crate::protocol::traceback::format_exception(vm, &PyErr(e)));
    }
    vm.write_err(&text);
}

/// `loop.set_exception_handler(handler)`.
pub fn set_handler(vm: &Interp, lp: &Rc<EventLoop>, h: Value) -> PyResult<()> {
    if !matches!(h, Value::None) && !crate::protocol::call::is_callable(vm, &h) {
        return Err(vm.type_error(format!(
            "A callable object or None is expected, got {}",
            repr(vm, &h)?
        )));
    }
    *lp.exception_handler.borrow_mut() = (!matches!(h, Value::None)).then_some(h);
    Ok(())
}

/// Reports a task's exception nobody retrieved, from the interpreter's
/// finalizer queue: `args` is `(loop, context)`.
pub fn report_unretrieved(vm: &Interp, a: Args) -> PyResult<Value> {
    if let Some(Value::Tuple(t)) = a.pos.first()
        && let [lp, ctx] = &t[..]
        && let Some(o) = lp.native::<super::loop_object::LoopObject>()
    {
        call_handler(vm, &o.lp, ctx.clone());
    }
    Ok(Value::None)
}
