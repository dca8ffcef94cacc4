//! How the event loop waits when nothing is ready, and how `asyncio.run`
//! blocks. Two drivers share one loop:
//!
//! - **Blocking** (`asyncio.run` in a script, the CLI, a blocking embedded
//!   `run`): the loop parks its own thread until a waker fires (a host
//!   future completing on another thread) or the next timer is due. Parking
//!   with the exact deadline keeps sleeps as precise as CPython's.
//! - **Async** (`run_async` on the host's tokio runtime): the loop returns
//!   `Pending` to the host, with a tokio timer armed for the next deadline,
//!   so the host's other tasks run while Python waits.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::object::signals::thread_waker;
use std::time::{Duration, Instant};

use super::event_loop::EventLoop;
use crate::Interp;

pub use crate::object::vm::Driver;

/// Runs `fut` to completion on this thread with the blocking driver. Host
/// futures it awaits must be driven by some other thread (a multi-thread
/// tokio runtime's workers, or the embedder's private runtime); tokio's
/// `block_in_place` is not used, since it panics on threads that are not
/// runtime workers and there is no way to ask which kind this one is.
pub fn block_on<F: Future>(vm: &Interp, fut: F) -> F::Output {
    let prev = vm.driver.replace(Driver::Blocking);
    let waker = thread_waker();
    let mut cx = Context::from_waker(&waker);
    let mut fut = std::pin::pin!(fut);
    let out = loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            break v;
        }
        std::thread::park();
    };
    vm.driver.set(prev);
    out
}

/// Waits until a task or callback is ready, the next timer (`until`, on the
/// interpreter's clock) is due, or the run's time limit is reached.
pub struct Idle<'a> {
    vm: &'a Interp,
    lp: Rc<EventLoop>,
    wake_at: Option<Instant>,
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    armed: Cell<bool>,
}

impl<'a> Idle<'a> {
    /// A wait for `lp`; `until` is the next timer's due time, if any.
    pub fn new(vm: &'a Interp, lp: &Rc<EventLoop>, until: Option<Duration>) -> Self {
        // On the virtual clock a timer never needs a real wait: the loop
        // only gets here while a host future is in flight, and jumps the
        // clock once that settles.
        // CPython's selector rounds the wait up to whole milliseconds
        // (epoll's resolution), so timers due within the same millisecond
        // run in one iteration; waiting the same way keeps their order.
        let timer_at = until.filter(|_| !vm.clock.is_virtual()).map(|t| {
            let now = vm.clock.now();
            let wait = t.saturating_sub(now);
            let ms = wait.as_nanos().div_ceil(1_000_000);
            let wait = Duration::from_millis(u64::try_from(ms).unwrap_or(u64::MAX));
            vm.clock.instant_at(now + wait)
        });
        let wake_at = match (timer_at, vm.limits.deadline()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Idle {
            vm,
            lp: lp.clone(),
            wake_at,
            timer: None,
            armed: Cell::new(false),
        }
    }

    /// Registers `waker` to be woken by the next ready item; true when
    /// something is ready already.
    fn ready_or_register(&self, waker: &Waker) -> bool {
        let Ok(mut q) = self.lp.queue.lock() else {
            return true;
        };
        if q.has_ready() {
            q.idle_waker = None;
            return true;
        }
        q.idle_waker = Some(waker.clone());
        false
    }

    fn due(&self) -> bool {
        self.wake_at.is_some_and(|t| Instant::now() >= t)
    }
}

impl Future for Idle<'_> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match self.vm.driver.get() {
            Driver::Blocking => {
                let waker = thread_waker();
                self.vm.signals.register(&waker);
                loop {
                    if self.ready_or_register(&waker) || self.due() || self.vm.signals.pending() {
                        return Poll::Ready(());
                    }
                    match self.wake_at {
                        Some(t) => {
                            std::thread::park_timeout(t.saturating_duration_since(Instant::now()))
                        }
                        None => std::thread::park(),
                    }
                }
            }
            Driver::Async => {
                self.vm.signals.register(cx.waker());
                if self.ready_or_register(cx.waker()) || self.due() || self.vm.signals.pending() {
                    return Poll::Ready(());
                }
                if let Some(at) = self.wake_at {
                    if !self.armed.get() {
                        self.armed.set(true);
                        self.timer = arm_timer(at);
                    }
                    if let Some(timer) = self.timer.as_mut()
                        && timer.as_mut().poll(cx).is_ready()
                    {
                        return Poll::Ready(());
                    }
                }
                Poll::Pending
            }
        }
    }
}

/// A tokio timer for `at`, or `None` when the host's runtime has no timers
/// (the loop then only wakes for ready work).
fn arm_timer(at: Instant) -> Option<Pin<Box<tokio::time::Sleep>>> {
    let at = tokio::time::Instant::from_std(at);
    std::panic::catch_unwind(|| Box::pin(tokio::time::sleep_until(at))).ok()
}
