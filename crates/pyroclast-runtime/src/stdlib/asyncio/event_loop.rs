//! The event loop: CPython's `_run_once`. Ready callbacks and task steps run
//! FIFO in the order they became ready; timers fire in (deadline, creation
//! order); `sleep(0)` is one turn. Time is the interpreter's clock, so on
//! the virtual clock every wait jumps straight to the next timer. How the
//! loop waits when nothing is ready is the driver's business
//! ([`super::driver`]): blocking the thread under `asyncio.run`, or
//! returning `Pending` to the host's tokio runtime under `run_async`.

use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet, VecDeque};

use rustc_hash::FxHashMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::{Interp, PyErr, PyResult};

/// The queue wakers push into; ids refer to entries of the loop's handle table.
#[derive(Default)]
pub struct ReadyQueue {
    items: VecDeque<usize>,
    queued_tasks: HashSet<usize>,
    /// Wakes the idle loop (set only while it waits).
    pub(super) idle_waker: Option<std::task::Waker>,
}

impl ReadyQueue {
    /// Schedules a task's next step (once, however often it is woken).
    pub fn push_task(&mut self, id: usize) {
        if self.queued_tasks.insert(id) {
            self.items.push_back(id);
            self.wake_idle();
        }
    }
    fn push(&mut self, id: usize) {
        self.items.push_back(id);
        self.wake_idle();
    }
    fn wake_idle(&mut self) {
        if let Some(w) = self.idle_waker.take() {
            w.wake();
        }
    }
    /// True when something is ready to run.
    pub(super) fn has_ready(&self) -> bool {
        !self.items.is_empty()
    }
    fn pop(&mut self) -> Option<usize> {
        let id = self.items.pop_front()?;
        self.queued_tasks.remove(&id);
        Some(id)
    }
}

/// Something the loop runs.
pub enum Handle {
    /// A task: step it.
    Task(Value),
    /// `call_soon(func, *args)` / an expired timer; boxed so the map's
    /// entries stay small (one per pending task).
    Call(Box<CallHandle>),
}

/// A scheduled call ([`Handle::Call`]).
pub struct CallHandle {
    /// The callable.
    func: Value,
    /// Its arguments.
    args: Vec<Value>,
    /// Set by `handle.cancel()`.
    cancelled: Rc<Cell<bool>>,
}

/// One asyncio event loop.
pub struct EventLoop {
    /// Ready handles, FIFO.
    pub queue: Arc<Mutex<ReadyQueue>>,
    /// Every handle and task by id (hashed, not ordered: a lookup per
    /// step, and one entry per pending task; code that needs creation
    /// order sorts by id).
    handles: RefCell<FxHashMap<usize, Handle>>,
    next_id: Cell<usize>,
    timers: RefCell<BinaryHeap<Reverse<(u64, u64, usize)>>>,
    timer_seq: Cell<u64>,
    /// The task being stepped.
    pub current_task: RefCell<Option<Value>>,
    /// KeyboardInterrupt/SystemExit escaping a task stop the loop.
    pub fatal: RefCell<Option<PyErr>>,
    /// Async generators first iterated on this loop (finalized at shutdown).
    pub asyncgens: RefCell<Vec<std::rc::Weak<dyn crate::object::value::Native>>>,
    /// Abandoned async generators waiting for their `aclose()` task.
    pub finalize: RefCell<Vec<Value>>,
    /// What `set_exception_handler` installed (`errors.rs`).
    pub exception_handler: RefCell<Option<Value>>,
    /// Attributes set on the loop object (`slow_callback_duration`, ...),
    /// kept with the loop so every object for it sees them.
    pub attrs: crate::object::model::Namespace,
    /// The loop object (`loop_object.rs`), while Python holds it.
    pub handle: RefCell<std::rc::Weak<dyn crate::object::value::Native>>,
    /// `loop.close()` was called.
    pub closed: Cell<bool>,
    /// `loop.stop()` was called: `run_forever` returns after this turn.
    pub stopping: Cell<bool>,
}

/// Nanoseconds since loop start as the timer key.
fn to_nanos(secs: f64) -> u64 {
    if secs <= 0.0 {
        0
    } else {
        (secs * 1e9).min(1.8e19) as u64
    }
}

impl Drop for EventLoop {
    fn drop(&mut self) {
        let_go(self.handles.get_mut().values());
    }
}

/// Handles the loop drops (closed or gone): their pending tasks were the
/// loop's to hold (`future::finish` registers a task only once done); from
/// now on a cycle may be all that holds one (a done callback that refers
/// back to the task, as `gather`'s does), so the collector must see them.
fn let_go<'a>(handles: impl Iterator<Item = &'a Handle>) {
    for handle in handles {
        if let Handle::Task(task) = handle {
            super::future::abandoned(task);
        }
    }
}

impl EventLoop {
    /// A new loop.
    pub fn new() -> Rc<EventLoop> {
        Rc::new(EventLoop {
            queue: Arc::new(Mutex::new(ReadyQueue::default())),
            handles: RefCell::new(FxHashMap::default()),
            next_id: Cell::new(1),
            timers: RefCell::new(BinaryHeap::new()),
            timer_seq: Cell::new(0),
            current_task: RefCell::new(None),
            fatal: RefCell::new(None),
            asyncgens: RefCell::new(Vec::new()),
            finalize: RefCell::new(Vec::new()),
            handle: RefCell::new(std::rc::Weak::<super::loop_object::LoopObject>::new()),
            exception_handler: RefCell::new(None),
            attrs: {
                let ns = crate::object::model::namespace();
                ns.borrow_mut()
                    .insert(Rc::from("slow_callback_duration"), Value::Float(0.1));
                ns
            },
            closed: Cell::new(false),
            stopping: Cell::new(false),
        })
    }

    fn alloc(&self) -> usize {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    /// An id for a new task.
    pub fn new_task_id(&self) -> usize {
        self.alloc()
    }

    /// Remembers a task so its id can be stepped.
    pub fn register_task(&self, id: usize, task: Value) {
        self.handles.borrow_mut().insert(id, Handle::Task(task));
    }

    /// All tasks not yet done.
    pub fn pending_tasks(&self) -> Vec<Value> {
        let mut tasks: Vec<(usize, Value)> = self
            .handles
            .borrow()
            .iter()
            .filter_map(|(id, h)| match h {
                Handle::Task(t) if super::future::core_of(t).is_some_and(|c| !c.done()) => {
                    Some((*id, t.clone()))
                }
                _ => None,
            })
            .collect();
        tasks.sort_unstable_by_key(|(id, _)| *id);
        tasks.into_iter().map(|(_, t)| t).collect()
    }

    /// `loop.time()`: `time.monotonic()`, on the real or virtual clock.
    pub fn time(&self, vm: &Interp) -> f64 {
        vm.clock.now().as_secs_f64()
    }

    /// `loop.call_soon(func, *args)`.
    pub fn call_soon(&self, func: Value, args: Vec<Value>) -> Rc<Cell<bool>> {
        let id = self.alloc();
        let cancelled = Rc::new(Cell::new(false));
        self.handles.borrow_mut().insert(
            id,
            Handle::Call(Box::new(CallHandle {
                func,
                args,
                cancelled: cancelled.clone(),
            })),
        );
        if let Ok(mut q) = self.queue.lock() {
            q.push(id);
        }
        cancelled
    }

    /// `loop.call_at(when, func, *args)` with `when` on the loop clock.
    pub fn call_at(&self, when: f64, func: Value, args: Vec<Value>) -> Rc<Cell<bool>> {
        let id = self.alloc();
        let cancelled = Rc::new(Cell::new(false));
        self.handles.borrow_mut().insert(
            id,
            Handle::Call(Box::new(CallHandle {
                func,
                args,
                cancelled: cancelled.clone(),
            })),
        );
        let seq = self.timer_seq.get();
        self.timer_seq.set(seq + 1);
        self.timers
            .borrow_mut()
            .push(Reverse((to_nanos(when), seq, id)));
        cancelled
    }

    fn ready_len(&self) -> usize {
        self.queue.lock().map(|q| q.items.len()).unwrap_or(0)
    }

    fn pop_ready(&self) -> Option<usize> {
        self.queue.lock().ok()?.pop()
    }

    /// Queues the `aclose()` task of each async generator abandoned since
    /// the last handle ran, as CPython's finalizer hook does with
    /// `call_soon(create_task, agen.aclose())` (the hook itself runs inside
    /// a drop, where the loop's tables may be borrowed).
    fn schedule_abandoned(self: &Rc<Self>) {
        let abandoned = match self.finalize.try_borrow_mut() {
            Ok(mut f) if !f.is_empty() => std::mem::take(&mut *f),
            _ => return,
        };
        for g in abandoned {
            self.schedule_aclose(g);
        }
    }

    /// Schedules a task that closes the async generator `g`, as CPython's
    /// `_asyncgen_finalizer_hook` does.
    pub fn schedule_aclose(self: &Rc<Self>, g: Value) {
        self.call_soon(self.aclose_starter(g), vec![]);
    }

    /// [`EventLoop::schedule_aclose`] from a `Drop`, where the loop's
    /// handles may be borrowed further up: false (nothing done) then.
    pub fn try_schedule_aclose(self: &Rc<Self>, g: Value) -> bool {
        if self.handles.try_borrow_mut().is_err() {
            return false;
        }
        self.schedule_aclose(g);
        true
    }

    fn aclose_starter(self: &Rc<Self>, g: Value) -> Value {
        let lp = Rc::downgrade(self);
        super::on_call(move |vm| {
            if let Some(lp) = lp.upgrade() {
                super::close_in_task(vm, &lp, g.clone());
            }
        })
    }

    /// One iteration of CPython's `_run_once`.
    async fn run_once(self: &Rc<Self>, vm: &Interp) {
        self.schedule_abandoned();
        if self.ready_len() == 0 {
            let next = self.timers.borrow().peek().map(|Reverse((t, _, _))| *t);
            let next = next.map(std::time::Duration::from_nanos);
            match next {
                // Every task waits on a timer: the virtual clock jumps.
                Some(t) if vm.clock.is_virtual() && vm.host_waits.get() == 0 => {
                    vm.clock.advance_to(t)
                }
                Some(t) if t <= vm.clock.now() => {}
                _ => {
                    vm.flush();
                    super::driver::Idle::new(vm, self, next).await;
                }
            }
        }
        let now = to_nanos(self.time(vm)) + 1;
        loop {
            let due = {
                let timers = self.timers.borrow();
                match timers.peek() {
                    Some(Reverse((t, _, id))) if *t <= now => Some(*id),
                    _ => None,
                }
            };
            let Some(id) = due else { break };
            self.timers.borrow_mut().pop();
            if let Ok(mut q) = self.queue.lock() {
                q.push(id);
            }
        }
        let n = self.ready_len();
        for _ in 0..n {
            let Some(id) = self.pop_ready() else { break };
            let handle = match self.handles.borrow().get(&id) {
                Some(Handle::Task(t)) => Some(Handle::Task(t.clone())),
                Some(Handle::Call(_)) => None,
                None => continue,
            };
            match handle {
                Some(Handle::Task(t)) => {
                    super::future::step(vm, self, &t);
                    if super::future::core_of(&t).is_some_and(|c| c.done()) {
                        // Drop outside the borrow: dropping a task can
                        // finalize async generators, which schedules work.
                        let removed = self.handles.borrow_mut().remove(&id);
                        drop(removed);
                    }
                }
                _ => {
                    let removed = self.handles.borrow_mut().remove(&id);
                    let Some(Handle::Call(call)) = removed else {
                        continue;
                    };
                    let CallHandle {
                        func,
                        args,
                        cancelled,
                    } = *call;
                    if cancelled.get() {
                        continue;
                    }
                    if let Err(e) = crate::protocol::call::call(vm, &func, Args::new(args.clone()))
                    {
                        if e.matches(vm, ExcKind::KeyboardInterrupt)
                            || e.matches(vm, ExcKind::SystemExit)
                        {
                            self.fatal.borrow_mut().get_or_insert(e);
                        } else {
                            self.report_callback_error(vm, func, args, cancelled, e);
                        }
                    }
                }
            }
            self.schedule_abandoned();
            if self.fatal.borrow().is_some() {
                return;
            }
            if let Some(why) = vm.limits.stopped() {
                self.fatal.borrow_mut().get_or_insert(vm.stop_error(why));
                return;
            }
        }
    }

    /// Runs until `stop()` is called: the iteration that called it
    /// finishes first (CPython's `run_forever`; a `stop()` made before the
    /// loop ran still lets one iteration run).
    pub async fn run_forever(self: &Rc<Self>, vm: &Interp) -> PyResult<()> {
        let outcome = loop {
            if let Some(e) = self.fatal.borrow_mut().take() {
                break Err(e);
            }
            if let Some(why) = vm.limits.check_deadline() {
                break Err(vm.stop_error(why));
            }
            // Ctrl-C while the loop waits: CPython raises KeyboardInterrupt
            // out of the loop.
            if let Err(e) = vm.check_interrupt() {
                break Err(e);
            }
            self.run_once(vm).await;
            if let Some(e) = self.fatal.borrow_mut().take() {
                break Err(e);
            }
            if self.stopping.get() {
                break Ok(());
            }
        };
        self.stopping.set(false);
        outcome
    }

    /// `loop.close()`: pending callbacks and timers are dropped.
    pub fn close(&self) {
        if self.closed.replace(true) {
            return;
        }
        // Dropped in creation order, so finalizers run in a fixed order.
        let mut handles: Vec<(usize, Handle)> = std::mem::take(&mut *self.handles.borrow_mut())
            .into_iter()
            .collect();
        handles.sort_unstable_by_key(|(id, _)| *id);
        let_go(handles.iter().map(|(_, h)| h));
        self.timers.borrow_mut().clear();
        if let Ok(mut q) = self.queue.lock() {
            q.items.clear();
            q.queued_tasks.clear();
        }
        drop(handles);
    }

    /// Runs until `fut` is done, as CPython does it: a done callback on
    /// `fut` stops the loop, so the callbacks already scheduled when `fut`
    /// finished still run in that last iteration.
    pub async fn run_until_complete(self: &Rc<Self>, vm: &Interp, fut: &Value) -> PyResult<()> {
        let Some(core) = super::future::core_of(fut) else {
            return Ok(());
        };
        let cb = crate::object::value::builtin("_run_until_complete_cb", run_until_complete_cb);
        core.add_callback(fut, cb.clone());
        let outcome = self.run_forever(vm).await;
        core.callbacks
            .borrow_mut()
            .retain(|c| !matches!(c, super::future::Callback::Python(p) if p.is(&cb)));
        outcome
    }
}

/// Stops the future's loop once it is done (not for SystemExit or
/// KeyboardInterrupt, which stop the loop on their own).
fn run_until_complete_cb(vm: &Interp, a: Args) -> PyResult<Value> {
    let Some(core) = a.pos.first().and_then(super::future::core_of) else {
        return Ok(Value::None);
    };
    if let super::future::State::Exception(e) = &*core.state.borrow() {
        let e = PyErr(e.clone());
        if e.matches(vm, ExcKind::SystemExit) || e.matches(vm, ExcKind::KeyboardInterrupt) {
            return Ok(Value::None);
        }
    }
    if let Some(lp) = core.event_loop() {
        lp.stopping.set(true);
    }
    Ok(Value::None)
}

impl EventLoop {
    /// A callback raised: the exception handler gets CPython's context.
    fn report_callback_error(
        self: &Rc<Self>,
        vm: &Interp,
        func: Value,
        args: Vec<Value>,
        cancelled: Rc<Cell<bool>>,
        e: PyErr,
    ) {
        let source = super::handle::callback_source(vm, &func, &args).unwrap_or_default();
        let handle = super::handle::Handle::value(cancelled, None, func, args);
        if let Ok(ctx) = super::errors::context(
            vm,
            vec![
                (
                    "message",
                    Value::str(&format!("Exception in callback {source}")),
                ),
                ("exception", e.0),
                ("handle", handle),
            ],
        ) {
            super::errors::call_handler(vm, self, ctx);
        }
    }
}

/// `asyncio.run(coro)`.
pub fn run(vm: &Interp, coro: Value) -> PyResult<Value> {
    // Inside a running loop, CPython refuses. The one exception is the top
    // level of an interactive session's input (the REPL, `run_async`): there
    // `asyncio.run(main())` works as in a script, on a fresh loop, while the
    // session's loop waits. From inside a coroutine it fails as in CPython.
    let outer = super::current_loop(vm);
    if let Some(outer) = &outer {
        let nested_ok = vm.async_depth.get() == 1
            && outer
                .current_task
                .borrow()
                .as_ref()
                .and_then(|t| {
                    t.native::<super::future::Task>()
                        .map(|t| t.allows_nested_run.get())
                })
                .unwrap_or(false);
        if !nested_ok {
            return Err(vm.error(
                ExcKind::RuntimeError,
                "asyncio.run() cannot be called from a running event loop",
            ));
        }
    }
    let is_coro = coro
        .native::<crate::protocol::generator::Generator>()
        .is_some_and(|g| g.kind == crate::protocol::generator::Kind::Coroutine);
    if !is_coro {
        return Err(vm.value_error(format!(
            "a coroutine was expected, got {}",
            crate::protocol::ops::repr(vm, &coro)?
        )));
    }
    // The loop's own async generator hooks apply while it runs (CPython's
    // run_forever installs them); hooks set from Python come back after.
    let saved_hooks = std::mem::take(&mut *vm.asyncgen_hooks.borrow_mut());
    let result = super::driver::block_on(vm, async {
        let lp = EventLoop::new();
        *vm.event_loop.borrow_mut() = Some(lp.clone());
        let main = super::future::create_task(vm, &lp, coro, None);
        let outcome = match main {
            Ok(main) => match lp.run_until_complete(vm, &main).await {
                Ok(()) => super::future::core_of(&main).map(|c| super::future::result_of(vm, c)),
                Err(e) => Some(Err(e)),
            },
            Err(e) => Some(Err(e)),
        };
        if !vm.stopping() {
            lp.shutdown(vm).await;
        }
        // CPython runs shutdown_asyncgens() and shutdown_default_executor()
        // as two tasks: later tasks' default names count them.
        super::future::next_task_number(vm);
        super::future::next_task_number(vm);
        *vm.event_loop.borrow_mut() = outer.map(|l| l as Rc<dyn std::any::Any>);
        lp.close();
        outcome
    });
    *vm.asyncgen_hooks.borrow_mut() = saved_hooks;
    result.unwrap_or(Ok(Value::None))
}

impl EventLoop {
    /// What `asyncio.run` does after its main task: cancel what is left, let
    /// it finish, then close async generators.
    pub async fn shutdown(self: &Rc<Self>, vm: &Interp) {
        let leftovers = self.pending_tasks();
        if !leftovers.is_empty() {
            for t in &leftovers {
                super::future::cancel(vm, t, None);
            }
            let gathered = super::gather_all(vm, self, leftovers.clone());
            let _ = self.run_until_complete(vm, &gathered).await;
            // A task that ended with an error instead of cancelling goes to
            // the exception handler, as CPython's _cancel_all_tasks does.
            for t in &leftovers {
                let Some(core) = super::future::core_of(t) else {
                    continue;
                };
                if core.cancelled() {
                    continue;
                }
                if let Err(e) = super::future::result_of(vm, core)
                    && let Ok(ctx) = super::errors::context(
                        vm,
                        vec![
                            (
                                "message",
                                Value::str("unhandled exception during asyncio.run() shutdown"),
                            ),
                            ("exception", e.0),
                            ("task", t.clone()),
                        ],
                    )
                {
                    super::errors::call_handler(vm, self, ctx);
                }
            }
        }
        super::shutdown_asyncgens(vm, self).await;
    }
}
