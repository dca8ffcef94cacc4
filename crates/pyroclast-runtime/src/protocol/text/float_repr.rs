//! `repr(float)` and CPython's `PyOS_double_to_string`, character for character.
//!
//! CPython turns a double into digits with David Gay's `dtoa` and then lays
//! those digits out in `format_float_short` (Python/pystrtod.c). Rust's float
//! formatting produces the very same digit strings: `{:e}` gives the shortest
//! digits that round-trip (Gay's mode 0), and `{:.N}` / `{:.Ne}` are correctly
//! rounded, ties to even on the exact binary value (Gay's modes 3 and 2). So
//! this module borrows the digits from Rust and re-implements only CPython's
//! layout rules: where the decimal point goes, when an exponent is used, how
//! much zero padding is added and when a trailing `.` or `.0` appears.

use std::fmt::Write as _;

/// The presentation styles of `PyOS_double_to_string` (`e`, `f`, `g`, `r`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit before the point, `precision` digits after it, then an
    /// exponent such as `e+05`.
    Exponent,
    /// `f`: exactly `precision` digits after the point, never an exponent.
    Fixed,
    /// `g`: `precision` significant digits (0 counts as 1); exponent form when
    /// the decimal exponent is below -4 or not below the precision; trailing
    /// zeros are removed unless [`DtsFlags::alternate`] is set.
    General,
    /// `r`: the shortest digits that round-trip, as `repr(float)` prints them;
    /// exponent form below 1e-4 and from 1e16 on. The precision is ignored.
    Repr,
}

/// Optional behaviours of [`double_to_string`]; CPython's `Py_DTSF_*` flags
/// plus the upper-case variants of the presentation types (`E`, `F`, `G`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// Prefix non-negative values with `+` (`Py_DTSF_SIGN`).
    pub always_sign: bool,
    /// Append `.0` when the result would otherwise look like an integer
    /// (`Py_DTSF_ADD_DOT_0`); with [`FloatStyle::General`] it also moves the
    /// switch to exponent form one digit earlier, as CPython does.
    pub add_dot_0: bool,
    /// The `#` alternate form: keep the decimal point and, for `g`, the
    /// trailing zeros (`Py_DTSF_ALT`).
    pub alternate: bool,
    /// The `z` option: print a value that rounds to zero without its minus
    /// sign (`Py_DTSF_NO_NEG_0`).
    pub no_neg_zero: bool,
    /// Use `E`, `INF` and `NAN` instead of `e`, `inf` and `nan`.
    pub uppercase: bool,
}

/// The longest string [`double_to_string`] agrees to build, in bytes. CPython
/// would try to allocate whatever a huge precision asks for and fail with
/// `MemoryError`; refusing early keeps Pyroclast from aborting on an
/// allocation failure instead.
pub const MAX_FLOAT_STRING_LEN: usize = 1 << 26;

/// [`double_to_string`] was asked for more than [`MAX_FLOAT_STRING_LEN`]
/// bytes of output (the interpreter should raise `MemoryError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("formatted float would exceed {MAX_FLOAT_STRING_LEN} bytes")]
pub struct FloatTooLong;

/// `repr(x)` (and `str(x)`) for a Python float, exactly as CPython 3 prints it:
/// `0.30000000000000004`, `1e+16`, `1.5e-05`, `5.0`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    match special_value(x, flags) {
        Some(text) => text,
        // The repr of a finite double is at most a couple of dozen characters,
        // so the size limit of `double_to_string` never needs checking here.
        None => plan(x, FloatStyle::Repr, 0, flags).render(),
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: the engine
/// behind `repr(float)`, `format(float, spec)` and `'%.3f' % x`.
///
/// `precision` means what it means to the C function: digits after the point
/// for [`FloatStyle::Exponent`] and [`FloatStyle::Fixed`], significant digits
/// for [`FloatStyle::General`] (0 is treated as 1), ignored for
/// [`FloatStyle::Repr`].
///
/// # Errors
///
/// [`FloatTooLong`] when the output would be longer than
/// [`MAX_FLOAT_STRING_LEN`] (only possible with an enormous precision).
pub fn double_to_string(
    x: f64,
    style: FloatStyle,
    precision: usize,
    flags: DtsFlags,
) -> Result<String, FloatTooLong> {
    if let Some(text) = special_value(x, flags) {
        return Ok(text);
    }
    let plan = plan(x, style, precision, flags);
    if plan.len() > MAX_FLOAT_STRING_LEN {
        return Err(FloatTooLong);
    }
    Ok(plan.render())
}

/// The spelling of infinities and NaNs, or `None` for a finite `x`.
fn special_value(x: f64, flags: DtsFlags) -> Option<String> {
    let word = if x.is_nan() {
        // CPython ignores the sign bit of a NaN.
        return Some(format!(
            "{}{}",
            if flags.always_sign { "+" } else { "" },
            if flags.uppercase { "NAN" } else { "nan" }
        ));
    } else if x.is_infinite() {
        if flags.uppercase { "INF" } else { "inf" }
    } else {
        return None;
    };
    let sign = if x < 0.0 {
        "-"
    } else if flags.always_sign {
        "+"
    } else {
        ""
    };
    Some(format!("{sign}{word}"))
}

/// How many digits Gay's `dtoa` is asked for.
#[derive(Clone, Copy)]
enum DtoaMode {
    /// Mode 0: the shortest digits that read back as the same double.
    Shortest,
    /// Mode 2: at most this many significant digits (at least 1).
    Significant(usize),
    /// Mode 3: rounded to this many digits after the decimal point.
    Fixed(usize),
}

/// More significant digits than any double has: the exact decimal expansion
/// of a double has at most 767 of them, so asking for more changes nothing
/// once trailing zeros are stripped. Keeping requests below this also keeps
/// them within the 16-bit precision limit of Rust's formatting machinery.
const MAX_SIGNIFICANT_DIGITS: usize = 800;

/// More fractional digits than any double has (the smallest subnormal has
/// 1074 of them), for the same reasons as [`MAX_SIGNIFICANT_DIGITS`].
const MAX_FRACTION_DIGITS: usize = 1100;

/// The result of `dtoa` for a finite, non-negative value: ASCII digits with
/// neither leading nor trailing zeros (zero itself is `"0"`; a value that
/// rounds away entirely in fixed mode is `""`), and the position of the
/// decimal point relative to the first digit (`123.4` is `"1234"`, 3).
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

fn dtoa(a: f64, mode: DtoaMode) -> Digits {
    if a == 0.0 {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    match mode {
        DtoaMode::Shortest => shortest_digits(a),
        DtoaMode::Significant(n) => {
            let n = n.clamp(1, MAX_SIGNIFICANT_DIGITS);
            exact::significant(a, n)
                .unwrap_or_else(|| scientific_digits(&format!("{:.*e}", n - 1, a)))
        }
        DtoaMode::Fixed(n) => exact::fixed(a, n)
            .unwrap_or_else(|| fixed_digits(&format!("{:.*}", n.min(MAX_FRACTION_DIGITS), a), n)),
    }
}

/// Modes 2 and 3 in 128-bit integer arithmetic, for the common case where
/// it suffices (a few digits of a value of moderate size): the double is
/// `m * 2**e` exactly, so its scaled value is a fraction of two integers,
/// rounded half to even as Gay's `dtoa` rounds. `None` sends the rest
/// (huge precisions, extreme exponents) to Rust's exact formatting, which
/// gives the same digits more slowly.
mod exact {
    use super::Digits;

    /// `a` (positive, finite) as `m * 2**e`.
    fn decompose(a: f64) -> (u128, i64) {
        let bits = a.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = u128::from(bits & ((1 << 52) - 1));
        if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1 << 52), exp - 1075)
        }
    }

    /// `a * 10**p` as `(floor, round_up)`: the integer part and whether
    /// rounding half to even goes one above it.
    fn scaled(a: f64, p: i64) -> Option<(u128, bool)> {
        let (m, e) = decompose(a);
        let mut num = m;
        let mut den: u128 = 1;
        if e >= 0 {
            num = num.checked_mul(1u128.checked_shl(u32::try_from(e).ok()?)?)?;
            if num >> e != m {
                return None;
            }
        } else {
            den = 1u128.checked_shl(u32::try_from(-e).ok()?)?;
        }
        let ten = |k: i64| 10u128.checked_pow(u32::try_from(k).ok()?);
        if p >= 0 {
            num = num.checked_mul(ten(p)?)?;
        } else {
            den = den.checked_mul(ten(-p)?)?;
        }
        let (q, r) = match (u64::try_from(num), u64::try_from(den)) {
            (Ok(n), Ok(d)) => (u128::from(n / d), u128::from(n % d)),
            _ => (num / den, num % den),
        };
        // 2r > den, or a tie and q odd; `den - r` avoids overflowing 2r.
        let up = r > den - r || (r == den - r && q & 1 == 1);
        Some((q, up))
    }

    fn digits_of(mut q: u128) -> Vec<u8> {
        let mut out = Vec::with_capacity(20);
        // 128-bit division is a library call: used only while `q` needs it.
        while q > u128::from(u64::MAX) {
            out.push(b'0' + (q % 10) as u8);
            q /= 10;
        }
        let mut q = q as u64;
        while q > 0 {
            out.push(b'0' + (q % 10) as u8);
            q /= 10;
        }
        out.reverse();
        while out.last() == Some(&b'0') {
            out.pop();
        }
        out
    }

    /// Mode 3: rounded to `n` digits after the point.
    pub(super) fn fixed(a: f64, n: usize) -> Option<Digits> {
        let p = i64::try_from(n).ok()?;
        let (q, up) = scaled(a, p)?;
        let q = q + u128::from(up);
        if q == 0 {
            // Rounded away entirely: Gay puts the point at `-n`.
            return Some(Digits {
                digits: Vec::new(),
                decpt: -p,
            });
        }
        let len = i64::from(q.ilog10()) + 1;
        Some(Digits {
            digits: digits_of(q),
            decpt: len - p,
        })
    }

    /// Mode 2: `n` significant digits.
    pub(super) fn significant(a: f64, n: usize) -> Option<Digits> {
        let n = u32::try_from(n).ok()?;
        let low = 10u128.checked_pow(n - 1)?;
        let high = 10u128.checked_pow(n)?;
        // The decimal exponent of the leading digit; the estimate is off
        // by at most one, which the exact integer part corrects.
        let mut k = a.log10().floor() as i64;
        for _ in 0..3 {
            let (q, up) = scaled(a, i64::from(n) - 1 - k)?;
            if q >= high {
                k += 1;
            } else if q < low {
                k -= 1;
            } else {
                let q = q + u128::from(up);
                // Rounding up past the last digit: 9.995 to 3 digits is 10.0.
                let (q, k) = if q == high { (1, k + 1) } else { (q, k) };
                return Some(Digits {
                    digits: digits_of(q),
                    decpt: k + 1,
                });
            }
        }
        None
    }
}

/// Gay's mode 0 for a positive finite `a`.
///
/// Rust's `{:e}` finds the shortest length, but when two strings of that
/// length both read back as `a` and lie equally far from it, it can pick the
/// upper one: 1989574006210055.25 comes out as `...55.3`. Gay picks the
/// closest string with ties to even (`...55.2`), which is exactly the
/// correctly rounded string of that length, so prefer that whenever it also
/// round-trips. (It may not near a power of two, where the interval of
/// strings that read back is lopsided; then Rust's choice stands.)
fn shortest_digits(a: f64) -> Digits {
    let shortest = scientific_digits(&format!("{a:e}"));
    let len = shortest.digits.len().max(1);
    let rounded_text = format!("{:.*e}", len - 1, a);
    if rounded_text.parse::<f64>() == Ok(a) {
        scientific_digits(&rounded_text)
    } else {
        shortest
    }
}

/// Digits and decimal point of Rust's `{:e}` output such as `1.2345e-5`.
fn scientific_digits(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    trim_trailing_zeros(&mut digits);
    Digits {
        digits,
        decpt: exponent.parse::<i64>().unwrap_or(0) + 1,
    }
}

/// Digits and decimal point of Rust's `{:.N}` output such as `0.0012`.
/// `requested` is the caller's fraction-digit count before clamping: Gay's
/// `dtoa` reports a value that rounds to nothing with the decimal point at
/// `-requested`, and the layout code relies on that.
fn fixed_digits(text: &str, requested: usize) -> Digits {
    let (int_part, frac_part) = text.split_once('.').unwrap_or((text, ""));
    let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let leading = all.iter().take_while(|&&b| b == b'0').count();
    let mut digits = all[leading..].to_vec();
    trim_trailing_zeros(&mut digits);
    let decpt = if digits.is_empty() {
        -i64::try_from(requested).unwrap_or(i64::MAX)
    } else {
        to_i64(int_part.len()) - to_i64(leading)
    };
    Digits { digits, decpt }
}

/// Gay's `dtoa` never returns trailing zeros; the layout code re-adds the
/// ones each style wants.
fn trim_trailing_zeros(digits: &mut Vec<u8>) {
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Where everything goes in the output of `format_float_short`. CPython
/// describes the output as a window `vstart..vend` onto the digit string
/// padded with infinitely many zeros on both sides, with the decimal point
/// at `decpt`; this is that description.
struct Plan {
    sign: Option<char>,
    digits: Vec<u8>,
    decpt: i64,
    vstart: i64,
    vend: i64,
    /// The exponent, when the exponent form is used.
    exponent: Option<i64>,
    keep_trailing_point: bool,
    uppercase: bool,
}

fn plan(x: f64, style: FloatStyle, precision: usize, flags: DtsFlags) -> Plan {
    // Precisions beyond 2**40 behave like 2**40: digits run out long before,
    // and every output they would ask for is far over the size limit anyway.
    let requested = precision.min(1 << 40);
    let (mode, prec) = match style {
        FloatStyle::Exponent => (DtoaMode::Significant(requested + 1), requested + 1),
        FloatStyle::Fixed => (DtoaMode::Fixed(requested), requested),
        FloatStyle::General => {
            let p = requested.max(1);
            (DtoaMode::Significant(p), p)
        }
        FloatStyle::Repr => (DtoaMode::Shortest, 0),
    };
    let prec = to_i64(prec);
    let Digits { digits, mut decpt } = dtoa(x.abs(), mode);
    let digits_len = to_i64(digits.len());

    let mut negative = x.is_sign_negative();
    if flags.no_neg_zero && negative && digits.iter().all(|&d| d == b'0') {
        negative = false;
    }

    let mut vend = digits_len;
    let use_exp = match style {
        FloatStyle::Exponent => {
            vend = prec;
            true
        }
        FloatStyle::Fixed => {
            vend = decpt + prec;
            false
        }
        FloatStyle::General => {
            if flags.alternate {
                vend = prec;
            }
            let limit = if flags.add_dot_0 { prec - 1 } else { prec };
            decpt <= -4 || decpt > limit
        }
        FloatStyle::Repr => decpt <= -4 || decpt > 16,
    };
    let exponent = if use_exp {
        let e = decpt - 1;
        decpt = 1;
        Some(e)
    } else {
        None
    };
    // The point must fall strictly inside the window, and with `add_dot_0`
    // an integral value gets one zero after it.
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    Plan {
        sign: if negative {
            Some('-')
        } else if flags.always_sign {
            Some('+')
        } else {
            None
        },
        digits,
        decpt,
        vstart,
        vend,
        exponent,
        keep_trailing_point: flags.alternate,
        uppercase: flags.uppercase,
    }
}

impl Plan {
    /// An upper bound on the rendered length, computed without rendering.
    fn len(&self) -> usize {
        let window = usize::try_from(self.vend.saturating_sub(self.vstart)).unwrap_or(usize::MAX);
        // sign + point + exponent ("e-1074" at most) on top of the digits
        window.saturating_add(1 + 1 + 6)
    }

    fn render(&self) -> String {
        let mut out = String::with_capacity(self.len());
        if let Some(sign) = self.sign {
            out.push(sign);
        }
        let digits_len = to_i64(self.digits.len());
        let decpt = self.decpt;
        // Zeros to the left of the digits (and the point, if it is there).
        if decpt <= 0 {
            push_zeros(&mut out, decpt - self.vstart);
            out.push('.');
            push_zeros(&mut out, -decpt);
        } else {
            push_zeros(&mut out, -self.vstart);
        }
        // The digits themselves, with the point if it falls among them.
        let digit_text = String::from_utf8_lossy(&self.digits);
        match usize::try_from(decpt) {
            Ok(split) if decpt > 0 && decpt <= digits_len => {
                out.push_str(&digit_text[..split]);
                out.push('.');
                out.push_str(&digit_text[split..]);
            }
            _ => out.push_str(&digit_text),
        }
        // Zeros to the right (and the point, if it comes after the digits).
        if digits_len < decpt {
            push_zeros(&mut out, decpt - digits_len);
            out.push('.');
            push_zeros(&mut out, self.vend - decpt);
        } else {
            push_zeros(&mut out, self.vend - digits_len);
        }
        if out.ends_with('.') && !self.keep_trailing_point {
            out.pop();
        }
        if let Some(e) = self.exponent {
            out.push(if self.uppercase { 'E' } else { 'e' });
            out.push(if e < 0 { '-' } else { '+' });
            // C's "%+.02d": at least two digits.
            let _ = write!(out, "{:02}", e.unsigned_abs());
        }
        out
    }
}

fn push_zeros(out: &mut String, count: i64) {
    for _ in 0..count.max(0) {
        out.push('0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, style: FloatStyle, precision: usize, flags: DtsFlags) -> String {
        double_to_string(x, style, precision, flags).unwrap_or_else(|e| e.to_string())
    }

    /// The integer fast paths give exactly the digits of Rust's exact
    /// formatting (the slow path), wherever they answer.
    #[test]
    fn exact_digits_match_rust_formatting() {
        let mut values = vec![
            0.125,
            0.375,
            2.5,
            3.5,
            9.995,
            9.9995,
            0.5,
            1.5,
            1e22,
            1e23,
            123456.789,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.1,
            0.3,
            1.0 / 3.0,
            142.857,
            999999.5,
            0.0009765625,
            4503599627370496.5,
            9007199254740993.0,
        ];
        // A deterministic spread over every exponent (xorshift bits).
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..4000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x & !(1 << 63));
            if v.is_finite() && v > 0.0 {
                values.push(v);
            }
            // Short decimals, where ties and carries happen.
            values.push((x % 100_000) as f64 / 1000.0);
        }
        for &v in &values {
            for n in 0..24 {
                if let Some(d) = exact::fixed(v, n) {
                    let want = fixed_digits(&format!("{:.*}", n, v), n);
                    assert_eq!(
                        (d.digits, d.decpt),
                        (want.digits, want.decpt),
                        "{v:e} fixed {n}"
                    );
                }
                if n > 0
                    && let Some(d) = exact::significant(v, n)
                {
                    let want = scientific_digits(&format!("{:.*e}", n - 1, v));
                    assert_eq!(
                        (d.digits, d.decpt),
                        (want.digits, want.decpt),
                        "{v:e} sig {n}"
                    );
                }
            }
        }
    }

    // Expected strings below were printed by CPython 3.11 (`repr(x)`).
    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5, "2.5"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e22, "1e+22"),
            (1.5e-5, "1.5e-05"),
            (1e-7, "1e-07"),
            (-1.5, "-1.5"),
            (100.0, "100.0"),
            (0.5, "0.5"),
            (123.456, "123.456"),
            (1e100, "1e+100"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            // Two shortest candidates equally near: CPython takes the even one.
            (1989574006210055.0 + 0.25, "1989574006210055.2"),
            (181728656754405.0 + 0.625, "181728656754405.62"),
            (1.5e-323, "1.5e-323"),
            (1152921504606846976.0, "1.152921504606847e+18"),
            (9223372036854775808.0, "9.223372036854776e+18"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn styles_match_cpython() {
        let none = DtsFlags::default();
        let alt = DtsFlags {
            alternate: true,
            ..none
        };
        let upper = DtsFlags {
            uppercase: true,
            ..none
        };
        let cases: &[(f64, FloatStyle, usize, DtsFlags, &str)] = &[
            (0.125, FloatStyle::Fixed, 2, none, "0.12"),
            (0.375, FloatStyle::Fixed, 2, none, "0.38"),
            (2.5, FloatStyle::Fixed, 0, none, "2"),
            (0.5, FloatStyle::Fixed, 0, none, "0"),
            (1.0, FloatStyle::Fixed, 0, alt, "1."),
            (0.0001, FloatStyle::Fixed, 2, none, "0.00"),
            (1.5, FloatStyle::Exponent, 0, none, "2e+00"),
            (1.0, FloatStyle::Exponent, 0, alt, "1.e+00"),
            (5e-324, FloatStyle::Exponent, 3, none, "4.941e-324"),
            (123.456, FloatStyle::Exponent, 6, upper, "1.234560E+02"),
            (123.0, FloatStyle::General, 6, none, "123"),
            (123.0, FloatStyle::General, 6, alt, "123.000"),
            (0.0, FloatStyle::General, 6, alt, "0.00000"),
            (9.5, FloatStyle::General, 0, none, "1e+01"),
            (1e-10, FloatStyle::General, 6, upper, "1E-10"),
            (
                0.1,
                FloatStyle::General,
                30,
                none,
                "0.100000000000000005551115123126",
            ),
            (f64::INFINITY, FloatStyle::Fixed, 6, upper, "INF"),
        ];
        for &(x, style, precision, flags, want) in cases {
            assert_eq!(
                fmt(x, style, precision, flags),
                want,
                "{x:?} {style:?} {precision}"
            );
        }
    }

    #[test]
    fn no_neg_zero_drops_sign_only_for_zero_results() {
        let z = DtsFlags {
            no_neg_zero: true,
            ..DtsFlags::default()
        };
        assert_eq!(fmt(-1e-20, FloatStyle::Fixed, 3, z), "0.000");
        assert_eq!(fmt(-0.0, FloatStyle::Exponent, 0, z), "0e+00");
        assert_eq!(fmt(-0.001, FloatStyle::Exponent, 1, z), "-1.0e-03");
        assert_eq!(fmt(f64::NEG_INFINITY, FloatStyle::Fixed, 1, z), "-inf");
    }

    #[test]
    fn huge_precisions_are_exact_or_refused() {
        let none = DtsFlags::default();
        // Far past Rust's 16-bit precision limit, yet only a few digits out.
        assert_eq!(fmt(0.5, FloatStyle::General, 1_000_000, none), "0.5");
        let long = fmt(5e-324, FloatStyle::Fixed, 1100, none);
        assert_eq!(long.len(), 1102);
        assert!(long.starts_with("0.000"));
        assert!(long.contains("49406564584124654417656879286822137236505980"));
        assert_eq!(
            double_to_string(1.0, FloatStyle::Fixed, usize::MAX, none),
            Err(FloatTooLong)
        );
    }
}
