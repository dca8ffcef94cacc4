//! Classes at run time: C3 linearization, class creation, instantiation,
//! attribute lookup with descriptors (functions, property, staticmethod,
//! classmethod), `super()`, and dunder dispatch for user classes.

mod descriptors;
pub use descriptors::*;
mod attributes;
pub use attributes::*;
mod instances;
pub use instances::*;

use crate::object::model::{Class, ClassDict, Layout, Namespace, namespace};
pub use crate::object::model::{linearize, merge_mro};
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::type_name;
use crate::{Interp, PyResult};
use std::rc::Rc;

/// Creates a class from a `class` statement's pieces.
pub fn build_class(
    vm: &Interp,
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Value>,
    ns: Namespace,
) -> PyResult<Rc<Class>> {
    let mut base_classes = Vec::new();
    for b in &bases {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", type_name(vm, other)))
                );
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    let mro = match merge_mro(&base_classes) {
        Ok(m) => m,
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(|b| b.name.to_string()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    if ns.borrow().contains_key("__eq__") && !ns.borrow().contains_key("__hash__") {
        // Defining __eq__ without __hash__ makes instances unhashable.
        ns.borrow_mut().insert(Rc::from("__hash__"), Value::None);
    }
    let layout = if mro.iter().any(|c| c.layout == Layout::Exception) {
        Layout::Exception
    } else if mro.iter().any(|c| c.builtin && c.layout == Layout::Builtin) {
        Layout::Builtin
    } else {
        Layout::Object
    };
    // Own-namespace flags only; readers fold the MRO (`mro_marker`).
    let has_property = ns.borrow().values().any(is_data_descriptor);
    let has_setattr = ns.borrow().contains_key("__setattr__");
    let has_getattribute = ns.borrow().contains_key("__getattribute__");
    let module: Rc<str> = match ns.borrow().get("__module__") {
        Some(Value::Str(m)) => m.clone(),
        _ => Rc::from(module),
    };
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(qualname),
        module,
        bases: base_classes,
        mro,
        dict: ClassDict::new(ns.into_inner()),
        tag: Default::default(),
        layout,
        builtin: false,
        marker: crate::object::class_dict::Marker::new(
            if has_property { HAS_DATA_DESCRIPTOR } else { 0 }
                | if has_setattr { HAS_SETATTR } else { 0 }
                | if has_getattribute {
                    HAS_GETATTRIBUTE
                } else {
                    0
                },
        ),
        metaclass: std::cell::RefCell::new(None),
        new: std::cell::Cell::new(None),
        fast_new: std::cell::Cell::new(None),
        vm: std::cell::RefCell::new(std::rc::Weak::new()),
        weakrefs: std::cell::Cell::new(false),
        ctor: std::cell::Cell::new(crate::object::model::CtorPlan::UNSET),
        attrs: std::cell::Cell::new(0),
    });
    if class
        .mro_iter()
        .any(|c| !c.builtin && c.dict.borrow().contains_key("__slots__"))
    {
        class.marker.set(class.marker.get() | HAS_SLOTS);
    }
    if class.lookup("__del__").is_some() {
        class
            .marker
            .set(class.marker.get() | crate::object::model::HAS_DEL);
        *class.vm.borrow_mut() = vm.self_ref.borrow().clone();
    }
    // Classes take part in cycles: a method using `super()` holds its class
    // in a closure cell.
    crate::object::gc::track(crate::object::gc::Tracked::Class(Rc::downgrade(&class)));
    Ok(class)
}

pub use crate::object::model::{HAS_DATA_DESCRIPTOR, HAS_GETATTRIBUTE, HAS_SETATTR, HAS_SLOTS};

pub use crate::object::class_dict::mro_marker;

/// Registers the methods of `property` and `object`.
pub fn install(vm: &Interp) {
    for (name, new) in [
        ("property", property_new as crate::object::value::BuiltinFn),
        ("staticmethod", staticmethod_new),
        ("classmethod", classmethod_new),
        ("super", super_new),
    ] {
        vm.other_class(name).new.set(Some(new));
    }
    crate::object::model::add_methods(
        &vm.other_class("property"),
        "property",
        &[
            ("getter", |vm, a| property_with(vm, &a, 0)),
            ("setter", |vm, a| property_with(vm, &a, 1)),
            ("deleter", |vm, a| property_with(vm, &a, 2)),
        ],
    );
    crate::object::model::add_methods(
        &vm.types.object,
        "object",
        &[
            ("__init__", |_, _| Ok(Value::None)),
            ("__setattr__", |vm, a| {
                if let [obj, Value::Str(n), v] = &a.pos[..] {
                    set_instance_attr(vm, obj, n, v.clone())?;
                    return Ok(Value::None);
                }
                // CPython's wrapper unpacks with an empty name: " expected 2 arguments".
                check(vm, &a, &Sig::method("object", "", Style::Clinic, 2, 2))?;
                Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    crate::protocol::ops::type_name(vm, &a.pos[1])
                )))
            }),
            ("__getattribute__", |vm, a| {
                if let [obj, Value::Str(n)] = &a.pos[..] {
                    return generic_getattr(vm, obj, n);
                }
                check(
                    vm,
                    &a,
                    &Sig::method("object", "__getattribute__", Style::Slot, 1, 1),
                )?;
                Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    crate::protocol::ops::type_name(vm, &a.pos[1])
                )))
            }),
            ("__delattr__", |vm, a| {
                if let [obj, Value::Str(n)] = &a.pos[..] {
                    generic_delattr(vm, obj, n)?;
                    return Ok(Value::None);
                }
                check(
                    vm,
                    &a,
                    &Sig::method("object", "__delattr__", Style::Slot, 1, 1),
                )?;
                Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    crate::protocol::ops::type_name(vm, &a.pos[1])
                )))
            }),
            ("__repr__", |vm, a| {
                check(
                    vm,
                    &a,
                    &Sig::method("object", "__repr__", Style::Slot, 0, 0),
                )?;
                Ok(Value::str(&crate::protocol::ops::default_repr(
                    vm, &a.pos[0],
                )))
            }),
            ("__str__", |vm, a| {
                check(vm, &a, &Sig::method("object", "__str__", Style::Slot, 0, 0))?;
                Ok(Value::str(&crate::protocol::ops::to_str(vm, &a.pos[0])?))
            }),
            ("__eq__", |vm, a| {
                check(vm, &a, &Sig::method("object", "__eq__", Style::Slot, 1, 1))?;
                Ok(if a.pos[0].is(&a.pos[1]) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__ne__", |vm, a| {
                check(vm, &a, &Sig::method("object", "__ne__", Style::Slot, 1, 1))?;
                Ok(if a.pos[0].is(&a.pos[1]) {
                    Value::Bool(false)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__hash__", |vm, a| {
                check(
                    vm,
                    &a,
                    &Sig::method("object", "__hash__", Style::Slot, 0, 0),
                )?;
                Ok(Value::Int((a.pos[0].id() >> 4) as i64))
            }),
            ("__new__", object_new),
        ],
    );
}

/// After a class statement: `__set_name__` on its attributes, then the
/// nearest user-defined `__init_subclass__` of its bases.
pub fn finish_class(
    vm: &Interp,
    class: &Rc<Class>,
    keywords: Vec<(Rc<str>, Value)>,
) -> PyResult<()> {
    let attrs: Vec<(Rc<str>, Value)> = class
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, value) in attrs {
        if let Some(p) = value.native::<Property>() {
            *p.name.borrow_mut() = Some(name.clone());
        }
        if matches!(value, Value::Instance(_)) {
            call_dunder(
                vm,
                &value,
                "__set_name__",
                vec![Value::Class(class.clone()), Value::Str(name)],
            )?;
        }
    }
    let hook = class.mro.iter().find_map(|c| {
        if c.builtin {
            return None;
        }
        c.dict.borrow().get("__init_subclass__").cloned()
    });
    match hook {
        Some(f) => {
            let f = match f.native::<ClassMethod>() {
                Some(cm) => cm.0.clone(),
                None => f,
            };
            let mut args = Args::new(vec![Value::Class(class.clone())]);
            args.kw = keywords;
            crate::protocol::call::call(vm, &f, args)?;
        }
        None => {
            if !keywords.is_empty() {
                return Err(vm.type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    class.name
                )));
            }
        }
    }
    Ok(())
}

/// Creates a class through a user metaclass: `Meta.__new__(Meta, name,
/// bases, namespace)` (defaulting to `type.__new__`), then `Meta.__init__`.
/// `type.__new__` runs `__set_name__` and `__init_subclass__` with the
/// keywords it is given, so a metaclass may consume some (as enum's
/// `boundary=`).
#[allow(clippy::too_many_arguments)]
pub fn create_with_metaclass(
    vm: &Interp,
    meta: &Rc<Class>,
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Value>,
    ns: Namespace,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    let user = |n: &str| {
        meta.mro_iter()
            .find(|c| !c.builtin && c.dict.borrow().contains_key(n))
            .and_then(|c| c.dict.borrow().get(n).cloned())
    };
    let bases_tuple = Value::tuple(bases.clone());
    let ns_dict = crate::protocol::types::construct::namespace_dict(vm, &ns.borrow());
    let class = match user("__new__") {
        Some(new) => {
            let new = match new.native::<StaticMethod>() {
                Some(s) => s.0.clone(),
                None => new,
            };
            let mut args = Args::new(vec![
                Value::Class(meta.clone()),
                Value::str(name),
                bases_tuple.clone(),
                ns_dict.clone(),
            ]);
            args.kw = kw.clone();
            crate::protocol::call::call(vm, &new, args)?
        }
        None => {
            let c = build_class(vm, name, qualname, module, bases, ns)?;
            *c.metaclass.borrow_mut() = Some(meta.clone());
            finish_class(vm, &c, kw.clone())?;
            Value::Class(c)
        }
    };
    if let Some(init) = user("__init__") {
        let mut args = Args::new(vec![class.clone(), Value::str(name), bases_tuple, ns_dict]);
        args.kw = kw;
        crate::protocol::call::call(vm, &init, args)?;
    }
    Ok(class)
}

/// The class `type(name, bases, ns)` makes: `__qualname__`/`__module__`
/// from the namespace, else the name and the calling module.
pub fn class_from_namespace(
    vm: &Interp,
    name: &Value,
    bases: &Value,
    ns: &Value,
) -> PyResult<Rc<Class>> {
    let name = crate::protocol::ops::to_str(vm, name)?;
    let bases = crate::protocol::iter::collect(vm, bases)?;
    let table = namespace();
    if let Value::Dict(d) = ns {
        for (k, v) in d.borrow().items() {
            table
                .borrow_mut()
                .insert(crate::protocol::ops::to_str_rc(vm, &k)?, v);
        }
    }
    let module = match table.borrow().get("__module__") {
        Some(Value::Str(m)) => m.to_string(),
        _ => calling_module(vm),
    };
    let qualname = match table.borrow().get("__qualname__") {
        Some(Value::Str(q)) => q.to_string(),
        _ => name.clone(),
    };
    build_class(vm, &name, &qualname, &module, bases, table)
}

/// `__name__` of the module whose code is running, `__main__` outside any.
fn calling_module(vm: &Interp) -> String {
    let top = vm.frames.borrow().last().map(|f| f.owner.globals().clone());
    match top
        .as_ref()
        .and_then(|g| g.borrow().get("__name__").cloned())
    {
        Some(Value::Str(n)) => n.to_string(),
        _ => "__main__".to_string(),
    }
}

/// `type.__new__(mcs, name, bases, namespace)`.
fn type_new(vm: &Interp, mut a: Args) -> PyResult<Value> {
    // Keywords are the class statement's that a metaclass passes on: they
    // go to `__init_subclass__`.
    let keywords = std::mem::take(&mut a.kw);
    check(
        vm,
        &a,
        &Sig::method("type", "type.__new__", Style::Legacy, 3, 3),
    )?;
    let [Value::Class(mcs), name, bases, ns] = &a.pos[..] else {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            crate::protocol::ops::type_name(vm, &a.pos[0])
        )));
    };
    let c = class_from_namespace(vm, name, bases, ns)?;
    if !Rc::ptr_eq(mcs, &vm.types.type_) {
        *c.metaclass.borrow_mut() = Some(mcs.clone());
    }
    finish_class(vm, &c, keywords)?;
    Ok(Value::Class(c))
}

/// The metaclass a class statement uses: the explicit one, else the most
/// derived metaclass of its bases; `None` means plain `type`.
pub fn metaclass_for(vm: &Interp, explicit: Option<&Value>, bases: &[Value]) -> Option<Rc<Class>> {
    if let Some(Value::Class(m)) = explicit
        && !Rc::ptr_eq(m, &vm.types.type_)
    {
        return Some(m.clone());
    }
    let mut best: Option<Rc<Class>> = None;
    for b in bases {
        if let Value::Class(c) = b
            && let Some(m) = c.metaclass.borrow().clone()
        {
            best = match best {
                Some(cur) if cur.is_subclass(&m) => Some(cur),
                _ => Some(m),
            };
        }
    }
    best
}

/// Registers `type.__new__`, `type.__call__` and `type.__init__`.
pub fn install_type(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.types.type_,
        "type",
        &[
            ("__new__", type_new),
            ("__init__", |_, _| Ok(Value::None)),
            ("__call__", |vm, mut a| {
                let Some(Value::Class(c)) = a.pos.first().cloned() else {
                    return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
                };
                a.pos.remove(0);
                instantiate(vm, &c, a)
            }),
        ],
    );
}
