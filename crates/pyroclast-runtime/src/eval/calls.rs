//! Calls of user-defined functions: binding the arguments into a frame's
//! slots and running the body in the sync evaluator, or making the
//! generator of a generator or coroutine function.
//!
//! A plain function (a body that cannot suspend, no cells) keeps the
//! frames its last calls ended with, emptied (`Function::spare_frames`, up
//! to four for recursion): the next call fills the slots of one and runs
//! it rather than building a frame (five reference-counted fields cloned,
//! a locals vector found) and dropping it again.

use std::rc::Rc;

use pyroclast_syntax::ast::{ScopeInfo, Stmt};

use super::{Frame, Qual, args, expr, new_cell, start_generator, stmt};
use crate::object::exc_kind::ExcKind;
use crate::object::frames::FrameOwner;
use crate::object::model::{CellRef, Function};
use crate::object::spare::take_locals;
use crate::object::value::{Args, Value};
use crate::{Flow, Interp, PyResult};

/// Builds the frame for a call of a user function, arguments bound.
pub fn function_frame(vm: &Interp, func: &Rc<Function>, args: Args) -> PyResult<Frame> {
    let Some(scope) = func.def.scope.get().cloned() else {
        return Err(vm.error(ExcKind::SystemError, "function was not resolved"));
    };
    let mut locals = take_locals(scope.locals.len());
    locals.resize(scope.locals.len(), None);
    args::bind(vm, func, &scope, &mut locals, args)?;
    Ok(frame_with_locals(func, scope, locals))
}

/// The frame of a call whose arguments are already in their slots.
pub fn frame_with_locals(
    func: &Rc<Function>,
    scope: Rc<ScopeInfo>,
    locals: Vec<Option<Value>>,
) -> Frame {
    let cells = if scope.cells.is_empty() && func.closure.is_empty() {
        // Most functions: no cells to make or free.
        Box::default()
    } else {
        function_cells(func, &scope, &locals)
    };
    let qualname = func.code_qualname.clone();
    Frame {
        locals,
        cells,
        globals: func.globals.clone(),
        class_ns: None,
        code: func.code.clone(),
        offset: func.def.span.start,
        channel: None,
        qual: Qual::Locals(qualname),
        scope: Some(scope),
        echo: false,
        kept: Default::default(),
    }
}

/// The cells of a call of `func`: its own (parameters among them hold
/// their arguments), then its closure's.
fn function_cells(func: &Function, scope: &ScopeInfo, locals: &[Option<Value>]) -> Box<[CellRef]> {
    let mut cells = Vec::with_capacity(scope.cells.len());
    for _ in 0..scope.n_own_cells {
        cells.push(new_cell());
    }
    for &(cell, slot) in &scope.param_cells {
        if let Some(c) = cells.get(cell as usize) {
            *c.borrow_mut() = locals.get(slot as usize).cloned().flatten();
        }
    }
    cells.extend(func.closure.iter().cloned());
    cells.into_boxed_slice()
}

/// Calls a function whose parameters are exactly `args` positional
/// arguments, evaluating them straight into the new frame's slots (the
/// common call shape; skips building `Args` and binding).
pub fn call_positional(
    vm: &Interp,
    caller: &mut Frame,
    func: &Rc<Function>,
    self_value: Option<&Value>,
    args: &[pyroclast_syntax::ast::Expr],
) -> Option<PyResult<Value>> {
    if !fits_positional(func, self_value, args) {
        return None;
    }
    if func.shape.reusable {
        let mut frame = take_frame(func);
        if let Err(e) = eval_into(vm, caller, &mut frame.locals, self_value, args) {
            end_frame(func, frame);
            return Some(Err(e));
        }
        return Some(run_reused(vm, func, frame));
    }
    let scope = func.def.scope.get()?.clone();
    let mut locals = take_locals(scope.locals.len());
    if let Err(e) = eval_into(vm, caller, &mut locals, self_value, args) {
        return Some(Err(e));
    }
    Some(run_with_locals(vm, func, scope, locals))
}

/// Whether awaiting a call of `func` can run its body at once instead of
/// making a coroutine: an `async def` (not an async generator) with no
/// `await`, `async for` or `async with` runs to its end in its first step.
#[inline]
fn runs_inline(func: &Function) -> bool {
    func.def
        .scope
        .get()
        .is_some_and(|s| s.is_coroutine && !s.is_generator && !s.may_suspend)
}

/// `await f(a, b)` (or `await obj.m(a)`) of such a function with exactly
/// its positional parameters: the body runs now in a frame of its own, as
/// the coroutine's one step would, and no coroutine object, channel or
/// body box is made. Nothing can observe the difference: the coroutine
/// would be awaited at once and dropped. `None`: not such a call.
pub fn await_positional(
    vm: &Interp,
    caller: &mut Frame,
    func: &Rc<Function>,
    self_value: Option<&Value>,
    args: &[pyroclast_syntax::ast::Expr],
) -> Option<PyResult<Value>> {
    if !runs_inline(func) || !fits_positional(func, self_value, args) {
        return None;
    }
    run_inline_filled(vm, func, |locals| {
        eval_into(vm, caller, locals, self_value, args)
    })
}

/// Runs an inline-runnable `func` in a new frame whose first slots `fill`
/// puts the positional arguments in.
#[inline(always)]
fn run_inline_filled(
    vm: &Interp,
    func: &Rc<Function>,
    fill: impl FnOnce(&mut Vec<Option<Value>>) -> PyResult<()>,
) -> Option<PyResult<Value>> {
    let scope = func.def.scope.get()?.clone();
    let mut locals = take_locals(scope.locals.len());
    if let Err(e) = fill(&mut locals) {
        return Some(Err(e));
    }
    locals.resize(scope.locals.len(), None);
    Some(run_inline(vm, func, frame_with_locals(func, scope, locals)))
}

/// [`await_positional`] with the arguments evaluated (`await anext(it)`
/// and `async for` calling a class's `__anext__`).
pub fn await_with(
    vm: &Interp,
    func: &Rc<Function>,
    first: Option<&Value>,
    mut args: Args,
) -> Option<PyResult<Value>> {
    if !runs_inline(func) {
        return None;
    }
    if args.kw.is_empty()
        && func.shape.positional as usize == args.pos.len() + usize::from(first.is_some())
    {
        // Exactly the positional parameters (`__anext__(self)`): straight
        // into the slots, without binding or shifting the arguments.
        return run_inline_filled(vm, func, |locals| {
            put_into(locals, first, &mut args);
            Ok(())
        });
    }
    if let Some(v) = first {
        args.pos.insert(0, v.clone());
    }
    Some(function_frame(vm, func, args).and_then(|frame| run_inline(vm, func, frame)))
}

/// `await anext(it)` and a step of `async for` over an instance whose
/// class's `__anext__` is such a function (a class-based async iterator).
#[inline(never)]
pub fn await_anext(vm: &Interp, it: &Value) -> Option<PyResult<Value>> {
    let Value::Instance(inst) = it else {
        return None;
    };
    // Where the class last held `__anext__`, under its version tag: one
    // site for the thread (a loop steps one iterator class at a time).
    thread_local! {
        static SITE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    let found = SITE
        .try_with(|at| crate::object::class_dict::lookup_site(&inst.class, "__anext__", at))
        .ok()
        .flatten();
    let Some(Value::Function(f)) = found else {
        return None;
    };
    await_with(vm, &f, Some(it), Args::default())
}

/// Runs a coroutine body that cannot suspend to its end, as the
/// coroutine's step would: counted as a running coroutine body
/// (`asyncio.run` checks), StopIteration escaping it turned into
/// RuntimeError.
fn run_inline(vm: &Interp, func: &Rc<Function>, frame: Frame) -> PyResult<Value> {
    vm.async_depth.set(vm.async_depth.get() + 1);
    let r = run_frame(vm, func, frame, &func.def.body);
    vm.async_depth.set(vm.async_depth.get() - 1);
    r.map_err(|e| {
        crate::protocol::generator::stop_escaped(vm, crate::protocol::generator::Kind::Coroutine, e)
    })
}

/// The call gives `func` exactly its positional parameters, none by
/// unpacking: the arguments can go straight into the first slots.
#[inline(always)]
fn fits_positional(
    func: &Function,
    self_value: Option<&Value>,
    args: &[pyroclast_syntax::ast::Expr],
) -> bool {
    func.shape.positional as usize == args.len() + usize::from(self_value.is_some())
        && !any_starred(args)
}

/// Whether a call's positional arguments unpack anything (`f(*xs)`).
#[inline]
pub(super) fn any_starred(args: &[pyroclast_syntax::ast::Expr]) -> bool {
    args.iter()
        .any(|a| matches!(a.kind, pyroclast_syntax::ast::ExprKind::Starred(_)))
}

/// Puts `self_value` and the values of `args` in the first slots.
#[inline(always)]
fn eval_into(
    vm: &Interp,
    caller: &mut Frame,
    locals: &mut Vec<Option<Value>>,
    self_value: Option<&Value>,
    args: &[pyroclast_syntax::ast::Expr],
) -> PyResult<()> {
    if let Some(v) = self_value {
        locals.push(Some(v.clone()));
    }
    for a in args {
        match expr::eval(vm, caller, a) {
            Ok(v) => locals.push(Some(v)),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Puts `first` and the positional arguments in the first slots.
#[inline(always)]
fn put_into(locals: &mut Vec<Option<Value>>, first: Option<&Value>, args: &mut Args) {
    if let Some(v) = first {
        locals.push(Some(v.clone()));
    }
    // Property getters and most dunders pass nothing but `self`.
    if !args.pos.is_empty() {
        locals.extend(args.pos.drain(..).map(Some));
    }
}

/// Runs `func` (or makes its generator) with its parameters in `locals`.
#[inline(always)]
fn run_with_locals(
    vm: &Interp,
    func: &Rc<Function>,
    scope: Rc<ScopeInfo>,
    mut locals: Vec<Option<Value>>,
) -> PyResult<Value> {
    locals.resize(scope.locals.len(), None);
    let suspends = scope.is_generator || scope.is_coroutine;
    let frame = frame_with_locals(func, scope, locals);
    if suspends {
        return Ok(start_generator(vm, func, frame));
    }
    run_frame(vm, func, frame, &func.def.body)
}

/// Calls a user-defined function with `first` (a method's `self`) ahead of
/// `args`: the lower layers' way in (`Interp::call_function`). An exact
/// positional call fills the slots directly.
pub fn call_function_with(
    vm: &Interp,
    func: &Rc<Function>,
    first: Option<&Value>,
    mut args: Args,
) -> PyResult<Value> {
    let n = args.pos.len() + usize::from(first.is_some());
    if args.kw.is_empty()
        && func.shape.positional as usize == n
        && let Some(scope) = func.def.scope.get()
    {
        if func.shape.reusable {
            let mut frame = take_frame(func);
            put_into(&mut frame.locals, first, &mut args);
            return run_reused(vm, func, frame);
        }
        let scope = scope.clone();
        let mut locals = take_locals(scope.locals.len());
        put_into(&mut locals, first, &mut args);
        return run_with_locals(vm, func, scope, locals);
    }
    if let Some(v) = first {
        args.pos.insert(0, v.clone());
    }
    call_function(vm, func, args)
}

/// Calls a user-defined function.
pub fn call_function(vm: &Interp, func: &Rc<Function>, args: Args) -> PyResult<Value> {
    if func.shape.reusable
        && let Some(scope) = func.def.scope.get()
    {
        let mut frame = take_frame(func);
        frame.locals.resize(func.shape.n_locals as usize, None);
        if let Err(e) = args::bind(vm, func, scope, &mut frame.locals, args) {
            end_frame(func, frame);
            return Err(e);
        }
        return run_reused(vm, func, frame);
    }
    let frame = function_frame(vm, func, args)?;
    if frame
        .scope
        .as_ref()
        .is_some_and(|s| s.is_generator || s.is_coroutine)
    {
        return Ok(start_generator(vm, func, frame));
    }
    run_frame(vm, func, frame, &func.def.body)
}

/// Runs a sync frame to completion.
pub fn run_frame(
    vm: &Interp,
    func: &Rc<Function>,
    mut frame: Frame,
    body: &[Stmt],
) -> PyResult<Value> {
    let r = run_frame_in(vm, func, &mut frame, body);
    drop(frame);
    // The locals' `__del__` methods (and generators they abandoned) run
    // now, as CPython's run when it clears the frame, not after the
    // caller's statement (`print(f())`).
    vm.run_finalizers();
    r
}

/// [`run_frame`] of a frame the caller keeps.
#[inline(always)]
fn run_frame_in(
    vm: &Interp,
    func: &Rc<Function>,
    frame: &mut Frame,
    body: &[Stmt],
) -> PyResult<Value> {
    vm.enter_frame(FrameOwner::Function(func.clone()), frame.offset)?;
    let r = stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || run_body(vm, frame, body));
    vm.leave_frame();
    match r {
        Ok(v) | Err(Flow::Return(v)) => Ok(v),
        Err(Flow::Raise(e)) => {
            frame.add_traceback(&e);
            Err(e)
        }
        Err(Flow::Break | Flow::Continue) => Ok(Value::None),
    }
}

/// Runs a function body in the sync evaluator. A body ending in
/// `return value` (most do) evaluates that value itself: the last
/// statement needs no dispatch and its result no `Flow::Return` trip.
pub(super) fn run_body(vm: &Interp, frame: &mut Frame, body: &[Stmt]) -> Result<Value, Flow> {
    use pyroclast_syntax::ast::StmtKind;
    if let Some((last, rest)) = body.split_last()
        && let StmtKind::Return(value) = &last.kind
        && !(last.suspends.get() && frame.channel.is_some())
    {
        stmt::exec_block(vm, frame, rest)?;
        // What `exec` does for the statement.
        frame.at(vm, last.span.start);
        vm.tick()?;
        return match value {
            Some(e) => Ok(expr::eval(vm, frame, e)?),
            None => Ok(Value::None),
        };
    }
    stmt::exec_block(vm, frame, body)?;
    Ok(Value::None)
}

/// Most frames a function keeps: as many as recursion that deep usually
/// needs (`fib` reuses its frames too).
const KEEP_FRAMES: usize = 4;

/// The frame for a call of `func` (`CallShape::reusable`: a body that
/// cannot suspend, since generators own their frames, and no cells, which
/// are made per call): a kept one, or a new one. The locals are empty,
/// with room for the slots.
#[inline]
fn take_frame(func: &Rc<Function>) -> Box<Frame> {
    let kept = func
        .spare_frames
        .try_borrow_mut()
        .ok()
        .and_then(|mut s| s.pop());
    if let Some(Ok(mut frame)) = kept.map(|f| f.downcast::<Frame>()) {
        frame.offset = func.def.span.start;
        return frame;
    }
    Box::new(new_frame(func))
}

/// A frame for [`take_frame`] to hand out.
#[cold]
fn new_frame(func: &Rc<Function>) -> Frame {
    let locals = take_locals(func.shape.n_locals as usize);
    match func.def.scope.get() {
        Some(scope) => frame_with_locals(func, scope.clone(), locals),
        // Unreachable (a reusable shape needs a scope); a frame anyway.
        None => {
            let mut frame = Frame::module(func.globals.clone(), func.code.clone());
            frame.locals = locals;
            frame
        }
    }
}

/// Ends a call in a kept frame: the locals are dropped now (CPython drops
/// them at return) and the frame waits for a next call. When a traceback
/// names the frame, its locals move to the traceback (as when a frame is
/// dropped) and the frame gets an empty vector.
#[inline]
fn end_frame(func: &Function, mut frame: Box<Frame>) {
    if let Some(named) = frame.kept.take() {
        match named.try_borrow_mut() {
            Ok(mut slot) => {
                *slot = std::mem::take(&mut frame.locals);
                frame.locals = take_locals(func.shape.n_locals as usize);
            }
            // Unreachable (nothing else borrows it while the call ends);
            // the frame goes, and its drop tries again.
            Err(_) => {
                let _ = frame.kept.set(named.clone());
                return;
            }
        }
    }
    frame.locals.clear();
    if let Ok(mut spares) = func.spare_frames.try_borrow_mut()
        && spares.len() < KEEP_FRAMES
    {
        spares.push(frame);
    }
}

/// Runs `func`'s body in a kept frame whose parameters are filled.
#[inline(always)]
fn run_reused(vm: &Interp, func: &Rc<Function>, mut frame: Box<Frame>) -> PyResult<Value> {
    // Most functions' slots are their parameters, all filled already (a
    // call of `resize` costs twenty instructions even when it does nothing).
    let n = func.shape.n_locals as usize;
    if frame.locals.len() < n {
        frame.locals.resize(n, None);
    }
    let r = run_frame_in(vm, func, &mut frame, &func.def.body);
    end_frame(func, frame);
    // As in `run_frame`.
    vm.run_finalizers();
    r
}
