//! `collections.defaultdict`: a dict subclass whose `__missing__` calls a
//! factory.

use super::*;
use crate::object::model::Class;
use crate::object::value::{Args, Value};
use crate::protocol::ops::{repr, type_name, type_of};
use crate::stdlib::toolkit::{cached_class, this};
use crate::{Interp, PyResult};
use std::rc::Rc;

pub(crate) fn defaultdict_class(vm: &Interp) -> Rc<Class> {
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

pub(crate) fn defaultdict_init(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let factory = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !matches!(factory, Value::None) && !crate::stdlib::toolkit::is_callable(vm, &factory)? {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    crate::protocol::classes::set_instance_attr(vm, &s, "default_factory", factory)?;
    let d = payload_dict(vm, &s)?;
    let rest: Vec<Value> = a.pos.iter().skip(2).cloned().collect();
    fill_from(vm, &d, &rest, std::mem::take(&mut a.kw), "defaultdict")?;
    Ok(Value::None)
}

pub(crate) fn factory_of(vm: &Interp, s: &Value) -> PyResult<Value> {
    match crate::protocol::classes::getattr(vm, s, "default_factory") {
        Ok(v) => Ok(v),
        Err(_) => Ok(Value::None),
    }
}

pub(crate) fn defaultdict_missing(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let key = one_arg(vm, &a, "defaultdict", "__missing__")?;
    let factory = factory_of(vm, &s)?;
    if matches!(factory, Value::None) {
        return Err(crate::protocol::containers::key_error(vm, &key));
    }
    let v = crate::protocol::call::call(vm, &factory, Args::default())?;
    crate::protocol::containers::setitem(vm, &s, key, v.clone())?;
    Ok(v)
}

pub(crate) fn defaultdict_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let factory = factory_of(vm, &s)?;
    let d = payload_dict(vm, &s)?;
    let f = repr(vm, &factory)?;
    let body = repr(vm, &Value::Dict(d))?;
    Ok(Value::str(&format!("{}({f}, {body})", type_name(vm, &s))))
}

pub(crate) fn defaultdict_copy(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let factory = factory_of(vm, &s)?;
    let d = payload_dict(vm, &s)?;
    let copy = d.borrow().clone();
    let class = type_of(vm, &s);
    let out = crate::protocol::classes::instantiate(vm, &class, Args::new(vec![factory]))?;
    *payload_dict(vm, &out)?.borrow_mut() = copy;
    Ok(out)
}
