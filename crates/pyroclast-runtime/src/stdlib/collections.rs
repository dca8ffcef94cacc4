//! `collections`: deque, defaultdict, OrderedDict, Counter and namedtuple.
//!
//! deque is a native object; defaultdict, OrderedDict and Counter are dict
//! subclasses whose instances carry a dict payload; namedtuple builds tuple
//! subclasses whose instances carry a tuple payload.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::toolkit::{
    add_methods, bind_args, cached_class, functions, new_class, this, with_native,
};
use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Instance, Layout, namespace};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::classes::{ClassMethod, Property};
use crate::protocol::iter::{PyIter, collect};
use crate::protocol::ops::{self, repr, type_name, type_of};
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyErr, PyResult};
use pyroclast_syntax::ast::{BinOp, CmpOp};

/// Builds the `collections` module.
pub fn fill(vm: &Interp, ns: &crate::object::model::Namespace) -> PyResult<()> {
    let mut entries = vec![
        ("deque", Value::Class(deque_class(vm))),
        ("defaultdict", Value::Class(defaultdict_class(vm))),
        ("OrderedDict", Value::Class(ordereddict_class(vm))),
        ("Counter", Value::Class(counter_class(vm))),
    ];
    entries.extend(functions(&[("namedtuple", namedtuple)]));
    super::toolkit::fill(ns, entries);
    Ok(())
}

// ---------------------------------------------------------------- helpers

/// A bare instance of a Python-level subclass with `payload` inside.
fn instance_with_payload(class: &Rc<Class>, payload: Value) -> Value {
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        dict: namespace(),
        exc: None,
        payload: RefCell::new(Some(payload)),
        hash_seq: std::cell::Cell::new(0),
        dict_view: RefCell::new(crate::object::model::no_dict_view()),
    }))
}

/// The dict inside a dict-subclass instance.
fn payload_dict(vm: &Interp, v: &Value) -> PyResult<Rc<RefCell<Dict>>> {
    match unwrap(v) {
        Value::Dict(d) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            type_name(vm, v)
        ))),
    }
}

/// The dict inside `v` when it is a dict or a dict subclass instance.
fn as_dict(v: &Value) -> Option<Rc<RefCell<Dict>>> {
    match unwrap(v) {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// Indices of `keys` in descending order, stable for equal keys (what
/// `sorted(..., reverse=True)` gives).
fn stable_desc(vm: &Interp, keys: &[Value]) -> PyResult<Vec<usize>> {
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    let error: RefCell<Option<PyErr>> = RefCell::new(None);
    idx.sort_by(|a, b| {
        if error.borrow().is_some() {
            return std::cmp::Ordering::Equal;
        }
        match ops::less_than(vm, &keys[*b], &keys[*a]) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match ops::less_than(vm, &keys[*a], &keys[*b]) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    *error.borrow_mut() = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                *error.borrow_mut() = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match error.into_inner() {
        Some(e) => Err(e),
        None => Ok(idx),
    }
}

fn is_positive(vm: &Interp, v: &Value) -> PyResult<bool> {
    ops::less_than(vm, &Value::Int(0), v)
}

// ---------------------------------------------------------------- deque

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
    fn push_back(&self, v: Value) {
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
    fn snapshot(&self) -> Vec<Value> {
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
struct DequeIter {
    deque: Value,
    index: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl Native for DequeIter {
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

fn deque_class(vm: &Interp) -> Rc<Class> {
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

const DEQUE_METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", deque_init),
    ("append", |vm, a| {
        let v = arg1(vm, &a, "append")?;
        dq(vm, &a, |d| {
            d.push_back(v);
            Ok(Value::None)
        })
    }),
    ("appendleft", |vm, a| {
        let v = arg1(vm, &a, "appendleft")?;
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
        let v = arg1(vm, &a, "extend")?;
        let items = collect(vm, &v)?;
        dq(vm, &a, |d| {
            for x in items {
                d.push_back(x);
            }
            Ok(Value::None)
        })
    }),
    ("extendleft", |vm, a| {
        let v = arg1(vm, &a, "extendleft")?;
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
        let v = arg1(vm, &a, "count")?;
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
        let v = arg1(vm, &a, "index")?;
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
        let v = arg1(vm, &a, "remove")?;
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
        let i = crate::protocol::types::construct::index_arg(vm, &arg_at(vm, &a, 1, "insert")?)?;
        let v = arg_at(vm, &a, 2, "insert")?;
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
        let v = arg1(vm, &a, "__contains__")?;
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
        let v = arg_at(vm, &a, 2, "__setitem__")?;
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
        let other = arg1(vm, &a, "__add__")?;
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
        Ok(Value::Native(Rc::new(out)))
    }),
    ("__iadd__", |vm, a| {
        let v = arg1(vm, &a, "__iadd__")?;
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
        let n = crate::protocol::types::construct::index_arg(vm, &arg1(vm, &a, "__mul__")?)?;
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
        Ok(Value::Native(Rc::new(out)))
    }),
];

fn arg1(vm: &Interp, a: &Args, name: &str) -> PyResult<Value> {
    arg_at(vm, a, 1, name)
}

fn arg_at(vm: &Interp, a: &Args, i: usize, name: &str) -> PyResult<Value> {
    a.pos
        .get(i)
        .cloned()
        .ok_or_else(|| vm.type_error(format!("{name}() missing required argument (pos {i})")))
}

fn dq<R>(vm: &Interp, a: &Args, f: impl FnOnce(&Deque) -> PyResult<R>) -> PyResult<R> {
    let s = this(vm, a)?;
    with_native::<Deque, _>(vm, &s, "collections.deque", f)
}

fn deque_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let cls = match a.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("deque.__new__(X): X is not a type object")),
    };
    let d = Value::Native(Rc::new(Deque::new()));
    if Rc::ptr_eq(&cls, &deque_class(vm)) {
        return Ok(d);
    }
    Ok(instance_with_payload(&cls, d))
}

fn deque_init(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: a.kw,
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

fn deque_copy(vm: &Interp, a: Args) -> PyResult<Value> {
    let out = Deque::new();
    dq(vm, &a, |d| {
        out.maxlen.set(d.maxlen.get());
        *out.items.borrow_mut() = d.items.borrow().clone();
        Ok(())
    })?;
    Ok(Value::Native(Rc::new(out)))
}

fn deque_iter(vm: &Interp, a: &Args, reverse: bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let inner = unwrap(&s);
    let state = with_native::<Deque, _>(vm, &inner, "collections.deque", |d| Ok(d.state.get()))?;
    Ok(Value::Native(Rc::new(DequeIter {
        deque: inner,
        index: Cell::new(0),
        state,
        reverse,
    })))
}

fn deque_index(vm: &Interp, a: &Args) -> PyResult<Option<usize>> {
    let idx = arg1(vm, a, "__getitem__")?;
    let Some(i) = crate::protocol::containers::as_index(vm, &idx)? else {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            type_name(vm, &idx)
        )));
    };
    let len = dq(vm, a, |d| Ok(d.items.borrow().len() as i64))?;
    let i = if i < 0 { i + len } else { i };
    Ok((0..len).contains(&i).then_some(i as usize))
}

fn deque_cmp(vm: &Interp, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = arg1(vm, a, "__eq__")?;
    let Ok(theirs) = with_native::<Deque, _>(vm, &other, "deque", |d| Ok(d.snapshot())) else {
        return Ok(Value::NotImplemented);
    };
    let mine = dq(vm, a, |d| Ok(d.snapshot()))?;
    ops::compare(vm, op, &Value::list(mine), &Value::list(theirs))
}

// ---------------------------------------------------------------- defaultdict

fn dict_subclass(
    vm: &Interp,
    name: &str,
    owner: &'static str,
    methods: &[(&'static str, BuiltinFn)],
) -> Rc<Class> {
    new_class(
        vm,
        name,
        "collections",
        vec![vm.types.dict.clone()],
        Layout::Builtin,
        owner,
        methods,
    )
}

fn defaultdict_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "collections.defaultdict", |vm| {
        dict_subclass(
            vm,
            "defaultdict",
            "defaultdict",
            &[
                ("__init__", defaultdict_init),
                ("__missing__", defaultdict_missing),
                ("__repr__", defaultdict_repr),
                ("copy", defaultdict_copy),
                ("__copy__", defaultdict_copy),
            ],
        )
    })
}

/// Fills a dict payload from `dict(*args, **kw)`-style arguments.
fn fill_from(
    vm: &Interp,
    d: &Rc<RefCell<Dict>>,
    pos: &[Value],
    kw: Vec<(Rc<str>, Value)>,
    fname: &str,
) -> PyResult<()> {
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        let mut tmp = Dict::new();
        crate::protocol::types::construct::fill_dict(vm, &mut tmp, src)?;
        let mut d = d.borrow_mut();
        for (k, v) in tmp.items() {
            d.set(vm, k, v)?;
        }
    }
    let mut d = d.borrow_mut();
    for (k, v) in kw {
        d.set(vm, Value::Str(k), v)?;
    }
    Ok(())
}

fn defaultdict_init(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let factory = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !matches!(factory, Value::None) && !super::toolkit::is_callable(vm, &factory)? {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    crate::protocol::classes::set_instance_attr(vm, &s, "default_factory", factory)?;
    let d = payload_dict(vm, &s)?;
    let rest: Vec<Value> = a.pos.iter().skip(2).cloned().collect();
    fill_from(vm, &d, &rest, a.kw, "defaultdict")?;
    Ok(Value::None)
}

fn factory_of(vm: &Interp, s: &Value) -> PyResult<Value> {
    match crate::protocol::classes::getattr(vm, s, "default_factory") {
        Ok(v) => Ok(v),
        Err(_) => Ok(Value::None),
    }
}

fn defaultdict_missing(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let key = arg1(vm, &a, "__missing__")?;
    let factory = factory_of(vm, &s)?;
    if matches!(factory, Value::None) {
        return Err(crate::protocol::containers::key_error(vm, &key));
    }
    let v = crate::protocol::call::call(vm, &factory, Args::default())?;
    crate::protocol::containers::setitem(vm, &s, key, v.clone())?;
    Ok(v)
}

fn defaultdict_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let factory = factory_of(vm, &s)?;
    let d = payload_dict(vm, &s)?;
    let f = repr(vm, &factory)?;
    let body = repr(vm, &Value::Dict(d))?;
    Ok(Value::str(&format!("{}({f}, {body})", type_name(vm, &s))))
}

fn defaultdict_copy(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let factory = factory_of(vm, &s)?;
    let d = payload_dict(vm, &s)?;
    let copy = d.borrow().clone();
    let class = type_of(vm, &s);
    let out = crate::protocol::classes::instantiate(vm, &class, Args::new(vec![factory]))?;
    *payload_dict(vm, &out)?.borrow_mut() = copy;
    Ok(out)
}

// ---------------------------------------------------------------- OrderedDict

fn ordereddict_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "collections.OrderedDict", |vm| {
        dict_subclass(
            vm,
            "OrderedDict",
            "OrderedDict",
            &[
                ("__init__", |vm, a| {
                    let s = this(vm, &a)?;
                    let d = payload_dict(vm, &s)?;
                    fill_from(vm, &d, &a.pos[1..], a.kw, "OrderedDict")?;
                    Ok(Value::None)
                }),
                ("__repr__", od_repr),
                ("move_to_end", od_move_to_end),
                ("popitem", od_popitem),
                ("__eq__", od_eq),
                ("__ne__", |vm, a| {
                    let r = od_eq(vm, a)?;
                    Ok(match r {
                        Value::Bool(b) => Value::Bool(!b),
                        other => other,
                    })
                }),
                ("__reversed__", |vm, a| {
                    let d = payload_dict(vm, &this(vm, &a)?)?;
                    let mut keys = d.borrow().keys();
                    keys.reverse();
                    crate::protocol::iter::iter_object(vm, &Value::list(keys))
                }),
                ("copy", od_copy),
                ("__copy__", od_copy),
            ],
        )
    })
}

fn od_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let d = payload_dict(vm, &s)?;
    let name = type_name(vm, &s);
    let items = d.borrow().items();
    if items.is_empty() {
        return Ok(Value::str(&format!("{name}()")));
    }
    let pairs: Vec<Value> = items
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    Ok(Value::str(&format!(
        "{name}({})",
        repr(vm, &Value::list(pairs))?
    )))
}

fn od_move_to_end(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: a.kw,
    };
    let v = bind_args(vm, "move_to_end", rest, &["key", "last"], 1)?;
    let key = v[0].clone().unwrap_or(Value::None);
    let last = match &v[1] {
        Some(x) => ops::truthy(vm, x)?,
        None => true,
    };
    let d = payload_dict(vm, &s)?;
    let removed = d.borrow_mut().remove(vm, &key)?;
    let Some(value) = removed else {
        return Err(crate::protocol::containers::key_error(vm, &key));
    };
    if last {
        d.borrow_mut().set(vm, key, value)?;
    } else {
        let mut fresh = Dict::new();
        fresh.set(vm, key, value)?;
        for (k, v) in d.borrow().items() {
            fresh.set(vm, k, v)?;
        }
        *d.borrow_mut() = fresh;
    }
    Ok(Value::None)
}

fn od_popitem(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: a.kw,
    };
    let v = bind_args(vm, "popitem", rest, &["last"], 0)?;
    let last = match &v[0] {
        Some(x) => ops::truthy(vm, x)?,
        None => true,
    };
    let d = payload_dict(vm, &s)?;
    let item = if last {
        d.borrow_mut().pop_last()
    } else {
        d.borrow_mut().pop_first()
    };
    match item {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.error(ExcKind::KeyError, "dictionary is empty")),
    }
}

fn od_eq(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = arg1(vm, &a, "__eq__")?;
    let Some(theirs) = as_dict(&other) else {
        return Ok(Value::NotImplemented);
    };
    let mine = payload_dict(vm, &s)?;
    let od = ordereddict_class(vm);
    if type_of(vm, &other).is_subclass(&od) {
        let x = mine.borrow().items();
        let y = theirs.borrow().items();
        if x.len() != y.len() {
            return Ok(Value::Bool(false));
        }
        for ((k1, v1), (k2, v2)) in x.iter().zip(y.iter()) {
            if !ops::eq(vm, k1, k2)? || !(v1.is(v2) || ops::eq(vm, v1, v2)?) {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    ops::compare(vm, CmpOp::Eq, &Value::Dict(mine), &Value::Dict(theirs))
}

fn od_copy(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let d = payload_dict(vm, &s)?;
    let copy = d.borrow().clone();
    let out = crate::protocol::classes::instantiate(vm, &type_of(vm, &s), Args::default())?;
    *payload_dict(vm, &out)?.borrow_mut() = copy;
    Ok(out)
}

// ---------------------------------------------------------------- Counter

fn counter_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "collections.Counter", |vm| {
        let c = dict_subclass(vm, "Counter", "Counter", COUNTER_METHODS);
        c.dict.borrow_mut().insert(
            Rc::from("fromkeys"),
            Value::Native(Rc::new(ClassMethod(crate::object::value::builtin(
                "fromkeys",
                |vm, _| {
                    Err(vm.error(
                        ExcKind::NotImplementedError,
                        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                    ))
                },
            )))),
        );
        c
    })
}

const COUNTER_METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", |vm, a| {
        counter_update(vm, a, false)?;
        Ok(Value::None)
    }),
    ("__missing__", |_, _| Ok(Value::Int(0))),
    ("update", |vm, a| counter_update(vm, a, false)),
    ("subtract", |vm, a| counter_update(vm, a, true)),
    ("most_common", counter_most_common),
    ("elements", counter_elements),
    ("total", |vm, a| {
        let d = payload_dict(vm, &this(vm, &a)?)?;
        let mut total = Value::Int(0);
        for v in d.borrow().values() {
            total = ops::binary_op(vm, BinOp::Add, &total, &v)?;
        }
        Ok(total)
    }),
    ("copy", |vm, a| {
        let s = this(vm, &a)?;
        let d = payload_dict(vm, &s)?.borrow().clone();
        let out = crate::protocol::classes::instantiate(vm, &type_of(vm, &s), Args::default())?;
        *payload_dict(vm, &out)?.borrow_mut() = d;
        Ok(out)
    }),
    ("__delitem__", |vm, a| {
        let d = payload_dict(vm, &this(vm, &a)?)?;
        let k = arg1(vm, &a, "__delitem__")?;
        d.borrow_mut().remove(vm, &k)?;
        Ok(Value::None)
    }),
    ("__repr__", counter_repr),
    ("__add__", |vm, a| counter_binop(vm, a, BinOp::Add)),
    ("__sub__", |vm, a| counter_binop(vm, a, BinOp::Sub)),
    ("__or__", |vm, a| counter_binop(vm, a, BinOp::BitOr)),
    ("__and__", |vm, a| counter_binop(vm, a, BinOp::BitAnd)),
    ("__iadd__", |vm, a| counter_inplace(vm, a, BinOp::Add)),
    ("__isub__", |vm, a| counter_inplace(vm, a, BinOp::Sub)),
    ("__ior__", |vm, a| counter_inplace(vm, a, BinOp::BitOr)),
    ("__iand__", |vm, a| counter_inplace(vm, a, BinOp::BitAnd)),
    ("__pos__", |vm, a| counter_unary(vm, a, false)),
    ("__neg__", |vm, a| counter_unary(vm, a, true)),
    ("__eq__", |vm, a| counter_cmp(vm, a, CmpOp::Eq)),
    ("__ne__", |vm, a| counter_cmp(vm, a, CmpOp::NotEq)),
    ("__le__", |vm, a| counter_cmp(vm, a, CmpOp::LtE)),
    ("__lt__", |vm, a| counter_cmp(vm, a, CmpOp::Lt)),
    ("__ge__", |vm, a| counter_cmp(vm, a, CmpOp::GtE)),
    ("__gt__", |vm, a| counter_cmp(vm, a, CmpOp::Gt)),
];

fn counter_get(vm: &Interp, d: &Rc<RefCell<Dict>>, k: &Value) -> PyResult<Value> {
    Ok(d.borrow().get(vm, k)?.unwrap_or(Value::Int(0)))
}

fn counter_update(vm: &Interp, a: Args, subtract: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let name = if subtract { "subtract" } else { "update" };
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let d = payload_dict(vm, &s)?;
    let op = if subtract { BinOp::Sub } else { BinOp::Add };
    if let Some(src) = a.pos.get(1) {
        if let Some(m) = as_dict(src) {
            let items = m.borrow().items();
            for (k, v) in items {
                let cur = counter_get(vm, &d, &k)?;
                let n = ops::binary_op(vm, op, &cur, &v)?;
                d.borrow_mut().set(vm, k, n)?;
            }
        } else if !matches!(src, Value::None) {
            let mut it = PyIter::new(vm, src)?;
            while let Some(k) = it.next(vm)? {
                let cur = counter_get(vm, &d, &k)?;
                let n = ops::binary_op(vm, op, &cur, &Value::Int(1))?;
                d.borrow_mut().set(vm, k, n)?;
            }
        }
    }
    for (k, v) in a.kw {
        let k = Value::Str(k);
        let cur = counter_get(vm, &d, &k)?;
        let n = ops::binary_op(vm, op, &cur, &v)?;
        d.borrow_mut().set(vm, k, n)?;
    }
    let _ = name;
    Ok(Value::None)
}

fn sorted_items(vm: &Interp, d: &Rc<RefCell<Dict>>) -> PyResult<Vec<(Value, Value)>> {
    let items = d.borrow().items();
    let counts: Vec<Value> = items.iter().map(|(_, v)| v.clone()).collect();
    let order = stable_desc(vm, &counts)?;
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

fn counter_most_common(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: a.kw,
    };
    let v = bind_args(vm, "most_common", rest, &["n"], 0)?;
    let d = payload_dict(vm, &s)?;
    let mut items = sorted_items(vm, &d)?;
    if let Some(n) = &v[0]
        && !matches!(n, Value::None)
    {
        let n = crate::protocol::types::construct::index_arg(vm, n)?;
        items.truncate(n.max(0) as usize);
    }
    Ok(Value::list(
        items
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn counter_elements(vm: &Interp, a: Args) -> PyResult<Value> {
    let d = payload_dict(vm, &this(vm, &a)?)?;
    let mut out = Vec::new();
    for (k, v) in d.borrow().items() {
        let n = crate::protocol::types::construct::index_arg(vm, &v)?;
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    crate::protocol::iter::iter_object(vm, &Value::list(out))
}

fn counter_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let name = type_name(vm, &s);
    let d = payload_dict(vm, &s)?;
    if d.borrow().is_empty() {
        return Ok(Value::str(&format!("{name}()")));
    }
    let items = match sorted_items(vm, &d) {
        Ok(items) => items,
        Err(e) if e.matches(vm, ExcKind::TypeError) => d.borrow().items(),
        Err(e) => return Err(e),
    };
    let mut out = Dict::new();
    for (k, v) in items {
        out.set(vm, k, v)?;
    }
    Ok(Value::str(&format!(
        "{name}({})",
        repr(vm, &super::toolkit::new_dict(out))?
    )))
}

fn is_counter(vm: &Interp, v: &Value) -> bool {
    type_of(vm, v).is_subclass(&counter_class(vm))
}

fn new_counter(vm: &Interp) -> PyResult<(Value, Rc<RefCell<Dict>>)> {
    let c = crate::protocol::classes::instantiate(vm, &counter_class(vm), Args::default())?;
    let d = payload_dict(vm, &c)?;
    Ok((c, d))
}

fn counter_binop(vm: &Interp, a: Args, op: BinOp) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = arg1(vm, &a, "__add__")?;
    if !is_counter(vm, &other) {
        return Ok(Value::NotImplemented);
    }
    let mine = payload_dict(vm, &s)?;
    let theirs = payload_dict(vm, &other)?;
    let (result, out) = new_counter(vm)?;
    for (k, count) in mine.borrow().items() {
        let other_count = counter_get(vm, &theirs, &k)?;
        let new = match op {
            BinOp::Add => ops::binary_op(vm, BinOp::Add, &count, &other_count)?,
            BinOp::Sub => ops::binary_op(vm, BinOp::Sub, &count, &other_count)?,
            BinOp::BitOr => {
                if ops::less_than(vm, &count, &other_count)? {
                    other_count
                } else {
                    count
                }
            }
            _ => {
                if ops::less_than(vm, &count, &other_count)? {
                    count
                } else {
                    other_count
                }
            }
        };
        if is_positive(vm, &new)? {
            out.borrow_mut().set(vm, k, new)?;
        }
    }
    if op != BinOp::BitAnd {
        for (k, count) in theirs.borrow().items() {
            if mine.borrow().contains(vm, &k)? {
                continue;
            }
            if op == BinOp::Sub {
                if ops::less_than(vm, &count, &Value::Int(0))? {
                    let n = ops::binary_op(vm, BinOp::Sub, &Value::Int(0), &count)?;
                    out.borrow_mut().set(vm, k, n)?;
                }
            } else if is_positive(vm, &count)? {
                out.borrow_mut().set(vm, k, count)?;
            }
        }
    }
    Ok(result)
}

fn keep_positive(vm: &Interp, d: &Rc<RefCell<Dict>>) -> PyResult<()> {
    let items = d.borrow().items();
    for (k, v) in items {
        if !is_positive(vm, &v)? {
            d.borrow_mut().remove(vm, &k)?;
        }
    }
    Ok(())
}

fn counter_inplace(vm: &Interp, a: Args, op: BinOp) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = arg1(vm, &a, "__iadd__")?;
    if !is_counter(vm, &other) {
        return Ok(Value::NotImplemented);
    }
    let mine = payload_dict(vm, &s)?;
    let theirs = payload_dict(vm, &other)?;
    match op {
        BinOp::Add | BinOp::Sub => {
            for (k, count) in theirs.borrow().items() {
                let cur = counter_get(vm, &mine, &k)?;
                let n = ops::binary_op(vm, op, &cur, &count)?;
                mine.borrow_mut().set(vm, k, n)?;
            }
        }
        BinOp::BitOr => {
            for (k, other_count) in theirs.borrow().items() {
                let count = counter_get(vm, &mine, &k)?;
                if ops::less_than(vm, &count, &other_count)? {
                    mine.borrow_mut().set(vm, k, other_count)?;
                }
            }
        }
        _ => {
            for (k, count) in mine.borrow().items() {
                let other_count = counter_get(vm, &theirs, &k)?;
                if ops::less_than(vm, &other_count, &count)? {
                    mine.borrow_mut().set(vm, k, other_count)?;
                }
            }
        }
    }
    keep_positive(vm, &mine)?;
    Ok(s)
}

fn counter_unary(vm: &Interp, a: Args, negate: bool) -> PyResult<Value> {
    let mine = payload_dict(vm, &this(vm, &a)?)?;
    let (result, out) = new_counter(vm)?;
    for (k, count) in mine.borrow().items() {
        if negate {
            if ops::less_than(vm, &count, &Value::Int(0))? {
                let n = ops::binary_op(vm, BinOp::Sub, &Value::Int(0), &count)?;
                out.borrow_mut().set(vm, k, n)?;
            }
        } else if is_positive(vm, &count)? {
            out.borrow_mut().set(vm, k, count)?;
        }
    }
    Ok(result)
}

fn counter_cmp(vm: &Interp, a: Args, op: CmpOp) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = arg1(vm, &a, "__eq__")?;
    if !is_counter(vm, &other) {
        return Ok(Value::NotImplemented);
    }
    let mine = payload_dict(vm, &s)?;
    let theirs = payload_dict(vm, &other)?;
    // Every count of self relates to other's as `op` says (missing = 0).
    let inner = match op {
        CmpOp::NotEq => CmpOp::Eq,
        CmpOp::Lt => CmpOp::LtE,
        CmpOp::Gt => CmpOp::GtE,
        o => o,
    };
    let mut all = true;
    'outer: for (x, y) in [(&mine, &theirs), (&theirs, &mine)] {
        for k in x.borrow().keys() {
            let (p, q) = if Rc::ptr_eq(x, &mine) {
                (counter_get(vm, &mine, &k)?, counter_get(vm, &theirs, &k)?)
            } else {
                (counter_get(vm, &mine, &k)?, counter_get(vm, y, &k)?)
            };
            let r = ops::compare(vm, inner, &p, &q)?;
            if !ops::truthy(vm, &r)? {
                all = false;
                break 'outer;
            }
        }
    }
    Ok(Value::Bool(match op {
        CmpOp::NotEq => !all,
        CmpOp::Lt | CmpOp::Gt => {
            let eq = counter_cmp(vm, Args::new(vec![s, other]), CmpOp::Eq)?;
            all && !matches!(eq, Value::Bool(true))
        }
        _ => all,
    }))
}

// ---------------------------------------------------------------- namedtuple

/// Reads field `i` of a namedtuple instance: the fget of its properties.
struct FieldGetter(usize);

impl Native for FieldGetter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_tuplegetter")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(match args.pos.first() {
            Some(obj) => {
                crate::protocol::containers::getitem(vm, &unwrap(obj), &Value::Int(self.0 as i64))
            }
            None => Err(vm.type_error("descriptor needs an object")),
        })
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn namedtuple(vm: &Interp, a: Args) -> PyResult<Value> {
    let mut a = a;
    let rename = match a.take_kw("rename") {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    let defaults = a.take_kw("defaults");
    let module = a.take_kw("module");
    let v = bind_args(vm, "namedtuple", a, &["typename", "field_names"], 2)?;
    let typename = match &v[0] {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => ops::to_str(vm, other)?,
        None => String::new(),
    };
    let names: Vec<String> = match &v[1] {
        Some(Value::Str(s)) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        Some(other) => collect(vm, other)?
            .iter()
            .map(|x| ops::to_str(vm, x))
            .collect::<PyResult<_>>()?,
        None => Vec::new(),
    };
    let mut fields: Vec<String> = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        let bad = !is_identifier(&name)
            || KEYWORDS.contains(&name.as_str())
            || name.starts_with('_')
            || fields.contains(&name);
        fields.push(if rename && bad { format!("_{i}") } else { name });
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !is_identifier(name) {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                ops::repr_str(name)
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                ops::repr_str(name)
            )));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in &fields {
        if name.starts_with('_') && !rename {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: {}",
                ops::repr_str(name)
            )));
        }
        if seen.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Encountered duplicate field name: {}",
                ops::repr_str(name)
            )));
        }
        seen.push(name);
    }
    let defaults = match defaults {
        None | Some(Value::None) => Vec::new(),
        Some(d) => collect(vm, &d)?,
    };
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let module = match module {
        Some(Value::Str(s)) => s.to_string(),
        _ => "__main__".to_string(),
    };
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    Ok(Value::Class(make_namedtuple(
        vm, &typename, &refs, defaults, &module,
    )?))
}

/// Creates a namedtuple class (a tuple subclass) with the given fields and
/// defaults for the last fields.
pub fn make_namedtuple(
    vm: &Interp,
    typename: &str,
    fields: &[&str],
    defaults: Vec<Value>,
    module: &str,
) -> PyResult<Rc<Class>> {
    let class = new_class(
        vm,
        typename,
        module,
        vec![vm.types.tuple.clone()],
        Layout::Builtin,
        "tuple",
        NT_METHODS,
    );
    let field_values: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    let mut fd = Dict::new();
    let first_default = fields.len() - defaults.len();
    for (name, value) in fields[first_default..].iter().zip(defaults) {
        fd.set(vm, Value::str(name), value)?;
    }
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Rc::from("__new__"),
            crate::object::value::builtin("__new__", nt_new),
        );
        d.insert(Rc::from("_fields"), Value::tuple(field_values.clone()));
        d.insert(Rc::from("__match_args__"), Value::tuple(field_values));
        d.insert(Rc::from("_field_defaults"), super::toolkit::new_dict(fd));
        d.insert(Rc::from("__slots__"), Value::tuple(vec![]));
        class
            .marker
            .set(class.marker.get() | crate::protocol::classes::HAS_DATA_DESCRIPTOR);
        d.insert(
            Rc::from("_make"),
            Value::Native(Rc::new(ClassMethod(crate::object::value::builtin(
                "_make", nt_make,
            )))),
        );
        for (i, f) in fields.iter().enumerate() {
            d.insert(
                Rc::from(*f),
                Value::Native(Rc::new(Property::new(
                    Value::Native(Rc::new(FieldGetter(i))),
                    Value::None,
                    Value::None,
                ))),
            );
        }
    }
    Ok(class)
}

/// An instance of a namedtuple class holding `values`.
pub fn namedtuple_instance(class: &Rc<Class>, values: Vec<Value>) -> Value {
    instance_with_payload(class, Value::tuple(values))
}

const NT_METHODS: &[(&str, BuiltinFn)] = &[
    ("__repr__", nt_repr),
    ("_asdict", nt_asdict),
    ("_replace", nt_replace),
    ("__getnewargs__", |vm, a| {
        Ok(Value::tuple(nt_values(vm, &this(vm, &a)?)?))
    }),
];

fn nt_fields(vm: &Interp, class: &Rc<Class>) -> PyResult<Vec<Rc<str>>> {
    let f = class.lookup("_fields").unwrap_or(Value::tuple(vec![]));
    collect(vm, &f)?
        .iter()
        .map(|v| ops::to_str_rc(vm, v))
        .collect()
}

fn nt_values(vm: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    match unwrap(v) {
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => Err(vm.type_error(format!("'{}' object is not a namedtuple", type_name(vm, v)))),
    }
}

fn nt_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let fields = nt_fields(vm, &cls)?;
    let defaults = match cls.lookup("_field_defaults") {
        Some(d) => as_dict(&d),
        None => None,
    };
    let fname = format!("{}.__new__", cls.name);
    let pos = &a.pos[1..];
    if pos.len() > fields.len() {
        let n_defaults = match &defaults {
            Some(d) => d.borrow().len(),
            None => 0,
        };
        let takes = if n_defaults > 0 {
            format!(
                "from {} to {}",
                fields.len().saturating_sub(n_defaults) + 1,
                fields.len() + 1
            )
        } else {
            (fields.len() + 1).to_string()
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {takes} positional argument{} but {} were given",
            if fields.is_empty() && n_defaults == 0 {
                ""
            } else {
                "s"
            },
            pos.len() + 1
        )));
    }
    let mut values: Vec<Option<Value>> = vec![None; fields.len()];
    for (i, v) in pos.iter().enumerate() {
        values[i] = Some(v.clone());
    }
    for (k, v) in a.kw {
        match fields.iter().position(|f| *f == k) {
            Some(i) => {
                if values[i].is_some() {
                    return Err(
                        vm.type_error(format!("{fname}() got multiple values for argument '{k}'"))
                    );
                }
                values[i] = Some(v);
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let mut missing = Vec::new();
    for (i, slot) in values.iter_mut().enumerate() {
        if slot.is_none() {
            let d = match &defaults {
                Some(d) => d.borrow().get(vm, &Value::Str(fields[i].clone()))?,
                None => None,
            };
            match d {
                Some(v) => *slot = Some(v),
                None => missing.push(format!("'{}'", fields[i])),
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(vm.type_error(format!(
            "{fname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(namedtuple_instance(
        &cls,
        values.into_iter().flatten().collect(),
    ))
}

fn nt_make(vm: &Interp, a: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("_make() needs a class"));
    };
    let it = arg1(vm, &a, "_make")?;
    let values = collect(vm, &it)?;
    let n = nt_fields(vm, &cls)?.len();
    if values.len() != n {
        return Err(vm.type_error(format!("Expected {n} arguments, got {}", values.len())));
    }
    Ok(namedtuple_instance(&cls, values))
}

fn nt_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let class = type_of(vm, &s);
    let fields = nt_fields(vm, &class)?;
    let values = nt_values(vm, &s)?;
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(values.iter()) {
        parts.push(format!("{f}={}", repr(vm, v)?));
    }
    let prefix = if &*class.module == "sys" { "sys." } else { "" };
    Ok(Value::str(&format!(
        "{prefix}{}({})",
        class.name,
        parts.join(", ")
    )))
}

fn nt_asdict(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let fields = nt_fields(vm, &type_of(vm, &s))?;
    let values = nt_values(vm, &s)?;
    let mut d = Dict::new();
    for (f, v) in fields.iter().zip(values) {
        d.set(vm, Value::Str(f.clone()), v)?;
    }
    Ok(super::toolkit::new_dict(d))
}

fn nt_replace(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let class = type_of(vm, &s);
    let fields = nt_fields(vm, &class)?;
    let mut values = nt_values(vm, &s)?;
    let mut unknown = Vec::new();
    for (k, v) in a.kw {
        match fields.iter().position(|f| *f == k) {
            Some(i) => values[i] = v,
            None => unknown.push(k.to_string()),
        }
    }
    if !unknown.is_empty() {
        let l: Vec<Value> = unknown.iter().map(|s| Value::str(s)).collect();
        return Err(vm.value_error(format!(
            "Got unexpected field names: {}",
            repr(vm, &Value::list(l))?
        )));
    }
    Ok(namedtuple_instance(&class, values))
}
