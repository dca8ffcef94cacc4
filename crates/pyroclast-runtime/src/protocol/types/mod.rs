//! Builtin types: constructors, methods and operators.

pub mod construct;
pub mod exception_group;
pub mod methods;
pub mod sets;
pub mod strings;
