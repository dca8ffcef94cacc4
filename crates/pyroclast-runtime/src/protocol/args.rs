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
/// The vector goes back to the spare argument vectors when dropped: it is
/// the call's argument vector, converted in place by [`bind`], and a free
/// and a malloc per builtin call were a tenth of a cheap method's cost.
pub(crate) struct Slots(Vec<Option<Value>>);

impl std::ops::Deref for Slots {
    type Target = Vec<Option<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Slots {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        if self.0.capacity() != 0 {
            crate::object::spare::give_back_slots(std::mem::take(&mut self.0));
        }
    }
}

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
    /// The type of a method's receiver, or the module of a module function
    /// whose messages CPython qualifies (`sys.exit()`); `None` otherwise.
    pub(crate) owner: Option<&'a str>,
    /// Whether the first positional argument is a receiver (methods).
    pub(crate) receiver: bool,
    pub(crate) name: &'a str,
    pub(crate) style: Style,
    pub(crate) min: usize,
    pub(crate) max: usize,
    /// How many may be given by position (the rest are keyword-only).
    pub(crate) max_pos: usize,
    /// How many leading parameters are positional-only (keywords never
    /// bind to them).
    pub(crate) posonly: usize,
    /// Parameter names, for keyword-capable styles.
    pub(crate) names: &'a [&'a str],
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
            receiver: true,
            name,
            style,
            min,
            max,
            max_pos: max,
            posonly: 0,
            names: &[],
        }
    }

    /// A function (no receiver).
    pub(crate) const fn function(name: &'a str, style: Style, min: usize, max: usize) -> Sig<'a> {
        Sig {
            owner: None,
            receiver: false,
            name,
            style,
            min,
            max,
            max_pos: max,
            posonly: 0,
            names: &[],
        }
    }

    /// A type's `__new__(cls, ...)`: the class comes first, like a
    /// method's receiver, but the messages name the type alone
    /// (`cycle expected 1 argument, got 0`).
    pub(crate) const fn new(name: &'a str, style: Style, min: usize, max: usize) -> Sig<'a> {
        Sig {
            receiver: true,
            ..Sig::function(name, style, min, max)
        }
    }

    /// A function of `module` (no receiver), or a static method of a type,
    /// that CPython calls by its qualified name, `module.name()`, where
    /// methods are qualified: the `NoArgs` and `One` messages and "takes no
    /// keyword arguments".
    pub(crate) const fn module(
        module: &'a str,
        name: &'a str,
        style: Style,
        min: usize,
        max: usize,
    ) -> Sig<'a> {
        Sig {
            owner: Some(module),
            ..Sig::function(name, style, min, max)
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

    /// The same signature where the first `n` parameters are
    /// positional-only: a keyword never names them, and too few positional
    /// arguments is "takes at least N positional arguments".
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
        receiver: true,
        name,
        style: Style::Kw,
        min: 0,
        max: names.len(),
        max_pos: names.len(),
        posonly: 0,
        names,
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
/// positional arguments; for keyword styles also the keywords (a required
/// parameter missing, one given twice, an unknown name). No allocation, so
/// hot builtins check and then read `args.pos` (and `args.kw`) directly.
pub(crate) fn check(vm: &Interp, args: &Args, sig: &Sig) -> PyResult<()> {
    let receiver = usize::from(sig.receiver);
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
    // The common case, answered without a call: positional arguments only,
    // as many as the parameters allow (no count or keyword error applies).
    if args.kw.is_empty()
        && (sig.min..=sig.max).contains(&n)
        && (n <= sig.max_pos || sig.max_pos >= sig.max)
    {
        return Ok(());
    }
    let msg = if sig.style.takes_keywords() {
        kw_count_error(sig, n, args.kw.len()).or_else(|| kw_error(sig, n, &args.kw))
    } else if (sig.min..=sig.max).contains(&n) {
        return Ok(());
    } else {
        sig.arity_error(n)
    };
    if let Some(msg) = msg {
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Checks the keywords of a call whose positional arguments `sig` does not
/// describe (`f(*args, key=...)`, which CPython parses by matching the
/// keywords against an empty tuple): their number ("takes at most 2 keyword
/// arguments"), required ones, unknown names.
pub(crate) fn check_keywords(vm: &Interp, kw: &[(Rc<str>, Value)], sig: &Sig) -> PyResult<()> {
    match kw_count_error(sig, 0, kw.len()).or_else(|| kw_error(sig, 0, kw)) {
        Some(msg) => Err(vm.type_error(msg)),
        None => Ok(()),
    }
}

/// Parameter `i` of a call that `check` accepted against `sig`, given by
/// position or by name; `None` when omitted. No allocation.
pub(crate) fn param<'v>(args: &'v Args, sig: &Sig, i: usize) -> Option<&'v Value> {
    args.pos.get(usize::from(sig.receiver) + i).or_else(|| {
        let name = *sig.names.get(i)?;
        args.kw.iter().find(|(k, _)| **k == *name).map(|(_, v)| v)
    })
}

/// The count error alone for `n` positional arguments (the receiver not
/// counted), for parsers that count before they look at keywords, or that
/// leave keywords to a later step.
pub(crate) fn check_count(vm: &Interp, n: usize, sig: &Sig) -> PyResult<()> {
    match sig.arity_error(n) {
        Some(msg) => Err(vm.type_error(msg)),
        None => Ok(()),
    }
}

/// The count errors of the keyword parsers (`_PyArg_UnpackKeywords`,
/// `PyArg_ParseTupleAndKeywords`), in their order: too many in all, too
/// many positional, too few positional-only.
fn kw_count_error(sig: &Sig, n: usize, nkw: usize) -> Option<String> {
    let name = sig.name;
    let total = n + nkw;
    if total > sig.max {
        // "keyword" when nothing was positional (bpo-31229).
        return Some(format!(
            "{name}() takes at most {} {}argument{} ({total} given)",
            sig.max,
            if n == 0 { "keyword " } else { "" },
            plural(sig.max)
        ));
    }
    if n > sig.max_pos && sig.max_pos < sig.max {
        return Some(if sig.max_pos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {} positional argument{} ({n} given)",
                if sig.min.min(sig.max_pos) < sig.max_pos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.max_pos,
                plural(sig.max_pos)
            )
        });
    }
    let min_posonly = sig.posonly.min(sig.min);
    if n < min_posonly {
        return Some(format!(
            "{name}() takes {} {min_posonly} positional argument{} ({n} given)",
            if min_posonly < sig.max_pos {
                "at least"
            } else {
                "exactly"
            },
            plural(min_posonly)
        ));
    }
    None
}

/// The keyword errors of the keyword parsers, after the counts and in
/// their order: a required parameter missing, one given both by position
/// and by name, an unknown keyword. `n` positional arguments were given.
fn kw_error(sig: &Sig, n: usize, kw: &[(Rc<str>, Value)]) -> Option<String> {
    let name = sig.name;
    let named = |p: &str| kw.iter().any(|(k, _)| **k == *p);
    let param = |i: usize| sig.names.get(i).copied().unwrap_or("?");
    if let Some(i) = (n..sig.min).find(|&i| i < sig.posonly || !named(param(i))) {
        return Some(format!(
            "{name}() missing required argument '{}' (pos {})",
            param(i),
            i + 1
        ));
    }
    if kw.is_empty() {
        return None;
    }
    let keywords = sig.names.get(sig.posonly..).unwrap_or_default();
    if let Some(i) = (sig.posonly..n.min(sig.names.len())).find(|&i| named(param(i))) {
        return Some(format!(
            "argument for {name}() given by name ('{}') and position ({})",
            param(i),
            i + 1
        ));
    }
    let (k, _) = kw.iter().find(|(k, _)| !keywords.contains(&&**k))?;
    Some(if sig.style == Style::KwClinic {
        format!("{name}() got an unexpected keyword argument '{k}'")
    } else {
        format!("'{k}' is an invalid keyword argument for {name}()")
    })
}

/// Binds the arguments to `sig`'s parameters: the receiver (methods) and
/// one slot per parameter, `None` where the caller gave nothing. Errors
/// are `check`'s.
pub(crate) fn bind(vm: &Interp, mut args: Args, sig: &Sig) -> PyResult<(Option<Value>, Slots)> {
    check(vm, &args, sig)?;
    let receiver = usize::from(sig.receiver);
    if sig.max == 0 {
        // No parameters (`s.upper()`), so `check` saw nothing but the
        // receiver: the argument vector goes back to the spares whole.
        let this = if receiver == 1 { args.pos.pop() } else { None };
        return Ok((this, Slots(Vec::new())));
    }
    let n = args.pos.len() - receiver;
    let slots = sig.max.max(n);
    if args.pos.capacity() < slots + receiver {
        // A vector with no room for the slots (one built by hand, not a
        // spare argument vector): the values move to a spare one, so the
        // slots are made in place rather than by a reallocation, and the
        // vector goes back to the spares after the call.
        let mut room = crate::object::spare::take_args(slots + receiver);
        room.append(&mut args.pos);
        crate::object::spare::give_back_args(std::mem::replace(&mut args.pos, room));
    }
    let mut pos = std::mem::take(&mut args.pos).into_iter();
    let this = if receiver == 1 { pos.next() } else { None };
    let mut vals = Slots(pos.map(Some).collect());
    // Most calls give every parameter: no call of `resize` then.
    if vals.len() < slots {
        vals.resize(slots, None);
    }
    for (k, v) in std::mem::take(&mut args.kw) {
        // `check` found every keyword among the parameters.
        if let Some(i) = sig.names.iter().position(|x| **x == *k) {
            vals[i] = Some(v);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(names: &[&str]) -> Vec<(Rc<str>, Value)> {
        names.iter().map(|k| (Rc::from(*k), Value::None)).collect()
    }

    /// The keyword parsers' first error for `n` positional arguments and
    /// the keywords `names`.
    fn error(sig: &Sig, n: usize, names: &[&str]) -> Option<String> {
        let kw = kw(names);
        kw_count_error(sig, n, kw.len()).or_else(|| kw_error(sig, n, &kw))
    }

    #[test]
    fn keyword_parser_messages_follow_cpython() {
        // itertools.combinations(iterable, r)
        let comb = Sig::function("combinations", Style::Kw, 0, 0).named(&["iterable", "r"], 2);
        assert_eq!(
            error(&comb, 1, &["x"]).as_deref(),
            Some("combinations() missing required argument 'r' (pos 2)")
        );
        assert_eq!(
            error(&comb, 2, &["r"]).as_deref(),
            Some("combinations() takes at most 2 arguments (3 given)")
        );
        assert_eq!(
            error(&comb, 0, &["iterable", "r", "x"]).as_deref(),
            Some("combinations() takes at most 2 keyword arguments (3 given)")
        );
        assert_eq!(
            error(&comb, 1, &["iterable", "r"]).as_deref(),
            Some("combinations() takes at most 2 arguments (3 given)")
        );
        assert_eq!(error(&comb, 1, &["r"]), None);
        // int.from_bytes-like: a duplicate after the missing check.
        let f = Sig::function("f", Style::Kw, 0, 0).named(&["a", "b", "c"], 2);
        assert_eq!(
            error(&f, 1, &["a"]).as_deref(),
            Some("f() missing required argument 'b' (pos 2)")
        );
        assert_eq!(
            error(&f, 2, &["a"]).as_deref(),
            Some("argument for f() given by name ('a') and position (1)")
        );
        assert_eq!(
            error(&f, 2, &["x"]).as_deref(),
            Some("'x' is an invalid keyword argument for f()")
        );
        // accumulate(iterable, func=None, *, initial=None)
        let acc = Sig::function("accumulate", Style::Kw, 0, 0)
            .named(&["iterable", "func", "initial"], 1)
            .positional(2);
        assert_eq!(
            error(&acc, 3, &[]).as_deref(),
            Some("accumulate() takes at most 2 positional arguments (3 given)")
        );
        assert_eq!(
            error(&acc, 4, &[]).as_deref(),
            Some("accumulate() takes at most 3 arguments (4 given)")
        );
        // sum(iterable, /, start=0) and math.prod(iterable, /, *, start=1)
        let sum = Sig::function("sum", Style::Kw, 0, 0)
            .named(&["iterable", "start"], 1)
            .posonly(1);
        assert_eq!(
            error(&sum, 0, &["iterable"]).as_deref(),
            Some("sum() takes at least 1 positional argument (0 given)")
        );
        assert_eq!(
            error(&sum, 1, &["iterable"]).as_deref(),
            Some("'iterable' is an invalid keyword argument for sum()")
        );
        let prod = Sig::function("prod", Style::Kw, 0, 0)
            .named(&["iterable", "start"], 1)
            .positional(1)
            .posonly(1);
        assert_eq!(
            error(&prod, 0, &[]).as_deref(),
            Some("prod() takes exactly 1 positional argument (0 given)")
        );
        assert_eq!(
            error(&prod, 2, &[]).as_deref(),
            Some("prod() takes exactly 1 positional argument (2 given)")
        );
    }

    #[test]
    fn qualified_names() {
        assert_eq!(
            Sig::module("math", "sqrt", Style::One, 1, 1)
                .arity_error(0)
                .as_deref(),
            Some("math.sqrt() takes exactly one argument (0 given)")
        );
        assert_eq!(
            Sig::module("math", "pow", Style::Clinic, 2, 2)
                .arity_error(1)
                .as_deref(),
            Some("pow expected 2 arguments, got 1")
        );
        let new = Sig::new("cycle", Style::Clinic, 1, 1);
        assert!(new.receiver && new.qualified() == "cycle");
    }
}
