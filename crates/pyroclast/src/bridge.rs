//! The boundary between public [`Value`]/[`Error`] and the runtime's values
//! and exceptions. Everything here runs on the interpreter's thread.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use num_bigint::BigInt;
use pyroclast_runtime::object::limits::Stop;
use pyroclast_runtime::object::value::Value as RValue;
use pyroclast_runtime::stdlib::asyncio::event_loop::EventLoop;
use pyroclast_runtime::{ExcKind, Interp, PyErr};

use crate::error::{Exception, Limit, SyntaxErrorKind};
use crate::value::{Handle, Object, ObjectKind};
use crate::{Error, Value};

/// Nesting beyond which a value is refused (a list containing itself).
const MAX_DEPTH: usize = 512;

static NEXT_INTERPRETER: AtomicU64 = AtomicU64::new(1);

/// Host-side state of one interpreter, shared with its host functions and
/// streams.
pub(crate) struct State {
    pub id: u64,
    handles: RefCell<HashMap<u64, RValue>>,
    next_handle: Cell<u64>,
    release: Arc<Mutex<Vec<u64>>>,
    /// The event loop that `run_async` and streams share across calls.
    pub session_loop: RefCell<Option<Rc<EventLoop>>>,
    /// A tokio runtime for host futures awaited by a blocking run outside
    /// any runtime; made on first use.
    runtime: OnceCell<Option<tokio::runtime::Runtime>>,
}

impl State {
    pub fn new() -> State {
        State {
            id: NEXT_INTERPRETER.fetch_add(1, Ordering::Relaxed),
            handles: RefCell::new(HashMap::new()),
            next_handle: Cell::new(1),
            release: Arc::new(Mutex::new(Vec::new())),
            session_loop: RefCell::new(None),
            runtime: OnceCell::new(),
        }
    }

    /// Frees the objects whose handles were dropped since the last call.
    pub fn release_dropped(&self) {
        let dropped = match self.release.lock() {
            Ok(mut r) => std::mem::take(&mut *r),
            Err(_) => return,
        };
        if dropped.is_empty() {
            return;
        }
        let mut freed = Vec::with_capacity(dropped.len());
        {
            let mut handles = self.handles.borrow_mut();
            for id in dropped {
                freed.extend(handles.remove(&id));
            }
        }
        drop(freed);
    }

    /// Drops every handle's object (interpreter teardown).
    pub fn clear(&self) {
        let all = std::mem::take(&mut *self.handles.borrow_mut());
        drop(all);
        let lp = self.session_loop.borrow_mut().take();
        drop(lp);
    }

    /// The private tokio runtime, made on first use; `None` if tokio could
    /// not start one.
    pub fn runtime(&self) -> Option<&tokio::runtime::Runtime> {
        self.runtime
            .get_or_init(|| {
                tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .thread_name("pyroclast-host")
                    .enable_all()
                    .build()
                    .ok()
            })
            .as_ref()
    }

    fn handle(&self, v: RValue, type_name: String) -> Value {
        let id = self.next_handle.get();
        self.next_handle.set(id + 1);
        self.handles.borrow_mut().insert(id, v);
        Value::Object(Object(Arc::new(ObjectKind::Handle(Handle {
            interp: self.id,
            id,
            type_name,
            release: self.release.clone(),
        }))))
    }
}

impl Drop for State {
    fn drop(&mut self) {
        // Dropping a runtime inside an async context panics; this never
        // blocks.
        if let Some(Some(rt)) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// A runtime value as a public one: data is copied, other objects become
/// handles.
pub(crate) fn to_public(vm: &Interp, state: &State, v: &RValue) -> Result<Value, Error> {
    to_public_at(vm, state, v, 0)
}

fn to_public_at(vm: &Interp, state: &State, v: &RValue, depth: usize) -> Result<Value, Error> {
    // Nested data recurses; the host thread's stack may be small.
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        to_public_inner(vm, state, v, depth)
    })
}

fn to_public_inner(vm: &Interp, state: &State, v: &RValue, depth: usize) -> Result<Value, Error> {
    if depth > MAX_DEPTH {
        return Err(Error::Conversion(crate::ConversionError {
            expected: "data".into(),
            found: "recursive or too deeply nested value".into(),
            detail: Some("value nested too deeply to convert (does it contain itself?)".into()),
        }));
    }
    let all = |items: &[RValue]| -> Result<Vec<Value>, Error> {
        items
            .iter()
            .map(|x| to_public_at(vm, state, x, depth + 1))
            .collect()
    };
    Ok(match v {
        RValue::None => Value::None,
        RValue::Bool(b) => Value::Bool(*b),
        RValue::Int(i) => Value::Int(*i),
        RValue::BigInt(b) => Value::BigInt(BigInt::clone(b)),
        RValue::Float(f) => Value::Float(*f),
        RValue::Str(s) => Value::Str(s.to_string()),
        RValue::Bytes(b) => Value::Bytes(b.to_vec()),
        RValue::List(l) => {
            let items = l.borrow().clone();
            Value::List(all(&items)?)
        }
        RValue::Tuple(t) => Value::Tuple(all(t)?),
        RValue::Dict(d) => {
            let items = d.borrow().items();
            let mut out = Vec::with_capacity(items.len());
            for (k, x) in items {
                out.push((
                    to_public_at(vm, state, &k, depth + 1)?,
                    to_public_at(vm, state, &x, depth + 1)?,
                ));
            }
            Value::Dict(out)
        }
        RValue::Set(s) => Value::Set(all(&s.items.borrow().keys())?),
        RValue::Instance(i) if i.exc.is_none() => {
            // Instances of builtin subclasses (an IntEnum member, a str
            // subclass) cross as their builtin value.
            let payload = i.payload.borrow().clone();
            match payload {
                Some(p) => to_public_at(vm, state, &p, depth + 1)?,
                None => state.handle(
                    v.clone(),
                    pyroclast_runtime::protocol::ops::type_name(vm, v).to_string(),
                ),
            }
        }
        other => state.handle(
            other.clone(),
            pyroclast_runtime::protocol::ops::type_name(vm, other).to_string(),
        ),
    })
}

/// A public value as a runtime one.
pub(crate) fn to_runtime(vm: &Interp, state: &Rc<State>, v: Value) -> Result<RValue, Error> {
    to_runtime_at(vm, state, v, 0)
}

fn to_runtime_at(vm: &Interp, state: &Rc<State>, v: Value, depth: usize) -> Result<RValue, Error> {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        to_runtime_inner(vm, state, v, depth)
    })
}

fn to_runtime_inner(
    vm: &Interp,
    state: &Rc<State>,
    v: Value,
    depth: usize,
) -> Result<RValue, Error> {
    if depth > MAX_DEPTH {
        return Err(Error::conversion("data", "value nested too deeply"));
    }
    let all = |items: Vec<Value>| -> Result<Vec<RValue>, Error> {
        items
            .into_iter()
            .map(|x| to_runtime_at(vm, state, x, depth + 1))
            .collect()
    };
    let py = |r: pyroclast_runtime::PyResult<RValue>| r.map_err(|e| error_from_pyerr(vm, &e));
    Ok(match v {
        Value::None => RValue::None,
        Value::Bool(b) => RValue::Bool(b),
        Value::Int(i) => RValue::Int(i),
        Value::BigInt(b) => RValue::from_bigint(b),
        Value::Float(f) => RValue::Float(f),
        Value::Str(s) => RValue::str(&s),
        Value::Bytes(b) => RValue::Bytes(Rc::from(b)),
        Value::List(items) => RValue::list(all(items)?),
        Value::Tuple(items) => RValue::tuple(all(items)?),
        Value::Dict(items) => {
            let mut d = pyroclast_runtime::object::dict::Dict::new();
            for (k, x) in items {
                let k = to_runtime_at(vm, state, k, depth + 1)?;
                let x = to_runtime_at(vm, state, x, depth + 1)?;
                d.set(vm, k, x).map_err(|e| error_from_pyerr(vm, &e))?;
            }
            RValue::dict(d)
        }
        Value::Set(items) => py(pyroclast_runtime::protocol::types::construct::new_set(
            vm,
            all(items)?,
            false,
        ))?,
        Value::Object(o) => match &*o.0 {
            ObjectKind::Handle(h) => {
                if h.interp != state.id {
                    return Err(Error::conversion(
                        "an object of this interpreter",
                        format!("{} object of another interpreter", h.type_name),
                    ));
                }
                state
                    .handles
                    .borrow()
                    .get(&h.id)
                    .cloned()
                    .ok_or_else(|| Error::conversion("a live object", "a freed object"))?
            }
            ObjectKind::Stream(s) => {
                let stream = s.lock().ok().and_then(|mut s| s.take());
                crate::stream::host_stream(vm, state, stream)
            }
        },
    })
}

/// The public error for a runtime exception.
pub(crate) fn error_from_pyerr(vm: &Interp, e: &PyErr) -> Error {
    if let RValue::Instance(i) = &e.0
        && Rc::ptr_eq(&i.class, &vm.types.limit_stop)
    {
        return Error::Limit(match vm.limits.stopped() {
            Some(Stop::Timeout(t)) => Limit::Timeout(t),
            Some(Stop::Steps(n)) => Limit::Steps(n),
            None => Limit::Steps(vm.limits.steps()),
        });
    }
    if let Some(code) = pyroclast_runtime::stdlib::system_exit_code(vm, e) {
        return match code {
            Ok(code) => Error::SystemExit {
                code,
                message: None,
            },
            Err(text) => Error::SystemExit {
                code: 1,
                message: Some(text),
            },
        };
    }
    let class = pyroclast_runtime::protocol::ops::type_of(vm, &e.0);
    let message = pyroclast_runtime::protocol::ops::to_str(vm, &e.0).unwrap_or_default();
    Error::Exception(Exception {
        type_name: class.name.to_string(),
        message,
        traceback: pyroclast_runtime::protocol::traceback::format_exception(vm, e),
    })
}

/// The runtime exception raised in Python for a host-side error.
pub(crate) fn pyerr_from_error(vm: &Interp, e: Error) -> PyErr {
    match e {
        Error::Exception(x) => {
            match ExcKind::from_name(&x.type_name) {
                Some(kind) => {
                    let args = if x.message.is_empty() {
                        vec![]
                    } else {
                        vec![RValue::str(&x.message)]
                    };
                    PyErr(vm.new_exception(&vm.exc_class(kind), args))
                }
                // Only builtin exception classes can be named from Rust.
                None => vm.error(
                    ExcKind::RuntimeError,
                    format!("{}: {}", x.type_name, x.message),
                ),
            }
        }
        Error::Syntax(s) => vm.error(
            match s.kind {
                SyntaxErrorKind::Syntax => ExcKind::SyntaxError,
                SyntaxErrorKind::Indentation => ExcKind::IndentationError,
                SyntaxErrorKind::Tab => ExcKind::TabError,
                SyntaxErrorKind::Recursion => ExcKind::RecursionError,
                SyntaxErrorKind::Memory => ExcKind::MemoryError,
            },
            s.message,
        ),
        Error::SystemExit { code, message } => {
            let arg = match message {
                Some(m) => RValue::str(&m),
                None => RValue::Int(code),
            };
            PyErr(vm.new_exception(&vm.exc_class(ExcKind::SystemExit), vec![arg]))
        }
        Error::Limit(l) => {
            let stop = match l {
                Limit::Steps(n) => Stop::Steps(n),
                Limit::Timeout(t) => Stop::Timeout(t),
            };
            vm.limits.stop(stop);
            vm.stop_error(stop)
        }
        Error::Conversion(c) => match c.detail {
            Some(d) if c.is_overflow() => vm.error(ExcKind::OverflowError, d),
            Some(d) => vm.type_error(d),
            None => vm.type_error(format!("expected {}, got {}", c.expected, c.found)),
        },
    }
}

/// A syntax error from the front end, rendered against its source.
pub(crate) fn syntax_error(
    e: &pyroclast_syntax::SyntaxError,
    source: &str,
    filename: &str,
) -> Error {
    let loc = e.location(source);
    Error::Syntax(crate::SyntaxError {
        kind: match e.kind {
            pyroclast_syntax::ErrorKind::Syntax => SyntaxErrorKind::Syntax,
            pyroclast_syntax::ErrorKind::Indentation => SyntaxErrorKind::Indentation,
            pyroclast_syntax::ErrorKind::Tab => SyntaxErrorKind::Tab,
            pyroclast_syntax::ErrorKind::Recursion => SyntaxErrorKind::Recursion,
            pyroclast_syntax::ErrorKind::Memory => SyntaxErrorKind::Memory,
        },
        message: e.msg.clone(),
        filename: filename.to_string(),
        line: loc.line,
        column: loc.column,
        rendered: e.render(source, filename),
        incomplete: e.incomplete,
    })
}
