//! Deferred deallocation of deeply nested containers, as CPython's
//! "trashcan" (`Py_TRASHCAN_BEGIN`): freeing `[[[...]]]` a million levels
//! deep must not recurse a million times on the native stack.
//!
//! Every container's `Drop` hands its contents to [`dispose`] (or clears
//! them in place inside [`enter`]'s level), which drops them one level
//! deeper on a thread-local count. Beyond [`LIMIT`] levels the contents
//! are moved to a thread-local pending list instead ([`defer`]), and the
//! outermost level, when it ends, drops the pending entries one at a time,
//! each starting again from depth 1, outside any borrow. So the native
//! stack holds at most [`LIMIT`] nested container drops, whatever the
//! depth of the data. Dropping a small temporary costs a counter increment
//! and decrement; nothing is allocated unless a drop is deferred.

use std::any::Any;
use std::cell::{Cell, RefCell};

/// Nested container drops run directly up to this depth (CPython's
/// `_PyTrash_UNWIND_LEVEL` is 50).
pub const LIMIT: usize = 50;

thread_local! {
    /// Container drops in progress on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Something was deferred since the pending list was last drained.
    static DEFERRED: Cell<bool> = const { Cell::new(false) };
    /// Contents whose drop was deferred.
    static PENDING: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents` (what a container being freed held) one nesting level
/// deeper, or defers the drop when too deep. A container's `Drop` takes
/// its contents out of itself (`std::mem::take`) and passes them here, so
/// that they are dropped while the level is counted (Rust runs `Drop::drop`
/// before the fields' own drop glue).
#[inline]
pub fn dispose<T: 'static>(contents: T) {
    match enter() {
        Some(_level) => drop(contents),
        None => defer(contents),
    }
}

/// One level of nested container drops, counted while it lives: a
/// container's `Drop` that can clear its fields in place (cheaper than
/// moving large fields out) holds one while it does. `None` beyond
/// [`LIMIT`]: the contents must go to [`defer`] instead.
#[inline]
pub fn enter() -> Option<Level> {
    let depth = DEPTH.get();
    if depth < LIMIT {
        DEPTH.set(depth + 1);
        Some(Level(depth))
    } else {
        None
    }
}

/// A level entered with [`enter`]; leaving the outermost one drops what
/// was deferred meanwhile.
pub struct Level(usize);

impl Drop for Level {
    #[inline]
    fn drop(&mut self) {
        DEPTH.set(self.0);
        if self.0 == 0 && DEFERRED.get() {
            drain();
        }
    }
}

/// Moves `contents` to the pending list, which the outermost [`Level`]
/// drops (when the list is gone, as at thread exit, they drop here).
#[inline]
pub fn defer<T: 'static>(contents: T) {
    defer_boxed(Box::new(contents));
}

#[cold]
#[inline(never)]
fn defer_boxed(contents: Box<dyn Any>) {
    let mut contents = Some(contents);
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut()
            && let Some(c) = contents.take()
        {
            p.push(c);
            DEFERRED.set(true);
        }
    });
    drop(contents);
}

/// Drops the pending entries one at a time, outside any borrow; entries
/// their drops defer are dropped in turn.
#[cold]
#[inline(never)]
fn drain() {
    DEPTH.set(1);
    loop {
        let next = PENDING
            .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
            .ok()
            .flatten();
        match next {
            Some(c) => drop(c),
            None => break,
        }
    }
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut()
            && p.capacity() > 1024
        {
            *p = Vec::new();
        }
    });
    DEFERRED.set(false);
    DEPTH.set(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Node(Option<Box<Node>>);

    impl Drop for Node {
        fn drop(&mut self) {
            if let Some(next) = self.0.take() {
                dispose(next);
            }
        }
    }

    #[test]
    fn deep_chain_drops_on_a_small_stack() {
        let t = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(|| {
                let mut n = Node(None);
                for _ in 0..1_000_000 {
                    n = Node(Some(Box::new(n)));
                }
                drop(n);
                (DEPTH.get(), DEFERRED.get())
            })
            .map(|h| h.join());
        assert!(matches!(t, Ok(Ok((0, false)))));
    }
}
