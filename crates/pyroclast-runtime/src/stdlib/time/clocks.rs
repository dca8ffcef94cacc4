//! The clocks: wall, monotonic, performance and CPU time, the POSIX
//! `clock_*` functions over them, `get_clock_info`, and `sleep`. All but
//! the CPU clocks are the interpreter's (`vm.clock`), so they follow the
//! virtual clock under `--virtual-time`.

use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::no_args;
use super::struct_time::c_int;
use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::type_name;
use crate::protocol::types::construct::unwrap;
use crate::stdlib::toolkit::functions;
use crate::{Interp, PyResult};

fn since_origin(vm: &Interp) -> Duration {
    vm.clock.now()
}

/// The wall clock: real time plus the virtual clock's lead.
pub(super) fn wall(vm: &Interp) -> PyResult<Duration> {
    let real = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| vm.error(ExcKind::OSError, "system clock before 1970"))?;
    // Virtual wall time moves with the virtual monotonic clock.
    Ok(real + vm.clock.drift())
}

/// CPU time of the process (`which` = "self") or thread ("thread-self")
/// from the scheduler's statistics; on the virtual clock, or where they
/// cannot be read, the interpreter's monotonic time, which never runs
/// backwards either.
fn cpu_time(vm: &Interp, which: &str) -> Duration {
    if !vm.clock.is_virtual()
        && let Ok(s) = std::fs::read_to_string(format!("/proc/{which}/schedstat"))
        && let Some(ns) = s.split_whitespace().next().and_then(|n| n.parse().ok())
    {
        return Duration::from_nanos(ns);
    }
    since_origin(vm)
}

/// Linux's clock ids, as CPython exports them.
const CLOCK_IDS: [(&str, i64); 7] = [
    ("CLOCK_REALTIME", 0),
    ("CLOCK_MONOTONIC", 1),
    ("CLOCK_PROCESS_CPUTIME_ID", 2),
    ("CLOCK_THREAD_CPUTIME_ID", 3),
    ("CLOCK_MONOTONIC_RAW", 4),
    ("CLOCK_BOOTTIME", 7),
    ("CLOCK_TAI", 11),
];

/// The reading of clock `id`, or EINVAL.
fn read_clock(vm: &Interp, id: i64) -> PyResult<Duration> {
    match id {
        0 => wall(vm),
        // TAI runs 37 s ahead of UTC since 2017.
        11 => Ok(wall(vm)? + Duration::from_secs(37)),
        1 | 4 | 7 => Ok(since_origin(vm)),
        2 => Ok(cpu_time(vm, "self")),
        3 => Ok(cpu_time(vm, "thread-self")),
        _ => Err(crate::PyErr(vm.new_exception(
            &vm.exc_class(ExcKind::OSError),
            vec![Value::Int(22), Value::str("Invalid argument")],
        ))),
    }
}

/// The clock id argument of the `clock_*` functions (`i:name`).
fn clock_arg(vm: &Interp, a: &Args, name: &str) -> PyResult<i64> {
    check(vm, a, &Sig::function(name, Style::Legacy, 1, 1))?;
    c_int(vm, &a.pos[0])
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("time", |vm, a| {
        no_args(vm, &a, "time")?;
        Ok(Value::Float(wall(vm)?.as_secs_f64()))
    }),
    ("time_ns", |vm, a| {
        no_args(vm, &a, "time_ns")?;
        Ok(Value::Int(wall(vm)?.as_nanos() as i64))
    }),
    ("perf_counter", |vm, a| {
        no_args(vm, &a, "perf_counter")?;
        Ok(Value::Float(since_origin(vm).as_secs_f64()))
    }),
    ("perf_counter_ns", |vm, a| {
        no_args(vm, &a, "perf_counter_ns")?;
        Ok(Value::Int(since_origin(vm).as_nanos() as i64))
    }),
    ("monotonic", |vm, a| {
        no_args(vm, &a, "monotonic")?;
        Ok(Value::Float(since_origin(vm).as_secs_f64()))
    }),
    ("monotonic_ns", |vm, a| {
        no_args(vm, &a, "monotonic_ns")?;
        Ok(Value::Int(since_origin(vm).as_nanos() as i64))
    }),
    ("process_time", |vm, a| {
        no_args(vm, &a, "process_time")?;
        Ok(Value::Float(cpu_time(vm, "self").as_secs_f64()))
    }),
    ("process_time_ns", |vm, a| {
        no_args(vm, &a, "process_time_ns")?;
        Ok(Value::Int(cpu_time(vm, "self").as_nanos() as i64))
    }),
    ("thread_time", |vm, a| {
        no_args(vm, &a, "thread_time")?;
        Ok(Value::Float(cpu_time(vm, "thread-self").as_secs_f64()))
    }),
    ("thread_time_ns", |vm, a| {
        no_args(vm, &a, "thread_time_ns")?;
        Ok(Value::Int(cpu_time(vm, "thread-self").as_nanos() as i64))
    }),
    ("clock_gettime", |vm, a| {
        let id = clock_arg(vm, &a, "clock_gettime")?;
        Ok(Value::Float(read_clock(vm, id)?.as_secs_f64()))
    }),
    ("clock_gettime_ns", |vm, a| {
        // CPython names it clock_gettime in its errors too.
        let id = clock_arg(vm, &a, "clock_gettime")?;
        Ok(Value::Int(read_clock(vm, id)?.as_nanos() as i64))
    }),
    ("clock_getres", |vm, a| {
        let id = clock_arg(vm, &a, "clock_getres")?;
        read_clock(vm, id)?;
        Ok(Value::Float(1e-09))
    }),
    ("sleep", sleep),
    ("get_clock_info", get_clock_info),
];

/// The clock functions and constants, as module entries.
pub(super) fn entries() -> Vec<(&'static str, Value)> {
    let mut e = functions(FUNCTIONS);
    e.extend(CLOCK_IDS.iter().map(|&(n, v)| (n, Value::Int(v))));
    e
}

fn sleep(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::module("time", "sleep", Style::One, 1, 1))?;
    let secs = match &a.pos[0] {
        v @ (Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Instance(_))
            if crate::protocol::ops::to_f64(vm, &crate::protocol::types::construct::unwrap(v))?
                .is_some() =>
        {
            crate::protocol::types::construct::f64_arg(vm, v)?
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, other)
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 0.0 {
        let d = Duration::try_from_secs_f64(secs)
            .map_err(|_| vm.error(ExcKind::OverflowError, "sleep length is too large"))?;
        vm.sleep_blocking(d)?;
    }
    Ok(Value::None)
}

fn get_clock_info(vm: &Interp, a: Args) -> PyResult<Value> {
    check(
        vm,
        &a,
        &Sig::function("get_clock_info", Style::Legacy, 1, 1),
    )?;
    let Value::Str(name) = unwrap(&a.pos[0]) else {
        return Err(vm.type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            type_name(vm, &a.pos[0])
        )));
    };
    let (implementation, monotonic, adjustable) = match &*name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let types = vm.import("types")?;
    let ns_class = crate::protocol::classes::getattr(vm, &types, "SimpleNamespace")?;
    let kw: Vec<(Rc<str>, Value)> = vec![
        (Rc::from("implementation"), Value::str(implementation)),
        (Rc::from("monotonic"), Value::Bool(monotonic)),
        (Rc::from("adjustable"), Value::Bool(adjustable)),
        (Rc::from("resolution"), Value::Float(1e-09)),
    ];
    crate::protocol::call::call(vm, &ns_class, Args { pos: vec![], kw })
}
