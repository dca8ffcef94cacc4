//! The JSON scanner: parses one value from a position of a document, with
//! the grammar, the hooks and the error messages and positions of CPython's
//! C scanner (`_json.c`). It works on the UTF-8 bytes; positions are turned
//! into character indices only where Python sees them.

use std::collections::HashSet;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::call::call;
use crate::protocol::types::construct::parse_int;
use crate::{Interp, PyErr};

/// The hooks of a `JSONDecoder`; `None` where the builtin behaviour applies
/// (`float`, `int`, the three float constants).
#[derive(Default)]
pub struct Hooks {
    /// Called with each decoded dict.
    pub object_hook: Option<Value>,
    /// Called with each object's list of `(key, value)` pairs instead.
    pub object_pairs_hook: Option<Value>,
    /// Called with the text of each float.
    pub parse_float: Option<Value>,
    /// Called with the text of each int.
    pub parse_int: Option<Value>,
    /// Called with `NaN`, `Infinity` or `-Infinity`.
    pub parse_constant: Option<Value>,
    /// Reject control characters inside strings.
    pub strict: bool,
}

/// Why scanning stopped; positions are byte offsets.
pub enum Fail {
    /// No value starts here (Python sees `StopIteration(pos)`).
    Stop(usize),
    /// A `JSONDecodeError` with CPython's message.
    Syntax(&'static str, usize),
    /// An exception from a hook, or a limit.
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Self {
        Fail::Py(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// A scanner over one document.
pub struct Scanner<'a> {
    vm: &'a Interp,
    b: &'a [u8],
    hooks: &'a Hooks,
    /// Where the first lone surrogate escape was seen, in the string being
    /// scanned: CPython keeps it; a Pyroclast string cannot hold it.
    lone_surrogate: Option<usize>,
    /// Arrays and objects being scanned.
    depth: usize,
    /// Keys seen so far: equal keys share one string, as in CPython.
    memo: HashSet<Rc<str>>,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first non-whitespace byte offset at or after `i`.
pub fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    i
}

/// The value of a hex digit.
fn hex(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

impl<'a> Scanner<'a> {
    /// A scanner of `doc` with `hooks`.
    pub fn new(vm: &'a Interp, doc: &'a str, hooks: &'a Hooks) -> Self {
        Scanner {
            vm,
            b: doc.as_bytes(),
            hooks,
            lone_surrogate: None,
            depth: 0,
            memo: HashSet::new(),
        }
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    /// One JSON value starting exactly at `idx`; returns it and the offset
    /// after it.
    pub fn scan_once(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let Some(c) = self.at(idx) else {
            return Err(Fail::Stop(idx));
        };
        let rest = &self.b[idx..];
        match c {
            b'"' => {
                let (s, end) = self.scan_string(idx + 1)?;
                return Ok((Value::Str(s), end));
            }
            b'{' => {
                return self.nested(" while decoding a JSON object from a unicode string", |s| {
                    s.object(idx + 1)
                });
            }
            b'[' => {
                return self.nested(" while decoding a JSON array from a unicode string", |s| {
                    s.array(idx + 1)
                });
            }
            b'n' if rest.starts_with(b"null") => return Ok((Value::None, idx + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::Bool(true), idx + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::Bool(false), idx + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant("NaN", f64::NAN, idx),
            b'I' if rest.starts_with(b"Infinity") => {
                return self.constant("Infinity", f64::INFINITY, idx);
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                return self.constant("-Infinity", f64::NEG_INFINITY, idx);
            }
            _ => {}
        }
        self.number(idx)
    }

    fn nested(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Self) -> Scan<(Value, usize)>,
    ) -> Scan<(Value, usize)> {
        if super::over_limit(self.vm, self.depth, 1) {
            return Err(Fail::Py(self.vm.error(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            )));
        }
        self.depth += 1;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    fn constant(&mut self, name: &str, value: f64, idx: usize) -> Scan<(Value, usize)> {
        let v = match &self.hooks.parse_constant {
            Some(f) => call(self.vm, f, Args::new(vec![Value::str(name)]))?,
            None => Value::Float(value),
        };
        Ok((v, idx + name.len()))
    }

    fn digits_from(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        i
    }

    fn number(&mut self, start: usize) -> Scan<(Value, usize)> {
        let mut i = start;
        if self.at(i) == Some(b'-') {
            i += 1;
        }
        match self.at(i) {
            Some(b'1'..=b'9') => i = self.digits_from(i + 1),
            Some(b'0') => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        // A fraction needs a digit after the point, an exponent a digit
        // after its sign; otherwise the number ends before them.
        if self.at(i) == Some(b'.') && self.at(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            i = self.digits_from(i + 2);
        }
        if matches!(self.at(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let end = self.digits_from(j);
            if end > j {
                is_float = true;
                i = end;
            }
        }
        // Only ASCII was consumed, so this slice is on char boundaries.
        let text = std::str::from_utf8(&self.b[start..i]).unwrap_or_default();
        let hook = if is_float {
            &self.hooks.parse_float
        } else {
            &self.hooks.parse_int
        };
        let v = match hook {
            Some(f) => call(self.vm, f, Args::new(vec![Value::str(text)]))?,
            None if is_float => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) if text.len() < 40 => {
                    Value::from_bigint(text.parse::<BigInt>().unwrap_or_default())
                }
                // `int()` applies the digit limit to long numbers.
                Err(_) => parse_int(self.vm, text, 10)?,
            },
        };
        Ok((v, i))
    }

    fn object(&mut self, mut i: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        i = skip_ws(self.b, i);
        if self.at(i) != Some(b'}') {
            loop {
                if self.at(i) != Some(b'"') {
                    return Err(Fail::Syntax(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (mut key, next) = self.scan_string(i + 1)?;
                match self.memo.get(&key) {
                    Some(k) => key = k.clone(),
                    None => {
                        self.memo.insert(key.clone());
                    }
                }
                i = skip_ws(self.b, next);
                if self.at(i) != Some(b':') {
                    return Err(Fail::Syntax("Expecting ':' delimiter", i));
                }
                i = skip_ws(self.b, i + 1);
                let (value, next) = self.scan_once(i)?;
                pairs.push((Value::Str(key), value));
                i = skip_ws(self.b, next);
                match self.at(i) {
                    Some(b'}') => break,
                    Some(b',') => i = skip_ws(self.b, i + 1),
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if let Some(hook) = &self.hooks.object_pairs_hook {
            let list: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            let v = call(self.vm, hook, Args::new(vec![Value::list(list)]))?;
            return Ok((v, end));
        }
        let mut d = Dict::new();
        for (k, v) in pairs {
            d.set(self.vm, k, v)?;
        }
        let mut v = Value::dict(d);
        if let Some(hook) = &self.hooks.object_hook {
            v = call(self.vm, hook, Args::new(vec![v]))?;
        }
        Ok((v, end))
    }

    fn array(&mut self, mut i: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        i = skip_ws(self.b, i);
        if self.at(i) != Some(b']') {
            loop {
                let (value, next) = self.scan_once(i)?;
                items.push(value);
                i = skip_ws(self.b, next);
                match self.at(i) {
                    Some(b']') => break,
                    Some(b',') => i = skip_ws(self.b, i + 1),
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        Ok((Value::list(items), i + 1))
    }

    /// The four hex digits after the `u` at `u`, or the error CPython gives.
    fn hex4(&self, u: usize) -> Scan<u32> {
        let mut n = 0;
        for k in 1..=4 {
            match self.at(u + k).and_then(hex) {
                Some(d) => n = n * 16 + d,
                None => return Err(Fail::Syntax("Invalid \\uXXXX escape", u)),
            }
        }
        Ok(n)
    }

    /// The string whose body starts at `start` (after its opening quote):
    /// its value and the offset after its closing quote.
    pub fn scan_string(&mut self, start: usize) -> Scan<(Rc<str>, usize)> {
        let begin = start.saturating_sub(1);
        let b = self.b;
        let mut out: Vec<u8> = Vec::new();
        let mut i = start;
        self.lone_surrogate = None;
        loop {
            // The run of plain characters up to a quote or a backslash.
            let run = i;
            while let Some(&c) = b.get(i) {
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c <= 0x1f && self.hooks.strict {
                    return Err(Fail::Syntax("Invalid control character at", i));
                }
                i += 1;
            }
            out.extend_from_slice(&b[run..i]);
            match b.get(i) {
                Some(b'"') => {
                    i += 1;
                    break;
                }
                Some(_) => {}
                None => return Err(Fail::Syntax("Unterminated string starting at", begin)),
            }
            // A backslash at `i`.
            let Some(esc) = b.get(i + 1).copied() else {
                return Err(Fail::Syntax("Unterminated string starting at", begin));
            };
            if esc != b'u' {
                let c = match esc {
                    b'"' => b'"',
                    b'\\' => b'\\',
                    b'/' => b'/',
                    b'b' => 8,
                    b'f' => 12,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    _ => return Err(Fail::Syntax("Invalid \\escape", i)),
                };
                out.push(c);
                i += 2;
                continue;
            }
            let u = i + 1;
            // CPython wants a character after the four digits (the string
            // cannot end inside an escape).
            if u + 5 >= b.len() {
                return Err(Fail::Syntax("Invalid \\uXXXX escape", u));
            }
            let mut c = self.hex4(u)?;
            i = u + 5;
            if (0xd800..0xdc00).contains(&c) && i + 6 < b.len() && b[i] == b'\\' && b[i + 1] == b'u'
            {
                let low = self.hex4(i + 1)?;
                if (0xdc00..0xe000).contains(&low) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
            match char::from_u32(c) {
                Some(ch) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                None => {
                    self.lone_surrogate.get_or_insert(u - 1);
                }
            }
        }
        if let Some(at) = self.lone_surrogate {
            return Err(Fail::Syntax(
                "Lone surrogate escape (Pyroclast strings cannot hold one)",
                at,
            ));
        }
        // Only whole characters were copied, so the bytes stay UTF-8.
        let s = String::from_utf8(out).unwrap_or_default();
        Ok((Rc::from(s), i))
    }
}
