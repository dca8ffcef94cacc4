//! The evaluator. Plain function bodies and every subtree that cannot
//! suspend run in the recursive sync evaluator ([`expr`], [`stmt`]); the
//! bodies of generators and coroutines are one Rust future each, produced by
//! the async evaluator ([`suspend`]), which handles only the statements and
//! expressions the resolver marked as able to suspend and hands the rest to
//! the sync one.

pub mod args;
pub mod assign;
mod calls;
pub mod dynamic;
pub mod except_star;
pub mod expr;
mod genexpr;
pub mod pattern;
pub mod stmt;
mod super_call;
pub mod suspend;

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use pyroclast_syntax::ast::{ScopeInfo, Stmt};

use crate::object::frames::FrameOwner;
use crate::object::model::{CellRef, Code, Function, Namespace, TracebackEntry};
use crate::object::value::{Args, Value};
use crate::protocol::generator::GenChannel;
use crate::{Flow, Interp, PyErr, PyResult};

/// The `__qualname__` prefix of a frame, computed only when something is
/// defined in it (building it on every call would cost a format per call).
#[derive(Clone)]
pub enum Qual {
    /// The prefix itself (module: empty; class body: `C.`).
    Prefix(Rc<str>),
    /// Inside function `qualname`: the prefix is `qualname.<locals>.`.
    Locals(Rc<str>),
}

impl Qual {
    /// The prefix text.
    pub fn prefix(&self) -> String {
        match self {
            Qual::Prefix(p) => p.to_string(),
            Qual::Locals(q) => format!("{q}.<locals>."),
        }
    }
}

/// One activation of a function, class body or module.
pub struct Frame {
    /// Fast locals, by resolver slot.
    pub locals: Vec<Option<Value>>,
    /// Cell and free variables, by resolver index.
    pub cells: Box<[CellRef]>,
    /// The module's globals.
    pub globals: Rc<Namespace>,
    /// The namespace of a class body being executed.
    pub class_ns: Option<Rc<Namespace>>,
    /// Source, for tracebacks.
    pub code: Rc<Code>,
    /// Byte offset of the statement being executed.
    pub offset: u32,
    /// The channel to the driver, in generator and coroutine bodies.
    pub channel: Option<Rc<GenChannel>>,
    /// Where functions and classes defined here get their `__qualname__`.
    pub qual: Qual,
    /// The scope, for comprehension and class bodies defined here.
    pub scope: Option<Rc<ScopeInfo>>,
    /// Interactive input: expression statements print their value's repr
    /// (through `sys.displayhook`'s rules) and bind it to `_`.
    pub echo: bool,
    /// Made when a traceback first names this frame: its locals move there
    /// when it ends (`TracebackEntry::locals`).
    pub kept: std::cell::OnceCell<crate::object::model::FrameLocals>,
}

impl Drop for Frame {
    fn drop(&mut self) {
        if let Some(slot) = self.kept.get()
            && let Ok(mut slot) = slot.try_borrow_mut()
        {
            *slot = std::mem::take(&mut self.locals);
        }
        give_back_locals(std::mem::take(&mut self.locals));
    }
}

use crate::object::spare::give_back_locals;

use calls::run_body;
pub use calls::{
    call_function, call_function_with, call_positional, frame_with_locals, function_frame,
    run_frame,
};

impl Frame {
    /// Moves to the statement at `offset` (also where `sys._getframe` and
    /// warnings see this frame, which is the running one).
    #[inline(always)]
    pub fn at(&mut self, vm: &Interp, offset: u32) {
        self.offset = offset;
        vm.line.set(offset);
    }

    /// Moves the locals and cells to the generator's channel before the
    /// body suspends (`GenChannel::saved`); [`Frame::unstash`] takes them
    /// back when it resumes. Nothing else reads a frame's own slots while
    /// its body waits. A no-op outside generator and coroutine bodies.
    #[inline]
    pub fn stash(&mut self) {
        if self.locals.is_empty() && self.cells.is_empty() {
            return;
        }
        // Only into an empty holder (a body's arguments wait there until
        // it starts); nothing else borrows it while a frame runs.
        if let Some(chan) = &self.channel
            && let Ok(mut saved) = chan.saved.try_borrow_mut()
            && saved.is_empty()
        {
            std::mem::swap(&mut saved.locals, &mut self.locals);
            std::mem::swap(&mut saved.cells, &mut self.cells);
        }
    }

    /// Takes back what [`Frame::stash`] moved out.
    #[inline]
    pub fn unstash(&mut self) {
        if let Some(chan) = &self.channel
            && self.locals.is_empty()
            && self.cells.is_empty()
            && let Ok(mut saved) = chan.saved.try_borrow_mut()
        {
            std::mem::swap(&mut saved.locals, &mut self.locals);
            std::mem::swap(&mut saved.cells, &mut self.cells);
        }
    }

    /// The name tracebacks show for it (`co_name`): its scope's, or
    /// `<module>` at top level.
    pub fn name(&self) -> Rc<str> {
        thread_local! {
            static MODULE: Rc<str> = Rc::from("<module>");
        }
        match &self.scope {
            Some(s) => s.name.clone(),
            None => MODULE.with(Rc::clone),
        }
    }

    /// A module-level frame.
    pub fn module(globals: Rc<Namespace>, code: Rc<Code>) -> Frame {
        Frame {
            locals: Vec::new(),
            cells: Box::default(),
            globals,
            class_ns: None,
            code,
            offset: 0,
            channel: None,
            qual: Qual::Prefix(Rc::from("")),
            scope: None,
            echo: false,
            kept: Default::default(),
        }
    }

    /// Records this frame in the traceback of an exception that reached
    /// it (raised here or coming from a call), as CPython does when the
    /// exception enters a frame: once, whether the frame catches it, runs
    /// a `finally`, or lets it go.
    pub fn add_traceback(&self, e: &PyErr) {
        self.record(e, false);
    }

    /// `raise X` records the frame even when it recorded the exception
    /// before (`except E as e: raise e` shows both lines, as in CPython).
    pub fn record_raise(&self, e: &PyErr) {
        self.record(e, true);
    }

    fn record(&self, e: &PyErr, again: bool) {
        if let Value::Instance(i) = &e.0
            && let Some(exc) = &i.exc
        {
            let id = self as *const Frame as usize;
            let mut exc = exc.borrow_mut();
            let recorded = exc
                .traceback
                .last()
                .is_some_and(|t| t.frame == id && Rc::ptr_eq(&t.code, &self.code));
            if recorded && !again {
                return;
            }
            exc.traceback.push(TracebackEntry {
                code: self.code.clone(),
                offset: self.offset,
                name: self.name(),
                globals: self.globals.clone(),
                frame: id,
                locals: self
                    .kept
                    .get_or_init(|| {
                        // A node of its own for the collector: several
                        // exceptions may share it.
                        let l = crate::object::model::FrameLocals::default();
                        crate::object::gc::track(crate::object::gc::Tracked::Locals(
                            Rc::downgrade(&l),
                        ));
                        l
                    })
                    .clone(),
            });
        }
    }
}

/// A fresh empty cell.
pub fn new_cell() -> CellRef {
    let c = Rc::new(RefCell::new(None));
    crate::object::gc::track(crate::object::gc::Tracked::Cell(Rc::downgrade(&c)));
    c
}

/// Executes a module body.
pub fn run_module_body(
    vm: &Interp,
    module: &pyroclast_syntax::Module,
    code: Rc<Code>,
    globals: Rc<Namespace>,
) -> PyResult<()> {
    // The module's frame counts toward the recursion limit, as in CPython.
    vm.enter_frame(FrameOwner::module(&code, &globals), 0)?;
    let mut frame = Frame::module(globals, code);
    let r = stmt::exec_block(vm, &mut frame, &module.body);
    vm.leave_frame();
    vm.run_finalizers();
    match r {
        Ok(()) => Ok(()),
        Err(Flow::Raise(e)) => {
            frame.add_traceback(&e);
            Err(e)
        }
        Err(_) => Ok(()),
    }
}

/// The trailing expression statement of a body, whose value the embedding
/// API and the REPL report.
fn split_last_expr(body: &[Stmt]) -> (&[Stmt], Option<(u32, &pyroclast_syntax::ast::Expr)>) {
    use pyroclast_syntax::ast::StmtKind;
    match body.split_last() {
        Some((last, rest)) => match &last.kind {
            StmtKind::Expr(e) => (rest, Some((last.span.start, e))),
            _ => (body, None),
        },
        None => (body, None),
    }
}

/// Runs module code in `globals` and returns the value of its last
/// statement when that is an expression (None otherwise). With `echo`
/// (interactive input) every expression statement displays its value
/// instead, and the result is None.
pub fn run_code(
    vm: &Interp,
    module: &pyroclast_syntax::Module,
    code: Rc<Code>,
    globals: Rc<Namespace>,
    echo: bool,
) -> PyResult<Value> {
    vm.enter_frame(FrameOwner::module(&code, &globals), 0)?;
    let (mut frame, body, last) = module_frame(module, code, globals, echo);
    let r = stmt::exec_block(vm, &mut frame, body).and_then(|()| match last {
        Some((offset, e)) => {
            frame.at(vm, offset);
            vm.tick()?;
            Ok(expr::eval(vm, &mut frame, e)?)
        }
        None => Ok(Value::None),
    });
    vm.leave_frame();
    vm.run_finalizers();
    module_outcome(&frame, r)
}

/// The frame for module code, its statements, and the trailing expression
/// whose value is the result (none when echoing: every expression prints).
#[allow(clippy::type_complexity)]
fn module_frame(
    module: &pyroclast_syntax::Module,
    code: Rc<Code>,
    globals: Rc<Namespace>,
    echo: bool,
) -> (Frame, &[Stmt], Option<(u32, &pyroclast_syntax::ast::Expr)>) {
    let mut frame = Frame::module(globals, code);
    frame.echo = echo;
    let (body, last) = if echo {
        (&module.body[..], None)
    } else {
        split_last_expr(&module.body)
    };
    (frame, body, last)
}

/// The result of module code: an escaping exception gets the module frame.
fn module_outcome(frame: &Frame, r: Result<Value, Flow>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(Flow::Raise(e)) => {
            frame.add_traceback(&e);
            Err(e)
        }
        Err(_) => Ok(Value::None),
    }
}

/// Module code compiled with top-level `await` as a coroutine object (named
/// `<module>`) whose result is the value of the trailing expression (see
/// [`run_code`] for `echo`).
pub fn module_coroutine(
    vm: &Interp,
    module: Rc<pyroclast_syntax::Module>,
    code: Rc<Code>,
    globals: Rc<Namespace>,
    echo: bool,
) -> Value {
    let vm_rc = vm.rc();
    let owner = FrameOwner::module(&code, &globals);
    let body: crate::protocol::generator::Body = Box::pin(async move {
        let vm = vm_rc;
        let (mut frame, body, last) = module_frame(&module, code, globals, echo);
        let r = match suspend::exec_block(&vm, &mut frame, body).await {
            Ok(()) => match last {
                Some((offset, e)) => {
                    frame.at(&vm, offset);
                    match vm.tick() {
                        Ok(()) => suspend::eval(&vm, &mut frame, e).await.map_err(Flow::Raise),
                        Err(err) => Err(Flow::Raise(err)),
                    }
                }
                None => Ok(Value::None),
            },
            Err(flow) => Err(flow),
        };
        module_outcome(&frame, r)
    });
    let coro = crate::protocol::generator::coroutine(vm, "<module>", body);
    if let Some(g) = coro.native::<crate::protocol::generator::Generator>() {
        g.chan.code.set(Some(owner.source().clone()));
        g.chan.owner.set(Some(owner));
    }
    coro
}

/// Calls any callable; user functions directly (the evaluator's own calls
/// skip the hook that lower layers go through).
#[inline]
pub fn call(vm: &Interp, f: &Value, args: Args) -> PyResult<Value> {
    match f {
        Value::Function(func) => call_function(vm, func, args),
        _ => crate::protocol::call::call(vm, f, args),
    }
}

/// The docstring of a module, or None.
pub fn module_doc(module: &pyroclast_syntax::Module) -> Value {
    use pyroclast_syntax::ast::{Constant, ExprKind, StmtKind};
    if let Some(first) = module.body.first()
        && let StmtKind::Expr(e) = &first.kind
        && let ExprKind::Constant(Constant::Str(s)) = &e.kind
    {
        return Value::Str(s.clone());
    }
    Value::None
}

/// The body of a coroutine that cannot suspend, run by the sync evaluator
/// when first polled: no async state machine, and a small box.
struct SyncBody {
    vm: Rc<Interp>,
    func: Rc<Function>,
    frame: Frame,
}

impl Future for SyncBody {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        let this = self.get_mut();
        // The generator's step has entered this frame on the stack already.
        this.frame.unstash();
        let (vm, frame, body) = (&*this.vm, &mut this.frame, &this.func.def.body);
        let r = stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || run_body(vm, frame, body));
        Poll::Ready(match r {
            Err(Flow::Break | Flow::Continue) => Ok(Value::None),
            Ok(v) | Err(Flow::Return(v)) => Ok(v),
            Err(Flow::Raise(e)) => {
                this.frame.add_traceback(&e);
                Err(e)
            }
        })
    }
}

/// What a generator or coroutine body's statements ending in `r` make
/// of its step: its return value or its exception.
fn body_result(frame: &mut Frame, r: Result<(), crate::Flow>) -> PyResult<Value> {
    match r {
        Ok(()) => Ok(Value::None),
        Err(crate::Flow::Return(v)) => Ok(v),
        Err(crate::Flow::Raise(e)) => {
            frame.add_traceback(&e);
            Err(e)
        }
        Err(_) => Ok(Value::None),
    }
}

/// Creates the object for a call of a generator or coroutine function.
pub fn start_generator(vm: &Interp, func: &Rc<Function>, mut frame: Frame) -> Value {
    let (is_coroutine, is_generator, may_suspend) =
        frame.scope.as_ref().map_or((false, false, true), |s| {
            (s.is_coroutine, s.is_generator, s.may_suspend)
        });
    let kind = match (is_coroutine, is_generator) {
        (true, true) => crate::protocol::generator::Kind::AsyncGenerator,
        (true, false) => crate::protocol::generator::Kind::Coroutine,
        _ => crate::protocol::generator::Kind::Generator,
    };
    let chan = Rc::new(crate::protocol::generator::GenChannel::default());
    let first = func
        .def
        .decorators
        .first()
        .map_or(func.def.span.start, |d| d.span.start);
    chan.code.set(Some(func.code.clone()));
    chan.owner.set(Some(FrameOwner::Function(func.clone())));
    chan.first.set(first);
    chan.offset.set(first);
    frame.channel = Some(chan.clone());
    // Until it starts, the arguments wait in the channel, where the cycle
    // collector sees them.
    frame.stash();
    let def = func.def.clone();
    let vm_rc = vm.rc();
    // The async block uses its captured `frame` and `vm_rc` in place:
    // rebinding them (`let mut frame = frame`) would store a second copy
    // in every suspended coroutine.
    // One boxed future per body: a body with compound suspending
    // statements runs them directly rather than through `exec_block`'s
    // own box (which would also keep room for the simple path).
    let body: crate::protocol::generator::Body = if !may_suspend {
        // An `async def` without await, `async for` or `async with` runs
        // to its end in its first step: the sync evaluator runs it there.
        Box::pin(SyncBody {
            vm: vm_rc,
            func: func.clone(),
            frame,
        })
    } else if suspend::has_compound_suspend(&def.body) {
        suspend::compound_body(vm_rc, frame, def)
    } else {
        Box::pin(async move {
            frame.unstash();
            let r = suspend::exec_block(&vm_rc, &mut frame, &def.body).await;
            body_result(&mut frame, r)
        })
    };
    let g =
        crate::protocol::generator::new_object(vm, kind, func.names.borrow().clone(), chan, body);
    if func.iterable_coroutine.get()
        && let Some(gen_obj) = g.native::<crate::protocol::generator::Generator>()
    {
        gen_obj.chan.iterable_coroutine.set(true);
    }
    g
}
