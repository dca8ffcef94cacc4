//! Weak references: what a `weakref.ref` points to, and the per-thread
//! table that tells an object's weak references when it is freed, so their
//! callbacks run (at the next statement boundary, as `__del__` does).
//! Objects that can be weakly referenced carry a flag set when the first
//! weak reference is made, so freeing the others costs one test.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use crate::Interp;
use crate::object::model::{Class, Function, Instance};
use crate::object::value::{Native, Value};

/// The object a weak reference points to.
pub enum Target {
    /// An instance of a user-defined class.
    Instance(Weak<Instance>),
    /// A user-defined function.
    Function(Weak<Function>),
    /// A class.
    Class(Weak<Class>),
    /// A set or frozenset.
    Set(Weak<crate::object::value::SetObj>),
    /// An object implemented in Rust whose type allows it
    /// (`Native::weak_flag`): generators, coroutines, tasks.
    Native(Weak<dyn Native>),
}

impl Target {
    /// The weak target of `v`, if `v` can be weakly referenced.
    pub fn of(v: &Value) -> Option<Target> {
        Some(match v {
            // Instances of builtin classes (exceptions, `object()`) have no
            // weak reference slot in CPython; a Python subclass adds one.
            Value::Instance(i) if i.class.mro_iter().all(|c| c.builtin) => return None,
            Value::Instance(i) => {
                i.weakrefs.set(true);
                Target::Instance(Rc::downgrade(i))
            }
            Value::Function(f) => {
                f.weakrefs.set(true);
                Target::Function(Rc::downgrade(f))
            }
            Value::Class(c) => {
                c.weakrefs.set(true);
                Target::Class(Rc::downgrade(c))
            }
            Value::Set(x) => {
                x.weakrefs.set(true);
                Target::Set(Rc::downgrade(x))
            }
            Value::Native(n) => {
                n.weak_flag()?.set(true);
                Target::Native(Rc::downgrade(n))
            }
            _ => return None,
        })
    }

    /// The address of `v` when it can be weakly referenced, without
    /// marking it.
    pub fn peek(v: &Value) -> Option<usize> {
        Some(match v {
            Value::Instance(i) => Rc::as_ptr(i) as *const () as usize,
            Value::Function(f) => Rc::as_ptr(f) as *const () as usize,
            Value::Class(c) => Rc::as_ptr(c) as *const () as usize,
            Value::Set(x) => Rc::as_ptr(x) as *const () as usize,
            Value::Native(n) if n.weak_flag().is_some() => Rc::as_ptr(n) as *const () as usize,
            _ => return None,
        })
    }

    /// The address of `v` when weak references to it were ever made.
    pub fn flagged(v: &Value) -> Option<usize> {
        let flagged = match v {
            Value::Instance(i) => i.weakrefs.get(),
            Value::Function(f) => f.weakrefs.get(),
            Value::Class(c) => c.weakrefs.get(),
            Value::Set(x) => x.weakrefs.get(),
            Value::Native(n) => n.weak_flag().is_some_and(Cell::get),
            _ => false,
        };
        if flagged { Target::peek(v) } else { None }
    }

    /// The object, while it lives.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Native(w) => Value::Native(w.upgrade()?),
        })
    }

    /// The object's address, its key in the table.
    pub fn addr(&self) -> usize {
        match self {
            Target::Instance(w) => w.as_ptr() as *const () as usize,
            Target::Function(w) => w.as_ptr() as *const () as usize,
            Target::Class(w) => w.as_ptr() as *const () as usize,
            Target::Set(w) => w.as_ptr() as *const () as usize,
            Target::Native(w) => w.as_ptr() as *const () as usize,
        }
    }
}

/// A `weakref.ref` object.
pub struct WeakRef {
    /// The referent.
    pub target: Target,
    /// Called with this object when the referent is freed.
    pub callback: RefCell<Option<Value>>,
    /// The referent's hash, kept once computed (a dead reference still
    /// hashes as its referent did).
    pub hash: Cell<Option<i64>>,
    /// The interpreter that runs the callback.
    pub vm: Weak<Interp>,
    /// The cycle collector found the referent unreachable: the reference
    /// is dead even if a finalizer brings the referent back.
    pub cleared: Cell<bool>,
}

impl WeakRef {
    /// The referent, while it lives and the reference was not cleared.
    pub fn get(&self) -> Option<Value> {
        if self.cleared.get() {
            return None;
        }
        self.target.get()
    }
}

thread_local! {
    /// Live weak references by referent address.
    static TABLE: RefCell<FxHashMap<usize, Vec<Weak<WeakRef>>>> =
        RefCell::new(FxHashMap::default());
}

/// Records a new weak reference to its referent.
pub fn register(r: &Rc<WeakRef>) {
    TABLE.with(|t| {
        t.borrow_mut()
            .entry(r.target.addr())
            .or_default()
            .push(Rc::downgrade(r));
    });
}

/// The live weak references to the object at `addr`, newest first (the
/// order `weakref.getweakrefs` lists them in).
pub fn refs_to(addr: usize) -> Vec<Rc<WeakRef>> {
    TABLE.with(|t| {
        let t = t.borrow();
        t.get(&addr)
            .map(|v| v.iter().rev().filter_map(Weak::upgrade).collect())
            .unwrap_or_default()
    })
}

/// The cycle collector found the object at `addr` unreachable: its weak
/// references go dead now, before any finalizer runs (so one that
/// resurrects the object does not revive them), as CPython's
/// `handle_weakrefs` does. Returns the callbacks to call, each with its
/// reference, newest reference first.
pub fn clear_unreachable(addr: usize) -> Vec<(Value, Value)> {
    let Ok(Some(refs)) =
        TABLE.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)))
    else {
        return Vec::new();
    };
    let mut calls = Vec::new();
    for r in refs.iter().rev().filter_map(Weak::upgrade) {
        r.cleared.set(true);
        let cb = r.callback.borrow_mut().take();
        if let Some(cb) = cb {
            let this: Rc<dyn Native> = r;
            calls.push((cb, Value::Native(this)));
        }
    }
    calls
}

/// Called when an object with weak references is freed: its references go
/// dead, and their callbacks are queued on their interpreters, newest
/// reference first as CPython calls them.
pub fn freed(addr: usize) {
    let Ok(Some(refs)) =
        TABLE.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)))
    else {
        return;
    };
    for r in refs.iter().rev().filter_map(Weak::upgrade) {
        let Some(cb) = r.callback.borrow_mut().take() else {
            continue;
        };
        let Some(vm) = r.vm.upgrade() else { continue };
        if vm.stopping() || vm.closing.get() {
            continue;
        }
        if let Ok(mut pending) = vm.finalizers.try_borrow_mut() {
            let this: Rc<dyn Native> = r;
            pending.push(Value::tuple(vec![cb, Value::Native(this)]));
            vm.finalizers_pending.set(true);
        }
    }
}
