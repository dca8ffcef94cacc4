//! Event loops as Python sees them: the loop object, and the API that code
//! written before `asyncio.run` uses: `get_event_loop()` (creating and
//! setting a loop on first use, as 3.11 does in the main thread),
//! `new_event_loop()`, `set_event_loop()`, `loop.run_until_complete()`,
//! `run_forever()`, `stop()`, `close()`, `is_running()`, `is_closed()`, and
//! the scheduling methods, which act on their own loop whether or not it
//! runs.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::event_loop::EventLoop;
use super::handle::Handle;
use super::{current_loop, future};
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::{Interp, PyResult};

/// The class's registered name (CPython's default loop on Unix).
pub const CLASS: &str = "_UnixSelectorEventLoop";

/// A loop object: what `new_event_loop()` and `get_running_loop()` return.
pub struct LoopObject {
    /// The loop.
    pub lp: Rc<EventLoop>,
    debug: Cell<bool>,
}

impl Native for LoopObject {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(CLASS)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&crate::object::model::Namespace> {
        Some(&self.lp.attrs)
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        self.lp.attrs.borrow().get(name).cloned().map(Ok)
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<{CLASS} running={} closed={} debug={}>",
            py_bool(is_running(vm, &self.lp)),
            py_bool(self.lp.closed.get()),
            py_bool(self.debug.get())
        )))
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

fn is_running(vm: &Interp, lp: &Rc<EventLoop>) -> bool {
    current_loop(vm).is_some_and(|cur| Rc::ptr_eq(&cur, lp))
}

/// The object for `lp`: the same one while anyone holds it.
pub fn loop_value(lp: &Rc<EventLoop>) -> Value {
    if let Some(obj) = lp.handle.borrow().upgrade() {
        return Value::Native(obj);
    }
    let obj: Rc<dyn Native> = Rc::new(LoopObject {
        lp: lp.clone(),
        debug: Cell::new(false),
    });
    *lp.handle.borrow_mut() = Rc::downgrade(&obj);
    Value::Native(obj)
}

/// The loop behind a loop object.
pub fn loop_of(vm: &Interp, v: &Value) -> PyResult<Rc<EventLoop>> {
    match v.native::<LoopObject>() {
        Some(o) => Ok(o.lp.clone()),
        None => Err(vm.type_error(format!(
            "expected an event loop, got {}",
            crate::protocol::ops::type_name(vm, v)
        ))),
    }
}

/// The loop a method was called on.
fn receiver(vm: &Interp, a: &Args) -> PyResult<Rc<EventLoop>> {
    match a.pos.first().and_then(|v| v.native::<LoopObject>()) {
        Some(o) => Ok(o.lp.clone()),
        None => Err(vm.type_error("descriptor requires an event loop object")),
    }
}

fn closed_error(vm: &Interp) -> crate::PyErr {
    vm.error(ExcKind::RuntimeError, "Event loop is closed")
}

/// The asyncio module's per-interpreter state: the loop `set_event_loop`
/// set, and whether it was ever called (then `get_event_loop` stops
/// creating loops, as CPython's policy does).
#[derive(Default)]
struct Policy {
    current: RefCell<Option<Value>>,
    set_called: Cell<bool>,
}

fn policy(vm: &Interp) -> Rc<Policy> {
    let mut state = vm.module_state.borrow_mut();
    let entry = state
        .entry("asyncio.policy")
        .or_insert_with(|| Rc::new(Policy::default()));
    entry.clone().downcast::<Policy>().unwrap_or_default()
}

/// `asyncio.get_event_loop()`: the running loop, else the one set, else a
/// new one that becomes the set one (unless `set_event_loop` was called).
pub fn get_event_loop(vm: &Interp, _a: Args) -> PyResult<Value> {
    if let Some(lp) = current_loop(vm) {
        return Ok(loop_value(&lp));
    }
    let p = policy(vm);
    if let Some(v) = p.current.borrow().clone() {
        return Ok(v);
    }
    if p.set_called.get() {
        return Err(vm.error(
            ExcKind::RuntimeError,
            "There is no current event loop in thread 'MainThread'.",
        ));
    }
    let v = loop_value(&EventLoop::new());
    *p.current.borrow_mut() = Some(v.clone());
    Ok(v)
}

/// `_reset_event_loop_state()`: a fresh default policy's state (no loop
/// set), for `set_event_loop_policy`.
pub fn reset_policy(vm: &Interp, _a: Args) -> PyResult<Value> {
    let p = policy(vm);
    *p.current.borrow_mut() = None;
    p.set_called.set(false);
    Ok(Value::None)
}

/// `asyncio.new_event_loop()`.
pub fn new_event_loop(_vm: &Interp, _a: Args) -> PyResult<Value> {
    Ok(loop_value(&EventLoop::new()))
}

/// `asyncio.set_event_loop(loop)`.
pub fn set_event_loop(vm: &Interp, a: Args) -> PyResult<Value> {
    let v = crate::protocol::call::one(vm, &a, "set_event_loop")?;
    if !matches!(v, Value::None) && v.native::<LoopObject>().is_none() {
        return Err(vm.type_error(format!(
            "loop must be an instance of AbstractEventLoop or None, not '{}'",
            crate::protocol::ops::type_name(vm, &v)
        )));
    }
    let p = policy(vm);
    p.set_called.set(true);
    *p.current.borrow_mut() = (!matches!(v, Value::None)).then_some(v);
    Ok(Value::None)
}

/// The task or future that `run_until_complete(x)` waits for.
fn ensure_future(vm: &Interp, lp: &Rc<EventLoop>, v: Value) -> PyResult<Value> {
    if future::core_of(&v).is_some() {
        return Ok(v);
    }
    let awaitable = v
        .native::<crate::protocol::generator::Generator>()
        .is_some_and(|g| g.kind == crate::protocol::generator::Kind::Coroutine)
        || v.native::<crate::protocol::awaiting::AsyncGenAwaitable>()
            .is_some();
    let coro = if awaitable {
        v
    } else if crate::protocol::classes::getattr(vm, &v, "__await__").is_ok() {
        super::awaiting_coroutine(vm, v, "_wrap_awaitable")
    } else {
        return Err(vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"));
    };
    future::create_task(vm, lp, coro, None)
}

/// Runs `lp` on this thread until `until` says stop (blocking driver).
fn drive(vm: &Interp, lp: &Rc<EventLoop>, until: Option<&Value>) -> PyResult<()> {
    if lp.closed.get() {
        return Err(closed_error(vm));
    }
    if let Some(cur) = current_loop(vm) {
        return Err(vm.error(
            ExcKind::RuntimeError,
            if Rc::ptr_eq(&cur, lp) {
                "This event loop is already running"
            } else {
                "Cannot run the event loop while another loop is running"
            },
        ));
    }
    // The loop's own async generator hooks apply while it runs.
    let saved_hooks = std::mem::take(&mut *vm.asyncgen_hooks.borrow_mut());
    let r = super::driver::block_on(vm, async {
        *vm.event_loop.borrow_mut() = Some(lp.clone());
        let r = match until {
            Some(fut) => lp.run_until_complete(vm, fut).await,
            None => lp.run_forever(vm).await,
        };
        *vm.event_loop.borrow_mut() = None;
        r
    });
    *vm.asyncgen_hooks.borrow_mut() = saved_hooks;
    r
}

fn run_until_complete(vm: &Interp, a: Args) -> PyResult<Value> {
    let lp = receiver(vm, &a)?;
    let arg = a.pos.get(1).cloned().unwrap_or(Value::None);
    if lp.closed.get() {
        return Err(closed_error(vm));
    }
    let fut = ensure_future(vm, &lp, arg)?;
    drive(vm, &lp, Some(&fut))?;
    match future::core_of(&fut) {
        Some(c) if c.done() => future::result_of(vm, c),
        _ => Err(vm.error(
            ExcKind::RuntimeError,
            "Event loop stopped before Future completed.",
        )),
    }
}

/// The loop methods.
pub fn method_table() -> Vec<(&'static str, crate::object::value::BuiltinFn)> {
    vec![
        ("run_until_complete", run_until_complete),
        ("run_forever", |vm, a| {
            let lp = receiver(vm, &a)?;
            drive(vm, &lp, None)?;
            Ok(Value::None)
        }),
        ("stop", |vm, a| {
            receiver(vm, &a)?.stopping.set(true);
            Ok(Value::None)
        }),
        ("close", |vm, a| {
            let lp = receiver(vm, &a)?;
            if is_running(vm, &lp) {
                return Err(vm.error(ExcKind::RuntimeError, "Cannot close a running event loop"));
            }
            lp.close();
            Ok(Value::None)
        }),
        ("is_running", |vm, a| {
            Ok(Value::Bool(is_running(vm, &receiver(vm, &a)?)))
        }),
        ("is_closed", |vm, a| {
            Ok(Value::Bool(receiver(vm, &a)?.closed.get()))
        }),
        ("get_debug", |vm, a| {
            receiver(vm, &a)?;
            Ok(Value::Bool(
                a.pos[0]
                    .native::<LoopObject>()
                    .is_some_and(|o| o.debug.get()),
            ))
        }),
        ("set_debug", |vm, a| {
            receiver(vm, &a)?;
            if let (Some(o), Some(v)) = (a.pos[0].native::<LoopObject>(), a.pos.get(1)) {
                o.debug.set(crate::protocol::ops::truthy(vm, v)?);
            }
            Ok(Value::None)
        }),
        ("set_exception_handler", |vm, a| {
            let lp = receiver(vm, &a)?;
            super::errors::set_handler(vm, &lp, a.pos.get(1).cloned().unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        ("get_exception_handler", |vm, a| {
            let lp = receiver(vm, &a)?;
            let h = lp.exception_handler.borrow().clone();
            Ok(h.unwrap_or(Value::None))
        }),
        ("call_exception_handler", |vm, a| {
            let lp = receiver(vm, &a)?;
            super::errors::call_handler(vm, &lp, a.pos.get(1).cloned().unwrap_or(Value::None));
            Ok(Value::None)
        }),
        ("default_exception_handler", |vm, a| {
            receiver(vm, &a)?;
            super::errors::default_handler(vm, a.pos.get(1).unwrap_or(&Value::None));
            Ok(Value::None)
        }),
        ("time", |vm, a| Ok(Value::Float(receiver(vm, &a)?.time(vm)))),
        ("create_future", |vm, a| {
            Ok(future::new_future(&receiver(vm, &a)?))
        }),
        ("call_soon", |vm, a| call_soon(vm, a, "call_soon")),
        ("call_soon_threadsafe", |vm, a| {
            call_soon(vm, a, "call_soon_threadsafe")
        }),
        ("call_later", |vm, a| {
            super::no_keywords(vm, &a, "call_later")?;
            let lp = open_loop(vm, &a)?;
            let delay = super::float_arg(vm, a.pos.get(1))?;
            timer(vm, &lp, lp.time(vm) + delay, &a)
        }),
        ("call_at", |vm, a| {
            super::no_keywords(vm, &a, "call_at")?;
            let lp = open_loop(vm, &a)?;
            let when = super::float_arg(vm, a.pos.get(1))?;
            timer(vm, &lp, when, &a)
        }),
        ("create_task", |vm, a| {
            let lp = open_loop(vm, &a)?;
            future::create_task_call(vm, &lp, a, 1)
        }),
        ("run_in_executor", super::run_in_executor),
        ("shutdown_asyncgens", |vm, a| {
            let lp = receiver(vm, &a)?;
            let vm_rc = vm.rc();
            let body: crate::protocol::generator::Body = Box::pin(async move {
                let vm = vm_rc;
                super::shutdown_asyncgens(&vm, &lp).await;
                Ok(Value::None)
            });
            Ok(crate::protocol::generator::coroutine(
                vm,
                "shutdown_asyncgens",
                body,
            ))
        }),
        ("shutdown_default_executor", |vm, a| {
            receiver(vm, &a)?;
            let body: crate::protocol::generator::Body = Box::pin(async { Ok(Value::None) });
            Ok(crate::protocol::generator::coroutine(
                vm,
                "shutdown_default_executor",
                body,
            ))
        }),
    ]
}

/// The receiver's loop, which must not be closed (scheduling on a closed
/// loop raises, as CPython's `_check_closed`).
fn open_loop(vm: &Interp, a: &Args) -> PyResult<Rc<EventLoop>> {
    let lp = receiver(vm, a)?;
    if lp.closed.get() {
        return Err(closed_error(vm));
    }
    Ok(lp)
}

fn call_soon(vm: &Interp, a: Args, name: &str) -> PyResult<Value> {
    super::no_keywords(vm, &a, name)?;
    let lp = open_loop(vm, &a)?;
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    let args = a.pos.get(2..).map(<[Value]>::to_vec).unwrap_or_default();
    let (func, call_args) = in_context(vm, &a, &f, &args)?;
    let h = lp.call_soon(func, call_args);
    Ok(Handle::value(h, None, f, args))
}

/// `call_later`/`call_at`: `a` holds the loop, the time, the callback and
/// its arguments.
fn timer(vm: &Interp, lp: &Rc<EventLoop>, when: f64, a: &Args) -> PyResult<Value> {
    let f = a.pos.get(2).cloned().unwrap_or(Value::None);
    let args = a.pos.get(3..).map(<[Value]>::to_vec).unwrap_or_default();
    let (func, call_args) = in_context(vm, a, &f, &args)?;
    let h = lp.call_at(when, func, call_args);
    Ok(Handle::value(h, Some(when), f, args))
}

/// A callback runs in the context given as `context=`, else in a copy of
/// the current one, as CPython's handles do: scheduled as `ctx.run(f,
/// *args)`. Without context variables in use there is nothing to copy.
fn in_context(vm: &Interp, a: &Args, f: &Value, args: &[Value]) -> PyResult<(Value, Vec<Value>)> {
    let given =
        a.kw.iter()
            .find(|(k, _)| &**k == "context")
            .map(|(_, v)| v.clone())
            .filter(|v| !matches!(v, Value::None));
    let Some(ctx) = given.or_else(|| crate::stdlib::contextvars::copy_current(vm)) else {
        return Ok((f.clone(), args.to_vec()));
    };
    let run = crate::protocol::classes::getattr(vm, &ctx, "run")?;
    let mut call_args = vec![f.clone()];
    call_args.extend_from_slice(args);
    Ok((run, call_args))
}

/// Registers the loop class and its methods.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(&vm.other_class(CLASS), "loop", &method_table());
}
