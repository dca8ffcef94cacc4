//! `collections.deque`: a ring buffer with an optional maximum length.

use super::*;
use crate::object::exc_kind::ExcKind;
use crate::object::gc::Edge;
use crate::object::model::{Class, Layout};
use crate::object::trace::Trace;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::iter::collect;
use crate::protocol::ops::{self, repr, type_name};
use crate::protocol::types::construct::unwrap;
use crate::stdlib::toolkit::{add_methods, bind_args, cached_class, new_class, this, with_native};
use crate::{Interp, PyResult};
use pyroclast_syntax::ast::CmpOp;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A `collections.deque`.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation, to detect mutation during iteration.
    state: Cell<u64>,
}

impl Deque {
    fn new() -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    /// A new empty deque (`asyncio`'s locks keep their waiters in one).
    pub(crate) fn new_value() -> Value {
        Value::native_tracked(Rc::new(Deque::new()))
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
    /// The item at `i` from the left.
    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    /// Changes with every mutation (what iterators check).
    pub(crate) fn version(&self) -> u64 {
        self.state.get()
    }
    /// The leftmost item.
    pub(crate) fn front(&self) -> Option<Value> {
        self.items.borrow().front().cloned()
    }
    /// Removes the first item that is `v` itself; whether there was one.
    pub(crate) fn remove_identical(&self, v: &Value) -> bool {
        let at = self.items.borrow().iter().position(|x| x.is(v));
        match at {
            Some(i) => {
                self.touch();
                self.items.borrow_mut().remove(i);
                true
            }
            None => false,
        }
    }
    pub(crate) fn push_back(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_back(v);
        if let Some(m) = self.maxlen.get()
            && items.len() > m
        {
            items.pop_front();
        }
    }
    fn push_front(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_front(v);
        if let Some(m) = self.maxlen.get()
            && items.len() > m
        {
            items.pop_back();
        }
    }
    pub(crate) fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
    fn repr_with(&self, vm: &Interp, name: &str) -> PyResult<String> {
        let items = self.snapshot();
        let r = repr(vm, &Value::list(items))?;
        Ok(match self.maxlen.get() {
            Some(m) => format!("{name}({r}, maxlen={m})"),
            None => format!("{name}({r})"),
        })
    }
}

impl Native for Deque {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        deque_class(vm)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.items.trace(visit);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            out.extend(std::mem::take(&mut *items));
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(self.repr_with(vm, "deque"))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "maxlen" => Some(Ok(match self.maxlen.get() {
                Some(m) => Value::Int(m as i64),
                None => Value::None,
            })),
            _ => None,
        }
    }
}

/// Iterator over a deque (forwards or backwards).
pub(crate) struct DequeIter {
    deque: Value,
    index: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl Native for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.deque.trace(visit);
    }
    fn class(&self, vm: &Interp) -> Rc<Class> {
        cached_class(vm, "collections._deque_iterator", |vm| {
            let c = new_class(
                vm,
                "_deque_iterator",
                "collections",
                vec![],
                Layout::Object,
                "_deque_iterator",
                &[],
            );
            add_methods(&c, "_deque_iterator", &[("__iter__", |vm, a| this(vm, &a))]);
            c
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        Some(with_native::<Deque, _>(vm, &self.deque, "deque", |d| {
            if d.state.get() != self.state {
                return Err(vm.error(ExcKind::RuntimeError, "deque mutated during iteration"));
            }
            let items = d.items.borrow();
            let i = self.index.get();
            if i >= items.len() {
                return Ok(None);
            }
            self.index.set(i + 1);
            let k = if self.reverse { items.len() - 1 - i } else { i };
            Ok(Some(items[k].clone()))
        }))
    }
}

pub(crate) fn deque_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "collections.deque", |vm| {
        let c = new_class(
            vm,
            "deque",
            "collections",
            vec![],
            Layout::Object,
            "deque",
            DEQUE_METHODS,
        );
        c.marker
            .set(c.marker.get() | crate::object::model::SEQUENCE);
        c.dict.borrow_mut().insert(
            Rc::from("__new__"),
            crate::object::value::builtin("__new__", deque_new),
        );
        c.dict
            .borrow_mut()
            .insert(Rc::from("__hash__"), Value::None);
        c
    })
}

pub(crate) const DEQUE_METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", deque_init),
    ("append", |vm, a| {
        let v = one_arg(vm, &a, "deque", "append")?;
        dq(vm, &a, |d| {
            d.push_back(v);
            Ok(Value::None)
        })
    }),
    ("appendleft", |vm, a| {
        let v = one_arg(vm, &a, "deque", "appendleft")?;
        dq(vm, &a, |d| {
            d.push_front(v);
            Ok(Value::None)
        })
    }),
    ("pop", |vm, a| {
        dq(vm, &a, |d| {
            d.touch();
            d.items
                .borrow_mut()
                .pop_back()
                .ok_or_else(|| vm.error(ExcKind::IndexError, "pop from an empty deque"))
        })
    }),
    ("popleft", |vm, a| {
        dq(vm, &a, |d| {
            d.touch();
            d.items
                .borrow_mut()
                .pop_front()
                .ok_or_else(|| vm.error(ExcKind::IndexError, "pop from an empty deque"))
        })
    }),
    ("extend", |vm, a| {
        let v = one_arg(vm, &a, "deque", "extend")?;
        let items = collect(vm, &v)?;
        dq(vm, &a, |d| {
            for x in items {
                d.push_back(x);
            }
            Ok(Value::None)
        })
    }),
    ("extendleft", |vm, a| {
        let v = one_arg(vm, &a, "deque", "extendleft")?;
        let items = collect(vm, &v)?;
        dq(vm, &a, |d| {
            for x in items {
                d.push_front(x);
            }
            Ok(Value::None)
        })
    }),
    ("rotate", |vm, a| {
        let n = match a.pos.get(1) {
            Some(v) => crate::protocol::types::construct::index_arg(vm, v)?,
            None => 1,
        };
        dq(vm, &a, |d| {
            d.touch();
            let mut items = d.items.borrow_mut();
            let len = items.len() as i64;
            if len > 1 {
                let k = n.rem_euclid(len) as usize;
                items.rotate_right(k);
            }
            Ok(Value::None)
        })
    }),
    ("clear", |vm, a| {
        dq(vm, &a, |d| {
            d.touch();
            d.items.borrow_mut().clear();
            Ok(Value::None)
        })
    }),
    ("copy", deque_copy),
    ("__copy__", deque_copy),
    ("count", |vm, a| {
        let v = one_arg(vm, &a, "deque", "count")?;
        let items = dq(vm, &a, |d| Ok(d.snapshot()))?;
        let mut n = 0;
        for x in &items {
            if x.is(&v) || ops::eq(vm, x, &v)? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    }),
    ("index", |vm, a| {
        let v = c_args(vm, &a, &Sig::method("deque", "index", Style::Legacy, 1, 3))?[0].clone();
        let items = dq(vm, &a, |d| Ok(d.snapshot()))?;
        let len = items.len() as i64;
        let norm = |x: Option<&Value>, default: i64| -> PyResult<usize> {
            let i = match x {
                Some(x) => crate::protocol::types::construct::index_arg(vm, x)?,
                None => default,
            };
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            Ok(i as usize)
        };
        let start = norm(a.pos.get(2), 0)?;
        let stop = norm(a.pos.get(3), len)?;
        for (i, x) in items.iter().enumerate().take(stop).skip(start) {
            if x.is(&v) || ops::eq(vm, x, &v)? {
                return Ok(Value::Int(i as i64));
            }
        }
        Err(vm.value_error(format!("{} is not in deque", repr(vm, &v)?)))
    }),
    ("remove", |vm, a| {
        let v = one_arg(vm, &a, "deque", "remove")?;
        let items = dq(vm, &a, |d| Ok(d.snapshot()))?;
        for (i, x) in items.iter().enumerate() {
            if x.is(&v) || ops::eq(vm, x, &v)? {
                return dq(vm, &a, |d| {
                    d.touch();
                    d.items.borrow_mut().remove(i);
                    Ok(Value::None)
                });
            }
        }
        Err(vm.value_error(format!("{} is not in deque", repr(vm, &v)?)))
    }),
    ("insert", |vm, a| {
        let args = c_args(vm, &a, &Sig::method("deque", "insert", Style::Legacy, 2, 2))?;
        let i = crate::protocol::types::construct::index_arg(vm, &args[0])?;
        let v = args[1].clone();
        dq(vm, &a, |d| {
            let len = d.items.borrow().len();
            if d.maxlen.get() == Some(len) {
                return Err(vm.error(ExcKind::IndexError, "deque already at its maximum size"));
            }
            d.touch();
            let len = len as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            d.items.borrow_mut().insert(i as usize, v);
            Ok(Value::None)
        })
    }),
    ("reverse", |vm, a| {
        dq(vm, &a, |d| {
            d.touch();
            d.items.borrow_mut().make_contiguous().reverse();
            Ok(Value::None)
        })
    }),
    ("__len__", |vm, a| {
        dq(vm, &a, |d| Ok(Value::Int(d.items.borrow().len() as i64)))
    }),
    ("__bool__", |vm, a| {
        dq(vm, &a, |d| Ok(Value::Bool(!d.items.borrow().is_empty())))
    }),
    ("__iter__", |vm, a| deque_iter(vm, &a, false)),
    ("__reversed__", |vm, a| deque_iter(vm, &a, true)),
    ("__contains__", |vm, a| {
        let v = c_args(
            vm,
            &a,
            &Sig::method("deque", "__contains__", Style::Slot, 1, 1),
        )?[0]
            .clone();
        let items = dq(vm, &a, |d| Ok(d.snapshot()))?;
        for x in &items {
            if x.is(&v) || ops::eq(vm, x, &v)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }),
    ("__getitem__", |vm, a| {
        let i = deque_index(vm, &a)?;
        dq(vm, &a, |d| {
            let items = d.items.borrow();
            i.and_then(|i| items.get(i).cloned())
                .ok_or_else(|| vm.error(ExcKind::IndexError, "deque index out of range"))
        })
    }),
    ("__setitem__", |vm, a| {
        let i = deque_index(vm, &a)?;
        let v = c_args(vm, &a, &Sig::method("deque", "", Style::Clinic, 2, 2))?[1].clone();
        dq(vm, &a, |d| {
            let mut items = d.items.borrow_mut();
            match i.and_then(|i| items.get_mut(i)) {
                Some(slot) => {
                    *slot = v;
                    Ok(Value::None)
                }
                None => Err(vm.error(ExcKind::IndexError, "deque index out of range")),
            }
        })
    }),
    ("__delitem__", |vm, a| {
        let i = deque_index(vm, &a)?;
        dq(vm, &a, |d| {
            d.touch();
            let mut items = d.items.borrow_mut();
            match i.and_then(|i| items.remove(i)) {
                Some(_) => Ok(Value::None),
                None => Err(vm.error(ExcKind::IndexError, "deque index out of range")),
            }
        })
    }),
    ("__repr__", |vm, a| {
        let s = this(vm, &a)?;
        let name = type_name(vm, &s);
        dq(vm, &a, |d| Ok(Value::str(&d.repr_with(vm, &name)?)))
    }),
    ("__eq__", |vm, a| deque_cmp(vm, &a, CmpOp::Eq)),
    ("__ne__", |vm, a| deque_cmp(vm, &a, CmpOp::NotEq)),
    ("__lt__", |vm, a| deque_cmp(vm, &a, CmpOp::Lt)),
    ("__le__", |vm, a| deque_cmp(vm, &a, CmpOp::LtE)),
    ("__gt__", |vm, a| deque_cmp(vm, &a, CmpOp::Gt)),
    ("__ge__", |vm, a| deque_cmp(vm, &a, CmpOp::GtE)),
    ("__add__", |vm, a| {
        let other = c_args(vm, &a, &Sig::method("deque", "__add__", Style::Slot, 1, 1))?[0].clone();
        let Ok(theirs) = with_native::<Deque, _>(vm, &other, "deque", |d| Ok(d.snapshot())) else {
            return Err(vm.type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                type_name(vm, &other)
            )));
        };
        let out = Deque::new();
        dq(vm, &a, |d| {
            out.maxlen.set(d.maxlen.get());
            for x in d.snapshot().into_iter().chain(theirs) {
                out.push_back(x);
            }
            Ok(())
        })?;
        Ok(Value::native_tracked(Rc::new(out)))
    }),
    ("__iadd__", |vm, a| {
        let v = c_args(vm, &a, &Sig::method("deque", "__iadd__", Style::Slot, 1, 1))?[0].clone();
        let items = collect(vm, &v)?;
        dq(vm, &a, |d| {
            for x in items {
                d.push_back(x);
            }
            Ok(())
        })?;
        this(vm, &a)
    }),
    ("__mul__", |vm, a| {
        let n = crate::protocol::types::construct::index_arg(
            vm,
            &c_args(vm, &a, &Sig::method("deque", "", Style::Clinic, 1, 1))?[0],
        )?;
        let out = Deque::new();
        dq(vm, &a, |d| {
            out.maxlen.set(d.maxlen.get());
            let items = d.snapshot();
            for _ in 0..n.max(0) {
                for x in &items {
                    out.push_back(x.clone());
                }
            }
            Ok(())
        })?;
        Ok(Value::native_tracked(Rc::new(out)))
    }),
];

pub(crate) fn dq<R>(vm: &Interp, a: &Args, f: impl FnOnce(&Deque) -> PyResult<R>) -> PyResult<R> {
    let s = this(vm, a)?;
    with_native::<Deque, _>(vm, &s, "collections.deque", f)
}

pub(crate) fn deque_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let cls = match a.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("deque.__new__(X): X is not a type object")),
    };
    let d = Value::native_tracked(Rc::new(Deque::new()));
    if Rc::ptr_eq(&cls, &deque_class(vm)) {
        return Ok(d);
    }
    Ok(instance_with_payload(&cls, d))
}

pub(crate) fn deque_init(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: std::mem::take(&mut a.kw),
    };
    let v = bind_args(vm, "deque", rest, &["iterable", "maxlen"], 0)?;
    let maxlen = match &v[1] {
        None | Some(Value::None) => None,
        Some(m) => {
            let m = crate::protocol::types::construct::index_arg(vm, m)?;
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    let items = match &v[0] {
        Some(it) => collect(vm, it)?,
        None => Vec::new(),
    };
    with_native::<Deque, _>(vm, &s, "collections.deque", |d| {
        d.touch();
        d.items.borrow_mut().clear();
        d.maxlen.set(maxlen);
        for x in items {
            d.push_back(x);
        }
        Ok(Value::None)
    })
}

pub(crate) fn deque_copy(vm: &Interp, a: Args) -> PyResult<Value> {
    let out = Deque::new();
    dq(vm, &a, |d| {
        out.maxlen.set(d.maxlen.get());
        *out.items.borrow_mut() = d.items.borrow().clone();
        Ok(())
    })?;
    Ok(Value::native_tracked(Rc::new(out)))
}

pub(crate) fn deque_iter(vm: &Interp, a: &Args, reverse: bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let inner = unwrap(&s);
    let state = with_native::<Deque, _>(vm, &inner, "collections.deque", |d| Ok(d.state.get()))?;
    Ok(Value::native_tracked(Rc::new(DequeIter {
        deque: inner,
        index: Cell::new(0),
        state,
        reverse,
    })))
}

pub(crate) fn deque_index(vm: &Interp, a: &Args) -> PyResult<Option<usize>> {
    let idx = c_args(
        vm,
        a,
        &Sig::method("deque", "__getitem__", Style::Slot, 1, 1),
    )?[0]
        .clone();
    let Some(i) = crate::protocol::containers::item_index(vm, &idx)? else {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            type_name(vm, &idx)
        )));
    };
    let len = dq(vm, a, |d| Ok(d.items.borrow().len() as i64))?;
    let i = if i < 0 { i + len } else { i };
    Ok((0..len).contains(&i).then_some(i as usize))
}

pub(crate) fn deque_cmp(vm: &Interp, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = c_args(vm, a, &Sig::method("deque", "__eq__", Style::Slot, 1, 1))?[0].clone();
    let Ok(theirs) = with_native::<Deque, _>(vm, &other, "deque", |d| Ok(d.snapshot())) else {
        return Ok(Value::NotImplemented);
    };
    let mine = dq(vm, a, |d| Ok(d.snapshot()))?;
    ops::compare(vm, op, &Value::list(mine), &Value::list(theirs))
}
