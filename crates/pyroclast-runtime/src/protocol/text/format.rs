//! `format(value, spec)`, `ascii()`, and `str.format` / `str.format_map`
//! (replacement fields, conversions, nested specs).

use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::args::*;
use crate::protocol::ops::{self, type_name};
use crate::protocol::text::format_spec::{self};
use crate::protocol::types::str::*;
use crate::{Interp, PyResult};

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

pub(crate) fn format_error(vm: &Interp, e: format_spec::FormatError) -> crate::PyErr {
    let class = match e.kind() {
        format_spec::ErrorKind::ValueError => ExcKind::ValueError,
        format_spec::ErrorKind::OverflowError => ExcKind::OverflowError,
        format_spec::ErrorKind::MemoryError => ExcKind::MemoryError,
    };
    vm.error(class, e.to_string())
}

/// `format(v, spec)` appended to `out`: an int, float or str with a spec
/// is written in place (an f-string field's text goes straight into the
/// string being built); anything else through [`format_value`].
pub fn format_value_into(vm: &Interp, v: &Value, spec: &str, out: &mut String) -> PyResult<()> {
    use format_spec::{Formattable, IntRef};
    let (value, name) = match v {
        _ if spec.is_empty() => {
            out.push_str(&format_value(vm, v, spec)?);
            return Ok(());
        }
        Value::Str(s) => (Formattable::Str(s), "str"),
        Value::Int(i) => (Formattable::Int(IntRef::Small(*i)), "int"),
        Value::BigInt(b) => (Formattable::Int(IntRef::Big(b)), "int"),
        Value::Bool(b) => (Formattable::Int(IntRef::Small(i64::from(*b))), "bool"),
        Value::Float(f) => (Formattable::Float(*f), "float"),
        _ => {
            out.push_str(&format_value(vm, v, spec)?);
            return Ok(());
        }
    };
    format_spec::format_text_into(value, spec, name, out).map_err(|e| format_error(vm, e))
}

/// `format(v, spec)`.
pub fn format_value(vm: &Interp, v: &Value, spec: &str) -> PyResult<String> {
    if !spec.is_empty()
        && matches!(
            v,
            Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    {
        let mut out = String::new();
        format_value_into(vm, v, spec, &mut out)?;
        return Ok(out);
    }
    match v {
        // With an empty spec (a spec was handled above): `str(v)`.
        Value::Str(s) => Ok(s.to_string()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => ops::repr(vm, v),
        _ => {
            if let Some(r) =
                crate::protocol::classes::call_dunder1(vm, v, "__format__", Value::str(spec))?
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
                return str_of(vm, v);
            }
            Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(vm, v)
            )))
        }
    }
}

/// `str(v)`, where an instance of a str subclass without its own `__str__`
/// gives its str value.
pub(crate) fn str_of(vm: &Interp, v: &Value) -> PyResult<String> {
    if let Value::Instance(i) = v
        && !crate::protocol::classes::has_dunder(vm, v, "__str__")
        && let Some(Value::Str(s)) = &*i.payload.borrow()
    {
        return Ok(s.to_string());
    }
    ops::to_str(vm, v)
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

pub(crate) fn str_format(vm: &Interp, mut args: Args) -> PyResult<Value> {
    let mut pos = std::mem::take(&mut args.pos).into_iter();
    let Some(this) = pos.next() else {
        return Err(vm.type_error("unbound method str.format() needs an argument"));
    };
    let fmt = recv_str(vm, &this, "format")?;
    let positional: Vec<Value> = pos.collect();
    let src = FieldSource {
        args: Some(&positional),
        named: Named::Kwargs(&args.kw),
    };
    let mut auto = AutoNumber::default();
    Ok(Value::str(&build_string(vm, &fmt, &src, 2, &mut auto)?))
}

pub(crate) fn str_format_map(vm: &Interp, args: Args) -> PyResult<Value> {
    let (fmt, a) = str_args(vm, args, &sig(S, "format_map", Style::One, 1, 1))?;
    let mapping = slot(&a, 0);
    let src = FieldSource {
        args: None,
        named: Named::Mapping(&mapping),
    };
    let mut auto = AutoNumber::default();
    Ok(Value::str(&build_string(vm, &fmt, &src, 2, &mut auto)?))
}

pub(crate) fn str_dunder_format(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "__format__", Style::One, 1, 1))?;
    let spec = str_arg(vm, &slot(&a, 0), |t| {
        format!("__format__() argument must be str, not {t}")
    })?;
    Ok(Value::str(&format_value(vm, &Value::Str(s), &spec)?))
}

/// Where named fields come from: `**kwargs` of `format` or the mapping of
/// `format_map`.
pub(crate) enum Named<'a> {
    Kwargs(&'a [(Rc<str>, Value)]),
    Mapping(&'a Value),
}

/// The arguments fields are looked up in.
pub(crate) struct FieldSource<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    named: Named<'a>,
}

/// CPython's automatic field numbering state.
#[derive(Default)]
pub(crate) struct AutoNumber {
    /// `Some(true)` once `{}` was used, `Some(false)` once `{0}` was.
    auto: Option<bool>,
    next: usize,
}

/// One replacement field, as text slices of the format string.
pub(crate) struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_has_fields: bool,
}

/// Expands a format string (CPython's `build_string`); `depth` limits
/// nested replacement fields inside format specs.
pub(crate) fn build_string(
    vm: &Interp,
    fmt: &str,
    src: &FieldSource,
    depth: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    // Byte offsets: the syntax is ASCII, so literal text is copied a run at
    // a time and fields borrow their name and spec from `fmt`.
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(run) = fmt[i..].find(['{', '}']) else {
            out.push_str(&fmt[i..]);
            break;
        };
        out.push_str(&fmt[i..i + run]);
        i += run;
        let brace = bytes[i];
        i += 1;
        if brace == b'}' {
            if bytes.get(i) == Some(&b'}') {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        match bytes.get(i) {
            None => {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            Some(b'{') => {
                out.push('{');
                i += 1;
                continue;
            }
            Some(_) => {}
        }
        let field = parse_field(vm, fmt, &mut i)?;
        render_field(vm, &field, src, depth, auto, &mut out)?;
        check_size(vm, out.len())?;
    }
    Ok(out)
}

/// Parses a replacement field after its `{` (at byte `*i` of `fmt`),
/// leaving `i` after its `}`.
pub(crate) fn parse_field<'a>(vm: &Interp, fmt: &'a str, i: &mut usize) -> PyResult<Field<'a>> {
    let bytes = fmt.as_bytes();
    let n = bytes.len();
    let name_start = *i;
    let mut end_char = None;
    while *i < n {
        let c = bytes[*i];
        *i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < n && bytes[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                end_char = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(mut end_char) = end_char else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let name = &fmt[name_start..*i - 1];
    let mut conversion = None;
    if end_char == b'!' {
        let Some(conv) = fmt[*i..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(conv);
        *i += conv.len_utf8();
        let Some(&next) = bytes.get(*i) else {
            return Err(vm.value_error("unmatched '{' in format spec"));
        };
        // A non-ASCII character here is an error either way; step over it
        // whole so that offsets stay on character boundaries.
        *i += fmt[*i..].chars().next().map_or(1, char::len_utf8);
        if next != b':' && next != b'}' {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        end_char = next;
    }
    let mut spec = "";
    let mut spec_has_fields = false;
    if end_char == b':' {
        let spec_start = *i;
        let mut nesting = 1;
        loop {
            let Some(&c) = bytes.get(*i) else {
                return Err(vm.value_error("unmatched '{' in format spec"));
            };
            *i += 1;
            if c == b'{' {
                nesting += 1;
                spec_has_fields = true;
            } else if c == b'}' {
                nesting -= 1;
                if nesting == 0 {
                    break;
                }
            }
        }
        spec = &fmt[spec_start..*i - 1];
    }
    Ok(Field {
        name,
        conversion,
        spec,
        spec_has_fields,
    })
}

/// CPython's `get_integer`: the value of an all-decimal-digit string, or
/// `None` when it isn't one.
pub(crate) fn field_integer(vm: &Interp, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = format_spec::decimal_value(c) else {
            return Ok(None);
        };
        n = match n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
        {
            Some(n) => n,
            None => {
                return Err(vm.value_error("Too many decimal digits in format string"));
            }
        };
    }
    Ok(Some(n))
}

/// Looks up a field's object: the first name part, then `.attr` and
/// `[key]` parts in order.
pub(crate) fn field_object(
    vm: &Interp,
    name: &str,
    src: &FieldSource,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let index = field_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        match auto.auto {
            None => auto.auto = Some(empty),
            Some(false) if empty => {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            Some(true) if !empty => {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            _ => {}
        }
    }
    let index = if empty {
        let n = auto.next;
        auto.next += 1;
        Some(n)
    } else {
        index
    };
    let mut obj = match index {
        Some(idx) => {
            let Some(args) = src.args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match args.get(idx) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.error(
                        ExcKind::IndexError,
                        format!("Replacement index {idx} out of range for positional args tuple"),
                    ));
                }
            }
        }
        None => match &src.named {
            Named::Kwargs(kw) => match kw.iter().find(|(k, _)| **k == *first) {
                Some((_, v)) => v.clone(),
                None => {
                    return Err(crate::protocol::containers::key_error(
                        vm,
                        &Value::str(first),
                    ));
                }
            },
            Named::Mapping(m) => crate::protocol::containers::getitem(vm, m, &Value::str(first))?,
        },
    };
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        match c {
            '.' => {
                let start = i;
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                if i == start {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr: String = rest[start..i].iter().collect();
                obj = crate::protocol::classes::getattr(vm, &obj, &attr)?;
            }
            '[' => {
                let start = i;
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                if i == start {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key: String = rest[start..i].iter().collect();
                i += 1;
                let key = match field_integer(vm, &key)? {
                    Some(n) => Value::Int(n as i64),
                    None => Value::str(&key),
                };
                obj = crate::protocol::containers::getitem(vm, &obj, &key)?;
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
    }
    Ok(obj)
}

/// Converts, formats and appends one replacement field.
pub(crate) fn render_field(
    vm: &Interp,
    field: &Field<'_>,
    src: &FieldSource,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let obj = field_object(vm, field.name, src, auto)?;
    let obj = match field.conversion {
        None => obj,
        Some('r') => Value::str(&ops::repr(vm, &obj)?),
        Some('s') => Value::str(&str_of(vm, &obj)?),
        Some('a') => Value::str(&ascii(&ops::repr(vm, &obj)?)),
        Some(c) => {
            let shown = if ('!'..='~').contains(&c) {
                c.to_string()
            } else {
                format!("\\x{:x}", u32::from(c))
            };
            return Err(vm.value_error(format!("Unknown conversion specifier {shown}")));
        }
    };
    let built;
    let spec = if field.spec_has_fields {
        built = build_string(vm, field.spec, src, depth - 1, auto)?;
        &built
    } else {
        field.spec
    };
    format_value_into(vm, &obj, spec, out)?;
    Ok(())
}
