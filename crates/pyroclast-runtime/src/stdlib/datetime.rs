//! The Rust part of `_datetime` (the implementation `datetime` imports):
//! `_strptime(data, format)`, the parse `datetime.strptime` shares with
//! `time.strptime`, and `_c_named(cls)`, which makes messages name a class
//! as CPython names its C types. The rest is `python/_datetime.py` (see
//! `docs/architecture.md`).

use super::toolkit::functions;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::type_name;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};

/// `_strptime(data, format)`: `(year, month, day, hour, minute, second,
/// weekday, julian, isdst, tzname, gmtoff, fraction, gmtoff_fraction)`.
fn strptime(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_strptime", Style::Legacy, 2, 2))?;
    let mut texts = Vec::with_capacity(2);
    for (i, v) in a.pos.iter().enumerate() {
        match unwrap(v) {
            Value::Str(s) => texts.push(s),
            _ => {
                return Err(vm.type_error(format!(
                    "strptime() argument {} must be str, not {}",
                    i + 1,
                    type_name(vm, v)
                )));
            }
        }
    }
    super::time::strptime_parts(vm, &texts[0], &texts[1])
}

/// `_c_named(cls)`: messages name `cls` (not its subclasses) `module.name`.
pub(crate) fn c_named(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("_c_named", Style::One, 1, 1))?;
    if let Value::Class(c) = &a.pos[0] {
        c.marker.set(c.marker.get() | crate::object::model::C_NAMED);
    }
    Ok(Value::None)
}

/// Fills the Rust part of `_datetime`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        functions(&[("_strptime", strptime), ("_c_named", c_named)]),
    );
    Ok(())
}
