//! Generators, coroutines and async generators without threads or channels.
//!
//! A body is one boxed Rust future (built by [`crate::eval::suspend`]). A
//! `yield` parks the value in the frame's [`GenChannel`] and returns `Pending`
//! once; the driver polls the body and reads the slot: full means a value was
//! yielded, empty while pending means real asynchronous work is waiting (only
//! possible in coroutines and async generators), finished means return.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll, Waker};

use crate::object::exc_kind::ExcKind;
use crate::object::frames::FrameOwner;
use crate::object::gc::Edge;
use crate::object::model::{CellRef, Class, QualNames};
use crate::object::value::{Args, Native, Value};
use crate::{Interp, PyErr, PyResult};

/// A boxed body: a future (an `async` block, polled) or a [`SyncBody`]
/// (stepped), one pointer either way (a program may hold thousands of
/// suspended coroutines).
pub type Body = Pin<Box<dyn BodyFuture>>;

/// What a generator runs: every body future is one, and so is a
/// [`SyncBody`] made into a generator by [`new_stepped`].
pub trait BodyFuture {
    /// Polls it as a future.
    fn poll_body(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<PyResult<Value>>;
    /// The [`SyncBody`] it is, if it is one.
    fn steps(self: Pin<&mut Self>) -> Option<&mut dyn SyncBody> {
        None
    }
    /// [`BodyFuture::steps`], to read.
    fn steps_ref(&self) -> Option<&dyn SyncBody> {
        None
    }
}

impl<F: Future<Output = PyResult<Value>>> BodyFuture for F {
    #[inline]
    fn poll_body(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        self.poll(cx)
    }
}

/// A [`SyncBody`] as a generator's body. Polled (`send`, `throw`), it
/// speaks the channel's protocol as a body future does; `next()` steps it
/// directly ([`Generator::next_stepped`]).
struct Steps<B> {
    chan: Rc<GenChannel>,
    body: B,
}

impl<B: SyncBody + Unpin> BodyFuture for Steps<B> {
    fn poll_body(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        let this = self.get_mut();
        match this.body.step(this.chan.resume.take()) {
            Ok(Some(v)) => {
                this.chan.yielded.set(Some(v));
                Poll::Pending
            }
            Ok(None) => Poll::Ready(Ok(Value::None)),
            Err(e) => Poll::Ready(Err(e)),
        }
    }
    fn steps(self: Pin<&mut Self>) -> Option<&mut dyn SyncBody> {
        Some(&mut self.get_mut().body)
    }
    fn steps_ref(&self) -> Option<&dyn SyncBody> {
        Some(&self.body)
    }
}

/// A generator body that never awaits and runs from one item to the next
/// as a plain call (a generator expression's): driven without a future,
/// a context or the channel's slots.
pub trait SyncBody {
    /// Runs to the next item (`None`: finished). `Throw` raises at the
    /// point where it stopped; what `Send` passes is ignored. An error
    /// leaving the body already names the body's frame in its traceback.
    fn step(&mut self, resume: Option<Resume>) -> PyResult<Option<Value>>;
    /// The variables it holds between items, for the collector.
    fn traverse(&self, visit: &mut dyn FnMut(Edge));
}

/// What the driver passes in when resuming.
pub enum Resume {
    /// `send(value)` / `next()` (None).
    Send(Value),
    /// `throw(exc)`.
    Throw(PyErr),
}

impl Resume {
    /// Hands `self` down to an awaitable through `Interp::passed_down`
    /// (the object layer stores it as `(is_throw, value)`).
    pub(crate) fn pass_down(self, vm: &Interp) {
        *vm.passed_down.borrow_mut() = Some(match self {
            Resume::Send(v) => (false, v),
            Resume::Throw(e) => (true, e.0),
        });
    }

    /// What `pass_down` handed down (sending None when nothing was).
    pub(crate) fn take_passed(vm: &Interp) -> Resume {
        match vm.passed_down.borrow_mut().take() {
            Some((false, v)) => Resume::Send(v),
            Some((true, e)) => Resume::Throw(crate::PyErr(e)),
            None => Resume::Send(Value::None),
        }
    }
}

/// The slot shared by a suspended body and its driver. Its slots are
/// `Cell`s, not `RefCell`s (values move in and out whole): a program may
/// hold thousands of suspended coroutines, each with a channel.
#[derive(Default)]
pub struct GenChannel {
    /// A value the body yielded.
    pub yielded: Cell<Option<Value>>,
    /// The body's last step passed a value up from what it awaits (a
    /// generator-based awaitable) to its driver: what the driver sends
    /// next goes down to that awaitable (through `Interp::passed_down`).
    pub passing: Cell<bool>,
    /// What the body receives when it resumes.
    pub resume: Cell<Option<Resume>>,
    /// The body's source, for "running at file:line" in reprs (None for
    /// bodies written in Rust).
    pub code: Cell<Option<Rc<crate::object::model::Code>>>,
    /// What the body's frame runs, while the body is not running (None
    /// for bodies written in Rust): moved onto the interpreter's frame
    /// stack for each resume and back, so a resume costs no reference
    /// counting.
    pub owner: Cell<Option<FrameOwner>>,
    /// Where the definition starts (its first decorator, or `def`).
    pub first: Cell<u32>,
    /// The statement the body is at (set when a suspending statement
    /// starts, so it is where the body is suspended).
    pub offset: Cell<u32>,
    /// A generator made awaitable by `types.coroutine` (CPython's
    /// `CO_ITERABLE_COROUTINE`): `await` drives it as a generator-based
    /// coroutine, and its body may `yield from` coroutines. On the channel
    /// so the body's frame sees it too.
    pub iterable_coroutine: Cell<bool>,
    /// A throw into the body before it started is handed to it (through
    /// `resume`) instead of ending it.
    pub takes_first_throw: Cell<bool>,
    /// What the body awaits or delegates to right now (`cr_await`,
    /// `ag_await`, `gi_yieldfrom` of a suspended body).
    pub awaiting: Cell<Option<Value>>,
    /// The suspended body's locals and cells, moved out of its frame (which
    /// lives inside the body future, where the cycle collector cannot see)
    /// while it waits, so cycles through them can be collected.
    /// Inline rather than boxed: every body with variables stashes them
    /// when made (its arguments wait here until it starts) and whenever it
    /// suspends, so a box would be one more allocation per coroutine call.
    /// Empty when nothing waits (empty vectors do not allocate).
    pub saved: RefCell<SavedFrame>,
}

impl GenChannel {
    /// The body's source (see [`GenChannel::code`]).
    pub fn code(&self) -> Option<Rc<crate::object::model::Code>> {
        let code = self.code.take();
        self.code.set(code.clone());
        code
    }

    /// Empties the saved-variables holder, giving what it held.
    pub fn take_saved(&self) -> SavedFrame {
        self.saved
            .try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default()
    }

    /// What the body awaits or delegates to now (a clone).
    pub fn awaiting(&self) -> Option<Value> {
        let v = self.awaiting.take();
        self.awaiting.set(v.clone());
        v
    }
}

/// A suspended frame's variables ([`GenChannel::saved`]).
#[derive(Default)]
pub struct SavedFrame {
    /// Fast locals, by slot.
    pub locals: Vec<Option<Value>>,
    /// Cell and free variables.
    pub cells: Box<[CellRef]>,
}

impl SavedFrame {
    /// Nothing waits in it.
    pub fn is_empty(&self) -> bool {
        self.locals.is_empty() && self.cells.is_empty()
    }
}

/// Which kind of resumable object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `def` with `yield`.
    Generator,
    /// `async def` without `yield`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// Lifecycle of a resumable body.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    /// Created, never resumed.
    Created,
    /// Being polled right now.
    Running,
    /// Stopped at a yield or await.
    Suspended,
    /// Returned or raised.
    Finished,
}

/// A generator, coroutine or async generator object.
pub struct Generator {
    /// Which kind.
    pub kind: Kind,
    /// `__name__` and `__qualname__` (usually shared with its function).
    pub names: RefCell<Rc<QualNames>>,
    /// Weak references to it were made (`object/weakref.rs`).
    pub weakrefs: Cell<bool>,
    /// The address its repr shows: a rescued copy shows the original's
    /// (it stands for the same object being finalized); 0 for its own.
    shown_addr: Cell<usize>,
    /// The yield slot.
    pub chan: Rc<GenChannel>,
    /// The body; `None` once finished.
    body: RefCell<Option<Body>>,
    /// Lifecycle.
    pub state: Cell<State>,
    /// A coroutine was awaited (for "cannot reuse already awaited coroutine").
    pub awaited: Cell<bool>,
    /// Exceptions being handled inside the suspended body (boxed: usually
    /// none, and a program may hold thousands of suspended coroutines).
    pub handling: RefCell<Option<Box<Vec<Value>>>>,
    /// An async generator awaitable is in progress (`ag_running`).
    pub in_flight: Cell<bool>,
    /// For finalisation when dropped while suspended.
    pub vm: Weak<Interp>,
    /// This object was made to finalise an abandoned one; when it is
    /// dropped in turn, nothing more is tried (finalisation runs once).
    pub rescued: Cell<bool>,
}

/// Result of one resumption.
pub enum Step {
    /// The body yielded a value.
    Yield(Value),
    /// The body returned (StopIteration / StopAsyncIteration).
    Return(Value),
    /// The body waits for asynchronous work (coroutines and async generators).
    Pending,
    /// What the body awaits yielded a value for the body's driver (CPython's
    /// `yield` at the bottom of an `await` chain, such as a Future yielding
    /// itself to its task).
    Await(Value),
}

/// Wraps the body future of Python code as a Python object, registered
/// with the cycle collector (its suspended frame's variables wait in the
/// channel, where the collector sees them).
pub fn new_object(
    vm: &Interp,
    kind: Kind,
    names: Rc<QualNames>,
    chan: Rc<GenChannel>,
    body: Body,
) -> Value {
    Value::native_tracked(build(vm, kind, names, chan, body))
}

/// A generator object whose body is a [`SyncBody`] (registered with the
/// collector, which sees its variables through [`SyncBody::traverse`]).
pub fn new_stepped(
    vm: &Interp,
    names: Rc<QualNames>,
    chan: Rc<GenChannel>,
    body: impl SyncBody + Unpin + 'static,
) -> Value {
    let body = Box::pin(Steps {
        chan: chan.clone(),
        body,
    });
    Value::native_tracked(build(vm, Kind::Generator, names, chan, body))
}

/// Wraps a body written in Rust: not registered with the collector, which
/// could see nothing inside it (and registering costs memory per object:
/// `asyncio.sleep` makes one per call).
pub fn new_rust_object(
    vm: &Interp,
    kind: Kind,
    names: Rc<QualNames>,
    chan: Rc<GenChannel>,
    body: Body,
) -> Value {
    Value::Native(build(vm, kind, names, chan, body))
}

fn build(
    vm: &Interp,
    kind: Kind,
    names: Rc<QualNames>,
    chan: Rc<GenChannel>,
    body: Body,
) -> Rc<Generator> {
    Rc::new(Generator {
        kind,
        names: RefCell::new(names),
        weakrefs: Cell::new(false),
        chan,
        body: RefCell::new(Some(body)),
        state: Cell::new(State::Created),
        awaited: Cell::new(false),
        handling: RefCell::new(None),
        in_flight: Cell::new(false),
        vm: Rc::downgrade(&vm.rc()),
        rescued: Cell::new(false),
        shown_addr: Cell::new(0),
    })
}

/// A coroutine object named `name` whose body is a Rust future (asyncio's
/// leaf coroutines, wrappers that await something, host coroutines).
pub fn coroutine(vm: &Interp, name: &'static str, body: Body) -> Value {
    new_rust_object(
        vm,
        Kind::Coroutine,
        static_names(name),
        Rc::new(GenChannel::default()),
        body,
    )
}

/// [`coroutine`] with a name made at run time.
pub fn coroutine_named(vm: &Interp, name: Rc<str>, body: Body) -> Value {
    new_rust_object(
        vm,
        Kind::Coroutine,
        QualNames::new(name.clone(), name),
        Rc::new(GenChannel::default()),
        body,
    )
}

/// `name` as both names, shared and made once per thread: leaf coroutines
/// such as `asyncio.sleep`'s are made by the thousand. The few names are
/// told apart by address, without hashing.
pub fn static_names(name: &'static str) -> Rc<QualNames> {
    thread_local! {
        static NAMES: RefCell<Vec<(&'static str, Rc<QualNames>)>> = const { RefCell::new(Vec::new()) };
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some((_, rc)) = names.iter().find(|(n, _)| std::ptr::eq(*n, name)) {
            return rc.clone();
        }
        let s: Rc<str> = Rc::from(name);
        let rc = QualNames::new(s.clone(), s);
        names.push((name, rc.clone()));
        rc
    })
}

impl Generator {
    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.names.borrow().name.clone()
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.names.borrow().qualname.clone()
    }

    /// Polls the body once with the given context.
    pub fn poll_step(&self, vm: &Interp, resume: Resume, cx: &mut Context<'_>) -> PyResult<Step> {
        match self.state.get() {
            State::Running => {
                let what = match self.kind {
                    Kind::Generator => "generator already executing",
                    Kind::Coroutine => "coroutine already executing",
                    Kind::AsyncGenerator => "anext(): asynchronous generator is already running",
                };
                return Err(vm.value_error(what));
            }
            State::Finished => {
                if self.kind == Kind::Coroutine {
                    return Err(vm.error(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return match resume {
                    Resume::Throw(e) => Err(e),
                    Resume::Send(_) => Ok(Step::Return(Value::None)),
                };
            }
            State::Created => {
                if let Resume::Send(v) = &resume
                    && !matches!(v, Value::None)
                {
                    let what = match self.kind {
                        Kind::Generator => "generator",
                        Kind::Coroutine => "coroutine",
                        Kind::AsyncGenerator => "async generator",
                    };
                    return Err(vm.type_error(format!(
                        "can't send non-None value to a just-started {what}"
                    )));
                }
                if let Resume::Throw(e) = resume {
                    // A Rust body standing for an awaitable CPython drives
                    // directly (a task over `agen.aclose()`) takes the
                    // throw itself, on its first poll.
                    if self.chan.takes_first_throw.get() {
                        self.chan.resume.set(Some(Resume::Throw(e)));
                    } else {
                        // Throwing into a body that never ran raises at its
                        // start.
                        self.finish();
                        return Err(e);
                    }
                }
            }
            State::Suspended if self.chan.passing.replace(false) => resume.pass_down(vm),
            State::Suspended => {
                self.chan.resume.set(Some(resume));
            }
        }
        // Bodies written in Rust have no Python frame of their own (and
        // cannot recurse without one in between).
        let python = match self.chan.owner.take() {
            Some(owner) => {
                if let Err((e, owner)) = vm.enter_frame_with(owner, self.chan.offset.get()) {
                    self.chan.owner.set(Some(owner));
                    return Err(e);
                }
                true
            }
            None => false,
        };
        let leave = || {
            if python {
                self.chan.owner.set(vm.leave_frame_with());
            }
        };
        let Some(mut body) = self.body.borrow_mut().take() else {
            leave();
            return Ok(Step::Return(Value::None));
        };
        self.state.set(State::Running);
        // The exception being handled inside the body belongs to the body:
        // it is put back while the body runs and taken away when it
        // suspends, so other tasks and callers never see it.
        let base = vm.handling.borrow().len();
        let saved = self.handling.borrow_mut().take();
        if let Some(saved) = saved {
            vm.handling.borrow_mut().extend(*saved);
        }
        // Awaits nest polls; an embedded interpreter may run on a host
        // thread with a small stack, so deep chains continue on the heap.
        // Checking every 8th level keeps the check off the common path;
        // the red zone covers the levels in between (even unoptimized).
        let depth = vm.frames.borrow().len();
        let is_async = self.kind != Kind::Generator;
        if is_async {
            vm.async_depth.set(vm.async_depth.get() + 1);
        }
        let polled = if depth < 8 || depth.is_multiple_of(8) {
            stacker::maybe_grow(1024 * 1024, 8 * 1024 * 1024, || body.as_mut().poll_body(cx))
        } else {
            body.as_mut().poll_body(cx)
        };
        if is_async {
            vm.async_depth.set(vm.async_depth.get() - 1);
        }
        if polled.is_pending() {
            // The suspending statement's temporaries (`yield Obj().name`)
            // died before it suspended, as their references dropped in
            // CPython: their finalizers run here, in the body's context,
            // before control leaves it, not at the statement's end after
            // it resumes.
            vm.run_finalizers();
        }
        // Usually nothing to take back (and `self.handling` is still the
        // `None` it was left as above).
        let mine = {
            let mut h = vm.handling.borrow_mut();
            (h.len() > base).then(|| h.split_off(base))
        };
        if let Some(mine) = mine
            && matches!(polled, Poll::Pending)
        {
            *self.handling.borrow_mut() = Some(Box::new(mine));
        }
        leave();
        match polled {
            Poll::Pending => {
                *self.body.borrow_mut() = Some(body);
                self.state.set(State::Suspended);
                // A value passed up by what the body awaits: this poll is
                // the nearest one on the stack, so it is the body's.
                if let Some(v) = vm.passed_up.take() {
                    self.chan.passing.set(true);
                    return Ok(Step::Await(v));
                }
                Ok(match self.chan.yielded.take() {
                    Some(v) => Step::Yield(v),
                    None => Step::Pending,
                })
            }
            Poll::Ready(r) => {
                self.finish_returned(vm);
                match r {
                    Ok(v) => Ok(Step::Return(v)),
                    Err(e) => Err(self.translate_stop(vm, e)),
                }
            }
        }
    }

    /// [`Generator::finish`] as its body returns or raises: the finalizers
    /// its dropped variables queued run now, as when CPython clears the
    /// frame, rather than after the resumer's statement.
    fn finish_returned(&self, vm: &Interp) {
        self.finish();
        vm.run_finalizers();
    }

    /// Marks it finished and drops its body and whatever variables of a
    /// body that never ran still wait in the channel.
    pub fn finish(&self) {
        self.state.set(State::Finished);
        let body = self.body.borrow_mut().take();
        let saved = self.chan.take_saved();
        drop((body, saved));
    }

    /// `next()` of a generator whose body is a [`SyncBody`], started or
    /// suspended at a yield: [`Generator::poll_step`]'s work without the
    /// future, the context and the channel's slots (such a body handles
    /// no exceptions and awaits nothing). `None`: not such a generator,
    /// or not in such a state; `poll_step` decides.
    fn next_stepped(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        if !matches!(self.state.get(), State::Created | State::Suspended) {
            return None;
        }
        let mut body = {
            let mut slot = self.body.try_borrow_mut().ok()?;
            // Only a stepped body (others go through `poll_step`).
            slot.as_ref()?.steps_ref()?;
            slot.take()?
        };
        let owner = self.chan.owner.take();
        let python = owner.is_some();
        if let Some(owner) = owner
            && let Err((e, owner)) = vm.enter_frame_with(owner, self.chan.offset.get())
        {
            self.chan.owner.set(Some(owner));
            *self.body.borrow_mut() = Some(body);
            return Some(Err(e));
        }
        self.state.set(State::Running);
        let r = body.as_mut().steps().map_or(Ok(None), |b| b.step(None));
        if matches!(r, Ok(Some(_))) {
            // In the body's context, as `poll_step` runs them.
            vm.run_finalizers();
        }
        if python {
            self.chan.owner.set(vm.leave_frame_with());
        }
        Some(match r {
            Ok(Some(v)) => {
                // The slot is empty (`get_or_insert`: no drop of the `None`).
                self.body.borrow_mut().get_or_insert(body);
                self.state.set(State::Suspended);
                Ok(Some(v))
            }
            Ok(None) => {
                self.finish_returned(vm);
                Ok(None)
            }
            Err(e) => {
                self.finish_returned(vm);
                Err(self.translate_stop(vm, e))
            }
        })
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    fn translate_stop(&self, vm: &Interp, e: PyErr) -> PyErr {
        stop_escaped(vm, self.kind, e)
    }

    /// Resumes a sync generator (polls with a no-op waker).
    pub fn resume(&self, vm: &Interp, resume: Resume) -> PyResult<Step> {
        let mut cx = Context::from_waker(Waker::noop());
        self.poll_step(vm, resume, &mut cx)
    }

    /// Resumes the body with the caller's waker: where the body waits on
    /// something outside Python (a timer, a host future), the caller waits
    /// too, so a task blocked in a generator-based awaitable sleeps
    /// instead of spinning (and virtual time can advance).
    pub async fn step(&self, vm: &Interp, resume: Resume) -> PyResult<Step> {
        let mut resume = Some(resume);
        std::future::poll_fn(|cx| {
            let r = resume.take().unwrap_or(Resume::Send(Value::None));
            match self.poll_step(vm, r, cx) {
                Ok(Step::Pending) => Poll::Pending,
                other => Poll::Ready(other),
            }
        })
        .await
    }

    /// `generator.close()`.
    pub fn close(&self, vm: &Interp) -> PyResult<()> {
        if matches!(self.state.get(), State::Created | State::Finished) {
            self.finish();
            return Ok(());
        }
        let exit = crate::PyErr(vm.new_exception(&vm.exc_class(ExcKind::GeneratorExit), vec![]));
        match self.resume(vm, Resume::Throw(exit)) {
            Ok(Step::Yield(_) | Step::Await(_)) => Err(vm.error(
                ExcKind::RuntimeError,
                match self.kind {
                    Kind::Coroutine => "coroutine ignored GeneratorExit",
                    _ => "generator ignored GeneratorExit",
                },
            )),
            Ok(_) => Ok(()),
            Err(e)
                if e.matches(vm, ExcKind::GeneratorExit)
                    || e.matches(vm, ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

impl Generator {
    /// `name() running at file:line` while the body can still run, else
    /// `name() done, defined at file:line`, as asyncio's reprs show a
    /// coroutine; just `name()` for bodies written in Rust.
    pub fn describe(&self) -> String {
        let Some(code) = self.chan.code() else {
            return format!("{}()", self.qualname());
        };
        let line =
            |offset: u32| pyroclast_syntax::error::locate(&code.source, offset as usize).line;
        match self.state.get() {
            State::Finished => format!(
                "{}() done, defined at {}:{}",
                self.qualname(),
                code.filename,
                line(self.chan.first.get())
            ),
            _ => format!(
                "{}() running at {}:{}",
                self.qualname(),
                code.filename,
                line(self.chan.offset.get())
            ),
        }
    }

    /// A new object owning this one's suspended body, so a finalizer can
    /// close it after this one is dropped.
    fn rescue(&self) -> Value {
        Value::native_tracked(Rc::new(Generator {
            kind: self.kind,
            names: self.names.clone(),
            weakrefs: Cell::new(false),
            chan: self.chan.clone(),
            body: RefCell::new(self.body.borrow_mut().take()),
            state: Cell::new(State::Suspended),
            awaited: Cell::new(false),
            handling: RefCell::new(self.handling.borrow_mut().take()),
            in_flight: Cell::new(false),
            vm: self.vm.clone(),
            rescued: Cell::new(true),
            shown_addr: Cell::new(self.addr()),
        }))
    }
}

/// What the cycle collector does to a suspended generator, coroutine or
/// async generator it found unreachable, before clearing anything (PEP
/// 442, as CPython's `tp_finalize`): a generator or coroutine is closed,
/// so its `finally` blocks run; an async generator goes to the finalizer
/// hook (`sys.set_asyncgen_hooks`, else the running loop's), which
/// closes it later in a task. Runs once per object.
pub fn finalize_collected(vm: &Interp, g: &Value) {
    let Some(genobj) = g.native::<Generator>() else {
        return;
    };
    match genobj.state.get() {
        // Never started: closing it just drops its frame (a coroutine is
        // left to `Drop`, which warns that it was never awaited).
        State::Created if genobj.kind != Kind::Coroutine => return genobj.finish(),
        State::Suspended if !genobj.rescued.replace(true) => {}
        _ => return,
    }
    if genobj.kind == Kind::AsyncGenerator {
        let py_hook = vm.asyncgen_hooks.borrow()[1].clone();
        if let Some(f) = py_hook {
            let args = Args::new(vec![g.clone()]);
            if let Err(e) = crate::protocol::call::call(vm, &f, args) {
                let what = crate::protocol::ops::repr(vm, &f).unwrap_or_default();
                crate::protocol::io::report_unraisable(vm, &e, &f, &what);
            }
            return;
        }
        if (vm.hooks.asyncgen_finalizer.get())(vm, g, true) {
            return;
        }
    }
    if let Err(e) = genobj.close(vm) {
        let what = format!(
            "<{} object {} at {:#x}>",
            match genobj.kind {
                Kind::Generator => "generator",
                Kind::Coroutine => "coroutine",
                Kind::AsyncGenerator => "async_generator",
            },
            genobj.qualname(),
            g.id()
        );
        crate::protocol::io::report_unraisable(vm, &e, g, &what);
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.weakrefs.get() {
            crate::object::weakref::freed(self as *const Self as *const () as usize);
        }
        self.finalize_on_drop();
        // What the body holds goes through the trashcan
        // (`object/trashcan.rs`): `g = (x for x in g)` chains may be deep.
        // Only with the body: without it (finished, or moved to a rescued
        // copy) the channel may be shared with that copy.
        if self.body.get_mut().is_none() {
            return;
        }
        match crate::object::trashcan::enter() {
            Some(_level) => {
                *self.body.get_mut() = None;
                drop(self.chan.take_saved());
                drop(self.chan.awaiting.take());
                drop(self.chan.yielded.take());
                *self.handling.get_mut() = None;
            }
            None => crate::object::trashcan::defer((
                self.body.get_mut().take(),
                self.chan.take_saved(),
                self.chan.awaiting.take(),
                self.chan.yielded.take(),
                self.handling.get_mut().take(),
            )),
        }
    }
}

impl Generator {
    /// Queues the finalisation of a generator or coroutine dropped
    /// mid-way (or the warning about a never-awaited coroutine).
    fn finalize_on_drop(&mut self) {
        if self.rescued.get() {
            return;
        }
        let Some(vm) = self.vm.upgrade() else { return };
        if vm.stopping() || vm.closing.get() {
            return;
        }
        match (self.kind, self.state.get()) {
            // Finalise a generator abandoned mid-way: its `finally` blocks
            // run, as CPython's close-on-collection does. Drop can run while
            // a namespace or container is borrowed, so the close() (which
            // runs `finally` code) waits for the next statement boundary.
            (Kind::Generator, State::Suspended) => {
                if let Ok(mut pending) = vm.finalizers.try_borrow_mut() {
                    pending.push(self.rescue());
                    vm.finalizers_pending.set(true);
                }
            }
            // An abandoned async generator goes to the running loop's
            // finalizer hook, which closes it in a task.
            (Kind::AsyncGenerator, State::Suspended) => {
                let rescued = self.rescue();
                // A finalizer hook set from Python gets it at the next
                // statement boundary (as a weak reference callback would).
                let py_hook = vm.asyncgen_hooks.borrow()[1].clone();
                if let Some(f) = py_hook {
                    if let Ok(mut pending) = vm.finalizers.try_borrow_mut() {
                        pending.push(Value::tuple(vec![f, rescued]));
                        vm.finalizers_pending.set(true);
                    }
                    return;
                }
                // Without a loop to take it, it is closed like a plain
                // generator at the next statement boundary.
                if !(vm.hooks.asyncgen_finalizer.get())(&vm, &rescued, false)
                    && let Ok(mut pending) = vm.finalizers.try_borrow_mut()
                {
                    pending.push(rescued);
                    vm.finalizers_pending.set(true);
                }
            }
            (Kind::Coroutine, State::Created) if !self.awaited.get() => {
                // As CPython: through `warnings` (filters, catch_warnings,
                // the line that dropped it) at the next statement boundary;
                // with no Python code running (at exit), the bare line its
                // C fallback prints.
                let queued = !vm.frames.borrow().is_empty()
                    && vm.finalizers.try_borrow_mut().is_ok_and(|mut pending| {
                        let warn = crate::object::value::builtin("_warn_unawaited", warn_unawaited);
                        pending.push(Value::tuple(vec![warn, self.rescue()]));
                        vm.finalizers_pending.set(true);
                        true
                    });
                if !queued {
                    vm.write_err(&format!(
                        "sys:1: RuntimeWarning: coroutine '{}' was never awaited\n",
                        self.qualname()
                    ));
                }
            }
            _ => {}
        }
    }
}

/// `warnings._warn_unawaited_coroutine(coro)` for a coroutine dropped
/// without being awaited (its finalizer).
fn warn_unawaited(vm: &Interp, a: Args) -> PyResult<Value> {
    let coro = a.pos.first().cloned().unwrap_or(Value::None);
    let r = vm.import("warnings").and_then(|w| {
        let f = crate::protocol::classes::getattr(vm, &w, "_warn_unawaited_coroutine")?;
        crate::protocol::call::call(vm, &f, a)
    });
    // A warning turned into an error cannot propagate from a finalizer:
    // reported on sys.stderr as an unraisable exception.
    if let Err(e) = r {
        let what = crate::protocol::ops::repr(vm, &coro).unwrap_or_default();
        crate::protocol::io::report_unraisable(vm, &e, &coro, &what);
    }
    Ok(Value::None)
}

impl Generator {
    /// The address its repr shows.
    fn addr(&self) -> usize {
        match self.shown_addr.get() {
            0 => self as *const _ as usize,
            a => a,
        }
    }

    /// `gi_frame`: the body's frame; while it runs, the live one on the
    /// frame stack (its owner is there then).
    fn frame(&self, vm: &Interp) -> Value {
        use crate::protocol::tb_objects::FrameObject;
        if let Some(owner) = self.chan.owner.take() {
            let f = FrameObject::suspended(&owner, self.chan.offset.get());
            self.chan.owner.set(Some(owner));
            return f;
        }
        let code = self.chan.code();
        let stack: Rc<[crate::object::frames::ActiveFrame]> = vm.stack_snapshot().into();
        let running = stack.iter().rposition(|f| {
            code.as_ref()
                .is_some_and(|c| Rc::ptr_eq(f.owner.source(), c))
        });
        match running {
            Some(i) => FrameObject::of_stack(stack, i),
            None => Value::None,
        }
    }

    /// `gi_code`: the function's code object (None for bodies in Rust).
    fn code(&self) -> Value {
        let owner = self.chan.owner.take();
        let v = match &owner {
            Some(crate::object::frames::FrameOwner::Function(f)) => {
                crate::protocol::tb_objects::function_code(f)
            }
            _ => Value::None,
        };
        self.chan.owner.set(owner);
        v
    }
}

impl Native for Generator {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(match self.kind {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async_generator",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let what = match self.kind {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async_generator",
        };
        Some(Ok(format!(
            "<{what} object {} at {:#x}>",
            self.qualname(),
            self.addr()
        )))
    }
    fn is_iterator(&self) -> bool {
        self.kind == Kind::Generator
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        // What a suspended body holds where the collector can see it: its
        // variables (`GenChannel::saved`), what it awaits, the exceptions it
        // handles and its function. The rest (temporaries inside the body
        // future) stays invisible, which only keeps more alive.
        if let Ok(saved) = self.chan.saved.try_borrow() {
            saved
                .locals
                .iter()
                .flatten()
                .for_each(|v| visit(Edge::Value(v)));
            saved.cells.iter().for_each(|c| visit(Edge::Cell(c)));
        }
        if let Ok(body) = self.body.try_borrow()
            && let Some(b) = body.as_ref().and_then(|b| b.steps_ref())
        {
            b.traverse(visit);
        }
        if let Some(v) = self.chan.awaiting() {
            visit(Edge::Value(&v));
        }
        if let Ok(h) = self.handling.try_borrow() {
            h.iter()
                .flat_map(|b| b.iter())
                .for_each(|v| visit(Edge::Value(v)));
        }
        let owner = self.chan.owner.take();
        if let Some(FrameOwner::Function(f)) = &owner {
            visit(Edge::Value(&Value::Function(f.clone())));
        }
        self.chan.owner.set(owner);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        // Garbage that finalisation (`close()`, run by the collector first)
        // left suspended: its body is dropped unfinished, as CPython clears
        // such a frame.
        if let Ok(mut body) = self.body.try_borrow_mut()
            && let Some(b) = body.take()
        {
            if self.state.get() != State::Created || self.kind != Kind::Coroutine {
                self.state.set(State::Finished);
            }
            drop(b);
        }
        out.extend(self.chan.take_saved().locals.into_iter().flatten());
        out.extend(self.chan.awaiting.take());
        if let Ok(mut h) = self.handling.try_borrow_mut()
            && let Some(h) = h.take()
        {
            out.extend(*h);
        }
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        if self.kind != Kind::Generator {
            return None;
        }
        if let Some(r) = self.next_stepped(vm) {
            return Some(r);
        }
        Some(match self.resume(vm, Resume::Send(Value::None)) {
            Ok(Step::Yield(v) | Step::Await(v)) => Ok(Some(v)),
            Ok(Step::Return(_)) | Ok(Step::Pending) => Ok(None),
            Err(e) => Err(e),
        })
    }
    fn weak_flag(&self) -> Option<&Cell<bool>> {
        Some(&self.weakrefs)
    }
    fn set_attr(&self, vm: &Interp, name: &str, value: &Value) -> Option<PyResult<()>> {
        if name != "__name__" && name != "__qualname__" {
            return None;
        }
        Some(match value {
            Value::Str(s) => {
                let mut names = QualNames::clone(&self.names.borrow());
                if name == "__name__" {
                    names.name = s.clone();
                } else {
                    names.qualname = s.clone();
                }
                *self.names.borrow_mut() = Rc::new(names);
                Ok(())
            }
            _ => Err(vm.type_error(format!("{name} must be set to a string object"))),
        })
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__name__" => Some(Ok(Value::Str(self.name()))),
            "__qualname__" => Some(Ok(Value::Str(self.qualname()))),
            "gi_frame" | "cr_frame" | "ag_frame" => {
                Some(Ok(if self.state.get() == State::Finished {
                    Value::None
                } else {
                    self.frame(vm)
                }))
            }
            "gi_code" | "cr_code" | "ag_code" => Some(Ok(self.code())),
            "gi_running" | "cr_running" => {
                Some(Ok(Value::Bool(self.state.get() == State::Running)))
            }
            "ag_running" => Some(Ok(Value::Bool(
                self.in_flight.get() || self.state.get() == State::Running,
            ))),
            "gi_suspended" | "cr_suspended" | "ag_suspended" => {
                Some(Ok(Value::Bool(self.state.get() == State::Suspended)))
            }
            // What a suspended body awaits lives inside its Rust future.
            "gi_yieldfrom" | "cr_await" | "ag_await" => {
                Some(Ok(if self.state.get() == State::Suspended {
                    self.chan.awaiting().unwrap_or(Value::None)
                } else {
                    Value::None
                }))
            }
            _ => {
                let _ = vm;
                None
            }
        }
    }
}

/// A StopIteration carrying a generator's return value.
pub fn stop_iteration(vm: &Interp, value: Value) -> PyErr {
    let args = if matches!(value, Value::None) {
        vec![]
    } else {
        vec![value]
    };
    PyErr(vm.new_exception(&vm.exc_class(ExcKind::StopIteration), args))
}

/// The generator behind a value.
pub fn as_generator(v: &Value) -> Option<&Generator> {
    v.native::<Generator>()
}

/// `gen.send(v)`, `gen.throw(e)` for sync generators: yields or raises.
pub fn send(vm: &Interp, g: &Generator, resume: Resume) -> PyResult<Value> {
    if g.kind == Kind::Coroutine {
        g.awaited.set(true);
    }
    match g.resume(vm, resume)? {
        Step::Yield(v) | Step::Await(v) => Ok(v),
        Step::Return(v) => Err(stop_iteration(vm, v)),
        // A coroutine driven by hand yields None where it would suspend.
        Step::Pending => Ok(Value::None),
    }
}

/// Builds the exception for `throw(typ[, val])`.
pub fn throw_value(vm: &Interp, args: &Args) -> PyResult<PyErr> {
    let typ = args.pos.get(1).cloned().unwrap_or(Value::None);
    let val = args.pos.get(2).cloned();
    let exc = match (typ, val) {
        (Value::Class(c), Some(v)) if !matches!(v, Value::None) => match &v {
            Value::Instance(i) if i.exc.is_some() => v,
            _ => crate::protocol::call::call(vm, &Value::Class(c), Args::new(vec![v]))?,
        },
        (t, _) => crate::protocol::exceptions::to_exception(vm, t)?,
    };
    Ok(PyErr(exc))
}

fn self_gen<'a>(vm: &Interp, a: &'a Args) -> PyResult<&'a Generator> {
    a.pos
        .first()
        .and_then(as_generator)
        .ok_or_else(|| vm.type_error("descriptor requires a generator object"))
}

/// Registers the methods of generator and coroutine objects.
pub fn install(vm: &Interp) {
    let table: &[(&'static str, crate::object::value::BuiltinFn)] = &[
        ("send", |vm, a| {
            let g = self_gen(vm, &a)?;
            send(
                vm,
                g,
                Resume::Send(a.pos.get(1).cloned().unwrap_or(Value::None)),
            )
        }),
        ("throw", |vm, a| {
            let g = self_gen(vm, &a)?;
            let e = throw_value(vm, &a)?;
            send(vm, g, Resume::Throw(e))
        }),
        ("close", |vm, a| {
            self_gen(vm, &a)?.close(vm)?;
            Ok(Value::None)
        }),
        ("__next__", |vm, a| {
            let g = self_gen(vm, &a)?;
            send(vm, g, Resume::Send(Value::None))
        }),
        ("__iter__", |_, a| Ok(a.pos[0].clone())),
    ];
    crate::object::model::add_methods(&vm.other_class("generator"), "generator", table);
    let coroutine = vm.other_class("coroutine");
    crate::object::model::add_methods(&coroutine, "coroutine", &table[..3]);
    crate::object::model::add_methods(
        &coroutine,
        "coroutine",
        &[("__await__", crate::protocol::hand_drive::await_wrapper)],
    );
}

impl Interp {
    /// Closes generators abandoned while suspended (CPython closes them when
    /// their last reference goes; we do it at the next statement boundary).
    /// Inline: with nothing pending (almost always) it is one flag test.
    #[inline]
    pub fn run_finalizers(&self) {
        if self.finalizers_pending.get() {
            self.run_pending_finalizers();
        }
    }

    #[inline(never)]
    fn run_pending_finalizers(&self) {
        // A stopped run runs no more Python code; the next run closes them.
        if self.stopping() || !self.finalizers_pending.replace(false) {
            return;
        }
        loop {
            let pending = match self.finalizers.try_borrow_mut() {
                Ok(mut f) => std::mem::take(&mut *f),
                Err(_) => return,
            };
            if pending.is_empty() {
                return;
            }
            for g in pending {
                if let Value::Instance(_) = &g {
                    crate::protocol::gc::run_del(self, &g);
                    continue;
                }
                // A weak reference's callback and the reference.
                if let Value::Tuple(t) = &g
                    && let [callback, weakref] = &t[..]
                {
                    crate::protocol::gc::run_callback(self, callback, weakref);
                    continue;
                }
                if let Some(genobj) = g.native::<crate::protocol::generator::Generator>()
                    && let Err(e) = genobj.close(self)
                {
                    let what = format!("<generator object {} at {:#x}>", genobj.qualname(), g.id());
                    crate::protocol::io::report_unraisable(self, &e, &g, &what);
                }
            }
        }
    }
}

/// PEP 479 for a body of `kind`: StopIteration (or, from an async
/// generator, StopAsyncIteration) escaping it becomes RuntimeError, with
/// the original as its cause.
pub fn stop_escaped(vm: &Interp, kind: Kind, e: PyErr) -> PyErr {
    let (cls, msg) = match kind {
        Kind::Generator => (ExcKind::StopIteration, "generator raised StopIteration"),
        Kind::Coroutine => (ExcKind::StopIteration, "coroutine raised StopIteration"),
        Kind::AsyncGenerator => {
            if e.matches(vm, ExcKind::StopAsyncIteration) {
                (
                    ExcKind::StopAsyncIteration,
                    "async generator raised StopAsyncIteration",
                )
            } else {
                (
                    ExcKind::StopIteration,
                    "async generator raised StopIteration",
                )
            }
        }
    };
    if e.matches(vm, cls) {
        let new = vm.error(ExcKind::RuntimeError, msg);
        if let Value::Instance(i) = &new.0
            && let Some(d) = &i.exc
        {
            let mut d = d.borrow_mut();
            d.cause = Some(e.0.clone());
            d.context = Some(e.0.clone());
            d.suppress_context = true;
        }
        return new;
    }
    e
}
