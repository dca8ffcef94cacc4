//! The async evaluator: runs the bodies of generators, coroutines and async
//! generators as one future. Only statements and expressions the resolver
//! marked as able to suspend come here; everything else is handed to the sync
//! evaluator, so plain code never pays for a boxed future.

// The main executors below are plain functions returning an `async move`
// block rather than `async fn`s: an `async fn` moves its arguments into
// locals of its state machine, storing `vm` and `frame` twice (plus
// padding) at every level of every suspended coroutine (a coroutine body
// measured 440 bytes as `async fn`s, 408 as blocks).
#![allow(clippy::manual_async_fn)]

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use pyroclast_syntax::ast::*;

use super::Frame;
use super::assign::{assign, delete, store_loop_target};
use super::expr::{self as sync, Callee, eval_items, push_keyword};
use super::stmt as sstmt;
use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, SetObj, Value};
use crate::protocol::awaiting::anext_of;
use crate::protocol::generator::{GenChannel, Generator, Kind, Resume, Step};
use crate::protocol::iter::PyIter;
use crate::protocol::ops;
use crate::{Flow, Interp, PyErr, PyResult};

/// Stores a value in a target, whose subexpressions may await (`d[await
/// k()] = v`: boxed, so loops over plain targets keep a small state and
/// poll no extra future); a target that cannot suspend is the sync
/// evaluator's. `?` on the result.
macro_rules! store {
    ($vm:expr, $frame:expr, $target:expr, $v:expr) => {
        if awaits_in($target) {
            Box::pin(assign_awaiting($vm, $frame, $target, $v)).await?
        } else {
            assign($vm, $frame, $target, $v)?
        }
    };
}

/// Runs a suspending simple statement: `yield x` (the usual one, `x` not
/// suspending) suspends here, without the two futures `exec_simple` and
/// `eval_direct` would add to every suspension and resumption.
macro_rules! simple_stmt {
    ($vm:expr, $frame:expr, $s:expr) => {
        match plain_yield($s) {
            Some(x) => yield_stmt!($vm, $frame, $s, x),
            None => exec_simple($vm, $frame, $s).await,
        }
    };
}

/// A [`plain_yield`] statement `$s` with operand `$x`; a
/// `Result<(), Flow>`.
macro_rules! yield_stmt {
    ($vm:expr, $frame:expr, $s:expr, $x:expr) => {
        match yield_operand($vm, $frame, $s, $x) {
            Ok(v) => match yield_value($frame, v).await {
                Ok(_) => Ok(()),
                Err(e) => Err(Flow::from(e)),
            },
            Err(e) => Err(e),
        }
    };
}

/// Runs a block whose suspending statements may be compound (the loop of
/// [`exec_compound_block`]); a `Result<(), Flow>`.
macro_rules! compound_block {
    ($vm:expr, $frame:expr, $body:expr) => {{
        let mut r = Ok(());
        for s in $body {
            let step = if !s.suspends.get() {
                sstmt::exec($vm, $frame, s)
            } else if let Some(x) = plain_yield(s) {
                yield_stmt!($vm, $frame, s, x)
            } else if let Some(run) = boxed_compound(s) {
                // A loop or `try` is a boxed future already: awaited here,
                // not through `exec`'s (polled on every resume).
                match enter_stmt($vm, $frame, s) {
                    Ok(()) => run($vm, $frame, s).await,
                    Err(e) => Err(Flow::from(e)),
                }
            } else if let Some(chosen) = sync_test_if($vm, $frame, s) {
                // An `if` whose test cannot suspend: its chosen block runs
                // here, not inside `exec`'s future.
                match chosen {
                    Ok(block) => block_by_shape!(
                        $vm,
                        $frame,
                        block,
                        body_shape(block),
                        exec_block($vm, $frame, block).await
                    ),
                    Err(e) => Err(e),
                }
            } else {
                exec($vm, $frame, s).await
            };
            if let Err(e) = step {
                r = Err(e);
                break;
            }
            $vm.run_finalizers();
        }
        r
    }};
}

/// The next item of an `async for` over `$it` (`$agen`: [`is_async_gen`],
/// asked once per loop): an async generator is driven in place, in the
/// loop's own future, without `anext_in`'s around it.
macro_rules! anext {
    ($vm:expr, $frame:expr, $it:expr, $agen:expr) => {
        if $agen {
            StashOnPending {
                frame: $frame,
                fut: anext_of($vm, $it.clone()),
                stashed: false,
                awaiting: false,
            }
            .await
        } else {
            anext_in($vm, $frame, $it).await
        }
    };
}

/// One pass over a block by its shape (`BodyShape`), `$compound` being
/// what runs a block with a compound suspending statement. A macro, not a
/// function: a wrapping future would be made and moved on every pass.
macro_rules! block_by_shape {
    ($vm:expr, $frame:expr, $body:expr, $shape:expr, $compound:expr) => {
        match $shape {
            BodyShape::Compound => $compound,
            BodyShape::Simple => exec_block($vm, $frame, $body).await,
            // No future of its own for the two common shapes: what
            // `exec_block` would do, one layer less to poll on every
            // suspension and resumption.
            BodyShape::Sync => sstmt::exec_block($vm, $frame, $body),
            BodyShape::One => match $body.first() {
                Some(s) => match simple_stmt!($vm, $frame, s) {
                    Ok(()) => {
                        $vm.run_finalizers();
                        Ok(())
                    }
                    Err(e) => Err(e),
                },
                None => Ok(()),
            },
        }
    };
}

/// One pass over a loop's (or a `try`'s) body, inside its own boxed
/// future: a body with compound statements that suspend runs unboxed here
/// (that box already breaks the recursion), instead of [`exec_block`]
/// boxing it anew on every iteration. `$shape`: `body_shape($body)`,
/// asked once per loop.
macro_rules! loop_body {
    ($vm:expr, $frame:expr, $body:expr) => {
        loop_body!($vm, $frame, $body, body_shape($body))
    };
    ($vm:expr, $frame:expr, $body:expr, $shape:expr) => {
        block_by_shape!(
            $vm,
            $frame,
            $body,
            $shape,
            exec_compound_block($vm, $frame, $body).await
        )
    };
}

/// How a suspending loop runs its body each time round, decided once
/// before the loop.
#[derive(Clone, Copy)]
enum BodyShape {
    /// Nothing in it suspends (`async for x in xs: total += x`).
    Sync,
    /// One simple statement that suspends (`for i in r: yield i`).
    One,
    /// Simple statements, some suspending.
    Simple,
    /// A compound statement suspends.
    Compound,
}

fn body_shape(body: &[Stmt]) -> BodyShape {
    if has_compound_suspend(body) {
        BodyShape::Compound
    } else if !body.iter().any(|s| s.suspends.get()) {
        BodyShape::Sync
    } else if body.len() == 1 {
        BodyShape::One
    } else {
        BodyShape::Simple
    }
}

type Fut<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Runs statements, suspending where they do.
pub fn exec_block<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    body: &'a [Stmt],
) -> impl Future<Output = Result<(), Flow>> + 'a {
    async move {
        // Blocks whose suspending statements are all simple (the usual body of
        // an async-for or an async generator loop) run without an allocation;
        // compound statements nest, so those blocks go through a boxed future.
        if has_compound_suspend(body) {
            return exec_block_boxed(vm, frame, body).await;
        }
        for s in body {
            if s.suspends.get() {
                simple_stmt!(vm, frame, s)?;
            } else {
                sstmt::exec(vm, frame, s)?;
            }
            // Objects dropped by the statement are finalised here, as in the
            // sync evaluator (`__del__`, weakref callbacks, unretrieved tasks).
            vm.run_finalizers();
        }
        Ok(())
    }
}

fn exec_block_boxed<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    body: &'a [Stmt],
) -> Fut<'a, Result<(), Flow>> {
    Box::pin(exec_compound_block(vm, frame, body))
}

/// [`exec_block`] in a box of its own size.
fn boxed_block<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    body: &'a [Stmt],
) -> Fut<'a, Result<(), Flow>> {
    if has_compound_suspend(body) {
        exec_block_boxed(vm, frame, body)
    } else {
        Box::pin(exec_block(vm, frame, body))
    }
}

/// Whether a block has compound statements that suspend, which
/// [`exec_block`] runs through a boxed [`exec_compound_block`].
pub fn has_compound_suspend(body: &[Stmt]) -> bool {
    body.iter().any(|s| s.suspends.get() && !is_simple(&s.kind))
}

/// Runs a block whose suspending statements may be compound. A coroutine
/// body that has such statements awaits this directly (it is boxed once,
/// as the body), instead of [`exec_block`] boxing it a second time.
pub fn exec_compound_block<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    body: &'a [Stmt],
) -> impl Future<Output = Result<(), Flow>> + 'a {
    async move { compound_block!(vm, frame, body) }
}

/// The body future of a generator or coroutine with compound statements
/// that suspend: [`exec_compound_block`]'s loop in the body's own future,
/// one future less to poll on every resume.
pub(super) fn compound_body(
    vm_rc: Rc<Interp>,
    mut frame: Frame,
    def: Rc<FunctionDef>,
) -> crate::protocol::generator::Body {
    Box::pin(async move {
        frame.unstash();
        let r = {
            let (vm, frame) = (&*vm_rc, &mut frame);
            compound_block!(vm, frame, &def.body)
        };
        super::body_result(&mut frame, r)
    })
}

/// Statements without a nested block.
fn is_simple(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::Expr(_)
            | StmtKind::Assign { .. }
            | StmtKind::AugAssign { .. }
            | StmtKind::AnnAssign { .. }
            | StmtKind::Return(_)
            | StmtKind::Raise { .. }
            | StmtKind::Delete(_)
            | StmtKind::Assert { .. }
    )
}

/// A suspending statement [`compound_block!`] does not run in its own
/// future: a simple statement other than a plain `yield`, an `if` whose
/// test suspends, a `with` (and, called from elsewhere, anything).
fn exec<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    s: &'a Stmt,
) -> impl Future<Output = Result<(), Flow>> + 'a {
    async move {
        if is_simple(&s.kind) {
            return exec_simple(vm, frame, s).await;
        }
        enter_stmt(vm, frame, s)?;
        match &s.kind {
            // The test's value ends before the block runs (and one await
            // per block): what a suspended block's future keeps is smaller.
            StmtKind::If { test, body, orelse } => {
                let block = if truthy_direct(vm, frame, test).await? {
                    body
                } else {
                    orelse
                };
                // `exec_block` boxes a compound block (recursion).
                block_by_shape!(
                    vm,
                    frame,
                    block,
                    body_shape(block),
                    exec_block(vm, frame, block).await
                )?;
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => exec_with(vm, frame, *is_async, items, body).await?,
            _ => match boxed_compound(s) {
                Some(run) => run(vm, frame, s).await?,
                None => sstmt::exec(vm, frame, s)?,
            },
        }
        Ok(())
    }
}

/// Whether `test` is true.
fn truthy_direct<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    test: &'a Expr,
) -> impl Future<Output = PyResult<bool>> + 'a {
    async move {
        let t = eval_direct(vm, frame, test).await?;
        ops::truthy(vm, &t)
    }
}

/// What runs a statement that is a boxed future of its own.
type BoxedStmt = for<'a> fn(&'a Interp, &'a mut Frame, &'a Stmt) -> Fut<'a, Result<(), Flow>>;

/// The runner of a loop, `try` or `match` statement.
#[inline(always)]
fn boxed_compound(s: &Stmt) -> Option<BoxedStmt> {
    match &s.kind {
        StmtKind::For { .. } => Some(exec_for),
        StmtKind::While { .. } => Some(exec_while),
        StmtKind::Try { .. } => Some(exec_try),
        StmtKind::Match { .. } => Some(exec_match),
        _ => None,
    }
}

/// For an `if` statement whose test cannot suspend: the block to run,
/// found by moving to the statement and evaluating the test (`None`: not
/// such a statement).
#[inline(always)]
fn sync_test_if<'a>(
    vm: &Interp,
    frame: &mut Frame,
    s: &'a Stmt,
) -> Option<Result<&'a [Stmt], Flow>> {
    let StmtKind::If { test, body, orelse } = &s.kind else {
        return None;
    };
    if test.suspends.get() {
        return None;
    }
    Some(choose_block(vm, frame, s, test, body, orelse))
}

/// The block an `if` statement `s` runs, its test evaluated.
#[inline(always)]
fn choose_block<'a>(
    vm: &Interp,
    frame: &mut Frame,
    s: &Stmt,
    test: &Expr,
    body: &'a [Stmt],
    orelse: &'a [Stmt],
) -> Result<&'a [Stmt], Flow> {
    enter_stmt(vm, frame, s)?;
    let t = sync::eval(vm, frame, test)?;
    Ok(if ops::truthy(vm, &t)? { body } else { orelse })
}

/// Moves to a statement about to run (what [`exec`] does first).
#[inline(always)]
fn enter_stmt(vm: &Interp, frame: &mut Frame, s: &Stmt) -> PyResult<()> {
    frame.at(vm, s.span.start);
    if let Some(c) = &frame.channel {
        c.offset.set(s.span.start);
    }
    vm.tick()
}

/// The operand of a `yield` statement whose operand cannot suspend
/// (`Some(None)` for a bare `yield`).
#[inline(always)]
fn plain_yield(s: &Stmt) -> Option<Option<&Expr>> {
    match &s.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Yield(x) if x.as_ref().is_none_or(|x| !x.suspends.get()) => {
                Some(x.as_deref())
            }
            _ => None,
        },
        _ => None,
    }
}

/// What `exec_simple` does before a [`plain_yield`] statement suspends:
/// moves to it and evaluates the operand.
#[inline(always)]
fn yield_operand(
    vm: &Interp,
    frame: &mut Frame,
    s: &Stmt,
    x: Option<&Expr>,
) -> Result<Value, Flow> {
    enter_stmt(vm, frame, s)?;
    Ok(match x {
        Some(x) => sync::eval(vm, frame, x)?,
        None => Value::None,
    })
}

/// A suspending statement without a nested block.
fn exec_simple<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    s: &'a Stmt,
) -> impl Future<Output = Result<(), Flow>> + 'a {
    async move {
        enter_stmt(vm, frame, s)?;
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = eval_direct(vm, frame, e).await?;
                if frame.echo {
                    sstmt::display(vm, v)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = eval_direct(vm, frame, value).await?;
                for t in targets {
                    store!(vm, frame, t, v.clone());
                }
            }
            StmtKind::AugAssign { target, value, .. }
                if matches!(target.kind, ExprKind::Name(_)) =>
            {
                let cur = sync::eval(vm, frame, target)?;
                let v = eval_direct(vm, frame, value).await?;
                // Read again rather than kept across the await (smaller
                // suspended state).
                if let StmtKind::AugAssign { target, op, .. } = &s.kind {
                    let r = sstmt::inplace(vm, *op, &cur, &v)?;
                    assign(vm, frame, target, r)?;
                }
            }
            StmtKind::AugAssign { target, value, op } => {
                // Boxed: what it keeps across the await stays out of every
                // statement's suspended state.
                Box::pin(aug_assign_item(vm, frame, target, *op, value)).await?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    let v = eval_direct(vm, frame, v).await?;
                    store!(vm, frame, target, v);
                }
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => eval_direct(vm, frame, e).await?,
                    None => Value::None,
                };
                return Err(Flow::Return(v));
            }
            StmtKind::Raise { exc, cause } => {
                let exc = match exc {
                    Some(e) => Some(eval_direct(vm, frame, e).await?),
                    None => None,
                };
                let cause = match cause {
                    Some(c) => Some(eval_direct(vm, frame, c).await?),
                    None => None,
                };
                let bare = exc.is_none();
                let e = sstmt::raise(vm, exc, cause)?;
                if !bare {
                    frame.record_raise(&e);
                }
                return Err(Flow::Raise(e));
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    if awaits_in(t) {
                        Box::pin(delete_awaiting(vm, frame, t)).await?;
                    } else {
                        delete(vm, frame, t)?;
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                if !truthy_direct(vm, frame, test).await? {
                    let args = match msg {
                        Some(m) => {
                            let m = eval_direct(vm, frame, m).await?;
                            vec![m]
                        }
                        None => vec![],
                    };
                    return Err(Flow::Raise(PyErr(
                        vm.new_exception(&vm.exc_class(ExcKind::AssertionError), args),
                    )));
                }
            }
            _ => sstmt::exec(vm, frame, s)?,
        }
        Ok(())
    }
}

// Loops and try statements live in their own boxed futures, which keeps the
// future of every other statement small (it is allocated and moved per
// executed statement).

/// A `while` loop that suspends.
fn exec_while<'a>(vm: &'a Interp, frame: &'a mut Frame, s: &'a Stmt) -> Fut<'a, Result<(), Flow>> {
    Box::pin(async move {
        let StmtKind::While { test, body, orelse } = &s.kind else {
            return Ok(());
        };
        let shape = body_shape(body);
        loop {
            if !truthy_direct(vm, frame, test).await? {
                exec_block(vm, frame, orelse).await?;
                break;
            }
            match loop_body!(vm, frame, body, shape) {
                Ok(()) | Err(Flow::Continue) => {}
                Err(Flow::Break) => break,
                Err(other) => return Err(other),
            }
        }
        Ok(())
    })
}

fn exec_for<'a>(vm: &'a Interp, frame: &'a mut Frame, s: &'a Stmt) -> Fut<'a, Result<(), Flow>> {
    Box::pin(async move {
        let StmtKind::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        } = &s.kind
        else {
            return Ok(());
        };

        let it = eval_direct(vm, frame, iter).await?;
        let shape = body_shape(body);
        if *is_async {
            let it = crate::protocol::awaiting::aiter_for(vm, &it)?;
            let agen = is_async_gen(&it);
            loop {
                let item = match anext!(vm, frame, &it, agen) {
                    Ok(v) => v,
                    Err(e) if e.matches(vm, ExcKind::StopAsyncIteration) => {
                        exec_block(vm, frame, orelse).await?;
                        break;
                    }
                    Err(e) => return Err(Flow::Raise(e)),
                };
                frame.at(vm, s.span.start);
                store!(vm, frame, target, item);
                match loop_body!(vm, frame, body, shape) {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(other) => return Err(other),
                }
            }
        } else {
            let mut it = PyIter::new(vm, &it)?;
            loop {
                let Some(item) = it.next_inline(vm)? else {
                    exec_block(vm, frame, orelse).await?;
                    break;
                };
                frame.at(vm, s.span.start);
                store!(vm, frame, target, item);
                match loop_body!(vm, frame, body, shape) {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(other) => return Err(other),
                }
            }
        }
        Ok(())
    })
}

fn exec_match<'a>(vm: &'a Interp, frame: &'a mut Frame, s: &'a Stmt) -> Fut<'a, Result<(), Flow>> {
    Box::pin(async move {
        let StmtKind::Match { subject, cases } = &s.kind else {
            return Ok(());
        };
        let v = eval_direct(vm, frame, subject).await?;
        for case in cases {
            frame.at(vm, case.pattern.span.start);
            if !super::pattern::matches(vm, frame, &case.pattern, &v)? {
                continue;
            }
            if let Some(g) = &case.guard {
                frame.at(vm, g.span.start);
                let t = eval_direct(vm, frame, g).await?;
                if !ops::truthy(vm, &t)? {
                    continue;
                }
            }
            return exec_block(vm, frame, &case.body).await;
        }
        Ok(())
    })
}

fn exec_try<'a>(vm: &'a Interp, frame: &'a mut Frame, s: &'a Stmt) -> Fut<'a, Result<(), Flow>> {
    Box::pin(async move {
        let StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } = &s.kind
        else {
            return Ok(());
        };

        let r = match loop_body!(vm, frame, body) {
            Err(Flow::Raise(err)) if vm.stopping() => return Err(Flow::Raise(err)),
            Err(Flow::Raise(err)) if !handlers.is_empty() => {
                frame.add_traceback(&err);
                if *is_star {
                    crate::eval::except_star::exec_except_star(vm, frame, err, handlers)
                } else {
                    handle(vm, frame, err, handlers).await
                }
            }
            Ok(()) => exec_block(vm, frame, orelse).await,
            other => other,
        };
        if let Err(Flow::Raise(err)) = &r
            && !finalbody.is_empty()
        {
            frame.add_traceback(err);
        }
        finally(vm, frame, r, finalbody).await?;
        Ok(())
    })
}

fn handle<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    err: PyErr,
    handlers: &'a [ExceptHandler],
) -> impl Future<Output = Result<(), Flow>> + 'a {
    async move {
        for h in handlers {
            let matched = match &h.typ {
                None => true,
                Some(t) => {
                    let typ = sync::eval(vm, frame, t)?;
                    crate::protocol::exceptions::exception_matches(vm, &err.0, &typ)?
                }
            };
            if matched {
                frame.at(vm, h.span.start);
                if let Some(n) = &h.name {
                    assign(vm, frame, n, err.0.clone())?;
                }
                crate::protocol::exceptions::begin_handling(vm, &err.0);
                let r = exec_block(vm, frame, &h.body).await;
                vm.handling.borrow_mut().pop();
                if let Some(n) = &h.name {
                    let _ = delete(vm, frame, n);
                }
                if let Err(Flow::Raise(e)) = &r {
                    crate::protocol::exceptions::chain_context(e, &err.0);
                }
                return r;
            }
        }
        Err(Flow::Raise(err))
    }
}

fn finally<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    r: Result<(), Flow>,
    finalbody: &'a [Stmt],
) -> impl Future<Output = Result<(), Flow>> + 'a {
    async move {
        if finalbody.is_empty() || vm.stopping() {
            return r;
        }
        let pending = sstmt::enter_finally(vm, &r);
        let f = exec_block(vm, frame, finalbody).await;
        sstmt::leave_finally(vm, pending, r, f)
    }
}

fn exec_with<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    is_async: bool,
    items: &'a [WithItem],
    body: &'a [Stmt],
) -> Fut<'a, Result<(), Flow>> {
    Box::pin(async move {
        let Some((first, rest)) = items.split_first() else {
            return boxed_block(vm, frame, body).await;
        };
        // `cm` and `__enter__` end here: a suspended `with` keeps only
        // `__exit__`, as CPython's stack does.
        let (mut v, exit) = {
            let cm = eval_direct(vm, frame, &first.context).await?;
            let (enter, exit) = sstmt::context_methods(vm, &cm, is_async)?;
            (enter.call(vm, Args::default())?, exit)
        };
        if is_async {
            frame.stash();
            let r = await_from(vm, v, "__aenter__").await;
            frame.unstash();
            v = r?;
        }
        if let Some(t) = &first.target {
            store!(vm, frame, t, v);
        }
        // The body (or the next item) runs in its own box, so this future
        // stays small while it waits in `__aenter__`.
        let r = if rest.is_empty() {
            boxed_block(vm, frame, body).await
        } else {
            exec_with(vm, frame, is_async, rest, body).await
        };
        if let Err(Flow::Raise(e)) = &r {
            frame.add_traceback(e);
        }
        frame.at(vm, first.context.span.start);
        if vm.stopping() {
            return r;
        }
        let (err, args) = match &r {
            Err(Flow::Raise(e)) => (Some(e.clone()), sstmt::exit_args(vm, Some(e))),
            _ => (None, sstmt::exit_args(vm, None)),
        };
        if let Some(e) = &err {
            crate::protocol::exceptions::begin_handling(vm, &e.0);
        }
        let mut res = exit.call(vm, args);
        if is_async && let Ok(aw) = res {
            frame.stash();
            res = await_from(vm, aw, "__aexit__").await;
            frame.unstash();
        }
        if let Some(e) = &err {
            vm.handling.borrow_mut().pop();
            if let Err(x) = &res {
                crate::protocol::exceptions::chain_context(x, &e.0);
            }
        }
        let res = res?;
        match err {
            Some(e) => {
                if ops::truthy(vm, &res)? {
                    Ok(())
                } else {
                    Err(Flow::Raise(e))
                }
            }
            None => r,
        }
    })
}

/// Evaluates `e` without allocating when it cannot suspend or is a plain
/// Puts what the frame awaits on its channel (what `cr_await`/`ag_await`
/// show of a suspended body), or takes it off. A frame awaits one thing at
/// a time, so there is nothing to restore; done inline around each await
/// so the body's future keeps no extra state across it.
#[inline]
fn set_awaiting(frame: &Frame, v: Option<&Value>) {
    if let Some(chan) = &frame.channel {
        chan.awaiting.set(v.cloned());
    }
}

/// `await v` in a body: what it awaits is `cr_await` meanwhile, and the
/// frame's variables wait in its channel (`Frame::stash`).
fn await_in<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    v: Value,
) -> StashOnPending<'a, crate::protocol::awaiting::AwaitValue<'a>> {
    // `cr_await` while it waits (cleared when the await ends).
    set_awaiting(frame, Some(&v));
    StashOnPending {
        frame,
        fut: crate::protocol::awaiting::await_value(vm, v),
        stashed: false,
        awaiting: true,
    }
}

/// Awaits `fut` (which does not use the frame); the frame's variables move
/// to its channel only if the body really suspends, and come back when
/// `fut` finishes, so an await that completes at once costs nothing. A
/// plain struct over a hand-written future, not an `async fn`: every
/// suspended coroutine holds one.
struct StashOnPending<'a, F> {
    frame: &'a mut Frame,
    fut: F,
    stashed: bool,
    /// Clear the channel's `awaiting` when done.
    awaiting: bool,
}

impl<F: Future + Unpin> Future for StashOnPending<'_, F> {
    type Output = F::Output;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        match Pin::new(&mut this.fut).poll(cx) {
            Poll::Ready(r) => {
                if this.stashed {
                    this.frame.unstash();
                }
                if this.awaiting {
                    set_awaiting(this.frame, None);
                }
                Poll::Ready(r)
            }
            Poll::Pending => {
                if !this.stashed {
                    this.frame.stash();
                    this.stashed = true;
                }
                Poll::Pending
            }
        }
    }
}

/// `await x` / `yield x` over an operand that cannot: the common shapes of
/// async iteration skip the boxed future of the general evaluator.
fn eval_direct<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    e: &'a Expr,
) -> impl Future<Output = PyResult<Value>> + 'a {
    async move {
        if !e.suspends.get() {
            return sync::eval(vm, frame, e);
        }
        match &e.kind {
            ExprKind::Await(x) if !x.suspends.get() => {
                let v = match &x.kind {
                    ExprKind::Call {
                        func,
                        args,
                        keywords,
                    } => {
                        let mut done = false;
                        let v = sync::call_for_await(vm, frame, func, args, keywords, &mut done)?;
                        if done {
                            return Ok(v);
                        }
                        v
                    }
                    _ => sync::eval(vm, frame, x)?,
                };
                await_in(vm, frame, v).await
            }
            ExprKind::Yield(x) if x.as_ref().is_none_or(|x| !x.suspends.get()) => {
                let v = match x {
                    Some(x) => sync::eval(vm, frame, x)?,
                    None => Value::None,
                };
                yield_value(frame, v).await
            }
            _ => eval(vm, frame, e).await,
        }
    }
}

/// Evaluates an expression, suspending where it does.
pub fn eval<'a>(vm: &'a Interp, frame: &'a mut Frame, e: &'a Expr) -> Fut<'a, PyResult<Value>> {
    Box::pin(async move {
        if !e.suspends.get() {
            return sync::eval(vm, frame, e);
        }
        match &e.kind {
            ExprKind::Await(x) => {
                let v = eval_direct(vm, frame, x).await?;
                await_in(vm, frame, v).await
            }
            ExprKind::Yield(x) => {
                let v = match x {
                    Some(x) => eval_direct(vm, frame, x).await?,
                    None => Value::None,
                };
                yield_value(frame, v).await
            }
            ExprKind::YieldFrom(x) => {
                let v = eval_direct(vm, frame, x).await?;
                yield_from(vm, frame, v).await
            }
            ExprKind::BinOp { left, op, right } => {
                let a = eval_direct(vm, frame, left).await?;
                let b = eval_direct(vm, frame, right).await?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                    && let Some(r) = super::expr::small_int_op(*op, *x, *y)
                {
                    return Ok(Value::Int(r));
                }
                ops::binary_op(vm, *op, &a, &b)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = eval_direct(vm, frame, operand).await?;
                sync::unary(vm, *op, &v)
            }
            ExprKind::Compare {
                left,
                ops: comparisons,
            } => {
                let mut a = eval_direct(vm, frame, left).await?;
                let n = comparisons.len();
                for (i, (op, right)) in comparisons.iter().enumerate() {
                    let b = eval_direct(vm, frame, right).await?;
                    let r = sync::compare(vm, *op, &a, &b)?;
                    if i + 1 == n || !ops::truthy(vm, &r)? {
                        return Ok(r);
                    }
                    a = b;
                }
                Ok(Value::Bool(true))
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = eval_direct(vm, frame, v).await?;
                    if (*op == BoolOpKind::And) != ops::truthy(vm, &last)? {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = eval_direct(vm, frame, test).await?;
                if ops::truthy(vm, &t)? {
                    eval_direct(vm, frame, body).await
                } else {
                    eval_direct(vm, frame, orelse).await
                }
            }
            ExprKind::NamedExpr { target, value } => {
                let v = eval_direct(vm, frame, value).await?;
                assign(vm, frame, target, v.clone())?;
                Ok(v)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let (f, method) = match &func.kind {
                    ExprKind::Attribute { value, attr, hint } => {
                        let obj = eval_direct(vm, frame, value).await?;
                        // Found before the arguments run (LOAD_METHOD).
                        let m = crate::protocol::classes::load_method(vm, &obj, attr, Some(hint))?;
                        (obj, Some((attr, m)))
                    }
                    _ => (eval_direct(vm, frame, func).await?, None),
                };
                let callee = match &method {
                    Some((name, _)) => Callee::Method(&f, name),
                    None => Callee::Value(&f),
                };
                let a = eval_args(vm, frame, args, keywords, callee).await?;
                match method {
                    Some((_, m)) => m.call(vm, &f, a),
                    None => super::call(vm, &f, a),
                }
            }
            ExprKind::Attribute { value, attr, hint } => {
                let v = eval_direct(vm, frame, value).await?;
                crate::protocol::classes::getattr_at(vm, &v, attr, hint)
            }
            ExprKind::Subscript { value, index, .. } => {
                let v = eval_direct(vm, frame, value).await?;
                let i = eval_direct(vm, frame, index).await?;
                crate::protocol::containers::getitem(vm, &v, &i)
            }
            ExprKind::List(items) => Ok(Value::list(items_async(vm, frame, items).await?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(items_async(vm, frame, items).await?)),
            ExprKind::Set(items) => {
                let items = items_async(vm, frame, items).await?;
                let mut d = crate::object::set_table::SetTable::new();
                for i in items {
                    d.set(vm, i, Value::None)?;
                }
                Ok(Value::set(SetObj::new(d, false)))
            }
            ExprKind::Dict(items) => {
                let mut d = Dict::with_capacity(items.len());
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            let k = eval_direct(vm, frame, k).await?;
                            let v = eval_direct(vm, frame, v).await?;
                            d.set(vm, k, v)?;
                        }
                        None => {
                            let m = eval_direct(vm, frame, v).await?;
                            crate::protocol::containers::merge_mapping(vm, &mut d, &m)?;
                        }
                    }
                }
                Ok(Value::dict(d))
            }
            ExprKind::FString(parts) => {
                let mut out = String::new();
                for p in parts {
                    match p {
                        FStringPart::Literal(s) => out.push_str(s),
                        FStringPart::Field(f) => {
                            let v = eval_direct(vm, frame, &f.value).await?;
                            let spec = match &f.spec {
                                Some(spec) => sync::fstring(vm, frame, spec)?,
                                None => String::new(),
                            };
                            out.push_str(&sync::format_field(vm, &v, f.conversion, &spec)?);
                        }
                    }
                }
                Ok(Value::str(&out))
            }
            ExprKind::Comprehension(c) => {
                let first = match c.generators.first() {
                    Some(g) => eval_direct(vm, frame, &g.iter).await?,
                    None => Value::None,
                };
                let scope = c.scope.get().cloned().unwrap_or_default();
                if c.kind == ComprehensionKind::Generator || !scope.is_coroutine {
                    return comprehension(vm, frame, c, first);
                }
                let mut cframe = comprehension_frame(frame, c);
                let mut out = Collector::new(c.kind);
                comp_loop(vm, &mut cframe, c, 0, first, &mut out).await?;
                out.finish(vm)
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut parts = [Value::None, Value::None, Value::None];
                for (part, e) in parts.iter_mut().zip([lower, upper, step]) {
                    if let Some(e) = e {
                        *part = eval_direct(vm, frame, e).await?;
                    }
                }
                let [a, b, c] = parts;
                Ok(crate::protocol::containers::new_slice(a, b, c))
            }
            ExprKind::Starred(_)
            | ExprKind::Lambda(_)
            | ExprKind::Constant(_)
            | ExprKind::Name(_) => sync::eval(vm, frame, e),
        }
    })
}

async fn items_async(vm: &Interp, frame: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
    if !items.iter().any(|i| i.suspends.get()) {
        return eval_items(vm, frame, items);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let ExprKind::Starred(inner) = &item.kind {
            let v = eval_direct(vm, frame, inner).await?;
            out.extend(crate::protocol::iter::collect_star(vm, &v)?);
        } else {
            out.push(eval_direct(vm, frame, item).await?);
        }
    }
    Ok(out)
}

async fn eval_args(
    vm: &Interp,
    frame: &mut Frame,
    args: &[Expr],
    keywords: &[Keyword],
    callee: Callee<'_>,
) -> PyResult<Args> {
    if !args
        .iter()
        .chain(keywords.iter().map(|k| &k.value))
        .any(|e| e.suspends.get())
    {
        return super::expr::eval_args(vm, frame, args, keywords, callee);
    }
    let mut pos = Vec::with_capacity(args.len());
    for item in args {
        if let ExprKind::Starred(inner) = &item.kind {
            let v = eval_direct(vm, frame, inner).await?;
            pos.extend(super::expr::star_args(vm, &v, callee)?);
        } else {
            pos.push(eval_direct(vm, frame, item).await?);
        }
    }
    let mut kw = Vec::with_capacity(keywords.len());
    for k in keywords {
        let v = eval_direct(vm, frame, &k.value).await?;
        push_keyword(vm, &mut kw, k.arg.as_ref(), v, callee)?;
    }
    Ok(Args { pos, kw })
}

/// Returns `Pending` exactly once: the driver sees the parked value.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

async fn park(chan: &GenChannel, v: Value) -> PyResult<Value> {
    chan.yielded.set(Some(v));
    YieldOnce(false).await;
    match chan.resume.take() {
        Some(Resume::Send(v)) => Ok(v),
        Some(Resume::Throw(e)) => Err(e),
        None => Ok(Value::None),
    }
}

/// `yield v`: hands `v` to the driver and waits for what it sends back,
/// the frame's variables waiting in its channel meanwhile.
fn yield_value(frame: &mut Frame, v: Value) -> YieldValue<'_> {
    YieldValue {
        frame,
        value: Some(v),
    }
}

/// The future of [`yield_value`]: a plain struct rather than an `async fn`
/// (every suspended generator holds one; the generated one was 104 bytes).
struct YieldValue<'a> {
    frame: &'a mut Frame,
    /// The value to yield; taken when it is handed over.
    value: Option<Value>,
}

impl Future for YieldValue<'_> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        let this = self.get_mut();
        // The channel is borrowed, not cloned, around the stash.
        let Some(chan) = &this.frame.channel else {
            return Poll::Ready(Ok(Value::None));
        };
        if let Some(v) = this.value.take() {
            chan.yielded.set(Some(v));
            this.frame.stash();
            return Poll::Pending;
        }
        this.frame.unstash();
        let Some(chan) = &this.frame.channel else {
            return Poll::Ready(Ok(Value::None));
        };
        Poll::Ready(match chan.resume.take() {
            Some(Resume::Send(v)) => Ok(v),
            Some(Resume::Throw(e)) => Err(e),
            None => Ok(Value::None),
        })
    }
}

async fn yield_from(vm: &Interp, frame: &mut Frame, v: Value) -> PyResult<Value> {
    let Some(chan) = frame.channel.clone() else {
        return Ok(Value::None);
    };
    // `gi_yieldfrom` while it is delegated to.
    chan.awaiting.set(Some(v.clone()));
    frame.stash();
    let r = yield_from_inner(vm, &chan, v).await;
    frame.unstash();
    chan.awaiting.set(None);
    r
}

/// Whether an `async for` iterates an async generator, which [`anext!`]
/// drives in place.
fn is_async_gen(it: &Value) -> bool {
    it.native::<Generator>()
        .is_some_and(|g| g.kind == Kind::AsyncGenerator)
}

/// The next item of an `async for` over any other async iterator, the
/// frame's variables waiting in its channel meanwhile.
async fn anext_in(vm: &Interp, frame: &mut Frame, it: &Value) -> PyResult<Value> {
    // A class-based async iterator's `__anext__` may run at once.
    if matches!(it, Value::Instance(_))
        && let Some(r) = super::calls::await_anext(vm, it)
    {
        return r;
    }
    let fut = std::pin::pin!(crate::protocol::awaiting::anext_value(vm, it));
    StashOnPending {
        frame,
        fut,
        stashed: false,
        awaiting: false,
    }
    .await
}

async fn yield_from_inner(vm: &Interp, chan: &Rc<GenChannel>, v: Value) -> PyResult<Value> {
    // A coroutine itself (not its `__await__()` iterator) only in a
    // generator-based coroutine, as CPython checks.
    if let Some(g) = v.native::<Generator>()
        && g.kind == Kind::Coroutine
        && !chan.iterable_coroutine.get()
    {
        // CPython does not warn about this coroutine later either.
        g.awaited.set(true);
        return Err(
            vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")
        );
    }
    let v = crate::protocol::hand_drive::unwrap_coroutine(v);
    if let Some(g) = v.native::<Generator>()
        && g.kind == Kind::Coroutine
    {
        // `yield from coro.__await__()` in a generator-based awaitable:
        // where the coroutine suspends, yield None up to the task.
        // What the coroutine's awaits pass up becomes this generator's
        // yields, and what the generator is sent goes down.
        g.awaited.set(true);
        let mut resume = Resume::Send(Value::None);
        loop {
            match g.step(vm, resume).await? {
                Step::Return(r) => return Ok(r),
                Step::Yield(y) | Step::Await(y) => {
                    resume = match park(chan, y).await {
                        Ok(v) => Resume::Send(v),
                        Err(e) => Resume::Throw(e),
                    };
                }
                Step::Pending => resume = Resume::Send(Value::None),
            }
        }
    }
    if let Some(g) = v.native::<Generator>()
        && g.kind == Kind::Generator
    {
        let mut resume = Resume::Send(Value::None);
        loop {
            match g.step(vm, resume).await? {
                Step::Yield(y) | Step::Await(y) => {
                    chan.yielded.set(Some(y));
                    YieldOnce(false).await;
                    resume = chan.resume.take().unwrap_or(Resume::Send(Value::None));
                    if let Resume::Throw(e) = &resume
                        && e.matches(vm, ExcKind::GeneratorExit)
                    {
                        g.close(vm)?;
                        return Err(e.clone());
                    }
                }
                Step::Return(r) => return Ok(r),
                Step::Pending => return Err(vm.error(ExcKind::RuntimeError, "yield from awaited")),
            }
        }
    }
    // Any other iterable: what it returns (StopIteration's value) is the
    // result; what the generator is sent goes down.
    let it = crate::protocol::iter::iter_object(vm, &v)?;
    let mut resume = Resume::Send(Value::None);
    loop {
        match crate::protocol::awaiting::iter_step(vm, &it, resume)? {
            Ok(y) => {
                resume = match park(chan, y).await {
                    Ok(v) => Resume::Send(v),
                    Err(e) => Resume::Throw(e),
                };
            }
            Err(r) => return Ok(r),
        }
    }
}

/// Awaits what `__aenter__`/`__aexit__` returned, with CPython's message.
fn await_from<'a>(
    vm: &'a Interp,
    v: Value,
    what: &str,
) -> crate::protocol::awaiting::AwaitValue<'a> {
    let awaitable = v
        .native::<Generator>()
        .is_some_and(|g| g.kind == Kind::Coroutine)
        || crate::object::value::is_loop_future(vm, &v)
        || v.native::<crate::protocol::awaiting::AsyncGenAwaitable>()
            .is_some()
        || ops::type_of(vm, &v).lookup("__await__").is_some();
    if !awaitable {
        return crate::protocol::awaiting::AwaitValue::Failed(Some(vm.type_error(format!(
            "'async with' received an object from {what} that does not implement __await__: {}",
            ops::type_name(vm, &v)
        ))));
    }
    crate::protocol::awaiting::await_value(vm, v)
}

// Comprehensions -------------------------------------------------------------

/// Accumulates a comprehension's result.
enum Collector {
    List(Vec<Value>),
    Set(crate::object::set_table::SetTable),
    Dict(Dict),
    Generator,
}

impl Collector {
    fn new(kind: ComprehensionKind) -> Self {
        match kind {
            ComprehensionKind::List => Collector::List(Vec::new()),
            ComprehensionKind::Set => Collector::Set(crate::object::set_table::SetTable::new()),
            ComprehensionKind::Dict => Collector::Dict(Dict::new()),
            ComprehensionKind::Generator => Collector::Generator,
        }
    }
    fn finish(self, vm: &Interp) -> PyResult<Value> {
        Ok(match self {
            Collector::List(v) => {
                let list = Value::list(v);
                vm.track(&list);
                list
            }
            Collector::Set(d) => Value::set(SetObj::new(d, false)),
            Collector::Dict(d) => Value::dict(d),
            Collector::Generator => Value::None,
        })
    }
}

fn comprehension_frame(frame: &Frame, c: &Comprehension) -> Frame {
    let scope = c.scope.get().cloned().unwrap_or_default();
    let mut cells = Vec::with_capacity(scope.cells.len());
    for _ in 0..scope.n_own_cells {
        cells.push(super::new_cell());
    }
    for &i in &scope.free_sources {
        cells.push(
            frame
                .cells
                .get(i as usize)
                .cloned()
                .unwrap_or_else(super::new_cell),
        );
    }
    Frame {
        locals: vec![None; scope.locals.len()],
        cells: cells.into_boxed_slice(),
        globals: frame.globals.clone(),
        class_ns: None,
        code: frame.code.clone(),
        offset: c.span.start,
        channel: None,
        qual: frame.qual.clone(),
        scope: Some(scope),
        echo: false,
        kept: Default::default(),
    }
}

/// Evaluates a comprehension whose first iterable is already evaluated.
pub fn comprehension(
    vm: &Interp,
    frame: &mut Frame,
    c: &Rc<Comprehension>,
    first: Value,
) -> PyResult<Value> {
    let mut cframe = comprehension_frame(frame, c);
    let scope = cframe.scope.clone().unwrap_or_default();
    if c.kind == ComprehensionKind::Generator {
        let kind = if scope.is_coroutine {
            Kind::AsyncGenerator
        } else {
            Kind::Generator
        };
        let chan = Rc::new(GenChannel::default());
        cframe.channel = Some(chan.clone());
        let comp = c.clone();
        let qual = Rc::from(format!("{}<genexpr>", frame.qual.prefix()));
        let name = crate::protocol::generator::static_names("<genexpr>")
            .name
            .clone();
        let names = crate::object::model::QualNames::new(name, qual);
        if kind == Kind::Generator && !c.generators.iter().any(|g| g.is_async) {
            // Like CPython, iter() of the outermost iterable happens now.
            let outer = PyIter::new(vm, &first)?;
            let body = super::genexpr::GenExprBody::new(vm, cframe, comp, outer);
            return Ok(crate::protocol::generator::new_stepped(
                vm, names, chan, body,
            ));
        }
        let vm_rc = vm.rc();
        // Captured values are used in place (no second copy of the frame).
        let body: crate::protocol::generator::Body = Box::pin(async move {
            let mut out = Collector::Generator;
            let r = comp_loop(&vm_rc, &mut cframe, &comp, 0, first, &mut out).await;
            if let Err(e) = &r {
                cframe.add_traceback(e);
            }
            r.map(|()| Value::None)
        });
        return Ok(crate::protocol::generator::new_object(
            vm, kind, names, chan, body,
        ));
    }
    let mut out = Collector::new(c.kind);
    match comp_loop_sync(vm, &mut cframe, c, 0, first, &mut out) {
        Ok(()) => {}
        Err(e) => {
            cframe.add_traceback(&e);
            return Err(e);
        }
    }
    out.finish(vm)
}

fn emit_sync(
    vm: &Interp,
    frame: &mut Frame,
    c: &Comprehension,
    out: &mut Collector,
) -> PyResult<()> {
    match out {
        Collector::List(v) => {
            let x = sync::eval(vm, frame, &c.element)?;
            vm.reserve_push(v, v.capacity(), 1)?;
            v.push(x);
        }
        Collector::Set(d) => {
            let v = sync::eval(vm, frame, &c.element)?;
            d.set(vm, v, Value::None)?;
        }
        Collector::Dict(d) => {
            let k = sync::eval(vm, frame, &c.element)?;
            let v = match &c.value {
                Some(v) => sync::eval(vm, frame, v)?,
                None => Value::None,
            };
            d.set(vm, k, v)?;
        }
        Collector::Generator => {}
    }
    Ok(())
}

fn comp_loop_sync(
    vm: &Interp,
    frame: &mut Frame,
    c: &Comprehension,
    level: usize,
    iterable: Value,
    out: &mut Collector,
) -> PyResult<()> {
    let g = &c.generators[level];
    let mut it = PyIter::new(vm, &iterable)?;
    'items: while let Some(item) = it.next_inline(vm)? {
        match &g.target.kind {
            ExprKind::Name(n) => store_loop_target(vm, frame, n, item)?,
            _ => assign(vm, frame, &g.target, item)?,
        }
        for cond in &g.ifs {
            if !sync::condition(vm, frame, cond)? {
                continue 'items;
            }
        }
        if level + 1 < c.generators.len() {
            let next = sync::eval(vm, frame, &c.generators[level + 1].iter)?;
            comp_loop_sync(vm, frame, c, level + 1, next, out)?;
        } else {
            emit_sync(vm, frame, c, out)?;
        }
    }
    Ok(())
}

fn comp_loop<'a>(
    vm: &'a Interp,
    frame: &'a mut Frame,
    c: &'a Comprehension,
    level: usize,
    iterable: Value,
    out: &'a mut Collector,
) -> Fut<'a, PyResult<()>> {
    Box::pin(async move {
        let g = &c.generators[level];
        let mut sync_it = None;
        let mut async_it = None;
        let mut async_gen = false;
        if g.is_async {
            let it = crate::protocol::awaiting::aiter_for(vm, &iterable)?;
            async_gen = is_async_gen(&it);
            async_it = Some(it);
        } else {
            sync_it = Some(PyIter::new(vm, &iterable)?);
        }
        loop {
            let item = if let Some(it) = &mut sync_it {
                match it.next(vm)? {
                    Some(v) => v,
                    None => break,
                }
            } else if let Some(it) = &async_it {
                match anext!(vm, frame, it, async_gen) {
                    Ok(v) => v,
                    Err(e) if e.matches(vm, ExcKind::StopAsyncIteration) => break,
                    Err(e) => return Err(e),
                }
            } else {
                break;
            };
            assign(vm, frame, &g.target, item)?;
            let mut keep = true;
            for cond in &g.ifs {
                let t = eval_direct(vm, frame, cond).await?;
                if !ops::truthy(vm, &t)? {
                    keep = false;
                    break;
                }
            }
            if !keep {
                continue;
            }
            if level + 1 < c.generators.len() {
                let next = eval(vm, frame, &c.generators[level + 1].iter).await?;
                comp_loop(vm, frame, c, level + 1, next, out).await?;
            } else {
                match out {
                    Collector::Generator => {
                        let v = eval_direct(vm, frame, &c.element).await?;
                        yield_value(frame, v).await?;
                    }
                    Collector::List(v) => {
                        let x = eval_direct(vm, frame, &c.element).await?;
                        vm.reserve_push(v, v.capacity(), 1)?;
                        v.push(x);
                    }
                    Collector::Set(d) => {
                        let v = eval_direct(vm, frame, &c.element).await?;
                        d.set(vm, v, Value::None)?;
                    }
                    Collector::Dict(d) => {
                        let k = eval_direct(vm, frame, &c.element).await?;
                        let v = match &c.value {
                            Some(v) => eval_direct(vm, frame, v).await?,
                            None => Value::None,
                        };
                        d.set(vm, k, v)?;
                    }
                }
            }
        }
        Ok(())
    })
}

/// `obj.attr op= value` or `obj[index] op= value` where evaluating may
/// suspend: the object (and index) are evaluated once and kept across the
/// awaits, as CPython keeps them on its stack (`get().x += await f()`
/// calls `get` once).
async fn aug_assign_item(
    vm: &Interp,
    frame: &mut Frame,
    target: &Expr,
    op: BinOp,
    value: &Expr,
) -> PyResult<()> {
    match &target.kind {
        ExprKind::Attribute {
            value: obj,
            attr,
            hint,
        } => {
            let o = eval_direct(vm, frame, obj).await?;
            let cur = crate::protocol::classes::getattr_at(vm, &o, attr, hint)?;
            let v = eval_direct(vm, frame, value).await?;
            let r = sstmt::inplace(vm, op, &cur, &v)?;
            crate::protocol::classes::setattr_at(vm, &o, attr, hint, r)
        }
        ExprKind::Subscript {
            value: obj, index, ..
        } => {
            let o = eval_direct(vm, frame, obj).await?;
            let i = eval_direct(vm, frame, index).await?;
            let cur = crate::protocol::containers::getitem(vm, &o, &i)?;
            let v = eval_direct(vm, frame, value).await?;
            let r = sstmt::inplace(vm, op, &cur, &v)?;
            crate::protocol::containers::setitem(vm, &o, i, r)
        }
        _ => Err(vm.error(
            ExcKind::SyntaxError,
            "illegal expression for augmented assignment",
        )),
    }
}

/// Whether storing to `target` may suspend (the resolver marks the items
/// of an unpacking target, not the display around them).
#[inline(always)]
fn awaits_in(target: &Expr) -> bool {
    match &target.kind {
        ExprKind::Name(_) => false,
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::Starred(_) => item_awaits(target),
        _ => target.suspends.get(),
    }
}

/// [`awaits_in`] for an unpacking target.
#[inline(never)]
fn item_awaits(target: &Expr) -> bool {
    match &target.kind {
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().any(awaits_in),
        ExprKind::Starred(inner) => awaits_in(inner),
        _ => target.suspends.get(),
    }
}

/// [`assign`] for a target that awaits, in CPython's order: after the
/// value, each target's object then index, left to right, items of an
/// unpacking after the unpacking.
async fn assign_awaiting(vm: &Interp, frame: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    match &target.kind {
        ExprKind::Attribute { value, attr, hint } => {
            let o = eval_direct(vm, frame, value).await?;
            crate::protocol::classes::setattr_at(vm, &o, attr, hint, v)
        }
        ExprKind::Subscript { value, index, .. } => {
            let o = eval_direct(vm, frame, value).await?;
            let i = eval_direct(vm, frame, index).await?;
            crate::protocol::containers::setitem(vm, &o, i, v)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let values = super::assign::unpack(vm, items, v)?;
            for (t, v) in items.iter().zip(values) {
                let t = match &t.kind {
                    ExprKind::Starred(inner) => inner,
                    _ => t,
                };
                store!(vm, frame, t, v);
            }
            Ok(())
        }
        ExprKind::Starred(inner) => {
            store!(vm, frame, inner, v);
            Ok(())
        }
        _ => assign(vm, frame, target, v),
    }
}

/// [`delete`] for a target that awaits (`del d[await k()]`).
async fn delete_awaiting(vm: &Interp, frame: &mut Frame, target: &Expr) -> PyResult<()> {
    match &target.kind {
        ExprKind::Attribute { value, attr, .. } => {
            let o = eval_direct(vm, frame, value).await?;
            crate::protocol::classes::delattr(vm, &o, attr)
        }
        ExprKind::Subscript { value, index, .. } => {
            let o = eval_direct(vm, frame, value).await?;
            let i = eval_direct(vm, frame, index).await?;
            crate::protocol::containers::delitem(vm, &o, &i)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for t in items {
                if awaits_in(t) {
                    Box::pin(delete_awaiting(vm, frame, t)).await?;
                } else {
                    delete(vm, frame, t)?;
                }
            }
            Ok(())
        }
        _ => delete(vm, frame, target),
    }
}
