//! `collections.Counter`: counting, `most_common`, multiset arithmetic and
//! comparisons.

use super::*;
use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::classes::ClassMethod;
use crate::protocol::iter::PyIter;
use crate::protocol::ops::{self, repr, type_name, type_of};
use crate::stdlib::toolkit::{bind_args, cached_class, this};
use crate::{Interp, PyResult};
use pyroclast_syntax::ast::{BinOp, CmpOp};
use std::cell::RefCell;
use std::rc::Rc;

pub(crate) fn counter_class(vm: &Interp) -> Rc<Class> {
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

pub(crate) const COUNTER_METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", |vm, a| {
        counter_arity(vm, &a, "Counter.__init__()")?;
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
        payload_dict(vm, &out)?.borrow_mut().replace_with(d);
        Ok(out)
    }),
    ("__delitem__", |vm, a| {
        let d = payload_dict(vm, &this(vm, &a)?)?;
        let k = py_arg(vm, &a, "Counter.__delitem__", "elem")?;
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

pub(crate) fn counter_get(vm: &Interp, d: &Rc<RefCell<Dict>>, k: &Value) -> PyResult<Value> {
    Ok(d.borrow().get(vm, k)?.unwrap_or(Value::Int(0)))
}

/// `def update(self, iterable=None, /, **kwds)`: at most one positional
/// argument after self, with a Python function's wording.
fn counter_arity(vm: &Interp, a: &Args, fname: &str) -> PyResult<()> {
    if a.pos.len() > 2 {
        return Err(vm.type_error(crate::protocol::args::too_many_positional(
            fname,
            1,
            2,
            a.pos.len(),
            0,
        )));
    }
    Ok(())
}

pub(crate) fn counter_update(vm: &Interp, mut a: Args, subtract: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let name = if subtract { "subtract" } else { "update" };
    counter_arity(vm, &a, &format!("Counter.{name}()"))?;
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
    for (k, v) in std::mem::take(&mut a.kw) {
        let k = Value::Str(k);
        let cur = counter_get(vm, &d, &k)?;
        let n = ops::binary_op(vm, op, &cur, &v)?;
        d.borrow_mut().set(vm, k, n)?;
    }
    let _ = name;
    Ok(Value::None)
}

pub(crate) fn sorted_items(vm: &Interp, d: &Rc<RefCell<Dict>>) -> PyResult<Vec<(Value, Value)>> {
    let items = d.borrow().items();
    let counts: Vec<Value> = items.iter().map(|(_, v)| v.clone()).collect();
    let order = stable_desc(vm, &counts)?;
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

pub(crate) fn counter_most_common(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: std::mem::take(&mut a.kw),
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

pub(crate) fn counter_elements(vm: &Interp, a: Args) -> PyResult<Value> {
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

pub(crate) fn counter_repr(vm: &Interp, a: Args) -> PyResult<Value> {
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
        repr(vm, &crate::stdlib::toolkit::new_dict(out))?
    )))
}

pub(crate) fn is_counter(vm: &Interp, v: &Value) -> bool {
    type_of(vm, v).is_subclass(&counter_class(vm))
}

pub(crate) fn new_counter(vm: &Interp) -> PyResult<(Value, Rc<RefCell<Dict>>)> {
    let c = crate::protocol::classes::instantiate(vm, &counter_class(vm), Args::default())?;
    let d = payload_dict(vm, &c)?;
    Ok((c, d))
}

pub(crate) fn counter_binop(vm: &Interp, a: Args, op: BinOp) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = py_arg(
        vm,
        &a,
        &format!("Counter.{}", binop_dunder(op, false)),
        "other",
    )?;
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

pub(crate) fn keep_positive(vm: &Interp, d: &Rc<RefCell<Dict>>) -> PyResult<()> {
    let items = d.borrow().items();
    for (k, v) in items {
        if !is_positive(vm, &v)? {
            d.borrow_mut().remove(vm, &k)?;
        }
    }
    Ok(())
}

pub(crate) fn counter_inplace(vm: &Interp, a: Args, op: BinOp) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = py_arg(
        vm,
        &a,
        &format!("Counter.{}", binop_dunder(op, true)),
        "other",
    )?;
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

pub(crate) fn counter_unary(vm: &Interp, a: Args, negate: bool) -> PyResult<Value> {
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

pub(crate) fn counter_cmp(vm: &Interp, a: Args, op: CmpOp) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = py_arg(vm, &a, &format!("Counter.{}", cmp_dunder(op)), "other")?;
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

fn binop_dunder(op: BinOp, inplace: bool) -> &'static str {
    match (op, inplace) {
        (BinOp::Add, false) => "__add__",
        (BinOp::Sub, false) => "__sub__",
        (BinOp::BitOr, false) => "__or__",
        (BinOp::BitAnd, false) => "__and__",
        (BinOp::Add, true) => "__iadd__",
        (BinOp::Sub, true) => "__isub__",
        (BinOp::BitOr, true) => "__ior__",
        _ => "__iand__",
    }
}

fn cmp_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "__eq__",
        CmpOp::NotEq => "__ne__",
        CmpOp::LtE => "__le__",
        CmpOp::Lt => "__lt__",
        CmpOp::GtE => "__ge__",
        _ => "__gt__",
    }
}
