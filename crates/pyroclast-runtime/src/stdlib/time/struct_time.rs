//! `time.struct_time`: CPython's struct sequence, a tuple of the nine
//! visible fields (so it indexes, unpacks and compares as a tuple) with
//! `tm_zone` and `tm_gmtoff` as attributes only. Also the conversions
//! between it (or a plain 9-tuple) and C's `struct tm`.

use std::any::Any;
use std::rc::Rc;

use super::civil::Tm;
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Instance, Layout};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::classes::Property;
use crate::protocol::ops::{repr, type_name};
use crate::protocol::types::construct::unwrap;
use crate::stdlib::toolkit::{bind_args, cached_class, new_class, this};
use crate::{Interp, PyResult};

/// The field names, visible ones first.
const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

/// How many fields are part of the tuple.
const VISIBLE: usize = 9;

const DOC: &str = "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.";

/// Reads field `i`: from the tuple for visible fields, from the instance
/// dict for the others (they are not part of the sequence).
struct Field(usize);

impl Native for Field {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("member_descriptor")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        let Some(obj) = args.pos.first() else {
            return Some(Err(vm.type_error("descriptor needs an object")));
        };
        Some(Ok(field(obj, self.0)))
    }
}

/// Field `i` of a struct_time value.
fn field(obj: &Value, i: usize) -> Value {
    if i < VISIBLE {
        return match unwrap(obj) {
            Value::Tuple(t) => t.get(i).cloned().unwrap_or(Value::None),
            _ => Value::None,
        };
    }
    match obj {
        Value::Instance(inst) => inst
            .dict
            .borrow()
            .get(FIELDS[i])
            .cloned()
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn readonly(vm: &Interp, _a: Args) -> PyResult<Value> {
    Err(vm.error(ExcKind::AttributeError, "readonly attribute"))
}

const METHODS: &[(&str, BuiltinFn)] = &[("__repr__", st_repr), ("__reduce__", st_reduce)];

/// The `time.struct_time` class.
pub fn class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "time.struct_time", |vm| {
        let class = new_class(
            vm,
            "struct_time",
            "time",
            vec![vm.types.tuple.clone()],
            Layout::Builtin,
            "struct_time",
            METHODS,
        );
        let names: Vec<Value> = FIELDS[..VISIBLE].iter().map(|f| Value::str(f)).collect();
        {
            let mut d = class.dict.borrow_mut();
            d.insert(
                Rc::from("__new__"),
                crate::object::value::builtin("__new__", st_new),
            );
            d.insert(Rc::from("__doc__"), Value::str(DOC));
            d.insert(Rc::from("__match_args__"), Value::tuple(names));
            d.insert(Rc::from("__slots__"), Value::tuple(vec![]));
            d.insert(Rc::from("n_fields"), Value::Int(FIELDS.len() as i64));
            d.insert(Rc::from("n_sequence_fields"), Value::Int(VISIBLE as i64));
            d.insert(Rc::from("n_unnamed_fields"), Value::Int(0));
            let ro = crate::object::value::builtin("__set__", readonly);
            for (i, f) in FIELDS.iter().enumerate() {
                d.insert(
                    Rc::from(*f),
                    Value::Native(Rc::new(Property::new(
                        Value::Native(Rc::new(Field(i))),
                        ro.clone(),
                        ro.clone(),
                    ))),
                );
            }
        }
        class
            .marker
            .set(class.marker.get() | crate::protocol::classes::HAS_DATA_DESCRIPTOR);
        class
    })
}

/// A struct_time from its eleven field values.
pub fn make(vm: &Interp, mut values: Vec<Value>) -> Value {
    values.resize(FIELDS.len(), Value::None);
    let extra = values.split_off(VISIBLE);
    let inst = Instance::new(&class(vm), None, Some(Value::tuple(values)));
    {
        let mut d = inst.dict.borrow_mut();
        for (name, v) in FIELDS[VISIBLE..].iter().zip(extra) {
            d.insert(Rc::from(*name), v);
        }
    }
    Value::instance(inst)
}

/// CPython's `tmtotuple`: a struct_time from a broken-down time.
pub fn from_tm(vm: &Interp, tm: &Tm) -> Value {
    let zone = match &tm.zone {
        Some(z) => Value::Str(z.clone()),
        None => Value::None,
    };
    make(
        vm,
        vec![
            Value::Int(tm.year),
            Value::Int(tm.mon + 1),
            Value::Int(tm.mday),
            Value::Int(tm.hour),
            Value::Int(tm.min),
            Value::Int(tm.sec),
            Value::Int((tm.wday + 6) % 7),
            Value::Int(tm.yday + 1),
            Value::Int(tm.isdst),
            zone,
            Value::Int(tm.gmtoff),
        ],
    )
}

/// `structseq(sequence, dict=None)`: 9 to 11 items; missing attributes
/// come from `dict` or are None.
fn st_new(vm: &Interp, a: Args) -> PyResult<Value> {
    let mut a = a;
    let cls = if a.pos.is_empty() {
        class(vm)
    } else {
        match a.pos.remove(0) {
            Value::Class(c) => c,
            _ => return Err(vm.type_error("__new__(X): X is not a type object")),
        }
    };
    let v = bind_args(vm, "structseq", a, &["sequence", "dict"], 1)?;
    let seq = v[0].clone().unwrap_or(Value::None);
    if !crate::protocol::iter::is_iterable(vm, &seq) {
        return Err(vm.type_error("constructor requires a sequence"));
    }
    let items = crate::protocol::iter::collect(vm, &seq)?;
    let dict = match &v[1] {
        None => None,
        Some(d) => match unwrap(d) {
            Value::Dict(d) => Some(d),
            _ => {
                return Err(vm.type_error("time.struct_time() takes a dict as second arg, if any"));
            }
        },
    };
    let n = items.len();
    if n < VISIBLE {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least {VISIBLE}-sequence ({n}-sequence given)"
        )));
    }
    if n > FIELDS.len() {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most {}-sequence ({n}-sequence given)",
            FIELDS.len()
        )));
    }
    let mut values = items;
    for name in &FIELDS[n..] {
        let from_dict = match &dict {
            Some(d) => d.borrow().get(vm, &Value::str(name))?,
            None => None,
        };
        values.push(from_dict.unwrap_or(Value::None));
    }
    let st = make(vm, values);
    if !Rc::ptr_eq(&cls, &class(vm))
        && let Value::Instance(i) = &st
    {
        // A subclass: the same layout under the caller's class.
        let inst = Instance::new(&cls, None, i.payload.borrow().clone());
        *inst.dict.borrow_mut() = i.dict.borrow().clone();
        return Ok(Value::instance(inst));
    }
    Ok(st)
}

fn st_repr(vm: &Interp, a: Args) -> PyResult<Value> {
    let me = this(vm, &a)?;
    let mut parts = Vec::with_capacity(VISIBLE);
    for (i, name) in FIELDS[..VISIBLE].iter().enumerate() {
        parts.push(format!("{name}={}", repr(vm, &field(&me, i))?));
    }
    Ok(Value::str(&format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

fn st_reduce(vm: &Interp, a: Args) -> PyResult<Value> {
    let me = this(vm, &a)?;
    let tuple: Vec<Value> = (0..VISIBLE).map(|i| field(&me, i)).collect();
    let mut d = crate::object::dict::Dict::new();
    for (i, name) in FIELDS.iter().enumerate().skip(VISIBLE) {
        d.set(vm, Value::str(name), field(&me, i))?;
    }
    Ok(Value::tuple(vec![
        Value::Class(crate::protocol::ops::type_of(vm, &me)),
        Value::tuple(vec![Value::tuple(tuple), Value::dict(d)]),
    ]))
}

/// A C int from a tuple item, as `PyArg_ParseTuple`'s `i` reads it.
pub fn c_int(vm: &Interp, v: &Value) -> PyResult<i64> {
    let n = c_long(vm, v)?;
    if n > i64::from(i32::MAX) {
        return Err(vm.error(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        ));
    }
    if n < i64::from(i32::MIN) {
        return Err(vm.error(
            ExcKind::OverflowError,
            "signed integer is less than minimum",
        ));
    }
    Ok(n)
}

/// A C long, as `PyLong_AsLong` reads it (`__index__`, no floats).
pub fn c_long(vm: &Interp, v: &Value) -> PyResult<i64> {
    match unwrap(v) {
        Value::BigInt(_) => Err(vm.error(
            ExcKind::OverflowError,
            "Python int too large to convert to C long",
        )),
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])? {
                return c_long(vm, &r);
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            )))
        }
    }
}

/// CPython's `gettmarg`: a struct_time or 9-tuple as C's `struct tm`
/// (`fname` words the length error); a struct_time also gives its zone and
/// offset.
pub fn to_tm(vm: &Interp, v: &Value, fname: &str) -> PyResult<Tm> {
    let Value::Tuple(items) = unwrap(v) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != VISIBLE {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; VISIBLE];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        *slot = c_int(vm, item)?;
    }
    if f[0] < i64::from(i32::MIN) + 1900 {
        return Err(vm.error(ExcKind::OverflowError, "year out of range"));
    }
    let mut tm = Tm {
        year: f[0],
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        // C's `%` keeps the sign, so a negative weekday stays negative
        // and `checktm` rejects it.
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        gmtoff: 0,
        zone: None,
    };
    if let Value::Instance(inst) = v
        && Rc::ptr_eq(&inst.class, &class(vm))
    {
        match field(v, 9) {
            Value::None => {}
            Value::Str(s) => tm.zone = Some(s),
            _ => return Err(vm.type_error("bad argument type for built-in operation")),
        }
        match field(v, 10) {
            Value::None => {}
            other => tm.gmtoff = c_long(vm, &other)?,
        }
    }
    Ok(tm)
}

/// CPython's `checktm`: the ranges `strftime` and `asctime` index with;
/// a zero month, day or year day stands for the first.
pub fn check(vm: &Interp, tm: &mut Tm) -> PyResult<()> {
    let bad = |what: &str| Err(vm.value_error(format!("{what} out of range")));
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return bad("month");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.sec) {
        return bad("seconds");
    }
    if tm.wday < 0 {
        return bad("day of week");
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return bad("day of year");
    }
    Ok(())
}
