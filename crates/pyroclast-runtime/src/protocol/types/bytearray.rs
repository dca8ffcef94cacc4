//! `bytearray`: a mutable byte buffer. Its read-only methods are bytes'
//! (`strlike.rs` and `bytes.rs`, registered for the `ByteArray` kind);
//! this file holds the object, its mutators and its operators.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::args::*;
use crate::protocol::containers::Slice;
use crate::protocol::containers::{SliceBounds, item_index, slice_unpack};
use crate::protocol::ops::{ordering_result, type_name};
use crate::protocol::types::construct::unwrap;
use crate::protocol::types::memoryview::MemoryView;
use crate::protocol::types::strlike::{self, ByteArray as Kind};
use crate::{Interp, PyErr, PyResult};
use pyroclast_syntax::ast::CmpOp;

const BA: &str = "bytearray";

/// A bytearray.
pub struct ByteArray {
    /// The bytes.
    pub data: RefCell<Vec<u8>>,
    /// Live memoryviews over it: while any exists its size cannot change.
    pub exports: Cell<usize>,
}

impl ByteArray {
    /// A new bytearray value.
    pub fn value(data: Vec<u8>) -> Value {
        Value::Native(Rc::new(ByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }))
    }

    /// Mutable access for an operation that may change the size.
    fn resizable(&self, vm: &Interp) -> PyResult<std::cell::RefMut<'_, Vec<u8>>> {
        if self.exports.get() > 0 {
            return Err(vm.error(
                ExcKind::BufferError,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        crate::protocol::types::support::write(vm, &self.data)
    }
}

impl Native for ByteArray {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(BA)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        // Quoted as bytes are, but `'` is always escaped (CPython's
        // bytearray_repr).
        let data = self.data.borrow();
        let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
            '"'
        } else {
            '\''
        };
        let mut b = format!("b{quote}");
        for &c in data.iter() {
            match c {
                b'\'' => b.push_str("\\'"),
                b'"' => b.push('"'),
                c => {
                    let r = crate::protocol::ops::repr_bytes(&[c]);
                    b.push_str(&r[2..r.len() - 1]);
                }
            }
        }
        Some(Ok(format!("bytearray({b}{quote})")))
    }
}

/// The contents of a bytes-like object (bytes, bytearray, memoryview, or a
/// subclass instance of one); `None` for anything else.
pub fn buffer(v: &Value) -> Option<Rc<[u8]>> {
    let v = unwrap(v);
    match &v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Native(n) => {
            if let Some(ba) = n.as_any().downcast_ref::<ByteArray>() {
                Some(Rc::from(&ba.data.borrow()[..]))
            } else {
                n.as_any()
                    .downcast_ref::<MemoryView>()
                    .and_then(|m| m.contents().map(Rc::from))
            }
        }
        _ => None,
    }
}

/// An item of a bytes-like sequence: an int in range(0, 256).
pub(crate) fn byte_value(vm: &Interp, v: &Value) -> PyResult<u8> {
    match crate::protocol::containers::as_index(vm, v)? {
        Some(i) => u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        ))),
    }
}

/// The bytes of `v` given where bytes are expected: a bytes-like object, or
/// an iterable of byte values; `None` when `v` is neither.
pub(crate) fn iterable_bytes(vm: &Interp, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = buffer(v) {
        return Ok(Some(b.to_vec()));
    }
    if matches!(unwrap(v), Value::Str(_)) || !crate::protocol::iter::is_iterable(vm, v) {
        return Ok(None);
    }
    let mut out = Vec::new();
    for x in crate::protocol::iter::collect(vm, v)? {
        out.push(byte_value(vm, &x)?);
    }
    Ok(Some(out))
}

fn this(vm: &Interp, a: &Args, name: &str) -> PyResult<Rc<dyn Native>> {
    if let Some(v) = a.pos.first()
        && let Value::Native(n) = unwrap(v)
        && n.as_any().is::<ByteArray>()
    {
        return Ok(n);
    }
    let got = a.pos.first().map_or("nothing".into(), |v| type_name(vm, v));
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{got}' object"
    )))
}

/// Runs `f` on the receiver of a bytearray method.
fn with<R>(
    vm: &Interp,
    a: &Args,
    name: &str,
    f: impl FnOnce(&ByteArray) -> PyResult<R>,
) -> PyResult<R> {
    let n = this(vm, a, name)?;
    match n.as_any().downcast_ref::<ByteArray>() {
        Some(b) => f(b),
        None => Err(vm.type_error("bytearray expected")),
    }
}

/// Registers bytearray's constructor, methods and operators.
pub fn install(vm: &Interp) {
    let class = vm.other_class(BA);
    class.new.set(Some(bytearray_new));
    class
        .marker
        .set(class.marker.get() | crate::object::model::SEQUENCE);
    crate::object::model::add_methods(&class, BA, &strlike::methods::<Kind>());
    crate::object::model::add_methods(
        &class,
        BA,
        &crate::protocol::types::bytes::own_methods::<Kind>(),
    );
    crate::object::model::add_methods(&class, BA, METHODS);
    crate::protocol::types::bytes::add_class_methods::<Kind>(&class, BA);
    class
        .dict
        .borrow_mut()
        .insert(Rc::from("__hash__"), Value::None);
    vm.other_class("bytearray_iterator");
}

/// `bytearray(source=b'', encoding=None, errors=None)`; `args.pos[0]` is
/// not the class (the constructor is called as `class.new`).
fn bytearray_new(vm: &Interp, args: Args) -> PyResult<Value> {
    let data = crate::protocol::types::bytes::from_source(vm, BA, args)?;
    Ok(ByteArray::value(data))
}

fn index_of(vm: &Interp, i: i64, len: usize) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    usize::try_from(j)
        .ok()
        .filter(|j| *j < len)
        .ok_or_else(|| vm.error(ExcKind::IndexError, "bytearray index out of range"))
}

fn bad_index(vm: &Interp, idx: &Value) -> PyErr {
    vm.type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        type_name(vm, idx)
    ))
}

fn getitem(vm: &Interp, a: Args) -> PyResult<Value> {
    let idx = a.pos.get(1).cloned().unwrap_or(Value::None);
    // The index is converted (`__index__` may change the bytearray)
    // before the bytes are read.
    with(vm, &a, "__getitem__", |b| {
        if let Some(i) = item_index(vm, &idx)? {
            let data = b.data.borrow();
            return Ok(Value::Int(i64::from(data[index_of(vm, i, data.len())?])));
        }
        if let Some(s) = idx.native::<Slice>() {
            let bounds = slice_unpack(vm, s)?;
            let data = b.data.borrow();
            let (start, _, step, n) = bounds.adjust(data.len() as i64);
            let out = (0..n).map(|k| data[(start + k * step) as usize]).collect();
            return Ok(ByteArray::value(out));
        }
        Err(bad_index(vm, &idx))
    })
}

/// Writes `items` over the slice `bounds` of `data` (resizing it when the
/// step is 1); `resizable` says whether the size may change.
fn assign_slice(
    vm: &Interp,
    data: &mut Vec<u8>,
    bounds: SliceBounds,
    items: Vec<u8>,
    resizable: bool,
) -> PyResult<()> {
    let (start, stop, step, n) = bounds.adjust(data.len() as i64);
    if step == 1 {
        let stop = stop.max(start) as usize;
        if items.len() != stop - start as usize && !resizable {
            return Err(vm.error(
                ExcKind::BufferError,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        data.splice(start as usize..stop, items);
        return Ok(());
    }
    if items.len() as i64 != n {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            items.len()
        )));
    }
    for (k, item) in items.into_iter().enumerate() {
        data[(start + k as i64 * step) as usize] = item;
    }
    Ok(())
}

fn setitem(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "__setitem__", Style::Slot, 2, 2))?;
    let (idx, v) = (a.pos[1].clone(), a.pos[2].clone());
    if let Some(i) = item_index(vm, &idx)? {
        let byte = byte_value(vm, &v)?;
        return with(vm, &a, "__setitem__", |b| {
            let mut data = crate::protocol::types::support::write(vm, &b.data)?;
            let k = index_of(vm, i, data.len())?;
            data[k] = byte;
            Ok(Value::None)
        });
    }
    let Some(s) = idx.native::<Slice>() else {
        return Err(bad_index(vm, &idx));
    };
    let bounds = slice_unpack(vm, s)?;
    let items = match &v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => None,
        v => iterable_bytes(vm, v)?,
    }
    .ok_or_else(|| {
        vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    })?;
    with(vm, &a, "__setitem__", |b| {
        let free = b.exports.get() == 0;
        let mut data = crate::protocol::types::support::write(vm, &b.data)?;
        assign_slice(vm, &mut data, bounds, items, free)?;
        Ok(Value::None)
    })
}

fn delitem(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "__delitem__", Style::Slot, 1, 1))?;
    let idx = a.pos[1].clone();
    with(vm, &a, "__delitem__", |b| {
        if let Some(i) = item_index(vm, &idx)? {
            let mut data = b.resizable(vm)?;
            let k = index_of(vm, i, data.len())?;
            data.remove(k);
            return Ok(Value::None);
        }
        let Some(s) = idx.native::<Slice>() else {
            return Err(bad_index(vm, &idx));
        };
        let bounds = slice_unpack(vm, s)?;
        let mut data = b.resizable(vm)?;
        let (start, _, step, n) = bounds.adjust(data.len() as i64);
        let mut gone: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        gone.sort_unstable();
        for k in gone.into_iter().rev() {
            data.remove(k);
        }
        Ok(Value::None)
    })
}

fn compare(vm: &Interp, a: &Args, op: CmpOp) -> PyResult<Value> {
    check(vm, a, &Sig::method(BA, "__eq__", Style::Slot, 1, 1))?;
    let Some(theirs) = buffer(&a.pos[1]) else {
        return Ok(Value::NotImplemented);
    };
    with(vm, a, "__eq__", |b| {
        let mine = b.data.borrow();
        Ok(Value::Bool(ordering_result(op, mine[..].cmp(&theirs[..]))))
    })
}

fn add(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "__add__", Style::Slot, 1, 1))?;
    let Some(theirs) = buffer(&a.pos[1]) else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            type_name(vm, &a.pos[1])
        )));
    };
    with(vm, &a, "__add__", |b| {
        let mut out = b.data.borrow().clone();
        vm.reserve(out.len() + theirs.len())?;
        out.extend_from_slice(&theirs);
        Ok(ByteArray::value(out))
    })
}

fn iadd(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "__iadd__", Style::Slot, 1, 1))?;
    let Some(theirs) = buffer(&a.pos[1]) else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            type_name(vm, &a.pos[1])
        )));
    };
    with(vm, &a, "__iadd__", |b| {
        b.resizable(vm)?.extend_from_slice(&theirs);
        Ok(())
    })?;
    Ok(a.pos[0].clone())
}

/// The repeat count of `bytearray * n`.
fn count(vm: &Interp, a: &Args, len: usize) -> PyResult<usize> {
    check(vm, a, &Sig::method(BA, "__mul__", Style::Slot, 1, 1))?;
    let n = &a.pos[1];
    match crate::protocol::containers::index_int(vm, n)? {
        Some(_) => {
            let k = crate::protocol::containers::exact_index(vm, n, ExcKind::OverflowError)?;
            crate::protocol::ops::repeat_count(vm, len, k.unwrap_or(0), 1)
        }
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, n)
        ))),
    }
}

fn mul(vm: &Interp, a: Args) -> PyResult<Value> {
    with(vm, &a, "__mul__", |b| {
        let data = b.data.borrow();
        let n = count(vm, &a, data.len())?;
        Ok(ByteArray::value(data.repeat(n)))
    })
}

fn imul(vm: &Interp, a: Args) -> PyResult<Value> {
    with(vm, &a, "__imul__", |b| {
        let len = b.data.borrow().len();
        let n = count(vm, &a, len)?;
        let mut data = b.resizable(vm)?;
        let out = data.repeat(n);
        *data = out;
        Ok(())
    })?;
    Ok(a.pos[0].clone())
}

fn contains(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "__contains__", Style::Slot, 1, 1))?;
    let data = with(vm, &a, "__contains__", |b| Ok(b.data.borrow().clone()))?;
    Ok(Value::Bool(crate::protocol::types::bytes::bytes_contains(
        vm, &data, &a.pos[1],
    )?))
}

fn append(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "append", Style::One, 1, 1))?;
    let byte = byte_value(vm, &a.pos[1])?;
    with(vm, &a, "append", |b| {
        b.resizable(vm)?.push(byte);
        Ok(Value::None)
    })
}

fn extend(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "extend", Style::One, 1, 1))?;
    let v = &a.pos[1];
    let items = iterable_bytes(vm, v)?.ok_or_else(|| {
        vm.type_error(format!("can't extend bytearray with {}", type_name(vm, v)))
    })?;
    with(vm, &a, "extend", |b| {
        b.resizable(vm)?.extend(items);
        Ok(Value::None)
    })
}

fn pop(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "pop", Style::Clinic, 0, 1))?;
    let i = match a.pos.get(1) {
        Some(v) => crate::protocol::types::construct::index_arg(vm, v)?,
        None => -1,
    };
    with(vm, &a, "pop", |b| {
        let mut data = b.resizable(vm)?;
        if data.is_empty() {
            return Err(vm.error(ExcKind::IndexError, "pop from empty bytearray"));
        }
        let k = index_of(vm, i, data.len())
            .map_err(|_| vm.error(ExcKind::IndexError, "pop index out of range"))?;
        Ok(Value::Int(i64::from(data.remove(k))))
    })
}

fn insert(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "insert", Style::Clinic, 2, 2))?;
    let i = crate::protocol::types::construct::index_arg(vm, &a.pos[1])?;
    let byte = byte_value(vm, &a.pos[2])?;
    with(vm, &a, "insert", |b| {
        let mut data = b.resizable(vm)?;
        let len = data.len() as i64;
        let k = if i < 0 { (i + len).max(0) } else { i.min(len) };
        data.insert(k as usize, byte);
        Ok(Value::None)
    })
}

fn remove(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(BA, "remove", Style::One, 1, 1))?;
    let byte = byte_value(vm, &a.pos[1])?;
    with(vm, &a, "remove", |b| {
        let mut data = b.resizable(vm)?;
        match data.iter().position(|c| *c == byte) {
            Some(k) => {
                data.remove(k);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    })
}

fn iter(vm: &Interp, a: Args) -> PyResult<Value> {
    this(vm, &a, "__iter__")?;
    Ok(Value::Native(Rc::new(ByteArrayIter {
        source: unwrap(&a.pos[0]),
        index: Cell::new(0),
    })))
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__len__", |vm, a| {
        with(vm, &a, "__len__", |b| {
            Ok(Value::Int(b.data.borrow().len() as i64))
        })
    }),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__eq__", |vm, a| compare(vm, &a, CmpOp::Eq)),
    ("__ne__", |vm, a| compare(vm, &a, CmpOp::NotEq)),
    ("__lt__", |vm, a| compare(vm, &a, CmpOp::Lt)),
    ("__le__", |vm, a| compare(vm, &a, CmpOp::LtE)),
    ("__gt__", |vm, a| compare(vm, &a, CmpOp::Gt)),
    ("__ge__", |vm, a| compare(vm, &a, CmpOp::GtE)),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", |vm, a| {
        check(vm, &a, &Sig::method(BA, "clear", Style::NoArgs, 0, 0))?;
        with(vm, &a, "clear", |b| {
            b.resizable(vm)?.clear();
            Ok(Value::None)
        })
    }),
    ("reverse", |vm, a| {
        check(vm, &a, &Sig::method(BA, "reverse", Style::NoArgs, 0, 0))?;
        with(vm, &a, "reverse", |b| {
            crate::protocol::types::support::write(vm, &b.data)?.reverse();
            Ok(Value::None)
        })
    }),
    ("copy", |vm, a| {
        check(vm, &a, &Sig::method(BA, "copy", Style::NoArgs, 0, 0))?;
        with(vm, &a, "copy", |b| {
            Ok(ByteArray::value(b.data.borrow().clone()))
        })
    }),
];

/// Iterator over a bytearray; sees changes made while iterating, as
/// CPython's does.
struct ByteArrayIter {
    source: Value,
    index: Cell<usize>,
}

impl Native for ByteArrayIter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("bytearray_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &Interp) -> Option<PyResult<Option<Value>>> {
        let b = self.source.native::<ByteArray>()?;
        let i = self.index.get();
        let item = b.data.borrow().get(i).copied();
        if item.is_some() {
            self.index.set(i + 1);
        }
        Some(Ok(item.map(|c| Value::Int(i64::from(c)))))
    }
}
