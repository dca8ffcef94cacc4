//! Memory accounting: a global allocator that counts the bytes each
//! interpreter allocates and frees, so `max_memory` sees every Python
//! object, not only large ones.
//!
//! Why an allocator: Python objects live in `Rc`s, `Vec`s, strings and
//! hash tables whose sizes change inside the standard library's code; an
//! allocator sees every byte of them at the cost of one thread-local add
//! per allocation. A library cannot choose the process's allocator, so
//! the host opts in (`#[global_allocator]`, as the memory tests do; the
//! CLI sets no budget and keeps the system allocator); without it
//! the budget falls back to counting large objects (`limits.rs`).
//!
//! Attribution: while an interpreter runs (a call into it, one poll of
//! its future, its construction and its drop), the thread's "current
//! counter" points at that interpreter's; allocations and frees on the
//! thread go to it. Interpreters sharing a thread (a `Pool` worker) are
//! each counted for what happens while they run.

// The one place in the workspace with `unsafe`: implementing `GlobalAlloc`
// requires it. Each block forwards to `System` unchanged.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    /// The running interpreter's count, kept here while it runs (moved
    /// back into the interpreter when its scope ends): the allocator only
    /// ever adds to a plain thread-local.
    static NET: Cell<isize> = const { Cell::new(0) };
    /// Which interpreter's count `NET` is (its address; 0: none).
    static OWNER: Cell<usize> = const { Cell::new(0) };
    /// A large allocation happened since the running interpreter last
    /// looked: it checks its budget at its next step, so a few steps that
    /// each make a huge string cannot run far past `max_memory` before the
    /// every-thousand-steps check.
    static BIG_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// What counts as a large allocation for [`big_pending`].
const BIG: usize = 1 << 20;

#[inline]
fn note_size(size: usize) {
    if size >= BIG {
        let _ = BIG_PENDING.try_with(|b| b.set(true));
    }
}

/// True when a large allocation happened since [`clear_big`].
#[inline(always)]
pub fn big_pending() -> bool {
    BIG_PENDING.with(Cell::get)
}

/// Forgets large allocations seen so far (the budget was just checked).
pub fn clear_big() {
    BIG_PENDING.with(|b| b.set(false));
}

/// Set once the counting allocator has served an allocation.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// A global allocator (the system's, plus one thread-local addition per
/// call) that lets `max_memory` count every byte an interpreter holds.
///
/// ```
/// # use pyroclast_runtime::object::alloc::CountingAllocator;
/// #[global_allocator]
/// static ALLOC: CountingAllocator = CountingAllocator;
/// # fn main() {}
/// ```
pub struct CountingAllocator;

#[inline]
fn add(n: isize) {
    // `try_with`: nothing to count while the thread's locals are torn down.
    let _ = NET.try_with(|c| c.set(c.get().wrapping_add(n)));
}

#[inline]
fn mark_active() {
    if !ACTIVE.load(Ordering::Relaxed) {
        ACTIVE.store(true, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the same arguments; the
// bookkeeping neither allocates nor touches the memory.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            mark_active();
            add(layout.size() as isize);
            note_size(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            mark_active();
            add(layout.size() as isize);
            note_size(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) };
        add(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            add(new_size as isize - layout.size() as isize);
            note_size(new_size);
        }
        p
    }
}

/// True when the process counts allocations ([`CountingAllocator`] is
/// its global allocator).
pub fn counting() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// While it lives, this thread's allocations count for one interpreter.
pub struct Scope<'a> {
    counter: &'a Cell<isize>,
    /// What the scope replaced (`None`: the interpreter was already the
    /// current one, and this scope changes nothing).
    prev: Option<(isize, usize)>,
}

impl<'a> Scope<'a> {
    /// Counts this thread's allocations in `counter`, the count of the
    /// interpreter at address `owner`, until the scope ends.
    pub fn enter(counter: &'a Cell<isize>, owner: usize) -> Scope<'a> {
        let prev = if OWNER.with(Cell::get) == owner {
            None
        } else {
            let count = NET.with(|c| c.replace(counter.get()));
            Some((count, OWNER.with(|o| o.replace(owner))))
        };
        Scope { counter, prev }
    }
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        if let Some((count, owner)) = self.prev {
            self.counter.set(NET.with(|c| c.replace(count)));
            OWNER.with(|o| o.set(owner));
        }
    }
}

/// The count of the interpreter at `owner`: the live one while it runs on
/// this thread, else what its last scope left in `counter`.
pub fn current(counter: &Cell<isize>, owner: usize) -> isize {
    if OWNER.with(Cell::get) == owner {
        NET.with(Cell::get)
    } else {
        counter.get()
    }
}
