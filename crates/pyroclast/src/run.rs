//! Running code in an interpreter: the bookkeeping around every entry from
//! Rust (limits, freed handles, output flushing, error mapping) and the
//! driver that runs a coroutine on the session's event loop from the host's
//! tokio runtime.

use std::rc::Rc;
use std::time::Duration;

use pyroclast_runtime::object::value::Value as RValue;
use pyroclast_runtime::stdlib::asyncio::driver::{Driver, block_on};
use pyroclast_runtime::stdlib::asyncio::event_loop::EventLoop;
use pyroclast_runtime::{Interp, PyResult};

use crate::Error;
use crate::bridge::{State, error_from_pyerr};

/// The per-run limits an interpreter was built with.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RunLimits {
    pub max_steps: Option<u64>,
    pub timeout: Option<Duration>,
}

/// Before running: frees dropped handles and starts the limits.
pub(crate) fn begin(vm: &Interp, state: &State, limits: RunLimits) {
    state.release_dropped();
    vm.limits.start_run(limits.max_steps, limits.timeout);
    // An interrupt is for the run in progress; one left over from an
    // earlier run does not carry into this one.
    vm.signals.clear();
}

/// After running: flushes output and maps the outcome. A limit stop wins
/// over whatever the run returned, and leaves nothing of the stopped run
/// behind to resume later.
pub(crate) fn end<T>(vm: &Interp, state: &State, r: PyResult<T>) -> Result<T, Error> {
    vm.flush();
    if vm.stopping() {
        let err = match &r {
            Err(e) => error_from_pyerr(vm, e),
            Ok(_) => match vm.limits.stopped() {
                Some(why) => error_from_pyerr(vm, &vm.stop_error(why)),
                None => unreachable_stop(),
            },
        };
        drop(r);
        clear_after_stop(vm, state);
        return Err(err);
    }
    r.map_err(|e| error_from_pyerr(vm, &e))
}

fn unreachable_stop() -> Error {
    Error::Limit(crate::Limit::Steps(0))
}

/// Drops the stopped run's tasks and pending finalizers while the stop is
/// still set, so none of them runs Python code or reports anything.
fn clear_after_stop(vm: &Interp, state: &State) {
    let lp = state.session_loop.borrow_mut().take();
    drop(lp);
    let lp = vm.event_loop.borrow_mut().take();
    drop(lp);
    let pending = std::mem::take(&mut *vm.finalizers.borrow_mut());
    drop(pending);
    vm.handling.borrow_mut().clear();
    vm.frames.borrow_mut().clear();
}

/// The session's event loop, made on first use.
fn session_loop(state: &State) -> Rc<EventLoop> {
    state
        .session_loop
        .borrow_mut()
        .get_or_insert_with(EventLoop::new)
        .clone()
}

/// Installs the session loop as the running loop with the async driver
/// while a coroutine runs; if the run is abandoned (its future dropped),
/// drops the whole session loop, so every task and host future of it is
/// dropped too.
struct Running<'a> {
    vm: &'a Interp,
    state: &'a State,
    prev: Driver,
    finished: bool,
}

impl<'a> Running<'a> {
    fn install(vm: &'a Interp, state: &'a State, lp: &Rc<EventLoop>, driver: Driver) -> Self {
        *vm.event_loop.borrow_mut() = Some(lp.clone());
        Running {
            vm,
            state,
            prev: vm.driver.replace(driver),
            finished: false,
        }
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.vm.event_loop.borrow_mut().take();
        self.vm.driver.set(self.prev);
        if !self.finished {
            let lp = self.state.session_loop.borrow_mut().take();
            drop(lp);
        }
    }
}

/// Runs `coro` as a task on the session loop, polled by the host's
/// runtime (`Driver::Async`) or blocking this thread (`Driver::Blocking`);
/// other tasks of the session run meanwhile and stay for later.
pub(crate) async fn drive(
    vm: Rc<Interp>,
    state: Rc<State>,
    limits: RunLimits,
    coro: RValue,
    driver: Driver,
) -> Result<RValue, Error> {
    begin(&vm, &state, limits);
    if vm.event_loop.borrow().is_some() {
        return Err(Error::exception(
            "RuntimeError",
            "the interpreter's event loop is already running",
        ));
    }
    let lp = session_loop(&state);
    let r = {
        let mut running = Running::install(&vm, &state, &lp, driver);
        let r = pyroclast_runtime::stdlib::asyncio::run_task(&vm, &lp, coro, true).await;
        running.finished = true;
        r
    };
    end(&vm, &state, r)
}

/// [`drive`] on the host's runtime.
pub(crate) fn drive_async(
    vm: &Rc<Interp>,
    state: &Rc<State>,
    limits: RunLimits,
    coro: RValue,
) -> impl std::future::Future<Output = Result<RValue, Error>> + use<> {
    Counted {
        vm: vm.clone(),
        fut: Box::pin(drive(
            vm.clone(),
            state.clone(),
            limits,
            coro,
            Driver::Async,
        )),
    }
}

/// A future of one interpreter whose every poll counts this thread's
/// allocations for that interpreter (`max_memory`), so interpreters that
/// take turns on one thread are each charged for their own work.
struct Counted<F> {
    vm: Rc<Interp>,
    fut: std::pin::Pin<Box<F>>,
}

impl<F: std::future::Future> std::future::Future for Counted<F> {
    type Output = F::Output;
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<F::Output> {
        let this = &mut *self;
        let _scope = this.vm.memory_scope();
        this.fut.as_mut().poll(cx)
    }
}

/// [`drive`] blocking this thread, for cleanup in `Drop` where nothing can
/// be awaited.
pub(crate) fn drive_blocking(
    vm: &Rc<Interp>,
    state: &Rc<State>,
    limits: RunLimits,
    coro: RValue,
) -> Result<RValue, Error> {
    let fut = drive(vm.clone(), state.clone(), limits, coro, Driver::Blocking);
    let _scope = vm.memory_scope();
    block_on(vm, fut)
}
