//! Text conversions with CPython's exact output: float repr, format specs.

pub mod float_repr;
pub mod format_spec;
