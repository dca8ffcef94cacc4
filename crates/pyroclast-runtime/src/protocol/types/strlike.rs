//! The methods str and bytes share, written once over `Kind` as CPython
//! includes its stringlib once per type: search, affixes, split, strip,
//! partition, replace, join, padding, splitlines and expandtabs. A type's
//! file registers them as `find::<Str>`; only how receivers and arguments
//! are converted, and the wording of their errors, differ between the two,
//! and `Kind` supplies exactly that. The algorithms themselves live in
//! `text/stringlib.rs`.

use std::ops::Range;
use std::rc::Rc;

use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::args::*;
use crate::protocol::ops::{self, type_name};
use crate::protocol::text::stringlib::{self as lib, Text};
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::{Interp, PyErr, PyResult};

/// Where an argument of the wrong type was given; the two types word their
/// TypeErrors differently for each.
#[derive(Clone, Copy)]
pub(crate) enum Role {
    /// The needle of find/index/count.
    Sub,
    /// The first argument of startswith/endswith (method name).
    AffixFirst(&'static str),
    /// An item of the tuple given to startswith/endswith.
    AffixItem(&'static str),
    /// The separator of split/rsplit.
    Sep,
    /// The separator of partition/rpartition.
    PartSep,
    /// The characters of strip/lstrip/rstrip (method name).
    Chars(&'static str),
    /// Argument 1 or 2 of replace.
    Replace(u8),
    /// The argument of removeprefix/removesuffix (method name).
    Prefix(&'static str),
}

/// What str and bytes each supply to the shared methods.
pub(crate) trait Kind: 'static {
    /// The contents: `str` or `[u8]`.
    type Buf: Text + ?Sized;
    /// The type's name, for messages.
    const NAME: &'static str;
    /// index()/rindex() when nothing is found.
    const NOT_FOUND: &'static str;
    /// What join's items must be, for its message.
    const JOIN_ITEM: &'static str;
    /// The contents of a value of this type (or a subclass instance).
    fn get(v: &Value) -> Option<Rc<Self::Buf>>;
    /// A value holding these contents.
    fn wrap(b: Rc<Self::Buf>) -> Value;
    /// A new value holding the bytes `r` of `b` (a range on unit boundaries).
    fn slice(b: &Self::Buf, r: Range<usize>) -> Value;
    /// A new value from bytes built out of whole units.
    fn build(v: Vec<u8>) -> Value;
    /// The TypeError for `v` given in `role`.
    fn wrong(vm: &Interp, v: &Value, role: Role) -> PyErr;
    /// The needle of find/index/count (bytes also take an int).
    fn needle(vm: &Interp, v: &Value) -> PyResult<Rc<Self::Buf>> {
        Self::get(v).ok_or_else(|| Self::wrong(vm, v, Role::Sub))
    }
    /// The fill character of center/ljust/rjust, checked to be one unit.
    fn fill(vm: &Interp, v: &Value, name: &str) -> PyResult<Rc<Self::Buf>>;
    /// The default fill character.
    fn space() -> Rc<Self::Buf>;
}

/// str as the shared methods see it.
pub(crate) struct Str;

/// bytes as the shared methods see it.
pub(crate) struct Bytes;

/// bytearray as the shared methods see it: bytes' rules, but results are
/// new bytearrays.
pub(crate) struct ByteArray;

impl Kind for Str {
    type Buf = str;
    const NAME: &'static str = "str";
    const NOT_FOUND: &'static str = "substring not found";
    const JOIN_ITEM: &'static str = "str instance";
    fn get(v: &Value) -> Option<Rc<str>> {
        match unwrap(v) {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    fn wrap(b: Rc<str>) -> Value {
        Value::Str(b)
    }
    fn slice(b: &str, r: Range<usize>) -> Value {
        Value::str(&b[r])
    }
    fn build(v: Vec<u8>) -> Value {
        // Whole UTF-8 units joined stay UTF-8; the lossy path never runs.
        match String::from_utf8(v) {
            Ok(s) => Value::str(&s),
            Err(e) => Value::str(&String::from_utf8_lossy(e.as_bytes())),
        }
    }
    fn wrong(vm: &Interp, v: &Value, role: Role) -> PyErr {
        let t = type_name(vm, v);
        vm.type_error(match role {
            Role::Sub | Role::PartSep => format!("must be str, not {t}"),
            Role::AffixFirst(name) => {
                format!("{name} first arg must be str or a tuple of str, not {t}")
            }
            Role::AffixItem(name) => format!("tuple for {name} must only contain str, not {t}"),
            Role::Sep => format!("must be str or None, not {t}"),
            Role::Chars(name) => format!("{name} arg must be None or str"),
            Role::Replace(n) => format!("replace() argument {n} must be str, not {t}"),
            Role::Prefix(name) => format!("{name}() argument must be str, not {t}"),
        })
    }
    fn fill(vm: &Interp, v: &Value, _name: &str) -> PyResult<Rc<str>> {
        let f = Self::get(v).ok_or_else(|| {
            vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                type_name(vm, v)
            ))
        })?;
        if lib::char_len(&f) != 1 {
            return Err(vm.type_error("The fill character must be exactly one character long"));
        }
        Ok(f)
    }
    fn space() -> Rc<str> {
        Rc::from(" ")
    }
}

impl Kind for Bytes {
    type Buf = [u8];
    const NAME: &'static str = "bytes";
    const NOT_FOUND: &'static str = "subsection not found";
    const JOIN_ITEM: &'static str = "a bytes-like object";
    fn get(v: &Value) -> Option<Rc<[u8]>> {
        crate::protocol::types::bytearray::buffer(v)
    }
    fn wrap(b: Rc<[u8]>) -> Value {
        Value::Bytes(b)
    }
    fn slice(b: &[u8], r: Range<usize>) -> Value {
        Value::Bytes(Rc::from(&b[r]))
    }
    fn build(v: Vec<u8>) -> Value {
        Value::Bytes(Rc::from(v))
    }
    fn wrong(vm: &Interp, v: &Value, role: Role) -> PyErr {
        let t = type_name(vm, v);
        vm.type_error(match role {
            Role::Sub => format!("argument should be integer or bytes-like object, not '{t}'"),
            Role::AffixFirst(name) => {
                format!("{name} first arg must be bytes or a tuple of bytes, not {t}")
            }
            _ => format!("a bytes-like object is required, not '{t}'"),
        })
    }
    fn needle(vm: &Interp, v: &Value) -> PyResult<Rc<[u8]>> {
        if let Some(b) = Self::get(v) {
            return Ok(b);
        }
        match unwrap(v) {
            Value::Int(n) if (0..256).contains(&n) => Ok(Rc::from([n as u8])),
            Value::Int(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            _ => Err(Self::wrong(vm, v, Role::Sub)),
        }
    }
    fn fill(vm: &Interp, v: &Value, name: &str) -> PyResult<Rc<[u8]>> {
        match Self::get(v) {
            Some(f) if f.len() == 1 => Ok(f),
            _ => Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                type_name(vm, v)
            ))),
        }
    }
    fn space() -> Rc<[u8]> {
        Rc::from(&b" "[..])
    }
}

impl Kind for ByteArray {
    type Buf = [u8];
    const NAME: &'static str = "bytearray";
    const NOT_FOUND: &'static str = Bytes::NOT_FOUND;
    const JOIN_ITEM: &'static str = Bytes::JOIN_ITEM;
    fn get(v: &Value) -> Option<Rc<[u8]>> {
        Bytes::get(v)
    }
    fn wrap(b: Rc<[u8]>) -> Value {
        crate::protocol::types::bytearray::ByteArray::value(b.to_vec())
    }
    fn slice(b: &[u8], r: Range<usize>) -> Value {
        Self::build(b[r].to_vec())
    }
    fn build(v: Vec<u8>) -> Value {
        crate::protocol::types::bytearray::ByteArray::value(v)
    }
    fn wrong(vm: &Interp, v: &Value, role: Role) -> PyErr {
        Bytes::wrong(vm, v, role)
    }
    fn needle(vm: &Interp, v: &Value) -> PyResult<Rc<[u8]>> {
        Bytes::needle(vm, v)
    }
    fn fill(vm: &Interp, v: &Value, name: &str) -> PyResult<Rc<[u8]>> {
        Bytes::fill(vm, v, name)
    }
    fn space() -> Rc<[u8]> {
        Bytes::space()
    }
}

/// The shared methods, as `K`'s type registers them.
pub(crate) fn methods<K: Kind>() -> [(&'static str, BuiltinFn); 24] {
    [
        ("find", find::<K>),
        ("rfind", rfind::<K>),
        ("index", index::<K>),
        ("rindex", rindex::<K>),
        ("count", count::<K>),
        ("startswith", startswith::<K>),
        ("endswith", endswith::<K>),
        ("removeprefix", removeprefix::<K>),
        ("removesuffix", removesuffix::<K>),
        ("split", split::<K>),
        ("rsplit", rsplit::<K>),
        ("splitlines", splitlines::<K>),
        ("partition", partition::<K>),
        ("rpartition", rpartition::<K>),
        ("join", join::<K>),
        ("strip", strip::<K>),
        ("lstrip", lstrip::<K>),
        ("rstrip", rstrip::<K>),
        ("replace", replace::<K>),
        ("center", center::<K>),
        ("ljust", ljust::<K>),
        ("rjust", rjust::<K>),
        ("zfill", zfill::<K>),
        ("expandtabs", expandtabs::<K>),
    ]
}

/// Binds a method's arguments and takes its receiver's contents.
fn recv<K: Kind>(vm: &Interp, args: Args, sig: &Sig) -> PyResult<(Rc<K::Buf>, Slots)> {
    let (this, vals) = parse_args(vm, args, sig)?;
    match K::get(&this) {
        Some(b) => Ok((b, vals)),
        None => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            sig.name,
            K::NAME,
            type_name(vm, &this)
        ))),
    }
}

/// An argument of this type, or the TypeError for `role`.
fn arg<K: Kind>(vm: &Interp, v: &Value, role: Role) -> PyResult<Rc<K::Buf>> {
    K::get(v).ok_or_else(|| K::wrong(vm, v, role))
}

/// The receiver unchanged when `r` covers it, else the slice.
pub(super) fn keep_or_slice<K: Kind>(b: Rc<K::Buf>, r: Range<usize>) -> Value {
    if r.start == 0 && r.end == b.raw().len() {
        K::wrap(b)
    } else {
        K::slice(&b, r)
    }
}

pub(super) fn pieces<K: Kind>(b: &K::Buf, parts: Vec<Range<usize>>) -> Value {
    Value::list(parts.into_iter().map(|r| K::slice(b, r)).collect())
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

/// A search's receiver, needle and bounds.
type Search<K> = (Rc<<K as Kind>::Buf>, Rc<<K as Kind>::Buf>, Bounds);

fn search<K: Kind>(vm: &Interp, args: Args, name: &'static str) -> PyResult<Search<K>> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, name, Style::Legacy, 1, 3))?;
    let sub = K::needle(vm, &slot(&a, 0))?;
    Ok((b, sub, (slice_arg(vm, &a[1])?, slice_arg(vm, &a[2])?)))
}

fn find_impl<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (b, sub, (start, end)) = search::<K>(vm, args, name)?;
    match lib::find(&*b, &*sub, start, end, right) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error(K::NOT_FOUND)),
        None => Ok(Value::Int(-1)),
    }
}

pub(crate) fn find<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    find_impl::<K>(vm, args, "find", false, false)
}

pub(crate) fn rfind<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    find_impl::<K>(vm, args, "rfind", true, false)
}

pub(crate) fn index<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    find_impl::<K>(vm, args, "index", false, true)
}

pub(crate) fn rindex<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    find_impl::<K>(vm, args, "rindex", true, true)
}

pub(crate) fn count<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, sub, (start, end)) = search::<K>(vm, args, "count")?;
    Ok(Value::Int(lib::count(&*b, &*sub, start, end) as i64))
}

// ---------------------------------------------------------------------------
// Affixes
// ---------------------------------------------------------------------------

fn affix_impl<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, name, Style::Legacy, 1, 3))?;
    let (start, end) = (slice_arg(vm, &a[1])?, slice_arg(vm, &a[2])?);
    let test = |sub: &K::Buf| lib::affix(&*b, sub, start, end, suffix);
    let first = slot(&a, 0);
    if let Some(sub) = K::get(&first) {
        return Ok(Value::Bool(test(&sub)));
    }
    let Value::Tuple(items) = unwrap(&first) else {
        return Err(K::wrong(vm, &first, Role::AffixFirst(name)));
    };
    for item in items.iter() {
        let sub = arg::<K>(vm, item, Role::AffixItem(name))?;
        if test(&sub) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(crate) fn startswith<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    affix_impl::<K>(vm, args, "startswith", false)
}

pub(crate) fn endswith<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    affix_impl::<K>(vm, args, "endswith", true)
}

fn remove_impl<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, name, Style::One, 1, 1))?;
    let p = arg::<K>(vm, &slot(&a, 0), Role::Prefix(name))?;
    let n = b.raw().len();
    let k = p.raw().len();
    Ok(if !lib::affix(&*b, &*p, None, None, suffix) {
        K::wrap(b)
    } else if suffix {
        keep_or_slice::<K>(b, 0..n - k)
    } else {
        keep_or_slice::<K>(b, k..n)
    })
}

pub(crate) fn removeprefix<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    remove_impl::<K>(vm, args, "removeprefix", false)
}

pub(crate) fn removesuffix<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    remove_impl::<K>(vm, args, "removesuffix", true)
}

// ---------------------------------------------------------------------------
// Split, partition, join
// ---------------------------------------------------------------------------

fn split_impl<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &kw_sig(K::NAME, name, &["sep", "maxsplit"]))?;
    let maxsplit = int_arg(vm, &a[1], -1)?;
    let sep = match given(&a[0]) {
        None => None,
        Some(v) => Some(arg::<K>(vm, v, Role::Sep)?),
    };
    if sep.as_ref().is_some_and(|s| s.raw().is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    Ok(pieces::<K>(
        &b,
        lib::split(&*b, sep.as_deref(), maxsplit, right),
    ))
}

pub(crate) fn split<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    split_impl::<K>(vm, args, "split", false)
}

pub(crate) fn rsplit<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    split_impl::<K>(vm, args, "rsplit", true)
}

pub(crate) fn splitlines<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &kw_sig(K::NAME, "splitlines", &["keepends"]))?;
    let keepends = match &a[0] {
        None => false,
        Some(v) => ops::truthy(vm, v)?,
    };
    Ok(pieces::<K>(&b, lib::splitlines(&*b, keepends)))
}

fn partition_impl<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, name, Style::One, 1, 1))?;
    let sep = arg::<K>(vm, &slot(&a, 0), Role::PartSep)?;
    if sep.raw().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let n = b.raw().len();
    let empty = || K::slice(&b, 0..0);
    Ok(Value::tuple(match lib::partition(&*b, &*sep, right) {
        Some(at) => vec![
            K::slice(&b, 0..at.start),
            K::wrap(sep),
            K::slice(&b, at.end..n),
        ],
        None if right => vec![empty(), empty(), K::wrap(b)],
        None => vec![K::wrap(b.clone()), empty(), empty()],
    }))
}

pub(crate) fn partition<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    partition_impl::<K>(vm, args, "partition", false)
}

pub(crate) fn rpartition<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    partition_impl::<K>(vm, args, "rpartition", true)
}

pub(crate) fn join<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (sep, a) = recv::<K>(vm, args, &sig(K::NAME, "join", Style::One, 1, 1))?;
    join_items::<K>(vm, &sep, &slot(&a, 0))
}

/// `sep.join(it)`.
pub(super) fn join_items<K: Kind>(vm: &Interp, sep: &K::Buf, it: &Value) -> PyResult<Value> {
    if !crate::protocol::iter::is_iterable(vm, it) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = crate::protocol::iter::collect(vm, it)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = K::get(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected {}, {} found",
                K::JOIN_ITEM,
                type_name(vm, item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep.raw());
        }
        out.extend_from_slice(b.raw());
    }
    vm.reserve(out.len())?;
    let joined = K::build(out);
    vm.track(&joined);
    Ok(joined)
}

// ---------------------------------------------------------------------------
// Strip and replace
// ---------------------------------------------------------------------------

fn strip_impl<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, name, Style::Clinic, 0, 1))?;
    let chars = match given(&a[0]) {
        None => None,
        Some(v) => Some(arg::<K>(vm, v, Role::Chars(name))?),
    };
    let r = lib::strip(&*b, chars.as_deref(), left, right);
    Ok(keep_or_slice::<K>(b, r))
}

pub(crate) fn strip<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_impl::<K>(vm, args, "strip", true, true)
}

pub(crate) fn lstrip<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_impl::<K>(vm, args, "lstrip", true, false)
}

pub(crate) fn rstrip<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    strip_impl::<K>(vm, args, "rstrip", false, true)
}

pub(crate) fn replace<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, "replace", Style::Clinic, 2, 3))?;
    let old = arg::<K>(vm, &slot(&a, 0), Role::Replace(1))?;
    let new = arg::<K>(vm, &slot(&a, 1), Role::Replace(2))?;
    let count = int_arg(vm, &a[2], -1)?;
    Ok(
        match lib::replace(&*b, &*old, &*new, count, |n| check_size(vm, n))? {
            Some(v) => K::build(v),
            None => K::wrap(b),
        },
    )
}

// ---------------------------------------------------------------------------
// Padding and tabs
// ---------------------------------------------------------------------------

/// `b` with `left` and `right` copies of `fill` around it.
fn pad<K: Kind>(
    vm: &Interp,
    b: &K::Buf,
    left: usize,
    right: usize,
    fill: &K::Buf,
) -> PyResult<Value> {
    check_size(vm, left.saturating_add(right))?;
    let f = fill.raw();
    let mut out = Vec::with_capacity(b.raw().len() + (left + right) * f.len());
    for _ in 0..left {
        out.extend_from_slice(f);
    }
    out.extend_from_slice(b.raw());
    for _ in 0..right {
        out.extend_from_slice(f);
    }
    Ok(K::build(out))
}

/// center/ljust/rjust: `how` splits the margin into left and right.
fn justify<K: Kind>(
    vm: &Interp,
    args: Args,
    name: &'static str,
    how: fn(i64, i64) -> i64,
) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, name, Style::Clinic, 1, 2))?;
    let width = index_arg(vm, &slot(&a, 0))?;
    let fill = match &a[1] {
        None => K::space(),
        Some(v) => K::fill(vm, v, name)?,
    };
    let len = b.units() as i64;
    if width <= len {
        return Ok(K::wrap(b));
    }
    let margin = width - len;
    let left = how(margin, width);
    pad::<K>(vm, &b, left as usize, (margin - left) as usize, &fill)
}

pub(crate) fn center<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    // CPython's rounding: the odd unit goes left only for odd widths.
    justify::<K>(vm, args, "center", |m, w| m / 2 + (m & w & 1))
}

pub(crate) fn ljust<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    justify::<K>(vm, args, "ljust", |_, _| 0)
}

pub(crate) fn rjust<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    justify::<K>(vm, args, "rjust", |m, _| m)
}

pub(crate) fn zfill<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &sig(K::NAME, "zfill", Style::One, 1, 1))?;
    let width = index_arg(vm, &slot(&a, 0))?;
    let len = b.units() as i64;
    if width <= len {
        return Ok(K::wrap(b));
    }
    let fill = (width - len) as usize;
    check_size(vm, fill)?;
    let raw = b.raw();
    let sign = usize::from(matches!(raw.first(), Some(b'+' | b'-')));
    let mut out = Vec::with_capacity(raw.len() + fill);
    out.extend_from_slice(&raw[..sign]);
    out.resize(sign + fill, b'0');
    out.extend_from_slice(&raw[sign..]);
    Ok(K::build(out))
}

pub(crate) fn expandtabs<K: Kind>(vm: &Interp, args: Args) -> PyResult<Value> {
    let (b, a) = recv::<K>(vm, args, &kw_sig(K::NAME, "expandtabs", &["tabsize"]))?;
    let tabsize = match &a[0] {
        Some(t) => crate::protocol::types::construct::c_int_arg(vm, t)?,
        None => 8,
    };
    Ok(K::build(lib::expandtabs(&*b, tabsize, |n| {
        check_size(vm, n)
    })?))
}
