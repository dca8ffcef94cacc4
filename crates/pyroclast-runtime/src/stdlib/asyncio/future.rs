//! asyncio futures and tasks. A task steps its coroutine's body future with a
//! waker that puts the task back on the event loop's FIFO ready queue; done
//! callbacks (task wakeups included) run through `call_soon` in registration
//! order, as in CPython, which is what makes interleaved output match.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

use super::event_loop::{EventLoop, ReadyQueue};
use crate::object::exc_kind::ExcKind;
use crate::object::gc::Edge;
use crate::object::model::Class;
use crate::object::trace::{Trace, clear_cell};
use crate::object::value::{Args, Native, Value};
use crate::protocol::generator::{Generator, Resume, Step};
use crate::{Interp, PyErr, PyResult};

/// What a done callback is.
pub enum Callback {
    /// Wake a task waiting in `await`.
    Waker(Waker),
    /// A Python callable, called with the future.
    Python(Value),
}

/// State of a future.
#[derive(Clone)]
pub enum State {
    /// Not done.
    Pending,
    /// Done with a result.
    Result(Value),
    /// Done with an exception.
    Exception(Value),
    /// Cancelled, with the message given to `cancel()`.
    Cancelled(Option<Value>),
}

/// The future part shared by `Future` and `Task`.
pub struct FutureCore {
    /// Current state.
    pub state: RefCell<State>,
    /// Done callbacks, in registration order.
    pub callbacks: RefCell<Vec<Callback>>,
    /// Someone looked at the exception (result(), exception() or await).
    pub retrieved: Cell<bool>,
    /// The loop its callbacks run on (weak: the loop holds its tasks).
    pub lp: std::rc::Weak<EventLoop>,
    /// `_asyncio_future_blocking`: set when `__await__` yields the future,
    /// so a task can tell `await fut` from a bare `yield fut`.
    pub blocking: Cell<bool>,
    /// Attributes set on the future or task (`task.user_data = ...`),
    /// made on the first one (a pointer until then: there can be many
    /// tasks).
    pub dict: std::cell::OnceCell<Box<crate::object::model::Namespace>>,
    /// Weak references to the future were made (`object/weakref.rs`).
    pub weakrefs: Cell<bool>,
}

impl FutureCore {
    fn new(lp: &Rc<EventLoop>) -> Self {
        FutureCore {
            state: RefCell::new(State::Pending),
            callbacks: RefCell::new(Vec::new()),
            retrieved: Cell::new(false),
            lp: Rc::downgrade(lp),
            blocking: Cell::new(false),
            dict: std::cell::OnceCell::new(),
            weakrefs: Cell::new(false),
        }
    }

    /// The loop this future belongs to, while it exists.
    pub fn event_loop(&self) -> Option<Rc<EventLoop>> {
        self.lp.upgrade()
    }

    /// `add_done_callback(cb)`: scheduled at once on a done future.
    pub fn add_callback(&self, fut: &Value, cb: Value) {
        if self.done() {
            if let Some(lp) = self.event_loop() {
                lp.call_soon(cb, vec![fut.clone()]);
            }
        } else {
            self.push_callback(Callback::Python(cb));
        }
    }

    /// Adds a done callback. The list starts with room for one: most
    /// futures get exactly one (the task or `gather` waiting on them), and
    /// a program may hold thousands of pending tasks.
    pub fn push_callback(&self, cb: Callback) {
        let mut cbs = self.callbacks.borrow_mut();
        if cbs.capacity() == 0 {
            cbs.reserve_exact(1);
        }
        cbs.push(cb);
    }

    /// True once done.
    pub fn done(&self) -> bool {
        !matches!(*self.state.borrow(), State::Pending)
    }

    /// True when cancelled.
    pub fn cancelled(&self) -> bool {
        matches!(*self.state.borrow(), State::Cancelled(_))
    }

    /// Reports the result, exception, callbacks and attributes to the
    /// cycle collector.
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        if let Ok(state) = self.state.try_borrow() {
            match &*state {
                State::Result(v) | State::Exception(v) | State::Cancelled(Some(v)) => {
                    v.trace(visit)
                }
                State::Pending | State::Cancelled(None) => {}
            }
        }
        if let Ok(cbs) = self.callbacks.try_borrow() {
            for cb in cbs.iter() {
                if let Callback::Python(v) = cb {
                    v.trace(visit);
                }
            }
        }
        if let Some(d) = self.dict.get() {
            d.trace(visit);
        }
    }

    /// Drops what [`FutureCore::trace`] reports, but an exception: the
    /// exception clears itself, and a never-retrieved one is still
    /// reported when the task goes.
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut state) = self.state.try_borrow_mut()
            && let State::Result(v) | State::Cancelled(Some(v)) = &mut *state
        {
            v.clear(out);
        }
        if let Ok(mut cbs) = self.callbacks.try_borrow_mut() {
            for cb in cbs.iter_mut() {
                if let Callback::Python(v) = cb {
                    v.clear(out);
                }
            }
        }
        if let Some(d) = self.dict.get() {
            clear_cell(d, out);
        }
    }
}

/// `asyncio.Future`.
pub struct PyFuture {
    /// The state.
    pub core: FutureCore,
}

/// `asyncio.Task`.
pub struct Task {
    /// The task as a future.
    pub core: FutureCore,
    /// The coroutine object being driven.
    pub coro: Value,
    /// `get_name()`: `Task-N` is made when asked for (a program may hold
    /// thousands of tasks nobody names).
    pub name: RefCell<TaskName>,
    /// A cancellation is pending delivery at the next await.
    pub must_cancel: Cell<bool>,
    /// The future this task waits on.
    pub fut_waiter: RefCell<Option<Value>>,
    /// Count of `cancel()` calls not yet `uncancel()`ed.
    pub cancel_requests: Cell<u32>,
    /// The task's id on the ready queue.
    pub id: usize,
    /// The waker that schedules this task.
    pub waker: Waker,
    /// For the "never retrieved" report when the task is dropped.
    pub vm: std::rc::Weak<Interp>,
    /// The task runs an interactive session's input, whose top level may
    /// call `asyncio.run` (see `event_loop::run`).
    pub allows_nested_run: Cell<bool>,
    /// What most tasks never have, in one box made on first use: a program
    /// may hold thousands of tasks.
    rare: RefCell<Option<Box<TaskRare>>>,
    /// `fut_waiter` was set by a future the coroutine yielded (not by an
    /// `await` of ours), so the next step clears it.
    yielded_waiter: Cell<bool>,
}

/// A task's rarely set state ([`Task::rare`]).
#[derive(Default)]
struct TaskRare {
    /// The message for the pending cancellation.
    cancel_msg: Option<Value>,
    /// The `contextvars.Context` its steps run in (a copy of its creator's;
    /// `None` while no context variable was ever set).
    context: Option<Value>,
    /// An error to throw into the coroutine at its next step (a bad
    /// yield), as CPython's `call_soon(__step, exc)`.
    pending_throw: Option<PyErr>,
}

impl Trace for TaskRare {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        self.cancel_msg.trace(visit);
        self.context.trace(visit);
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        self.cancel_msg.clear(out);
        self.context.clear(out);
    }
}

/// A task's name ([`Task::name`]).
#[derive(Clone)]
pub enum TaskName {
    /// `Task-N`, not yet spelled out.
    Number(u64),
    /// Given by `name=` or `set_name()`.
    Given(Rc<str>),
}

impl Task {
    /// A task for `coro`, scheduled by `waker` under `id`.
    fn new(
        core: FutureCore,
        coro: Value,
        name: TaskName,
        id: usize,
        waker: Waker,
        vm: std::rc::Weak<Interp>,
    ) -> Task {
        Task {
            core,
            coro,
            name: RefCell::new(name),
            must_cancel: Cell::new(false),
            fut_waiter: RefCell::new(None),
            cancel_requests: Cell::new(0),
            id,
            waker,
            vm,
            allows_nested_run: Cell::new(false),
            rare: RefCell::new(None),
            yielded_waiter: Cell::new(false),
        }
    }

    /// Takes one rare field, without making the box when there is none.
    fn take_rare<T>(&self, field: impl FnOnce(&mut TaskRare) -> Option<T>) -> Option<T> {
        self.rare.borrow_mut().as_deref_mut().and_then(field)
    }

    /// Stores one rare field; `None` makes no box.
    fn put_rare<T>(&self, v: Option<T>, field: impl FnOnce(&mut TaskRare) -> &mut Option<T>) {
        let mut slot = self.rare.borrow_mut();
        if v.is_some() || slot.is_some() {
            // The old value is dropped after the borrow ends.
            let old = std::mem::replace(field(slot.get_or_insert_with(Box::default)), v);
            drop(slot);
            drop(old);
        }
    }

    /// Takes the pending cancellation's message.
    fn take_cancel_msg(&self) -> Option<Value> {
        self.take_rare(|r| r.cancel_msg.take())
    }

    /// Sets the context the task's steps run in (`None` makes no box).
    fn set_context(&self, ctx: Option<Value>) {
        self.put_rare(ctx, |r| &mut r.context);
    }

    /// `get_name()`.
    pub fn name(&self) -> Rc<str> {
        match &*self.name.borrow() {
            TaskName::Number(n) => Rc::from(format!("Task-{n}")),
            TaskName::Given(s) => s.clone(),
        }
    }
}

impl Drop for PyFuture {
    fn drop(&mut self) {
        if self.core.weakrefs.get() {
            crate::object::weakref::freed(self as *const Self as *const () as usize);
        }
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        if self.core.weakrefs.get() {
            crate::object::weakref::freed(self as *const Self as *const () as usize);
        }
        let State::Exception(e) = self.core.state.borrow().clone() else {
            return;
        };
        if self.core.retrieved.get() {
            return;
        }
        let Some(vm) = self.vm.upgrade() else { return };
        if vm.stopping() || vm.closing.get() {
            return;
        }
        // CPython reports a failed task nobody awaited when it is
        // collected, through the loop's exception handler. The report runs
        // Python code, so it waits for the next statement boundary, with
        // the task's state moved into a new task object for `future`.
        let Some(lp) = self.core.event_loop() else {
            return;
        };
        let core = std::mem::replace(&mut self.core, FutureCore::new(&lp));
        core.retrieved.set(true);
        let rescued = Value::Native(Rc::new(Task::new(
            core,
            std::mem::replace(&mut self.coro, Value::None),
            self.name.borrow().clone(),
            self.id,
            self.waker.clone(),
            self.vm.clone(),
        )));
        let Ok(ctx) = super::errors::context(
            &vm,
            vec![
                ("message", Value::str("Task exception was never retrieved")),
                ("exception", e),
                ("future", rescued),
            ],
        ) else {
            return;
        };
        let report =
            crate::object::value::builtin("_report_unretrieved", super::errors::report_unretrieved);
        let arg = Value::tuple(vec![super::loop_object::loop_value(&lp), ctx]);
        if let Ok(mut pending) = vm.finalizers.try_borrow_mut() {
            pending.push(Value::tuple(vec![report, arg]));
            vm.finalizers_pending.set(true);
        }
    }
}

/// The future core of a Future or Task value.
pub fn core_of(v: &Value) -> Option<&FutureCore> {
    if let Some(f) = v.native::<PyFuture>() {
        return Some(&f.core);
    }
    v.native::<Task>().map(|t| &t.core)
}

/// Wakes a task by putting its id on the ready queue.
pub struct TaskWaker {
    /// Task id.
    pub id: usize,
    /// The loop's queue.
    pub queue: Arc<Mutex<ReadyQueue>>,
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        if let Ok(mut q) = self.queue.lock() {
            q.push_task(self.id);
        }
    }
}

/// `asyncio.CancelledError(msg)`.
pub fn cancelled_error(vm: &Interp, msg: Option<Value>) -> PyErr {
    let class = super::exception_class(vm, "CancelledError");
    let args = msg.into_iter().collect::<Vec<_>>();
    PyErr(vm.new_exception(&class, args))
}

/// Registers a task its loop let go of while it was pending with the
/// collector (a done task is registered by [`finish`]).
pub fn abandoned(task: &Value) {
    if let Value::Native(n) = task
        && n.as_any()
            .downcast_ref::<Task>()
            .is_some_and(|t| !t.core.done())
    {
        crate::object::gc::track(crate::object::gc::Tracked::Native(Rc::downgrade(n)));
    }
}

/// Marks a future done and schedules its callbacks.
pub fn finish(vm: &Interp, fut: &Value, state: State) {
    let Some(core) = core_of(fut) else { return };
    let was_pending = !core.done();
    // A done task is registered when it holds something a cycle can go
    // through (its finished coroutine holds nothing): thousands of tasks
    // returning numbers cost the collector nothing.
    let may_cycle = match &state {
        State::Result(v) | State::Exception(v) | State::Cancelled(Some(v)) => {
            v.may_hold_references()
        }
        State::Pending | State::Cancelled(None) => false,
    } || core.dict.get().is_some();
    *core.state.borrow_mut() = state;
    if was_pending
        && let Value::Native(n) = fut
        && let Some(task) = n.as_any().downcast_ref::<Task>()
        && (may_cycle
            || task
                .rare
                .borrow()
                .as_ref()
                .is_some_and(|r| r.context.is_some()))
    {
        crate::object::gc::track(crate::object::gc::Tracked::Native(Rc::downgrade(n)));
    }
    let callbacks = std::mem::take(&mut *core.callbacks.borrow_mut());
    let lp = core.event_loop();
    let _ = vm;
    for cb in callbacks {
        match cb {
            Callback::Waker(w) => w.wake(),
            Callback::Python(f) => {
                if let Some(lp) = &lp {
                    lp.call_soon(f, vec![fut.clone()]);
                }
            }
        }
    }
}

/// The result of a done future, raising its exception or CancelledError.
pub fn result_of(vm: &Interp, core: &FutureCore) -> PyResult<Value> {
    core.retrieved.set(true);
    match core.state.borrow().clone() {
        State::Result(v) => Ok(v),
        State::Exception(e) => Err(PyErr(e)),
        State::Cancelled(msg) => Err(cancelled_error(vm, msg)),
        State::Pending => Err(PyErr(vm.new_exception(
            &super::exception_class(vm, "InvalidStateError"),
            vec![Value::str("Result is not set.")],
        ))),
    }
}

/// A future the runtime awaits itself (`sleep`'s): never seen by Python
/// code, so never part of a cycle, and left out of the collector's work.
pub fn internal_future(lp: &Rc<EventLoop>) -> Value {
    Value::Native(Rc::new(PyFuture {
        core: FutureCore::new(lp),
    }))
}

/// A new pending `asyncio.Future` of loop `lp`.
pub fn new_future(lp: &Rc<EventLoop>) -> Value {
    Value::native_tracked(Rc::new(PyFuture {
        core: FutureCore::new(lp),
    }))
}

/// `Future(*, loop=None)`: a future of `loop`, else of the current loop.
fn future_new(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: crate::protocol::args::Sig =
        crate::protocol::args::Sig::new("Future", crate::protocol::args::Style::KwClinic, 0, 0)
            .named(&["loop"], 0)
            .positional(0);
    let (_, slots) = crate::protocol::args::bind(vm, a, &SIG)?;
    let lp = match slots[0].as_ref().filter(|v| !matches!(v, Value::None)) {
        Some(v) => super::loop_object::loop_of(vm, v)?,
        None => super::loop_object::loop_of(
            vm,
            &super::loop_object::get_event_loop(vm, Args::default())?,
        )?,
    };
    Ok(new_future(&lp))
}

/// Cancels a future or task; returns whether it was pending.
pub fn cancel(vm: &Interp, fut: &Value, msg: Option<Value>) -> bool {
    if let Some(t) = fut.native::<Task>() {
        if t.core.done() {
            return false;
        }
        t.cancel_requests.set(t.cancel_requests.get() + 1);
        let waiter = t.fut_waiter.borrow().clone();
        if let Some(w) = waiter
            && cancel(vm, &w, msg.clone())
        {
            return true;
        }
        t.must_cancel.set(true);
        t.put_rare(msg, |r| &mut r.cancel_msg);
        t.waker.wake_by_ref();
        return true;
    }
    let Some(core) = core_of(fut) else {
        // A future-like object (gather's result): use its own cancel().
        return crate::protocol::classes::call_method(
            vm,
            fut,
            "cancel",
            Args::new(msg.into_iter().collect()),
        )
        .and_then(|r| crate::protocol::ops::truthy(vm, &r))
        .unwrap_or(false);
    };
    if core.done() {
        return false;
    }
    finish(vm, fut, State::Cancelled(msg));
    true
}

/// Numbers tasks `Task-1`, `Task-2`, ... as CPython does: one counter for
/// the whole interpreter, across loops.
pub fn next_task_number(vm: &Interp) -> u64 {
    let counter = vm
        .module_state
        .borrow_mut()
        .entry("asyncio.task_counter")
        .or_insert_with(|| Rc::new(Cell::new(0u64)))
        .clone();
    let counter = counter.downcast::<Cell<u64>>().unwrap_or_default();
    counter.set(counter.get() + 1);
    counter.get()
}

/// `create_task(coro, *, name=None, context=None)` of the module and of
/// loops: `coro` comes first in `a`'s positional arguments.
pub fn create_task_call(
    vm: &Interp,
    lp: &Rc<EventLoop>,
    mut a: Args,
    at: usize,
) -> PyResult<Value> {
    let name = a
        .take_kw("name")
        .filter(|n| !matches!(n, Value::None))
        .map(|n| crate::protocol::ops::to_str_rc(vm, &n))
        .transpose()?;
    let context = a.take_kw("context").filter(|c| !matches!(c, Value::None));
    let task = create_task(vm, lp, a.pos.get(at).cloned().unwrap_or(Value::None), name)?;
    if let (Some(ctx), Some(t)) = (context, task.native::<Task>()) {
        t.set_context(Some(ctx));
    }
    Ok(task)
}

/// Creates a task for a coroutine and schedules its first step.
pub fn create_task(
    vm: &Interp,
    lp: &Rc<EventLoop>,
    coro: Value,
    name: Option<Rc<str>>,
) -> PyResult<Value> {
    let coro = if coro
        .native::<crate::protocol::awaiting::AsyncGenAwaitable>()
        .is_some()
    {
        // `anext(agen)` objects count as coroutines: run them in a wrapper.
        let vm_rc = vm.rc();
        let aw = coro.clone();
        let body: crate::protocol::generator::Body = Box::pin(async move {
            let vm = vm_rc;
            crate::protocol::awaiting::await_value(&vm, aw).await
        });
        crate::protocol::generator::coroutine(vm, "anext", body)
    } else if let Some(g) = coro
        .native::<Generator>()
        .filter(|g| g.kind == crate::protocol::generator::Kind::Generator)
    {
        // A generator is a generator-based coroutine to asyncio (it yields
        // futures or None): the task drives it through a wrapper.
        let name = g.name();
        let vm_rc = vm.rc();
        let body: crate::protocol::generator::Body = Box::pin(async move {
            let vm = vm_rc;
            crate::protocol::awaiting::drive_generator(&vm, coro).await
        });
        crate::protocol::generator::coroutine_named(vm, name, body)
    } else {
        coro
    };
    match coro.native::<Generator>() {
        Some(g) if g.kind == crate::protocol::generator::Kind::Coroutine => {
            g.awaited.set(true);
        }
        _ => {
            return Err(vm.type_error(format!(
                "a coroutine was expected, got {}",
                crate::protocol::ops::repr(vm, &coro)?
            )));
        }
    }
    let id = lp.new_task_id();
    // CPython numbers every task, named or not.
    let number = next_task_number(vm);
    let name = name.map_or(TaskName::Number(number), TaskName::Given);
    let waker = Waker::from(Arc::new(TaskWaker {
        id,
        queue: lp.queue.clone(),
    }));
    // Registered with the collector when done (`finish`) or when its loop
    // goes (`abandoned`): until then the loop holds it, so it cannot be
    // garbage.
    let t = Task::new(
        FutureCore::new(lp),
        coro,
        name,
        id,
        waker.clone(),
        Rc::downgrade(&vm.rc()),
    );
    t.set_context(crate::stdlib::contextvars::copy_current(vm));
    let task = Value::Native(Rc::new(t));
    lp.register_task(id, task.clone());
    waker.wake();
    Ok(task)
}

/// Runs one step of a task (called by the loop when it is ready).
pub fn step(vm: &Interp, lp: &Rc<EventLoop>, task_value: &Value) {
    let Some(task) = task_value.native::<Task>() else {
        return;
    };
    if task.core.done() {
        return;
    }
    let Some(coro) = task.coro.native::<Generator>() else {
        return;
    };
    let prev = lp.current_task.replace(Some(task_value.clone()));
    if task.yielded_waiter.replace(false) {
        task.fut_waiter.borrow_mut().take();
    }
    let resume = if let Some(e) = task.take_rare(|r| r.pending_throw.take()) {
        Resume::Throw(e)
    } else if task.must_cancel.get()
        && coro.state.get() == crate::protocol::generator::State::Created
    {
        task.must_cancel.set(false);
        Resume::Throw(cancelled_error(vm, task.take_cancel_msg()))
    } else {
        Resume::Send(Value::None)
    };
    let mut cx = Context::from_waker(&task.waker);
    let outer_context = vm.context.replace(task.take_rare(|r| r.context.take()));
    let r = coro.poll_step(vm, resume, &mut cx);
    task.set_context(vm.context.replace(outer_context));
    *lp.current_task.borrow_mut() = prev;
    match r {
        Ok(Step::Pending) => {}
        Ok(Step::Return(v)) => finish(vm, task_value, State::Result(v)),
        Ok(Step::Await(v) | Step::Yield(v)) => handle_yield(vm, task_value, task, v),
        Err(e) => {
            if e.matches_class(&super::exception_class(vm, "CancelledError")) {
                let msg = match &e.0 {
                    Value::Instance(i) => i
                        .exc
                        .as_ref()
                        .and_then(|d| d.borrow().args.first().cloned()),
                    _ => None,
                };
                finish(vm, task_value, State::Cancelled(msg));
            } else {
                if e.matches(vm, ExcKind::KeyboardInterrupt) || e.matches(vm, ExcKind::SystemExit) {
                    lp.fatal.borrow_mut().get_or_insert(e.clone());
                }
                finish(vm, task_value, State::Exception(e.0));
            }
        }
    }
}

/// What a task does with a value its coroutine's await chain yielded
/// (CPython's `Task.__step`): wait on a future of its loop, give the loop
/// a turn for None, and throw RuntimeError back in for anything else.
fn handle_yield(vm: &Interp, task_value: &Value, task: &Task, v: Value) {
    let problem = if matches!(v, Value::None) {
        None
    } else if v.is(task_value) {
        Some(format!(
            "Task cannot await on itself: {}",
            crate::protocol::ops::repr(vm, task_value).unwrap_or_default()
        ))
    } else if let Some(core) = core_of(&v) {
        if !core.blocking.replace(false) {
            Some(format!(
                "yield was used instead of yield from in task {} with {}",
                crate::protocol::ops::repr(vm, task_value).unwrap_or_default(),
                crate::protocol::ops::repr(vm, &v).unwrap_or_default()
            ))
        } else if core.lp.ptr_eq(&task.core.lp) {
            if core.done() {
                task.waker.wake_by_ref();
            } else {
                core.push_callback(Callback::Waker(task.waker.clone()));
                *task.fut_waiter.borrow_mut() = Some(v.clone());
                task.yielded_waiter.set(true);
                if task.must_cancel.replace(false) {
                    let msg = task.take_cancel_msg();
                    cancel(vm, &v, msg);
                }
            }
            return;
        } else {
            Some(format!(
                "Task {} got Future {} attached to a different loop",
                crate::protocol::ops::repr(vm, task_value).unwrap_or_default(),
                crate::protocol::ops::repr(vm, &v).unwrap_or_default()
            ))
        }
    } else {
        Some(format!(
            "Task got bad yield: {}",
            crate::protocol::ops::repr(vm, &v).unwrap_or_default()
        ))
    };
    if let Some(msg) = problem {
        let e = vm.error(ExcKind::RuntimeError, msg);
        task.put_rare(Some(e), |r| &mut r.pending_throw);
    }
    task.waker.wake_by_ref();
}

/// Awaiting a Future or Task from a coroutine body.
pub struct AwaitFuture<'a> {
    vm: &'a Interp,
    fut: Value,
    registered: bool,
    /// What a cancel() of the awaiting task cancels (the awaited object
    /// itself when it is a future-like wrapper such as gather's).
    cancel_target: Option<Value>,
}

impl<'a> AwaitFuture<'a> {
    /// Awaits `fut`.
    pub fn new(vm: &'a Interp, fut: Value) -> Self {
        AwaitFuture {
            vm,
            fut,
            registered: false,
            cancel_target: None,
        }
    }

    /// Awaits `fut` on behalf of `owner`, which is what gets cancelled.
    pub fn on_behalf_of(vm: &'a Interp, fut: Value, owner: Value) -> Self {
        AwaitFuture {
            vm,
            fut,
            registered: false,
            cancel_target: Some(owner),
        }
    }
}

/// A cancellation pending for the running task, as the `CancelledError` to
/// raise at its current await (leaf awaitables call this when polled).
pub fn take_cancel(vm: &Interp) -> Option<PyErr> {
    let lp = super::current_loop(vm)?;
    let cur = lp.current_task.borrow().clone()?;
    let t = cur.native::<Task>()?;
    if t.must_cancel.get() {
        t.must_cancel.set(false);
        return Some(cancelled_error(vm, t.take_cancel_msg()));
    }
    None
}

fn set_waiter(vm: &Interp, fut: Option<Value>) {
    if let Some(lp) = super::current_loop(vm)
        && let Some(cur) = lp.current_task.borrow().clone()
        && let Some(t) = cur.native::<Task>()
    {
        *t.fut_waiter.borrow_mut() = fut;
    }
}

impl Future for AwaitFuture<'_> {
    type Output = PyResult<Value>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let vm = self.vm;
        let Some(core) = core_of(&self.fut) else {
            return Poll::Ready(Err(vm.type_error("not a future")));
        };
        // A cancel() that arrived after the wakeup still wins, as CPython's
        // Task.__step throws CancelledError whenever must_cancel is set.
        if let Some(e) = take_cancel(vm) {
            set_waiter(vm, None);
            return Poll::Ready(Err(e));
        }
        if core.done() {
            set_waiter(vm, None);
            return Poll::Ready(result_of(vm, core));
        }
        if !self.registered {
            if let Some(lp) = super::current_loop(vm)
                && let Some(cur) = lp.current_task.borrow().clone()
                && cur.is(&self.fut)
            {
                return Poll::Ready(Err(
                    vm.error(ExcKind::RuntimeError, "Task cannot await on itself")
                ));
            }
            core.push_callback(Callback::Waker(cx.waker().clone()));
            self.registered = true;
            let fut = self.fut.clone();
            set_waiter(vm, Some(self.cancel_target.clone().unwrap_or(fut)));
        }
        Poll::Pending
    }
}

/// Awaiting a Future or Task (the `await_future` of both).
fn await_loop_future<'a>(
    vm: &'a Interp,
    this: &Value,
    owner: Option<&Value>,
) -> crate::object::value::Awaitable<'a> {
    match owner {
        Some(o) => Box::pin(AwaitFuture::on_behalf_of(vm, this.clone(), o.clone())),
        None => Box::pin(AwaitFuture::new(vm, this.clone())),
    }
}

/// A future's or task's repr, as CPython's `_future_repr_info` and
/// `_task_repr_info` build it: state, name, coroutine, what it waits for,
/// result or exception, callbacks.
fn future_repr(
    vm: &Interp,
    core: &FutureCore,
    kind: &str,
    task: Option<&Task>,
) -> PyResult<String> {
    let state = core.state.borrow().clone();
    let mut info: Vec<String> = vec![match state {
        // 3.11: `task.cancelling()` and not done.
        State::Pending if task.is_some_and(|t| t.cancel_requests.get() > 0) => "cancelling".into(),
        State::Pending => "pending".into(),
        State::Cancelled(_) => "cancelled".into(),
        State::Result(_) | State::Exception(_) => "finished".into(),
    }];
    if let Some(t) = task {
        info.push(format!("name='{}'", t.name()));
        let coro = match t.coro.native::<crate::protocol::generator::Generator>() {
            Some(g) => g.describe(),
            None => crate::protocol::ops::repr(vm, &t.coro)?,
        };
        info.push(format!("coro=<{coro}>"));
        if let Some(w) = t.fut_waiter.borrow().clone() {
            info.push(format!("wait_for={}", crate::protocol::ops::repr(vm, &w)?));
        }
    }
    match &state {
        State::Result(v) => info.push(format!("result={}", crate::protocol::ops::repr(vm, v)?)),
        State::Exception(e) => {
            info.push(format!("exception={}", crate::protocol::ops::repr(vm, e)?))
        }
        _ => {}
    }
    let callbacks: Vec<String> = core
        .callbacks
        .borrow()
        .iter()
        .map(|cb| match cb {
            Callback::Waker(_) => Ok("Task.task_wakeup()".to_string()),
            Callback::Python(f) => super::handle::callback_source(vm, f, &[]),
        })
        .collect::<PyResult<_>>()?;
    match callbacks.len() {
        0 => {}
        1 | 2 => info.push(format!("cb=[{}]", callbacks.join(", "))),
        n => info.push(format!(
            "cb=[{}, <{} more>, {}]",
            callbacks[0],
            n - 2,
            callbacks[n - 1]
        )),
    }
    Ok(format!("<{kind} {}>", info.join(" ")))
}

fn cancel_message(core: &FutureCore) -> Value {
    match &*core.state.borrow() {
        State::Cancelled(Some(m)) => m.clone(),
        _ => Value::None,
    }
}

impl Native for PyFuture {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_asyncio.Future")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.core.trace(visit);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        self.core.clear(out);
    }
    fn weak_flag(&self) -> Option<&Cell<bool>> {
        Some(&self.core.weakrefs)
    }
    fn await_future<'a>(
        &self,
        vm: &'a Interp,
        this: &Value,
        owner: Option<&Value>,
    ) -> Option<crate::object::value::Awaitable<'a>> {
        Some(await_loop_future(vm, this, owner))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        core_attr(&self.core, name)
    }
    fn instance_dict(&self) -> Option<&crate::object::model::Namespace> {
        Some(
            self.core
                .dict
                .get_or_init(|| Box::new(crate::object::model::namespace())),
        )
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(future_repr(vm, &self.core, "Future", None))
    }
}

impl Native for Task {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_asyncio.Task")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.core.trace(visit);
        self.coro.trace(visit);
        self.fut_waiter.trace(visit);
        if let Ok(r) = self.rare.try_borrow() {
            r.trace(visit);
        }
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        self.core.clear(out);
        clear_cell(&self.fut_waiter, out);
        clear_cell(&self.rare, out);
    }
    fn weak_flag(&self) -> Option<&Cell<bool>> {
        Some(&self.core.weakrefs)
    }
    fn await_future<'a>(
        &self,
        vm: &'a Interp,
        this: &Value,
        owner: Option<&Value>,
    ) -> Option<crate::object::value::Awaitable<'a>> {
        Some(await_loop_future(vm, this, owner))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        core_attr(&self.core, name)
    }
    fn instance_dict(&self) -> Option<&crate::object::model::Namespace> {
        Some(
            self.core
                .dict
                .get_or_init(|| Box::new(crate::object::model::namespace())),
        )
    }
    fn stable_hash(&self) -> Option<i64> {
        Some(self.id as i64)
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(future_repr(vm, &self.core, "Task", Some(self)))
    }
}

/// Attributes of futures and tasks beyond their methods.
fn core_attr(core: &FutureCore, name: &str) -> Option<PyResult<Value>> {
    match name {
        "_cancel_message" => Some(Ok(cancel_message(core))),
        "_asyncio_future_blocking" => Some(Ok(Value::Bool(core.blocking.get()))),
        _ => core.dict.get()?.borrow().get(name).cloned().map(Ok),
    }
}

fn this(vm: &Interp, a: &Args) -> PyResult<Value> {
    a.pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("missing self"))
}

fn core_arg<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a FutureCore> {
    core_of(v).ok_or_else(|| vm.type_error("not a future"))
}

fn invalid_state(vm: &Interp, msg: &str) -> PyErr {
    PyErr(vm.new_exception(
        &super::exception_class(vm, "InvalidStateError"),
        vec![Value::str(msg)],
    ))
}

/// Registers the methods of Future and Task.
pub fn install(vm: &Interp) {
    let table: &[(&'static str, crate::object::value::BuiltinFn)] = &[
        ("done", |vm, a| {
            Ok(Value::Bool(core_arg(vm, &this(vm, &a)?)?.done()))
        }),
        ("cancelled", |vm, a| {
            Ok(Value::Bool(core_arg(vm, &this(vm, &a)?)?.cancelled()))
        }),
        ("result", |vm, a| {
            let f = this(vm, &a)?;
            result_of(vm, core_arg(vm, &f)?)
        }),
        ("exception", |vm, a| {
            let f = this(vm, &a)?;
            let core = core_arg(vm, &f)?;
            core.retrieved.set(true);
            match core.state.borrow().clone() {
                State::Pending => Err(invalid_state(vm, "Exception is not set.")),
                State::Cancelled(msg) => Err(cancelled_error(vm, msg)),
                State::Exception(e) => Ok(e),
                State::Result(_) => Ok(Value::None),
            }
        }),
        ("set_result", |vm, a| {
            let f = this(vm, &a)?;
            if core_arg(vm, &f)?.done() {
                return Err(invalid_state(vm, "invalid state"));
            }
            finish(
                vm,
                &f,
                State::Result(a.pos.get(1).cloned().unwrap_or(Value::None)),
            );
            Ok(Value::None)
        }),
        ("set_exception", |vm, a| {
            let f = this(vm, &a)?;
            if core_arg(vm, &f)?.done() {
                return Err(invalid_state(vm, "invalid state"));
            }
            let e = crate::protocol::exceptions::to_exception(
                vm,
                a.pos.get(1).cloned().unwrap_or(Value::None),
            )?;
            finish(vm, &f, State::Exception(e));
            Ok(Value::None)
        }),
        ("cancel", |vm, mut a| {
            let f = this(vm, &a)?;
            let msg = a.take_kw("msg").or_else(|| a.pos.get(1).cloned());
            Ok(Value::Bool(cancel(vm, &f, msg)))
        }),
        ("add_done_callback", |vm, a| {
            let f = this(vm, &a)?;
            let cb = a.pos.get(1).cloned().unwrap_or(Value::None);
            core_arg(vm, &f)?.add_callback(&f, cb);
            Ok(Value::None)
        }),
        ("remove_done_callback", |vm, a| {
            let f = this(vm, &a)?;
            let cb = a.pos.get(1).cloned().unwrap_or(Value::None);
            let core = core_arg(vm, &f)?;
            let mut cbs = core.callbacks.borrow_mut();
            let before = cbs.len();
            cbs.retain(|c| !matches!(c, Callback::Python(p) if p.is(&cb) || crate::protocol::ops::fast_eq(p, &cb) == Some(true)));
            Ok(Value::Int((before - cbs.len()) as i64))
        }),
        ("get_loop", |vm, a| {
            let f = this(vm, &a)?;
            match core_arg(vm, &f)?.event_loop() {
                Some(lp) => Ok(super::loop_object::loop_value(&lp)),
                None => Err(vm.error(ExcKind::RuntimeError, "Event loop is closed")),
            }
        }),
        ("__await__", super::future_iter::iter_future),
        ("__iter__", super::future_iter::iter_future),
    ];
    crate::object::model::add_methods(&vm.other_class("_asyncio.Future"), "Future", table);
    crate::object::model::add_methods(
        &vm.other_class("_asyncio.Future"),
        "Future",
        &[("__new__", future_new)],
    );
    let task_class = vm.other_class("_asyncio.Task");
    crate::object::model::add_methods(&task_class, "Task", table);
    crate::object::model::add_methods(
        &task_class,
        "Task",
        &[
            ("get_name", |vm, a| {
                let t = this(vm, &a)?;
                Ok(Value::Str(
                    t.native::<Task>()
                        .map(Task::name)
                        .unwrap_or_else(|| Rc::from("")),
                ))
            }),
            ("set_name", |vm, a| {
                let t = this(vm, &a)?;
                let n = crate::protocol::ops::to_str_rc(
                    vm,
                    &a.pos.get(1).cloned().unwrap_or(Value::None),
                )?;
                if let Some(t) = t.native::<Task>() {
                    *t.name.borrow_mut() = TaskName::Given(n);
                }
                Ok(Value::None)
            }),
            ("get_coro", |vm, a| {
                Ok(this(vm, &a)?
                    .native::<Task>()
                    .map(|t| t.coro.clone())
                    .unwrap_or(Value::None))
            }),
            // The coroutine's frame and the frames of its callers, outermost
            // first (a suspended coroutine's frame has no caller: one
            // frame; a finished one: none), limited as CPython limits it.
            ("get_stack", |vm, a| {
                let t = this(vm, &a)?;
                let coro = t
                    .native::<Task>()
                    .map(|t| t.coro.clone())
                    .unwrap_or(Value::None);
                let mut frames = Vec::new();
                let mut f =
                    crate::protocol::classes::getattr(vm, &coro, "cr_frame").unwrap_or(Value::None);
                while !matches!(f, Value::None) {
                    frames.push(f.clone());
                    f = crate::protocol::classes::getattr(vm, &f, "f_back")?;
                }
                frames.reverse();
                if let Some((_, limit)) = a.kw.iter().find(|(k, _)| &**k == "limit")
                    && let Value::Int(n) = limit
                {
                    let n = *n;
                    if n >= 0 {
                        frames.truncate(n as usize);
                    } else {
                        let keep = (-n) as usize;
                        let drop = frames.len().saturating_sub(keep);
                        frames.drain(..drop);
                    }
                }
                Ok(Value::list(frames))
            }),
            ("cancelling", |vm, a| {
                Ok(Value::Int(
                    this(vm, &a)?
                        .native::<Task>()
                        .map_or(0, |t| t.cancel_requests.get()) as i64,
                ))
            }),
            ("uncancel", |vm, a| {
                let t = this(vm, &a)?;
                let n = match t.native::<Task>() {
                    Some(t) => {
                        let n = t.cancel_requests.get().saturating_sub(1);
                        t.cancel_requests.set(n);
                        n
                    }
                    None => 0,
                };
                Ok(Value::Int(n as i64))
            }),
        ],
    );
}
