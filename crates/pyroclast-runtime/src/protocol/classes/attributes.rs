//! Attribute access: `getattr`, `setattr` and `delattr` with descriptors,
//! `__getattr__`/`__getattribute__`/`__setattr__` hooks and `__slots__`, and
//! method calls that skip building a bound method.

use super::*;
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, QualNames};
use crate::object::value::{Args, Value};
use crate::protocol::ops::{type_name, type_of};
use crate::{Interp, PyErr, PyResult};
use std::rc::Rc;

/// True for a module whose code is running (its `__spec__._initializing`),
/// read without running any Python code.
fn initializing(module: &Value) -> bool {
    let Value::Module(m) = module else {
        return false;
    };
    let spec = m.globals.borrow().get("__spec__").cloned();
    match spec {
        Some(Value::Instance(i)) => matches!(
            i.dict.borrow().get("_initializing"),
            Some(Value::Bool(true))
        ),
        _ => false,
    }
}

#[cold]
pub(crate) fn no_attribute(vm: &Interp, obj: &Value, name: &str) -> PyErr {
    let msg = match obj {
        Value::Class(c) => format!(
            "type object '{}' has no attribute '{name}'",
            crate::protocol::ops::tp_name(c)
        ),
        Value::Module(m) => {
            // CPython's `module_getattro`: a circular import shows as a
            // submodule or module still being initialised.
            let sub = vm.modules.get(vm, &format!("{}.{name}", m.name));
            if sub.as_ref().is_some_and(initializing) {
                format!(
                    "cannot access submodule '{name}' of module '{}' \
                     (most likely due to a circular import)",
                    m.name
                )
            } else if initializing(obj) {
                format!(
                    "partially initialized module '{}' has no attribute '{name}' \
                     (most likely due to a circular import)",
                    m.name
                )
            } else {
                format!("module '{}' has no attribute '{name}'", m.name)
            }
        }
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
    if let Value::Instance(inst) = obj
        && mro_marker(&inst.class) & HAS_GETATTRIBUTE != 0
    {
        return hooked_getattr(vm, obj, &inst.class, name);
    }
    generic_getattr(vm, obj, name)
}

/// `Attribute::hint` of a site whose name was last not in the instance dict.
const NOT_IN_DICT: u32 = u32::MAX;

/// `getattr(obj, name)` at an attribute site of the code: instances built
/// by the same `__init__` keep their attributes at the same dict indexes,
/// so the site remembers where it last found the name and checks that key
/// before hashing (the pointer test settles it: the lexer interns names).
#[inline]
pub fn getattr_at(
    vm: &Interp,
    obj: &Value,
    name: &str,
    site: &pyroclast_syntax::ast::SiteCache,
) -> PyResult<Value> {
    let Value::Instance(inst) = obj else {
        return getattr(vm, obj, name);
    };
    let hint = site.index.get();
    if hint != NOT_IN_DICT
        && dict_decides_at(&inst.class, site, HAS_GETATTRIBUTE)
        && let Some((k, v)) = inst.dict.borrow().get_index(hint as usize)
        && crate::object::model::same_name(k, name)
    {
        // What `generic_getattr` finds first for such classes.
        return Ok(v.clone());
    }
    instance_getattr_at(vm, obj, inst, name, site)
}

/// None of the marker bits `hooks` on `class`'s MRO, and the site's name
/// is no data descriptor of it: none in the class at all, or none as the
/// site last checked under the class's current version tag (the check
/// [`no_data_descriptor_at`] records), so the instance dict answers for
/// a read (`hooks`: `__getattribute__`) or takes a store (`__setattr__`,
/// `__slots__`).
#[inline(always)]
fn dict_decides_at(class: &Rc<Class>, site: &pyroclast_syntax::ast::SiteCache, hooks: u8) -> bool {
    let marker = mro_marker(class);
    if marker & (hooks | HAS_DATA_DESCRIPTOR) == 0 {
        return true;
    }
    marker & hooks == 0 && tag_vouches(class, site)
}

/// The site checked its name is no data descriptor of `class` under the
/// class's current version tag.
#[inline(always)]
fn tag_vouches(class: &Rc<Class>, site: &pyroclast_syntax::ast::SiteCache) -> bool {
    let tag = class.tag.get();
    tag != 0 && site.tags.iter().any(|t| t.get() == tag)
}

/// [`getattr_at`] past the site's first guess.
#[inline(never)]
fn instance_getattr_at(
    vm: &Interp,
    obj: &Value,
    inst: &Rc<crate::object::model::Instance>,
    name: &str,
    site: &pyroclast_syntax::ast::SiteCache,
) -> PyResult<Value> {
    if mro_marker(&inst.class) & HAS_GETATTRIBUTE != 0 {
        return hooked_getattr(vm, obj, &inst.class, name);
    }
    let hash = crate::object::model::site_hash(site, name);
    if site.index.get() != NOT_IN_DICT
        && (mro_marker(&inst.class) & HAS_DATA_DESCRIPTOR == 0
            || no_data_descriptor_at(&inst.class, name, site))
    {
        if let Some(v) = dict_get(&inst.dict.borrow(), name, hash, Some(&site.index)) {
            return Ok(v);
        }
        // Methods and class attributes: this site goes the general way.
        site.index.set(NOT_IN_DICT);
    }
    instance_getattr(vm, obj, inst, name, hash, Some(site))
}

/// For a class holding data descriptors: `name` is none of them, so the
/// instance dict comes first. The site remembers that under the class's
/// version tag (`self._w` beside properties costs no class lookup); a
/// site that finds a data descriptor goes the general way from then on.
#[inline]
fn no_data_descriptor_at(
    class: &Rc<Class>,
    name: &str,
    site: &pyroclast_syntax::ast::SiteCache,
) -> bool {
    if tag_vouches(class, site) {
        return true;
    }
    let tag = class.tag.get();
    if class.lookup(name).is_some_and(|a| is_data_descriptor(&a)) {
        site.index.set(NOT_IN_DICT);
        return false;
    }
    site.tags[1].set(site.tags[0].replace(tag));
    true
}

/// `name` in an instance dict, given its hash; `hint` (a site's) is the
/// index checked first and updated when the name is found elsewhere.
#[inline(always)]
fn dict_get(
    dict: &crate::object::class_dict::NsMap,
    name: &str,
    hash: u64,
    hint: Option<&std::cell::Cell<u32>>,
) -> Option<Value> {
    let at = hint.map_or(usize::MAX, |h| h.get() as usize);
    let (i, v) = crate::object::model::find_hinted(dict, name, at, || hash)?;
    if let Some(h) = hint
        && i != at
    {
        h.set(u32::try_from(i).unwrap_or(NOT_IN_DICT));
    }
    Some(v.clone())
}

/// `getattr` through a user `__getattribute__`, then `__getattr__` when it
/// raises AttributeError.
#[cold]
fn hooked_getattr(vm: &Interp, obj: &Value, class: &Rc<Class>, name: &str) -> PyResult<Value> {
    let hook = class
        .mro_iter()
        .find(|c| !c.builtin && c.dict.borrow().contains_key("__getattribute__"))
        .and_then(|c| c.dict.borrow().get("__getattribute__").cloned());
    let Some(hook) = hook else {
        return generic_getattr(vm, obj, name);
    };
    let bound = bind_special(vm, hook, obj, class)?;
    match crate::protocol::call::call(vm, &bound, Args::new(vec![Value::str(name)])) {
        Err(e) if e.matches(vm, ExcKind::AttributeError) => match class.lookup("__getattr__") {
            Some(ga) => call_getattr(vm, ga, obj, class, name),
            None => Err(e),
        },
        other => other,
    }
}

/// `type(obj).__getattr__(obj, name)`.
fn call_getattr(
    vm: &Interp,
    ga: Value,
    obj: &Value,
    class: &Rc<Class>,
    name: &str,
) -> PyResult<Value> {
    let bound = bind_special(vm, ga, obj, class)?;
    crate::protocol::call::call(vm, &bound, Args::new(vec![Value::str(name)]))
}

/// `object.__getattribute__(obj, name)`: descriptors, the instance dict,
/// the class, then `__getattr__`.
pub fn generic_getattr(vm: &Interp, obj: &Value, name: &str) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) => instance_getattr(
            vm,
            obj,
            inst,
            name,
            crate::object::model::name_hash(name),
            None,
        ),
        Value::Class(c) => {
            // A class's own name, never a base's (type's getsets in CPython;
            // a class body leaves `__qualname__` in its namespace here).
            if matches!(name, "__name__" | "__qualname__") {
                let own = c.dict.borrow().get(name).cloned();
                return Ok(own.unwrap_or_else(|| {
                    Value::Str(if name == "__name__" {
                        c.name.clone()
                    } else {
                        c.qualname.clone()
                    })
                }));
            }
            if name == "__class__" {
                // `type`'s data descriptor wins over `object.__class__`.
                return Ok(Value::Class(type_of(vm, obj)));
            }
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
            // Methods and properties of the metaclass apply to its classes
            // (`int.__call__` is `type.__call__` bound to `int`).
            let meta = c
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.types.type_.clone());
            if let Some(attr) = meta.lookup(name) {
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
                    vm,
                    &m.globals.borrow(),
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
                        return Ok(Value::bound(obj.clone(), f));
                    }
                    "__iter__" => {
                        let f = crate::object::value::method("iterator", "__iter__", |_, a| {
                            Ok(a.pos[0].clone())
                        });
                        return Ok(Value::bound(obj.clone(), f));
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

/// `generic_getattr` of an instance, given the name's hash (and a site's
/// dict-index hint).
fn instance_getattr(
    vm: &Interp,
    obj: &Value,
    inst: &Rc<crate::object::model::Instance>,
    name: &str,
    hash: u64,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
) -> PyResult<Value> {
    let class = &inst.class;
    let hint = site.map(|s| &s.index);
    // Without data descriptors on the class the instance dict wins
    // outright, and a miss here need not be repeated below.
    let dict_first = mro_marker(class) & HAS_DATA_DESCRIPTOR == 0;
    if dict_first && let Some(v) = dict_get(&inst.dict.borrow(), name, hash, hint) {
        return Ok(v);
    }
    let class_attr = match site {
        Some(site) => crate::object::class_dict::lookup_site(class, name, &site.method),
        None => class.lookup(name),
    };
    if let Some(attr) = &class_attr {
        if attr.native::<Property>().is_some() {
            return match bind(vm, attr.clone(), Some(obj), class) {
                // A property raising AttributeError falls back to __getattr__.
                Err(e) if e.matches(vm, ExcKind::AttributeError) => {
                    match class.lookup("__getattr__") {
                        Some(ga) => call_getattr(vm, ga, obj, class, name),
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
    if !dict_first && let Some(v) = dict_get(&inst.dict.borrow(), name, hash, hint) {
        return Ok(v);
    }
    if let Some(attr) = class_attr {
        if descriptor_kind(&attr).is_some() {
            return descriptor_get(vm, &attr, Some(obj), class);
        }
        return bind(vm, attr, Some(obj), class);
    }
    if let Some(v) = crate::protocol::types::construct::special_instance_attr(vm, inst, obj, name)?
    {
        return Ok(v);
    }
    if let Some(ga) = class.lookup("__getattr__") {
        return call_getattr(vm, ga, obj, class, name);
    }
    Err(no_attribute(vm, obj, name))
}

/// Sets an attribute on an instance, honouring property setters.
pub fn set_instance_attr(vm: &Interp, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    set_instance_attr_with(vm, obj, name, None, None, value)
}

/// The key a new attribute is stored under: the site's interned name when
/// there is one (later reads of it then compare pointers, not text).
fn attr_key(name: &str, key: Option<&Rc<str>>) -> Rc<str> {
    key.map_or_else(|| Rc::from(name), Rc::clone)
}

fn set_instance_attr_with(
    vm: &Interp,
    obj: &Value,
    name: &str,
    key: Option<&Rc<str>>,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
    value: Value,
) -> PyResult<()> {
    let Value::Instance(inst) = obj else {
        return setattr_with(vm, obj, name, key, site, value);
    };
    if name == "__class__" {
        // An instance's class is fixed here; storing the name in its dict
        // would leave `type(obj)` and method lookups on the old class.
        return Err(vm.type_error("__class__ assignment is not supported by Pyroclast"));
    }
    // Only classes marked as holding data descriptors can intercept the
    // store, and a site may know the name is none of them.
    let class_attr = if mro_marker(&inst.class) & HAS_DATA_DESCRIPTOR != 0
        && !site.is_some_and(|s| {
            s.index.get() != NOT_IN_DICT && no_data_descriptor_at(&inst.class, name, s)
        }) {
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
        // The value in a spare vector; a Python setter gets `self` and it
        // straight in its slots.
        let mut pos = crate::object::spare::take_args(1);
        pos.push(value);
        let args = Args {
            pos,
            kw: Vec::new(),
        };
        match &p.fset {
            Value::Function(f) => vm.call_function_self(f, obj, args)?,
            setter => crate::protocol::call::call_self(vm, setter, obj, args)?,
        };
        return Ok(());
    }
    if inst.class.marker.get() & HAS_SLOTS != 0
        && let Some(allowed) = slot_names(&inst.class)
        && !allowed.iter().any(|s| &**s == name)
        && inst.exc.is_none()
    {
        return Err(vm.error(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{name}'",
                crate::protocol::ops::tp_name(&inst.class)
            ),
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
                let mut e = exc.borrow_mut();
                e.context = (!matches!(value, Value::None)).then_some(value);
                e.context_fixed = true;
                return Ok(());
            }
            "__suppress_context__" => {
                exc.borrow_mut().suppress_context = crate::protocol::ops::truthy(vm, &value)?;
                return Ok(());
            }
            "message" | "exceptions"
                if inst
                    .class
                    .is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)) =>
            {
                return Err(vm.error(ExcKind::AttributeError, "readonly attribute"));
            }
            "args" => {
                exc.borrow_mut().args = crate::protocol::iter::collect(vm, &value)?;
                return Ok(());
            }
            "__traceback__" => {
                if !crate::protocol::tb_objects::Traceback::set(&mut exc.borrow_mut(), &value) {
                    return Err(vm.type_error("__traceback__ must be a traceback or None"));
                }
                return Ok(());
            }
            _ => {}
        }
    }
    store_in_dict(&mut inst.dict.borrow_mut(), name, key, site, value);
    Ok(())
}

/// `dict[name] = value` for an instance dict: a site checks the index it
/// last stored at first, and remembers where the name is.
#[inline(always)]
fn store_in_dict(
    dict: &mut crate::object::class_dict::NsMap,
    name: &str,
    key: Option<&Rc<str>>,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
    value: Value,
) {
    // Rebinding the attribute where the site last found it: inline.
    if let Some(site) = site
        && let Some((k, slot)) = dict.get_index_mut(site.index.get() as usize)
        && crate::object::model::same_name(k, name)
    {
        *slot = value;
        return;
    }
    store_in_dict_slow(dict, name, key, site, value);
}

#[inline(never)]
fn store_in_dict_slow(
    dict: &mut crate::object::class_dict::NsMap,
    name: &str,
    key: Option<&Rc<str>>,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
    value: Value,
) {
    use indexmap::map::RawEntryApiV1;
    use indexmap::map::raw_entry_v1::RawEntryMut;
    let Some(site) = site else {
        // Rebinding an existing attribute must not allocate a new key.
        match dict.get_mut(name) {
            Some(slot) => *slot = value,
            None => {
                dict.insert(attr_key(name, key), value);
            }
        }
        return;
    };
    let hash = crate::object::model::site_hash(site, name);
    let index = match dict
        .raw_entry_mut_v1()
        .from_hash(hash, |k| crate::object::model::same_name(k, name))
    {
        RawEntryMut::Occupied(mut e) => {
            *e.get_mut() = value;
            e.index()
        }
        RawEntryMut::Vacant(e) => {
            let i = e.index();
            e.insert_hashed_nocheck(hash, attr_key(name, key), value);
            i
        }
    };
    site.index.set(u32::try_from(index).unwrap_or(NOT_IN_DICT));
}

/// The attribute names `__slots__` allows, or `None` when instances have a
/// `__dict__` (some class in the MRO has no `__slots__`, or lists `__dict__`).
pub(crate) fn slot_names(class: &Rc<Class>) -> Option<Vec<Rc<str>>> {
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
    setattr_with(vm, obj, name, None, None, value)
}

/// `obj.name = value` at a site of the program: `key` is the name as the
/// parser interned it, `site` the attribute node's cache (shared with the
/// reads of an augmented assignment: both keep the name's dict index).
#[inline]
pub fn setattr_at(
    vm: &Interp,
    obj: &Value,
    key: &Rc<str>,
    site: &pyroclast_syntax::ast::SiteCache,
    value: Value,
) -> PyResult<()> {
    // `self.x = v` on a plain instance: no hook, no slots, no exception
    // state and no data descriptor by that name (as the site last checked
    // under the class's version tag), so the value goes to the dict.
    if let Value::Instance(inst) = obj
        && inst.exc.is_none()
        && dict_decides_at(&inst.class, site, HAS_SETATTR | HAS_SLOTS)
        && &**key != "__class__"
    {
        store_in_dict(
            &mut inst.dict.borrow_mut(),
            key,
            Some(key),
            Some(site),
            value,
        );
        return Ok(());
    }
    setattr_with(vm, obj, key, Some(key), Some(site), value)
}

#[inline(never)]
fn setattr_with(
    vm: &Interp,
    obj: &Value,
    name: &str,
    key: Option<&Rc<str>>,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
    value: Value,
) -> PyResult<()> {
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
            set_instance_attr_with(vm, obj, name, key, site, value)
        }
        Value::Class(c) if !c.builtin => {
            if is_data_descriptor(&value) {
                c.marker.set(c.marker.get() | HAS_DATA_DESCRIPTOR);
            }
            if name == "__setattr__" {
                c.marker.set(c.marker.get() | HAS_SETATTR);
            }
            if name == "__getattribute__" {
                c.marker.set(c.marker.get() | HAS_GETATTRIBUTE);
            }
            if name == "__del__" {
                c.marker.set(c.marker.get() | crate::object::model::HAS_DEL);
                *c.vm.borrow_mut() = vm.self_ref.borrow().clone();
            }
            c.dict.set_key(name, || attr_key(name, key), value);
            Ok(())
        }
        Value::Function(f) => {
            match name {
                "__name__" | "__qualname__" => {
                    let s = crate::protocol::ops::to_str_rc(vm, &value)?;
                    let mut names = QualNames::clone(&f.names.borrow());
                    if name == "__name__" {
                        names.name = s;
                    } else {
                        names.qualname = s;
                    }
                    *f.names.borrow_mut() = Rc::new(names);
                }
                _ => {
                    f.dict.borrow_mut().insert(Rc::from(name), value);
                }
            }
            Ok(())
        }
        Value::Module(m) => {
            m.globals.borrow_mut().insert(attr_key(name, key), value);
            Ok(())
        }
        Value::Class(c) => Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            c.name
        ))),
        other => {
            if let Value::Native(n) = other
                && let Some(r) = n.set_attr(vm, name, &value)
            {
                return r;
            }
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
pub(crate) fn generic_delattr(vm: &Interp, obj: &Value, name: &str) -> PyResult<()> {
    let removed = match obj {
        Value::Instance(inst) => {
            if let Some(attr) = inst.class.lookup(name)
                && let Some(p) = attr.native::<Property>()
            {
                if matches!(p.fdel, Value::None) {
                    return Err(p.missing(vm, &inst.class, "deleter"));
                }
                crate::protocol::call::call_self(vm, &p.fdel, obj, Args::default())?;
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

/// The method `inst.name` names when it can be called with `inst` put
/// first instead of through a bound method: a function (or a Rust method,
/// as `asyncio.Queue.put`) found on the class, no instance attribute
/// shadowing it and no `__getattribute__` intercepting the lookup. A call
/// site passes its cache, which saves hashing the name.
pub fn unbound_method(
    inst: &crate::object::model::Instance,
    name: &str,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
) -> Option<Value> {
    if mro_marker(&inst.class) & HAS_GETATTRIBUTE != 0 {
        return None;
    }
    let attr = match site {
        Some(site) => {
            let hash = crate::object::model::site_hash(site, name);
            if crate::object::model::get_hashed(&inst.dict.borrow(), name, hash).is_some() {
                return None;
            }
            crate::object::class_dict::lookup_site(&inst.class, name, &site.method)?
        }
        None => {
            if inst.dict.borrow().contains_key(name) {
                return None;
            }
            inst.class.lookup(name)?
        }
    };
    match &attr {
        Value::Function(_) => Some(attr),
        Value::Builtin(b) if b.owner.is_some() => Some(attr),
        _ => None,
    }
}

/// What `obj.name(...)` calls, found before its arguments are evaluated
/// (CPython's LOAD_METHOD): a method to call with `obj` put first, or
/// whatever callable the attribute is.
pub enum MethodRef {
    /// A function or Rust method of the class, called without a bound
    /// method.
    Unbound(Value),
    /// The attribute's value.
    Attr(Value),
}

impl MethodRef {
    /// Calls it on `obj` with `args`.
    pub fn call(&self, vm: &Interp, obj: &Value, mut args: Args) -> PyResult<Value> {
        match self {
            MethodRef::Unbound(Value::Builtin(b)) => {
                // The argument list has room for its object (`eval_args`).
                args.pos.insert(0, obj.clone());
                b.call(vm, args)
            }
            MethodRef::Unbound(m) => crate::protocol::call::call_self(vm, m, obj, args),
            MethodRef::Attr(f) => crate::protocol::call::call(vm, f, args),
        }
    }
}

/// Looks `obj.name` up for a call (a call site passes its cache).
pub fn load_method(
    vm: &Interp,
    obj: &Value,
    name: &str,
    site: Option<&pyroclast_syntax::ast::SiteCache>,
) -> PyResult<MethodRef> {
    match obj {
        Value::Instance(inst) => {
            if let Some(m) = unbound_method(inst, name, site) {
                return Ok(MethodRef::Unbound(m));
            }
        }
        Value::Native(n) => {
            // `pattern.search(s)`: a method of the native's class is called
            // with the object first, as `generic_getattr` would bind it,
            // without making the bound method. The native's own attributes
            // come first there, so here too.
            if let Some(r) = n.get_attr(vm, name) {
                return Ok(MethodRef::Attr(r?));
            }
            match n.class(vm).lookup(name) {
                Some(m @ Value::Function(_)) => return Ok(MethodRef::Unbound(m)),
                Some(Value::Builtin(b)) if b.owner.is_some() => {
                    return Ok(MethodRef::Unbound(Value::Builtin(b)));
                }
                _ => {}
            }
        }
        Value::Class(_) | Value::Module(_) => {}
        _ => {
            let class = type_of(vm, obj);
            if let Some(site) = site
                && let Some(b) = own_method_at(&class, name, site)
            {
                return Ok(MethodRef::Unbound(b));
            }
            if let Some(b @ Value::Builtin(_)) = class.lookup(name) {
                if let Some(site) = site {
                    remember_own_method(&class, name, site);
                }
                return Ok(MethodRef::Unbound(b));
            }
        }
    }
    Ok(MethodRef::Attr(match site {
        Some(site) => getattr_at(vm, obj, name, site)?,
        None => getattr(vm, obj, name)?,
    }))
}

/// `obj.name(...)` on a str, list, dict, tuple, bytes, int or float whose
/// type's own namespace holds a builtin method at the index the site
/// remembers (set by [`load_method`] on an earlier call): the function
/// itself, found without cloning the type or building a `MethodRef`.
#[inline]
pub fn builtin_method_at(
    vm: &Interp,
    obj: &Value,
    name: &str,
    site: &pyroclast_syntax::ast::SiteCache,
) -> Option<(
    crate::object::value::BuiltinFn,
    Option<crate::object::value::FastFn>,
)> {
    let t = &vm.types;
    let class = match obj {
        Value::Str(_) => &t.str_,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Tuple(_) => &t.tuple,
        Value::Bytes(_) => &t.bytes,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        _ => return None,
    };
    own_method_with(class, name, site, |v| match v {
        Value::Builtin(b) => Some((b.func, b.fast)),
        _ => None,
    })?
}

/// A builtin type's own method at the index a call site remembers
/// (`x.strip()` on a str): the type's own namespace comes first on its
/// MRO, so a key there equal to `name` is the answer, whatever else the
/// site's index was last used for (an instance dict's hint at a site that
/// sees both).
#[inline]
fn own_method_at(
    class: &Rc<Class>,
    name: &str,
    site: &pyroclast_syntax::ast::SiteCache,
) -> Option<Value> {
    own_method_with(class, name, site, Value::clone)
}

/// What `read` makes of the builtin method [`own_method_at`] finds.
#[inline(always)]
fn own_method_with<R>(
    class: &Class,
    name: &str,
    site: &pyroclast_syntax::ast::SiteCache,
    read: impl FnOnce(&Value) -> R,
) -> Option<R> {
    let dict = class.dict.try_borrow().ok()?;
    let (k, v) = dict.get_index(site.index.get() as usize)?;
    (crate::object::model::same_name(k, name) && matches!(v, Value::Builtin(_))).then(|| read(v))
}

/// Keeps where a builtin type's own namespace holds `name` for
/// [`own_method_at`] (nothing when the method is inherited).
#[cold]
fn remember_own_method(class: &Rc<Class>, name: &str, site: &pyroclast_syntax::ast::SiteCache) {
    if let Ok(dict) = class.dict.try_borrow()
        && let Some(i) = dict.get_index_of(name)
        && let Ok(i) = u32::try_from(i)
    {
        site.index.set(i);
    }
}

/// `obj.name(*args)` without allocating a bound method when possible.
pub fn call_method(vm: &Interp, obj: &Value, name: &str, args: Args) -> PyResult<Value> {
    load_method(vm, obj, name, None)?.call(vm, obj, args)
}
