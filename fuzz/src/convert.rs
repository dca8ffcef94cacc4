//! Host values built from fuzzer bytes go into Python and come back.

use arbitrary::{Result, Unstructured};
use num_bigint::Sign;
use pyroclast::{BigInt, Interpreter, Value};

fn value(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    let leaf = depth == 0;
    Ok(match u.choose_index(if leaf { 7 } else { 12 })? {
        0 => Value::None,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::Int(u.arbitrary()?),
        3 => Value::Float(u.arbitrary()?),
        4 => Value::Str(u.arbitrary()?),
        5 => Value::Bytes(u.arbitrary()?),
        6 => {
            let digits: Vec<u32> = u.arbitrary()?;
            let sign = if u.arbitrary()? {
                Sign::Minus
            } else {
                Sign::Plus
            };
            Value::BigInt(BigInt::new(sign, digits))
        }
        7 => Value::List(seq(u, depth)?),
        8 => Value::Tuple(seq(u, depth)?),
        9 => Value::Set(seq(u, depth)?),
        _ => {
            let n = u.int_in_range(0..=4)?;
            let mut items = Vec::new();
            for _ in 0..n {
                items.push((value(u, depth - 1)?, value(u, depth - 1)?));
            }
            Value::Dict(items)
        }
    })
}

fn seq(u: &mut Unstructured<'_>, depth: u32) -> Result<Vec<Value>> {
    let n = u.int_in_range(0..=4)?;
    (0..n).map(|_| value(u, depth - 1)).collect()
}

/// Sends a value built from `data` through a global, a Python call and the
/// typed conversions; a value that comes back unchanged must print as
/// Python's `repr()` of it.
pub fn round_trip(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(v) = value(&mut u, 3) else { return };
    let mut py = Interpreter::builder()
        .capture_output()
        .max_steps(100_000)
        .build();
    if py.set_global("x", v.clone()).is_err() {
        return;
    }
    let Ok(back) = py.get_global("x") else {
        panic!("global set but not readable: {v:?}");
    };
    // repr() may refuse (an int over 4,300 digits raises ValueError, as
    // in CPython); when it answers, it must agree with `Display`.
    if back == v
        && let Ok(repr) = py.eval("repr(x)")
    {
        assert_eq!(
            repr,
            Value::Str(v.to_string()),
            "Display differs from repr()"
        );
    }
    let _ = py.run("def ident(*a, **k):\n    return a[0] if a else None\n");
    let _ = py.call("ident", (v.clone(),));
    let _ = py.call("ident", (v.clone(), v.clone()));
    let _: Result<i64, _> = pyroclast::FromValue::from_value(v.clone());
    let _: Result<f64, _> = pyroclast::FromValue::from_value(v.clone());
    let _: Result<String, _> = pyroclast::FromValue::from_value(v.clone());
    let _: Result<Vec<Option<i64>>, _> = pyroclast::FromValue::from_value(v.clone());
    let _: Result<std::collections::HashMap<String, Value>, _> =
        pyroclast::FromValue::from_value(v.clone());
    let _: Result<(i64, String), _> = pyroclast::FromValue::from_value(v.clone());
    let _: Result<std::collections::BTreeMap<String, Vec<u64>>, _> = pyroclast::from_value(v);
}
