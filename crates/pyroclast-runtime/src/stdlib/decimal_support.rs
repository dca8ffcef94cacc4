//! `_decimal_support`: what the Python `decimal` module needs from Rust
//! (`_c_named`, so messages call its classes `decimal.Decimal` as
//! CPython's C types are called).

use crate::object::model::Namespace;
use crate::{Interp, PyResult};

/// Fills `_decimal_support`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        super::toolkit::functions(&[("_c_named", super::datetime::c_named)]),
    );
    Ok(())
}
