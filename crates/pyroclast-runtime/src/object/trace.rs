//! What a runtime object reports to the cycle collector, field by field.
//!
//! A `Native` that holds Python values implements `traverse` and
//! `clear_refs` (`object/value.rs`) by listing its fields: each field's
//! type knows how to report and drop its references ([`Trace`]), so an
//! object's two methods are one line per field, and a field that cannot
//! form a cycle (a name, a counter) is simply not listed.

use std::cell::RefCell;
use std::collections::VecDeque;

use crate::object::dict::Dict;
use crate::object::gc::{Edge, visit_value};
use crate::object::value::Value;

/// Strong references to Python values held in some field.
pub trait Trace {
    /// Calls `visit` with each strong reference, once per reference.
    fn trace(&self, visit: &mut dyn FnMut(Edge));
    /// Moves the references out into `out` (the object is garbage: what is
    /// left behind is never read again).
    fn clear(&mut self, out: &mut Vec<Value>);
}

impl Trace for Value {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        visit_value(self, visit);
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        if self.may_hold_references() {
            out.push(std::mem::replace(self, Value::None));
        }
    }
}

impl<T: Trace> Trace for Option<T> {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        if let Some(v) = self {
            v.trace(visit);
        }
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        if let Some(v) = self {
            v.clear(out);
        }
    }
}

impl<T: Trace> Trace for Box<T> {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        (**self).trace(visit);
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        (**self).clear(out);
    }
}

impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        self.iter().for_each(|v| v.trace(visit));
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        self.iter_mut().for_each(|v| v.clear(out));
    }
}

impl<T: Trace> Trace for VecDeque<T> {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        self.iter().for_each(|v| v.trace(visit));
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        self.iter_mut().for_each(|v| v.clear(out));
    }
}

impl<K, T: Trace> Trace for (K, T) {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        self.1.trace(visit);
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        self.1.clear(out);
    }
}

impl<K, T: Trace, S> Trace for indexmap::IndexMap<K, T, S> {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        self.values().for_each(|v| v.trace(visit));
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        self.values_mut().for_each(|v| v.clear(out));
    }
}

impl Trace for Dict {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        self.for_each_ref(&mut |v| visit_value(v, visit));
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        std::mem::take(self).drain_into(out);
    }
}

/// A field being mutated further up the stack cannot be borrowed: it is
/// reported as holding nothing, which only keeps more alive.
impl<T: Trace> Trace for RefCell<T> {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        if let Ok(v) = self.try_borrow() {
            v.trace(visit);
        }
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        self.get_mut().clear(out);
    }
}

/// Clears a shared (`RefCell`) field from `Native::clear_refs`, which only
/// has `&self`.
pub fn clear_cell<T: Trace>(cell: &RefCell<T>, out: &mut Vec<Value>) {
    if let Ok(mut v) = cell.try_borrow_mut() {
        v.clear(out);
    }
}
