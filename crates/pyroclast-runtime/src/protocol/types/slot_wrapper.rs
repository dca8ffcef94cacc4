//! The descriptors that expose a builtin type's slots as attributes:
//! `int.__add__` (`<slot wrapper '__add__' of 'int' objects>`),
//! `float.__round__` (`<method '__round__' of 'float' objects>`) and
//! `int.real` (`<attribute 'real' of 'int' objects>`).
//!
//! The evaluator dispatches operators by operation (`protocol/ops/`), not
//! through these; they exist so that `hasattr(list, '__iter__')`,
//! `int.__add__(1, 2.0)` and `super().__getitem__(i)` see what CPython's
//! type dicts hold. Their implementations (`builtins/slots.rs`) run the same
//! operator code on the unwrapped receiver, so a user subclass calling
//! `super().__x__` gets the builtin behaviour without re-dispatching to its
//! own override.

use std::any::Any;
use std::rc::{Rc, Weak};

use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::type_name;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};

/// A slot's implementation: the interpreter, the receiver as given, the
/// receiver unwrapped from a builtin-subclass instance, and the arguments
/// after the receiver (already counted).
pub type SlotFn = fn(&Interp, &Value, &Value, &[Value]) -> PyResult<Value>;

/// Whether CPython shows the descriptor as a slot wrapper (operator slots)
/// or a method descriptor (`__round__`, `__format__`, ...).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlotKind {
    /// `<slot wrapper ...>`; bound: `<method-wrapper ...>`.
    Wrapper,
    /// `<method ...>`; bound: `<built-in method ...>`.
    Method,
}

/// The operator slots CPython's `slotdefs` expose as slot wrappers; every
/// other method of a builtin type is a method descriptor.
#[rustfmt::skip]
const WRAPPER_SLOTS: &[&str] = &[
    "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__",
    "__call__", "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__",
    "__next__", "__get__", "__set__", "__delete__", "__init__", "__del__", "__await__",
    "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
    "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
    "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__",
    "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__",
    "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__",
    "__irshift__", "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__",
    "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__", "__matmul__",
    "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__",
    "__contains__",
];

/// How CPython shows method `name` of builtin type `owner`: a few types
/// define a slot as an ordinary method too (`list.__getitem__` accepts
/// slices through it), which makes it a method descriptor.
pub fn descriptor_kind(owner: &str, name: &str) -> SlotKind {
    let coexist = matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    if !coexist && WRAPPER_SLOTS.contains(&name) {
        SlotKind::Wrapper
    } else {
        SlotKind::Method
    }
}

/// One slot of one builtin type, as an unbound descriptor.
pub struct SlotWrapper {
    /// The type whose dict holds it (weak: the type holds the wrapper).
    pub class: Weak<Class>,
    /// The type's name, for messages and the repr.
    pub owner: Rc<str>,
    /// The slot's name (`__add__`).
    pub name: &'static str,
    /// How CPython shows it.
    pub kind: SlotKind,
    /// Fewest arguments after the receiver.
    pub min: usize,
    /// Most arguments after the receiver.
    pub max: usize,
    /// What a call runs.
    pub func: SlotFn,
}

impl SlotWrapper {
    /// Calls the slot with the receiver first in `args`.
    pub fn invoke(&self, vm: &Interp, args: Args) -> PyResult<Value> {
        let Some(raw) = args.pos.first() else {
            return Err(vm.type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                self.name, self.owner
            )));
        };
        if let Some(class) = self.class.upgrade()
            && !crate::protocol::ops::type_of(vm, raw).is_subclass(&class)
        {
            return Err(vm.type_error(match self.kind {
                SlotKind::Wrapper => format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    self.name,
                    self.owner,
                    type_name(vm, raw)
                ),
                SlotKind::Method => format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    self.name,
                    self.owner,
                    type_name(vm, raw)
                ),
            }));
        }
        if !args.kw.is_empty() {
            return Err(vm.type_error(match self.kind {
                SlotKind::Wrapper => format!("wrapper {}() takes no keyword arguments", self.name),
                SlotKind::Method => {
                    format!("{}.{}() takes no keyword arguments", self.owner, self.name)
                }
            }));
        }
        let style = match (self.kind, self.min, self.max) {
            (SlotKind::Wrapper, _, _) => Style::Slot,
            (SlotKind::Method, 0, 0) => Style::NoArgs,
            (SlotKind::Method, 1, 1) => Style::One,
            _ => Style::Clinic,
        };
        check(
            vm,
            &args,
            &Sig::method(&self.owner, self.name, style, self.min, self.max),
        )?;
        let this = unwrap(raw);
        (self.func)(vm, raw, &this, &args.pos[1..])
    }
}

impl Native for SlotWrapper {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(match self.kind {
            SlotKind::Wrapper => "wrapper_descriptor",
            SlotKind::Method => "method_descriptor",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let what = match self.kind {
            SlotKind::Wrapper => "slot wrapper",
            SlotKind::Method => "method",
        };
        Some(Ok(format!(
            "<{what} '{}' of '{}' objects>",
            self.name, self.owner
        )))
    }
    fn stable_hash(&self) -> Option<i64> {
        Some(crate::protocol::ops::hash_str(self.name))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__name__" => Some(Ok(Value::str(self.name))),
            "__qualname__" => Some(Ok(Value::str(&format!("{}.{}", self.owner, self.name)))),
            "__objclass__" => self.class.upgrade().map(|c| Ok(Value::Class(c))),
            _ => None,
        }
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(self.invoke(vm, args))
    }
}

/// A computed attribute of a builtin type's instances (`int.real`,
/// `range.start`, `object.__class__`).
pub struct GetSet {
    /// The type's name, for the repr.
    pub owner: Rc<str>,
    /// The attribute's name.
    pub name: &'static str,
    /// `member` (a struct field in CPython) rather than `attribute`.
    pub member: bool,
    /// Reads the attribute of an instance.
    pub get: fn(&Interp, &Value, &'static str) -> PyResult<Value>,
}

impl Native for GetSet {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(if self.member {
            "member_descriptor"
        } else {
            "getset_descriptor"
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let what = if self.member { "member" } else { "attribute" };
        Some(Ok(format!(
            "<{what} '{}' of '{}' objects>",
            self.name, self.owner
        )))
    }
    fn stable_hash(&self) -> Option<i64> {
        Some(crate::protocol::ops::hash_str(self.name))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__name__" => Some(Ok(Value::str(self.name))),
            "__qualname__" => Some(Ok(Value::str(&format!("{}.{}", self.owner, self.name)))),
            _ => None,
        }
    }
}

/// The repr of a slot bound to `obj` (`<method-wrapper '__add__' of int
/// object at 0x...>`), or `None` when `func` is not a slot.
pub fn bound_repr(vm: &Interp, obj: &Value, func: &Value) -> Option<String> {
    let sw = func.native::<SlotWrapper>()?;
    Some(match sw.kind {
        SlotKind::Wrapper => format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            sw.name,
            type_name(vm, obj),
            obj.id()
        ),
        SlotKind::Method => format!(
            "<built-in method {} of {} object at {:#x}>",
            sw.name,
            type_name(vm, obj),
            obj.id()
        ),
    })
}
