//! [`FromValue`] and [`IntoValue`]: Rust types in and out of [`Value`].

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::{Error, Value};

/// A Rust type that can be made from a Python [`Value`].
///
/// Implemented for `i64`, `i32`, `u64`, `f64`, `bool`, `String`, `()`,
/// `Option<T>`, `Vec<T>`, tuples up to 4, `HashMap<String, T>`,
/// `BTreeMap<String, T>` and `Value` itself. Host functions take their
/// arguments through it: a value of the wrong type raises `TypeError` in
/// Python, worded as CPython words it (`add() argument 2 must be int, not
/// str`).
///
/// ```
/// use pyroclast::{FromValue, Value};
///
/// let v = Value::Tuple(vec![Value::Int(1), Value::Str("x".into())]);
/// let (n, s): (i64, String) = FromValue::from_value(v).unwrap();
/// assert_eq!((n, s.as_str()), (1, "x"));
/// ```
pub trait FromValue: Sized {
    /// Converts, or fails with [`Error::Conversion`].
    fn from_value(value: Value) -> Result<Self, Error>;

    /// The Python type this accepts, for error messages (`int`, `str`).
    fn expected() -> String;

    /// True when a host function may be called without this argument
    /// (`Option<T>` parameters at the end of the list).
    fn optional() -> bool {
        false
    }
}

/// A Rust type that can become a Python [`Value`].
///
/// ```
/// use pyroclast::{IntoValue, Value};
///
/// assert_eq!(vec![1, 2].into_value(), Value::List(vec![Value::Int(1), Value::Int(2)]));
/// assert_eq!(Some("x").into_value(), Value::Str("x".into()));
/// assert_eq!(None::<i64>.into_value(), Value::None);
/// ```
pub trait IntoValue {
    /// Converts.
    fn into_value(self) -> Value;
}

fn mismatch<T: FromValue>(v: &Value) -> Error {
    Error::conversion(T::expected(), v.type_name())
}

impl FromValue for Value {
    fn from_value(value: Value) -> Result<Self, Error> {
        Ok(value)
    }
    fn expected() -> String {
        "object".into()
    }
}

impl IntoValue for Value {
    fn into_value(self) -> Value {
        self
    }
}

impl FromValue for i64 {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(i64::from(b)),
            Value::BigInt(_) => Err(Error::overflow(
                "int",
                "Python int too large to convert to C long",
            )),
            other => Err(mismatch::<i64>(&other)),
        }
    }
    fn expected() -> String {
        "int".into()
    }
}

impl FromValue for i32 {
    fn from_value(value: Value) -> Result<Self, Error> {
        let n = i64::from_value(value)?;
        i32::try_from(n)
            .map_err(|_| Error::overflow("int", "Python int too large to convert to C int"))
    }
    fn expected() -> String {
        "int".into()
    }
}

impl FromValue for u64 {
    fn from_value(value: Value) -> Result<Self, Error> {
        let err = || {
            Error::overflow(
                "int",
                "Python int too large or negative to convert to C unsigned long",
            )
        };
        match value {
            Value::Int(i) => u64::try_from(i).map_err(|_| err()),
            Value::Bool(b) => Ok(u64::from(b)),
            Value::BigInt(b) => b.to_u64().ok_or_else(err),
            other => Err(mismatch::<u64>(&other)),
        }
    }
    fn expected() -> String {
        "int".into()
    }
}

impl FromValue for BigInt {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Bool(b) => Ok(BigInt::from(i64::from(b))),
            Value::BigInt(b) => Ok(b),
            other => Err(mismatch::<BigInt>(&other)),
        }
    }
    fn expected() -> String {
        "int".into()
    }
}

impl FromValue for f64 {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(b))),
            Value::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Error::overflow("float", "int too large to convert to float")),
            other => Err(mismatch::<f64>(&other)),
        }
    }
    fn expected() -> String {
        "float".into()
    }
}

impl FromValue for bool {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(mismatch::<bool>(&other)),
        }
    }
    fn expected() -> String {
        "bool".into()
    }
}

impl FromValue for String {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Str(s) => Ok(s),
            other => Err(mismatch::<String>(&other)),
        }
    }
    fn expected() -> String {
        "str".into()
    }
}

impl FromValue for () {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::None => Ok(()),
            other => Err(mismatch::<()>(&other)),
        }
    }
    fn expected() -> String {
        "None".into()
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::None => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
    fn expected() -> String {
        format!("{} or None", T::expected())
    }
    fn optional() -> bool {
        true
    }
}

/// Element conversion inside a container, with the container named in the
/// error.
fn element<T: FromValue>(container: &str, v: Value) -> Result<T, Error> {
    T::from_value(v).map_err(|e| match e {
        Error::Conversion(c) if c.detail.is_none() => Error::conversion(
            format!("{container} of {}", c.expected),
            format!("{container} containing {}", c.found),
        ),
        other => other,
    })
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::List(items) | Value::Tuple(items) | Value::Set(items) => {
                items.into_iter().map(|v| element::<T>("list", v)).collect()
            }
            other => Err(mismatch::<Self>(&other)),
        }
    }
    fn expected() -> String {
        "list".into()
    }
}

fn dict_from<T: FromValue, M: FromIterator<(String, T)>>(value: Value) -> Result<M, Error> {
    match value {
        Value::Dict(items) => items
            .into_iter()
            .map(|(k, v)| match k {
                Value::Str(k) => Ok((k, element::<T>("dict", v)?)),
                other => Err(Error::conversion(
                    "dict with str keys",
                    format!("dict with {} keys", other.type_name()),
                )),
            })
            .collect(),
        other => Err(Error::conversion("dict", other.type_name())),
    }
}

impl<T: FromValue> FromValue for HashMap<String, T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        dict_from(value)
    }
    fn expected() -> String {
        "dict".into()
    }
}

impl<T: FromValue> FromValue for BTreeMap<String, T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        dict_from(value)
    }
    fn expected() -> String {
        "dict".into()
    }
}

macro_rules! tuples {
    ($($n:literal => ($($t:ident),+);)+) => {$(
        impl<$($t: FromValue),+> FromValue for ($($t,)+) {
            fn from_value(value: Value) -> Result<Self, Error> {
                match value {
                    Value::Tuple(items) | Value::List(items) if items.len() == $n => {
                        let mut it = items.into_iter();
                        Ok(($(element::<$t>("tuple", it.next().unwrap_or(Value::None))?,)+))
                    }
                    Value::Tuple(items) | Value::List(items) => Err(Error::conversion(
                        format!("tuple of length {}", $n),
                        format!("tuple of length {}", items.len()),
                    )),
                    other => Err(Error::conversion("tuple", other.type_name())),
                }
            }
            fn expected() -> String {
                "tuple".into()
            }
        }
        impl<$($t: IntoValue),+> IntoValue for ($($t,)+) {
            #[allow(non_snake_case)]
            fn into_value(self) -> Value {
                let ($($t,)+) = self;
                Value::Tuple(vec![$($t.into_value()),+])
            }
        }
    )+};
}

tuples! {
    1 => (A);
    2 => (A, B);
    3 => (A, B, C);
    4 => (A, B, C, D);
}

impl IntoValue for i64 {
    fn into_value(self) -> Value {
        Value::Int(self)
    }
}

impl IntoValue for i32 {
    fn into_value(self) -> Value {
        Value::Int(i64::from(self))
    }
}

impl IntoValue for u32 {
    fn into_value(self) -> Value {
        Value::Int(i64::from(self))
    }
}

impl IntoValue for u64 {
    fn into_value(self) -> Value {
        match i64::try_from(self) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(BigInt::from(self)),
        }
    }
}

impl IntoValue for usize {
    fn into_value(self) -> Value {
        (self as u64).into_value()
    }
}

impl IntoValue for BigInt {
    fn into_value(self) -> Value {
        match self.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(self),
        }
    }
}

impl IntoValue for f64 {
    fn into_value(self) -> Value {
        Value::Float(self)
    }
}

impl IntoValue for bool {
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}

impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::Str(self)
    }
}

impl IntoValue for &str {
    fn into_value(self) -> Value {
        Value::Str(self.to_string())
    }
}

impl IntoValue for () {
    fn into_value(self) -> Value {
        Value::None
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self) -> Value {
        match self {
            Some(v) => v.into_value(),
            None => Value::None,
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Value {
        Value::List(self.into_iter().map(IntoValue::into_value).collect())
    }
}

impl<T: IntoValue> IntoValue for HashMap<String, T> {
    fn into_value(self) -> Value {
        // Sorted, so the dict's order does not depend on the hasher.
        let mut items: Vec<(String, T)> = self.into_iter().collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        Value::Dict(
            items
                .into_iter()
                .map(|(k, v)| (Value::Str(k), v.into_value()))
                .collect(),
        )
    }
}

impl<T: IntoValue> IntoValue for BTreeMap<String, T> {
    fn into_value(self) -> Value {
        Value::Dict(
            self.into_iter()
                .map(|(k, v)| (Value::Str(k), v.into_value()))
                .collect(),
        )
    }
}

macro_rules! from_into {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                v.into_value()
            }
        }
    )*};
}

from_into!(i64, i32, u32, u64, usize, f64, bool, String, &str, ());

impl<T: IntoValue> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Value {
        v.into_value()
    }
}

impl<T: IntoValue> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.into_value()
    }
}

/// Arguments of a call from Rust into Python: a tuple of up to 6
/// [`IntoValue`]s, `()` for none, or a `Vec<Value>`.
pub trait IntoArgs {
    /// The positional arguments.
    fn into_args(self) -> Vec<Value>;
}

impl IntoArgs for () {
    fn into_args(self) -> Vec<Value> {
        Vec::new()
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self) -> Vec<Value> {
        self
    }
}

macro_rules! args_tuples {
    ($(($($t:ident),+))+) => {$(
        impl<$($t: IntoValue),+> IntoArgs for ($($t,)+) {
            #[allow(non_snake_case)]
            fn into_args(self) -> Vec<Value> {
                let ($($t,)+) = self;
                vec![$($t.into_value()),+]
            }
        }
    )+};
}

args_tuples! {
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
    (A, B, C, D, E)
    (A, B, C, D, E, F)
}

impl fmt::Display for Value {
    /// Python's `repr()` of the value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn seq(f: &mut fmt::Formatter<'_>, items: &[Value]) -> fmt::Result {
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{v}")?;
            }
            Ok(())
        }
        match self {
            Value::None => f.write_str("None"),
            Value::Bool(true) => f.write_str("True"),
            Value::Bool(false) => f.write_str("False"),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Float(x) => f.write_str(
                &pyroclast_runtime::protocol::text::float_repr::float_repr(*x),
            ),
            Value::Str(s) => f.write_str(&pyroclast_runtime::protocol::ops::repr_str(s)),
            Value::Bytes(b) => f.write_str(&pyroclast_runtime::protocol::ops::repr_bytes(b)),
            Value::List(items) => {
                f.write_str("[")?;
                seq(f, items)?;
                f.write_str("]")
            }
            Value::Tuple(items) => {
                f.write_str("(")?;
                seq(f, items)?;
                if items.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
            Value::Dict(items) => {
                f.write_str("{")?;
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k}: {v}")?;
                }
                f.write_str("}")
            }
            Value::Set(items) if items.is_empty() => f.write_str("set()"),
            Value::Set(items) => {
                f.write_str("{")?;
                seq(f, items)?;
                f.write_str("}")
            }
            Value::Object(o) => write!(f, "<{} object>", o.type_name()),
        }
    }
}
