//! Text encodings: `str.encode`, `bytes.decode`, and the str translation
//! tables (`str.translate`, `str.maketrans`).

use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::args::*;
use crate::protocol::ops::{self};
use crate::protocol::text::format::ascii;
use crate::protocol::text::stringlib::*;
use crate::protocol::types::construct::unwrap;
use crate::protocol::types::str::*;
use crate::{Interp, PyErr, PyResult};

// ---------------------------------------------------------------------------
// str methods: encode, translate, maketrans
// ---------------------------------------------------------------------------

/// The codecs `encode`/`decode` know.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    pub(crate) fn name(self) -> &'static str {
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

pub(crate) fn codec(vm: &Interp, name: &str) -> PyResult<Codec> {
    let norm = name.trim().to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Ok(Codec::Latin1),
        _ => Err(vm.error(ExcKind::LookupError, format!("unknown encoding: {name}"))),
    }
}

/// An exception of a codec error class.
pub(crate) fn unicode_error(vm: &Interp, kind: ExcKind, msg: String) -> PyErr {
    vm.error(kind, msg)
}

/// `(encoding, errors)` arguments as strings.
pub(crate) fn codec_args(
    vm: &Interp,
    a: &[Option<Value>],
    fname: &str,
) -> PyResult<(Codec, Rc<str>)> {
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

pub(crate) fn str_encode(vm: &Interp, args: Args) -> PyResult<Value> {
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
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({})",
                        codec.name(),
                        limit + 1
                    ),
                ));
            }
            other => {
                return Err(vm.error(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        i += 1;
    }
    Ok(Value::Bytes(Rc::from(out)))
}

/// True when `e` is a LookupError (KeyError, IndexError, ...).
pub(crate) fn is_lookup_error(vm: &Interp, e: &PyErr) -> bool {
    e.matches(vm, ExcKind::LookupError)
}

pub(crate) fn str_translate(vm: &Interp, args: Args) -> PyResult<Value> {
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
pub(crate) fn str_maketrans(vm: &Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module(S, "maketrans", Style::Clinic, 1, 3);
    check(vm, &args, &SIG)?;
    let n = args.pos.len();
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
        return Ok(Value::dict(d));
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
    Ok(Value::dict(d))
}
