//! Classes at run time: C3 linearization, class creation, instantiation,
//! attribute lookup with descriptors (functions, property, staticmethod,
//! classmethod), `super()`, and dunder dispatch for user classes.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, ExcData, Instance, Layout, Namespace, namespace};
use crate::object::value::{Args, Native, Value};
use crate::protocol::ops::{type_name, type_of};
use crate::{Interp, PyErr, PyResult};

pub use crate::object::model::{linearize, merge_mro};

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
    let has_property = ns
        .borrow()
        .values()
        .any(|v| v.native::<Property>().is_some() || descriptor_kind(v) == Some(true));
    let has_setattr = ns.borrow().contains_key("__setattr__");
    let module: Rc<str> = match ns.borrow().get("__module__") {
        Some(Value::Str(m)) => m.clone(),
        _ => Rc::from(module),
    };
    Ok(Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(qualname),
        module,
        bases: base_classes,
        mro,
        dict: ns,
        layout,
        builtin: false,
        marker: Cell::new(
            if has_property { HAS_DATA_DESCRIPTOR } else { 0 }
                | if has_setattr { HAS_SETATTR } else { 0 },
        ),
        metaclass: std::cell::RefCell::new(None),
    }))
}

/// `Class::marker` bit: the class's namespace holds a property or another
/// data descriptor, so instance attribute lookups (of it and its
/// subclasses) must consult the class before the instance dict.
pub const HAS_DATA_DESCRIPTOR: u8 = 1;

/// `Class::marker` bit: the class defines `__setattr__`, so attribute stores
/// on it and its subclasses must look for it (the common case skips that).
pub const HAS_SETATTR: u8 = 2;

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

/// Calls `descr.__get__(obj, owner)`.
fn descriptor_get(
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
    fn missing(&self, vm: &Interp, class: &Class, what: &str) -> PyErr {
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

/// The `Class::marker` bits of a class and its whole MRO: a hook added to a
/// base after a subclass was created still counts.
pub fn mro_marker(class: &Rc<Class>) -> u8 {
    class.mro_iter().fold(0, |m, c| m | c.marker.get())
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
        }
    };
}
impl Native for Property {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("property")
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
}

impl Native for Super {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("super")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        // As CPython's super: a class that subclasses the method's class is
        // the start itself (class-level call); anything else, including a
        // class seen from its metaclass, is an instance of its type.
        let class_level = matches!(&self.obj, Value::Class(c) if c.is_subclass(&self.class));
        let start_type = match &self.obj {
            Value::Class(c) if class_level => c.clone(),
            other => type_of(vm, other),
        };
        let mut seen = false;
        for c in start_type.mro_iter() {
            if seen {
                let found = c.dict.borrow().get(name).cloned();
                if let Some(v) = found {
                    let instance = if class_level { None } else { Some(&self.obj) };
                    return Some(bind(vm, v, instance, &start_type));
                }
            } else if Rc::ptr_eq(c, &self.class) {
                seen = true;
            }
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
fn builtin_base_method(vm: &Interp, obj: &Value, name: &str) -> Option<Value> {
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
                return getattr(vm, obj, n);
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
    Some(Value::Method(Rc::new((obj.clone(), func))))
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
            Some(obj) => Value::Method(Rc::new((obj.clone(), attr))),
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
                        crate::protocol::call::call(vm, &p.fget, Args::new(vec![obj.clone()]))
                    }
                    None => Ok(attr),
                };
            }
            if let Some(s) = any.downcast_ref::<StaticMethod>() {
                return Ok(s.0.clone());
            }
            if let Some(c) = any.downcast_ref::<ClassMethod>() {
                return Ok(Value::Method(Rc::new((
                    Value::Class(owner.clone()),
                    c.0.clone(),
                ))));
            }
            Ok(attr)
        }
        Value::Builtin(b) if b.owner.is_some() => Ok(match instance {
            Some(obj) => Value::Method(Rc::new((obj.clone(), attr))),
            None => attr,
        }),
        _ => Ok(attr),
    }
}

/// Calls a dunder defined by a user class on `obj`'s type; `None` when the
/// type doesn't define it (builtin behaviour applies).
pub fn call_dunder(
    vm: &Interp,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
) -> PyResult<Option<Value>> {
    let class = match obj {
        Value::Instance(i) => i.class.clone(),
        Value::Native(_) => type_of(vm, obj),
        Value::Class(c) => match c.metaclass.borrow().clone() {
            Some(m) => m,
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    // Natives implement their protocols with builtin methods in their class;
    // for every other value the runtime handles builtin behaviour itself.
    let native = matches!(obj, Value::Native(_));
    for c in class.mro_iter() {
        if c.builtin && (!native || Rc::ptr_eq(c, &vm.types.object)) {
            continue;
        }
        let found = c.dict.borrow().get(name).cloned();
        if let Some(f) = found {
            if let Value::Function(func) = &f {
                let mut pos = Vec::with_capacity(args.len() + 1);
                pos.push(obj.clone());
                pos.extend(args);
                return vm.call_function(func, Args::new(pos)).map(Some);
            }
            let bound = bind(vm, f, Some(obj), &class)?;
            return crate::protocol::call::call(vm, &bound, Args::new(args)).map(Some);
        }
    }
    Ok(None)
}

/// True when a user class in `obj`'s MRO defines `name`.
pub fn has_dunder(vm: &Interp, obj: &Value, name: &str) -> bool {
    match obj {
        Value::Instance(i) => i
            .class
            .mro_iter()
            .any(|c| !c.builtin && c.dict.borrow().contains_key(name)),
        Value::Native(_) => type_of(vm, obj)
            .mro_iter()
            .any(|c| !c.builtin && c.dict.borrow().contains_key(name)),
        _ => false,
    }
}

/// A bare instance of `class` (no `__init__` call).
/// `base.__new__(class, *args)` for the builtin base of `class`: a new
/// instance, carrying the builtin value when the base is a builtin type.
/// Mutable bases (list, dict, ...) are filled by `__init__`, so when the
/// class defines one (`init_fills`) their payload starts empty, as in CPython.
fn builtin_new(vm: &Interp, class: &Rc<Class>, args: &Args, init_fills: bool) -> PyResult<Value> {
    let obj = new_instance(vm, class, &args.pos);
    if class.layout == Layout::Builtin
        && let Some(base) = class.builtin_base()
        && !Rc::ptr_eq(base, &vm.types.object)
    {
        let t = &vm.types;
        let immutable = [
            &t.str_,
            &t.int,
            &t.float,
            &t.tuple,
            &t.bytes,
            &t.frozenset,
            &t.bool_,
        ]
        .into_iter()
        .any(|c| Rc::ptr_eq(c, base));
        let payload_args = if init_fills && !immutable {
            Args::default()
        } else {
            Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            }
        };
        let payload = crate::protocol::types::construct::construct(vm, base, payload_args)?;
        if let Value::Instance(i) = &obj {
            *i.payload.borrow_mut() = Some(payload);
        }
    }
    Ok(obj)
}

/// `object.__new__(cls, *args)` (also what `str.__new__` etc. resolve to).
fn object_new(vm: &Interp, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Class(c)) => {
            let args = Args {
                pos: a.pos[1..].to_vec(),
                kw: a.kw.clone(),
            };
            builtin_new(vm, c, &args, false)
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

/// A bare instance of `class` (no payload, no `__init__`).
pub fn new_instance(vm: &Interp, class: &Rc<Class>, args: &[Value]) -> Value {
    let exc = (class.layout == Layout::Exception).then(|| {
        RefCell::new(ExcData {
            args: args.to_vec(),
            ..ExcData::default()
        })
    });
    let _ = vm;
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        dict: namespace(),
        exc,
        payload: RefCell::new(None),
        hash_seq: std::cell::Cell::new(0),
        dict_view: RefCell::new(crate::object::model::no_dict_view()),
    }))
}

/// Calls a class: `__new__` then `__init__`.
pub fn instantiate(vm: &Interp, class: &Rc<Class>, args: Args) -> PyResult<Value> {
    if class.builtin {
        return crate::protocol::types::construct::construct(vm, class, args);
    }
    if class.is_subclass(&vm.types.type_) {
        // Calling a metaclass: Meta(name, bases, namespace).
        let [name, bases, ns] = &args.pos[..] else {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        };
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
        return create_with_metaclass(vm, class, &name, &name, "__main__", bases, table, args.kw);
    }
    let user_new = class
        .mro_iter()
        .find(|c| !c.builtin && c.dict.borrow().contains_key("__new__"))
        .cloned();
    let obj = match user_new {
        Some(owner) => {
            let new = owner
                .dict
                .borrow()
                .get("__new__")
                .cloned()
                .unwrap_or(Value::None);
            let new = match new.native::<StaticMethod>() {
                Some(s) => s.0.clone(),
                None => new,
            };
            let mut pos = vec![Value::Class(class.clone())];
            pos.extend(args.pos.iter().cloned());
            let obj = crate::protocol::call::call(
                vm,
                &new,
                Args {
                    pos,
                    kw: args.kw.clone(),
                },
            )?;
            if !crate::protocol::types::construct::isinstance_class(vm, &obj, class) {
                return Ok(obj);
            }
            obj
        }
        None => {
            let has_init = class
                .mro_iter()
                .any(|c| !c.builtin && c.dict.borrow().contains_key("__init__"));
            builtin_new(vm, class, &args, has_init)?
        }
    };
    let init = class
        .mro_iter()
        .find(|c| !c.builtin && c.dict.borrow().contains_key("__init__"))
        .cloned();
    match init {
        Some(owner) => {
            let f = owner
                .dict
                .borrow()
                .get("__init__")
                .cloned()
                .unwrap_or(Value::None);
            let r = match &f {
                Value::Function(func) => {
                    let mut args = args;
                    args.pos.insert(0, obj.clone());
                    vm.call_function(func, args)?
                }
                _ => {
                    let bound = bind(vm, f, Some(&obj), class)?;
                    crate::protocol::call::call(vm, &bound, args)?
                }
            };
            if !matches!(r, Value::None) {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(vm, &r)
                )));
            }
        }
        None => {
            if class.layout == Layout::Object
                && (!args.pos.is_empty() || !args.kw.is_empty())
                && !class
                    .mro_iter()
                    .any(|c| !c.builtin && c.dict.borrow().contains_key("__new__"))
            {
                return Err(vm.type_error(format!("{}() takes no arguments", class.name)));
            }
        }
    }
    Ok(obj)
}

#[cold]
fn no_attribute(vm: &Interp, obj: &Value, name: &str) -> PyErr {
    let msg = match obj {
        Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
        Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
        other => format!(
            "'{}' object has no attribute '{name}'",
            type_name(vm, other)
        ),
    };
    let e = vm.error(ExcKind::AttributeError, msg);
    if let Value::Instance(i) = &e.0 {
        i.dict
            .borrow_mut()
            .insert(Rc::from("name"), Value::str(name));
        i.dict.borrow_mut().insert(Rc::from("obj"), obj.clone());
    }
    e
}

/// `getattr(obj, name)`.
pub fn getattr(vm: &Interp, obj: &Value, name: &str) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) => {
            let class = &inst.class;
            let hash = crate::object::model::name_hash(name);
            // Without data descriptors on the class the instance dict wins
            // outright, and a miss here need not be repeated below.
            let dict_first = mro_marker(class) & HAS_DATA_DESCRIPTOR == 0;
            if dict_first
                && let Some(v) = crate::object::model::get_hashed(&inst.dict.borrow(), name, hash)
            {
                return Ok(v.clone());
            }
            let class_attr = class.lookup_hashed(name, hash);
            if let Some(attr) = &class_attr {
                if attr.native::<Property>().is_some() {
                    return match bind(vm, attr.clone(), Some(obj), class) {
                        // A property raising AttributeError falls back to __getattr__.
                        Err(e) if e.matches(vm, ExcKind::AttributeError) => {
                            match class.lookup("__getattr__") {
                                Some(ga) => {
                                    let bound = bind(vm, ga, Some(obj), class)?;
                                    crate::protocol::call::call(
                                        vm,
                                        &bound,
                                        Args::new(vec![Value::str(name)]),
                                    )
                                }
                                None => Err(e),
                            }
                        }
                        other => other,
                    };
                }
                if descriptor_kind(attr) == Some(true) {
                    return descriptor_get(vm, attr, Some(obj), class);
                }
            }
            if !dict_first
                && let Some(v) = crate::object::model::get_hashed(&inst.dict.borrow(), name, hash)
            {
                return Ok(v.clone());
            }
            if let Some(attr) = class_attr {
                if descriptor_kind(&attr).is_some() {
                    return descriptor_get(vm, &attr, Some(obj), class);
                }
                return bind(vm, attr, Some(obj), class);
            }
            if let Some(v) =
                crate::protocol::types::construct::special_instance_attr(vm, inst, obj, name)?
            {
                return Ok(v);
            }
            if let Some(ga) = class.lookup("__getattr__") {
                let bound = bind(vm, ga, Some(obj), class)?;
                return crate::protocol::call::call(vm, &bound, Args::new(vec![Value::str(name)]));
            }
            Err(no_attribute(vm, obj, name))
        }
        Value::Class(c) => {
            if name == "__doc__" {
                // Docstrings are not inherited.
                return Ok(c
                    .dict
                    .borrow()
                    .get("__doc__")
                    .cloned()
                    .unwrap_or(Value::None));
            }
            if let Some(attr) = c.lookup(name) {
                if descriptor_kind(&attr).is_some() {
                    return descriptor_get(vm, &attr, None, c);
                }
                return bind(vm, attr, None, c);
            }
            if let Some(v) = crate::protocol::types::construct::special_class_attr(vm, c, name) {
                return Ok(v);
            }
            // Methods and properties of a user metaclass apply to its classes.
            let meta = c.metaclass.borrow().clone();
            if let Some(meta) = meta
                && let Some(attr) = meta.lookup(name)
            {
                return bind(vm, attr, Some(obj), &meta);
            }
            Err(no_attribute(vm, obj, name))
        }
        Value::Module(m) => {
            if let Some(v) = m.globals.borrow().get(name) {
                return Ok(v.clone());
            }
            if name == "__dict__" {
                return Ok(crate::protocol::types::construct::namespace_dict(
                    vm, &m.globals,
                ));
            }
            Err(no_attribute(vm, obj, name))
        }
        Value::Native(n) => {
            if let Some(r) = n.get_attr(vm, name) {
                return r;
            }
            let class = n.class(vm);
            if let Some(attr) = class.lookup(name) {
                return bind(vm, attr, Some(obj), &class);
            }
            if name == "__class__" {
                return Ok(Value::Class(class));
            }
            if n.is_iterator() {
                // Builtin iterators expose the protocol methods too.
                match name {
                    "__next__" => {
                        let f = crate::object::value::method("iterator", "__next__", |vm, a| {
                            match crate::protocol::iter::next_of(vm, &a.pos[0])? {
                                Some(v) => Ok(v),
                                None => Err(crate::PyErr(
                                    vm.new_exception(&vm.exc_class(ExcKind::StopIteration), vec![]),
                                )),
                            }
                        });
                        return Ok(Value::Method(Rc::new((obj.clone(), f))));
                    }
                    "__iter__" => {
                        let f = crate::object::value::method("iterator", "__iter__", |_, a| {
                            Ok(a.pos[0].clone())
                        });
                        return Ok(Value::Method(Rc::new((obj.clone(), f))));
                    }
                    _ => {}
                }
            }
            Err(no_attribute(vm, obj, name))
        }
        _ => {
            let class = type_of(vm, obj);
            if let Some(attr) = class.lookup(name) {
                return bind(vm, attr, Some(obj), &class);
            }
            if let Some(v) = crate::protocol::types::construct::special_value_attr(vm, obj, name)? {
                return Ok(v);
            }
            Err(no_attribute(vm, obj, name))
        }
    }
}

/// Sets an attribute on an instance, honouring property setters.
pub fn set_instance_attr(vm: &Interp, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    let Value::Instance(inst) = obj else {
        return setattr(vm, obj, name, value);
    };
    // Only classes marked as holding data descriptors can intercept the store.
    let class_attr = if mro_marker(&inst.class) & HAS_DATA_DESCRIPTOR != 0 {
        inst.class.lookup(name)
    } else {
        None
    };
    if let Some(attr) = &class_attr
        && descriptor_kind(attr) == Some(true)
    {
        if call_dunder(vm, attr, "__set__", vec![obj.clone(), value])?.is_none() {
            return Err(vm.error(ExcKind::AttributeError, "__set__"));
        }
        return Ok(());
    }
    if let Some(attr) = &class_attr
        && let Some(p) = attr.native::<Property>()
    {
        if matches!(p.fset, Value::None) {
            return Err(p.missing(vm, &inst.class, "setter"));
        }
        crate::protocol::call::call(vm, &p.fset, Args::new(vec![obj.clone(), value]))?;
        return Ok(());
    }
    if let Some(allowed) = slot_names(&inst.class)
        && !allowed.iter().any(|s| &**s == name)
        && inst.exc.is_none()
    {
        return Err(vm.error(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", inst.class.name),
        ));
    }
    if let Some(exc) = &inst.exc {
        match name {
            "__cause__" => {
                let mut e = exc.borrow_mut();
                e.cause = (!matches!(value, Value::None)).then_some(value);
                e.suppress_context = true;
                return Ok(());
            }
            "__context__" => {
                exc.borrow_mut().context = (!matches!(value, Value::None)).then_some(value);
                return Ok(());
            }
            "__suppress_context__" => {
                exc.borrow_mut().suppress_context = crate::protocol::ops::truthy(vm, &value)?;
                return Ok(());
            }
            "args" => {
                exc.borrow_mut().args = crate::protocol::iter::collect(vm, &value)?;
                return Ok(());
            }
            _ => {}
        }
    }
    // Rebinding an existing attribute must not allocate a new key.
    let mut dict = inst.dict.borrow_mut();
    match dict.get_mut(name) {
        Some(slot) => *slot = value,
        None => {
            dict.insert(Rc::from(name), value);
        }
    }
    Ok(())
}

/// The attribute names `__slots__` allows, or `None` when instances have a
/// `__dict__` (some class in the MRO has no `__slots__`, or lists `__dict__`).
fn slot_names(class: &Rc<Class>) -> Option<Vec<Rc<str>>> {
    let mut names = Vec::new();
    for c in class.mro_iter() {
        if c.builtin {
            continue;
        }
        let slots = c.dict.borrow().get("__slots__").cloned()?;
        let items = match slots {
            Value::Str(s) => vec![s],
            Value::Tuple(t) => t
                .iter()
                .filter_map(|v| {
                    if let Value::Str(s) = v {
                        Some(s.clone())
                    } else {
                        None
                    }
                })
                .collect(),
            Value::List(l) => l
                .borrow()
                .iter()
                .filter_map(|v| {
                    if let Value::Str(s) = v {
                        Some(s.clone())
                    } else {
                        None
                    }
                })
                .collect(),
            _ => return None,
        };
        if items.iter().any(|s| &**s == "__dict__") {
            return None;
        }
        names.extend(items);
    }
    Some(names)
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &Interp, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match obj {
        Value::Instance(inst) => {
            if mro_marker(&inst.class) & HAS_SETATTR != 0
                && let Some(f) = inst.class.lookup("__setattr__")
                && matches!(f, Value::Function(_))
            {
                let bound = bind(vm, f, Some(obj), &inst.class)?;
                crate::protocol::call::call(vm, &bound, Args::new(vec![Value::str(name), value]))?;
                return Ok(());
            }
            set_instance_attr(vm, obj, name, value)
        }
        Value::Class(c) if !c.builtin => {
            if value.native::<Property>().is_some() || descriptor_kind(&value) == Some(true) {
                c.marker.set(c.marker.get() | HAS_DATA_DESCRIPTOR);
            }
            if name == "__setattr__" {
                c.marker.set(c.marker.get() | HAS_SETATTR);
            }
            c.dict.borrow_mut().insert(Rc::from(name), value);
            Ok(())
        }
        Value::Function(f) => {
            match name {
                "__name__" => *f.name.borrow_mut() = crate::protocol::ops::to_str_rc(vm, &value)?,
                "__qualname__" => {
                    *f.qualname.borrow_mut() = crate::protocol::ops::to_str_rc(vm, &value)?
                }
                _ => {
                    f.dict.borrow_mut().insert(Rc::from(name), value);
                }
            }
            Ok(())
        }
        Value::Module(m) => {
            m.globals.borrow_mut().insert(Rc::from(name), value);
            Ok(())
        }
        Value::Class(c) => Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            c.name
        ))),
        other => {
            if let Value::Native(n) = other
                && let Some(d) = crate::protocol::types::construct::native_dict(n.as_ref())
            {
                d.borrow_mut().insert(Rc::from(name), value);
                return Ok(());
            }
            let class = type_of(vm, other);
            if class.lookup(name).is_some() {
                Err(vm.error(
                    ExcKind::AttributeError,
                    format!("'{}' object attribute '{name}' is read-only", class.name),
                ))
            } else {
                Err(vm.error(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute '{name}'", class.name),
                ))
            }
        }
    }
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &Interp, obj: &Value, name: &str) -> PyResult<()> {
    if let Value::Instance(inst) = obj
        && let Some(f) = inst.class.lookup("__delattr__")
        && matches!(f, Value::Function(_))
    {
        let bound = bind(vm, f, Some(obj), &inst.class)?;
        crate::protocol::call::call(vm, &bound, Args::new(vec![Value::str(name)]))?;
        return Ok(());
    }
    generic_delattr(vm, obj, name)
}

/// `object.__delattr__`: deletion without the class's `__delattr__` hook.
fn generic_delattr(vm: &Interp, obj: &Value, name: &str) -> PyResult<()> {
    let removed = match obj {
        Value::Instance(inst) => {
            if let Some(attr) = inst.class.lookup(name)
                && let Some(p) = attr.native::<Property>()
            {
                if matches!(p.fdel, Value::None) {
                    return Err(p.missing(vm, &inst.class, "deleter"));
                }
                crate::protocol::call::call(vm, &p.fdel, Args::new(vec![obj.clone()]))?;
                return Ok(());
            }
            inst.dict.borrow_mut().shift_remove(name).is_some()
        }
        Value::Class(c) if !c.builtin => c.dict.borrow_mut().shift_remove(name).is_some(),
        Value::Module(m) => m.globals.borrow_mut().shift_remove(name).is_some(),
        Value::Function(f) => f.dict.borrow_mut().shift_remove(name).is_some(),
        _ => false,
    };
    if removed {
        Ok(())
    } else {
        Err(no_attribute(vm, obj, name))
    }
}

/// `obj.name(*args)` without allocating a bound method when possible.
pub fn call_method(vm: &Interp, obj: &Value, name: &str, mut args: Args) -> PyResult<Value> {
    if let Value::Instance(inst) = obj {
        if !inst.dict.borrow().contains_key(name)
            && let Some(attr) = inst.class.lookup(name)
            && matches!(attr, Value::Function(_))
        {
            args.pos.insert(0, obj.clone());
            return crate::protocol::call::call(vm, &attr, args);
        }
    } else if !matches!(obj, Value::Class(_) | Value::Module(_) | Value::Native(_)) {
        let class = type_of(vm, obj);
        if let Some(Value::Builtin(b)) = class.lookup(name) {
            args.pos.insert(0, obj.clone());
            return (b.func)(vm, args);
        }
    }
    let f = getattr(vm, obj, name)?;
    crate::protocol::call::call(vm, &f, args)
}

fn property_with(vm: &Interp, a: &Args, slot: usize) -> PyResult<Value> {
    let Some(p) = a.pos.first().and_then(|v| v.native::<Property>()) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[slot] = f;
    let [fget, fset, fdel] = parts;
    Ok(Value::Native(Rc::new(Property::new(fget, fset, fdel))))
}

/// Registers the methods of `property` and `object`.
pub fn install(vm: &Interp) {
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
                Err(vm.type_error("__setattr__ expected 3 arguments"))
            }),
            ("__getattribute__", |vm, a| {
                if let [obj, Value::Str(n)] = &a.pos[..] {
                    return getattr(vm, obj, n);
                }
                Err(vm.type_error("__getattribute__ expected 2 arguments"))
            }),
            ("__delattr__", |vm, a| {
                if let [obj, Value::Str(n)] = &a.pos[..] {
                    generic_delattr(vm, obj, n)?;
                    return Ok(Value::None);
                }
                Err(vm.type_error("__delattr__ expected 2 arguments"))
            }),
            ("__repr__", |vm, a| {
                Ok(Value::str(&crate::protocol::ops::default_repr(
                    vm, &a.pos[0],
                )))
            }),
            ("__str__", |vm, a| {
                Ok(Value::str(&crate::protocol::ops::to_str(vm, &a.pos[0])?))
            }),
            ("__eq__", |_, a| {
                Ok(if a.pos[0].is(&a.pos[1]) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__ne__", |_, a| {
                Ok(if a.pos[0].is(&a.pos[1]) {
                    Value::Bool(false)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__hash__", |_, a| {
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
    let ns_dict = crate::protocol::types::construct::namespace_dict(vm, &ns);
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

/// `type.__new__(mcs, name, bases, namespace)`.
fn type_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let [Value::Class(mcs), name, bases, ns] = &a.pos[..] else {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    };
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
        _ => "__main__".to_string(),
    };
    let qualname = match table.borrow().get("__qualname__") {
        Some(Value::Str(q)) => q.to_string(),
        _ => name.clone(),
    };
    let c = build_class(vm, &name, &qualname, &module, bases, table)?;
    if !Rc::ptr_eq(mcs, &vm.types.type_) {
        *c.metaclass.borrow_mut() = Some(mcs.clone());
    }
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
