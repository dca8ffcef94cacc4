//! str: formatting (`format()`, f-string fields, `%`), `ascii()`, and the
//! methods of str.

use crate::ops::{self, type_name};
use crate::text::format_spec;
use crate::value::Value;
use crate::{Interp, PyResult};

/// Registers str methods.
pub fn install(vm: &Interp) {
    let _ = vm;
}

/// `ascii()` of a repr: escapes non-ASCII characters.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn format_error(vm: &Interp, e: format_spec::FormatError) -> crate::PyErr {
    let class = match e.kind() {
        format_spec::ErrorKind::ValueError => "ValueError",
        format_spec::ErrorKind::OverflowError => "OverflowError",
        format_spec::ErrorKind::MemoryError => "MemoryError",
    };
    vm.error(class, e.to_string())
}

/// `format(v, spec)`.
pub fn format_value(vm: &Interp, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.to_string());
            }
            format_spec::format_str_text(s, spec, "str").map_err(|e| format_error(vm, e))
        }
        Value::Int(_) | Value::BigInt(_) => {
            if spec.is_empty() {
                return ops::repr(vm, v);
            }
            let b = ops::to_bigint(v).unwrap_or_default();
            format_spec::format_int_text(&b, spec, "int").map_err(|e| format_error(vm, e))
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return ops::repr(vm, v);
            }
            format_spec::format_int_text(&num_bigint::BigInt::from(*b as i64), spec, "bool")
                .map_err(|e| format_error(vm, e))
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return ops::repr(vm, v);
            }
            format_spec::format_float_text(*f, spec, "float").map_err(|e| format_error(vm, e))
        }
        _ => {
            if let Some(r) =
                crate::classes::call_dunder(vm, v, "__format__", vec![Value::str(spec)])?
            {
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(vm.type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name(vm, &other)
                    ))),
                };
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
                && !spec.is_empty()
            {
                return format_value(vm, &p, spec);
            }
            if spec.is_empty() {
                return ops::to_str(vm, v);
            }
            Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(vm, v)
            )))
        }
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &Interp, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Value::Str(f) = fmt else {
        return Err(vm.type_error("not a format string"));
    };
    let _ = args;
    Ok(Value::Str(f.clone()))
}
