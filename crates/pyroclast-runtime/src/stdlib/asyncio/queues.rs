//! `asyncio.Queue.put`, `get`, `put_nowait` and `get_nowait` in Rust; the
//! rest of the class stays in `python/asyncio/queues.py`. They follow
//! CPython 3.11's asyncio/queues.py step by step, so waiters wake in the
//! same order. On an exact `Queue` whose state attributes hold their usual
//! types, a step works on the instance dict directly (interpreting these
//! methods dominated queue-heavy programs); otherwise (subclasses such as
//! PriorityQueue, which override `_put`, `_get`, `full`..., or replaced
//! state) each step calls the Python method CPython's code calls.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::future::{self, AwaitFuture, PyFuture, State};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Instance, QualNames};
use crate::object::value::{Args, Value, python_method};
use crate::protocol::classes::{call_method, getattr, setattr};
use crate::protocol::generator::{Body, GenChannel, Kind, new_rust_object};
use crate::protocol::ops::truthy;
use crate::{Interp, PyErr, PyResult};

/// The native methods, for `queues.py` to put in the class body.
pub fn fill(put: &mut impl FnMut(&str, Value)) {
    put("_queue_put", python_method("Queue", "put", put_method));
    put("_queue_get", python_method("Queue", "get", get_method));
    put(
        "_queue_put_nowait",
        python_method("Queue", "put_nowait", put_nowait_method),
    );
    put(
        "_queue_get_nowait",
        python_method("Queue", "get_nowait", get_nowait_method),
    );
    put(
        "_queue_register",
        crate::object::value::builtin("_queue_register", register),
    );
}

thread_local! {
    /// The stock `Queue` and `Event` classes of each interpreter on this
    /// thread: telling them apart by address is cheaper than any name
    /// lookup, and the weak references keep the addresses from reuse.
    static CLASSES: RefCell<Vec<(Weak<Class>, Weak<Class>)>> = const { RefCell::new(Vec::new()) };
}

/// `_queue_register(Queue, Event)`: the classes whose exact instances take
/// the direct path.
fn register(_vm: &Interp, a: Args) -> PyResult<Value> {
    if let [Value::Class(q), Value::Class(e)] = &a.pos[..] {
        CLASSES.with(|c| {
            let mut c = c.borrow_mut();
            c.retain(|(q, _)| q.strong_count() > 0);
            c.push((Rc::downgrade(q), Rc::downgrade(e)));
        });
    }
    Ok(Value::None)
}

/// Whether `class` is a registered stock class (`event` picks Event).
fn is_stock(class: &Rc<Class>, event: bool) -> bool {
    let p = Rc::as_ptr(class);
    CLASSES.with(|c| {
        c.borrow()
            .iter()
            .any(|(q, e)| std::ptr::eq(if event { e.as_ptr() } else { q.as_ptr() }, p))
    })
}

/// `q` when it is an exact `Queue`, whose methods are the stock ones.
fn exact<'a>(_vm: &Interp, q: &'a Value) -> Option<&'a Instance> {
    let Value::Instance(inst) = q else {
        return None;
    };
    is_stock(&inst.class, false).then_some(&**inst)
}

/// An attribute's name and where `Queue.__init__` puts it in the instance
/// dict: looking there first and comparing the key skips hashing it.
pub(super) type Field = (usize, &'static str);
const MAXSIZE: Field = (0, "_maxsize");
const GETTERS: Field = (1, "_getters");
const PUTTERS: Field = (2, "_putters");
const UNFINISHED: Field = (3, "_unfinished_tasks");
const FINISHED: Field = (4, "_finished");
const QUEUE: Field = (5, "_queue");
/// `Event._value`, after `_waiters`.
const EVENT_VALUE: Field = (1, "_value");

pub(super) fn with_field<R>(
    inst: &Instance,
    (hint, name): Field,
    f: impl FnOnce(Option<&mut Value>) -> R,
) -> R {
    let mut d = inst.dict.borrow_mut();
    let at = match d.get_index(hint) {
        Some((k, _)) if &**k == name => Some(hint),
        // Instance dicts are small: a scan, not a hashed lookup.
        _ => d.keys().position(|k| &**k == name),
    };
    f(at.and_then(|i| d.get_index_mut(i)).map(|(_, v)| v))
}

fn list_attr(
    inst: &Instance,
    field: Field,
) -> Option<Rc<RefCell<crate::object::value::ListItems>>> {
    with_field(inst, field, |v| match v {
        Some(Value::List(l)) => Some(l.clone()),
        _ => None,
    })
}

pub(super) fn value_attr(inst: &Instance, field: Field) -> Option<Value> {
    with_field(inst, field, |v| v.cloned())
}

/// Whether `e` is an exact `Event`, whose `clear()` is the stock one.
fn is_event(e: &Instance) -> bool {
    is_stock(&e.class, true)
}

fn int_attr(inst: &Instance, field: Field) -> Option<i64> {
    with_field(inst, field, |v| match v {
        Some(Value::Int(i)) => Some(*i),
        _ => None,
    })
}

/// `self.full()`.
fn full(vm: &Interp, q: &Value) -> PyResult<bool> {
    if let Some(inst) = exact(vm, q)
        && let Some(max) = int_attr(inst, MAXSIZE)
        && let Some(items) = list_attr(inst, QUEUE)
    {
        return Ok(max > 0 && items.borrow().len() as i64 >= max);
    }
    let r = call_method(vm, q, "full", Args::default())?;
    truthy(vm, &r)
}

/// `self.empty()`.
fn empty(vm: &Interp, q: &Value) -> PyResult<bool> {
    if let Some(inst) = exact(vm, q)
        && let Some(items) = list_attr(inst, QUEUE)
    {
        return Ok(items.borrow().is_empty());
    }
    let r = call_method(vm, q, "empty", Args::default())?;
    truthy(vm, &r)
}

/// `self.<name>`, from the instance dict when it is there.
fn attr(vm: &Interp, q: &Value, field: Field) -> PyResult<Value> {
    if let Some(inst) = exact(vm, q)
        && let Some(v) = value_attr(inst, field)
    {
        return Ok(v);
    }
    getattr(vm, q, field.1)
}

/// `self._wakeup_next(waiters)`: wakes the first waiter not yet done.
fn wakeup_next(vm: &Interp, q: &Value, waiters: &Value) -> PyResult<()> {
    let Value::List(list) = waiters else {
        return call_method(vm, q, "_wakeup_next", Args::new(vec![waiters.clone()])).map(|_| ());
    };
    if exact(vm, q).is_none() {
        return call_method(vm, q, "_wakeup_next", Args::new(vec![waiters.clone()])).map(|_| ());
    }
    loop {
        let waiter = {
            let mut l = list.borrow_mut();
            if l.is_empty() {
                return Ok(());
            }
            l.remove(0)
        };
        if let Some(f) = waiter.native::<PyFuture>() {
            if !f.core.done() {
                future::finish(vm, &waiter, State::Result(Value::None));
                return Ok(());
            }
        } else {
            let done = call_method(vm, &waiter, "done", Args::default())?;
            if !truthy(vm, &done)? {
                call_method(vm, &waiter, "set_result", Args::new(vec![Value::None]))?;
                return Ok(());
            }
        }
    }
}

/// `self._get_loop().create_future()`.
fn new_waiter(vm: &Interp, q: &Value) -> PyResult<Value> {
    loop_future(vm, exact(vm, q), q)
}

/// `self._get_loop().create_future()` for any loop-bound primitive; `inst`
/// is `q` when its class's `_get_loop` is the stock one and its instance
/// dict holds nothing that could shadow it.
pub(super) fn loop_future(vm: &Interp, inst: Option<&Instance>, q: &Value) -> PyResult<Value> {
    if let Some(inst) = inst
        && let Some(lp) = super::current_loop(vm)
    {
        // As _LoopBoundMixin: the first loop to wait on it owns it.
        let lv = super::loop_object::loop_value(&lp);
        let mut d = inst.dict.borrow_mut();
        let ours = match d.iter().find(|(k, _)| &***k == "_loop").map(|(_, v)| v) {
            None | Some(Value::None) => {
                d.insert(Rc::from("_loop"), lv);
                true
            }
            Some(v) => v.is(&lv),
        };
        if ours {
            return Ok(future::new_future(&lp));
        }
    }
    let lp = call_method(vm, q, "_get_loop", Args::default())?;
    call_method(vm, &lp, "create_future", Args::default())
}

/// `waiters.append(w)`.
fn append(vm: &Interp, waiters: &Value, w: Value) -> PyResult<()> {
    match waiters {
        Value::List(l) => l.borrow_mut().push(w),
        _ => {
            call_method(vm, waiters, "append", Args::new(vec![w]))?;
        }
    }
    Ok(())
}

/// `try: waiters.remove(w) except ValueError: pass`.
fn remove(vm: &Interp, waiters: &Value, w: &Value) -> PyResult<()> {
    if let Value::List(l) = waiters {
        // Futures compare by identity, and list.remove tries it first.
        let mut l = l.borrow_mut();
        if let Some(i) = l.iter().position(|x| x.is(w)) {
            l.remove(i);
            return Ok(());
        }
    }
    match call_method(vm, waiters, "remove", Args::new(vec![w.clone()])) {
        Ok(_) => Ok(()),
        Err(e) => {
            let value_error = Value::Class(vm.exc_class(ExcKind::ValueError));
            if crate::protocol::exceptions::exception_matches(vm, &e.0, &value_error)? {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

pub(super) fn cancelled(vm: &Interp, w: &Value) -> PyResult<bool> {
    match future::core_of(w) {
        Some(c) => Ok(c.cancelled()),
        None => {
            let r = call_method(vm, w, "cancelled", Args::default())?;
            truthy(vm, &r)
        }
    }
}

/// `await w` for a waiter made by `new_waiter`.
pub(super) fn wait<'a>(vm: &'a Interp, w: &Value) -> Wait<'a> {
    if future::core_of(w).is_some() {
        Wait::Future(AwaitFuture::new(vm, w.clone()))
    } else {
        Wait::Other(crate::protocol::awaiting::await_value(vm, w.clone()))
    }
}

/// What [`wait`] returns: a plain enum rather than an `async fn`, since
/// every task waiting on a queue or lock holds one.
pub(super) enum Wait<'a> {
    /// A loop future, awaited directly.
    Future(AwaitFuture<'a>),
    /// Any other awaitable.
    Other(crate::protocol::awaiting::AwaitValue<'a>),
}

impl std::future::Future for Wait<'_> {
    type Output = PyResult<Value>;
    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        match self.get_mut() {
            Wait::Future(f) => std::pin::Pin::new(f).poll(cx),
            Wait::Other(f) => std::pin::Pin::new(f).poll(cx),
        }
    }
}

fn raise(vm: &Interp, name: &'static str) -> PyErr {
    let class = super::exception_class(vm, name);
    PyErr(vm.new_exception(&class, Vec::new()))
}

/// `put_nowait(self, item)`.
fn put_nowait(vm: &Interp, q: &Value, item: Value) -> PyResult<()> {
    if let Some(inst) = exact(vm, q)
        && let Some(max) = int_attr(inst, MAXSIZE)
        && let Some(items) = list_attr(inst, QUEUE)
        && let Some(unfinished) = int_attr(inst, UNFINISHED).and_then(|n| n.checked_add(1))
        && let Some(getters) = list_attr(inst, GETTERS)
        && let Some(Value::Instance(finished)) = value_attr(inst, FINISHED)
        && is_event(&finished)
    {
        if max > 0 && items.borrow().len() as i64 >= max {
            return Err(raise(vm, "QueueFull"));
        }
        items.borrow_mut().push(item);
        with_field(inst, UNFINISHED, |v| {
            if let Some(v) = v {
                *v = Value::Int(unfinished);
            }
        });
        // Event.clear()
        let set = with_field(&finished, EVENT_VALUE, |v| match v {
            Some(v) => {
                *v = Value::Bool(false);
                true
            }
            None => false,
        });
        if !set {
            finished
                .dict
                .borrow_mut()
                .insert(Rc::from("_value"), Value::Bool(false));
        }
        return wakeup_next(vm, q, &Value::List(getters));
    }
    if full(vm, q)? {
        return Err(raise(vm, "QueueFull"));
    }
    call_method(vm, q, "_put", Args::new(vec![item]))?;
    let n = getattr(vm, q, "_unfinished_tasks")?;
    let n =
        crate::protocol::ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Add, &n, &Value::Int(1))?;
    setattr(vm, q, "_unfinished_tasks", n)?;
    let finished = getattr(vm, q, "_finished")?;
    call_method(vm, &finished, "clear", Args::default())?;
    let getters = getattr(vm, q, "_getters")?;
    wakeup_next(vm, q, &getters)
}

/// `get_nowait(self)`.
fn get_nowait(vm: &Interp, q: &Value) -> PyResult<Value> {
    if let Some(inst) = exact(vm, q)
        && let Some(items) = list_attr(inst, QUEUE)
        && let Some(putters @ Value::List(_)) = value_attr(inst, PUTTERS)
    {
        let item = {
            let mut items = items.borrow_mut();
            if items.is_empty() {
                None
            } else {
                Some(items.remove(0))
            }
        };
        let Some(item) = item else {
            return Err(raise(vm, "QueueEmpty"));
        };
        wakeup_next(vm, q, &putters)?;
        return Ok(item);
    }
    if empty(vm, q)? {
        return Err(raise(vm, "QueueEmpty"));
    }
    let item = call_method(vm, q, "_get", Args::default())?;
    let putters = getattr(vm, q, "_putters")?;
    wakeup_next(vm, q, &putters)?;
    Ok(item)
}

/// Binds `(self, item)` / `(self,)` as a Python method `Queue.<name>`
/// would, with its messages.
fn bind_args(vm: &Interp, mut a: Args, name: &str, item: bool) -> PyResult<(Value, Value)> {
    let takes = if item { 2 } else { 1 };
    if a.kw.is_empty() && a.pos.len() == takes {
        let value = if item { a.pos.pop() } else { None };
        if let Some(q) = a.pos.pop() {
            return Ok((q, value.unwrap_or(Value::None)));
        }
    }
    if a.pos.len() > takes {
        let p = |n: usize| if n == 1 { "argument" } else { "arguments" };
        let given = a.pos.len();
        return Err(vm.type_error(format!(
            "Queue.{name}() takes {takes} positional {} but {given} {} given",
            p(takes),
            if given == 1 { "was" } else { "were" }
        )));
    }
    let kw_item = if item { a.take_kw("item") } else { None };
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!(
            "Queue.{name}() got an unexpected keyword argument '{k}'"
        )));
    }
    let mut pos = std::mem::take(&mut a.pos).into_iter();
    let Some(q) = pos.next() else {
        let missing = if item {
            "2 required positional arguments: 'self' and 'item'"
        } else {
            "1 required positional argument: 'self'"
        };
        return Err(vm.type_error(format!("Queue.{name}() missing {missing}")));
    };
    let value = match (pos.next(), kw_item) {
        (Some(_), Some(_)) => {
            return Err(vm.type_error(format!(
                "Queue.{name}() got multiple values for argument 'item'"
            )));
        }
        (Some(v), None) | (None, Some(v)) => v,
        (None, None) if item => {
            return Err(vm.type_error(format!(
                "Queue.{name}() missing 1 required positional argument: 'item'"
            )));
        }
        (None, None) => Value::None,
    };
    Ok((q, value))
}

fn put_nowait_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let (q, item) = bind_args(vm, a, "put_nowait", true)?;
    put_nowait(vm, &q, item)?;
    Ok(Value::None)
}

fn get_nowait_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let (q, _) = bind_args(vm, a, "get_nowait", false)?;
    get_nowait(vm, &q)
}

/// A coroutine named as the Python method would be.
fn coroutine(vm: &Interp, which: usize, body: Body) -> Value {
    thread_local! {
        static NAMES: [Rc<QualNames>; 2] = [
            QualNames::new(Rc::from("put"), Rc::from("Queue.put")),
            QualNames::new(Rc::from("get"), Rc::from("Queue.get")),
        ];
    }
    named_coroutine(vm, NAMES.with(|n| n[which].clone()), body)
}

/// A coroutine object running `body`, named as `async def` `name` with
/// `qualname` would be (the Rust methods of queues and locks).
pub(super) fn named_coroutine(vm: &Interp, names: Rc<QualNames>, body: Body) -> Value {
    new_rust_object(
        vm,
        Kind::Coroutine,
        names,
        Rc::new(GenChannel::default()),
        body,
    )
}

/// `async def put(self, item)`.
fn put_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let (q, item) = bind_args(vm, a, "put", true)?;
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move {
        let vm = &*vm_rc;
        while full(vm, &q)? {
            let putter = new_waiter(vm, &q)?;
            append(vm, &attr(vm, &q, PUTTERS)?, putter.clone())?;
            if let Err(e) = wait(vm, &putter).await {
                // The waiter may have been woken just before the cancel:
                // pass the wakeup on, as CPython does.
                future::cancel(vm, &putter, None);
                remove(vm, &attr(vm, &q, PUTTERS)?, &putter)?;
                if !full(vm, &q)? && !cancelled(vm, &putter)? {
                    wakeup_next(vm, &q, &attr(vm, &q, PUTTERS)?)?;
                }
                return Err(e);
            }
        }
        if exact(vm, &q).is_some() {
            put_nowait(vm, &q, item)?;
            return Ok(Value::None);
        }
        call_method(vm, &q, "put_nowait", Args::new(vec![item]))
    });
    Ok(coroutine(vm, 0, body))
}

/// `async def get(self)`. Its wait loop mirrors `put`'s rather than sharing
/// a helper: a shared `async fn` made queue_pipeline 1.3% slower
/// (callgrind), its state nested in every `get` coroutine's body.
fn get_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let (q, _) = bind_args(vm, a, "get", false)?;
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move {
        let vm = &*vm_rc;
        while empty(vm, &q)? {
            let getter = new_waiter(vm, &q)?;
            append(vm, &attr(vm, &q, GETTERS)?, getter.clone())?;
            if let Err(e) = wait(vm, &getter).await {
                future::cancel(vm, &getter, None);
                remove(vm, &attr(vm, &q, GETTERS)?, &getter)?;
                if !empty(vm, &q)? && !cancelled(vm, &getter)? {
                    wakeup_next(vm, &q, &attr(vm, &q, GETTERS)?)?;
                }
                return Err(e);
            }
        }
        if exact(vm, &q).is_some() {
            return get_nowait(vm, &q);
        }
        call_method(vm, &q, "get_nowait", Args::default())
    });
    Ok(coroutine(vm, 1, body))
}
