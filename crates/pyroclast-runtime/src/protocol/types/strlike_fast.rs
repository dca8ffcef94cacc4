//! Shortcuts for the commonest calls of str and bytes methods
//! (`s.strip()`, `s.split(",")`, `s.startswith(p)`): positional arguments
//! of the receiver's own type, read in place, with no signature to bind.
//! Any other shape (bounds, keywords, a tuple of prefixes, a wrong type)
//! returns `None` and takes the method's full path in `strlike.rs`, which
//! words every error.

use crate::object::value::{FastFn, Value};
use crate::protocol::args::check_size;
use crate::protocol::text::stringlib::{self as lib, Text};
use crate::protocol::types::strlike::{Kind, join_items, keep_or_slice, pieces};

/// The shortcuts, by method name.
pub(crate) fn methods<K: Kind>() -> [(&'static str, FastFn); 11] {
    [
        ("startswith", |_, a| affix::<K>(a, false)),
        ("endswith", |_, a| affix::<K>(a, true)),
        ("strip", |_, a| strip::<K>(a, true, true)),
        ("lstrip", |_, a| strip::<K>(a, true, false)),
        ("rstrip", |_, a| strip::<K>(a, false, true)),
        ("split", |_, a| split::<K>(a, false)),
        ("rsplit", |_, a| split::<K>(a, true)),
        ("find", |_, a| {
            let (b, sub) = two::<K>(a)?;
            let i = lib::find(&*b, &*sub, None, None, false);
            Some(Ok(Value::Int(i.map_or(-1, |i| i as i64))))
        }),
        ("count", |_, a| {
            let (b, sub) = two::<K>(a)?;
            Some(Ok(Value::Int(lib::count(&*b, &*sub, None, None) as i64)))
        }),
        ("replace", |vm, a| {
            let [s, old, new] = a else { return None };
            let (b, old, new) = (K::get(s)?, K::get(old)?, K::get(new)?);
            Some(
                lib::replace(&*b, &*old, &*new, -1, |n| check_size(vm, n)).map(|r| match r {
                    Some(v) => K::build(v),
                    None => K::wrap(b),
                }),
            )
        }),
        ("join", |vm, a| {
            let [sep, it] = a else { return None };
            let sep = K::get(sep)?;
            Some(join_items::<K>(vm, &sep, it))
        }),
    ]
}

type Pair<K> = (std::rc::Rc<<K as Kind>::Buf>, std::rc::Rc<<K as Kind>::Buf>);

/// A receiver and one argument, both of the receiver's type.
fn two<K: Kind>(a: &[Value]) -> Option<Pair<K>> {
    let [s, x] = a else { return None };
    Some((K::get(s)?, K::get(x)?))
}

fn affix<K: Kind>(a: &[Value], suffix: bool) -> Option<crate::PyResult<Value>> {
    let (b, p) = two::<K>(a)?;
    Some(Ok(Value::Bool(lib::affix(&*b, &*p, None, None, suffix))))
}

fn strip<K: Kind>(a: &[Value], left: bool, right: bool) -> Option<crate::PyResult<Value>> {
    let [s] = a else { return None };
    let b = K::get(s)?;
    let r = lib::strip(&*b, None, left, right);
    Some(Ok(keep_or_slice::<K>(b, r)))
}

fn split<K: Kind>(a: &[Value], right: bool) -> Option<crate::PyResult<Value>> {
    let (b, sep) = match a {
        [s] => (K::get(s)?, None),
        [s, sep] => {
            let sep = K::get(sep)?;
            // An empty separator's ValueError is the full path's.
            if sep.raw().is_empty() {
                return None;
            }
            (K::get(s)?, Some(sep))
        }
        _ => return None,
    };
    Some(Ok(pieces::<K>(
        &b,
        lib::split(&*b, sep.as_deref(), -1, right),
    )))
}
