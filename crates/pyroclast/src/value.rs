//! [`Value`]: a Python value as Rust sees it. Data (None, bools, numbers,
//! strings, bytes, lists, tuples, dicts, sets) is copied across the
//! boundary; any other object (a function, an instance, a generator) stays
//! in its interpreter and crosses as an [`Object`] handle.

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use futures_core::Stream;
use futures_util::StreamExt;
use num_bigint::BigInt;

use crate::Error;

/// A Python value.
///
/// `Value` is `Send + Sync`: values move freely between threads (a
/// [`Pool`](crate::Pool) returns them from its workers). `Display` prints the
/// value's Python `repr()`.
///
/// ```
/// use pyroclast::Value;
///
/// let v = Value::List(vec![Value::Int(1), Value::Str("two".into())]);
/// assert_eq!(v.to_string(), "[1, 'two']");
/// let n: Value = 21.into();
/// assert_eq!(n, Value::Int(21));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<Value>),
    /// A tuple.
    Tuple(Vec<Value>),
    /// A dict, in insertion order.
    Dict(Vec<(Value, Value)>),
    /// A set or frozenset, in iteration order.
    Set(Vec<Value>),
    /// Any other object: a handle to a Python object living in one
    /// interpreter, or a Rust stream waiting to become a Python async
    /// iterable.
    Object(Object),
}

/// A host stream boxed for the bridge.
pub(crate) type BoxStream = Pin<Box<dyn Stream<Item = Result<Value, Error>> + Send>>;

/// A Python object that is not plain data, or a Rust stream on its way into
/// Python. Cloning shares the handle; the interpreter frees its object once
/// the last clone is dropped.
#[derive(Clone)]
pub struct Object(pub(crate) Arc<ObjectKind>);

pub(crate) enum ObjectKind {
    /// An object kept alive by an interpreter's handle table.
    Handle(Handle),
    /// A Rust stream; the first conversion into an interpreter takes it.
    Stream(Mutex<Option<BoxStream>>),
}

/// An entry of an interpreter's handle table.
pub(crate) struct Handle {
    pub interp: u64,
    pub id: u64,
    pub type_name: String,
    /// Handles whose last clone was dropped; the interpreter frees them at
    /// its next call (a handle may be dropped on any thread).
    pub release: Arc<Mutex<Vec<u64>>>,
}

impl Drop for Handle {
    fn drop(&mut self) {
        if let Ok(mut r) = self.release.lock() {
            r.push(self.id);
        }
    }
}

impl Object {
    /// The Python type name of the object (`function`, `MyClass`, ...).
    pub fn type_name(&self) -> &str {
        match &*self.0 {
            ObjectKind::Handle(h) => &h.type_name,
            ObjectKind::Stream(_) => "host_stream",
        }
    }
}

impl fmt::Debug for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object>", self.type_name())
    }
}

impl PartialEq for Object {
    /// Identity, as Python's `is`.
    fn eq(&self, other: &Object) -> bool {
        match (&*self.0, &*other.0) {
            (ObjectKind::Handle(a), ObjectKind::Handle(b)) => a.interp == b.interp && a.id == b.id,
            _ => Arc::ptr_eq(&self.0, &other.0),
        }
    }
}

impl Value {
    /// A Rust stream as a Python async iterable: `async for x in value`
    /// pulls one item per iteration (backpressure: nothing is read ahead),
    /// and `break` or `aclose()` on the Python side drops the stream.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), pyroclast::Error> {
    /// use pyroclast::{Interpreter, Value};
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.set_global("ticks", Value::from_stream(futures::stream::iter(0..3)))?;
    /// py.run_async("async for t in ticks:\n    print(t)").await?;
    /// assert_eq!(py.take_output(), "0\n1\n2\n");
    /// # Ok(()) }
    /// ```
    pub fn from_stream<S>(stream: S) -> Value
    where
        S: Stream + Send + 'static,
        S::Item: crate::IntoValue,
    {
        Self::from_try_stream(stream.map(Ok))
    }

    /// [`Value::from_stream`] for a stream of results: an `Err` item is
    /// raised in Python at the `async for` (or `anext`) that pulled it.
    pub fn from_try_stream<S, T>(stream: S) -> Value
    where
        S: Stream<Item = Result<T, Error>> + Send + 'static,
        T: crate::IntoValue,
    {
        let boxed: BoxStream = Box::pin(stream.map(|r| r.map(crate::IntoValue::into_value)));
        Value::Object(Object(Arc::new(ObjectKind::Stream(Mutex::new(Some(
            boxed,
        ))))))
    }

    /// The Python type name of the value (`int`, `str`, `list`, ...).
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::Object(o) => o.type_name(),
        }
    }

    /// Converts to a Rust type (see [`FromValue`](crate::FromValue)).
    ///
    /// ```
    /// use pyroclast::Value;
    ///
    /// let v = Value::List(vec![Value::Str("a".into()), Value::Str("b".into())]);
    /// let items: Vec<String> = v.extract().unwrap();
    /// assert_eq!(items, ["a", "b"]);
    /// ```
    pub fn extract<T: crate::FromValue>(self) -> Result<T, Error> {
        T::from_value(self)
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
}
