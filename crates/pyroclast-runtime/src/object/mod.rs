//! The object layer: how Python values are represented (values, classes,
//! instances, functions, modules, dicts, set tables), the interpreter's
//! clock, limits and cross-thread signals, and text algorithms that need
//! nothing from the layers above.

pub mod alloc;
pub mod char_index;
pub mod class_dict;
pub mod clock;
pub mod dict;
mod dict_table;
pub mod exc_kind;
pub mod frames;
pub mod fs;
pub mod gc;
pub mod hooks;
pub mod limits;
pub mod model;
pub mod module_table;
pub mod set_table;
pub mod signals;
pub mod spare;
pub mod trace;
pub mod trashcan;
pub mod value;
pub mod vm;
pub mod weakref;
