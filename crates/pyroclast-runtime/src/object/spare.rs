//! Spare vectors for calls: a call takes its locals and its positional
//! arguments from a per-thread stack of emptied vectors and gives them
//! back when it ends, rather than a malloc and a free per call (they were
//! a tenth of a recursive function's cost, and as much again of every
//! builtin call's).

use std::cell::RefCell;
use std::thread::LocalKey;

use crate::object::value::Value;

/// Spare vectors kept per kind, and the largest capacity worth keeping.
const KEEP: usize = 64;
const MAX_CAPACITY: usize = 32;
/// The smallest capacity of an argument vector made or kept: most calls
/// then fit a spare one without reallocating it. (Locals are made to
/// measure: a suspended coroutine keeps its locals for as long as it
/// waits, and thousands may wait at once.)
const ARGS_MIN_CAPACITY: usize = 8;

type Stack<T> = RefCell<Vec<Vec<T>>>;

thread_local! {
    static LOCALS: Stack<Option<Value>> = const { RefCell::new(Vec::new()) };
    static ARGS: Stack<Value> = const { RefCell::new(Vec::new()) };
    static STRINGS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The longest text buffer worth keeping (a longer one is freed).
const STRING_MAX_CAPACITY: usize = 4096;

#[inline]
fn take<T: 'static>(key: &'static LocalKey<Stack<T>>, n: usize, min: usize) -> Vec<T> {
    let spare = key
        .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
        .ok()
        .flatten();
    match spare {
        Some(mut v) => {
            v.reserve(n);
            v
        }
        None => Vec::with_capacity(n.max(min)),
    }
}

#[inline]
fn give_back<T: 'static>(key: &'static LocalKey<Stack<T>>, mut v: Vec<T>, min: usize) {
    if !(min.max(1)..=MAX_CAPACITY).contains(&v.capacity()) {
        return;
    }
    // Dropping the values may run code that makes and ends calls: the
    // stack is not borrowed meanwhile.
    v.clear();
    keep(key, v);
}

/// Puts an emptied `v` on its spare stack, unless that has enough.
#[inline]
fn keep<T: 'static>(key: &'static LocalKey<RefCell<Vec<T>>>, v: T) {
    let _ = key.try_with(|s| {
        if let Ok(mut s) = s.try_borrow_mut()
            && s.len() < KEEP
        {
            s.push(v);
        }
    });
}

/// An empty locals vector with room for `n` slots.
#[inline]
pub fn take_locals(n: usize) -> Vec<Option<Value>> {
    take(&LOCALS, n, 0)
}

/// Returns a finished call's locals (their values are dropped first).
#[inline]
pub fn give_back_locals(v: Vec<Option<Value>>) {
    give_back(&LOCALS, v, 0);
}

/// An empty argument vector with room for `n` values.
#[inline]
pub fn take_args(n: usize) -> Vec<Value> {
    take(&ARGS, n, ARGS_MIN_CAPACITY)
}

/// Returns a call's argument vector (what is left in it is dropped first).
#[inline]
pub fn give_back_args(v: Vec<Value>) {
    give_back(&ARGS, v, ARGS_MIN_CAPACITY);
}

/// Returns an argument vector that a builtin's binder turned into
/// parameter slots (`args::Slots`).
#[inline]
pub fn give_back_slots(mut v: Vec<Option<Value>>) {
    // Emptied first (dropping the values may make and end calls), then
    // turned back in place: an `Option<Value>` is a `Value`'s size.
    v.clear();
    let v: Vec<Value> = v.into_iter().map(|o| o.unwrap_or(Value::None)).collect();
    give_back_args(v);
}

/// An empty text buffer for building a str that is then copied out (an
/// f-string): a spare one keeps the capacity earlier texts grew it to.
#[inline]
pub fn take_string() -> String {
    STRINGS
        .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
        .ok()
        .flatten()
        .unwrap_or_else(|| String::with_capacity(64))
}

/// Returns a buffer from [`take_string`].
#[inline]
pub fn give_back_string(mut v: String) {
    if v.capacity() > STRING_MAX_CAPACITY {
        return;
    }
    v.clear();
    keep(&STRINGS, v);
}
