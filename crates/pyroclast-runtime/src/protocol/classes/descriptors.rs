//! Descriptors: `property`, `staticmethod`, `classmethod` and `super`, and
//! binding what attribute lookup finds in a class to the object it was
//! looked up on.

use super::*;
use crate::object::exc_kind::ExcKind;
use crate::object::gc::Edge;
use crate::object::model::Class;
use crate::object::trace::Trace;
use crate::object::value::{Args, Native, Value};
use crate::protocol::ops::type_of;
use crate::{Interp, PyErr, PyResult};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// For a user object in a class dict: `Some(true)` for a data descriptor
/// (defines `__set__` or `__delete__`), `Some(false)` for a non-data one
/// (only `__get__`), `None` otherwise.
pub fn descriptor_kind(v: &Value) -> Option<bool> {
    let Value::Instance(i) = v else { return None };
    let has = |n: &str| {
        i.class
            .mro_iter()
            .any(|c| !c.builtin && c.dict.borrow().contains_key(n))
    };
    if has("__set__") || has("__delete__") {
        return Some(true);
    }
    has("__get__").then_some(false)
}

/// A property or another data descriptor: what an instance attribute
/// lookup must ask before the instance dict.
pub fn is_data_descriptor(v: &Value) -> bool {
    v.native::<Property>().is_some() || descriptor_kind(v) == Some(true)
}

/// Calls `descr.__get__(obj, owner)`.
pub(crate) fn descriptor_get(
    vm: &Interp,
    descr: &Value,
    obj: Option<&Value>,
    owner: &Rc<Class>,
) -> PyResult<Value> {
    let args = vec![
        obj.cloned().unwrap_or(Value::None),
        Value::Class(owner.clone()),
    ];
    match call_dunder(vm, descr, "__get__", args)? {
        Some(v) => Ok(v),
        None => Ok(descr.clone()),
    }
}

/// A special method found on `obj`'s type, bound to `obj` as CPython's
/// special method lookup binds it: through a user descriptor's `__get__`,
/// else as [`bind`] does.
pub fn bind_special(vm: &Interp, f: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
    if descriptor_kind(&f).is_some() {
        descriptor_get(vm, &f, Some(obj), class)
    } else {
        bind(vm, f, Some(obj), class)
    }
}

/// `property` objects.
pub struct Property {
    /// Getter.
    pub fget: Value,
    /// Setter.
    pub fset: Value,
    /// Deleter.
    pub fdel: Value,
    /// The attribute name, known once the class statement binds it
    /// (`__set_name__`); CPython's error messages use it.
    pub name: RefCell<Option<Rc<str>>>,
}

impl Property {
    /// A property with no name yet.
    pub fn new(fget: Value, fset: Value, fdel: Value) -> Self {
        Property {
            fget,
            fset,
            fdel,
            name: RefCell::new(None),
        }
    }

    /// "property 'x' of 'C' object has no setter" (or without the name).
    pub(crate) fn missing(&self, vm: &Interp, class: &Class, what: &str) -> PyErr {
        let prop = match &*self.name.borrow() {
            Some(n) => format!("property '{n}'"),
            None => "property".to_string(),
        };
        vm.error(
            ExcKind::AttributeError,
            format!("{prop} of '{}' object has no {what}", class.name),
        )
    }
}

/// `staticmethod(f)`.
pub struct StaticMethod(pub Value);

/// `classmethod(f)`.
pub struct ClassMethod(pub Value);

macro_rules! native_class {
    ($t:ty, $name:literal) => {
        impl Native for $t {
            fn class(&self, vm: &Interp) -> Rc<Class> {
                vm.other_class($name)
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
                self.0.trace(visit);
            }
            fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
                match name {
                    "__func__" | "__wrapped__" => Some(Ok(self.0.clone())),
                    "__isabstractmethod__" => {
                        Some(Ok(getattr(vm, &self.0, name).unwrap_or(Value::Bool(false))))
                    }
                    // Copied from the function, as `functools.wraps` would.
                    "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                        Some(getattr(vm, &self.0, name))
                    }
                    _ => None,
                }
            }
        }
    };
}

impl Native for Property {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("property")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.fget.trace(visit);
        self.fset.trace(visit);
        self.fdel.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "fget" => Some(Ok(self.fget.clone())),
            "fset" => Some(Ok(self.fset.clone())),
            "fdel" => Some(Ok(self.fdel.clone())),
            // An abstract getter makes the property abstract; its docstring is the property's.
            "__isabstractmethod__" | "__doc__" => Some(match &self.fget {
                Value::None => Ok(Value::None),
                f => Ok(getattr(vm, f, name).unwrap_or(Value::Bool(false))),
            }),
            _ => None,
        }
    }
}

native_class!(StaticMethod, "staticmethod");

native_class!(ClassMethod, "classmethod");

/// A `super()` object.
pub struct Super {
    /// The class whose MRO successor is searched.
    pub class: Rc<Class>,
    /// The bound object (an instance or a class).
    pub obj: Value,
    /// The type whose MRO is searched: `obj` itself when it is a subclass
    /// of `class` (a class-level `super()`), else its type (or what its
    /// `__class__` claims, for proxies), as CPython's `supercheck` finds.
    start: Rc<Class>,
}

impl Super {
    /// `super(class, obj)`, refused as CPython's `supercheck` refuses it
    /// when `obj` is neither a subclass of `class` nor an instance of one
    /// (nor claims to be one through `__class__`).
    pub fn make(vm: &Interp, class: Rc<Class>, obj: Value) -> PyResult<Value> {
        let start = match &obj {
            Value::Class(c) if c.is_subclass(&class) => Some(c.clone()),
            other => {
                let t = type_of(vm, other);
                if t.is_subclass(&class) {
                    Some(t)
                } else {
                    match crate::protocol::classes::getattr(vm, other, "__class__") {
                        Ok(Value::Class(c)) if c.is_subclass(&class) => Some(c),
                        _ => None,
                    }
                }
            }
        };
        let Some(start) = start else {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        };
        Ok(Value::native_tracked(Rc::new(Super { class, obj, start })))
    }

    /// What `name` is in the first namespace that has it on `start`'s MRO
    /// after `class` (unbound): what `super(class, obj).name` finds.
    #[inline]
    pub fn after(start: &Rc<Class>, class: &Rc<Class>, name: &str) -> Option<Value> {
        let mut after = start.mro_iter().skip_while(|c| !Rc::ptr_eq(c, class));
        after.next()?;
        after.find_map(|c| c.dict.borrow().get(name).cloned())
    }
}

impl Native for Super {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("super")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        visit(Edge::Class(&self.class));
        visit(Edge::Class(&self.start));
        self.obj.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        // A class-level `super()` (the start is the object itself) binds
        // to no instance.
        if let Some(v) = Super::after(&self.start, &self.class, name) {
            let class_level = matches!(&self.obj, Value::Class(c) if Rc::ptr_eq(c, &self.start));
            let instance = if class_level { None } else { Some(&self.obj) };
            return Some(bind(vm, v, instance, &self.start));
        }
        // Builtin behaviour of `object` and exception bases.
        if matches!(name, "__init__" | "__init_subclass__") {
            return Some(Ok(crate::object::value::builtin("__init__", |_, _| {
                Ok(Value::None)
            })));
        }
        if let Some(r) = builtin_base_method(vm, &self.obj, name) {
            return Some(Ok(r));
        }
        Some(Err(vm.error(
            ExcKind::AttributeError,
            format!("'super' object has no attribute '{name}'"),
        )))
    }
}

/// Methods that builtin bases provide to `super()` calls (`__repr__`,
/// `__str__`, `__eq__`, `__hash__`, ... of object).
pub(crate) fn builtin_base_method(vm: &Interp, obj: &Value, name: &str) -> Option<Value> {
    let f: crate::object::value::BuiltinFn = match name {
        "__repr__" => |vm, a| {
            Ok(Value::str(&crate::protocol::ops::default_repr(
                vm, &a.pos[0],
            )))
        },
        "__str__" => |vm, a| {
            if let Value::Instance(i) = &a.pos[0]
                && i.exc.is_some()
            {
                return Ok(Value::str(&crate::protocol::traceback::exception_str(
                    vm, &a.pos[0],
                )?));
            }
            Ok(Value::str(&crate::protocol::ops::default_repr(
                vm, &a.pos[0],
            )))
        },
        "__eq__" => |_, a| {
            Ok(if a.pos[0].is(&a.pos[1]) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            })
        },
        "__ne__" => |_, a| Ok(Value::Bool(!a.pos[0].is(&a.pos[1]))),
        "__hash__" => |_, a| Ok(Value::Int((a.pos[0].id() >> 4) as i64)),
        "__setattr__" => |vm, a| {
            if let [obj, Value::Str(n), v] = &a.pos[..] {
                set_instance_attr(vm, obj, n, v.clone())?;
            }
            Ok(Value::None)
        },
        "__getattribute__" => |vm, a| {
            if let [obj, Value::Str(n)] = &a.pos[..] {
                return generic_getattr(vm, obj, n);
            }
            Ok(Value::None)
        },
        "__new__" => object_new,
        _ => return None,
    };
    let func = crate::object::value::builtin(
        match name {
            "__repr__" => "__repr__",
            "__str__" => "__str__",
            "__eq__" => "__eq__",
            "__ne__" => "__ne__",
            "__hash__" => "__hash__",
            "__setattr__" => "__setattr__",
            "__getattribute__" => "__getattribute__",
            _ => "__new__",
        },
        f,
    );
    if name == "__new__" {
        return Some(func);
    }
    let _ = vm;
    Some(Value::bound(obj.clone(), func))
}

/// Binds a class attribute found for `instance` (or for the class itself).
pub fn bind(
    vm: &Interp,
    attr: Value,
    instance: Option<&Value>,
    owner: &Rc<Class>,
) -> PyResult<Value> {
    match &attr {
        Value::Function(_) => Ok(match instance {
            Some(obj) => Value::bound(obj.clone(), attr),
            None => attr,
        }),
        Value::Native(n) => {
            let any = n.as_any();
            if let Some(p) = any.downcast_ref::<Property>() {
                return match instance {
                    Some(obj) => {
                        if matches!(p.fget, Value::None) {
                            return Err(vm.error(ExcKind::AttributeError, "unreadable attribute"));
                        }
                        crate::protocol::call::call_self(vm, &p.fget, obj, Args::default())
                    }
                    None => Ok(attr),
                };
            }
            if let Some(s) = any.downcast_ref::<StaticMethod>() {
                return Ok(s.0.clone());
            }
            if any
                .downcast_ref::<crate::protocol::types::slot_wrapper::SlotWrapper>()
                .is_some()
            {
                return Ok(match instance {
                    Some(obj) => Value::bound(obj.clone(), attr),
                    None => attr,
                });
            }
            if let Some(g) = any.downcast_ref::<crate::protocol::types::slot_wrapper::GetSet>() {
                return match instance {
                    Some(obj) => (g.get)(vm, obj, g.name),
                    None => Ok(attr),
                };
            }
            if let Some(c) = any.downcast_ref::<ClassMethod>() {
                return Ok(Value::bound(Value::Class(owner.clone()), c.0.clone()));
            }
            Ok(attr)
        }
        Value::Builtin(b) if b.owner.is_some() => Ok(match instance {
            Some(obj) => Value::bound(obj.clone(), attr),
            None => attr,
        }),
        _ => Ok(attr),
    }
}

pub(crate) fn property_with(vm: &Interp, a: &Args, slot: usize) -> PyResult<Value> {
    let Some(p) = a.pos.first().and_then(|v| v.native::<Property>()) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[slot] = f;
    let [fget, fset, fdel] = parts;
    Ok(Value::native_tracked(Rc::new(Property::new(
        fget, fset, fdel,
    ))))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub(crate) fn property_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, bind};
    const SIG: Sig =
        Sig::function("property", Style::Kw, 0, 0).named(&["fget", "fset", "fdel", "doc"], 0);
    let (_, v) = bind(vm, args, &SIG)?;
    let p = |i: usize| v[i].clone().unwrap_or(Value::None);
    Ok(Value::native_tracked(Rc::new(Property::new(
        p(0),
        p(1),
        p(2),
    ))))
}

/// `staticmethod(function)`.
pub(crate) fn staticmethod_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check};
    const SIG: Sig = Sig::function("staticmethod", Style::Clinic, 1, 1);
    check(vm, &args, &SIG)?;
    Ok(Value::native_tracked(Rc::new(StaticMethod(
        args.pos[0].clone(),
    ))))
}

/// `classmethod(function)`.
pub(crate) fn classmethod_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check};
    const SIG: Sig = Sig::function("classmethod", Style::Clinic, 1, 1);
    check(vm, &args, &SIG)?;
    Ok(Value::native_tracked(Rc::new(ClassMethod(
        args.pos[0].clone(),
    ))))
}

/// `super(type, obj)` (the evaluator supplies both for `super()`).
pub(crate) fn super_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check, check_count};
    let n = args.pos.len();
    // `_PyArg_NoKwnames("super")`, then `_PyArg_CheckPositional("super()")`.
    const KW: Sig = Sig::function("super", Style::Legacy, 0, usize::MAX);
    const COUNT: Sig = Sig::function("super()", Style::Clinic, 0, 2);
    check(vm, &args, &KW)?;
    check_count(vm, n, &COUNT)?;
    let (Some(Value::Class(c)), Some(obj)) = (args.pos.first().cloned(), args.pos.get(1).cloned())
    else {
        return Err(vm.error(ExcKind::RuntimeError, "super(): no arguments"));
    };
    Super::make(vm, c, obj)
}
