//! Local time as glibc computes it, since CPython's `localtime`, `mktime`
//! and `strftime` call the C library: `TZ` unset reads `/etc/localtime`,
//! `TZ=""` is UTC, otherwise `TZ` (without a leading `:`) names a TZif file
//! under `$TZDIR` or `/usr/share/zoneinfo`, and failing that is parsed as a
//! POSIX rule (`EST5EDT,M3.2.0,M11.1.0`), as far as it parses.

use std::cell::RefCell;
use std::rc::Rc;

use super::civil::{MON_YDAY, Tm, days_from_civil, is_leap, offtime};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum RuleKind {
    /// `n`: zero-based day of the year, counting Feb 29.
    #[default]
    J0,
    /// `Jn`: one-based day of the year, never counting Feb 29.
    J1,
    /// `Mm.n.d`: day `d` of week `n` of month `m`.
    M,
}

/// One half of a POSIX rule: glibc's `tz_rule`.
#[derive(Clone, Debug, Default)]
struct Rule {
    name: Rc<str>,
    /// Seconds east of UTC.
    offset: i64,
    kind: RuleKind,
    m: i64,
    n: i64,
    d: i64,
    /// Time of day of the change, local.
    secs: i64,
}

/// A POSIX TZ rule: standard time and daylight time.
#[derive(Clone, Debug)]
struct Posix {
    rules: [Rule; 2],
}

/// Reads an unsigned decimal number the way `sscanf("%hu")` does (no
/// sign), returning it and the digits consumed.
fn scan_u16(s: &[u8]) -> Option<(i64, usize)> {
    let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 {
        return None;
    }
    let v = s[..n]
        .iter()
        .fold(0i64, |a, c| (a * 10 + i64::from(c - b'0')) % 65536);
    Some((v, n))
}

/// `sscanf(s, "%hu%n:%hu%n:%hu%n", ...)`: hours, then optional minutes and
/// seconds; the values and the bytes consumed up to the last one read.
fn scan_hms(s: &[u8]) -> Option<(i64, i64, i64, usize)> {
    let (hh, mut used) = scan_u16(s)?;
    let (mut mm, mut ss) = (0, 0);
    if s.get(used) == Some(&b':')
        && let Some((v, n)) = scan_u16(&s[used + 1..])
    {
        mm = v;
        used += 1 + n;
        if s.get(used) == Some(&b':')
            && let Some((v, n)) = scan_u16(&s[used + 1..])
        {
            ss = v;
            used += 1 + n;
        }
    }
    Some((hh, mm, ss, used))
}

impl Posix {
    fn utc(name: &str) -> Posix {
        let r = Rule {
            name: Rc::from(name),
            ..Rule::default()
        };
        Posix {
            rules: [r.clone(), r],
        }
    }

    /// glibc's `__tzset_parse_tz`: parses as much as it can; what is not
    /// understood leaves the defaults (unnamed UTC).
    fn parse(tz: &str) -> Posix {
        Posix::parse_or_default(tz).0
    }

    /// The same, also telling whether a DST zone came without rules, for
    /// which glibc takes them from the `posixrules` file if it can.
    fn parse_or_default(tz: &str) -> (Posix, bool) {
        let mut p = Posix::utc("");
        let s = tz.as_bytes();
        let mut i = 0;
        let mut no_rules = false;
        if p.parse_name(s, &mut i, 0) && p.parse_offset(s, &mut i, 0) {
            if i < s.len() {
                if p.parse_name(s, &mut i, 1) {
                    p.parse_offset(s, &mut i, 1);
                    no_rules = i == s.len() || &s[i..] == b",";
                }
                // Without rules (and without `posixrules`), the US ones.
                if p.parse_rule(s, &mut i, 0) {
                    p.parse_rule(s, &mut i, 1);
                }
            } else {
                p.rules[1].name = p.rules[0].name.clone();
                p.rules[1].offset = p.rules[0].offset;
            }
        }
        (p, no_rules)
    }

    fn parse_name(&mut self, s: &[u8], i: &mut usize, which: usize) -> bool {
        let start = *i;
        let mut p = start;
        while p < s.len() && s[p].is_ascii_alphabetic() {
            p += 1;
        }
        let (from, to, next) = if p - start >= 3 {
            (start, p, p)
        } else {
            if s.get(start) != Some(&b'<') {
                return false;
            }
            let mut q = start + 1;
            while q < s.len() && (s[q].is_ascii_alphanumeric() || s[q] == b'+' || s[q] == b'-') {
                q += 1;
            }
            if s.get(q) != Some(&b'>') || q - (start + 1) < 3 {
                return false;
            }
            (start + 1, q, q + 1)
        };
        self.rules[which].name = Rc::from(String::from_utf8_lossy(&s[from..to]).as_ref());
        *i = next;
        true
    }

    fn parse_offset(&mut self, s: &[u8], i: &mut usize, which: usize) -> bool {
        let c = s.get(*i).copied();
        if which == 0 && !matches!(c, Some(b'+' | b'-' | b'0'..=b'9')) {
            return false;
        }
        let mut sign = -1;
        if let Some(b'+' | b'-') = c {
            if c == Some(b'-') {
                sign = 1;
            }
            *i += 1;
        }
        match scan_hms(&s[*i..]) {
            Some((hh, mm, ss, used)) => {
                self.rules[which].offset =
                    sign * (ss.min(59) + mm.min(59) * 60 + hh.min(24) * 3600);
                *i += used;
                true
            }
            None if which == 0 => {
                self.rules[0].offset = 0;
                false
            }
            None => {
                self.rules[1].offset = self.rules[0].offset + 3600;
                true
            }
        }
    }

    fn parse_rule(&mut self, s: &[u8], i: &mut usize, which: usize) -> bool {
        let mut p = *i;
        if s.get(p) == Some(&b',') {
            p += 1;
        }
        let r = &mut self.rules[which];
        match s.get(p) {
            Some(&c) if c == b'J' || c.is_ascii_digit() => {
                r.kind = if c == b'J' {
                    RuleKind::J1
                } else {
                    RuleKind::J0
                };
                if c == b'J' {
                    p += 1;
                    if !s.get(p).is_some_and(u8::is_ascii_digit) {
                        return false;
                    }
                }
                let n = s[p..].iter().take_while(|c| c.is_ascii_digit()).count();
                let d: i64 = std::str::from_utf8(&s[p..p + n])
                    .ok()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(i64::MAX);
                if d > 365 || (r.kind == RuleKind::J1 && d == 0) {
                    return false;
                }
                r.d = d;
                p += n;
            }
            Some(b'M') => {
                r.kind = RuleKind::M;
                let mut q = p + 1;
                let mut vals = [0i64; 3];
                for (k, v) in vals.iter_mut().enumerate() {
                    if k > 0 {
                        if s.get(q) != Some(&b'.') {
                            return false;
                        }
                        q += 1;
                    }
                    let Some((x, n)) = scan_u16(&s[q..]) else {
                        return false;
                    };
                    *v = x;
                    q += n;
                }
                let [m, n, d] = vals;
                r.m = m;
                r.n = n;
                r.d = d;
                if !(1..=12).contains(&m) || !(1..=5).contains(&n) || d > 6 {
                    return false;
                }
                p = q;
            }
            None => {
                // The US rules of the Energy Policy Act of 2005.
                r.kind = RuleKind::M;
                (r.m, r.n, r.d) = if which == 0 { (3, 2, 0) } else { (11, 1, 0) };
            }
            Some(_) => return false,
        }
        match s.get(p) {
            None | Some(b',') => r.secs = 7200,
            Some(b'/') => {
                p += 1;
                if p >= s.len() {
                    return false;
                }
                let negative = s[p] == b'-';
                if negative {
                    p += 1;
                }
                let (hh, mm, ss, used) = scan_hms(&s[p..]).unwrap_or((2, 0, 0, 0));
                p += used;
                r.secs = (if negative { -1 } else { 1 }) * (hh * 3600 + mm * 60 + ss);
            }
            Some(_) => return false,
        }
        *i = p;
        true
    }

    /// glibc's `compute_change`: when `rule` takes effect in `year` (years
    /// before 1971 start from the epoch, as glibc's do).
    fn change(rule: &Rule, year: i64) -> i64 {
        let mut t = if year > 1970 {
            days_from_civil(year, 1, 1) * 86400
        } else {
            0
        };
        match rule.kind {
            RuleKind::J1 => {
                t += (rule.d - 1) * 86400;
                if rule.d >= 60 && is_leap(year) {
                    t += 86400;
                }
            }
            RuleKind::J0 => t += rule.d * 86400,
            RuleKind::M => {
                let leap = usize::from(is_leap(year));
                let m = rule.m as usize;
                t += MON_YDAY[leap][m - 1] * 86400;
                // Zeller's congruence for the weekday of the 1st.
                let m1 = (rule.m + 9) % 12 + 1;
                let yy0 = if rule.m <= 2 { year - 1 } else { year };
                let (yy1, yy2) = (yy0 / 100, yy0 % 100);
                let mut dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
                if dow < 0 {
                    dow += 7;
                }
                let mut d = rule.d - dow;
                if d < 0 {
                    d += 7;
                }
                let month_len = MON_YDAY[leap][m] - MON_YDAY[leap][m - 1];
                for _ in 1..rule.n {
                    if d + 7 >= month_len {
                        break;
                    }
                    d += 7;
                }
                t += d * 86400;
            }
        }
        t - rule.offset + rule.secs
    }

    /// glibc's `__tz_compute`: the rule in force at `t`, whose UTC year is
    /// `year`.
    fn compute(&self, t: i64, year: i64) -> &Rule {
        let start = Posix::change(&self.rules[0], year);
        let end = Posix::change(&self.rules[1], year);
        let isdst = if start > end {
            t < end || t >= start
        } else {
            t >= start && t < end
        };
        &self.rules[usize::from(isdst)]
    }
}

/// One local time type of a TZif file.
#[derive(Clone, Debug)]
struct TType {
    offset: i64,
    isdst: bool,
    name: Rc<str>,
    /// Transitions into it are in standard time, and in UT (the TZif
    /// indicators; only `posixrules` shifting reads them).
    isstd: bool,
    isut: bool,
}

/// A TZif file: transitions, their types, and the footer rule for times
/// after the last transition.
#[derive(Debug)]
struct TzFile {
    transitions: Vec<i64>,
    idxs: Vec<usize>,
    types: Vec<TType>,
    footer: Option<Posix>,
    /// The zone names are the user's, put on `posixrules`: after the last
    /// transition they stay C's `tzname`.
    user_names: bool,
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<usize> {
        let s = self.take(4)?;
        Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
    }
}

impl TzFile {
    fn parse(b: &[u8]) -> Option<TzFile> {
        let mut r = Reader { b, at: 0 };
        let counts = |r: &mut Reader| -> Option<[usize; 6]> {
            if r.take(4)? != b"TZif" {
                return None;
            }
            r.take(16)?;
            let mut c = [0; 6];
            for x in &mut c {
                *x = r.u32()?;
            }
            Some(c)
        };
        let version = *b.get(4)?;
        let [isut, isstd, leap, time, typ, chars] = counts(&mut r)?;
        let wide = version >= b'2';
        let (isut, isstd, leap, time, typ, chars) = if wide {
            r.take(time * 5 + typ * 6 + chars + leap * 8 + isstd + isut)?;
            let [a, b2, c, d, e, f] = counts(&mut r)?;
            (a, b2, c, d, e, f)
        } else {
            (isut, isstd, leap, time, typ, chars)
        };
        let tsize = if wide { 8 } else { 4 };
        let mut transitions = Vec::with_capacity(time);
        for _ in 0..time {
            let s = r.take(tsize)?;
            transitions.push(if wide {
                i64::from_be_bytes(s.try_into().ok()?)
            } else {
                i64::from(i32::from_be_bytes(s.try_into().ok()?))
            });
        }
        let idxs: Vec<usize> = r.take(time)?.iter().map(|&i| i as usize).collect();
        let mut raw = Vec::with_capacity(typ);
        for _ in 0..typ {
            let s = r.take(6)?;
            let off = i64::from(i32::from_be_bytes([s[0], s[1], s[2], s[3]]));
            raw.push((off, s[4] != 0, s[5] as usize));
        }
        let names = r.take(chars)?.to_vec();
        r.take(leap * (tsize + 4))?;
        let std_flags = r.take(isstd)?.to_vec();
        let ut_flags = r.take(isut)?.to_vec();
        if typ == 0 || idxs.iter().any(|&i| i >= typ) {
            return None;
        }
        let types = raw
            .into_iter()
            .enumerate()
            .map(|(k, (offset, isdst, ni))| {
                let rest = names.get(ni..).unwrap_or(&[]);
                let end = rest.iter().position(|&c| c == 0).unwrap_or(rest.len());
                TType {
                    offset,
                    isdst,
                    name: Rc::from(String::from_utf8_lossy(&rest[..end]).as_ref()),
                    isstd: std_flags.get(k).is_some_and(|&f| f != 0),
                    isut: ut_flags.get(k).is_some_and(|&f| f != 0),
                }
            })
            .collect();
        let footer = if wide {
            let rest = &b[r.at..];
            match rest.split_first() {
                Some((b'\n', tail)) => tail
                    .iter()
                    .position(|&c| c == b'\n')
                    .map(|n| &tail[..n])
                    .filter(|spec| !spec.is_empty())
                    .map(|spec| Posix::parse(&String::from_utf8_lossy(spec))),
                _ => None,
            }
        } else {
            None
        };
        Some(TzFile {
            transitions,
            idxs,
            types,
            footer,
            user_names: false,
        })
    }

    /// glibc's `__tzfile_default`: `posixrules`' transitions moved to the
    /// user's offsets, under the user's two names.
    fn with_user_zone(mut self, p: &Posix) -> Option<TzFile> {
        if self.types.len() < 2 {
            return None;
        }
        // glibc 2.36 corrects transitions out of DST by the user's DST
        // offset minus a `rule_dstoff` that the file does not set: zero at
        // first, then the offset the previous such load left.
        let rule_std = self.rule_stdoff();
        let (std, dst) = (&p.rules[0], &p.rules[1]);
        let rule_dst = RULE_DSTOFF.with(|r| r.replace(dst.offset));
        let mut isdst = false;
        for (t, idx) in self.transitions.iter_mut().zip(self.idxs.iter_mut()) {
            let ty = &self.types[*idx];
            if ty.isut {
                // In UT already.
            } else if isdst && !ty.isstd {
                *t += dst.offset - rule_dst;
            } else {
                *t += std.offset - rule_std;
            }
            isdst = ty.isdst;
            *idx = usize::from(ty.isdst);
        }
        let user = |r: &Rule, isdst: bool| TType {
            offset: r.offset,
            isdst,
            name: r.name.clone(),
            isstd: false,
            isut: false,
        };
        self.types = vec![user(std, false), user(dst, true)];
        self.user_names = true;
        Some(self)
    }

    /// glibc's `rule_stdoff`: the offset of the last standard-time
    /// transition.
    fn rule_stdoff(&self) -> i64 {
        if self.transitions.is_empty() {
            return self.types[0].offset;
        }
        self.idxs
            .iter()
            .rev()
            .map(|&i| &self.types[i])
            .find(|ty| !ty.isdst)
            .map_or(0, |ty| ty.offset)
    }

    /// glibc's `__tzfile_compute`: offset, DST flag and name at `t`, and
    /// the `tzname` it leaves behind (each call resets it).
    fn lookup(&self, t: i64) -> (i64, bool, Rc<str>, [Rc<str>; 2]) {
        let types = &self.types;
        let n = self.transitions.len();
        let mut names: [Option<Rc<str>>; 2] = [None, None];
        let i = if n == 0 || t < self.transitions[0] {
            // Before any transition: the first standard-time type.
            let mut i = 0;
            while i < types.len() && types[i].isdst {
                names[1].get_or_insert_with(|| types[i].name.clone());
                i += 1;
            }
            if i == types.len() {
                i = 0;
            }
            names[0] = Some(types[i].name.clone());
            if names[1].is_none() {
                names[1] = types[i..].iter().find(|x| x.isdst).map(|x| x.name.clone());
            }
            i
        } else {
            let k = if t >= self.transitions[n - 1] {
                if let Some(p) = &self.footer
                    && let Some(utc) = offtime(t, 0)
                {
                    let r = p.compute(t, utc.year);
                    let tzname = if self.user_names {
                        [self.types[0].name.clone(), self.types[1].name.clone()]
                    } else {
                        [p.rules[0].name.clone(), p.rules[1].name.clone()]
                    };
                    return (r.offset, is_dst(p, r), r.name.clone(), tzname);
                }
                n
            } else {
                self.transitions.partition_point(|&x| x <= t)
            };
            let ty = &types[self.idxs[k - 1]];
            names[usize::from(ty.isdst)] = Some(ty.name.clone());
            for &j in &self.idxs[k..] {
                let dst = usize::from(types[j].isdst);
                if names[dst].is_none() {
                    names[dst] = Some(types[j].name.clone());
                    if names[1 - dst].is_some() {
                        break;
                    }
                }
            }
            if names[0].is_none() {
                names[0] = names[1].clone();
            }
            self.idxs[k - 1]
        };
        let std = names[0].clone().unwrap_or_else(|| types[0].name.clone());
        let dst = names[1].clone().unwrap_or_else(|| std.clone());
        let ty = &types[i];
        let tzname = [std, dst];
        (
            ty.offset,
            ty.isdst,
            tzname[usize::from(ty.isdst)].clone(),
            tzname,
        )
    }
}

/// Whether `r` is the daylight half of `p`.
fn is_dst(p: &Posix, r: &Rule) -> bool {
    std::ptr::eq(r, &p.rules[1])
}

/// The zone in force: a TZif file or a POSIX rule.
#[derive(Debug)]
enum Source {
    File(TzFile),
    Rule(Posix),
}

/// The local time zone, loaded from `TZ` as glibc's `tzset` does.
#[derive(Debug)]
pub struct Zone {
    source: Source,
    /// C's `tzname`, which `%Z` falls back to for a tuple without a zone;
    /// as in glibc, each `localtime` of a TZif zone resets it.
    tzname: RefCell<[Rc<str>; 2]>,
}

impl Zone {
    /// Loads the zone `TZ` names.
    pub fn load() -> Zone {
        let tz = std::env::var_os("TZ").map(|v| v.to_string_lossy().into_owned());
        let spec = match tz.as_deref() {
            Some("") => Some("Universal".to_string()),
            Some(s) => Some(s.strip_prefix(':').unwrap_or(s).to_string()),
            None => None,
        };
        let read = |name: &str| -> Option<TzFile> {
            let path = if name.starts_with('/') {
                name.to_string()
            } else {
                let dir = std::env::var("TZDIR")
                    .ok()
                    .filter(|d| !d.is_empty())
                    .unwrap_or_else(|| "/usr/share/zoneinfo".to_string());
                format!("{dir}/{name}")
            };
            std::fs::read(path).ok().and_then(|b| TzFile::parse(&b))
        };
        let file = read(spec.as_deref().unwrap_or("/etc/localtime"));
        let source = match (file, spec) {
            (Some(f), _) => Source::File(f),
            (None, None) => Source::Rule(Posix::utc("UTC")),
            (None, Some(s)) if s.is_empty() || s == "/etc/localtime" => {
                Source::Rule(Posix::utc("UTC"))
            }
            (None, Some(s)) => {
                let (p, no_rules) = Posix::parse_or_default(&s);
                match no_rules
                    .then(|| read("posixrules"))
                    .flatten()
                    .and_then(|f| f.with_user_zone(&p))
                {
                    Some(f) => Source::File(f),
                    None => Source::Rule(p),
                }
            }
        };
        let tzname = match &source {
            Source::Rule(p) => [p.rules[0].name.clone(), p.rules[1].name.clone()],
            Source::File(f) if f.user_names => [f.types[0].name.clone(), f.types[1].name.clone()],
            Source::File(f) => file_tzname(f),
        };
        Zone {
            source,
            tzname: RefCell::new(tzname),
        }
    }

    /// C's `tzname` now.
    pub fn tzname(&self) -> [Rc<str>; 2] {
        self.tzname.borrow().clone()
    }

    /// `localtime_r`: `None` when the year does not fit (EOVERFLOW).
    pub fn localtime(&self, t: i64) -> Option<Tm> {
        let (offset, isdst, name) = match &self.source {
            Source::Rule(p) => {
                let utc = offtime(t, 0)?;
                let r = p.compute(t, utc.year);
                (r.offset, is_dst(p, r), r.name.clone())
            }
            Source::File(f) => {
                let (offset, isdst, name, tzname) = f.lookup(t);
                *self.tzname.borrow_mut() = tzname;
                (offset, isdst, name)
            }
        };
        let mut tm = offtime(t, offset)?;
        tm.isdst = i64::from(isdst);
        tm.zone = Some(name);
        Some(tm)
    }
}

/// glibc's `tzname` for a file without a footer: the names of the latest
/// standard and daylight transitions.
fn file_tzname(f: &TzFile) -> [Rc<str>; 2] {
    let mut names: [Option<Rc<str>>; 2] = [None, None];
    for &i in f.idxs.iter().rev() {
        let t = &f.types[i];
        let k = usize::from(t.isdst);
        if names[k].is_none() {
            names[k] = Some(t.name.clone());
            if names[1 - k].is_some() {
                break;
            }
        }
    }
    let std = names[0].clone().unwrap_or_else(|| f.types[0].name.clone());
    let dst = names[1].clone().unwrap_or_else(|| std.clone());
    [std, dst]
}

thread_local! {
    static ZONE: RefCell<Option<Rc<Zone>>> = const { RefCell::new(None) };
    /// glibc's static `rule_dstoff`, as `posixrules` loading uses it.
    static RULE_DSTOFF: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// The local zone, loaded on first use.
pub fn local() -> Rc<Zone> {
    ZONE.with(|z| {
        z.borrow_mut()
            .get_or_insert_with(|| Rc::new(Zone::load()))
            .clone()
    })
}

/// The zone for `mktime`, which calls `tzset()`: glibc rereads a zone
/// built on `posixrules` each time (the others only when `TZ` changed).
pub fn for_mktime() -> Rc<Zone> {
    let zone = local();
    match &zone.source {
        Source::File(f) if f.user_names => reload(),
        _ => zone,
    }
}

/// `tzset()`: reloads the zone from `TZ`.
pub fn reload() -> Rc<Zone> {
    let zone = Rc::new(Zone::load());
    ZONE.with(|z| *z.borrow_mut() = Some(zone.clone()));
    zone
}
