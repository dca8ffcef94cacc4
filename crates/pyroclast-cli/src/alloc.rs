//! The `pyroclast` command's global allocator: glibc's `malloc`, with a
//! small per-thread cache of freed small blocks in front of it.
//!
//! Why: an interpreter allocates and frees small objects at a high rate
//! (every string slice, formatted number and list cell). glibc's `malloc`
//! and `free` cost about 150 instructions per pair on those (its `free`
//! alone about 95), twice CPython's pymalloc; `benches/strings.py` and
//! `benches/json_re.py` spent 18% and 21% of their instructions in them.
//! mimalloc and jemalloc were measured and dropped (peak memory over
//! CPython's, slower start-up). This cache keeps what glibc does well —
//! every block is still a glibc block, so memory use and fragmentation
//! stay glibc's — and answers the common case (a block freed, then one of
//! the same size class wanted) with a list pop: the same idea as glibc's
//! own `tcache`, with a byte budget rather than seven blocks per size.
//!
//! Size classes follow glibc's chunk sizes (16-byte steps; a request of
//! `16 * c + 24` bytes fills a chunk of `16 * c + 32`), so rounding a
//! request up to its class never takes a larger chunk than glibc would.
//! Each class keeps at most [`CLASS_BUDGET`] bytes; past it, blocks go
//! back to glibc. A thread's cached blocks (at most 256 KiB) are not
//! returned when it exits: in the command that is the end of the process.
//!
//! The library crates keep no allocator of their own: an embedder chooses
//! its program's (see `pyroclast::CountingAllocator`).

// Implementing `GlobalAlloc` needs `unsafe`; each block says why it holds.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Distance between size classes (glibc's chunk granularity on 64-bit).
const STEP: usize = 16;
/// Number of classes: requests of 1 to `16 * 15 + 24` = 264 bytes.
const CLASSES: usize = 16;
/// Bytes a thread keeps cached per class.
const CLASS_BUDGET: usize = 16 << 10;

/// Freed blocks by class: singly linked through their first word.
struct Lists {
    heads: [Cell<*mut u8>; CLASSES],
    bytes: [Cell<usize>; CLASSES],
}

thread_local! {
    // No destructor: a thread's accesses never register one (which could
    // allocate), and `try_with` never fails.
    static LISTS: Lists = const {
        Lists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            bytes: [const { Cell::new(0) }; CLASSES],
        }
    };
}

/// glibc's `malloc` behind a per-thread cache of small freed blocks.
pub struct FreeListAllocator;

/// The class of a layout, if it is small enough to cache.
#[inline(always)]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size == 0 || size > class_size(CLASSES - 1) || align > STEP {
        return None;
    }
    Some(size.saturating_sub(9) / STEP)
}

/// The size every block of class `c` is allocated with.
#[inline(always)]
const fn class_size(c: usize) -> usize {
    STEP * c + 24
}

/// The layout every block of class `c` is allocated with.
#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // SAFETY: the size is non-zero and the alignment a power of two; the
    // size is far below `isize::MAX`.
    unsafe { Layout::from_size_align_unchecked(class_size(c), STEP) }
}

/// A cached block of class `c`, or null.
#[inline(always)]
fn pop(c: usize) -> *mut u8 {
    LISTS.with(|l| {
        let head = l.heads[c].get();
        if !head.is_null() {
            // SAFETY: a cached block is at least 24 bytes, 16-aligned, and
            // owned by this list; its first word is the next link.
            let next = unsafe { head.cast::<*mut u8>().read() };
            l.heads[c].set(next);
            l.bytes[c].set(l.bytes[c].get() - class_size(c));
        }
        head
    })
}

/// Caches a freed block of class `c`; false when the class is full.
#[inline(always)]
fn push(c: usize, block: *mut u8) -> bool {
    LISTS.with(|l| {
        let bytes = l.bytes[c].get() + class_size(c);
        if bytes > CLASS_BUDGET {
            return false;
        }
        // SAFETY: the caller gives up the block (at least 24 bytes,
        // 16-aligned); its first word becomes the link.
        unsafe { block.cast::<*mut u8>().write(l.heads[c].get()) };
        l.heads[c].set(block);
        l.bytes[c].set(bytes);
        true
    })
}

// SAFETY: every block handed out is either a fresh `System` block of at
// least the layout's size and alignment (its class's, for small ones) or a
// cached block of the same class, which no one else holds; blocks go back
// to `System` with the layout they were allocated with.
unsafe impl GlobalAlloc for FreeListAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(c) => {
                let p = pop(c);
                if p.is_null() {
                    // SAFETY: a valid non-zero layout.
                    unsafe { System.alloc(class_layout(c)) }
                } else {
                    p
                }
            }
            // SAFETY: forwarded unchanged.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            Some(c) => {
                if !push(c, block) {
                    // SAFETY: a small block was allocated with its class's
                    // layout.
                    unsafe { System.dealloc(block, class_layout(c)) }
                }
            }
            // SAFETY: forwarded unchanged.
            None => unsafe { System.dealloc(block, layout) },
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout.size(), layout.align()).is_none() {
            // SAFETY: forwarded unchanged (glibc's `calloc` need not touch
            // fresh pages).
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: the caller's layout is valid; the block is that large.
        unsafe {
            let p = self.alloc(layout);
            if !p.is_null() {
                ptr::write_bytes(p, 0, layout.size());
            }
            p
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        if old.is_some() && old == new {
            // The block already has its class's size.
            return block;
        }
        // Otherwise glibc's `realloc` on the real sizes: it grows or
        // shrinks in place when it can.
        let old_layout = old.map_or(layout, class_layout);
        let size = new.map_or(new_size, class_size);
        // SAFETY: the block was allocated with `old_layout`; `size` is
        // non-zero and, rounded to the alignment, below `isize::MAX`.
        unsafe { System.realloc(block, old_layout, size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_match_glibc_chunks() {
        // glibc's chunk for a request: max(32, round_up(n + 8, 16)).
        let chunk = |n: usize| 32.max((n + 8).div_ceil(16) * 16);
        for n in 1..=class_size(CLASSES - 1) {
            let c = class_of(n, 8).expect("small");
            assert!(class_size(c) >= n, "{n} fits its class");
            assert_eq!(chunk(class_size(c)), chunk(n), "{n} takes glibc's chunk");
        }
        assert_eq!(class_of(class_size(CLASSES - 1) + 1, 8), None);
        assert_eq!(class_of(0, 1), None);
        assert_eq!(class_of(16, 32), None);
    }

    /// Fills a block with a pattern derived from its size.
    fn fill(p: *mut u8, n: usize) {
        for i in 0..n {
            // SAFETY: the block has at least `n` bytes.
            unsafe { p.add(i).write((i * 7 + n) as u8) };
        }
    }

    fn check(p: *const u8, n: usize, of: usize) {
        for i in 0..n {
            // SAFETY: the block has at least `n` bytes.
            assert_eq!(unsafe { p.add(i).read() }, (i * 7 + of) as u8);
        }
    }

    #[test]
    fn blocks_are_reused_and_keep_their_contents_across_realloc() {
        let a = FreeListAllocator;
        let sizes = [1, 8, 24, 25, 40, 100, 264, 265, 1000, 5000];
        for &from in &sizes {
            for &to in &sizes {
                let layout = Layout::from_size_align(from, 8).unwrap();
                // SAFETY: valid layouts; each block is freed once with the
                // layout it has at that point.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    fill(p, from);
                    let q = a.realloc(p, layout, to);
                    assert!(!q.is_null());
                    check(q, from.min(to), from);
                    a.dealloc(q, Layout::from_size_align(to, 8).unwrap());
                }
            }
        }
        // A freed small block comes back for the next request of its class.
        let layout = Layout::from_size_align(30, 8).unwrap();
        // SAFETY: as above.
        unsafe {
            let p = a.alloc(layout);
            a.dealloc(p, layout);
            let q = a.alloc(Layout::from_size_align(36, 8).unwrap());
            assert_eq!(p, q);
            let z = a.alloc_zeroed(Layout::from_size_align(20, 4).unwrap());
            check_zero(z, 20);
            a.dealloc(z, Layout::from_size_align(20, 4).unwrap());
            a.dealloc(q, Layout::from_size_align(36, 8).unwrap());
        }
    }

    fn check_zero(p: *const u8, n: usize) {
        for i in 0..n {
            // SAFETY: the block has at least `n` bytes.
            assert_eq!(unsafe { p.add(i).read() }, 0);
        }
    }

    #[test]
    fn a_full_class_returns_blocks_to_the_system() {
        let a = FreeListAllocator;
        let layout = Layout::from_size_align(200, 8).unwrap();
        let n = 2 * CLASS_BUDGET / class_size(class_of(200, 8).unwrap());
        // SAFETY: valid layout; each block freed once.
        let blocks: Vec<*mut u8> = (0..n).map(|_| unsafe { a.alloc(layout) }).collect();
        for &b in &blocks {
            // SAFETY: as above.
            unsafe { a.dealloc(b, layout) };
        }
        let c = class_of(200, 8).unwrap();
        LISTS.with(|l| assert!(l.bytes[c].get() <= CLASS_BUDGET));
    }
}
