//! Serde support: [`to_value`] serializes any `Serialize` type into a
//! [`Value`], [`from_value`] deserializes any `DeserializeOwned` type out of
//! one, and [`Serde`] lets host functions take and return such types.
//!
//! The mapping follows Python's `json` module and serde_json: structs are
//! dicts with str keys, sequences are lists, tuples are tuples, enums are
//! externally tagged (`'Unit'` or `{'Variant': content}`).

use std::fmt;

use ::serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, Expected, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use ::serde::ser::{self, Serialize};
use num_bigint::BigInt;
use num_traits::ToPrimitive as _;

use crate::{ConversionError, Error, FromValue, IntoValue, Value};

/// Serializes a Rust value into a Python [`Value`].
///
/// | Rust (serde data model)                        | Python            |
/// |------------------------------------------------|-------------------|
/// | `bool`                                         | `bool`            |
/// | integers (`u64`, `i128`, `u128` past `i64`: [`Value::BigInt`]) | `int` |
/// | `f32`, `f64`                                   | `float`           |
/// | `char`, `str`                                  | `str`             |
/// | bytes (`serialize_bytes`)                      | `bytes`           |
/// | `None`, `()`, unit struct                      | `None`            |
/// | `Some(x)`, newtype struct                      | `x`               |
/// | sequence (`Vec`, `HashSet`, ...)               | `list`            |
/// | tuple, tuple struct                            | `tuple`           |
/// | map                                            | `dict` (keys converted as values) |
/// | struct                                         | `dict` with str keys, in field order |
/// | unit variant                                   | `'Variant'`       |
/// | newtype, tuple or struct variant               | `{'Variant': content}` |
///
/// Fails with [`Error::Conversion`] when a map key would be unhashable in
/// Python (a list, dict or set) or when a `Serialize` impl reports an error.
///
/// ```
/// use pyroclast::{Interpreter, Value, to_value};
/// use serde::Serialize;
///
/// #[derive(Serialize)]
/// struct Config {
///     name: String,
///     retries: u32,
///     tags: Vec<String>,
/// }
///
/// let cfg = Config { name: "db".into(), retries: 3, tags: vec!["a".into()] };
/// let value = to_value(&cfg)?;
/// assert_eq!(value.to_string(), "{'name': 'db', 'retries': 3, 'tags': ['a']}");
///
/// let mut py = Interpreter::builder().capture_output().build();
/// py.set_global("cfg", value)?;
/// assert_eq!(py.eval("cfg['retries'] * 2")?, Value::Int(6));
/// # Ok::<(), pyroclast::Error>(())
/// ```
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, Error> {
    value.serialize(ValueSerializer).map_err(|e| e.0)
}

/// Deserializes a Rust value out of a Python [`Value`].
///
/// The reverse of [`to_value`], a little more lenient: a list, tuple, set
/// or bytes object fills any sequence (a tuple only needs the right
/// length), an `int` fills an `f64`, `True`/`False` fill integers as 1 and
/// 0, and an enum is read from `'Variant'` or a one-entry dict
/// `{'Variant': content}`. Any `None` fills an `Option` as `None`; any
/// other value is `Some`.
///
/// Fails with [`Error::Conversion`] on a type mismatch (`expected int at
/// ['points'][1]['x'], got str`: the location is in the `expected` type),
/// or, with a `detail` message, on an out-of-range int, a missing field or
/// an unknown variant. A [`Value::Object`] (a function, an instance) is not
/// data and does not deserialize.
///
/// ```
/// use pyroclast::{Interpreter, from_value};
/// use serde::Deserialize;
///
/// #[derive(Deserialize, Debug, PartialEq)]
/// struct Point {
///     x: i64,
///     y: Vec<i64>,
/// }
///
/// let mut py = Interpreter::builder().capture_output().build();
/// let p: Point = from_value(py.eval("{'x': 1, 'y': [2, 3]}")?)?;
/// assert_eq!(p, Point { x: 1, y: vec![2, 3] });
///
/// let err = from_value::<Point>(py.eval("{'x': 'one', 'y': []}")?).unwrap_err();
/// assert_eq!(err.to_string(), "expected int at ['x'], got str");
/// # Ok::<(), pyroclast::Error>(())
/// ```
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    T::deserialize(ValueDeserializer(value)).map_err(DeError::into_error)
}

/// A serde type as a host function argument or result: converts with
/// [`from_value`] and [`to_value`].
///
/// As an argument, a value that does not deserialize raises in Python
/// (`TypeError` for a type mismatch). As a result, a value that does not
/// serialize (a map with list keys, a `Serialize` impl that fails) becomes
/// the str `'<unserializable: reason>'`, since [`IntoValue`] cannot fail;
/// return `pyroclast::to_value(&x)` (a `Result<Value, Error>`) instead to
/// raise the error in Python.
///
/// ```
/// use pyroclast::{Interpreter, Serde, from_value};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Serialize, Deserialize, Debug, PartialEq)]
/// struct Point {
///     x: f64,
///     y: f64,
/// }
///
/// let mut py = Interpreter::builder().capture_output().build();
/// py.register_fn("scale", |Serde(p): Serde<Point>, k: f64| {
///     Serde(Point { x: p.x * k, y: p.y * k })
/// });
/// let p: Point = from_value(py.eval("scale({'x': 1, 'y': 2.5}, 2)")?)?;
/// assert_eq!(p, Point { x: 2.0, y: 5.0 });
/// # Ok::<(), pyroclast::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Serde<T>(pub T);

impl<T: DeserializeOwned> FromValue for Serde<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        from_value(value).map(Serde)
    }

    /// `dict`, what a struct deserializes from (the errors of
    /// [`from_value`] name the type each value needed).
    fn expected() -> String {
        "dict".into()
    }
}

impl<T: Serialize> IntoValue for Serde<T> {
    /// [`to_value`], or the str `'<unserializable: reason>'` when it fails.
    fn into_value(self) -> Value {
        to_value(&self.0).unwrap_or_else(|e| Value::Str(format!("<unserializable: {e}>")))
    }
}

// ---------------------------------------------------------------------------
// Serialization

/// A serialization error (a private type, so that [`Error`] itself does not
/// implement serde's error traits).
#[derive(Debug)]
struct SerError(Error);

impl fmt::Display for SerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for SerError {}

impl ser::Error for SerError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        SerError(Error::Conversion(ConversionError {
            expected: "data".into(),
            found: "unserializable value".into(),
            detail: Some(msg.to_string()),
        }))
    }
}

/// `{variant: content}`, an externally tagged enum variant.
fn tagged(variant: &str, content: Value) -> Value {
    Value::Dict(vec![(Value::Str(variant.into()), content)])
}

/// The type of the unhashable part of a dict key, if any.
fn unhashable(v: &Value) -> Option<&str> {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) => Some(v.type_name()),
        Value::Tuple(items) => items.iter().find_map(unhashable),
        _ => None,
    }
}

struct ValueSerializer;

impl ser::Serializer for ValueSerializer {
    type Ok = Value;
    type Error = SerError;
    type SerializeSeq = SeqSerializer;
    type SerializeTuple = SeqSerializer;
    type SerializeTupleStruct = SeqSerializer;
    type SerializeTupleVariant = SeqSerializer;
    type SerializeMap = MapSerializer;
    type SerializeStruct = MapSerializer;
    type SerializeStructVariant = MapSerializer;

    fn serialize_bool(self, v: bool) -> Result<Value, SerError> {
        Ok(Value::Bool(v))
    }

    fn serialize_i8(self, v: i8) -> Result<Value, SerError> {
        Ok(Value::Int(v.into()))
    }

    fn serialize_i16(self, v: i16) -> Result<Value, SerError> {
        Ok(Value::Int(v.into()))
    }

    fn serialize_i32(self, v: i32) -> Result<Value, SerError> {
        Ok(Value::Int(v.into()))
    }

    fn serialize_i64(self, v: i64) -> Result<Value, SerError> {
        Ok(Value::Int(v))
    }

    fn serialize_i128(self, v: i128) -> Result<Value, SerError> {
        Ok(match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(BigInt::from(v)),
        })
    }

    fn serialize_u8(self, v: u8) -> Result<Value, SerError> {
        Ok(Value::Int(v.into()))
    }

    fn serialize_u16(self, v: u16) -> Result<Value, SerError> {
        Ok(Value::Int(v.into()))
    }

    fn serialize_u32(self, v: u32) -> Result<Value, SerError> {
        Ok(Value::Int(v.into()))
    }

    fn serialize_u64(self, v: u64) -> Result<Value, SerError> {
        Ok(v.into_value())
    }

    fn serialize_u128(self, v: u128) -> Result<Value, SerError> {
        Ok(match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(BigInt::from(v)),
        })
    }

    fn serialize_f32(self, v: f32) -> Result<Value, SerError> {
        Ok(Value::Float(v.into()))
    }

    fn serialize_f64(self, v: f64) -> Result<Value, SerError> {
        Ok(Value::Float(v))
    }

    fn serialize_char(self, v: char) -> Result<Value, SerError> {
        Ok(Value::Str(v.to_string()))
    }

    fn serialize_str(self, v: &str) -> Result<Value, SerError> {
        Ok(Value::Str(v.to_owned()))
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<Value, SerError> {
        Ok(Value::Bytes(v.to_vec()))
    }

    fn serialize_none(self) -> Result<Value, SerError> {
        Ok(Value::None)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, SerError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<Value, SerError> {
        Ok(Value::None)
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, SerError> {
        Ok(Value::None)
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Value, SerError> {
        Ok(Value::Str(variant.into()))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Value, SerError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, SerError> {
        Ok(tagged(variant, value.serialize(self)?))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<SeqSerializer, SerError> {
        Ok(SeqSerializer::new(len.unwrap_or(0), false, None))
    }

    fn serialize_tuple(self, len: usize) -> Result<SeqSerializer, SerError> {
        Ok(SeqSerializer::new(len, true, None))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<SeqSerializer, SerError> {
        Ok(SeqSerializer::new(len, true, None))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<SeqSerializer, SerError> {
        Ok(SeqSerializer::new(len, true, Some(variant)))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<MapSerializer, SerError> {
        Ok(MapSerializer::new(len.unwrap_or(0), None))
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<MapSerializer, SerError> {
        Ok(MapSerializer::new(len, None))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<MapSerializer, SerError> {
        Ok(MapSerializer::new(len, Some(variant)))
    }
}

/// A list or tuple being built (inside `{variant: ...}` for a tuple
/// variant).
struct SeqSerializer {
    items: Vec<Value>,
    tuple: bool,
    variant: Option<&'static str>,
}

impl SeqSerializer {
    fn new(len: usize, tuple: bool, variant: Option<&'static str>) -> Self {
        SeqSerializer {
            items: Vec::with_capacity(len),
            tuple,
            variant,
        }
    }

    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.items.push(value.serialize(ValueSerializer)?);
        Ok(())
    }

    fn finish(self) -> Result<Value, SerError> {
        let v = if self.tuple {
            Value::Tuple(self.items)
        } else {
            Value::List(self.items)
        };
        Ok(match self.variant {
            Some(name) => tagged(name, v),
            None => v,
        })
    }
}

impl ser::SerializeSeq for SeqSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.push(value)
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

impl ser::SerializeTuple for SeqSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.push(value)
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for SeqSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.push(value)
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for SeqSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.push(value)
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

/// A dict being built (inside `{variant: ...}` for a struct variant).
struct MapSerializer {
    items: Vec<(Value, Value)>,
    key: Option<Value>,
    variant: Option<&'static str>,
}

impl MapSerializer {
    fn new(len: usize, variant: Option<&'static str>) -> Self {
        MapSerializer {
            items: Vec::with_capacity(len),
            key: None,
            variant,
        }
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), SerError> {
        let value = value.serialize(ValueSerializer)?;
        self.items.push((Value::Str(key.into()), value));
        Ok(())
    }

    fn finish(self) -> Result<Value, SerError> {
        let v = Value::Dict(self.items);
        Ok(match self.variant {
            Some(name) => tagged(name, v),
            None => v,
        })
    }
}

impl ser::SerializeMap for MapSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), SerError> {
        let key = key.serialize(ValueSerializer)?;
        if let Some(bad) = unhashable(&key) {
            let found = match &key {
                Value::Tuple(_) => format!("tuple containing {bad}"),
                _ => bad.to_string(),
            };
            return Err(SerError(Error::conversion("hashable dict key", found)));
        }
        self.key = Some(key);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        let Some(key) = self.key.take() else {
            return Err(ser::Error::custom("map value serialized before its key"));
        };
        let value = value.serialize(ValueSerializer)?;
        self.items.push((key, value));
        Ok(())
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

impl ser::SerializeStruct for MapSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        self.field(key, value)
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for MapSerializer {
    type Ok = Value;
    type Error = SerError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        self.field(key, value)
    }

    fn end(self) -> Result<Value, SerError> {
        self.finish()
    }
}

// ---------------------------------------------------------------------------
// Deserialization

/// A deserialization error, with the location of the value that failed
/// (`['points']`, `[1]`, ... innermost first, added as the error leaves each
/// container).
#[derive(Debug, Clone)]
struct DeError {
    conv: ConversionError,
    path: Vec<String>,
}

impl DeError {
    fn new(expected: impl Into<String>, found: impl Into<String>, detail: Option<String>) -> Self {
        DeError {
            conv: ConversionError {
                expected: expected.into(),
                found: found.into(),
                detail,
            },
            path: Vec::new(),
        }
    }

    /// `value` is not of the `expected` Python type.
    fn mismatch(expected: &str, value: &Value) -> Self {
        DeError::new(expected, value.type_name(), None)
    }

    /// An int that does not fit the Rust type.
    fn overflow(detail: String) -> Self {
        DeError::new("int", "int", Some(detail))
    }

    /// The error, located inside a container at `segment`.
    fn at(mut self, segment: String) -> Self {
        self.path.push(segment);
        self
    }

    fn into_error(self) -> Error {
        let mut conv = self.conv;
        if !self.path.is_empty() {
            let location: String = self.path.iter().rev().map(String::as_str).collect();
            match &mut conv.detail {
                Some(d) => *d = format!("{d} at {location}"),
                None => conv.expected = format!("{} at {location}", conv.expected),
            }
        }
        Error::Conversion(conv)
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.clone().into_error().fmt(f)
    }
}

impl std::error::Error for DeError {}

/// The Python type of what serde found.
fn unexpected_type(u: Unexpected<'_>) -> String {
    match u {
        Unexpected::Bool(_) => "bool",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) => "int",
        Unexpected::Float(_) => "float",
        Unexpected::Char(_) | Unexpected::Str(_) => "str",
        Unexpected::Bytes(_) => "bytes",
        Unexpected::Unit => "NoneType",
        Unexpected::Option => "optional value",
        Unexpected::NewtypeStruct => "newtype struct",
        Unexpected::Seq => "list",
        Unexpected::Map => "dict",
        Unexpected::Enum => "enum",
        Unexpected::UnitVariant => "unit variant",
        Unexpected::NewtypeVariant => "newtype variant",
        Unexpected::TupleVariant => "tuple variant",
        Unexpected::StructVariant => "struct variant",
        Unexpected::Other(other) => other,
    }
    .to_string()
}

/// `one of 'a', 'b'`, for unknown variants and fields.
fn one_of(names: &[&str]) -> String {
    if names.is_empty() {
        return "none".into();
    }
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    format!("one of {}", quoted.join(", "))
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new("valid value", "invalid value", Some(msg.to_string()))
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        DeError::new(exp.to_string(), unexpected_type(unexp), None)
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        DeError::new(
            exp.to_string(),
            unexpected_type(unexp),
            Some(format!("invalid value: {unexp}, expected {exp}")),
        )
    }

    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        DeError::new(
            exp.to_string(),
            format!("{len} elements"),
            Some(format!("invalid length {len}, expected {exp}")),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(
            "variant name",
            "str",
            Some(format!(
                "unknown variant '{variant}', expected {}",
                one_of(expected)
            )),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(
            "field name",
            "str",
            Some(format!(
                "unknown field '{field}', expected {}",
                one_of(expected)
            )),
        )
    }

    fn missing_field(field: &'static str) -> Self {
        DeError::new("dict", "dict", Some(format!("missing field '{field}'")))
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new("dict", "dict", Some(format!("duplicate field '{field}'")))
    }
}

/// An integer of Rust type `T` (named `ty`); `True`/`False` count as 1/0.
fn int<T: num_traits::NumCast>(value: Value, ty: &str) -> Result<T, DeError> {
    let fits = |n: Option<T>, shown: &dyn fmt::Display| {
        n.ok_or_else(|| DeError::overflow(format!("int {shown} out of range for {ty}")))
    };
    match value {
        Value::Int(i) => fits(<T as num_traits::NumCast>::from(i), &i),
        Value::Bool(b) => fits(<T as num_traits::NumCast>::from(u8::from(b)), &b),
        Value::BigInt(b) => fits(<T as num_traits::NumCast>::from(b.clone()), &b),
        other => Err(DeError::mismatch("int", &other)),
    }
}

/// A float; ints convert.
fn float(value: Value) -> Result<f64, DeError> {
    match value {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(b))),
        Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| {
            DeError::new(
                "float",
                "int",
                Some("int too large to convert to float".into()),
            )
        }),
        other => Err(DeError::mismatch("float", &other)),
    }
}

/// The items of a sequence value (bytes are a sequence of ints), or the
/// value back when it is not one.
fn seq_items(value: Value, sets: bool) -> Result<Vec<Value>, Value> {
    match value {
        Value::List(items) | Value::Tuple(items) => Ok(items),
        Value::Set(items) if sets => Ok(items),
        Value::Bytes(b) => Ok(b.into_iter().map(|x| Value::Int(x.into())).collect()),
        other => Err(other),
    }
}

/// Visits all of `items` as a sequence; items left over are an error.
fn visit_seq<'de, V: Visitor<'de>>(items: Vec<Value>, visitor: V) -> Result<V::Value, DeError> {
    let total = items.len();
    let mut seq = SeqDeserializer {
        iter: items.into_iter(),
        index: 0,
    };
    let out = visitor.visit_seq(&mut seq)?;
    if seq.iter.len() > 0 {
        return Err(DeError::new(
            format!("{} elements", seq.index),
            format!("{total} elements"),
            Some(format!(
                "too many elements: expected {}, got {total}",
                seq.index
            )),
        ));
    }
    Ok(out)
}

fn visit_dict<'de, V: Visitor<'de>>(
    items: Vec<(Value, Value)>,
    visitor: V,
) -> Result<V::Value, DeError> {
    visitor.visit_map(MapDeserializer {
        iter: items.into_iter(),
        value: None,
        segment: String::new(),
    })
}

/// An int too large for any Rust integer type, visited as the widest one
/// that holds it.
fn visit_bigint<'de, V: Visitor<'de>>(b: BigInt, visitor: V) -> Result<V::Value, DeError> {
    if let Some(i) = b.to_i64() {
        visitor.visit_i64(i)
    } else if let Some(u) = b.to_u64() {
        visitor.visit_u64(u)
    } else if let Some(i) = b.to_i128() {
        visitor.visit_i128(i)
    } else if let Some(u) = b.to_u128() {
        visitor.visit_u128(u)
    } else {
        Err(DeError::overflow(format!(
            "int {b} out of range for a 128-bit integer"
        )))
    }
}

/// A [`Value`] as a serde `Deserializer`.
struct ValueDeserializer(Value);

macro_rules! deserialize_ints {
    ($($method:ident => $visit:ident($ty:ty);)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            visitor.$visit(int::<$ty>(self.0, stringify!($ty))?)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for ValueDeserializer {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::None => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Int(i) => visitor.visit_i64(i),
            Value::BigInt(b) => visit_bigint(b, visitor),
            Value::Float(f) => visitor.visit_f64(f),
            Value::Str(s) => visitor.visit_string(s),
            Value::Bytes(b) => visitor.visit_byte_buf(b),
            Value::List(items) | Value::Tuple(items) | Value::Set(items) => {
                visit_seq(items, visitor)
            }
            Value::Dict(items) => visit_dict(items, visitor),
            other @ Value::Object(_) => Err(DeError::mismatch("data", &other)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(b),
            other => Err(DeError::mismatch("bool", &other)),
        }
    }

    deserialize_ints! {
        deserialize_i8 => visit_i8(i8);
        deserialize_i16 => visit_i16(i16);
        deserialize_i32 => visit_i32(i32);
        deserialize_i64 => visit_i64(i64);
        deserialize_i128 => visit_i128(i128);
        deserialize_u8 => visit_u8(u8);
        deserialize_u16 => visit_u16(u16);
        deserialize_u32 => visit_u32(u32);
        deserialize_u64 => visit_u64(u64);
        deserialize_u128 => visit_u128(u128);
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_f32(float(self.0)? as f32)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_f64(float(self.0)?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => visitor.visit_char(c),
                    _ => Err(DeError::new(
                        "str of length 1",
                        format!("str of length {}", s.chars().count()),
                        None,
                    )),
                }
            }
            other => Err(DeError::mismatch("str", &other)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Str(s) => visitor.visit_string(s),
            other => Err(DeError::mismatch("str", &other)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_byte_buf(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Bytes(b) => visitor.visit_byte_buf(b),
            Value::List(items) | Value::Tuple(items) => visit_seq(items, visitor),
            other => Err(DeError::mismatch("bytes", &other)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::None => visitor.visit_none(),
            other => visitor.visit_some(ValueDeserializer(other)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::None => visitor.visit_unit(),
            other => Err(DeError::mismatch("None", &other)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match seq_items(self.0, true) {
            Ok(items) => visit_seq(items, visitor),
            Err(other) => Err(DeError::mismatch("list", &other)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let type_name = self.0.type_name().to_string();
        match seq_items(self.0, false) {
            Ok(items) if items.len() == len => visit_seq(items, visitor),
            Ok(items) => Err(DeError::new(
                format!("tuple of length {len}"),
                format!("{type_name} of length {}", items.len()),
                None,
            )),
            Err(other) => Err(DeError::mismatch("tuple", &other)),
        }
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Dict(items) => visit_dict(items, visitor),
            other => Err(DeError::mismatch("dict", &other)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Str(s) => visitor.visit_enum(EnumDeserializer {
                variant: Value::Str(s),
                content: None,
            }),
            Value::Dict(items) => {
                let n = items.len();
                let mut it = items.into_iter();
                match (it.next(), it.next()) {
                    (Some((variant, content)), None) => visitor.visit_enum(EnumDeserializer {
                        variant,
                        content: Some(content),
                    }),
                    _ => Err(DeError::new(
                        "dict with one key",
                        format!("dict with {n} keys"),
                        None,
                    )),
                }
            }
            other => Err(DeError::mismatch("str or dict", &other)),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

struct SeqDeserializer {
    iter: std::vec::IntoIter<Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for SeqDeserializer {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(v) = self.iter.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(ValueDeserializer(v))
            .map(Some)
            .map_err(|e| e.at(format!("[{index}]")))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct MapDeserializer {
    iter: std::vec::IntoIter<(Value, Value)>,
    /// The value of the key just visited.
    value: Option<Value>,
    /// `[key]`, the location of that value.
    segment: String,
}

impl<'de> MapAccess<'de> for MapDeserializer {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some((key, value)) = self.iter.next() else {
            return Ok(None);
        };
        self.segment = format!("[{key}]");
        self.value = Some(value);
        seed.deserialize(ValueDeserializer(key))
            .map(Some)
            .map_err(|e| e.at(self.segment.clone()))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some(value) = self.value.take() else {
            return Err(de::Error::custom("dict value read before its key"));
        };
        seed.deserialize(ValueDeserializer(value))
            .map_err(|e| e.at(std::mem::take(&mut self.segment)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// An enum: `'Variant'` (no content) or `{'Variant': content}`.
struct EnumDeserializer {
    variant: Value,
    content: Option<Value>,
}

impl<'de> EnumAccess<'de> for EnumDeserializer {
    type Error = DeError;
    type Variant = VariantDeserializer;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantDeserializer), DeError> {
        let segment = format!("[{}]", self.variant);
        let variant = seed.deserialize(ValueDeserializer(self.variant))?;
        Ok((
            variant,
            VariantDeserializer {
                content: self.content,
                segment,
            },
        ))
    }
}

struct VariantDeserializer {
    content: Option<Value>,
    segment: String,
}

impl VariantDeserializer {
    /// The content of a variant that needs one, as a deserializer.
    fn content(self) -> Result<(ValueDeserializer, String), DeError> {
        match self.content {
            Some(v) => Ok((ValueDeserializer(v), self.segment)),
            // `'Variant'` given for a variant with data.
            None => Err(DeError::new("dict", "str", None)),
        }
    }
}

impl<'de> VariantAccess<'de> for VariantDeserializer {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.content {
            None | Some(Value::None) => Ok(()),
            Some(other) => Err(DeError::mismatch("None", &other).at(self.segment)),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        let (de, segment) = self.content()?;
        seed.deserialize(de).map_err(|e| e.at(segment))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, DeError> {
        let (de, segment) = self.content()?;
        de::Deserializer::deserialize_tuple(de, len, visitor).map_err(|e| e.at(segment))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let (de, segment) = self.content()?;
        de::Deserializer::deserialize_struct(de, "", fields, visitor).map_err(|e| e.at(segment))
    }
}
