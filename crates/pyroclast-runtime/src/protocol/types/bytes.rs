//! The bytes type's methods. Those it shares with str (search, split,
//! strip, padding, ...) are written once in `strlike.rs`; this file holds
//! the rest: decoding, hex, and the ASCII case maps and predicates.

use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::args::*;
use crate::protocol::text::codecs::*;
use crate::protocol::types::construct::unwrap;
use crate::protocol::types::strlike::{self, Bytes, Kind};
use crate::protocol::types::support::add_staticmethod;
use crate::{Interp, PyResult};

/// Registers the methods of bytes.
pub fn install(vm: &Interp) {
    vm.types.bytes.new.set(Some(bytes_new));
    crate::object::model::add_methods(&vm.types.bytes, "bytes", &strlike::methods::<Bytes>());
    crate::object::model::add_methods(&vm.types.bytes, "bytes", &own_methods::<Bytes>());
    crate::object::model::add_fast_methods(
        &vm.types.bytes,
        &crate::protocol::types::strlike_fast::methods::<Bytes>(),
    );
    add_class_methods::<Bytes>(&vm.types.bytes, B);
}

/// The methods of this file, for bytes or (with bytearray results)
/// bytearray.
pub(crate) fn own_methods<K: Kind<Buf = [u8]>>() -> [(&'static str, BuiltinFn); 16] {
    [
        ("decode", bytes_decode::<K>),
        ("hex", bytes_hex::<K>),
        ("upper", bytes_upper::<K>),
        ("lower", bytes_lower::<K>),
        ("title", bytes_title::<K>),
        ("capitalize", bytes_capitalize::<K>),
        ("swapcase", bytes_swapcase::<K>),
        ("isdigit", bytes_isdigit::<K>),
        ("isalpha", bytes_isalpha::<K>),
        ("isalnum", bytes_isalnum::<K>),
        ("isspace", bytes_isspace::<K>),
        ("isupper", bytes_isupper::<K>),
        ("islower", bytes_islower::<K>),
        ("istitle", bytes_istitle::<K>),
        ("isascii", bytes_isascii::<K>),
        ("translate", bytes_translate::<K>),
    ]
}

/// `maketrans` and `fromhex`, the static and class methods.
pub(crate) fn add_class_methods<K: Kind<Buf = [u8]>>(
    class: &Rc<crate::object::model::Class>,
    name: &'static str,
) {
    add_staticmethod(class, name, "maketrans", bytes_maketrans);
    crate::protocol::types::support::add_classmethod(class, name, "fromhex", bytes_fromhex::<K>);
}

pub(crate) const B: &str = "bytes";

fn bytes_args<K: Kind<Buf = [u8]>>(
    vm: &Interp,
    args: Args,
    sig: &Sig,
) -> PyResult<(Rc<[u8]>, Slots)> {
    let (this, vals) = parse_args(vm, args, sig)?;
    match K::get(&this) {
        Some(b) => Ok((b, vals)),
        None => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            sig.name,
            K::NAME,
            crate::protocol::ops::type_name(vm, &this)
        ))),
    }
}

pub(crate) fn bytes_decode<K: Kind<Buf = [u8]>>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = bytes_args::<K>(
        vm,
        args,
        &kw_sig(K::NAME, "decode", &["encoding", "errors"]),
    )?;
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
                    ExcKind::UnicodeDecodeError,
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
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        rest = &rest[valid + n..];
        pos = at + n;
    }
    Ok(Value::str(&out))
}

pub(crate) fn bytes_hex<K: Kind<Buf = [u8]>>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = bytes_args::<K>(vm, args, &kw_sig(K::NAME, "hex", &["sep", "bytes_per_sep"]))?;
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

macro_rules! bytes_map {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname<K: Kind<Buf = [u8]>>(vm: &Interp, args: Args) -> PyResult<Value> {
            let (b, _) = bytes_args::<K>(vm, args, &sig(K::NAME, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&[u8]) -> Vec<u8> = $body;
            Ok(K::build(f(&b)))
        }
    };
}

bytes_map!(bytes_upper, "upper", |b| b.to_ascii_uppercase());
bytes_map!(bytes_lower, "lower", |b| b.to_ascii_lowercase());
bytes_map!(bytes_swapcase, "swapcase", |b| {
    b.iter()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                c ^ 0x20
            } else {
                *c
            }
        })
        .collect()
});
bytes_map!(bytes_capitalize, "capitalize", |b| {
    b.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
});
bytes_map!(bytes_title, "title", |b| {
    let mut prev_cased = false;
    b.iter()
        .map(|c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
});

macro_rules! bytes_pred {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname<K: Kind<Buf = [u8]>>(vm: &Interp, args: Args) -> PyResult<Value> {
            let (b, _) = bytes_args::<K>(vm, args, &sig(K::NAME, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&[u8]) -> bool = $body;
            Ok(Value::Bool(f(&b)))
        }
    };
}

bytes_pred!(bytes_isdigit, "isdigit", |b| all(b, u8::is_ascii_digit));
bytes_pred!(bytes_isalpha, "isalpha", |b| all(
    b,
    u8::is_ascii_alphabetic
));
bytes_pred!(bytes_isalnum, "isalnum", |b| all(
    b,
    u8::is_ascii_alphanumeric
));
bytes_pred!(bytes_isspace, "isspace", |b| {
    all(b, |c| {
        matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
    })
});
bytes_pred!(bytes_isascii, "isascii", |b| b.is_ascii());
bytes_pred!(bytes_isupper, "isupper", |b| {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
});
bytes_pred!(bytes_islower, "islower", |b| {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
});
bytes_pred!(bytes_istitle, "istitle", |b| {
    crate::protocol::text::stringlib::is_title(
        b.iter()
            .map(|c| (c.is_ascii_uppercase(), c.is_ascii_lowercase())),
    )
});

/// True when `b` is non-empty and every byte passes `f`.
fn all(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

/// A bytes-like argument (bytes, bytearray, memoryview).
fn bytes_like(vm: &Interp, v: &Value) -> PyResult<Rc<[u8]>> {
    crate::protocol::types::bytearray::buffer(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::protocol::ops::type_name(vm, v)
        ))
    })
}

/// `bytes.translate(table, /, delete=b'')`: `table` maps each byte (or is
/// None), and the bytes in `delete` are dropped first.
fn bytes_translate<K: Kind<Buf = [u8]>>(vm: &Interp, args: Args) -> PyResult<Value> {
    let sig = Sig::method(K::NAME, "translate", Style::Kw, 0, 0)
        .named(&["table", "delete"], 1)
        .posonly(1);
    let (b, a) = bytes_args::<K>(vm, args, &sig)?;
    let table = match given(&a[0]) {
        None => None,
        Some(t) => {
            let t = bytes_like(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        None => Rc::from(&b""[..]),
        Some(d) => bytes_like(vm, d)?,
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    Ok(K::build(out))
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of
/// `from` to the byte at the same place in `to`.
fn bytes_maketrans(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::check;
    check(vm, &args, &Sig::function("maketrans", Style::Clinic, 2, 2))?;
    let (from, to) = (bytes_like(vm, &args.pos[0])?, bytes_like(vm, &args.pos[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[usize::from(*f)] = *t;
    }
    Ok(Value::Bytes(Rc::from(table)))
}

/// `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs. `args.pos[0]` is the class (a subclass gets its own type).
fn bytes_fromhex<K: Kind<Buf = [u8]>>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (cls, a) = parse_args(vm, args, &sig(K::NAME, "fromhex", Style::One, 1, 1))?;
    let arg = slot(&a, 0);
    let Value::Str(s) = unwrap(&arg) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            crate::protocol::ops::type_name(vm, &arg)
        )));
    };
    let bad = |at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let value = K::build(out);
    match &cls {
        Value::Class(c) if !c.builtin => {
            crate::protocol::call::call(vm, &cls, Args::new(vec![value]))
        }
        _ => Ok(value),
    }
}

/// `bytes()`, `bytes(n)`, `bytes(iterable)`, `bytes(str, encoding)`.
fn bytes_new(vm: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::from(from_source(vm, B, args)?)))
}

/// The contents of a new bytes or bytearray (`tname`) made from
/// `(source, encoding, errors)`.
pub(crate) fn from_source(vm: &Interp, tname: &'static str, args: Args) -> PyResult<Vec<u8>> {
    let sig = Sig::function(tname, Style::Kw, 0, 0).named(&["source", "encoding", "errors"], 0);
    check(vm, &args, &sig)?;
    let src = param(&args, &sig, 0).cloned();
    let (enc, errors) = (
        param(&args, &sig, 1).cloned(),
        param(&args, &sig, 2).cloned(),
    );
    let Some(src) = src else {
        if enc.is_some() || errors.is_some() {
            let what = if enc.is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(_) = unwrap(&src) {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let enc_args = Args::new(vec![
            src,
            enc.unwrap_or(Value::None),
            errors.unwrap_or(Value::None),
        ]);
        let out = str_encode(vm, enc_args)?;
        return Ok(
            crate::protocol::types::bytearray::buffer(&out).map_or_else(Vec::new, |b| b.to_vec())
        );
    }
    if enc.is_some() || errors.is_some() {
        let what = if enc.is_some() { "encoding" } else { "errors" };
        return Err(vm.type_error(format!("{what} without a string argument")));
    }
    if let Some(index) = crate::protocol::containers::index_int(vm, &src)? {
        use crate::protocol::containers::IndexInt;
        return match index {
            IndexInt::Small(k) if k < 0 => Err(vm.value_error("negative count")),
            IndexInt::Big(_) => Err(vm.error(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
            IndexInt::Small(k) if k > 1 << 28 => Err(vm.error(ExcKind::MemoryError, "")),
            IndexInt::Small(k) => Ok(vec![0u8; k as usize]),
        };
    }
    crate::protocol::types::bytearray::iterable_bytes(vm, &src)?.ok_or_else(|| {
        vm.type_error(format!(
            "cannot convert '{}' object to {tname}",
            crate::protocol::ops::type_name(vm, &src)
        ))
    })
}

/// `item in data` for bytes and bytearray: a byte value or a bytes-like
/// subsequence.
pub(crate) fn bytes_contains(vm: &Interp, data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = crate::protocol::types::bytearray::buffer(item) {
        return Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == &sub[..]));
    }
    if crate::protocol::containers::index_int(vm, item)?.is_some() {
        let byte = crate::protocol::types::bytearray::byte_value(vm, item)?;
        return Ok(data.contains(&byte));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        crate::protocol::ops::type_name(vm, item)
    )))
}

/// `bytes.hex` for callers holding bytes (memoryview.hex).
pub(crate) fn bytes_hex_value(vm: &Interp, args: Args) -> PyResult<Value> {
    bytes_hex::<Bytes>(vm, args)
}
