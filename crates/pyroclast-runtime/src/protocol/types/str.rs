//! The str type's methods.

use std::rc::Rc;

use crate::object::value::{Args, Value};
use crate::protocol::args::*;
use crate::protocol::ops::{self, type_name};
use crate::protocol::text::codecs::*;
use crate::protocol::text::format::*;
use crate::protocol::text::stringlib::*;
use crate::protocol::text::unicode::*;
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::{Interp, PyResult};

/// Registers the methods of str.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.types.str_,
        "str",
        &[
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("join", str_join),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("casefold", str_casefold),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("isdigit", str_isdigit),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isascii", str_isascii),
            ("isprintable", str_isprintable),
            ("splitlines", str_splitlines),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("expandtabs", str_expandtabs),
            ("encode", str_encode),
            ("format", str_format),
            ("format_map", str_format_map),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("translate", str_translate),
            ("__format__", str_dunder_format),
        ],
    );
    let maketrans = crate::object::value::method("str", "maketrans", str_maketrans);
    vm.types.str_.dict.borrow_mut().insert(
        Rc::from("maketrans"),
        Value::Native(Rc::new(crate::protocol::classes::StaticMethod(maketrans))),
    );
}

// ---------------------------------------------------------------------------
// str methods: case and predicates
// ---------------------------------------------------------------------------

pub(crate) const S: &str = "str";

macro_rules! str_map {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (s, _) = str_args(vm, args, &sig(S, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&str) -> String = $body;
            Ok(Value::str(&f(&s)))
        }
    };
}

macro_rules! str_pred {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (s, _) = str_args(vm, args, &sig(S, $name, Style::NoArgs, 0, 0))?;
            let f: fn(&str) -> bool = $body;
            Ok(Value::Bool(f(&s)))
        }
    };
}

str_map!(str_upper, "upper", |s| s.to_uppercase());
str_map!(str_lower, "lower", |s| s.to_lowercase());
str_map!(str_title, "title", title);
str_map!(str_capitalize, "capitalize", capitalize);
str_map!(str_swapcase, "swapcase", swapcase);
str_map!(str_casefold, "casefold", |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
});

pub(crate) fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub(crate) fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

pub(crate) fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

str_pred!(str_isdigit, "isdigit", |s| !s.is_empty()
    && s.chars().all(is_digit));
str_pred!(str_isdecimal, "isdecimal", |s| !s.is_empty()
    && s.chars().all(is_decimal));
str_pred!(str_isnumeric, "isnumeric", |s| !s.is_empty()
    && s.chars().all(is_numeric));
str_pred!(str_isalpha, "isalpha", |s| !s.is_empty()
    && s.chars().all(is_alpha));
str_pred!(str_isalnum, "isalnum", |s| !s.is_empty()
    && s.chars().all(is_alnum));
str_pred!(str_isspace, "isspace", |s| !s.is_empty()
    && s.chars().all(is_space));
str_pred!(str_isascii, "isascii", |s| s.is_ascii());
str_pred!(str_isprintable, "isprintable", |s| s
    .chars()
    .all(is_printable));
str_pred!(str_isidentifier, "isidentifier", is_identifier);
str_pred!(str_isupper, "isupper", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
});
str_pred!(str_islower, "islower", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
});
str_pred!(str_istitle, "istitle", |s| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
});

// ---------------------------------------------------------------------------
// str methods: padding
// ---------------------------------------------------------------------------

/// `(width, fillchar)` of center/ljust/rjust.
pub(crate) fn pad_args(
    vm: &Interp,
    args: Args,
    name: &'static str,
) -> PyResult<(Rc<str>, i64, char)> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Clinic, 1, 2))?;
    let width = index_arg(vm, &slot(&a, 0))?;
    let fill = match &a[1] {
        None => ' ',
        Some(v) => {
            let f = str_arg(vm, v, |t| {
                format!("The fill character must be a unicode character, not {t}")
            })?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
    };
    Ok((s, width, fill))
}

/// `s` with `left` and `right` fill characters around it.
pub(crate) fn padded(
    vm: &Interp,
    s: &str,
    left: usize,
    right: usize,
    fill: char,
) -> PyResult<Value> {
    check_size(vm, left.saturating_add(right))?;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::str(&out))
}

pub(crate) fn str_center(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "center")?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    padded(vm, &s, left as usize, (marg - left) as usize, fill)
}

pub(crate) fn str_ljust(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "ljust")?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    padded(vm, &s, 0, (width - len) as usize, fill)
}

pub(crate) fn str_rjust(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "rjust")?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    padded(vm, &s, (width - len) as usize, 0, fill)
}

pub(crate) fn str_zfill(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "zfill", Style::One, 1, 1))?;
    let width = index_arg(vm, &slot(&a, 0))?;
    let len = char_len(&s) as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let fill = (width - len) as usize;
    check_size(vm, fill)?;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            out.push_str(&s[..1]);
            rest
        }
        None => &s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::str(&out))
}

pub(crate) fn str_expandtabs(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, "expandtabs", &["tabsize"]))?;
    let tabsize = int_arg(vm, &a[0], 8)?;
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_size(vm, out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(&out))
}

// ---------------------------------------------------------------------------
// str methods: search
// ---------------------------------------------------------------------------

/// `(self, sub, start, end)` of the find family.
pub(crate) fn search_args(
    vm: &Interp,
    args: Args,
    name: &'static str,
) -> PyResult<(Rc<str>, Rc<str>, Bounds)> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Legacy, 1, 3))?;
    let sub = str_arg(vm, &slot(&a, 0), |t| format!("must be str, not {t}"))?;
    let start = slice_arg(vm, &a[1])?;
    let end = slice_arg(vm, &a[2])?;
    Ok((s, sub, (start, end)))
}

/// The code-point index of `sub` in `s[start:end]`, searching from the left
/// or the right.
pub(crate) fn find_in(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    right: bool,
) -> i64 {
    let Some((base, w)) = window(s, start, end, char_len(sub)) else {
        return -1;
    };
    let found = if right { w.rfind(sub) } else { w.find(sub) };
    match found {
        Some(b) => (base + char_len(&w[..b])) as i64,
        None => -1,
    }
}

pub(crate) fn find_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, name)?;
    let i = find_in(&s, &sub, start, end, right);
    if i < 0 && raise {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(i))
}

pub(crate) fn str_find(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "find", false, false)
}

pub(crate) fn str_rfind(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "rfind", true, false)
}

pub(crate) fn str_index(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "index", false, true)
}

pub(crate) fn str_rindex(vm: &Interp, args: Args) -> PyResult<Value> {
    find_method(vm, args, "rindex", true, true)
}

pub(crate) fn str_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "count")?;
    let n = match window(&s, start, end, char_len(&sub)) {
        None => 0,
        Some((_, w)) if sub.is_empty() => char_len(w) + 1,
        Some((_, w)) => w.matches(&*sub).count(),
    };
    Ok(Value::Int(n as i64))
}

pub(crate) fn affix_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Legacy, 1, 3))?;
    let start = slice_arg(vm, &a[1])?;
    let end = slice_arg(vm, &a[2])?;
    let test = |sub: &str| match window(&s, start, end, char_len(sub)) {
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
        Value::Str(sub) => Ok(Value::Bool(test(&sub))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match unwrap(item) {
                    Value::Str(sub) => {
                        if test(&sub) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(vm, item)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(vm, &arg)
        ))),
    }
}

pub(crate) fn str_startswith(vm: &Interp, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "startswith", false)
}

pub(crate) fn str_endswith(vm: &Interp, args: Args) -> PyResult<Value> {
    affix_method(vm, args, "endswith", true)
}

pub(crate) fn str_removeprefix(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "removeprefix", Style::One, 1, 1))?;
    let p = str_arg(vm, &slot(&a, 0), |t| {
        format!("removeprefix() argument must be str, not {t}")
    })?;
    Ok(match s.strip_prefix(&*p) {
        Some(rest) if !p.is_empty() => Value::str(rest),
        _ => Value::Str(s),
    })
}

pub(crate) fn str_removesuffix(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "removesuffix", Style::One, 1, 1))?;
    let p = str_arg(vm, &slot(&a, 0), |t| {
        format!("removesuffix() argument must be str, not {t}")
    })?;
    Ok(match s.strip_suffix(&*p) {
        Some(rest) if !p.is_empty() => Value::str(rest),
        _ => Value::Str(s),
    })
}

// ---------------------------------------------------------------------------
// str methods: split, join, strip, replace
// ---------------------------------------------------------------------------

pub(crate) fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// Splits on runs of whitespace, at most `maxsplit` times (negative: no
/// limit), from the left or the right.
pub(crate) fn split_whitespace(s: &str, maxsplit: i64, right: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut splits = 0;
    loop {
        rest = if right {
            rest.trim_end_matches(is_space)
        } else {
            rest.trim_start_matches(is_space)
        };
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        if right {
            match rest.char_indices().rev().find(|(_, c)| is_space(*c)) {
                Some((i, c)) => {
                    out.push(&rest[i + c.len_utf8()..]);
                    rest = &rest[..i];
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        } else {
            match rest.find(is_space) {
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
        splits += 1;
    }
    if right {
        out.reverse();
    }
    out
}

pub(crate) fn split_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, name, &["sep", "maxsplit"]))?;
    let maxsplit = int_arg(vm, &a[1], -1)?;
    let Some(sep) = given(&a[0]) else {
        return Ok(str_list(split_whitespace(&s, maxsplit, right)));
    };
    let sep = str_arg(vm, sep, |t| format!("must be str or None, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: Vec<&str> = match (maxsplit < 0, right) {
        (true, false) => s.split(&*sep).collect(),
        (true, true) => {
            let mut v: Vec<&str> = s.rsplit(&*sep).collect();
            v.reverse();
            v
        }
        (false, false) => s
            .splitn(
                usize::try_from(maxsplit)
                    .unwrap_or(usize::MAX)
                    .saturating_add(1),
                &*sep,
            )
            .collect(),
        (false, true) => {
            let mut v: Vec<&str> = s
                .rsplitn(
                    usize::try_from(maxsplit)
                        .unwrap_or(usize::MAX)
                        .saturating_add(1),
                    &*sep,
                )
                .collect();
            v.reverse();
            v
        }
    };
    Ok(str_list(parts))
}

pub(crate) fn str_split(vm: &Interp, args: Args) -> PyResult<Value> {
    split_method(vm, args, "split", false)
}

pub(crate) fn str_rsplit(vm: &Interp, args: Args) -> PyResult<Value> {
    split_method(vm, args, "rsplit", true)
}

pub(crate) fn str_splitlines(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &kw_sig(S, "splitlines", &["keepends"]))?;
    let keepends = match &a[0] {
        None => false,
        Some(v) => ops::truthy(vm, v)?,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n') {
                it.next();
                end += 1;
            }
            out.push(if keepends {
                &s[start..end]
            } else {
                &s[start..i]
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(str_list(out))
}

pub(crate) fn partition_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::One, 1, 1))?;
    let sep = str_arg(vm, &slot(&a, 0), |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(&*sep) } else { s.find(&*sep) };
    let empty = Value::str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s[..i]),
            Value::Str(sep.clone()),
            Value::str(&s[i + sep.len()..]),
        ],
        None if right => vec![empty.clone(), empty, Value::Str(s)],
        None => vec![Value::Str(s), empty.clone(), empty],
    }))
}

pub(crate) fn str_partition(vm: &Interp, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "partition", false)
}

pub(crate) fn str_rpartition(vm: &Interp, args: Args) -> PyResult<Value> {
    partition_method(vm, args, "rpartition", true)
}

pub(crate) fn str_join(vm: &Interp, args: Args) -> PyResult<Value> {
    let (sep, a) = str_args(vm, args, &sig(S, "join", Style::One, 1, 1))?;
    let it = slot(&a, 0);
    if !crate::protocol::iter::is_iterable(vm, &it) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = crate::protocol::iter::collect(vm, &it)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        match unwrap(item) {
            Value::Str(s) => {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&s);
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, item)
                )));
            }
        }
    }
    vm.reserve(out.len())?;
    let joined = Value::str(&out);
    vm.track(&joined);
    Ok(joined)
}

pub(crate) fn strip_method(
    vm: &Interp,
    args: Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, name, Style::Clinic, 0, 1))?;
    let chars = match given(&a[0]) {
        None => None,
        Some(v) => Some(str_arg(vm, v, |_| {
            format!("{name} arg must be None or str")
        })?),
    };
    let pred = |c: char| match &chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(if r.len() == s.len() {
        Value::Str(s)
    } else {
        Value::str(r)
    })
}

pub(crate) fn str_strip(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "strip", true, true)
}

pub(crate) fn str_lstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "lstrip", true, false)
}

pub(crate) fn str_rstrip(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_method(vm, args, "rstrip", false, true)
}

pub(crate) fn str_replace(vm: &Interp, args: Args) -> PyResult<Value> {
    let (s, a) = str_args(vm, args, &sig(S, "replace", Style::Clinic, 2, 3))?;
    let old = str_arg(vm, &slot(&a, 0), |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(vm, &slot(&a, 1), |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = int_arg(vm, &a[2], -1)?;
    // Bound the result size before building it.
    let hits = if old.is_empty() {
        char_len(&s) + 1
    } else {
        s.matches(&*old).count()
    };
    let hits = if count < 0 {
        hits
    } else {
        hits.min(usize::try_from(count).unwrap_or(usize::MAX))
    };
    if hits == 0 {
        return Ok(Value::Str(s));
    }
    if new.len() > old.len() {
        check_size(
            vm,
            s.len()
                .saturating_add(hits.saturating_mul(new.len() - old.len())),
        )?;
    }
    Ok(Value::str(&s.replacen(&*old, &new, hits)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PyErr;
    use crate::protocol::text::percent::percent_format;
    fn vm() -> Rc<Interp> {
        Interp::new()
    }

    fn text(v: &Value) -> String {
        match v {
            Value::Str(s) => s.to_string(),
            _ => panic!("not a str"),
        }
    }

    fn call(vm: &Interp, f: crate::object::value::BuiltinFn, pos: Vec<Value>) -> PyResult<Value> {
        f(vm, Args::new(pos))
    }

    fn err_text(vm: &Interp, e: PyErr) -> String {
        format!(
            "{}: {}",
            e.class_name(),
            crate::protocol::traceback::exception_str(vm, &e.0).unwrap_or_default()
        )
    }

    #[test]
    fn tables_match_known_points() {
        assert!(is_alpha('é') && is_alpha('Σ') && !is_alpha('Ⅻ') && !is_alpha('1'));
        assert!(is_numeric('½') && is_numeric('一') && !is_numeric('a'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣'));
        assert!(!is_printable('\u{200b}') && is_printable('é') && !is_printable('\n'));
        assert!(is_titlecase('ǅ') && !is_titlecase('D'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
        assert_eq!(title("ǆemal ßx"), "ǅemal Ssx");
        assert_eq!(capitalize("ßA"), "Ssa");
        assert_eq!(swapcase("ΑΣ"), "ας");
        let mut folded = String::new();
        for c in "Straße ﬁ".chars() {
            push_fold(&mut folded, c);
        }
        assert_eq!(folded, "strasse fi");
    }

    #[test]
    fn whitespace_split_limits() {
        assert_eq!(
            split_whitespace("  a  b   c  ", 1, false),
            vec!["a", "b   c  "]
        );
        assert_eq!(
            split_whitespace("  a  b   c  ", 1, true),
            vec!["  a  b", "c"]
        );
        assert!(split_whitespace(" \t ", -1, false).is_empty());
    }

    #[test]
    fn windows_use_code_points() {
        assert_eq!(find_in("héllo", "l", None, None, false), 2);
        assert_eq!(find_in("héllo", "l", None, None, true), 3);
        assert_eq!(find_in("héllo", "", Some(6), None, false), -1);
        assert_eq!(find_in("héllo", "", Some(5), None, false), 5);
        assert_eq!(find_in("héllo", "o", Some(-1), None, false), 4);
    }

    #[test]
    fn percent_formatting() {
        let vm = vm();
        let fmt = |f: &str, a: Value| percent_format(&vm, &Value::str(f), &a);
        let t = Value::tuple(vec![Value::Int(255), Value::Float(2.5), Value::str("x")]);
        assert_eq!(
            text(&fmt("%#06x|%-6.2f|%5s|%%", t).unwrap_or(Value::None)),
            "0x00ff|2.50  |    x|%"
        );
        let e = fmt("%d %d", Value::tuple(vec![Value::Int(1)])).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: not enough arguments for format string"
        );
        let e = fmt("abc %z", Value::Int(1)).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: unsupported format character 'z' (0x7a) at index 5"
        );
        let e = fmt("%s", Value::tuple(vec![Value::Int(1), Value::Int(2)])).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: not all arguments converted during string formatting"
        );
    }

    #[test]
    fn format_method() {
        let vm = vm();
        let r = call(
            &vm,
            str_format,
            vec![
                Value::str("{0:>{1}}|{{}}|{2!r}"),
                Value::str("w"),
                Value::Int(4),
                Value::str("q"),
            ],
        );
        assert_eq!(text(&r.unwrap_or(Value::None)), "   w|{}|'q'");
        let r = call(
            &vm,
            str_format,
            vec![Value::str("{} {1}"), Value::Int(1), Value::Int(2)],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: cannot switch from automatic field numbering to manual field specification"
        );
        let r = call(
            &vm,
            str_format,
            vec![
                Value::str("{:{:{}}}"),
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
            ],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: Max string recursion exceeded"
        );
    }

    #[test]
    fn methods_through_args() {
        let vm = vm();
        let r = call(&vm, str_center, vec![Value::str("ab"), Value::Int(5)]);
        assert_eq!(text(&r.unwrap_or(Value::None)), "  ab ");
        let r = call(
            &vm,
            str_join,
            vec![Value::str(","), Value::list(vec![Value::Int(1)])],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: sequence item 0: expected str instance, int found"
        );
        let r = call(&vm, str_upper, vec![Value::str("straße")]);
        assert_eq!(text(&r.unwrap_or(Value::None)), "STRASSE");
    }
}
