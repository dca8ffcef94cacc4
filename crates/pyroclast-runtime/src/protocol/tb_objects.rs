//! Traceback, frame and code objects as Python sees them: `e.__traceback__`
//! (`tb_frame`, `tb_lineno`, `tb_next`), `tb.tb_frame.f_code.co_name`, ...
//! Traceback frames are views of an exception's recorded entries; running
//! frames (`sys._getframe`) are views of the interpreter's frame stack
//! (`object/frames.rs`).

use std::any::Any;
use std::rc::Rc;

use crate::object::frames::{ActiveFrame, FrameOwner};
use crate::object::model::{Class, Code, Function, Namespace, TracebackEntry};
use crate::object::value::{Native, Value};
use crate::protocol::types::construct::globals_dict;
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
        let entries: Rc<[TracebackEntry]> = entries.into();
        crate::object::gc::track(crate::object::gc::Tracked::Entries(Rc::downgrade(&entries)));
        let tb = Self::value(entries, 0);
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
        Value::native_tracked(Rc::new(Traceback { entries, index }))
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

fn line_at(code: &Code, offset: u32) -> usize {
    pyroclast_syntax::error::locate(&code.source, offset as usize).line
}

fn line_of(entry: &TracebackEntry) -> usize {
    line_at(&entry.code, entry.offset)
}

impl Native for Traceback {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("traceback")
    }
    fn traverse(&self, visit: &mut dyn FnMut(crate::object::gc::Edge)) {
        visit(crate::object::gc::Edge::Entries(&self.entries));
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        let e = self.entry();
        Some(Ok(match name {
            "tb_frame" => FrameObject::of_entry(e),
            "tb_lineno" => Value::Int(line_of(e) as i64),
            "tb_lasti" => Value::Int(i64::from(e.offset)),
            "tb_next" => Self::value(self.entries.clone(), self.index + 1),
            _ => return None,
        }))
    }
}

/// What a frame object shows of its frame.
#[derive(Clone)]
struct FrameView {
    code: Rc<Code>,
    name: Rc<str>,
    qualname: Rc<str>,
    /// Where the code starts (`co_firstlineno`), when known.
    first: Option<u32>,
    offset: u32,
    globals: Rc<Namespace>,
    /// Module-level code, whose locals are its globals.
    module_level: bool,
}

impl FrameView {
    fn of(owner: &FrameOwner, offset: u32) -> FrameView {
        let (first, module_level) = match owner {
            FrameOwner::Function(func) => (
                Some(
                    func.def
                        .decorators
                        .first()
                        .map_or(func.def.span.start, |d| d.span.start),
                ),
                false,
            ),
            FrameOwner::Code(c) => {
                let module = &*c.name == "<module>";
                (module.then_some(0), module)
            }
        };
        FrameView {
            code: owner.source().clone(),
            name: owner.name(),
            qualname: owner.qualname(),
            first,
            offset,
            globals: owner.globals().clone(),
            module_level,
        }
    }
}

/// A frame object: a running frame (`sys._getframe()`), which knows its
/// callers, or one a traceback remembers, which does not (frames are not
/// kept alive after they return, so neither knows its locals unless they
/// are module globals).
pub struct FrameObject {
    view: FrameView,
    /// The running frames and this one's index among them.
    stack: Option<(Rc<[ActiveFrame]>, usize)>,
}

impl FrameObject {
    fn of_entry(e: &TracebackEntry) -> Value {
        let view = FrameView {
            code: e.code.clone(),
            name: e.name.clone(),
            qualname: e.name.clone(),
            first: None,
            offset: e.offset,
            globals: e.globals.clone(),
            module_level: &*e.name == "<module>",
        };
        Value::Native(Rc::new(FrameObject { view, stack: None }))
    }

    /// The frame of a suspended generator or coroutine body, at `offset`
    /// (it has no caller while suspended).
    pub fn suspended(owner: &FrameOwner, offset: u32) -> Value {
        let view = FrameView::of(owner, offset);
        Value::Native(Rc::new(FrameObject { view, stack: None }))
    }

    /// Frame `index` of a stack snapshot (outermost first), or None past
    /// either end.
    pub fn of_stack(stack: Rc<[ActiveFrame]>, index: usize) -> Value {
        let Some(f) = stack.get(index) else {
            return Value::None;
        };
        let view = FrameView::of(&f.owner, f.offset);
        Value::Native(Rc::new(FrameObject {
            view,
            stack: Some((stack, index)),
        }))
    }

    /// Where the frame is: now, while it runs; else where it was last.
    fn offset(&self, vm: &Interp) -> u32 {
        self.stack
            .as_ref()
            .and_then(|(stack, i)| vm.live_offset(*i, stack[*i].serial))
            .unwrap_or(self.view.offset)
    }

    /// The stripped source line the frame is at.
    pub fn source_line(&self, vm: &Interp) -> String {
        let v = &self.view;
        let loc = pyroclast_syntax::error::locate(&v.code.source, self.offset(vm) as usize);
        loc.text.trim().to_string()
    }
}

impl Native for FrameObject {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("frame")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        let v = &self.view;
        Some(Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const _ as usize,
            v.code.filename,
            line_at(&v.code, self.offset(vm)),
            v.name
        )))
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        let v = &self.view;
        Some(Ok(match name {
            "f_code" => Value::Native(Rc::new(CodeObject(v.clone(), None))),
            "f_lineno" => Value::Int(line_at(&v.code, self.offset(vm)) as i64),
            "f_lasti" => Value::Int(i64::from(self.offset(vm))),
            "f_back" => match &self.stack {
                Some((stack, i)) if *i > 0 => Self::of_stack(stack.clone(), i - 1),
                _ => Value::None,
            },
            "f_globals" => globals_dict(&v.globals),
            "f_locals" if v.module_level => globals_dict(&v.globals),
            "f_builtins" => return None,
            "f_trace" => Value::None,
            _ => return None,
        }))
    }
}

/// A code object, as far as a frame knows it; a function's also knows
/// its parameters and flags.
struct CodeObject(FrameView, Option<Rc<Function>>);

/// `function.__code__`.
pub fn function_code(func: &Rc<Function>) -> Value {
    let view = FrameView::of(&FrameOwner::Function(func.clone()), func.def.span.start);
    Value::Native(Rc::new(CodeObject(view, Some(func.clone()))))
}

/// `co_flags` as CPython computes it for a function.
fn function_flags(func: &Function) -> i64 {
    const OPTIMIZED_NEWLOCALS: i64 = 0x3;
    let p = &func.def.params;
    let mut flags = OPTIMIZED_NEWLOCALS;
    if p.vararg.is_some() {
        flags |= 0x4;
    }
    if p.kwarg.is_some() {
        flags |= 0x8;
    }
    // CO_NESTED: defined inside a function.
    if func.code_qualname.contains("<locals>") {
        flags |= 0x10;
    }
    if let Some(scope) = func.def.scope.get() {
        flags |= match (scope.is_coroutine, scope.is_generator) {
            (true, true) => 0x200,
            (true, false) => 0x80,
            (false, true) => 0x20,
            (false, false) => 0,
        };
    }
    if func.iterable_coroutine.get() {
        flags |= 0x100;
    }
    flags
}

impl Native for CodeObject {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("code")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let v = &self.0;
        let line = v
            .first
            .map_or(String::new(), |f| format!(", line {}", line_at(&v.code, f)));
        Some(Ok(format!(
            "<code object {} at {:#x}, file \"{}\"{line}>",
            v.name, self as *const _ as usize, v.code.filename
        )))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        let v = &self.0;
        Some(Ok(match name {
            "co_name" => Value::Str(v.name.clone()),
            "co_qualname" => Value::Str(v.qualname.clone()),
            "co_filename" => Value::str(&v.code.filename),
            "co_firstlineno" => match v.first {
                Some(f) => Value::Int(line_at(&v.code, f) as i64),
                None => return None,
            },
            _ => {
                let func = self.1.as_ref()?;
                let p = &func.def.params;
                match name {
                    "co_flags" => Value::Int(function_flags(func)),
                    "co_argcount" => Value::Int((p.posonly.len() + p.args.len()) as i64),
                    "co_posonlyargcount" => Value::Int(p.posonly.len() as i64),
                    "co_kwonlyargcount" => Value::Int(p.kwonly.len() as i64),
                    "co_varnames" => Value::tuple(
                        func.def
                            .scope
                            .get()
                            .map(|s| s.locals.iter().map(|n| Value::Str(n.clone())).collect())
                            .unwrap_or_default(),
                    ),
                    _ => return None,
                }
            }
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
