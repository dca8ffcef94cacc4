//! `strftime` as glibc's `__strftime_internal` does it in the C locale
//! (CPython passes the format to the C library, and leaves `LC_TIME` at
//! "C"): GNU flags `_ - 0 ^ #`, field widths, the `E`/`O` modifiers, and
//! unknown directives copied through.

use super::civil::{Tm, is_leap};
use super::zone::Zone;

const ABDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const ABMON: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MON: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The output of one run: bytes written so far, and the buffer size, past
/// which glibc gives up (returns 0).
struct Out {
    buf: Vec<u8>,
    max: usize,
}

/// One conversion's flags.
#[derive(Clone, Copy)]
struct Spec {
    pad: u8,
    width: i64,
    upcase: bool,
    lowcase: bool,
}

impl Out {
    /// glibc's `add`: `bytes` right-aligned in the field width.
    fn add(&mut self, s: &Spec, bytes: &[u8]) -> Option<()> {
        let n = bytes.len() as i64;
        let delta = s.width - n;
        let incr = n + delta.max(0);
        if self.buf.len() as i64 + incr >= self.max as i64 {
            return None;
        }
        if delta > 0 {
            let fill = if s.pad == b'0' { b'0' } else { b' ' };
            self.buf.extend(std::iter::repeat_n(fill, delta as usize));
        }
        self.buf.extend(bytes.iter().map(|&c| {
            if s.lowcase {
                c.to_ascii_lowercase()
            } else if s.upcase {
                c.to_ascii_uppercase()
            } else {
                c
            }
        }));
        Some(())
    }

    /// glibc's `do_number_sign_and_padding` for the digits in `digits_buf`
    /// (sign included), at least `digits` wide.
    fn number_text(&mut self, s: &Spec, digits: i64, text: &[u8], negative: bool) -> Option<()> {
        let mut s = *s;
        let mut text = text;
        if s.pad != b'-' {
            let padding = digits - text.len() as i64;
            if padding > 0 {
                if s.pad == b'_' {
                    if self.buf.len() as i64 + padding >= self.max as i64 {
                        return None;
                    }
                    self.buf.extend(std::iter::repeat_n(b' ', padding as usize));
                    s.width = if s.width > padding {
                        s.width - padding
                    } else {
                        0
                    };
                } else {
                    if self.buf.len() as i64 + digits >= self.max as i64 {
                        return None;
                    }
                    if negative {
                        text = &text[1..];
                        self.buf.push(b'-');
                    }
                    self.buf.extend(std::iter::repeat_n(b'0', padding as usize));
                    s.width = 0;
                }
            }
        }
        self.add(&s, text)
    }

    /// `DO_NUMBER`: `value`, at least `digits` digits (or the width).
    fn number(&mut self, s: &Spec, digits: i64, value: i64) -> Option<()> {
        let digits = digits.max(s.width);
        let text = value.to_string();
        self.number_text(s, digits, text.as_bytes(), value < 0)
    }

    /// `DO_NUMBER_SPACEPAD`: the same, blank-padded unless `0` or `-`.
    fn number_spacepad(&mut self, s: &Spec, digits: i64, value: i64) -> Option<()> {
        let mut s = *s;
        if s.pad != b'0' && s.pad != b'-' {
            s.pad = b'_';
        }
        self.number(&s, digits, value)
    }
}

/// glibc's `iso_week_days`: days from the first day of the ISO week-based
/// year to `yday` (negative: the date belongs to the previous one).
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1
}

/// Formats `tm` by `fmt`; `None` when the result would not fit in `max`
/// bytes (with the C terminator), as glibc's `strftime` returns 0 then.
pub fn format(fmt: &[u8], tm: &Tm, zone: &Zone, max: usize) -> Option<Vec<u8>> {
    let mut out = Out {
        buf: Vec::new(),
        max,
    };
    run(&mut out, fmt, tm, zone)?;
    Some(out.buf)
}

fn run(out: &mut Out, f: &[u8], tm: &Tm, zone: &Zone) -> Option<()> {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let plain = Spec {
        pad: 0,
        width: -1,
        upcase: false,
        lowcase: false,
    };
    let mut k = 0;
    while k < f.len() {
        if f[k] != b'%' {
            out.add(&plain, &f[k..=k])?;
            k += 1;
            continue;
        }
        let start = k;
        let mut s = plain;
        let mut change_case = false;
        k += 1;
        while let Some(&c) = f.get(k) {
            match c {
                b'_' | b'-' | b'0' => s.pad = c,
                b'^' => s.upcase = true,
                b'#' => change_case = true,
                _ => break,
            }
            k += 1;
        }
        if f.get(k).is_some_and(u8::is_ascii_digit) {
            s.width = 0;
            while let Some(&c) = f.get(k).filter(|c| c.is_ascii_digit()) {
                s.width = (s.width * 10 + i64::from(c - b'0')).min(i64::from(i32::MAX));
                k += 1;
            }
        }
        let modifier = match f.get(k) {
            Some(&m @ (b'E' | b'O')) => {
                k += 1;
                m
            }
            _ => 0,
        };
        let c = f.get(k).copied().unwrap_or(0);
        // Past the conversion character (or at the end of the format).
        let next = (k + 1).min(f.len());
        let bad = |out: &mut Out, s: &Spec| out.add(s, &f[start..next]);
        let sub = |out: &mut Out, s: &Spec, subfmt: &str| -> Option<()> {
            let mut inner = Out {
                buf: Vec::new(),
                max: i64::MAX as usize,
            };
            run(&mut inner, subfmt.as_bytes(), tm, zone)?;
            let at = out.buf.len();
            out.add(
                &Spec {
                    upcase: false,
                    lowcase: false,
                    ..*s
                },
                &inner.buf,
            )?;
            if s.upcase {
                out.buf[at..].make_ascii_uppercase();
            }
            Some(())
        };
        let upcase_names = |s: &mut Spec| {
            if change_case {
                s.upcase = true;
                s.lowcase = false;
            }
        };
        let year = tm.year;
        match c {
            b'%' => out.add(&s, b"%")?,
            b'a' | b'A' => {
                if modifier != 0 {
                    bad(out, &s)?;
                } else {
                    upcase_names(&mut s);
                    let names = if c == b'a' { &ABDAY } else { &DAY };
                    let name = usize::try_from(tm.wday)
                        .ok()
                        .and_then(|i| names.get(i))
                        .copied()
                        .unwrap_or("?");
                    out.add(&s, name.as_bytes())?;
                }
            }
            b'b' | b'h' | b'B' => {
                upcase_names(&mut s);
                if modifier == b'E' {
                    bad(out, &s)?;
                } else {
                    let names = if c == b'B' { &MON } else { &ABMON };
                    let name = usize::try_from(tm.mon)
                        .ok()
                        .and_then(|i| names.get(i))
                        .copied()
                        .unwrap_or("?");
                    out.add(&s, name.as_bytes())?;
                }
            }
            b'c' if modifier != b'O' => sub(out, &s, "%a %b %e %H:%M:%S %Y")?,
            b'x' if modifier != b'O' => sub(out, &s, "%m/%d/%y")?,
            b'X' if modifier != b'O' => sub(out, &s, "%H:%M:%S")?,
            b'D' if modifier == 0 => sub(out, &s, "%m/%d/%y")?,
            b'F' if modifier == 0 => sub(out, &s, "%Y-%m-%d")?,
            b'R' => sub(out, &s, "%H:%M")?,
            b'r' => sub(out, &s, "%I:%M:%S %p")?,
            b'T' => sub(out, &s, "%H:%M:%S")?,
            b'C' => out.number(&s, 1, year / 100 - i64::from(year % 100 < 0))?,
            b'y' => out.number(&s, 2, ((year - 1900) % 100 + 100) % 100)?,
            b'Y' if modifier != b'O' => out.number(&s, 1, year)?,
            b'n' => out.add(&s, b"\n")?,
            b't' => out.add(&s, b"\t")?,
            b'P' | b'p' => {
                if c == b'P' {
                    s.lowcase = true;
                }
                if change_case {
                    s.upcase = false;
                    s.lowcase = true;
                }
                let ampm: &[u8] = if tm.hour > 11 { b"PM" } else { b"AM" };
                out.add(&s, ampm)?;
            }
            b's' => {
                let t = super::zone::for_mktime().mktime(tm).unwrap_or(-1);
                let text = t.to_string();
                out.number_text(&s, 1, text.as_bytes(), t < 0)?;
            }
            b'u' => out.number(&s, 1, (tm.wday - 1 + 7) % 7 + 1)?,
            b'Z' => {
                if change_case {
                    s.upcase = false;
                    s.lowcase = true;
                }
                let mut name: &str = tm.zone.as_deref().unwrap_or("");
                let tzname = zone.tzname();
                if name.is_empty() && tm.isdst >= 0 {
                    name = match tm.isdst {
                        0 => &tzname[0],
                        1 => &tzname[1],
                        _ => "?",
                    };
                }
                out.add(&s, name.as_bytes())?;
            }
            b'z' => {
                if tm.isdst >= 0 {
                    // C's `int diff = tm_gmtoff`.
                    let mut diff = i64::from(tm.gmtoff as i32);
                    if diff < 0 {
                        out.add(&s, b"-")?;
                        diff = -diff;
                    } else {
                        out.add(&s, b"+")?;
                    }
                    diff /= 60;
                    out.number(&s, 4, (diff / 60) * 100 + diff % 60)?;
                }
            }
            _ if modifier == b'E'
                && matches!(
                    c,
                    b'd' | b'e'
                        | b'H'
                        | b'I'
                        | b'k'
                        | b'l'
                        | b'j'
                        | b'M'
                        | b'm'
                        | b'S'
                        | b'U'
                        | b'V'
                        | b'g'
                        | b'G'
                        | b'W'
                        | b'w'
                ) =>
            {
                bad(out, &s)?
            }
            b'd' => out.number(&s, 2, tm.mday)?,
            b'e' => out.number_spacepad(&s, 2, tm.mday)?,
            b'H' => out.number(&s, 2, tm.hour)?,
            b'I' => out.number(&s, 2, hour12)?,
            b'k' => out.number_spacepad(&s, 2, tm.hour)?,
            b'l' => out.number_spacepad(&s, 2, hour12)?,
            b'j' => out.number(&s, 3, 1 + tm.yday)?,
            b'M' => out.number(&s, 2, tm.min)?,
            b'm' => out.number(&s, 2, tm.mon + 1)?,
            b'S' => out.number(&s, 2, tm.sec)?,
            b'U' => out.number(&s, 2, (tm.yday - tm.wday + 7) / 7)?,
            b'W' => out.number(&s, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7)?,
            b'w' => out.number(&s, 1, tm.wday)?,
            b'V' | b'g' | b'G' => {
                let mut y = year;
                let mut days = iso_week_days(tm.yday, tm.wday);
                if days < 0 {
                    y -= 1;
                    days = iso_week_days(tm.yday + 365 + i64::from(is_leap(y)), tm.wday);
                } else {
                    let d = iso_week_days(tm.yday - (365 + i64::from(is_leap(y))), tm.wday);
                    if d >= 0 {
                        y += 1;
                        days = d;
                    }
                }
                match c {
                    b'g' => out.number(&s, 2, (y % 100 + 100) % 100)?,
                    b'G' => out.number(&s, 1, y)?,
                    _ => out.number(&s, 2, days / 7 + 1)?,
                }
            }
            _ => bad(out, &s)?,
        }
        k = next;
    }
    Some(())
}
