//! The methods of `asyncio.Lock`, `Event`, `Semaphore` and
//! `BoundedSemaphore` in Rust; the classes themselves (`__init__`,
//! `__repr__`, `Condition`, `Barrier`) stay in `python/asyncio/locks.py`.
//! Each function follows CPython 3.11's asyncio/locks.py line by line, so
//! waiters wake on the same loop turns and in the same order. Every read or
//! write of an attribute and every call of a method CPython's code makes
//! is one helper here: on an exact stock instance whose dict holds only
//! the stock attributes it works on the dict (or calls the Rust method
//! directly); otherwise (a subclass, an instance attribute that could
//! shadow a method) it does what the Python code does, so overriding
//! `locked()`, `_wake_up_first()`... keeps working. Waiters that are not a
//! deque of plain futures get their own methods called.

// The waiting helpers return `async move` blocks rather than being `async
// fn`s, which store their arguments twice: every waiting task holds one.
#![allow(clippy::manual_async_fn)]

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use pyroclast_syntax::ast::{BinOp, CmpOp};

use super::future::{self, PyFuture, State};
use super::queues::{Field, cancelled, loop_future, named_coroutine, value_attr, wait, with_field};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Instance, QualNames};
use crate::object::value::{Args, Value, builtin, python_method};
use crate::protocol::classes::{call_method, getattr, setattr};
use crate::protocol::generator::Body;
use crate::protocol::ops::truthy;
use crate::stdlib::collections::Deque;
use crate::{Interp, PyErr, PyResult};

/// The native methods, for `locks.py` to put in the class bodies.
/// `_deque` is the deque class, for `__init__` (`collections.deque()` in
/// CPython) without importing `collections` with asyncio.
pub fn fill(vm: &Interp, put: &mut impl FnMut(&str, Value)) {
    put(
        "_deque",
        Value::Class(crate::stdlib::collections::deque_class(vm)),
    );
    put(
        "_locks_aenter",
        python_method("_ContextManagerMixin", "__aenter__", aenter_method),
    );
    put(
        "_locks_aexit",
        python_method("_ContextManagerMixin", "__aexit__", aexit_method),
    );
    put(
        "_lock_locked",
        python_method("Lock", "locked", lock_locked_method),
    );
    put(
        "_lock_acquire",
        python_method("Lock", "acquire", lock_acquire_method),
    );
    put(
        "_lock_release",
        python_method("Lock", "release", lock_release_method),
    );
    put(
        "_lock_wake_up_first",
        python_method("Lock", "_wake_up_first", lock_wake_up_first_method),
    );
    put(
        "_event_is_set",
        python_method("Event", "is_set", event_is_set_method),
    );
    put(
        "_event_set",
        python_method("Event", "set", event_set_method),
    );
    put(
        "_event_clear",
        python_method("Event", "clear", event_clear_method),
    );
    put(
        "_event_wait",
        python_method("Event", "wait", event_wait_method),
    );
    put(
        "_sem_locked",
        python_method("Semaphore", "locked", sem_locked_method),
    );
    put(
        "_sem_acquire",
        python_method("Semaphore", "acquire", sem_acquire_method),
    );
    put(
        "_sem_release",
        python_method("Semaphore", "release", sem_release_method),
    );
    put(
        "_sem_wake_up_next",
        python_method("Semaphore", "_wake_up_next", sem_wake_up_next_method),
    );
    put(
        "_bsem_release",
        python_method("BoundedSemaphore", "release", bsem_release_method),
    );
    put("_locks_register", builtin("_locks_register", register));
}

/// Which stock class an instance is exactly.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prim {
    Lock = 0,
    Event = 1,
    Semaphore = 2,
    Bounded = 3,
}

thread_local! {
    /// The stock Lock, Event, Semaphore and BoundedSemaphore classes of
    /// each interpreter on this thread (told apart by address; the weak
    /// references keep the addresses from reuse).
    static CLASSES: RefCell<Vec<[Weak<Class>; 4]>> = const { RefCell::new(Vec::new()) };
}

/// `_locks_register(Lock, Event, Semaphore, BoundedSemaphore)`.
fn register(_vm: &Interp, a: Args) -> PyResult<Value> {
    if let [
        Value::Class(l),
        Value::Class(e),
        Value::Class(s),
        Value::Class(b),
    ] = &a.pos[..]
    {
        CLASSES.with(|c| {
            let mut c = c.borrow_mut();
            c.retain(|k| k[0].strong_count() > 0);
            c.push([
                Rc::downgrade(l),
                Rc::downgrade(e),
                Rc::downgrade(s),
                Rc::downgrade(b),
            ]);
        });
    }
    Ok(Value::None)
}

/// The attributes a stock instance's dict may hold, by class.
fn allowed(p: Prim) -> &'static [&'static str] {
    match p {
        Prim::Lock => &["_waiters", "_locked", "_loop"],
        Prim::Event | Prim::Semaphore => &["_waiters", "_value", "_loop"],
        Prim::Bounded => &["_bound_value", "_waiters", "_value", "_loop"],
    }
}

/// `s` as an exact stock instance whose dict holds only the stock
/// attributes, so its methods are the ones written here.
fn stock(s: &Value) -> Option<(&Instance, Prim)> {
    let Value::Instance(inst) = s else {
        return None;
    };
    let p = Rc::as_ptr(&inst.class);
    let kind = CLASSES.with(|c| {
        c.borrow().iter().find_map(|k| {
            [Prim::Lock, Prim::Event, Prim::Semaphore, Prim::Bounded]
                .into_iter()
                .find(|&kind| std::ptr::eq(k[kind as usize].as_ptr(), p))
        })
    })?;
    let names = allowed(kind);
    let clean = inst
        .dict
        .try_borrow()
        .is_ok_and(|d| d.keys().all(|k| names.iter().any(|n| **k == **n)));
    clean.then_some((&**inst, kind))
}

// Where `__init__` puts each attribute (a hint; the name decides).
const WAITERS: Field = (0, "_waiters");
const LOCKED: Field = (1, "_locked");
const VALUE: Field = (1, "_value");
const B_WAITERS: Field = (1, "_waiters");
const B_VALUE: Field = (2, "_value");
const BOUND: Field = (0, "_bound_value");

/// The field as laid out in `kind`'s instances.
fn at(kind: Prim, field: Field) -> Field {
    match (kind, field.1) {
        (Prim::Bounded, "_waiters") => B_WAITERS,
        (Prim::Bounded, "_value") => B_VALUE,
        _ => field,
    }
}

/// `self`, with what [`stock`] found when the current step of an
/// operation began (looked up again after every await).
#[derive(Clone, Copy)]
struct Obj<'a> {
    s: &'a Value,
    fast: Option<(&'a Instance, Prim)>,
}

impl<'a> Obj<'a> {
    fn new(s: &'a Value) -> Self {
        Obj { s, fast: stock(s) }
    }

    /// The stock class `self` is exactly, with a dict of stock attributes.
    fn kind(self) -> Option<Prim> {
        self.fast.map(|(_, k)| k)
    }

    /// `self.<field>`.
    fn read(self, vm: &Interp, field: Field) -> PyResult<Value> {
        if let Some((inst, kind)) = self.fast
            && let Some(v) = value_attr(inst, at(kind, field))
        {
            return Ok(v);
        }
        getattr(vm, self.s, field.1)
    }

    /// `self.<field> = v`.
    fn write(self, vm: &Interp, field: Field, v: Value) -> PyResult<()> {
        if let Some((inst, kind)) = self.fast {
            let mut v = Some(v);
            with_field(inst, at(kind, field), |slot| {
                if let Some(slot) = slot {
                    *slot = v.take().unwrap_or(Value::None);
                }
            });
            if let Some(v) = v {
                inst.dict.borrow_mut().insert(Rc::from(field.1), v);
            }
            return Ok(());
        }
        setattr(vm, self.s, field.1, v)
    }

    /// `self.<field> += delta` (`-=` for a negative delta).
    fn add(self, vm: &Interp, field: Field, delta: i64) -> PyResult<()> {
        let v = self.read(vm, field)?;
        let n = if let Value::Int(i) = v
            && let Some(n) = i.checked_add(delta)
        {
            Value::Int(n)
        } else {
            let (op, d) = if delta < 0 {
                (BinOp::Sub, -delta)
            } else {
                (BinOp::Add, delta)
            };
            crate::protocol::ops::binary_op(vm, op, &v, &Value::Int(d))?
        };
        self.write(vm, field, n)
    }
}

/// `self.<field> <op> n`, as a truth value.
fn compare(vm: &Interp, v: &Value, op: CmpOp, n: &Value) -> PyResult<bool> {
    if let (Value::Int(a), Value::Int(b)) = (v, n) {
        return Ok(match op {
            CmpOp::Eq => a == b,
            CmpOp::Gt => a > b,
            CmpOp::GtE => a >= b,
            _ => a < b,
        });
    }
    let r = crate::protocol::ops::compare(vm, op, v, n)?;
    truthy(vm, &r)
}

// --- the waiters deque and its futures --------------------------------

/// `bool(waiters)`.
fn any_waiters(vm: &Interp, w: &Value) -> PyResult<bool> {
    match w.native::<Deque>() {
        Some(d) => Ok(!d.is_empty()),
        None => truthy(vm, w),
    }
}

/// `for fut in waiters: if f(fut): break`, one item at a time as a deque
/// iterator goes (CPython's loops stop at the first match, and a waiting
/// line can be thousands long).
fn scan(vm: &Interp, w: &Value, mut f: impl FnMut(&Value) -> PyResult<bool>) -> PyResult<()> {
    if let Some(d) = w.native::<Deque>() {
        let version = d.version();
        let mut i = 0;
        while let Some(fut) = d.get(i) {
            if f(&fut)? {
                return Ok(());
            }
            if d.version() != version {
                return Err(vm.error(ExcKind::RuntimeError, "deque mutated during iteration"));
            }
            i += 1;
        }
        return Ok(());
    }
    let it = crate::protocol::iter::iter_object(vm, w)?;
    while let Some(fut) = crate::protocol::iter::next_of(vm, &it)? {
        if f(&fut)? {
            break;
        }
    }
    Ok(())
}

/// `waiters.append(fut)`.
fn append(vm: &Interp, w: &Value, fut: Value) -> PyResult<()> {
    match w.native::<Deque>() {
        Some(d) => d.push_back(fut),
        None => {
            call_method(vm, w, "append", Args::new(vec![fut]))?;
        }
    }
    Ok(())
}

/// `waiters.remove(fut)` (a ValueError when it is not there, as CPython's).
fn remove(vm: &Interp, w: &Value, fut: &Value) -> PyResult<()> {
    // Futures compare by identity, and deque.remove tries identity first.
    if let Some(d) = w.native::<Deque>()
        && d.remove_identical(fut)
    {
        return Ok(());
    }
    call_method(vm, w, "remove", Args::new(vec![fut.clone()])).map(|_| ())
}

/// `fut.done()`.
fn done(vm: &Interp, fut: &Value) -> PyResult<bool> {
    match fut.native::<PyFuture>() {
        Some(f) => Ok(f.core.done()),
        None => {
            let r = call_method(vm, fut, "done", Args::default())?;
            truthy(vm, &r)
        }
    }
}

/// `fut.set_result(True)` on a future not done.
fn set_true(vm: &Interp, fut: &Value) -> PyResult<()> {
    if fut.native::<PyFuture>().is_some() {
        future::finish(vm, fut, State::Result(Value::Bool(true)));
        return Ok(());
    }
    call_method(vm, fut, "set_result", Args::new(vec![Value::Bool(true)])).map(|_| ())
}

/// Whether `e` is a `CancelledError`.
fn is_cancel(vm: &Interp, e: &PyErr) -> PyResult<bool> {
    let class = Value::Class(super::exception_class(vm, "CancelledError"));
    crate::protocol::exceptions::exception_matches(vm, &e.0, &class)
}

/// `self._get_loop().create_future()`.
fn new_waiter(vm: &Interp, o: Obj) -> PyResult<Value> {
    loop_future(vm, o.fast.map(|(i, _)| i), o.s)
}

/// `if self._waiters is None: self._waiters = collections.deque()`, then a
/// new waiter future appended to it.
fn enqueue_waiter(vm: &Interp, o: Obj) -> PyResult<Value> {
    if matches!(o.read(vm, WAITERS)?, Value::None) {
        o.write(vm, WAITERS, Deque::new_value())?;
    }
    let fut = new_waiter(vm, o)?;
    append(vm, &o.read(vm, WAITERS)?, fut.clone())?;
    Ok(fut)
}

/// The outcome of `try: await fut finally: self._waiters.remove(fut)`.
fn await_waiter<'a>(
    vm: &'a Interp,
    s: &'a Value,
    fut: &'a Value,
    field: Field,
) -> impl std::future::Future<Output = PyResult<Value>> + 'a {
    async move {
        let r = wait(vm, fut).await;
        let removed = Obj::new(s)
            .read(vm, field)
            .and_then(|w| remove(vm, &w, fut));
        match (r, removed) {
            (_, Err(e)) => Err(e),
            (r, Ok(())) => r,
        }
    }
}

// --- arguments and coroutines -----------------------------------------

/// Binds positional parameters as a Python `def` with these parameters
/// would, with its messages (`Lock.release() takes 1 positional argument
/// but 2 were given`).
fn bind(vm: &Interp, mut a: Args, qual: &str, params: &[&str]) -> PyResult<Vec<Value>> {
    let n = params.len();
    if a.kw.is_empty() && a.pos.len() == n {
        return Ok(std::mem::take(&mut a.pos));
    }
    if a.pos.len() > n {
        let given = a.pos.len();
        return Err(vm.type_error(format!(
            "{qual}() takes {n} positional argument{} but {given} {} given",
            if n == 1 { "" } else { "s" },
            if given == 1 { "was" } else { "were" }
        )));
    }
    let mut slots: Vec<Option<Value>> = a.pos.drain(..).map(Some).collect();
    slots.resize(n, None);
    for (k, v) in std::mem::take(&mut a.kw) {
        let Some(i) = params.iter().position(|p| **p == *k) else {
            return Err(vm.type_error(format!("{qual}() got an unexpected keyword argument '{k}'")));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!("{qual}() got multiple values for argument '{k}'")));
        }
        slots[i] = Some(v);
    }
    let missing: Vec<String> = params
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(p, _)| format!("'{p}'"))
        .collect();
    if !missing.is_empty() {
        let m = missing.len();
        let list = match m {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, and {}", missing[..m - 1].join(", "), missing[m - 1]),
        };
        return Err(vm.type_error(format!(
            "{qual}() missing {m} required positional argument{}: {list}",
            if m == 1 { "" } else { "s" }
        )));
    }
    Ok(slots
        .into_iter()
        .map(|s| s.unwrap_or(Value::None))
        .collect())
}

/// `self`, the one argument of most methods here.
fn this(vm: &Interp, a: Args, qual: &str) -> PyResult<Value> {
    let mut v = bind(vm, a, qual, &["self"])?;
    Ok(v.pop().unwrap_or(Value::None))
}

/// The coroutine of `async def <qualname>` running `body`.
fn coroutine(vm: &Interp, which: usize, body: Body) -> Value {
    thread_local! {
        static NAMES: [Rc<QualNames>; 5] = [
            QualNames::new(Rc::from("__aenter__"), Rc::from("_ContextManagerMixin.__aenter__")),
            QualNames::new(Rc::from("__aexit__"), Rc::from("_ContextManagerMixin.__aexit__")),
            QualNames::new(Rc::from("acquire"), Rc::from("Lock.acquire")),
            QualNames::new(Rc::from("wait"), Rc::from("Event.wait")),
            QualNames::new(Rc::from("acquire"), Rc::from("Semaphore.acquire")),
        ];
    }
    named_coroutine(vm, NAMES.with(|n| n[which].clone()), body)
}

// --- _ContextManagerMixin ---------------------------------------------

/// `async def __aenter__(self): await self.acquire(); return None`.
fn aenter_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "_ContextManagerMixin.__aenter__")?;
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move {
        let vm = &*vm_rc;
        match Obj::new(&s).kind() {
            Some(Prim::Lock) => {
                lock_acquire(vm, &s).await?;
            }
            Some(Prim::Semaphore | Prim::Bounded) => {
                sem_acquire(vm, &s).await?;
            }
            _ => {
                let c = call_method(vm, &s, "acquire", Args::default())?;
                crate::protocol::awaiting::await_value(vm, c).await?;
            }
        }
        Ok(Value::None)
    });
    Ok(coroutine(vm, 0, body))
}

/// `async def __aexit__(self, exc_type, exc, tb): self.release()`.
fn aexit_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let mut v = bind(
        vm,
        a,
        "_ContextManagerMixin.__aexit__",
        &["self", "exc_type", "exc", "tb"],
    )?;
    v.truncate(1);
    let s = v.pop().unwrap_or(Value::None);
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move {
        let vm = &*vm_rc;
        let o = Obj::new(&s);
        match o.kind() {
            Some(Prim::Lock) => lock_release(vm, o)?,
            Some(Prim::Semaphore) => sem_release(vm, o)?,
            Some(Prim::Bounded) => bsem_release(vm, o)?,
            _ => {
                call_method(vm, &s, "release", Args::default())?;
            }
        }
        Ok(Value::None)
    });
    Ok(coroutine(vm, 1, body))
}

// --- Lock -------------------------------------------------------------

fn lock_locked_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Lock.locked")?;
    Obj::new(&s).read(vm, LOCKED)
}

/// `async def acquire(self)`.
fn lock_acquire_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Lock.acquire")?;
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move { lock_acquire(&vm_rc, &s).await });
    Ok(coroutine(vm, 2, body))
}

fn lock_acquire<'a>(
    vm: &'a Interp,
    s: &'a Value,
) -> impl std::future::Future<Output = PyResult<Value>> + 'a {
    async move {
        let o = Obj::new(s);
        // if (not self._locked and (self._waiters is None or
        //         all(w.cancelled() for w in self._waiters))):
        if !truthy(vm, &o.read(vm, LOCKED)?)? {
            let w = o.read(vm, WAITERS)?;
            let free = match &w {
                Value::None => true,
                w => {
                    let mut all = true;
                    scan(vm, w, |fut| {
                        all = cancelled(vm, fut)?;
                        Ok(!all)
                    })?;
                    all
                }
            };
            if free {
                o.write(vm, LOCKED, Value::Bool(true))?;
                return Ok(Value::Bool(true));
            }
        }
        let fut = enqueue_waiter(vm, o)?;
        let r = await_waiter(vm, s, &fut, WAITERS).await;
        let o = Obj::new(s);
        if let Err(e) = r {
            if is_cancel(vm, &e)? && !truthy(vm, &o.read(vm, LOCKED)?)? {
                wake_up_first(vm, o)?;
            }
            return Err(e);
        }
        o.write(vm, LOCKED, Value::Bool(true))?;
        Ok(Value::Bool(true))
    }
}

fn lock_release_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Lock.release")?;
    lock_release(vm, Obj::new(&s))?;
    Ok(Value::None)
}

fn lock_release(vm: &Interp, o: Obj) -> PyResult<()> {
    if truthy(vm, &o.read(vm, LOCKED)?)? {
        o.write(vm, LOCKED, Value::Bool(false))?;
        wake_up_first(vm, o)
    } else {
        Err(vm.error(ExcKind::RuntimeError, "Lock is not acquired."))
    }
}

/// `self._wake_up_first()`.
fn wake_up_first(vm: &Interp, o: Obj) -> PyResult<()> {
    if o.kind() == Some(Prim::Lock) {
        return lock_wake_up_first(vm, o);
    }
    call_method(vm, o.s, "_wake_up_first", Args::default()).map(|_| ())
}

fn lock_wake_up_first_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Lock._wake_up_first")?;
    lock_wake_up_first(vm, Obj::new(&s))?;
    Ok(Value::None)
}

fn lock_wake_up_first(vm: &Interp, o: Obj) -> PyResult<()> {
    let w = o.read(vm, WAITERS)?;
    if !any_waiters(vm, &w)? {
        return Ok(());
    }
    // fut = next(iter(self._waiters)), StopIteration ending it quietly.
    let fut = match w.native::<Deque>() {
        Some(d) => d.front(),
        None => {
            let it = crate::protocol::iter::iter_object(vm, &w)?;
            crate::protocol::iter::next_of(vm, &it)?
        }
    };
    let Some(fut) = fut else {
        return Ok(());
    };
    if !done(vm, &fut)? {
        set_true(vm, &fut)?;
    }
    Ok(())
}

// --- Event ------------------------------------------------------------

fn event_is_set_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Event.is_set")?;
    Obj::new(&s).read(vm, VALUE)
}

fn event_set_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Event.set")?;
    let o = Obj::new(&s);
    if !truthy(vm, &o.read(vm, VALUE)?)? {
        o.write(vm, VALUE, Value::Bool(true))?;
        scan(vm, &o.read(vm, WAITERS)?, |fut| {
            if !done(vm, fut)? {
                set_true(vm, fut)?;
            }
            Ok(false)
        })?;
    }
    Ok(Value::None)
}

fn event_clear_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Event.clear")?;
    Obj::new(&s).write(vm, VALUE, Value::Bool(false))?;
    Ok(Value::None)
}

/// `async def wait(self)`.
fn event_wait_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Event.wait")?;
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move {
        let vm = &*vm_rc;
        let o = Obj::new(&s);
        if truthy(vm, &o.read(vm, VALUE)?)? {
            return Ok(Value::Bool(true));
        }
        let fut = new_waiter(vm, o)?;
        append(vm, &o.read(vm, WAITERS)?, fut.clone())?;
        await_waiter(vm, &s, &fut, WAITERS).await?;
        Ok(Value::Bool(true))
    });
    Ok(coroutine(vm, 3, body))
}

// --- Semaphore and BoundedSemaphore -----------------------------------

fn sem_locked_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Semaphore.locked")?;
    Ok(Value::Bool(sem_locked(vm, Obj::new(&s))?))
}

/// `self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))`.
fn sem_locked(vm: &Interp, o: Obj) -> PyResult<bool> {
    if compare(vm, &o.read(vm, VALUE)?, CmpOp::Eq, &Value::Int(0))? {
        return Ok(true);
    }
    let w = o.read(vm, WAITERS)?;
    if !any_waiters(vm, &w)? {
        return Ok(false);
    }
    let mut any = false;
    scan(vm, &w, |fut| {
        any = !cancelled(vm, fut)?;
        Ok(any)
    })?;
    Ok(any)
}

/// `self.locked()`.
fn call_locked(vm: &Interp, o: Obj) -> PyResult<bool> {
    if matches!(o.kind(), Some(Prim::Semaphore | Prim::Bounded)) {
        return sem_locked(vm, o);
    }
    let r = call_method(vm, o.s, "locked", Args::default())?;
    truthy(vm, &r)
}

/// `async def acquire(self)`.
fn sem_acquire_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Semaphore.acquire")?;
    let vm_rc = vm.rc();
    let body: Body = Box::pin(async move { sem_acquire(&vm_rc, &s).await });
    Ok(coroutine(vm, 4, body))
}

fn sem_acquire<'a>(
    vm: &'a Interp,
    s: &'a Value,
) -> impl std::future::Future<Output = PyResult<Value>> + 'a {
    async move {
        let o = Obj::new(s);
        if !call_locked(vm, o)? {
            o.add(vm, VALUE, -1)?;
            return Ok(Value::Bool(true));
        }
        let fut = enqueue_waiter(vm, o)?;
        let r = await_waiter(vm, s, &fut, WAITERS).await;
        let o = Obj::new(s);
        if let Err(e) = r {
            if is_cancel(vm, &e)? && !cancelled(vm, &fut)? {
                o.add(vm, VALUE, 1)?;
                wake_up_next(vm, o)?;
            }
            return Err(e);
        }
        if compare(vm, &o.read(vm, VALUE)?, CmpOp::Gt, &Value::Int(0))? {
            wake_up_next(vm, o)?;
        }
        Ok(Value::Bool(true))
    }
}

fn sem_release_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Semaphore.release")?;
    sem_release(vm, Obj::new(&s))?;
    Ok(Value::None)
}

fn sem_release(vm: &Interp, o: Obj) -> PyResult<()> {
    o.add(vm, VALUE, 1)?;
    wake_up_next(vm, o)
}

/// `self._wake_up_next()`.
fn wake_up_next(vm: &Interp, o: Obj) -> PyResult<()> {
    if matches!(o.kind(), Some(Prim::Semaphore | Prim::Bounded)) {
        return sem_wake_up_next(vm, o);
    }
    call_method(vm, o.s, "_wake_up_next", Args::default()).map(|_| ())
}

fn sem_wake_up_next_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "Semaphore._wake_up_next")?;
    sem_wake_up_next(vm, Obj::new(&s))?;
    Ok(Value::None)
}

fn sem_wake_up_next(vm: &Interp, o: Obj) -> PyResult<()> {
    let w = o.read(vm, WAITERS)?;
    if !any_waiters(vm, &w)? {
        return Ok(());
    }
    scan(vm, &w, |fut| {
        if done(vm, fut)? {
            return Ok(false);
        }
        o.add(vm, VALUE, -1)?;
        set_true(vm, fut)?;
        Ok(true)
    })
}

fn bsem_release_method(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, a, "BoundedSemaphore.release")?;
    bsem_release(vm, Obj::new(&s))?;
    Ok(Value::None)
}

fn bsem_release(vm: &Interp, o: Obj) -> PyResult<()> {
    let value = o.read(vm, VALUE)?;
    if compare(vm, &value, CmpOp::GtE, &o.read(vm, BOUND)?)? {
        return Err(vm.value_error("BoundedSemaphore released too many times"));
    }
    // super().release()
    sem_release(vm, o)
}
