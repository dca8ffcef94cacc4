//! `time`: wall clock, monotonic and performance counters, and sleep.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::toolkit::{check_pos, functions};
use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::Value;
use crate::{Interp, PyResult};

fn since_origin(vm: &Interp) -> Duration {
    vm.clock.now()
}

fn wall(vm: &Interp) -> PyResult<Duration> {
    let real = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| vm.error(ExcKind::OSError, "system clock before 1970"))?;
    // Virtual wall time moves with the virtual monotonic clock.
    Ok(real + vm.clock.drift())
}

/// Builds the `time` module.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let entries = functions(&[
        ("time", |vm, a| {
            check_pos(vm, "time", &a, 0, 0)?;
            Ok(Value::Float(wall(vm)?.as_secs_f64()))
        }),
        ("time_ns", |vm, a| {
            check_pos(vm, "time_ns", &a, 0, 0)?;
            Ok(Value::Int(wall(vm)?.as_nanos() as i64))
        }),
        ("perf_counter", |vm, a| {
            check_pos(vm, "perf_counter", &a, 0, 0)?;
            Ok(Value::Float(since_origin(vm).as_secs_f64()))
        }),
        ("perf_counter_ns", |vm, a| {
            check_pos(vm, "perf_counter_ns", &a, 0, 0)?;
            Ok(Value::Int(since_origin(vm).as_nanos() as i64))
        }),
        ("monotonic", |vm, a| {
            check_pos(vm, "monotonic", &a, 0, 0)?;
            Ok(Value::Float(since_origin(vm).as_secs_f64()))
        }),
        ("monotonic_ns", |vm, a| {
            check_pos(vm, "monotonic_ns", &a, 0, 0)?;
            Ok(Value::Int(since_origin(vm).as_nanos() as i64))
        }),
        ("process_time", |vm, a| {
            check_pos(vm, "process_time", &a, 0, 0)?;
            Ok(Value::Float(since_origin(vm).as_secs_f64()))
        }),
        ("process_time_ns", |vm, a| {
            check_pos(vm, "process_time_ns", &a, 0, 0)?;
            Ok(Value::Int(since_origin(vm).as_nanos() as i64))
        }),
        ("sleep", sleep),
    ]);
    super::toolkit::fill(ns, entries);
    Ok(())
}

fn sleep(vm: &Interp, a: crate::Args) -> PyResult<Value> {
    check_pos(vm, "sleep", &a, 1, 1)?;
    let secs = match &a.pos[0] {
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)) => {
            crate::protocol::types::construct::f64_arg(vm, v)?
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::protocol::ops::type_name(vm, other)
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
