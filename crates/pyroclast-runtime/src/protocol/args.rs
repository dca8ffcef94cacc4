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

/// How a callable words its argument errors. CPython binds arguments with
/// several parsers whose messages differ, and scripts print them, so each
/// signature names the parser its CPython counterpart uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Style {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `str.join() takes exactly one argument (0 given)`.
    One,
    /// Positional Argument Clinic: `center expected at least 1 argument, got 0`.
    Clinic,
    /// Slot wrappers (`__eq__`, `__getitem__`): `expected 1 argument, got 0`.
    Slot,
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Legacy,
    /// `PyArg_ParseTupleAndKeywords`: `split() takes at most 2 arguments
    /// (3 given)`, `'x' is an invalid keyword argument for split()`.
    Kw,
    /// Argument Clinic with keywords: `int() got an unexpected keyword
    /// argument 'x'`, `f() missing required argument 'x' (pos 1)`.
    KwClinic,
}

impl Style {
    fn takes_keywords(self) -> bool {
        matches!(self, Style::Kw | Style::KwClinic)
    }
}

/// A declared signature: who owns it (methods), its name, how it words its
/// errors, how many positional arguments it takes, and its parameter names
/// (for keyword-capable styles).
#[derive(Clone, Copy)]
pub(crate) struct Sig<'a> {
    /// The type of a method's receiver; `None` for a function.
    pub(crate) owner: Option<&'a str>,
    pub(crate) name: &'a str,
    pub(crate) style: Style,
    pub(crate) min: usize,
    pub(crate) max: usize,
    /// How many may be given by position (the rest are keyword-only).
    pub(crate) max_pos: usize,
    /// Parameter names, for keyword-capable styles.
    pub(crate) names: &'a [&'a str],
    /// How many leading parameters cannot be given by keyword.
    pub(crate) posonly: usize,
}

impl<'a> Sig<'a> {
    /// A method of `owner` (its receiver is the first positional argument).
    pub(crate) const fn method(
        owner: &'a str,
        name: &'a str,
        style: Style,
        min: usize,
        max: usize,
    ) -> Sig<'a> {
        Sig {
            owner: Some(owner),
            name,
            style,
            min,
            max,
            max_pos: max,
            names: &[],
            posonly: 0,
        }
    }

    /// A function (no receiver).
    pub(crate) const fn function(name: &'a str, style: Style, min: usize, max: usize) -> Sig<'a> {
        Sig {
            owner: None,
            name,
            style,
            min,
            max,
            max_pos: max,
            names: &[],
            posonly: 0,
        }
    }

    /// The same signature with named parameters, `min` of them required;
    /// the style becomes keyword-capable if it was not.
    pub(crate) const fn named(self, names: &'a [&'a str], min: usize) -> Sig<'a> {
        Sig {
            style: match self.style {
                Style::Kw | Style::KwClinic => self.style,
                _ => Style::KwClinic,
            },
            min,
            max: names.len(),
            max_pos: names.len(),
            names,
            ..self
        }
    }

    /// The same signature where only the first `n` parameters may be
    /// given by position.
    pub(crate) const fn positional(self, n: usize) -> Sig<'a> {
        Sig { max_pos: n, ..self }
    }

    /// The same signature where the first `n` parameters are positional-only.
    pub(crate) const fn posonly(self, n: usize) -> Sig<'a> {
        Sig { posonly: n, ..self }
    }

    /// `owner.name` for methods, `name` for functions.
    fn qualified(&self) -> String {
        match self.owner {
            Some(o) => format!("{o}.{}", self.name),
            None => self.name.to_string(),
        }
    }

    /// The arity error for `n` positional arguments, if `n` is out of range.
    fn arity_error(&self, n: usize) -> Option<String> {
        let Sig {
            name,
            style,
            min,
            max,
            ..
        } = *self;
        if (min..=max).contains(&n) {
            return None;
        }
        let (bound, how) = match (n < min, min == max) {
            (_, true) => (min, "exactly "),
            (true, false) => (min, "at least "),
            (false, false) => (max, "at most "),
        };
        Some(match style {
            Style::NoArgs => format!("{}() takes no arguments ({n} given)", self.qualified()),
            Style::One => format!(
                "{}() takes exactly one argument ({n} given)",
                self.qualified()
            ),
            Style::Clinic | Style::Slot => {
                let how = if min == max { "" } else { how };
                let lead = if style == Style::Slot {
                    String::new()
                } else {
                    format!("{name} ")
                };
                format!(
                    "{lead}expected {how}{bound} argument{}, got {n}",
                    plural(bound)
                )
            }
            Style::Legacy | Style::Kw | Style::KwClinic => format!(
                "{name}() takes {how}{bound} argument{} ({n} given)",
                plural(bound)
            ),
        })
    }
}

/// A method signature: owner type, name, style, and positional bounds.
pub(crate) const fn sig(
    owner: &'static str,
    name: &'static str,
    style: Style,
    min: usize,
    max: usize,
) -> Sig<'static> {
    Sig::method(owner, name, style, min, max)
}

/// A keyword-capable method signature whose parameters are all optional.
pub(crate) const fn kw_sig(
    owner: &'static str,
    name: &'static str,
    names: &'static [&'static str],
) -> Sig<'static> {
    Sig {
        owner: Some(owner),
        name,
        style: Style::Kw,
        min: 0,
        max: names.len(),
        max_pos: names.len(),
        names,
        posonly: 0,
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

// The wording of functions written in Python (CPython's `ceval.c`), shared
// by the evaluator's binder for `def` functions and by the library types
// CPython implements in Python (`Counter`, namedtuples).

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
pub fn and_list(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// `f() takes from 1 to 2 positional arguments but 3 were given`; `fname`
/// includes the parentheses, counts include `self` for methods, and
/// `kw_given` counts keyword-only arguments that were passed.
pub fn too_many_positional(
    fname: &str,
    required: usize,
    max: usize,
    given: usize,
    kw_given: usize,
) -> String {
    let takes = if required == max {
        format!("{max} positional argument{}", plural(max))
    } else {
        format!("from {required} to {max} positional arguments")
    };
    let was = if given == 1 { "was" } else { "were" };
    let kw_part = if kw_given > 0 {
        format!(
            " positional argument{} (and {kw_given} keyword-only argument{})",
            plural(given),
            plural(kw_given)
        )
    } else {
        String::new()
    };
    format!("{fname} takes {takes} but {given}{kw_part} {was} given")
}

/// `f() missing 2 required positional arguments: 'a' and 'b'` (`kind` is
/// `positional` or `keyword-only`; `names` are already quoted).
pub fn missing_arguments(fname: &str, kind: &str, names: &[String]) -> String {
    format!(
        "{fname} missing {} required {kind} argument{}: {}",
        names.len(),
        plural(names.len()),
        and_list(names)
    )
}

/// Checks the arguments against `sig` without binding them: the receiver is
/// there, keywords only where the style takes them, and the number of
/// positional arguments. For hot methods that read `args.pos` directly.
pub(crate) fn check(vm: &Interp, args: &Args, sig: &Sig) -> PyResult<()> {
    let receiver = usize::from(sig.owner.is_some());
    if args.pos.len() < receiver {
        return Err(vm.type_error(format!(
            "unbound method {}() needs an argument",
            sig.qualified()
        )));
    }
    if !args.kw.is_empty() && !sig.style.takes_keywords() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", sig.qualified())));
    }
    let n = args.pos.len() - receiver;
    let msg = if sig.style.takes_keywords() {
        // Keywords count toward the total; missing required parameters are
        // found by `bind`, which knows their names.
        let total = n + args.kw.len();
        if n > sig.max_pos && sig.max_pos < sig.max {
            Some(if sig.max_pos == 0 {
                format!("{}() takes no positional arguments", sig.name)
            } else {
                format!(
                    "{}() takes at most {} positional argument{} ({n} given)",
                    sig.name,
                    sig.max_pos,
                    plural(sig.max_pos)
                )
            })
        } else if total > sig.max {
            sig.arity_error(total)
        } else {
            None
        }
    } else {
        sig.arity_error(n)
    };
    if let Some(msg) = msg {
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Binds the arguments to `sig`'s parameters: the receiver (methods) and
/// one slot per parameter, `None` where the caller gave nothing.
pub(crate) fn bind(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Option<Value>, Slots)> {
    check(vm, &args, sig)?;
    let receiver = usize::from(sig.owner.is_some());
    let n = args.pos.len() - receiver;
    let mut pos = args.pos.into_iter();
    let this = if receiver == 1 { pos.next() } else { None };
    let mut vals: Slots = pos.map(Some).collect();
    vals.resize(sig.max.max(n), None);
    let name = sig.name;
    // Required positional-only parameters are checked before keywords.
    let required_pos = sig.posonly.min(sig.min);
    if sig.style.takes_keywords() && n < required_pos {
        return Err(vm.type_error(format!(
            "{name}() takes at least {required_pos} positional argument{} ({n} given)",
            plural(required_pos)
        )));
    }
    for (k, v) in args.kw {
        match sig
            .names
            .iter()
            .skip(sig.posonly)
            .position(|x| **x == *k)
            .map(|i| i + sig.posonly)
        {
            Some(i) if vals[i].is_none() => vals[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None if sig.style == Style::KwClinic => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            }
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    if sig.style.takes_keywords()
        && let Some(i) = vals.iter().take(sig.min).position(Option::is_none)
    {
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            sig.names.get(i).copied().unwrap_or("?"),
            i + 1
        )));
    }
    Ok((this, vals))
}

/// Binds a method's arguments; returns the receiver and one slot per
/// parameter (`None` when not given).
pub(crate) fn parse_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Value, Slots)> {
    let (this, vals) = bind(vm, args, sig)?;
    Ok((this.unwrap_or(Value::None), vals))
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
