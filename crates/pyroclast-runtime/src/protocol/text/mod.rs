//! Text with CPython's exact behaviour: float repr, format specs,
//! `format()` and `str.format`, `%`-formatting, encodings, Unicode
//! character classes, and the algorithms str and bytes share.

pub mod codecs;
pub mod float_repr;
pub mod format;
pub mod format_spec;
pub mod percent;
pub mod stringlib;
pub mod unicode;
pub mod unicode_tables;
