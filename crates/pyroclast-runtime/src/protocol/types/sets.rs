//! set and frozenset: operators, comparisons and methods.

use std::rc::Rc;

use pyroclast_syntax::ast::{BinOp, CmpOp};

use crate::object::exc_kind::ExcKind;
use crate::object::model::add_methods;
use crate::object::set_table::SetTable as Dict;
use crate::object::value::{Args, BuiltinFn, SetObj, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::containers::key_error;
use crate::protocol::iter::collect;
use crate::protocol::types::construct::unwrap;
use crate::protocol::types::support::{
    no_args, no_kw, one_arg, read, receiver, with_table, write, wrong_self,
};
use crate::{Interp, PyResult};

/// Registers set methods.
pub fn install(vm: &Interp) {
    vm.types.set.new.set(Some(set_new));
    vm.types.frozenset.new.set(Some(frozenset_new));
    add_methods(&vm.types.set, "set", &shared::<false>());
    add_methods(&vm.types.frozenset, "frozenset", &shared::<true>());
    add_methods(
        &vm.types.set,
        "set",
        &[
            ("add", set_add),
            ("remove", set_remove),
            ("discard", set_discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
            ("__init__", set_init),
        ],
    );
}

/// The methods of both set and frozenset; `FROZEN` selects the receiver type.
fn shared<const FROZEN: bool>() -> [(&'static str, BuiltinFn); 10] {
    [
        ("copy", set_copy::<FROZEN>),
        ("union", set_union::<FROZEN>),
        ("intersection", set_intersection::<FROZEN>),
        ("difference", set_difference::<FROZEN>),
        ("symmetric_difference", set_symmetric_difference::<FROZEN>),
        ("issubset", set_issubset::<FROZEN>),
        ("issuperset", set_issuperset::<FROZEN>),
        ("isdisjoint", set_isdisjoint::<FROZEN>),
        ("__len__", set_len::<FROZEN>),
        ("__contains__", set_contains::<FROZEN>),
    ]
}

/// The set a method runs on: a set, or a frozenset when `frozen`.
fn set_self(vm: &Interp, args: &Args, frozen: bool, name: &str) -> PyResult<Rc<SetObj>> {
    let owner = if frozen { "frozenset" } else { "set" };
    match receiver(vm, args, owner, name)? {
        Value::Set(s) if s.frozen == frozen => Ok(s),
        other => Err(wrong_self(vm, owner, name, &other)),
    }
}

/// The owner-qualified name used in argument errors.
fn owner_of(s: &SetObj) -> &'static str {
    if s.frozen { "frozenset" } else { "set" }
}

/// A new set or frozenset value from a table.
fn from_table(d: Dict, frozen: bool) -> Value {
    Value::set(SetObj::new(d, frozen))
}

/// The members of any iterable (a snapshot for sets).
fn members(vm: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    match unwrap(v) {
        Value::Set(s) => Ok(read(vm, &s.items)?.keys()),
        Value::Dict(d) => Ok(read(vm, &d)?.keys()),
        other => collect(vm, &other),
    }
}

/// A lookup table of any iterable's members (a copy for sets).
fn table(vm: &Interp, v: &Value) -> PyResult<Dict> {
    if let Value::Set(s) = unwrap(v) {
        return Ok(read(vm, &s.items)?.clone());
    }
    let mut d = Dict::new();
    for k in members(vm, v)? {
        d.set(vm, k, Value::None)?;
    }
    Ok(d)
}

/// A lookup key: a (mutable, unhashable) set looks up as the equal frozenset.
fn lookup_key(vm: &Interp, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Set(s) if !s.frozen => from_table(read(vm, &s.items)?.clone(), true),
        _ => v.clone(),
    })
}

/// A snapshot of a set's table.
fn snapshot(vm: &Interp, s: &SetObj) -> PyResult<Dict> {
    Ok(read(vm, &s.items)?.clone())
}

fn set_len<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "__len__")?;
    no_args(vm, &args, owner_of(&s), "__len__")?;
    let n = read(vm, &s.items)?.len();
    Ok(Value::Int(n as i64))
}

fn set_contains<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "__contains__")?;
    let x = one_arg(vm, &args, owner_of(&s), "__contains__")?;
    let key = lookup_key(vm, &x)?;
    let found = read(vm, &s.items)?.contains(vm, &key)?;
    Ok(Value::Bool(found))
}

fn set_add(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "add")?;
    let x = one_arg(vm, &args, "set", "add")?;
    with_table(vm, &s.items, |t| t.set(vm, x, Value::None))?;
    Ok(Value::None)
}

fn set_remove(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "remove")?;
    let x = one_arg(vm, &args, "set", "remove")?;
    let key = lookup_key(vm, &x)?;
    let removed = with_table(vm, &s.items, |t| t.remove(vm, &key))?;
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(key_error(vm, &x)),
    }
}

fn set_discard(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "discard")?;
    let x = one_arg(vm, &args, "set", "discard")?;
    let key = lookup_key(vm, &x)?;
    with_table(vm, &s.items, |t| t.remove(vm, &key))?;
    Ok(Value::None)
}

fn set_pop(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "pop")?;
    no_args(vm, &args, "set", "pop")?;
    let first = write(vm, &s.items)?.pop_first();
    match first {
        Some((k, _)) => Ok(k),
        None => Err(vm.error(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "clear")?;
    no_args(vm, &args, "set", "clear")?;
    let old = std::mem::take(&mut *write(vm, &s.items)?);
    drop(old);
    Ok(Value::None)
}

fn set_copy<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "copy")?;
    no_args(vm, &args, owner_of(&s), "copy")?;
    if s.frozen && matches!(args.pos[0], Value::Set(_)) {
        return Ok(args.pos[0].clone());
    }
    let d = snapshot(vm, &s)?;
    Ok(from_table(d, s.frozen))
}

/// The positional arguments after self, rejecting keywords.
fn others<'a>(vm: &Interp, args: &'a Args, s: &SetObj, name: &str) -> PyResult<&'a [Value]> {
    no_kw(vm, args, owner_of(s), name)?;
    Ok(args.pos.get(1..).unwrap_or(&[]))
}

/// `self | o1 | o2 ...` over a snapshot of self.
fn union_of(vm: &Interp, s: &SetObj, others: &[Value]) -> PyResult<Dict> {
    let mut out = snapshot(vm, s)?;
    for o in others {
        for k in members(vm, o)? {
            out.set(vm, k, Value::None)?;
        }
    }
    Ok(out)
}

/// `self & o1 & o2 ...` over a snapshot of self.
fn intersection_of(vm: &Interp, s: &SetObj, others: &[Value]) -> PyResult<Dict> {
    let mut out = snapshot(vm, s)?;
    for o in others {
        let t = table(vm, o)?;
        let mut next = Dict::new();
        for k in out.keys() {
            if t.contains(vm, &k)? {
                next.set(vm, k, Value::None)?;
            }
        }
        out = next;
    }
    Ok(out)
}

/// `self - o1 - o2 ...` over a snapshot of self.
fn difference_of(vm: &Interp, s: &SetObj, others: &[Value]) -> PyResult<Dict> {
    let mut out = snapshot(vm, s)?;
    for o in others {
        for k in members(vm, o)? {
            out.remove(vm, &k)?;
        }
    }
    Ok(out)
}

/// `self ^ other` over a snapshot of self.
fn symmetric_difference_of(vm: &Interp, s: &SetObj, other: &Value) -> PyResult<Dict> {
    let mine = snapshot(vm, s)?;
    let theirs = table(vm, other)?;
    let mut out = Dict::new();
    for k in mine.keys() {
        if !theirs.contains(vm, &k)? {
            out.set(vm, k, Value::None)?;
        }
    }
    for k in theirs.keys() {
        if !mine.contains(vm, &k)? {
            out.set(vm, k, Value::None)?;
        }
    }
    Ok(out)
}

fn set_union<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "union")?;
    let o = others(vm, &args, &s, "union")?;
    Ok(from_table(union_of(vm, &s, o)?, s.frozen))
}

fn set_intersection<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "intersection")?;
    let o = others(vm, &args, &s, "intersection")?;
    Ok(from_table(intersection_of(vm, &s, o)?, s.frozen))
}

fn set_difference<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "difference")?;
    let o = others(vm, &args, &s, "difference")?;
    Ok(from_table(difference_of(vm, &s, o)?, s.frozen))
}

fn set_symmetric_difference<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "symmetric_difference")?;
    let other = one_arg(vm, &args, owner_of(&s), "symmetric_difference")?;
    Ok(from_table(
        symmetric_difference_of(vm, &s, &other)?,
        s.frozen,
    ))
}

fn set_update(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "update")?;
    let o = others(vm, &args, &s, "update")?;
    let d = union_of(vm, &s, o)?;
    *write(vm, &s.items)? = d;
    Ok(Value::None)
}

fn set_init(vm: &Interp, args: Args) -> PyResult<Value> {
    // `_PyArg_NoKeywords("set")`, then `PyArg_UnpackTuple` under the name
    // of the receiver's type.
    const SIG: Sig = Sig::new("set", Style::Clinic, 0, 1);
    let s = set_self(vm, &args, false, "__init__")?;
    if args.pos.len() > 2 && args.kw.is_empty() {
        let name = crate::protocol::ops::type_name(vm, &args.pos[0]);
        check(vm, &args, &Sig::new(&name, Style::Clinic, 0, 1))?;
    }
    check(vm, &args, &SIG)?;
    let mut d = Dict::new();
    if let Some(src) = args.pos.get(1) {
        for k in members(vm, src)? {
            d.set(vm, k, Value::None)?;
        }
    }
    *write(vm, &s.items)? = d;
    Ok(Value::None)
}

fn set_intersection_update(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "intersection_update")?;
    let o = others(vm, &args, &s, "intersection_update")?;
    let d = intersection_of(vm, &s, o)?;
    *write(vm, &s.items)? = d;
    Ok(Value::None)
}

fn set_difference_update(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "difference_update")?;
    let o = others(vm, &args, &s, "difference_update")?;
    let d = difference_of(vm, &s, o)?;
    *write(vm, &s.items)? = d;
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, false, "symmetric_difference_update")?;
    let other = one_arg(vm, &args, "set", "symmetric_difference_update")?;
    let d = symmetric_difference_of(vm, &s, &other)?;
    *write(vm, &s.items)? = d;
    Ok(Value::None)
}

fn set_issubset<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "issubset")?;
    let other = one_arg(vm, &args, owner_of(&s), "issubset")?;
    let t = table(vm, &other)?;
    let mine = read(vm, &s.items)?.keys();
    for k in mine {
        if !t.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "issuperset")?;
    let other = one_arg(vm, &args, owner_of(&s), "issuperset")?;
    let mine = snapshot(vm, &s)?;
    for k in members(vm, &other)? {
        if !mine.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint<const FROZEN: bool>(vm: &Interp, args: Args) -> PyResult<Value> {
    let s = set_self(vm, &args, FROZEN, "isdisjoint")?;
    let other = one_arg(vm, &args, owner_of(&s), "isdisjoint")?;
    let mine = snapshot(vm, &s)?;
    for k in members(vm, &other)? {
        if mine.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`.
pub fn set_op(vm: &Interp, op: BinOp, a: &SetObj, b: &SetObj) -> PyResult<Value> {
    let (x, y) = (snapshot(vm, a)?, snapshot(vm, b)?);
    let mut out = Dict::new();
    match op {
        BinOp::BitOr => {
            for k in x.keys().into_iter().chain(y.keys()) {
                out.set(vm, k, Value::None)?;
            }
        }
        BinOp::BitAnd => {
            for k in x.keys() {
                if y.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
        }
        BinOp::Sub => {
            for k in x.keys() {
                if !y.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
        }
        _ => {
            for k in x.keys() {
                if !y.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
            for k in y.keys() {
                if !x.contains(vm, &k)? {
                    out.set(vm, k, Value::None)?;
                }
            }
        }
    }
    Ok(Value::set(SetObj::new(out, a.frozen)))
}

fn subset(vm: &Interp, a: &Dict, b: &Dict) -> PyResult<bool> {
    for k in a.keys() {
        if !b.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (`==`, `<=` subset, `<` proper subset, ...).
pub fn set_compare(vm: &Interp, op: CmpOp, a: &SetObj, b: &SetObj) -> PyResult<bool> {
    let (x, y) = (snapshot(vm, a)?, snapshot(vm, b)?);
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && subset(vm, &x, &y)?,
        CmpOp::NotEq => !(x.len() == y.len() && subset(vm, &x, &y)?),
        CmpOp::LtE => subset(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && subset(vm, &x, &y)?,
        CmpOp::GtE => subset(vm, &y, &x)?,
        CmpOp::Gt => y.len() < x.len() && subset(vm, &y, &x)?,
        _ => false,
    })
}

/// `set(iterable=(), /)`.
fn set_new(vm: &Interp, args: Args) -> PyResult<Value> {
    check(vm, &args, &Sig::function("set", Style::Clinic, 0, 1))?;
    let items = match args.pos.first() {
        None => vec![],
        Some(v) => collect(vm, v)?,
    };
    crate::protocol::types::construct::new_set(vm, items, false)
}

/// `frozenset(iterable=(), /)`; only the positional count is checked (a
/// subclass's `__init__` may take keywords).
fn frozenset_new(vm: &Interp, args: Args) -> PyResult<Value> {
    // Keywords too: `frozenset(x=1)` is "takes no keyword arguments".
    check(vm, &args, &Sig::function("frozenset", Style::Clinic, 0, 1))?;
    let items = match args.pos.first() {
        None => vec![],
        Some(v) => collect(vm, v)?,
    };
    crate::protocol::types::construct::new_set(vm, items, true)
}
