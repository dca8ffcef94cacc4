//! Traceback, frame and code objects as Python sees them: `e.__traceback__`
//! (`tb_frame`, `tb_lineno`, `tb_next`), `tb.tb_frame.f_code.co_name`, ...
//! They are views of an exception's recorded traceback entries (frames
//! are not kept alive after they return, so a frame object knows where it
//! was, not its locals).

use std::any::Any;
use std::rc::Rc;

use crate::object::model::{Class, TracebackEntry};
use crate::object::value::{Native, Value};
use crate::{Interp, PyResult};

/// A traceback object: entry `index` of `entries` (outermost first).
pub struct Traceback {
    entries: Rc<[TracebackEntry]>,
    index: usize,
}

impl Traceback {
    /// The traceback of an exception (None when it was never raised).
    pub fn of(exc: &Value) -> Value {
        match exc {
            Value::Instance(i) => Self::of_instance(i),
            _ => Value::None,
        }
    }

    /// `inst.__traceback__`: the same object while the traceback is
    /// unchanged.
    pub fn of_instance(inst: &crate::object::model::Instance) -> Value {
        let Some(data) = &inst.exc else {
            return Value::None;
        };
        let mut data = data.borrow_mut();
        let n = data.traceback.len();
        if let Some((seen, tb)) = &data.tb_object
            && *seen == n
        {
            return tb.clone();
        }
        let entries: Vec<TracebackEntry> = data.traceback.iter().rev().cloned().collect();
        let tb = Self::value(entries.into(), 0);
        data.tb_object = Some((n, tb.clone()));
        tb
    }

    /// Gives an exception the traceback `tb` (a traceback object or None),
    /// keeping the object's identity.
    pub fn set(data: &mut crate::object::model::ExcData, tb: &Value) -> bool {
        match tb {
            Value::None => {
                data.traceback = Vec::new();
                data.tb_object = None;
                true
            }
            other => match other.native::<Traceback>() {
                Some(t) => {
                    data.traceback = t.stored_entries();
                    data.tb_object = Some((data.traceback.len(), other.clone()));
                    true
                }
                None => false,
            },
        }
    }

    /// Sets an exception's traceback from a traceback object or None
    /// (`e.__traceback__ = tb`, `e.with_traceback(tb)`).
    pub fn assign(vm: &Interp, exc: &Value, tb: &Value) -> PyResult<()> {
        if let Value::Instance(i) = exc
            && let Some(data) = &i.exc
            && !Self::set(&mut data.borrow_mut(), tb)
        {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
        Ok(())
    }

    fn value(entries: Rc<[TracebackEntry]>, index: usize) -> Value {
        if index >= entries.len() {
            return Value::None;
        }
        Value::Native(Rc::new(Traceback { entries, index }))
    }

    /// The entries from this one inward, innermost first (the order an
    /// exception stores them), for `with_traceback(tb)`.
    pub fn stored_entries(&self) -> Vec<TracebackEntry> {
        self.entries[self.index..].iter().rev().cloned().collect()
    }

    fn entry(&self) -> &TracebackEntry {
        &self.entries[self.index]
    }
}

fn line_of(entry: &TracebackEntry) -> usize {
    pyroclast_syntax::error::locate(&entry.code.source, entry.offset as usize).line
}

impl Native for Traceback {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("traceback")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        let e = self.entry();
        Some(Ok(match name {
            "tb_frame" => Value::Native(Rc::new(FrameObject(e.clone()))),
            "tb_lineno" => Value::Int(line_of(e) as i64),
            "tb_lasti" => Value::Int(i64::from(e.offset)),
            "tb_next" => Self::value(self.entries.clone(), self.index + 1),
            _ => return None,
        }))
    }
}

/// A frame object, as far as a traceback remembers it.
pub struct FrameObject(TracebackEntry);

impl Native for FrameObject {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("frame")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const _ as usize,
            self.0.code.filename,
            line_of(&self.0),
            self.0.name
        )))
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "f_code" => Value::Native(Rc::new(CodeObject(self.0.clone()))),
            "f_lineno" => Value::Int(line_of(&self.0) as i64),
            "f_lasti" => Value::Int(i64::from(self.0.offset)),
            "f_back" => Value::None,
            "f_locals" | "f_globals" | "f_builtins" => {
                Value::dict(crate::object::dict::Dict::new())
            }
            _ => {
                let _ = vm;
                return None;
            }
        }))
    }
}

/// A code object, as far as a traceback remembers it.
pub struct CodeObject(TracebackEntry);

impl Native for CodeObject {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("code")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<code object {} at {:#x}, file \"{}\">",
            self.0.name, self as *const _ as usize, self.0.code.filename
        )))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "co_name" | "co_qualname" => Value::Str(self.0.name.clone()),
            "co_filename" => Value::str(&self.0.code.filename),
            _ => return None,
        }))
    }
}

/// The source line of a traceback object, stripped (for the `traceback`
/// module, which has no files to read).
pub fn source_line(tb: &Value) -> Option<String> {
    let t = tb.native::<Traceback>()?;
    let e = t.entry();
    let loc = pyroclast_syntax::error::locate(&e.code.source, e.offset as usize);
    Some(loc.text.trim().to_string())
}
