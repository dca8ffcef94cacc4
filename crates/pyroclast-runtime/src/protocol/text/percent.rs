//! printf-style formatting: `str % args`.

use std::borrow::Cow;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;
use crate::protocol::args::*;
use crate::protocol::ops::{self, type_name};
use crate::protocol::text::float_repr::{DtsFlags, FloatStyle, double_to_string};
use crate::protocol::text::format_spec::IntRef;
use crate::protocol::text::stringlib::*;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};

use crate::protocol::text::format::*;

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// The `%` flags of one conversion.
#[derive(Default, Clone, Copy)]
pub(crate) struct PctFlags {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// Flags, width and precision of one conversion.
#[derive(Clone, Copy)]
pub(crate) struct PctSpec {
    flags: PctFlags,
    width: usize,
    prec: Option<usize>,
}

/// CPython's argument cursor for `%`: a tuple is consumed item by item; any
/// other value is a single argument (`len == -1`, `idx == -2`).
pub(crate) struct PctArgs {
    value: Value,
    tuple: Option<Rc<crate::object::value::Tuple>>,
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
pub(crate) fn is_mapping(vm: &Interp, v: &Value) -> bool {
    match unwrap(v) {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) => true,
        Value::Instance(_) | Value::Native(_) => {
            crate::protocol::classes::has_dunder(vm, v, "__getitem__")
                || ops::type_of(vm, v).lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

/// An integer for `*` width or precision: CPython reads a width as a
/// `Py_ssize_t` and a precision as a C `int`, with different overflow
/// messages.
pub(crate) fn star_arg(vm: &Interp, v: &Value, precision: bool) -> PyResult<i64> {
    let too_big = |what: &str| {
        vm.error(
            ExcKind::OverflowError,
            format!("Python int too large to convert to C {what}"),
        )
    };
    match unwrap(v) {
        Value::Int(i) if precision && i32::try_from(i).is_err() => Err(too_big("int")),
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::BigInt(_) => Err(too_big(if precision { "int" } else { "ssize_t" })),
        _ => Err(vm.type_error("* wants int")),
    }
}

/// Reads ASCII digits at byte `*i` of `fmt` as a number.
pub(crate) fn pct_number(vm: &Interp, fmt: &[u8], i: &mut usize, what: &str) -> PyResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = fmt.get(*i).filter(|b| b.is_ascii_digit()) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(usize::from(d - b'0')))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error(format!("{what} too big")))?;
        *i += 1;
    }
    Ok(n)
}

/// Lays out a converted value: `sign`, `prefix` and `body` padded to
/// `width`; zero padding goes between the prefix and the body.
pub(crate) fn pct_pad(
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
pub(crate) fn pct_int(vm: &Interp, v: &Value, code: char) -> PyResult<BigInt> {
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
pub(crate) fn pct_convert(
    vm: &Interp,
    out: &mut String,
    code: char,
    v: &Value,
    spec: &PctSpec,
    pos: impl FnOnce() -> usize,
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
                            return Err(
                                vm.error(ExcKind::OverflowError, "%c arg not in range(0x110000)")
                            );
                        }
                    }
                }
                _ => return Err(vm.type_error("%c requires int or char")),
            };
            pct_pad(vm, out, ["", "", &c.to_string()], spec, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let base = match code {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            // Most ints fit in an i64: their digits need no allocation.
            let big;
            let n = match v {
                Value::Int(i) => IntRef::Small(*i),
                _ => {
                    big = pct_int(vm, v, code)?;
                    IntRef::Big(&big)
                }
            };
            let negative = n.is_negative();
            let mut buf = [0u8; 64];
            let mut digits = n.digits(base, code == 'X', &mut buf);
            if let Some(p) = prec
                && digits.len() < p
            {
                check_size(vm, p)?;
                digits = Cow::Owned("0".repeat(p - digits.len()) + &digits);
            }
            let sign = if negative {
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
                .map_err(|_| vm.error(ExcKind::MemoryError, ""))?;
            let (sign, body) = match text.strip_prefix('-') {
                Some(rest) => ("-", rest),
                None if flags.sign => ("+", &text[..]),
                None if flags.blank => (" ", &text[..]),
                None => ("", &text[..]),
            };
            pct_pad(vm, out, [sign, "", body], spec, true)
        }
        other => Err(vm.value_error(format!(
            "unsupported format character '{}' ({:#x}) at index {}",
            if ('\x1f'..='~').contains(&other) {
                other
            } else {
                '?'
            },
            u32::from(other),
            pos()
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
    // Byte offsets: every character the syntax uses is ASCII, so the text
    // between conversions is copied a run at a time.
    let bytes = f.as_bytes();
    let n = bytes.len();
    let mut out = String::with_capacity(f.len() + 16);
    let mut i = 0;
    while i < n {
        let Some(run) = f[i..].find('%') else {
            out.push_str(&f[i..]);
            break;
        };
        out.push_str(&f[i..i + run]);
        i += run + 1;
        let incomplete = || vm.value_error("incomplete format");
        match bytes.get(i) {
            None => return Err(incomplete()),
            Some(b'%') => {
                out.push('%');
                i += 1;
                continue;
            }
            Some(b'(') => {
                let Some(d) = &dict else {
                    return Err(vm.type_error("format requires a mapping"));
                };
                i += 1;
                let key_start = i;
                let mut depth = 1;
                while i < n && depth > 0 {
                    match bytes[i] {
                        b')' => depth -= 1,
                        b'(' => depth += 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(vm.value_error("incomplete format key"));
                }
                let key = &f[key_start..i - 1];
                let v = crate::protocol::containers::getitem(vm, d, &Value::str(key))?;
                cursor = PctArgs::single(v);
            }
            Some(_) => {}
        }
        let mut flags = PctFlags::default();
        while let Some(&c) = bytes.get(i) {
            match c {
                b'-' => flags.left = true,
                b'+' => flags.sign = true,
                b' ' => flags.blank = true,
                b'#' => flags.alt = true,
                b'0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let width = if bytes.get(i) == Some(&b'*') {
            i += 1;
            let w = star_arg(vm, &cursor.next(vm)?, false)?;
            if w < 0 {
                flags.left = true;
            }
            usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX)
        } else {
            pct_number(vm, bytes, &mut i, "width")?
        };
        let mut prec = None;
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if bytes.get(i) == Some(&b'*') {
                i += 1;
                let p = star_arg(vm, &cursor.next(vm)?, true)?;
                prec = Some(usize::try_from(p.max(0)).unwrap_or(usize::MAX));
            } else {
                prec = Some(pct_number(vm, bytes, &mut i, "precision")?);
            }
        }
        if matches!(bytes.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(code) = f[i..].chars().next() else {
            return Err(incomplete());
        };
        let at = i;
        i += code.len_utf8();
        let v = cursor.next(vm)?;
        if let Some(p) = prec {
            check_size(vm, p)?;
        }
        let spec = PctSpec { flags, width, prec };
        // CPython's error names the position in characters.
        pct_convert(vm, &mut out, code, &v, &spec, || f[..at].chars().count())?;
        check_size(vm, out.len())?;
    }
    if cursor.idx < cursor.len && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::str(&out))
}
