//! CPython's format-spec mini-language, as used by `format()`, `str.format`
//! and f-strings for `int`, `float` and `str` values.
//!
//! The grammar is `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//! Parsing and rendering follow CPython 3.11's `Python/formatter_unicode.c`
//! step by step, because which error wins when a spec has several problems,
//! and how zero padding interacts with digit grouping, are only defined by
//! that code. Every error's `Display` text is CPython's exception message;
//! [`FormatError::kind`] says which exception class to raise.
//!
//! An empty spec is special in CPython: `format(x, '')` is `str(x)`. The
//! functions here give the right answer for exact `int`, `float` and `str`
//! values, but a caller formatting a subclass (including `bool`, where
//! `format(True, '')` is `'True'`) must handle the empty spec itself.

use std::borrow::Cow;

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::float_repr::{DtsFlags, FloatStyle, FloatTooLong, double_to_string};

/// Where the value sits within the field width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: pad on the right.
    Left,
    /// `>`: pad on the left.
    Right,
    /// `^`: split the padding, the extra character going to the right.
    Center,
    /// `=`: pad between the sign (and any `0x`-style prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `+`: sign both positive and negative numbers.
    Plus,
    /// `-`: sign negative numbers only (the default behaviour, spelled out).
    Minus,
    /// ` `: a space in front of non-negative numbers.
    Space,
}

/// The thousands-separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: comma every three digits (decimal types only).
    Comma,
    /// `_`: underscore every three digits, or every four for `b o x X`.
    Underscore,
}

impl Grouping {
    fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. Fields hold what the spec says, not what applies:
/// the defaults depend on the type being formatted (numbers align right,
/// strings left; the `0` flag means `=` alignment only for numbers), so the
/// `format_*` functions resolve them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when given together with an alignment.
    pub fill: Option<char>,
    /// The alignment, if given.
    pub align: Option<Align>,
    /// The sign option, if given.
    pub sign: Option<Sign>,
    /// The `z` option: coerce negative zero results to positive zero.
    pub no_neg_zero: bool,
    /// The `#` option: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (only recorded when no fill was given,
    /// because `'x<05'` is fill `x` with width `05`).
    pub zero_pad: bool,
    /// The minimum field width, in characters.
    pub width: Option<usize>,
    /// The thousands separator, if any.
    pub grouping: Option<Grouping>,
    /// The precision, if given.
    pub precision: Option<usize>,
    /// The presentation type character, if given. It may be any character;
    /// unknown ones are rejected by the `format_*` function, whose message
    /// names the value's type.
    pub ty: Option<char>,
}

/// Which Python exception a [`FormatError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`: almost every spec problem.
    ValueError,
    /// `OverflowError`: a value that does not fit (`c` range, int to float).
    OverflowError,
    /// `MemoryError`: a field too wide to build (CPython's message is empty).
    MemoryError,
}

/// A format spec CPython rejects. `Display` gives CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// More than one character is left where the type character belongs.
    #[error(
        "Invalid format specifier '{spec}' for object of type '{}'",
        clip_type_name(type_name)
    )]
    InvalidSpecifier {
        /// The whole spec as written.
        spec: String,
        /// The type name of the value being formatted.
        type_name: String,
    },
    /// A `.` with no digits after it.
    #[error("Format specifier missing precision")]
    MissingPrecision,
    /// A width or precision that does not fit in a C `Py_ssize_t`.
    #[error("Too many decimal digits in format string")]
    TooManyDigits,
    /// Both `,` and `_` were given.
    #[error("Cannot specify both ',' and '_'.")]
    BothSeparators,
    /// A thousands separator with a type that does not support it.
    #[error("Cannot specify '{separator}' with '{}'.", code_text(*code))]
    SeparatorNotAllowed {
        /// `,` or `_`.
        separator: char,
        /// The presentation type in effect.
        code: char,
    },
    /// A presentation type the value's type does not support.
    #[error("Unknown format code '{}' for object of type '{}'", code_text(*code), clip_type_name(type_name))]
    UnknownCode {
        /// The presentation type as written.
        code: char,
        /// The type name of the value being formatted.
        type_name: String,
    },
    /// `+` or `-` with a string.
    #[error("Sign not allowed in string format specifier")]
    StrSign,
    /// ` ` with a string.
    #[error("Space not allowed in string format specifier")]
    StrSpace,
    /// `z` with a string.
    #[error("Negative zero coercion (z) not allowed in string format specifier")]
    StrNoNegZero,
    /// `#` with a string.
    #[error("Alternate form (#) not allowed in string format specifier")]
    StrAlternate,
    /// `=` with a string.
    #[error("'=' alignment not allowed in string format specifier")]
    StrAfterSign,
    /// A precision with an integer presentation type.
    #[error("Precision not allowed in integer format specifier")]
    IntPrecision,
    /// `z` with an integer presentation type.
    #[error("Negative zero coercion (z) not allowed in integer format specifier")]
    IntNoNegZero,
    /// A sign with `c`.
    #[error("Sign not allowed with integer format specifier 'c'")]
    CharSign,
    /// `#` with `c`.
    #[error("Alternate form (#) not allowed with integer format specifier 'c'")]
    CharAlternate,
    /// `c` with an int outside `range(0x110000)` (an `OverflowError`).
    #[error("%c arg not in range(0x110000)")]
    CharRange,
    /// `c` with an int beyond a C `long` (an `OverflowError`).
    #[error("Python int too large to convert to C long")]
    CharTooLarge,
    /// `c` with a surrogate code point. CPython returns a one-character
    /// string holding the lone surrogate; Pyroclast's strings are UTF-8 and
    /// cannot, so this is a deliberate divergence (raised as `ValueError`).
    #[error("code point U+{0:04X} is a lone surrogate, which Pyroclast strings cannot hold")]
    LoneSurrogate(u32),
    /// A float presentation type with an int too large for a float
    /// (an `OverflowError`).
    #[error("int too large to convert to float")]
    IntTooLargeForFloat,
    /// The `0` flag or fill with a complex.
    #[error("Zero padding is not allowed in complex format specifier")]
    ComplexZeroPad,
    /// `=` alignment with a complex.
    #[error("'=' alignment flag is not allowed in complex format specifier")]
    ComplexAfterSign,
    /// A float precision above `INT_MAX`.
    #[error("precision too big")]
    PrecisionTooBig,
    /// The output would exceed [`MAX_FORMAT_OUTPUT`] characters (a
    /// `MemoryError`, whose message in CPython is empty).
    #[error("")]
    TooLong,
}

impl FormatError {
    /// The Python exception class this error is raised as.
    pub fn kind(&self) -> ErrorKind {
        match self {
            FormatError::CharRange
            | FormatError::CharTooLarge
            | FormatError::IntTooLargeForFloat => ErrorKind::OverflowError,
            FormatError::TooLong => ErrorKind::MemoryError,
            _ => ErrorKind::ValueError,
        }
    }
}

impl From<FloatTooLong> for FormatError {
    fn from(_: FloatTooLong) -> Self {
        FormatError::TooLong
    }
}

/// The longest output the formatters build, in characters. CPython would
/// attempt any size and raise `MemoryError` when allocation fails; refusing
/// early with [`FormatError::TooLong`] avoids an abort on allocation failure.
pub const MAX_FORMAT_OUTPUT: usize = 1 << 26;

/// CPython prints a presentation type as itself when it is printable ASCII
/// and as `\x` plus lower-case hex otherwise (`'\xe9'`, `'\x20'`).
fn code_text(code: char) -> String {
    let value = u32::from(code);
    if value > 32 && value < 128 {
        code.to_string()
    } else {
        format!("\\x{value:x}")
    }
}

/// CPython formats type names with `%.200s`: at most 200 bytes.
fn clip_type_name(name: &str) -> &str {
    let mut end = name.len().min(200);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Parse a format spec for a value whose Python type is `type_name` (the name
/// appears only in the "Invalid format specifier" message).
///
/// Checks that depend on the value's type, including which presentation
/// types accept a thousands separator, happen in the `format_*` functions;
/// CPython performs the separator check last in parsing and the type checks
/// right after, so the first error reported is the same.
///
/// # Errors
///
/// [`FormatError::TooManyDigits`], [`FormatError::BothSeparators`],
/// [`FormatError::MissingPrecision`] or [`FormatError::InvalidSpecifier`].
pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    // Positions are byte offsets; `at(pos)` is the character there. Specs
    // are parsed on every formatting call, so this allocates nothing.
    let bytes = spec.as_bytes();
    let at = |pos: usize| match bytes.get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => spec.get(pos..).and_then(|rest| rest.chars().next()),
        None => None,
    };
    let mut pos = 0;
    let mut out = FormatSpec::default();

    // A fill character is recognised only when an alignment follows it.
    let first = at(0);
    let after_first = first.map_or(0, char::len_utf8);
    if let Some(align) = at(after_first).and_then(align_of) {
        out.fill = first;
        out.align = Some(align);
        pos = after_first + 1;
    } else if let Some(align) = first.and_then(align_of) {
        out.align = Some(align);
        pos = 1;
    }
    out.sign = match at(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if out.sign.is_some() {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && at(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = read_integer(spec, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(FormatError::BothSeparators);
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    // A comma after an underscore is an error here, but a second comma after
    // a comma falls through to become the type character (CPython then says
    // "Cannot specify ',' with ','.").
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(FormatError::BothSeparators);
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = Some(read_integer(spec, &mut pos)?.ok_or(FormatError::MissingPrecision)?);
    }
    let mut rest = spec[pos..].chars();
    match (rest.next(), rest.next()) {
        (None, _) => {}
        (Some(ty), None) => out.ty = Some(ty),
        _ => {
            return Err(FormatError::InvalidSpecifier {
                spec: spec.to_string(),
                type_name: type_name.to_string(),
            });
        }
    }
    Ok(out)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Read a run of Unicode decimal digits at byte offset `*pos` (CPython
/// accepts e.g. Arabic-Indic digits in widths); `None` when there are none.
/// Values above `Py_ssize_t`'s maximum are an error, as in CPython.
fn read_integer(spec: &str, pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: Option<u64> = None;
    for c in spec[*pos..].chars() {
        let Some(digit) = decimal_value(c) else {
            break;
        };
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(digit)))
            .filter(|&v| v <= i64::MAX as u64)
            .ok_or(FormatError::TooManyDigits)?;
        value = Some(next);
        *pos += c.len_utf8();
    }
    // Widths beyond usize (32-bit targets) could never be honoured anyway.
    Ok(value.map(|v| usize::try_from(v).unwrap_or(usize::MAX)))
}

/// The decimal value of `c` if it is a Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = u32::from(c);
    // The table is sorted, so the candidate run is the last one starting at
    // or before `cp`.
    use crate::protocol::text::unicode_tables::DECIMAL_ZEROS;
    let index = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DECIMAL_ZEROS.get(index.checked_sub(1)?)?;
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// CPython validates the separator against the type in effect (the spec's
/// type or the value's default type) at the end of parsing.
fn check_grouping(spec: &FormatSpec, default_type: Option<char>) -> Result<(), FormatError> {
    let Some(grouping) = spec.grouping else {
        return Ok(());
    };
    match spec.ty.or(default_type) {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => Ok(()),
        Some(code) => Err(FormatError::SeparatorNotAllowed {
            separator: grouping.separator(),
            code,
        }),
    }
}

/// `format(v, spec)` for a `str` value: types `s` or none, precision truncates
/// (counting code points), left-aligned by default.
///
/// # Errors
///
/// CPython's `ValueError`s for a string spec: unknown type, sign, space, `z`,
/// `#`, `=` alignment or a thousands separator; [`FormatError::TooLong`]
/// for an absurd width. Nothing is appended to `out` on error.
pub fn format_str_into(
    v: &str,
    spec: &FormatSpec,
    type_name: &str,
    out: &mut String,
) -> Result<(), FormatError> {
    check_grouping(spec, Some('s'))?;
    let code = spec.ty.unwrap_or('s');
    if code != 's' {
        return Err(FormatError::UnknownCode {
            code,
            type_name: type_name.to_string(),
        });
    }
    match spec.sign {
        Some(Sign::Space) => return Err(FormatError::StrSpace),
        Some(_) => return Err(FormatError::StrSign),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::StrNoNegZero);
    }
    if spec.alternate {
        return Err(FormatError::StrAlternate);
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::StrAfterSign);
    }
    let text = match spec.precision {
        Some(limit) => match v.char_indices().nth(limit) {
            Some((cut, _)) => &v[..cut],
            None => v,
        },
        None => v,
    };
    // For strings the `0` flag sets the fill but keeps left alignment.
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    pad_into(
        text,
        text.chars().count(),
        spec.width,
        spec.align.unwrap_or(Align::Left),
        fill,
        out,
    )
}

/// Pad `text` (`len` characters) to `width` as CPython's `calc_padding` does.
fn pad(
    text: &str,
    len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let mut out = String::new();
    pad_into(text, len, width, align, fill, &mut out)?;
    Ok(out)
}

/// [`pad`] appended to `out`.
fn pad_into(
    text: &str,
    len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
    out: &mut String,
) -> Result<(), FormatError> {
    let total = width.unwrap_or(0).max(len);
    if total > MAX_FORMAT_OUTPUT {
        return Err(FormatError::TooLong);
    }
    let padding = total - len;
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    out.reserve(text.len() + padding * fill.len_utf8());
    push_fill(out, fill, left);
    out.push_str(text);
    push_fill(out, fill, padding - left);
    Ok(())
}

#[inline]
fn push_fill(out: &mut String, fill: char, count: usize) {
    if count == 0 {
        return;
    }
    // Spaces and zeros (most padding) from a constant, not char by char.
    const SPACES: &str = "                                ";
    const ZEROS: &str = "00000000000000000000000000000000";
    match fill {
        ' ' if count <= SPACES.len() => out.push_str(&SPACES[..count]),
        '0' if count <= ZEROS.len() => out.push_str(&ZEROS[..count]),
        _ => out.extend(std::iter::repeat_n(fill, count)),
    }
}

/// `format(v, spec)` for an `int` value (or an `int` subclass such as `bool`,
/// whose name goes in error messages): types `b c d o x X n` and none, and
/// the float types `e E f F g G %`, which convert the value to a float first.
///
/// `n` groups nothing: it follows the C locale, which has no thousands
/// separator.
///
/// # Errors
///
/// CPython's errors for an integer spec (see [`FormatError`]), including the
/// `OverflowError`s of `c` and of converting a huge int to float. Nothing
/// is appended to `out` on error.
pub fn format_int_into(
    v: IntRef<'_>,
    spec: &FormatSpec,
    type_name: &str,
    out: &mut String,
) -> Result<(), FormatError> {
    check_grouping(spec, Some('d'))?;
    let code = spec.ty.unwrap_or('d');
    let (base, prefix) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'n' => (10, ""),
        'c' => return format_char(v, spec, out),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v.to_f64().ok_or(FormatError::IntTooLargeForFloat)?;
            return format_float_checked(x, spec, out);
        }
        _ => {
            return Err(FormatError::UnknownCode {
                code,
                type_name: type_name.to_string(),
            });
        }
    };
    if spec.precision.is_some() {
        return Err(FormatError::IntPrecision);
    }
    if spec.no_neg_zero {
        return Err(FormatError::IntNoNegZero);
    }
    let mut buf = [0u8; 64];
    let digits = v.digits(base, code == 'X', &mut buf);
    // `n` uses the locale's grouping, which in the C locale is none.
    let grouping = spec.grouping.filter(|_| code != 'n').map(|g| {
        let size = if base == 10 { 3 } else { 4 };
        (g.separator(), size)
    });
    render_number_into(
        &NumberParts {
            negative: v.is_negative(),
            prefix: if spec.alternate { prefix } else { "" },
            digits: &digits,
            decimal: false,
            remainder: "",
        },
        spec,
        grouping,
        out,
    )
}

/// An int to format: most fit in an `i64` and are formatted without
/// allocating; the rest are big.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    /// An int that fits in an `i64`.
    Small(i64),
    /// Any int.
    Big(&'a BigInt),
}

impl From<i64> for IntRef<'_> {
    fn from(i: i64) -> Self {
        IntRef::Small(i)
    }
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(b: &'a BigInt) -> Self {
        IntRef::Big(b)
    }
}

impl IntRef<'_> {
    /// True when below zero.
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.sign() == BigSign::Minus,
        }
    }

    /// `float(v)`, correctly rounded; `None` when it would overflow.
    fn to_f64(self) -> Option<f64> {
        match self {
            // `as` rounds to the nearest double, ties to even, as CPython.
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => bigint_to_f64(b),
        }
    }

    /// The digits of its magnitude in `base` (2, 8, 10 or 16), upper-case
    /// letters when `upper`: a small int's written into `buf`.
    pub fn digits(self, base: u32, upper: bool, buf: &mut [u8; 64]) -> Cow<'_, str> {
        match self {
            IntRef::Small(i) => Cow::Borrowed(small_digits(i.unsigned_abs(), base, upper, buf)),
            IntRef::Big(b) => {
                let mut text = b.magnitude().to_str_radix(base);
                if upper {
                    text.make_ascii_uppercase();
                }
                Cow::Owned(text)
            }
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// The digits of `n` in `base` (2, 8, 10 or 16), written at the end of `buf`.
fn small_digits(mut n: u64, base: u32, upper: bool, buf: &mut [u8; 64]) -> &str {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let base = u64::from(base);
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = table[(n % base) as usize];
        n /= base;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// The `c` presentation type: the character with the int's code point.
fn format_char(v: IntRef<'_>, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::IntPrecision);
    }
    if spec.no_neg_zero {
        return Err(FormatError::IntNoNegZero);
    }
    if spec.sign.is_some() {
        return Err(FormatError::CharSign);
    }
    if spec.alternate {
        return Err(FormatError::CharAlternate);
    }
    let code_point = v.to_i64().ok_or(FormatError::CharTooLarge)?;
    let code_point = u32::try_from(code_point)
        .ok()
        .filter(|&cp| cp < 0x110000)
        .ok_or(FormatError::CharRange)?;
    let ch = char::from_u32(code_point).ok_or(FormatError::LoneSurrogate(code_point))?;
    let text = ch.to_string();
    // CPython passes the character as a "remainder" with no digits, so the
    // `0` flag pads it with zeros like any other fill.
    render_number_into(
        &NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &text,
        },
        spec,
        None,
        out,
    )
}

/// `float(v)` for an int, correctly rounded (ties to even) as CPython does;
/// `None` when the result would overflow to infinity.
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let magnitude = v.magnitude();
    let bits = magnitude.bits();
    if bits > 1024 {
        return None;
    }
    let value = if bits <= 64 {
        // `as` rounds a u64 to the nearest double, ties to even.
        magnitude.to_u64()? as f64
    } else {
        // Keep the top 64 bits and fold every lower bit into a sticky bit:
        // the 11 spare bits below the 53-bit mantissa then round exactly
        // as the full value would.
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64()?;
        let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        let rounded = (top | u64::from(sticky)) as f64;
        // Scaling by a power of two is exact unless it overflows.
        rounded * 2f64.powi(i32::try_from(shift).ok()?)
    };
    if value.is_infinite() {
        return None;
    }
    Some(if v.sign() == BigSign::Minus {
        -value
    } else {
        value
    })
}

/// `format(v, spec)` for a `float` value: types `e E f F g G n %` and none.
///
/// With no type and no precision the result is `repr(v)`; with a precision
/// and no type it is like `g` except that it keeps at least one digit after
/// the point and switches to exponent form one digit sooner (`format(2.0,
/// '.3') == '2.0'`, `format(1234.5, '.2') == '1.2e+03'`). `n` is `g` in the
/// C locale, which groups nothing.
///
/// # Errors
///
/// [`FormatError::UnknownCode`], [`FormatError::SeparatorNotAllowed`],
/// [`FormatError::PrecisionTooBig`] or [`FormatError::TooLong`]. Nothing is
/// appended to `out` on error.
pub fn format_float_into(
    v: f64,
    spec: &FormatSpec,
    type_name: &str,
    out: &mut String,
) -> Result<(), FormatError> {
    check_grouping(spec, None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_checked(v, spec, out)
        }
        Some(code) => Err(FormatError::UnknownCode {
            code,
            type_name: type_name.to_string(),
        }),
    }
}

/// CPython's `format_float_internal`, for a spec whose type is known to be a
/// float type (or none).
fn format_float_checked(v: f64, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::PrecisionTooBig);
    }
    let mut flags = DtsFlags {
        alternate: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut value = v;
    let mut percent = false;
    let mut default_precision = 6;
    let mut style = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            FloatStyle::Repr
        }
        Some('e' | 'E') => FloatStyle::Exponent,
        Some('f' | 'F') => FloatStyle::Fixed,
        Some('%') => {
            value *= 100.0;
            percent = true;
            FloatStyle::Fixed
        }
        _ => FloatStyle::General,
    };
    flags.uppercase = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let precision = match spec.precision {
        Some(p) => {
            // An explicit precision turns the repr style into `g`.
            if style == FloatStyle::Repr {
                style = FloatStyle::General;
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, style, precision, flags)?;
    if percent {
        text.push('%');
    }
    let body = text.strip_prefix('-');
    let negative = body.is_some();
    let body = body.unwrap_or(&text);
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let grouping = spec
        .grouping
        .filter(|_| spec.ty != Some('n'))
        .map(|g| (g.separator(), 3));
    render_number_into(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        },
        spec,
        grouping,
        out,
    )
}

/// `format(z, spec)` for a complex `re + im*j`, as CPython's
/// `format_complex_internal`: each part is formatted as a float (the
/// imaginary one always signed unless the real part is left out), then the
/// whole is padded. No type is like `str(z)`: parentheses, and the real part
/// left out when it is `+0.0`.
///
/// # Errors
///
/// CPython's `ValueError`s: zero padding, `=` alignment, a type other than
/// `e E f F g G n`, a misplaced separator, a too large precision.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    check_grouping(spec, None)?;
    if spec.zero_pad || spec.fill == Some('0') {
        return Err(FormatError::ComplexZeroPad);
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::ComplexAfterSign);
    }
    let (mut style, mut skip_re, mut parens) = (FloatStyle::Repr, false, false);
    let mut default_precision = 6;
    match spec.ty {
        None => {
            default_precision = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
        }
        Some('e' | 'E') => style = FloatStyle::Exponent,
        Some('f' | 'F') => style = FloatStyle::Fixed,
        Some('g' | 'G' | 'n') => style = FloatStyle::General,
        Some(code) => {
            return Err(FormatError::UnknownCode {
                code,
                type_name: type_name.to_string(),
            });
        }
    }
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return Err(FormatError::PrecisionTooBig),
        Some(p) => {
            if style == FloatStyle::Repr {
                style = FloatStyle::General;
            }
            p
        }
        None => default_precision,
    };
    let flags = DtsFlags {
        alternate: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        uppercase: matches!(spec.ty, Some('E' | 'F' | 'G')),
        ..DtsFlags::default()
    };
    // Each part unpadded, then the whole padded (right-aligned by default).
    let part = |v: f64, sign: Option<Sign>| -> Result<String, FormatError> {
        let text = double_to_string(v, style, precision, flags)?;
        let plain = FormatSpec {
            sign,
            grouping: spec.grouping,
            ..FormatSpec::default()
        };
        let body = text.strip_prefix('-');
        let negative = body.is_some();
        let body = body.unwrap_or(&text);
        let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(int_len);
        let (decimal, remainder) = match rest.strip_prefix('.') {
            Some(after) => (true, after),
            None => (false, rest),
        };
        let grouping = spec
            .grouping
            .filter(|_| spec.ty != Some('n'))
            .map(|g| (g.separator(), 3));
        render_number(
            &NumberParts {
                negative,
                prefix: "",
                digits,
                decimal,
                remainder,
            },
            &plain,
            grouping,
        )
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign)?);
    }
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    body.push_str(&part(im, im_sign)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    pad(
        &body,
        body.chars().count(),
        spec.width,
        spec.align.unwrap_or(Align::Right),
        spec.fill.unwrap_or(' '),
    )
}

/// A number split the way CPython's `calc_number_widths` sees it:
/// `[sign][prefix][digits][.][remainder]`, where only `digits` is grouped
/// and zero-padded, and `remainder` holds fraction, exponent, `%`, `inf`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// Lay out a number: `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`,
/// with at most one of the three paddings non-empty.
fn render_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let mut out = String::new();
    render_number_into(parts, spec, grouping, &mut out)?;
    Ok(out)
}

/// [`render_number`] appended to `out`.
fn render_number_into(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
    out: &mut String,
) -> Result<(), FormatError> {
    // Numbers: right-aligned by default, and the bare `0` flag means `=`.
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let non_digits = usize::from(sign.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.decimal)
        + parts.remainder.chars().count();
    let width = spec.width.unwrap_or(0);
    if width > MAX_FORMAT_OUTPUT {
        // Only refuse when the width actually pads something.
        let natural = non_digits + parts.digits.len() * 2;
        if width > natural {
            return Err(FormatError::TooLong);
        }
    }
    // Zero padding with `=` goes inside the digits so that grouping applies
    // to it too: format(1234, '010,') == '00,001,234'.
    let min_width = if fill == '0' && align == Align::AfterSign {
        width.saturating_sub(non_digits)
    } else {
        0
    };
    // Without a separator the digits are ASCII, padded with zeros to
    // `min_width`: laid out below without an intermediate string.
    let plain_zeros = min_width.saturating_sub(parts.digits.len());
    // An empty `digits` is only for `c`, `inf` and `nan`: no zero padding
    // inside them; the fill below pads instead.
    let grouped = grouping
        .filter(|_| !parts.digits.is_empty())
        .map(|g| group_digits(parts.digits, min_width, g));
    let digits_len = match &grouped {
        Some(g) => g.chars().count(),
        None if parts.digits.is_empty() => 0,
        None => plain_zeros + parts.digits.len(),
    };
    let used = non_digits + digits_len;
    let padding = width.saturating_sub(used);
    let (left, middle, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    out.reserve(used + padding * fill.len_utf8());
    push_fill(out, fill, left);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(out, fill, middle);
    match &grouped {
        Some(g) => out.push_str(g),
        None if parts.digits.is_empty() => {}
        None => {
            push_fill(out, '0', plain_zeros);
            out.push_str(parts.digits);
        }
    }
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(out, fill, right);
    Ok(())
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: insert `separator` every
/// `size` digits from the right, after left-padding with zeros so that the
/// result (separators included) is at least `min_width` long. A separator is
/// never the first character, so the result can exceed `min_width` by one.
fn group_digits(digits: &str, min_width: usize, (separator, size): (char, usize)) -> String {
    // Build groups from the right, each as zeros followed by real digits.
    let mut groups: Vec<&str> = Vec::new();
    let mut zero_groups: Vec<usize> = Vec::new();
    let mut remaining = digits.len();
    let mut min_width = min_width;
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let chars = remaining.min(len);
        zero_groups.push(len - chars);
        groups.push(&digits[remaining - chars..remaining]);
        remaining -= chars;
        min_width = min_width.saturating_sub(len);
        if remaining == 0 && min_width == 0 {
            break;
        }
        // The separator before the next group counts toward the width.
        min_width = min_width.saturating_sub(1);
    }
    let mut out = String::new();
    for (i, (group, zeros)) in groups.iter().zip(&zero_groups).enumerate().rev() {
        push_fill(&mut out, '0', *zeros);
        out.push_str(group);
        if i > 0 {
            out.push(separator);
        }
    }
    out
}

/// Parse `spec` and append `v` formatted with it to `out`: an int, a float
/// or a str (the types whose formatting is written here).
///
/// # Errors
///
/// Any error of [`parse`] and the type's formatting.
pub fn format_text_into(
    v: Formattable<'_>,
    spec: &str,
    type_name: &str,
    out: &mut String,
) -> Result<(), FormatError> {
    let spec = parse(spec, type_name)?;
    match v {
        Formattable::Int(i) => format_int_into(i, &spec, type_name, out),
        Formattable::Float(f) => format_float_into(f, &spec, type_name, out),
        Formattable::Str(s) => format_str_into(s, &spec, type_name, out),
    }
}

/// A value [`format_text_into`] formats.
#[derive(Clone, Copy, Debug)]
pub enum Formattable<'a> {
    /// An int (or bool).
    Int(IntRef<'a>),
    /// A float.
    Float(f64),
    /// A str.
    Str(&'a str),
}

#[cfg(test)]
mod tests;
