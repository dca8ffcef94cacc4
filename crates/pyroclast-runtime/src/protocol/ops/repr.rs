//! repr() and str() of every builtin value: quoting of str and bytes,
//! int-to-decimal limits, recursion guards for self-containing containers.

use super::*;
use crate::object::value::Value;
use crate::protocol::text::float_repr::float_repr;
use crate::{Interp, PyResult};
use num_bigint::BigInt;
use std::rc::Rc;

/// Quotes a str as `repr()` does.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub(crate) fn is_printable(c: char) -> bool {
    crate::protocol::text::unicode::is_printable(c)
}

/// `repr(bytes)`.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// A big int in decimal, within `sys.get_int_max_str_digits()`.
pub fn bigint_decimal(vm: &Interp, b: &BigInt) -> PyResult<String> {
    let limit = vm.int_max_str_digits.get();
    let too_long = || {
        vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // A number of `bits` bits has more than (bits - 1) * log10(2) digits:
    // refuse clearly oversized values before the (superlinear) conversion.
    if limit > 0 && (b.bits().saturating_sub(1) as f64) * std::f64::consts::LOG10_2 >= limit as f64
    {
        return Err(too_long());
    }
    let s = b.to_string();
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return Err(too_long());
    }
    Ok(s)
}

/// `repr(v)`.
pub fn repr(vm: &Interp, v: &Value) -> PyResult<String> {
    match v {
        // What may recurse (into items, or Python code) counts a level,
        // as CPython's `PyObject_Repr` does, so nesting past the recursion
        // limit raises instead of overflowing the stack.
        Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Method(_)
        | Value::Instance(_)
        | Value::Native(_) => {
            vm.nested(" while getting the repr of an object", || repr_inner(vm, v))
        }
        _ => repr_inner(vm, v),
    }
}

fn repr_inner(vm: &Interp, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => bigint_decimal(vm, b)?,
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => repr_str(s),
        Value::Bytes(b) => repr_bytes(b),
        Value::List(l) => {
            let items = l.borrow().clone();
            with_repr_guard(vm, v, "[...]", || {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        Value::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr(vm, &t[0])?)
            } else {
                with_repr_guard(vm, v, "(...)", || Ok(format!("({})", join_reprs(vm, t)?)))?
            }
        }
        Value::Dict(d) => {
            let items = d.borrow().items();
            with_repr_guard(vm, v, "{...}", || {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", repr(vm, k)?, repr(vm, val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Value::Set(s) => {
            let items = s.items.borrow().keys();
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                format!("{name}()")
            } else if s.frozen {
                format!("frozenset({{{}}})", join_reprs(vm, &items)?)
            } else {
                format!("{{{}}}", join_reprs(vm, &items)?)
            }
        }
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname(), v.id()),
        Value::Builtin(b) => match b.owner {
            Some(owner) => {
                match crate::protocol::types::slot_wrapper::descriptor_kind(owner, b.name) {
                    SlotKind::Wrapper => {
                        format!("<slot wrapper '{}' of '{owner}' objects>", b.name)
                    }
                    SlotKind::Method => format!("<method '{}' of '{owner}' objects>", b.name),
                }
            }
            None => format!("<built-in function {}>", b.name),
        },
        Value::Method(m) => {
            let crate::object::value::Bound(self_, func) = &**m;
            match func {
                Value::Builtin(b) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name(vm, self_),
                    self_.id()
                ),
                Value::Function(f) => {
                    format!("<bound method {} of {}>", f.qualname(), repr(vm, self_)?)
                }
                _ => match crate::protocol::types::slot_wrapper::bound_repr(vm, self_, func) {
                    Some(r) => r,
                    None => "<bound method>".into(),
                },
            }
        }
        Value::Class(c) => {
            if c.metaclass.borrow().is_some()
                && let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__repr__", vec![])?
            {
                return to_str(vm, &r);
            }
            if &*c.module == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        Value::Module(m) => match m.kind.get() {
            crate::object::model::ModuleKind::Builtin => {
                format!("<module '{}' (built-in)>", m.name)
            }
            crate::object::model::ModuleKind::Frozen => format!("<module '{}' (frozen)>", m.name),
            crate::object::model::ModuleKind::File => {
                // CPython's `module_repr`: the file, else a namespace
                // package's folders (3.11 shows its loader object there,
                // with an address; this is 3.12's form).
                let g = m.globals.borrow();
                match (g.get("__file__"), g.get("__path__")) {
                    (Some(Value::Str(f)), _) => format!("<module '{}' from '{f}'>", m.name),
                    (_, Some(p)) => {
                        let p = p.clone();
                        drop(g);
                        format!("<module '{}' (namespace) from {}>", m.name, repr(vm, &p)?)
                    }
                    _ => format!("<module '{}'>", m.name),
                }
            }
            _ => format!("<module '{}'>", m.name),
        },
        Value::Instance(inst) => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__repr__", vec![])? {
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(vm.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(vm, &other)
                    ))),
                };
            }
            if inst.exc.is_some() {
                return crate::protocol::traceback::exception_repr(vm, inst);
            }
            if let Some(p) = inst.payload.borrow().clone() {
                return repr(vm, &p);
            }
            default_repr(vm, v)
        }
        Value::Native(n) => match n.repr(vm) {
            Some(r) => r?,
            None => default_repr(vm, v),
        },
    })
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &Interp, v: &Value) -> String {
    let c = type_of(vm, v);
    if &*c.module == "builtins" {
        format!("<{} object at {:#x}>", c.qualname, v.id())
    } else {
        format!("<{}.{} object at {:#x}>", c.module, c.qualname, v.id())
    }
}

pub(crate) fn join_reprs(vm: &Interp, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for i in items {
        parts.push(repr(vm, i)?);
    }
    Ok(parts.join(", "))
}

thread_local! {
    /// Containers being repr'd, to print `[...]` for self-references.
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub(crate) fn with_repr_guard(
    vm: &Interp,
    v: &Value,
    placeholder: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let id = v.id();
    if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
        return Ok(placeholder.into());
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
    let _ = vm;
    let r = f();
    REPR_ACTIVE.with(|a| a.borrow_mut().pop());
    r
}

/// `str(v)`.
pub fn to_str(vm: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Instance(_) => vm.nested(" while getting the str of an object", || {
            instance_str(vm, v)
        }),
        _ => repr(vm, v),
    }
}

fn instance_str(vm: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Instance(inst) => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__str__", vec![])? {
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(vm.type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(vm, &other)
                    ))),
                };
            }
            if inst.exc.is_some() {
                return crate::protocol::traceback::exception_str(vm, v);
            }
            if let Some(Value::Str(s)) = inst.payload.borrow().clone() {
                return Ok(s.to_string());
            }
            repr(vm, v)
        }
        _ => repr(vm, v),
    }
}

/// The `Rc<str>` of `str(v)`, without copying when `v` is a str.
pub fn to_str_rc(vm: &Interp, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Ok(Rc::from(to_str(vm, other)?)),
    }
}
