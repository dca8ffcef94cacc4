//! Builtin types: constructors, methods and operators.

pub mod bytearray;
pub mod bytes;
pub mod complex;
pub mod construct;
pub mod dict;
pub mod exception_group;
pub mod float;
pub mod generic_alias;
pub mod int;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod partial;
pub mod range;
pub mod sets;
pub mod slot_wrapper;
pub mod str;
pub mod strlike;
pub mod strlike_fast;
pub mod support;
pub mod syntax_error;
pub mod tuple;
pub mod weakref;
