//! `collections.namedtuple`: tuple subclasses with named fields, `_make`,
//! `_asdict`, `_replace` and CPython's validation of field names.

use super::*;
use crate::object::dict::Dict;
use crate::object::model::{Class, Layout};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::args::{missing_arguments, too_many_positional};
use crate::protocol::classes::{ClassMethod, Property};
use crate::protocol::iter::collect;
use crate::protocol::ops::{self, repr, type_name, type_of};
use crate::protocol::types::construct::unwrap;
use crate::stdlib::toolkit::{bind_args, new_class, this};
use crate::{Interp, PyResult};
use std::any::Any;
use std::rc::Rc;

/// Reads field `i` of a namedtuple instance: the fget of its properties.
pub(crate) struct FieldGetter(usize);

impl Native for FieldGetter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_tuplegetter")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(match args.pos.first() {
            Some(obj) => {
                crate::protocol::containers::getitem(vm, &unwrap(obj), &Value::Int(self.0 as i64))
            }
            None => Err(vm.type_error("descriptor needs an object")),
        })
    }
}

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

pub(crate) const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub(crate) fn namedtuple(vm: &Interp, a: Args) -> PyResult<Value> {
    let mut a = a;
    let rename = match a.take_kw("rename") {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    let defaults = a.take_kw("defaults");
    let module = a.take_kw("module");
    let v = bind_args(vm, "namedtuple", a, &["typename", "field_names"], 2)?;
    let typename = match &v[0] {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => ops::to_str(vm, other)?,
        None => String::new(),
    };
    let names: Vec<String> = match &v[1] {
        Some(Value::Str(s)) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        Some(other) => collect(vm, other)?
            .iter()
            .map(|x| ops::to_str(vm, x))
            .collect::<PyResult<_>>()?,
        None => Vec::new(),
    };
    let mut fields: Vec<String> = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        let bad = !is_identifier(&name)
            || KEYWORDS.contains(&name.as_str())
            || name.starts_with('_')
            || fields.contains(&name);
        fields.push(if rename && bad { format!("_{i}") } else { name });
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !is_identifier(name) {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                ops::repr_str(name)
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                ops::repr_str(name)
            )));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in &fields {
        if name.starts_with('_') && !rename {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: {}",
                ops::repr_str(name)
            )));
        }
        if seen.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Encountered duplicate field name: {}",
                ops::repr_str(name)
            )));
        }
        seen.push(name);
    }
    let defaults = match defaults {
        None | Some(Value::None) => Vec::new(),
        Some(d) => collect(vm, &d)?,
    };
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let module = match module {
        Some(Value::Str(s)) => s.to_string(),
        _ => "__main__".to_string(),
    };
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    Ok(Value::Class(make_namedtuple(
        vm, &typename, &refs, defaults, &module,
    )?))
}

/// Creates a namedtuple class (a tuple subclass) with the given fields and
/// defaults for the last fields.
pub fn make_namedtuple(
    vm: &Interp,
    typename: &str,
    fields: &[&str],
    defaults: Vec<Value>,
    module: &str,
) -> PyResult<Rc<Class>> {
    let class = new_class(
        vm,
        typename,
        module,
        vec![vm.types.tuple.clone()],
        Layout::Builtin,
        "tuple",
        NT_METHODS,
    );
    let field_values: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    let mut fd = Dict::new();
    let first_default = fields.len() - defaults.len();
    for (name, value) in fields[first_default..].iter().zip(defaults) {
        fd.set(vm, Value::str(name), value)?;
    }
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Rc::from("__new__"),
            crate::object::value::builtin("__new__", nt_new),
        );
        d.insert(Rc::from("_fields"), Value::tuple(field_values.clone()));
        d.insert(Rc::from("__match_args__"), Value::tuple(field_values));
        d.insert(
            Rc::from("_field_defaults"),
            crate::stdlib::toolkit::new_dict(fd),
        );
        d.insert(Rc::from("__slots__"), Value::tuple(vec![]));
        class
            .marker
            .set(class.marker.get() | crate::protocol::classes::HAS_DATA_DESCRIPTOR);
        d.insert(
            Rc::from("_make"),
            Value::Native(Rc::new(ClassMethod(crate::object::value::builtin(
                "_make", nt_make,
            )))),
        );
        for (i, f) in fields.iter().enumerate() {
            d.insert(
                Rc::from(*f),
                Value::Native(Rc::new(Property::new(
                    Value::Native(Rc::new(FieldGetter(i))),
                    Value::None,
                    Value::None,
                ))),
            );
        }
    }
    Ok(class)
}

/// An instance of a namedtuple class holding `values`.
pub fn namedtuple_instance(class: &Rc<Class>, values: Vec<Value>) -> Value {
    instance_with_payload(class, Value::tuple(values))
}

pub(crate) const NT_METHODS: &[(&str, BuiltinFn)] = &[
    ("__repr__", nt_repr),
    ("_asdict", nt_asdict),
    ("_replace", nt_replace),
    ("__getnewargs__", |vm, a| {
        Ok(Value::tuple(nt_values(vm, &this(vm, &a)?)?))
    }),
];

pub(crate) fn nt_fields(vm: &Interp, class: &Rc<Class>) -> PyResult<Vec<Rc<str>>> {
    let f = class.lookup("_fields").unwrap_or(Value::tuple(vec![]));
    collect(vm, &f)?
        .iter()
        .map(|v| ops::to_str_rc(vm, v))
        .collect()
}

pub(crate) fn nt_values(vm: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    match unwrap(v) {
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => Err(vm.type_error(format!("'{}' object is not a namedtuple", type_name(vm, v)))),
    }
}

pub(crate) fn nt_new(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let fields = nt_fields(vm, &cls)?;
    let defaults = match cls.lookup("_field_defaults") {
        Some(d) => as_dict(&d),
        None => None,
    };
    let fname = format!("{}.__new__", cls.name);
    let pos = &a.pos[1..];
    if pos.len() > fields.len() {
        let n_defaults = match &defaults {
            Some(d) => d.borrow().len(),
            None => 0,
        };
        return Err(vm.type_error(too_many_positional(
            &format!("{fname}()"),
            fields.len().saturating_sub(n_defaults) + 1,
            fields.len() + 1,
            pos.len() + 1,
            0,
        )));
    }
    let mut values: Vec<Option<Value>> = vec![None; fields.len()];
    for (i, v) in pos.iter().enumerate() {
        values[i] = Some(v.clone());
    }
    for (k, v) in std::mem::take(&mut a.kw) {
        match fields.iter().position(|f| *f == k) {
            Some(i) => {
                if values[i].is_some() {
                    return Err(
                        vm.type_error(format!("{fname}() got multiple values for argument '{k}'"))
                    );
                }
                values[i] = Some(v);
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let mut missing = Vec::new();
    for (i, slot) in values.iter_mut().enumerate() {
        if slot.is_none() {
            let d = match &defaults {
                Some(d) => d.borrow().get(vm, &Value::Str(fields[i].clone()))?,
                None => None,
            };
            match d {
                Some(v) => *slot = Some(v),
                None => missing.push(format!("'{}'", fields[i])),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_arguments(
            &format!("{fname}()"),
            "positional",
            &missing,
        )));
    }
    Ok(namedtuple_instance(
        &cls,
        values.into_iter().flatten().collect(),
    ))
}

pub(crate) fn nt_make(vm: &Interp, a: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("_make() needs a class"));
    };
    let it = py_arg(vm, &a, &format!("{}._make", cls.qualname), "iterable")?;
    let values = collect(vm, &it)?;
    let n = nt_fields(vm, &cls)?.len();
    if values.len() != n {
        return Err(vm.type_error(format!("Expected {n} arguments, got {}", values.len())));
    }
    Ok(namedtuple_instance(&cls, values))
}

pub(crate) fn nt_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let class = type_of(vm, &s);
    let fields = nt_fields(vm, &class)?;
    let values = nt_values(vm, &s)?;
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(values.iter()) {
        parts.push(format!("{f}={}", repr(vm, v)?));
    }
    let prefix = if &*class.module == "sys" { "sys." } else { "" };
    Ok(Value::str(&format!(
        "{prefix}{}({})",
        class.name,
        parts.join(", ")
    )))
}

pub(crate) fn nt_asdict(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let fields = nt_fields(vm, &type_of(vm, &s))?;
    let values = nt_values(vm, &s)?;
    let mut d = Dict::new();
    for (f, v) in fields.iter().zip(values) {
        d.set(vm, Value::Str(f.clone()), v)?;
    }
    Ok(crate::stdlib::toolkit::new_dict(d))
}

pub(crate) fn nt_replace(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let class = type_of(vm, &s);
    let fields = nt_fields(vm, &class)?;
    let mut values = nt_values(vm, &s)?;
    let mut unknown = Vec::new();
    for (k, v) in std::mem::take(&mut a.kw) {
        match fields.iter().position(|f| *f == k) {
            Some(i) => values[i] = v,
            None => unknown.push(k.to_string()),
        }
    }
    if !unknown.is_empty() {
        let l: Vec<Value> = unknown.iter().map(|s| Value::str(s)).collect();
        return Err(vm.value_error(format!(
            "Got unexpected field names: {}",
            repr(vm, &Value::list(l))?
        )));
    }
    Ok(namedtuple_instance(&class, values))
}
