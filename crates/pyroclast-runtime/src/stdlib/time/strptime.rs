//! `time.strptime`: CPython's `_strptime` module (C locale) without `re`.
//! The format becomes the same regular expression `_strptime` builds (its
//! text is kept, for `re`'s group-redefinition message and position), and a
//! small backtracking matcher runs it the way `re.match` would with
//! IGNORECASE: alternatives in order, `\s+` greedy, first match wins.

use super::civil::{civil_from_days, days_from_civil, is_leap};
use crate::object::exc_kind::ExcKind;
use crate::protocol::ops::repr_str;
use crate::{Interp, PyResult};

const A_WEEKDAY: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const F_WEEKDAY: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const A_MONTH: [&str; 13] = [
    "", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const F_MONTH: [&str; 13] = [
    "",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const AM_PM: [&str; 2] = ["am", "pm"];

/// `_strptime`'s fixed regular expressions, by directive.
const FIXED: &[(char, &str)] = &[
    ('d', r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])"),
    ('f', r"(?P<f>[0-9]{1,6})"),
    ('H', r"(?P<H>2[0-3]|[0-1]\d|\d)"),
    ('I', r"(?P<I>1[0-2]|0[1-9]|[1-9])"),
    ('G', r"(?P<G>\d\d\d\d)"),
    (
        'j',
        r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    ),
    ('m', r"(?P<m>1[0-2]|0[1-9]|[1-9])"),
    ('M', r"(?P<M>[0-5]\d|\d)"),
    ('S', r"(?P<S>6[0-1]|[0-5]\d|\d)"),
    ('U', r"(?P<U>5[0-3]|[0-4]\d|\d)"),
    ('W', r"(?P<W>5[0-3]|[0-4]\d|\d)"),
    ('w', r"(?P<w>[0-6])"),
    ('u', r"(?P<u>[1-7])"),
    ('V', r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)"),
    ('y', r"(?P<y>\d\d)"),
    ('Y', r"(?P<Y>\d\d\d\d)"),
    (
        'z',
        r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    ),
];

/// The C locale's `%c`, `%x` and `%X`, which `_strptime` expands.
const LC_DATE_TIME: &str = "%a %b %d %H:%M:%S %Y";
const LC_DATE: &str = "%m/%d/%y";
const LC_TIME: &str = "%H:%M:%S";

/// One character class of a fixed alternative.
#[derive(Clone, Copy, Debug)]
enum Atom {
    Digit,
    Range(char, char),
    Lit(char),
}

#[derive(Debug)]
enum Kind {
    /// Fixed-length alternatives, tried in order.
    Alts(Vec<Vec<Atom>>),
    /// `[0-9]{1,6}`.
    Frac,
    /// The `%z` expression.
    Offset,
    /// Literal names (lowercase), longest first.
    Names(Vec<Vec<char>>),
}

#[derive(Debug)]
enum Node {
    Lit(char),
    Space,
    Group(char, Kind),
}

/// The compiled format: its nodes and named groups (name, number, position
/// of the name in the pattern text).
struct Pattern {
    nodes: Vec<Node>,
    groups: Vec<(char, usize, usize)>,
    /// Length of the pattern text so far, in characters.
    len: usize,
    /// Capturing groups so far.
    count: usize,
}

/// Python's `\s` for str patterns.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Splits the body of a fixed alternation into atoms.
fn parse_alts(body: &str) -> Vec<Vec<Atom>> {
    body.split('|')
        .map(|alt| {
            let cs: Vec<char> = alt.chars().collect();
            let mut atoms = Vec::new();
            let mut i = 0;
            while i < cs.len() {
                match cs[i] {
                    '\\' => {
                        atoms.push(Atom::Digit);
                        i += 2;
                    }
                    '[' => {
                        atoms.push(Atom::Range(cs[i + 1], cs[i + 3]));
                        i += 5;
                    }
                    c => {
                        atoms.push(Atom::Lit(c));
                        i += 1;
                    }
                }
            }
            atoms
        })
        .collect()
}

/// `re.escape`'s special characters.
fn re_escaped_len(s: &str) -> usize {
    s.chars()
        .map(|c| 1 + usize::from("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c)))
        .sum()
}

/// Why a format did not compile.
pub enum FormatError {
    /// `KeyError`: a directive `_strptime` does not know.
    BadDirective(char),
    /// `IndexError`: a lone `%` at the end.
    Stray,
}

impl Pattern {
    fn group(&mut self, name: char, text_len: usize, kind: Kind) {
        self.count += 1;
        // The name follows "(?P<".
        self.groups.push((name, self.count, self.len + 4));
        self.len += text_len;
        self.nodes.push(Node::Group(name, kind));
    }

    /// `TimeRE.pattern(format)`, appended.
    fn push_format(&mut self, format: &str, tz_names: &[String]) -> Result<(), FormatError> {
        let cs: Vec<char> = format.chars().collect();
        let mut i = 0;
        while i < cs.len() {
            let c = cs[i];
            if is_space(c) {
                while i < cs.len() && is_space(cs[i]) {
                    i += 1;
                }
                self.nodes.push(Node::Space);
                self.len += 3;
                continue;
            }
            if c != '%' {
                self.len += 1 + usize::from("\\.^$*+?(){}[]|".contains(c));
                self.nodes.push(Node::Lit(c));
                i += 1;
                continue;
            }
            let Some(&d) = cs.get(i + 1) else {
                return Err(FormatError::Stray);
            };
            i += 2;
            // After escaping, these are a backslash.
            if is_space(d) || "\\.^$*+?(){}[]|".contains(d) {
                return Err(FormatError::BadDirective('%'));
            }
            if let Some((_, text)) = FIXED.iter().find(|(k, _)| *k == d) {
                let kind = match d {
                    'f' => Kind::Frac,
                    'z' => Kind::Offset,
                    _ => Kind::Alts(parse_alts(&text[6..text.len() - 1])),
                };
                self.group(d, text.chars().count(), kind);
                if d == 'z' {
                    // Its two unnamed groups.
                    self.count += 2;
                }
                continue;
            }
            let names: Vec<String> = match d {
                '%' => {
                    self.nodes.push(Node::Lit('%'));
                    self.len += 1;
                    continue;
                }
                'c' | 'x' | 'X' => {
                    let sub = match d {
                        'c' => LC_DATE_TIME,
                        'x' => LC_DATE,
                        _ => LC_TIME,
                    };
                    self.push_format(sub, tz_names)?;
                    continue;
                }
                'A' => F_WEEKDAY.iter().map(|s| s.to_string()).collect(),
                'a' => A_WEEKDAY.iter().map(|s| s.to_string()).collect(),
                'B' => F_MONTH[1..].iter().map(|s| s.to_string()).collect(),
                'b' => A_MONTH[1..].iter().map(|s| s.to_string()).collect(),
                'p' => AM_PM.iter().map(|s| s.to_string()).collect(),
                'Z' => tz_names.to_vec(),
                other => return Err(FormatError::BadDirective(other)),
            };
            // `__seqToRE`: longest first; nothing at all if all are empty.
            let mut names = names;
            names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
            if names.iter().all(String::is_empty) {
                continue;
            }
            let text_len =
                7 + names.iter().map(|n| re_escaped_len(n)).sum::<usize>() + names.len() - 1;
            self.group(
                d,
                text_len,
                Kind::Names(names.iter().map(|n| n.chars().collect()).collect()),
            );
        }
        Ok(())
    }
}

/// Match lengths of `kind` at `pos`, in the order `re` tries them.
fn candidates(kind: &Kind, s: &[char], pos: usize) -> Vec<usize> {
    let at = |i: usize| s.get(i).copied();
    let digit = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
    let in_range = |i: usize, lo: char, hi: char| at(i).is_some_and(|c| (lo..=hi).contains(&c));
    let mut out: Vec<usize> = Vec::new();
    let mut push = |n: usize| {
        if !out.contains(&n) {
            out.push(n);
        }
    };
    match kind {
        Kind::Alts(alts) => {
            for alt in alts {
                let ok = alt.iter().enumerate().all(|(k, a)| match *a {
                    Atom::Digit => digit(pos + k),
                    Atom::Range(lo, hi) => in_range(pos + k, lo, hi),
                    Atom::Lit(c) => at(pos + k).is_some_and(|x| fold(x) == fold(c)),
                });
                if ok {
                    push(alt.len());
                }
            }
        }
        Kind::Frac => {
            let n = (0..6).take_while(|&k| digit(pos + k)).count();
            for k in (1..=n).rev() {
                push(k);
            }
        }
        Kind::Offset => {
            if matches!(at(pos), Some('+' | '-')) && digit(pos + 1) && digit(pos + 2) {
                let p = pos + 3;
                let firsts = if at(p) == Some(':') {
                    vec![p + 1, p]
                } else {
                    vec![p]
                };
                for q in firsts {
                    if !(in_range(q, '0', '5') && digit(q + 1)) {
                        continue;
                    }
                    let r = q + 2;
                    let seconds = if at(r) == Some(':') {
                        vec![r + 1, r]
                    } else {
                        vec![r]
                    };
                    for u in seconds {
                        if !(in_range(u, '0', '5') && digit(u + 1)) {
                            continue;
                        }
                        let v = u + 2;
                        if at(v) == Some('.') {
                            let n = (0..6).take_while(|&k| digit(v + 1 + k)).count();
                            for k in (1..=n).rev() {
                                push(v + 1 + k - pos);
                            }
                        }
                        push(v - pos);
                    }
                    push(r - pos);
                }
            }
            if at(pos) == Some('Z') {
                push(1);
            }
        }
        Kind::Names(names) => {
            for n in names {
                let ok = n
                    .iter()
                    .enumerate()
                    .all(|(k, &c)| at(pos + k).is_some_and(|x| fold(x) == fold(c)));
                if ok {
                    push(n.len());
                }
            }
        }
    }
    out
}

type Caps = Vec<(char, usize, usize)>;

/// `re.match`: the end of the first match of `nodes[i..]` at `pos`.
fn matches(nodes: &[Node], i: usize, s: &[char], pos: usize, caps: &mut Caps) -> Option<usize> {
    let Some(node) = nodes.get(i) else {
        return Some(pos);
    };
    match node {
        Node::Lit(c) => {
            if s.get(pos).is_some_and(|&x| x == *c || fold(x) == fold(*c)) {
                matches(nodes, i + 1, s, pos + 1, caps)
            } else {
                None
            }
        }
        Node::Space => {
            let n = s[pos.min(s.len())..]
                .iter()
                .take_while(|c| is_space(**c))
                .count();
            (1..=n)
                .rev()
                .find_map(|k| matches(nodes, i + 1, s, pos + k, caps))
        }
        Node::Group(name, kind) => {
            for len in candidates(kind, s, pos) {
                caps.push((*name, pos, pos + len));
                if let Some(end) = matches(nodes, i + 1, s, pos + len, caps) {
                    return Some(end);
                }
                caps.pop();
            }
            None
        }
    }
}

/// What `strptime` found: `_strptime`'s tuple (`tz` is the DST flag).
pub struct Parsed {
    /// year, month, day, hour, minute, second, weekday, julian, tz.
    pub fields: [i64; 9],
    /// The `%Z` text, if any.
    pub tzname: Option<String>,
    /// The `%z` offset, if any.
    pub gmtoff: Option<i64>,
    /// The `%f` microseconds (0 if absent).
    pub fraction: i64,
    /// The microseconds of the `%z` offset, signed as it is.
    pub gmtoff_fraction: i64,
}

/// The day count from 1970 of a valid `datetime.date`, or its ValueError.
fn date(vm: &Interp, y: i64, m: i64, d: i64) -> PyResult<i64> {
    if !(1..=9999).contains(&y) {
        return Err(vm.value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(vm.value_error("month must be in 1..12"));
    }
    let dim = [
        31,
        28 + i64::from(is_leap(y)),
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=dim[m as usize - 1]).contains(&d) {
        return Err(vm.value_error("day is out of range for month"));
    }
    Ok(days_from_civil(y, m, d))
}

/// `date.fromordinal`, as a day count from 1970.
fn from_days(vm: &Interp, days: i64) -> PyResult<(i64, i64, i64)> {
    if days + UNIX_ORDINAL < 1 {
        return Err(vm.value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = civil_from_days(days);
    if y > 9999 {
        return Err(vm.value_error(format!("year {y} is out of range")));
    }
    Ok((y, m, d))
}

/// `date(1970, 1, 1).toordinal()`.
const UNIX_ORDINAL: i64 = 719163;

/// `date.weekday()` (Monday 0) of a day count from 1970.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// `int(s)` for the pieces of a `%z` match.
fn py_int(vm: &Interp, s: &str) -> PyResult<i64> {
    let t = s.trim();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let ok = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '_')
        && !body.starts_with('_')
        && !body.ends_with('_')
        && !body.contains("__");
    if !ok {
        return Err(vm.value_error(format!(
            "invalid literal for int() with base 10: {}",
            repr_str(s)
        )));
    }
    let v: i64 = body.replace('_', "").parse().unwrap_or(0);
    Ok(if t.starts_with('-') { -v } else { v })
}

/// The `re.error` class, for a directive given twice.
fn re_error(vm: &Interp, msg: String) -> crate::PyErr {
    let class = crate::stdlib::toolkit::cached_class(vm, "re.error", |vm| {
        crate::object::vm::new_class_in(
            "re",
            "error",
            vec![vm.exc_class(ExcKind::Exception)],
            crate::object::model::Layout::Exception,
            true,
        )
    });
    crate::PyErr(vm.new_exception(&class, vec![crate::object::value::Value::str(&msg)]))
}

/// `_strptime._strptime(data, format)` for `time.strptime`; `tzname` and
/// `daylight` are the time module's.
pub fn strptime(
    vm: &Interp,
    data: &str,
    format: &str,
    tzname: &[String; 2],
    daylight: bool,
) -> PyResult<Parsed> {
    let lower: [String; 2] = [tzname[0].to_lowercase(), tzname[1].to_lowercase()];
    let mut no_saving = vec!["utc".to_string(), "gmt".to_string()];
    if !no_saving.contains(&lower[0]) {
        no_saving.push(lower[0].clone());
    }
    let has_saving: Vec<String> = if daylight {
        vec![lower[1].clone()]
    } else {
        vec![]
    };
    let mut tz_names = no_saving.clone();
    tz_names.extend(has_saving.iter().cloned());
    let mut pat = Pattern {
        nodes: Vec::new(),
        groups: Vec::new(),
        len: 0,
        count: 0,
    };
    match pat.push_format(format, &tz_names) {
        Ok(()) => {}
        Err(FormatError::BadDirective(c)) => {
            return Err(vm.value_error(format!("'{c}' is a bad directive in format '{format}'")));
        }
        Err(FormatError::Stray) => {
            return Err(vm.value_error(format!("stray % in format '{format}'")));
        }
    }
    for (k, &(name, num, pos)) in pat.groups.iter().enumerate() {
        if let Some(&(_, first, _)) = pat.groups[..k].iter().find(|g| g.0 == name) {
            return Err(re_error(
                vm,
                format!(
                    "redefinition of group name '{name}' as group {num}; was group {first} at position {pos}"
                ),
            ));
        }
    }
    let s: Vec<char> = data.chars().collect();
    let mut caps = Caps::new();
    let Some(end) = matches(&pat.nodes, 0, &s, 0, &mut caps) else {
        return Err(vm.value_error(format!(
            "time data {} does not match format {}",
            repr_str(data),
            repr_str(format)
        )));
    };
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(vm.value_error(format!("unconverted data remains: {rest}")));
    }
    let text = |(_, a, b): (char, usize, usize)| -> String { s[a..b].iter().collect() };
    let get = |name: char| caps.iter().find(|c| c.0 == name).map(|&c| text(c));
    let num = |v: &str| -> i64 { v.trim().parse().unwrap_or(0) };

    let (mut iso_year, mut year): (Option<i64>, Option<i64>) = (None, None);
    let (mut month, mut day) = (1i64, 1i64);
    let (mut hour, mut minute, mut second) = (0i64, 0i64, 0i64);
    let mut tz = -1i64;
    let mut gmtoff: Option<i64> = None;
    let (mut fraction, mut gmtoff_fraction) = (0i64, 0i64);
    let (mut iso_week, mut week_of_year): (Option<i64>, Option<i64>) = (None, None);
    let mut week_starts_mon = false;
    let (mut weekday_v, mut julian): (Option<i64>, Option<i64>) = (None, None);
    let index_of = |list: &[&str], v: &str| -> i64 {
        let v = v.to_lowercase();
        list.iter().position(|x| *x == v).unwrap_or(0) as i64
    };
    for &cap in &caps {
        let v = text(cap);
        match cap.0 {
            'y' => {
                let y = num(&v);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(num(&v)),
            'G' => iso_year = Some(num(&v)),
            'm' => month = num(&v),
            'B' => month = index_of(&F_MONTH, &v),
            'b' => month = index_of(&A_MONTH, &v),
            'd' => day = num(&v),
            'H' => hour = num(&v),
            'I' => {
                hour = num(&v);
                let ampm = get('p').unwrap_or_default().to_lowercase();
                if ampm.is_empty() || ampm == AM_PM[0] {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == AM_PM[1] && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = num(&v),
            'f' => fraction = num(&format!("{v:0<6}")),
            'S' => second = num(&v),
            'A' => weekday_v = Some(index_of(&F_WEEKDAY, &v)),
            'a' => weekday_v = Some(index_of(&A_WEEKDAY, &v)),
            'w' => {
                let w = num(&v);
                weekday_v = Some(if w == 0 { 6 } else { w - 1 });
            }
            'u' => weekday_v = Some(num(&v) - 1),
            'j' => julian = Some(num(&v)),
            'U' | 'W' => {
                week_of_year = Some(num(&v));
                week_starts_mon = cap.0 == 'W';
            }
            'V' => iso_week = Some(num(&v)),
            'z' => {
                if v == "Z" {
                    gmtoff = Some(0);
                } else {
                    let mut z: Vec<char> = v.chars().collect();
                    if z[3] == ':' {
                        z.remove(3);
                        if z.len() > 5 {
                            if z[5] != ':' {
                                return Err(vm.value_error(format!("Inconsistent use of : in {v}")));
                            }
                            z.remove(5);
                        }
                    }
                    let piece = |a: usize, b: usize| -> String {
                        z[a.min(z.len())..b.min(z.len())].iter().collect()
                    };
                    let hours = py_int(vm, &piece(1, 3))?;
                    let minutes = py_int(vm, &piece(3, 5))?;
                    let secs = piece(5, 7);
                    let secs = if secs.is_empty() {
                        0
                    } else {
                        py_int(vm, &secs)?
                    };
                    let off = hours * 3600 + minutes * 60 + secs;
                    let rest: String = z.get(8..).map_or(String::new(), |r| r.iter().collect());
                    let frac = num(&format!("{rest:0<6}"));
                    gmtoff = Some(if z[0] == '-' { -off } else { off });
                    gmtoff_fraction = if z[0] == '-' { -frac } else { frac };
                }
            }
            'Z' => {
                let found = v.to_lowercase();
                for (value, names) in [&no_saving, &has_saving].into_iter().enumerate() {
                    if names.contains(&found) {
                        if !(tzname[0] == tzname[1] && daylight && found != "utc" && found != "gmt")
                        {
                            tz = value as i64;
                        }
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday_v.is_none() {
            return Err(vm.value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        if julian.is_some() {
            return Err(vm.value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        if weekday_v.is_none() {
            return Err(vm.value_error(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        return Err(vm.value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if julian.is_none()
        && let Some(wd) = weekday_v
    {
        if let Some(week) = week_of_year {
            let mut first = weekday(date(vm, year, 1, 1)?);
            let mut dow = wd;
            if !week_starts_mon {
                first = (first + 1) % 7;
                dow = (dow + 1) % 7;
            }
            let week_0_length = (7 - first) % 7;
            julian = Some(if week == 0 {
                1 + dow - first
            } else {
                1 + week_0_length + 7 * (week - 1) + dow
            });
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            let correction = weekday(date(vm, iy, 1, 4)?) + 1 + 3;
            let mut ordinal = iw * 7 + wd + 1 - correction;
            let mut iy = iy;
            if ordinal < 1 {
                ordinal += date(vm, iy, 1, 1)? + UNIX_ORDINAL;
                iy -= 1;
                ordinal -= date(vm, iy, 1, 1)? + UNIX_ORDINAL;
            }
            year = iy;
            julian = Some(ordinal);
        }
        if let Some(j) = julian
            && j <= 0
        {
            year -= 1;
            julian = Some(j + if is_leap(year) { 366 } else { 365 });
        }
    }
    let julian = match julian {
        None => date(vm, year, month, day)? - date(vm, year, 1, 1)? + 1,
        Some(j) => {
            let (y, m, d) = from_days(vm, j - 1 + date(vm, year, 1, 1)?)?;
            (year, month, day) = (y, m, d);
            j
        }
    };
    let weekday_v = match weekday_v {
        Some(w) => w,
        None => weekday(date(vm, year, month, day)?),
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        fields: [
            year, month, day, hour, minute, second, weekday_v, julian, tz,
        ],
        tzname: get('Z'),
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}
