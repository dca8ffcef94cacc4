//! The `builtins` namespace and the methods of builtin types. One file per
//! concept: functions, iteration, containers, strings, sets, ...

pub mod functions;
pub mod site;
pub mod slots;

use std::rc::Rc;

use crate::Interp;
use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;

/// Fills the builtins namespace and the builtin classes' method tables.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    let mut b = vm.builtins.borrow_mut();
    for (name, class) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
    ] {
        b.insert(Rc::from(name), Value::Class(class.clone()));
    }
    for (kind, class) in ExcKind::ALL.iter().zip(&t.exceptions) {
        b.insert(Rc::from(kind.name()), Value::Class(class.clone()));
    }
    b.insert(
        Rc::from("EnvironmentError"),
        Value::Class(t.exceptions[ExcKind::OSError as usize].clone()),
    );
    b.insert(
        Rc::from("IOError"),
        Value::Class(t.exceptions[ExcKind::OSError as usize].clone()),
    );
    for name in [
        "range",
        "slice",
        "property",
        "staticmethod",
        "classmethod",
        "super",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
    ] {
        b.insert(Rc::from(name), Value::Class(vm.other_class(name)));
    }
    b.insert(Rc::from("None"), Value::None);
    b.insert(Rc::from("Ellipsis"), Value::Ellipsis);
    b.insert(Rc::from("NotImplemented"), Value::NotImplemented);
    b.insert(Rc::from("__name__"), Value::str("builtins"));
    drop(b);
    functions::install(vm);
    crate::eval::dynamic::install(vm);
    crate::protocol::types::list::install(vm);
    crate::protocol::types::tuple::install(vm);
    crate::protocol::types::dict::install(vm);
    crate::protocol::types::int::install(vm);
    crate::protocol::types::float::install(vm);
    crate::protocol::types::str::install(vm);
    crate::protocol::types::bytes::install(vm);
    crate::protocol::types::bytearray::install(vm);
    crate::protocol::types::memoryview::install(vm);
    crate::protocol::types::sets::install(vm);
    crate::protocol::types::exception_group::install(vm);
    crate::protocol::generator::install(vm);
    crate::protocol::classes::install(vm);
    crate::protocol::classes::install_type(vm);
    crate::protocol::types::range::install(vm);
    crate::protocol::types::complex::install(vm);
    crate::protocol::containers::install(vm);
    crate::protocol::types::construct::install(vm);
    crate::protocol::types::iterators::install(vm);
    crate::protocol::types::partial::install(vm);
    crate::protocol::types::weakref::install(vm);
    crate::protocol::awaiting::install(vm);
    crate::protocol::hand_drive::install(vm);
    crate::protocol::types::generic_alias::install(vm);
    crate::protocol::ops::install_unhashable(vm);
    crate::protocol::types::mappingproxy::install(vm);
    slots::install(vm);
    site::install(vm);
    intern_names(vm);
}

/// Gives the builtins' names the interned keys, so a name in code (`len`)
/// and its key here are one pointer and a lookup compares no text.
fn intern_names(vm: &Interp) {
    use indexmap::map::MutableKeys;
    for (key, _) in vm.builtins.borrow_mut().iter_mut2() {
        // An equal string: the hash and the table stay as they are.
        *key = pyroclast_syntax::token::intern(key);
    }
}
