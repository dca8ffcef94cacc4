//! str: formatting (`format()`, f-string fields, `str.format`, `%`),
//! `ascii()`, the methods of str and a small set of bytes methods.
//!
//! Python indexes strings by code point while Rust stores UTF-8, so every
//! index that comes from Python is turned into a byte offset with
//! `byte_at` before slicing, and every offset found by a search is turned
//! back with a character count.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::object::dict::Dict;
use crate::object::text::float_repr::{DtsFlags, FloatStyle, double_to_string};
use crate::object::text::format_spec::{self, MAX_FORMAT_OUTPUT};
use crate::object::value::{Args, Value};
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::{Interp, PyErr, PyResult};

/// Registers the methods of str and bytes.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.types.str_,
        "str",
        &[
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("join", str_join),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("casefold", str_casefold),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("isdigit", str_isdigit),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isascii", str_isascii),
            ("isprintable", str_isprintable),
            ("splitlines", str_splitlines),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("expandtabs", str_expandtabs),
            ("encode", str_encode),
            ("format", str_format),
            ("format_map", str_format_map),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("translate", str_translate),
            ("__format__", str_dunder_format),
        ],
    );
    let maketrans = crate::object::value::method("str", "maketrans", str_maketrans);
    vm.types.str_.dict.borrow_mut().insert(
        Rc::from("maketrans"),
        Value::Native(Rc::new(crate::protocol::classes::StaticMethod(maketrans))),
    );
    crate::object::model::add_methods(
        &vm.types.bytes,
        "bytes",
        &[
            ("decode", bytes_decode),
            ("hex", bytes_hex),
            ("upper", bytes_upper),
            ("lower", bytes_lower),
            ("startswith", bytes_startswith),
            ("endswith", bytes_endswith),
            ("split", bytes_split),
            ("join", bytes_join),
            ("strip", bytes_strip),
            ("lstrip", bytes_lstrip),
            ("rstrip", bytes_rstrip),
            ("replace", bytes_replace),
            ("find", bytes_find),
            ("index", bytes_index),
            ("count", bytes_count),
            ("isdigit", bytes_isdigit),
            ("isalpha", bytes_isalpha),
            ("isspace", bytes_isspace),
        ],
    );
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
                crate::protocol::classes::call_dunder(vm, v, "__format__", vec![Value::str(spec)])?
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
fn str_of(vm: &Interp, v: &Value) -> PyResult<String> {
    if let Value::Instance(i) = v
        && !crate::protocol::classes::has_dunder(vm, v, "__str__")
        && let Some(Value::Str(s)) = &*i.payload.borrow()
    {
        return Ok(s.to_string());
    }
    ops::to_str(vm, v)
}

// ---------------------------------------------------------------------------
// Argument handling
// ---------------------------------------------------------------------------

/// One slot per declared parameter: `None` when the caller omitted it.
type Slots = Vec<Option<Value>>;

/// The `start`/`end` arguments of a search, before adjustment.
type Bounds = (Option<i64>, Option<i64>);

/// How a method words its arity errors; CPython's methods use several
/// argument parsers whose messages differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
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
struct Sig {
    owner: &'static str,
    name: &'static str,
    style: Style,
    min: usize,
    max: usize,
    /// Parameter names, for keyword-capable methods.
    names: &'static [&'static str],
}

const fn sig(owner: &'static str, name: &'static str, style: Style, min: usize, max: usize) -> Sig {
    Sig {
        owner,
        name,
        style,
        min,
        max,
        names: &[],
    }
}

const fn kw_sig(owner: &'static str, name: &'static str, names: &'static [&'static str]) -> Sig {
    Sig {
        owner,
        name,
        style: Style::Kw,
        min: 0,
        max: names.len(),
        names,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks the arguments against `sig`; returns the receiver and one slot per
/// parameter (`None` when not given).
fn parse_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Value, Slots)> {
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
        return Err(vm.type_error(if style == Style::Legacy {
            format!("{name}() takes no keyword arguments")
        } else {
            format!("{owner}.{name}() takes no keyword arguments")
        }));
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
fn recv_str(vm: &Interp, this: &Value, name: &str) -> PyResult<Rc<str>> {
    match unwrap(this) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(vm, this)
        ))),
    }
}

/// Parses a str method's arguments.
fn str_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Rc<str>, Slots)> {
    let (this, vals) = parse_args(vm, args, sig)?;
    Ok((recv_str(vm, &this, sig.name)?, vals))
}

/// A present, non-None argument.
fn given(v: &Option<Value>) -> Option<&Value> {
    match v {
        None | Some(Value::None) => None,
        Some(v) => Some(v),
    }
}

/// The argument in slot `i` (None when absent).
fn slot(vals: &[Option<Value>], i: usize) -> Value {
    vals.get(i).cloned().flatten().unwrap_or(Value::None)
}

/// A str argument, or a TypeError with `msg(type name)`.
fn str_arg(vm: &Interp, v: &Value, msg: impl Fn(&str) -> String) -> PyResult<Rc<str>> {
    match unwrap(v) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(msg(&type_name(vm, v)))),
    }
}

/// `start`/`end` arguments of the search methods.
fn slice_arg(vm: &Interp, v: &Option<Value>) -> PyResult<Option<i64>> {
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
fn int_arg(vm: &Interp, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => index_arg(vm, v),
    }
}

/// A `MemoryError` for results too large to build.
fn check_size(vm: &Interp, n: usize) -> PyResult<()> {
    if n > MAX_FORMAT_OUTPUT {
        return Err(vm.error("MemoryError", ""));
    }
    vm.reserve(n)
}

// ---------------------------------------------------------------------------
// Code-point indexing
// ---------------------------------------------------------------------------

/// The byte offset of code point `n` of `s` (its length when past the end).
fn byte_at(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    if s.is_ascii() {
        return n;
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// The number of code points in `s`.
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` into `0..=len`, counting
/// negative values from the end.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The part of `s` between code points `start` and `end` (adjusted), with
/// the code-point index where it begins; `None` when the window is shorter
/// than `min` code points.
fn window(s: &str, start: Option<i64>, end: Option<i64>, min: usize) -> Option<(usize, &str)> {
    let (start, end) = adjust(start, end, char_len(s));
    if end - start < min as i64 {
        return None;
    }
    let (a, b) = (start as usize, end as usize);
    let ba = byte_at(s, a);
    let bb = ba + byte_at(&s[ba..], b - a);
    Some((a, &s[ba..bb]))
}

// ---------------------------------------------------------------------------
// Character classes (Unicode 14.0, as CPython 3.11)
// ---------------------------------------------------------------------------

/// True when `c` lies in one of the inclusive ranges of `table`
/// (a flat, sorted list of `start, end` pairs).
fn in_table(table: &[u32], c: char) -> bool {
    let cp = u32::from(c);
    let pairs = table.len() / 2;
    // The candidate range is the last one starting at or before `cp`.
    let mut lo = 0;
    let mut hi = pairs;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[mid * 2] <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo > 0 && cp <= table[(lo - 1) * 2 + 1]
}

/// `Py_UNICODE_ISSPACE`.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries for `splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    format_spec::decimal_value(c).is_some()
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DIGIT, c)
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(NUMERIC, c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ALPHA, c)
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub(crate) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_table(NOT_PRINTABLE, c)
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(TITLE, c)
}

/// Cased: lowercase, uppercase or titlecase.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// An approximation of the Case_Ignorable property (apostrophes, periods,
/// modifier letters and combining marks), used for the final-sigma rule.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || ('\u{2b0}'..='\u{36f}').contains(&c)
        || ('\u{483}'..='\u{489}').contains(&c)
        || ('\u{591}'..='\u{5bd}').contains(&c)
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || ('\u{1ab0}'..='\u{1aff}').contains(&c)
        || ('\u{1dc0}'..='\u{1dff}').contains(&c)
        || ('\u{20d0}'..='\u{20ff}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
        || ('\u{fe20}'..='\u{fe2f}').contains(&c)
}

/// The final-sigma rule: a capital sigma at `i` lowercases to `ς` when it
/// ends a word (a cased letter before it, none after it, skipping
/// case-ignorable characters).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let after = chars[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    before && !after
}

/// Appends the full lowercase mapping of `chars[i]`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full titlecase mapping of `c` (SpecialCasing.txt where it
/// differs from the uppercase mapping).
fn push_title(out: &mut String, c: char) {
    let special: Option<&str> = match c {
        'ß' => Some("Ss"),
        '\u{1c4}'..='\u{1c6}' => Some("\u{1c5}"),
        '\u{1c7}'..='\u{1c9}' => Some("\u{1c8}"),
        '\u{1ca}'..='\u{1cc}' => Some("\u{1cb}"),
        '\u{1f1}'..='\u{1f3}' => Some("\u{1f2}"),
        '\u{587}' => Some("\u{535}\u{582}"),
        '\u{1fb2}' => Some("\u{1fba}\u{345}"),
        '\u{1fb4}' => Some("\u{386}\u{345}"),
        '\u{1fb7}' => Some("\u{391}\u{342}\u{345}"),
        '\u{1fc2}' => Some("\u{1fca}\u{345}"),
        '\u{1fc4}' => Some("\u{389}\u{345}"),
        '\u{1fc7}' => Some("\u{397}\u{342}\u{345}"),
        '\u{1ff2}' => Some("\u{1ffa}\u{345}"),
        '\u{1ff4}' => Some("\u{38f}\u{345}"),
        '\u{1ff7}' => Some("\u{3a9}\u{342}\u{345}"),
        '\u{fb00}' => Some("Ff"),
        '\u{fb01}' => Some("Fi"),
        '\u{fb02}' => Some("Fl"),
        '\u{fb03}' => Some("Ffi"),
        '\u{fb04}' => Some("Ffl"),
        '\u{fb05}' | '\u{fb06}' => Some("St"),
        '\u{fb13}' => Some("\u{544}\u{576}"),
        '\u{fb14}' => Some("\u{544}\u{565}"),
        '\u{fb15}' => Some("\u{544}\u{56b}"),
        '\u{fb16}' => Some("\u{54e}\u{576}"),
        '\u{fb17}' => Some("\u{544}\u{56d}"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return;
    }
    let n = u32::from(c);
    // Georgian Mkhedruli letters are their own titlecase (their uppercase
    // is Mtavruli).
    if let 0x10d0..=0x10fa | 0x10fd..=0x10ff = n {
        out.push(c);
        return;
    }
    // Greek letters with ypogegrammeni: the titlecase form is the
    // prosgegrammeni letter itself.
    let greek = match n {
        0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => char::from_u32(n + 8),
        0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc => Some(c),
        0x1fb3 => Some('\u{1fbc}'),
        0x1fc3 => Some('\u{1fcc}'),
        0x1ff3 => Some('\u{1ffc}'),
        _ => None,
    };
    match greek {
        Some(g) => out.push(g),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the full case folding of `c`.
fn push_fold(out: &mut String, c: char) {
    let special: Option<&str> = match c {
        '\u{1e9e}' => Some("ss"),
        'ς' => Some("σ"),
        'µ' => Some("μ"),
        'ſ' => Some("s"),
        '\u{345}' | '\u{1fbe}' => Some("ι"),
        '\u{3d0}' => Some("β"),
        '\u{3d1}' => Some("θ"),
        '\u{3d5}' => Some("φ"),
        '\u{3d6}' => Some("π"),
        '\u{3f0}' => Some("κ"),
        '\u{3f1}' => Some("ρ"),
        '\u{3f5}' => Some("ε"),
        '\u{1e9b}' => Some("\u{1e61}"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return;
    }
    // Cherokee folds to the uppercase letters; uppercase ones stay.
    if ('\u{13a0}'..='\u{13f5}').contains(&c) {
        out.push(c);
        return;
    }
    if ('\u{13f8}'..='\u{13fd}').contains(&c) || ('\u{ab70}'..='\u{abbf}').contains(&c) {
        out.extend(c.to_uppercase());
        return;
    }
    // Old Cyrillic letter variants fold to the basic letters.
    if ('\u{1c80}'..='\u{1c88}').contains(&c) {
        for u in c.to_uppercase() {
            out.extend(u.to_lowercase());
        }
        return;
    }
    // Characters whose uppercase expands (ß, ligatures, Greek with
    // ypogegrammeni, ...) fold to the lowercase of that expansion.
    let mut upper = c.to_uppercase();
    if upper.len() > 1 {
        for u in upper.by_ref() {
            out.extend(u.to_lowercase());
        }
        return;
    }
    out.extend(c.to_lowercase());
}

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (in_table(ALPHA, c) && !in_table(ID_START_EXCLUDE, c)) || in_table(ID_START_EXTRA, c)
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    is_id_start(c) || is_decimal(c) || in_table(ID_CONTINUE_EXTRA, c)
}

/// `str.isidentifier`: XID_Start (or `_`) followed by XID_Continue.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_id_start) && chars.all(is_id_continue)
}

// ---------------------------------------------------------------------------
// str methods: case and predicates
// ---------------------------------------------------------------------------

const S: &str = "str";

macro_rules! str_map {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (s, _) = str_args(vm, args, &sig(S, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&str) -> String = $body;
            Ok(Value::str(&f(&s)))
        }
    };
}

macro_rules! str_pred {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (s, _) = str_args(vm, args, &sig(S, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&str) -> bool = $body;
            Ok(Value::Bool(f(&s)))
        }
    };
}

str_map!(str_upper, "upper", |s| s.to_uppercase());
str_map!(str_lower, "lower", |s| s.to_lowercase());
str_map!(str_title, "title", title);
str_map!(str_capitalize, "capitalize", capitalize);
str_map!(str_swapcase, "swapcase", swapcase);
str_map!(str_casefold, "casefold", |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
});

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

str_pred!(str_isdigit, "isdigit", |s| !s.is_empty()
    && s.chars().all(is_digit));
str_pred!(str_isdecimal, "isdecimal", |s| !s.is_empty()
    && s.chars().all(is_decimal));
str_pred!(str_isnumeric, "isnumeric", |s| !s.is_empty()
    && s.chars().all(is_numeric));
str_pred!(str_isalpha, "isalpha", |s| !s.is_empty()
    && s.chars().all(is_alpha));
str_pred!(str_isalnum, "isalnum", |s| !s.is_empty()
    && s.chars().all(is_alnum));
str_pred!(str_isspace, "isspace", |s| !s.is_empty()
    && s.chars().all(is_space));
str_pred!(str_isascii, "isascii", |s| s.is_ascii());
str_pred!(str_isprintable, "isprintable", |s| s
    .chars()
    .all(is_printable));
str_pred!(str_isidentifier, "isidentifier", is_identifier);
str_pred!(str_isupper, "isupper", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
});
str_pred!(str_islower, "islower", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
});
str_pred!(str_istitle, "istitle", |s| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
});

// ---------------------------------------------------------------------------
// str methods: padding
// ---------------------------------------------------------------------------

/// `(width, fillchar)` of center/ljust/rjust.
fn pad_args(vm: &Interp, args: Args, name: &'static str) -> PyResult<(Rc<str>, i64, char)> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Clinic, 1, 2))?;
    let width = index_arg(vm, &slot(&a, 0))?;
    let fill = match &a[1] {
        None => ' ',
        Some(v) => {
            let f = str_arg(vm, v, |t| {
                format!("The fill character must be a unicode character, not {t}")
            })?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
    };
    Ok((s, width, fill))
}

/// `s` with `left` and `right` fill characters around it.
fn padded(vm: &Interp, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    check_size(vm, left.saturating_add(right))?;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::str(&out))
}

fn str_center(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "center")?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    padded(vm, &s, left as usize, (marg - left) as usize, fill)
}

fn str_ljust(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "ljust")?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    padded(vm, &s, 0, (width - len) as usize, fill)
}

fn str_rjust(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "rjust")?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    padded(vm, &s, (width - len) as usize, 0, fill)
}

fn str_zfill(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "zfill", Style::One, 1, 1))?;
    let width = index_arg(vm, &slot(&a, 0))?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let fill = (width - len) as usize;
    check_size(vm, fill)?;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            out.push_str(&s[..1]);
            rest
        }
        None => &s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::str(&out))
}

fn str_expandtabs(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, "expandtabs", &["tabsize"]))?;
    let tabsize = int_arg(vm, &a[0], 8)?;
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_size(vm, out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(&out))
}

// ---------------------------------------------------------------------------
// str methods: search
// ---------------------------------------------------------------------------

/// `(self, sub, start, end)` of the find family.
fn search_args(
    vm: &Interp,
    args: Args,
    name: &'static str,
) -> PyResult<(Rc<str>, Rc<str>, Bounds)> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Legacy, 1, 3))?;
    let sub = str_arg(vm, &slot(&a, 0), |t| format!("must be str, not {t}"))?;
    let start = slice_arg(vm, &a[1])?;
    let end = slice_arg(vm, &a[2])?;
    Ok((s, sub, (start, end)))
}

/// The code-point index of `sub` in `s[start:end]`, searching from the left
/// or the right.
fn find_in(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, right: bool) -> i64 {
    let Some((base, w)) = window(s, start, end, char_len(sub)) else {
        return -1;
    };
    let found = if right { w.rfind(sub) } else { w.find(sub) };
    match found {
        Some(b) => (base + char_len(&w[..b])) as i64,
        None => -1,
    }
}

fn find_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, name)?;
    let i = find_in(&s, &sub, start, end, right);
    if i < 0 && raise {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(i))
}

fn str_find(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "find", false, false)
}

fn str_rfind(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "rfind", true, false)
}

fn str_index(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "index", false, true)
}

fn str_rindex(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "rindex", true, true)
}

fn str_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "count")?;
    let n = match window(&s, start, end, char_len(&sub)) {
        None => 0,
        Some((_, w)) if sub.is_empty() => char_len(w) + 1,
        Some((_, w)) => w.matches(&*sub).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix_method(vm: &Interp, args: Args, name: &'static str, suffix: bool) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Legacy, 1, 3))?;
    let start = slice_arg(vm, &a[1])?;
    let end = slice_arg(vm, &a[2])?;
    let test = |sub: &str| match window(&s, start, end, char_len(sub)) {
        None => false,
        Some((_, w)) => {
            if suffix {
                w.ends_with(sub)
            } else {
                w.starts_with(sub)
            }
        }
    };
    let arg = slot(&a, 0);
    match unwrap(&arg) {
        Value::Str(sub) => Ok(Value::Bool(test(&sub))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match unwrap(item) {
                    Value::Str(sub) => {
                        if test(&sub) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(vm, item)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(vm, &arg)
        ))),
    }
}

fn str_startswith(vm: &Interp, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "startswith", false)
}

fn str_endswith(vm: &Interp, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "endswith", true)
}

fn str_removeprefix(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "removeprefix", Style::One, 1, 1))?;
    let p = str_arg(vm, &slot(&a, 0), |t| {
        format!("removeprefix() argument must be str, not {t}")
    })?;
    Ok(match s.strip_prefix(&*p) {
        Some(rest) if !p.is_empty() => Value::str(rest),
        _ => Value::Str(s),
    })
}

fn str_removesuffix(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "removesuffix", Style::One, 1, 1))?;
    let p = str_arg(vm, &slot(&a, 0), |t| {
        format!("removesuffix() argument must be str, not {t}")
    })?;
    Ok(match s.strip_suffix(&*p) {
        Some(rest) if !p.is_empty() => Value::str(rest),
        _ => Value::Str(s),
    })
}

// ---------------------------------------------------------------------------
// str methods: split, join, strip, replace
// ---------------------------------------------------------------------------

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// Splits on runs of whitespace, at most `maxsplit` times (negative: no
/// limit), from the left or the right.
fn split_whitespace(s: &str, maxsplit: i64, right: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut splits = 0;
    loop {
        rest = if right {
            rest.trim_end_matches(is_space)
        } else {
            rest.trim_start_matches(is_space)
        };
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        if right {
            match rest.char_indices().rev().find(|(_, c)| is_space(*c)) {
                Some((i, c)) => {
                    out.push(&rest[i + c.len_utf8()..]);
                    rest = &rest[..i];
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        } else {
            match rest.find(is_space) {
                Some(i) => {
                    out.push(&rest[..i]);
                    rest = &rest[i..];
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
        splits += 1;
    }
    if right {
        out.reverse();
    }
    out
}

fn split_method(vm: &Interp, args: Args, name: &'static str, right: bool) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, name, &["sep", "maxsplit"]))?;
    let maxsplit = int_arg(vm, &a[1], -1)?;
    let Some(sep) = given(&a[0]) else {
        return Ok(str_list(split_whitespace(&s, maxsplit, right)));
    };
    let sep = str_arg(vm, sep, |t| format!("must be str or None, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: Vec<&str> = match (maxsplit < 0, right) {
        (true, false) => s.split(&*sep).collect(),
        (true, true) => {
            let mut v: Vec<&str> = s.rsplit(&*sep).collect();
            v.reverse();
            v
        }
        (false, false) => s
            .splitn(
                usize::try_from(maxsplit)
                    .unwrap_or(usize::MAX)
                    .saturating_add(1),
                &*sep,
            )
            .collect(),
        (false, true) => {
            let mut v: Vec<&str> = s
                .rsplitn(
                    usize::try_from(maxsplit)
                        .unwrap_or(usize::MAX)
                        .saturating_add(1),
                    &*sep,
                )
                .collect();
            v.reverse();
            v
        }
    };
    Ok(str_list(parts))
}

fn str_split(vm: &Interp, args: Args) -> PyResult<Value> {
    split_method(vm, args, "split", false)
}

fn str_rsplit(vm: &Interp, args: Args) -> PyResult<Value> {
    split_method(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, "splitlines", &["keepends"]))?;
    let keepends = match &a[0] {
        None => false,
        Some(v) => ops::truthy(vm, v)?,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n') {
                it.next();
                end += 1;
            }
            out.push(if keepends {
                &s[start..end]
            } else {
                &s[start..i]
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(str_list(out))
}

fn partition_method(vm: &Interp, args: Args, name: &'static str, right: bool) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::One, 1, 1))?;
    let sep = str_arg(vm, &slot(&a, 0), |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(&*sep) } else { s.find(&*sep) };
    let empty = Value::str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s[..i]),
            Value::Str(sep.clone()),
            Value::str(&s[i + sep.len()..]),
        ],
        None if right => vec![empty.clone(), empty, Value::Str(s)],
        None => vec![Value::Str(s), empty.clone(), empty],
    }))
}

fn str_partition(vm: &Interp, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "partition", false)
}

fn str_rpartition(vm: &Interp, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "rpartition", true)
}

fn str_join(vm: &Interp, args: Args) -> PyResult<Value> {
    let (sep, a) = str_args(vm, args, &sig(S, "join", Style::One, 1, 1))?;
    let it = slot(&a, 0);
    if !crate::protocol::iter::is_iterable(vm, &it) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = crate::protocol::iter::collect(vm, &it)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        match unwrap(item) {
            Value::Str(s) => {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&s);
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, item)
                )));
            }
        }
    }
    vm.reserve(out.len())?;
    let joined = Value::str(&out);
    vm.track(&joined);
    Ok(joined)
}

fn strip_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Clinic, 0, 1))?;
    let chars = match given(&a[0]) {
        None => None,
        Some(v) => Some(str_arg(vm, v, |_| {
            format!("{name} arg must be None or str")
        })?),
    };
    let pred = |c: char| match &chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(if r.len() == s.len() {
        Value::Str(s)
    } else {
        Value::str(r)
    })
}

fn str_strip(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "strip", true, true)
}

fn str_lstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "lstrip", true, false)
}

fn str_rstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "replace", Style::Clinic, 2, 3))?;
    let old = str_arg(vm, &slot(&a, 0), |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(vm, &slot(&a, 1), |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = int_arg(vm, &a[2], -1)?;
    // Bound the result size before building it.
    let hits = if old.is_empty() {
        char_len(&s) + 1
    } else {
        s.matches(&*old).count()
    };
    let hits = if count < 0 {
        hits
    } else {
        hits.min(usize::try_from(count).unwrap_or(usize::MAX))
    };
    if hits == 0 {
        return Ok(Value::Str(s));
    }
    if new.len() > old.len() {
        check_size(
            vm,
            s.len()
                .saturating_add(hits.saturating_mul(new.len() - old.len())),
        )?;
    }
    Ok(Value::str(&s.replacen(&*old, &new, hits)))
}

// ---------------------------------------------------------------------------
// str methods: encode, translate, maketrans
// ---------------------------------------------------------------------------

/// The codecs `encode`/`decode` know.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec can represent.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x10ffff,
            Codec::Ascii => 0x7f,
            Codec::Latin1 => 0xff,
        }
    }
}

fn codec(vm: &Interp, name: &str) -> PyResult<Codec> {
    let norm = name.trim().to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Ok(Codec::Latin1),
        _ => Err(vm.error("LookupError", format!("unknown encoding: {name}"))),
    }
}

/// An exception of a codec error class (falling back to UnicodeError where
/// the interpreter lacks the specific class).
fn unicode_error(vm: &Interp, class: &str, msg: String) -> PyErr {
    if vm.types.exceptions.contains_key(class) {
        vm.error(class, msg)
    } else {
        vm.error("UnicodeError", msg)
    }
}

/// `(encoding, errors)` arguments as strings.
fn codec_args(vm: &Interp, a: &[Option<Value>], fname: &str) -> PyResult<(Codec, Rc<str>)> {
    let enc = match given(&a[0]) {
        None => Rc::from("utf-8"),
        Some(v) => str_arg(vm, v, |t| {
            format!("{fname}() argument 'encoding' must be str, not {t}")
        })?,
    };
    let errors = match given(&a[1]) {
        None => Rc::from("strict"),
        Some(v) => str_arg(vm, v, |t| {
            format!("{fname}() argument 'errors' must be str, not {t}")
        })?,
    };
    Ok((codec(vm, &enc)?, errors))
}

fn str_encode(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, "encode", &["encoding", "errors"]))?;
    let (codec, errors) = codec_args(vm, &a, "encode")?;
    if codec == Codec::Utf8 {
        return Ok(Value::Bytes(Rc::from(s.as_bytes())));
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let n = u32::from(c);
        if n <= limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        match &*errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = if n <= 0xff {
                    format!("\\x{n:02x}")
                } else if n <= 0xffff {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{n};").as_bytes()),
            "strict" => {
                let mut end = i + 1;
                while end < chars.len() && u32::from(chars[end]) > limit {
                    end += 1;
                }
                let what = if end - i == 1 {
                    format!(
                        "character {} in position {i}",
                        ascii(&ops::repr_str(&c.to_string()))
                    )
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({})",
                        codec.name(),
                        limit + 1
                    ),
                ));
            }
            other => {
                return Err(vm.error(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        i += 1;
    }
    Ok(Value::Bytes(Rc::from(out)))
}

/// True when `e` is a LookupError (KeyError, IndexError, ...).
fn is_lookup_error(vm: &Interp, e: &PyErr) -> bool {
    e.matches(vm, "LookupError")
}

fn str_translate(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "translate", Style::One, 1, 1))?;
    let table = slot(&a, 0);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = match &table {
            Value::Dict(d) => d.borrow().get(vm, &key)?,
            _ => match crate::protocol::containers::getitem(vm, &table, &key) {
                Ok(v) => Some(v),
                Err(e) if is_lookup_error(vm, &e) => None,
                Err(e) => return Err(e),
            },
        };
        match mapped.map(|m| unwrap(&m)) {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(&r),
            Some(m @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                let n = ops::to_bigint(&m).and_then(|b| b.to_u32());
                match n.and_then(char::from_u32) {
                    Some(r) => out.push(r),
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"));
                    }
                }
            }
            Some(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"));
            }
        }
        check_size(vm, out.len())?;
    }
    Ok(Value::str(&out))
}

/// `str.maketrans(x[, y[, z]])` (a static method: no receiver).
fn str_maketrans(vm: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let mut d = Dict::new();
    let x = unwrap(&args.pos[0]);
    if n == 1 {
        let Value::Dict(src) = &x else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = src.borrow().items();
        for (k, v) in items {
            let key = match unwrap(&k) {
                Value::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                        _ => {
                            return Err(vm.value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            d.set(vm, key, v)?;
        }
        return Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))));
    }
    let Value::Str(x) = x else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_arg(vm, &args.pos[1], |t| {
        format!("maketrans() argument 2 must be str, not {t}")
    })?;
    if char_len(&x) != char_len(&y) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        d.set(
            vm,
            Value::Int(i64::from(u32::from(a))),
            Value::Int(i64::from(u32::from(b))),
        )?;
    }
    if let Some(z) = args.pos.get(2) {
        let z = str_arg(vm, z, |t| {
            format!("maketrans() argument 3 must be str, not {t}")
        })?;
        for c in z.chars() {
            d.set(vm, Value::Int(i64::from(u32::from(c))), Value::None)?;
        }
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

fn str_format(vm: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
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

fn str_format_map(vm: &Interp, args: Args) -> PyResult<Value> {
    let (fmt, a) = str_args(vm, args, &sig(S, "format_map", Style::One, 1, 1))?;
    let mapping = slot(&a, 0);
    let src = FieldSource {
        args: None,
        named: Named::Mapping(&mapping),
    };
    let mut auto = AutoNumber::default();
    Ok(Value::str(&build_string(vm, &fmt, &src, 2, &mut auto)?))
}

fn str_dunder_format(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "__format__", Style::One, 1, 1))?;
    let spec = str_arg(vm, &slot(&a, 0), |t| {
        format!("__format__() argument must be str, not {t}")
    })?;
    Ok(Value::str(&format_value(vm, &Value::Str(s), &spec)?))
}

/// Where named fields come from: `**kwargs` of `format` or the mapping of
/// `format_map`.
enum Named<'a> {
    Kwargs(&'a [(Rc<str>, Value)]),
    Mapping(&'a Value),
}

/// The arguments fields are looked up in.
struct FieldSource<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    named: Named<'a>,
}

/// CPython's automatic field numbering state.
#[derive(Default)]
struct AutoNumber {
    /// `Some(true)` once `{}` was used, `Some(false)` once `{0}` was.
    auto: Option<bool>,
    next: usize,
}

/// One replacement field, as text slices of the format string.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_has_fields: bool,
}

/// Expands a format string (CPython's `build_string`); `depth` limits
/// nested replacement fields inside format specs.
fn build_string(
    vm: &Interp,
    fmt: &str,
    src: &FieldSource,
    depth: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '}' => {
                if chars.get(i) == Some(&'}') {
                    out.push('}');
                    i += 1;
                } else {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
            }
            '{' => {
                match chars.get(i) {
                    None => {
                        return Err(vm.value_error("Single '{' encountered in format string"));
                    }
                    Some('{') => {
                        out.push('{');
                        i += 1;
                        continue;
                    }
                    Some(_) => {}
                }
                let field = parse_field(vm, &chars, &mut i)?;
                render_field(vm, &field, src, depth, auto, &mut out)?;
                check_size(vm, out.len())?;
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Parses a replacement field after its `{`, leaving `i` after its `}`.
fn parse_field(vm: &Interp, chars: &[char], i: &mut usize) -> PyResult<Field> {
    let n = chars.len();
    let name_start = *i;
    let mut end_char = None;
    while *i < n {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *i < n && chars[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                end_char = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(mut end_char) = end_char else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let name: String = chars[name_start..*i - 1].iter().collect();
    let mut conversion = None;
    if end_char == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(conv);
        *i += 1;
        let Some(&next) = chars.get(*i) else {
            return Err(vm.value_error("unmatched '{' in format spec"));
        };
        *i += 1;
        if next != ':' && next != '}' {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        end_char = next;
    }
    let mut spec = String::new();
    let mut spec_has_fields = false;
    if end_char == ':' {
        let spec_start = *i;
        let mut nesting = 1;
        loop {
            let Some(&c) = chars.get(*i) else {
                return Err(vm.value_error("unmatched '{' in format spec"));
            };
            *i += 1;
            if c == '{' {
                nesting += 1;
                spec_has_fields = true;
            } else if c == '}' {
                nesting -= 1;
                if nesting == 0 {
                    break;
                }
            }
        }
        spec = chars[spec_start..*i - 1].iter().collect();
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
fn field_integer(vm: &Interp, s: &str) -> PyResult<Option<usize>> {
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
fn field_object(
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
                        "IndexError",
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
fn render_field(
    vm: &Interp,
    field: &Field,
    src: &FieldSource,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let obj = field_object(vm, &field.name, src, auto)?;
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
    let spec = if field.spec_has_fields {
        build_string(vm, &field.spec, src, depth - 1, auto)?
    } else {
        field.spec.clone()
    };
    out.push_str(&format_value(vm, &obj, &spec)?);
    Ok(())
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// The `%` flags of one conversion.
#[derive(Default, Clone, Copy)]
struct PctFlags {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// Flags, width and precision of one conversion.
#[derive(Clone, Copy)]
struct PctSpec {
    flags: PctFlags,
    width: usize,
    prec: Option<usize>,
}

/// CPython's argument cursor for `%`: a tuple is consumed item by item; any
/// other value is a single argument (`len == -1`, `idx == -2`).
struct PctArgs {
    value: Value,
    tuple: Option<Rc<[Value]>>,
    len: isize,
    idx: isize,
}

impl PctArgs {
    fn single(value: Value) -> PctArgs {
        PctArgs {
            value,
            tuple: None,
            len: -1,
            idx: -2,
        }
    }

    fn next(&mut self, vm: &Interp) -> PyResult<Value> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            return Ok(match &self.tuple {
                Some(t) if i >= 0 => t.get(i as usize).cloned().unwrap_or(Value::None),
                _ => self.value.clone(),
            });
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `PyMapping_Check` for the right operand of `%`.
fn is_mapping(vm: &Interp, v: &Value) -> bool {
    match unwrap(v) {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) => true,
        Value::Instance(_) | Value::Native(_) => {
            crate::protocol::classes::has_dunder(vm, v, "__getitem__")
                || ops::type_of(vm, v).lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

/// An integer for `*` width or precision.
fn star_arg(vm: &Interp, v: &Value) -> PyResult<i64> {
    match unwrap(v) {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::BigInt(_) => Err(vm.error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(vm.type_error("* wants int")),
    }
}

/// Reads ASCII digits at `chars[*i..]` as a number.
fn pct_number(vm: &Interp, chars: &[char], i: &mut usize, what: &str) -> PyResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error(format!("{what} too big")))?;
        *i += 1;
    }
    Ok(n)
}

/// Lays out a converted value: `sign`, `prefix` and `body` padded to
/// `width`; zero padding goes between the prefix and the body.
fn pct_pad(
    vm: &Interp,
    out: &mut String,
    [sign, prefix, body]: [&str; 3],
    spec: &PctSpec,
    numeric: bool,
) -> PyResult<()> {
    let PctSpec { flags, width, .. } = *spec;
    let len = char_len(sign) + char_len(prefix) + char_len(body);
    let pad = width.saturating_sub(len);
    check_size(vm, pad)?;
    if flags.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if flags.zero && numeric {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(())
}

/// The integer a `%d`/`%x`-style conversion formats, or the TypeError.
fn pct_int(vm: &Interp, v: &Value, code: char) -> PyResult<BigInt> {
    let u = unwrap(v);
    if let Some(b) = ops::to_bigint(&u) {
        return Ok(b);
    }
    let decimal = matches!(code, 'd' | 'i' | 'u');
    let number = match &u {
        Value::Float(_) => true,
        Value::Instance(_) | Value::Native(_) => ["__index__", "__int__", "__float__"]
            .iter()
            .any(|d| crate::protocol::classes::has_dunder(vm, &u, d)),
        _ => false,
    };
    if number {
        if decimal {
            let i = crate::protocol::types::construct::to_int(vm, &u)?;
            if let Some(b) = ops::to_bigint(&i) {
                return Ok(b);
            }
        } else if let Some(r) = crate::protocol::classes::call_dunder(vm, &u, "__index__", vec![])?
            && let Some(b) = ops::to_bigint(&r)
        {
            return Ok(b);
        }
    }
    Err(vm.type_error(if decimal {
        format!(
            "%{code} format: a real number is required, not {}",
            type_name(vm, v)
        )
    } else {
        format!(
            "%{code} format: an integer is required, not {}",
            type_name(vm, v)
        )
    }))
}

/// One `%` conversion of `v` appended to `out`.
fn pct_convert(
    vm: &Interp,
    out: &mut String,
    code: char,
    v: &Value,
    spec: &PctSpec,
    pos: usize,
) -> PyResult<()> {
    let PctSpec { flags, prec, .. } = *spec;
    match code {
        's' | 'r' | 'a' => {
            let text = match code {
                's' => str_of(vm, v)?,
                'r' => ops::repr(vm, v)?,
                _ => ascii(&ops::repr(vm, v)?),
            };
            let text = match prec {
                Some(p) => &text[..byte_at(&text, p)],
                None => &text[..],
            };
            pct_pad(vm, out, ["", "", text], spec, false)
        }
        'c' => {
            let c = match unwrap(v) {
                Value::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(vm.type_error("%c requires int or char")),
                    }
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    let n = ops::to_bigint(&unwrap(v)).and_then(|b| b.to_u32());
                    match n.and_then(char::from_u32) {
                        Some(c) => c,
                        None => {
                            return Err(vm.error("OverflowError", "%c arg not in range(0x110000)"));
                        }
                    }
                }
                _ => return Err(vm.type_error("%c requires int or char")),
            };
            pct_pad(vm, out, ["", "", &c.to_string()], spec, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = pct_int(vm, v, code)?;
            let mut digits = match code {
                'o' => n.abs().to_str_radix(8),
                'x' => n.abs().to_str_radix(16),
                'X' => n.abs().to_str_radix(16).to_ascii_uppercase(),
                _ => n.abs().to_string(),
            };
            if let Some(p) = prec
                && digits.len() < p
            {
                check_size(vm, p)?;
                digits = "0".repeat(p - digits.len()) + &digits;
            }
            let sign = if n.is_negative() {
                "-"
            } else if flags.sign {
                "+"
            } else if flags.blank {
                " "
            } else {
                ""
            };
            let prefix = match code {
                'o' if flags.alt => "0o",
                'x' if flags.alt => "0x",
                'X' if flags.alt => "0X",
                _ => "",
            };
            pct_pad(vm, out, [sign, prefix, &digits], spec, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match unwrap(v) {
                Value::Float(f) => f,
                u @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                    ops::to_f64(vm, &u)?.unwrap_or(0.0)
                }
                u => crate::protocol::types::construct::f64_arg(vm, &u)?,
            };
            let style = match code {
                'e' | 'E' => FloatStyle::Exponent,
                'f' | 'F' => FloatStyle::Fixed,
                _ => FloatStyle::General,
            };
            let dts = DtsFlags {
                alternate: flags.alt,
                uppercase: code.is_ascii_uppercase(),
                ..DtsFlags::default()
            };
            let text = double_to_string(x, style, prec.unwrap_or(6), dts)
                .map_err(|_| vm.error("MemoryError", ""))?;
            let (sign, body) = match text.strip_prefix('-') {
                Some(rest) => ("-", rest),
                None if flags.sign => ("+", &text[..]),
                None if flags.blank => (" ", &text[..]),
                None => ("", &text[..]),
            };
            pct_pad(vm, out, [sign, "", body], spec, true)
        }
        other => Err(vm.value_error(format!(
            "unsupported format character '{}' ({:#x}) at index {pos}",
            if ('\x1f'..='~').contains(&other) {
                other
            } else {
                '?'
            },
            u32::from(other)
        ))),
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &Interp, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Value::Str(f) = unwrap(fmt) else {
        return Err(vm.type_error("not a format string"));
    };
    let argsu = unwrap(args);
    let mut cursor = match &argsu {
        Value::Tuple(t) => PctArgs {
            value: argsu.clone(),
            tuple: Some(t.clone()),
            len: t.len() as isize,
            idx: 0,
        },
        _ => PctArgs::single(args.clone()),
    };
    let dict = (!matches!(argsu, Value::Tuple(_) | Value::Str(_)) && is_mapping(vm, args))
        .then(|| args.clone());
    let chars: Vec<char> = f.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(f.len() + 16);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let incomplete = || vm.value_error("incomplete format");
        match chars.get(i) {
            None => return Err(incomplete()),
            Some('%') => {
                out.push('%');
                i += 1;
                continue;
            }
            Some('(') => {
                let Some(d) = &dict else {
                    return Err(vm.type_error("format requires a mapping"));
                };
                i += 1;
                let key_start = i;
                let mut depth = 1;
                while i < n && depth > 0 {
                    match chars[i] {
                        ')' => depth -= 1,
                        '(' => depth += 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(vm.value_error("incomplete format key"));
                }
                let key: String = chars[key_start..i - 1].iter().collect();
                let v = crate::protocol::containers::getitem(vm, d, &Value::str(&key))?;
                cursor = PctArgs::single(v);
            }
            Some(_) => {}
        }
        let mut flags = PctFlags::default();
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let width = if chars.get(i) == Some(&'*') {
            i += 1;
            let w = star_arg(vm, &cursor.next(vm)?)?;
            if w < 0 {
                flags.left = true;
            }
            usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX)
        } else {
            pct_number(vm, &chars, &mut i, "width")?
        };
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                let p = star_arg(vm, &cursor.next(vm)?)?;
                prec = Some(usize::try_from(p.max(0)).unwrap_or(usize::MAX));
            } else {
                prec = Some(pct_number(vm, &chars, &mut i, "precision")?);
            }
        }
        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&code) = chars.get(i) else {
            return Err(incomplete());
        };
        i += 1;
        let v = cursor.next(vm)?;
        if let Some(p) = prec {
            check_size(vm, p)?;
        }
        let spec = PctSpec { flags, width, prec };
        pct_convert(vm, &mut out, code, &v, &spec, i - 1)?;
        check_size(vm, out.len())?;
    }
    if cursor.idx < cursor.len && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::str(&out))
}

// ---------------------------------------------------------------------------
// bytes methods (a small subset)
// ---------------------------------------------------------------------------

const B: &str = "bytes";

fn recv_bytes(vm: &Interp, this: &Value, name: &str) -> PyResult<Rc<[u8]>> {
    match unwrap(this) {
        Value::Bytes(b) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            type_name(vm, this)
        ))),
    }
}

fn bytes_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Rc<[u8]>, Slots)> {
    let (this, vals) = parse_args(vm, args, sig)?;
    Ok((recv_bytes(vm, &this, sig.name)?, vals))
}

/// A bytes-like argument.
fn bytes_arg(vm: &Interp, v: &Value) -> PyResult<Rc<[u8]>> {
    match unwrap(v) {
        Value::Bytes(b) => Ok(b),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, v)
        ))),
    }
}

fn bfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

/// Non-overlapping occurrences of a non-empty `n` in `h`.
fn bcount(h: &[u8], n: &[u8]) -> usize {
    let mut count = 0;
    let mut rest = h;
    while let Some(i) = bfind(rest, n) {
        count += 1;
        rest = &rest[i + n.len()..];
    }
    count
}

/// The window `b[start:end]` (adjusted) and its offset, if at least `min`
/// bytes long.
fn bwindow(b: &[u8], start: Option<i64>, end: Option<i64>, min: usize) -> Option<(usize, &[u8])> {
    let (start, end) = adjust(start, end, b.len());
    if end - start < min as i64 {
        return None;
    }
    Some((start as usize, &b[start as usize..end as usize]))
}

fn bytes_decode(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = bytes_args(vm, args, &kw_sig(B, "decode", &["encoding", "errors"]))?;
    let (codec, errors) = codec_args(vm, &a, "decode")?;
    let mut out = String::with_capacity(b.len());
    let mut rest: &[u8] = &b;
    let mut pos = 0;
    loop {
        let (valid, bad) = match codec {
            Codec::Utf8 => match std::str::from_utf8(rest) {
                Ok(s) => (s.len(), None),
                Err(e) => (e.valid_up_to(), Some(e.error_len())),
            },
            Codec::Ascii => match rest.iter().position(|c| *c >= 0x80) {
                Some(p) => (p, Some(Some(1))),
                None => (rest.len(), None),
            },
            Codec::Latin1 => {
                out.extend(rest.iter().map(|c| char::from(*c)));
                break;
            }
        };
        out.push_str(&String::from_utf8_lossy(&rest[..valid]));
        let Some(bad_len) = bad else {
            break;
        };
        let n = bad_len.unwrap_or(rest.len() - valid);
        let at = pos + valid;
        match &*errors {
            "strict" => {
                let first = rest[valid];
                let reason = match (codec, bad_len) {
                    (Codec::Ascii, _) => "ordinal not in range(128)",
                    (_, None) => "unexpected end of data",
                    _ if (0x80..0xc2).contains(&first) || first > 0xf4 => "invalid start byte",
                    _ => "invalid continuation byte",
                };
                let what = if n == 1 {
                    format!("byte {first:#04x} in position {at}")
                } else {
                    format!("bytes in position {at}-{}", at + n - 1)
                };
                return Err(unicode_error(
                    vm,
                    "UnicodeDecodeError",
                    format!("'{}' codec can't decode {what}: {reason}", codec.name()),
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for c in &rest[valid..valid + n] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            other => {
                return Err(vm.error(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        rest = &rest[valid + n..];
        pos = at + n;
    }
    Ok(Value::str(&out))
}

fn bytes_hex(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = bytes_args(vm, args, &kw_sig(B, "hex", &["sep", "bytes_per_sep"]))?;
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = given(&a[0]) else {
        return Ok(Value::str(&digits.concat()));
    };
    let sep: String = match unwrap(sep) {
        Value::Str(s) => s.to_string(),
        Value::Bytes(s) => String::from_utf8_lossy(&s).into_owned(),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = int_arg(vm, &a[1], 1)?;
    let group = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    if group == 0 || digits.is_empty() {
        return Ok(Value::str(&digits.concat()));
    }
    let mut out = String::new();
    let n = digits.len();
    for (i, d) in digits.iter().enumerate() {
        // Groups are counted from the right for a positive count.
        let boundary = if per > 0 {
            i > 0 && (n - i).is_multiple_of(group)
        } else {
            i > 0 && i.is_multiple_of(group)
        };
        if boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(Value::str(&out))
}

fn bytes_upper(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, _) = bytes_args(vm, args, &sig(B, "upper", Style::NoArgs, 0, 0))?;
    Ok(Value::Bytes(Rc::from(b.to_ascii_uppercase())))
}

fn bytes_lower(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, _) = bytes_args(vm, args, &sig(B, "lower", Style::NoArgs, 0, 0))?;
    Ok(Value::Bytes(Rc::from(b.to_ascii_lowercase())))
}

macro_rules! bytes_pred {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (b, _) = bytes_args(vm, args, &sig(B, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&u8) -> bool = $body;
            Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
        }
    };
}

bytes_pred!(bytes_isdigit, "isdigit", |c| c.is_ascii_digit());
bytes_pred!(bytes_isalpha, "isalpha", |c| c.is_ascii_alphabetic());
bytes_pred!(bytes_isspace, "isspace", |c| is_bspace(*c));

fn is_bspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn bytes_affix(vm: &Interp, args: Args, name: &'static str, suffix: bool) -> PyResult<Value> {
    let (b, a) = bytes_args(vm, args, &sig(B, name, Style::Legacy, 1, 3))?;
    let start = slice_arg(vm, &a[1])?;
    let end = slice_arg(vm, &a[2])?;
    let test = |sub: &[u8]| match bwindow(&b, start, end, sub.len()) {
        None => false,
        Some((_, w)) => {
            if suffix {
                w.ends_with(sub)
            } else {
                w.starts_with(sub)
            }
        }
    };
    let arg = slot(&a, 0);
    match unwrap(&arg) {
        Value::Bytes(sub) => Ok(Value::Bool(test(&sub))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match unwrap(item) {
                    Value::Bytes(sub) => {
                        if test(&sub) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            type_name(vm, item)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(vm, &arg)
        ))),
    }
}

fn bytes_startswith(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_affix(vm, args, "startswith", false)
}

fn bytes_endswith(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_affix(vm, args, "endswith", true)
}

fn bytes_list(parts: Vec<&[u8]>) -> Value {
    Value::list(
        parts
            .into_iter()
            .map(|p| Value::Bytes(Rc::from(p)))
            .collect(),
    )
}

fn bytes_split(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = bytes_args(vm, args, &kw_sig(B, "split", &["sep", "maxsplit"]))?;
    let maxsplit = int_arg(vm, &a[1], -1)?;
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out: Vec<&[u8]> = Vec::new();
    match given(&a[0]) {
        None => {
            let mut rest: &[u8] = &b;
            loop {
                let skip = rest.iter().take_while(|c| is_bspace(**c)).count();
                rest = &rest[skip..];
                if rest.is_empty() {
                    break;
                }
                if out.len() >= limit {
                    out.push(rest);
                    break;
                }
                match rest.iter().position(|c| is_bspace(*c)) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i..];
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
        }
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest: &[u8] = &b;
            while out.len() < limit {
                match bfind(rest, &sep) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
    }
    Ok(bytes_list(out))
}

fn bytes_join(vm: &Interp, args: Args) -> PyResult<Value> {
    let (sep, a) = bytes_args(vm, args, &sig(B, "join", Style::One, 1, 1))?;
    let items = crate::protocol::iter::collect(vm, &slot(&a, 0))?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match unwrap(item) {
            Value::Bytes(b) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend_from_slice(&b);
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(vm, item)
                )));
            }
        }
    }
    Ok(Value::Bytes(Rc::from(out)))
}

fn bytes_strip_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (b, a) = bytes_args(vm, args, &sig(B, name, Style::Clinic, 0, 1))?;
    let set = match given(&a[0]) {
        None => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |c: &u8| match &set {
        None => is_bspace(*c),
        Some(s) => s.contains(c),
    };
    let mut r: &[u8] = &b;
    if left {
        let n = r.iter().take_while(|c| strip(c)).count();
        r = &r[n..];
    }
    if right {
        let n = r.iter().rev().take_while(|c| strip(c)).count();
        r = &r[..r.len() - n];
    }
    Ok(Value::Bytes(Rc::from(r)))
}

fn bytes_strip(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_strip_method(vm, args, "strip", true, true)
}

fn bytes_lstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_strip_method(vm, args, "lstrip", true, false)
}

fn bytes_rstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_strip_method(vm, args, "rstrip", false, true)
}

fn bytes_replace(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = bytes_args(vm, args, &sig(B, "replace", Style::Clinic, 2, 3))?;
    let old = bytes_arg(vm, &slot(&a, 0))?;
    let new = bytes_arg(vm, &slot(&a, 1))?;
    let count = int_arg(vm, &a[2], -1)?;
    let mut left = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(*c);
            check_size(vm, out.len() + b.len() - i)?;
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(Value::Bytes(Rc::from(out)));
    }
    let mut rest: &[u8] = &b;
    while left > 0 {
        match bfind(rest, &old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                left -= 1;
                check_size(vm, out.len())?;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(Value::Bytes(Rc::from(out)))
}

/// `(self, sub, start, end)` for the bytes search methods; `sub` may be an
/// int (a single byte).
fn bytes_search_args(
    vm: &Interp,
    args: Args,
    name: &'static str,
) -> PyResult<(Rc<[u8]>, Vec<u8>, Bounds)> {
    let (b, a) = bytes_args(vm, args, &sig(B, name, Style::Legacy, 1, 3))?;
    let arg = slot(&a, 0);
    let sub = match unwrap(&arg) {
        Value::Bytes(s) => s.to_vec(),
        Value::Int(n) if (0..256).contains(&n) => vec![n as u8],
        Value::Int(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        _ => {
            return Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                type_name(vm, &arg)
            )));
        }
    };
    let start = slice_arg(vm, &a[1])?;
    let end = slice_arg(vm, &a[2])?;
    Ok((b, sub, (start, end)))
}

fn bytes_find_impl(vm: &Interp, args: Args, name: &'static str, raise: bool) -> PyResult<Value> {
    let (b, sub, (start, end)) = bytes_search_args(vm, args, name)?;
    let found =
        bwindow(&b, start, end, sub.len()).and_then(|(base, w)| bfind(w, &sub).map(|i| base + i));
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn bytes_find(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_find_impl(vm, args, "find", false)
}

fn bytes_index(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_find_impl(vm, args, "index", true)
}

fn bytes_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, sub, (start, end)) = bytes_search_args(vm, args, "count")?;
    let n = match bwindow(&b, start, end, sub.len()) {
        None => 0,
        Some((_, w)) if sub.is_empty() => w.len() + 1,
        Some((_, w)) => bcount(w, &sub),
    };
    Ok(Value::Int(n as i64))
}

// ---------------------------------------------------------------------------
// Unicode tables generated from CPython 3.11 (Unicode 14.0)
// ---------------------------------------------------------------------------

/// Code points `str.isalpha` accepts (categories Lu, Ll, Lt, Lm, Lo), as inclusive ranges.
const ALPHA: &[u32] = &[
    0x41, 0x5A, 0x61, 0x7A, 0xAA, 0xAA, 0xB5, 0xB5, 0xBA, 0xBA, 0xC0, 0xD6, 0xD8, 0xF6, 0xF8,
    0x2C1, 0x2C6, 0x2D1, 0x2E0, 0x2E4, 0x2EC, 0x2EC, 0x2EE, 0x2EE, 0x370, 0x374, 0x376, 0x377,
    0x37A, 0x37D, 0x37F, 0x37F, 0x386, 0x386, 0x388, 0x38A, 0x38C, 0x38C, 0x38E, 0x3A1, 0x3A3,
    0x3F5, 0x3F7, 0x481, 0x48A, 0x52F, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5D0, 0x5EA,
    0x5EF, 0x5F2, 0x620, 0x64A, 0x66E, 0x66F, 0x671, 0x6D3, 0x6D5, 0x6D5, 0x6E5, 0x6E6, 0x6EE,
    0x6EF, 0x6FA, 0x6FC, 0x6FF, 0x6FF, 0x710, 0x710, 0x712, 0x72F, 0x74D, 0x7A5, 0x7B1, 0x7B1,
    0x7CA, 0x7EA, 0x7F4, 0x7F5, 0x7FA, 0x7FA, 0x800, 0x815, 0x81A, 0x81A, 0x824, 0x824, 0x828,
    0x828, 0x840, 0x858, 0x860, 0x86A, 0x870, 0x887, 0x889, 0x88E, 0x8A0, 0x8C9, 0x904, 0x939,
    0x93D, 0x93D, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98C, 0x98F, 0x990, 0x993,
    0x9A8, 0x9AA, 0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9BD, 0x9BD, 0x9CE, 0x9CE, 0x9DC, 0x9DD,
    0x9DF, 0x9E1, 0x9F0, 0x9F1, 0x9FC, 0x9FC, 0xA05, 0xA0A, 0xA0F, 0xA10, 0xA13, 0xA28, 0xA2A,
    0xA30, 0xA32, 0xA33, 0xA35, 0xA36, 0xA38, 0xA39, 0xA59, 0xA5C, 0xA5E, 0xA5E, 0xA72, 0xA74,
    0xA85, 0xA8D, 0xA8F, 0xA91, 0xA93, 0xAA8, 0xAAA, 0xAB0, 0xAB2, 0xAB3, 0xAB5, 0xAB9, 0xABD,
    0xABD, 0xAD0, 0xAD0, 0xAE0, 0xAE1, 0xAF9, 0xAF9, 0xB05, 0xB0C, 0xB0F, 0xB10, 0xB13, 0xB28,
    0xB2A, 0xB30, 0xB32, 0xB33, 0xB35, 0xB39, 0xB3D, 0xB3D, 0xB5C, 0xB5D, 0xB5F, 0xB61, 0xB71,
    0xB71, 0xB83, 0xB83, 0xB85, 0xB8A, 0xB8E, 0xB90, 0xB92, 0xB95, 0xB99, 0xB9A, 0xB9C, 0xB9C,
    0xB9E, 0xB9F, 0xBA3, 0xBA4, 0xBA8, 0xBAA, 0xBAE, 0xBB9, 0xBD0, 0xBD0, 0xC05, 0xC0C, 0xC0E,
    0xC10, 0xC12, 0xC28, 0xC2A, 0xC39, 0xC3D, 0xC3D, 0xC58, 0xC5A, 0xC5D, 0xC5D, 0xC60, 0xC61,
    0xC80, 0xC80, 0xC85, 0xC8C, 0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3, 0xCB5, 0xCB9, 0xCBD,
    0xCBD, 0xCDD, 0xCDE, 0xCE0, 0xCE1, 0xCF1, 0xCF2, 0xD04, 0xD0C, 0xD0E, 0xD10, 0xD12, 0xD3A,
    0xD3D, 0xD3D, 0xD4E, 0xD4E, 0xD54, 0xD56, 0xD5F, 0xD61, 0xD7A, 0xD7F, 0xD85, 0xD96, 0xD9A,
    0xDB1, 0xDB3, 0xDBB, 0xDBD, 0xDBD, 0xDC0, 0xDC6, 0xE01, 0xE30, 0xE32, 0xE33, 0xE40, 0xE46,
    0xE81, 0xE82, 0xE84, 0xE84, 0xE86, 0xE8A, 0xE8C, 0xEA3, 0xEA5, 0xEA5, 0xEA7, 0xEB0, 0xEB2,
    0xEB3, 0xEBD, 0xEBD, 0xEC0, 0xEC4, 0xEC6, 0xEC6, 0xEDC, 0xEDF, 0xF00, 0xF00, 0xF40, 0xF47,
    0xF49, 0xF6C, 0xF88, 0xF8C, 0x1000, 0x102A, 0x103F, 0x103F, 0x1050, 0x1055, 0x105A, 0x105D,
    0x1061, 0x1061, 0x1065, 0x1066, 0x106E, 0x1070, 0x1075, 0x1081, 0x108E, 0x108E, 0x10A0, 0x10C5,
    0x10C7, 0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x10FA, 0x10FC, 0x1248, 0x124A, 0x124D, 0x1250, 0x1256,
    0x1258, 0x1258, 0x125A, 0x125D, 0x1260, 0x1288, 0x128A, 0x128D, 0x1290, 0x12B0, 0x12B2, 0x12B5,
    0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2, 0x12C5, 0x12C8, 0x12D6, 0x12D8, 0x1310, 0x1312, 0x1315,
    0x1318, 0x135A, 0x1380, 0x138F, 0x13A0, 0x13F5, 0x13F8, 0x13FD, 0x1401, 0x166C, 0x166F, 0x167F,
    0x1681, 0x169A, 0x16A0, 0x16EA, 0x16F1, 0x16F8, 0x1700, 0x1711, 0x171F, 0x1731, 0x1740, 0x1751,
    0x1760, 0x176C, 0x176E, 0x1770, 0x1780, 0x17B3, 0x17D7, 0x17D7, 0x17DC, 0x17DC, 0x1820, 0x1878,
    0x1880, 0x1884, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0x18B0, 0x18F5, 0x1900, 0x191E, 0x1950, 0x196D,
    0x1970, 0x1974, 0x1980, 0x19AB, 0x19B0, 0x19C9, 0x1A00, 0x1A16, 0x1A20, 0x1A54, 0x1AA7, 0x1AA7,
    0x1B05, 0x1B33, 0x1B45, 0x1B4C, 0x1B83, 0x1BA0, 0x1BAE, 0x1BAF, 0x1BBA, 0x1BE5, 0x1C00, 0x1C23,
    0x1C4D, 0x1C4F, 0x1C5A, 0x1C7D, 0x1C80, 0x1C88, 0x1C90, 0x1CBA, 0x1CBD, 0x1CBF, 0x1CE9, 0x1CEC,
    0x1CEE, 0x1CF3, 0x1CF5, 0x1CF6, 0x1CFA, 0x1CFA, 0x1D00, 0x1DBF, 0x1E00, 0x1F15, 0x1F18, 0x1F1D,
    0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B, 0x1F5D, 0x1F5D,
    0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC, 0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4, 0x1FC6, 0x1FCC,
    0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC, 0x2071, 0x2071,
    0x207F, 0x207F, 0x2090, 0x209C, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113, 0x2115, 0x2115,
    0x2119, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x212D, 0x212F, 0x2139,
    0x213C, 0x213F, 0x2145, 0x2149, 0x214E, 0x214E, 0x2183, 0x2184, 0x2C00, 0x2CE4, 0x2CEB, 0x2CEE,
    0x2CF2, 0x2CF3, 0x2D00, 0x2D25, 0x2D27, 0x2D27, 0x2D2D, 0x2D2D, 0x2D30, 0x2D67, 0x2D6F, 0x2D6F,
    0x2D80, 0x2D96, 0x2DA0, 0x2DA6, 0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE, 0x2DC0, 0x2DC6,
    0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x2E2F, 0x2E2F, 0x3005, 0x3006, 0x3031, 0x3035,
    0x303B, 0x303C, 0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F,
    0x3131, 0x318E, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0xA48C, 0xA4D0, 0xA4FD,
    0xA500, 0xA60C, 0xA610, 0xA61F, 0xA62A, 0xA62B, 0xA640, 0xA66E, 0xA67F, 0xA69D, 0xA6A0, 0xA6E5,
    0xA717, 0xA71F, 0xA722, 0xA788, 0xA78B, 0xA7CA, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9,
    0xA7F2, 0xA801, 0xA803, 0xA805, 0xA807, 0xA80A, 0xA80C, 0xA822, 0xA840, 0xA873, 0xA882, 0xA8B3,
    0xA8F2, 0xA8F7, 0xA8FB, 0xA8FB, 0xA8FD, 0xA8FE, 0xA90A, 0xA925, 0xA930, 0xA946, 0xA960, 0xA97C,
    0xA984, 0xA9B2, 0xA9CF, 0xA9CF, 0xA9E0, 0xA9E4, 0xA9E6, 0xA9EF, 0xA9FA, 0xA9FE, 0xAA00, 0xAA28,
    0xAA40, 0xAA42, 0xAA44, 0xAA4B, 0xAA60, 0xAA76, 0xAA7A, 0xAA7A, 0xAA7E, 0xAAAF, 0xAAB1, 0xAAB1,
    0xAAB5, 0xAAB6, 0xAAB9, 0xAABD, 0xAAC0, 0xAAC0, 0xAAC2, 0xAAC2, 0xAADB, 0xAADD, 0xAAE0, 0xAAEA,
    0xAAF2, 0xAAF4, 0xAB01, 0xAB06, 0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26, 0xAB28, 0xAB2E,
    0xAB30, 0xAB5A, 0xAB5C, 0xAB69, 0xAB70, 0xABE2, 0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB,
    0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFB00, 0xFB06, 0xFB13, 0xFB17, 0xFB1D, 0xFB1D, 0xFB1F, 0xFB28,
    0xFB2A, 0xFB36, 0xFB38, 0xFB3C, 0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44, 0xFB46, 0xFBB1,
    0xFBD3, 0xFD3D, 0xFD50, 0xFD8F, 0xFD92, 0xFDC7, 0xFDF0, 0xFDFB, 0xFE70, 0xFE74, 0xFE76, 0xFEFC,
    0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0xFF66, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF, 0xFFD2, 0xFFD7,
    0xFFDA, 0xFFDC, 0x10000, 0x1000B, 0x1000D, 0x10026, 0x10028, 0x1003A, 0x1003C, 0x1003D,
    0x1003F, 0x1004D, 0x10050, 0x1005D, 0x10080, 0x100FA, 0x10280, 0x1029C, 0x102A0, 0x102D0,
    0x10300, 0x1031F, 0x1032D, 0x10340, 0x10342, 0x10349, 0x10350, 0x10375, 0x10380, 0x1039D,
    0x103A0, 0x103C3, 0x103C8, 0x103CF, 0x10400, 0x1049D, 0x104B0, 0x104D3, 0x104D8, 0x104FB,
    0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057A, 0x1057C, 0x1058A, 0x1058C, 0x10592,
    0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC,
    0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107B0,
    0x107B2, 0x107BA, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080A, 0x10835, 0x10837, 0x10838,
    0x1083C, 0x1083C, 0x1083F, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089E, 0x108E0, 0x108F2,
    0x108F4, 0x108F5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109B7, 0x109BE, 0x109BF,
    0x10A00, 0x10A00, 0x10A10, 0x10A13, 0x10A15, 0x10A17, 0x10A19, 0x10A35, 0x10A60, 0x10A7C,
    0x10A80, 0x10A9C, 0x10AC0, 0x10AC7, 0x10AC9, 0x10AE4, 0x10B00, 0x10B35, 0x10B40, 0x10B55,
    0x10B60, 0x10B72, 0x10B80, 0x10B91, 0x10C00, 0x10C48, 0x10C80, 0x10CB2, 0x10CC0, 0x10CF2,
    0x10D00, 0x10D23, 0x10E80, 0x10EA9, 0x10EB0, 0x10EB1, 0x10F00, 0x10F1C, 0x10F27, 0x10F27,
    0x10F30, 0x10F45, 0x10F70, 0x10F81, 0x10FB0, 0x10FC4, 0x10FE0, 0x10FF6, 0x11003, 0x11037,
    0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110AF, 0x110D0, 0x110E8, 0x11103, 0x11126,
    0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172, 0x11176, 0x11176, 0x11183, 0x111B2,
    0x111C1, 0x111C4, 0x111DA, 0x111DA, 0x111DC, 0x111DC, 0x11200, 0x11211, 0x11213, 0x1122B,
    0x11280, 0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D, 0x1128F, 0x1129D, 0x1129F, 0x112A8,
    0x112B0, 0x112DE, 0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313, 0x11328, 0x1132A, 0x11330,
    0x11332, 0x11333, 0x11335, 0x11339, 0x1133D, 0x1133D, 0x11350, 0x11350, 0x1135D, 0x11361,
    0x11400, 0x11434, 0x11447, 0x1144A, 0x1145F, 0x11461, 0x11480, 0x114AF, 0x114C4, 0x114C5,
    0x114C7, 0x114C7, 0x11580, 0x115AE, 0x115D8, 0x115DB, 0x11600, 0x1162F, 0x11644, 0x11644,
    0x11680, 0x116AA, 0x116B8, 0x116B8, 0x11700, 0x1171A, 0x11740, 0x11746, 0x11800, 0x1182B,
    0x118A0, 0x118DF, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916,
    0x11918, 0x1192F, 0x1193F, 0x1193F, 0x11941, 0x11941, 0x119A0, 0x119A7, 0x119AA, 0x119D0,
    0x119E1, 0x119E1, 0x119E3, 0x119E3, 0x11A00, 0x11A00, 0x11A0B, 0x11A32, 0x11A3A, 0x11A3A,
    0x11A50, 0x11A50, 0x11A5C, 0x11A89, 0x11A9D, 0x11A9D, 0x11AB0, 0x11AF8, 0x11C00, 0x11C08,
    0x11C0A, 0x11C2E, 0x11C40, 0x11C40, 0x11C72, 0x11C8F, 0x11D00, 0x11D06, 0x11D08, 0x11D09,
    0x11D0B, 0x11D30, 0x11D46, 0x11D46, 0x11D60, 0x11D65, 0x11D67, 0x11D68, 0x11D6A, 0x11D89,
    0x11D98, 0x11D98, 0x11EE0, 0x11EF2, 0x11FB0, 0x11FB0, 0x12000, 0x12399, 0x12480, 0x12543,
    0x12F90, 0x12FF0, 0x13000, 0x1342E, 0x14400, 0x14646, 0x16800, 0x16A38, 0x16A40, 0x16A5E,
    0x16A70, 0x16ABE, 0x16AD0, 0x16AED, 0x16B00, 0x16B2F, 0x16B40, 0x16B43, 0x16B63, 0x16B77,
    0x16B7D, 0x16B8F, 0x16E40, 0x16E7F, 0x16F00, 0x16F4A, 0x16F50, 0x16F50, 0x16F93, 0x16F9F,
    0x16FE0, 0x16FE1, 0x16FE3, 0x16FE3, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08,
    0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152,
    0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1BC00, 0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88,
    0x1BC90, 0x1BC99, 0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E, 0x1D49F, 0x1D4A2, 0x1D4A2,
    0x1D4A5, 0x1D4A6, 0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9, 0x1D4BB, 0x1D4BB, 0x1D4BD, 0x1D4C3,
    0x1D4C5, 0x1D505, 0x1D507, 0x1D50A, 0x1D50D, 0x1D514, 0x1D516, 0x1D51C, 0x1D51E, 0x1D539,
    0x1D53B, 0x1D53E, 0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A, 0x1D550, 0x1D552, 0x1D6A5,
    0x1D6A8, 0x1D6C0, 0x1D6C2, 0x1D6DA, 0x1D6DC, 0x1D6FA, 0x1D6FC, 0x1D714, 0x1D716, 0x1D734,
    0x1D736, 0x1D74E, 0x1D750, 0x1D76E, 0x1D770, 0x1D788, 0x1D78A, 0x1D7A8, 0x1D7AA, 0x1D7C2,
    0x1D7C4, 0x1D7CB, 0x1DF00, 0x1DF1E, 0x1E100, 0x1E12C, 0x1E137, 0x1E13D, 0x1E14E, 0x1E14E,
    0x1E290, 0x1E2AD, 0x1E2C0, 0x1E2EB, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
    0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4, 0x1E900, 0x1E943, 0x1E94B, 0x1E94B, 0x1EE00, 0x1EE03,
    0x1EE05, 0x1EE1F, 0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32,
    0x1EE34, 0x1EE37, 0x1EE39, 0x1EE39, 0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47,
    0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F, 0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54,
    0x1EE57, 0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D, 0x1EE5F, 0x1EE5F,
    0x1EE61, 0x1EE62, 0x1EE64, 0x1EE64, 0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77,
    0x1EE79, 0x1EE7C, 0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3,
    0x1EEA5, 0x1EEA9, 0x1EEAB, 0x1EEBB, 0x20000, 0x2A6DF, 0x2A700, 0x2B738, 0x2B740, 0x2B81D,
    0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x2F800, 0x2FA1D, 0x30000, 0x3134A,
];

/// Code points `str.isnumeric` accepts, as inclusive ranges.
const NUMERIC: &[u32] = &[
    0x30, 0x39, 0xB2, 0xB3, 0xB9, 0xB9, 0xBC, 0xBE, 0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9,
    0x966, 0x96F, 0x9E6, 0x9EF, 0x9F4, 0x9F9, 0xA66, 0xA6F, 0xAE6, 0xAEF, 0xB66, 0xB6F, 0xB72,
    0xB77, 0xBE6, 0xBF2, 0xC66, 0xC6F, 0xC78, 0xC7E, 0xCE6, 0xCEF, 0xD58, 0xD5E, 0xD66, 0xD78,
    0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF33, 0x1040, 0x1049, 0x1090, 0x1099, 0x1369,
    0x137C, 0x16EE, 0x16F0, 0x17E0, 0x17E9, 0x17F0, 0x17F9, 0x1810, 0x1819, 0x1946, 0x194F, 0x19D0,
    0x19DA, 0x1A80, 0x1A89, 0x1A90, 0x1A99, 0x1B50, 0x1B59, 0x1BB0, 0x1BB9, 0x1C40, 0x1C49, 0x1C50,
    0x1C59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2150, 0x2182, 0x2185, 0x2189, 0x2460,
    0x249B, 0x24EA, 0x24FF, 0x2776, 0x2793, 0x2CFD, 0x2CFD, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038,
    0x303A, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324F, 0x3251, 0x325F, 0x3280, 0x3289, 0x32B1,
    0x32BF, 0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A, 0x3B4D, 0x3B4D, 0x4E00, 0x4E00, 0x4E03,
    0x4E03, 0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D, 0x4E8C, 0x4E8C, 0x4E94, 0x4E94, 0x4E96,
    0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8, 0x4F0D, 0x4F0D, 0x4F70, 0x4F70, 0x5104,
    0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341, 0x5343,
    0x5345, 0x534C, 0x534C, 0x53C1, 0x53C4, 0x56DB, 0x56DB, 0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A,
    0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E, 0x5F10, 0x5F10, 0x62FE, 0x62FE, 0x634C, 0x634C, 0x67D2,
    0x67D2, 0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E, 0x8086, 0x8086, 0x842C, 0x842C, 0x8CAE,
    0x8CAE, 0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964C, 0x964C, 0x9678,
    0x9678, 0x96F6, 0x96F6, 0xA620, 0xA629, 0xA6E6, 0xA6EF, 0xA830, 0xA835, 0xA8D0, 0xA8D9, 0xA900,
    0xA909, 0xA9D0, 0xA9D9, 0xA9F0, 0xA9F9, 0xAA50, 0xAA59, 0xABF0, 0xABF9, 0xF96B, 0xF96B, 0xF973,
    0xF973, 0xF978, 0xF978, 0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1, 0xF9D3, 0xF9D3, 0xF9FD, 0xF9FD, 0xFF10,
    0xFF19, 0x10107, 0x10133, 0x10140, 0x10178, 0x1018A, 0x1018B, 0x102E1, 0x102FB, 0x10320,
    0x10323, 0x10341, 0x10341, 0x1034A, 0x1034A, 0x103D1, 0x103D5, 0x104A0, 0x104A9, 0x10858,
    0x1085F, 0x10879, 0x1087F, 0x108A7, 0x108AF, 0x108FB, 0x108FF, 0x10916, 0x1091B, 0x109BC,
    0x109BD, 0x109C0, 0x109CF, 0x109D2, 0x109FF, 0x10A40, 0x10A48, 0x10A7D, 0x10A7E, 0x10A9D,
    0x10A9F, 0x10AEB, 0x10AEF, 0x10B58, 0x10B5F, 0x10B78, 0x10B7F, 0x10BA9, 0x10BAF, 0x10CFA,
    0x10CFF, 0x10D30, 0x10D39, 0x10E60, 0x10E7E, 0x10F1D, 0x10F26, 0x10F51, 0x10F54, 0x10FC5,
    0x10FCB, 0x11052, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F, 0x111D0, 0x111D9, 0x111E1,
    0x111F4, 0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659, 0x116C0,
    0x116C9, 0x11730, 0x1173B, 0x118E0, 0x118F2, 0x11950, 0x11959, 0x11C50, 0x11C6C, 0x11D50,
    0x11D59, 0x11DA0, 0x11DA9, 0x11FC0, 0x11FD4, 0x12400, 0x1246E, 0x16A60, 0x16A69, 0x16AC0,
    0x16AC9, 0x16B50, 0x16B59, 0x16B5B, 0x16B61, 0x16E80, 0x16E96, 0x1D2E0, 0x1D2F3, 0x1D360,
    0x1D378, 0x1D7CE, 0x1D7FF, 0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9, 0x1E8C7, 0x1E8CF, 0x1E950,
    0x1E959, 0x1EC71, 0x1ECAB, 0x1ECAD, 0x1ECAF, 0x1ECB1, 0x1ECB4, 0x1ED01, 0x1ED2D, 0x1ED2F,
    0x1ED3D, 0x1F100, 0x1F10C, 0x1FBF0, 0x1FBF9, 0x20001, 0x20001, 0x20064, 0x20064, 0x200E2,
    0x200E2, 0x20121, 0x20121, 0x2092A, 0x2092A, 0x20983, 0x20983, 0x2098C, 0x2098C, 0x2099C,
    0x2099C, 0x20AEA, 0x20AEA, 0x20AFD, 0x20AFD, 0x20B19, 0x20B19, 0x22390, 0x22390, 0x22998,
    0x22998, 0x23B1B, 0x23B1B, 0x2626D, 0x2626D, 0x2F890, 0x2F890,
];

/// Code points `str.isdigit` accepts, as inclusive ranges.
const DIGIT: &[u32] = &[
    0x30, 0x39, 0xB2, 0xB3, 0xB9, 0xB9, 0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9, 0x966, 0x96F,
    0x9E6, 0x9EF, 0xA66, 0xA6F, 0xAE6, 0xAEF, 0xB66, 0xB6F, 0xBE6, 0xBEF, 0xC66, 0xC6F, 0xCE6,
    0xCEF, 0xD66, 0xD6F, 0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF29, 0x1040, 0x1049,
    0x1090, 0x1099, 0x1369, 0x1371, 0x17E0, 0x17E9, 0x1810, 0x1819, 0x1946, 0x194F, 0x19D0, 0x19DA,
    0x1A80, 0x1A89, 0x1A90, 0x1A99, 0x1B50, 0x1B59, 0x1BB0, 0x1BB9, 0x1C40, 0x1C49, 0x1C50, 0x1C59,
    0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490,
    0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792,
    0xA620, 0xA629, 0xA8D0, 0xA8D9, 0xA900, 0xA909, 0xA9D0, 0xA9D9, 0xA9F0, 0xA9F9, 0xAA50, 0xAA59,
    0xABF0, 0xABF9, 0xFF10, 0xFF19, 0x104A0, 0x104A9, 0x10A40, 0x10A43, 0x10D30, 0x10D39, 0x10E60,
    0x10E68, 0x11052, 0x1105A, 0x11066, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F, 0x111D0,
    0x111D9, 0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659, 0x116C0,
    0x116C9, 0x11730, 0x11739, 0x118E0, 0x118E9, 0x11950, 0x11959, 0x11C50, 0x11C59, 0x11D50,
    0x11D59, 0x11DA0, 0x11DA9, 0x16A60, 0x16A69, 0x16AC0, 0x16AC9, 0x16B50, 0x16B59, 0x1D7CE,
    0x1D7FF, 0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9, 0x1E950, 0x1E959, 0x1F100, 0x1F10A, 0x1FBF0,
    0x1FBF9,
];

/// Code points `str.isprintable` rejects, as inclusive ranges.
const NOT_PRINTABLE: &[u32] = &[
    0x0, 0x1F, 0x7F, 0xA0, 0xAD, 0xAD, 0x378, 0x379, 0x380, 0x383, 0x38B, 0x38B, 0x38D, 0x38D,
    0x3A2, 0x3A2, 0x530, 0x530, 0x557, 0x558, 0x58B, 0x58C, 0x590, 0x590, 0x5C8, 0x5CF, 0x5EB,
    0x5EE, 0x5F5, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70E, 0x70F, 0x74B, 0x74C, 0x7B2, 0x7BF,
    0x7FB, 0x7FC, 0x82E, 0x82F, 0x83F, 0x83F, 0x85C, 0x85D, 0x85F, 0x85F, 0x86B, 0x86F, 0x88F,
    0x897, 0x8E2, 0x8E2, 0x984, 0x984, 0x98D, 0x98E, 0x991, 0x992, 0x9A9, 0x9A9, 0x9B1, 0x9B1,
    0x9B3, 0x9B5, 0x9BA, 0x9BB, 0x9C5, 0x9C6, 0x9C9, 0x9CA, 0x9CF, 0x9D6, 0x9D8, 0x9DB, 0x9DE,
    0x9DE, 0x9E4, 0x9E5, 0x9FF, 0xA00, 0xA04, 0xA04, 0xA0B, 0xA0E, 0xA11, 0xA12, 0xA29, 0xA29,
    0xA31, 0xA31, 0xA34, 0xA34, 0xA37, 0xA37, 0xA3A, 0xA3B, 0xA3D, 0xA3D, 0xA43, 0xA46, 0xA49,
    0xA4A, 0xA4E, 0xA50, 0xA52, 0xA58, 0xA5D, 0xA5D, 0xA5F, 0xA65, 0xA77, 0xA80, 0xA84, 0xA84,
    0xA8E, 0xA8E, 0xA92, 0xA92, 0xAA9, 0xAA9, 0xAB1, 0xAB1, 0xAB4, 0xAB4, 0xABA, 0xABB, 0xAC6,
    0xAC6, 0xACA, 0xACA, 0xACE, 0xACF, 0xAD1, 0xADF, 0xAE4, 0xAE5, 0xAF2, 0xAF8, 0xB00, 0xB00,
    0xB04, 0xB04, 0xB0D, 0xB0E, 0xB11, 0xB12, 0xB29, 0xB29, 0xB31, 0xB31, 0xB34, 0xB34, 0xB3A,
    0xB3B, 0xB45, 0xB46, 0xB49, 0xB4A, 0xB4E, 0xB54, 0xB58, 0xB5B, 0xB5E, 0xB5E, 0xB64, 0xB65,
    0xB78, 0xB81, 0xB84, 0xB84, 0xB8B, 0xB8D, 0xB91, 0xB91, 0xB96, 0xB98, 0xB9B, 0xB9B, 0xB9D,
    0xB9D, 0xBA0, 0xBA2, 0xBA5, 0xBA7, 0xBAB, 0xBAD, 0xBBA, 0xBBD, 0xBC3, 0xBC5, 0xBC9, 0xBC9,
    0xBCE, 0xBCF, 0xBD1, 0xBD6, 0xBD8, 0xBE5, 0xBFB, 0xBFF, 0xC0D, 0xC0D, 0xC11, 0xC11, 0xC29,
    0xC29, 0xC3A, 0xC3B, 0xC45, 0xC45, 0xC49, 0xC49, 0xC4E, 0xC54, 0xC57, 0xC57, 0xC5B, 0xC5C,
    0xC5E, 0xC5F, 0xC64, 0xC65, 0xC70, 0xC76, 0xC8D, 0xC8D, 0xC91, 0xC91, 0xCA9, 0xCA9, 0xCB4,
    0xCB4, 0xCBA, 0xCBB, 0xCC5, 0xCC5, 0xCC9, 0xCC9, 0xCCE, 0xCD4, 0xCD7, 0xCDC, 0xCDF, 0xCDF,
    0xCE4, 0xCE5, 0xCF0, 0xCF0, 0xCF3, 0xCFF, 0xD0D, 0xD0D, 0xD11, 0xD11, 0xD45, 0xD45, 0xD49,
    0xD49, 0xD50, 0xD53, 0xD64, 0xD65, 0xD80, 0xD80, 0xD84, 0xD84, 0xD97, 0xD99, 0xDB2, 0xDB2,
    0xDBC, 0xDBC, 0xDBE, 0xDBF, 0xDC7, 0xDC9, 0xDCB, 0xDCE, 0xDD5, 0xDD5, 0xDD7, 0xDD7, 0xDE0,
    0xDE5, 0xDF0, 0xDF1, 0xDF5, 0xE00, 0xE3B, 0xE3E, 0xE5C, 0xE80, 0xE83, 0xE83, 0xE85, 0xE85,
    0xE8B, 0xE8B, 0xEA4, 0xEA4, 0xEA6, 0xEA6, 0xEBE, 0xEBF, 0xEC5, 0xEC5, 0xEC7, 0xEC7, 0xECE,
    0xECF, 0xEDA, 0xEDB, 0xEE0, 0xEFF, 0xF48, 0xF48, 0xF6D, 0xF70, 0xF98, 0xF98, 0xFBD, 0xFBD,
    0xFCD, 0xFCD, 0xFDB, 0xFFF, 0x10C6, 0x10C6, 0x10C8, 0x10CC, 0x10CE, 0x10CF, 0x1249, 0x1249,
    0x124E, 0x124F, 0x1257, 0x1257, 0x1259, 0x1259, 0x125E, 0x125F, 0x1289, 0x1289, 0x128E, 0x128F,
    0x12B1, 0x12B1, 0x12B6, 0x12B7, 0x12BF, 0x12BF, 0x12C1, 0x12C1, 0x12C6, 0x12C7, 0x12D7, 0x12D7,
    0x1311, 0x1311, 0x1316, 0x1317, 0x135B, 0x135C, 0x137D, 0x137F, 0x139A, 0x139F, 0x13F6, 0x13F7,
    0x13FE, 0x13FF, 0x1680, 0x1680, 0x169D, 0x169F, 0x16F9, 0x16FF, 0x1716, 0x171E, 0x1737, 0x173F,
    0x1754, 0x175F, 0x176D, 0x176D, 0x1771, 0x1771, 0x1774, 0x177F, 0x17DE, 0x17DF, 0x17EA, 0x17EF,
    0x17FA, 0x17FF, 0x180E, 0x180E, 0x181A, 0x181F, 0x1879, 0x187F, 0x18AB, 0x18AF, 0x18F6, 0x18FF,
    0x191F, 0x191F, 0x192C, 0x192F, 0x193C, 0x193F, 0x1941, 0x1943, 0x196E, 0x196F, 0x1975, 0x197F,
    0x19AC, 0x19AF, 0x19CA, 0x19CF, 0x19DB, 0x19DD, 0x1A1C, 0x1A1D, 0x1A5F, 0x1A5F, 0x1A7D, 0x1A7E,
    0x1A8A, 0x1A8F, 0x1A9A, 0x1A9F, 0x1AAE, 0x1AAF, 0x1ACF, 0x1AFF, 0x1B4D, 0x1B4F, 0x1B7F, 0x1B7F,
    0x1BF4, 0x1BFB, 0x1C38, 0x1C3A, 0x1C4A, 0x1C4C, 0x1C89, 0x1C8F, 0x1CBB, 0x1CBC, 0x1CC8, 0x1CCF,
    0x1CFB, 0x1CFF, 0x1F16, 0x1F17, 0x1F1E, 0x1F1F, 0x1F46, 0x1F47, 0x1F4E, 0x1F4F, 0x1F58, 0x1F58,
    0x1F5A, 0x1F5A, 0x1F5C, 0x1F5C, 0x1F5E, 0x1F5E, 0x1F7E, 0x1F7F, 0x1FB5, 0x1FB5, 0x1FC5, 0x1FC5,
    0x1FD4, 0x1FD5, 0x1FDC, 0x1FDC, 0x1FF0, 0x1FF1, 0x1FF5, 0x1FF5, 0x1FFF, 0x200F, 0x2028, 0x202F,
    0x205F, 0x206F, 0x2072, 0x2073, 0x208F, 0x208F, 0x209D, 0x209F, 0x20C1, 0x20CF, 0x20F1, 0x20FF,
    0x218C, 0x218F, 0x2427, 0x243F, 0x244B, 0x245F, 0x2B74, 0x2B75, 0x2B96, 0x2B96, 0x2CF4, 0x2CF8,
    0x2D26, 0x2D26, 0x2D28, 0x2D2C, 0x2D2E, 0x2D2F, 0x2D68, 0x2D6E, 0x2D71, 0x2D7E, 0x2D97, 0x2D9F,
    0x2DA7, 0x2DA7, 0x2DAF, 0x2DAF, 0x2DB7, 0x2DB7, 0x2DBF, 0x2DBF, 0x2DC7, 0x2DC7, 0x2DCF, 0x2DCF,
    0x2DD7, 0x2DD7, 0x2DDF, 0x2DDF, 0x2E5E, 0x2E7F, 0x2E9A, 0x2E9A, 0x2EF4, 0x2EFF, 0x2FD6, 0x2FEF,
    0x2FFC, 0x3000, 0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318F, 0x318F,
    0x31E4, 0x31EF, 0x321F, 0x321F, 0xA48D, 0xA48F, 0xA4C7, 0xA4CF, 0xA62C, 0xA63F, 0xA6F8, 0xA6FF,
    0xA7CB, 0xA7CF, 0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA, 0xA7F1, 0xA82D, 0xA82F, 0xA83A, 0xA83F,
    0xA878, 0xA87F, 0xA8C6, 0xA8CD, 0xA8DA, 0xA8DF, 0xA954, 0xA95E, 0xA97D, 0xA97F, 0xA9CE, 0xA9CE,
    0xA9DA, 0xA9DD, 0xA9FF, 0xA9FF, 0xAA37, 0xAA3F, 0xAA4E, 0xAA4F, 0xAA5A, 0xAA5B, 0xAAC3, 0xAADA,
    0xAAF7, 0xAB00, 0xAB07, 0xAB08, 0xAB0F, 0xAB10, 0xAB17, 0xAB1F, 0xAB27, 0xAB27, 0xAB2F, 0xAB2F,
    0xAB6C, 0xAB6F, 0xABEE, 0xABEF, 0xABFA, 0xABFF, 0xD7A4, 0xD7AF, 0xD7C7, 0xD7CA, 0xD7FC, 0xF8FF,
    0xFA6E, 0xFA6F, 0xFADA, 0xFAFF, 0xFB07, 0xFB12, 0xFB18, 0xFB1C, 0xFB37, 0xFB37, 0xFB3D, 0xFB3D,
    0xFB3F, 0xFB3F, 0xFB42, 0xFB42, 0xFB45, 0xFB45, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91, 0xFDC8, 0xFDCE,
    0xFDD0, 0xFDEF, 0xFE1A, 0xFE1F, 0xFE53, 0xFE53, 0xFE67, 0xFE67, 0xFE6C, 0xFE6F, 0xFE75, 0xFE75,
    0xFEFD, 0xFF00, 0xFFBF, 0xFFC1, 0xFFC8, 0xFFC9, 0xFFD0, 0xFFD1, 0xFFD8, 0xFFD9, 0xFFDD, 0xFFDF,
    0xFFE7, 0xFFE7, 0xFFEF, 0xFFFB, 0xFFFE, 0xFFFF, 0x1000C, 0x1000C, 0x10027, 0x10027, 0x1003B,
    0x1003B, 0x1003E, 0x1003E, 0x1004E, 0x1004F, 0x1005E, 0x1007F, 0x100FB, 0x100FF, 0x10103,
    0x10106, 0x10134, 0x10136, 0x1018F, 0x1018F, 0x1019D, 0x1019F, 0x101A1, 0x101CF, 0x101FE,
    0x1027F, 0x1029D, 0x1029F, 0x102D1, 0x102DF, 0x102FC, 0x102FF, 0x10324, 0x1032C, 0x1034B,
    0x1034F, 0x1037B, 0x1037F, 0x1039E, 0x1039E, 0x103C4, 0x103C7, 0x103D6, 0x103FF, 0x1049E,
    0x1049F, 0x104AA, 0x104AF, 0x104D4, 0x104D7, 0x104FC, 0x104FF, 0x10528, 0x1052F, 0x10564,
    0x1056E, 0x1057B, 0x1057B, 0x1058B, 0x1058B, 0x10593, 0x10593, 0x10596, 0x10596, 0x105A2,
    0x105A2, 0x105B2, 0x105B2, 0x105BA, 0x105BA, 0x105BD, 0x105FF, 0x10737, 0x1073F, 0x10756,
    0x1075F, 0x10768, 0x1077F, 0x10786, 0x10786, 0x107B1, 0x107B1, 0x107BB, 0x107FF, 0x10806,
    0x10807, 0x10809, 0x10809, 0x10836, 0x10836, 0x10839, 0x1083B, 0x1083D, 0x1083E, 0x10856,
    0x10856, 0x1089F, 0x108A6, 0x108B0, 0x108DF, 0x108F3, 0x108F3, 0x108F6, 0x108FA, 0x1091C,
    0x1091E, 0x1093A, 0x1093E, 0x10940, 0x1097F, 0x109B8, 0x109BB, 0x109D0, 0x109D1, 0x10A04,
    0x10A04, 0x10A07, 0x10A0B, 0x10A14, 0x10A14, 0x10A18, 0x10A18, 0x10A36, 0x10A37, 0x10A3B,
    0x10A3E, 0x10A49, 0x10A4F, 0x10A59, 0x10A5F, 0x10AA0, 0x10ABF, 0x10AE7, 0x10AEA, 0x10AF7,
    0x10AFF, 0x10B36, 0x10B38, 0x10B56, 0x10B57, 0x10B73, 0x10B77, 0x10B92, 0x10B98, 0x10B9D,
    0x10BA8, 0x10BB0, 0x10BFF, 0x10C49, 0x10C7F, 0x10CB3, 0x10CBF, 0x10CF3, 0x10CF9, 0x10D28,
    0x10D2F, 0x10D3A, 0x10E5F, 0x10E7F, 0x10E7F, 0x10EAA, 0x10EAA, 0x10EAE, 0x10EAF, 0x10EB2,
    0x10EFF, 0x10F28, 0x10F2F, 0x10F5A, 0x10F6F, 0x10F8A, 0x10FAF, 0x10FCC, 0x10FDF, 0x10FF7,
    0x10FFF, 0x1104E, 0x11051, 0x11076, 0x1107E, 0x110BD, 0x110BD, 0x110C3, 0x110CF, 0x110E9,
    0x110EF, 0x110FA, 0x110FF, 0x11135, 0x11135, 0x11148, 0x1114F, 0x11177, 0x1117F, 0x111E0,
    0x111E0, 0x111F5, 0x111FF, 0x11212, 0x11212, 0x1123F, 0x1127F, 0x11287, 0x11287, 0x11289,
    0x11289, 0x1128E, 0x1128E, 0x1129E, 0x1129E, 0x112AA, 0x112AF, 0x112EB, 0x112EF, 0x112FA,
    0x112FF, 0x11304, 0x11304, 0x1130D, 0x1130E, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331,
    0x11331, 0x11334, 0x11334, 0x1133A, 0x1133A, 0x11345, 0x11346, 0x11349, 0x1134A, 0x1134E,
    0x1134F, 0x11351, 0x11356, 0x11358, 0x1135C, 0x11364, 0x11365, 0x1136D, 0x1136F, 0x11375,
    0x113FF, 0x1145C, 0x1145C, 0x11462, 0x1147F, 0x114C8, 0x114CF, 0x114DA, 0x1157F, 0x115B6,
    0x115B7, 0x115DE, 0x115FF, 0x11645, 0x1164F, 0x1165A, 0x1165F, 0x1166D, 0x1167F, 0x116BA,
    0x116BF, 0x116CA, 0x116FF, 0x1171B, 0x1171C, 0x1172C, 0x1172F, 0x11747, 0x117FF, 0x1183C,
    0x1189F, 0x118F3, 0x118FE, 0x11907, 0x11908, 0x1190A, 0x1190B, 0x11914, 0x11914, 0x11917,
    0x11917, 0x11936, 0x11936, 0x11939, 0x1193A, 0x11947, 0x1194F, 0x1195A, 0x1199F, 0x119A8,
    0x119A9, 0x119D8, 0x119D9, 0x119E5, 0x119FF, 0x11A48, 0x11A4F, 0x11AA3, 0x11AAF, 0x11AF9,
    0x11BFF, 0x11C09, 0x11C09, 0x11C37, 0x11C37, 0x11C46, 0x11C4F, 0x11C6D, 0x11C6F, 0x11C90,
    0x11C91, 0x11CA8, 0x11CA8, 0x11CB7, 0x11CFF, 0x11D07, 0x11D07, 0x11D0A, 0x11D0A, 0x11D37,
    0x11D39, 0x11D3B, 0x11D3B, 0x11D3E, 0x11D3E, 0x11D48, 0x11D4F, 0x11D5A, 0x11D5F, 0x11D66,
    0x11D66, 0x11D69, 0x11D69, 0x11D8F, 0x11D8F, 0x11D92, 0x11D92, 0x11D99, 0x11D9F, 0x11DAA,
    0x11EDF, 0x11EF9, 0x11FAF, 0x11FB1, 0x11FBF, 0x11FF2, 0x11FFE, 0x1239A, 0x123FF, 0x1246F,
    0x1246F, 0x12475, 0x1247F, 0x12544, 0x12F8F, 0x12FF3, 0x12FFF, 0x1342F, 0x143FF, 0x14647,
    0x167FF, 0x16A39, 0x16A3F, 0x16A5F, 0x16A5F, 0x16A6A, 0x16A6D, 0x16ABF, 0x16ABF, 0x16ACA,
    0x16ACF, 0x16AEE, 0x16AEF, 0x16AF6, 0x16AFF, 0x16B46, 0x16B4F, 0x16B5A, 0x16B5A, 0x16B62,
    0x16B62, 0x16B78, 0x16B7C, 0x16B90, 0x16E3F, 0x16E9B, 0x16EFF, 0x16F4B, 0x16F4E, 0x16F88,
    0x16F8E, 0x16FA0, 0x16FDF, 0x16FE5, 0x16FEF, 0x16FF2, 0x16FFF, 0x187F8, 0x187FF, 0x18CD6,
    0x18CFF, 0x18D09, 0x1AFEF, 0x1AFF4, 0x1AFF4, 0x1AFFC, 0x1AFFC, 0x1AFFF, 0x1AFFF, 0x1B123,
    0x1B14F, 0x1B153, 0x1B163, 0x1B168, 0x1B16F, 0x1B2FC, 0x1BBFF, 0x1BC6B, 0x1BC6F, 0x1BC7D,
    0x1BC7F, 0x1BC89, 0x1BC8F, 0x1BC9A, 0x1BC9B, 0x1BCA0, 0x1CEFF, 0x1CF2E, 0x1CF2F, 0x1CF47,
    0x1CF4F, 0x1CFC4, 0x1CFFF, 0x1D0F6, 0x1D0FF, 0x1D127, 0x1D128, 0x1D173, 0x1D17A, 0x1D1EB,
    0x1D1FF, 0x1D246, 0x1D2DF, 0x1D2F4, 0x1D2FF, 0x1D357, 0x1D35F, 0x1D379, 0x1D3FF, 0x1D455,
    0x1D455, 0x1D49D, 0x1D49D, 0x1D4A0, 0x1D4A1, 0x1D4A3, 0x1D4A4, 0x1D4A7, 0x1D4A8, 0x1D4AD,
    0x1D4AD, 0x1D4BA, 0x1D4BA, 0x1D4BC, 0x1D4BC, 0x1D4C4, 0x1D4C4, 0x1D506, 0x1D506, 0x1D50B,
    0x1D50C, 0x1D515, 0x1D515, 0x1D51D, 0x1D51D, 0x1D53A, 0x1D53A, 0x1D53F, 0x1D53F, 0x1D545,
    0x1D545, 0x1D547, 0x1D549, 0x1D551, 0x1D551, 0x1D6A6, 0x1D6A7, 0x1D7CC, 0x1D7CD, 0x1DA8C,
    0x1DA9A, 0x1DAA0, 0x1DAA0, 0x1DAB0, 0x1DEFF, 0x1DF1F, 0x1DFFF, 0x1E007, 0x1E007, 0x1E019,
    0x1E01A, 0x1E022, 0x1E022, 0x1E025, 0x1E025, 0x1E02B, 0x1E0FF, 0x1E12D, 0x1E12F, 0x1E13E,
    0x1E13F, 0x1E14A, 0x1E14D, 0x1E150, 0x1E28F, 0x1E2AF, 0x1E2BF, 0x1E2FA, 0x1E2FE, 0x1E300,
    0x1E7DF, 0x1E7E7, 0x1E7E7, 0x1E7EC, 0x1E7EC, 0x1E7EF, 0x1E7EF, 0x1E7FF, 0x1E7FF, 0x1E8C5,
    0x1E8C6, 0x1E8D7, 0x1E8FF, 0x1E94C, 0x1E94F, 0x1E95A, 0x1E95D, 0x1E960, 0x1EC70, 0x1ECB5,
    0x1ED00, 0x1ED3E, 0x1EDFF, 0x1EE04, 0x1EE04, 0x1EE20, 0x1EE20, 0x1EE23, 0x1EE23, 0x1EE25,
    0x1EE26, 0x1EE28, 0x1EE28, 0x1EE33, 0x1EE33, 0x1EE38, 0x1EE38, 0x1EE3A, 0x1EE3A, 0x1EE3C,
    0x1EE41, 0x1EE43, 0x1EE46, 0x1EE48, 0x1EE48, 0x1EE4A, 0x1EE4A, 0x1EE4C, 0x1EE4C, 0x1EE50,
    0x1EE50, 0x1EE53, 0x1EE53, 0x1EE55, 0x1EE56, 0x1EE58, 0x1EE58, 0x1EE5A, 0x1EE5A, 0x1EE5C,
    0x1EE5C, 0x1EE5E, 0x1EE5E, 0x1EE60, 0x1EE60, 0x1EE63, 0x1EE63, 0x1EE65, 0x1EE66, 0x1EE6B,
    0x1EE6B, 0x1EE73, 0x1EE73, 0x1EE78, 0x1EE78, 0x1EE7D, 0x1EE7D, 0x1EE7F, 0x1EE7F, 0x1EE8A,
    0x1EE8A, 0x1EE9C, 0x1EEA0, 0x1EEA4, 0x1EEA4, 0x1EEAA, 0x1EEAA, 0x1EEBC, 0x1EEEF, 0x1EEF2,
    0x1EFFF, 0x1F02C, 0x1F02F, 0x1F094, 0x1F09F, 0x1F0AF, 0x1F0B0, 0x1F0C0, 0x1F0C0, 0x1F0D0,
    0x1F0D0, 0x1F0F6, 0x1F0FF, 0x1F1AE, 0x1F1E5, 0x1F203, 0x1F20F, 0x1F23C, 0x1F23F, 0x1F249,
    0x1F24F, 0x1F252, 0x1F25F, 0x1F266, 0x1F2FF, 0x1F6D8, 0x1F6DC, 0x1F6ED, 0x1F6EF, 0x1F6FD,
    0x1F6FF, 0x1F774, 0x1F77F, 0x1F7D9, 0x1F7DF, 0x1F7EC, 0x1F7EF, 0x1F7F1, 0x1F7FF, 0x1F80C,
    0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F, 0x1F8AE, 0x1F8AF, 0x1F8B2,
    0x1F8FF, 0x1FA54, 0x1FA5F, 0x1FA6E, 0x1FA6F, 0x1FA75, 0x1FA77, 0x1FA7D, 0x1FA7F, 0x1FA87,
    0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FACF, 0x1FADA, 0x1FADF, 0x1FAE8,
    0x1FAEF, 0x1FAF7, 0x1FAFF, 0x1FB93, 0x1FB93, 0x1FBCB, 0x1FBEF, 0x1FBFA, 0x1FFFF, 0x2A6E0,
    0x2A6FF, 0x2B739, 0x2B73F, 0x2B81E, 0x2B81F, 0x2CEA2, 0x2CEAF, 0x2EBE1, 0x2F7FF, 0x2FA1E,
    0x2FFFF, 0x3134B, 0xE00FF, 0xE01F0, 0x10FFFF,
];

/// Titlecase letters (category Lt), as inclusive ranges.
const TITLE: &[u32] = &[
    0x1C5, 0x1C5, 0x1C8, 0x1C8, 0x1CB, 0x1CB, 0x1F2, 0x1F2, 0x1F88, 0x1F8F, 0x1F98, 0x1F9F, 0x1FA8,
    0x1FAF, 0x1FBC, 0x1FBC, 0x1FCC, 0x1FCC, 0x1FFC, 0x1FFC,
];

/// XID_Start code points (and `_`) outside [`ALPHA`], as inclusive ranges.
const ID_START_EXTRA: &[u32] = &[
    0x5F, 0x5F, 0x16EE, 0x16F0, 0x1885, 0x1886, 0x2118, 0x2118, 0x212E, 0x212E, 0x2160, 0x2182,
    0x2185, 0x2188, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303A, 0xA6E6, 0xA6EF, 0x10140,
    0x10174, 0x10341, 0x10341, 0x1034A, 0x1034A, 0x103D1, 0x103D5, 0x12400, 0x1246E,
];

/// [`ALPHA`] code points that are not XID_Start, as inclusive ranges.
const ID_START_EXCLUDE: &[u32] = &[
    0x37A, 0x37A, 0xE33, 0xE33, 0xEB3, 0xEB3, 0x2E2F, 0x2E2F, 0xFC5E, 0xFC63, 0xFDFA, 0xFDFB,
    0xFE70, 0xFE70, 0xFE72, 0xFE72, 0xFE74, 0xFE74, 0xFE76, 0xFE76, 0xFE78, 0xFE78, 0xFE7A, 0xFE7A,
    0xFE7C, 0xFE7C, 0xFE7E, 0xFE7E, 0xFF9E, 0xFF9F,
];

/// XID_Continue code points that are neither XID_Start nor decimal digits, as inclusive ranges.
const ID_CONTINUE_EXTRA: &[u32] = &[
    0xB7, 0xB7, 0x300, 0x36F, 0x387, 0x387, 0x483, 0x487, 0x591, 0x5BD, 0x5BF, 0x5BF, 0x5C1, 0x5C2,
    0x5C4, 0x5C5, 0x5C7, 0x5C7, 0x610, 0x61A, 0x64B, 0x65F, 0x670, 0x670, 0x6D6, 0x6DC, 0x6DF,
    0x6E4, 0x6E7, 0x6E8, 0x6EA, 0x6ED, 0x711, 0x711, 0x730, 0x74A, 0x7A6, 0x7B0, 0x7EB, 0x7F3,
    0x7FD, 0x7FD, 0x816, 0x819, 0x81B, 0x823, 0x825, 0x827, 0x829, 0x82D, 0x859, 0x85B, 0x898,
    0x89F, 0x8CA, 0x8E1, 0x8E3, 0x903, 0x93A, 0x93C, 0x93E, 0x94F, 0x951, 0x957, 0x962, 0x963,
    0x981, 0x983, 0x9BC, 0x9BC, 0x9BE, 0x9C4, 0x9C7, 0x9C8, 0x9CB, 0x9CD, 0x9D7, 0x9D7, 0x9E2,
    0x9E3, 0x9FE, 0x9FE, 0xA01, 0xA03, 0xA3C, 0xA3C, 0xA3E, 0xA42, 0xA47, 0xA48, 0xA4B, 0xA4D,
    0xA51, 0xA51, 0xA70, 0xA71, 0xA75, 0xA75, 0xA81, 0xA83, 0xABC, 0xABC, 0xABE, 0xAC5, 0xAC7,
    0xAC9, 0xACB, 0xACD, 0xAE2, 0xAE3, 0xAFA, 0xAFF, 0xB01, 0xB03, 0xB3C, 0xB3C, 0xB3E, 0xB44,
    0xB47, 0xB48, 0xB4B, 0xB4D, 0xB55, 0xB57, 0xB62, 0xB63, 0xB82, 0xB82, 0xBBE, 0xBC2, 0xBC6,
    0xBC8, 0xBCA, 0xBCD, 0xBD7, 0xBD7, 0xC00, 0xC04, 0xC3C, 0xC3C, 0xC3E, 0xC44, 0xC46, 0xC48,
    0xC4A, 0xC4D, 0xC55, 0xC56, 0xC62, 0xC63, 0xC81, 0xC83, 0xCBC, 0xCBC, 0xCBE, 0xCC4, 0xCC6,
    0xCC8, 0xCCA, 0xCCD, 0xCD5, 0xCD6, 0xCE2, 0xCE3, 0xD00, 0xD03, 0xD3B, 0xD3C, 0xD3E, 0xD44,
    0xD46, 0xD48, 0xD4A, 0xD4D, 0xD57, 0xD57, 0xD62, 0xD63, 0xD81, 0xD83, 0xDCA, 0xDCA, 0xDCF,
    0xDD4, 0xDD6, 0xDD6, 0xDD8, 0xDDF, 0xDF2, 0xDF3, 0xE31, 0xE31, 0xE33, 0xE3A, 0xE47, 0xE4E,
    0xEB1, 0xEB1, 0xEB3, 0xEBC, 0xEC8, 0xECD, 0xF18, 0xF19, 0xF35, 0xF35, 0xF37, 0xF37, 0xF39,
    0xF39, 0xF3E, 0xF3F, 0xF71, 0xF84, 0xF86, 0xF87, 0xF8D, 0xF97, 0xF99, 0xFBC, 0xFC6, 0xFC6,
    0x102B, 0x103E, 0x1056, 0x1059, 0x105E, 0x1060, 0x1062, 0x1064, 0x1067, 0x106D, 0x1071, 0x1074,
    0x1082, 0x108D, 0x108F, 0x108F, 0x109A, 0x109D, 0x135D, 0x135F, 0x1369, 0x1371, 0x1712, 0x1715,
    0x1732, 0x1734, 0x1752, 0x1753, 0x1772, 0x1773, 0x17B4, 0x17D3, 0x17DD, 0x17DD, 0x180B, 0x180D,
    0x180F, 0x180F, 0x18A9, 0x18A9, 0x1920, 0x192B, 0x1930, 0x193B, 0x19DA, 0x19DA, 0x1A17, 0x1A1B,
    0x1A55, 0x1A5E, 0x1A60, 0x1A7C, 0x1A7F, 0x1A7F, 0x1AB0, 0x1ABD, 0x1ABF, 0x1ACE, 0x1B00, 0x1B04,
    0x1B34, 0x1B44, 0x1B6B, 0x1B73, 0x1B80, 0x1B82, 0x1BA1, 0x1BAD, 0x1BE6, 0x1BF3, 0x1C24, 0x1C37,
    0x1CD0, 0x1CD2, 0x1CD4, 0x1CE8, 0x1CED, 0x1CED, 0x1CF4, 0x1CF4, 0x1CF7, 0x1CF9, 0x1DC0, 0x1DFF,
    0x203F, 0x2040, 0x2054, 0x2054, 0x20D0, 0x20DC, 0x20E1, 0x20E1, 0x20E5, 0x20F0, 0x2CEF, 0x2CF1,
    0x2D7F, 0x2D7F, 0x2DE0, 0x2DFF, 0x302A, 0x302F, 0x3099, 0x309A, 0xA66F, 0xA66F, 0xA674, 0xA67D,
    0xA69E, 0xA69F, 0xA6F0, 0xA6F1, 0xA802, 0xA802, 0xA806, 0xA806, 0xA80B, 0xA80B, 0xA823, 0xA827,
    0xA82C, 0xA82C, 0xA880, 0xA881, 0xA8B4, 0xA8C5, 0xA8E0, 0xA8F1, 0xA8FF, 0xA8FF, 0xA926, 0xA92D,
    0xA947, 0xA953, 0xA980, 0xA983, 0xA9B3, 0xA9C0, 0xA9E5, 0xA9E5, 0xAA29, 0xAA36, 0xAA43, 0xAA43,
    0xAA4C, 0xAA4D, 0xAA7B, 0xAA7D, 0xAAB0, 0xAAB0, 0xAAB2, 0xAAB4, 0xAAB7, 0xAAB8, 0xAABE, 0xAABF,
    0xAAC1, 0xAAC1, 0xAAEB, 0xAAEF, 0xAAF5, 0xAAF6, 0xABE3, 0xABEA, 0xABEC, 0xABED, 0xFB1E, 0xFB1E,
    0xFE00, 0xFE0F, 0xFE20, 0xFE2F, 0xFE33, 0xFE34, 0xFE4D, 0xFE4F, 0xFF3F, 0xFF3F, 0xFF9E, 0xFF9F,
    0x101FD, 0x101FD, 0x102E0, 0x102E0, 0x10376, 0x1037A, 0x10A01, 0x10A03, 0x10A05, 0x10A06,
    0x10A0C, 0x10A0F, 0x10A38, 0x10A3A, 0x10A3F, 0x10A3F, 0x10AE5, 0x10AE6, 0x10D24, 0x10D27,
    0x10EAB, 0x10EAC, 0x10F46, 0x10F50, 0x10F82, 0x10F85, 0x11000, 0x11002, 0x11038, 0x11046,
    0x11070, 0x11070, 0x11073, 0x11074, 0x1107F, 0x11082, 0x110B0, 0x110BA, 0x110C2, 0x110C2,
    0x11100, 0x11102, 0x11127, 0x11134, 0x11145, 0x11146, 0x11173, 0x11173, 0x11180, 0x11182,
    0x111B3, 0x111C0, 0x111C9, 0x111CC, 0x111CE, 0x111CF, 0x1122C, 0x11237, 0x1123E, 0x1123E,
    0x112DF, 0x112EA, 0x11300, 0x11303, 0x1133B, 0x1133C, 0x1133E, 0x11344, 0x11347, 0x11348,
    0x1134B, 0x1134D, 0x11357, 0x11357, 0x11362, 0x11363, 0x11366, 0x1136C, 0x11370, 0x11374,
    0x11435, 0x11446, 0x1145E, 0x1145E, 0x114B0, 0x114C3, 0x115AF, 0x115B5, 0x115B8, 0x115C0,
    0x115DC, 0x115DD, 0x11630, 0x11640, 0x116AB, 0x116B7, 0x1171D, 0x1172B, 0x1182C, 0x1183A,
    0x11930, 0x11935, 0x11937, 0x11938, 0x1193B, 0x1193E, 0x11940, 0x11940, 0x11942, 0x11943,
    0x119D1, 0x119D7, 0x119DA, 0x119E0, 0x119E4, 0x119E4, 0x11A01, 0x11A0A, 0x11A33, 0x11A39,
    0x11A3B, 0x11A3E, 0x11A47, 0x11A47, 0x11A51, 0x11A5B, 0x11A8A, 0x11A99, 0x11C2F, 0x11C36,
    0x11C38, 0x11C3F, 0x11C92, 0x11CA7, 0x11CA9, 0x11CB6, 0x11D31, 0x11D36, 0x11D3A, 0x11D3A,
    0x11D3C, 0x11D3D, 0x11D3F, 0x11D45, 0x11D47, 0x11D47, 0x11D8A, 0x11D8E, 0x11D90, 0x11D91,
    0x11D93, 0x11D97, 0x11EF3, 0x11EF6, 0x16AF0, 0x16AF4, 0x16B30, 0x16B36, 0x16F4F, 0x16F4F,
    0x16F51, 0x16F87, 0x16F8F, 0x16F92, 0x16FE4, 0x16FE4, 0x16FF0, 0x16FF1, 0x1BC9D, 0x1BC9E,
    0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1D165, 0x1D169, 0x1D16D, 0x1D172, 0x1D17B, 0x1D182,
    0x1D185, 0x1D18B, 0x1D1AA, 0x1D1AD, 0x1D242, 0x1D244, 0x1DA00, 0x1DA36, 0x1DA3B, 0x1DA6C,
    0x1DA75, 0x1DA75, 0x1DA84, 0x1DA84, 0x1DA9B, 0x1DA9F, 0x1DAA1, 0x1DAAF, 0x1E000, 0x1E006,
    0x1E008, 0x1E018, 0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E130, 0x1E136,
    0x1E2AE, 0x1E2AE, 0x1E2EC, 0x1E2EF, 0x1E8D0, 0x1E8D6, 0x1E944, 0x1E94A, 0xE0100, 0xE01EF,
];

#[cfg(test)]
mod tests {
    use super::*;
    fn vm() -> Rc<Interp> {
        Interp::new()
    }

    fn text(v: &Value) -> String {
        match v {
            Value::Str(s) => s.to_string(),
            _ => panic!("not a str"),
        }
    }

    fn call(vm: &Interp, f: crate::object::value::BuiltinFn, pos: Vec<Value>) -> PyResult<Value> {
        f(vm, Args::new(pos))
    }

    fn err_text(vm: &Interp, e: PyErr) -> String {
        format!(
            "{}: {}",
            e.class_name(),
            crate::protocol::traceback::exception_str(vm, &e.0).unwrap_or_default()
        )
    }

    #[test]
    fn tables_match_known_points() {
        assert!(is_alpha('é') && is_alpha('Σ') && !is_alpha('Ⅻ') && !is_alpha('1'));
        assert!(is_numeric('½') && is_numeric('一') && !is_numeric('a'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣'));
        assert!(!is_printable('\u{200b}') && is_printable('é') && !is_printable('\n'));
        assert!(is_titlecase('ǅ') && !is_titlecase('D'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
        assert_eq!(title("ǆemal ßx"), "ǅemal Ssx");
        assert_eq!(capitalize("ßA"), "Ssa");
        assert_eq!(swapcase("ΑΣ"), "ας");
        let mut folded = String::new();
        for c in "Straße ﬁ".chars() {
            push_fold(&mut folded, c);
        }
        assert_eq!(folded, "strasse fi");
    }

    #[test]
    fn whitespace_split_limits() {
        assert_eq!(
            split_whitespace("  a  b   c  ", 1, false),
            vec!["a", "b   c  "]
        );
        assert_eq!(
            split_whitespace("  a  b   c  ", 1, true),
            vec!["  a  b", "c"]
        );
        assert!(split_whitespace(" \t ", -1, false).is_empty());
    }

    #[test]
    fn windows_use_code_points() {
        assert_eq!(find_in("héllo", "l", None, None, false), 2);
        assert_eq!(find_in("héllo", "l", None, None, true), 3);
        assert_eq!(find_in("héllo", "", Some(6), None, false), -1);
        assert_eq!(find_in("héllo", "", Some(5), None, false), 5);
        assert_eq!(find_in("héllo", "o", Some(-1), None, false), 4);
    }

    #[test]
    fn percent_formatting() {
        let vm = vm();
        let fmt = |f: &str, a: Value| percent_format(&vm, &Value::str(f), &a);
        let t = Value::tuple(vec![Value::Int(255), Value::Float(2.5), Value::str("x")]);
        assert_eq!(
            text(&fmt("%#06x|%-6.2f|%5s|%%", t).unwrap_or(Value::None)),
            "0x00ff|2.50  |    x|%"
        );
        let e = fmt("%d %d", Value::tuple(vec![Value::Int(1)])).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: not enough arguments for format string"
        );
        let e = fmt("abc %z", Value::Int(1)).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: unsupported format character 'z' (0x7a) at index 5"
        );
        let e = fmt("%s", Value::tuple(vec![Value::Int(1), Value::Int(2)])).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: not all arguments converted during string formatting"
        );
    }

    #[test]
    fn format_method() {
        let vm = vm();
        let r = call(
            &vm,
            str_format,
            vec![
                Value::str("{0:>{1}}|{{}}|{2!r}"),
                Value::str("w"),
                Value::Int(4),
                Value::str("q"),
            ],
        );
        assert_eq!(text(&r.unwrap_or(Value::None)), "   w|{}|'q'");
        let r = call(
            &vm,
            str_format,
            vec![Value::str("{} {1}"), Value::Int(1), Value::Int(2)],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: cannot switch from automatic field numbering to manual field specification"
        );
        let r = call(
            &vm,
            str_format,
            vec![
                Value::str("{:{:{}}}"),
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
            ],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: Max string recursion exceeded"
        );
    }

    #[test]
    fn methods_through_args() {
        let vm = vm();
        let r = call(&vm, str_center, vec![Value::str("ab"), Value::Int(5)]);
        assert_eq!(text(&r.unwrap_or(Value::None)), "  ab ");
        let r = call(
            &vm,
            str_join,
            vec![Value::str(","), Value::list(vec![Value::Int(1)])],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: sequence item 0: expected str instance, int found"
        );
        let r = call(&vm, str_upper, vec![Value::str("straße")]);
        assert_eq!(text(&r.unwrap_or(Value::None)), "STRASSE");
    }
}
