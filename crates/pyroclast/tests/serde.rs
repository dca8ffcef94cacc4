//! Serde support: `to_value` / `from_value` round trips, structs passed to
//! and built by Python, `Serde<T>` host function arguments and results, and
//! conversion errors.
#![cfg(feature = "serde")]

use std::collections::{BTreeMap, HashMap};

use pyroclast::{BigInt, Error, Interpreter, Serde, Value, from_value, to_value};
use serde::{Deserialize, Serialize};

fn py() -> Interpreter {
    Interpreter::builder().capture_output().build()
}

fn s(text: &str) -> Value {
    Value::Str(text.into())
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
enum Shape {
    Empty,
    Circle(f64),
    Rect { w: f64, h: f64 },
    Segment(Point, Point),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Meters(f64);

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Marker;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Scene {
    name: String,
    points: Vec<Point>,
    label: Option<String>,
    parent: Option<Box<Scene>>,
    groups: HashMap<String, Vec<i64>>,
    shapes: Vec<Shape>,
    pair: (i32, String),
    scale: f64,
    visible: bool,
    big: u64,
    raw: Vec<u8>,
    length: Meters,
    marker: Marker,
    initial: char,
    small: i8,
    wide: i128,
}

fn scene() -> Scene {
    let child = Scene {
        name: "child".into(),
        points: vec![],
        label: None,
        parent: None,
        groups: HashMap::new(),
        shapes: vec![],
        pair: (-1, String::new()),
        scale: -0.5,
        visible: false,
        big: 0,
        raw: vec![],
        length: Meters(0.0),
        marker: Marker,
        initial: 'c',
        small: -128,
        wide: i128::MIN,
    };
    Scene {
        name: "héllo wörld ✓ 🦀".into(),
        points: vec![Point { x: 1.0, y: 2.5 }, Point { x: -3.0, y: 1e300 }],
        label: Some("main".into()),
        parent: Some(Box::new(child)),
        groups: HashMap::from([
            ("odd".to_string(), vec![1, 3, 5]),
            ("even".to_string(), vec![]),
        ]),
        shapes: vec![
            Shape::Empty,
            Shape::Circle(2.0),
            Shape::Rect { w: 3.0, h: 4.0 },
            Shape::Segment(Point { x: 0.0, y: 0.0 }, Point { x: 1.0, y: 1.0 }),
        ],
        pair: (7, "seven".into()),
        scale: 0.1,
        visible: true,
        big: u64::MAX,
        raw: vec![0, 127, 255],
        length: Meters(12.5),
        marker: Marker,
        initial: 'é',
        small: 127,
        wide: i128::MAX,
    }
}

#[test]
fn round_trip_nested_struct() {
    let original = scene();
    let value = to_value(&original).unwrap();
    let back: Scene = from_value(value.clone()).unwrap();
    assert_eq!(back, original);

    // And through the interpreter: Rust -> Python -> Rust.
    let mut py = py();
    py.set_global("scene", value).unwrap();
    let back: Scene = from_value(py.eval("scene").unwrap()).unwrap();
    assert_eq!(back, original);
}

#[test]
fn value_shapes() {
    let value = to_value(&scene()).unwrap();
    let Value::Dict(items) = &value else {
        panic!("expected a dict, got {value}");
    };
    let keys: Vec<&Value> = items.iter().map(|(k, _)| k).collect();
    assert_eq!(
        keys[..4],
        [&s("name"), &s("points"), &s("label"), &s("parent")]
    );
    let get = |key: &str| {
        items
            .iter()
            .find(|(k, _)| *k == s(key))
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(get("name"), s("héllo wörld ✓ 🦀"));
    assert_eq!(
        get("points").to_string(),
        "[{'x': 1.0, 'y': 2.5}, {'x': -3.0, 'y': 1e+300}]"
    );
    assert_eq!(get("label"), s("main"));
    assert_eq!(
        get("shapes").to_string(),
        "['Empty', {'Circle': 2.0}, {'Rect': {'w': 3.0, 'h': 4.0}}, \
         {'Segment': ({'x': 0.0, 'y': 0.0}, {'x': 1.0, 'y': 1.0})}]"
    );
    assert_eq!(get("pair"), Value::Tuple(vec![Value::Int(7), s("seven")]));
    assert_eq!(get("scale"), Value::Float(0.1));
    assert_eq!(get("visible"), Value::Bool(true));
    assert_eq!(get("big"), Value::BigInt(BigInt::from(u64::MAX)));
    assert_eq!(get("raw").to_string(), "[0, 127, 255]");
    assert_eq!(get("length"), Value::Float(12.5));
    assert_eq!(get("marker"), Value::None);
    assert_eq!(get("initial"), s("é"));
    assert_eq!(get("wide"), Value::BigInt(BigInt::from(i128::MAX)));
    let Value::Dict(child) = get("parent") else {
        panic!("parent is not a dict");
    };
    assert!(child.contains(&(s("label"), Value::None)));
    assert!(child.contains(&(s("parent"), Value::None)));
}

#[test]
fn scalars_and_collections() {
    assert_eq!(to_value(&()).unwrap(), Value::None);
    assert_eq!(to_value(&None::<i32>).unwrap(), Value::None);
    assert_eq!(to_value(&Some(3u8)).unwrap(), Value::Int(3));
    assert_eq!(to_value(&-5i64).unwrap(), Value::Int(-5));
    assert_eq!(to_value(&(i64::MAX as u64)).unwrap(), Value::Int(i64::MAX));
    assert_eq!(
        to_value(&(i64::MAX as u64 + 1)).unwrap(),
        Value::BigInt(BigInt::from(i64::MAX as u64 + 1))
    );
    assert_eq!(to_value(&1.5f32).unwrap(), Value::Float(1.5));
    assert_eq!(to_value("text").unwrap(), s("text"));
    assert_eq!(
        to_value(&BTreeMap::from([(2, "b"), (1, "a")])).unwrap(),
        Value::Dict(vec![(Value::Int(1), s("a")), (Value::Int(2), s("b"))])
    );
    assert_eq!(
        to_value(&HashMap::from([((1, 2), true)])).unwrap(),
        Value::Dict(vec![(
            Value::Tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Bool(true)
        )])
    );

    // Python-side leniency when reading back.
    let mut py = py();
    let v: Vec<i64> = from_value(py.eval("(1, 2, 3)").unwrap()).unwrap();
    assert_eq!(v, [1, 2, 3]);
    let mut v: Vec<i64> = from_value(py.eval("{3, 1, 2}").unwrap()).unwrap();
    v.sort();
    assert_eq!(v, [1, 2, 3]);
    let b: Vec<u8> = from_value(py.eval("b'hi'").unwrap()).unwrap();
    assert_eq!(b, b"hi");
    let f: f64 = from_value(py.eval("2 ** 3").unwrap()).unwrap();
    assert_eq!(f, 8.0);
    let t: (u8, bool, Option<String>) = from_value(py.eval("[1, True, None]").unwrap()).unwrap();
    assert_eq!(t, (1, true, None));
    let big: u128 = from_value(py.eval("2 ** 100").unwrap()).unwrap();
    assert_eq!(big, 1u128 << 100);
    let u: u64 = from_value(py.eval("2 ** 64 - 1").unwrap()).unwrap();
    assert_eq!(u, u64::MAX);
    let m: BTreeMap<i64, String> = from_value(py.eval("{2: 'b', 1: 'a'}").unwrap()).unwrap();
    assert_eq!(m, BTreeMap::from([(1, "a".into()), (2, "b".into())]));
    let shapes: Vec<Shape> = from_value(
        py.eval("['Empty', {'Circle': 1}, {'Rect': {'w': 2, 'h': 3}}]")
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        shapes,
        [
            Shape::Empty,
            Shape::Circle(1.0),
            Shape::Rect { w: 2.0, h: 3.0 }
        ]
    );
    let any: Value = py.eval("None").unwrap();
    assert_eq!(from_value::<Option<Point>>(any).unwrap(), None);
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    hosts: Vec<String>,
    timeout: Option<f64>,
}

#[test]
fn struct_into_python() {
    let cfg = Config {
        name: "db".into(),
        retries: 3,
        hosts: vec!["a".into(), "b".into()],
        timeout: None,
    };
    let mut py = py();
    py.set_global("cfg", to_value(&cfg).unwrap()).unwrap();
    assert_eq!(py.eval("cfg['name']").unwrap(), s("db"));
    py.run("print(cfg['retries'] + 1, len(cfg['hosts']), cfg['timeout'] is None)")
        .unwrap();
    assert_eq!(py.take_output(), "4 2 True\n");

    // `Serde` works anywhere an `IntoValue` does.
    py.set_global("cfg2", Serde(&cfg)).unwrap();
    assert_eq!(py.eval("cfg == cfg2").unwrap(), Value::Bool(true));
}

#[derive(Deserialize, Debug, PartialEq)]
struct Built {
    x: i64,
    y: Vec<i64>,
    #[serde(default)]
    z: Option<String>,
}

#[test]
fn struct_from_python() {
    let mut py = py();
    let b: Built = from_value(py.eval("{'x': 1, 'y': [2, 3]}").unwrap()).unwrap();
    assert_eq!(
        b,
        Built {
            x: 1,
            y: vec![2, 3],
            z: None
        }
    );
    py.run("d = {'y': list(range(3)), 'x': -7, 'z': 'zed', 'ignored': object()}")
        .unwrap();
    let b: Built = from_value(py.eval("d").unwrap()).unwrap();
    assert_eq!(
        b,
        Built {
            x: -7,
            y: vec![0, 1, 2],
            z: Some("zed".into())
        }
    );
}

#[test]
fn host_function_with_serde_types() {
    let mut py = py();
    py.register_fn("scale", |Serde(p): Serde<Point>, k: f64| {
        Serde(Point {
            x: p.x * k,
            y: p.y * k,
        })
    });
    py.register_fn("area", |Serde(shape): Serde<Shape>| match shape {
        Shape::Empty | Shape::Segment(..) => 0.0,
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
    });
    py.run(
        "p = scale({'x': 1, 'y': 2.5}, 2)\nprint(p['x'], p['y'], area({'Rect': {'w': 2, 'h': 5}}))",
    )
    .unwrap();
    assert_eq!(py.take_output(), "2.0 5.0 10.0\n");
    let p: Point = from_value(py.eval("p").unwrap()).unwrap();
    assert_eq!(p, Point { x: 2.0, y: 5.0 });

    // A wrong argument raises TypeError in Python, worded like other host
    // function arguments.
    let err = py.eval("scale([1, 2], 2)").unwrap_err();
    assert_eq!(err.exception_type(), Some("TypeError"));
    assert_eq!(err.message(), "scale() argument 1 must be dict, not list");
    let err = py.eval("scale({'x': 1, 'y': 'two'}, 2)").unwrap_err();
    assert_eq!(err.exception_type(), Some("TypeError"));
    assert_eq!(
        err.message(),
        "scale() argument 1 must be float at ['y'], not str"
    );
    py.run("try:\n    scale({'x': 1}, 2)\nexcept Exception as e:\n    print(type(e).__name__)")
        .unwrap();
    assert!(!py.take_output().is_empty());
}

#[test]
fn host_function_result_fallback() {
    // A map with list keys cannot become a dict: `Serde` falls back to a
    // str, `to_value` reports the error.
    let bad = HashMap::from([(vec![1], 1)]);
    let err = to_value(&bad).unwrap_err();
    assert_eq!(err.to_string(), "expected hashable dict key, got list");
    let mut py = py();
    py.register_fn("bad", || Serde(HashMap::from([(vec![1], 1)])));
    py.register_fn("bad_raising", || to_value(&HashMap::from([(vec![1], 1)])));
    assert_eq!(
        py.eval("bad()").unwrap(),
        s("<unserializable: expected hashable dict key, got list>")
    );
    let err = py.eval("bad_raising()").unwrap_err();
    assert_eq!(err.exception_type(), Some("TypeError"));
}

fn conversion(err: Error) -> pyroclast::ConversionError {
    match err {
        Error::Conversion(c) => c,
        other => panic!("expected a conversion error, got {other:?}"),
    }
}

#[test]
fn errors() {
    let mut py = py();

    // Missing field.
    let err = from_value::<Point>(py.eval("{'x': 1}").unwrap()).unwrap_err();
    assert_eq!(err.to_string(), "missing field 'y'");
    conversion(err);

    // Wrong type, at the top and nested, with its location.
    let err = from_value::<Point>(py.eval("[1, 2]").unwrap()).unwrap_err();
    let c = conversion(err.clone());
    assert_eq!((c.expected.as_str(), c.found.as_str()), ("dict", "list"));
    assert_eq!(err.to_string(), "expected dict, got list");
    let err = from_value::<Scene>(
        py.eval("{'name': 'n', 'points': [{'x': 1, 'y': 2}, {'x': 'one', 'y': 2}]}")
            .unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected float at ['points'][1]['x'], got str"
    );
    let err = from_value::<Vec<Vec<Point>>>(py.eval("[[], [{'x': 1}]]").unwrap()).unwrap_err();
    assert_eq!(err.to_string(), "missing field 'y' at [1][0]");

    // Out of range.
    let err = from_value::<u8>(Value::Int(300)).unwrap_err();
    let c = conversion(err.clone());
    assert_eq!(c.detail.as_deref(), Some("int 300 out of range for u8"));
    let err = from_value::<i64>(py.eval("2 ** 70").unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "int 1180591620717411303424 out of range for i64"
    );
    let err = from_value::<u32>(Value::Int(-1)).unwrap_err();
    assert_eq!(err.to_string(), "int -1 out of range for u32");

    // Enums.
    let err = from_value::<Shape>(s("Hexagon")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown variant 'Hexagon', expected one of 'Empty', 'Circle', 'Rect', 'Segment'"
    );
    let err = from_value::<Shape>(py.eval("{'Circle': 1, 'Rect': 2}").unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected dict with one key, got dict with 2 keys"
    );
    let err = from_value::<Shape>(py.eval("{'Circle': 'big'}").unwrap()).unwrap_err();
    assert_eq!(err.to_string(), "expected float at ['Circle'], got str");
    let err = from_value::<Shape>(s("Circle")).unwrap_err();
    assert_eq!(err.to_string(), "expected dict, got str");

    // Tuples need the right length.
    let err = from_value::<(i64, i64)>(py.eval("(1, 2, 3)").unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected tuple of length 2, got tuple of length 3"
    );

    // Objects are not data.
    py.run("def f(): pass").unwrap();
    let err = from_value::<Point>(py.eval("f").unwrap()).unwrap_err();
    assert_eq!(err.to_string(), "expected dict, got function");
    let err = from_value::<Config>(py.eval("{'name': f}").unwrap()).unwrap_err();
    assert_eq!(err.to_string(), "expected str at ['name'], got function");
}
