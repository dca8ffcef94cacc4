//! Resource limits of one interpreter: evaluation steps, wall-clock time,
//! and the memory budget. The evaluator calls [`Interp::tick`] once per
//! statement and per item of every iteration; a tick is one decrement of a
//! countdown ("fuel"), and only when the countdown runs out (every 4096
//! ticks) does the slow path count steps, read the clock and look for an
//! interrupt request, so the check costs a decrement and a branch.
//!
//! A limit stop is not a Python exception: it is raised as an instance of
//! a hidden class outside the `BaseException` tree, no `except` clause,
//! `finally` block or `__exit__` runs for it, and once an interpreter is
//! stopped every further tick raises it again, so nothing in Python can keep
//! running. The host clears the stop before the next run.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

use crate::object::exc_kind::ExcKind;
use crate::object::value::{ListItems, Tuple, Value};
use crate::{Interp, PyErr, PyResult};

/// Ticks between checks of the clock (with a timeout), of interrupt
/// requests from other threads, and of whether a cycle collection is due.
const CHECK_INTERVAL: u32 = 1024;

/// Objects at least this large are tracked for the memory budget.
pub const BIG_OBJECT: usize = 64 * 1024;

/// Why a run was stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// More evaluation steps than `max_steps`.
    Steps(u64),
    /// Ran longer than the timeout.
    Timeout(Duration),
}

/// Limit state of one interpreter.
pub struct Limits {
    fuel: Cell<u32>,
    chunk: Cell<u32>,
    steps: Cell<u64>,
    max_steps: Cell<Option<u64>>,
    timeout: Cell<Option<Duration>>,
    deadline: Cell<Option<Instant>>,
    stopped: Cell<Option<Stop>>,
    /// The recursion limit's ceiling: `sys.setrecursionlimit` cannot raise
    /// the limit above what the host allowed.
    pub recursion_cap: Cell<Option<u32>>,
    max_memory: Cell<Option<usize>>,
    big: RefCell<Vec<BigObject>>,
    /// Bytes this interpreter holds, when the process counts allocations
    /// (`alloc.rs`).
    mem: Cell<isize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: Cell::new(u32::MAX),
            chunk: Cell::new(u32::MAX),
            steps: Cell::new(0),
            max_steps: Cell::new(None),
            timeout: Cell::new(None),
            deadline: Cell::new(None),
            stopped: Cell::new(None),
            recursion_cap: Cell::new(None),
            max_memory: Cell::new(None),
            big: RefCell::new(Vec::new()),
            mem: Cell::new(0),
        }
    }
}

/// A weak handle on a large object, so the budget sees its current size
/// while it lives and forgets it once it is freed.
enum BigObject {
    List(Weak<RefCell<ListItems>>),
    Tuple(Weak<Tuple>),
    Str(Weak<str>),
    Bytes(Weak<[u8]>),
    Dict(Weak<RefCell<crate::object::dict::Dict>>),
}

impl BigObject {
    /// Current size in bytes, or `None` once freed.
    fn size(&self) -> Option<usize> {
        let slot = std::mem::size_of::<Value>();
        Some(match self {
            BigObject::List(w) => w.upgrade()?.borrow().capacity() * slot,
            BigObject::Tuple(w) => w.upgrade()?.len() * slot,
            BigObject::Str(w) => w.upgrade()?.len(),
            BigObject::Bytes(w) => w.upgrade()?.len(),
            BigObject::Dict(w) => w.upgrade()?.borrow().len() * (2 * slot + 16),
        })
    }
}

impl Limits {
    /// Sets the step budget and timeout for the next run and restarts the
    /// count; clears a previous stop.
    pub fn start_run(&self, max_steps: Option<u64>, timeout: Option<Duration>) {
        self.max_steps.set(max_steps);
        self.timeout.set(timeout);
        self.deadline.set(timeout.map(|t| Instant::now() + t));
        self.steps.set(0);
        self.stopped.set(None);
        self.refill();
    }

    /// Sets the memory budget in bytes.
    pub fn set_max_memory(&self, bytes: Option<usize>) {
        self.max_memory.set(bytes);
    }

    /// The reason the interpreter is stopped, if it is.
    pub fn stopped(&self) -> Option<Stop> {
        self.stopped.get()
    }

    /// Steps counted since the run started.
    pub fn steps(&self) -> u64 {
        self.steps.get() + u64::from(self.chunk.get() - self.fuel.get())
    }

    /// The run's deadline, if it has a timeout.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline.get()
    }

    fn refill(&self) {
        let mut chunk = CHECK_INTERVAL;
        if let Some(max) = self.max_steps.get() {
            let left = max.saturating_sub(self.steps.get());
            chunk = chunk.min(u32::try_from(left).unwrap_or(u32::MAX));
        }
        self.chunk.set(chunk);
        self.fuel.set(chunk);
    }

    /// Stops the interpreter (also used when a host-side wait runs out of
    /// time).
    pub fn stop(&self, why: Stop) {
        if self.stopped.get().is_none() {
            self.stopped.set(Some(why));
        }
        self.fuel.set(0);
        self.chunk.set(0);
    }

    /// The slow path of a tick: counts the finished chunk and checks limits.
    fn check(&self) -> Option<Stop> {
        if let Some(s) = self.stopped.get() {
            return Some(s);
        }
        self.steps
            .set(self.steps.get() + u64::from(self.chunk.get()));
        if let Some(max) = self.max_steps.get()
            && self.steps.get() >= max
        {
            self.stop(Stop::Steps(max));
        } else if let (Some(deadline), Some(t)) = (self.deadline.get(), self.timeout.get())
            && Instant::now() >= deadline
        {
            self.stop(Stop::Timeout(t));
        } else {
            // Counting a step that runs out the chunk.
            self.refill();
            self.fuel.set(self.fuel.get().saturating_sub(1));
        }
        self.stopped.get()
    }

    /// Checks the timeout now (for waits that do not tick).
    pub fn check_deadline(&self) -> Option<Stop> {
        if let (Some(deadline), Some(t)) = (self.deadline.get(), self.timeout.get())
            && Instant::now() >= deadline
        {
            self.stop(Stop::Timeout(t));
        }
        self.stopped.get()
    }
}

impl Interp {
    /// Counts one evaluation step; fails once a limit is exceeded.
    #[inline(always)]
    pub fn tick(&self) -> PyResult<()> {
        let fuel = self.limits.fuel.get();
        if fuel > 0 {
            self.limits.fuel.set(fuel - 1);
            if crate::object::alloc::big_pending() {
                return self.check_big();
            }
            return Ok(());
        }
        self.tick_slow()
    }

    /// After a large allocation: the memory budget and the deadline are
    /// checked now rather than at the end of the step chunk.
    #[cold]
    #[inline(never)]
    fn check_big(&self) -> PyResult<()> {
        crate::object::alloc::clear_big();
        if let Some(why) = self.limits.check_deadline() {
            return Err(self.stop_error(why));
        }
        self.check_memory()
    }

    #[cold]
    #[inline(never)]
    fn tick_slow(&self) -> PyResult<()> {
        match self.limits.check() {
            Some(why) => Err(self.stop_error(why)),
            None => {
                self.check_interrupt()?;
                self.check_memory()?;
                if crate::object::gc::due() {
                    (self.hooks.collect.get())(self);
                }
                Ok(())
            }
        }
    }

    /// True once a limit stopped the run: no Python handler may run.
    #[inline]
    pub fn stopping(&self) -> bool {
        self.limits.stopped.get().is_some()
    }

    /// Fails with the stop error if the run's deadline has passed (for
    /// long native work between steps, such as a huge `**`).
    pub fn check_deadline_now(&self) -> PyResult<()> {
        match self.limits.check_deadline() {
            Some(why) => Err(self.stop_error(why)),
            None => Ok(()),
        }
    }

    /// The uncatchable error that unwinds a stopped run.
    pub fn stop_error(&self, why: Stop) -> PyErr {
        let msg = match why {
            Stop::Steps(n) => format!("the run exceeded its limit of {n} evaluation steps"),
            Stop::Timeout(t) => format!("the run exceeded its time limit of {t:?}"),
        };
        PyErr(self.new_exception(&self.types.limit_stop, vec![Value::str(&msg)]))
    }

    /// Checks that allocating `bytes` more stays within the memory budget
    /// (`MemoryError` otherwise). Free when there is no budget.
    #[inline]
    pub fn reserve(&self, bytes: usize) -> PyResult<()> {
        match self.limits.max_memory.get() {
            None => Ok(()),
            Some(max) => self.reserve_slow(bytes, max),
        }
    }

    #[cold]
    fn reserve_slow(&self, bytes: usize, max: usize) -> PyResult<()> {
        if let Some(used) = self.memory_used() {
            return if used.saturating_add(bytes) > max {
                Err(self.memory_error())
            } else {
                Ok(())
            };
        }
        if bytes < BIG_OBJECT / 4 {
            return Ok(());
        }
        if bytes > max || self.live_big_bytes().saturating_add(bytes) > max {
            return Err(self.memory_error());
        }
        Ok(())
    }

    fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc_class(ExcKind::MemoryError), vec![]))
    }

    /// Bytes this interpreter holds (its objects, code and tables), when
    /// the process counts allocations ([`alloc::CountingAllocator`]);
    /// `None` otherwise.
    ///
    /// [`alloc::CountingAllocator`]: crate::object::alloc::CountingAllocator
    pub fn memory_used(&self) -> Option<usize> {
        let owner = self as *const Interp as usize;
        crate::object::alloc::counting()
            .then(|| crate::object::alloc::current(&self.limits.mem, owner).max(0) as usize)
    }

    /// Counts this thread's allocations for this interpreter while the
    /// scope lives (every entry into it: calls, polls, construction, drop).
    pub fn memory_scope(&self) -> crate::object::alloc::Scope<'_> {
        crate::object::alloc::Scope::enter(&self.limits.mem, self as *const Interp as usize)
    }

    /// Between statements: with counted allocations, a run over its budget
    /// gets `MemoryError` even when no single allocation was large.
    fn check_memory(&self) -> PyResult<()> {
        if let Some(max) = self.limits.max_memory.get()
            && let Some(used) = self.memory_used()
            && used > max
        {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// `reserve` for `n` items of `item` bytes each.
    #[inline]
    pub fn reserve_items(&self, n: usize, item: usize) -> PyResult<()> {
        self.reserve(n.saturating_mul(item))
    }

    /// Bytes held by the large objects still alive.
    fn live_big_bytes(&self) -> usize {
        let mut big = self.limits.big.borrow_mut();
        let mut total = 0usize;
        big.retain(|b| match b.size() {
            Some(n) => {
                total = total.saturating_add(n);
                true
            }
            None => false,
        });
        total
    }

    /// Counts a newly made large object against the memory budget, so
    /// later allocations see it while it lives.
    pub fn track(&self, v: &Value) {
        if self.limits.max_memory.get().is_none() {
            return;
        }
        let slot = std::mem::size_of::<Value>();
        let entry = match v {
            Value::List(l) if l.borrow().capacity() * slot >= BIG_OBJECT => {
                BigObject::List(Rc::downgrade(l))
            }
            Value::Tuple(t) if t.len() * slot >= BIG_OBJECT => BigObject::Tuple(Rc::downgrade(t)),
            Value::Str(s) if s.len() >= BIG_OBJECT => BigObject::Str(Rc::downgrade(s)),
            Value::Bytes(b) if b.len() >= BIG_OBJECT => BigObject::Bytes(Rc::downgrade(b)),
            Value::Dict(d) if d.borrow().len() * 3 * slot >= BIG_OBJECT => {
                BigObject::Dict(Rc::downgrade(d))
            }
            _ => return,
        };
        let mut big = self.limits.big.borrow_mut();
        let ptr = v.id();
        // A list that keeps growing is registered once.
        if big.iter().any(|b| match (b, v) {
            (BigObject::List(w), Value::List(_)) => w.as_ptr() as *const u8 as usize == ptr,
            (BigObject::Dict(w), Value::Dict(_)) => w.as_ptr() as *const u8 as usize == ptr,
            _ => false,
        }) {
            return;
        }
        big.push(entry);
    }

    /// Before `extra` items go onto the end of `items`: when its storage
    /// must grow, checks the budget for the grown storage.
    #[inline]
    pub fn reserve_push(&self, items: &[Value], capacity: usize, extra: usize) -> PyResult<()> {
        if items.len() + extra <= capacity || self.limits.max_memory.get().is_none() {
            return Ok(());
        }
        let grown = (items.len() + extra).max(capacity * 2);
        self.reserve_items(grown, std::mem::size_of::<Value>())
    }

    /// [`Interp::reserve_push`] for a list object, which is then tracked.
    pub fn list_reserve(&self, list: &Rc<RefCell<ListItems>>, extra: usize) -> PyResult<()> {
        if self.limits.max_memory.get().is_none() {
            return Ok(());
        }
        {
            let l = list.borrow();
            if l.len() + extra <= l.capacity() {
                return Ok(());
            }
            self.reserve_push(&l, l.capacity(), extra)?;
        }
        // Storage grows (doubling), so this runs O(log n) times per list.
        self.track(&Value::List(list.clone()));
        Ok(())
    }
}

impl Interp {
    /// `time.sleep(d)`: moves the virtual clock, or blocks the thread (no
    /// further than the run's deadline, and no longer once an interrupt
    /// arrives).
    pub fn sleep_blocking(&self, d: Duration) -> PyResult<()> {
        self.flush();
        if self.clock.is_virtual() {
            self.clock.advance_to(self.clock.now() + d);
            return self.check_interrupt();
        }
        let end = Instant::now() + d;
        let waker = crate::object::signals::thread_waker();
        self.signals.register(&waker);
        loop {
            self.check_interrupt()?;
            if let Some(why) = self.limits.check_deadline() {
                return Err(self.stop_error(why));
            }
            let now = Instant::now();
            if now >= end {
                return Ok(());
            }
            let until = match self.limits.deadline() {
                Some(deadline) => end.min(deadline),
                None => end,
            };
            std::thread::park_timeout(until.saturating_duration_since(now));
        }
    }
}
