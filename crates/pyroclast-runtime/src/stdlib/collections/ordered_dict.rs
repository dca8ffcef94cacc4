//! `collections.OrderedDict`: order-sensitive equality, `move_to_end` and
//! `popitem(last=)`.

use super::*;
use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Value};
use crate::protocol::ops::{self, repr, type_name, type_of};
use crate::stdlib::toolkit::{bind_args, cached_class, this};
use crate::{Interp, PyResult};
use pyroclast_syntax::ast::CmpOp;
use std::rc::Rc;

pub(crate) fn ordereddict_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "collections.OrderedDict", |vm| {
        dict_subclass(
            vm,
            "OrderedDict",
            "OrderedDict",
            &[
                ("__init__", |vm, mut a| {
                    let s = this(vm, &a)?;
                    let d = payload_dict(vm, &s)?;
                    fill_from(
                        vm,
                        &d,
                        &a.pos[1..],
                        std::mem::take(&mut a.kw),
                        "OrderedDict",
                    )?;
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

pub(crate) fn od_repr(vm: &Interp, a: Args) -> PyResult<Value> {
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

pub(crate) fn od_move_to_end(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: std::mem::take(&mut a.kw),
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
        d.borrow_mut().replace_with(fresh);
    }
    Ok(Value::None)
}

pub(crate) fn od_popitem(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: std::mem::take(&mut a.kw),
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

pub(crate) fn od_eq(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let other = c_args(
        vm,
        &a,
        &Sig::method("OrderedDict", "__eq__", Style::Slot, 1, 1),
    )?[0]
        .clone();
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

pub(crate) fn od_copy(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let d = payload_dict(vm, &s)?;
    let copy = d.borrow().clone();
    let out = crate::protocol::classes::instantiate(vm, &type_of(vm, &s), Args::default())?;
    payload_dict(vm, &out)?.borrow_mut().replace_with(copy);
    Ok(out)
}
