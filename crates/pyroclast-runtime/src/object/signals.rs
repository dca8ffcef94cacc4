//! Requests that reach an interpreter from other threads: a pending
//! `KeyboardInterrupt` (Ctrl-C at the REPL, or a host cancelling a run).
//! The request is a flag the evaluator reads at its periodic check (every
//! few thousand steps) and that cuts short any wait: the event loop's idle
//! wait and `time.sleep` register a waker here.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Wake, Waker};

use crate::object::exc_kind::ExcKind;
use crate::{Interp, PyErr};

/// Cross-thread requests to one interpreter.
#[derive(Default)]
pub struct Signals {
    interrupt: AtomicBool,
    waker: Mutex<Option<Waker>>,
}

impl Signals {
    /// Asks the interpreter to raise `KeyboardInterrupt` in the code it runs
    /// (or as soon as it runs code), waking it if it waits.
    pub fn interrupt(&self) {
        self.interrupt.store(true, Ordering::SeqCst);
        let waker = self.waker.lock().ok().and_then(|mut w| w.take());
        if let Some(w) = waker {
            w.wake();
        }
    }

    /// True while an interrupt is pending.
    pub fn pending(&self) -> bool {
        self.interrupt.load(Ordering::SeqCst)
    }

    /// Takes a pending interrupt.
    pub fn take(&self) -> bool {
        self.interrupt.swap(false, Ordering::SeqCst)
    }

    /// Forgets a pending interrupt (before a new run starts).
    pub fn clear(&self) {
        self.interrupt.store(false, Ordering::SeqCst);
    }

    /// Wakes `waker` at the next interrupt (one waker at a time: the wait
    /// in progress).
    pub fn register(&self, waker: &Waker) {
        if let Ok(mut w) = self.waker.lock() {
            *w = Some(waker.clone());
        }
    }
}

impl Interp {
    /// `KeyboardInterrupt()`.
    pub fn keyboard_interrupt(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc_class(ExcKind::KeyboardInterrupt), vec![]))
    }

    /// Raises a pending interrupt.
    pub fn check_interrupt(&self) -> crate::PyResult<()> {
        if self.signals.take() {
            return Err(self.keyboard_interrupt());
        }
        Ok(())
    }
}

/// Wakes a parked thread.
struct ThreadWaker(std::thread::Thread);

/// A waker that unparks the current thread (for waits that park it).
pub fn thread_waker() -> Waker {
    Waker::from(Arc::new(ThreadWaker(std::thread::current())))
}

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.0.unpark();
    }
}
