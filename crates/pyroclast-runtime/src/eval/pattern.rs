//! Matching `case` patterns (PEP 634), shared by the sync and async
//! evaluators: a pattern never suspends (its expressions are literals and
//! dotted names), only the subject, guards and bodies can.
//!
//! The steps and their order follow CPython 3.11's compiled code, since
//! user code observes them (`__len__`, `__getitem__`, `get`,
//! `__instancecheck__`, attribute reads, `__eq__`): a sequence pattern
//! checks the length, then unpacks the subject (or subscripts it when the
//! star is `*_`); a mapping pattern checks the length, looks every key up
//! with `get` before matching any value; a class pattern reads every
//! attribute before matching any sub-pattern. Names are bound only when
//! the whole pattern matched.

use std::rc::Rc;

use pyroclast_syntax::ast::{Constant, Name, Pattern, PatternKind};

use super::Frame;
use super::assign::store_name;
use super::expr::eval;
use crate::object::dict::Dict;
use crate::object::model::{Class, MAPPING, SEQUENCE};
use crate::object::value::{Args, Value};
use crate::protocol::ops;
use crate::{Interp, PyResult};

/// Names a pattern binds and their values, stored once it has matched.
type Binds<'a> = Vec<(&'a Name, Value)>;

/// Matches `subject` against `p` and, when it matches, binds its names.
pub fn matches(vm: &Interp, frame: &mut Frame, p: &Pattern, subject: &Value) -> PyResult<bool> {
    let mut binds = Vec::new();
    if !match_pattern(vm, frame, p, subject, &mut binds)? {
        return Ok(false);
    }
    for (name, v) in binds {
        store_name(vm, frame, name, v)?;
    }
    Ok(true)
}

fn match_pattern<'a>(
    vm: &Interp,
    frame: &mut Frame,
    p: &'a Pattern,
    subject: &Value,
    binds: &mut Binds<'a>,
) -> PyResult<bool> {
    match &p.kind {
        PatternKind::Value(e) => {
            let v = eval(vm, frame, e)?;
            ops::eq(vm, subject, &v)
        }
        PatternKind::Singleton(c) => Ok(match (c, subject) {
            (Constant::None, Value::None) => true,
            (Constant::Bool(a), Value::Bool(b)) => a == b,
            _ => false,
        }),
        PatternKind::Sequence(items) => match_sequence(vm, frame, items, subject, binds),
        // Only inside a sequence pattern, which binds it.
        PatternKind::Star(_) => Ok(true),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => match_mapping(vm, frame, keys, patterns, rest.as_ref(), subject, binds),
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let cls = eval(vm, frame, cls)?;
            let Some(attrs) = class_attributes(vm, &cls, patterns.len(), kwd_attrs, subject)?
            else {
                return Ok(false);
            };
            for (p, v) in patterns.iter().chain(kwd_patterns).zip(&attrs) {
                if !match_pattern(vm, frame, p, v, binds)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        PatternKind::As { pattern, name } => {
            if let Some(inner) = pattern
                && !match_pattern(vm, frame, inner, subject, binds)?
            {
                return Ok(false);
            }
            if let Some(n) = name {
                binds.push((n, subject.clone()));
            }
            Ok(true)
        }
        PatternKind::Or(alts) => {
            for alt in alts {
                let mut own = Vec::new();
                if match_pattern(vm, frame, alt, subject, &mut own)? {
                    binds.extend(own);
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`: list, tuple,
/// range, deque, dict and their subclasses, and classes that subclass or
/// register with `collections.abc.Sequence` / `Mapping` (the nearest class
/// in the MRO carrying either flag decides). str, bytes and the rest are
/// neither.
fn collection_flag(vm: &Interp, v: &Value) -> u8 {
    match v {
        Value::List(_) | Value::Tuple(_) => SEQUENCE,
        Value::Dict(_) => MAPPING,
        Value::Instance(i) => class_flag(&i.class),
        Value::Native(n) => class_flag(&n.class(vm)),
        _ => 0,
    }
}

fn class_flag(class: &Rc<Class>) -> u8 {
    class
        .mro_iter()
        .map(|c| c.marker.get() & (SEQUENCE | MAPPING))
        .find(|&f| f != 0)
        .unwrap_or(0)
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        } | PatternKind::Star(None)
    )
}

fn match_sequence<'a>(
    vm: &Interp,
    frame: &mut Frame,
    items: &'a [Pattern],
    subject: &Value,
    binds: &mut Binds<'a>,
) -> PyResult<bool> {
    if collection_flag(vm, subject) != SEQUENCE {
        return Ok(false);
    }
    let star = items
        .iter()
        .position(|p| matches!(p.kind, PatternKind::Star(_)));
    let n = items.len();
    let len = ops::length(vm, subject)?;
    let fits = match star {
        None => len == n,
        Some(_) => len >= n - 1,
    };
    if !fits {
        return Ok(false);
    }
    if items.iter().all(is_wildcard) {
        return Ok(true);
    }
    if let Some(s) = star
        && matches!(items[s].kind, PatternKind::Star(None))
    {
        // `[a, *_, b]`: index the items instead of unpacking the subject
        // (the length is asked again for each item after the star).
        for (i, p) in items.iter().enumerate() {
            if is_wildcard(p) {
                continue;
            }
            let index = if i < s {
                i as i64
            } else {
                ops::length(vm, subject)? as i64 - (n - i) as i64
            };
            let v = crate::protocol::containers::getitem(vm, subject, &Value::Int(index))?;
            if !match_pattern(vm, frame, p, &v, binds)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let values = unpack(vm, subject, n, star)?;
    for (p, v) in items.iter().zip(&values) {
        let ok = match &p.kind {
            PatternKind::Star(Some(name)) => {
                binds.push((name, v.clone()));
                true
            }
            _ => match_pattern(vm, frame, p, v, binds)?,
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `UNPACK_SEQUENCE` / `UNPACK_EX`: the subject's items, the starred part
/// as one list.
fn unpack(vm: &Interp, subject: &Value, n: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
    let values = match subject {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().to_vec(),
        other => crate::protocol::iter::collect(vm, other)?,
    };
    match star {
        None => {
            if values.len() != n {
                return Err(if values.len() > n {
                    vm.value_error(format!("too many values to unpack (expected {n})"))
                } else {
                    vm.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        values.len()
                    ))
                });
            }
            Ok(values)
        }
        Some(s) => {
            if values.len() < n - 1 {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n - 1,
                    values.len()
                )));
            }
            let after = n - s - 1;
            let mut out: Vec<Value> = values[..s].to_vec();
            out.push(Value::list(values[s..values.len() - after].to_vec()));
            out.extend(values[values.len() - after..].iter().cloned());
            Ok(out)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn match_mapping<'a>(
    vm: &Interp,
    frame: &mut Frame,
    keys: &'a [pyroclast_syntax::ast::Expr],
    patterns: &'a [Pattern],
    rest: Option<&'a Name>,
    subject: &Value,
    binds: &mut Binds<'a>,
) -> PyResult<bool> {
    if collection_flag(vm, subject) != MAPPING {
        return Ok(false);
    }
    if keys.is_empty() && rest.is_none() {
        return Ok(true);
    }
    if !keys.is_empty() && ops::length(vm, subject)? < keys.len() {
        return Ok(false);
    }
    let mut key_values = Vec::with_capacity(keys.len());
    for k in keys {
        key_values.push(eval(vm, frame, k)?);
    }
    let Some(values) = lookup_keys(vm, subject, &key_values)? else {
        return Ok(false);
    };
    for (p, v) in patterns.iter().zip(&values) {
        if !match_pattern(vm, frame, p, v, binds)? {
            return Ok(false);
        }
    }
    if let Some(rest) = rest {
        // `rest = dict(subject)` minus the matched keys.
        let mut copy = Dict::new();
        crate::protocol::containers::merge_mapping(vm, &mut copy, subject)?;
        let copy = Value::dict(copy);
        for k in &key_values {
            crate::protocol::containers::delitem(vm, &copy, k)?;
        }
        binds.push((rest, copy));
    }
    Ok(true)
}

/// `MATCH_KEYS`: each key's value through the subject's `get`, or `None`
/// when one is missing; a key given twice is a ValueError.
fn lookup_keys(vm: &Interp, subject: &Value, keys: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if keys.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let get = match subject {
        Value::Dict(_) => None,
        other => Some(crate::protocol::classes::getattr(vm, other, "get")?),
    };
    // What `get` returns for a missing key: an object nothing else holds.
    let missing = Value::list(Vec::new());
    let mut seen = Dict::new();
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if seen.contains(vm, k)? {
            return Err(vm.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                ops::repr(vm, k)?
            )));
        }
        seen.set(vm, k.clone(), Value::None)?;
        let v = match (&get, subject) {
            (None, Value::Dict(d)) => {
                let found = d.borrow().get(vm, k)?;
                match found {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
            (Some(get), _) => {
                let v = crate::eval::call(vm, get, Args::new(vec![k.clone(), missing.clone()]))?;
                if let (Value::List(a), Value::List(b)) = (&v, &missing)
                    && Rc::ptr_eq(a, b)
                {
                    return Ok(None);
                }
                v
            }
            _ => return Ok(None),
        };
        values.push(v);
    }
    Ok(Some(values))
}

/// `MATCH_CLASS`: the attributes a class pattern's sub-patterns match
/// (positional ones through `__match_args__`, then the keyword ones), or
/// `None` when the subject is not an instance or lacks one of them.
fn class_attributes(
    vm: &Interp,
    cls: &Value,
    nargs: usize,
    kwd_attrs: &[Rc<str>],
    subject: &Value,
) -> PyResult<Option<Vec<Value>>> {
    let Value::Class(class) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !is_instance(vm, subject, cls, class)? {
        return Ok(None);
    }
    let mut attrs = Vec::with_capacity(nargs + kwd_attrs.len());
    let mut seen: Vec<Rc<str>> = Vec::new();
    if nargs > 0 {
        let (names, match_self) = match crate::protocol::classes::getattr(vm, cls, "__match_args__")
        {
            Ok(Value::Tuple(t)) => (Some(t), false),
            Ok(other) => {
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    ops::tp_name(class),
                    ops::type_name(vm, &other)
                )));
            }
            Err(e) if e.matches(vm, crate::object::exc_kind::ExcKind::AttributeError) => {
                (None, matches_self(vm, class))
            }
            Err(e) => return Err(e),
        };
        let allowed = match &names {
            Some(t) => t.len(),
            None => match_self as usize,
        };
        if allowed < nargs {
            return Err(vm.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                ops::tp_name(class),
                if allowed == 1 { "" } else { "s" }
            )));
        }
        match names {
            None => attrs.push(subject.clone()),
            Some(names) => {
                for name in names.iter().take(nargs) {
                    let Value::Str(name) = name else {
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            ops::type_name(vm, name)
                        )));
                    };
                    match class_attr(vm, class, subject, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
    }
    for name in kwd_attrs {
        match class_attr(vm, class, subject, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(attrs))
}

fn class_attr(
    vm: &Interp,
    class: &Rc<Class>,
    subject: &Value,
    name: &Rc<str>,
    seen: &mut Vec<Rc<str>>,
) -> PyResult<Option<Value>> {
    if seen.contains(name) {
        return Err(vm.type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            ops::tp_name(class),
            ops::repr(vm, &Value::Str(name.clone()))?
        )));
    }
    seen.push(name.clone());
    match crate::protocol::classes::getattr(vm, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(vm, crate::object::exc_kind::ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The builtin types whose single positional sub-pattern matches the
/// whole subject (CPython's `_Py_TPFLAGS_MATCH_SELF`), and their subclasses.
fn matches_self(vm: &Interp, class: &Rc<Class>) -> bool {
    let t = &vm.types;
    class.mro_iter().any(|c| {
        [
            &t.bool_,
            &t.int,
            &t.float,
            &t.str_,
            &t.bytes,
            &t.list,
            &t.tuple,
            &t.dict,
            &t.set,
            &t.frozenset,
        ]
        .iter()
        .any(|b| Rc::ptr_eq(c, b))
    })
}

/// `isinstance(subject, cls)` for a class: its metaclass's
/// `__instancecheck__` decides when it has one (ABCs).
fn is_instance(vm: &Interp, subject: &Value, cls: &Value, class: &Rc<Class>) -> PyResult<bool> {
    let own = ops::type_of(vm, subject);
    if Rc::ptr_eq(&own, class) {
        return Ok(true);
    }
    let hook = class
        .metaclass
        .borrow()
        .as_ref()
        .is_some_and(|m| m.lookup("__instancecheck__").is_some());
    if hook {
        let r =
            crate::protocol::classes::call_dunder1(vm, cls, "__instancecheck__", subject.clone())?;
        if let Some(r) = r {
            return ops::truthy(vm, &r);
        }
    }
    Ok(own.is_subclass(class))
}
