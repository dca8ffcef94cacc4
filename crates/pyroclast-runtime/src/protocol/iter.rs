//! The iteration protocol. `for` loops drive a [`PyIter`] directly (no
//! iterator object and no StopIteration allocation for builtin sequences);
//! `iter()` wraps one in an object.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::gc::Edge;
use crate::object::model::Class;
use crate::object::trace::{Trace, clear_cell};
use crate::object::value::{Args, Native, Value};
use crate::protocol::ops::type_name;
use crate::{Interp, PyResult};

/// `range` objects.
pub struct Range {
    /// First value.
    pub start: i64,
    /// End (exclusive).
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
}

impl Range {
    /// Number of values.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as i64
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The i-th value.
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

impl Native for Range {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("range")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(if self.step == 1 {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "start" => Some(Ok(Value::Int(self.start))),
            "stop" => Some(Ok(Value::Int(self.stop))),
            "step" => Some(Ok(Value::Int(self.step))),
            _ => None,
        }
    }
    fn py_hash(&self, vm: &Interp) -> Option<PyResult<i64>> {
        Some(crate::protocol::types::range::hash(
            vm,
            self.start.into(),
            self.step.into(),
            self.len().into(),
        ))
    }
}

/// An iteration in progress.
pub enum PyIter {
    /// Over a list (sees appends, like CPython's list iterator).
    List(Rc<RefCell<crate::object::value::ListItems>>, usize),
    /// Over a tuple.
    Tuple(Rc<crate::object::value::Tuple>, usize),
    /// Over a range.
    Range {
        /// Next value.
        cur: i64,
        /// Values left.
        left: i64,
        /// Step.
        step: i64,
    },
    /// Over a str, by code point.
    Chars(Rc<str>, usize),
    /// Over bytes.
    Bytes(Rc<[u8]>, usize),
    /// Over a dict's keys, values or items, as CPython's dict iterator.
    Dict {
        /// The dict.
        dict: Rc<RefCell<Dict>>,
        /// Raw position in the dict's table of the next entry to look at.
        pos: usize,
        /// The dict's size when iteration began (`usize::MAX` once it
        /// changed: the error repeats).
        used: usize,
        /// Entries still expected; finding another means the keys changed.
        left: usize,
        /// Keys, values or items.
        part: DictPart,
    },
    /// Over a snapshot of values (sets).
    Values(Vec<Value>, usize),
    /// Over any other iterator object.
    Object(Value),
    /// Exhausted.
    Done,
}

/// Which part of a dict an iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// A list iterator's next item (the list is read again each time: it may
/// have grown or shrunk).
#[inline(always)]
fn list_step(l: &RefCell<crate::object::value::ListItems>, i: &mut usize) -> Option<Value> {
    // The clone inlined where loops step ([`Value::dup`]).
    let item = l.borrow().get(*i).map(Value::dup);
    *i += 1;
    item
}

/// A range iterator's next value.
#[inline(always)]
fn range_step(cur: &mut i64, left: &mut i64, step: i64) -> Option<Value> {
    if *left <= 0 {
        return None;
    }
    let v = *cur;
    *left -= 1;
    *cur = cur.wrapping_add(step);
    Some(Value::Int(v))
}

impl PyIter {
    /// Starts iterating `v` (`iter(v)`).
    pub fn new(vm: &Interp, v: &Value) -> PyResult<PyIter> {
        Ok(match v {
            Value::List(l) => PyIter::List(l.clone(), 0),
            Value::Tuple(t) => PyIter::Tuple(t.clone(), 0),
            Value::Str(s) => PyIter::Chars(s.clone(), 0),
            Value::Bytes(b) => PyIter::Bytes(b.clone(), 0),
            Value::Dict(d) => {
                let n = d.borrow().len();
                PyIter::Dict {
                    dict: d.clone(),
                    pos: 0,
                    used: n,
                    left: n,
                    part: DictPart::Keys,
                }
            }
            Value::Set(s) => PyIter::Values(s.items.borrow().keys(), 0),
            Value::Native(n) => {
                if let Some(r) = n.as_any().downcast_ref::<Range>() {
                    return Ok(PyIter::Range {
                        cur: r.start,
                        left: r.len(),
                        step: r.step,
                    });
                }
                if let Some(r) = n
                    .as_any()
                    .downcast_ref::<crate::protocol::types::range::BigRange>()
                {
                    return Ok(PyIter::Object(crate::protocol::types::range::big_iter(r)));
                }
                if let Some(it) = n.as_any().downcast_ref::<IterObj>() {
                    let _ = it;
                    return Ok(PyIter::Object(v.clone()));
                }
                if let Some(view) = n.as_any().downcast_ref::<DictView>() {
                    let len = view.dict.borrow().len();
                    return Ok(PyIter::Dict {
                        dict: view.dict.clone(),
                        pos: 0,
                        used: len,
                        left: len,
                        part: view.part,
                    });
                }
                if n.is_iterator() || crate::protocol::classes::has_dunder(vm, v, "__next__") {
                    return Ok(PyIter::Object(v.clone()));
                }
                if crate::protocol::classes::has_dunder(vm, v, "__iter__") {
                    let it = crate::protocol::classes::call_dunder(vm, v, "__iter__", vec![])?
                        .unwrap_or(Value::None);
                    return Ok(PyIter::Object(it));
                }
                if let Ok(f) = crate::protocol::classes::getattr(vm, v, "__iter__") {
                    let it = crate::protocol::call::call(vm, &f, Args::default())?;
                    return Ok(PyIter::Object(it));
                }
                return Err(not_iterable(vm, v));
            }
            Value::Class(c) if c.metaclass.borrow().is_some() => {
                if let Some(it) = crate::protocol::classes::call_dunder(vm, v, "__iter__", vec![])?
                {
                    return Ok(PyIter::Object(it));
                }
                return Err(not_iterable(vm, v));
            }
            Value::Instance(inst) => {
                if let Some(Value::None) = inst.class.lookup("__iter__") {
                    return Err(not_iterable(vm, v));
                }
                if let Some(it) = crate::protocol::classes::call_dunder(vm, v, "__iter__", vec![])?
                {
                    if !is_iterator(vm, &it) {
                        return Err(vm.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            type_name(vm, &it)
                        )));
                    }
                    return Ok(PyIter::Object(it));
                }
                if crate::protocol::classes::has_dunder(vm, v, "__getitem__") {
                    return Ok(PyIter::Object(Value::native_tracked(Rc::new(SeqIter {
                        seq: v.clone(),
                        index: std::cell::Cell::new(0),
                    }))));
                }
                if let Some(
                    Value::List(_)
                    | Value::Tuple(_)
                    | Value::Str(_)
                    | Value::Dict(_)
                    | Value::Set(_),
                ) = inst.payload.borrow().clone()
                {
                    let p = inst.payload.borrow().clone().unwrap_or(Value::None);
                    return PyIter::new(vm, &p);
                }
                return Err(not_iterable(vm, v));
            }
            _ => return Err(not_iterable(vm, v)),
        })
    }

    /// The next item, or `None` when exhausted.
    pub fn next(&mut self, vm: &Interp) -> PyResult<Option<Value>> {
        vm.tick()?;
        self.next_ticked(vm)
    }

    /// [`next`](Self::next), a range's or a list's step inline at the
    /// loop that calls it (`for i in range(n)`, `for r in records`: most
    /// loops).
    #[inline(always)]
    pub fn next_inline(&mut self, vm: &Interp) -> PyResult<Option<Value>> {
        vm.tick()?;
        match self {
            PyIter::Range { cur, left, step } => Ok(range_step(cur, left, *step)),
            PyIter::List(l, i) => Ok(list_step(l, i)),
            _ => self.next_ticked(vm),
        }
    }

    fn next_ticked(&mut self, vm: &Interp) -> PyResult<Option<Value>> {
        match self {
            PyIter::List(l, i) => Ok(list_step(l, i)),
            PyIter::Tuple(t, i) => {
                let item = t.get(*i).cloned();
                *i += 1;
                Ok(item)
            }
            PyIter::Range { cur, left, step } => Ok(range_step(cur, left, *step)),
            PyIter::Chars(s, i) => match s[*i..].chars().next() {
                Some(c) => {
                    *i += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            PyIter::Bytes(b, i) => {
                let item = b.get(*i).map(|x| Value::Int(i64::from(*x)));
                *i += 1;
                Ok(item)
            }
            PyIter::Dict {
                dict,
                pos,
                used,
                left,
                part,
            } => {
                let d2 = dict.borrow();
                if d2.len() != *used {
                    *used = usize::MAX;
                    return Err(vm.error(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let Some((next, k, v)) = d2.next_at(*pos) else {
                    drop(d2);
                    *self = PyIter::Done;
                    return Ok(None);
                };
                if *left == 0 {
                    drop(d2);
                    *self = PyIter::Done;
                    return Err(vm.error(
                        ExcKind::RuntimeError,
                        "dictionary keys changed during iteration",
                    ));
                }
                *pos = next;
                *left -= 1;
                let part = *part;
                drop(d2);
                Ok(Some(match part {
                    DictPart::Keys => k,
                    DictPart::Values => v,
                    DictPart::Items => Value::tuple(vec![k, v]),
                }))
            }
            PyIter::Values(v, i) => {
                let item = v.get(*i).cloned();
                *i += 1;
                Ok(item)
            }
            PyIter::Object(o) => next_of(vm, o),
            PyIter::Done => Ok(None),
        }
    }
}

/// `next(it)` without the StopIteration: `None` when exhausted.
pub fn next_of(vm: &Interp, it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Native(n) => {
            if let Some(r) = n.next(vm) {
                return r;
            }
            if crate::protocol::classes::has_dunder(vm, it, "__next__") {
                return dunder_next(vm, it);
            }
            Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it))))
        }
        Value::Instance(_) => dunder_next(vm, it),
        other => Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            type_name(vm, other)
        ))),
    }
}

fn dunder_next(vm: &Interp, it: &Value) -> PyResult<Option<Value>> {
    match crate::protocol::classes::call_dunder(vm, it, "__next__", vec![]) {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => {
            Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it))))
        }
        Err(e) if e.matches(vm, ExcKind::StopIteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// True when `v` has `__next__`.
pub fn is_iterator(vm: &Interp, v: &Value) -> bool {
    match v {
        Value::Native(n) => {
            n.is_iterator() || crate::protocol::classes::has_dunder(vm, v, "__next__")
        }
        Value::Instance(_) => crate::protocol::classes::has_dunder(vm, v, "__next__"),
        _ => false,
    }
}

/// True when `iter(v)` would succeed.
pub fn is_iterable(vm: &Interp, v: &Value) -> bool {
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Dict(_)
        | Value::Set(_) => true,
        Value::Instance(i) => {
            crate::protocol::classes::has_dunder(vm, v, "__iter__")
                || crate::protocol::classes::has_dunder(vm, v, "__getitem__")
                || i.payload.borrow().is_some()
        }
        Value::Native(_) => true,
        _ => false,
    }
}

#[cold]
fn not_iterable(vm: &Interp, v: &Value) -> crate::PyErr {
    vm.type_error(format!("'{}' object is not iterable", type_name(vm, v)))
}

/// All items of an iterable.
pub fn collect(vm: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.borrow().to_vec()),
        Value::Tuple(t) => return Ok(t.to_vec()),
        _ => {}
    }
    let mut it = PyIter::new(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = it.next(vm)? {
        vm.reserve_push(&out, out.capacity(), 1)?;
        out.push(x);
    }
    Ok(out)
}

/// Items for `*v` in a call or display, with CPython's message.
pub fn collect_star(vm: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    if !is_iterable(vm, v) {
        return Err(vm.type_error(format!(
            "Value after * must be an iterable, not {}",
            type_name(vm, v)
        )));
    }
    collect(vm, v)
}

/// The object `iter()` returns for builtin iterables.
pub struct IterObj {
    /// The iteration state.
    pub state: RefCell<PyIter>,
    /// Python class name (`list_iterator`, ...).
    pub class_name: &'static str,
}

impl IterObj {
    /// The iterator object for `state`, registered with the collector when
    /// it iterates a container (a list iterator can sit inside its list).
    pub fn value(state: PyIter, class_name: &'static str) -> Value {
        let track = !matches!(
            state,
            PyIter::Range { .. } | PyIter::Chars(..) | PyIter::Bytes(..) | PyIter::Done
        );
        Value::native_tracked_if(
            Rc::new(IterObj {
                state: RefCell::new(state),
                class_name,
            }),
            track,
        )
    }
}

impl Drop for IterObj {
    /// Through the trashcan (`object/trashcan.rs`): iterators over
    /// iterators may nest deeply.
    fn drop(&mut self) {
        let state = std::mem::replace(self.state.get_mut(), PyIter::Done);
        if !matches!(state, PyIter::Done) {
            crate::object::trashcan::dispose(state);
        }
    }
}

impl Native for IterObj {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(self.class_name)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.state.trace(visit);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        clear_cell(&self.state, out);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        let mut st = self.state.borrow_mut();
        if let PyIter::Object(o) = &*st {
            let o = o.clone();
            drop(st);
            return Some(next_of(vm, &o));
        }
        let r = st.next(vm);
        if matches!(r, Ok(None)) {
            *st = PyIter::Done;
        }
        Some(r)
    }
}

/// Iterates an object through `__getitem__(0)`, `__getitem__(1)`, ...
pub struct SeqIter {
    seq: Value,
    index: std::cell::Cell<i64>,
}

impl Native for SeqIter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("iterator")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.seq.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        let i = self.index.get();
        self.index.set(i + 1);
        Some(
            match crate::protocol::containers::getitem(vm, &self.seq, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.matches(vm, ExcKind::IndexError)
                        || e.matches(vm, ExcKind::StopIteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        )
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`.
pub struct DictView {
    /// The dict viewed.
    pub dict: Rc<RefCell<Dict>>,
    /// Which part.
    pub part: DictPart,
}

impl Native for DictView {
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        visit(Edge::Value(&Value::Dict(self.dict.clone())));
    }
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        let name = match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        };
        let items: Vec<Value> = match self.part {
            DictPart::Keys => self.dict.borrow().keys(),
            DictPart::Values => self.dict.borrow().values(),
            DictPart::Items => self
                .dict
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        };
        Some(crate::protocol::ops::repr(vm, &Value::list(items)).map(|r| format!("{name}({r})")))
    }
}

/// Wraps `v` in the iterator object `iter(v)` returns.
pub fn iter_object(vm: &Interp, v: &Value) -> PyResult<Value> {
    let class_name = match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(_) => "str_ascii_iterator",
        Value::Bytes(_) => "bytes_iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::Set(_) => "set_iterator",
        Value::Native(n) if n.as_any().is::<Range>() => "range_iterator",
        Value::Native(n) if n.as_any().is::<DictView>() => "dict_keyiterator",
        _ => {
            let it = PyIter::new(vm, v)?;
            return Ok(match it {
                PyIter::Object(o) => o,
                other => IterObj::value(other, "iterator"),
            });
        }
    };
    Ok(IterObj::value(PyIter::new(vm, v)?, class_name))
}

impl Trace for PyIter {
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        match self {
            PyIter::List(l, _) => visit(Edge::Value(&Value::List(l.clone()))),
            PyIter::Tuple(t, _) => visit(Edge::Value(&Value::Tuple(t.clone()))),
            PyIter::Dict { dict, .. } => visit(Edge::Value(&Value::Dict(dict.clone()))),
            PyIter::Values(v, _) => v.trace(visit),
            PyIter::Object(v) => v.trace(visit),
            PyIter::Range { .. } | PyIter::Chars(..) | PyIter::Bytes(..) | PyIter::Done => {}
        }
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        match std::mem::replace(self, PyIter::Done) {
            PyIter::List(l, _) => out.push(Value::List(l)),
            PyIter::Tuple(t, _) => out.push(Value::Tuple(t)),
            PyIter::Dict { dict, .. } => out.push(Value::Dict(dict)),
            PyIter::Values(v, _) => out.extend(v),
            PyIter::Object(v) => out.push(v),
            other => *self = other,
        }
    }
}
