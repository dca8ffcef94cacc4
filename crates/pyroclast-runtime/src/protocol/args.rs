//! Binding a builtin's arguments to its declared parameters, with the
//! error messages CPython's argument parsers give.

use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::ops::type_name;
use crate::protocol::text::format_spec::MAX_FORMAT_OUTPUT;
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::{Interp, PyResult};

// ---------------------------------------------------------------------------
// Argument handling
// ---------------------------------------------------------------------------

/// One slot per declared parameter: `None` when the caller omitted it.
pub(crate) type Slots = Vec<Option<Value>>;

/// The `start`/`end` arguments of a search, before adjustment.
pub(crate) type Bounds = (Option<i64>, Option<i64>);

/// How a method words its arity errors; CPython's methods use several
/// argument parsers whose messages differ.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `str.join() takes exactly one argument (0 given)`.
    One,
    /// `center expected at least 1 argument, got 0`.
    Clinic,
    /// `find() takes at least 1 argument (0 given)`.
    Legacy,
    /// Keyword-capable: `split() takes at most 2 arguments (3 given)`.
    Kw,
}

/// A method signature: owner type, name, style, and positional bounds.
pub(crate) struct Sig {
    pub(crate) owner: &'static str,
    pub(crate) name: &'static str,
    pub(crate) style: Style,
    pub(crate) min: usize,
    pub(crate) max: usize,
    /// Parameter names, for keyword-capable methods.
    pub(crate) names: &'static [&'static str],
}

pub(crate) const fn sig(
    owner: &'static str,
    name: &'static str,
    style: Style,
    min: usize,
    max: usize,
) -> Sig {
    Sig {
        owner,
        name,
        style,
        min,
        max,
        names: &[],
    }
}

pub(crate) const fn kw_sig(
    owner: &'static str,
    name: &'static str,
    names: &'static [&'static str],
) -> Sig {
    Sig {
        owner,
        name,
        style: Style::Kw,
        min: 0,
        max: names.len(),
        names,
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks the arguments against `sig`; returns the receiver and one slot per
/// parameter (`None` when not given).
pub(crate) fn parse_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Value, Slots)> {
    let Sig {
        owner,
        name,
        style,
        min,
        max,
        names,
    } = *sig;
    let mut pos = args.pos.into_iter();
    let Some(this) = pos.next() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    let pos: Vec<Value> = pos.collect();
    let n = pos.len();
    if !args.kw.is_empty() && style != Style::Kw {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let msg = match style {
        Style::NoArgs if n > 0 => Some(format!("{owner}.{name}() takes no arguments ({n} given)")),
        Style::One if n != 1 => Some(format!(
            "{owner}.{name}() takes exactly one argument ({n} given)"
        )),
        Style::Clinic if n < min => Some(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )),
        Style::Clinic if n > max => Some(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )),
        Style::Legacy if n < min => Some(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )),
        Style::Legacy | Style::Kw if n > max => Some(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )),
        _ => None,
    };
    if let Some(msg) = msg {
        return Err(vm.type_error(msg));
    }
    let mut vals: Vec<Option<Value>> = pos.into_iter().map(Some).collect();
    vals.resize(max.max(n), None);
    for (k, v) in args.kw {
        match names.iter().position(|x| **x == *k) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok((this, vals))
}

/// The str inside a receiver (a str or an instance of a str subclass).
pub(crate) fn recv_str(vm: &Interp, this: &Value, name: &str) -> PyResult<Rc<str>> {
    match unwrap(this) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(vm, this)
        ))),
    }
}

/// Parses a str method's arguments.
pub(crate) fn str_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Rc<str>, Slots)> {
    let (this, vals) = parse_args(vm, args, sig)?;
    Ok((recv_str(vm, &this, sig.name)?, vals))
}

/// A present, non-None argument.
pub(crate) fn given(v: &Option<Value>) -> Option<&Value> {
    match v {
        None | Some(Value::None) => None,
        Some(v) => Some(v),
    }
}

/// The argument in slot `i` (None when absent).
pub(crate) fn slot(vals: &[Option<Value>], i: usize) -> Value {
    vals.get(i).cloned().flatten().unwrap_or(Value::None)
}

/// A str argument, or a TypeError with `msg(type name)`.
pub(crate) fn str_arg(vm: &Interp, v: &Value, msg: impl Fn(&str) -> String) -> PyResult<Rc<str>> {
    match unwrap(v) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(msg(&type_name(vm, v)))),
    }
}

/// `start`/`end` arguments of the search methods.
pub(crate) fn slice_arg(vm: &Interp, v: &Option<Value>) -> PyResult<Option<i64>> {
    match given(v) {
        None => Ok(None),
        Some(v) => match crate::protocol::containers::as_index(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// An integer argument such as `maxsplit` (None counts as `default`).
pub(crate) fn int_arg(vm: &Interp, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => index_arg(vm, v),
    }
}

/// A `MemoryError` for results too large to build.
pub(crate) fn check_size(vm: &Interp, n: usize) -> PyResult<()> {
    if n > MAX_FORMAT_OUTPUT {
        return Err(vm.error(ExcKind::MemoryError, ""));
    }
    vm.reserve(n)
}
