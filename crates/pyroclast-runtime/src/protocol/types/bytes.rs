//! The bytes type's methods.

use std::rc::Rc;

use crate::object::value::{Args, Value};
use crate::protocol::args::*;
use crate::protocol::ops::type_name;
use crate::protocol::text::codecs::*;
use crate::protocol::text::stringlib::*;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};

/// Registers the methods of bytes.
pub fn install(vm: &Interp) {
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

// ---------------------------------------------------------------------------
// bytes methods (a small subset)
// ---------------------------------------------------------------------------

pub(crate) const B: &str = "bytes";

pub(crate) fn recv_bytes(vm: &Interp, this: &Value, name: &str) -> PyResult<Rc<[u8]>> {
    match unwrap(this) {
        Value::Bytes(b) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            type_name(vm, this)
        ))),
    }
}

pub(crate) fn bytes_args(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Rc<[u8]>, Slots)> {
    let (this, vals) = parse_args(vm, args, sig)?;
    Ok((recv_bytes(vm, &this, sig.name)?, vals))
}

/// A bytes-like argument.
pub(crate) fn bytes_arg(vm: &Interp, v: &Value) -> PyResult<Rc<[u8]>> {
    match unwrap(v) {
        Value::Bytes(b) => Ok(b),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, v)
        ))),
    }
}

pub(crate) fn bfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

/// Non-overlapping occurrences of a non-empty `n` in `h`.
pub(crate) fn bcount(h: &[u8], n: &[u8]) -> usize {
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
pub(crate) fn bwindow(
    b: &[u8],
    start: Option<i64>,
    end: Option<i64>,
    min: usize,
) -> Option<(usize, &[u8])> {
    let (start, end) = adjust(start, end, b.len());
    if end - start < min as i64 {
        return None;
    }
    Some((start as usize, &b[start as usize..end as usize]))
}

pub(crate) fn bytes_decode(vm: &Interp, args: Args) -> PyResult<Value> {
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

pub(crate) fn bytes_hex(vm: &Interp, args: Args) -> PyResult<Value> {
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

pub(crate) fn bytes_upper(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, _) = bytes_args(vm, args, &sig(B, "upper", Style::NoArgs, 0, 0))?;
    Ok(Value::Bytes(Rc::from(b.to_ascii_uppercase())))
}

pub(crate) fn bytes_lower(vm: &Interp, args: Args) -> PyResult<Value> {
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

pub(crate) fn is_bspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub(crate) fn bytes_affix(
    vm: &Interp,
    args: Args,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
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

pub(crate) fn bytes_startswith(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_affix(vm, args, "startswith", false)
}

pub(crate) fn bytes_endswith(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_affix(vm, args, "endswith", true)
}

pub(crate) fn bytes_list(parts: Vec<&[u8]>) -> Value {
    Value::list(
        parts
            .into_iter()
            .map(|p| Value::Bytes(Rc::from(p)))
            .collect(),
    )
}

pub(crate) fn bytes_split(vm: &Interp, args: Args) -> PyResult<Value> {
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

pub(crate) fn bytes_join(vm: &Interp, args: Args) -> PyResult<Value> {
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

pub(crate) fn bytes_strip_method(
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

pub(crate) fn bytes_strip(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_strip_method(vm, args, "strip", true, true)
}

pub(crate) fn bytes_lstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_strip_method(vm, args, "lstrip", true, false)
}

pub(crate) fn bytes_rstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_strip_method(vm, args, "rstrip", false, true)
}

pub(crate) fn bytes_replace(vm: &Interp, args: Args) -> PyResult<Value> {
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
pub(crate) fn bytes_search_args(
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

pub(crate) fn bytes_find_impl(
    vm: &Interp,
    args: Args,
    name: &'static str,
    raise: bool,
) -> PyResult<Value> {
    let (b, sub, (start, end)) = bytes_search_args(vm, args, name)?;
    let found =
        bwindow(&b, start, end, sub.len()).and_then(|(base, w)| bfind(w, &sub).map(|i| base + i));
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub(crate) fn bytes_find(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_find_impl(vm, args, "find", false)
}

pub(crate) fn bytes_index(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_find_impl(vm, args, "index", true)
}

pub(crate) fn bytes_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, sub, (start, end)) = bytes_search_args(vm, args, "count")?;
    let n = match bwindow(&b, start, end, sub.len()) {
        None => 0,
        Some((_, w)) if sub.is_empty() => w.len() + 1,
        Some((_, w)) => bcount(w, &sub),
    };
    Ok(Value::Int(n as i64))
}
