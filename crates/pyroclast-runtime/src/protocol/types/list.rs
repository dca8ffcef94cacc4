//! The list type's methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, bind, kw_sig};
use crate::protocol::containers::{self};
use crate::protocol::iter::collect;
use crate::protocol::ops::{self};
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::protocol::types::support::*;
use crate::{Interp, PyResult};

/// Registers the methods of list.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    t.list.new.set(Some(list_new));
    crate::object::model::add_methods(
        &t.list,
        "list",
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("clear", list_clear),
            ("__init__", list_init),
            ("__len__", list_len),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__contains__", list_contains),
        ],
    );
    crate::object::model::add_fast_methods(
        &t.list,
        &[
            ("pop", |vm, a| match a {
                [Value::List(l)] => Some(pop_last(vm, l)),
                _ => None,
            }),
            ("append", |vm, a| match a {
                [Value::List(l), x] => Some(vm.list_reserve(l, 1).and_then(|()| write(vm, l)).map(
                    |mut items| {
                        items.push(std::mem::replace(x, Value::None));
                        Value::None
                    },
                )),
                _ => None,
            }),
        ],
    );
}

type ListRef = Rc<RefCell<crate::object::value::ListItems>>;

fn list_self(vm: &Interp, args: &Args, name: &str) -> PyResult<ListRef> {
    match receiver(vm, args, "list", name)? {
        Value::List(l) => Ok(l),
        other => Err(wrong_self(vm, "list", name, &other)),
    }
}

/// `lst.append(x)` with any arguments (the common call goes through the
/// shortcut `install` gives it).
fn list_append(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "append")?;
    let x = one_arg(vm, &args, "list", "append")?;
    vm.list_reserve(&l, 1)?;
    write(vm, &l)?.push(x);
    Ok(Value::None)
}

fn list_extend(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "extend")?;
    let src = one_arg(vm, &args, "list", "extend")?;
    let items = collect(vm, &unwrap(&src))?;
    vm.list_reserve(&l, items.len())?;
    write(vm, &l)?.extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "insert")?;
    arg_count(vm, &args, "list", "insert", 2, 2)?;
    let i = index_arg(vm, &args.pos[1])?;
    vm.list_reserve(&l, 1)?;
    let mut v = write(vm, &l)?;
    let len = v.len() as i64;
    let at = if i < 0 {
        i.saturating_add(len).max(0)
    } else {
        i.min(len)
    };
    v.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

/// `lst.pop()` (the common call, `list_pop`'s shortcut): the last item.
fn pop_last(vm: &Interp, l: &ListRef) -> PyResult<Value> {
    write(vm, l)?
        .pop()
        .ok_or_else(|| vm.error(ExcKind::IndexError, "pop from empty list"))
}

fn list_pop(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "pop")?;
    arg_count(vm, &args, "list", "pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let mut v = write(vm, &l)?;
    if v.is_empty() {
        return Err(vm.error(ExcKind::IndexError, "pop from empty list"));
    }
    let len = v.len() as i64;
    let at = if i < 0 { i.saturating_add(len) } else { i };
    if !(0..len).contains(&at) {
        return Err(vm.error(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(v.remove(at as usize))
}

/// The index of the first item equal to `x` in `l[start:stop]`, re-reading
/// the list at each step (comparisons may run Python code that mutates it).
fn list_find(
    vm: &Interp,
    l: &ListRef,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let v = read(vm, l)?;
            if i >= stop.min(v.len()) {
                return Ok(None);
            }
            v[i].clone()
        };
        if same(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "list", "remove")?;
    match list_find(vm, &l, &x, 0, usize::MAX)? {
        Some(i) => {
            let mut v = write(vm, &l)?;
            if i < v.len() {
                v.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "index")?;
    arg_count(vm, &args, "list", "index", 1, 3)?;
    let len = read(vm, &l)?.len();
    let start = bound(vm, args.pos.get(2), len, 0)?;
    let stop = bound(vm, args.pos.get(3), len, len)?;
    let x = &args.pos[1];
    match list_find(vm, &l, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", ops::repr(vm, x)?))),
    }
}

fn list_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "count")?;
    let x = one_arg(vm, &args, "list", "count")?;
    let mut n = 0i64;
    let mut i = 0;
    loop {
        let item = match read(vm, &l)?.get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if same(vm, &item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// An int-only flag (`reverse=`): ints and bools, else a TypeError.
fn int_flag(vm: &Interp, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::BigInt(_) => Ok(true),
        _ => Ok(index_arg(vm, v)? != 0),
    }
}

fn list_sort(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "sort")?;
    const SORT: Sig = kw_sig("list", "sort", &["key", "reverse"]).positional(0);
    let (_, p) = bind(vm, args, &SORT)?;
    let key = p[0].clone().filter(|k| !matches!(k, Value::None));
    let reverse = match &p[1] {
        Some(r) => int_flag(vm, r)?,
        None => false,
    };
    // Like CPython, the list looks empty while it is being sorted.
    let mut items = std::mem::take(&mut *write(vm, &l)?);
    let result = crate::protocol::sort::timsort(vm, &mut items, key.as_ref(), reverse);
    let mut modified = true;
    if let Ok(mut slot) = l.try_borrow_mut() {
        modified = !slot.is_empty();
        *slot = items;
    }
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "reverse")?;
    no_args(vm, &args, "list", "reverse")?;
    write(vm, &l)?.reverse();
    Ok(Value::None)
}

fn list_copy(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "copy")?;
    no_args(vm, &args, "list", "copy")?;
    let items = read(vm, &l)?.to_vec();
    Ok(Value::list(items))
}

fn list_clear(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "clear")?;
    no_args(vm, &args, "list", "clear")?;
    let old = write(vm, &l)?.take_vec();
    drop_reversed(old);
    Ok(Value::None)
}

/// Drops a list's items last first, as CPython's `list_clear` releases
/// them (the order `__del__` methods run in).
pub(crate) fn drop_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

fn list_init(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__init__")?;
    no_kw(vm, &args, "list", "__init__")?;
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {n}")));
    }
    let items = match args.pos.get(1) {
        Some(src) => collect(vm, &unwrap(src))?,
        None => Vec::new(),
    };
    *write(vm, &l)? = items.into();
    Ok(Value::None)
}

fn list_len(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__len__")?;
    no_args(vm, &args, "list", "__len__")?;
    let n = read(vm, &l)?.len();
    Ok(Value::Int(n as i64))
}

fn list_getitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__getitem__")?;
    let i = one_arg(vm, &args, "list", "__getitem__")?;
    containers::getitem(vm, &Value::List(l), &i)
}

fn list_setitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__setitem__")?;
    arg_count(vm, &args, "list", "__setitem__", 2, 2)?;
    containers::setitem(
        vm,
        &Value::List(l),
        args.pos[1].clone(),
        args.pos[2].clone(),
    )?;
    Ok(Value::None)
}

fn list_delitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__delitem__")?;
    let i = one_arg(vm, &args, "list", "__delitem__")?;
    containers::delitem(vm, &Value::List(l), &i)?;
    Ok(Value::None)
}

fn list_contains(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__contains__")?;
    let x = one_arg(vm, &args, "list", "__contains__")?;
    Ok(Value::Bool(list_find(vm, &l, &x, 0, usize::MAX)?.is_some()))
}

/// `list(iterable=(), /)`.
fn list_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Style, check};
    check(vm, &args, &Sig::function("list", Style::Clinic, 0, 1))?;
    Ok(Value::list(match args.pos.first() {
        None => vec![],
        Some(v) => collect(vm, v)?,
    }))
}
