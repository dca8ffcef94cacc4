//! Passing the host's own structs in and out of Python with serde.
//!
//! Shows how to:
//! - turn a `Serialize` struct into a Python dict with [`to_value`],
//! - read a dict built by Python back into a struct with [`from_value`],
//! - write host functions that take and return structs with [`Serde`],
//! - get a clear error when Python's data does not fit the struct.
//!
//! Run it with `cargo run -p pyroclast --example serde_structs`.

use pyroclast::{Error, Interpreter, Serde, from_value, to_value};
use serde::{Deserialize, Serialize};

/// A point in the plane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Horizontal coordinate.
    pub x: f64,
    /// Vertical coordinate.
    pub y: f64,
}

/// A named route of points, with optional tags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// The route's name.
    pub name: String,
    /// Its points, in order.
    pub points: Vec<Point>,
    /// Free-form tags.
    pub tags: Option<Vec<String>>,
}

/// Runs the example, checking every result it prints.
pub fn main() -> Result<(), Error> {
    let mut py = Interpreter::builder().capture_output().build();

    // A struct in: it becomes a dict of lists of dicts.
    let route = Route {
        name: "ridge".into(),
        points: vec![Point { x: 0.0, y: 0.0 }, Point { x: 3.0, y: 4.0 }],
        tags: None,
    };
    py.set_global("route", to_value(&route)?)?;
    py.run(
        r#"
import math
a, b = route['points']
print(route['name'], 'is', math.dist((a['x'], a['y']), (b['x'], b['y'])), 'long; tags:', route['tags'])
"#,
    )?;
    let out = py.take_output();
    print!("{out}");
    assert_eq!(out, "ridge is 5.0 long; tags: None\n");

    // A struct out: Python builds the data, Rust reads it typed.
    let built: Route = from_value(py.eval(
        "{'name': 'loop', 'points': [{'x': i, 'y': i * i} for i in range(3)], 'tags': ['easy']}",
    )?)?;
    println!("{built:?}");
    assert_eq!(built.points[2], Point { x: 2.0, y: 4.0 });
    assert_eq!(built.tags.as_deref(), Some(&["easy".to_string()][..]));

    // Host functions that take and return structs.
    py.register_fn("midpoint", |a: Serde<Point>, b: Serde<Point>| {
        Serde(Point {
            x: (a.0.x + b.0.x) / 2.0,
            y: (a.0.y + b.0.y) / 2.0,
        })
    });
    let mid = py.eval("midpoint({'x': 0, 'y': 0}, {'x': 4, 'y': 2})")?;
    println!("midpoint: {mid}");
    assert_eq!(mid.to_string(), "{'x': 2.0, 'y': 1.0}");

    // Data that does not fit is a TypeError in Python, and a conversion
    // error in Rust.
    let err = py.eval("midpoint({'x': 0}, {'x': 4, 'y': 2})").unwrap_err();
    println!("{}", err.message());
    assert_eq!(err.exception_type(), Some("TypeError"));
    let err = from_value::<Point>(py.eval("{'x': 'left', 'y': 0}")?).unwrap_err();
    println!("{err}");
    assert!(matches!(err, Error::Conversion(_)));
    Ok(())
}
