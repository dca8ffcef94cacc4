//! `asyncio.Handle` and `asyncio.TimerHandle`: what `call_soon`,
//! `call_later` and `call_at` return. The loop keeps the callback itself;
//! the handle shares its cancelled flag and remembers the callback and
//! its arguments for `repr()`, as CPython prints them.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::model::{Class, Layout};
use crate::object::value::{Args, Native, Value};
use crate::{Interp, PyResult};

const HANDLE: &str = "asyncio.events.Handle";
const TIMER_HANDLE: &str = "asyncio.events.TimerHandle";

/// A scheduled callback.
pub struct Handle {
    cancelled: Rc<Cell<bool>>,
    /// Due time on the loop's clock, for timer handles.
    when: Option<f64>,
    /// The callback and its arguments (dropped on cancel, as CPython does).
    callback: RefCell<Option<(Value, Vec<Value>)>>,
}

impl Handle {
    /// A handle for a callback the loop scheduled with flag `cancelled`.
    pub fn value(
        cancelled: Rc<Cell<bool>>,
        when: Option<f64>,
        f: Value,
        args: Vec<Value>,
    ) -> Value {
        Value::native_tracked(Rc::new(Handle {
            cancelled,
            when,
            callback: RefCell::new(Some((f, args))),
        }))
    }
}

impl Native for Handle {
    fn traverse(&self, visit: &mut dyn FnMut(crate::object::gc::Edge)) {
        use crate::object::trace::Trace;
        if let Ok(cb) = self.callback.try_borrow()
            && let Some((f, args)) = &*cb
        {
            f.trace(visit);
            args.trace(visit);
        }
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        if let Ok(mut cb) = self.callback.try_borrow_mut()
            && let Some((f, args)) = cb.take()
        {
            out.push(f);
            out.extend(args);
        }
    }
    fn class(&self, vm: &Interp) -> Rc<Class> {
        if self.when.is_some() {
            timer_handle_class(vm)
        } else {
            vm.other_class(HANDLE)
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        let mut info = vec![
            if self.when.is_some() {
                "TimerHandle"
            } else {
                "Handle"
            }
            .to_string(),
        ];
        if self.cancelled.get() {
            info.push("cancelled".into());
        }
        if let Some(when) = self.when {
            info.push(format!(
                "when={}",
                crate::protocol::text::float_repr::float_repr(when)
            ));
        }
        if let Some((f, args)) = &*self.callback.borrow() {
            match callback_source(vm, f, args) {
                Ok(s) => info.push(s),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(format!("<{}>", info.join(" "))))
    }
}

/// `TimerHandle`, a subclass of `Handle`.
fn timer_handle_class(vm: &Interp) -> Rc<Class> {
    if let Some(c) = vm.types.others.borrow().get(TIMER_HANDLE) {
        return c.clone();
    }
    let c = crate::object::vm::new_class_in(
        "asyncio.events",
        "TimerHandle",
        vec![vm.other_class(HANDLE)],
        Layout::Builtin,
        true,
    );
    vm.types.others.borrow_mut().insert(TIMER_HANDLE, c.clone());
    c
}

/// A callback as asyncio's reprs show it: `name(args)`, and for Python
/// functions ` at file:line` (CPython's `_format_callback_source`).
pub fn callback_source(vm: &Interp, f: &Value, args: &[Value]) -> PyResult<String> {
    let func = match f {
        Value::Method(m) => m.1.clone(),
        other => other.clone(),
    };
    let args = args
        .iter()
        .map(|a| crate::protocol::ops::repr(vm, a))
        .collect::<PyResult<Vec<_>>>()?
        .join(", ");
    Ok(match &func {
        Value::Function(fun) => {
            let line =
                pyroclast_syntax::error::locate(&fun.code.source, fun.def.span.start as usize).line;
            format!(
                "{}({args}) at {}:{}",
                fun.qualname(),
                fun.code.filename,
                line
            )
        }
        Value::Builtin(b) => format!("{}({args})", b.name),
        other => format!("{}({args})", crate::protocol::ops::repr(vm, other)?),
    })
}

fn this(a: &Args) -> Option<&Handle> {
    a.pos.first().and_then(|v| v.native::<Handle>())
}

/// Registers both classes and their methods; returns them for the module.
pub fn install(vm: &Interp) -> (Rc<Class>, Rc<Class>) {
    let handle = vm.other_class(HANDLE);
    crate::object::model::add_methods(
        &handle,
        "Handle",
        &[
            ("cancel", |_, a| {
                if let Some(h) = this(&a) {
                    h.cancelled.set(true);
                    h.callback.borrow_mut().take();
                }
                Ok(Value::None)
            }),
            ("cancelled", |_, a| {
                Ok(Value::Bool(this(&a).is_some_and(|h| h.cancelled.get())))
            }),
        ],
    );
    let timer = timer_handle_class(vm);
    crate::object::model::add_methods(
        &timer,
        "TimerHandle",
        &[("when", |vm, a| match this(&a).and_then(|h| h.when) {
            Some(w) => Ok(Value::Float(w)),
            None => Err(vm.type_error("descriptor 'when' requires a 'TimerHandle' object")),
        })],
    );
    (handle, timer)
}
