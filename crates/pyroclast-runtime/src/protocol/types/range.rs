//! `range` beyond machine integers. A range whose bounds and length fit in
//! i64 is the fast [`Range`] (loops over it never touch a big int); any
//! other is a [`BigRange`], with the same class and behaviour computed in
//! big ints. The operations that are not hot (construction, slicing,
//! `index`, `count`, equality, hash, `reversed`) are written once over big
//! ints for both.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::protocol::containers::{IndexInt, Slice, index_int};
use crate::protocol::iter::Range;
use crate::protocol::ops::type_name;
use crate::{Interp, PyResult};

/// A range some of whose numbers do not fit in i64.
pub struct BigRange {
    /// First value.
    pub start: BigInt,
    /// End (exclusive).
    pub stop: BigInt,
    /// Step (never zero).
    pub step: BigInt,
    /// Number of values.
    pub len: BigInt,
}

/// The number of values of `range(start, stop, step)`.
fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / step + 1u32
}

/// The range `range(start, stop, step)` (step not zero), as the fast type
/// when everything fits.
pub fn make_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = range_len(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return Value::Native(Rc::new(Range {
            start: a,
            stop: b,
            step: c,
        }));
    }
    Value::Native(Rc::new(BigRange {
        start,
        stop,
        step,
        len,
    }))
}

/// (start, stop, step, len) of either kind of range.
pub fn parts(v: &Value) -> Option<(BigInt, BigInt, BigInt, BigInt)> {
    if let Some(r) = v.native::<Range>() {
        return Some((r.start.into(), r.stop.into(), r.step.into(), r.len().into()));
    }
    v.native::<BigRange>().map(|r| {
        (
            r.start.clone(),
            r.stop.clone(),
            r.step.clone(),
            r.len.clone(),
        )
    })
}

/// True for a range of either kind.
pub fn is_range(v: &Value) -> bool {
    matches!(v, Value::Native(n) if n.as_any().is::<Range>() || n.as_any().is::<BigRange>())
}

fn big_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

impl Native for BigRange {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("range")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "start" => Some(Ok(big_value(self.start.clone()))),
            "stop" => Some(Ok(big_value(self.stop.clone()))),
            "step" => Some(Ok(big_value(self.step.clone()))),
            _ => None,
        }
    }
    fn py_hash(&self, vm: &Interp) -> Option<PyResult<i64>> {
        Some(hash(
            vm,
            self.start.clone(),
            self.step.clone(),
            self.len.clone(),
        ))
    }
}

/// The iterator over a [`BigRange`] (CPython's `longrange_iterator`).
pub struct BigRangeIter {
    state: RefCell<(BigInt, BigInt)>,
    step: BigInt,
}

impl Native for BigRangeIter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("longrange_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &Interp) -> Option<PyResult<Option<Value>>> {
        let mut st = self.state.borrow_mut();
        let (cur, left) = &mut *st;
        if !left.is_positive() {
            return Some(Ok(None));
        }
        let v = cur.clone();
        *cur += &self.step;
        *left -= 1u32;
        Some(Ok(Some(big_value(v))))
    }
}

/// `iter(r)` for a big range.
pub fn big_iter(r: &BigRange) -> Value {
    Value::Native(Rc::new(BigRangeIter {
        state: RefCell::new((r.start.clone(), r.len.clone())),
        step: r.step.clone(),
    }))
}

/// `reversed(r)` for a range of either kind, without listing its values.
pub fn reversed(v: &Value) -> Option<Value> {
    let (start, _, step, len) = parts(v)?;
    let last = &start + (&len - 1u32) * &step;
    let r = make_range(last, &start - &step, -step);
    if let Some(b) = r.native::<BigRange>() {
        return Some(big_iter(b));
    }
    let r = r.native::<Range>()?;
    Some(Value::Native(Rc::new(crate::protocol::iter::IterObj {
        state: RefCell::new(crate::protocol::iter::PyIter::Range {
            cur: r.start,
            left: r.len(),
            step: r.step,
        }),
        class_name: "range_iterator",
    })))
}

/// The position of the int `x` in the range, if it is one of its values.
fn position(r: &(BigInt, BigInt, BigInt, BigInt), x: &BigInt) -> Option<BigInt> {
    let (start, _, step, len) = r;
    let (q, rem) = (x - start).div_rem(step);
    (rem.is_zero() && !q.is_negative() && &q < len).then_some(q)
}

/// An int's value, for `in`, `index` and `count` (bools count as ints).
fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((*b as i64).into()),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `x in r`: ints by arithmetic, anything else by comparing with each value.
pub fn contains(vm: &Interp, range: &Value, x: &Value) -> PyResult<bool> {
    let Some(r) = parts(range) else {
        return Ok(false);
    };
    if let Some(i) = int_of(x) {
        return Ok(position(&r, &i).is_some());
    }
    let mut it = crate::protocol::iter::PyIter::new(vm, range)?;
    while let Some(v) = it.next(vm)? {
        if crate::protocol::ops::eq(vm, &v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `len(r)` for a big range.
pub fn length(vm: &Interp, r: &BigRange) -> PyResult<usize> {
    r.len.to_usize().ok_or_else(|| {
        vm.error(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `r[i]` and `r[a:b:c]` for either kind of range.
pub fn getitem(vm: &Interp, range: &Value, idx: &Value) -> PyResult<Option<Value>> {
    let Some(r) = parts(range) else {
        return Ok(None);
    };
    let (start, _, step, len) = &r;
    if let Some(i) = index_int(vm, idx)? {
        let mut i = match i {
            IndexInt::Small(i) => BigInt::from(i),
            IndexInt::Big(b) => (*b).clone(),
        };
        if i.is_negative() {
            i += len;
        }
        if i.is_negative() || &i >= len {
            return Err(vm.error(ExcKind::IndexError, "range object index out of range"));
        }
        return Ok(Some(big_value(start + i * step)));
    }
    let Some(s) = idx.native::<Slice>() else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(vm, idx)
        )));
    };
    let (i, j, k) = slice_bounds(vm, s, len)?;
    Ok(Some(make_range(
        start + &i * step,
        start + &j * step,
        step * &k,
    )))
}

/// A slice's (start, stop, step) over a sequence of length `len`, in big
/// ints (CPython's `_PySlice_GetLongIndices`).
pub fn slice_bounds(vm: &Interp, s: &Slice, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |v: &Value| -> PyResult<Option<BigInt>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        match index_int(vm, v)? {
            Some(IndexInt::Small(i)) => Ok(Some(i.into())),
            Some(IndexInt::Big(b)) => Ok(Some((*b).clone())),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(&s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += len;
                    if i < lower { lower.clone() } else { i }
                } else if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let start = clamp(get(&s.start)?, if back { &upper } else { &lower });
    let stop = clamp(get(&s.stop)?, if back { &lower } else { &upper });
    Ok((start, stop, step))
}

/// `r1 == r2`: same values in the same order.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    let ((s1, _, st1, n1), (s2, _, st2, n2)) = (parts(a)?, parts(b)?);
    Some(n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1.is_one() || st1 == st2))))
}

/// `hash(r)`, consistent with [`equal`] as CPython's.
pub fn hash(vm: &Interp, start: BigInt, step: BigInt, len: BigInt) -> PyResult<i64> {
    let items = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len.is_one() {
        vec![Value::Int(1), big_value(start), Value::None]
    } else {
        vec![big_value(len), big_value(start), big_value(step)]
    };
    crate::protocol::ops::hash_tuple(vm, &items)
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range_new(vm: &Interp, args: Args) -> PyResult<Value> {
    use crate::protocol::args::{Sig, Style, check};
    const SIG: Sig = Sig::function("range", Style::Clinic, 1, 3);
    check(vm, &args, &SIG)?;
    let ints: Vec<BigInt> = args
        .pos
        .iter()
        .map(|v| match index_int(vm, v)? {
            Some(IndexInt::Small(i)) => Ok(i.into()),
            Some(IndexInt::Big(b)) => Ok((*b).clone()),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ))),
        })
        .collect::<PyResult<_>>()?;
    let mut ints = ints.into_iter();
    let (start, stop, step) = match (ints.next(), ints.next(), ints.next()) {
        (Some(stop), None, _) => (BigInt::zero(), stop, BigInt::one()),
        (Some(start), Some(stop), None) => (start, stop, BigInt::one()),
        (Some(start), Some(stop), Some(step)) => (start, stop, step),
        _ => return Err(vm.type_error("range expected at least 1 argument, got 0")),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(start, stop, step))
}

fn this(vm: &Interp, a: &Args, name: &str) -> PyResult<(BigInt, BigInt, BigInt, BigInt)> {
    a.pos
        .first()
        .and_then(parts)
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'range' object")))
}

/// Registers the constructor and methods of range objects.
pub fn install(vm: &Interp) {
    vm.other_class("range").new.set(Some(range_new));
    // A sequence for `match` (CPython's `Py_TPFLAGS_SEQUENCE`).
    let range = vm.other_class("range");
    range
        .marker
        .set(range.marker.get() | crate::object::model::SEQUENCE);
    crate::object::model::add_methods(
        &vm.other_class("range"),
        "range",
        &[
            ("count", |vm, a| {
                let r = this(vm, &a, "count")?;
                let Some(x) = a.pos.get(1) else {
                    return Err(vm.type_error("range.count() takes exactly one argument (0 given)"));
                };
                if let Some(i) = int_of(x) {
                    return Ok(Value::Int(position(&r, &i).is_some() as i64));
                }
                let mut n = 0;
                let mut it = crate::protocol::iter::PyIter::new(vm, &a.pos[0])?;
                while let Some(v) = it.next(vm)? {
                    n += crate::protocol::ops::eq(vm, &v, x)? as i64;
                }
                Ok(Value::Int(n))
            }),
            ("index", |vm, a| {
                let r = this(vm, &a, "index")?;
                let Some(x) = a.pos.get(1) else {
                    return Err(vm.type_error("range.index() takes exactly one argument (0 given)"));
                };
                if let Some(i) = int_of(x) {
                    if let Some(p) = position(&r, &i) {
                        return Ok(big_value(p));
                    }
                } else {
                    let mut n = 0i64;
                    let mut it = crate::protocol::iter::PyIter::new(vm, &a.pos[0])?;
                    while let Some(v) = it.next(vm)? {
                        if crate::protocol::ops::eq(vm, &v, x)? {
                            return Ok(Value::Int(n));
                        }
                        n += 1;
                    }
                    return Err(vm.value_error("sequence.index(x): x not in sequence"));
                }
                let shown = crate::protocol::ops::repr(vm, x)?;
                Err(vm.value_error(format!("{shown} is not in range")))
            }),
        ],
    );
}
