//! The sync statement executor.

use std::rc::Rc;

use pyroclast_syntax::ast::*;

use super::Frame;
use super::assign::{assign, delete, store_loop_target, store_name};
use super::expr::{condition, eval, make_class, make_function};
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Value};
use crate::protocol::exceptions::{chain_context, exception_matches, to_exception};
use crate::protocol::iter::PyIter;
use crate::protocol::ops;
use crate::{Flow, Interp, PyErr, PyResult};

/// The test of an `if`, a `while` or a `case` guard. Its value is
/// dropped before the branch runs, as CPython's jump pops it, so a
/// temporary's `__del__` runs now rather than after the branch's first
/// statement.
#[inline(always)]
fn branch_test(vm: &Interp, frame: &mut Frame, test: &Expr) -> PyResult<bool> {
    let t = condition(vm, frame, test)?;
    vm.run_finalizers();
    Ok(t)
}

/// Runs statements in order.
pub fn exec_block(vm: &Interp, frame: &mut Frame, body: &[Stmt]) -> Result<(), Flow> {
    for s in body {
        if s.suspends.get() && frame.channel.is_some() {
            return Err(Flow::Raise(vm.error(
                ExcKind::SystemError,
                "suspending statement in sync evaluator",
            )));
        }
        exec(vm, frame, s)?;
        vm.run_finalizers();
    }
    Ok(())
}

/// Echoes the value of an expression statement of interactive input
/// through `sys.displayhook` (the script may have replaced it).
pub fn display(vm: &Interp, v: Value) -> PyResult<()> {
    // sys is imported on demand: until it is, the hook is the default.
    let Some(sys) = vm.modules.get(vm, "sys") else {
        return default_displayhook(vm, v);
    };
    let hook = crate::protocol::classes::getattr(vm, &sys, "displayhook").ok();
    match hook {
        Some(Value::Builtin(b)) if b.name == "displayhook" => default_displayhook(vm, v),
        Some(h) => crate::protocol::call::call(vm, &h, Args::new(vec![v])).map(drop),
        None => Err(vm.error(
            crate::object::exc_kind::ExcKind::RuntimeError,
            "lost sys.displayhook",
        )),
    }
}

/// `sys.__displayhook__`: prints `repr(value)` unless it is None, and
/// binds it to `builtins._`.
pub fn default_displayhook(vm: &Interp, v: Value) -> PyResult<()> {
    if matches!(v, Value::None) {
        return Ok(());
    }
    vm.builtins.borrow_mut().insert(Rc::from("_"), Value::None);
    let text = ops::repr(vm, &v)?;
    match crate::protocol::io::replaced_stream(vm, "stdout") {
        Some(out) if !matches!(out, Value::None) => {
            crate::protocol::classes::call_method(
                vm,
                &out,
                "write",
                Args::new(vec![Value::str(&format!("{text}\n"))]),
            )?;
        }
        _ => vm.write(&format!("{text}\n")),
    }
    vm.builtins.borrow_mut().insert(Rc::from("_"), v);
    Ok(())
}

/// Runs one statement.
pub fn exec(vm: &Interp, frame: &mut Frame, s: &Stmt) -> Result<(), Flow> {
    frame.at(vm, s.span.start);
    vm.tick()?;
    match &s.kind {
        StmtKind::Expr(e) => {
            let v = eval(vm, frame, e)?;
            if frame.echo {
                display(vm, v)?;
            }
        }
        StmtKind::Assign { targets, value } => {
            let v = eval(vm, frame, value)?;
            if let [t] = &targets[..] {
                assign(vm, frame, t, v)?;
            } else {
                for t in targets {
                    assign(vm, frame, t, v.clone())?;
                }
            }
        }
        StmtKind::AugAssign { target, op, value } => aug_assign(vm, frame, target, *op, value)?,
        StmtKind::Pass => {}
        StmtKind::Break => return Err(Flow::Break),
        StmtKind::Continue => return Err(Flow::Continue),
        StmtKind::Return(v) => {
            let v = match v {
                Some(e) => eval(vm, frame, e)?,
                None => Value::None,
            };
            return Err(Flow::Return(v));
        }
        StmtKind::If { test, body, orelse } => {
            if branch_test(vm, frame, test)? {
                exec_block(vm, frame, body)?;
            } else {
                exec_block(vm, frame, orelse)?;
            }
        }
        StmtKind::While { .. } | StmtKind::For { .. } => exec_loop(vm, frame, s)?,
        StmtKind::With { items, body, .. } => exec_with(vm, frame, items, body)?,
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => exec_try(vm, frame, body, handlers, orelse, finalbody, *is_star)?,
        _ => exec_rare(vm, frame, s)?,
    }
    Ok(())
}

/// `while` and `for`, out of [`exec`]: their iterators and loop state
/// would widen the stack frame of every statement, and a Python call
/// nests several `exec` frames (one call per loop, not per iteration).
#[inline(never)]
fn exec_loop(vm: &Interp, frame: &mut Frame, s: &Stmt) -> Result<(), Flow> {
    match &s.kind {
        StmtKind::While { test, body, orelse } => loop {
            if !branch_test(vm, frame, test)? {
                exec_block(vm, frame, orelse)?;
                break;
            }
            match exec_block(vm, frame, body) {
                Ok(()) | Err(Flow::Continue) => {}
                Err(Flow::Break) => break,
                Err(other) => return Err(other),
            }
        },
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            let it = eval(vm, frame, iter)?;
            let mut it = PyIter::new(vm, &it)?;
            loop {
                let Some(item) = it.next_inline(vm)? else {
                    exec_block(vm, frame, orelse)?;
                    break;
                };
                frame.at(vm, s.span.start);
                match &target.kind {
                    ExprKind::Name(n) => store_loop_target(vm, frame, n, item)?,
                    _ => assign(vm, frame, target, item)?,
                }
                match exec_block(vm, frame, body) {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(other) => return Err(other),
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The statements that run rarely (definitions, imports, `raise`,
/// `assert`, `del`, `match`, annotations), out of [`exec`] to keep its
/// stack frame small.
#[inline(never)]
fn exec_rare(vm: &Interp, frame: &mut Frame, s: &Stmt) -> Result<(), Flow> {
    match &s.kind {
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            if let Some(v) = value {
                let v = eval(vm, frame, v)?;
                assign(vm, frame, target, v)?;
            }
            if *simple && (frame.scope.is_none() || frame.class_ns.is_some()) {
                // Module and class annotations are evaluated and recorded.
                let ann = eval(vm, frame, annotation)?;
                if let ExprKind::Name(n) = &target.kind {
                    record_annotation(vm, frame, &n.id, ann)?;
                }
            }
        }
        StmtKind::Raise { exc, cause } => {
            let exc = match exc {
                Some(e) => Some(eval(vm, frame, e)?),
                None => None,
            };
            let cause = match cause {
                Some(c) => Some(eval(vm, frame, c)?),
                None => None,
            };
            let bare = exc.is_none();
            let e = raise(vm, exc, cause)?;
            if !bare {
                frame.record_raise(&e);
            }
            return Err(Flow::Raise(e));
        }
        StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        StmtKind::Delete(targets) => {
            for t in targets {
                delete(vm, frame, t)?;
            }
        }
        StmtKind::Assert { test, msg } => {
            let t = eval(vm, frame, test)?;
            if !ops::truthy(vm, &t)? {
                let args = match msg {
                    Some(m) => vec![eval(vm, frame, m)?],
                    None => vec![],
                };
                return Err(Flow::Raise(PyErr(
                    vm.new_exception(&vm.exc_class(ExcKind::AssertionError), args),
                )));
            }
        }
        StmtKind::Import(names) => {
            for a in names {
                match &a.asname {
                    Some(alias) => {
                        let module = vm.import(&a.name)?;
                        bind_import(vm, frame, alias, module)?;
                    }
                    None => {
                        // `import a.b` binds `a`, the top-level package.
                        vm.import(&a.name)?;
                        let top = a.name.split('.').next().unwrap_or(&a.name);
                        let top_module = vm.import(top)?;
                        bind_import(vm, frame, &Rc::from(top), top_module)?;
                    }
                }
            }
        }
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            use crate::protocol::imports;
            let name = module.clone().unwrap_or_else(|| Rc::from(""));
            let globals = frame.globals.clone();
            let lookup = |k: &str| Ok(globals.borrow().get(k).cloned());
            let fromlist: Vec<Rc<str>> = names.iter().map(|a| a.name.clone()).collect();
            let m = imports::import_module(vm, &name, &lookup, &fromlist, *level as usize)?;
            for a in names {
                if &*a.name == "*" {
                    import_star(vm, frame, &m)?;
                    continue;
                }
                let v = imports::import_from(vm, &m, &a.name)?;
                let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                bind_import(vm, frame, &bound, v)?;
            }
        }
        StmtKind::Match { subject, cases } => {
            let v = eval(vm, frame, subject)?;
            for case in cases {
                frame.at(vm, case.pattern.span.start);
                if !super::pattern::matches(vm, frame, &case.pattern, &v)? {
                    continue;
                }
                if let Some(g) = &case.guard {
                    frame.at(vm, g.span.start);
                    if !branch_test(vm, frame, g)? {
                        continue;
                    }
                }
                exec_block(vm, frame, &case.body)?;
                break;
            }
        }
        StmtKind::FunctionDef(def) => {
            let f = make_function(vm, frame, def)?;
            bind_def(vm, frame, &def.name, f)?;
        }
        StmtKind::ClassDef(def) => {
            let c = make_class(vm, frame, def)?;
            bind_def(vm, frame, &def.name, c)?;
        }
        _ => {}
    }
    Ok(())
}

/// Adds `name: value` to the `__annotations__` of a module or class body.
fn record_annotation(vm: &Interp, frame: &mut Frame, name: &Rc<str>, value: Value) -> PyResult<()> {
    let ns = frame
        .class_ns
        .clone()
        .unwrap_or_else(|| frame.globals.clone());
    let existing = ns.borrow().get("__annotations__").cloned();
    let dict = match existing {
        Some(d @ Value::Dict(_)) => d,
        _ => {
            let d = Value::dict(crate::object::dict::Dict::new());
            ns.borrow_mut()
                .insert(Rc::from("__annotations__"), d.clone());
            d
        }
    };
    crate::protocol::containers::setitem(vm, &dict, Value::Str(name.clone()), value)
}

/// Binds the name a def/class/import statement introduces; the resolver
/// recorded the slot on a `Name` it synthesised nowhere, so look it up by
/// the frame's scope.
pub fn bind_def(vm: &Interp, frame: &mut Frame, name: &Rc<str>, v: Value) -> PyResult<()> {
    let n = name_for(frame, name);
    store_name(vm, frame, &n, v)
}

/// `from m import *`: the names in `m.__all__`, else every public name.
fn import_star(vm: &Interp, frame: &mut Frame, m: &Value) -> PyResult<()> {
    let items: Vec<(Rc<str>, Value)> = match crate::protocol::classes::getattr(vm, m, "__all__") {
        Ok(names) => {
            let mut out = Vec::new();
            for n in crate::protocol::iter::collect(vm, &names)? {
                let n = crate::protocol::ops::to_str_rc(vm, &n)?;
                let v = crate::protocol::classes::getattr(vm, m, &n)?;
                out.push((n, v));
            }
            out
        }
        Err(e) if !e.matches(vm, ExcKind::AttributeError) => return Err(e),
        Err(_) => match m {
            Value::Module(mo) => mo
                .globals
                .borrow()
                .iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            _ => Vec::new(),
        },
    };
    for (k, v) in items {
        let old = frame.globals.borrow_mut().insert(k, v);
        drop(old);
    }
    Ok(())
}

fn bind_import(vm: &Interp, frame: &mut Frame, name: &Rc<str>, v: Value) -> PyResult<()> {
    bind_def(vm, frame, name, v)
}

/// A resolved `Name` for a binding that has no `Name` node in the AST.
fn name_for(frame: &Frame, name: &Rc<str>) -> Name {
    let n = Name::new(name.clone());
    let slot = if frame.class_ns.is_some() {
        NameSlot::ClassLocal
    } else if let Some(scope) = &frame.scope {
        // A captured parameter has a local slot (where the call binds it)
        // and a cell (what closures see): the cell is the variable.
        if let Some(i) = scope.cells.iter().position(|c| c == name) {
            NameSlot::Cell(i as u32)
        } else if let Some(i) = scope.locals.iter().position(|l| l == name) {
            NameSlot::Local(i as u32)
        } else {
            NameSlot::Global
        }
    } else {
        NameSlot::Global
    };
    n.slot.set(slot);
    n
}

// Out of line, as the loops and rare statements are (see `exec_loop`).
#[inline(never)]
fn aug_assign(
    vm: &Interp,
    frame: &mut Frame,
    target: &Expr,
    op: BinOp,
    value: &Expr,
) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name(n) => {
            let cur = super::expr::load_name(vm, frame, n)?;
            let v = eval(vm, frame, value)?;
            let r = inplace(vm, op, &cur, &v)?;
            store_name(vm, frame, n, r)
        }
        _ => aug_assign_other(vm, frame, target, op, value),
    }
}

/// `obj.attr op= value` and `obj[i] op= value`, out of [`aug_assign`]: a
/// local's `+=` runs without their code around it in the instruction
/// cache.
#[inline(never)]
fn aug_assign_other(
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
            let o = eval(vm, frame, obj)?;
            let cur = crate::protocol::classes::getattr_at(vm, &o, attr, hint)?;
            let v = eval(vm, frame, value)?;
            let r = inplace(vm, op, &cur, &v)?;
            crate::protocol::classes::setattr_at(vm, &o, attr, hint, r)
        }
        ExprKind::Subscript {
            value: obj, index, ..
        } => {
            let o = eval(vm, frame, obj)?;
            let i = eval(vm, frame, index)?;
            let cur = crate::protocol::containers::getitem(vm, &o, &i)?;
            let v = eval(vm, frame, value)?;
            let r = inplace(vm, op, &cur, &v)?;
            crate::protocol::containers::setitem(vm, &o, i, r)
        }
        _ => Err(vm.error(
            ExcKind::SyntaxError,
            "illegal expression for augmented assignment",
        )),
    }
}

/// `cur op= v`: machine ints (counters, `self.n -= 1`, `counts[k] += 1`)
/// inline, the rest through the in-place protocol.
#[inline(always)]
pub(super) fn inplace(vm: &Interp, op: BinOp, cur: &Value, v: &Value) -> PyResult<Value> {
    match (cur, v) {
        (Value::Int(a), Value::Int(b)) if let Some(r) = super::expr::small_int_op(op, *a, *b) => {
            Ok(Value::Int(r))
        }
        _ => ops::inplace_op(vm, op, cur, v),
    }
}

/// Builds the exception a `raise` statement raises.
pub fn raise(vm: &Interp, exc: Option<Value>, cause: Option<Value>) -> PyResult<PyErr> {
    let Some(exc) = exc else {
        return match vm.handling.borrow().last() {
            Some(e) => Ok(PyErr(e.clone())),
            None => Err(vm.error(ExcKind::RuntimeError, "No active exception to reraise")),
        };
    };
    let exc = to_exception(vm, exc)?;
    crate::protocol::exceptions::set_context_at_raise(vm, &exc);
    if let Some(cause) = cause {
        let cause =
            match cause {
                Value::None => None,
                c => Some(to_exception(vm, c).map_err(|_| {
                    vm.type_error("exception causes must derive from BaseException")
                })?),
            };
        if let Value::Instance(i) = &exc
            && let Some(data) = &i.exc
        {
            let mut d = data.borrow_mut();
            d.cause = cause;
            d.suppress_context = true;
        }
    }
    Ok(PyErr(exc))
}

/// Runs a handler body with `err` as the exception being handled.
pub fn run_handler(
    vm: &Interp,
    frame: &mut Frame,
    err: &Value,
    name: Option<&Expr>,
    body: &[Stmt],
) -> Result<(), Flow> {
    if let Some(n) = name {
        assign(vm, frame, n, err.clone())?;
    }
    crate::protocol::exceptions::begin_handling(vm, err);
    let r = exec_block(vm, frame, body);
    vm.handling.borrow_mut().pop();
    if let Some(n) = name {
        let _ = delete(vm, frame, n);
    }
    if let Err(Flow::Raise(e)) = &r {
        chain_context(e, err);
    }
    r
}

#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn exec_try(
    vm: &Interp,
    frame: &mut Frame,
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
    is_star: bool,
) -> Result<(), Flow> {
    let r = match exec_block(vm, frame, body) {
        // A limit stop unwinds without running handlers or finally blocks.
        Err(Flow::Raise(err)) if vm.stopping() => return Err(Flow::Raise(err)),
        Err(Flow::Raise(err)) if !handlers.is_empty() => {
            frame.add_traceback(&err);
            if is_star {
                crate::eval::except_star::exec_except_star(vm, frame, err, handlers)
            } else {
                handle(vm, frame, err, handlers)
            }
        }
        Ok(()) => exec_block(vm, frame, orelse),
        other => other,
    };
    if let Err(Flow::Raise(err)) = &r
        && !finalbody.is_empty()
    {
        frame.add_traceback(err);
    }
    finally(vm, frame, r, finalbody)
}

fn handle(
    vm: &Interp,
    frame: &mut Frame,
    err: PyErr,
    handlers: &[ExceptHandler],
) -> Result<(), Flow> {
    for h in handlers {
        let matched = match &h.typ {
            None => true,
            Some(t) => {
                let typ = eval(vm, frame, t)?;
                exception_matches(vm, &err.0, &typ)?
            }
        };
        if matched {
            frame.at(vm, h.span.start);
            return run_handler(vm, frame, &err.0, h.name.as_deref(), &h.body);
        }
    }
    Err(Flow::Raise(err))
}

/// Runs a `finally` body after `r`; the body's own exit wins.
pub fn finally(
    vm: &Interp,
    frame: &mut Frame,
    r: Result<(), Flow>,
    finalbody: &[Stmt],
) -> Result<(), Flow> {
    if finalbody.is_empty() || vm.stopping() {
        return r;
    }
    let pending = enter_finally(vm, &r);
    let f = exec_block(vm, frame, finalbody);
    leave_finally(vm, pending, r, f)
}

/// Before a `finally` body: an exception on its way out counts as being
/// handled (for bare `raise` and `__context__`).
pub fn enter_finally(vm: &Interp, r: &Result<(), Flow>) -> Option<Value> {
    let pending = match r {
        Err(Flow::Raise(e)) => Some(e.0.clone()),
        _ => None,
    };
    if let Some(p) = &pending {
        crate::protocol::exceptions::begin_handling(vm, p);
    }
    pending
}

/// After a `finally` body: its own exit wins over the pending one.
pub fn leave_finally(
    vm: &Interp,
    pending: Option<Value>,
    r: Result<(), Flow>,
    f: Result<(), Flow>,
) -> Result<(), Flow> {
    if pending.is_some() {
        vm.handling.borrow_mut().pop();
    }
    match f {
        Ok(()) => r,
        Err(flow) => {
            if let (Flow::Raise(e), Some(p)) = (&flow, &pending) {
                chain_context(e, p);
            }
            Err(flow)
        }
    }
}

/// Looks up `__enter__`/`__exit__` (or the async pair) on a context manager.
pub fn context_methods(
    vm: &Interp,
    cm: &Value,
    is_async: bool,
) -> PyResult<(SpecialMethod, SpecialMethod)> {
    let (enter, exit) = if is_async {
        ("__aenter__", "__aexit__")
    } else {
        ("__enter__", "__exit__")
    };
    let class = ops::type_of(vm, cm);
    let (Some(e), Some(x)) = (class.lookup(enter), class.lookup(exit)) else {
        let what = if is_async {
            "asynchronous context manager"
        } else {
            "context manager"
        };
        let extra = if class.lookup(enter).is_some() {
            format!(" (missed {exit} method)")
        } else {
            String::new()
        };
        return Err(vm.type_error(format!(
            "'{}' object does not support the {what} protocol{extra}",
            class.name
        )));
    };
    Ok((
        SpecialMethod::new(vm, e, cm, &class)?,
        SpecialMethod::new(vm, x, cm, &class)?,
    ))
}

/// A special method found on an object's type, ready to call with the
/// object. A plain function or Rust method is kept unbound beside its
/// object (no bound method is made per `with`, and a suspended `async
/// with` holds no extra object); any other descriptor is bound at once,
/// as CPython's special method lookup does.
pub struct SpecialMethod {
    func: Value,
    this: Option<Value>,
}

impl SpecialMethod {
    fn new(vm: &Interp, attr: Value, obj: &Value, class: &Rc<Class>) -> PyResult<SpecialMethod> {
        let plain = match &attr {
            Value::Function(_) => true,
            Value::Builtin(b) => b.owner.is_some(),
            _ => false,
        };
        Ok(if plain {
            SpecialMethod {
                func: attr,
                this: Some(obj.clone()),
            }
        } else {
            SpecialMethod {
                func: crate::protocol::classes::bind_special(vm, attr, obj, class)?,
                this: None,
            }
        })
    }

    /// Calls it.
    pub fn call(&self, vm: &Interp, args: Args) -> PyResult<Value> {
        match &self.this {
            Some(obj) => crate::protocol::call::call_self(vm, &self.func, obj, args),
            None => crate::eval::call(vm, &self.func, args),
        }
    }
}

/// Calls `__exit__` after the body; returns whether to suppress the error.
pub fn exit_args(vm: &Interp, err: Option<&PyErr>) -> Args {
    match err {
        Some(e) => Args::new(vec![
            Value::Class(ops::type_of(vm, &e.0)),
            e.0.clone(),
            crate::protocol::tb_objects::Traceback::of(&e.0),
        ]),
        None => Args::new(vec![Value::None, Value::None, Value::None]),
    }
}

fn exec_with(
    vm: &Interp,
    frame: &mut Frame,
    items: &[WithItem],
    body: &[Stmt],
) -> Result<(), Flow> {
    let Some((first, rest)) = items.split_first() else {
        return exec_block(vm, frame, body);
    };
    let cm = eval(vm, frame, &first.context)?;
    let (enter, exit) = context_methods(vm, &cm, false)?;
    let v = enter.call(vm, Args::default())?;
    if let Some(t) = &first.target {
        assign(vm, frame, t, v)?;
    }
    let r = exec_with(vm, frame, rest, body);
    if let Err(Flow::Raise(e)) = &r {
        frame.add_traceback(e);
    }
    frame.at(vm, first.context.span.start);
    if vm.stopping() {
        return r;
    }
    match r {
        Err(Flow::Raise(e)) => {
            crate::protocol::exceptions::begin_handling(vm, &e.0);
            let res = exit.call(vm, exit_args(vm, Some(&e)));
            vm.handling.borrow_mut().pop();
            let res = res.inspect_err(|x| {
                chain_context(x, &e.0);
            })?;
            if ops::truthy(vm, &res)? {
                Ok(())
            } else {
                Err(Flow::Raise(e))
            }
        }
        other => {
            exit.call(vm, exit_args(vm, None))?;
            other
        }
    }
}
