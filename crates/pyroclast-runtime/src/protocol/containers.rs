//! Subscription (`x[i]`, slices), item assignment and deletion, and `in`.

use std::any::Any;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Native, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::iter::{PyIter, Range};
use crate::protocol::ops::{self, type_name};
use crate::{Interp, PyErr, PyResult};

/// A `slice` object.
pub struct Slice {
    /// Start.
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

impl Native for Slice {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("slice")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some((|| {
            Ok(format!(
                "slice({}, {}, {})",
                ops::repr(vm, &self.start)?,
                ops::repr(vm, &self.stop)?,
                ops::repr(vm, &self.step)?
            ))
        })())
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "start" => Some(Ok(self.start.clone())),
            "stop" => Some(Ok(self.stop.clone())),
            "step" => Some(Ok(self.step.clone())),
            _ => None,
        }
    }
}

/// A new slice object.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Native(Rc::new(Slice { start, stop, step }))
}

/// A subscript's index (`seq[i]`): as [`as_index`], but an int beyond
/// i64 is CPython's `IndexError: cannot fit 'int' into an index-sized
/// integer` rather than a clamped bound.
pub fn item_index(vm: &Interp, v: &Value) -> PyResult<Option<i64>> {
    exact_index(vm, v, ExcKind::IndexError)
}

/// An index that must fit a machine integer: an int beyond i64 raises
/// `kind` with CPython's "cannot fit 'int' into an index-sized integer".
pub fn exact_index(vm: &Interp, v: &Value, kind: ExcKind) -> PyResult<Option<i64>> {
    Ok(match index_int(vm, v)? {
        Some(IndexInt::Small(i)) => Some(i),
        Some(IndexInt::Big(_)) => {
            return Err(vm.error(
                kind,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    ops::type_name(vm, v)
                ),
            ));
        }
        None => None,
    })
}

/// The int an index value stands for (ints, bools, `__index__`).
pub enum IndexInt {
    /// Fits in i64.
    Small(i64),
    /// Does not.
    Big(Rc<num_bigint::BigInt>),
}

/// `operator.index(v)` without the TypeError: `None` when `v` is not an
/// integer and has no `__index__`.
pub fn index_int(vm: &Interp, v: &Value) -> PyResult<Option<IndexInt>> {
    Ok(match v {
        Value::Int(i) => Some(IndexInt::Small(*i)),
        Value::Bool(b) => Some(IndexInt::Small(*b as i64)),
        Value::BigInt(b) => Some(IndexInt::Big(b.clone())),
        Value::Instance(inst) => {
            match crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])? {
                Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                    return index_int(vm, &r);
                }
                // An int subclass indexes by its int value.
                None if let Some(p @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) =
                    inst.payload.borrow().clone() =>
                {
                    return index_int(vm, &p);
                }
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name(vm, &other)
                    )));
                }
                None => None,
            }
        }
        _ => None,
    })
}

/// An index value as i64 (ints, bools and `__index__`); an int beyond i64
/// is clamped to i64's bounds, which is what slice bounds want.
pub fn as_index(vm: &Interp, v: &Value) -> PyResult<Option<i64>> {
    Ok(match index_int(vm, v)? {
        Some(IndexInt::Small(i)) => Some(i),
        Some(IndexInt::Big(b)) => Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        None => None,
    })
}

/// A slice's bounds as ints, before they meet a length (CPython's
/// `PySlice_Unpack`). Converting them may run Python code (`__index__`)
/// that changes the container, so a mutable container's operations unpack
/// first and then [`adjust`](SliceBounds::adjust) to the length it has
/// when they hold it.
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
}

/// Unpacks `s`: its bounds as ints (None: omitted), its step not zero.
pub fn slice_unpack(vm: &Interp, s: &Slice) -> PyResult<SliceBounds> {
    let get = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            other => match as_index(vm, other)? {
                Some(i) => Ok(Some(i)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    Ok(SliceBounds {
        start: get(&s.start)?,
        stop: get(&s.stop)?,
        step,
    })
}

impl SliceBounds {
    /// CPython's `PySlice_AdjustIndices`: (start, stop, step, length) for
    /// a sequence of `len` items, every index within it.
    pub fn adjust(self, len: i64) -> (i64, i64, i64, i64) {
        let step = self.step;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(i) => {
                    let i = if i < 0 { i.saturating_add(len) } else { i };
                    i.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(self.start, 0, 0, len), clamp(self.stop, len, 0, len))
        } else {
            (
                clamp(self.start, len - 1, -1, len - 1),
                clamp(self.stop, -1, -1, len - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                // Written so a step near i64::MAX cannot overflow.
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / step.saturating_neg() + 1
        } else {
            0
        };
        (start, stop, step, n)
    }
}

/// CPython's `PySlice_Indices`: (start, stop, step, length), for a
/// container whose length the conversions cannot change.
pub fn slice_indices(vm: &Interp, s: &Slice, len: i64) -> PyResult<(i64, i64, i64, i64)> {
    Ok(slice_unpack(vm, s)?.adjust(len))
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: i64) -> Vec<T> {
    (0..n)
        .map(|k| items[(start + k * step) as usize].clone())
        .collect()
}

/// `s[start:stop:step]` without a copy of the whole string: contiguous
/// slices cut at byte offsets (from the interpreter's character index
/// for a long string it indexed).
fn str_slice(vm: &Interp, s: &str, sl: &Slice) -> PyResult<Value> {
    let index = &vm.char_index;
    let len = index.char_len(s);
    let ascii = len == s.len();
    let (start, _, step, n) = slice_indices(vm, sl, len as i64)?;
    if n <= 0 {
        return Ok(Value::str(""));
    }
    if step == 1 {
        // An ASCII string's positions are its byte offsets.
        let at = |c: usize| {
            if ascii {
                c.min(s.len())
            } else {
                index.byte_at(s, c)
            }
        };
        let (from, to) = (at(start as usize), at((start + n) as usize));
        return Ok(Value::str(s.get(from..to).unwrap_or_default()));
    }
    let out: String = if ascii {
        let b = s.as_bytes();
        (0..n)
            .map(|k| char::from(b[(start + k * step) as usize]))
            .collect()
    } else {
        let chars: Vec<char> = s.chars().collect();
        pick(&chars, start, step, n).into_iter().collect()
    };
    Ok(Value::str(&out))
}

#[cold]
fn index_error(vm: &Interp, what: &str) -> PyErr {
    vm.error(ExcKind::IndexError, format!("{what} index out of range"))
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

#[cold]
fn bad_index_type(vm: &Interp, what: &str, idx: &Value) -> PyErr {
    vm.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        type_name(vm, idx)
    ))
}

/// A KeyError for `key`.
#[cold]
pub fn key_error(vm: &Interp, key: &Value) -> PyErr {
    PyErr(vm.new_exception(&vm.exc_class(ExcKind::KeyError), vec![key.clone()]))
}

/// `obj[idx]`.
#[inline]
pub fn getitem(vm: &Interp, obj: &Value, idx: &Value) -> PyResult<Value> {
    // `record["key"]` and `items[i]` (most subscripts) at the call site.
    match (obj, idx) {
        (Value::Dict(d), Value::Str(k))
            if let Ok(d) = d.try_borrow()
                && let Some(v) = d.get_shared_str(k) =>
        {
            Ok(v)
        }
        (Value::Dict(d), _) => dict_getitem(vm, d, idx),
        (Value::List(l), Value::Int(i)) => {
            let l = l.borrow();
            match norm_index(*i, l.len()) {
                Some(i) => Ok(l[i].clone()),
                None => Err(index_error(vm, "list")),
            }
        }
        _ => getitem_other(vm, obj, idx),
    }
}

/// `d[idx]` of a dict.
#[inline(always)]
fn dict_getitem(
    vm: &Interp,
    d: &std::cell::RefCell<crate::object::dict::Dict>,
    idx: &Value,
) -> PyResult<Value> {
    match crate::protocol::types::support::read(vm, d)?.get(vm, idx)? {
        Some(v) => Ok(v),
        None => Err(key_error(vm, idx)),
    }
}

#[inline(never)]
fn getitem_other(vm: &Interp, obj: &Value, idx: &Value) -> PyResult<Value> {
    match obj {
        // The index is converted (which may run `__index__`, which may
        // change the list) before the list is read.
        Value::List(l) => {
            if let Some(i) = item_index(vm, idx)? {
                let l = l.borrow();
                return norm_index(i, l.len())
                    .map(|i| l[i].clone())
                    .ok_or_else(|| index_error(vm, "list"));
            }
            if let Some(s) = idx.native::<Slice>() {
                let bounds = slice_unpack(vm, s)?;
                let l = l.borrow();
                let (start, _, step, n) = bounds.adjust(l.len() as i64);
                return Ok(Value::list(pick(&l, start, step, n)));
            }
            Err(bad_index_type(vm, "list", idx))
        }
        Value::Tuple(t) => {
            if let Some(i) = item_index(vm, idx)? {
                return norm_index(i, t.len())
                    .map(|i| t[i].clone())
                    .ok_or_else(|| index_error(vm, "tuple"));
            }
            if let Some(s) = idx.native::<Slice>() {
                let (start, _, step, n) = slice_indices(vm, s, t.len() as i64)?;
                return Ok(Value::tuple(pick(t, start, step, n)));
            }
            Err(bad_index_type(vm, "tuple", idx))
        }
        Value::Str(s) => {
            // A long string indexed by position keeps where its characters
            // are (`s[i]` in a loop would scan it every time).
            let index = &vm.char_index;
            index.remember(s);
            if let Some(i) = item_index(vm, idx)? {
                let len = index.char_len(s);
                // An ASCII string's positions are its byte offsets.
                let at = |i| {
                    if len == s.len() {
                        i
                    } else {
                        index.byte_at(s, i)
                    }
                };
                return norm_index(i, len)
                    .and_then(|i| s[at(i)..].chars().next())
                    .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
                    .ok_or_else(|| index_error(vm, "string"));
            }
            if let Some(sl) = idx.native::<Slice>() {
                return str_slice(vm, s, sl);
            }
            Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                type_name(vm, idx)
            )))
        }
        Value::Bytes(b) => {
            if let Some(i) = item_index(vm, idx)? {
                return norm_index(i, b.len())
                    .map(|i| Value::Int(i64::from(b[i])))
                    .ok_or_else(|| index_error(vm, "index"));
            }
            if let Some(s) = idx.native::<Slice>() {
                let (start, _, step, n) = slice_indices(vm, s, b.len() as i64)?;
                return Ok(Value::Bytes(Rc::from(pick(b, start, step, n))));
            }
            Err(bad_index_type(vm, "byte", idx))
        }
        Value::Dict(d) => dict_getitem(vm, d, idx),
        Value::Instance(inst) => {
            if let Some(r) =
                crate::protocol::classes::call_dunder1(vm, obj, "__getitem__", idx.clone())?
            {
                return Ok(r);
            }
            let payload = inst.payload.borrow().clone();
            if let Some(p) = payload {
                if let Value::Dict(d) = &p {
                    let found = crate::protocol::types::support::read(vm, d)?.get(vm, idx)?;
                    return match found {
                        Some(v) => Ok(v),
                        None => {
                            if let Some(r) = crate::protocol::classes::call_dunder1(
                                vm,
                                obj,
                                "__missing__",
                                idx.clone(),
                            )? {
                                return Ok(r);
                            }
                            Err(key_error(vm, idx))
                        }
                    };
                }
                return getitem(vm, &p, idx);
            }
            Err(not_subscriptable(vm, obj))
        }
        Value::Native(n) => {
            if let Some(r) = n.as_any().downcast_ref::<Range>()
                && let Value::Int(i) = idx
            {
                let len = r.len();
                let i = if *i < 0 { i + len } else { *i };
                if !(0..len).contains(&i) {
                    return Err(vm.error(ExcKind::IndexError, "range object index out of range"));
                }
                return Ok(Value::Int(r.get(i)));
            }
            if let Some(r) = crate::protocol::types::range::getitem(vm, obj, idx)? {
                return Ok(r);
            }
            if let Some(r) =
                crate::protocol::classes::call_dunder1(vm, obj, "__getitem__", idx.clone())?
            {
                return Ok(r);
            }
            let f = crate::protocol::classes::getattr(vm, obj, "__getitem__")
                .map_err(|_| not_subscriptable(vm, obj))?;
            crate::protocol::call::call(vm, &f, crate::object::value::Args::new(vec![idx.clone()]))
        }
        Value::Class(c) => {
            // `list[int]`: a generic alias; `Optional[str]`: the class decides.
            if let Some(f) = c.lookup("__class_getitem__") {
                // An implicit classmethod.
                let f = match f.native::<crate::protocol::classes::ClassMethod>() {
                    Some(cm) => cm.0.clone(),
                    None => f,
                };
                return crate::protocol::call::call(
                    vm,
                    &f,
                    crate::object::value::Args::new(vec![obj.clone(), idx.clone()]),
                );
            }
            if let Some(r) =
                crate::protocol::classes::call_dunder1(vm, obj, "__getitem__", idx.clone())?
            {
                return Ok(r);
            }
            if crate::protocol::types::generic_alias::subscriptable_builtin(c) {
                return Ok(crate::protocol::types::generic_alias::new(
                    obj.clone(),
                    idx.clone(),
                ));
            }
            Err(vm.type_error(format!("type '{}' is not subscriptable", c.name)))
        }
        _ => Err(not_subscriptable(vm, obj)),
    }
}

#[cold]
fn not_subscriptable(vm: &Interp, obj: &Value) -> PyErr {
    vm.type_error(format!(
        "'{}' object is not subscriptable",
        type_name(vm, obj)
    ))
}

/// `obj[idx] = v`.
pub fn setitem(vm: &Interp, obj: &Value, idx: Value, v: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Some(i) = item_index(vm, &idx)? {
                let mut l = l.borrow_mut();
                let len = l.len();
                return match norm_index(i, len) {
                    Some(i) => {
                        l[i] = v;
                        Ok(())
                    }
                    None => {
                        Err(vm.error(ExcKind::IndexError, "list assignment index out of range"))
                    }
                };
            }
            if let Some(s) = idx.native::<Slice>() {
                // Python code runs first (the bounds' `__index__`, then the
                // value's iteration); the list's length is read after.
                let bounds = slice_unpack(vm, s)?;
                let items = crate::protocol::iter::collect(vm, &v)?;
                let mut l = l.borrow_mut();
                let (start, stop, step, n) = bounds.adjust(l.len() as i64);
                if step == 1 {
                    let stop = stop.max(start);
                    l.splice(start as usize..stop as usize, items);
                    return Ok(());
                }
                if items.len() as i64 != n {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {n}",
                        items.len()
                    )));
                }
                for (k, item) in items.into_iter().enumerate() {
                    l[(start + k as i64 * step) as usize] = item;
                }
                return Ok(());
            }
            Err(bad_index_type(vm, "list", &idx))
        }
        Value::Dict(d) => crate::protocol::types::support::with_table(vm, d, |t| t.set(vm, idx, v)),
        Value::Instance(inst) => {
            if crate::protocol::classes::call_dunder(
                vm,
                obj,
                "__setitem__",
                vec![idx.clone(), v.clone()],
            )?
            .is_some()
            {
                return Ok(());
            }
            let payload = inst.payload.borrow().clone();
            match payload {
                Some(p) => setitem(vm, &p, idx, v),
                None => Err(vm.type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(vm, obj)
                ))),
            }
        }
        Value::Native(_) => {
            if crate::protocol::classes::call_dunder(
                vm,
                obj,
                "__setitem__",
                vec![idx.clone(), v.clone()],
            )?
            .is_some()
            {
                return Ok(());
            }
            let f = crate::protocol::classes::getattr(vm, obj, "__setitem__").map_err(|_| {
                vm.type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(vm, obj)
                ))
            })?;
            crate::protocol::call::call(vm, &f, crate::object::value::Args::new(vec![idx, v]))?;
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            type_name(vm, obj)
        ))),
    }
}

/// `del obj[idx]`.
pub fn delitem(vm: &Interp, obj: &Value, idx: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Some(i) = item_index(vm, idx)? {
                let mut l = l.borrow_mut();
                let len = l.len();
                return match norm_index(i, len) {
                    Some(i) => {
                        l.remove(i);
                        Ok(())
                    }
                    None => {
                        Err(vm.error(ExcKind::IndexError, "list assignment index out of range"))
                    }
                };
            }
            if let Some(s) = idx.native::<Slice>() {
                let bounds = slice_unpack(vm, s)?;
                let mut l = l.borrow_mut();
                let (start, _, step, n) = bounds.adjust(l.len() as i64);
                let mut idxs: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                idxs.sort_unstable();
                for i in idxs.into_iter().rev() {
                    l.remove(i);
                }
                return Ok(());
            }
            Err(bad_index_type(vm, "list", idx))
        }
        Value::Dict(d) => {
            let removed =
                crate::protocol::types::support::with_table(vm, d, |t| t.remove(vm, idx))?;
            match removed {
                Some(_) => Ok(()),
                None => Err(key_error(vm, idx)),
            }
        }
        Value::Instance(inst) => {
            if crate::protocol::classes::call_dunder1(vm, obj, "__delitem__", idx.clone())?
                .is_some()
            {
                return Ok(());
            }
            let payload = inst.payload.borrow().clone();
            match payload {
                Some(p) => delitem(vm, &p, idx),
                None => Err(vm.type_error(format!(
                    "'{}' object does not support item deletion",
                    type_name(vm, obj)
                ))),
            }
        }
        Value::Native(_) => {
            if crate::protocol::classes::call_dunder1(vm, obj, "__delitem__", idx.clone())?
                .is_some()
            {
                return Ok(());
            }
            let f = crate::protocol::classes::getattr(vm, obj, "__delitem__").map_err(|_| {
                vm.type_error(format!(
                    "'{}' object does not support item deletion",
                    type_name(vm, obj)
                ))
            })?;
            crate::protocol::call::call(
                vm,
                &f,
                crate::object::value::Args::new(vec![idx.clone()]),
            )?;
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item deletion",
            type_name(vm, obj)
        ))),
    }
}

/// `item in container`.
pub fn contains(vm: &Interp, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            // A str subclass's value.
            Value::Instance(_)
                if let Value::Str(sub) = crate::protocol::types::construct::unwrap(item) =>
            {
                Ok(s.contains(&*sub))
            }
            other => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(vm, other)
            ))),
        },
        Value::Bytes(b) => crate::protocol::types::bytes::bytes_contains(vm, b, item),
        Value::Dict(d) => crate::protocol::types::support::read(vm, d)?.contains(vm, item),
        Value::Set(s) => crate::protocol::types::support::read(vm, &s.items)?.contains(vm, item),
        Value::List(l) => {
            let items = l.borrow().to_vec();
            for x in &items {
                if x.is(item) || ops::eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                if x.is(item) || ops::eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(n) if n.as_any().is::<Range>() => {
            if let (Value::Int(i), Some(r)) = (item, n.as_any().downcast_ref::<Range>()) {
                let (off, step) = (*i as i128 - r.start as i128, r.step as i128);
                return Ok(off % step == 0 && (0..r.len() as i128).contains(&(off / step)));
            }
            crate::protocol::types::range::contains(vm, container, item)
        }
        Value::Native(n) if n.as_any().is::<crate::protocol::types::range::BigRange>() => {
            crate::protocol::types::range::contains(vm, container, item)
        }
        _ => {
            if let Some(r) =
                crate::protocol::classes::call_dunder1(vm, container, "__contains__", item.clone())?
            {
                return ops::truthy(vm, &r);
            }
            if let Value::Instance(inst) = container
                && let Some(p) = inst.payload.borrow().clone()
            {
                return contains(vm, &p, item);
            }
            if !crate::protocol::iter::is_iterable(vm, container) {
                return Err(vm.type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(vm, container)
                )));
            }
            let mut it = PyIter::new(vm, container)?;
            while let Some(x) = it.next(vm)? {
                if x.is(item) || ops::eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Registers the methods of slice objects.
pub fn install(vm: &Interp) {
    vm.other_class("slice").new.set(Some(slice_new));
    crate::object::model::add_methods(
        &vm.other_class("slice"),
        "slice",
        &[("indices", |vm, a| {
            let Some(s) = a.pos.first().and_then(|v| v.native::<Slice>()) else {
                return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
            };
            const SIG: Sig = Sig::method("slice", "indices", Style::One, 1, 1);
            check(vm, &a, &SIG)?;
            let v = &a.pos[1];
            let len = match index_int(vm, v)? {
                Some(IndexInt::Small(i)) => num_bigint::BigInt::from(i),
                Some(IndexInt::Big(b)) => (*b).clone(),
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        ops::type_name(vm, v)
                    )));
                }
            };
            if len.sign() == num_bigint::Sign::Minus {
                return Err(vm.value_error("length should not be negative"));
            }
            let (start, stop, step) = crate::protocol::types::range::slice_bounds(vm, s, &len)?;
            Ok(Value::tuple(vec![
                Value::from_bigint(start),
                Value::from_bigint(stop),
                Value::from_bigint(step),
            ]))
        })],
    );
}

/// `{**m}` and `f(**m)`: copies a mapping's items.
pub fn merge_mapping(vm: &Interp, d: &mut crate::object::dict::Dict, m: &Value) -> PyResult<()> {
    match m {
        Value::Dict(src) => {
            for (k, v) in src.borrow().items() {
                d.set(vm, k, v)?;
            }
            Ok(())
        }
        other => {
            if crate::protocol::classes::getattr(vm, other, "keys").is_err() {
                return Err(vm.type_error(format!(
                    "'{}' object is not a mapping",
                    ops::type_name(vm, other)
                )));
            }
            let keys = crate::protocol::classes::call_method(
                vm,
                other,
                "keys",
                crate::object::value::Args::default(),
            )?;
            for k in crate::protocol::iter::collect(vm, &keys)? {
                let v = crate::protocol::containers::getitem(vm, other, &k)?;
                d.set(vm, k, v)?;
            }
            Ok(())
        }
    }
}

/// `slice(stop)`, `slice(start, stop[, step])`.
fn slice_new(vm: &Interp, args: crate::object::value::Args) -> PyResult<Value> {
    let n = args.pos.len();
    const SIG: Sig = Sig::function("slice", Style::Clinic, 1, 3);
    check(vm, &args, &SIG)?;
    let p = |i: usize| args.pos.get(i).cloned().unwrap_or(Value::None);
    Ok(match n {
        1 => crate::protocol::containers::new_slice(Value::None, p(0), Value::None),
        _ => crate::protocol::containers::new_slice(p(0), p(1), p(2)),
    })
}
