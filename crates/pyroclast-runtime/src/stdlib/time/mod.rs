//! `time`: clocks, sleep, and the calendar functions (`struct_time`,
//! `gmtime`, `localtime`, `mktime`, `asctime`, `ctime`, `strftime`,
//! `strptime`) with the results glibc gives CPython. The wall clock is the
//! interpreter's: under `--virtual-time` it runs with the virtual clock, and
//! so do the functions that default to "now".

mod civil;
mod clocks;
mod mktime;
mod strftime;
mod strptime;
mod struct_time;
mod zone;

use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

use super::toolkit::functions;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::type_name;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};
use civil::Tm;

/// Builds the `time` module.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = clocks::entries();
    entries.extend(functions(&[
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime_fn),
        ("strptime", strptime_fn),
        ("tzset", tzset),
    ]));
    entries.push(("struct_time", Value::Class(struct_time::class(vm))));
    entries.push(("_STRUCT_TM_ITEMS", Value::Int(11)));
    super::toolkit::fill(ns, entries);
    set_zone_constants(ns, &zone::local());
    Ok(())
}

/// METH_NOARGS functions: `time.time_ns() takes no arguments (1 given)`.
pub(super) fn no_args(vm: &Interp, a: &Args, name: &str) -> PyResult<()> {
    check(vm, a, &Sig::module("time", name, Style::NoArgs, 0, 0))
}

/// What CPython's `init_timezone` computes on glibc: the offsets and names
/// of local time in January and July of the current year, the larger
/// offset west being standard time.
fn set_zone_constants(ns: &Namespace, zone: &zone::Zone) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let t = now / YEAR * YEAR;
    let probe = |t: i64| -> (i64, String) {
        match zone.localtime(t) {
            Some(tm) => {
                let name: String = tm.zone.as_deref().unwrap_or("").chars().take(9).collect();
                (-tm.gmtoff, name)
            }
            None => (0, String::new()),
        }
    };
    let (jan, jan_name) = probe(t);
    let (jul, jul_name) = probe(t + YEAR / 2);
    let (timezone, altzone, names) = if jan < jul {
        // DST is reversed in the southern hemisphere.
        (jul, jan, [jul_name, jan_name])
    } else {
        (jan, jul, [jan_name, jul_name])
    };
    let mut d = ns.borrow_mut();
    d.insert(Rc::from("timezone"), Value::Int(timezone));
    d.insert(Rc::from("altzone"), Value::Int(altzone));
    d.insert(Rc::from("daylight"), Value::Int(i64::from(jan != jul)));
    d.insert(
        Rc::from("tzname"),
        Value::tuple(names.iter().map(|n| Value::str(n)).collect()),
    );
}

/// The module's `tzname` and `daylight`, which `strptime` reads (as
/// `_strptime` does, so assignments to them count).
fn module_tz(vm: &Interp) -> ([String; 2], bool) {
    let mut names = [String::new(), String::new()];
    let mut daylight = false;
    if let Some(Value::Module(m)) = vm.modules.get(vm, "time") {
        let g = m.globals.borrow();
        if let Some(Value::Tuple(t)) = g.get("tzname") {
            for (slot, v) in names.iter_mut().zip(t.iter()) {
                if let Value::Str(s) = v {
                    *slot = s.to_string();
                }
            }
        }
        daylight = matches!(g.get("daylight"), Some(Value::Int(n)) if *n != 0)
            || matches!(g.get("daylight"), Some(Value::Bool(true)));
    }
    (names, daylight)
}

/// `tzset()`: rereads `TZ` and recomputes the zone constants.
fn tzset(vm: &Interp, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "tzset")?;
    let zone = zone::reload();
    if let Some(Value::Module(m)) = vm.modules.get(vm, "time") {
        set_zone_constants(&m.globals, &zone);
    }
    Ok(Value::None)
}

/// `time(NULL)`: the interpreter's wall clock in whole seconds.
fn now_secs(vm: &Interp) -> PyResult<i64> {
    Ok(clocks::wall(vm)?.as_secs() as i64)
}

fn out_of_range(vm: &Interp) -> crate::PyErr {
    vm.error(
        ExcKind::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

/// `_PyTime_ObjectToTime_t` with `_PyTime_ROUND_FLOOR`.
fn time_t_arg(vm: &Interp, v: &Value) -> PyResult<i64> {
    match unwrap(v) {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            // i64::MAX as f64 is 2**63, itself out of range.
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                return Err(out_of_range(vm));
            }
            Ok(f as i64)
        }
        Value::BigInt(_) => Err(out_of_range(vm)),
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => match crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])? {
            Some(Value::Int(i)) => Ok(i),
            Some(Value::BigInt(_)) => Err(out_of_range(vm)),
            Some(r) => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(vm, &r)
            ))),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ))),
        },
    }
}

/// The optional seconds argument of gmtime/localtime/ctime (`|O:name`):
/// omitted or None is now.
fn secs_arg(vm: &Interp, a: &Args, name: &str) -> PyResult<i64> {
    check(vm, a, &Sig::function(name, Style::Legacy, 0, 1))?;
    match a.pos.first() {
        None | Some(Value::None) => now_secs(vm),
        Some(v) => time_t_arg(vm, v),
    }
}

/// EOVERFLOW from the C library, as CPython raises it.
fn overflow(vm: &Interp) -> crate::PyErr {
    let class = vm.exc_class(ExcKind::OSError);
    crate::PyErr(vm.new_exception(
        &class,
        vec![
            Value::Int(75),
            Value::str("Value too large for defined data type"),
        ],
    ))
}

fn local_tm(vm: &Interp, t: i64) -> PyResult<Tm> {
    zone::local().localtime(t).ok_or_else(|| overflow(vm))
}

fn gmtime(vm: &Interp, a: Args) -> PyResult<Value> {
    let t = secs_arg(vm, &a, "gmtime")?;
    let tm = civil::gmtime(t).ok_or_else(|| overflow(vm))?;
    Ok(struct_time::from_tm(vm, &tm))
}

fn localtime(vm: &Interp, a: Args) -> PyResult<Value> {
    let t = secs_arg(vm, &a, "localtime")?;
    Ok(struct_time::from_tm(vm, &local_tm(vm, t)?))
}

fn mktime(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::module("time", "mktime", Style::One, 1, 1))?;
    let tm = struct_time::to_tm(vm, &a.pos[0], "mktime")?;
    match zone::for_mktime().mktime(&tm) {
        Some(t) => Ok(Value::Float(t as f64)),
        None => Err(vm.error(ExcKind::OverflowError, "mktime argument out of range")),
    }
}

/// CPython's `_asctime`: `"%s %s%3d %.2d:%.2d:%.2d %d"`.
fn asctime_text(tm: &Tm) -> String {
    const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        WDAY[tm.wday.rem_euclid(7) as usize],
        MON[tm.mon.rem_euclid(12) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// The time-tuple argument of asctime/strftime, checked; omitted is now.
fn tuple_arg(vm: &Interp, v: Option<&Value>, fname: &str) -> PyResult<Tm> {
    match v {
        None => local_tm(vm, now_secs(vm)?),
        Some(v) => {
            let mut tm = struct_time::to_tm(vm, v, fname)?;
            struct_time::check(vm, &mut tm)?;
            Ok(tm)
        }
    }
}

fn asctime(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("asctime", Style::Clinic, 0, 1))?;
    let tm = tuple_arg(vm, a.pos.first(), "asctime")?;
    Ok(Value::str(&asctime_text(&tm)))
}

fn ctime(vm: &Interp, a: Args) -> PyResult<Value> {
    let t = secs_arg(vm, &a, "ctime")?;
    Ok(Value::str(&asctime_text(&local_tm(vm, t)?)))
}

fn strftime_fn(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("strftime", Style::Legacy, 1, 2))?;
    let fmt = match unwrap(&a.pos[0]) {
        Value::Str(s) => s,
        _ => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                type_name(vm, &a.pos[0])
            )));
        }
    };
    let mut tm = tuple_arg(vm, a.pos.get(1), "strftime")?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    // CPython retries with a doubling buffer up to 256 bytes per format
    // byte, then takes an empty result as the answer.
    let fmtlen = fmt.len();
    let mut max = 1024usize;
    while max < fmtlen.saturating_mul(256) {
        max *= 2;
    }
    let out = strftime::format(fmt.as_bytes(), &tm, &zone::local(), max).unwrap_or_default();
    Ok(Value::str(&String::from_utf8_lossy(&out)))
}

/// `_strptime._strptime(data, format)` for `datetime.strptime`: the nine
/// fields, then the `%Z` name (or None), the `%z` offset in seconds (or
/// None), the `%f` microseconds and the offset's microseconds.
pub(crate) fn strptime_parts(vm: &Interp, data: &str, format: &str) -> PyResult<Value> {
    let (names, daylight) = module_tz(vm);
    let p = strptime::strptime(vm, data, format, &names, daylight)?;
    let mut values: Vec<Value> = p.fields.iter().map(|&n| Value::Int(n)).collect();
    values.push(p.tzname.map_or(Value::None, |s| Value::str(&s)));
    values.push(p.gmtoff.map_or(Value::None, Value::Int));
    values.push(Value::Int(p.fraction));
    values.push(Value::Int(p.gmtoff_fraction));
    Ok(Value::tuple(values))
}

fn strptime_fn(vm: &Interp, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("strptime() takes no keyword arguments"));
    }
    match a.pos.len() {
        0 => {
            return Err(vm.type_error(
                "_strptime_time() missing 1 required positional argument: 'data_string'",
            ));
        }
        1 | 2 => {}
        n => {
            return Err(vm.type_error(format!(
                "_strptime_time() takes from 1 to 2 positional arguments but {n} were given"
            )));
        }
    }
    let default = Value::str("%a %b %d %H:%M:%S %Y");
    let args = [&a.pos[0], a.pos.get(1).unwrap_or(&default)];
    let mut texts = Vec::with_capacity(2);
    for (i, v) in args.into_iter().enumerate() {
        match unwrap(v) {
            Value::Str(s) => texts.push(s),
            _ => {
                let cls = Value::Class(crate::protocol::ops::type_of(vm, v));
                return Err(vm.type_error(format!(
                    "strptime() argument {i} must be str, not {}",
                    crate::protocol::ops::repr(vm, &cls)?
                )));
            }
        }
    }
    let (names, daylight) = module_tz(vm);
    let p = strptime::strptime(vm, &texts[0], &texts[1], &names, daylight)?;
    let mut values: Vec<Value> = p.fields.iter().map(|&n| Value::Int(n)).collect();
    values.push(p.tzname.map_or(Value::None, |s| Value::str(&s)));
    values.push(p.gmtoff.map_or(Value::None, Value::Int));
    Ok(struct_time::make(vm, values))
}
