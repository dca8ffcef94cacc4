//! `json`: the encoder and the scanner are Rust (`encode`, `decode`), the
//! API (`dumps`, `loads`, `JSONEncoder`, `JSONDecoder`, `JSONDecodeError`)
//! is Python in `python/json/`, split as CPython splits it so classes
//! report `json.decoder` and `json.encoder`.
//!
//! The Python part calls the private builtins below. A scan returns
//! `(True, value, end)` or `(False, message, pos)` (message `None` for
//! "no value here"), so the Python side raises `JSONDecodeError` or
//! `StopIteration` itself; positions crossing over are character indices.

pub mod decode;
pub mod encode;

use std::rc::Rc;

use super::toolkit::{check_pos, functions};
use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::ops::{truthy, type_name};
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::{Interp, PyResult};
use decode::{Fail, Hooks, Scanner};

/// The Python parts, run in this order in the module's namespace.
pub const PARTS: &[(&str, &str)] = &[
    ("json.decoder", include_str!("../python/json/decoder.py")),
    ("json.encoder", include_str!("../python/json/encoder.py")),
    ("json", include_str!("../python/json/__init__.py")),
];

/// Adds the encoder and scanner builtins.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(ns, functions(FUNCTIONS));
    Ok(())
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("encode_basestring", |vm, a| quote(vm, a, false)),
    ("encode_basestring_ascii", |vm, a| quote(vm, a, true)),
    ("_encode", encode_doc),
    ("_scan", scan),
    ("_scanstring", scanstring),
    ("_skip_ws", skip_ws),
];

/// True when `levels` more nesting levels, on top of the running Python
/// frames and the `native` levels the encoder or scanner is already in,
/// pass the recursion limit: CPython's C encoder and scanner count their
/// levels with the frames, and so fail at the same depth.
fn over_limit(vm: &Interp, native: usize, levels: usize) -> bool {
    vm.frames.borrow().len() + vm.native_depth.get() as usize + native + levels
        > vm.recursion_limit.get() as usize
}

fn text_arg(vm: &Interp, v: &Value) -> PyResult<Rc<str>> {
    match unwrap(v) {
        Value::Str(s) => Ok(s),
        _ => Err(encode::not_a_string(vm, v)),
    }
}

fn quote(vm: &Interp, a: Args, ascii: bool) -> PyResult<Value> {
    check_pos(vm, "encode_basestring", &a, 1, 1)?;
    let s = text_arg(vm, &a.pos[0])?;
    let mut out = String::with_capacity(s.len() + 2);
    encode::write_string(&mut out, &s, ascii);
    Ok(Value::str(&out))
}

/// `_encode(o, default, indent, key_separator, item_separator, sort_keys,
/// skipkeys, allow_nan, ensure_ascii, check_circular)`.
fn encode_doc(vm: &Interp, a: Args) -> PyResult<Value> {
    check_pos(vm, "_encode", &a, 10, 10)?;
    let p = &a.pos;
    let sep = |v: &Value| -> PyResult<Rc<str>> {
        match unwrap(v) {
            Value::Str(s) => Ok(s),
            _ => Err(vm.type_error(format!("separators must be str, not {}", type_name(vm, v)))),
        }
    };
    let indent = match &p[2] {
        Value::None => None,
        v => Some(sep(v)?),
    };
    let opts = encode::Options {
        default: p[1].clone(),
        indent,
        key_separator: sep(&p[3])?,
        item_separator: sep(&p[4])?,
        sort_keys: truthy(vm, &p[5])?,
        skipkeys: truthy(vm, &p[6])?,
        allow_nan: truthy(vm, &p[7])?,
        ensure_ascii: truthy(vm, &p[8])?,
        check_circular: truthy(vm, &p[9])?,
    };
    Ok(Value::str(&encode::encode(vm, &p[0], &opts)?))
}

/// Character index ↔ byte offset of one document (the identity for ASCII).
struct Positions<'a> {
    s: &'a str,
    ascii: bool,
}

impl<'a> Positions<'a> {
    fn new(s: &'a str) -> Self {
        Positions {
            s,
            ascii: s.is_ascii(),
        }
    }
    /// The byte offset of character `i`; `None` past the end.
    fn byte(&self, i: usize) -> Option<usize> {
        if self.ascii {
            return (i <= self.s.len()).then_some(i);
        }
        self.s
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(self.s.len()))
            .nth(i)
    }
    fn char(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s.get(..b).map_or(b, |p| p.chars().count())
        }
    }
}

/// A character index argument, or the error CPython gives for a negative one.
fn index(vm: &Interp, v: &Value, what: &str) -> PyResult<usize> {
    if let Value::BigInt(_) = unwrap(v) {
        return Err(vm.error(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    }
    let i = index_arg(vm, v)?;
    usize::try_from(i).map_err(|_| vm.value_error(format!("{what} cannot be negative")))
}

fn outcome(pos: &Positions, r: Result<(Value, usize), Fail>) -> PyResult<Value> {
    Ok(match r {
        Ok((v, end)) => Value::tuple(vec![Value::Bool(true), v, Value::Int(pos.char(end) as i64)]),
        Err(Fail::Stop(at)) => Value::tuple(vec![
            Value::Bool(false),
            Value::None,
            Value::Int(pos.char(at) as i64),
        ]),
        Err(Fail::Syntax(msg, at)) => Value::tuple(vec![
            Value::Bool(false),
            Value::str(msg),
            Value::Int(pos.char(at) as i64),
        ]),
        Err(Fail::Py(e)) => return Err(e),
    })
}

fn hook(v: &Value) -> Option<Value> {
    (!matches!(v, Value::None)).then(|| v.clone())
}

/// `_scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant)`: one value starting at `idx`.
fn scan(vm: &Interp, a: Args) -> PyResult<Value> {
    check_pos(vm, "_scan", &a, 8, 8)?;
    let p = &a.pos;
    let doc = text_arg(vm, &p[0])?;
    let idx = index(vm, &p[1], "idx")?;
    let hooks = Hooks {
        strict: truthy(vm, &p[2])?,
        object_hook: hook(&p[3]),
        object_pairs_hook: hook(&p[4]),
        parse_float: hook(&p[5]),
        parse_int: hook(&p[6]),
        parse_constant: hook(&p[7]),
    };
    let pos = Positions::new(&doc);
    let Some(start) = pos.byte(idx) else {
        return Ok(Value::tuple(vec![
            Value::Bool(false),
            Value::None,
            Value::Int(idx as i64),
        ]));
    };
    let mut scanner = Scanner::new(vm, &doc, &hooks);
    let r = scanner.scan_once(start);
    outcome(&pos, r)
}

/// `_scanstring(s, end, strict)`: the string whose body starts at `end`.
fn scanstring(vm: &Interp, a: Args) -> PyResult<Value> {
    check_pos(vm, "scanstring", &a, 3, 3)?;
    // The index first, as CPython converts it first (an oversized one is
    // an OverflowError whatever the string).
    let end = index(vm, &a.pos[1], "end")?;
    let doc = text_arg(vm, &a.pos[0])?;
    let hooks = Hooks {
        strict: truthy(vm, &a.pos[2])?,
        ..Hooks::default()
    };
    let pos = Positions::new(&doc);
    let Some(start) = pos.byte(end) else {
        return Err(vm.value_error("end is out of bounds"));
    };
    let mut scanner = Scanner::new(vm, &doc, &hooks);
    let r = scanner.scan_string(start).map(|(s, e)| (Value::Str(s), e));
    outcome(&pos, r)
}

/// `_skip_ws(s, idx)`: the index of the first non-whitespace character at
/// or after `idx`.
fn skip_ws(vm: &Interp, a: Args) -> PyResult<Value> {
    check_pos(vm, "_skip_ws", &a, 2, 2)?;
    let doc = text_arg(vm, &a.pos[0])?;
    let idx = index(vm, &a.pos[1], "idx")?;
    let pos = Positions::new(&doc);
    Ok(Value::Int(match pos.byte(idx) {
        Some(b) => pos.char(decode::skip_ws(doc.as_bytes(), b)) as i64,
        None => idx as i64,
    }))
}
