//! The protocol layer: what Python operations mean on any object:
//! operators, comparison, hashing, `repr`/`str`, attribute lookup and the
//! class model at run time, iteration, subscription, awaiting, generators,
//! tracebacks, and the builtin types' methods (`types/`).

pub mod args;
pub mod awaiting;
pub mod call;
pub mod classes;
pub mod containers;
pub mod exceptions;
pub mod gc;
pub mod generator;
pub mod hand_drive;
pub mod imports;
pub mod io;
pub mod iter;
pub mod ops;
pub mod sort;
pub mod tb_objects;
pub mod text;
pub mod traceback;
pub mod types;
