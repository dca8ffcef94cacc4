//! `memoryview` over bytes and bytearray: one-dimensional views of unsigned
//! bytes (format 'B'); writes through a view of a bytearray change it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::args::*;
use crate::protocol::containers::Slice;
use crate::protocol::containers::{item_index, slice_indices};
use crate::protocol::ops::type_name;
use crate::protocol::types::bytearray::{ByteArray, buffer};
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyResult};

const MV: &str = "memoryview";

/// A view of `len` bytes of `obj`, from `start`, `step` apart.
pub struct MemoryView {
    obj: Value,
    start: usize,
    step: i64,
    len: usize,
    /// Made by `toreadonly()`: no writes even over a bytearray.
    frozen: bool,
    released: Cell<bool>,
}

impl MemoryView {
    fn view(obj: Value, start: usize, step: i64, len: usize) -> Value {
        Self::make(obj, start, step, len, false)
    }

    fn make(obj: Value, start: usize, step: i64, len: usize, frozen: bool) -> Value {
        if let Some(b) = obj.native::<ByteArray>() {
            b.exports.set(b.exports.get() + 1);
        }
        Value::Native(Rc::new(MemoryView {
            obj,
            start,
            step,
            len,
            frozen,
            released: Cell::new(false),
        }))
    }

    fn readonly(&self) -> bool {
        self.frozen || self.obj.native::<ByteArray>().is_none()
    }

    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(|k| (self.start as i64 + k as i64 * self.step) as usize)
    }

    /// The bytes seen through the view; `None` once released.
    pub fn contents(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let read = |data: &[u8]| self.positions().map(|i| data[i]).collect();
        Some(match &self.obj {
            Value::Bytes(b) => read(b),
            other => read(&other.native::<ByteArray>()?.data.borrow()),
        })
    }

    fn release(&self) {
        if !self.released.replace(true)
            && let Some(b) = self.obj.native::<ByteArray>()
        {
            b.exports.set(b.exports.get().saturating_sub(1));
        }
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl Native for MemoryView {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(MV)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let at = self as *const Self as usize;
        Some(Ok(if self.released.get() {
            format!("<released memory at {at:#x}>")
        } else {
            format!("<memory at {at:#x}>")
        }))
    }
    fn py_hash(&self, vm: &Interp) -> Option<PyResult<i64>> {
        Some(if self.released.get() {
            Err(released(vm))
        } else if !self.readonly() {
            Err(vm.value_error("cannot hash writable memoryview object"))
        } else {
            let b = Value::Bytes(Rc::from(self.contents().unwrap_or_default()));
            crate::protocol::ops::hash(vm, &b)
        })
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        let value = match name {
            "obj" => self.obj.clone(),
            "nbytes" => Value::Int(self.len as i64),
            "readonly" => Value::Bool(self.readonly()),
            "itemsize" => Value::Int(1),
            "format" => Value::str("B"),
            "ndim" => Value::Int(1),
            "shape" => Value::tuple(vec![Value::Int(self.len as i64)]),
            "strides" => Value::tuple(vec![Value::Int(self.step)]),
            "suboffsets" => Value::tuple(vec![]),
            "c_contiguous" | "f_contiguous" | "contiguous" => {
                Value::Bool(self.step == 1 || self.len <= 1)
            }
            _ => return None,
        };
        if self.released.get() {
            return Some(Err(released(vm)));
        }
        Some(Ok(value))
    }
}

fn released(vm: &Interp) -> crate::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// Runs `f` on the receiver of a memoryview method; a released view
/// raises unless `allow_released`.
fn with<R>(
    vm: &Interp,
    a: &Args,
    name: &str,
    allow_released: bool,
    f: impl FnOnce(&MemoryView) -> PyResult<R>,
) -> PyResult<R> {
    let v = a.pos.first().map(unwrap).unwrap_or(Value::None);
    let Some(m) = v.native::<MemoryView>() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
            type_name(vm, &v)
        )));
    };
    if m.released.get() && !allow_released {
        return Err(released(vm));
    }
    f(m)
}

/// Registers memoryview's constructor and methods.
pub fn install(vm: &Interp) {
    let class = vm.other_class(MV);
    class.new.set(Some(memoryview_new));
    crate::object::model::add_methods(&class, MV, METHODS);
}

/// `memoryview(object)`.
fn memoryview_new(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function(MV, Style::KwClinic, 0, 0).named(&["object"], 1);
    check(vm, &a, &SIG)?;
    let obj = unwrap(param(&a, &SIG, 0).unwrap_or(&Value::None));
    if let Some(m) = obj.native::<MemoryView>() {
        if m.released.get() {
            return Err(released(vm));
        }
        return Ok(MemoryView::make(
            m.obj.clone(),
            m.start,
            m.step,
            m.len,
            m.frozen,
        ));
    }
    let len = match &obj {
        Value::Bytes(b) => b.len(),
        v => match v.native::<ByteArray>() {
            Some(b) => b.data.borrow().len(),
            None => {
                return Err(vm.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    type_name(vm, v)
                )));
            }
        },
    };
    Ok(MemoryView::view(obj, 0, 1, len))
}

fn getitem(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(MV, "__getitem__", Style::Slot, 1, 1))?;
    let idx = a.pos[1].clone();
    with(vm, &a, "__getitem__", false, |m| {
        if let Some(i) = item_index(vm, &idx)? {
            let k = index(vm, m, i)?;
            let data = m.contents().unwrap_or_default();
            return Ok(Value::Int(i64::from(data[k])));
        }
        if let Some(s) = idx.native::<Slice>() {
            let (start, _, step, n) = slice_indices(vm, s, m.len as i64)?;
            let first = m.start as i64 + start * m.step;
            return Ok(MemoryView::make(
                m.obj.clone(),
                first.max(0) as usize,
                m.step * step,
                n as usize,
                m.frozen,
            ));
        }
        Err(vm.type_error("memoryview: invalid slice key"))
    })
}

fn index(vm: &Interp, m: &MemoryView, i: i64) -> PyResult<usize> {
    let j = if i < 0 { i + m.len as i64 } else { i };
    usize::try_from(j)
        .ok()
        .filter(|j| *j < m.len)
        .ok_or_else(|| vm.error(ExcKind::IndexError, "index out of bounds on dimension 1"))
}

fn setitem(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::method(MV, "__setitem__", Style::Slot, 2, 2))?;
    let (idx, v) = (a.pos[1].clone(), a.pos[2].clone());
    with(vm, &a, "__setitem__", false, |m| {
        let target = m.obj.native::<ByteArray>().filter(|_| !m.frozen);
        let Some(target) = target else {
            return Err(vm.type_error("cannot modify read-only memory"));
        };
        if let Some(i) = item_index(vm, &idx)? {
            let k = index(vm, m, i)?;
            let byte = match &v {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    crate::protocol::types::bytearray::byte_value(vm, &v)
                        .map_err(|_| vm.value_error("memoryview: invalid value for format 'B'"))?
                }
                _ => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
            };
            let at = m.positions().nth(k).unwrap_or(0);
            crate::protocol::types::support::write(vm, &target.data)?[at] = byte;
            return Ok(Value::None);
        }
        let Some(s) = idx.native::<Slice>() else {
            return Err(vm.type_error("memoryview: invalid slice key"));
        };
        let Some(items) = buffer(&v) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, &v)
            )));
        };
        let (start, _, step, n) = slice_indices(vm, s, m.len as i64)?;
        if items.len() as i64 != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let places: Vec<usize> = m.positions().collect();
        let mut data = crate::protocol::types::support::write(vm, &target.data)?;
        for (k, c) in items.iter().enumerate() {
            data[places[(start + k as i64 * step) as usize]] = *c;
        }
        Ok(Value::None)
    })
}

fn equal(vm: &Interp, a: &Args) -> PyResult<Option<bool>> {
    check(vm, a, &Sig::method(MV, "__eq__", Style::Slot, 1, 1))?;
    let other = &a.pos[1];
    with(vm, a, "__eq__", true, |m| {
        if a.pos[0].is(other) {
            return Ok(Some(true));
        }
        let other_released = other
            .native::<MemoryView>()
            .is_some_and(|o| o.released.get());
        if m.released.get() || other_released {
            return Ok(Some(false));
        }
        Ok(buffer(other).map(|theirs| m.contents().unwrap_or_default() == theirs[..]))
    })
}

fn tobytes(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::method(MV, "tobytes", Style::KwClinic, 0, 0).named(&["order"], 0);
    check(vm, &a, &SIG)?;
    with(vm, &a, "tobytes", false, |m| {
        Ok(Value::Bytes(Rc::from(m.contents().unwrap_or_default())))
    })
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", |vm, a| {
        with(vm, &a, "__delitem__", false, |_| {
            Err(vm.type_error("cannot delete memory"))
        })
    }),
    ("__len__", |vm, a| {
        with(vm, &a, "__len__", false, |m| Ok(Value::Int(m.len as i64)))
    }),
    ("__iter__", |vm, a| {
        let items = with(vm, &a, "__iter__", false, |m| {
            Ok(m.contents().unwrap_or_default())
        })?;
        let list = Value::list(
            items
                .into_iter()
                .map(|c| Value::Int(i64::from(c)))
                .collect(),
        );
        crate::protocol::iter::iter_object(vm, &list)
    }),
    ("__eq__", |vm, a| {
        Ok(equal(vm, &a)?.map_or(Value::NotImplemented, Value::Bool))
    }),
    ("__ne__", |vm, a| {
        Ok(equal(vm, &a)?.map_or(Value::NotImplemented, |e| Value::Bool(!e)))
    }),
    ("__enter__", |vm, a| {
        with(vm, &a, "__enter__", false, |_| Ok(a.pos[0].clone()))
    }),
    ("__exit__", |vm, a| {
        with(vm, &a, "__exit__", true, |m| {
            m.release();
            Ok(Value::None)
        })
    }),
    ("release", |vm, a| {
        check(vm, &a, &Sig::method(MV, "release", Style::NoArgs, 0, 0))?;
        with(vm, &a, "release", true, |m| {
            m.release();
            Ok(Value::None)
        })
    }),
    ("tobytes", tobytes),
    ("tolist", |vm, a| {
        check(vm, &a, &Sig::method(MV, "tolist", Style::NoArgs, 0, 0))?;
        with(vm, &a, "tolist", false, |m| {
            let items = m.contents().unwrap_or_default();
            Ok(Value::list(
                items
                    .into_iter()
                    .map(|c| Value::Int(i64::from(c)))
                    .collect(),
            ))
        })
    }),
    ("toreadonly", |vm, a| {
        check(vm, &a, &Sig::method(MV, "toreadonly", Style::NoArgs, 0, 0))?;
        with(vm, &a, "toreadonly", false, |m| {
            Ok(MemoryView::make(
                m.obj.clone(),
                m.start,
                m.step,
                m.len,
                true,
            ))
        })
    }),
    ("hex", |vm, mut a| {
        let (this, rest) = a
            .pos
            .split_first()
            .map_or((Value::None, &[][..]), |(t, r)| (t.clone(), r));
        let data = with(vm, &Args::new(vec![this]), "hex", false, |m| {
            Ok(m.contents().unwrap_or_default())
        })?;
        let mut pos = vec![Value::Bytes(Rc::from(data))];
        pos.extend(rest.iter().cloned());
        crate::protocol::types::bytes::bytes_hex_value(
            vm,
            Args {
                pos,
                kw: std::mem::take(&mut a.kw),
            },
        )
    }),
];
