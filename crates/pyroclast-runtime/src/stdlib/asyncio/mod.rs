//! The `asyncio` module: the event loop, Future, Task and sleep in Rust
//! ([`event_loop`], [`future`]); gather, wait_for, wait, as_completed, shield,
//! timeout, TaskGroup, locks and queues in Python on top of them (`lib.py`),
//! with the hot Queue methods ([`queues`]) and the methods of Lock, Event,
//! Semaphore and BoundedSemaphore ([`locks`]) in Rust.

pub mod driver;
pub mod errors;
pub mod event_loop;
pub mod future;
pub mod future_iter;
pub mod handle;
pub mod locks;
pub mod loop_object;
pub mod queues;

use std::any::Any;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::protocol::args::{Sig, Style, bind};
use crate::protocol::awaiting::YieldTurn;
use event_loop::EventLoop;
use future::AwaitFuture;

use crate::object::model::{Class, Layout};
use crate::object::value::{Args, Native, Value, builtin};
use crate::protocol::generator::Kind;
use crate::{Interp, PyResult};

/// The running loop, if any.
pub fn current_loop(vm: &Interp) -> Option<Rc<EventLoop>> {
    let lp = vm.event_loop.borrow().clone()?;
    lp.downcast::<EventLoop>().ok()
}

fn running_loop(vm: &Interp) -> PyResult<Rc<EventLoop>> {
    current_loop(vm).ok_or_else(|| vm.error(ExcKind::RuntimeError, "no running event loop"))
}

/// An asyncio exception class (CancelledError, InvalidStateError, ...).
pub fn exception_class(vm: &Interp, name: &'static str) -> Rc<Class> {
    if name == "CancelledError" {
        if let Some(c) = vm.types.others.borrow().get("asyncio.CancelledError") {
            return c.clone();
        }
        let c = Rc::new(Class {
            name: Rc::from("CancelledError"),
            qualname: Rc::from("CancelledError"),
            module: Rc::from("asyncio.exceptions"),
            bases: vec![vm.exc_class(ExcKind::BaseException)],
            mro: crate::object::model::linearize(&[vm.exc_class(ExcKind::BaseException)])
                .unwrap_or_default(),
            dict: Default::default(),
            tag: Default::default(),
            layout: Layout::Exception,
            builtin: true,
            marker: crate::object::class_dict::Marker::new(0),
            metaclass: std::cell::RefCell::new(None),
            new: std::cell::Cell::new(None),
            fast_new: std::cell::Cell::new(None),
            vm: std::cell::RefCell::new(std::rc::Weak::new()),
            weakrefs: std::cell::Cell::new(false),
            ctor: std::cell::Cell::new(crate::object::model::CtorPlan::UNSET),
            attrs: std::cell::Cell::new(0),
        });
        vm.types
            .others
            .borrow_mut()
            .insert("asyncio.CancelledError", c.clone());
        return c;
    }
    if let Some(Value::Module(m)) = vm.modules.get(vm, "asyncio")
        && let Some(Value::Class(c)) = m.globals.borrow().get(name)
    {
        return c.clone();
    }
    vm.exc_class(ExcKind::RuntimeError)
}

/// `get_running_loop()`: the running loop's object.
pub fn get_running_loop_value(vm: &Interp) -> PyResult<Value> {
    Ok(loop_object::loop_value(&running_loop(vm)?))
}

fn no_keywords(vm: &Interp, a: &Args, name: &str) -> PyResult<()> {
    match a.kw.iter().find(|(k, _)| &**k != "context") {
        Some((k, _)) => Err(vm.type_error(format!(
            "BaseEventLoop.{name}() got an unexpected keyword argument '{k}'"
        ))),
        None => Ok(()),
    }
}

fn float_arg(vm: &Interp, v: Option<&Value>) -> PyResult<f64> {
    match v {
        Some(v) => crate::protocol::types::construct::f64_arg(vm, v),
        None => Err(vm.type_error("missing delay")),
    }
}

/// `asyncio.sleep(delay, result=None)`: a coroutine.
fn sleep(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let result = a
        .take_kw("result")
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or(Value::None);
    let delay = float_arg(vm, a.pos.first())?;
    let vm_rc = vm.rc();
    if delay <= 0.0 {
        // Its own small body: every task in a `sleep(0)` loop holds one.
        let body: crate::protocol::generator::Body = Box::pin(async move {
            YieldTurn::new(&vm_rc).await?;
            Ok(result)
        });
        return Ok(crate::protocol::generator::coroutine(vm, "sleep", body));
    }
    let body: crate::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        let lp = running_loop(&vm)?;
        let fut = future::internal_future(&lp);
        let setter = set_result_unless_cancelled();
        let handle = lp.call_at(lp.time(&vm) + delay, setter, vec![fut.clone(), result]);
        let r = AwaitFuture::new(&vm, fut).await;
        handle.set(true);
        r
    });
    Ok(crate::protocol::generator::coroutine(vm, "sleep", body))
}

/// The timer callback of `asyncio.sleep`, made once per thread (a program
/// may have thousands of sleeps pending).
fn set_result_unless_cancelled() -> Value {
    thread_local! {
        static SETTER: Value = builtin("_set_result_unless_cancelled", |vm, a| {
            if let [fut, value] = &a.pos[..]
                && future::core_of(fut).is_some_and(|c| !c.done())
            {
                future::finish(vm, fut, future::State::Result(value.clone()));
            }
            Ok(Value::None)
        });
    }
    SETTER.with(Value::clone)
}

/// `loop.run_in_executor(executor, func, *args)`.
pub(crate) fn run_in_executor(vm: &Interp, a: Args) -> PyResult<Value> {
    // There are no threads for Python code: the job runs now, as a
    // worker thread would start it at once, and its result reaches
    // the future on the next loop turn, as call_soon_threadsafe does.
    let lp = match a
        .pos
        .first()
        .and_then(|v| v.native::<loop_object::LoopObject>())
    {
        Some(o) => o.lp.clone(),
        None => running_loop(vm)?,
    };
    let fut = future::new_future(&lp);
    let f = a.pos.get(2).cloned().unwrap_or(Value::None);
    let args = Args::new(a.pos.get(3..).map(<[Value]>::to_vec).unwrap_or_default());
    let (setter, value): (crate::object::value::BuiltinFn, Value) =
        match crate::protocol::call::call(vm, &f, args) {
            Ok(v) => (
                |vm, a| {
                    if future::core_of(&a.pos[0]).is_some_and(|c| !c.done()) {
                        future::finish(vm, &a.pos[0], future::State::Result(a.pos[1].clone()));
                    }
                    Ok(Value::None)
                },
                v,
            ),
            Err(e) => (
                |vm, a| {
                    if future::core_of(&a.pos[0]).is_some_and(|c| !c.done()) {
                        future::finish(vm, &a.pos[0], future::State::Exception(a.pos[1].clone()));
                    }
                    Ok(Value::None)
                },
                e.0,
            ),
        };
    lp.call_soon(builtin("_set_future", setter), vec![fut.clone(), value]);
    Ok(fut)
}

/// Fills the module with its Rust part (the Python parts follow, see the
/// module table).
pub fn fill(vm: &Interp, ns: &crate::object::model::Namespace) -> PyResult<()> {
    future::install(vm);
    loop_object::install(vm);
    future_iter::install(vm);
    let (handle, timer_handle) = handle::install(vm);
    {
        let mut g = ns.borrow_mut();
        let mut put = |name: &str, v: Value| {
            g.insert(Rc::from(name), v);
        };
        queues::fill(&mut put);
        locks::fill(vm, &mut put);
        put("Handle", Value::Class(handle));
        put("TimerHandle", Value::Class(timer_handle));
        put(
            "run",
            builtin("run", |vm, a| {
                // `run(main, *, debug=None)`: debug mode changes nothing here.
                const SIG: Sig = Sig::function("run", Style::KwClinic, 1, 2)
                    .named(&["main", "debug"], 1)
                    .positional(1);
                let (_, mut slots) = bind(vm, a, &SIG)?;
                let coro = slots[0].take().unwrap_or(Value::None);
                event_loop::run(vm, coro)
            }),
        );
        put("sleep", builtin("sleep", sleep));
        put(
            "get_running_loop",
            builtin("get_running_loop", |vm, _| get_running_loop_value(vm)),
        );
        put(
            "_reset_event_loop_state",
            builtin("_reset_event_loop_state", loop_object::reset_policy),
        );
        put(
            "get_event_loop",
            builtin("get_event_loop", loop_object::get_event_loop),
        );
        put(
            "new_event_loop",
            builtin("new_event_loop", loop_object::new_event_loop),
        );
        put(
            "set_event_loop",
            builtin("set_event_loop", loop_object::set_event_loop),
        );
        put(
            "create_task",
            builtin("create_task", |vm, a| {
                let lp = running_loop(vm)?;
                future::create_task_call(vm, &lp, a, 0)
            }),
        );
        put(
            "current_task",
            builtin("current_task", |vm, a| {
                const SIG: Sig =
                    Sig::function("current_task", Style::KwClinic, 0, 1).named(&["loop"], 0);
                let (_, slots) = bind(vm, a, &SIG)?;
                let lp = match slots[0].as_ref().filter(|v| !matches!(v, Value::None)) {
                    Some(v) => match v.native::<loop_object::LoopObject>() {
                        Some(o) => o.lp.clone(),
                        None => return Ok(Value::None),
                    },
                    None => running_loop(vm)?,
                };
                Ok(lp.current_task.borrow().clone().unwrap_or(Value::None))
            }),
        );
        put(
            "all_tasks",
            builtin("all_tasks", |vm, a| {
                // `all_tasks(loop=None)`: the running loop's by default.
                const SIG: Sig =
                    Sig::function("all_tasks", Style::KwClinic, 0, 1).named(&["loop"], 0);
                let (_, slots) = bind(vm, a, &SIG)?;
                let lp = match slots[0].as_ref().filter(|v| !matches!(v, Value::None)) {
                    Some(v) => match v.native::<loop_object::LoopObject>() {
                        Some(o) => Some(o.lp.clone()),
                        None => {
                            return Err(vm.type_error("all_tasks() argument must be an event loop"));
                        }
                    },
                    None => Some(running_loop(vm)?),
                };
                let tasks = lp.map(|lp| lp.pending_tasks()).unwrap_or_default();
                crate::protocol::types::construct::new_set(vm, tasks, false)
            }),
        );
        put(
            "iscoroutine",
            builtin("iscoroutine", |_, a| {
                Ok(Value::Bool(
                    a.pos
                        .first()
                        .and_then(|v| v.native::<crate::protocol::generator::Generator>())
                        // Generators count, as generator-based coroutines.
                        .is_some_and(|g| g.kind != Kind::AsyncGenerator),
                ))
            }),
        );
        put(
            "iscoroutinefunction",
            builtin("iscoroutinefunction", |_, a| {
                let f = match a.pos.first() {
                    Some(Value::Method(m)) => m.1.clone(),
                    Some(other) => other.clone(),
                    None => Value::None,
                };
                Ok(Value::Bool(match &f {
                    Value::Function(f) => {
                        f.def.is_async && !f.def.scope.get().is_some_and(|s| s.is_generator)
                    }
                    _ => false,
                }))
            }),
        );
        put("Future", Value::Class(vm.other_class("_asyncio.Future")));
        put("Task", Value::Class(vm.other_class("_asyncio.Task")));
        put(
            "CancelledError",
            Value::Class(exception_class(vm, "CancelledError")),
        );
        put(
            "TimeoutError",
            Value::Class(vm.exc_class(ExcKind::TimeoutError)),
        );
    }
    Ok(())
}

/// Waits until every task in `tasks` is done (used at `asyncio.run` exit).
pub fn gather_all(vm: &Interp, lp: &Rc<EventLoop>, tasks: Vec<Value>) -> Value {
    let _ = vm;
    let fut = future::new_future(lp);
    let remaining = Rc::new(std::cell::Cell::new(tasks.len()));
    for t in tasks {
        if let Some(core) = future::core_of(&t) {
            if core.done() {
                remaining.set(remaining.get() - 1);
                continue;
            }
            let fut2 = fut.clone();
            let rem = remaining.clone();
            let cb = Value::Native(Rc::new(OnDone(Box::new(move |vm| {
                rem.set(rem.get() - 1);
                if rem.get() == 0 && future::core_of(&fut2).is_some_and(|c| !c.done()) {
                    future::finish(vm, &fut2, future::State::Result(Value::None));
                }
            }))));
            core.push_callback(future::Callback::Python(cb));
        }
    }
    if remaining.get() == 0 {
        future::finish(vm, &fut, future::State::Result(Value::None));
    }
    fut
}

/// A Rust closure usable as a done callback.
struct OnDone(Box<dyn Fn(&Interp)>);

impl Native for OnDone {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.types.builtin.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, _args: Args) -> Option<PyResult<Value>> {
        (self.0)(vm);
        Some(Ok(Value::None))
    }
}

/// A callable running a Rust closure (a loop callback made in Rust).
pub fn on_call(f: impl Fn(&Interp) + 'static) -> Value {
    Value::Native(Rc::new(OnDone(Box::new(f))))
}

/// Starts a task running `agen.aclose()`.
pub fn close_in_task(vm: &Interp, lp: &Rc<EventLoop>, agen: Value) -> Option<Value> {
    use crate::protocol::generator::{GenChannel, Kind, Resume, new_rust_object};
    // CPython's task drives the `aclose()` awaitable itself, so a
    // cancellation that comes before its first step is thrown into the
    // generator (its `finally` runs) rather than just ending the task.
    let chan = Rc::new(GenChannel::default());
    chan.takes_first_throw.set(true);
    let first = chan.clone();
    let vm_rc = vm.rc();
    let body: crate::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        let aw = match first.resume.take() {
            Some(Resume::Throw(e)) => crate::protocol::awaiting::athrow_awaitable(agen, e),
            _ => crate::protocol::awaiting::aclose_awaitable(&vm, agen),
        };
        crate::protocol::awaiting::await_value(&vm, aw).await
    });
    let names = crate::protocol::generator::static_names("aclose");
    let coro = new_rust_object(vm, Kind::Coroutine, names, chan, body);
    future::create_task(vm, lp, coro, None).ok()
}

/// Closes async generators left suspended when the loop ends
/// (`loop.shutdown_asyncgens()`).
pub async fn shutdown_asyncgens(vm: &Interp, lp: &Rc<EventLoop>) {
    let gens: Vec<_> = lp
        .asyncgens
        .borrow_mut()
        .drain(..)
        .filter_map(|w| w.upgrade())
        .collect();
    let mut closing = Vec::new();
    for g in gens {
        let suspended = g
            .as_any()
            .downcast_ref::<crate::protocol::generator::Generator>()
            .is_some_and(|g| g.state.get() == crate::protocol::generator::State::Suspended);
        let g = Value::Native(g);
        if suspended && let Some(t) = close_in_task(vm, lp, g.clone()) {
            closing.push((g, t));
        }
    }
    let abandoned = std::mem::take(&mut *lp.finalize.borrow_mut());
    for g in abandoned {
        if let Some(t) = close_in_task(vm, lp, g.clone()) {
            closing.push((g, t));
        }
    }
    if closing.is_empty() {
        return;
    }
    let all = gather_all(vm, lp, closing.iter().map(|(_, t)| t.clone()).collect());
    let _ = lp.run_until_complete(vm, &all).await;
    // An aclose() that failed goes to the exception handler, as CPython's.
    for (g, t) in closing {
        let Some(core) = future::core_of(&t) else {
            continue;
        };
        if let Err(e) = future::result_of(vm, core) {
            let what = crate::protocol::ops::repr(vm, &g).unwrap_or_default();
            let message =
                format!("an error occurred during closing of asynchronous generator {what}");
            if let Ok(ctx) = errors::context(
                vm,
                vec![
                    ("message", Value::str(&message)),
                    ("exception", e.0),
                    ("asyncgen", g),
                ],
            ) {
                errors::call_handler(vm, lp, ctx);
            }
        }
    }
}

/// A coroutine object that awaits `aw` (any awaitable) and returns its
/// result, so an awaitable can run as a task.
pub fn awaiting_coroutine(vm: &Interp, aw: Value, name: &'static str) -> Value {
    let vm_rc = vm.rc();
    let body: crate::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        crate::protocol::awaiting::await_value(&vm, aw).await
    });
    crate::protocol::generator::coroutine(vm, name, body)
}

/// A coroutine that pulls the next item of the async iterator `it`
/// (raising `StopAsyncIteration` at its end).
pub fn anext_coroutine(vm: &Interp, it: Value) -> Value {
    let vm_rc = vm.rc();
    let body: crate::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        crate::protocol::awaiting::anext_value(&vm, &it).await
    });
    crate::protocol::generator::coroutine(vm, "__anext__", body)
}

/// Runs `coro` as a task on `lp` until it is done and returns its result.
/// The caller installs the loop as running and picks the driver. With
/// `session_input`, the task is an interactive session's input, whose code
/// may call `asyncio.run` as a script would.
pub async fn run_task(
    vm: &Interp,
    lp: &Rc<EventLoop>,
    coro: Value,
    session_input: bool,
) -> PyResult<Value> {
    let task = future::create_task(vm, lp, coro, None)?;
    if let Some(t) = task.native::<future::Task>() {
        t.allows_nested_run.set(session_input);
    }
    let r = lp.run_until_complete(vm, &task).await;
    let Some(core) = future::core_of(&task) else {
        return Ok(Value::None);
    };
    match r {
        Ok(()) => future::result_of(vm, core),
        Err(e) => {
            // Interrupted: cancel the task and let its `finally` blocks run,
            // as CPython's asyncio REPL cancels the running input.
            if !core.done() && !vm.stopping() {
                future::cancel(vm, &task, None);
                let _ = lp.run_until_complete(vm, &task).await;
            }
            core.retrieved.set(true);
            Err(e)
        }
    }
}

/// Installs the hooks through which the core reaches the running loop:
/// async generator first iteration and finalization (CPython's
/// `sys.set_asyncgen_hooks`, which the loop sets) and the running task's
/// pending cancellation.
pub fn install_hooks(vm: &Interp) {
    vm.hooks.asyncgen_firstiter.set(|vm, agen| {
        let Some(lp) = current_loop(vm) else {
            return false;
        };
        let Value::Native(n) = agen else {
            return false;
        };
        lp.asyncgens.borrow_mut().push(Rc::downgrade(n));
        true
    });
    vm.hooks.asyncgen_finalizer.set(|vm, agen, now| {
        let Some(lp) = current_loop(vm) else {
            return false;
        };
        // From a drop too when the loop's tables are free: CPython's hook
        // schedules the closing task's creation at once.
        let scheduled = if now {
            lp.schedule_aclose(agen.clone());
            true
        } else {
            lp.try_schedule_aclose(agen.clone())
        };
        if scheduled {
            return true;
        }
        match lp.finalize.try_borrow_mut() {
            Ok(mut pending) => {
                pending.push(agen.clone());
                true
            }
            Err(_) => false,
        }
    });
    vm.hooks.take_cancel.set(future::take_cancel);
}
