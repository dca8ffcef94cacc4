//! Pyroclast's runtime: Python objects, the resolver-driven evaluator, the async
//! runtime on tokio, builtins and built-in modules.

pub mod builtins;
pub mod eval;
pub mod interp;
pub mod object;
pub mod protocol;
pub mod stdlib;

pub use object::exc_kind::ExcKind;
pub use object::value::{Args, Value};
pub use object::vm::{Input, Interp, Sink};

/// A raised Python exception: always an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr(pub Value);

impl PyErr {
    /// The exception's class name.
    pub fn class_name(&self) -> std::rc::Rc<str> {
        match &self.0 {
            Value::Instance(i) => i.class.name.clone(),
            _ => std::rc::Rc::from("BaseException"),
        }
    }

    /// True when the exception is an instance of `class`.
    pub fn matches_class(&self, class: &std::rc::Rc<object::model::Class>) -> bool {
        match &self.0 {
            Value::Instance(i) => i.class.is_subclass(class),
            _ => false,
        }
    }

    /// True when the exception is an instance of a builtin class.
    pub fn matches(&self, vm: &Interp, kind: ExcKind) -> bool {
        match &self.0 {
            Value::Instance(i) => i.class.is_subclass(&vm.exc_class(kind)),
            _ => false,
        }
    }
}

/// Result of evaluating Python code.
pub type PyResult<T> = Result<T, PyErr>;

/// Non-local exits of statement execution.
pub enum Flow {
    /// An exception propagates.
    Raise(PyErr),
    /// `return value`.
    Return(Value),
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

impl From<PyErr> for Flow {
    fn from(e: PyErr) -> Self {
        Flow::Raise(e)
    }
}
