//! Methods of list, tuple, dict, int and float.

use crate::Interp;

/// Registers the methods.
pub fn install(vm: &Interp) {
    let _ = vm;
}
