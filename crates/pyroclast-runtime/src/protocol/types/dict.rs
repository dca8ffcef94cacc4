//! The dict type's methods (and `dict.fromkeys`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::containers::{self, key_error};
use crate::protocol::iter::{DictPart, DictView, collect};
use crate::protocol::types::construct::fill_dict;
use crate::protocol::types::support::*;
use crate::{Interp, PyResult};

/// Registers the methods of dict.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    t.dict
        .new
        .set(Some(crate::protocol::types::construct::new_dict));
    crate::object::model::add_methods(
        &t.dict,
        "dict",
        &[
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("__init__", dict_init),
            ("__len__", dict_len),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
        ],
    );
    add_classmethod(&t.dict, "dict", "fromkeys", dict_fromkeys);
    crate::object::model::add_fast_methods(
        &t.dict,
        &[("get", |vm, a| match a {
            [Value::Dict(d), key] | [Value::Dict(d), key, _] => Some(
                read(vm, d)
                    .and_then(|t| t.get(vm, key))
                    .map(|found| found.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None))),
            ),
            _ => None,
        })],
    );
}

type DictRef = Rc<RefCell<Dict>>;

fn dict_self(vm: &Interp, args: &Args, name: &str) -> PyResult<DictRef> {
    match receiver(vm, args, "dict", name)? {
        Value::Dict(d) => Ok(d),
        other => Err(wrong_self(vm, "dict", name, &other)),
    }
}

fn dict_get(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "get")?;
    arg_count(vm, &args, "dict", "get", 1, 2)?;
    let found = read(vm, &d)?.get(vm, &args.pos[1])?;
    Ok(found.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "setdefault")?;
    arg_count(vm, &args, "dict", "setdefault", 1, 2)?;
    let key = &args.pos[1];
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    with_table(vm, &d, |t| {
        if let Some(v) = t.get(vm, key)? {
            return Ok(v);
        }
        t.set(vm, key.clone(), default.clone())?;
        Ok(default)
    })
}

fn dict_pop(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "pop")?;
    arg_count(vm, &args, "dict", "pop", 1, 2)?;
    let key = &args.pos[1];
    let removed = with_table(vm, &d, |t| t.remove(vm, key))?;
    match (removed, args.pos.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(vm, key)),
    }
}

fn dict_popitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "popitem")?;
    no_args(vm, &args, "dict", "popitem")?;
    let last = write(vm, &d)?.pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

/// Applies `dict.update`-style arguments (one optional positional source and
/// keywords) to `d`. The new entries are gathered first, so the source may be
/// the dict itself or run Python code.
fn update_from(vm: &Interp, d: &DictRef, args: &Args, name: &str) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    let mut new = Dict::new();
    if let Some(src) = args.pos.get(1) {
        fill_dict(vm, &mut new, src)?;
    }
    for (k, v) in &args.kw {
        new.set(vm, Value::Str(k.clone()), v.clone())?;
    }
    with_table(vm, d, |t| {
        for (k, v) in new.items() {
            t.set(vm, k, v)?;
        }
        Ok(())
    })
}

fn dict_update(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "update")?;
    update_from(vm, &d, &args, "update")?;
    Ok(Value::None)
}

fn dict_init(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__init__")?;
    update_from(vm, &d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_view(vm: &Interp, args: &Args, name: &str, part: DictPart) -> PyResult<Value> {
    let d = dict_self(vm, args, name)?;
    no_args(vm, args, "dict", name)?;
    Ok(Value::native_tracked(Rc::new(DictView { dict: d, part })))
}

fn dict_keys(vm: &Interp, args: Args) -> PyResult<Value> {
    dict_view(vm, &args, "keys", DictPart::Keys)
}

fn dict_values(vm: &Interp, args: Args) -> PyResult<Value> {
    dict_view(vm, &args, "values", DictPart::Values)
}

fn dict_items(vm: &Interp, args: Args) -> PyResult<Value> {
    dict_view(vm, &args, "items", DictPart::Items)
}

fn dict_copy(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "copy")?;
    no_args(vm, &args, "dict", "copy")?;
    let copy = read(vm, &d)?.clone();
    Ok(Value::dict(copy))
}

fn dict_clear(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "clear")?;
    no_args(vm, &args, "dict", "clear")?;
    let old = std::mem::take(&mut *write(vm, &d)?);
    drop(old);
    Ok(Value::None)
}

fn dict_len(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__len__")?;
    no_args(vm, &args, "dict", "__len__")?;
    let n = read(vm, &d)?.len();
    Ok(Value::Int(n as i64))
}

fn dict_getitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__getitem__")?;
    let key = one_arg(vm, &args, "dict", "__getitem__")?;
    let found = read(vm, &d)?.get(vm, &key)?;
    if let Some(v) = found {
        return Ok(v);
    }
    if let Value::Instance(_) = &args.pos[0]
        && let Some(r) =
            crate::protocol::classes::call_dunder1(vm, &args.pos[0], "__missing__", key.clone())?
    {
        return Ok(r);
    }
    Err(key_error(vm, &key))
}

fn dict_setitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__setitem__")?;
    arg_count(vm, &args, "dict", "__setitem__", 2, 2)?;
    with_table(vm, &d, |t| {
        t.set(vm, args.pos[1].clone(), args.pos[2].clone())
    })?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__delitem__")?;
    let key = one_arg(vm, &args, "dict", "__delitem__")?;
    let removed = with_table(vm, &d, |t| t.remove(vm, &key))?;
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(key_error(vm, &key)),
    }
}

fn dict_contains(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__contains__")?;
    let key = one_arg(vm, &args, "dict", "__contains__")?;
    let found = read(vm, &d)?.contains(vm, &key)?;
    Ok(Value::Bool(found))
}

/// `dict.fromkeys(iterable, value=None)`; called through the classmethod
/// wrapper, so `args.pos[0]` is the class.
fn dict_fromkeys(vm: &Interp, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "dict", "fromkeys")?;
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    arg_count(vm, &args, "dict", "fromkeys", 1, 2)?;
    let keys = collect(vm, &args.pos[1])?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.dict) => {
            let obj = crate::protocol::call::call(vm, &cls, Args::default())?;
            for k in keys {
                containers::setitem(vm, &obj, k, value.clone())?;
            }
            Ok(obj)
        }
        _ => {
            let mut d = Dict::new();
            for k in keys {
                d.set(vm, k, value.clone())?;
            }
            Ok(Value::dict(d))
        }
    }
}
