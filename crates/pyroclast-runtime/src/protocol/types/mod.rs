//! Builtin types: constructors, methods and operators.

pub mod bytes;
pub mod construct;
pub mod exception_group;
pub mod iterators;
pub mod methods;
pub mod partial;
pub mod sets;
pub mod str;
pub mod strlike;
