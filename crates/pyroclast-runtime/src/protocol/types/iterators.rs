//! The builtin iterator classes: `enumerate`, `zip`, `map`, `filter`,
//! `reversed` (made lazily by calling the class) and `iter(f, sentinel)`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::gc::Edge;
use crate::object::model::Class;
use crate::object::trace::{Trace, clear_cell};
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, check, check_keywords};
use crate::protocol::call::two;
use crate::protocol::iter::{PyIter, collect};
use crate::protocol::ops;
use crate::protocol::ops::{length, type_name};
use crate::protocol::types::construct::index_arg;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};

/// `iter(callable, sentinel)`.
pub struct CallableIter {
    func: Value,
    sentinel: Value,
    done: Cell<bool>,
}

impl CallableIter {
    /// `iter(func, sentinel)`.
    pub fn value(func: Value, sentinel: Value) -> Value {
        Value::native_tracked(Rc::new(CallableIter {
            func,
            sentinel,
            done: Cell::new(false),
        }))
    }
}

impl Native for CallableIter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("callable_iterator")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.func.trace(visit);
        self.sentinel.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        if self.done.get() {
            return Some(Ok(None));
        }
        Some((|| {
            let v = crate::protocol::call::call(vm, &self.func, Args::default())?;
            if ops::eq(vm, &v, &self.sentinel)? {
                self.done.set(true);
                return Ok(None);
            }
            Ok(Some(v))
        })())
    }
}

/// Lazy builtin iterators.
pub enum Lazy {
    /// `enumerate`
    Enumerate(RefCell<PyIter>, RefCell<Value>),
    /// `zip`
    Zip(RefCell<Vec<PyIter>>, bool),
    /// `map`
    Map(Value, RefCell<Vec<PyIter>>),
    /// `filter`
    Filter(Value, RefCell<PyIter>),
    /// `reversed`
    Reversed(Vec<Value>, Cell<usize>),
}

impl Drop for Lazy {
    /// Through the trashcan (`object/trashcan.rs`): `m = map(f, m)`
    /// chains may be deep.
    fn drop(&mut self) {
        use crate::object::trashcan::dispose;
        use std::mem::{replace, take};
        match self {
            Lazy::Enumerate(it, n) => dispose((
                replace(it.get_mut(), PyIter::Done),
                replace(n.get_mut(), Value::None),
            )),
            Lazy::Zip(its, _) => dispose(take(its.get_mut())),
            Lazy::Map(f, its) => dispose((replace(f, Value::None), take(its.get_mut()))),
            Lazy::Filter(f, it) => {
                dispose((replace(f, Value::None), replace(it.get_mut(), PyIter::Done)))
            }
            Lazy::Reversed(items, _) => dispose(take(items)),
        }
    }
}

impl Native for Lazy {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(match self {
            Lazy::Enumerate(..) => "enumerate",
            Lazy::Zip(..) => "zip",
            Lazy::Map(..) => "map",
            Lazy::Filter(..) => "filter",
            Lazy::Reversed(..) => "reversed",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        match self {
            Lazy::Enumerate(it, n) => {
                it.trace(visit);
                n.trace(visit);
            }
            Lazy::Zip(its, _) => its.trace(visit),
            Lazy::Map(f, its) => {
                f.trace(visit);
                its.trace(visit);
            }
            Lazy::Filter(f, it) => {
                f.trace(visit);
                it.trace(visit);
            }
            Lazy::Reversed(items, _) => items.trace(visit),
        }
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        match self {
            Lazy::Enumerate(it, _) | Lazy::Filter(_, it) => clear_cell(it, out),
            Lazy::Zip(its, _) | Lazy::Map(_, its) => clear_cell(its, out),
            // Immutable: another member of any cycle through it is cleared.
            Lazy::Reversed(..) => {}
        }
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        Some((|| -> PyResult<Option<Value>> {
            match self {
                Lazy::Enumerate(it, n) => {
                    let Some(v) = it.borrow_mut().next(vm)? else {
                        return Ok(None);
                    };
                    let i = n.replace(Value::None);
                    let next = match &i {
                        Value::Int(k) if *k < i64::MAX => Value::Int(k + 1),
                        // The count goes on past i64, as CPython's.
                        _ => crate::protocol::ops::binary_op(
                            vm,
                            pyroclast_syntax::ast::BinOp::Add,
                            &i,
                            &Value::Int(1),
                        )?,
                    };
                    *n.borrow_mut() = next;
                    Ok(Some(Value::tuple(vec![i, v])))
                }
                Lazy::Zip(its, strict) => {
                    let mut its = its.borrow_mut();
                    if its.is_empty() {
                        return Ok(None);
                    }
                    let mut out = Vec::with_capacity(its.len());
                    for (k, it) in its.iter_mut().enumerate() {
                        match it.next(vm)? {
                            Some(v) => out.push(v),
                            None => {
                                if *strict && k > 0 {
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1",
                                        k + 1,
                                        if k > 1 {
                                            format!("s 1-{k}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                return Ok(None);
                            }
                        }
                    }
                    Ok(Some(Value::tuple(out)))
                }
                Lazy::Map(f, its) => {
                    let mut args = Vec::new();
                    for it in its.borrow_mut().iter_mut() {
                        match it.next(vm)? {
                            Some(v) => args.push(v),
                            None => return Ok(None),
                        }
                    }
                    crate::protocol::call::call(vm, f, Args::new(args)).map(Some)
                }
                Lazy::Filter(f, it) => loop {
                    let next = it.borrow_mut().next(vm)?;
                    let Some(v) = next else { return Ok(None) };
                    let keep = match f {
                        Value::None => ops::truthy(vm, &v)?,
                        f => {
                            let r = crate::protocol::call::call(vm, f, Args::new(vec![v.clone()]))?;
                            ops::truthy(vm, &r)?
                        }
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                },
                Lazy::Reversed(items, i) => {
                    let k = i.get();
                    if k == 0 {
                        return Ok(None);
                    }
                    i.set(k - 1);
                    Ok(Some(items[k - 1].clone()))
                }
            }
        })())
    }
}

/// `enumerate(iterable, start=0)`'s arguments. CPython 3.11 parses them by
/// hand (`enum_vectorcall`): keywords are matched by position in the call,
/// and no argument at all is its own message.
fn enumerate_args(vm: &Interp, a: &Args) -> PyResult<(Value, Option<Value>)> {
    const SIG: Sig = Sig::function("enumerate", Style::Kw, 0, 0).named(&["iterable", "start"], 1);
    let kw = |i: usize, want: &str| -> PyResult<Value> {
        let (k, v) = &a.kw[i];
        if &**k == want {
            Ok(v.clone())
        } else {
            Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for enumerate()"
            )))
        }
    };
    Ok(match (&a.pos[..], a.kw.len()) {
        ([it], 0) => (it.clone(), None),
        ([it, start], 0) => (it.clone(), Some(start.clone())),
        ([it], 1) => (it.clone(), Some(kw(0, "start")?)),
        ([], 1) => (kw(0, "iterable")?, None),
        ([], 2) if &*a.kw[0].0 == "start" => (kw(1, "iterable")?, Some(kw(0, "start")?)),
        ([], 2) => (kw(0, "iterable")?, Some(kw(1, "start")?)),
        ([], _) => return Err(vm.type_error("enumerate() missing required argument 'iterable'")),
        _ => {
            // More than two: the keyword parser's count message.
            check(vm, a, &SIG)?;
            unreachable!("more than two arguments fail the count check")
        }
    })
}

/// Calling a builtin class without a Rust constructor: its `__new__` if
/// the class defines one, else CPython's refusal.
pub fn construct_other(vm: &Interp, class: &Rc<Class>, mut a: Args) -> PyResult<Value> {
    if let Some(ctor) = class.dict.borrow().get("__new__").cloned() {
        let mut pos = vec![Value::Class(class.clone())];
        pos.extend(std::mem::take(&mut a.pos));
        return crate::protocol::call::call(
            vm,
            &ctor,
            Args {
                pos,
                kw: std::mem::take(&mut a.kw),
            },
        );
    }
    Err(vm.type_error(format!("cannot create '{}' instances", class.name)))
}

/// Registers the constructors of the builtin iterator types.
pub fn install(vm: &Interp) {
    for (name, new) in [
        (
            "enumerate",
            enumerate_new as crate::object::value::BuiltinFn,
        ),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ] {
        vm.other_class(name).new.set(Some(new));
    }
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let (v, start) = enumerate_args(vm, &a)?;
    let start = match start {
        Some(s) => match crate::protocol::containers::index_int(vm, &s)? {
            Some(crate::protocol::containers::IndexInt::Small(i)) => Value::Int(i),
            Some(crate::protocol::containers::IndexInt::Big(b)) => Value::BigInt(b),
            None => Value::Int(index_arg(vm, &s)?),
        },
        None => Value::Int(0),
    };
    Ok(Value::native_tracked(Rc::new(Lazy::Enumerate(
        RefCell::new(PyIter::new(vm, &v)?),
        RefCell::new(start),
    ))))
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &Interp, mut a: Args) -> PyResult<Value> {
    // `zip(*iterables, strict=False)`: CPython parses the keywords
    // alone (`PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip")`).
    const SIG: Sig = Sig::function("zip", Style::Kw, 0, 0).named(&["strict"], 0);
    check_keywords(vm, &a.kw, &SIG)?;
    let strict = match a.take_kw("strict") {
        Some(s) => ops::truthy(vm, &s)?,
        None => false,
    };
    let mut its = Vec::new();
    for (k, v) in a.pos.iter().enumerate() {
        let _ = k;
        its.push(PyIter::new(vm, v)?);
    }
    Ok(Value::native_tracked(Rc::new(Lazy::Zip(
        RefCell::new(its),
        strict,
    ))))
}

/// `map(function, *iterables)`.
fn map_new(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("map", Style::Legacy, 0, usize::MAX);
    check(vm, &a, &SIG)?;
    // CPython's own wording.
    if a.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let f = a.pos[0].clone();
    let its = a.pos[1..]
        .iter()
        .map(|v| PyIter::new(vm, v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::native_tracked(Rc::new(Lazy::Map(
        f,
        RefCell::new(its),
    ))))
}

/// `filter(function, iterable)`.
fn filter_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let (f, v) = two(vm, &a, "filter")?;
    Ok(Value::native_tracked(Rc::new(Lazy::Filter(
        f,
        RefCell::new(PyIter::new(vm, &v)?),
    ))))
}

/// `reversed(sequence)`.
fn reversed_new(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("reversed", Style::Clinic, 1, 1);
    check(vm, &a, &SIG)?;
    let v = a.pos[0].clone();
    if let Some(r) = crate::protocol::classes::call_dunder(vm, &v, "__reversed__", vec![])? {
        return Ok(r);
    }
    if let Some(r) = crate::protocol::types::range::reversed(&v) {
        return Ok(r);
    }
    let items = match unwrap(&v) {
        Value::Dict(d) => d.borrow().keys(),
        Value::Set(_) => {
            return Err(vm.type_error(format!("'{}' object is not reversible", type_name(vm, &v))));
        }
        other if matches!(other, Value::Instance(_)) => {
            let n = length(vm, &other)?;
            (0..n)
                .map(|i| crate::protocol::containers::getitem(vm, &other, &Value::Int(i as i64)))
                .collect::<PyResult<_>>()?
        }
        other @ (Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)) => {
            collect(vm, &other)?
        }
        // Other builtin sequences (range, deque) have a length;
        // iterators and generators do not and are not reversible.
        other if length(vm, &other).is_ok() => collect(vm, &other)?,
        _ => {
            return Err(vm.type_error(format!("'{}' object is not reversible", type_name(vm, &v))));
        }
    };
    let n = items.len();
    Ok(Value::native_tracked(Rc::new(Lazy::Reversed(
        items,
        Cell::new(n),
    ))))
}
