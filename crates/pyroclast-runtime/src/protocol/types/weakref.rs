//! The `weakref.ref` type (`weakref.ReferenceType`): calling it gives the
//! referent or None; equal while alive when the referents are equal; hashes
//! as its referent. The referent tracking is `object/weakref.rs`.

use std::any::Any;
use std::rc::Rc;

use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::object::weakref::{Target, WeakRef, refs_to, register};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops;
use crate::{Interp, PyResult};

/// The class's registered name.
pub const CLASS: &str = "weakref.ReferenceType";

impl Native for WeakRef {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(CLASS)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(
            check(vm, &args, &Sig::function("weakref", Style::Clinic, 0, 0))
                .map(|()| self.get().unwrap_or(Value::None)),
        )
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        let me = self as *const WeakRef as usize;
        Some(Ok(match self.get() {
            None => format!("<weakref at {me:#x}; dead>"),
            Some(v) => format!(
                "<weakref at {me:#x}; to '{}' at {:#x}>",
                ops::type_name(vm, &v),
                v.id()
            ),
        }))
    }
    fn py_hash(&self, vm: &Interp) -> Option<PyResult<i64>> {
        Some(referent_hash(vm, self))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__callback__" => Some(Ok(self.callback.borrow().clone().unwrap_or(Value::None))),
            _ => None,
        }
    }
}

/// `weakref.ref(object[, callback])`. Without a callback, an existing
/// callback-less reference to the object is returned again, as CPython
/// does.
fn ref_new(vm: &Interp, args: Args) -> PyResult<Value> {
    check(vm, &args, &Sig::function("__new__", Style::Clinic, 1, 2))?;
    let obj = &args.pos[0];
    let callback = args
        .pos
        .get(1)
        .filter(|c| !matches!(c, Value::None))
        .cloned();
    let Some(target) = Target::of(obj) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            ops::type_name(vm, obj)
        )));
    };
    if callback.is_none()
        && let Some(r) = refs_to(target.addr())
            .into_iter()
            .find(|r| r.callback.borrow().is_none())
    {
        return Ok(Value::Native(r));
    }
    let r = Rc::new(WeakRef {
        target,
        callback: std::cell::RefCell::new(callback),
        hash: std::cell::Cell::new(None),
        vm: Rc::downgrade(&vm.rc()),
        cleared: std::cell::Cell::new(false),
    });
    register(&r);
    Ok(Value::Native(r))
}

/// The receiver, as the native it is.
fn this(vm: &Interp, args: &Args) -> PyResult<Rc<dyn Native>> {
    match args.pos.first() {
        Some(Value::Native(n)) if n.as_any().is::<WeakRef>() => Ok(n.clone()),
        _ => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
    }
}

/// `r == other`: the referents' equality while both live, else identity.
fn eq(vm: &Interp, args: Args) -> PyResult<Value> {
    check(vm, &args, &Sig::method(CLASS, "__eq__", Style::Slot, 1, 1))?;
    let me = this(vm, &args)?;
    let Value::Native(other) = &args.pos[1] else {
        return Ok(Value::NotImplemented);
    };
    let (Some(mine), Some(theirs)) = (
        me.as_any().downcast_ref::<WeakRef>(),
        other.as_any().downcast_ref::<WeakRef>(),
    ) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(match (mine.get(), theirs.get()) {
        (Some(a), Some(b)) => ops::eq(vm, &a, &b)?,
        _ => Rc::ptr_eq(&me, other),
    }))
}

fn ne(vm: &Interp, args: Args) -> PyResult<Value> {
    match eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `hash(r)`: the referent's hash, remembered; a reference that died before
/// it was hashed cannot be.
fn hash(vm: &Interp, args: Args) -> PyResult<Value> {
    check(
        vm,
        &args,
        &Sig::method(CLASS, "__hash__", Style::Slot, 0, 0),
    )?;
    let me = this(vm, &args)?;
    let Some(r) = me.as_any().downcast_ref::<WeakRef>() else {
        return Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object"));
    };
    Ok(Value::Int(referent_hash(vm, r)?))
}

fn referent_hash(vm: &Interp, r: &WeakRef) -> PyResult<i64> {
    if let Some(h) = r.hash.get() {
        return Ok(h);
    }
    let Some(v) = r.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = ops::hash(vm, &v)?;
    r.hash.set(Some(h));
    Ok(h)
}

/// `weakref.getweakrefcount(object)`.
pub fn getweakrefcount(vm: &Interp, args: Args) -> PyResult<Value> {
    check(
        vm,
        &args,
        &Sig::module("_weakref", "getweakrefcount", Style::One, 1, 1),
    )?;
    Ok(Value::Int(match Target::peek(&args.pos[0]) {
        Some(addr) => refs_to(addr).len() as i64,
        None => 0,
    }))
}

/// `weakref.getweakrefs(object)`.
pub fn getweakrefs(vm: &Interp, args: Args) -> PyResult<Value> {
    check(
        vm,
        &args,
        &Sig::module("_weakref", "getweakrefs", Style::One, 1, 1),
    )?;
    Ok(Value::list(match Target::peek(&args.pos[0]) {
        Some(addr) => refs_to(addr)
            .into_iter()
            .map(|r| {
                let n: Rc<dyn Native> = r;
                Value::Native(n)
            })
            .collect(),
        None => vec![],
    }))
}

/// Registers the type.
pub fn install(vm: &Interp) {
    let class = vm.other_class(CLASS);
    class.new.set(Some(ref_new));
    crate::object::model::add_methods(
        &class,
        CLASS,
        &[("__eq__", eq), ("__ne__", ne), ("__hash__", hash)],
    );
}
